"""Version 4: a narrow index keyed by contact id carrying the name and status sort keys.

A search with a few thousand to tens of thousands of matches sorts them to show the first
page; reading each match's sort key from this small index (it stays in the page cache) instead
of from its contact row is about three times faster at 1M contacts.
"""

SQL = """
CREATE INDEX contact_id_sort ON contact (id, status, name_key);
"""
