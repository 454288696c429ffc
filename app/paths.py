"""Where CallDesk keeps its data by default."""

from __future__ import annotations

from pathlib import Path


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("CallDesk", appauthor=False)) / "calldesk.db"
