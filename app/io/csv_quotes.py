"""Finding a CSV quote that never closes.

A quote that opens a field and is never closed (a hand edit, a cut-off line) makes the csv
module read on, over the line ends, until the next quote anywhere in the file: the rows in
between vanish into one field. A record that runs over several lines is taken to hold such a
quote when its quoting is broken (the file ends inside the quotes, or a closing quote is
followed by more text, as when the runaway field ends at the opening quote of a later field),
or when a line inside its field looks like a row of the file (as many cells as the header, in
files of three or more columns). Several-line fields that close properly, as spreadsheets
write them, are left alone.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from app.io.records import ImportFormatError

_NEWLINE = re.compile(r"\r\n|\r|\n")
_MIN_ROW_WIDTH = 3  # with two columns, a comma in a note's line would look like a row


@dataclass(frozen=True)
class LooseQuote:
    row: int  # the spreadsheet row whose field the quote opens
    line: int
    last_line: int  # the last line the field took in
    to_end: bool  # the quote is still open at the end of the file
    takes_rows: bool  # lines inside the field look like rows

    def sentence(self) -> str:
        """Reads on from the row's name: "row 4 (line 4) has a quote …"."""
        reach = (f"to the end of the file (line {self.last_line})" if self.to_end
                 else f"to line {self.last_line}")
        text = f"has a quote that never closes: its field runs on {reach}"
        if self.takes_rows:
            text += " and takes in what look like rows of their own"
        return text

    def where(self) -> str:
        return f"row {self.row}" + (f" (line {self.line})" if self.line != self.row else "")


class LooseQuoteError(ImportFormatError):
    """Raised by a strict read; the message names the row, and says what can be done."""

    def __init__(self, where: LooseQuote) -> None:
        super().__init__(f"{where.where()} {where.sentence()}; nothing was imported. Correct "
                         "the file, or import it reading that quote as text")
        self.where = where

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Rebuilt from *where* (a big import reads the file in a second process).
        return (LooseQuoteError, (self.where,))


def _broken_quoting(text: str, delimiter: str) -> tuple[bool, bool]:
    """(a closing quote is followed by more text, the text ends inside quotes), following
    the csv module's reading (doublequote, not strict)."""
    start, plain, quoted, after_quote = range(4)
    state, broken = start, False
    for ch in text:
        if state == quoted:
            if ch == '"':
                state = after_quote
        elif state == after_quote:
            if ch == '"':
                state = quoted
            elif ch == delimiter or ch in "\r\n":
                state = start
            else:
                broken, state = True, plain
        elif ch == delimiter or ch in "\r\n":
            state = start
        elif state == start:
            state = quoted if ch == '"' else plain
    return broken, state == quoted


def _looks_like_row(line: str, delimiter: str, width: int) -> bool:
    if width < _MIN_ROW_WIDTH or line.count(delimiter) < width - 1:
        return False
    cells = next(csv.reader([line], delimiter=delimiter), [])
    return len(cells) >= width


def find_loose_quote(row: int, line: int, taken: list[str], cells: list[str],
                     delimiter: str, width: int) -> LooseQuote | None:
    """*taken*: the lines one record was read from, the first being *line*; *width*: the
    header's number of columns."""
    text = "".join(taken)
    broken, to_end = _broken_quoting(text, delimiter)
    takes_rows = False
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            inner = _NEWLINE.split(cell)
            if any(_looks_like_row(part, delimiter, width) for part in inner[1:]):
                takes_rows = True
                break
    if not (broken or to_end or takes_rows):
        return None
    return LooseQuote(row, line, line + len(taken) - 1, to_end, takes_rows)


def quote_as_text(line: str, delimiter: str) -> list[str]:
    """The cells of *line*, whose last field opens with a quote that never closes, reading
    that quote as a character of the field."""
    cells = next(csv.reader([line.rstrip("\r\n") + '"'], delimiter=delimiter), [""])
    cells[-1] = '"' + cells[-1]
    return cells
