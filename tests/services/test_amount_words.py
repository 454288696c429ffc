"""Amounts in words as printed under an Indian quote's total (English and Hindi)."""

from __future__ import annotations

import pytest

from app.services.amount_words import HINDI_0_99, number_words, rupees_in_words


def test_the_example_from_an_indian_quotation() -> None:
    assert rupees_in_words(12_345_678) == ("Rupees One Lakh Twenty-Three Thousand Four Hundred "
                                           "Fifty-Six and Seventy-Eight Paise Only")


@pytest.mark.parametrize(("minor", "words"), [
    (0, "Rupees Zero Only"),
    (100, "Rupees One Only"),
    (1_100, "Rupees Eleven Only"),
    (5, "Rupees Zero and Five Paise Only"),
    (2_000_000_00, "Rupees Twenty Lakh Only"),
    (10_000_000_00, "Rupees One Crore Only"),
    (12_34_56_789_01, "Rupees Twelve Crore Thirty-Four Lakh Fifty-Six Thousand Seven Hundred "
                      "Eighty-Nine and One Paise Only"),
    (1_00_05_00_000_00, "Rupees One Hundred Crore Five Lakh Only"),
    (-150, "Minus Rupees One and Fifty Paise Only"),
])
def test_english_in_lakh_and_crore(minor: int, words: str) -> None:
    assert rupees_in_words(minor) == words


@pytest.mark.parametrize(("minor", "words"), [
    (12_345_678, "एक लाख तेईस हज़ार चार सौ छप्पन रुपये और अठहत्तर पैसे मात्र"),
    (100, "एक रुपया मात्र"),
    (1, "शून्य रुपये और एक पैसा मात्र"),
    (9_999_900, "निन्यानबे हज़ार नौ सौ निन्यानबे रुपये मात्र"),
    (12_34_56_789_50, "बारह करोड़ चौंतीस लाख छप्पन हज़ार सात सौ नवासी रुपये और पचास पैसे मात्र"),
    (2_50_00_000_00, "दो करोड़ पचास लाख रुपये मात्र"),
])
def test_hindi_when_the_document_is_in_hindi(minor: int, words: str) -> None:
    assert rupees_in_words(minor, "hi") == words
    assert rupees_in_words(minor, "hi_IN") == words


@pytest.mark.parametrize(("n", "word"), [
    (19, "उन्नीस"), (29, "उनतीस"), (38, "अड़तीस"), (45, "पैंतालीस"), (53, "तिरेपन"),
    (67, "सड़सठ"), (79, "उन्यासी"), (89, "नवासी"), (95, "पंचानबे"), (99, "निन्यानबे"),
])
def test_hindi_numbers_below_a_hundred_are_their_own_words(n: int, word: str) -> None:
    assert number_words(n, hindi=True) == word


def test_the_hindi_table_names_each_number_once() -> None:
    assert len(HINDI_0_99) == 100 and len(set(HINDI_0_99)) == 100


def test_every_english_number_below_a_thousand_is_hyphenated_and_distinct() -> None:
    words = [number_words(n) for n in range(1000)]
    assert len(set(words)) == 1000
    assert number_words(999) == "Nine Hundred Ninety-Nine"
    assert number_words(110) == "One Hundred Ten"
