"""Attribution: who a sentence credits, and where the credit is written."""

from __future__ import annotations

import pytest

from claimcheck.attribution import find_attributions, governing_lead


def attributions(sentence: str) -> list[tuple[str, str]]:
    """(source, cue) pairs found in one sentence."""
    return [(a.source, a.cue) for a in find_attributions(sentence, (0, len(sentence)))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "According to the port authority, traffic rose 4% in 2023.",
            [("the port authority", "according to")],
        ),
        ("Reuters reported that the plant employs 1,200 people.", [("Reuters", "reported")]),
        (
            "The Office for National Statistics says inflation fell to 3%.",
            [("The Office for National Statistics", "says")],
        ),
        ("A Harvard study recently found that 40% of users quit.", [("A Harvard study", "found")]),
        (
            "Research from Oxford and Yale further indicates a gap.",
            [("Research from Oxford and Yale", "indicates")],
        ),
        (
            "The river rose by two metres overnight, said Maria Ortiz of the flood office.",
            [("Maria Ortiz of the flood office", "said")],
        ),
        ("Sales reached $4 billion, the company said.", [("the company", "said")]),
        ("Citing police records, the paper counted 312 thefts.", [("police records", "citing")]),
        ("During the hearing, Ortiz stated that the dam was safe.", [("Ortiz", "stated")]),
        (
            "Fire chief Dolores Ayers said 150 crews were out.",
            [("Fire chief Dolores Ayers", "said")],
        ),
        ("Town engineers said 140 homes were lost.", [("Town engineers", "said")]),
        (
            "It rose to 19 by 7 p.m., the health directorate said, after more rescues.",
            [("the health directorate", "said")],
        ),
    ],
)
def test_finds_attribution(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The economy shows signs of recovery after a hard winter.",
        "The new bridge will be the longest in the region, spanning 2 km.",
        "Our town now produces three times more wheat than its neighbour.",
        "It is a young field, and the market responded positively.",
    ],
)
def test_no_attribution(sentence: str) -> None:
    assert attributions(sentence) == []


def test_span_points_at_the_attribution() -> None:
    text = "Intro. According to the census bureau, 5,000 people moved."
    start = text.index("According")
    (found,) = find_attributions(text, (start, len(text)))
    assert text[found.span[0] : found.span[1]] == "According to the census bureau"


def test_lead_reaches_a_continuing_sentence_only_in_its_paragraph() -> None:
    text = "Reuters reported that the plant closed."
    (lead,) = find_attributions(text, (0, len(text)))
    follow = "He said 300 jobs were lost."
    carried = governing_lead(lead, text, follow, same_paragraph=True)
    assert carried is not None and carried.scope == "lead" and carried.source == "Reuters"
    assert governing_lead(lead, text, follow, same_paragraph=False) is None
    assert governing_lead(lead, text, "Workers were angry.", same_paragraph=True) is None


def test_according_to_credits_only_its_own_sentence() -> None:
    text = "Shares rose 24%, according to exchange data."
    (lead,) = find_attributions(text, (0, len(text)))
    assert governing_lead(lead, text, "It was the biggest gain ever.", same_paragraph=True) is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('"Prices will rise," he told reporters.', "he"),
        (
            '"We are grateful," the family\'s rep Ana Cole told the magazine on Friday.',
            "the family's rep Ana Cole",
        ),
        ("The singer's lawyer says the fine was paid.", "The singer's lawyer"),
        ("In Dorvale, 25-year-old Mira said she voted twice.", "25-year-old Mira"),
        ("Nobody was hurt in the fire, said James Hale, the fire chief.", "James Hale"),
        (
            "Damage reached $2 million, reports this morning's Valley Herald.",
            "this morning's Valley Herald",
        ),
        (
            'The blaze "was set at the door" according to the Coast Press and burned for hours.',
            "the Coast Press",
        ),
    ],
)
def test_more_attribution_forms(sentence: str, source: str) -> None:
    assert [s for s, _ in attributions(sentence)] == [source]


def test_speaker_with_an_apposition() -> None:
    sentence = "Maria King, 39, a records clerk at the hospital, said she counted 40 beds."
    assert attributions(sentence) == [("Maria King", "said")]
