"""Small pieces several commands share: a day from the command line, the database a command
works on, and errors a person can read turned into one line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from app.commands.errors import CliError


def parse_day(text: str, option: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{option}: '{text}' is not a date like 2026-06-30") from None
    from app.services.errors import ValidationError
    from app.services.scheduling import check_day

    try:
        return check_day(day, option)
    except ValidationError as exc:
        raise CliError(str(exc)) from None


def require_database(path: str) -> None:
    """Refuses a database file that is not there (opening it would create an empty one); a
    server address is checked when it is connected to."""
    from app.db.postgres import is_postgres_url

    if not is_postgres_url(path) and not Path(path).exists():
        raise CliError(f"no database at {path}")


def open_existing_database(path: str) -> None:
    require_database(path)
    from app.db.connection import open_database

    open_database(path)


@contextmanager
def one_line_errors(*kinds: type[Exception]) -> Iterator[None]:
    """Errors of these kinds already read as one line naming the field or record: raise them
    as a CliError with that text."""
    try:
        yield
    except kinds as exc:
        raise CliError(str(exc)) from None
