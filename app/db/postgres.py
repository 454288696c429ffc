"""The PostgreSQL side of the connection: a peewee database over psycopg 3 that runs the
project's raw SQL (written with ``?`` placeholders, as SQLite takes them) unchanged, and the
one-line messages for a server that cannot be used."""

from __future__ import annotations

import contextlib
import re
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

from peewee import PostgresqlDatabase

URL_SCHEMES = ("postgresql://", "postgres://")
# Oldest server the migrations and row-level security policies are written for.
MIN_SERVER_VERSION = 130000
CONNECT_TIMEOUT_S = 5

# A string literal, a quoted identifier, a ? placeholder or a % sign (psycopg reads % itself).
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


def is_postgres_url(target: str) -> bool:
    return target.strip().lower().startswith(URL_SCHEMES)


_PSYCOPG_PLACEHOLDER = re.compile(r"%[sbt]")


@lru_cache(maxsize=2048)
def to_pyformat(sql: str) -> str:
    """*sql* with ``?`` placeholders as psycopg's ``%s``, and literal ``%`` doubled. A
    statement already in psycopg's style (peewee's own, such as its catalogue queries) is
    left as it is."""
    outside = _TOKENS.findall(sql)
    if "?" not in outside and _PSYCOPG_PLACEHOLDER.search(sql):
        return sql

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if token.startswith("'"):
            return token.replace("%", "%%")
        return token

    return _TOKENS.sub(replace, sql)


def redacted(url: str) -> str:
    """The URL without its password, for messages and the status bar."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # not even a URL: hide whatever sits before an '@'
        return re.sub(r"//[^@/]*@", "//***@", url)
    if password is None:
        return url
    netloc = parts.netloc.replace(":" + password + "@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def without_password(text: str, url: str) -> str:
    """*text* (a message that may quote *url*) with the URL's password blanked."""
    match = re.search(r"//[^/@:]*:([^/@]+)@", url)
    text = text.replace(url.strip(), redacted(url.strip()))
    return text.replace(match.group(1), "***") if match else text


def url_database(url: str) -> str:
    """The database name a URL points at ('' when it names none)."""
    try:
        return unquote(urlsplit(url).path.lstrip("/"))
    except ValueError:
        return ""


def give_peewee_its_driver() -> None:
    """peewee was imported without psycopg (see app/db/__init__.py): hand it the driver, and
    what its psycopg 3 adapter read from the driver when it was defined."""
    import peewee as loaded

    peewee: Any = loaded  # the attributes set below are not in peewee's stubs
    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg = psycopg
    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


class CallDeskPostgres(PostgresqlDatabase):  # type: ignore[misc,unused-ignore]
    """Raw statements from app/db are translated to psycopg's placeholders; the ORM's own
    statements (already in psycopg's style) pass through untouched."""

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        return super().execute_sql(to_pyformat(sql), params)

    def _initialize_connection(self, conn: Any) -> None:
        # The planner's costs for a walk of a million-row index pass the JIT threshold, and
        # compiling the plan then takes longer (50 ms) than running it.
        conn.execute("SET jit = off")

    def cursor(self, named_cursor: Any = None) -> Any:
        """A lost connection (server restarted, network gone) is opened again for the next
        statement that starts afresh; inside a transaction the statement fails instead, so
        the transaction is rolled back whole and the person is told."""
        state: Any = getattr(self, "_state")  # noqa: B009 - peewee's stubs leave it out
        conn = state.conn
        if conn is not None and (conn.closed or conn.broken) and not self.in_transaction():
            with contextlib.suppress(Exception):
                conn.close()
            state.reset()
            self.connect()
        return super().cursor(named_cursor)

    def execute(self, query: Any, **context_options: Any) -> Any:
        ctx = self.get_sql_context(**context_options)
        sql, params = ctx.sql(query).query()
        return super().execute_sql(sql, params)


def connect_failure_message(url: str, exc: BaseException) -> str:
    """One line saying why the server could not be used: address, login, database or version."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = str(exc).lower()
    shown = redacted(url)
    text = without_password(text, url)  # libpq quotes a URI it cannot read, password too
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return f"{shown}: the server refused the login (wrong user name or password)."
    if "does not exist" in lowered and "database" in lowered:
        name = url_database(url) or "(none given)"
        return f"{shown}: the server has no database named {name!r}; create it first."
    if "role" in lowered and "does not exist" in lowered:
        return f"{shown}: the server has no login of that name."
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return f"{shown}: the server's host name cannot be found (DNS)."
    if "connection refused" in lowered or "timeout" in lowered or "no such file" in lowered:
        return f"{shown}: no PostgreSQL server answers there (is it running, is the port right?)."
    if "invalid" in lowered and ("dsn" in lowered or "uri" in lowered or "conninfo" in lowered):
        return f"{shown}: this is not a valid postgresql:// address ({text})."
    return f"{shown}: cannot connect to the PostgreSQL server: {text}"


def open_postgres(url: str) -> CallDeskPostgres:
    """Connect to the server at *url* (a postgresql:// URL) and check its version."""
    give_peewee_its_driver()
    database = CallDeskPostgres(url.strip(), prefer_psycopg3=True,
                                connect_timeout=CONNECT_TIMEOUT_S,
                                application_name="CallDesk", autoconnect=True)
    database.connect()
    version = int(database.server_version)
    if version < MIN_SERVER_VERSION:
        database.close()
        raise PostgresVersionError(
            f"{redacted(url)}: PostgreSQL {version // 10000} is too old; CallDesk needs "
            f"PostgreSQL {MIN_SERVER_VERSION // 10000} or newer.")
    return database


class PostgresVersionError(Exception):
    """The server is older than CallDesk supports."""


def probe_server(url: str, password: str = "") -> str | None:
    """None when a login to *url* works (with *password*, if given), else the one-line
    reason. Only connects: nothing is created or upgraded."""
    import psycopg

    params: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "autocommit": True}
    if password:
        params["password"] = password
    try:
        with psycopg.connect(url.strip(), **params) as conn:
            version = int(conn.info.server_version)
    except (psycopg.Error, ValueError) as exc:
        return connect_failure_message(url, exc)
    if version < MIN_SERVER_VERSION:
        return (f"{redacted(url)}: PostgreSQL {version // 10000} is too old; CallDesk needs "
                f"PostgreSQL {MIN_SERVER_VERSION // 10000} or newer.")
    return None


def split_password(url: str) -> tuple[str, str]:
    """(*url* without its password, the password or '')."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return url, ""
    if password is None:
        return url, ""
    netloc = parts.netloc.replace(":" + password + "@", "@", 1)
    return parts._replace(netloc=netloc).geturl(), unquote(password)
