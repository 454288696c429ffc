"""Version 4: narrow indexes keyed by id for search.

A search with a few thousand to tens of thousands of matches sorts them to show the first
page; reading each match's sort key from contact_id_sort (small, it stays in the page cache)
instead of from its contact row is about twice as fast at 1M contacts. A digit search maps
matching numbers to contacts through phone_id_contact, again about twice as fast as visiting
each phone row.
"""

SQL = """
CREATE INDEX contact_id_sort ON contact (id, status, name_key);
CREATE INDEX phone_id_contact ON phone (id, contact_id);
"""

# PostgreSQL's planner reads sort keys from the table's own indexes; these narrow copies only
# serve SQLite's INDEXED BY plans.
POSTGRES = "SELECT 1;"
