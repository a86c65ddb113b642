"""Matching: measure keys, names and aliases, and which claims line up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.factories import article_claims

from claimcheck.config import Config
from claimcheck.match import (
    CONFIDENCE,
    Match,
    NameResolver,
    find_matches,
    link_described_people,
    measure_key,
)
from claimcheck.models import Claim
from claimcheck.pipeline import extract


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
        ("factories", "plant", set()),
        ("fire appliances", "fire engine", set()),
        ("prisoners", "inmate", set()),
        ("eyewitnesses", "witness", set()),
        ("burglars", "robber", set()),
        ("attendees", "guest", set()),
        ("households", "home", set()),
        ("vessels", "ship", set()),
        ("share of flats", "share of apartment", set()),
        # A generic noun whose compound names a kind of person is that kind.
        ("crew members", "crew", set()),
        ("crewmen", "crew", set()),
        ("staff members", "employee", set()),
        # A rate per period measures what is counted; the period is its own
        # (``_per_period``), unless the counted word alone says nothing.
        ("save per year", "sav", set()),
        ("points per game", "game", {"point", "per"}),
        # A distance from a place is no stretch of the place ("two miles of the beach").
        ("distance from beach", "distance from beach", set()),
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
        # A thing's first word names it without its kind; an area's names the town in it.
        ("Hollin", "Hollin Reservoir", True),
        ("Ashby Colliery", "Ashby", True),
        ("Lorton", "Lorton County", False),
        # An acronym is the initials of the full name's capitalised words.
        ("AMD", "Advanced Micro Devices Inc.", True),
        ("World Health Organization", "WHO", True),
        ("AMD", "Applied Materials", False),
        ("IBM", "Intel", False),
    ],
)
def test_names(left: str, right: str, same: bool) -> None:
    names = NameResolver(Config(aliases={"Northwind Logistics": ["NWL", "Northwind"]}))
    assert names.same(left, right) is same


def claims(**articles: str):  # type: ignore[no-untyped-def]
    """Claims of several one-paragraph articles."""
    found = [claim for name, text in articles.items() for claim in article_claims(text, name)]
    return found, dict(articles)


def test_what_any_one_can_do_meets_no_count() -> None:
    """ "One case can infect up to 18 other people": said of any case, in general, so no
    account of how many cases the story has, however its figure was framed."""
    found, texts = claims(
        **{
            "a.txt": "In Elmshire, 18 cases had been confirmed.",
            "b.txt": "In Elmshire, 23 cases had been confirmed.",
        }
    )
    assert find_matches(found, NameResolver(Config()), texts)
    generic = found[0].model_copy(
        update={"text": "One case can infect up to 18 other people in Elmshire."}
    )
    assert not find_matches([generic, *found[1:]], NameResolver(Config()), texts)


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


def _figure_claim(text: str) -> Claim:
    """The first claim with a figure in a one-sentence article."""
    found, _ = claims(**{"a.txt": text})
    return next(claim for claim in found if claim.quantities)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # People of a named place name the place; a body so named keeps its name.
        ("Residents of Kestrel House lost 40 flats in the blast.", "Kestrel House"),
        (
            "Friends of Dunmere Libraries collected 3,000 signatures.",
            "Friends of Dunmere Libraries",
        ),
    ],
)
def test_the_subject_a_claim_names(text: str, subject: str) -> None:
    from claimcheck.match import _named_subject

    assert _named_subject(_figure_claim(text), NameResolver(Config())) == subject


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # Names listed as examples of what is counted say not where or what the count is.
        (
            "The city opened nine cooling centers, including Ferris Street Middle School.",
            [],
        ),
        (
            "The city opened nine cooling centers run by the Red Cord Society.",
            ["Red Cord Society"],
        ),
    ],
)
def test_names_listed_as_examples_name_no_subject(text: str, named: list[str]) -> None:
    from claimcheck.match import _entities_besides_examples

    assert _entities_besides_examples(_figure_claim(text)) == named


def _claims_of_two(left: str, right: str) -> tuple[Claim, Claim]:
    """The first claim of each of two one-sentence articles."""
    found, _ = claims(**{"a.txt": left, "b.txt": right})
    first, second = (next(c for c in found if c.source == name) for name in ("a.txt", "b.txt"))
    return first, second


@pytest.mark.parametrize(
    ("left", "right", "apart"),
    [
        (
            "Eleven of the passengers were children, a spokesman said.",
            "Fourteen of the passengers were lifted out by helicopter.",
            True,
        ),
        (
            "Eleven of the passengers were children, a spokesman said.",
            "Twelve of the passengers were children.",
            False,
        ),
        # Only counts of some of a whole are so told apart.
        ("Eleven passengers were children.", "Fourteen passengers were lifted out.", False),
    ],
)
def test_two_subsets_of_one_whole(left: str, right: str, apart: bool) -> None:
    from claimcheck.compare import _partitives_apart

    assert _partitives_apart(*_claims_of_two(left, right)) is apart


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The two people killed in one of the cars were named on Sunday.", True),
        ("About 300 workers at one of its plants walked out.", True),
        ("The crash killed three people in the car.", False),
        # One of several further on is another thing's.
        ("It expelled 11 diplomats for spying on one of its bases.", False),
        # The figure before "including" is the whole the named one is of.
        ("Four people including the pilot have been killed.", False),
        ("The Harwick plant alone employs 800 workers.", True),
        ("It employs 1,150 people at its depot alone.", True),
        # A period "alone" is the claim's time, not some of a whole.
        ("The plant rejected 31 lorry loads in November alone.", False),
        ("The plant rejected 31 lorry loads on Tuesday alone.", True),
        # Some taken to one place and the rest to another; the rest of another outcome.
        ("A dozen were taken to Brennock General and the rest to St Aldric's.", True),
        ("Twelve people were killed and the rest were injured.", False),
        # The ones a sentence before names, after an apposition or what someone said.
        ("A spokeswoman said the two, a man and a woman, died overnight.", True),
        # A side or the rest of a whole: "the rear two carriages", "the remaining 40".
        ("The tram's rear two carriages came off the track.", True),
        ("The remaining 40 passengers were taken off by boat.", True),
        # A payment in one form is part of a price.
        ("The purchase is a combination of $4.2 billion in cash.", True),
        ("It agreed to buy the firm for $5.4 billion in cash and stock.", False),
        ("It agreed to buy the firm for $5.4 billion.", False),
        # The lowest or the highest of several readings.
        ("The lowest reading, 8 micrograms per litre, came from the slipway.", True),
        ("The highest readings were 24 micrograms per litre.", True),
        ("Tests found 24 micrograms per litre at Heron Point.", False),
    ],
)
def test_a_part_of_a_whole_or_the_whole(text: str, part: bool) -> None:
    from claimcheck.compare import is_part

    assert is_part(_figure_claim(text)) is part


_MARATHON = "The marathon had raised £1.3 million for the hospice."


@pytest.mark.parametrize(
    ("test", "left", "right", "expected"),
    [
        # Sums raised for two beneficiaries; a sum not raised says nothing of whom it is for.
        ("_raised_for_two", _MARATHON, "Runners raised £4.2 million for good causes.", True),
        ("_raised_for_two", _MARATHON, "Runners raised £4.2 million for the hospice.", False),
        # Whom for may be named before the word of raising.
        (
            "_raised_for_two",
            _MARATHON,
            "An appeal for the injured had raised £6,200 by Monday.",
            True,
        ),
        (
            "_raised_for_two",
            _MARATHON,
            "Police offered a reward of $50,000 for information.",
            False,
        ),
        # Counts among two groups, and among one.
        (
            "_among_groups_apart",
            "Among those evacuated were 40 children.",
            "Eleven children were among those taken to hospital.",
            True,
        ),
        (
            "_among_groups_apart",
            "Among the injured were 40 children.",
            "Eleven children were among the injured.",
            False,
        ),
        (
            "_among_groups_apart",
            "Among those evacuated were 40 children.",
            "Eleven children were evacuated.",
            False,
        ),
    ],
)
def test_what_two_figures_are_of(test: str, left: str, right: str, expected: object) -> None:
    from claimcheck import compare

    assert getattr(compare, test)(*_claims_of_two(left, right)) == expected


@pytest.mark.parametrize(
    ("left", "right", "one"),
    [
        ("his daughter", "penhallow's daughter", True),
        ("her son", "penhallow's daughter", False),
        ("ashby's daughter", "penhallow's daughter", False),
    ],
)
def test_one_thing_owned_by_a_pronoun_and_a_name(left: str, right: str, one: bool) -> None:
    from claimcheck.compare import _one_possessed_thing

    assert _one_possessed_thing(left, right) is one


@pytest.mark.parametrize(
    ("test", "text", "expected"),
    [
        # A count of an event marked as another, or of a season's many events.
        ("_of_another_event", "Three people were injured in a separate crash.", True),
        (
            "_of_another_event",
            "Nine people had died in avalanches in the province this winter.",
            True,
        ),
        ("_of_another_event", "Nine people died in the avalanche on Saturday.", False),
        ("_of_another_event", "Nine people were injured in clashes on Tuesday.", False),
        # A distance in apposition to a named place places that place.
        (
            "_placed_name",
            "The gang operates out of the village of Dassara, 30 km north of Hallam Point.",
            "dassara",
        ),
        ("_placed_name", "The ship was seized just 60 nautical miles from Hallam Point.", ""),
        # A rival's figure is another organisation's; a rival bought is the deal's.
        ("_of_a_rival", "A rival firm, Northtide Marine, said it had offered £1.6 million.", True),
        (
            "_of_a_rival",
            "Rival manufacturer Orrin Chemicals stores around 850 tonnes of solvent.",
            True,
        ),
        ("_of_a_rival", "Brightlane agreed to buy rival Quorix Systems for $2.38 billion.", False),
        ("_of_a_rival", "Greyhaven Salvage holds a contract worth £2.1 million.", False),
        # A difference, past a rate ("a year more than"); a level.
        ("names_others", "Students will pay £1,450 a year more than they pay today.", True),
        ("names_others", "Students will pay £7,580 a year from September.", False),
        # A figure of the nation's, right after it or further on in its clause.
        ("_of_a_wider_scope", "Rents rose 6.6 percent nationwide.", True),
        ("_of_a_wider_scope", "In all, 412 emergency calls failed to connect nationwide.", True),
        ("_of_a_wider_scope", "In Lorrow county, 57 emergency calls could not get through.", False),
        # An offer refused or a forecast is no account; what was turned away is counted.
        ("_other_than_what_happened", "Velkov turned down a $200 million offer.", "declined"),
        ("_other_than_what_happened", "The union rejected a 5 percent rise.", "declined"),
        ("_other_than_what_happened", "The plant rejected 31 lorry loads.", ""),
        (
            "_other_than_what_happened",
            "Analysts had expected about 100,000 pre-orders.",
            "expected",
        ),
        # What a usual period holds is no account of this one's.
        (
            "_an_average",
            "We see about 2,500 salmonella cases across Westmarch in a typical year.",
            True,
        ),
        ("_an_average", "In a normal year, the club sells 400 season tickets.", True),
        ("_an_average", "Nineteen cases of salmonella have been confirmed this year.", False),
        # What a plan or a demand calls for is a goal; what was on duty is not.
        ("_aimed_at", "The safety plan called for 320 stewards across the site.", True),
        ("_aimed_at", "Only 190 stewards were on duty across the site.", False),
        ("_aimed_at", "The safety certificate requires a minimum of 110 stewards.", True),
        # The race a tally was cast for.
        ("_cast_for", "Of the 28,293 votes cast for mayor, most went to Arkwright.", "mayor"),
        ("_cast_for", "In all, 28,654 ballots were cast.", ""),
        # A cap a rule allows, and what was handed out or a fine's cap with no permission.
        ("_allowed_up_to", "Families can usually receive up to three parcels a month.", True),
        ("_allowed_up_to", "Each was allowed to spend up to £15,600 on the campaign.", True),
        ("_allowed_up_to", "The food bank handed out up to 300 parcels a day.", False),
        ("_allowed_up_to", "Families can receive three parcels a month.", False),
        ("_allowed_up_to", "Offenders face fines of up to £1,000.", False),
    ],
)
def test_what_a_figure_is_of(test: str, text: str, expected: object) -> None:
    from claimcheck import compare

    assert getattr(compare, test)(_figure_claim(text)) == expected


@pytest.mark.parametrize(
    ("left", "right", "alone"),
    [
        # One noun alone ("buses") says too little; one narrowed alike says enough.
        ("It cancelled orders for 312 buses.", "It held back payment on 90 buses.", True),
        ("Inspectors found 27 medication errors.", "The report lists 37 medication errors.", False),
        ("It logged 27 medication errors.", "The report lists 37 errors.", True),
    ],
)
def test_counts_matched_by_their_noun_alone(left: str, right: str, alone: bool) -> None:
    from claimcheck.compare import _counts_by_their_noun_alone

    match = Match(*_claims_of_two(left, right), "context", CONFIDENCE["context"])
    assert _counts_by_their_noun_alone(match) is alone


@pytest.mark.parametrize(
    ("test", "left", "right", "expected"),
    [
        # What a plan calls for against what was there: a goal, no account of it.
        (
            "_aim_against_what_is",
            "The safety plan called for 320 stewards.",
            "Only 190 stewards were on duty.",
            True,
        ),
        # Against what the plan would bring, it is the plan told twice.
        (
            "_aim_against_what_is",
            "The approved plan calls for 38 turbines.",
            "The project would place 42 turbines.",
            False,
        ),
        (
            "_aim_against_what_is",
            "The approved plan calls for 38 turbines.",
            "The plan called for 42 turbines.",
            False,
        ),
        # "its height" names a moment both clauses share, no verb that counts.
        (
            "_one_setting_told",
            "At its height nine fire engines were here.",
            "At the height of the blaze 12 fire engines were at the scene.",
            True,
        ),
        # A verb both clauses share before their figures tells no one setting.
        (
            "_one_setting_told",
            "The defence called just 4 witnesses.",
            "Prosecutors called 23 witnesses.",
            False,
        ),
    ],
)
def test_what_two_figures_are(test: str, left: str, right: str, expected: bool) -> None:
    from claimcheck import compare

    assert getattr(compare, test)(*_claims_of_two(left, right)) is expected


def framed_claims(**articles: str):  # type: ignore[no-untyped-def]
    """Claims of several one-paragraph articles with their frames, as the pipeline gives
    them to matching."""
    from claimcheck.frames import attach_frames

    found, texts = claims(**articles)
    framed = [
        claim
        for name, text in texts.items()
        for claim in attach_frames(text, [c for c in found if c.source == name])
    ]
    return framed, texts


@pytest.mark.parametrize(
    ("left", "right", "matched"),
    [
        # A parent's family is no count of the children a deed befell.
        (
            "Dana Holt, 34, a single father of two, works nights.",
            "The manager said she had to tell a mother with three children that we had no food.",
            False,
        ),
        ("Ann Vale, a mother of 12, was killed.", "A mother of 13 was shot on Monday.", True),
    ],
)
def test_a_parents_children_meet_only_a_parents(left: str, right: str, matched: bool) -> None:
    framed, texts = framed_claims(**{"a.txt": left, "b.txt": right})
    assert bool(find_matches(framed, NameResolver(Config()), texts)) is matched


@pytest.mark.parametrize(
    ("right", "matched"),
    [
        # A rival that tells of itself carried its own passengers.
        ("Skellig Line, a rival, says it carried 400,000 passengers last year.", False),
        # The company under another of its names.
        ("Westmere says it carried 600,000 passengers last year.", True),
    ],
)
def test_a_source_that_tells_of_itself_is_whom_its_frame_is_of(right: str, matched: bool) -> None:
    left = "The company carried 650,000 passengers last year on its routes."
    framed, texts = framed_claims(**{"a.txt": left, "b.txt": right})
    names = NameResolver(Config(aliases={"Westmere Ferries": ["Westmere", "the company"]}))
    assert bool(find_matches(framed, names, texts)) is matched


@pytest.mark.parametrize(
    ("aliases", "matched"),
    [({}, True), ({"Splashmoor Water Park": ["the park"]}, False)],
)
def test_a_thing_described_is_told_apart_by_the_users_aliases(
    aliases: dict[str, list[str]], matched: bool
) -> None:
    """A park's opening ("The park, which opened in 2006") is told apart from a ride's only
    by an alias that names the park: a description may well be of the named thing."""
    found, texts = claims(
        **{
            "a.txt": "The Torrent Twister, a 240-metre flume, opened in 2014.",
            "b.txt": "The park, which opened in 2006, stayed open with the Torrent Twister "
            "and two other slides closed.",
        }
    )
    assert bool(find_matches(found, NameResolver(Config(aliases=aliases)), texts)) is matched


@pytest.mark.parametrize(
    ("text", "clause", "unattributed"),
    [
        (
            "The hospital said on Monday that 130,000 patient records were stolen.",
            "The hospital said on Monday that 130,000 patient records were stolen",
            "on Monday that 130,000 patient records were stolen",
        ),
        # A credit before the clause leaves the clause's words its own.
        (
            "Prices fell 2.3 percent, Brantwick said, leaving the average price at £214,600.",
            "leaving the average price at £214,600",
            "leaving the average price at £214,600",
        ),
    ],
)
def test_the_words_of_a_claim_less_its_credit(text: str, clause: str, unattributed: str) -> None:
    from claimcheck.match import unattributed_text

    found, _ = claims(**{"a.txt": text})
    (claim,) = (c for c in found if c.text == clause)
    assert unattributed_text(claim).strip() == unattributed


def test_a_claim_about_another_entity_is_not_held_against_a_group() -> None:
    """Matching may link "Intel sold a unit for $600 million" to AMD's $5.4 billion
    purchase through claims that name no one; the conflict leaves it out."""
    from claimcheck.checks import CheckContext
    from claimcheck.checks.conflicts import check
    from claimcheck.copies import find_copies
    from claimcheck.match import group_matches

    articles = {
        "a.txt": "AMD paid $5.4 billion for ATI, the company said.",
        "b.txt": "Advanced Micro Devices paid $5.4 billion for ATI, officials said.",
        "c.txt": "The deal was worth $5.4 billion, analysts said.",
        "d.txt": "Intel sold its chip unit to Marvell for $600 million, it said.",
    }
    framed, texts = framed_claims(**articles)
    names = NameResolver(Config())
    matches = find_matches(framed, names, texts)
    context = CheckContext(
        config=Config(),
        names=names,
        sources=[],
        texts=texts,
        claims=framed,
        matches=matches,
        groups=group_matches(framed, matches, names),
        copies=find_copies(framed, texts),
    )
    for finding in check(context):
        assert "d.txt" not in {item.source for item in finding.evidence}


_LIVE_281 = "ASHBY, Feb 3 (NP) - Fenwright said 281 premises have live connections."


@pytest.mark.parametrize(
    ("earlier", "later", "moved"),
    [
        # The higher count "now", in the later report, is an update of the earlier one.
        (
            _LIVE_281,
            "ASHBY, Feb 5 (NP) - Fenwright said 297 premises now have live connections.",
            True,
        ),
        (
            _LIVE_281,
            "ASHBY, Feb 5 (NP) - Fenwright said 297 premises have live connections.",
            False,
        ),
        (
            _LIVE_281,
            "ASHBY, Feb 5 (NP) - Fenwright said 260 premises now have live connections.",
            False,
        ),
        # Two levels "now", in reports of two days, are each their day's.
        (
            "ASHBY, Feb 3 (NP) - The airport now flies to 23 destinations.",
            "ASHBY, Feb 5 (NP) - The airport now flies to 21 destinations.",
            True,
        ),
        (
            "ASHBY, Feb 3 (NP) - The airport now flies to 23 destinations.",
            "ASHBY, Feb 3 (NP) - The airport now flies to 21 destinations.",
            False,
        ),
    ],
)
def test_a_count_moved_by_now_is_an_update(earlier: str, later: str, moved: bool) -> None:
    from claimcheck.compare import _moved_by_now

    left, right = _claims_of_two(earlier, later)
    assert _moved_by_now(left, right) is moved


@pytest.mark.parametrize(
    ("left", "right", "concurrent"),
    [
        # A dated past event against news that names no year is history, not a rival figure.
        (
            "The last quake, on Oct. 10, 2002, killed three people.",
            "The quake killed four people.",
            False,
        ),
        (
            "Some 2 million people died in the war, from 1983-2005.",
            "No one was killed in the attack.",
            False,
        ),
        # A year alone, against no year, may still be the same time.
        ("The quake killed three people in 2002.", "The quake killed four people.", True),
        # A clock time meets the part of the day that takes it in.
        (
            "By 6pm on Sunday, 23 runners had been taken to hospital.",
            "By Sunday evening, 17 runners had been taken to hospital.",
            True,
        ),
        (
            "By 9am on Sunday, 23 runners had been taken to hospital.",
            "By Sunday evening, 17 runners had been taken to hospital.",
            False,
        ),
    ],
)
def test_when_two_figures_are_of_one_time(left: str, right: str, concurrent: bool) -> None:
    from claimcheck.compare import same_time

    first, second = _claims_of_two(left, right)
    assert same_time(first, second)[0] is concurrent


def test_the_leads_weekday_is_not_the_date_of_an_article_of_the_day_after() -> None:
    from claimcheck.compare import _stated_order

    found, _ = claims(
        **{
            "a.txt": "CARROW, July 13 (NP) - On Sunday, 17 runners had been taken to hospital.",
            "b.txt": "Monday 14 July 2025\n\nBy mid-morning on Sunday the course was a field"
            " hospital. By 6pm on Sunday, 23 runners had been taken to hospital.",
        }
    )
    first, second = (next(c for c in found if figure in c.text) for figure in ("17", "23"))
    assert _stated_order(first, second, as_said=True) == 0


@pytest.mark.parametrize(
    ("text", "event_object"),
    [
        ("The builder won the contract in 2022.", "contract"),
        # The month is the time's, not the object's.
        ("The builder was awarded the contract in September 2021.", "contract"),
        ("The ferry passed its annual safety inspection in March.", "inspect"),
    ],
)
def test_the_object_of_a_dated_event(text: str, event_object: str) -> None:
    from claimcheck.compare import _object_of_event

    claim = next(c for c in claims(**{"a.txt": text})[0] if c.fact is not None)
    assert _object_of_event(claim) == event_object


@pytest.mark.parametrize(
    ("figures", "bands"),
    [
        # A total ten times above figures of two articles is a scope of its own.
        ([("a", 100.0), ("b", 55.0), ("c", 55.0), ("a", 3000.0)], {55.0: 0, 100.0: 0, 3000.0: 1}),
        # Two articles alone never split: "5 dead" against "50 dead" may be a contradiction.
        ([("a", 5.0), ("b", 50.0)], {5.0: 0, 50.0: 0}),
        # Figures that step up by less than ten times stay one band.
        (
            [("a", 18.0), ("b", 135.0), ("c", 800.0), ("d", 1600.0)],
            {18.0: 0, 135.0: 0, 800.0: 0, 1600.0: 0},
        ),
        # A zero is no scale to step up from.
        ([("a", 0.0), ("b", 0.0), ("c", 7.0)], {0.0: 0, 7.0: 0}),
    ],
)
def test_figures_ten_times_apart_are_bands_of_their_own(
    figures: list[tuple[str, float]], bands: dict[float, int]
) -> None:
    from claimcheck.compare import scope_bands

    assert scope_bands(figures) == bands


@pytest.mark.parametrize(("year", "concurrent"), [("2012", True), ("2011", False)])
def test_last_year_is_the_year_before_the_articles(year: str, concurrent: bool) -> None:
    from claimcheck.compare import same_time

    found, _ = claims(
        **{
            "a.txt": "LORTON, March 4, 2013 (Wire) - The fund lost $5 million last year.",
            "b.txt": f"LORTON, March 5, 2013 (Wire) - The fund lost $5 million in {year}.",
        }
    )
    assert same_time(found[0], found[1])[0] is concurrent


def test_an_articles_figures_ten_times_apart_are_not_one_thing_told_twice() -> None:
    """A bonus of 5,000 crowns beside a cost of 120 million crowns in one article are two
    things; each stays comparable with the other article's figure near it."""
    from claimcheck.compare import ambiguous_claims

    claims = article_claims(
        "Strike\n\nThe airline has offered a one-off bonus of 5,000 crowns per pilot, the "
        "union said. Officials warned the strike could cost the economy 120 million crowns.",
        "a.txt",
    ) + article_claims(
        "Strike\n\nThe airline offered a one-off payment of 3,000 crowns per pilot, the "
        "airline said. The strike will cost 150 million crowns, officials said.",
        "b.txt",
    )
    assert not ambiguous_claims(claims, NameResolver(Config())).ambiguous


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # A whole that opens its sentence with "Of": the counts after it are some of it.
        (
            (
                "Of 31 economists polled by the agency last week, 24 had forecast a rise; the "
                "rest expected less."
            ),
            ["24"],
        ),
        ("Of the 40 patients treated, 12 were children.", ["12"]),
        # Two counts side by side break nothing down.
        ("31 economists were polled, and 24 had forecast a rise.", []),
    ],
)
def test_a_whole_opened_with_of_is_broken_down(text: str, parts: list[str]) -> None:
    from itertools import groupby

    from claimcheck.compare import breakdown_parts, primary_quantity

    found = article_claims(text)
    sentences = [list(claims) for _, claims in groupby(found, key=lambda c: c.sentence_span)]
    ids = breakdown_parts(sentences)
    assert [q.surface for c in found if c.id in ids if (q := primary_quantity(c))] == parts


