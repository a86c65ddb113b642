"""Findings a journalist can read: values as written, sides with their sources,
group names from frames, severity that the confidence supports."""

from __future__ import annotations

import pytest
from tests.factories import make_evidence

from claimcheck.checks.base import severity_for, sides, written_text
from claimcheck.claims import extract_claims
from claimcheck.models import Claim, ClaimGroup, Sentence


def _claim(text: str, figure: str):  # type: ignore[no-untyped-def]
    sentence = Sentence(source="a.txt", span=(0, len(text)), text=text)
    claims = extract_claims("a.txt", text, [sentence])
    return next(c for c in claims if figure in c.text)


@pytest.mark.parametrize(
    ("text", "figure", "written"),
    [
        (
            "The park now hosts more than 200 companies, officials said.",
            "200",
            "more than 200 companies",
        ),
        ("Sales reached $4.2 billion last year.", "4.2", "$4.2 billion"),
        ("The town lies less than 200 km from the coast.", "200", "less than 200 km"),
        ("It grew to more than 200 in 2025.", "200", "more than 200"),
        ("Five bombs fell on the camp on Thursday.", "Five", "five bombs"),
    ],
)
def test_values_are_shown_as_written(text: str, figure: str, written: str) -> None:
    assert written_text(_claim(text, figure), text) == written


def test_sides_put_the_majority_first_with_its_sources() -> None:
    items = [
        make_evidence(
            "3 bullets", claim="a", source="a.txt", value="3 count", written="3", time=""
        ),
        make_evidence(
            "7 bullets", claim="b", source="b.txt", value="7 count", written="7", time=""
        ),
        make_evidence(
            "seven", claim="c", source="c.txt", value="7 count", written="seven", time=""
        ),
    ]
    assert sides(items) == "2 say 7 (b.txt, c.txt); 1 says 3 (a.txt)"


@pytest.mark.parametrize(
    ("severity", "confidence", "shown"),
    [("high", 0.9, "high"), ("high", 0.45, "medium"), ("high", 0.2, "low"), ("medium", 0.3, "low")],
)
def test_severity_never_outruns_confidence(severity: str, confidence: float, shown: str) -> None:
    assert severity_for(severity, confidence) == shown  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("entities", "label"),
    [
        (["the total", "the total", "Acme"], "Acme · deaths"),
        (["the rest"], "deaths"),
        (["Acme"], "Acme · deaths"),
    ],
)
def test_a_group_is_not_named_after_an_amount(entities: list[str], label: str) -> None:
    from claimcheck.checks.base import group_label
    from claimcheck.models import Frame

    claim = _claim("Twelve people were killed.", "Twelve")
    claims = [
        claim.model_copy(update={"frame": Frame(attribute="deaths", entity=entity)})
        for entity in entities
    ]
    assert group_label(_group(claims, "deaths", ""), claims) == label


@pytest.mark.parametrize(
    ("subjects", "label"),
    [
        # Most of the claims name one subject: the group's own (another claim's) gives way.
        (["Ann Vale", "Ann Vale", ""], "Ann Vale · points"),
        # They name different ones, none the group's: no subject is better than a wrong one.
        (["Ann Vale", "Bo Lind"], "points"),
        # One of them names the group's subject, or none names any: the group's stands.
        (["Ann Vale", "Tom Reyes", ""], "Tom Reyes · points"),
        (["", ""], "Tom Reyes · points"),
    ],
)
def test_a_group_without_frames_is_named_after_what_its_claims_name(
    subjects: list[str], label: str
) -> None:
    from claimcheck.checks.base import group_label

    claim = _claim("He scored 12 points.", "12")
    claims = [
        claim.model_copy(update={"subject": subject, "frame": None, "id": f"c{index}"})
        for index, subject in enumerate(subjects)
    ]
    assert group_label(_group(claims, "points", "Tom Reyes"), claims) == label


def test_a_clause_is_no_name_and_a_fact_says_whose_it_is() -> None:
    """ "We're aware of the issue involving Vale," is a quotation's opening, not a subject:
    the label takes the fact's owner as one article writes it."""
    from claimcheck.checks.base import group_label
    from claimcheck.models import Fact

    text = '"We\'re aware of the issue involving Vale," Rovers general manager Ann Lind said.'
    claim = _claim(text, "Ann Lind")
    fact = Fact(attribute="holder", value="Ann Lind", of="rovers general manager", span=(0, 1))
    claims = [
        claim.model_copy(update={"subject": subject, "frame": None, "fact": fact, "id": f"c{i}"})
        for i, subject in enumerate(["We're aware of the issue involving Vale,", ""])
    ]
    assert group_label(_group(claims, "", ""), claims) == "Rovers general manager"


def _group(claims: list[Claim], measure: str, subject: str) -> ClaimGroup:
    """A group of the claims, of one measure and subject."""
    return ClaimGroup(
        id="g1",
        claims=[c.id for c in claims],
        sources=sorted({c.source for c in claims}),
        measure=measure,
        subject=subject,
        kind="count",
        confidence=1.0,
        basis="name",
    )
