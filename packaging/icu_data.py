"""A smaller ICU data library for the Linux build: Qt links ICU for collation, converters and
time-zone names, while ICU's data library (31 MB) carries every locale's names of currencies,
languages, units, spelled-out numbers, transliterators and line-break dictionaries, which Qt
never asks for. The library made here keeps the converters, the normalisation and property
tables, and the collation, time-zone and region data of the interface languages (English,
Hindi) and the root locale;
other locales fall back to root (as ICU does for any locale it lacks).

It reads the data package out of the wheel's libicudata.so.NN (ELF), drops entries, and
assembles the rest into a new libicudata.so.NN with `as` and `ld` (binutils, which
PyInstaller needs on Linux anyway).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from app.services.languages import LANGUAGES  # noqa: E402

KEPT_TREES = ("coll", "zone", "region")
KEPT_LOCALES = ("root", *LANGUAGES)  # the interface languages: their sorting and zone names
LOCALE_FILE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")


def _symbol_bytes(library: bytes) -> tuple[str, bytes]:
    """The name and bytes of the icudtNN_dat symbol of a 64-bit little-endian ELF library."""
    shoff, = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize)
                for i in range(shnum)]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym[6]]
    for offset in range(dynsym[4], dynsym[4] + dynsym[5], dynsym[9]):
        name_at, _info, _other, index, value, size = struct.unpack_from("<IBBHQQ", library,
                                                                         offset)
        end = library.index(b"\0", strtab[4] + name_at)
        name = library[strtab[4] + name_at:end].decode()
        if re.fullmatch(r"icudt\d+_dat", name):
            section = sections[index]
            start = value - section[3] + section[4]
            return name, library[start:start + size]
    raise ValueError("no icudtNN_dat symbol in the ICU data library")


def _kept(name: str) -> bool:
    """Whether the package entry *name* (e.g. icudt73l/coll/hi.res) stays."""
    parts = name.split("/")[1:]
    if len(parts) == 2 and parts[0] not in KEPT_TREES:
        return False
    if len(parts) not in (1, 2) or not LOCALE_FILE.match(parts[-1]) and parts[-1] != "root.res":
        return True  # tables that are not a locale's: pool, index, converters, rules
    locale = parts[-1].removesuffix(".res")
    return locale.split("_")[0] in KEPT_LOCALES


def trim_package(package: bytes) -> bytes:
    """An ICU common-data package (CmnD) with only the entries _kept() chooses."""
    header_size, = struct.unpack_from("<H", package, 0)
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count, = struct.unpack_from("<I", package, header_size)
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in toc[1:]] + [len(package) - header_size]
    items = []
    for (name_at, data_at), data_end in zip(toc, ends, strict=True):
        end = package.index(b"\0", header_size + name_at)
        name = package[header_size + name_at:end]
        if _kept(name.decode("ascii")):
            items.append((name, package[header_size + data_at:header_size + data_end]))
    names = b"".join(name + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    data_at = (header_size + names_at + len(names) + 15) // 16 * 16 - header_size
    entries, blobs, name_offset = [], [], names_at
    for name, data in items:
        entries.append(struct.pack("<II", name_offset, data_at))
        blobs.append(data + b"\0" * (-len(data) % 16))
        name_offset += len(name) + 1
        data_at += len(blobs[-1])
    body = struct.pack("<I", len(items)) + b"".join(entries) + names
    body += b"\0" * (-(header_size + len(body)) % 16)
    return package[:header_size] + body + b"".join(blobs)


def build(library: Path, folder: Path) -> Path:
    """Write the smaller copy of *library* (libicudata.so.NN) into *folder*; return its path."""
    missing = [tool for tool in ("as", "ld") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"error: {' and '.join(missing)} not found: the smaller ICU data "
                         "library is assembled with binutils (apt-get install binutils)")
    symbol, package = _symbol_bytes(library.read_bytes())
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / f"{symbol}.dat"
    data.write_bytes(trim_package(package))
    source, obj, out = folder / "icudata.s", folder / "icudata.o", folder / library.name
    source.write_text(f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n'
                      f'.balign 16\n{symbol}:\n.incbin "{data}"\n'
                      f'.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",@progbits\n')
    subprocess.run(["as", "-o", str(obj), str(source)], check=True)
    subprocess.run(["ld", "-shared", "-soname", library.name, "-o", str(out), str(obj)],
                   check=True)
    return out
