"""Version 6: email. The outbox and the timeline's emails (one table, sent and received), what
each appointment's invitations last said (so a change bumps SEQUENCE), each user's own mail
account (server and login, never the password; on a server each user sees only their own), and
saved templates beside the built-in ones.

``reply`` is the rep's answer to the latest invitation (iTIP REPLY: ACCEPTED, DECLINED or
TENTATIVE), cleared when a changed invitation goes out.

A message is stored with its whole MIME text before any network I/O; ``state`` says where it
is: queued (waiting, maybe after a failure: ``last_error``), sending (claimed by a worker at
``claimed_at``), sent, failed (refused for good, shown until retried), unknown (a send that was
cut off: never resent without the user saying so) or received.
"""

SQL = """
CREATE TABLE email_message (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES app_user (id),
    direction TEXT NOT NULL DEFAULT 'out' CHECK (direction IN ('out', 'in')),
    state TEXT NOT NULL DEFAULT 'queued',
    message_id TEXT NOT NULL UNIQUE,
    in_reply_to TEXT NOT NULL DEFAULT '',
    from_addr TEXT NOT NULL DEFAULT '',
    to_addrs TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL DEFAULT '',
    quote_id INTEGER REFERENCES quote (id) ON DELETE SET NULL,
    appointment_id INTEGER REFERENCES appointment (id) ON DELETE SET NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    claimed_at INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX email_message_contact ON email_message (contact_id, created_at);
CREATE INDEX email_message_state ON email_message (state, next_attempt_at);
CREATE INDEX email_message_quote ON email_message (quote_id);
CREATE INDEX email_message_reply ON email_message (in_reply_to);
CREATE TABLE appointment_invite (
    appointment_id INTEGER NOT NULL PRIMARY KEY REFERENCES appointment (id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL DEFAULT 0,
    method TEXT NOT NULL DEFAULT 'REQUEST',
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    rep_id INTEGER NOT NULL DEFAULT 0,
    sent_at INTEGER NOT NULL,
    reply TEXT NOT NULL DEFAULT '',
    replied_by TEXT NOT NULL DEFAULT '',
    replied_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mail_account (
    user_id INTEGER NOT NULL PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    smtp_host TEXT NOT NULL,
    smtp_port INTEGER NOT NULL,
    security TEXT NOT NULL DEFAULT 'starttls',
    login TEXT NOT NULL DEFAULT '',
    from_addr TEXT NOT NULL,
    imap_host TEXT NOT NULL DEFAULT '',
    imap_port INTEGER NOT NULL DEFAULT 0,
    ca_file TEXT NOT NULL DEFAULT '',
    imap_uidvalidity TEXT NOT NULL DEFAULT '',
    imap_last_uid INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX email_message_user_state ON email_message (user_id, state, next_attempt_at);
CREATE TABLE mail_template (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL DEFAULT 'en',
    purpose TEXT NOT NULL DEFAULT 'contact',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL DEFAULT 0
);
"""


def _postgres() -> str:
    from app.db.migrations.postgres_ddl import to_postgres

    return to_postgres(SQL) + """
ALTER TABLE email_message ALTER COLUMN user_id SET DEFAULT calldesk_user_id();
CREATE TRIGGER notify_email_message AFTER INSERT OR UPDATE OR DELETE ON email_message
    FOR EACH STATEMENT EXECUTE FUNCTION calldesk_notify();
ALTER TABLE mail_account ALTER COLUMN user_id SET DEFAULT calldesk_user_id();
ALTER TABLE mail_account ENABLE ROW LEVEL SECURITY;
CREATE POLICY mail_account_own ON mail_account FOR ALL
    USING (user_id = (SELECT calldesk_user_id()))
    WITH CHECK (user_id = (SELECT calldesk_user_id()));
"""


POSTGRES = _postgres()
