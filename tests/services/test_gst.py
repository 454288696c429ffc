"""GSTIN checks: format, GSTN check character, state code; HSN/SAC codes."""

from __future__ import annotations

import pytest

from app.services.errors import ValidationError
from app.services.gst import STATES, check_gstin, check_hsn, check_state, gstin_check_char


@pytest.mark.parametrize("gstin", ["27AAPFU0939F1ZV", "29AAGCB7383J1Z4", "07AAACR5055K1Z9"])
def test_real_gstins_pass_and_are_cleaned(gstin: str) -> None:
    assert check_gstin(gstin) == gstin
    assert check_gstin(gstin.lower()[:5] + " " + gstin.lower()[5:]) == gstin


def test_a_changed_character_is_caught_by_the_check_character() -> None:
    with pytest.raises(ValidationError) as err:
        check_gstin("27AAPFU0939F1ZW")
    assert err.value.field == "GSTIN" and "check character" in err.value.message
    # every single-character typo in the PAN part is caught
    good = "27AAPFU0939F1ZV"
    for i in range(2, 14):
        for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            typo = good[:i] + c + good[i + 1:]
            if c != good[i] and gstin_check_char(typo[:14]) == "V":
                pytest.fail(f"{typo} passes the check")


@pytest.mark.parametrize(("text", "words"), [
    ("27AAPFU0939F1Z", "has 14 characters"),
    ("27AAPFU0939F1XV", "is not a GSTIN"),
    ("2AAAPFU0939F1ZV", "is not a GSTIN"),
    ("28AAPFU0939F1ZV", "not a GST state code"),
])
def test_bad_format_is_refused_naming_the_field(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_gstin(text, field="Customer GSTIN")
    assert err.value.field == "Customer GSTIN" and words in err.value.message


def test_the_state_of_a_gstin_must_be_the_chosen_state() -> None:
    assert check_gstin("27AAPFU0939F1ZV", state="27") == "27AAPFU0939F1ZV"
    with pytest.raises(ValidationError) as err:
        check_gstin("27AAPFU0939F1ZV", state="29")
    assert "27 Maharashtra, not to 29 Karnataka" in err.value.message


def test_states_are_codes_with_names() -> None:
    assert STATES["27"] == "Maharashtra" and STATES["07"] == "Delhi" and STATES["38"] == "Ladakh"
    assert check_state("27 Maharashtra") == "27" and check_state("7") == "07"
    assert check_state("") == ""
    with pytest.raises(ValidationError):
        check_state("28")


def test_hsn_codes_are_4_6_or_8_digits() -> None:
    assert check_hsn(" 3917 ") == "3917" and check_hsn("998314") == "998314"
    with pytest.raises(ValidationError) as err:
        check_hsn("39A7")
    assert err.value.field == "HSN/SAC"
