"""`make run` on a minimal Linux: the libraries Qt's xcb plugin needs are checked with ldd
first, and the packages to install are named."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.qt_libs import advice, missing_libraries, package_for, xcb_plugin

ROOT = Path(__file__).resolve().parents[1]
LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007fa5)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007fa5)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_missing_libraries_are_named_with_their_packages() -> None:
    missing = missing_libraries(LDD_MISSING)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"]
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in (
        advice(missing))
    assert package_for("libglib-2.0.so.0") == "libglib2.0-0"
    assert package_for("libEGL.so.1") == "libegl1"


def _fake_ldd(tmp_path: Path, output: str) -> dict[str, str]:
    tool = tmp_path / "bin" / "ldd"
    tool.parent.mkdir(parents=True)
    tool.write_text(f"#!/bin/sh\ncat <<'OUT'\n{output}OUT\n")
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    env = dict(os.environ, PATH=f"{tool.parent}:{os.environ['PATH']}", DISPLAY=":99",
               QT_QPA_PLATFORM="")
    env.pop("WAYLAND_DISPLAY", None)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_check_stops_make_run_and_says_what_to_install(tmp_path: Path) -> None:
    env = _fake_ldd(tmp_path, LDD_MISSING)
    result = subprocess.run([sys.executable, "-m", "app.qt_libs"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "libxcb-icccm.so.4" in result.stderr
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in result.stderr
    fine = _fake_ldd(tmp_path / "ok", LDD_MISSING.replace("not found", "/lib/x.so"))
    assert subprocess.run([sys.executable, "-m", "app.qt_libs"], cwd=ROOT, env=fine,
                          capture_output=True, timeout=60).returncode == 0


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_checks_before_starting() -> None:
    env = dict(os.environ, VENV=str(Path(sys.executable).parents[1]))
    plan = subprocess.run(["make", "-n", "-W", "requirements.lock", "run"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60).stdout
    lines = plan.splitlines()
    check = next(i for i, line in enumerate(lines) if "-m app.qt_libs" in line)
    start = next(i for i, line in enumerate(lines) if line.endswith("main.py ")
                 or " main.py" in line)
    assert check < start


@pytest.mark.skipif(shutil.which("ldd") is None or xcb_plugin() is None,
                    reason="needs ldd and the xcb plugin")
def test_the_readme_apt_list_has_every_x11_library_the_plugin_needs() -> None:
    output = subprocess.run(["ldd", str(xcb_plugin())], capture_output=True, text=True,
                            timeout=60).stdout
    needed = {package_for(lib) for lib in re.findall(r"^\s*(lib(?:xcb|X11-xcb|xkbcommon)\S*)",
                                                     output, re.MULTILINE)}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"lib[\w.+-]+", readme.split("sudo apt-get install", 1)[1]
                            .split("```", 1)[0]))
    assert needed and needed <= listed, sorted(needed - listed)
