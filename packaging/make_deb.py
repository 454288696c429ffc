"""`make deb`: the built folder dist/CallDesk as a Debian package,
dist/calldesk_<version>_<arch>.deb.

It installs the app in /opt/calldesk, the `calldesk` command as /usr/bin/calldesk, the menu
entry (which opens .vcf and .csv files as an import) and the icon. The menu and icon caches
are refreshed by the triggers of desktop-file-utils and hicolor-icon-theme, so the package
has no maintainer scripts. Depends lists the system packages whose libraries the bundled
ones link to (found with ldd and dpkg -S, as on this machine), plus the few a desktop has and
this build machine may lack.

Usage: python packaging/make_deb.py [dist/CallDesk [dist]]
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from app import __version__  # noqa: E402

PACKAGE = "calldesk"
# Only in the tar.gz: the package installs these itself.
TAR_ONLY = ("install-linux.sh", "calldesk.desktop", "calldesk.svg")
DESCRIPTION = """\
Description: Phone sales CRM: contacts, calls, appointments and quotes
 CallDesk keeps the contacts, calls, appointments and quotes of people who sell by
 phone, on one computer (SQLite) or shared by a team (PostgreSQL). It imports .csv and
 vCard files, prints quotes as PDF and sends them by email.
"""


def _system_packages(folder: Path) -> set[str]:
    """The Debian packages holding the libraries the bundle links to but does not carry."""
    found, absent = set(), set()
    search = {"LD_LIBRARY_PATH": str(folder / "_internal")}  # as the app's launcher sets it
    for binary in [folder / "CallDesk", *folder.rglob("*.so*")]:
        if binary.is_symlink() or not binary.is_file():
            continue
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True,
                             env=search).stdout
        for line in out.splitlines():
            parts = line.split()
            if "not found" in line:
                absent.add(parts[0])
            elif len(parts) >= 3 and parts[1] == "=>" and not parts[2].startswith(str(folder)):
                found.add(parts[2])  # as dpkg knows it: /lib or /usr/lib, link or file
                found.add(str(Path(parts[2]).resolve()))
    packages = set()
    if found:
        owners = subprocess.run(["dpkg", "-S", *sorted(found)], capture_output=True,
                                text=True).stdout
        packages = {line.split(":")[0] for line in owners.splitlines() if ":" in line}
    # Not installed here: named the Debian way (libxcb-icccm.so.4 is in libxcb-icccm4).
    for soname in absent:
        match = re.fullmatch(r"(lib[\w+-]+?)\.so\.(\d+)", soname)
        if match:
            name, number = match.groups()
            packages.add(f"{name}{'-' if name[-1].isdigit() else ''}{number}".lower())
    return packages


def build(folder: Path, out_dir: Path) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    target = out_dir / f"{PACKAGE}_{__version__}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="calldesk-deb-") as scratch:
        stage = Path(scratch) / "root"
        app = stage / "opt" / "calldesk"
        shutil.copytree(folder, app, symlinks=True,
                        ignore=lambda where, names: [n for n in names if n in TAR_ONLY
                                                     and Path(where) == folder])
        (stage / "usr" / "bin").mkdir(parents=True)
        (stage / "usr" / "bin" / "calldesk").symlink_to("/opt/calldesk/CallDesk")
        menu = stage / "usr" / "share" / "applications"
        menu.mkdir(parents=True)
        shutil.copy(ROOT / "packaging" / "calldesk.desktop", menu / "calldesk.desktop")
        icons = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "icons" / "calldesk.svg", icons / "calldesk.svg")
        size_kib = sum(p.stat().st_size for p in stage.rglob("*")
                       if p.is_file() and not p.is_symlink()) // 1024
        control = stage / "DEBIAN" / "control"
        control.parent.mkdir()
        control.write_text(
            f"Package: {PACKAGE}\nVersion: {__version__}\nArchitecture: {arch}\n"
            f"Maintainer: CallDesk <calldesk@localhost>\nSection: office\nPriority: optional\n"
            f"Installed-Size: {size_kib}\n"
            f"Depends: {', '.join(sorted(_system_packages(folder)))}\n{DESCRIPTION}",
            encoding="utf-8")
        set_modes(stage)
        target.unlink(missing_ok=True)
        # gzip: every dpkg reads it, and it packs in seconds where xz takes minutes
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build",
                        str(stage), str(target)], check=True, stdout=subprocess.DEVNULL)
    return target


def set_modes(stage: Path) -> None:
    """The modes of an installed package whatever the build's umask: folders and programs
    0755, other files 0644 (a umask of 077 would leave them readable by root alone)."""
    for path in stage.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else ROOT / "dist" / "CallDesk").resolve()
    out_dir = Path(argv[1] if len(argv) > 1 else folder.parent).resolve()
    if not (folder / "CallDesk").exists():
        print(f"error: no built app at {folder}; run `make dist` first", file=sys.stderr)
        return 1
    if shutil.which("dpkg-deb") is None:
        print("error: dpkg-deb is not installed (Debian and Ubuntu have it)", file=sys.stderr)
        return 1
    target = build(folder, out_dir)
    print(f"built {target} ({target.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
