"""The import and export commands, run as a person would type them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from tests.samples import sample


def test_import_prints_summary_with_problem_rows(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    code = main(["import", str(sample("google_contacts.csv")), "--db", db, "--region", "IN"])
    out = capsys.readouterr().out
    assert code == 0
    assert ("google_contacts.csv: read 5 rows: imported 4, merged 1, refused 0; 1 row with "
            "a warning") in out
    # The row's notes above run over two lines, so its line and row numbers differ.
    assert "row 5 (line 7): Phone 1: kept as typed" in out and "'12345'" in out


def test_no_merge_format_and_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    assert main(["import", str(sample("google_contacts.csv")), "--db", db, "--region", "IN",
                 "--no-merge"]) == 0
    assert "imported 5, merged 0" in capsys.readouterr().out
    copy = tmp_path / "cards.txt"
    copy.write_bytes(sample("contacts_v3.vcf").read_bytes())
    assert main(["import", str(copy), "--db", db, "--format", "vcard"]) == 0
    assert "imported 2, merged 0" in capsys.readouterr().out
    assert main(["import", "--undo-last", "--db", db]) == 0
    assert "undid the import of cards.txt: removed 2 contacts" in capsys.readouterr().out
    assert main(["import", "--undo-last", "--db", db]) == 0
    assert main(["import", "--undo-last", "--db", db]) == 1
    assert "There is no import to undo" in capsys.readouterr().err


def test_export_contacts_with_query(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    main(["import", str(sample("outlook_contacts.csv")), "--db", db])
    target = tmp_path / "berlin.vcf"
    assert main(["export", "contacts", str(target), "--db", db, "--query", "Schmidt"]) == 0
    assert f"exported 1 contacts to {target}" in capsys.readouterr().out
    assert "FN:Lukas Schmidt" in target.read_text(encoding="utf-8")
    target4 = tmp_path / "all.vcf"
    assert main(["export", "contacts", str(target4), "--db", db, "--vcard-version", "4.0"]) == 0
    assert target4.read_text(encoding="utf-8").count("VERSION:4.0") == 2


@pytest.mark.parametrize(("argv", "message"), [
    (["import"], "give the FILE to import"),
    (["import", "missing.csv"], "does not exist"),
    (["import", "x.csv", "--undo-last"], "not both"),
    (["import", "{sample}", "--region", "ZZ"], "Region: 'ZZ' is not a known country code"),
    (["export", "contacts", "out.txt"], "must end in .csv or .vcf"),
])
def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             argv: list[str], message: str) -> None:
    args = [a.replace("{sample}", str(sample("google_contacts.csv"))) for a in argv]
    assert main([*args, "--db", str(tmp_path / "e.db")]) != 0
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1
