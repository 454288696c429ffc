"""The .deb installs files everybody can read and programs everybody can run, whatever the
umask of the machine that built it."""

from __future__ import annotations

import importlib.util
import os
import stat
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _make_deb():
    spec = importlib.util.spec_from_file_location("make_deb", ROOT / "packaging" / "make_deb.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_build_under_umask_077_packs_0755_programs_and_0644_files(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        app = tmp_path / "opt" / "calldesk"
        (app / "_internal").mkdir(parents=True)
        program, library = app / "CallDesk", app / "_internal" / "libpython3.11.so.1.0"
        data = app / "_internal" / "calldesk_hi.qm"
        for path in (program, library, data):
            path.write_bytes(b"x")
        program.chmod(0o700)
        library.chmod(0o700)
        (tmp_path / "calldesk").symlink_to("/opt/calldesk/CallDesk")
    finally:
        os.umask(old)
    _make_deb().set_modes(tmp_path)

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.lstat().st_mode)

    assert mode(app) == mode(app / "_internal") == 0o755
    assert mode(program) == mode(library) == 0o755
    assert mode(data) == 0o644
    assert (tmp_path / "calldesk").is_symlink()  # links are left as they are