@pytest.mark.parametrize(
    ("left", "right", "agree"),
    [
        ("121 deputies voted in favour on Thursday.", "Sixty-four deputies voted against.", False),
        ("121 deputies voted for the bill.", "Sixty-four deputies voted against the bill.", False),
        ("121 deputies voted in favour on Thursday.", "112 deputies voted in favour.", True),
    ],
)
def test_two_sides_of_one_vote_are_two_measures(
    make_articles: Callable[..., Path], left: str, right: str, agree: bool
) -> None:
    from claimcheck.match import measures_agree

    claims = extract([make_articles(a=f"Vote\n\n{left}\n", b=f"Vote\n\n{right}\n")]).claims
    first, second = (next(c for c in claims if c.source == name) for name in ("a.txt", "b.txt"))
    assert measures_agree(first, second) is agree


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("The maker says it will cut the price to 3.20 crowns a tablet by June.", True),
        ("The council plans to raise the fee to about $40 next year.", True),
        # A level a change brought, and a noun of change, are no plan.
        ("The maker cut the price to 3.20 crowns a tablet in June.", False),
        ("The companies said the cuts will amount to 14 percent of staff.", False),
    ],
)
def test_the_level_a_change_will_bring(
    make_articles: Callable[..., Path], text: str, planned: bool
) -> None:
    from claimcheck.compare import _planned_new_level

    (claim,) = [c for c in extract([make_articles(a=f"Plan\n\n{text}\n")]).claims if c.quantities]
    assert _planned_new_level(claim) is planned


