"""Version 5: team mode. Users with roles; who made each contact, call, appointment, quote and
import; a row version on contacts and quotes, so two people saving the same record find out;
queue claims, so two sellers working one queue never get the same lead.

user_id NULL on rows written before this version means the owner (the only user then).
On PostgreSQL the server fills user_id itself from the login (calldesk_user_id()), announces
every change (NOTIFY calldesk_changes) and enforces the roles with row-level security; see
POSTGRES below.
"""

_TABLES_WITH_USER = ("contact", "call", "appointment", "quote", "import_batch")

_COMMON = """
CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'seller' CHECK (role IN ('owner', 'seller', 'rep')),
    rep_id INTEGER REFERENCES rep (id) ON DELETE SET NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);
""" + "".join(
    f"ALTER TABLE {t} ADD COLUMN user_id INTEGER REFERENCES app_user (id);\n"
    for t in _TABLES_WITH_USER
) + """
ALTER TABLE contact ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contact ADD COLUMN updated_by INTEGER REFERENCES app_user (id);
ALTER TABLE quote ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE quote ADD COLUMN updated_by INTEGER REFERENCES app_user (id);
CREATE INDEX call_user_started ON call (user_id, started_at);
CREATE INDEX appointment_user_starts ON appointment (user_id, starts_at);
CREATE INDEX quote_user_issued ON quote (user_id, issued_on);
CREATE TABLE queue_claim (
    contact_id INTEGER NOT NULL PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    claimed_at INTEGER NOT NULL
);
CREATE INDEX queue_claim_user ON queue_claim (user_id);
"""

# Every change of a contact or quote moves its row version, whoever writes it (a save, a
# logged call, an import's merge), so a save based on an older version is noticed.
SQL = _COMMON + """
INSERT INTO app_user (login, name, role, created_at) VALUES ('owner', '', 'owner', 0);
CREATE TRIGGER contact_row_version AFTER UPDATE ON contact
    WHEN new.row_version = old.row_version BEGIN
    UPDATE contact SET row_version = old.row_version + 1 WHERE id = new.id;
END;
CREATE TRIGGER quote_row_version AFTER UPDATE ON quote
    WHEN new.row_version = old.row_version BEGIN
    UPDATE quote SET row_version = old.row_version + 1 WHERE id = new.id;
END;
"""

# Tables whose changes open windows must hear of.
_NOTIFIED = ("contact", "phone", "email", "call", "appointment", "rep", "quote", "quote_line",
             "product", "product_addon", "setting", "saved_queue", "call_outcome", "app_user",
             "import_batch")
_SELLER_RW = ("contact", "phone", "email", "call", "appointment", "quote", "quote_line",
              "quote_sequence", "import_batch", "import_change", "saved_queue", "queue_claim")


def _postgres() -> str:
    from app.db.migrations.postgres_ddl import to_postgres

    text = to_postgres(_COMMON) + """
INSERT INTO app_user (login, name, role, created_at)
    VALUES (session_user, '', 'owner', extract(epoch FROM now())::bigint);

-- Who is asking: the CallDesk user of this login (the owner's tables are theirs, so these
-- run as the owner, and a login cannot claim to be somebody else).
CREATE FUNCTION calldesk_user_id() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public
    AS $$ SELECT id FROM app_user WHERE login = session_user AND active = 1 $$;
CREATE FUNCTION calldesk_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public
    AS $$ SELECT role FROM app_user WHERE login = session_user AND active = 1 $$;
CREATE FUNCTION calldesk_rep_id() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public
    AS $$ SELECT rep_id FROM app_user WHERE login = session_user AND active = 1 $$;
""" + "".join(
        f"ALTER TABLE {t} ALTER COLUMN user_id SET DEFAULT calldesk_user_id();\n"
        for t in _TABLES_WITH_USER
    ) + """
CREATE FUNCTION calldesk_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.row_version = OLD.row_version THEN
        NEW.row_version := OLD.row_version + 1;
    END IF;
    NEW.updated_by := coalesce(calldesk_user_id(), NEW.updated_by);
    RETURN NEW;
END $$;
CREATE TRIGGER contact_row_version BEFORE UPDATE ON contact
    FOR EACH ROW EXECUTE FUNCTION calldesk_row_version();
CREATE TRIGGER quote_row_version BEFORE UPDATE ON quote
    FOR EACH ROW EXECUTE FUNCTION calldesk_row_version();

-- Counters are kept for everybody, whatever each may write.
ALTER FUNCTION counter_add() SECURITY DEFINER;
ALTER FUNCTION counter_add() SET search_path = public;

CREATE FUNCTION calldesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('calldesk_changes', pg_backend_pid()::text || ' ' || TG_TABLE_NAME);
    RETURN NULL;
END $$;
""" + "".join(
        f"CREATE TRIGGER notify_{t} AFTER INSERT OR UPDATE OR DELETE ON {t} "
        "FOR EACH STATEMENT EXECUTE FUNCTION calldesk_notify();\n"
        for t in _NOTIFIED
    ) + _POLICIES
    return text


