"""Country names for region codes, from Qt's own tables (no babel at start-up)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def country_name(region: str) -> str:
    """'India' for 'IN'; the code itself when Qt does not know it."""
    territory = QLocale.codeToTerritory(region.upper())
    if territory == QLocale.Country.AnyTerritory:
        return region.upper()
    return QLocale.territoryToString(territory)
