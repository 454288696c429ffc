"""Days at the ends of the calendar (year 1, year 9999) are refused with a message naming the
option or field, never an OverflowError; the window's date fields cannot reach them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from app.cli import main
from app.db.connection import close_database
from app.services.appointment_export import day_sheet, export_range_ics
from app.services.errors import ValidationError
from app.services.reps import RepInput, create_rep
from app.services.scheduling import LAST_DAY


@pytest.fixture()
def with_rep(db_path: str) -> str:
    create_rep(RepInput("Ravi", time_zone="Asia/Kolkata"))
    close_database()
    return db_path


@pytest.mark.parametrize("args", [
    ["export", "appointments", "OUT.ics", "--from", "0001-01-01"],
    ["export", "appointments", "OUT.ics", "--to", "9999-12-31"],
    ["agenda", "pdf", "--rep", "Ravi", "--date", "9999-12-31", "OUT.pdf"],
    ["agenda", "pdf", "--rep", "Ravi", "--date", "0001-01-01", "OUT.pdf"],
])
def test_the_command_line_refuses_days_out_of_range(
        with_rep: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        args: list[str]) -> None:
    out = str(tmp_path / "out")
    code = main(["--db", with_rep, *[out if a.startswith("OUT") else a for a in args]])
    err = capsys.readouterr().err.strip()
    option = next(a for a in args if a in ("--from", "--to", "--date"))
    assert code != 0
    assert err.startswith(f"error: {option}: ") and "outside the dates CallDesk works" in err
    assert "Overflow" not in err and not Path(out).exists()


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31)])
def test_the_services_refuse_them_naming_the_field(with_rep: str, day: date,
                                                   tmp_path: Path) -> None:
    from app.db.connection import open_database

    open_database(with_rep)
    with pytest.raises(ValidationError, match="outside the dates") as caught:
        day_sheet("Ravi", day)
    assert caught.value.field == "Date"
    with pytest.raises(ValidationError) as caught:
        export_range_ics(tmp_path / "x.ics", None, day, None)
    assert caught.value.field == "From"


def test_the_appointment_list_cannot_be_set_past_the_last_day(qtbot, main_window) -> None:
    page = main_window.appointments.list_page
    page.last.setDate(QDate(9999, 12, 31))
    assert page.last.date().toPython() == LAST_DAY
    page.first.setDate(QDate(1, 1, 1))
    page.refresh()  # loads without an error
    assert page.model.rowCount() == 0