# Row-level security. The owner owns the tables and so is not bound by these; sellers and reps
# are. (SELECT f()) makes the planner evaluate the user's role once per statement.
_TEAM = "(SELECT calldesk_role()) IN ('owner', 'seller')"
_ME = "(SELECT calldesk_user_id())"
_MY_REP = "(SELECT calldesk_rep_id())"
_POLICIES = f"""
ALTER TABLE contact ENABLE ROW LEVEL SECURITY;
CREATE POLICY contact_read ON contact FOR SELECT USING ({_TEAM} OR EXISTS (
    SELECT 1 FROM appointment a WHERE a.contact_id = contact.id AND a.rep_id = {_MY_REP}));
CREATE POLICY contact_add ON contact FOR INSERT WITH CHECK ({_TEAM});
CREATE POLICY contact_change ON contact FOR UPDATE USING ({_TEAM});
CREATE POLICY contact_remove ON contact FOR DELETE USING (user_id = {_ME});

-- A contact's numbers and addresses are seen by whoever may see the contact.
ALTER TABLE phone ENABLE ROW LEVEL SECURITY;
CREATE POLICY phone_read ON phone FOR SELECT USING ({_TEAM} OR EXISTS (
    SELECT 1 FROM contact c WHERE c.id = phone.contact_id));
CREATE POLICY phone_write ON phone FOR ALL USING ({_TEAM}) WITH CHECK ({_TEAM});
ALTER TABLE email ENABLE ROW LEVEL SECURITY;
CREATE POLICY email_read ON email FOR SELECT USING ({_TEAM} OR EXISTS (
    SELECT 1 FROM contact c WHERE c.id = email.contact_id));
CREATE POLICY email_write ON email FOR ALL USING ({_TEAM}) WITH CHECK ({_TEAM});

ALTER TABLE appointment ENABLE ROW LEVEL SECURITY;
CREATE POLICY appointment_read ON appointment FOR SELECT USING ({_TEAM} OR rep_id = {_MY_REP});
CREATE POLICY appointment_add ON appointment FOR INSERT WITH CHECK ({_TEAM});
CREATE POLICY appointment_change ON appointment FOR UPDATE
    USING ({_TEAM} OR rep_id = {_MY_REP}) WITH CHECK ({_TEAM} OR rep_id = {_MY_REP});
CREATE POLICY appointment_remove ON appointment FOR DELETE USING (user_id = {_ME});

ALTER TABLE call ENABLE ROW LEVEL SECURITY;
CREATE POLICY call_team ON call FOR SELECT USING ({_TEAM});
CREATE POLICY call_add ON call FOR INSERT WITH CHECK ({_TEAM});
CREATE POLICY call_change ON call FOR UPDATE USING ({_TEAM});
CREATE POLICY call_remove ON call FOR DELETE USING (user_id = {_ME});

ALTER TABLE quote ENABLE ROW LEVEL SECURITY;
CREATE POLICY quote_team ON quote FOR SELECT USING ({_TEAM});
CREATE POLICY quote_add ON quote FOR INSERT WITH CHECK ({_TEAM});
CREATE POLICY quote_change ON quote FOR UPDATE USING ({_TEAM});
CREATE POLICY quote_remove ON quote FOR DELETE USING (user_id = {_ME});

-- Sellers keep their editor drafts in the settings table; the settings themselves are the
-- owner's.
ALTER TABLE setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY setting_read ON setting FOR SELECT USING (true);
CREATE POLICY setting_drafts ON setting FOR ALL USING (key LIKE 'draft:%')
    WITH CHECK (key LIKE 'draft:%');
"""

POSTGRES = _postgres()
SELLER_READ_WRITE = _SELLER_RW
NOTIFIED_TABLES = _NOTIFIED
