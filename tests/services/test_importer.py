"""Importing the shared samples: exact names, E.164 numbers, merges, problems, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db.connection import db
from app.db.contact_list import ContactQuery, contact_count, fetch_contacts
from app.services.contact_types import ContactInput, EmailInput, PhoneInput
from app.services.contacts import create_contact, get_contact
from app.services.errors import NotFoundError
from app.services.import_types import ImportCancelled
from app.services.importer import import_file, last_import, undo_last_import
from tests.engines import check_search_index, schema_objects
from tests.samples import dump_contacts, sample


def _by_name(first: str, last: str = "") -> list[int]:
    rows = db.execute_sql("SELECT id FROM contact WHERE first_name = ? AND last_name = ?",
                          (first, last)).fetchall()
    return [r[0] for r in rows]


def _phones(contact_id: int) -> list[str | None]:
    return [p.e164 for p in get_contact(contact_id).phones]


def test_google_sample_merges_priya_and_keeps_aishas_number_unparsed(db_path: str) -> None:
    summary = import_file(sample("google_contacts.csv"))
    assert (summary.imported, summary.merged) == (4, 1)
    assert [(p.row, "12345" in p.message) for p in summary.problems] == [(5, True)]
    [priya] = _by_name("Priya", "Sharma")
    contact = get_contact(priya)
    assert _phones(priya) == ["+919876543210", "+912226591234"]
    assert contact.notes == ("Met at trade fair.\nWants bulk pricing.\n\n"
                             "Duplicate of the first row by phone")
    assert contact.tags == ["Customers"]  # "* myContacts" dropped
    assert (contact.street, contact.city, contact.postal_code) == ("12 MG Road", "Mumbai",
                                                                   "400001")
    [rajesh] = _by_name("राजेश", "कुमार")
    assert get_contact(rajesh).company == "कुमार इलेक्ट्रिकल्स"
    assert get_contact(rajesh).city == "दिल्ली"
    assert _phones(rajesh) == ["+919811122334"]
    [john] = _by_name("John Q", "Miller")
    john_detail = get_contact(john)
    assert _phones(john) == ["+12015550123", "+14155552671"]  # read in the contact's USA
    assert [e.address for e in john_detail.emails] == ["john@millerroofing.example",
                                                       "jq@home.example"]
    assert john_detail.company == "Miller Roofing, LLC"
    assert "Birthday: 1975-04-02" in john_detail.notes
    [aisha] = _by_name("Aisha", "Khan")
    [phone] = get_contact(aisha).phones
    assert (phone.e164, phone.raw, phone.unparsed) == (None, "12345", True)


def test_outlook_sample_uses_all_phone_email_and_address_columns(db_path: str) -> None:
    summary = import_file(sample("outlook_contacts.csv"))
    assert (summary.imported, summary.merged, summary.problems) == (2, 0, [])
    emma = get_contact(_by_name("Emma", "Clarke")[0])
    assert [(p.e164, p.label) for p in emma.phones] == [("+447700900123", "mobile"),
                                                        ("+442079460958", "work")]
    assert (emma.title, emma.street, emma.city, emma.postal_code, emma.country) == (
        "Director", "5 High Street", "London", "SW1A 1AA", "United Kingdom")
    lukas = get_contact(_by_name("Lukas", "Schmidt")[0])
    assert lukas.tags == ["Customers", "Key accounts"]
    assert _phones(lukas.id) == ["+4930901820"]
    assert [e.address for e in lukas.emails] == ["lukas@schmidt-bau.example"]


def test_semicolon_spreadsheet_with_german_headers_and_region_option(db_path: str) -> None:
    summary = import_file(sample("spreadsheet_semicolon.csv"), region="DE")
    assert (summary.imported, summary.merged) == (2, 0)
    anna = get_contact(_by_name("Anna", "Weber")[0])
    assert (anna.company, anna.city, anna.status) == ("Weber & Söhne", "Berlin", "lead")
    assert _phones(anna.id) == ["+493012345678"]
    marco = get_contact(_by_name("Marco", "Rossi")[0])
    assert marco.status == "customer"  # "Kunde"
    assert _phones(marco.id) == ["+390612345678"]


@pytest.mark.parametrize(("name", "expected"), [
    ("contacts_v21_android.vcf", {("सुनीता", "वर्मा"): ["+919810012345", "+911123456789"],
                                  ("Vikram", "Patel"): ["+919925012345"]}),
    ("contacts_v3.vcf", {("Meera", "Iyer"): ["+919444012345", "+914423456789"],
                         ("Tomas", "Novak"): ["+420601123456"]}),
    ("contacts_v4.vcf", {("Sara", "Lee"): ["+12127365000", "+14155552671"]}),
])
def test_vcard_samples(db_path: str, name: str, expected: dict[tuple[str, str], list[str]]
                       ) -> None:
    summary = import_file(sample(name))
    assert (summary.imported, summary.merged, summary.problems) == (len(expected), 0, [])
    for (first, last), phones in expected.items():
        [cid] = _by_name(first, last)
        assert _phones(cid) == phones


def test_vcard_3_fields(db_path: str) -> None:
    import_file(sample("contacts_v3.vcf"))
    meera = get_contact(_by_name("Meera", "Iyer")[0])
    assert meera.company == "Iyer Textiles, Chennai"
    assert meera.notes == "Prefers calls before noon\nSpeaks Tamil and English"
    assert meera.tags == ["Customers", "Textiles"]
    assert (meera.street, meera.city, meera.region, meera.postal_code) == (
        "45 Anna Salai", "Chennai", "Tamil Nadu", "600002")


def test_vcard_4_merges_into_google_contact_sharing_a_mobile(db_path: str) -> None:
    import_file(sample("google_contacts.csv"))
    summary = import_file(sample("contacts_v4.vcf"))
    assert (summary.imported, summary.merged) == (0, 1)
    john = get_contact(_by_name("John Q", "Miller")[0])
    assert "+12127365000" in _phones(john.id)
    assert "sara@leedental.example" in [e.address for e in john.emails]


def test_no_merge_imports_duplicates_as_new(db_path: str) -> None:
    summary = import_file(sample("google_contacts.csv"), merge=False)
    assert (summary.imported, summary.merged) == (5, 0)
    assert len(_by_name("Priya", "Sharma")) == 2


def test_merge_into_existing_contact_and_undo_restores_it(db_path: str) -> None:
    existing = create_contact(ContactInput(
        first_name="Priya", last_name="Sharma", notes="Old note", tags=["vip"],
        phones=[PhoneInput("+91 98765 43210")],
        emails=[EmailInput("old@example.com")])).contact_id
    before_dump = dump_contacts()
    summary = import_file(sample("google_contacts.csv"))
    assert (summary.imported, summary.merged) == (3, 2)
    merged = get_contact(existing)
    assert merged.company == "Sharma Traders"  # empty field filled
    assert merged.tags == ["vip", "Customers"]
    assert merged.notes.startswith("Old note\n\nMet at trade fair.")
    assert [e.address for e in merged.emails] == ["old@example.com",
                                                  "priya@sharmatraders.example"]
    assert last_import() == (summary.batch_id, "google_contacts.csv", 3)
    result = undo_last_import()
    assert (result.removed, result.reverted) == (3, 1)
    assert dump_contacts() == before_dump
    assert contact_count() == 1
    with pytest.raises(NotFoundError):
        undo_last_import()


def test_cancel_leaves_database_unchanged(db_path: str) -> None:
    import_file(sample("outlook_contacts.csv"))
    before = dump_contacts()
    calls = []

    def stop(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    with pytest.raises(ImportCancelled):
        import_file(sample("google_contacts.csv"), progress=stop)
    assert calls and calls[-1][1] == 5
    assert dump_contacts() == before
    assert last_import() is not None and last_import()[1] == "outlook_contacts.csv"


def test_crash_while_writing_rolls_back(db_path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.db import contact_bulk
    from app.services import importer

    monkeypatch.setattr(importer, "_SUSPEND_INDEX_MIN", 1)  # indexes and triggers paused too
    before = dump_contacts()
    schema = schema_objects()

    def broken(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(contact_bulk, "finish_batch", broken)
    with pytest.raises(RuntimeError):
        import_file(sample("google_contacts.csv"))
    assert dump_contacts() == before
    assert schema_objects() == schema
    assert db.execute_sql("SELECT count(*) FROM import_batch").fetchone()[0] == 0
    assert contact_count() == 0


def test_bad_rows_are_reported_not_lost(db_path: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Name,Phone,Email,Notes\n"
                    ",+91 98765 11111,,only a number\n"
                    "Ravi,,not-an-email,\n"
                    ",,,\n"
                    "Big," + "9" * 40 + ",,\n", encoding="utf-8")
    summary = import_file(path)
    assert summary.imported == 3
    rows = {p.row: p.message for p in summary.problems}
    assert set(rows) == {2, 3, 5}
    assert "named '+91 98765 11111'" in rows[2]
    assert "not-an-email" in rows[3]
    ravi = get_contact(_by_name("Ravi")[0])
    assert "not-an-email" in ravi.notes
    big = get_contact(_by_name("Big")[0])
    assert big.phones[0].unparsed


def test_huge_field_is_accepted(db_path: str, tmp_path: Path) -> None:
    notes = "x" * 300_000  # the csv module's default limit is 128 KiB
    path = tmp_path / "huge.csv"
    path.write_text(f'Name,Notes\nAnna Weber,"{notes}"\n', encoding="utf-8")
    assert import_file(path).imported == 1
    assert get_contact(_by_name("Anna", "Weber")[0]).notes == notes


def test_chunked_import_merges_across_chunks_and_undo_restores(
        db_path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import importer

    monkeypatch.setattr(importer, "_CHUNK", 2)
    monkeypatch.setattr(importer, "_REPORT_EVERY", 1)
    existing = create_contact(ContactInput(first_name="Meera", phones=[
        PhoneInput("+91 94440 12345")])).contact_id
    before = dump_contacts()
    path = tmp_path / "chunks.csv"
    path.write_text("Name,Phone,Email,Notes\n"
                    "Meera Iyer,094440 12345,,first\n"
                    "Ravi Rao,+91 98450 11111,ravi@rao.example,\n"
                    "Asha Rao,+91 98450 22222,,\n"
                    "Meera I.,,meera@iyer.example,\n"  # no shared key yet: new
                    "Meera,+91 94440 12345,meera@iyer.example,second\n"
                    "R. Rao,,RAVI@rao.example,again\n", encoding="utf-8")
    summary = import_file(path)
    assert (summary.imported, summary.merged) == (3, 3)
    meera = get_contact(existing)
    assert (meera.last_name, meera.notes) == ("Iyer", "first\n\nsecond")
    [ravi] = _by_name("Ravi", "Rao")
    assert get_contact(ravi).notes == "again"
    _check_search_index()
    assert [r.id for r in fetch_contacts(ContactQuery(text="again"))] == [ravi]
    assert [r.first_name for r in fetch_contacts(ContactQuery(text="98450 22222"))] == ["Asha"]
    assert [r.id for r in fetch_contacts(ContactQuery(text="second"))] == [existing]
    undo_last_import()
    assert dump_contacts() == before
    _check_search_index()
    assert fetch_contacts(ContactQuery(text="second")) == []


def _check_search_index() -> None:
    check_search_index()


def test_search_columns_match_the_migration() -> None:
    from app.db.migrations import v002_search
    from app.db.search import CONTACT_FTS_COLUMNS

    assert CONTACT_FTS_COLUMNS == v002_search._CONTACT_COLUMNS


def test_large_import_rebuilds_search_and_indexes(db_path: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import importer

    monkeypatch.setattr(importer, "_SUSPEND_INDEX_MIN", 1)
    indexes = schema_objects()
    import_file(sample("google_contacts.csv"))
    assert schema_objects() == indexes
    _check_search_index()
    assert [r.first_name for r in fetch_contacts(ContactQuery(text="कुमार"))] == ["राजेश"]
    assert [r.first_name for r in fetch_contacts(ContactQuery(text="98111"))] == ["राजेश"]
    assert contact_count() == 4
    undo_last_import()
    assert contact_count() == 0
    assert fetch_contacts(ContactQuery(text="Priya")) == []
