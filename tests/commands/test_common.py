"""What the commands share: days, the database they need, and one-line errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.commands.common import one_line_errors, parse_day, require_database
from app.commands.errors import CliError
from app.services.errors import ValidationError


def test_a_day_is_read_or_refused_naming_the_option() -> None:
    assert parse_day("2026-06-30", "--date") == date(2026, 6, 30)
    with pytest.raises(CliError, match=r"^--to: '30/06/2026' is not a date like 2026-06-30$"):
        parse_day("30/06/2026", "--to")


def test_a_missing_database_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "calldesk.db"
    with pytest.raises(CliError, match="no database at"):
        require_database(str(missing))
    assert not missing.exists()


def test_listed_errors_become_one_line_and_others_pass_through() -> None:
    with pytest.raises(CliError) as caught, one_line_errors(ValidationError):
        raise ValidationError("Rep", "no rep called 'Nobody'")
    assert str(caught.value) == "Rep: no rep called 'Nobody'"
    assert caught.value.code == 1
    with pytest.raises(KeyError), one_line_errors(ValidationError):
        raise KeyError("a bug stays a bug")
