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
