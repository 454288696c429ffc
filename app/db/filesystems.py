"""Is a database file on a network drive? WAL needs shared memory that network file systems
do not provide safely, so such files use the rollback journal instead."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "afpfs", "ncpfs", "9p",
    "ceph", "glusterfs", "lustre", "gpfs", "davfs", "webdav", "fuse.sshfs", "sshfs",
    "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.davfs2", "fuse.smbnetfs",
})


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes."""
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def mount_type(path: str, mounts_text: str) -> str | None:
    """File system type of the mount holding *path* (absolute), from /proc/mounts text."""
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, kind = _unescape(fields[1]), fields[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, kind
    return best_type


def is_network_type(kind: str | None) -> bool:
    return kind is not None and (kind.lower() in NETWORK_TYPES or kind.lower().startswith("nfs"))


def _existing_dir(path: str | Path) -> Path:
    current = Path(path).expanduser().absolute()
    while not current.exists() and current != current.parent:
        current = current.parent
    return current.resolve()


def _linux(path: Path) -> str | None:
    try:
        text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    kind = mount_type(str(path), text)
    return kind if is_network_type(kind) else None


def windows_network_kind(path: str, drive_type: int | None) -> str | None:
    """UNC paths (\\\\server\\share) and mapped network drives (GetDriveType == DRIVE_REMOTE)."""
    if path.startswith(("\\\\", "//")):
        return "unc"
    return "network drive" if drive_type == 4 else None


def _windows(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    root = os.path.splitdrive(str(path))[0] + "\\"
    drive_type = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    return windows_network_kind(str(path), int(drive_type))


def _macos(path: Path) -> str | None:  # pragma: no cover - macOS only
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):
        _fields_ = [
            ("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8),
        ]

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    try:
        statfs = libc["statfs$INODE64"]
    except AttributeError:
        statfs = libc.statfs
    info = StatFs()
    if statfs(os.fsencode(str(path)), ctypes.byref(info)) != 0:
        return None
    kind = info.f_fstypename.decode(errors="replace")
    mnt_local = 0x00001000
    if is_network_type(kind) or not info.f_flags & mnt_local:
        return str(kind)
    return None


def network_filesystem(path: str | Path) -> str | None:
    """The network file system type *path* lives on, or None for a local disk."""
    if str(path) == ":memory:":
        return None
    try:
        where = _existing_dir(path)
        if sys.platform.startswith("linux"):
            return _linux(where)
        if sys.platform == "win32":
            return _windows(where)
        if sys.platform == "darwin":
            return _macos(where)
    except (OSError, ValueError, AttributeError):
        return None
    return None
