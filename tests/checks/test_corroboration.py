"""CC3: a corroborated finding never gathers values that cannot both be true.

A reader forwards "5 sources agree" as settled; if the quoted figures are
four, three and seven, the report says something false. Checked on the bundled
corpus, every made-up story and a real ECB+ cluster (see tests/data/eval/NOTICE.md).
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from tests.factories import pair_findings, scanned_findings, write_articles
from tests.paths import BLIND, HELDOUT, PROBES, SOURCES, STORIES, TESTS

from claimcheck.compare import values_compatible
from claimcheck.config import load_config
from claimcheck.pipeline import scan

CORPORA = [
    SOURCES,
    TESTS / "data" / "eval" / "19-ecbplus",
    *sorted(
        f for parent in (STORIES, HELDOUT, BLIND, PROBES) for f in parent.iterdir() if f.is_dir()
    ),
]


@pytest.mark.parametrize("folder", CORPORA, ids=lambda folder: folder.name)
def test_corroborated_values_are_compatible(folder: Path) -> None:
    report = scan([folder], load_config([folder]))
    claims = {claim.id: claim for claim in report.claims}
    for finding in report.findings:
        if finding.kind != "corroborated":
            continue
        members = [claims[claim_id] for claim_id in finding.claims]
        assert len({claim.source for claim in members}) > 1, finding.message
        for left, right in combinations(members, 2):
            assert values_compatible(left, right), finding.message


@pytest.mark.parametrize(
    ("later", "corroborated"),
    [
        # A figure of a stated past year and a near one with no year: maybe two events.
        ("Some 30 civilians were killed in a bombing in the village of Tarn.", False),
        # The same figure backs it, whatever the years.
        ("28 civilians were killed in a bombing in the village of Tarn.", True),
    ],
)
def test_a_figure_of_a_stated_year_is_confirmed_only_by_the_same_figure(
    tmp_path: Path, later: str, corroborated: bool
) -> None:
    write_articles(
        tmp_path,
        a="Tarn bombing\n\nIn the 2006 war, 28 civilians were killed in a bombing in the "
        "village of Tarn.\n",
        b=f"Tarn attack\n\n{later}\n",
    )
    kinds = [finding.kind for finding in scan([tmp_path]).findings]
    assert ("corroborated" in kinds) is corroborated
    assert ("unsourced" in kinds) is not corroborated


def test_counts_that_differ_by_a_few_back_neither_side(tmp_path: Path) -> None:
    write_articles(
        tmp_path,
        a="Record falls\n\nDana Pell now has 2,117 career points, a school record.\n",
        b="Pell sets mark\n\nDana Pell now has 2,117 career points after the game.\n",
        c="Pell record\n\nDana Pell now has 2,129 career points after the game.\n",
    )
    findings = scan([tmp_path]).findings
    # One total told two ways is a conflict; neither figure is backed by the other.
    assert [f.kind for f in findings if f.kind in ("conflict", "corroborated")] == ["conflict"]
    assert sorted(item.source for item in findings[0].evidence) == ["a.txt", "b.txt", "c.txt"]


POINTS = "Rovers beat Norden\n\nVale scored 14 points in the win over Norden on Tuesday.\n"
DISTANCE = (
    "Escaped inmate caught\n\nMarlow police found the stolen truck about 25 miles east of "
    "Harlow on Monday.\n"
)


@pytest.mark.parametrize(
    ("article", "other", "corroborated"),
    [
        (POINTS, "Vale scored 14 points in the win over Norden.", True),
        # A stretch of the whole, or a difference, backs no total.
        (POINTS, "Vale scored his first 14 points in the first half against Norden.", False),
        (POINTS, "Vale now has 14 more points than Ann Lind had in the win over Norden.", False),
        (
            DISTANCE,
            "On Monday Marlow police found the truck some 25 miles east of the town of Harlow.",
            True,
        ),
        # A distance from another place is another distance.
        (
            DISTANCE,
            "On Monday Marlow police found the truck some 25 miles northwest of where he escaped.",
            False,
        ),
    ],
)
def test_a_figure_corroborates_only_the_same_thing(
    tmp_path: Path, article: str, other: str, corroborated: bool
) -> None:
    findings = scanned_findings(tmp_path, "corroborated", a=article, b=f"Other report\n\n{other}\n")
    assert bool(findings) is corroborated


VARLEY_FELL = (
    "A British climber, Rob Varley, died on Saturday after he fell about 2,000 feet from a ridge "
    "on Mount Sefra, according to the regional police."
)


@pytest.mark.parametrize(
    ("a", "b", "corroborated"),
    [
        pytest.param(
            "Rob Varley fell about 600 metres while climbing Mount Sefra on Saturday, police said.",
            VARLEY_FELL,
            True,
            id="hedged figures close together",
        ),
        # Each hedge reaches the other, but neither writer gave the other's figure.
        pytest.param(
            "Rob Varley fell some 700 metres while climbing Mount Sefra on Saturday, police said.",
            VARLEY_FELL,
            False,
            id="hedged figures apart",
        ),
        pytest.param(
            "Palmer voters in 2010 approved a $3 million bond to pay for the mill, the mayor said.",
            "Voters in 2009 approved a $3 million bond to buy the old mill property, according to "
            "the city manager.",
            False,
            id="one figure for two stated years",
        ),
        # Small counts of people at large, matched on the story alone, need a word of
        # their sentences in common: these are two pairs of men, those one group of women.
        pytest.param(
            "The two men have cost the city about $215,000 in court settlements.",
            "At a barbershop on Church Avenue, two men on Tuesday were discussing the shooting.",
            False,
            id="two pairs of men",
        ),
        pytest.param(
            "Five women were inside the church at the time of the fire, officials said.",
            "Five women, and possibly a couple of children, were inside the church working on "
            "crafts.",
            True,
            id="five women inside, twice",
        ),
        # A rise and a fall of about one size are no agreement.
        pytest.param(
            "Yes, the data-center software unit grew 8% in the quarter.",
            "On Friday, the stock closed down 7.8% at $52, exchange data showed.",
            False,
            id="a rise against a fall",
        ),
        pytest.param(
            "Norden Systems shares rose 8% on Friday, exchange data showed.",
            "Norden Systems shares closed up 7.8% on Friday, traders said.",
            True,
            id="two rises",
        ),
        # Sums of two currencies: no exchange rate is known, so no agreement.
        pytest.param(
            "Castor paid a fee of 90 million pounds for Vale, the club said.",
            "Castor paid a fee of roughly 100 million euros for Vale, the club said.",
            False,
            id="pounds against euros",
        ),
        pytest.param(
            "Castor paid a fee of 90 million pounds for Vale, the club said.",
            "Castor paid a fee of about £90m for Vale, the club said.",
            True,
            id="pounds twice",
        ),
        pytest.param(
            "Norden Systems shares rose 8% on Friday, exchange data showed.",
            "Norden Systems shares closed down 7.8% on Friday, traders said.",
            False,
            id="a rise against a fall of one named subject",
        ),
        pytest.param(
            (
                "The operator had forecast a jackpot of about £17 million before a late surge "
                "in ticket sales on Friday afternoon."
            ),
            (
                "An office in Dunmere is celebrating tonight after a group of colleagues won a "
                "share of a £16.8 million lottery jackpot."
            ),
            False,
            id="what was forecast against what came",
        ),
    ],
)
def test_two_articles_back_each_other(tmp_path: Path, a: str, b: str, corroborated: bool) -> None:
    assert bool(pair_findings(tmp_path, "corroborated", a, b)) is corroborated


@pytest.mark.parametrize(
    ("a", "b", "changed"),
    [
        # One named measure at two stated years: a change.
        (
            "In 2010, Norden's budget was $120 million, the council said.",
            "In 2012, Norden's budget was $310 million, the council said.",
            True,
        ),
        # Small counts on two days are two games, not one figure that changed: a match too
        # weak to call them a disagreement is too weak to call them a change.
        (
            "On Monday, Vale scored four goals for Norden.",
            "On Friday, Vale scored two goals.",
            False,
        ),
    ],
)
def test_a_change_needs_what_a_disagreement_needs(
    tmp_path: Path, a: str, b: str, changed: bool
) -> None:
    assert bool(pair_findings(tmp_path, "changed", a, b)) is changed


@pytest.mark.parametrize(
    "part",
    [
        # A breakdown of a whole its sentence gives first (7 + 3 + 2 = 12).
        (
            "At least 12 of one family, seven children aged from one to 12, three women and "
            "two men, were killed in an air strike on their house in Orlen."
        ),
        # Some of a group just named.
        "Seven officers were hurt in the clashes in Orlen, three of whom were taken to hospital.",
    ],
)
def test_a_part_backs_no_figure_of_another_article(tmp_path: Path, part: str) -> None:
    findings = scanned_findings(
        tmp_path,
        "corroborated",
        a=f"Strike on Orlen\n\n{part}\n",
        b=(
            "Orlen strikes\n\nHours before, three young men who were cousins died when jets "
            "bombed a school in Orlen. Police said the three officers fired 11 shots.\n"
        ),
    )
    assert findings == []
