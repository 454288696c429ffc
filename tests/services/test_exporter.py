"""Export to CSV and vCard: formula safety, atomic writes, readable by vobject, and an
export -> import round trip that loses nothing the format carries."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject

from app.db.connection import close_database, open_database
from app.db.contact_list import ContactQuery
from app.services.contact_types import ContactInput, EmailInput, PhoneInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.exporter import ExportCancelled, export_contacts
from app.services.importer import import_file
from app.services.settings import set_default_region
from tests.samples import dump_contacts, sample

TRICKY = [
    ContactInput(first_name="=HYPERLINK(\"http://x\")", last_name="+Evil", company="-Minus",
                 title="@Sum", street="1 Main St\nFloor 2", city="'Quoted", region="\tTab",
                 postal_code="07081", country="USA", status="customer", source="trade fair",
                 tags=["vip", "Key account"], notes="  Multi-line\nnotes; with, punctuation\\ "
                 "and \"quotes\"\n", do_not_call=True,
                 phones=[PhoneInput("+1 201 555 0123 ext. 42", "work"),
                         PhoneInput("+91 98765 43210", "mobile"),
                         PhoneInput("12345", "Shop", keep_unparsed=True),
                         PhoneInput("+44 20 7946 0958", "")],
                 emails=[EmailInput("a@b.example", "home"), EmailInput("c@d.example", "Office"),
                         EmailInput("e@f.example", "")]),
    ContactInput(company="कुमार इलेक्ट्रिकल्स", city="दिल्ली", country="India",
                 status="prospect", notes="हिंदी में बात करना पसंद करते हैं।",
                 phones=[PhoneInput("098111 22334", "mobile")]),
    ContactInput(first_name="सुनीता", last_name="वर्मा", status="inactive",
                 phones=[PhoneInput("+919810012345", "other")]),
]


@pytest.fixture()
def tricky_db(db_path: str) -> str:
    for person in TRICKY:
        create_contact(person)
    return db_path


@pytest.mark.parametrize(("name", "version"), [("out.csv", "3.0"), ("out.vcf", "3.0"),
                                               ("out.vcf", "4.0")])
def test_round_trip_is_lossless(tricky_db: str, tmp_path: Path, name: str,
                                version: str) -> None:
    original = dump_contacts()
    target = tmp_path / name
    assert export_contacts(target, vcard_version=version).count == len(TRICKY)
    close_database()
    open_database(tmp_path / "copy.db")
    set_default_region("IN")
    summary = import_file(target)
    assert (summary.imported, summary.merged) == (len(TRICKY), 0)
    assert [p.message for p in summary.problems] == [
        "Phone 3: kept as typed, not a usable number ('12345' is too short to be a phone "
        "number)"]
    restored = dump_contacts()
    # The typed text of parsed numbers is not carried; the E.164 number is.
    strip_raw = [(*c[:-2], tuple((p[0], p[2], p[3]) for p in c[-2]), c[-1]) for c in original]
    assert [(*c[:-2], tuple((p[0], p[2], p[3]) for p in c[-2]), c[-1])
            for c in restored] == strip_raw


def test_csv_is_utf8_with_bom_and_neutralises_formulas(tricky_db: str, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    export_contacts(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+Evil" in text and "'-Minus" in text
    assert "'@Sum" in text and "''Quoted" in text
    assert "कुमार इलेक्ट्रिकल्स" in text
    for line in text.splitlines():
        for cell in line.split(","):
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_vcards_are_readable_by_vobject(tricky_db: str, tmp_path: Path) -> None:
    for version in ("3.0", "4.0"):
        target = tmp_path / f"out{version}.vcf"
        export_contacts(target, vcard_version=version)
        cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
        names = sorted(card.fn.value for card in cards)
        assert names == sorted(["=HYPERLINK(\"http://x\") +Evil", "कुमार इलेक्ट्रिकल्स",
                                "सुनीता वर्मा"])
        evil = next(c for c in cards if c.fn.value.startswith("="))
        assert evil.org.value == ["-Minus"]
        assert len(evil.tel_list) == 4
        assert evil.note.value.startswith("  Multi-line\nnotes; with, punctuation\\")


def test_export_of_current_search_only(tricky_db: str, tmp_path: Path) -> None:
    target = tmp_path / "some.csv"
    assert export_contacts(target, ContactQuery(text="सुनीता")).count == 1
    assert export_contacts(target, ContactQuery(status="prospect")).count == 1
    assert "कुमार" in target.read_text(encoding="utf-8-sig")


def test_neutralise_and_its_reversal() -> None:
    from app.io.column_mapping import unescape_cell
    from app.io.csv_export import neutralise

    for value in ("=1+2", "+91", "-5", "@x", "\tx", "\rx", "'", "'=a", "''b", "plain", ""):
        assert unescape_cell(neutralise(value)) == value
    assert neutralise("\tx") == "'\tx"


def test_failed_or_cancelled_export_leaves_old_file(tricky_db: str, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "keep.csv"
    target.write_text("old contents", encoding="utf-8")
    with pytest.raises(ExportCancelled):
        export_contacts(target, progress=lambda done, total: False)
    assert target.read_text(encoding="utf-8") == "old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.csv"]
    with pytest.raises(ValidationError, match="must end in .csv or .vcf"):
        export_contacts(tmp_path / "x.txt")


def test_export_pages_through_many_contacts(db_path: str, tmp_path: Path) -> None:
    from app.seed.contacts import seed_contacts

    seed_contacts(1234)
    import_file(sample("google_contacts.csv"))
    target = tmp_path / "all.vcf"
    result = export_contacts(target)
    assert result.count == 1234 + 4
    assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") == result.count


def test_vcard_lines_fold_at_75_octets_between_characters() -> None:
    from app.io.vcard_export import fold

    line = "NOTE:" + "हिंदी में बात करना पसंद करते हैं। " * 8
    folded = fold(line)
    pieces = folded.split("\r\n ")
    assert len(pieces) > 3
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert "".join(pieces) == line
    assert fold("FN:short") == "FN:short"


def test_reimporting_an_export_into_the_same_database_changes_nothing(
        tricky_db: str, tmp_path: Path) -> None:
    before = dump_contacts()
    target = tmp_path / "again.csv"
    export_contacts(target)
    summary = import_file(target)
    assert (summary.imported, summary.merged) == (0, len(TRICKY))
    assert summary.problems[0].message.startswith("Phone 3: kept as typed")
    assert dump_contacts() == before
