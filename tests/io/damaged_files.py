"""Contact files for the readers' fuzz test: valid CSV and vCard files written from random
contacts, then damaged line by line, keeping track of which contacts the damage touched.

Each contact carries a unique ASCII email (its marker), so it can be found again whatever
happens to its names. A file is a list of physical lines, each knowing the contact it belongs
to (-1: header or none) and whether it was damaged.
"""

from __future__ import annotations

import csv
import io
import quopri
from dataclasses import dataclass, field

from hypothesis import strategies as st

# Names people have: several scripts, apostrophes, quotes and commas that need quoting.
NAME_POOL = ["Asha", "Ravi", "सुनीता", "वर्मा", "राजेश", "Jürgen", "Groß", "O'Brien", "Zoë",
             'Ravi "RK"', "Müller, Hans", "Łukasz", "Nguyễn", "Søren", "José María", "李"]
_LETTERS = st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Mn", "Mc"),
                         max_codepoint=0x0FFF)
names = st.one_of(st.sampled_from(NAME_POOL), st.text(_LETTERS, min_size=1, max_size=12))
# Notes of one to three lines; at most one comma a line, as a line with a comma per column
# would look like a row swallowed by a quote that never closes (see app.io.csv_quotes).
_NOTE_LINE = st.sampled_from(["Met at the fair", "wants 10 units, soon", "call after 5 pm",
                              "नमस्ते", "prefers email", "said \"maybe\"", "", "tel: later"])
notes = st.one_of(st.just(""), st.lists(_NOTE_LINE, min_size=1, max_size=3).map("\n".join))


@dataclass
class Contact:
    index: int
    first: str
    last: str
    company: str
    notes: str

    @property
    def email(self) -> str:
        return f"marker{self.index}@example.com"

    @property
    def phone(self) -> str:
        return f"+91 98{self.index:03d} {10_000 + self.index * 7:05d}"


@st.composite
def contacts(draw: st.DrawFn) -> list[Contact]:
    count = draw(st.integers(1, 8))
    return [Contact(i, draw(names), draw(names), draw(st.sampled_from(["", "Rao Exports",
                                                                        "Miller, LLC"])),
                    draw(notes))
            for i in range(count)]


@dataclass
class Line:
    text: str
    owner: int  # contact index, -1 for the header and lines outside a contact
    damaged: bool = False
    encoding: str | None = None  # written in another encoding than the file's


@dataclass
class FileText:
    kind: str  # "csv" | "vcard"
    lines: list[Line]
    encoding: str
    touched: set[int] = field(default_factory=set)  # contacts the damage reached

    def data(self) -> bytes:
        """The file's bytes: one BOM at the start for the encodings that have one."""
        bom, codec = {"utf-8-sig": (b"\xef\xbb\xbf", "utf-8"),
                      "utf-16": (b"\xff\xfe", "utf-16-le")}.get(self.encoding,
                                                              (b"", self.encoding))
        return bom + b"".join(line.text.encode(line.encoding or codec, errors="replace")
                              for line in self.lines)


def _physical(text: str) -> list[str]:
    """Lines as a reader opened with newline='' sees them."""
    return io.StringIO(text, newline="").readlines()


def csv_file(people: list[Contact], delimiter: str, encoding: str) -> FileText:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["First Name", "Last Name", "Company", "Phone", "E-mail", "Notes"])
    lines = [Line(t, -1) for t in _physical(buffer.getvalue())]
    for person in people:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter).writerow(
            [person.first, person.last, person.company, person.phone, person.email,
             person.notes])
        lines.extend(Line(t, person.index) for t in _physical(buffer.getvalue()))
    return FileText("csv", lines, encoding)


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """RFC 6350 folding at 40 characters (short, so that folds are common)."""
    parts = [line[:40]] + [" " + line[i:i + 39] for i in range(40, len(line), 39)]
    return [p + "\r\n" for p in parts]


def _qp(name: str, value: str) -> list[str]:
    """A vCard 2.1 quoted-printable property with soft line breaks, as Android writes it."""
    encoded = quopri.encodestring(value.encode("utf-8"), quotetabs=True).decode("ascii")
    encoded = encoded.replace("=\n", "")
    head = f"{name};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    body = head + encoded
    chunks = [body[i:i + 60] for i in range(0, len(body), 60)]
    # Never cut inside an =XX escape.
    fixed: list[str] = []
    carry = ""
    for chunk in chunks:
        chunk = carry + chunk
        cut = chunk.rfind("=", len(chunk) - 2)
        carry, chunk = (chunk[cut:], chunk[:cut]) if cut != -1 else ("", chunk)
        fixed.append(chunk)
    if carry:
        fixed.append(carry)
    fixed = [c for c in fixed if c]
    return [c + ("=\r\n" if i < len(fixed) - 1 else "\r\n") for i, c in enumerate(fixed)]


def vcard_file(people: list[Contact], version: str, encoding: str) -> FileText:
    lines: list[Line] = []
    for person in people:
        own = ["BEGIN:VCARD\r\n", f"VERSION:{version}\r\n"]
        structured = f"{_escape(person.last)};{_escape(person.first)};;;"
        if version == "2.1" and not (person.first + person.last).isascii():
            own += _qp("N", structured)
        else:
            own += _fold(f"N:{structured}")
        own += _fold(f"FN:{_escape(person.first)} {_escape(person.last)}")
        if person.company:
            own += _fold(f"ORG:{_escape(person.company)}")
        own += [f"TEL;TYPE=CELL:{person.phone}\r\n", f"EMAIL:{person.email}\r\n"]
        if person.notes:
            own += _fold(f"NOTE:{_escape(person.notes)}")
        own.append("END:VCARD\r\n")
        lines.extend(Line(t, person.index) for t in own)
    return FileText("vcard", lines, encoding)


DAMAGES = ("drop", "duplicate", "truncate", "nul", "encoding", "cut_fold", "split")
damage_plans = st.lists(st.tuples(st.sampled_from(DAMAGES), st.floats(0, 1), st.floats(0, 1)),
                        max_size=3)


def damage(text: FileText, plan: list[tuple[str, float, float]]) -> FileText:
    """Apply each (kind, where, how) to one line; the header of a CSV file is left alone
    (without it no column means anything)."""
    lines = text.lines
    first = 1 if text.kind == "csv" else 0
    for kind, where, how in plan:
        if len(lines) <= first:
            break
        index = first + min(int(where * (len(lines) - first)), len(lines) - first - 1)
        line = lines[index]
        body = line.text.rstrip("\r\n")
        ending = line.text[len(body):]
        cut = int(how * len(body))
        if kind == "drop":
            del lines[index]
        elif kind == "duplicate":
            lines.insert(index, Line(line.text, line.owner, True))
        elif kind == "truncate":
            line.text = body[:cut] + ending
        elif kind == "nul":
            line.text = body[:cut] + "\x00" + body[cut:] + ending
        elif kind == "encoding":
            if text.encoding != "utf-8":
                continue  # lines of another encoding only make sense in a UTF-8 file
            line.encoding = "cp1252"
        elif kind == "cut_fold":
            if not line.text.startswith(" "):
                continue
            line.text = line.text[1:]
        else:  # a line broken in two
            line.text = body[:cut] + "\r\n"
            lines.insert(index + 1, Line(body[cut:] + ending, line.owner, True))
        line.damaged = True
        text.touched.add(line.owner)
    return text
