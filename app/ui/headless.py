"""Whether a person can see this process's windows (not on the offscreen/minimal platforms)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

HEADLESS_PLATFORMS = ("offscreen", "minimal")


def is_headless() -> bool:
    """True where a modal message box could never be answered; say it on stderr instead."""
    return QGuiApplication.platformName() in HEADLESS_PLATFORMS