@pytest.mark.parametrize(
    ("text", "brought"),
    [
        ("That brings the total raised to about $497 million, the bank said.", True),
        ("A woman died in hospital, bringing the death toll to 14.", True),
        ("The sale of more shares took the total raised to $497 million.", True),
        ("The listing raised $432 million on Thursday.", False),
        ("The death toll rose to 14 on Friday.", False),
        # Bringing down a line brings no total to a level.
        ("The tower fell, bringing down a line and cutting electricity to 18,400 homes.", False),
    ],
)
def test_the_level_a_change_brought(
    make_articles: Callable[..., Path], text: str, brought: bool
) -> None:
    from claimcheck.compare import _brought_to_a_level

    found = [c for c in extract([make_articles(a=f"Total\n\n{text}\n")]).claims if c.quantities]
    assert any(_brought_to_a_level(claim) for claim in found) is brought


def test_a_total_brought_to_a_new_level_is_a_change_not_a_conflict(
    make_articles: Callable[..., Path],
) -> None:
    from claimcheck.pipeline import scan

    folder = make_articles(
        a="Listing\n\nPORT ALDERY, March 12 - Arventa raised $432 million in its listing on Thursday.\n",
        b=(
            "Listing\n\nPORT ALDERY, March 14 - The bank sold 2.7 million more Arventa shares on"
            " Friday. That brings the total raised to about $497 million, the bank said.\n"
        ),
    )
    findings = scan([folder], Config(jobs=1)).findings
    assert not [f for f in findings if f.kind == "conflict"]
    assert [f.rule for f in findings if f.kind == "changed"]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("The crew painted the 16-yard line again.", True),
        ("Work began on a 5-mile stretch of road.", True),
        # The words of one number or fraction, not a figure joined to its unit.
        ("Barely two-thirds of candidates passed the exam.", False),
        ("He paid forty-six dollars for the ticket.", False),
    ],
)
def test_a_size_that_names_a_thing(text: str, size: bool) -> None:
    from claimcheck.compare import _is_attributive_size

    found, _ = claims(**{"a.txt": text})
    assert _is_attributive_size(next(c for c in found if c.quantities)) is size


