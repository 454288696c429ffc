"""Cutting a vCard file into cards the way phones' own importers do, with line numbers.

Each card is a list of unfolded property lines. Damage is repaired where the intent is plain,
and every repair is said in a sentence attached to the card: a card without ``END:VCARD``
ends where the next ``BEGIN:VCARD`` starts (it never takes the next card with it); property
lines without a ``BEGIN:VCARD`` before them still make a card; a quoted-printable soft line
break at the end of a value never swallows the next property or ``END:VCARD``; a folded line
that lost its leading space is joined back; NUL characters are removed; a line that is not
UTF-8 in a UTF-8 file is named. A ``BEGIN:VCARD``
right after ``AGENT:`` is a vCard 2.1 embedded card and belongs to the property.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from app.io.text_decoding import NOT_UTF8

# The start of a property line: optional group, name, parameters, then the colon before the
# value. Requiring the colon keeps "n;;;" (the rest of a quoted-printable N) from passing.
_PROPERTY = re.compile(r"(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)(?:;[A-Za-z0-9-]+(?:=[^;:]*)?)*:")
_KNOWN = frozenset({
    "ADR", "AGENT", "ANNIVERSARY", "BDAY", "BEGIN", "CALADRURI", "CALURI", "CATEGORIES",
    "CLASS", "CLIENTPIDMAP", "EMAIL", "END", "FBURL", "FN", "GENDER", "GEO", "IMPP", "KEY",
    "KIND", "LABEL", "LANG", "LOGO", "MAILER", "MEMBER", "N", "NAME", "NICKNAME", "NOTE", "ORG",
    "PHOTO", "PRODID", "PROFILE", "RELATED", "REV", "ROLE", "SORT-STRING", "SOUND", "SOURCE",
    "TEL", "TITLE", "TZ", "UID", "URL", "VERSION", "XML",
})
_BINARY = re.compile(
    r"(?:[A-Za-z0-9-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]|[^:]*ENCODING=(?:B|BASE64)[;:]",
    re.IGNORECASE)
_AGENT_OPEN = re.compile(r"(?:[A-Za-z0-9-]+\.)?AGENT(?:;[^:]*)?:\s*$", re.IGNORECASE)


@dataclass
class CardBlock:
    """One card: its number in the file (first is 1), the line it starts on, its unfolded
    property lines (with the line each starts on) and what was repaired."""

    number: int
    line: int
    lines: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    had_nul: bool = False
    cp1252_line: int = 0  # the first line not in UTF-8 like the rest of the file
    joined: set[int] = field(default_factory=set)  # lines already warned about

    def add(self, number: int, text: str) -> None:
        self.lines.append((number, text))

    def mark(self, number: int, nul: bool, odd: bool) -> None:
        self.had_nul |= nul
        if odd and not self.cp1252_line:
            self.cp1252_line = number


def is_property(line: str) -> bool:
    return _PROPERTY.match(line) is not None


def _is_known_property(line: str) -> bool:
    match = _PROPERTY.match(line)
    if match is None:
        return False
    name = match.group(1).upper()
    return name in _KNOWN or name.startswith("X-")


def is_quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _dangling_soft_break(card: CardBlock) -> bool:
    return bool(card.lines) and card.lines[-1][1].endswith("=") \
        and is_quoted_printable(card.lines[-1][1])


def _end_value(card: CardBlock) -> None:
    """A quoted-printable value whose last line ends in a soft break ends there."""
    if _dangling_soft_break(card):
        start, text = card.lines[-1]
        card.lines[-1] = (start, text[:-1])
        card.warnings.append(f"has a quoted-printable value on line {start} that ends in a "
                             "soft line break; the value was read as ending there")


class _Cutter:
    """The state of one pass over the lines; ``feed`` yields the cards a line completes."""

    def __init__(self) -> None:
        self.count = 0
        self.card: CardBlock | None = None
        self.orphan: CardBlock | None = None  # property lines outside any card
        self.nested = 0  # depth inside an AGENT's embedded card
        self.last = 0

    def _new(self, line: int) -> CardBlock:
        self.count += 1
        return CardBlock(self.count, line)

    def _finish(self, card: CardBlock) -> CardBlock:
        _end_value(card)
        if card.had_nul:
            card.warnings.append("had NUL characters in it; they were removed")
        if card.cp1252_line:
            card.warnings.append(f"has text that is not UTF-8 like the rest of the file (line "
                                 f"{card.cp1252_line}); it was read as Windows-1252")
        return card

    def feed(self, number: int, raw: str) -> Iterator[CardBlock]:
        self.last = number
        line = raw.rstrip("\r\n")
        nul = "\x00" in line
        if nul:
            line = line.replace("\x00", "")
        odd = NOT_UTF8 in line
        if odd:
            line = line.replace(NOT_UTF8, "")
        upper = line.strip().upper()
        card = self.card
        if self.nested:
            if upper == "BEGIN:VCARD":
                self.nested += 1
            elif upper == "END:VCARD":
                self.nested -= 1
            return
        if upper == "BEGIN:VCARD":
            yield from self._begin(number, card)
            assert self.card is not None
            self.card.mark(number, nul, odd)
            return
        if upper == "END:VCARD":
            if card is not None:
                card.mark(number, nul, odd)
                self.card = None
                yield self._finish(card)
            elif self.orphan is not None:
                orphan, self.orphan = self.orphan, None
                orphan.warnings.append(f"has no BEGIN:VCARD; read from line {orphan.line} to "
                                       f"the END:VCARD on line {number}")
                yield self._finish(orphan)
            return  # an END:VCARD with nothing open (a repeated line) ends nothing
        target = card if card is not None else self.orphan
        if target is None:
            if not is_property(line):
                return  # text between cards
            target = self.orphan = self._new(number)
        target.mark(number, nul, odd)
        self._content(target, number, line)

    def _begin(self, number: int, card: CardBlock | None) -> Iterator[CardBlock]:
        if card is not None:
            if card.lines and _AGENT_OPEN.match(card.lines[-1][1]):
                self.nested = 1
                return
            if not card.lines:
                card.warnings.append(f"repeats BEGIN:VCARD on line {number}; the repeat was "
                                     "ignored")
                return
            card.warnings.append(f"has no END:VCARD; it ends where the next card begins "
                                 f"(line {number})")
            yield self._finish(card)
        elif self.orphan is not None:
            orphan, self.orphan = self.orphan, None
            orphan.warnings.append(f"has no BEGIN:VCARD or END:VCARD; read from line "
                                   f"{orphan.line} to line {number - 1}")
            yield self._finish(orphan)
        self.card = self._new(number)

    def _content(self, card: CardBlock, number: int, line: str) -> None:
        lines = card.lines
        if not line.strip():
            return
        if lines and line[:1] in (" ", "\t"):
            start, text = lines[-1]
            lines[-1] = (start, text + line[1:])
            return
        if _dangling_soft_break(card):
            if not _is_known_property(line):
                start, text = lines[-1]
                lines[-1] = (start, text[:-1] + line)
                return
            _end_value(card)
        if is_property(line):
            card.add(number, line)
        elif lines:
            start, text = lines[-1]
            lines[-1] = (start, text + line)
            # Base64 data of vCard 2.1 may run on without indenting; that is no damage.
            if not _BINARY.match(text) and start not in card.joined:
                card.joined.add(start)
                card.warnings.append(f"has a line ({number}) that is not a property; it was "
                                     f"read as the rest of line {start}, whose fold had lost "
                                     "its space")
        else:
            card.warnings.append(f"has a line ({number}) that is not a property; it was "
                                 "ignored")

    def close(self) -> Iterator[CardBlock]:
        if self.card is not None:
            card, self.card = self.card, None
            card.warnings.append(f"has no END:VCARD; read to the end of the file (line "
                                 f"{self.last})")
            yield self._finish(card)
        if self.orphan is not None:
            orphan, self.orphan = self.orphan, None
            orphan.warnings.append(f"has no BEGIN:VCARD or END:VCARD; read from line "
                                   f"{orphan.line} to the end of the file (line {self.last})")
            yield self._finish(orphan)


def iter_blocks(lines: Iterable[str]) -> Iterator[CardBlock]:
    """Every card in *lines* (physical lines, line endings kept or not), in file order."""
    cutter = _Cutter()
    for number, raw in enumerate(lines, start=1):
        yield from cutter.feed(number, raw)
    yield from cutter.close()
