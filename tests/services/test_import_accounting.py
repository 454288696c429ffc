"""Every import accounts for every record its reader finds: read = imported + merged +
refused, with each refused or repaired record named by its row or card and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.db.contact_list import contact_count
from app.io.csv_quotes import LooseQuoteError
from app.services.importer import import_file, open_source
from tests.samples import ALL_SAMPLES, sample
from tests.services.accounting import check_accounting


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_every_sample_accounts_for_every_record(db_path: str, name: str) -> None:
    summary = import_file(sample(name), region="IN")
    check_accounting(sample(name), summary)
    assert summary.refused == 0


def _cards(count: int) -> list[str]:
    return [f"BEGIN:VCARD\nVERSION:3.0\nN:Card{n};Asha;;;\nTEL:+91 98100 {n:05d}\nEND:VCARD\n"
            for n in range(1, count + 1)]


def test_a_card_without_end_no_longer_takes_the_cards_after_it(
        db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cards = _cards(5)
    cards[0] = cards[0].replace("END:VCARD\n", "")
    path = tmp_path / "phone.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    assert main(["import", str(path), "--db", db_path, "--region", "IN"]) == 0
    out = capsys.readouterr().out
    assert "phone.vcf: read 5 cards: imported 5, merged 0, refused 0; 1 card with a warning" in out
    assert ("card 1 (line 1) has no END:VCARD; it ends where the next card begins (line 5)"
            in out)
    assert contact_count() == 5


def test_empty_and_unreadable_records_are_refused_by_name(db_path: str, tmp_path: Path) -> None:
    cards = _cards(3)
    cards[1] = "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n"
    path = tmp_path / "gap.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    summary = import_file(path)
    check_accounting(path, summary)
    assert (summary.seen, summary.imported, summary.refused) == (3, 2, 1)
    assert summary.lines() == ["card 2 (line 6) has no name, company, phone, email or other "
                               "detail to import; not imported"]
    csv_path = tmp_path / "ignored.csv"
    csv_path.write_text("Name,Unknown\nAsha Rao,x\n,only in an ignored column\n"
                        f"Big,{'y' * 10}\n", encoding="utf-8")
    source = open_source(csv_path)
    assert source.layout is not None and [r.field for r in source.layout.roles] == ["name", ""]
    summary = import_file(csv_path)
    check_accounting(csv_path, summary)
    assert (summary.seen, summary.imported, summary.refused) == (3, 2, 1)
    assert summary.lines()[0].startswith("row 3 has no name, company, phone")


def test_a_loose_quote_refuses_the_file_unless_read_as_text(
        db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [f"Person {n},+91 98100 {n:05d},note {n}\n" for n in range(1, 7)]
    rows[1] = 'Person 2,+91 98100 00002,"note 2 never closes\n'
    path = tmp_path / "sheet.csv"
    path.write_text("Name,Phone,Notes\n" + "".join(rows), encoding="utf-8")
    assert main(["import", str(path), "--db", db_path, "--region", "IN"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: row 3 has a quote that never closes: its field runs on to "
                          "the end of the file (line 7)")
    assert "--lenient-quotes" in err and err.count("\n") == 1 and "Traceback" not in err
    assert contact_count() == 0
    with pytest.raises(LooseQuoteError):
        import_file(path)
    assert main(["import", str(path), "--db", db_path, "--region", "IN",
                 "--lenient-quotes"]) == 0
    out = capsys.readouterr().out
    assert "read 6 rows: imported 6, merged 0, refused 0; 1 row with a warning" in out
    assert "row 3 has a quote that never closes: its field runs on to the end of the file" in out
    assert contact_count() == 6
    check_accounting(path, import_file(path, lenient_quotes=True, merge=False), True)
