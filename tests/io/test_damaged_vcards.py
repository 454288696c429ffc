"""Damaged vCard files: every card is found, the damage is repaired the way phones' own
importers repair it, and each repair is named by card and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.records import ImportFormatError
from app.io.vcard_reader import count_vcards, read_vcard_records
from tests.samples import sample


def _card(n: int) -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person{n};Asha;;;\r\nFN:Asha Person{n}\r\n"
            f"TEL;TYPE=CELL:+91 98100 {n:05d}\r\nEND:VCARD\r\n")


def _read(tmp_path: Path, text: str) -> list:
    path = tmp_path / "cards.vcf"
    path.write_text(text, encoding="utf-8")
    records = list(read_vcard_records(path))
    assert count_vcards(path) == len(records)  # the progress count agrees with the reading
    return records


def _names(records: list) -> list[str]:
    return [r.fields.get("last_name", "") for r in records]


def test_a_card_without_end_ends_at_the_next_begin(tmp_path: Path) -> None:
    text = _card(1) + _card(2).replace("END:VCARD\r\n", "") + "".join(_card(n)
                                                                        for n in (3, 4, 5, 6))
    records = _read(tmp_path, text)
    assert _names(records) == [f"Person{n}" for n in range(1, 7)]
    second = records[1]
    assert (second.row, second.line) == (2, 7)
    assert second.warnings == ["has no END:VCARD; it ends where the next card begins (line 12)"]
    assert second.phones == [("+91 98100 00002", "mobile")]
    assert all(not r.warnings for i, r in enumerate(records) if i != 1)


def test_the_first_card_without_end_is_read_not_refused(tmp_path: Path) -> None:
    records = _read(tmp_path, _card(1).replace("END:VCARD\r\n", "") + _card(2))
    assert _names(records) == ["Person1", "Person2"]
    assert records[0].warnings[0].startswith("has no END:VCARD")


def test_the_last_card_without_end_is_read_to_the_end_of_the_file(tmp_path: Path) -> None:
    records = _read(tmp_path, _card(1) + _card(2).replace("END:VCARD\r\n", ""))
    assert records[1].warnings == ["has no END:VCARD; read to the end of the file (line 11)"]
    assert records[1].phones


def test_android_soft_break_at_the_end_of_a_card_keeps_end_vcard(tmp_path: Path) -> None:
    broken = ("BEGIN:VCARD\r\nVERSION:2.1\r\nTEL;CELL:+919810012345\r\n"
              "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E0=A4=B5=E0=A4=B0=E0=A5=8D=E0=A4=AE"
              "=E0=A4=BE;=E0=A4=B8=E0=A5=81=E0=A4=A8=E0=A5=80=E0=A4=A4=E0=A4=BE;;;=\r\n"
              "END:VCARD\r\n")
    records = _read(tmp_path, broken + _card(2))
    assert _names(records) == ["वर्मा", "Person2"]
    assert records[0].fields["first_name"] == "सुनीता"
    assert records[0].warnings == ["has a quoted-printable value on line 4 that ends in a soft "
                                   "line break; the value was read as ending there"]


def test_a_soft_break_before_the_next_property_does_not_swallow_it(tmp_path: Path) -> None:
    card = ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            "NOTE;ENCODING=QUOTED-PRINTABLE:Call after 5=\r\n"
            "TEL;CELL:+919810012345\r\nN:Verma;Sunita;;;\r\nEND:VCARD\r\n")
    [record] = _read(tmp_path, card)
    assert record.notes == ["Call after 5"]
    assert record.phones == [("+919810012345", "mobile")]
    assert record.fields["last_name"] == "Verma"


def test_real_soft_breaks_still_join_the_value() -> None:
    first, _ = list(read_vcard_records(sample("contacts_v21_android.vcf")))
    assert (first.fields["first_name"], first.fields["last_name"]) == ("सुनीता", "वर्मा")
    assert first.warnings == []


def test_a_card_without_begin_is_read_and_named(tmp_path: Path) -> None:
    text = _card(1) + _card(2).replace("BEGIN:VCARD\r\n", "") + _card(3)
    records = _read(tmp_path, text)
    assert _names(records) == ["Person1", "Person2", "Person3"]
    assert (records[1].row, records[1].line) == (2, 7)
    assert records[1].warnings == ["has no BEGIN:VCARD; read from line 7 to the END:VCARD on "
                                   "line 11"]


def test_repeated_lines_and_nuls_are_repaired_and_named(tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\r\nBEGIN:VCARD\r\nN:Pers\x00on1;Asha;;;\r\nEND:VCARD\r\nEND:VCARD\r\n"
            + _card(2))
    records = _read(tmp_path, text)
    assert _names(records) == ["Person1", "Person2"]
    assert records[0].warnings == ["repeats BEGIN:VCARD on line 2; the repeat was ignored",
                                   "had NUL characters in it; they were removed"]


def test_a_fold_that_lost_its_space_is_joined_back(tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\r\nN:Rao;Asha;;;\r\nNOTE:a long note that is \r\nfolded here\r\n"
            "END:VCARD\r\n")
    [record] = _read(tmp_path, text)
    assert record.notes == ["a long note that is folded here"]
    assert record.warnings == ["has a line (4) that is not a property; it was read as the rest "
                               "of line 3, whose fold had lost its space"]


def test_an_agent_card_inside_a_card_stays_inside(tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Rao;Asha;;;\r\nAGENT:\r\nBEGIN:VCARD\r\n"
            "N:Assistant;Ravi;;;\r\nEND:VCARD\r\nEND:VCARD\r\n" + _card(2))
    records = _read(tmp_path, text)
    assert _names(records) == ["Rao", "Person2"]
    assert records[0].warnings == []


@pytest.mark.parametrize("text", ["", "hello\r\nworld\r\n", "END:VCARD\r\n"])
def test_a_file_without_any_card_is_refused_truthfully(tmp_path: Path, text: str) -> None:
    path = tmp_path / "none.vcf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFormatError, match="no BEGIN:VCARD line and no vCard property"):
        list(read_vcard_records(path))


def test_a_soft_break_continuation_that_looks_like_a_name_is_joined(tmp_path: Path) -> None:
    # Cut after "O'Brie": the next line starts "n;" like an N property, but has no colon.
    card = ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:O'Brie=\r\n"
            "n;J=C3=BCrgen;;;\r\nTEL;CELL:+919810012345\r\nEND:VCARD\r\n")
    [record] = _read(tmp_path, card)
    assert (record.fields["last_name"], record.fields["first_name"]) == ("O'Brien", "Jürgen")
    assert record.warnings == []
