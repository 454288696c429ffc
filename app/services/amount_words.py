"""Amounts in words the Indian way (lakh and crore), in English and in Hindi, as printed on
Indian quotations: "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and
Seventy-Eight Paise Only". Hindi names every number below a hundred with its own word, so
they are a table, not rules."""

from __future__ import annotations

_ONES = ("Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen "
         "Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen").split()
_TENS = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()

HINDI_0_99 = (
    "शून्य एक दो तीन चार पाँच छह सात आठ नौ "
    "दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह उन्नीस "
    "बीस इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस "
    "तीस इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस "
    "चालीस इकतालीस बयालीस तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास "
    "पचास इक्यावन बावन तिरेपन चौवन पचपन छप्पन सत्तावन अट्ठावन उनसठ "
    "साठ इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर "
    "सत्तर इकहत्तर बहत्तर तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी "
    "अस्सी इक्यासी बयासी तिरासी चौरासी पचासी छियासी सत्तासी अट्ठासी नवासी "
    "नब्बे इक्यानबे बानबे तिरानबे चौरानबे पंचानबे छियानबे सत्तानबे अट्ठानबे निन्यानबे"
).split()

# (size, English, Hindi), largest first; a crore count above 99 is itself said in lakhs
# and thousands ("One Hundred Crore", "Ten Thousand Crore").
_SCALES = ((10**7, "Crore", "करोड़"), (10**5, "Lakh", "लाख"), (1000, "Thousand", "हज़ार"),
           (100, "Hundred", "सौ"))


def _below_hundred(n: int, hindi: bool) -> str:
    if hindi:
        return HINDI_0_99[n]
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def number_words(n: int, hindi: bool = False) -> str:
    """A whole number >= 0 in Indian-system words: 123456 -> 'One Lakh Twenty-Three
    Thousand Four Hundred Fifty-Six' (Hindi: 'एक लाख तेईस हज़ार चार सौ छप्पन')."""
    if n < 0:
        raise ValueError("number_words takes a number >= 0")
    if n < 100:
        return _below_hundred(n, hindi)
    words: list[str] = []
    rest = n
    for size, english, hindi_word in _SCALES:
        count, rest = divmod(rest, size)
        if count:
            words += [number_words(count, hindi), hindi_word if hindi else english]
    if rest:
        words.append(_below_hundred(rest, hindi))
    return " ".join(words)


def rupees_in_words(minor: int, language: str = "en") -> str:
    """Paise -> the line printed under an Indian total, in English or Hindi ('hi')."""
    hindi = language.split("_")[0] == "hi"
    rupees, paise = divmod(abs(minor), 100)
    minus = ("ऋण " if hindi else "Minus ") if minor < 0 else ""
    if hindi:
        # singular after one: "एक रुपया", "एक पैसा"
        text = f"{number_words(rupees, True)} {'रुपया' if rupees == 1 else 'रुपये'}"
        if paise:
            text += f" और {number_words(paise, True)} {'पैसा' if paise == 1 else 'पैसे'}"
        return minus + text + " मात्र"
    text = f"Rupees {number_words(rupees)}"
    if paise:
        text += f" and {number_words(paise)} Paise"
    return minus + text + " Only"
