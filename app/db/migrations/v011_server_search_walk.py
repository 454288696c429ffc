"""Version 11: a server reads the sort keys of a search's matches from an index.

contact_id_keys gives the name and status of each match a search collects by id (from phone
digits, or words found in emails) without visiting its contact row.

The name index cannot also carry each contact's search words for a walk that reads no row: a
btree entry holds at most 2,704 bytes, and the words of a contact with long notes take more.

SQLite's FTS5 plans have their own narrow indexes (version 4); this step is the server's.
"""

SQL = "SELECT 1;"

POSTGRES = """
CREATE INDEX contact_id_keys ON contact (id) INCLUDE (name_key, status);
"""
