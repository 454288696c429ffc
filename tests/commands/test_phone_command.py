"""`phone NUMBER`: how a typed number is read and shown, and a bad one named in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _phone(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "phone", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def test_an_indian_number_typed_nationally_is_stored_and_shown() -> None:
    result = _phone("098765 43210", "--region", "in")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "stored:  +919876543210", "at home: 098765 43210", "abroad:  +91 98765 43210"]


def test_an_impossible_number_and_an_unknown_country_are_one_line() -> None:
    short = _phone("12", "--region", "IN")
    assert short.returncode == 1 and short.stderr == (
        "error: Number: '12' is too short to be a phone number\n")
    country = _phone("12345", "--region", "XX")
    assert country.returncode == 1 and "--region: 'XX' is not a known country" in country.stderr
