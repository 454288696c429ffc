"""The .qm files Qt loads, built from the .ts sources in git where one is missing or older
than its source: the PyInstaller spec calls this, so a build without make (Windows, macOS)
ships every interface language."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def lrelease() -> str | None:
    """PySide6's pyside6-lrelease: beside this Python (a venv's bin or Scripts), else on PATH."""
    name = "pyside6-lrelease" + (".exe" if sys.platform == "win32" else "")
    here = Path(sys.executable).parent
    for candidate in (here / name, here / "Scripts" / name):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def stale(folder: Path) -> list[Path]:
    """The .ts files of *folder* whose .qm is missing or older."""
    return [ts for ts in sorted(folder.glob("*.ts")) if not ts.with_suffix(".qm").exists()
            or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]


def build_stale(folder: Path) -> list[Path]:
    """Build the .qm of every stale .ts in *folder*; returns the .qm files built."""
    todo = stale(folder)
    if not todo:
        return []
    tool = lrelease()
    if tool is None:
        raise SystemExit("pyside6-lrelease (part of PySide6) is needed to build "
                         + ", ".join(ts.with_suffix(".qm").name for ts in todo))
    for ts in todo:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
    return [ts.with_suffix(".qm") for ts in todo]


if __name__ == "__main__":  # `python packaging/qm_files.py`: the Hindi for a run from source
    built = build_stale(Path(__file__).resolve().parents[1] / "resources" / "translations")
    print(f"built {len(built)} .qm files" if built else "the .qm files are up to date")
