"""Before the window opens on Linux/X11: are the system libraries Qt's xcb platform plugin
needs installed? Run by `make run` (`python -m app.qt_libs`). It asks `ldd` about the plugin
(never loading Qt, whose own message on a missing library names the wrong cause) and names
the Debian/Ubuntu packages to install."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Library file -> Debian/Ubuntu package, where the usual naming rule does not give it.
_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11-xcb.so.1": "libx11-xcb1", "libGLX.so.0": "libglx0", "libGL.so.1": "libgl1",
    "libGLdispatch.so.0": "libglvnd0", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0",
    "libpng16.so.16": "libpng16-16", "libz.so.1": "zlib1g", "libzstd.so.1": "libzstd1",
    "libxcb-util.so.1": "libxcb-util1", "libdbus-1.so.3": "libdbus-1-3",
}
_MISSING = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_ICU = re.compile(r"^libicu\w+\.so\.(\d+)$")


def package_for(library: str) -> str:
    """'libxcb-icccm.so.4' -> 'libxcb-icccm4'; 'libxkbcommon-x11.so.0' -> 'libxkbcommon-x11-0'."""
    if library in _PACKAGES:
        return _PACKAGES[library]
    icu = _ICU.match(library)
    if icu:
        return f"libicu{icu.group(1)}"
    base, _, version = library.partition(".so.")
    base = base.lower()
    major = version.split(".")[0]
    if not major:
        return base
    return f"{base}-{major}" if base[-1].isdigit() else f"{base}{major}"


def missing_libraries(ldd_output: str) -> list[str]:
    """Libraries ldd reports as 'not found', each once, in order."""
    return list(dict.fromkeys(_MISSING.findall(ldd_output)))


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")  # finds the package without loading Qt
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        for candidate in (Path(root) / "Qt" / "plugins" / "platforms" / "libqxcb.so",
                          Path(root) / "plugins" / "platforms" / "libqxcb.so"):
            if candidate.exists():
                return candidate
    return None


def advice(missing: list[str]) -> str:
    packages = " ".join(dict.fromkeys(package_for(lib) for lib in missing))
    return (f"CallDesk cannot open its window: Qt's X11 (xcb) platform plugin needs system "
            f"libraries that are not installed: {', '.join(missing)}.\n"
            f"On Debian/Ubuntu install them with:\n    sudo apt-get install {packages}\n"
            f"(other systems: install the packages that provide these files).")


def needs_check() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return False
    # Under Wayland Qt uses its wayland plugin unless xcb is asked for.
    return platform == "xcb" or (platform == "" and not os.environ.get("WAYLAND_DISPLAY"))


def main() -> int:
    if not needs_check():
        return 0
    plugin = xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return 0  # nothing to ask: Qt will say what it finds
    result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    missing = missing_libraries(result.stdout)
    if not missing:
        return 0
    print(advice(missing), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