@pytest.mark.parametrize(
    ("text", "beneficiary", "raised_for"),
    [
        ("The telethon had raised £1.9 million for the Kellmouth Trust.", "Kellmouth Trust", True),
        ("The Kellmouth Trust raised £1.9 million for the new wing.", "Kellmouth Trust", False),
    ],
)
def test_a_sum_raised_for_a_named_beneficiary(
    text: str, beneficiary: str, raised_for: bool
) -> None:
    from claimcheck.compare import _raised_for

    found, _ = claims(**{"a.txt": text})
    assert _raised_for(next(c for c in found if c.quantities), beneficiary) is raised_for


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Police arrested a 24-year-old man in Lisdale.", ("24", "the man")),
        ("A three-month-old girl from Ashby died on Friday.", ("3 months", "the girl")),
        # An age set off by commas after a definite description; not after a body.
        ("The driver, 54, from Port Callan, was taken to hospital.", ("54", "the driver")),
        ("The council, 54, said nothing.", None),
        (
            "Yes, the firefighter, who is forty-three, is still in hospital.",
            ("43", "the firefighter"),
        ),
        ("The second man, who is fifty-eight, is from Dunmarrow.", None),
        # A thing's age stays the thing's, and a count stays a count.
        ("The 40-year-old bridge carries 30,000 cars a day.", ("40", "bridge")),
        ("Police arrested 24 men in Lisdale.", None),
    ],
)
def test_the_age_of_a_described_person(sentence: str, age: tuple[str, str] | None) -> None:
    claim = link_described_people(article_claims(sentence), NameResolver(Config()))[0]
    fact = claim.fact
    told = (fact.value, fact.of) if fact is not None and fact.attribute == "age" else None
    assert told == age


