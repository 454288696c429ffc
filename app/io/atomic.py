"""Write a file so that readers see the old file or the complete new one, never a part."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, TextIO, cast


@contextlib.contextmanager
def _atomic_stream(path: str | Path, mode: str, **open_args: Any) -> Iterator[IO[Any]]:
    """A stream on a temporary file next to *path*; on success it is flushed to disk and
    renamed over *path* (os.replace), on any error it is removed."""
    target = Path(path).expanduser().resolve()
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, mode, **open_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


@contextlib.contextmanager
def atomic_text_writer(path: str | Path, encoding: str = "utf-8",
                       newline: str = "") -> Iterator[TextIO]:
    with _atomic_stream(path, "w", encoding=encoding, newline=newline) as handle:
        yield cast(TextIO, handle)


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    with _atomic_stream(path, "wb") as handle:
        handle.write(data)
    return Path(path).expanduser().resolve()
