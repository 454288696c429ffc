"""Application settings stored in the database (travel with the data file)."""

from __future__ import annotations

from app.db.connection import db
from app.db.models import Setting
from app.services.errors import ValidationError
from app.services.phones import is_known_region, region_from_locale

DEFAULT_REGION = "default_region"


def get_setting(key: str, default: str = "") -> str:
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None else str(row.value)


def set_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}).execute()


def set_settings(values: dict[str, str]) -> None:
    with db.atomic():
        for key, value in values.items():
            set_setting(key, value)


def default_region() -> str:
    """The home country for parsing and display; taken from the locale on first use."""
    region = get_setting(DEFAULT_REGION)
    if not region:
        region = region_from_locale()
        set_setting(DEFAULT_REGION, region)
    return region


def set_default_region(region: str) -> None:
    code = region.strip().upper()
    if not is_known_region(code):
        raise ValidationError("Default country", f"'{region}' is not a known country code")
    set_setting(DEFAULT_REGION, code)
