"""Version 9: email rules and email search.

- email_message.scheduled_at: "send later" — the time the user chose (0: as soon as possible,
  after the few seconds in which a send can be undone); the worker leaves it until then.
- email_message.quote_was_draft: this email is what marked its quote Sent, so undoing the
  send (in the seconds before it goes) makes the quote a draft again.
- email_message.sent_copy: what became of the copy for the IMAP Sent folder ('' none tried,
  'saved', or the reason it failed). A failure there never sends the message again.
- email_message.awaiting_reply: 1 while a sent email waits for an answer from its contact;
  a reply, a logged call or a later email to the contact clears it. The partial index lets
  the Due list find those sent more than N days ago without reading every email.
  Triggers clear it, so every writer (the window, the command line, an import) does:
  a call logged after the email was sent, and any email received from the contact.
- contact.do_not_contact: the contact asked not to be emailed.
- email_fts (SQLite) / email_message.search_doc (PostgreSQL): words of each email's subject
  and text, so the contact search finds a contact by what was written to or by them.
"""

_COMMON = """
ALTER TABLE email_message ADD COLUMN scheduled_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE email_message ADD COLUMN quote_was_draft INTEGER NOT NULL DEFAULT 0;
ALTER TABLE email_message ADD COLUMN sent_copy TEXT NOT NULL DEFAULT '';
ALTER TABLE email_message ADD COLUMN awaiting_reply INTEGER NOT NULL DEFAULT 0;
CREATE INDEX email_message_awaiting ON email_message (sent_at, contact_id)
    WHERE awaiting_reply = 1;
CREATE INDEX email_message_contact_awaiting ON email_message (contact_id)
    WHERE awaiting_reply = 1;
ALTER TABLE contact ADD COLUMN do_not_contact INTEGER NOT NULL DEFAULT 0;
"""

SQL = _COMMON + """
CREATE VIRTUAL TABLE email_fts USING fts5(
    subject, body,
    content='email_message', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
    prefix='2 3'
);
INSERT INTO email_fts (email_fts) VALUES ('rebuild');
CREATE TRIGGER call_answers_email AFTER INSERT ON call
    WHEN EXISTS (SELECT 1 FROM email_message WHERE awaiting_reply = 1
                 AND contact_id = new.contact_id)
BEGIN
    UPDATE email_message SET awaiting_reply = 0
        WHERE awaiting_reply = 1 AND contact_id = new.contact_id AND sent_at <= new.started_at;
END;
CREATE TRIGGER reply_answers_email AFTER INSERT ON email_message
    WHEN new.direction = 'in' AND new.contact_id IS NOT NULL
BEGIN
    UPDATE email_message SET awaiting_reply = 0
        WHERE awaiting_reply = 1 AND contact_id = new.contact_id;
END;
CREATE TRIGGER email_fts_insert AFTER INSERT ON email_message BEGIN
    INSERT INTO email_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body);
END;
CREATE TRIGGER email_fts_delete AFTER DELETE ON email_message BEGIN
    INSERT INTO email_fts (email_fts, rowid, subject, body)
        VALUES ('delete', old.id, old.subject, old.body);
END;
CREATE TRIGGER email_fts_update AFTER UPDATE OF subject, body ON email_message BEGIN
    INSERT INTO email_fts (email_fts, rowid, subject, body)
        VALUES ('delete', old.id, old.subject, old.body);
    INSERT INTO email_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body);
END;
"""


def _postgres() -> str:
    from app.db.migrations.postgres_ddl import to_postgres

    return to_postgres(_COMMON) + """
ALTER TABLE email_message ADD COLUMN search_doc tsvector;
CREATE FUNCTION email_search_doc() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_doc := to_tsvector('simple', calldesk_fold(concat_ws(' ', NEW.subject,
                                                                   NEW.body)));
    RETURN NEW;
END $$;
CREATE TRIGGER email_search_doc BEFORE INSERT OR UPDATE OF subject, body ON email_message
    FOR EACH ROW EXECUTE FUNCTION email_search_doc();
UPDATE email_message SET subject = subject;
CREATE INDEX email_search ON email_message USING gin (search_doc);
CREATE FUNCTION call_answers_email() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM email_message WHERE awaiting_reply = 1
               AND contact_id = NEW.contact_id) THEN
        UPDATE email_message SET awaiting_reply = 0
            WHERE awaiting_reply = 1 AND contact_id = NEW.contact_id
            AND sent_at <= NEW.started_at;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER call_answers_email AFTER INSERT ON call
    FOR EACH ROW EXECUTE FUNCTION call_answers_email();
CREATE FUNCTION reply_answers_email() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE email_message SET awaiting_reply = 0
        WHERE awaiting_reply = 1 AND contact_id = NEW.contact_id;
    RETURN NULL;
END $$;
CREATE TRIGGER reply_answers_email AFTER INSERT ON email_message
    FOR EACH ROW WHEN (NEW.direction = 'in' AND NEW.contact_id IS NOT NULL)
    EXECUTE FUNCTION reply_answers_email();
"""


POSTGRES = _postgres()
