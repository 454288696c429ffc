"""export appointments / agenda pdf / seed --appointments from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from app.cli import main
from app.db.connection import close_database, db


def test_seed_then_export_and_agenda(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "c.db")
    assert main(["seed", "--db", path, "--contacts", "50", "--reps", "2",
                 "--appointments", "300"]) == 0
    overlaps = db.execute_sql(
        "SELECT count(*) FROM (SELECT starts_at, lag(ends_at) OVER (PARTITION BY rep_id "
        "ORDER BY starts_at) AS prev, r.buffer_min FROM appointment a JOIN rep r "
        "ON r.id = a.rep_id) WHERE starts_at < prev + buffer_min * 60").fetchone()[0]
    assert overlaps == 0
    assert db.execute_sql("SELECT count(*) FROM appointment").fetchone()[0] == 300
    day = db.execute_sql("SELECT date(min(starts_at), 'unixepoch', 'localtime') "
                         "FROM appointment WHERE rep_id = 1").fetchone()[0]
    close_database()
    ics = tmp_path / "out.ics"
    assert main(["export", "appointments", str(ics), "--rep", "Ravi Kumar", "--db", path]) == 0
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 150
    close_database()
    pdf = tmp_path / "day.pdf"
    assert main(["agenda", "pdf", "--rep", "Ravi Kumar", "--date", day, str(pdf),
                 "--db", path]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    close_database()
    assert main(["export", "appointments", str(ics), "--rep", "Nobody", "--db", path]) == 1
    assert "no rep called 'Nobody'" in capsys.readouterr().err
    close_database()
    assert main(["agenda", "pdf", "--rep", "Ravi Kumar", "--date", "tomorrow", str(pdf),
                 "--db", path]) == 1
    assert "--date" in capsys.readouterr().err
