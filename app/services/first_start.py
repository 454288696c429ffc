"""The first start: what a new owner tells CallDesk about the business, saved together.

Every part is optional (a skipped step is ``None`` and leaves its settings alone) and each is
an ordinary setting that Settings changes later.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.db.connection import db
from app.db.contact_list import contact_count
from app.services.languages import LANGUAGES, SYSTEM
from app.services.settings import get_setting, set_default_region, set_setting
from app.services.text_checks import check_text
from app.services.users import current_user, rename_user

SETUP_DONE = "setup.done"
LANGUAGE = "language"
# What the home country sets beyond the phone region and currency: the name of the tax
# number and the usual tax rate in basis points (None keeps the current default rate).
TAX_BY_REGION: dict[str, tuple[str, int | None]] = {
    "IN": ("GSTIN", 1800),
}
DEFAULT_TAX = ("Tax ID", None)


@dataclass(frozen=True)
class BusinessDetails:
    name: str = ""
    address: str = ""
    tax_id: str = ""
    logo: bytes | None = None


@dataclass(frozen=True)
class SetupChoices:
    business: BusinessDetails | None = None
    region: str | None = None
    language: str | None = None
    owner_name: str | None = None


def needs_first_start() -> bool:
    """True for a new, empty database that has not been through the setup."""
    if get_setting(SETUP_DONE) or contact_count():
        return False
    return not get_setting("business.name")


def tax_for_region(region: str) -> tuple[str, int | None]:
    return TAX_BY_REGION.get(region.upper(), DEFAULT_TAX)


def language() -> str:
    """The chosen language, or SYSTEM ('') for the computer's own."""
    code = get_setting(LANGUAGE)
    return code if code in LANGUAGES else SYSTEM


def set_language(code: str) -> None:
    if code != SYSTEM and code not in LANGUAGES:
        from app.services.errors import ValidationError

        raise ValidationError("Language", f"'{code}' is not one of {', '.join(LANGUAGES)}")
    set_setting(LANGUAGE, code)


def set_owner_name(name: str) -> None:
    """The name of the person at this desk, kept on their user (the owner, in a file), so
    every list that says who made a record shows it."""
    check_text("Your name", name, 200)
    rename_user(current_user().id, name.strip())


def owner_name() -> str:
    return current_user().name


def complete_setup(choices: SetupChoices) -> None:
    """Store every step that was not skipped, and mark the setup done; all or nothing."""
    # The business profile and money rules load here, not at every start (where only
    # needs_first_start and language are asked).
    from app.services.business import load_profile, save_logo, save_profile
    from app.services.money import currency_for_region

    with db.atomic():
        if choices.region is not None:
            set_default_region(choices.region)
            profile = load_profile()
            _, rate = tax_for_region(choices.region)
            profile = replace(profile, currency=currency_for_region(choices.region),
                              tax_rate_bp=profile.tax_rate_bp if rate is None else rate)
            save_profile(profile)
        if choices.business is not None:
            details = choices.business
            check_text("Business name", details.name, 200)
            check_text("Address", details.address, 1000)
            check_text("Tax ID", details.tax_id, 100)
            save_profile(replace(load_profile(), name=details.name.strip(),
                                 address=details.address.strip(),
                                 tax_id=details.tax_id.strip()))
            if details.logo is not None:
                save_logo(details.logo)
        if choices.language is not None:
            set_language(choices.language)
        if choices.owner_name is not None:
            set_owner_name(choices.owner_name)
        set_setting(SETUP_DONE, "1")
