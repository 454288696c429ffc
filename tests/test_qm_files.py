"""The build makes the .qm files itself: missing or older than their .ts, they are built
with pyside6-lrelease; up to date, they are left alone."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _qm_files():
    spec = importlib.util.spec_from_file_location("qm_files", ROOT / "packaging" / "qm_files.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missing_and_stale_qm_files_are_built_and_fresh_ones_kept(tmp_path: Path) -> None:
    qm_files = _qm_files()
    assert qm_files.lrelease() is not None  # PySide6's, beside this Python
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    built = qm_files.build_stale(tmp_path)
    assert sorted(p.name for p in built) == sorted(
        ts.with_suffix(".qm").name for ts in tmp_path.glob("*.ts"))
    assert all(p.stat().st_size > 1000 for p in built)
    assert qm_files.build_stale(tmp_path) == []  # up to date: nothing to do
    ts = tmp_path / "calldesk_hi.ts"
    later = (tmp_path / "calldesk_hi.qm").stat().st_mtime + 10
    os.utime(ts, (later, later))  # the .ts edited after the build
    assert qm_files.build_stale(tmp_path) == [tmp_path / "calldesk_hi.qm"]
