from __future__ import annotations

from pathlib import Path

import pytest

from app.services.business import (
    BusinessProfile,
    load_logo,
    load_profile,
    read_logo_file,
    save_logo,
    save_profile,
)
from app.services.errors import ValidationError
from app.services.settings import set_default_region


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


PNG = _png()  # a real image: a signature followed by nothing is refused as damaged


def test_defaults_follow_the_home_country(db_path: str) -> None:
    assert load_profile().currency == "INR"
    set_default_region("US")
    assert load_profile().currency == "USD"


def test_profile_round_trip_and_validation(db_path: str) -> None:
    profile = BusinessProfile(name="सूर्या इलेक्ट्रिकल्स", address="1 MG Road\nPune",
                              tax_id="27ABCDE1234F1Z5", currency="usd", quote_prefix="SE-",
                              next_number=100, validity_days=15, tax_rate_bp=1250)
    save_profile(profile)
    loaded = load_profile()
    assert loaded.name == profile.name and loaded.address == "1 MG Road\nPune"
    assert (loaded.currency, loaded.quote_prefix, loaded.next_number) == ("USD", "SE-", 100)
    assert (loaded.validity_days, loaded.tax_rate_bp) == (15, 1250)
    with pytest.raises(ValidationError, match="Currency"):
        save_profile(BusinessProfile(currency="RUPEES"))
    with pytest.raises(ValidationError, match="Quote prefix"):
        save_profile(BusinessProfile(quote_prefix="Q 1"))
    assert load_profile().currency == "USD"  # nothing of a refused profile was stored


def test_logo_stored_in_database_and_checked(db_path: str, tmp_path: Path) -> None:
    good = tmp_path / "logo.png"
    good.write_bytes(PNG)
    save_logo(read_logo_file(good))
    assert load_logo() == PNG
    bad = tmp_path / "logo.txt"
    bad.write_text("not an image")
    with pytest.raises(ValidationError, match="PNG, JPEG or GIF"):
        read_logo_file(bad)
    with pytest.raises(ValidationError, match="cannot read"):
        read_logo_file(tmp_path / "missing.png")
    save_logo(None)
    assert load_logo() is None
