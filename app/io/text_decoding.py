"""Decode text files of unknown encoding: UTF-8 with or without BOM, UTF-16 by its BOM, else
charset-normalizer's best guess, else Windows-1252. Decoding never fails: bytes that
Windows-1252 leaves undefined are read as Latin-1, so nothing is dropped.

A UTF-8 file with a few lines in Windows-1252 (pasted in from another program) is read as
UTF-8, and only the bytes that are not UTF-8 as Windows-1252; each such run is preceded by
NOT_UTF8, a Unicode noncharacter that the readers remove, naming the record."""

from __future__ import annotations

import codecs
import io
from pathlib import Path
from typing import IO

_PROBE = 1 << 20  # bytes per chunk while checking that a whole file is UTF-8
_SAMPLE = 256 * 1024  # bytes charset-normalizer looks at
_LATIN1_FALLBACK = "calldesk-latin1"
_OTHER_SCRIPTS = frozenset({
    "cp1251", "koi8_r", "mac_cyrillic", "cp866", "cp1253", "cp1255", "cp1256", "shift_jis",
    "cp932", "euc_jp", "gb2312", "gb18030", "gbk", "big5", "euc_kr", "cp949", "cp874",
    "tis_620",
})


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error(_LATIN1_FALLBACK, _latin1_for_undefined)

NOT_UTF8 = "\ufdd0"  # noncharacter: reserved for a program's own use, never in a real file
_CP1252_IN_UTF8 = "calldesk-cp1252-in-utf8"
_ASCII = bytes(range(128))


def _cp1252_for_invalid(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return NOT_UTF8 + bad.decode("cp1252", _LATIN1_FALLBACK), error.end


codecs.register_error(_CP1252_IN_UTF8, _cp1252_for_invalid)


def _is_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_PROBE):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(path: Path) -> bool:
    """At least as many bytes of well-formed UTF-8 characters beyond ASCII as bytes that are
    not UTF-8: a real Windows-1252 file hardly ever holds a well-formed UTF-8 sequence."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    wide = bad = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_PROBE):
            text = decoder.decode(chunk)
            wide += len(chunk.translate(None, _ASCII))
            bad += text.count("\ufffd")
    good = wide - bad  # bytes of well-formed characters, two to four each
    return good >= bad


def detect_encoding(path: Path) -> str:
    """A Python codec name that reads *path* faithfully."""
    with path.open("rb") as handle:
        head = handle.read(_SAMPLE)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _is_utf8(path) or _mostly_utf8(path):
        return "utf-8"
    guess = _guess(head)
    return guess or "cp1252"


def _guess(sample: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - the dependency is declared
        return None
    best = from_bytes(sample).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name
    # Single-byte guesses on a little text are often wrong; Windows-1252 is what spreadsheets
    # write on the machines that produce non-UTF-8 files.
    if name in ("utf-8", "ascii") or name.startswith(("utf_16", "utf-16", "utf_32", "utf-32")):
        return None
    # Latin-script guesses (cp1250, cp1254, latin-1...) agree with Windows-1252 on most
    # letters and are often guessed for it; only scripts Windows-1252 cannot hold are taken.
    if name in _OTHER_SCRIPTS and best.chaos < 0.2:
        return name
    return None


def errors_for(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    if name == "cp1252":
        return _LATIN1_FALLBACK
    return _CP1252_IN_UTF8 if name in ("utf-8", "utf-8-sig") else "replace"


def open_text(path: Path, encoding: str | None = None) -> tuple[IO[str], str]:
    """Open *path* for reading as text with newline='' (for the csv module)."""
    name = encoding or detect_encoding(path)
    raw = path.open("rb")
    return io.TextIOWrapper(raw, encoding=name, errors=errors_for(name), newline=""), name


def display_encoding(encoding: str) -> str:
    return {"utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "utf-16": "UTF-16",
            "cp1252": "Windows-1252"}.get(encoding, encoding)
