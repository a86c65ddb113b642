"""CC2: "no other article backs this" must be true."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import article_claims, scanned_findings

from claimcheck.checks.sourcing import same_figure_elsewhere
from claimcheck.copies import Copies


@pytest.mark.parametrize(
    ("left", "right", "backed"),
    [
        # The same unlikely figure in another article backs it, matched or not.
        ("The first quake measured 7.6 on Sunday.", "It was a 7.6 magnitude tremor.", True),
        ("Vale has 46 wins by knockout.", "He now has 46 wins.", True),
        # A small count, or a whole number of another measure, is a coincidence.
        ("They took the first two games.", "They are two games behind.", False),
        ("He scored 46 points.", "He has 46 wins.", False),
        # A count unlikely to coincide: the same measure in the singular, or none on a side.
        ("Vale now has 2,301 career points.", "Vale now has 2,301 after Friday.", True),
        ("The council has 2,507 members.", "It is a 2,507-member assembly.", True),
        ("Norden led by an 18-point margin.", "Lind scored 18 points.", False),
        ("The race drew 2,301 runners.", "The hall holds 2,301 seats.", False),
        # One measurement in two units, each rounding covering the other.
        ("The 620-foot freighter hit the bridge.", "The 189-metre ship hit the pier.", True),
        ("The 620-foot freighter hit the bridge.", "The 212-metre ship hit the pier.", False),
        # A precise figure that is the other converted and rounded to its last digit.
        ("The 40-metre footbridge fell.", "This was a 131-foot span.", True),
        ("The 40-metre footbridge fell.", "This was a 137-foot span.", False),
        ("He is a 2-yard runner.", "He is 5-foot-11.", False),
        # Two hedged figures in two units: rounded conversions of one distance.
        ("It crashed about 5 miles from town.", "It lies about 8 kilometres away.", True),
        ("It crashed about 5 miles from town.", "It lies about 12 kilometres away.", False),
        ("It crashed 5 miles from town.", "It lies 8 kilometres away.", False),
        # A hedged figure of three significant digits is as unlikely to coincide.
        ("It drew nearly 235,000 comments.", "There were 235,000 public comments.", True),
        ("It drew nearly 200,000 comments.", "There were 200,000 public comments.", False),
        # A figure in words has the digits of its value.
        ("The report runs two hundred and twelve pages.", "The 212-page report is out.", True),
        ("The report runs two hundred pages.", "The 200-page manual is out.", False),
        # A sum named only as a sum ("cost", "figure", "price") in each article is one sum.
        (
            "The council approved a $640 million tram line.",
            "The headline figure is $640 million.",
            True,
        ),
        ("The headline price is $640 million.", "The Vale 7 costs $640 million.", True),
        ("The line will cost $640 million.", "Fares will raise $640 million.", False),
        # A claim with a second figure is not backed by the first alone.
        ("A 7.3 tremor was felt 1,300 km away.", "A 7.3 tremor was felt in Darwin.", False),
        # A sum of three significant digits is one sum, whatever words stand beside it.
        ("The buyer pays $281 million in cash.", "The cash part is worth $281 million.", True),
        ("The buyer pays $28 million in cash.", "Fares will raise $28 million.", False),
        # A large figure stated alike, with a word in common beside it and what it counts.
        ("The climber fell about 600m.", "He fell about 600 metres on Saturday.", True),
        ("The climber fell about 600m.", "The hut sits about 600 metres up.", False),
        (
            "Over 2.5 million Vestrians are eligible to vote.",
            "Over 2.5 million people were eligible to vote.",
            True,
        ),
        # ... in one year, or none on both sides.
        (
            "In 2022 the trust signed a £1.2 million deal.",
            "The trust set aside £1.2 million.",
            False,
        ),
        (
            "In 2022 the trust signed a £1.2 million deal.",
            "It signed a £1.2 million deal in 2022.",
            True,
        ),
        # Names, units and spans of time are no words in common.
        (
            "Some 4,200 residents left Harbour Service land.",
            "Harbour Service hires 4,200 staff.",
            False,
        ),
        (
            "The jury sat for 700 hours in the courthouse.",
            "Crews searched 700 hours near the courthouse.",
            False,
        ),
        # A specific count of one named subject in two articles is one count.
        ("Rooke scores 47 as the Herons win.", "Tavian Rooke scored 47 points.", True),
        ("Rooke scores 47 as the Herons win.", "Dade scored 47 points.", False),
        ("Rusk won the 800-metre title in 2022.", "Rusk was champion at 800 metres.", False),
        # A fact of five or more digits in two articles is one fact, whoever each gives it to.
        ("Dunn is 284-286 lifetime.", "The Rovers stand at 284-286.", True),
        ("Dunn is 9-14 this season.", "The Rovers stand at 9-14.", False),
    ],
)
def test_the_same_figure_elsewhere_backs_a_claim(left: str, right: str, backed: bool) -> None:
    claims = article_claims(left, "a.txt") + article_claims(right, "b.txt")
    found = same_figure_elsewhere(claims, Copies())
    assert (claims[0].id in found) is backed


@pytest.mark.parametrize(
    ("right", "backed"),
    [
        # The same small count of the same thing, landing: it backs the claim.
        ("Three shells landed at the Norden school on Tuesday, aid official Mara Lind said.", True),
        # The same count of something else does not.
        ("Three people were hurt at the Norden school on Tuesday, police said.", False),
    ],
)
def test_a_small_count_is_backed_by_the_same_count_of_the_same_thing(
    tmp_path: Path, right: str, backed: bool
) -> None:
    unsourced = "Three tank shells exploded just outside the Norden school grounds on Tuesday."
    found = scanned_findings(
        tmp_path, "unsourced", d=f"Norden school shelled\n\n{unsourced}\n", e=f"Norden\n\n{right}\n"
    )
    assert any(f.evidence[0].quote.startswith("Three tank shells") for f in found) is not backed


@pytest.mark.parametrize(
    ("article", "first"),
    [
        # A figure whose frame says what it measures ranks above a bare figure.
        (
            (
                "Norden shelled\n\nThe convoy waited at gate 4 for hours. "
                "Two people were killed when a shell hit the Norden school.\n"
            ),
            "Two people were killed",
        ),
        # An age alone ranks after a claim of what happened.
        (
            (
                "Norden march\n\nThe marchers included a 13-year-old boy. Police made over 50 "
                "arrests during four nights of protests.\n"
            ),
            "Police made over 50 arrests",
        ),
    ],
)
def test_what_ranks_first_among_unsourced_claims(tmp_path: Path, article: str, first: str) -> None:
    found = scanned_findings(
        tmp_path, "unsourced", a=article, b="Norden\n\nA school in Norden was shelled on Tuesday.\n"
    )
    assert found[0].evidence[0].quote.startswith(first)


@pytest.mark.parametrize(
    ("claim", "backer", "backed"),
    [
        # The figure alone does not back a superlative, nor one figure a claim of two.
        (
            "Acme announced the largest acquisition in its history, paying $5.4 billion.",
            "Acme paid $5.4 billion for Brix.",
            False,
        ),
        (
            "Acme announced the largest acquisition in its history, paying $5.4 billion.",
            "It was the largest acquisition in Acme's history, at $5.4 billion.",
            True,
        ),
        # A superlative of something else is no backer; one of the same thing, or of a
        # thing left unsaid, is.
        (
            "Acme announced the largest acquisition in its history, paying $5.4 billion.",
            "Acme, the world's largest-in-the-region chip maker, paid $5.4 billion.",
            False,
        ),
        (
            "Lind set the league record for rushing yards with 2,105 yards.",
            "Ann Vale had held the record at 2,105 yards.",
            True,
        ),
        (
            "At least 12 shots were fired 13 minutes after school finished.",
            "At least 12 shots were fired on Tuesday.",
            False,
        ),
        ("At least 12 shots were fired, police said.", "At least 12 shots were fired.", True),
        # Nor the only one of its kind; an ordinal of what is measured is no such claim.
        (
            "Ann Vale is the only eyewitness to say the gun was a .38 revolver.",
            "Police said the gun was a .38 revolver.",
            False,
        ),
        ("The first quake measured 7.6 on Sunday.", "It was a 7.6 magnitude tremor.", True),
    ],
)
def test_an_agreeing_figure_backs_only_what_it_says(claim: str, backer: str, backed: bool) -> None:
    from claimcheck.checks.corroboration import backs_whole

    (first,) = article_claims(claim, "a.txt")[:1]
    (second,) = article_claims(backer, "b.txt")[:1]
    assert backs_whole(second, first) is backed


def test_a_claim_backed_in_its_figure_only_says_who_gives_the_figure(tmp_path: Path) -> None:
    found = scanned_findings(
        tmp_path,
        "unsourced",
        a="Vale record\n\nVale, who now has 2,302 points, made the record-setting basket.\n",
        b="Vale\n\nVale scored nine points on Friday and now has 2,302 for his career.\n",
    )
    [finding] = [f for f in found if "record-setting" in f.evidence[0].quote]
    assert finding.message.startswith("No source given and no other article backs all of it (")
    assert finding.message.endswith("; b.txt agrees on the figure only")


@pytest.mark.parametrize(
    ("other", "echoed"),
    [
        # The same span of time in other units, of something not matched to it.
        ("Bins went unemptied as 212 refuse workers began a two-week walkout over pay.", True),
        ("Bins went unemptied as 212 refuse workers began a three-week walkout over pay.", False),
    ],
)
def test_the_same_figure_elsewhere_is_never_called_unbacked(
    tmp_path: Path, other: str, echoed: bool
) -> None:
    found = scanned_findings(
        tmp_path,
        "unsourced",
        a=(
            "Dunmarsh bin strike\n\nBin collections across Dunmarsh stopped on Monday after 212 "
            "refuse workers walked out at the start of a 14-day strike over pay.\n"
        ),
        b=f"Dunmarsh bin strike begins\n\n{other}\n",
    )
    [finding] = [f for f in found if "14-day" in f.evidence[0].quote]
    said = finding.message.startswith("No source given; the same figure is in b.txt, not matched")
    assert said is echoed
    assert ("no other article backs" in finding.message) is not echoed


def test_a_small_count_of_another_noun_is_no_echo(tmp_path: Path) -> None:
    """ "Seven councillors abstained" and "The seven Dunhollow libraries" share a number only."""
    found = scanned_findings(
        tmp_path,
        "unsourced",
        a="Dunhollow library vote\n\nSeven councillors abstained in the Dunhollow library vote.\n",
        b="Dunhollow libraries to close\n\nThe seven Dunhollow libraries face closure after the vote.\n",
    )
    [finding] = [f for f in found if "abstained" in f.evidence[0].quote]
    assert finding.message.startswith("No source given and no other article backs this")


def test_a_copy_with_another_figure_is_not_the_same_unsourced_claim(tmp_path: Path) -> None:
    """Two copies of one wire passage whose figures differ are two claims, each reported."""
    found = scanned_findings(
        tmp_path,
        "unsourced",
        a="Report\n\nThe blast on Monday in Norden destroyed the market, leaving 12 dead on Monday.\n",
        b="Report\n\nThe blast on Monday in Norden destroyed the market, leaving 19 dead on Monday.\n",
    )
    assert sorted(len(f.claims) for f in found) == [1, 1]
    assert not any("the same text" in f.message for f in found)


@pytest.mark.parametrize(
    ("body", "unsourced"),
    [
        # The body gives the headline's figure with a source: the headline is sourced.
        ("The death toll rose to six on Thursday, the health authority said.", False),
        # The body gives another figure: the headline's stands alone.
        ("The death toll rose to five on Thursday, the health authority said.", True),
    ],
)
def test_a_headline_takes_the_source_its_body_gives_its_figure(
    tmp_path: Path, body: str, unsourced: bool
) -> None:
    headline = "Rail crash death toll rises to six as inquiry focuses on speed"
    findings = scanned_findings(tmp_path, "unsourced", a=f"{headline}\n\n{body}\n")
    assert any(f.evidence[0].quote == headline for f in findings) is unsourced


@pytest.mark.parametrize(
    ("sentence", "unsourced"),
    [
        # A word of no one that counts nothing is a turn of phrase.
        ("Nobody has ever dominated him this way, and nobody will.", False),
        ("The actor to play the lead was none other than Ann Vale.", False),
        # A count of no deaths is a figure to check.
        ("No one was killed when the roof of the Lind depot fell in.", True),
    ],
)
def test_a_word_of_no_one_is_a_figure_only_of_something(
    tmp_path: Path, sentence: str, unsourced: bool
) -> None:
    findings = scanned_findings(tmp_path, "unsourced", a=f"Report\n\n{sentence}\n")
    assert bool(findings) is unsourced


@pytest.mark.parametrize(
    ("fragment", "flagged"),
    [
        ("Forty percent.", False),
        ("Three things.", False),
        ("Eleven have died.", True),
    ],
)
def test_a_verbless_fragment_is_no_claim_to_source(
    tmp_path: Path, fragment: str, flagged: bool
) -> None:
    """A figure said again for weight asserts nothing of its own; a short sentence with a
    verb still does."""
    found = scanned_findings(
        tmp_path,
        "unsourced",
        a=f"Report\n\nThe council met on the plan. {fragment} The vote is next week.\n",
        b="Another report\n\nThe council met.\n",
    )
    quoted = {e.quote for finding in found for e in finding.evidence}
    assert any(fragment.rstrip(".") in quote for quote in quoted) is flagged
