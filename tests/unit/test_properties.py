"""Properties of the public API on random text: no exception, and every span quotes its text.

hypothesis draws prose-like text with number-like strings mixed in (digits with
separators, exponents, fractions, signs, units and scale words), the shapes that
broke the parser before (1e400, 0^-1, "180 μm").
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.claims import extract_claims
from claimcheck.models import Quantity, Sentence
from claimcheck.quantities import find_numbers, parse_quantities
from claimcheck.segment import split_sentences

WORDS = st.sampled_from(
    [
        "the", "fire", "killed", "people", "about", "more", "than", "over", "nearly",
        "million", "billion", "dozen", "percent", "per", "cent", "km", "μm", "µm", "kg",
        "$", "€", "£", "USD", "times", "half", "one", "twenty-one", "and", "or", "so",
        "said", "police", "In", "2023,", "on", "Monday", "at", "3", "p.m.", "rose", "to",
        ".", ",", ";", "(", ")", "-", "–", "/", "%", "~", ">", "<=", "\n",
    ]
)  # fmt: skip
NUMBER_LIKE = st.from_regex(
    r"[-+−]?\d{1,4}([,.]\d{1,3}){0,3}([eE^][-+−]?\d{1,4}|(x|×)10\^\d{1,3}|/\d{1,3}|[kKmMbB])?",
    fullmatch=True,
)
TEXT = st.lists(st.one_of(WORDS, NUMBER_LIKE, st.text(max_size=4)), max_size=40).map(" ".join)


def _sound(quantity: Quantity, text: str) -> None:
    start, end = quantity.span
    assert 0 <= start <= end <= len(text)
    assert text[start:end] == quantity.surface
    for value in (quantity.value, quantity.low, quantity.high):
        assert value is None or not math.isnan(value)
    if quantity.low is not None and quantity.high is not None:
        assert quantity.low <= quantity.high


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_quantities_of_any_text_quote_their_text(text: str) -> None:
    for number in find_numbers(text):
        assert 0 <= number.start <= number.end <= len(text)
        assert not math.isnan(number.value)
    for quantity in parse_quantities(text):
        _sound(quantity, text)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_claims_of_any_text_quote_their_text(text: str) -> None:
    sentences = [
        Sentence(source="a.txt", span=span, text=text[span[0] : span[1]])
        for span in split_sentences(text)
    ]
    for sentence in sentences:
        assert text[sentence.span[0] : sentence.span[1]] == sentence.text
    for claim in extract_claims("a.txt", text, sentences):
        start, end = claim.span
        assert 0 <= start <= end <= len(text) and text[start:end] == claim.text
        for quantity in claim.quantities:
            _sound(quantity, text)
        if claim.time is not None:
            time_start, time_end = claim.time.span
            assert 0 <= time_start <= time_end <= len(text)
            assert text[time_start:time_end] == claim.time.text
