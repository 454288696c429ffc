"""Reports to files: the command line writes the same table the Reports tab shows (read from
the tab's real table), the PDF carries the same numbers and its chart, and the buttons save
through the file dialog."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services import clock
from app.ui.main_window import TAB_REPORTS
from tests.services.report_data import INDIA, seed_march

ROOT = Path(__file__).resolve().parents[2]
KINDS = ["funnel", "activity", "hours", "handoff", "sources", "quotes", "upsell"]


@pytest.fixture()
def reports(qtbot, main_window, monkeypatch):
    monkeypatch.setattr(clock, "local_zone", lambda: INDIA)
    ids = seed_march()
    main_window.tabs.setCurrentIndex(TAB_REPORTS)
    tab = main_window.reports
    _choose(tab.period, "custom")
    tab.first.setDate(tab.first.date().fromString("2026-03-01", "yyyy-MM-dd"))
    tab.last.setDate(tab.last.date().fromString("2026-03-31", "yyyy-MM-dd"))
    return tab, ids


def _choose(combo, data) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _shown(tab) -> list[list[str]]:
    """The header and rows of the tab's table, read from its model."""
    model = tab.table.model()
    head = [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())]
    return [head, *[[model.index(r, c).data() for c in range(model.columnCount())]
                    for r in range(model.rowCount())]]


def _cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": "Asia/Kolkata"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db, "report", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_command_line_csv_is_the_table_the_tab_shows(reports, db_path, tmp_path) -> None:
    tab, ids = reports
    for kind in KINDS:
        _choose(tab.report, kind)
        target = tmp_path / f"{kind}.csv"
        done = _cli(db_path, kind, "--from", "2026-03-01", "--to", "2026-03-31", str(target))
        assert done.returncode == 0, done.stderr
        assert _read_csv(target) == _shown(tab), kind
    _choose(tab.report, "funnel")
    _choose(tab.seller, ids["meera"])
    target = tmp_path / "meera.csv"
    assert _cli(db_path, "funnel", "--from", "2026-03-01", "--to", "2026-03-31",
                "--user", "meera", str(target)).returncode == 0
    assert _read_csv(target) == _shown(tab)
    assert [row[1] for row in _read_csv(target)[1:]] == ["2", "1", "1", "0", "0", "0"]


def test_the_pdf_has_the_same_numbers_and_a_chart(reports, db_path, tmp_path) -> None:
    tab, _ = reports
    target = tmp_path / "funnel.pdf"
    done = _cli(db_path, "funnel", "--from", "2026-03-01", "--to", "2026-03-31", str(target))
    assert done.returncode == 0, done.stderr
    page = PdfReader(target).pages[0]
    text = page.extract_text()
    assert "2026-03-01 to 2026-03-31" in text
    for row in _shown(tab)[1:]:  # every step, count and rate of the table
        assert " ".join(row) in " ".join(text.split()), row
    assert text.count("Dials") >= 2  # in the table and under its bar


def test_bad_command_lines_say_what_is_wrong(reports, db_path, tmp_path) -> None:
    done = _cli(db_path, "funnel", "--from", "2026-03-31", "--to", "2026-03-01",
                str(tmp_path / "x.csv"))
    assert done.returncode != 0 and "the last day comes before the first" in done.stderr
    done = _cli(db_path, "funnel", "--from", "2026-03-01", "--to", "2026-03-31",
                str(tmp_path / "x.txt"))
    assert "'x.txt' must end in .csv or .pdf" in done.stderr
    done = _cli(db_path, "funnel", "--from", "2026-03-01", "--to", "2026-03-31",
                "--user", "nobody", str(tmp_path / "x.csv"))
    assert "--user: nobody called 'nobody'" in done.stderr
    link = tmp_path / "looks-like.csv"
    link.symlink_to(db_path)
    done = _cli(db_path, "funnel", "--from", "2026-03-01", "--to", "2026-03-31", str(link))
    assert done.returncode != 0 and "is the database" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_buttons_save_csv_and_pdf_through_the_file_dialog(qtbot, reports, tmp_path,
                                                                monkeypatch) -> None:
    tab, _ = reports
    _choose(tab.report, "sources")
    chosen = iter([str(tmp_path / "sources"), str(tmp_path / "sources.pdf")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (next(chosen), "")))
    qtbot.mouseClick(tab.export_csv, Qt.MouseButton.LeftButton)
    assert _read_csv(tmp_path / "sources.csv") == _shown(tab)  # the suffix was added
    qtbot.mouseClick(tab.export_pdf, Qt.MouseButton.LeftButton)
    assert "₹1,200.00" in PdfReader(tmp_path / "sources.pdf").pages[0].extract_text()
    assert "sources.pdf" in tab.message.text()


def test_the_open_database_is_never_overwritten(qtbot, reports, db_path, monkeypatch) -> None:
    tab, _ = reports
    before = Path(db_path).read_bytes()[:100]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (db_path + ".csv", "")))
    Path(db_path + ".csv").symlink_to(db_path)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    assert tab.export("csv") is None
    assert said and "database" in said[0]
    assert Path(db_path).read_bytes()[:100] == before


def test_csv_cells_cannot_run_as_formulas(reports, db_path, tmp_path) -> None:
    from app.db.connection import db

    db.execute_sql("UPDATE contact SET source = '=HYPERLINK(1)' WHERE source = 'fair'")
    target = tmp_path / "sources.csv"
    assert _cli(db_path, "sources", "--from", "2026-03-01", "--to", "2026-03-31",
                str(target)).returncode == 0
    assert ["'=HYPERLINK(1)", "1", "0", "0.0 %", "—"] in _read_csv(target)
