"""What every window needs to know about the open database, passed down explicitly."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class AppContext:
    db_path: str
    home_region: str
