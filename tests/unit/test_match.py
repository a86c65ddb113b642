"""Matching: measure keys, names and aliases, and which claims line up."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims
from claimcheck.config import Config
from claimcheck.match import NameResolver, find_matches, measure_key
from claimcheck.models import Sentence
from claimcheck.segment import split_sentences


@pytest.mark.parametrize(
    ("measure", "head", "modifiers"),
    [
        ("AI startups", "company", {"ai"}),
        ("new financial companies", "company", {"financial"}),
        ("resident firms", "company", set()),
        (
            "share of semiconductor design companies",
            "share of company",
            {"semiconductor", "design"},
        ),
        ("net profit", "net income", set()),
        ("staff", "employee", set()),
    ],
)
def test_measure_key(measure: str, head: str, modifiers: set[str]) -> None:
    key = measure_key(measure)
    assert (key.head, set(key.modifiers)) == (head, modifiers)


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Harbourline Group", "Harbourline", True),
        ("Northwind Logistics Inc.", "NWL", True),
        ("Brian Nichols", "Nichols", True),
        ("St Aldric's", "St Aldric's Children's Hospital", True),
        ("Dishwater Lake Hub", "Foundation Park Centre", False),
        ("Springfield", "Springfield Museum of Art", False),
    ],
)
def test_names(left: str, right: str, same: bool) -> None:
    names = NameResolver(Config(aliases={"Northwind Logistics": ["NWL", "Northwind"]}))
    assert names.same(left, right) is same


def claims(**articles: str):  # type: ignore[no-untyped-def]
    """Claims of several one-paragraph articles."""
    found = []
    for name, text in articles.items():
        sentences = [
            Sentence(source=name, span=s, text=text[s[0] : s[1]]) for s in split_sentences(text)
        ]
        found.extend(extract_claims(name, text, sentences))
    return found, dict(articles)


@pytest.mark.parametrize(
    ("left", "right", "matched"),
    [
        (
            "Acme employs 4,300 people, it said on Monday.",
            "Acme, which employs 6,800 people, said on Monday.",
            True,
        ),
        ("Acme has 150 firefighters on the fire.", "Acme lost 150 homes in the fire.", False),
        ("The park hosts over 100 AI firms.", "The park hosts over 100 financial firms.", False),
        ("Acme sold 40 trucks.", "Brightline sold 40 trucks.", False),
    ],
)
def test_which_claims_match(left: str, right: str, matched: bool) -> None:
    found, texts = claims(**{"a.txt": left, "b.txt": right})
    assert bool(find_matches(found, NameResolver(Config()), texts)) is matched
