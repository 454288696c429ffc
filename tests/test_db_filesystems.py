"""Network drives: detected from the mount table (Linux), UNC/drive type (Windows); such a
database uses the rollback journal instead of WAL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import filesystems
from app.db.connection import close_database, db, open_database
from app.db.filesystems import is_network_type, mount_type, network_filesystem, windows_network_kind

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
/dev/nvme0n1p1 /home ext4 rw,relatime 0 0
nas:/export/office /home/asha/Office nfs4 rw,vers=4.2 0 0
//fileserver/share /mnt/shared\\040drive cifs rw,vers=3.0 0 0
asha@box:/srv /home/asha/remote fuse.sshfs rw,nosuid 0 0
tmpfs /home/asha/Office/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/asha/calldesk.db", "ext4"),
    ("/home/asha/Office/calldesk.db", "nfs4"),
    ("/home/asha/Office2/calldesk.db", "ext4"),  # a sibling whose name starts the same
    ("/mnt/shared drive/calldesk.db", "cifs"),
    ("/home/asha/remote/sub/calldesk.db", "fuse.sshfs"),
    ("/home/asha/Office/local/calldesk.db", "tmpfs"),  # the deepest mount wins
])
def test_mount_type_finds_the_deepest_mount(path: str, expected: str) -> None:
    assert mount_type(path, MOUNTS) == expected


def test_network_types() -> None:
    for kind in ("nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p"):
        assert is_network_type(kind), kind
    for kind in ("ext4", "btrfs", "apfs", "ntfs", "tmpfs", "overlay", None):
        assert not is_network_type(kind), kind


def test_windows_unc_and_mapped_drives() -> None:
    assert windows_network_kind(r"\\server\share\calldesk.db", 3) == "unc"
    assert windows_network_kind(r"Z:\calldesk.db", 4) == "network drive"
    assert windows_network_kind(r"C:\Users\asha\calldesk.db", 3) is None


def test_local_temp_folder_is_not_a_network_drive(tmp_path: Path) -> None:
    assert network_filesystem(tmp_path / "not-yet" / "calldesk.db") is None
    assert network_filesystem(":memory:") is None


def test_database_on_a_network_drive_uses_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "calldesk.db"
    open_database(path)  # created locally in WAL mode
    close_database()
    monkeypatch.setattr(filesystems, "network_filesystem", lambda _path: "nfs4")
    open_database(path)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "delete"
        from app.services.contact_types import ContactInput
        from app.services.contacts import create_contact, get_contact

        saved = create_contact(ContactInput(first_name="Nila"))
        assert get_contact(saved.contact_id).first_name == "Nila"
    finally:
        close_database()
    assert not Path(f"{path}-wal").exists()
    monkeypatch.undo()
    open_database(path)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        close_database()
