"""Version 2: full-text search over contacts and substring search over phone digits.

Both indexes are external-content FTS5 tables kept in sync by triggers, so every writer (the
services, bulk seeding, another process) keeps them right without extra code.
"""

_CONTACT_COLUMNS = "first_name, last_name, company, city, primary_email, other_emails, notes, tags"
_OLD = ", ".join(f"old.{c.strip()}" for c in _CONTACT_COLUMNS.split(","))
_NEW = ", ".join(f"new.{c.strip()}" for c in _CONTACT_COLUMNS.split(","))

SQL = f"""
CREATE VIRTUAL TABLE contact_fts USING fts5(
    {_CONTACT_COLUMNS},
    content='contact', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
    prefix='2 3'
);
INSERT INTO contact_fts (contact_fts) VALUES ('rebuild');

CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
    INSERT INTO contact_fts (rowid, {_CONTACT_COLUMNS}) VALUES (new.id, {_NEW});
END;
CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
    INSERT INTO contact_fts (contact_fts, rowid, {_CONTACT_COLUMNS})
        VALUES ('delete', old.id, {_OLD});
END;
CREATE TRIGGER contact_fts_update AFTER UPDATE OF {_CONTACT_COLUMNS} ON contact BEGIN
    INSERT INTO contact_fts (contact_fts, rowid, {_CONTACT_COLUMNS})
        VALUES ('delete', old.id, {_OLD});
    INSERT INTO contact_fts (rowid, {_CONTACT_COLUMNS}) VALUES (new.id, {_NEW});
END;

CREATE VIRTUAL TABLE phone_fts USING fts5(
    digits, content='phone', content_rowid='id', tokenize='trigram'
);
INSERT INTO phone_fts (phone_fts) VALUES ('rebuild');

CREATE TRIGGER phone_fts_insert AFTER INSERT ON phone BEGIN
    INSERT INTO phone_fts (rowid, digits) VALUES (new.id, new.digits);
END;
CREATE TRIGGER phone_fts_delete AFTER DELETE ON phone BEGIN
    INSERT INTO phone_fts (phone_fts, rowid, digits) VALUES ('delete', old.id, old.digits);
END;
CREATE TRIGGER phone_fts_update AFTER UPDATE OF digits ON phone BEGIN
    INSERT INTO phone_fts (phone_fts, rowid, digits) VALUES ('delete', old.id, old.digits);
    INSERT INTO phone_fts (rowid, digits) VALUES (new.id, new.digits);
END;
"""

# PostgreSQL: one tsvector per contact (kept by a trigger, indexed with GIN) for words in any
# script, matched as prefixes; pg_trgm over the phone digits for substring search. Text is
# folded (lower case, Latin diacritics removed) by calldesk_fold on both sides of the match;
# '@' and '.' split addresses into words as SQLite's tokenizer does.
_FOLDED = (
    "calldesk_fold(concat_ws(' ', NEW.first_name, NEW.last_name, NEW.company, NEW.city, "
    "translate(NEW.primary_email, '@.', '  '), translate(NEW.other_emails, '@.,;', '    '), "
    "NEW.notes, NEW.tags))"
)
POSTGRES = f"""
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE FUNCTION calldesk_fold(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(unaccent('unaccent'::regdictionary, t)) $$;

ALTER TABLE contact ADD COLUMN search_doc tsvector;
CREATE FUNCTION contact_search_doc() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_doc := to_tsvector('simple', {_FOLDED});
    RETURN NEW;
END $$;
CREATE TRIGGER contact_search_doc BEFORE INSERT OR UPDATE OF {_CONTACT_COLUMNS} ON contact
    FOR EACH ROW EXECUTE FUNCTION contact_search_doc();
UPDATE contact SET first_name = first_name;
CREATE INDEX contact_search ON contact USING gin (search_doc);
CREATE INDEX phone_digits_trgm ON phone USING gin (digits gin_trgm_ops);
"""
