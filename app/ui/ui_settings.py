"""Per-user window state (geometry, last tab). Data settings live in the database instead."""

from __future__ import annotations

from PySide6.QtCore import QSettings

START_KEY = "main/start"  # "today" (the default) or "last": the tab the window opens on


def ui_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CallDesk", "CallDesk")