def test_an_age_told_of_a_description_is_the_named_persons_of_that_age() -> None:
    """ "a 67-year-old man was pronounced dead" in a story that names "Kenneth Ashworth,
    67": the age is the claim, and it is Ashworth's, no count of men."""
    claims = article_claims(
        "Kenneth Ashworth, 67, died at the scene. Police said a 67-year-old man was "
        "pronounced dead."
    )
    ages = [
        (c.fact.of, c.fact.value)
        for c in link_described_people(claims, NameResolver(Config()))
        if c.fact is not None and c.fact.attribute == "age"
    ]
    assert ages == [("kenneth ashworth", "67"), ("kenneth ashworth", "67")]


@pytest.mark.parametrize(
    ("left", "right", "one"),
    [
        # A story's one driver, however each writer describes them.
        (
            "The driver, 52, from Coldby, was taken to hospital.",
            "The 38-year-old driver lives in Penholt.",
            True,
        ),
        (
            "The driver, a 47-year-old man from Coldby, is in hospital.",
            "The driver, 54, was among the injured.",
            True,
        ),
        ("The coach driver, 54, was hurt.", "The 61-year-old coach driver was hurt.", True),
        # Whose the role is: a vehicle's, by "its" or a possessive.
        ("Its driver, a 47-year-old man, was hurt.", "The driver, 41, was hurt.", True),
        ("The lorry's driver, 47, was hurt.", "The lorry's 52-year-old driver was hurt.", True),
        ("The lorry's driver, 47, was hurt.", "The bus's 52-year-old driver was hurt.", False),
        # Two kinds of driver, an indefinite one, or one of several are not told as one.
        ("The lorry driver, 52, was hurt.", "The 38-year-old bus driver was hurt.", False),
        ("A 41-year-old driver was hurt.", "The driver, 54, was among the injured.", False),
        (
            "The driver, 52, was hurt, and a second driver was unhurt.",
            "The 38-year-old driver was hurt.",
            False,
        ),
        # A role that many fill in a story says nothing alone.
        ("The man, 52, was hurt.", "The 38-year-old man lives in Penholt.", False),
    ],
)
def test_two_ages_of_a_sole_role_are_of_one_person(left: str, right: str, one: bool) -> None:
    from claimcheck.match import described_alike

    names = NameResolver(Config())
    (first,) = [c for c in link_described_people(article_claims(left), names) if c.fact]
    (second,) = [c for c in link_described_people(article_claims(right), names) if c.fact]
    assert described_alike(first, second) is one


@pytest.mark.parametrize(
    ("sibling", "apart"),
    [
        # Another thing, another period or an average over many puts no doubt on the
        # story's own figure.
        ("The company's other vessel, the Orrin Belle, with 240 passengers, turned back.", True),
        ("Last year the ferry was carrying 240 people on the same crossing.", True),
        ("Ferries on this route carry on average 240 people.", True),
        # What was foretold is no second account of what came.
        ("The operator had forecast 240 people on the crossing.", True),
        # "Another 40 people" counts more of the same; a plain figure may be the same thing.
        ("Another 40 people were rescued by a fishing boat.", False),
        ("The ferry was carrying 240 people, the operator said.", False),
    ],
)
def test_a_sibling_of_another_thing_sets_the_claim_apart(sibling: str, apart: bool) -> None:
    from claimcheck.compare import set_apart_from

    (claim,) = article_claims("The Solenne Star was carrying 146 people.")
    (other,) = article_claims(sibling)
    assert set_apart_from(claim, other) is apart
    assert not set_apart_from(other, claim)
