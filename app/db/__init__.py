"""Storage: peewee models, the connection, migrations and queries. No Qt here."""
