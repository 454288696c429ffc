"""Version 11: a search on a server reads only indexes to find its page.

- contact_name_doc carries each contact's search words (and status) beside the name order,
  so a search with many matches walks the names and tests the words without visiting a
  single contact row: at 1M contacts "ra" passes 17,800 names before its 200th match, which
  cost 90 ms through the table and costs a few milliseconds through this index. It keeps the
  order of contact_name_key, which it replaces (the plain list walks it the same way).
- contact_id_keys gives the sort keys of the matches a sparse search collects by id (from
  phone digits) without visiting their rows either.

SQLite's FTS5 plans have their own narrow indexes (version 4); this step is the server's.
"""

SQL = "SELECT 1;"

POSTGRES = """
CREATE INDEX contact_name_doc ON contact (name_key, id) INCLUDE (status, search_doc);
DROP INDEX contact_name_key;
CREATE INDEX contact_id_keys ON contact (id) INCLUDE (name_key, status);
"""
