"""Countries for seeding: cities, and phone numbers built to each country's numbering plan.

Each number comes with the E.164 form and the way a person might have typed it, so the seed
exercises the same shapes the parser meets (a test checks that the parser agrees).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    cities: tuple[str, ...]
    weight: int
    make_number: Callable[[random.Random], tuple[str, str]]  # (e164, typed)


def _india(rng: random.Random) -> tuple[str, str]:
    nsn = str(rng.choice("6789")) + "".join(str(rng.randrange(10)) for _ in range(9))
    typed = rng.choice((
        f"0{nsn[:5]} {nsn[5:]}", f"+91 {nsn[:5]} {nsn[5:]}", nsn, f"+91-{nsn[:5]}-{nsn[5:]}",
        f"91{nsn}",
    ))
    return "+91" + nsn, typed


_US_AREAS = ("201", "212", "312", "415", "617", "646", "713", "305", "206", "404")


def _us(rng: random.Random) -> tuple[str, str]:
    area = rng.choice(_US_AREAS)
    exchange = str(rng.randrange(2, 10)) + f"{rng.randrange(100):02d}"
    line = f"{rng.randrange(10000):04d}"
    typed = rng.choice((f"({area}) {exchange}-{line}", f"+1 {area} {exchange} {line}",
                        f"{area}.{exchange}.{line}", f"1-{area}-{exchange}-{line}"))
    return f"+1{area}{exchange}{line}", typed


def _uk(rng: random.Random) -> tuple[str, str]:
    # Mobile ranges in use: 074, 075, 078, 079 (076 is pagers; 07700 and 07911 have gaps).
    nsn = "7911"
    while nsn.startswith("7911"):
        nsn = "7" + rng.choice("4589") + "".join(str(rng.randrange(10)) for _ in range(8))
    typed = rng.choice((f"0{nsn[:4]} {nsn[4:]}", f"+44 {nsn[:4]} {nsn[4:]}", f"+44 (0){nsn}"))
    return "+44" + nsn, typed


def _germany(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        nsn = "30" + "".join(str(rng.randrange(10)) for _ in range(8))
        typed = rng.choice((f"030 {nsn[2:]}", f"+49 30 {nsn[2:]}", f"(030) {nsn[2:6]}-{nsn[6:]}"))
    else:
        nsn = "15" + str(rng.choice("12579")) + "".join(str(rng.randrange(10)) for _ in range(8))
        typed = rng.choice((f"0{nsn[:3]} {nsn[3:]}", f"+49 {nsn[:3]} {nsn[3:]}"))
    return "+49" + nsn, typed


COUNTRIES = (
    Country("IN", "India", ("Mumbai", "Delhi", "दिल्ली", "Bengaluru", "Chennai", "Pune", "Jaipur",
                            "Ahmedabad", "Kolkata", "Hyderabad", "Lucknow", "मुंबई"), 6, _india),
    Country("US", "USA", ("New York", "Springfield", "Chicago", "Houston", "Seattle", "Miami"),
            2, _us),
    Country("GB", "United Kingdom", ("London", "Manchester", "Leeds", "Bristol"), 1, _uk),
    Country("DE", "Germany", ("Berlin", "München", "Hamburg", "Köln"), 1, _germany),
)
