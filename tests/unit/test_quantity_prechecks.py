"""The quantity parser's cheap first tests before costly patterns: a test may let through
text its pattern does not match, but must never turn away text it does (as in
``test_cues.py``)."""

from __future__ import annotations

import pytest
from tests.factories import conformance_texts

from claimcheck.quantities import numbers, parser

SAMPLES = [
    "More than 300 people, about $4.5 billion and nearly 20% of the 1,200 homes.",
    "ONE hundred AND TWENTY-ONE, Seven thousand, a dozen, minus five, half a mile.",
    "Seventy\u2019s, \u201cthree\u201d \u2014 twenty\u2013one and \u017fix (long s), \u212aelvin.",
    "Twenty died; Five-Year Plan; COVID-19, A320, SCP-173, G20 and Boeing 737-800.",
    "the Coastal Express 417 left; its Strata 14 laptop; visited Orlen 5 times.",
    "Up to 40, at least 12, no fewer than 3, in excess of 90, APPROX. 7, ca. 8.",
    "Greater than or equal to 10, < 5, >= 6, \u2264 7, \u2265 8, ~9, Just shy of 10.",
    "Some 40 were hurt,\u00a0around\u2002 50 fled, Almost\n12 stayed and circa\t1900 left.",
    "Over-\n30 and over\n40 and exceeding- 9 and (over 7) and [about 8].",
    "in 2024, since 2019, April 25, 25 April, 860BOX, 5G, 24/7, 2:08:14.",
    "prices rose twice, then TRIPLED; a Twofold rise, a HUNDREDFOLD one, four-fold.",
    "Nothing here holds a figure at all.",
    "",
    "7",
    "one",
    "Zero-hour contracts, 0.5 per cent, .08 percent and \u00bd a cup.",
    "\u0661\u0662 (Arabic-Indic digits) and \u0967 (Devanagari one).",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = [*SAMPLES, *conformance_texts()]
    assert len(found) > 500
    return found


def test_number_word_test_agrees_with_its_pattern(texts: list[str]) -> None:
    for text in texts:
        expected = numbers._NUMBER_WORD.search(text.lower()) is not None
        assert numbers._holds_number_word(text) == expected, text


def test_number_char_test_agrees_with_its_pattern(texts: list[str]) -> None:
    for text in texts:
        expected = numbers._NUMBER_CHAR.search(text) is not None
        assert numbers._holds_number_char(text) == expected, text


def test_id_test_never_hides_an_id(texts: list[str]) -> None:
    found = 0
    for text in texts:
        for end in range(len(text) + 1):
            if numbers.ID_BEFORE_RE.search(text, max(0, end - 8), end):
                assert numbers._may_end_id(text, end), (text, end)
                found += 1
    assert found > 100


def test_names_before_a_number_end_with_a_capitalised_label(texts: list[str]) -> None:
    """``_after_identifier_label`` looks for a name only after a label that starts with
    a capital letter."""
    found = 0
    for text in texts:
        for start in range(2, len(text) + 1):
            if text[start - 1] != " ":
                continue
            label = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
            for name in (numbers._NAMED_NUMBER, numbers._MODEL_NAME):
                if name.search(text, max(0, start - 60), start):
                    assert label[:1].isupper(), (text, start)
                    found += 1
    assert found > 10


def test_hedge_test_never_hides_a_hedge(texts: list[str]) -> None:
    found = 0
    for text in texts:
        for start in range(len(text) + 1):
            for window in range(max(0, start - parser.LOOKBACK), start + 1):
                if parser.PREFIX_HEDGE_RE.search(text, window, start):
                    assert parser._may_end_in_hedge(text, window, start), (text, window, start)
                    found += 1
    assert found > 1000


def test_no_hedge_ends_in_a_space() -> None:
    assert all(phrase == phrase.rstrip() for phrase in parser.PREFIX_HEDGES)


@pytest.mark.parametrize("text", SAMPLES)
def test_multiplier_hint_never_hides_a_multiplier(text: str) -> None:
    if parser.MULTIPLIER_RE.search(text):
        assert parser._may_hold(text, parser.MULTIPLIER_HINT_RE), text
    for word in parser.MULTIPLIER_WORDS:
        for spelling in (word, word.upper(), word.title()):
            assert parser._may_hold(f"a {spelling} rise", parser.MULTIPLIER_HINT_RE), spelling
