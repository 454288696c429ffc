"""Readers: encodings, delimiters, header mapping in several languages, vCard details."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.io.column_mapping import map_headers, split_name
from app.io.csv_reader import inspect_csv, read_csv_records, sniff_delimiter
from app.io.text_decoding import detect_encoding
from app.io.vcard_reader import read_vcard_records
from tests.samples import sample


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("data", "encoding"), [
    ("Name,Stadt\nJürgen Groß,Köln\n".encode(), "utf-8"),
    (codecs.BOM_UTF8 + "Name,Stadt\nJürgen Groß,Köln\n".encode(), "utf-8-sig"),
    ("Name,Stadt\nJürgen Groß,Köln\n".encode("utf-16"), "utf-16"),
    ("Name,Stadt\nJürgen Groß,Köln\n".encode("cp1252"), "cp1252"),
])
def test_encodings_are_detected_and_text_is_exact(tmp_path: Path, data: bytes,
                                                   encoding: str) -> None:
    path = _write(tmp_path, "people.csv", data)
    assert detect_encoding(path) == encoding
    [record] = list(read_csv_records(path))
    assert record.fields == {"first_name": "Jürgen", "last_name": "Groß", "city": "Köln"}


def test_cyrillic_windows_1251_is_recognised(tmp_path: Path) -> None:
    text = ("Имя,Город,Телефон\nИван Петров,Москва,+7 495 123 45 67\n"
            "Мария Иванова,Санкт-Петербург,+7 812 765 43 21\n")
    path = _write(tmp_path, "ru.csv", text.encode("cp1251"))
    assert detect_encoding(path) == "cp1251"
    records = list(read_csv_records(path))
    assert records[1].fields["city"] == "Санкт-Петербург"


def test_windows_1252_bytes_it_leaves_undefined_are_kept(tmp_path: Path) -> None:
    path = _write(tmp_path, "odd.csv", b"Name,Notes\nAnna,price \x80 5 \x81\n")
    [record] = list(read_csv_records(path))
    assert record.notes == ["price € 5 \x81"]


@pytest.mark.parametrize(("sample_text", "delimiter"), [
    ("a,b;c\n", ","), ("Name;Firma;Telefon\n", ";"), ("Name\tPhone\tCity\n", "\t"),
    ('"Name, full";Phone\n', ";"), ("Name\n", ","),
])
def test_delimiter_sniffing(sample_text: str, delimiter: str) -> None:
    assert sniff_delimiter(sample_text) == delimiter


@pytest.mark.parametrize(("headers", "fields"), [
    (["Prénom", "Nom", "Société", "Téléphone", "Courriel", "Ville", "Code postal", "Pays"],
     ["first_name", "last_name", "company", "phone", "email", "city", "postal_code",
      "country"]),
    (["Nombre", "Apellidos", "Empresa", "Teléfono", "Móvil", "Correo electrónico", "Ciudad"],
     ["first_name", "last_name", "company", "phone", "phone", "email", "city"]),
    (["नाम", "कंपनी", "फ़ोन", "मोबाइल", "ईमेल", "शहर", "राज्य", "पिन कोड", "टिप्पणी"],
     ["name", "company", "phone", "phone", "email", "city", "region", "postal_code",
      "notes"]),
    (["Vorname", "Nachname", "Firma", "Handy", "E-Mail-Adresse", "Straße", "PLZ", "Ort"],
     ["first_name", "last_name", "company", "phone", "email", "street", "postal_code",
      "city"]),
    (["Full Name", "Mobile Number", "Email Address", "Zip Code", "Tags", "Unknown",
      "Geburtstag"],
     ["name", "phone", "email", "postal_code", "tags", "", "extra"]),
])
def test_headers_in_several_languages(headers: list[str], fields: list[str]) -> None:
    assert [r.field for r in map_headers(headers)] == fields


def test_hindi_headers_with_composed_nukta_match() -> None:
    composed = "\u095e\u094b\u0928"  # फ़ोन with the precomposed letter
    assert map_headers([composed])[0].field == "phone"


def test_name_split() -> None:
    assert split_name("Anna Weber") == ("Anna", "Weber")
    assert split_name("Weber, Anna") == ("Anna", "Weber")
    assert split_name("Anna Maria  Weber") == ("Anna Maria", "Weber")
    assert split_name("Madonna") == ("Madonna", "")
    assert split_name("सुनीता वर्मा") == ("सुनीता", "वर्मा")


def test_google_legacy_headers(tmp_path: Path) -> None:
    path = _write(tmp_path, "legacy.csv", (
        b"Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
        b"Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title\n"
        b"Asha Rao,Asha,Rao,* myContacts ::: VIP ::: * starred,* Work,asha@rao.example,"
        b"Mobile,+91 98450 12345 ::: +91 80 2222 3333,Rao Exports,CEO\n"))
    layout = inspect_csv(path)
    assert layout.profile == "google"
    [record] = list(read_csv_records(path, layout))
    assert record.fields == {"first_name": "Asha", "last_name": "Rao",
                             "company": "Rao Exports", "title": "CEO"}
    assert record.tags == ["VIP", "starred"]
    assert record.emails == [("asha@rao.example", "work")]
    assert record.phones == [("+91 98450 12345", "mobile"), ("+91 80 2222 3333", "mobile")]


def test_tab_separated_utf16_spreadsheet(tmp_path: Path) -> None:
    text = "Name\tTelefon\tStadt\r\nराजेश कुमार\t098111 22334\tदिल्ली\r\n"
    path = _write(tmp_path, "export.txt", text.encode("utf-16"))
    layout = inspect_csv(path)
    assert (layout.delimiter, layout.encoding) == ("\t", "utf-16")
    [record] = list(read_csv_records(path, layout))
    assert record.fields == {"first_name": "राजेश", "last_name": "कुमार", "city": "दिल्ली"}
    assert record.phones == [("098111 22334", "")]


def test_vcard_21_quoted_printable_devanagari_is_exact() -> None:
    first, second = list(read_vcard_records(sample("contacts_v21_android.vcf")))
    assert (first.fields["first_name"], first.fields["last_name"]) == ("सुनीता", "वर्मा")
    assert first.phones == [("+919810012345", "mobile"), ("01123456789", "work")]
    assert second.emails == [("vikram@patel.example", "home")]


def test_vcard_groups_escapes_folding_and_photo(tmp_path: Path) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rao;Asha;;;\r\nFN:Asha Rao\r\n"
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
        " /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR\r\n"
        "item1.TEL:+91 98450 12345\r\nitem1.X-ABLabel:Shop\r\n"
        "item2.EMAIL;TYPE=INTERNET:asha@rao.example\r\n"
        "item2.X-ABLabel:_$!<Work>!$_\r\n"
        "NOTE:Line one\\nLine two\\, with comma\\; and semicolon and a long line that is \r\n"
        " folded\r\n"
        "ORG:Rao\\; Sons;Sales\r\nEND:VCARD\r\n"
    )
    path = _write(tmp_path, "c.vcf", card.encode())
    [record] = list(read_vcard_records(path))
    assert record.phones == [("+91 98450 12345", "Shop")]
    assert record.emails == [("asha@rao.example", "work")]
    assert record.notes == ["Line one\nLine two, with comma; and semicolon and a long line "
                            "that is folded"]
    assert record.fields["company"] == "Rao; Sons; Sales"


def test_vcard_4_uri_phones_with_extension(tmp_path: Path) -> None:
    path = _write(tmp_path, "c.vcf", (
        b"BEGIN:VCARD\nVERSION:4.0\nFN:Lee Dental Clinic\nORG:Lee Dental Clinic\n"
        b"TEL;VALUE=uri;TYPE=\"voice,work\":tel:+1-212-736-5000;ext=12\nEND:VCARD\n"))
    [record] = list(read_vcard_records(path))
    assert record.phones == [("+1-212-736-5000 ext. 12", "work")]
    assert "first_name" not in record.fields  # FN equal to ORG: a company, not a person


def test_a_windows_1252_line_in_a_utf8_file_is_read_and_named(tmp_path: Path) -> None:
    data = ("Name,Stadt\nराजेश कुमार,दिल्ली\n".encode() + "Jürgen Groß,Köln\n".encode("cp1252")
            + "Zoë Łukasz,Kraków\n".encode())
    path = _write(tmp_path, "pasted.csv", data)
    assert detect_encoding(path) == "utf-8"
    first, second, third = list(read_csv_records(path))
    assert (first.fields["first_name"], first.fields["city"]) == ("राजेश", "दिल्ली")
    assert (second.fields["first_name"], second.fields["city"]) == ("Jürgen", "Köln")
    assert second.warnings == ["has text that is not UTF-8 like the rest of the file (line 3); "
                               "it was read as Windows-1252"]
    assert third.fields == {"first_name": "Zoë", "last_name": "Łukasz", "city": "Kraków"}
    assert first.warnings == third.warnings == []
    cards = ("BEGIN:VCARD\nN:कुमार;राजेश;;;\nEND:VCARD\n".encode()
             + "BEGIN:VCARD\nN:Groß;Jürgen;;;\nEND:VCARD\n".encode("cp1252"))
    path = _write(tmp_path, "pasted.vcf", cards)
    rajesh, juergen = list(read_vcard_records(path))
    assert rajesh.fields["first_name"] == "राजेश" and not rajesh.warnings
    assert juergen.fields == {"first_name": "Jürgen", "last_name": "Groß"}
    assert juergen.warnings == ["has text that is not UTF-8 like the rest of the file (line 5); "
                                "it was read as Windows-1252"]
