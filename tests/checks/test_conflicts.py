"""CC1: an article that gives two values of one thing, at one time."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import article_claims, pair_findings, scanned_findings, write_articles

from claimcheck.config import Config, load_config
from claimcheck.models import Finding, Source
from claimcheck.pipeline import scan

AGREEING = {
    "b": "School in Norden shelled\n\nThree shells landed at the Norden school on Tuesday, "
    "aid official Mara Lind said.\n",
    "c": "Norden school hit\n\nAid official Mara Lind said three shells landed at the school "
    "in Norden on Tuesday.\n",
}


@pytest.mark.parametrize(
    ("article", "conflict"),
    [
        # Each value credited to a source of its own: the article reports a disagreement,
        # and its "two" is held against the others' "three".
        (
            (
                "Two tank shells struck the school in Norden on Tuesday, according to agency "
                "reports. Aid official Mara Lind said three artillery shells landed at the school."
            ),
            True,
        ),
        # Both values credited to one source (named twice, in two ways): the article's
        # figures count different things, and neither is held against another article.
        (
            (
                "Aid official Mara Lind said two tank shells struck the school in Norden on "
                "Tuesday. Mara Lind said three artillery shells landed at the school."
            ),
            False,
        ),
    ],
)
def test_an_article_that_credits_two_values_apart_reports_a_disagreement(
    tmp_path: Path, article: str, conflict: bool
) -> None:
    conflicts = scanned_findings(
        tmp_path, "conflict", a=f"Shells hit a school in Norden\n\n{article}\n", **AGREEING
    )
    assert bool(conflicts) is conflict
    if conflict:
        assert {item.source for item in conflicts[0].evidence} == {"a.txt", "b.txt", "c.txt"}


@pytest.mark.parametrize(
    ("injured", "conflict"),
    [
        # Both give 30 dead and 55 injured: one tally, so 5 and 15 critically disagree.
        ("55", True),
        # The injured differ too: the tallies may be of two moments.
        ("60", False),
    ],
)
def test_undated_reports_of_one_tally_disagree_on_its_other_figures(
    tmp_path: Path, injured: str, conflict: bool
) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a="Shelling in Norden\n\n30 people were killed and 55 others injured, five of them "
        "critically, aid official Mara Lind said.\n",
        b=f"Norden shelled\n\nThe agency said 30 people were killed and {injured} wounded, "
        "15 critically.\n",
    )
    critical = [f for f in conflicts if "15 critically" in f.message]
    assert bool(critical) is conflict


def test_an_article_that_dates_one_kind_of_event_twice_tells_of_two_events(
    tmp_path: Path,
) -> None:
    story = (
        "Inmate escapes\n\nRay Talbot returned to prison in May 1984 on a new charge. "
        "After years on parole, Talbot returned to prison in June 1999 to serve a life term.\n"
    )
    write_articles(tmp_path, a=story, b=story.replace("Inmate escapes", "Escape in Lorton"))
    assert not [f for f in scan([tmp_path]).findings if f.kind == "conflict"]


def test_a_sum_of_several_things_takes_no_side(tmp_path: Path) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a="Hub grows\n\nThe Norden Hub now hosts over 100 startups, officials said.\n",
        b="Hub visit\n\nThe Norden Lab and the Norden Hub, which collectively house over 100 "
        "startups, were visited on Monday.\n",
        c="Hub boom\n\nThe Norden Hub now hosts more than 200 startups.\n",
    )
    assert conflicts and all(
        item.source != "b.txt" for finding in conflicts for item in finding.evidence
    )


def test_one_tally_does_not_tie_totals_that_move_on_their_own(tmp_path: Path) -> None:
    write_articles(
        tmp_path,
        a="Riot in Norden\n\n30 people were killed, 55 were injured and 12 were arrested, "
        "police said.\n",
        b="Norden riot\n\nPolice said 30 people were killed, 55 were injured and 40 were "
        "arrested.\n",
    )
    assert not [f for f in scan([tmp_path]).findings if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("values", "fuller"),
    [
        # One value said twice, once in more words: one value, not two.
        (["Leeds", "Leeds General Infirmary"], {"Leeds": "Leeds General Infirmary"}),
        (["2011", "2011-10-21"], {"2011": "2011-10-21"}),
        # Two values: both stay.
        (["Leeds", "York"], {}),
    ],
)
def test_a_fact_written_inside_a_fuller_one_is_the_same_value(
    values: list[str], fuller: dict[str, str]
) -> None:
    from claimcheck.checks.conflicts import _fuller_values

    found = _fuller_values(values)
    assert {value: full for value, full in found.items() if value != full} == fuller


@pytest.mark.parametrize(
    ("total", "conflict"),
    [
        # A campaign's total far above every other article's figure is of another scope:
        # the strike's own figure is still held against the other article's.
        ("Around 3,000 people have been wounded so far in the fighting.", True),
        # A second figure near the other's: the article's figures count different things.
        ("Around 60 people were wounded in the fighting.", False),
    ],
)
def test_a_total_of_wider_scope_leaves_the_events_own_figure_to_compare(
    tmp_path: Path, total: str, conflict: bool
) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a="Norden school shelled\n\nOn Tuesday (6 January) shells struck the Norden school, "
        "killing 30 people. The strike on the school also wounded around 100 people, aid "
        f"official Mara Lind said. {total}\n",
        b="School hit in Norden\n\nOn Tuesday 30 people were killed and 55 wounded when "
        "shells struck the Norden school, the agency said.\n",
    )
    wounded = [f for f in conflicts if "around 100" in f.message and "55" in f.message]
    assert bool(wounded) is conflict


def test_a_figure_far_above_those_of_two_other_articles_takes_no_side(tmp_path: Path) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a="Norden school\n\nAbout 1,000 people were sheltering in the Norden school.\n",
        b="Shelter hit\n\nShells landed at the Norden school where 350 people were taking "
        "shelter.\n",
        c="Norden aid\n\nThe agency said some 14,000 people displaced from their homes "
        "were in emergency shelters.\n",
    )
    assert conflicts
    assert all(item.source != "c.txt" for finding in conflicts for item in finding.evidence)


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        # Spans of two careers, each scoped to its own name.
        ("Coach Ann Lind played and coached for 10 seasons in West Sinland.", False),
        # One scope, two figures.
        ("Coach Ann Lind has spent 17 seasons with the Rovers.", True),
    ],
)
def test_figures_scoped_to_different_names_count_different_things(
    tmp_path: Path, other: str, conflict: bool
) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a="Rovers fire coach\n\nCoach Ann Lind has spent 19 seasons with the Rovers.\n",
        b=f"Rovers coach out\n\n{other}\n",
    )
    assert bool(conflicts) is conflict


CLIMB = "Climber dies on Mount Sefra\n\nOn Saturday, {age}-year-old Englishman Rob Varley fell while climbing{date}.\n"


@pytest.mark.parametrize(
    ("ages", "dates", "kind"),
    [
        # One person's age told two ways by articles of one time: a contradiction.
        (("32", "31"), ("", ""), "conflict"),
        (("32", "32"), ("", ""), "corroborated"),
        # Reports eight months apart: a birthday may lie between them.
        (("32", "33"), (" (January 10, 2013)", " (September 12, 2013)"), "changed"),
    ],
)
def test_ages_of_one_person(
    tmp_path: Path, ages: tuple[str, str], dates: tuple[str, str], kind: str
) -> None:
    texts = {
        name: CLIMB.format(age=age, date=date)
        for name, age, date in zip(("a", "b"), ages, dates, strict=True)
    }
    write_articles(tmp_path, **texts)
    kinds = {f.kind for f in scan([tmp_path]).findings if "age" in f.message}
    assert kinds == {kind}


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        # A surname's age is the full name's the article gave it, and meets a description's.
        (
            "Many had lost their savings to Dorian Kessler. The 61-year-old financier wept.",
            "conflict",
        ),
        ("Savers lost money to Dorian Kessler. Kessler, 54, was jailed on Monday.", "corroborated"),
        # A sister named in full is not the surname of the other article.
        ("Kessler was jailed on Monday. His sister Ana Kessler, 61, wept.", None),
    ],
)
def test_ages_told_of_a_surname_or_a_description(
    tmp_path: Path, second: str, kind: str | None
) -> None:
    write_articles(
        tmp_path,
        a="Financier jailed\n\nA judge on Monday sentenced Dorian Kessler to 14 years. "
        "Kessler, 54, was convicted in August.\n",
        b=f"Kessler jailed\n\n{second}\n",
    )
    kinds = {f.kind for f in scan([tmp_path]).findings if "age" in f.message}
    assert kinds == ({kind} if kind else set())


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        pytest.param(
            "The Bluejays defeated Drake 65-53 on Friday in the quarterfinals.",
            "Creighton beat Drake 65-53 on Friday night to reach the semifinals.",
            False,
            id="one final score",
        ),
        pytest.param(
            "Rovers won on Saturday in front of a crowd of 28,412 at Bellgate Road.",
            "Rovers won on Saturday, watched by 3,100 travelling Pellham fans.",
            False,
            id="a narrower group of fans within the crowd",
        ),
        pytest.param(
            "Rovers won on Saturday in front of a crowd of 8,412 at Bellgate Road.",
            "Rovers won on Saturday, and 9,730 spectators packed into Bellgate Road.",
            True,
            id="a crowd and the spectators of one day",
        ),
        pytest.param(
            "The Bluejays defeated Drake 65-53 on Friday in the quarterfinals.",
            "Creighton beat Drake 65-55 on Friday night to reach the semifinals.",
            True,
            id="two final scores of one game",
        ),
        pytest.param(
            "Norden was calm on Sunday after a week of riots sparked by the police killing of a "
            "teenager.",
            "Anger in Norden was sparked by the fatal shooting of a boy by a policeman, and the "
            "city was calm on Sunday.",
            False,
            id="causes of two things, worded two ways",
        ),
        pytest.param(
            "Rovers general manager A.J. Smith said the team was aware of the issue.",
            "Rovers general manager A.J. Butler said in a statement the team was aware.",
            True,
            id="two holders of one post",
        ),
        pytest.param(
            "Rovers general manager A.J. Smith said the team was aware of the issue.",
            "Rovers general manager AJ Smith said in a statement the team was aware.",
            False,
            id="one holder written two ways",
        ),
        pytest.param(
            "Rovers general manager A.J. Smith said the team was aware of the issue.",
            "Hawks general manager Dan Butler said in a statement his team was aware.",
            False,
            id="the posts of two organisations",
        ),
        pytest.param(
            "Orlen voters in 2010 approved a $3 million bond to buy the old dairy.",
            "Voters in 2009 approved a $3 million bond to buy the dairy, the mayor said.",
            True,
            id="two years for one event, the year before the verb",
        ),
        pytest.param(
            "Orlen voters in 2010 approved a $3 million bond to buy the old dairy.",
            "The council in 2009 approved a $3 million budget for the dairy, the mayor said.",
            False,
            id="years of two events of one verb",
        ),
        pytest.param(
            "Tom Orlen, 27, is in the final year of a contract worth $84 million.",
            "Tickets for Game 5 are selling for between $150 and $400, according to a resale site.",
            False,
            id="prices of two things, one named by no word of the other",
        ),
        pytest.param(
            "A magnitude 6.1 earthquake struck the Orlen Valley early on Tuesday.",
            "The 6.4-magnitude tremor that shook the Orlen Valley before dawn on Tuesday left "
            "dozens dead.",
            True,
            id="one quake's magnitude, worded two ways",
        ),
        pytest.param(
            'Plant manager Ann Vale, 61, said she was "devastated" by the loss.',
            "The plant manager, Ann Vale, 58, said the company was cooperating.",
            True,
            id="one speaker's age given two ways, the speaker credited by name",
        ),
        pytest.param(
            "The Norden steel plant employs 3,500 people in total.",
            "Between 2,000 and 3,000 workers are out, according to the union.",
            False,
            id="a workforce and the strikers among it",
        ),
        pytest.param(
            "About 2,400 workers at the Norden steel plant went on strike on Tuesday.",
            "Nearly 3,100 workers have joined the strike at the Norden plant, the union said on "
            "Tuesday.",
            True,
            id="two counts of one day's strikers",
        ),
        pytest.param(
            "Former mayor Tom Orlen was sentenced on Tuesday to eight years in prison.",
            "Judge Ann Vale on Tuesday sentenced former mayor Tom Orlen to 10 years in prison.",
            True,
            id="two prison sentences of one day",
        ),
        pytest.param(
            "The jury in Varna deliberated Tom Orlen's fate for 40 hours over four days.",
            "The Varna jury could not reach a verdict on Orlen after 30 hours of deliberation.",
            True,
            id="one activity's length, as a verb and as a noun",
        ),
        pytest.param(
            "The jury in Varna deliberated Tom Orlen's fate for 40 hours over four days.",
            "The Varna jury could not reach a verdict on Orlen after 30 hours of searching.",
            False,
            id="lengths of two activities",
        ),
        pytest.param(
            "The standoff at Brenmoor jail lasted seven hours, the warden said.",
            "Order returned to Brenmoor jail after a standoff that lasted 11 hours.",
            True,
            id="one standoff's length, each told with lasted",
        ),
        pytest.param(
            "The standoff at Brenmoor jail lasted seven hours, the warden said.",
            "Order returned to Brenmoor jail after a hunger strike that lasted 11 hours.",
            False,
            id="lengths of two things that lasted",
        ),
        pytest.param(
            "The standoff at Brenmoor jail lasted seven hours, the warden said.",
            "A standoff at Brenmoor jail in 2019 lasted 11 hours.",
            False,
            id="the length of another year's standoff",
        ),
        pytest.param(
            "Outside, about 3,000 fans watched the bout on big screens in Dunmore Square.",
            "Arena officials said a crowd of 17,842 attended the bout.",
            False,
            id="a crowd outside on screens and the crowd that attended",
        ),
        pytest.param(
            "Arena officials said about 13,000 fans watched the bout.",
            "Arena officials said a crowd of 17,842 attended the bout.",
            True,
            id="two counts of the crowd that attended",
        ),
        pytest.param(
            "One of them, the Harlow Star, was carrying seven people when it came down.",
            "Nine people were aboard the Harlow Star when it came down, the pilot's firm said.",
            True,
            id="'one of them' opening a clause whose own figure counts the people aboard",
        ),
        pytest.param(
            "Dan Reed has 1,100 total yards this season, the team said.",
            "Dan Reed has 900 rushing yards this season, the team said.",
            False,
            id="a total said before the noun and a narrower count within it",
        ),
        pytest.param(
            "The district council said 11 schools were closed on Monday because of the smoke.",
            "The district council said the four schools still shut were those closest to the "
            "plant.",
            False,
            id="closures told later as those still shut",
        ),
        pytest.param(
            "PASSENGER ANNA VOSS (CLIP): I've got two kids and a dog in the car park.",
            "Some poor family with three kids and a buggy is always asked how they feel.",
            False,
            id="a speaker's own children in a transcript turn",
        ),
        pytest.param(
            "Our main story tonight: a coach carrying fourteen passengers has overturned near "
            "Orrin.",
            "A coach carrying 11 passengers and a driver overturned near Orrin on Friday.",
            True,
            id="an outlet's lead-in before the story is no first person",
        ),
        # Shots by different shooters add up; a total is a whole they may be parts of.
        pytest.param(
            "Officers fired 6 shots at the car, according to the department.",
            "Lind fired 5 shots at officers, according to the charging documents.",
            False,
            id="shots of police and of a named suspect",
        ),
        pytest.param(
            "Officers fired 6 shots at the car, according to the department.",
            "Investigators counted 11 shots fired in all, the police said.",
            False,
            id="a doer's shots against a total",
        ),
        pytest.param(
            "Lind fired 5 shots at officers, according to the charging documents.",
            "Investigators counted 11 shots fired in all, the police said.",
            False,
            id="a named doer's shots against a total",
        ),
        # One shooter, or shooters described two ways, or none named on either side.
        pytest.param(
            "Police fired 6 shots at the car, according to the department.",
            "The police fired 9 shots at the car, the mayor said.",
            True,
            id="one described doer written two ways",
        ),
        pytest.param(
            "Officers fired 6 shots at the car, according to the department.",
            "The sergeant and a detective fired 9 shots, the mayor said.",
            True,
            id="two descriptions of the doers",
        ),
        pytest.param(
            "Six shots were fired at the car, according to the department.",
            "Witnesses said nine shots were fired at the car.",
            True,
            id="no doer named on either side",
        ),
        # Tuesday and Saturday of undated reports may be three days apart or four: no
        # order, so a higher toll on one is no fall from the other.
        pytest.param(
            "County officials counted 87 houses destroyed as of Tuesday evening.",
            "County fire officials said 212 homes had been destroyed as of Saturday.",
            False,
            id="weekdays three or four days apart are not ordered",
        ),
        # One stated moment is one figure, whichever day each report was written.
        pytest.param(
            (
                "MARLOW, Tuesday - Two people have died in the fire as of Tuesday evening, the "
                "coroner's office said."
            ),
            (
                "MARLOW, Wednesday - Three people had died by Tuesday evening, according to the "
                "coroner."
            ),
            True,
            id="one stated moment of two reports",
        ),
        # Another named place, another year: another event.
        pytest.param(
            "In 2009 a methane explosion at the nearby Corrin colliery killed 23 miners.",
            "The collapse at the Harrowdeep colliery killed two miners, the inspectorate said.",
            False,
            id="another named place in another year",
        ),
        # Sums of one person with nothing else in common are different sums.
        pytest.param(
            "Vance transferred $900,000 to an account in the Marellan Islands in 2021.",
            "Vance took more than $3 million from 74 victims, prosecutors said.",
            False,
            id="sums of one person with nothing else in common",
        ),
        pytest.param(
            "Vance took $900,000 from his clients, the court heard.",
            "Vance took more than $3 million from his clients, prosecutors said.",
            True,
            id="sums of one person of one thing",
        ),
        # A part of a sum is no position on the whole...
        pytest.param(
            "The council voted on Tuesday to approve a $1.2 billion stadium, officials said.",
            "The stadium's retractable roof alone will cost $140 million, officials said.",
            False,
            id="a part of a sum said with alone",
        ),
        pytest.param(
            (
                "Vale Systems is backed with $60 million in funding, the company said. Most "
                "recently, it raised $20 million."
            ),
            "Vale Systems raised $35m in two rounds of funding, the company said.",
            True,
            id="the latest round beside the total funding",
        ),
        # ...unless it is larger than the whole.
        pytest.param(
            "Property damage is an estimated $2 million, officials said.",
            (
                "The cost of damage to shops in Athens alone was estimated at about 200 million "
                "euros, officials said."
            ),
            True,
            id="a part of a sum larger than the whole",
        ),
        # A price per unit and a total are sums of other scales...
        pytest.param(
            (
                "Quillon Systems agreed on Monday to pay $2.4 billion for Brightmesh Labs, the "
                "companies said."
            ),
            (
                "Brightmesh shares closed at $46.10 on Monday, slightly below the offer price of "
                "$46.50, traders said."
            ),
            False,
            id="a price per share against a deal",
        ),
        # ...but a scale slipped by a thousand is still a disagreement.
        pytest.param(
            (
                "Quillon Systems agreed on Monday to pay $2.4 billion for Brightmesh Labs, the "
                "companies said."
            ),
            (
                "Quillon Systems agreed on Monday to pay $2.4 million for Brightmesh Labs, the "
                "companies said."
            ),
            True,
            id="a scale slipped by a thousand",
        ),
        # A sum of a stated year, matched by its attribute alone, is another thing's.
        pytest.param(
            "The council voted on Tuesday to approve a $1.2 billion stadium, officials said.",
            "The Mariners play at Harbour Park, which opened in 1988 at a cost of $85 million.",
            False,
            id="a sum of a stated year of another thing",
        ),
        # A part of a place's count ("in Port Veskett itself") is no side against the whole.
        pytest.param(
            (
                "VESKETT, Aug. 20 (Wire) - Six beaches were closed on Wednesday, the health "
                "authority said."
            ),
            (
                "VESKETT, Aug. 20 (Wire) - Three beaches in Port Veskett itself are shut, the "
                "parks department said on Wednesday."
            ),
            False,
            id="a part of a place's count said with itself",
        ),
        # An estimate that has climbed to a new level is a change, not a disagreement.
        pytest.param(
            (
                "KORVATH, Aug. 20 (Wire) - Brennholt Marine estimated the cleanup cost at $45 "
                "million, its chief executive said."
            ),
            (
                "KORVATH, Aug. 24 (Wire) - Brennholt Marine said on Sunday that the cleanup cost "
                "had climbed to $110 million."
            ),
            False,
            id="an estimate that climbed to a new level",
        ),
        pytest.param(
            "Halvard Mills employs 4,300 people, the company said.",
            "Halvard Mills employs 3,900 people, the union said.",
            True,
            id="one company's workforce told two ways",
        ),
        # Jobs a plan creates are no workforce either.
        pytest.param(
            "Halvard Mills employs 4,300 people, the company said.",
            "Halvard Mills will create 300 jobs at a new plant, the company said.",
            False,
            id="a workforce against jobs a plan creates",
        ),
        # Scores of two days are two games.
        pytest.param(
            (
                "TAMSFORD, May 10 (Wire) - The Kestrels beat the Ironclads 112-104 on Saturday, "
                "the league said."
            ),
            (
                "TAMSFORD, May 13 (Wire) - The Kestrels beat the Ironclads 99-94 on Tuesday, the "
                "league said."
            ),
            False,
            id="scores of two days are two games",
        ),
        pytest.param(
            "DARROW, Nov. 12 (Wire) - The outbreak at the Aldric hospital has killed three people, "
            "hospital officials said on Tuesday.",
            "Four people have died in an outbreak of Ostrander fever at the Aldric hospital, the "
            "hospital confirmed on Tuesday.",
            True,
            id="an outbreak a toll comes from is no setting",
        ),
        pytest.param(
            "MARLBRIDGE, May 9 (Wire) - Twelve officers were injured, three of whom were taken "
            "to hospital, police said on Saturday.",
            "MARLBRIDGE, May 9 (Wire) - Nineteen officers were injured during Saturday's "
            "clashes, a police spokesman said.",
            True,
            id="clashes a toll comes from are no setting",
        ),
        pytest.param(
            "PELLGATE, April 4 (Wire) - Of the 14 miners trapped, five were rescued alive on "
            "Wednesday, the company said.",
            "LENMOOR, April 8 (Herald) - Seven survivors had been rescued by Tuesday, the "
            "inspectorate said on Tuesday.",
            False,
            id="weekdays of reports days apart follow their dates",
        ),
        # A bound on what a span of days counts is no reading of its own.
        pytest.param(
            "VELMORA, July 14 (Wire) - Temperatures at Velmora's Ostrand airport reached 41.2C "
            "on Monday, the weather office said. Monday was the ninth day above 35C.",
            "VELMORA, July 14 (Wire) - The mercury climbed to 39.8C at the Ostrand airport on "
            "Monday, the weather office said. It was the ninth straight day above 35C.",
            True,
            id="two readings of one day beside a threshold",
        ),
        pytest.param(
            "PORT ARDELL, June 11 (Wire) - At least nine people drowned and 37 were missing "
            "after the boat capsized on Tuesday, the coast guard said.",
            "PORT ARDELL, June 13 (Wire) - Rescuers have recovered 23 bodies, and 23 people "
            "remain missing, the coast guard said on Thursday.",
            False,
            id="people missing may be found days later",
        ),
        pytest.param(
            "The car carried Ann Vale and two passengers. Two passengers in the car were not "
            "hurt, according to the sheriff's office.",
            "No one was injured and no other vehicle was involved, the sheriff's office said.",
            False,
            id="a count a verb denies",
        ),
        pytest.param(
            "HARWICK, March 3 (Wire) - Six people were killed and 14 were injured when fire "
            "tore through the building on Monday, fire officials said.",
            "HARWICK, March 5 (Wire) - A heater started the fire that killed six people at the "
            "building on Monday, investigators said on Wednesday, as the number of injured "
            "rose to 21.",
            False,
            id="a total said to have risen since the event's day",
        ),
        pytest.param(
            "BRENNOCK, March 7 (Wire) - Tom Orlen, who was sentenced on Monday to 28 years in "
            "prison for the murder, filed a notice of appeal, court records show.",
            "BRENNOCK, March 4 (Wire) - A judge on Monday sentenced Tom Orlen, 34, to 28 years "
            "in prison. A second man, Piet Brisk, 31, pleaded guilty last year to hindering "
            "prosecution. He was sentenced in November to six years in prison, records show.",
            False,
            id="prison terms of two people",
        ),
        pytest.param(
            "Orvane shows off a new phone\n\nTuesday, September 9, 2025\n\nWhen Orvane "
            "launched the very first Lumen in 2016, it cost $649 and sold 3 million units in "
            "its first year, according to figures the company released at the time.",
            "Orvane launch\n\nLast year's Lumen 6 sold 41 million units, according to Orvane, "
            "and the company expects the new model to do better.",
            False,
            id="last year of an undated article against an old year",
        ),
        pytest.param(
            "Orvane event\n\nThe Strata 14 laptop starts at $1,499 and has a 14.2-inch display.",
            "Orvane follow-up\n\nThe Lumen 7, priced at $899, and the Strata 14 laptop go on "
            "sale on September 26, the company said.",
            False,
            id="prices of two products",
        ),
        pytest.param(
            "The painting sold for $48.2 million with fees on Tuesday, the auction house said.",
            "The hammer price was $41.5 million on Tuesday, the auction house said.",
            False,
            id="a hammer price before fees against the price with them",
        ),
        pytest.param(
            "DUNMARROW, March 3 (Wire) - Rescuers worked on Tuesday to reach miners trapped at "
            "a depth of 420 metres, the company said.",
            "DUNMARROW, March 3 (Courier) - The roof gave way shortly after 9 p.m. on Monday at "
            "a depth of 280 metres, the company said.",
            True,
            id="the depth an event happened at stays put",
        ),
        pytest.param(
            "The evening sale brought in $212 million in total, the auction house said on Tuesday.",
            "Works from the Olsberg collection made up $96 million of the evening's sales on "
            "Tuesday.",
            False,
            id="some of a sum named after it",
        ),
        pytest.param(
            "The ferry, operated by Orrin Bay Ferries, was carrying 212 passengers when the fire "
            "started at around 2:15 p.m., the coastguard said.",
            "TRELOAR: Harbour staff say the fire started just before half past four in the "
            "afternoon, in the engine room.",
            True,
            id="a story's one fire, whatever one sentence names beside its time",
        ),
        pytest.param(
            "Fire ripped through the arena's roof on Saturday night as about 38,000 fans "
            "watched a concert, police said.",
            "The 6,500 fans standing on the pitch on Saturday night were led out first, the "
            "superintendent said.",
            False,
            id="those standing on one part of a place",
        ),
        pytest.param(
            "KESTRELBY, Feb 11 (Press) - The roof caved in at about 4:40 a.m. on Tuesday, "
            "killing one worker, fire officials said.",
            "KESTRELBY, Feb 13 (Press) - A second worker died on Wednesday night, the hospital "
            "said. Supervisor Tomas Ferrik was killed at the scene on Tuesday, bringing the "
            "death toll to two.",
            False,
            id="a toll brought to its figure after the day of a death",
        ),
        pytest.param(
            "One of the walkers raised the alarm at about 5:40 p.m. on Saturday, police said.",
            "The emergency call came in just after 3 p.m. on Saturday, police confirmed.",
            True,
            id="the first alarm about a story's event, worded two ways",
        ),
        pytest.param(
            "The dam gave way at about 11 p.m. on Tuesday, the water authority said.",
            "The dam burst shortly before 2 a.m. on Wednesday, the water authority said.",
            True,
            id="a story's one collapse at two moments of two days",
        ),
        pytest.param(
            "The dam gave way shortly before midnight on Tuesday, the water authority said.",
            "The dam burst at 12:05 a.m. on Wednesday, the water authority said.",
            False,
            id="midnight on Tuesday may end Tuesday",
        ),
        pytest.param(
            "The crane toppled at about 2:40 p.m. and fell across the street, police said.",
            "RADIO: The crane came down at around 4:15 this afternoon, the fire service says.",
            True,
            id="a collapse worded two ways",
        ),
        pytest.param(
            "Three children were taken to hospital on Saturday after a dog attacked them, "
            "police said.",
            "Two children remained in hospital on Sunday after being mauled by a dog, the "
            "hospital said.",
            False,
            id="children in hospital on two days",
        ),
        pytest.param(
            "Five people were taken to hospital with injuries, according to a spokeswoman.",
            "Three volunteers were injured on Thursday during the cleanup, the fire department "
            "said. All three were treated and released.",
            False,
            id="all three of a group named before",
        ),
        pytest.param(
            "Nine people were hospitalised on Monday, according to the infirmary.",
            "Fourteen guests were taken to hospital, the health department said on Monday.",
            True,
            id="taken to hospital are the hospitalised",
        ),
        pytest.param(
            "About 1,400 nurses at the hospital walked off the job at 7 a.m. on Monday.",
            "REPORTER: Andre, the strike began at 6 a.m. on Monday, and the picket line grew.",
            True,
            id="two clock times of one event on one stated day",
        ),
        pytest.param(
            "A landslide struck on Saturday and buried at least 43 houses in the mountain "
            "village of Ammerlow, rescue officials said.",
            "Twenty-eight homes were buried when the hillside above Ammerlow gave way, the "
            "rescue service said on Saturday.",
            True,
            id="a toll in a place the other names too",
        ),
        pytest.param(
            "The tornado destroyed 40 homes on Sunday, injuring 23, the sheriff said.",
            "The storm struck a Little League game on Sunday. No one at the park was hurt.",
            False,
            id="nobody at one place against everyone's toll",
        ),
        pytest.param(
            "Nine aid workers were travelling in the four-vehicle convoy, police said on Monday.",
            "Seven local employees who were travelling with Marwood were released unharmed on "
            "Monday, a spokeswoman said.",
            False,
            id="workers in an event are no workforce",
        ),
        pytest.param(
            "I am a mother of three who has spent a decade writing about baby food.",
            "Hollis Vance, a mother of two from Ashby, said she fed the formula to her son.",
            False,
            id="the writer's own family against a named person's",
        ),
        pytest.param(
            "Menck's agent will pocket a £4 million commission from the deal.",
            "Ashworth Rovers signed Dario Menck from FC Lindhaven in a £42m deal.",
            False,
            id="an agent's commission is no price",
        ),
        pytest.param(
            "Rovers had an opening bid of 35 million pounds rejected in June, officials said.",
            "Ashworth Rovers signed Dario Menck from FC Lindhaven in a £42m deal.",
            False,
            id="an opening bid is no final price",
        ),
        pytest.param(
            "Ashworth Rovers have signed striker Dario Menck from FC Lindhaven for a "
            "club-record fee of 48 million pounds.",
            "Ashworth Rovers have smashed their transfer record to sign Dario Menck from FC "
            "Lindhaven in a £42m deal.",
            True,
            id="a transfer fee against the deal's price",
        ),
        pytest.param(
            "Velmora employs 2,100 people in Harwick, according to the company.",
            "Velmora makes frozen meals and employs about 6,400 people worldwide, it said.",
            False,
            id="one site's staff within the whole staff",
        ),
        pytest.param(
            "Velmora employs 9,100 people in Harwick, according to the company.",
            "Velmora makes frozen meals and employs about 6,400 people worldwide, it said.",
            True,
            id="one site's staff larger than the whole",
        ),
        pytest.param(
            "The Harwick plant on Canal Street alone employs 800 workers, a spokeswoman said.",
            "Here at the Dunmore plant, where 350 workers make frozen meals, the mood was tense.",
            False,
            id="one plant alone against another plant",
        ),
        pytest.param(
            "Castellan Holdings offered $42 a share in cash for Velmora Foods on Tuesday.",
            "Castellan Holdings is offering forty-six dollars per share for Velmora Foods.",
            True,
            id="a price per share in words (its hyphen joins no unit)",
        ),
        pytest.param(
            "Three people died. One of them was Ellis Varga, 71, a retired ferry operator, his "
            "neighbour said.",
            "Among the dead is 78-year-old Ellis Varga, a well-known figure on the waterfront.",
            True,
            id="an age after 'one of them' is no part of a count",
        ),
        pytest.param(
            "Appeal\n\nSunday, March 2, 2025\n\nA fundraising page set up by parents had raised "
            "8,400 pounds by Sunday evening.",
            "Appeal update\n\nWednesday, March 5, 2025\n\nA fundraising page set up by parents "
            "has now raised more than 30,000 pounds, organisers said.",
            False,
            id="a sum raised so far grows",
        ),
        pytest.param(
            "Roof collapse\n\nA steward was killed and 23 people were injured when the roof "
            "collapsed on Sunday, police said.",
            "Roof update\n\nTwo people were injured on Tuesday while removing the damaged roof, "
            "the fire service said.",
            False,
            id="a later day's own injuries",
        ),
        pytest.param(
            "Blast\n\nTwelve children were killed in the blast on Sunday, police said.",
            "Blast toll\n\nForty people were killed in the blast on Sunday, police said.",
            False,
            id="children among the people killed",
        ),
        pytest.param(
            "Blast\n\nFifty children were killed in the blast on Sunday, police said.",
            "Blast toll\n\nForty people were killed in the blast on Sunday, police said.",
            True,
            id="more children than people killed",
        ),
        pytest.param(
            "Quake report\n\nThe quake struck on Wednesday at a depth of 10 km, the observatory "
            "said.",
            "Quake update\n\nThe observatory put the depth of Wednesday's quake at 33 "
            "kilometres, which seismologists said spread the shaking.",
            True,
            id="depths of one quake (a relative clause after the figure is no part)",
        ),
        pytest.param(
            "Border report\n\nThe camp, located 10 miles south of the border, was hit.",
            "Border update\n\nThe camp, less than 25 km (15 miles) from the border, was hit.",
            False,
            id="a distance from a place against a bound on it",
        ),
        pytest.param(
            "Quake report\n\nDozens of powerful tremors have hit the region since Sunday.",
            "Quake update\n\nHundreds of tremors have hit the region since Sunday.",
            False,
            id="powerful tremors are some of the tremors",
        ),
        pytest.param(
            "A magnitude 6.4 earthquake struck on Wednesday, killing at least 38 people and "
            "injuring about 150, officials said.",
            "At Dulmen General Hospital, director Mira Katz said her staff had treated 97 "
            "injured people by noon on Wednesday.",
            False,
            id="one hospital's count of the injured",
        ),
        pytest.param(
            "The unofficial final numbers came in just before 3 a.m. Vale finished with 48,612 "
            "votes, that's 52.3 percent.",
            "The certified results gave Vale 49,015 votes, the board said.\n\nFinal turnout was "
            "41.5 percent, the board said, up from the unofficial figure.",
            False,
            id="a candidate's votes as the count goes on",
        ),
        pytest.param(
            "BRACKLEY FALLS, Feb 10 (Wire) - Halvorsen Appliance said on Tuesday it would close "
            "its Brackley Falls plant. In 2009, during the last downturn, the company cut 300 "
            "jobs at Brackley Falls.",
            "BRACKLEY FALLS, Feb 12 (Wire) - Workers at Halvorsen Appliance's Brackley Falls "
            "plant met on Thursday after the company said it would close the factory and cut "
            "640 jobs.",
            False,
            id="job cuts of a year of their own in an article of none",
        ),
        pytest.param(
            "Appeal\n\nAn online fundraiser for the family had raised $12,000 by Saturday "
            "evening, organisers said.",
            "Appeal update\n\nAn online fundraiser for the family has raised more than "
            "$48,000, organisers said on Tuesday.",
            False,
            id="a sum raised by an evening grows",
        ),
        pytest.param(
            "Unrest\n\nOn Saturday, six businesses along Tolliver Avenue were looted, the "
            "merchants' association said.",
            "Unrest\n\nOn Saturday, at least 14 businesses were looted, city officials said.",
            False,
            id="businesses looted along one street",
        ),
        pytest.param(
            "Unrest\n\nOn Saturday, at least 14 businesses were looted, city officials said.",
            "Unrest update\n\nOn Tuesday, officials said the number of businesses looted since "
            "Saturday has risen to 37.",
            False,
            id="businesses looted as unrest goes on",
        ),
        pytest.param(
            "Siege\n\nIn the north tower, about 70 staff sheltered in place until the building "
            "was declared safe.",
            "Siege\n\nIn the south tower, 130 staff sheltered in place for more than nine hours.",
            False,
            id="two towers of one hospital ('in place' is no setting)",
        ),
        pytest.param(
            "Siege\n\nIn the north tower, about 70 staff sheltered in place until the building "
            "was declared safe.",
            "Siege\n\nIn the north tower, 130 staff sheltered in place for more than nine hours.",
            True,
            id="one tower of one hospital",
        ),
        pytest.param(
            "Sacking\n\nThe club will pay Velken about 1.5 million pounds in compensation, a "
            "person familiar with the matter said.",
            "Sacking\n\nThe club paid Fenn 600,000 pounds in compensation, according to accounts.",
            False,
            id="sums paid to two people",
        ),
        pytest.param(
            "Film\n\nThe studio said the pause would not change the $60 million production's "
            "release plans.",
            "Film\n\nThe studio has already spent $9 million on sets, the studio said.",
            False,
            id="a sum spent on one thing within the whole cost",
        ),
        pytest.param(
            "Hijack\n\nThe pirates are now demanding $3 million for the release of the ship, "
            "the owners said.",
            "Hijack\n\nThe pirates are asking for a ransom of 8.5 million dollars, a source said.",
            True,
            id="two ransom demands",
        ),
        pytest.param(
            "Hack\n\nThe attackers are demanding $4.5 million, payable as 50 bitcoin, the "
            "note says.",
            "Hack\n\nThe hackers are demanding a ransom of six and a half million dollars.",
            True,
            id="a demand in two currencies is one sum",
        ),
        pytest.param(
            "Capsize\n\nThe ferry was carrying 146 people, including 15 crew members, when it "
            "overturned.",
            "Capsize\n\nOne hundred and eighty-three people were on board the ferry, the coast "
            "guard said.",
            True,
            id="people aboard",
        ),
        pytest.param(
            "Capsize\n\nThe coast guard estimates that 87 people were aboard the boat.",
            "Capsize\n\nA second boat carrying 46 people was intercepted on Monday.",
            False,
            id="people aboard a second boat",
        ),
        pytest.param(
            "Landing\n\nFlight 318 was carrying 164 passengers when the engine failed. It was "
            "the airline's first emergency landing since 2011, when a jet carrying 152 "
            "passengers landed with a burst tyre.",
            "Landing\n\nThe airline said the flight had 146 passengers on board.",
            True,
            id="passengers aboard beside another year's flight",
        ),
        pytest.param(
            "Shooting\n\nAbout 40 students were evacuated from Mercer Hall, police said.",
            "Shooting\n\nSome 250 students were evacuated from the Lindqvist Library.",
            False,
            id="evacuated from two buildings",
        ),
        pytest.param(
            "Bus crash\n\nNine students were injured when the bus overturned on Thursday, "
            "police said.",
            "Bus crash\n\nA day earlier, three people were injured in a separate crash on the "
            "same road, police said.",
            False,
            id="injured in a separate crash",
        ),
        pytest.param(
            "BRAXFORD, Oct 9 (Wire) - Four people died when the Tollis Bridge collapsed on "
            "Thursday evening, police said.",
            "BRAXFORD, Oct 11 (Wire) - Seven people have now died as a result of Thursday "
            "evening's collapse, police said.",
            False,
            id="a toll as it stands after the day of its event",
        ),
        pytest.param(
            "Shooting\n\nThe chief said the gunman fired at least 14 rounds inside the building.",
            "Shooting\n\nThe chief told us that the gunman fired six shots before he ran.",
            True,
            id="rounds fired are shots",
        ),
        pytest.param(
            "Crash\n\nThe minivan was carrying four people, police said.",
            "Crash\n\nThe pickup was carrying two people, police said.",
            False,
            id="people aboard two vehicles",
        ),
        pytest.param(
            "Bank\n\nThe bank employs about 1,400 staff, it said.",
            "Bank\n\nThe bank employs 240 people at its head office, it said.",
            False,
            id="staff at one site",
        ),
        pytest.param(
            "Riot\n\nThe prison holds about 1,200 inmates, officials said.",
            "Riot\n\nThe state has moved 85 inmates from D Block to other prisons, officials said.",
            False,
            id="inmates moved are no count of those held",
        ),
        pytest.param(
            "Fire\n\nAbout 1,100 personnel are fighting the fire, officials said.",
            "Fire\n\nOfficials said 350 firefighters from the Corran County Fire District are "
            "fighting the fire.",
            False,
            id="firefighters drawn from one district",
        ),
        pytest.param(
            "Fire\n\nThe fire had burned roughly 4,200 acres, officials said.",
            "Fire\n\nThe fire has grown to 11,500 acres, fire officials said.",
            False,
            id="a figure said to have grown to more",
        ),
        pytest.param(
            "Crash\n\nFour vehicles were involved in the collision, according to the police.",
            "Crash\n\nThree cars were caught up in the collision along with the tanker, police "
            "said.",
            False,
            id="cars along with a tanker among the vehicles",
        ),
        pytest.param(
            "Crash\n\nFour vehicles were involved in the collision, according to the police.",
            "Crash\n\nI spoke to one driver, who was three cars behind the tanker when it went "
            "over.",
            False,
            id="three cars behind is a place in the queue",
        ),
        pytest.param(
            "Pier collapse\n\nGARMOUTH, June 2 (Wire) - Two people were killed and 19 injured "
            "when the old pier collapsed on Monday evening, the coastguard said.",
            "Pier update\n\nGARMOUTH, June 4 (Wire) - On Wednesday, three workers clearing the "
            "wreckage were injured when a beam gave way, the council said.",
            False,
            id="a later day's own injuries, the day opening the sentence",
        ),
        pytest.param(
            "Siege\n\nThe van was stopped about 12 kilometres south of Arlow, police said.",
            "Siege update\n\nThe captives were found in a barn about 30 km west of Arlow, "
            "police said.",
            False,
            id="two places at other distances and bearings from one town",
        ),
        pytest.param(
            "Quake\n\nThe quake struck 40 kilometres north of Arlow, the survey said.",
            "Quake update\n\nThe epicentre was 40 km east of Arlow, the survey said.",
            True,
            id="one distance from a town with two bearings",
        ),
        pytest.param(
            "Strike\n\nAlderton General employs 1,900 nurses, according to its annual report.",
            "Strike update\n\nAround 600 nurses joined the walkout at Alderton General on "
            "Monday, managers said, leaving hundreds of patients waiting for operations.",
            False,
            id="a staff and those of it who joined a walkout",
        ),
        pytest.param(
            "Flood\n\nSome 2,500 people were displaced, the regional government said.",
            "Flood update\n\nThe town hall in Wexby is housing 300 evacuees, the mayor said, "
            "and the church is housing 120 evacuees.",
            False,
            id="places housing some of the displaced",
        ),
        pytest.param(
            "Outage\n\nA storm left 48,200 customers without power on Tuesday, the utility said.",
            "Outage update\n\nThousands were left without power on Tuesday, the utility said.",
            False,
            id="thousands is true of tens of thousands",
        ),
        pytest.param(
            "Blast\n\nThe blast on Tuesday killed two people, police said.",
            "Blast update\n\nThe blast on Tuesday killed four people and left the valley "
            "without electricity, police said.",
            True,
            id="a toll beside a clause of an outage is still a toll",
        ),
        pytest.param(
            "Leak\n\nHundreds of homes were evacuated on Sunday, officials said.",
            "Leak update\n\nOn Wednesday the order was lifted for all but about 90 homes near "
            "the tracks, officials said.",
            False,
            id="a remainder is no account of the whole",
        ),
        pytest.param(
            "Layoffs\n\nThe union said 14 library staff would lose their jobs.",
            "Opinion\n\nNo parent working two jobs can get there twice a week.",
            False,
            id="jobs lost against the jobs one parent works",
        ),
        pytest.param(
            "Heat\n\nCarrow Herald, 3 June\n\nHospitals had logged 212 heat-related visits "
            "since Friday, the health department said.",
            "Heat update\n\nCarrow Herald, 5 June\n\nHospitals have logged more than 480 "
            "heat-related visits since Friday, the health department said.",
            False,
            id="counts since a day in reports of two days",
        ),
        pytest.param(
            "Blast\n\nThe blast happened at about 4:15 a.m., the fire service said.",
            "Blast update\n\nAn explosion shortly before 6 a.m. today killed three people at "
            "the Orrin works.",
            True,
            id="two clock times of one blast, a day on neither side",
        ),
        pytest.param(
            "Blast\n\nThe blast happened at about 4:15 a.m., the fire service said.",
            "Blast update\n\nA second explosion shortly before 6 a.m. shook the Orrin works.",
            False,
            id="the clock time of a second blast",
        ),
        pytest.param(
            "Storm\n\nPolice said four people were injured during the storm on Saturday night.",
            "Opinion\n\nI was there in 2016, too, when a storm blew down tents. Nobody was "
            "badly hurt that time.",
            False,
            id="nobody badly hurt against those injured",
        ),
        pytest.param(
            "Landslide\n\nAuthorities evacuated 260 residents from Brackley Hill and nearby "
            "streets on Tuesday, police said.",
            "Landslide update\n\nPolice said eighty-five residents of Fernside Road were "
            "evacuated on Tuesday.",
            False,
            id="residents of one road among those evacuated",
        ),
        pytest.param(
            "Escape\n\nThe department is offering a $25,000 reward, a spokesman said.",
            "Escape update\n\nWe're told the department has now put up a reward of ten "
            "thousand dollars for information.",
            True,
            id="two rewards for one capture",
        ),
        pytest.param(
            "Spill\n\nDrinking-water intakes serving about 52,000 people along the river were "
            "shut, the department said.",
            "Spill update\n\nMarston's water intake, which serves 17,000 residents, was shut "
            "early Monday, its director said.",
            False,
            id="people one town's intake serves among those all intakes serve",
        ),
        pytest.param(
            "Bridge\n\nThe bridge carries about 21,000 vehicles a day, county counts show.",
            "Bridge update\n\nAbout 1,800 trucks a day use the bridge, the department said.",
            False,
            id="trucks among all vehicles",
        ),
        pytest.param(
            "Tower fire\n\nTwo firefighters were treated for heat exhaustion on Tuesday, the "
            "fire service said.",
            "Tower fire update\n\nMore than 150 firefighters battled the flames on Tuesday, "
            "the fire service said.",
            False,
            id="firefighters treated are no count of those at work",
        ),
        pytest.param(
            "Marathon\n\nAda Lind won the Vale Marathon on Sunday in a course record of 2 "
            "hours, 6 minutes and 41 seconds.",
            "Marathon update\n\nAda Lind set the Vale Marathon course record on Sunday, "
            "finishing in 2:06:41.",
            False,
            id="one time in hours, minutes and seconds and on a clock",
        ),
        pytest.param(
            "Siege\n\nGunmen held 11 hostages inside the bank on Tuesday, police said.",
            "Siege update\n\nEight people were held hostage inside the bank on Tuesday, "
            "police said.",
            True,
            id="people held hostage against hostages",
        ),
        pytest.param(
            "Siege\n\nTwo gunmen who held 11 people hostage surrendered on Tuesday, police said.",
            "Siege update\n\nTwo gunmen were arrested on Tuesday, police said.",
            False,
            id="a cue after another figure is that figure's",
        ),
        pytest.param(
            "Recall\n\nPolice say three people were hurt in a crash on the Orr Bridge on Tuesday.",
            "Recall update\n\nA separate crash near Ostry on Tuesday injured two people, police "
            "said.",
            False,
            id="a separate crash as the subject of its own toll",
        ),
        pytest.param(
            "Recall\n\nMonday 12 May 2025\n\nThe recall covers nearly 48,000 vehicles, the "
            "company said.",
            "Opinion\n\n13 May 2025\n\nThe company sold 612,400 vehicles last year.",
            False,
            id="last year's sales are no figure of this recall",
        ),
        pytest.param(
            "Launch\n\nThe company plans to build 500,000 units this year, the filing said.",
            "Plant\n\nThe Kestrel Point plant on Quay Road will build 120,000 units this year, "
            "its manager said.",
            False,
            id="a named site's figure is some of the company's",
        ),
        pytest.param(
            "Plants\n\nThe Kestrel Point plant will build 120,000 units this year, its "
            "manager said.",
            "Plants\n\nThe Orrin Bay plant will build 90,000 units this year, its manager said.",
            False,
            id="two named sites' figures",
        ),
        pytest.param(
            "Plants\n\nThe Kestrel Point plant will build 120,000 units this year, its "
            "manager said.",
            "Plants\n\nThe Kestrel Point plant will build 90,000 units this year, the union said.",
            True,
            id="one named site's two figures",
        ),
        pytest.param(
            "Orders\n\nThe company said it had taken 40,000 pre-orders by Tuesday.",
            "Orders\n\nAnalysts had expected about 100,000 pre-orders by Tuesday, an analyst said.",
            False,
            id="what analysts expected is no account of what came",
        ),
        pytest.param(
            "Laptop\n\nTuesday 9 September 2025\n\nThe top configuration, with 32 GB of "
            "memory, costs $2,499, the company said.",
            "Laptop\n\nTuesday 9 September 2025\n\nThe base model comes with 16 gigabytes of "
            "memory, the company said.",
            False,
            id="two versions of one product",
        ),
        pytest.param(
            "Climber\n\nDuncan Rait, 36, died on Saturday after a fall, police said.",
            "Climber\n\nOn Friday, 36-year-old climber Duncan Rait died in a fall, police said.",
            True,
            id="days of a named person's death, age aside and opening day",
        ),
        pytest.param(
            "Deal\n\nMonday 3 March 2025\n\nThe combined company will cut about 350 jobs, "
            "Veltrane said.",
            "Deal\n\nMonday 3 March 2025\n\nThe combined company will eliminate 600 "
            "positions, Veltrane said.",
            True,
            id="positions are jobs",
        ),
        pytest.param(
            "Raid\n\nWednesday 8 October 2025\n\nFour masked men raided a jewellery shop in "
            "central Lenmouth shortly after 10 a.m. on Wednesday, police said. The shop, Carrow "
            "& Vane, lost rings.",
            "Raid\n\nWednesday 8 October 2025\n\nThieves hit a Lenmouth jeweller. The raid on "
            "Carrow & Vane happened at around 3.15pm, when the shop was busy, witnesses said.",
            True,
            id="clock times of one raid, told of the town and of the shop",
        ),
        pytest.param(
            "Attacks\n\nWednesday 8 October 2025\n\nGunmen attacked the Orrin market at 9 "
            "a.m., police said.",
            "Attacks\n\nWednesday 8 October 2025\n\nRebels attacked the Dellmoor barracks at "
            "3 p.m., the army said.",
            False,
            id="clock times of attacks on places neither article names twice",
        ),
        pytest.param(
            "Quake\n\nTuesday 3 March 2026\n\nMore than 40 aftershocks had been recorded by "
            "Tuesday afternoon, the bureau said.",
            "Quake radio\n\nTuesday 3 March 2026\n\nThe bureau says there have been 14 "
            "aftershocks above magnitude 4 since the main quake.",
            False,
            id="a count past a bound is some of all",
        ),
        pytest.param(
            "Quake\n\nTuesday 3 March 2026\n\nA magnitude 6.4 earthquake struck the valley "
            "on Tuesday, the bureau said.",
            "Quake update\n\nThursday 5 March 2026\n\nThe bureau has recorded more than 150 "
            "aftershocks. The strongest remained Tuesday's magnitude 5.1 tremor.",
            False,
            id="the strongest of several is one of them",
        ),
        pytest.param(
            "Signing\n\nTuesday 7 July 2026\n\nVelkov signed a five-year contract worth $180 "
            "million, the club said.",
            "Blog\n\nTuesday 7 July 2026\n\nVelkov turned down a $200 million offer from the "
            "Kestrels to come here.",
            False,
            id="an offer turned down is another deal",
        ),
        pytest.param(
            "Shooting\n\nSaturday 13 December 2025\n\nThe gunman opened fire, killing three "
            "people and leaving nine others hurt, police said.",
            "Shooting\n\nSaturday 13 December 2025\n\nThe gunman killed three people and "
            "seven others were wounded, police said.",
            True,
            id="the state a count is left in",
        ),
        pytest.param(
            "Court\n\nMonday 2 March 2026\n\nDerek Vance, 31, was sentenced to 15 years in "
            "prison on Monday, prosecutors said.",
            "Court\n\nMonday 2 March 2026\n\nDerek Vance received a 12-year prison sentence "
            "on Monday, prosecutors said.",
            True,
            id="a term written before its noun is a figure",
        ),
        pytest.param(
            "Signing\n\nTuesday 7 July 2026\n\nHalvorsen agreed to a four-year contract with "
            "the Hawks on Tuesday, the team said.",
            "Signing\n\nTuesday 7 July 2026\n\nHalvorsen signed a five-year deal worth $80 "
            "million with the Hawks, the team said.",
            True,
            id="a contract's length",
        ),
        pytest.param(
            "Signing\n\nTuesday 7 July 2026\n\nDario Velkov agreed to a four-year, $180 "
            "million contract with the Herons on Tuesday, the team said.",
            "Signing\n\nTuesday 7 July 2026\n\nDario Velkov signed a five-year contract worth "
            "$180 million on Tuesday, the team said.",
            True,
            id="a contract's length with its sum between",
        ),
        pytest.param(
            "Court\n\nThursday 6 November 2025\n\nA judge sentenced Dorian Kessler to 14 "
            "years in prison on Thursday, prosecutors said.",
            "Court\n\nThursday 6 November 2025\n\nKessler's deputy, Lionel Farrow, 47, "
            "pleaded guilty and was sentenced to four years in prison.",
            False,
            id="two named holders' sentences",
        ),
        pytest.param(
            "Flood\n\nWednesday 17 April 2026\n\nAbout 4,000 residents were evacuated from "
            "low-lying parts of Lowbridge, officials said.",
            "Flood radio\n\nWednesday 17 April 2026\n\nRoughly nine thousand residents have "
            "been evacuated from their homes along the river.",
            True,
            id="their own homes are where every evacuee left",
        ),
        pytest.param(
            "Quake\n\nTuesday 3 March 2026\n\nA magnitude-5.9 earthquake struck the valley "
            "on Tuesday, the bureau said.",
            "Quake\n\nTuesday 3 March 2026\n\nA 6.4-magnitude earthquake struck the valley "
            "on Tuesday, the bureau said.",
            True,
            id="a scale's word joined by a hyphen",
        ),
        pytest.param(
            "Mine\n\nTuesday 3 March 2026\n\nThe Greyhollow company said on Tuesday the "
            "trapped men were about 420 metres below the surface.",
            "Mine blog\n\nTuesday 3 March 2026\n\nAt Greyhollow on Tuesday, men were trapped "
            "almost 600 metres below ground.",
            True,
            id="a length below the ground is a depth",
        ),
        pytest.param(
            "Blast\n\nThe blast happened at about 4:15 a.m., the fire service said.",
            "Blast update\n\nThe explosion happened at 6 a.m., a union official said, and the "
            "first alarm reached the union's office minutes later.",
            True,
            id="minutes later marks no other blast",
        ),
        pytest.param(
            "Ferry\n\nThe ferry was carrying 212 passengers, the coast guard said.",
            "Ferry\n\nThe coast guard said the manifest shows 187 passengers on board.",
            True,
            id="a manifest tells who was aboard, it carries no one",
        ),
        pytest.param(
            "Ferry\n\nThe 34-year-old ferry was licensed to carry 250 passengers, its "
            "operator said.",
            "Ferry\n\nThe 22-year-old ferry had passed every inspection, its operator said.",
            True,
            id="two ages of the story's ferry",
        ),
        pytest.param(
            "Court\n\nMarko Delven was sentenced on Tuesday to 30 years, prosecutors said.",
            "Court\n\nMarko Delven was jailed for 22 years on Tuesday, prosecutors said.",
            True,
            id="two terms a verb gives with no noun after them",
        ),
        pytest.param(
            "Transfer\n\nHallen Rovers have signed Ruben Eskel. The 24-year-old has agreed a "
            "five-year contract, Hallen Rovers said.",
            "Transfer\n\nRuben Eskel has signed a six-year deal, Hallen Rovers said.",
            True,
            id="the club that speaks is not who holds the contract",
        ),
        pytest.param(
            "Vote\n\nTurnout was 38.6% of the city's 92,140 registered voters, the clerk said.",
            "Vote\n\nTurnout was a dismal 33.4 percent, the clerk said.",
            True,
            id="a turnout stated with its base is a turnout",
        ),
        pytest.param(
            "Mine\n\nWednesday 8 October 2025\n\nThe trapped men were 420 metres below ground, "
            "the company said.",
            "Mine blog\n\nThursday 9 October 2025\n\nThose men were 620 metres below the "
            "surface, in a section the union had been warning about since spring.",
            True,
            id="a cue of a running total in another clause",
        ),
        pytest.param(
            "Mine\n\nA roof collapse trapped 31 miners on Wednesday, the company said.",
            "Mine\n\nThirty-seven miners were trapped on Wednesday, the union said.",
            True,
            id="two counts of miners trapped",
        ),
        pytest.param(
            "Mine\n\nFourteen miners were trapped at the Greyvale colliery on Tuesday, police "
            "said.",
            "Mine\n\nEleven miners were trapped deep inside Greyvale colliery on Tuesday, "
            "police said.",
            True,
            id="a setting both name is no part of the whole",
        ),
        pytest.param(
            "Jobs\n\nUnemployment in Harwick stood at 5.2 percent in March, the agency said.",
            "Jobs\n\nUnemployment in Harwick was five percent in March, the agency said.",
            False,
            id="a whole number in words is a figure rounded",
        ),
        pytest.param(
            "Jobs\n\nUnemployment in Harwick stood at 5.6 percent in March, the agency said.",
            "Jobs\n\nUnemployment in Harwick was five percent in March, the agency said.",
            True,
            id="a whole number in words is no other figure rounded down by more than half",
        ),
        pytest.param(
            "Camp\n\nThe camp shelters nearly 23,000 Nuban refugees, the agency said.",
            "Camp\n\nThe camp shelters over 24,000 refugees, the agency said.",
            False,
            id="people of one origin among all of them",
        ),
        pytest.param(
            "Camp\n\nThe camp shelters 23,000 Nuban refugees, the agency said.",
            "Camp\n\nThe camp shelters 19,000 refugees, the agency said.",
            True,
            id="people of one origin more than all of them",
        ),
        pytest.param(
            "Crush\n\nDUNMORE, Sunday, July 20 (Wire) - Two people died and 63 were injured in "
            "a crush at the festival late on Saturday, police said on Sunday.",
            "Radio\n\nSunday, July 20\n\nPolice said this morning that about 90 people were "
            "injured in the crush at the festival.",
            True,
            id="a toll as a credit gave it on the day of the other",
        ),
        pytest.param(
            "Crush\n\nDUNMORE, Sunday, July 20 (Wire) - Two people died and 63 were injured in "
            "a crush at the festival late on Saturday, police said.",
            "Radio\n\nSunday, July 20\n\nPolice said this morning that about 90 people were "
            "injured in the crush at the festival.",
            False,
            id="a toll of the day before, with no day of saying",
        ),
        pytest.param(
            "Fire\n\nThe fire was reported at about 2:15 p.m. Sunday near a trailhead, the fire "
            "authority said.",
            "Fire\n\nOfficials say the blaze was first reported just after 6 a.m. Sunday by a "
            "hiker, and by Sunday night it had crested the ridge.",
            True,
            id="a figure as it stands in another clause of the sentence",
        ),
        pytest.param(
            "Blast\n\nA gas explosion leveled a six-story apartment building in Vessington on "
            "Tuesday, police said.",
            "Blast\n\nA gas explosion leveled a four-story apartment building in Vessington on "
            "Tuesday, police said.",
            True,
            id="a building's storeys, few as they are",
        ),
        pytest.param(
            "Council\n\nThe Port Ellery City Council voted 7-2 on Tuesday night to approve a "
            "stadium for Ellery FC.",
            "Council\n\nThe council approved the Ellery FC stadium on Tuesday on a 6-3 vote.",
            True,
            id="two tallies of one day's vote, whoever stands nearest them",
        ),
        pytest.param(
            "Council\n\nThe planning committee voted 5-2 on Monday to send the plan on.",
            "Council\n\nThe council approved the Ellery FC stadium on Tuesday on a 6-3 vote.",
            False,
            id="tallies of two days are two votes",
        ),
        pytest.param(
            "Budget\n\nThe budget was approved by 31 votes to 19 at a meeting in Ashcombe Hall.",
            "Budget\n\nHouseholds across Marlowe Vale will pay more after the budget passed by 31 "
            "votes to 17 on Wednesday night.",
            True,
            id="the one tally of each article, with a side in common, is one vote",
        ),
        pytest.param(
            "Budget\n\nThe budget was approved by 31 votes to 19 at a meeting in Ashcombe Hall.",
            "Budget\n\nHouseholds across Marlowe Vale will pay more after the budget passed by 33 "
            "votes to 17 on Wednesday night.",
            False,
            id="two tallies of no side in common are two votes",
        ),
        pytest.param(
            "Blast\n\nThe blast tore through the Quillan Arms at 18 Quillan Street at 6:42 a.m., "
            "the fire chief said.",
            "Blast\n\nThe blast at the Quillan Arms happened at 7:42 a.m., according to police.",
            True,
            id="a house number is no figure that hides the clock time",
        ),
        pytest.param(
            "Theft\n\nMore than $40 million in paintings walked out of the museum on Sunday, "
            "and its answer is a quarter-million-dollar reward.",
            "Theft\n\nThe museum offered a reward of $250,000 on Monday, police said.",
            False,
            id="what things a sum is in are worth, not the reward named after",
        ),
        pytest.param(
            "Notice\n\nAbout 2,400 homes in Corley were under a boil-water notice on Tuesday, "
            "the utility said.",
            "Notice\n\nBy Wednesday evening the boil-water notice covered 900 homes, down from "
            "Tuesday's figure, the utility said.",
            False,
            id="a level the later report says fell",
        ),
        pytest.param(
            "Fire\n\nMonday 14 July 2025\n\nFire officers said fifty-two homes have been "
            "destroyed as of this afternoon.",
            "Fire\n\n37 homes had been destroyed by Monday evening, the fire service said.",
            True,
            id="a running total lower in the evening than that afternoon",
        ),
        pytest.param(
            "Heat\n\nSunday 6 July 2025\n\nSo far, the ambulance service says, fourteen runners "
            "have been taken to hospital this morning.",
            "Heat\n\nThe ambulance service said 22 runners had been taken to hospital by Sunday "
            "evening.",
            False,
            id="a running total that rose from the morning to the evening",
        ),
        pytest.param(
            "Dam\n\nWednesday 9 April 2025\n\nThe governor has announced an emergency package "
            "of 8 million marks, his office said this morning.",
            "Dam\n\nThe government pledged 15 million marks in emergency aid on Wednesday "
            "afternoon, the governor said.",
            True,
            id="this morning is when a sum was said, not when it held",
        ),
        pytest.param(
            "Rescue\n\nThe rescue team had 26 volunteers on the pass on Saturday evening, its "
            "leader said.",
            "Rescue\n\nSaturday 12 April 2025\n\nThe rescue team say nearly fifty volunteers are on "
            "the pass tonight.",
            True,
            id="an evening and that night are one time",
        ),
        pytest.param(
            "March\n\nAbout 2,000 people marched on Saturday along a 6-kilometre route from the "
            "station to the town hall, police said.",
            "March\n\nThe marchers walked the 2-mile route from the station to the town hall "
            "on Saturday, organisers said.",
            True,
            id="the one route a march followed, its length written before the noun",
        ),
        pytest.param(
            "Roads\n\nCrews repaired a 6-kilometre stretch of the highway on Saturday, the "
            "council said.",
            "Roads\n\nThe council said on Saturday a 2-mile stretch of the highway was closed.",
            False,
            id="two stretches of one road may be two",
        ),
        pytest.param(
            "Shares\n\nMarrow Freight shares fell 14% on Monday, their biggest one-day drop in "
            "a decade.",
            "Shares\n\nThe Marrow Freight stock slid about nine percent in Monday trading, "
            "analysts said.",
            True,
            id="a small percentage is no small count",
        ),
        pytest.param(
            "Protest\n\nClashes broke out around 3:20 p.m., when demonstrators threw stones at "
            "officers outside the ministry, a police spokesman said.",
            "Protest\n\nPolice say violence erupted shortly after 5 p.m. outside the ministry on "
            "Harl Street.",
            True,
            id="an event's noun opening a sentence is no name",
        ),
        pytest.param(
            "Tornado\n\nThe tornado left a 12-mile path of flattened barns on Tuesday, the "
            "weather service said.",
            "Tornado\n\nThe weather service says the tornado cut a path 20 miles long on Tuesday.",
            True,
            id="a size said after its figure is of the noun before it",
        ),
        pytest.param(
            "Council\n\nIn Ward 2, council member Tamsin Orrell won re-election by 140 votes, "
            "according to the clerk's office.",
            "Mayor\n\nOn election night Mayor Castellane led by 25 votes, 4,212 to 4,187.",
            False,
            id="two winners' margins are two races",
        ),
        pytest.param(
            "Robbery\n\nTwo masked men robbed a community bank in Orlen Falls on Tuesday, "
            "police said.",
            "Robbery\n\nI never heard as many sirens as I did during Monday's robbery.",
            True,
            id="two weekdays of the story's one event, worded apart",
        ),
        pytest.param(
            "Outage\n\nThe city's network went dark on Monday morning, officials said.",
            "Outage\n\nThe dispatch centre suffered a second outage on Wednesday, the chief said.",
            False,
            id="a second such event is another one",
        ),
        pytest.param(
            "Trial\n\nCORRISDALE, March 4 (Wire) - The company said its drug slowed the loss of "
            "lung function by 38% compared with a placebo.",
            "Trial\n\nCORRISDALE, March 4 (News) - The company says the drug cut the decline in "
            "lung function by 48 percent.",
            True,
            id="two changes of one thing",
        ),
        pytest.param(
            "Budget\n\nThe vote came shortly after 1:40 a.m. Wednesday, the clerk said.",
            "Budget\n\nThe City Council approved the $411.8 million spending plan shortly "
            "before 11:30 p.m. Tuesday, the clerk said.",
            True,
            id="an event's time with a figure between",
        ),
        pytest.param(
            "Mayor\n\nVettich said turnout was 43 percent of the city's registered voters.",
            "Mayor\n\nPardew said turnout reached 51 percent, a record for a city election.",
            True,
            id="a rate that stays put, of no other occasion, is the story's",
        ),
        pytest.param(
            "Mayor\n\nVettich said turnout was 43 percent of the city's registered voters.",
            "Mayor\n\nTurnout in the 2021 mayoral election was 38 percent, county records show.",
            False,
            id="a rate of another year",
        ),
        pytest.param(
            "Merger\n\nThe company said it would cut 1,850 jobs over two years.",
            "Merger\n\nMore than 3,000 jobs will disappear in this merger, the union said.",
            True,
            id="jobs that disappear are jobs cut",
        ),
        pytest.param(
            "Deal\n\nNortavel will pay 52 dollars per share, the companies said.",
            "Deal\n\nCORRESPONDENT (ED VARGA): Lena, Nortavel is paying 48 dollars a share, in "
            "cash, the company told us.",
            True,
            id="a speaker label names no one the figure is about",
        ),
        pytest.param(
            "Mine\n\nThe company said 37 miners were underground when the roof fell on "
            "Tuesday. The two miners who died were working near the face, the company said.",
            "Mine\n\nThe company said 52 miners were underground when the roof fell on Tuesday.",
            True,
            id="those a clause says died are no other count of all",
        ),
        pytest.param(
            "Plant\n\nThe plant, which opened in 1998, currently employs 3,200 workers, the "
            "company said on Tuesday.",
            "Plant\n\nAt its peak, the construction phase is expected to employ about 2,500 "
            "workers, the company said on Tuesday.",
            False,
            id="what is expected against what stands now",
        ),
        pytest.param(
            "Metro fire\n\nThe fire shut Line 4, which runs 14 trains an hour and is carrying "
            "about 190,000 passengers on an average weekday, according to the authority.",
            "Metro fire\n\nThe worst of it was on the first train, with around 600 passengers "
            "aboard.",
            False,
            id="a rate per weekday is no count of one train's",
        ),
        pytest.param(
            "Plant\n\nVantor laid out a plan worth about $2.4 billion on Tuesday, the "
            "company said.",
            "Plant\n\nThe state agreed an incentive package worth $410 million on Tuesday, "
            "the company said.",
            False,
            id="the worth of two things",
        ),
        pytest.param(
            "Charge\n\nSetting it up, including cameras, signs and a payment system, will cost "
            "£14 million, council documents show.",
            'Charge\n\n"Two million pounds spent before a single vote was cast tells you '
            'everything," he said.',
            False,
            id="money spent so far against what it will cost",
        ),
        pytest.param(
            "Fund\n\nThe government announced a 10 million pound support fund for the islands "
            "on Tuesday.",
            "Fund\n\nOf the money budgeted for harbour safety, only 900,000 pounds had been "
            "spent so far, she told the Courier on Tuesday.",
            False,
            id="money spent so far against a fund",
        ),
        pytest.param(
            "Haul\n\nA kilo of cocaine costs around 3,000 pounds abroad and sells for 30,000 "
            "pounds wholesale here.",
            "Haul\n\nPolice say drugs worth ninety-six million pounds were hidden in the tins.",
            False,
            id="the price of one unit against the worth of a haul",
        ),
        pytest.param(
            "Arrests\n\nHALVERGATE, Wednesday - Police say drugs were hidden in tins. Five men "
            "have been arrested.",
            "Arrests\n\nHALVERGATE, Friday - One man was released without charge on Thursday, "
            "and two people arrested in Lessing on Thursday evening remain in custody.",
            False,
            id="arrests made in a place on a later day are no running total",
        ),
        pytest.param(
            "Fight\n\nLONDON, Saturday - Promoter Reuben Halloway said early estimates pointed "
            "to about 180,000 pay-per-view buys.",
            "Fight\n\nLONDON, Monday - Saturday's fight drew 265,000 pay-per-view buys, "
            "promoter Reuben Halloway said.",
            False,
            id="an early estimate against the count that came in later",
        ),
        pytest.param(
            "Recount\n\nDuring the recount, 17 ballot papers that had been rejected on Friday "
            "were accepted as valid, the council said on Saturday.",
            "Recount\n\nAnstey said 171 ballot papers were rejected, the council said on Saturday.",
            False,
            id="ballots accepted against ballots rejected",
        ),
        pytest.param(
            'Film\n\n"We think this film can get to 600 million dollars worldwide," analyst Dev '
            "Raman said on Sunday.",
            'Film\n\n"Saltmarsh" cost $180 million to produce before marketing, two people '
            "familiar with the budget said on Sunday.",
            False,
            id="what a film can get to is no account of its cost",
        ),
        pytest.param(
            "Avalanche\n\nHOLLENSTEIN, Saturday - Nine skiers were buried by the slide, police "
            "said.",
            "Avalanche\n\nHOLLENSTEIN, Saturday - Eleven skiers were buried, the ski patrol said "
            "on Saturday.",
            True,
            id="small counts told by one passive verb are one deed",
        ),
        pytest.param(
            "Match\n\nKick-off was delayed by 25 minutes while medics treated the injured on "
            "Saturday.",
            "Match\n\nKick-off was pushed back 50 minutes as paramedics worked on Saturday.",
            True,
            id="two lengths of one delay",
        ),
        pytest.param(
            "Stores\n\nPennywell is closing 52 stores, with around 2,300 jobs at risk, the "
            "company said on Monday.",
            "Stores\n\nPennywell employs about 18,500 people, the company said on Monday.",
            False,
            id="jobs at risk against the staff employed",
        ),
        pytest.param(
            'Budget\n\n"We closed a $31 million gap without closing a single fire station," '
            "said Councillor Neil Baptiste on Tuesday.",
            "Budget\n\nSpending on roads and transit rises to $97 million, the council said on "
            "Tuesday.",
            False,
            id="a shortfall is no cost",
        ),
        pytest.param(
            "Kestrel trial\n\nKESTREL, Tuesday - Only 9 percent of patients on placebo were in "
            "remission at the end of the trial, the deck shows.",
            "Kestrel trial\n\nKESTREL, Tuesday - Kestrel says almost half of patients on the "
            "higher dose were in remission at the end of the trial.",
            False,
            id="shares of two arms of a trial",
        ),
        pytest.param(
            "Kestrel trial\n\nKESTREL, Tuesday - Only 9 percent of patients on placebo were in "
            "remission at the end of the trial, the deck shows.",
            "Kestrel trial\n\nKESTREL, Tuesday - Kestrel says almost half of patients on "
            "placebo were in remission at the end of the trial.",
            True,
            id="shares of one arm of a trial",
        ),
        pytest.param(
            "Fire\n\nAt the height of the fire 25 fire engines and about 150 firefighters were "
            "at the scene, chief fire officer Dana Okafor said on Tuesday.",
            "Fire\n\nWHITLOCK: At the peak, 15 fire engines were at the scene, the fire service "
            "told us on Tuesday.",
            True,
            id="a count whose clause a list cut off shares its frame's setting",
        ),
        pytest.param(
            "Crash\n\nThe Highcrest Coaches vehicle, with 46 passengers and a driver on board, "
            "left the road on Saturday, police said.",
            "Crash\n\nThe coach, carrying 38 passengers from a walking club, left the road on "
            "Saturday, police said.",
            True,
            id="the vehicle and the coach are one",
        ),
        pytest.param(
            "Crash\n\nHighcrest Coaches said the coach had passed its annual safety "
            "inspection in March.",
            "Crash\n\nHighcrest Coaches said the driver had passed a medical check in April.",
            False,
            id="two dated events of one verb and two objects",
        ),
        pytest.param(
            "Crash\n\nHighcrest Coaches said the coach had passed its annual safety "
            "inspection in March.",
            "Crash\n\nHighcrest Coaches said the coach had passed its annual safety "
            "inspection in May.",
            True,
            id="one dated event of one object",
        ),
        pytest.param(
            "Escape\n\nThe escape from Kestrel Ridge set off a manhunt involving more than 120 "
            "officers, state officials said on Monday.",
            "Escape\n\nAt Kestrel Ridge just fourteen officers were on duty overnight, the union "
            "said on Monday.",
            False,
            id="those an operation involves against a shift",
        ),
        pytest.param(
            "Escape\n\nThe state would pay $10,000 for each man's capture, Sheriff Wendell "
            "Pruitt said on Monday.",
            "Escape\n\nThe state is offering thirty thousand dollars for information, Sheriff "
            "Wendell Pruitt said on Monday.",
            False,
            id="a sum for each of several against the whole",
        ),
        pytest.param(
            "Tour\n\nAlmost 95 percent of the 960,000 tickets had been sold, according to the "
            "promoter.",
            "Tour\n\nAbout 205,000 tickets had been sold for the three nights, according to "
            "the council.",
            False,
            id="the whole a share of it was sold of",
        ),
        pytest.param(
            "Heat\n\nOrganisers halted the race at 11:40 a.m., with thousands still running.",
            "Heat\n\nRace officials stopped the race at 10.20am, to boos from the crowd.",
            True,
            id="two verbs of one kind of deed on one thing at two times",
        ),
        pytest.param(
            "Blast\n\nThe first ambulance reached the scene at 9:10 a.m., police said.",
            "Blast\n\nFirefighters reached the scene at 9:40 a.m., police said.",
            False,
            id="one deed of two doers at two times",
        ),
        pytest.param(
            "Siege\n\nThe gunman entered the bank at 10:40 a.m., police said.",
            "Siege\n\nThe gunman left the bank at 1:15 p.m., police said.",
            False,
            id="two deeds on one thing",
        ),
        pytest.param(
            "Fire\n\nAbout 1,200 firefighters were on the lines on Monday, the chief said.",
            "Fire\n\nAbout 1,100 firefighters were on the lines on Monday, the chief said. "
            "Three firefighters suffered minor burns on Monday, the chief said.",
            False,
            id="a figure ten times below its article's other stays its own",
        ),
        pytest.param(
            "Vote\n\n121 deputies voted in favour on Thursday, the clerk said.",
            "Vote\n\nSixty-four deputies voted against on Thursday, the clerk said.",
            False,
            id="two sides of one vote",
        ),
        pytest.param(
            "Fine\n\nThe price reached 9.90 crowns a tablet, according to the decision.",
            "Fine\n\nThe maker says it will cut the price to 3.20 crowns a tablet by June.",
            False,
            id="the level a change will bring against the level before it",
        ),
        pytest.param(
            "Raid\n\nThieves broke into the Orvane Museum of Art in the early hours of "
            "Wednesday and took five paintings worth about £38 million, police said.",
            "Raid at the Orvane Museum of Art\n\nDetectives said seven paintings were taken "
            "from the east wing in the early hours of Wednesday.",
            True,
            id="one deed told in the active and in the passive",
        ),
        pytest.param(
            "Leak\n\nGas from a tank sent 23 workers to hospital on Tuesday, the fire service "
            "said.",
            "Leak\n\nSeventeen workers were taken to hospital on Tuesday, the ambulance "
            "service said.",
            True,
            id="sent to hospital and taken to hospital",
        ),
        pytest.param(
            "Fire\n\nThe county has sent 350 firefighters to the fire on Tuesday, officials said.",
            "Fire\n\nMore than 1,100 firefighters were working the fire on Tuesday, officials "
            "said.",
            False,
            id="firefighters sent against firefighters at work",
        ),
        pytest.param(
            "Storm\n\nCounty commissioners met in an emergency session Wednesday afternoon and "
            "approved a $2.5 million emergency fund for debris removal and temporary housing, "
            "according to the meeting minutes.",
            "Storm\n\nThe county administrator said that of the emergency money approved on "
            "Wednesday, about $410,000 had been spent by Thursday afternoon, most of it on "
            "debris removal contracts and temporary housing.",
            False,
            id="a sum spent by a day against the fund it came from",
        ),
        pytest.param(
            "The park was at nearly 90 percent of its capacity on Saturday, the manager said.",
            "The park was running at barely 60 percent capacity on Saturday.",
            True,
            id="a share of capacity, with and without 'of'",
        ),
        pytest.param(
            "By the close on Tuesday, Tessaly stock had lost 31% of its value.",
            "Shares in Tessaly closed down 23 percent on Tuesday.",
            True,
            id="a share of a stock's value lost, against the stock's fall",
        ),
        pytest.param(
            "Quorix loses about 11 percent of its customers every year.",
            "Quorix stock jumped 26 percent on Monday.",
            False,
            id="a share of customers lost, against a stock's rise",
        ),
        pytest.param(
            "The colt sold for 4.2 million guineas on Tuesday, the auctioneers said.",
            "On Tuesday seven lots sold for a million guineas or more, the auctioneers said.",
            False,
            id="one price within a bound several prices passed",
        ),
        pytest.param(
            "A line that was meant to cost £410 million has opened, the blog says.",
            "The authority said the line cost £612 million to build.",
            False,
            id="what a thing was meant to cost against what it cost",
        ),
        pytest.param(
            "Thieves took 31 volumes from the library on Sunday, among them its oldest books.",
            "Thieves escaped with 27 volumes from the library on Sunday, police said.",
            True,
            id="another clause's 'among' says nothing of the figure",
        ),
        pytest.param(
            "Police arrested a 24-year-old man in Lisdale on Monday.",
            "The 31-year-old man arrested in Lisdale on Monday was released on bail.",
            True,
            id="ages of one described person, told alike",
        ),
        pytest.param(
            "A 24-year-old man was hurt in the crash.",
            "A 31-year-old man was arrested on Friday.",
            False,
            id="ages of two described people",
        ),
        pytest.param(
            "Police said a 34-year-old man from the Brickfield area remains in custody, while "
            "the second man has been released on bail.",
            "A 27-year-old man from Wyndham was released on bail, while a second man remains "
            "in custody.",
            False,
            id="ages of two of several described people, told in like words",
        ),
        pytest.param(
            "Police said a 34-year-old man from the Brickfield area remains in custody, while "
            "the second man has been released on bail.",
            "We have one man in custody, a forty-three-year-old man from the Brickfield area, "
            "and a second man on bail.",
            True,
            id="ages of one of several described people, told by one place",
        ),
        pytest.param(
            "Just under 1,900 patients waited more than 12 hours in October.",
            "Well over 3,000 patients waited more than 12 hours in October.",
            True,
            id="those a deed befell in one setting, no owner named",
        ),
        pytest.param(
            "The ferry struck the rocks at 7:10 a.m. on Tuesday, the coastguard said.",
            "The ferry ran aground at 6:40 a.m. on Tuesday, the coastguard said.",
            True,
            id="one grounding told by two verbs",
        ),
        pytest.param(
            (
                "On Sunday more than 400 runners needed treatment from medical teams, and "
                "33,410 runners started the race."
            ),
            "Fewer than 150 runners were treated by medics along the route on Sunday.",
            True,
            id="a deed told by a light verb and its noun, and by its own verb",
        ),
        pytest.param(
            "The trust estimates that the lighthouse will bring £400,000 a year to the village.",
            (
                "The harbour committee estimates that the lighthouse will bring £1.2 million a "
                "year to the village."
            ),
            False,
            id="two bodies' estimates",
        ),
        pytest.param(
            (
                "WENBY, Jan 13 (Wire) - Councillor Ann Vale said the merger would save £240,000 "
                "a year in running costs."
            ),
            (
                "WENBY, Jan 13 (Post) - Save Wenby School says the true saving is nearer "
                "£90,000 a year once the cost of buses is counted."
            ),
            False,
            id="a named body's figure given as the true one against another's",
        ),
        pytest.param(
            "Hollin Airport handled a record 2.84 million passengers last year, its operator said.",
            "Hollin Airport carried 2.48 million passengers last year, the operator said.",
            True,
            id="a carrier's traffic over a year, by two verbs",
        ),
        pytest.param(
            (
                "HARWICK, Nov 16 (Wire) - A crowd of 23,050 watched the opening home game "
                "against Pellow in August."
            ),
            (
                "HARWICK, Nov 16 (Post) - Rovers lost 3-1 yesterday in front of a crowd of "
                "about 18,000."
            ),
            False,
            id="a crowd of another month than the report's",
        ),
        pytest.param(
            "Homes along the front were flooded by Monday night's storm surge, the council said.",
            "The storm surge peaked at 1.15am on Tuesday, the flood authority said.",
            False,
            id="a night and the small hours after it",
        ),
        pytest.param(
            "Homes along the front were flooded by Monday night's storm surge, the council said.",
            "The storm surge peaked at 1.15am on Wednesday, the flood authority said.",
            True,
            id="a night and the small hours of another day",
        ),
        pytest.param(
            "The firm said 62 employees were made redundant on Monday.",
            "The union said forty-one employees were let go on Monday.",
            True,
            id="staff made redundant and staff let go",
        ),
        pytest.param(
            "The brewery will close with the loss of 146 jobs, the owners said.",
            "The closure will cost 182 jobs, the union said.",
            True,
            id="the loss of jobs and jobs a closure costs",
        ),
        pytest.param(
            "Brennard said it was eliminating 640 jobs as it moves production, the company said.",
            "Roughly 480 workers will lose their jobs, the union said.",
            True,
            id="jobs cut and workers losing their jobs",
        ),
        pytest.param(
            "The university will eliminate 142 positions, the provost said.",
            "Fifty-eight faculty members are losing their jobs, the union said.",
            False,
            id="faculty members among the positions cut",
        ),
        pytest.param(
            "A consultation document allows for up to 85 compulsory redundancies, the bank said.",
            "The union said 190 jobs were at risk across the branch network.",
            False,
            id="compulsory redundancies among the jobs at risk",
        ),
        pytest.param(
            "The lift car at the Bramwick centre fell roughly 12 metres down its shaft.",
            "The car at the Bramwick centre fell 25 metres to the basement.",
            True,
            id="a length one verb tells on both sides",
        ),
        pytest.param(
            "The ship, carrying some 3,000 passengers and crew, docked on Monday.",
            "The ship is carrying 2,140 passengers, the line said on Monday.",
            False,
            id="passengers among the passengers and crew",
        ),
        pytest.param(
            "The ship, carrying some 3,000 passengers and crew, docked on Monday.",
            "The ship is carrying 4,100 passengers, the line said on Monday.",
            True,
            id="more passengers than the passengers and crew",
        ),
        pytest.param(
            (
                "Chief executive Declan Rourke said the strike was costing the company £4.2 "
                "million a day."
            ),
            "Rourke told the Courier the dispute was costing the airline £3.5 million a day.",
            True,
            id="what the strike and what the dispute cost",
        ),
        pytest.param(
            "The outage began at 6:42 p.m. on Tuesday, the utility said.",
            "The lights went out at seven forty-two on Tuesday evening, the utility said.",
            True,
            id="an outage began when the lights went out",
        ),
        pytest.param(
            "The disturbance began at 2:40 p.m. in the exercise yard, the Prison Service said.",
            "Trouble broke out at 3.40pm in the exercise yard, the governor said.",
            True,
            id="trouble opening a sentence is no name",
        ),
        pytest.param(
            "The search operation lasted 11 hours, she said.",
            (
                "The operation, which took about seven hours from the first call, ended at "
                "dawn, the team said."
            ),
            True,
            id="what lasted and what took a span",
        ),
        pytest.param(
            "Kestrel Fire and Rescue Service said 64 firefighters attended.",
            (
                "Kestrel Fire and Rescue tells us around thirty firefighters attended, and some "
                "crews remain on board damping down."
            ),
            True,
            id="what remains in another clause",
        ),
        pytest.param(
            "Hollin Reservoir was at 41% of capacity on Monday, the company said.",
            "Hollin Reservoir was only 28 per cent full on Monday, the company said.",
            True,
            id="a share of capacity and a share full",
        ),
        # A story's one resignation, told of its named subject and by its words alone.
        pytest.param(
            "Bank chief Gideon Sallow resigned on Sunday evening, the bank said.",
            "Gideon Sallow, who built the bank, announced his resignation on Monday morning.",
            True,
            id="one resignation named and unnamed",
        ),
        pytest.param(
            "Bank chief Gideon Sallow resigned on Sunday evening, the bank said.",
            "The bank's auditor announced his resignation on Monday morning.",
            False,
            id="a resignation of one not named in the article",
        ),
        # The weekday after another verb is that deed's, not the event's.
        pytest.param(
            "Mount Askarel erupted at 4:12 a.m. on Tuesday, officials said.",
            "The toll from the eruption of Mount Askarel rose to five on Wednesday, officials said.",
            False,
            id="a toll that rose on another day",
        ),
        # Round 116's false conflicts: a person who came down to a room reports no
        # collapse; two units of one kind told by their codes; what a car park holds.
        pytest.param(
            "The engine failed at 7:40 p.m., the coastguard said.",
            "Passengers said the captain came down to the lounge herself at about midnight.",
            False,
            id="a person who came down is no collapse",
        ),
        pytest.param(
            "Northmere, Oct 14 - According to Northmere, turbine E9 was last inspected in March.",
            (
                "Northmere, Oct 16 - Turbine E10, which stood beside the collapsed tower, was last"
                " inspected in August, Northmere said."
            ),
            False,
            id="two units of one kind told by their codes",
        ),
        pytest.param(
            "The Bellgate car park, which holds 450 cars, was closed, the council said.",
            "About a hundred and thirty cars are stuck in the Bellgate car park, the council said.",
            False,
            id="what a car park holds and the cars in it",
        ),
        # Which hospital those hurt were taken to: all of them, one named person, or the
        # same number of them; not two groups of another size.
        pytest.param(
            "The injured were taken to St Alder's Hospital in Kestrelford, the trust said.",
            "All of the injured were taken to Kestrel Valley General Hospital, a spokesman said.",
            True,
            id="all those hurt taken to two hospitals",
        ),
        pytest.param(
            "Rennick was taken to St. Brigid's Medical Center, a spokeswoman said.",
            "Rennick was rushed to Ashgrove General Hospital, police said.",
            True,
            id="one person taken to two hospitals",
        ),
        pytest.param(
            "Two hikers were airlifted to Ashgill General Hospital, the sheriff's office said.",
            "Four were taken by road to Tarrow Community Hospital, the trust said.",
            False,
            id="two groups taken to two hospitals",
        ),
        # An age of a described person is the age of the one person named in that role.
        pytest.param(
            "Dale Ferris, 47, the maintenance technician, was hurt, the company said.",
            "A 52-year-old maintenance technician was hurt, police said.",
            True,
            id="a described age of the one person named in a role",
        ),
        pytest.param(
            "The bus driver, Graham Tulley, 62, was cut free, police said.",
            "Police said the lorry driver, a 48-year-old man, was interviewed as a witness.",
            False,
            id="a described age of another kind of the role",
        ),
        pytest.param(
            "Ann Pike, 43, a passenger, was hurt, police said.",
            "A 34-year-old passenger was hurt, police said.",
            False,
            id="a described age of a role many share",
        ),
        # Round 117's false conflicts: who a reporter spoke to is no count; homes declared
        # unsafe are some of those damaged.
        pytest.param(
            "Organisers estimated 2,150 spectators had come to watch, the association said.",
            "I spoke to one spectator, who didn't want to be named, after it happened.",
            False,
            id="one spectator spoken to",
        ),
        pytest.param(
            (
                "A blast shook the town on Tuesday, damaging 46 homes, Pellingford District "
                "Council said."
            ),
            "Five homes were declared unsafe on Tuesday night, the council's building team said.",
            False,
            id="homes declared unsafe among those damaged",
        ),
        # Who ordered the story's evacuation; how long a place was shut, told by its reopening.
        pytest.param(
            "Fire Chief Orla Penhallow ordered the evacuation on Monday, officials said.",
            "County Executive Bram Tellwick ordered the evacuation, officials said.",
            True,
            id="two givers of one order",
        ),
        pytest.param(
            "Fire Chief Orla Penhallow ordered the evacuation on Monday, officials said.",
            "It was Chief Orla Penhallow who ordered the evacuation, officials said.",
            False,
            id="one giver of one order",
        ),
        pytest.param(
            "The centre reopened after about three hours, the fire service said.",
            "The centre was shut for almost seven hours, police said.",
            True,
            id="how long a place was shut, told by its reopening",
        ),
        # Where the story's event began: two sites of one kind, or of two kinds.
        pytest.param(
            "Fire crews say the fire started at the Quarry Road substation on Tuesday.",
            "A transformer caught fire at the Saltmarsh Lane substation, the operator said.",
            True,
            id="two substations where one fire began",
        ),
        pytest.param(
            "Fire crews say the fire started at the Quarry Road substation on Tuesday.",
            "The fire started at the Quarry Road substation, the operator said.",
            False,
            id="one substation where one fire began",
        ),
        pytest.param(
            "The outbreak began on Linden Ward, the trust said.",
            "The outbreak began at Pellingham General Hospital, the trust said.",
            False,
            id="a ward and the hospital it is in",
        ),
        # The day a deed was done to one thing, told before its passive verb.
        pytest.param(
            "Minutes of the pensions committee show the investment was approved on 12 March 2019.",
            (
                "Papers seen by the Chronicle show the investment was approved on 21 May 2019, at"
                " a meeting chaired by Councillor Alan Fairbeck."
            ),
            True,
            id="two days one investment was approved",
        ),
    ],
)
def test_two_articles(tmp_path: Path, a: str, b: str, conflict: bool) -> None:
    assert bool(pair_findings(tmp_path, "conflict", a, b)) is conflict


def test_another_years_toll_did_not_fall_to_this_ones(tmp_path: Path) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a=(
            "Heat wave kills at least 11 in Port Callowen as temperatures hit record\n\n"
            "PORT CALLOWEN, July 21 (Wire) - At least 11 people have died in a heat wave "
            "gripping the Dunmore Valley, the medical examiner's office said on Sunday.\n\n"
            "Saturday's reading broke the previous record set in 1994. The 1994 heat wave "
            "killed 23 people in the valley.\n"
        ),
        b=(
            "Port Callowen heat death toll rises to 19 as relief finally arrives\n\n"
            "PORT CALLOWEN, July 24 (Wire) - The death toll from a week-long heat wave in the "
            "Dunmore Valley has risen to 19, the medical examiner's office said on Wednesday, "
            "up from 11 on Sunday.\n"
        ),
    )
    assert conflicts == []


def test_a_forecast_for_a_day_then_that_days_figure_is_a_change(tmp_path: Path) -> None:
    changes = scanned_findings(
        tmp_path,
        "changed",
        a=(
            'Rail services cut after crash\n\nHARWICK, March 3 (Wire) - "We expect to run '
            'about 85 percent of normal services across the network on Wednesday," a '
            "Northmere Rail spokesman said on Tuesday.\n"
        ),
        b=(
            "Services recover\n\nHARWICK, March 5 (Wire) - Northmere Rail said it ran 72 "
            "percent of its normal services across the network on Wednesday.\n"
        ),
    )
    assert [len(finding.claims) for finding in changes] == [2]


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        pytest.param(
            (
                'Cathedral fire\n\nHARWICK, March 3 (Wire) - "At the height of the blaze we had '
                '85 firefighters at the scene," the chief fire officer said on Tuesday.\n'
            ),
            (
                "Cathedral roof lost\n\nHARWICK, March 4 (Courier) - The station manager said 62 "
                "firefighters were at the scene at the peak of the fire.\n"
            ),
            1,
            id="responders at the height and at the peak of one fire",
        ),
        pytest.param(
            (
                "Gas leak forces evacuation\n\nBRENHAVEN, Oct 14 (Wire) - Residents of 140 homes "
                "were evacuated from Tollery Road on Tuesday after a gas main leaked, the fire "
                "service said.\n"
            ),
            (
                "THE BRENHAVEN COURIER\nWednesday 15 October 2025\n\nFamilies spend night away\n\n"
                "Residents of 180 homes were told to leave Tollery Road early yesterday morning "
                "as firefighters worked.\n"
            ),
            1,
            id="yesterday, told on the day after",
        ),
        pytest.param(
            (
                "Relief for growers\n\nHALVERN, Oct 13 (Wire) - Farm minister Ada Vell announced "
                "€12 million in flood relief for growers on Monday.\n"
            ),
            (
                "RADIO HALVERN\nTuesday, October 14, 2025\n\nThe minister, Ada Vell, announced "
                "nineteen million euros in flood relief yesterday.\n"
            ),
            1,
            id="yesterday in a dated transcript, against the weekday named",
        ),
        pytest.param(
            (
                "Quiz blog\n\nPosted Sunday 9 November 2025\n\nThe quiz society's crowdfunder "
                "to send its team to the championships had raised £3,200 by lunchtime today.\n"
            ),
            (
                "Crowdfunder soars\n\nBRENNOCK, Nov 11 (Wire) - The crowdfunder launched by the "
                "quiz society to send its team to the championships has raised £11,750, the "
                "society said on Tuesday.\n"
            ),
            0,
            id="a sum raised by lunchtime, then a later total",
        ),
        pytest.param(
            (
                "THE TARNE COURIER\nTuesday 10 June 2025\n\nMissing walker safe\n\nThe missing "
                "walker was found 4.2 miles from the car park, police said.\n"
            ),
            (
                "Walker home\n\nTARNE (Wire) - The walker was found nine miles from the car "
                "park where she had left her car on Saturday morning, police said.\n"
            ),
            1,
            id="how far from a place a deed was done, told days apart",
        ),
        pytest.param(
            (
                "THE TARNE COURIER\nTuesday 10 June 2025\n\nWildfire nears village\n\nThe "
                "fire was 4 miles from the village on Tuesday, fire crews said.\n"
            ),
            (
                "Village waits\n\nTARNE, June 12 (Wire) - The fire was 1 mile from the "
                "village, fire crews said.\n"
            ),
            0,
            id="where a fire stands, told days apart",
        ),
        pytest.param(
            (
                "THE ORLEY POST\nTuesday 10 June 2025\n\nLending falls\n\nLoans of books at "
                "the county's libraries are down nearly 30 percent since 2015, the council "
                "said.\n"
            ),
            (
                "Libraries under threat\n\nORLEY, June 12 (Wire) - Loans of books at the "
                "county's libraries have fallen by barely 10 percent since 2015, the council "
                "said.\n"
            ),
            1,
            id="a change since a stated year, told days apart",
        ),
        pytest.param(
            (
                "THE ORLEY POST\nTuesday 10 June 2025\n\nHarvest shrinks\n\nThe valley's "
                "growers said the harvest was down 12 percent on last year.\n"
            ),
            (
                "Small harvest\n\nORLEY, June 12 (Wire) - The valley's growers said the "
                "harvest was down 31 percent from last year.\n"
            ),
            1,
            id="a change on last year, told days apart",
        ),
        pytest.param(
            (
                "THE HARWICK POST\nTuesday 3 June 2025\n\nUnit to close\n\nThe trust says the "
                "closure will save £3.1 million a year.\n"
            ),
            (
                "Maternity unit\n\nHARWICK, June 3 (Wire) - The trust said the change would save "
                "£2.4 million a year.\n"
            ),
            1,
            id="a saving per year, told on one day",
        ),
        pytest.param(
            (
                "THE ORLEY POST\nMonday 3 November 2025\n\nSystems down\n\nThe health "
                "board said 1,280 outpatient appointments were postponed across both sites.\n"
            ),
            (
                "Systems back\n\nORLEY, Nov. 5 (Wire) - A total of 3,460 outpatient "
                "appointments were postponed across the health board's two sites over the two "
                "days, it said.\n"
            ),
            0,
            id="a count over the days up to a later report",
        ),
        pytest.param(
            (
                "THE ORLEY POST\nMonday 3 November 2025\n\nSystems down\n\nThe health "
                "board said Monday's disruption had cost an estimated £1.2 million, including "
                "overtime for staff.\n"
            ),
            (
                "Systems back\n\nORLEY, Nov. 4 (Wire) - The health board estimated that "
                "Monday's disruption alone cost £3.5 million, a spokesperson said.\n"
            ),
            1,
            id="a sum with more counted in it that is the smaller",
        ),
        pytest.param(
            (
                "Bicycle haul\n\nHARWICK, Oct 14 (Wire) - Police seized 212 stolen bicycles "
                "from a warehouse in Harwick on Tuesday, a spokesman said.\n"
            ),
            (
                "THE HARWICK COURIER\nWednesday 15 October 2025\n\nWarehouse raid\n\nPolice "
                "seized 340 stolen bicycles from the warehouse, a spokesman said.\n"
            ),
            1,
            id="a day's figure and the next day's report of it with no day",
        ),
        pytest.param(
            (
                "School shut\n\nLOWMOOR, Nov 4 (Wire) - Lowmoor Academy closed on Monday 3 "
                "November after contractors repairing a roof leak found damaged ceiling tiles "
                "at 2.30pm on Friday, according to the trust.\n"
            ),
            (
                "THE LOWMOOR NEWS\nTuesday 4 November 2025\n\nAsbestos found\n\nContractors "
                "fixing a leak found damaged ceiling tiles at half past two on Friday "
                "afternoon.\n"
            ),
            0,
            id="the day right after a clock time is its own",
        ),
        pytest.param(
            (
                "Bicycle haul\n\nHARWICK, Oct 14 (Wire) - Police seized 212 stolen bicycles "
                "from a warehouse in Harwick on Tuesday, a spokesman said.\n"
            ),
            (
                "THE HARWICK COURIER\nWednesday 15 October 2025\n\nWarehouse raid\n\nPolice "
                "have now seized 340 stolen bicycles from the warehouse, a spokesman said.\n"
            ),
            0,
            id="a figure as it stands the next day",
        ),
        pytest.param(
            (
                "Storm grounds flights\n\nKESTRELFORD, March 3 (Wire) - Northmere Airways "
                "cancelled 212 flights at Kestrelford on Monday, the airline said.\n"
            ),
            (
                "THE KESTRELFORD COURIER\nTuesday 4 March 2025\n\nStranded\n\nNorthmere "
                "Airways grounded its fleet for most of Monday. The airline said 148 of the "
                "flights it cancelled were domestic routes, including every service to Port "
                "Arran.\n"
            ),
            0,
            id="some of the flights said to be of one kind",
        ),
    ],
)
def test_two_dated_articles(tmp_path: Path, a: str, b: str, conflicts: int) -> None:
    """Articles with their own dates: when each figure holds, read against its article's."""
    assert len(scanned_findings(tmp_path, "conflict", a=a, b=b)) == conflicts


def test_a_bound_orders_of_magnitude_below_a_figure_is_of_something_else(
    tmp_path: Path,
) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a=(
            "Train derails\n\nHARWICK, March 3 (Wire) - Three people were killed when a train "
            "derailed on Tuesday, police said.\n\nThe fire service said crews had worked for "
            "more than four hours to free passengers.\n"
        ),
        b=(
            "Derailment\nBroadcast: Tuesday, March 3\n\nMENDES: The driver has been named as "
            "Tom Pell. Northvale Rail says he has worked for the company for nineteen years.\n"
        ),
    )
    assert conflicts == []


GAME = (
    "Rovers win\n\nTom Orlen scored 23 points on Friday as the Rovers beat the Hawks. "
    "Ann Vale added 11 points. Orlen {total} points.\n"
)


@pytest.mark.parametrize(
    ("total", "conflict"),
    [
        # A player's total as it stands: two scopes (the game's points and the career's)
        # in one article are no two values of one thing, and "now" says which is meant.
        ("now has 2,029", True),
        ("now has 2,129", False),
        # Without "now", "points" alone does not say whose or which points.
        ("has scored 2,029", False),
    ],
)
def test_a_named_subjects_current_total_beside_a_game_figure(
    tmp_path: Path, total: str, conflict: bool
) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a=GAME.format(total="now has 2,129"),
        b=GAME.format(total="now has 2,129").replace("Ann Vale added 11", "Vale added 11"),
        c=GAME.format(total=total),
    )
    assert bool(conflicts) is conflict
    if conflict:
        assert "2,029" in conflicts[0].message and "2,129" in conflicts[0].message


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        # One named player, one verb, one season: a small count is still one deed counted.
        ("Dan Orlen missed 10 games this season with the knee injury", True),
        # Another verb counts another thing.
        ("Dan Orlen started 10 games this season", False),
        # Another player.
        ("Ben Kerr missed 10 games this season with a knee injury", False),
    ],
)
def test_a_small_count_of_one_named_deed(tmp_path: Path, other: str, conflict: bool) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a=(
            "Orlen back\n\nROVERTON, Jan. 4 (Wire) - Dan Orlen missed nine games this season "
            "with a knee injury, the Rovers said on Monday.\n"
        ),
        b=f"Orlen returns\n\nROVERTON, Jan. 4 - {other}, the Rovers said on Monday.\n",
    )
    assert bool(conflicts) is conflict


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        # The day written beside one article's clock time of the collapse against the
        # other's day of it.
        ("The roof came down on Sunday morning, minutes after play began", True),
        ("The roof came down on Saturday morning, minutes after play began", False),
    ],
)
def test_the_day_beside_an_events_clock_time_meets_its_day(
    tmp_path: Path, other: str, conflict: bool
) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a=(
            "Hall roof falls\n\nOSKERBY (Wire) - The roof of the Oskerby sports hall fell in "
            "under heavy snow. The collapse happened at 10:50 a.m. on Saturday, police said.\n"
        ),
        b=f"Hall collapse\n\nThe Oskerby sports hall is closed. {other}, police said.\n",
    )
    assert bool(conflicts) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # What follows a change noun is what changed; the words before the figure are who
        # changed it.
        (
            "The budget makes a 21 percent cut to library funding, the council said on Tuesday.",
            "The budget raises property taxes by 2.9 percent, the council said on Tuesday.",
            False,
        ),
        (
            "The budget makes a 21 percent cut to library funding, the council said on Tuesday.",
            "The budget makes a 12 percent cut to library funding, the council said on Tuesday.",
            True,
        ),
        # Asking for a sum is demanding it, not spending it.
        (
            "The hackers are asking for about $2 million, police said on Monday.",
            "The hackers have demanded a ransom of more than $5 million, police said on Monday.",
            True,
        ),
        (
            "The hackers are asking for about $2 million, police said on Monday.",
            "The bank has spent $6.5 million on its response, police said on Monday.",
            False,
        ),
        # Those whose records were taken are not the workforce.
        (
            (
                "The bank has about 1,200 employees, according to its website, and a branch "
                "network across the south of the state."
            ),
            (
                "The bank confirmed that records of 1,030 employees, including payroll and "
                "bank details, were among the files taken."
            ),
            False,
        ),
        # A ban given by its verb and by its noun.
        (
            "Runner Ann Lind has been banned for four years, the commission said on Tuesday.",
            "Runner Ann Lind was handed a three-year suspension, the commission said on Tuesday.",
            True,
        ),
        # People taken to two named places are some of all who were taken.
        (
            "Two hikers were airlifted to Ashgill General Hospital, the sheriff said on Sunday.",
            "Four were taken by road to Tarrow Community Hospital, the sheriff said on Sunday.",
            False,
        ),
        (
            "Two hikers were airlifted to Ashgill General Hospital, the sheriff said on Sunday.",
            "Four hikers were airlifted to Ashgill General Hospital, the sheriff said on Sunday.",
            True,
        ),
    ],
)
def test_what_a_figure_is_of(tmp_path: Path, first: str, second: str, conflict: bool) -> None:
    assert bool(pair_findings(tmp_path, "conflict", first, second)) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # The story's one ruling, whoever each sentence names beside it.
        (
            "A family court judge ruled on Tuesday that Orlen must pay, lawyers said.",
            "Judge Ann Pell handed down her ruling on Wednesday, lawyers said.",
            True,
        ),
        # A man and a woman found dead: two events.
        (
            "A driver was found dead in his cab early on Friday, police said.",
            "A woman was found dead in her car on Saturday, police said.",
            False,
        ),
    ],
)
def test_the_day_of_a_storys_one_event(
    tmp_path: Path, first: str, second: str, conflict: bool
) -> None:
    assert bool(pair_findings(tmp_path, "conflict", first, second)) is conflict


BOX_SCORE = (
    "Rovers win\n\nTom Orlen scored 23 points on Friday as the Rovers beat the Hawks 88-80. "
    "Ann Vale added 11 points.\n"
)


@pytest.mark.parametrize(
    ("other", "values"),
    [
        # One named player's points in the game, credited by a scoring verb on both sides.
        ("Ann Vale chipped in 13 points", {("11", "13")}),
        ("Ann Vale finished with 11 points", set()),
        # Another tally than the game's: a season's average, a career's total.
        ("Ann Vale is averaging 13 points", set()),
        ("Ann Vale has 900 career points", set()),
        # Another player's points are no account of Vale's.
        ("Ben Kerr had 13 points", set()),
    ],
)
def test_a_named_players_points_in_the_game(
    tmp_path: Path, other: str, values: set[tuple[str, ...]]
) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a=BOX_SCORE,
        b=f"Hawks fall\n\nThe Rovers beat the Hawks 88-80 on Friday. {other}.\n",
    )
    assert {
        tuple(sorted({item.value.split()[0] for item in f.evidence})) for f in conflicts
    } == values


def conflicts_of_one_group(texts: dict[str, str], noun: str) -> list[Finding]:
    """The conflicts of articles whose groups of counts of a noun are taken for one group,
    as matching may gather them through claims that name no one."""
    from claimcheck.checks import CheckContext
    from claimcheck.checks.conflicts import check
    from claimcheck.frames import attach_frames
    from claimcheck.match import NameResolver, find_matches, group_matches

    found = [
        claim
        for name, text in texts.items()
        for claim in attach_frames(text, article_claims(text, name))
    ]
    names = NameResolver(Config())
    matches = find_matches(found, names, texts)
    groups = [
        group
        for group in group_matches(found, matches, names)
        if group.measure.split()[-1:] == [noun]
    ]
    assert len(groups) > 1
    joined = groups[0].model_copy(
        update={"claims": [c.id for c in found if any(c.id in group.claims for group in groups)]}
    )
    context = CheckContext(
        config=Config(),
        names=names,
        sources=[
            Source(id=name, path=name, chars=len(text), sha256="") for name, text in texts.items()
        ],
        texts=texts,
        claims=found,
        matches=[m for m in matches if m.left.id in joined.claims],
        groups=[joined],
    )
    conflicts = check(context)
    assert {f.group for f in conflicts} <= {joined.id}
    return conflicts


def test_each_disagreement_of_a_group_is_its_own_finding() -> None:
    """Two players' points in one group: each disagreement is shown apart, not as one
    finding of four values, and a claim joins the side of its value."""
    conflicts = conflicts_of_one_group(
        {
            "a.txt": BOX_SCORE,
            "b.txt": (
                "Hawks fall\n\nThe Rovers beat the Hawks 88-80 on Friday. Tom Orlen scored 25 "
                "points and Ann Vale had 13 points.\n"
            ),
            "c.txt": "Rovers roll\n\nTom Orlen scored 23 points on Friday.\n",
        },
        "points",
    )
    assert sorted(
        tuple(item.source + " " + item.value.split()[0] for item in f.evidence) for f in conflicts
    ) == [("a.txt 11", "b.txt 13"), ("a.txt 23", "b.txt 25", "c.txt 23")]


def test_two_named_kinds_of_one_noun_in_one_article_are_two_counts() -> None:
    """An article that gives "14 Kestranian diplomats" and "nine Valdorian diplomats" gives
    two counts, not two values of one thing, so its 14 still stands against the other
    article's 11 when matching gathers all four counts in one group."""
    conflicts = conflicts_of_one_group(
        {
            "a.txt": (
                "Expulsions\n\nVALDORIA (Wire) - Valdoria on Tuesday ordered 14 Kestranian "
                "diplomats to leave. Kestrania said it had expelled nine Valdorian diplomats.\n"
            ),
            "b.txt": (
                "Expulsions\n\nValdoria on Tuesday ordered 11 Kestranian diplomats to leave. "
                "Kestrania said it was expelling 9 Valdorian diplomats.\n"
            ),
        },
        "diplomats",
    )
    assert [sorted(item.value.split()[0] for item in f.evidence) for f in conflicts] == [
        ["11", "14"]
    ]


# Sentences that name nobody, between a lead and a figure: the figure's subject is
# named only in the article's lead, further back than a paragraph or two.
FILLER = " ".join(
    f"Critics said the change would weaken protection for rivers, number {n} in the list."
    for n in range(1, 9)
)


@pytest.mark.parametrize(
    ("lead", "day", "conflict"),
    [
        # The subject named in the other article's lead, both articles of one day: a
        # running total reported that day cannot be two figures.
        ("The Orlen Agency finalised", "Thursday", True),
        # Reports of two days: the later may count comments that came in between.
        ("The Orlen Agency finalised", "Monday", False),
        # The lead names no one: whose comments, the other article cannot tell.
        ("Officials finalised", "Thursday", False),
    ],
)
def test_a_subject_named_in_the_lead_of_the_other_article(
    tmp_path: Path, lead: str, day: str, conflict: bool
) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a="River rule final\n\nOn Thursday the Orlen Agency finalised a rule on rivers. "
        "The Orlen Agency proposed the rule in May and since has received nearly 300,000 "
        "comments.\n",
        b=f"Rule adopted\n\n{lead} a rule on rivers on {day}. {FILLER} Officials said the "
        "agency received nearly 235,000 comments on the change.\n",
    )
    assert bool(conflicts) is conflict


CAREER = (
    "{title}\n\nThe Rovers beat the Hawks on Friday. Orlen finished with 20 points and now "
    "has {total} for his career.{record}\n"
)


def test_career_totals_written_in_full_are_held_to_their_digits(tmp_path: Path) -> None:
    record = " Ann Vale holds the record with 2,769 points."
    write_articles(
        tmp_path,
        a=CAREER.format(title="Rovers win", total="2,301", record=""),
        b=CAREER.format(title="Orlen shines", total="2,302", record=record),
        c=CAREER.format(title="Hawks beaten", total="2,302", record=record).replace(
            "finished with", "scored"
        ),
    )
    findings = scan([tmp_path]).findings
    (conflict,) = [f for f in findings if f.kind == "conflict"]
    assert "2,301" in conflict.message and "2,302" in conflict.message
    # The game's 20 points, in the same group, are still backed by all three.
    backed = [f for f in findings if f.kind == "corroborated" and f.group == conflict.group]
    assert len(backed) == 1 and "say 20 points" in backed[0].message


@pytest.mark.parametrize(
    ("age", "conflict"),
    [
        # The one person the story names at 36 is the climber described by that age.
        ("36", True),
        # No one named is 37: whose fall it is, nothing says.
        ("37", False),
    ],
)
def test_a_person_described_by_age_is_the_one_named_with_it(
    tmp_path: Path, age: str, conflict: bool
) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a="Climber dies\n\nLast updated 10:02 14/09/2013\n\nOn Friday, 36-year-old Dana Rait "
        "died after falling about 60 "
        "metres from a ridge near the glacier.\n",
        b=f"Fall on Mount Sefra\n\nLast updated 13:26 14/09/2013\n\nA {age}-year-old climber "
        "is dead after falling about 150 metres on Mount Sefra.\n",
    )
    assert bool(conflicts) is conflict


def test_a_toll_killed_in_the_story_event_is_the_whole_toll(tmp_path: Path) -> None:
    """ "killed in the collapse" says how the toll came about, not where a part of it holds:
    it contradicts another report of the same day ("when the span fell")."""
    dateline = "NORDEN, March 3, 2025 - "
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a=(
            f"Norden bridge collapse kills 12\n\n{dateline}A bridge over the Orlen River "
            "collapsed on Monday. Twelve people were killed when the span fell into the water, "
            "fire chief Ann Vale said.\n"
        ),
        b=(
            f"Death toll rises in Norden\n\n{dateline}The Orlen River bridge gave way on "
            "Monday. According to city officials, 19 people were killed in the collapse.\n"
        ),
    )
    assert len(conflicts) == 1


def test_a_forecast_revised_days_later_is_no_conflict(tmp_path: Path) -> None:
    """ "would stay closed for at least 14 days" on May 6 and "would now stay closed for at
    least 30 days" on May 8: the estimate was revised, no account contradicts another."""
    write_articles(
        tmp_path,
        a=(
            "Norden bridge shut\n\nNORDEN, May 6, 2025 - Port director Ann Vale said the "
            "crossing would stay closed for at least 14 days.\n"
        ),
        b=(
            "Norden bridge shut longer\n\nNORDEN, May 8, 2025 - Port director Ann Vale said "
            "the crossing would now stay closed for at least 30 days.\n"
        ),
    )
    kinds = {f.kind for f in scan([tmp_path]).findings if "shut" in f.message}
    assert "conflict" not in kinds


@pytest.mark.parametrize(
    ("later", "kinds"),
    [
        ("the runway was in fact closed for four and a half hours.", {"changed"}),
        # Two forecasts of one length stay two accounts of it.
        ("the runway would be closed for four and a half hours.", {"conflict"}),
    ],
)
def test_a_forecast_length_against_the_length_that_passed_is_a_change(
    tmp_path: Path, later: str, kinds: set[str]
) -> None:
    """ "would be closed for about two hours" on May 6 and "was closed for four and a half
    hours" on May 7: the first foresaw what the second reports."""
    write_articles(
        tmp_path,
        a=(
            "Brenmoor runway shut\n\nBRENMOOR, May 6, 2025 - Brenmoor Airport said its only "
            "runway would be closed for about two hours.\n"
        ),
        b=f"Brenmoor runway reopens\n\nBRENMOOR, May 7, 2025 - Officials said {later}\n",
    )
    found = {f.kind for f in scan([tmp_path]).findings if f.kind in ("changed", "conflict")}
    assert found == kinds


def test_a_length_engineers_expected_against_the_length_that_passed(tmp_path: Path) -> None:
    """ "engineers expected the repair to take about 48 hours" on May 6, "the repair took 58
    hours" on May 9: an expectation, no account of the time that passed."""
    write_articles(
        tmp_path,
        a=(
            "Water main bursts\n\nBRENMOOR, May 6, 2025 - Brenmoor Water said its engineers "
            "expected the repair to take about 48 hours.\n"
        ),
        b=(
            "Water back on\n\nBRENMOOR, May 9, 2025 - Brenmoor Water said the repair took 58 "
            "hours.\n"
        ),
    )
    assert not [f for f in scan([tmp_path]).findings if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "The Vela, a 189-metre bulk carrier owned by Norden Lines, ran aground.",
            "The Vela is a 212-metre bulk carrier built in 2011.",
            True,
            id="one ship's length, days apart",
        ),
        pytest.param(
            "The Orlen fire, a 5,000-acre blaze, forced hundreds from their homes.",
            "The Orlen fire, an 8,000-acre blaze, kept burning.",
            False,
            id="a fire's size, days apart",
        ),
    ],
)
def test_the_size_of_a_named_built_thing_does_not_change(
    tmp_path: Path, first: str, second: str, conflict: bool
) -> None:
    """A ship or a building keeps its size from one day's report to the next; a fire,
    which grows, does not."""
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a=f"Ship report\n\nNORDEN, May 6, 2025 - {first}\n",
        b=f"Ship report\n\nNORDEN, May 7, 2025 - {second}\n",
    )
    assert bool(conflicts) is conflict


OUTBREAK = (
    "NORDEN, May 10, 2025 - Health officials confirmed 38 cases of illness in Norden on Saturday."
)
FLOOD = "NORDEN, May 10, 2025 - Twelve people were killed in the floods on Saturday."


@pytest.mark.parametrize(
    ("first", "later", "conflict"),
    [
        # "said Wednesday" in an article of Wednesday 14 May is four days after Saturday 10
        # May, not three days before it: the toll grew, no report contradicts the other.
        (
            FLOOD,
            (
                "NORDEN, May 14, 2025 - At least 20 people have been killed in the floods, "
                "officials said Wednesday."
            ),
            False,
        ),
        (
            OUTBREAK,
            (
                "NORDEN, May 14, 2025 - The number of confirmed cases has climbed to 61, the "
                "health department said Wednesday."
            ),
            False,
        ),
        # Two counts of one Saturday contradict each other.
        (
            OUTBREAK,
            (
                "NORDEN, May 10, 2025 - There are now 45 confirmed cases of illness in Norden, "
                "the state health agency said Saturday."
            ),
            True,
        ),
    ],
)
def test_weekdays_of_dated_articles_are_dates(
    tmp_path: Path, first: str, later: str, conflict: bool
) -> None:
    assert bool(pair_findings(tmp_path, "conflict", first, later)) is conflict


@pytest.mark.parametrize(
    ("later", "conflict"),
    [
        # People displaced go home or flee from one day to the next: two days, two figures.
        (
            (
                "NORDEN, May 12, 2025 - The number of displaced people has fallen to 4,100, "
                "officials said."
            ),
            False,
        ),
        ("NORDEN, May 10, 2025 - Officials said 3,200 people had been displaced.", True),
    ],
)
def test_people_displaced_compare_within_one_day(
    tmp_path: Path, later: str, conflict: bool
) -> None:
    first = (
        "NORDEN, May 10, 2025 - More than 5,000 people have been displaced, according to the "
        "emergency office."
    )
    assert bool(pair_findings(tmp_path, "conflict", first, later)) is conflict


def test_a_change_since_a_day_and_a_years_growth_are_not_the_days_move(tmp_path: Path) -> None:
    """Shares up 22% on Tuesday, 31% since Tuesday, and sales up 14% from a year earlier
    are three different changes, not three accounts of one."""
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a=(
            "Deal report\n\nHALDEN, June 3, 2025 - Qorvane agreed to buy Vale Systems on "
            "Tuesday. Vale shares rose 22% in early trading on Tuesday.\n"
        ),
        b=(
            "Deal news\n\nHALDEN, June 3, 2025 - Qorvane is buying Vale Systems. Vale stock "
            "jumped 22 percent on Tuesday morning.\n"
        ),
        c=(
            "Deal update\n\nHALDEN, June 5, 2025 - Vale shares have risen 31% since the "
            "acquisition was announced on Tuesday, according to exchange data.\n"
        ),
        d=(
            "Trade note\n\nVale posted quarterly sales of $0.91 billion in the first quarter, "
            "up 14% from a year earlier, according to its filing.\n"
        ),
    )
    assert conflicts == []


@pytest.mark.parametrize(
    ("later", "conflict"),
    [
        ("NORDEN, June 3, 2025 - Eight people survived the crash, the fire chief said.", True),
        # Two days later some of them may have died: another day's figure.
        (
            (
                "NORDEN, June 5, 2025 - Five people survived the crash, the hospital said, "
                "after a passenger died on Wednesday."
            ),
            False,
        ),
    ],
)
def test_survivors_compare_within_one_day(tmp_path: Path, later: str, conflict: bool) -> None:
    first = (
        "NORDEN, June 3, 2025 - A small plane crashed near Norden on Monday. Six people "
        "survived the crash, police said."
    )
    assert bool(pair_findings(tmp_path, "conflict", first, later)) is conflict


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # Power comes back: fewer homes without it two days later is no contradiction.
        (
            (
                "NORDEN, June 3, 2025 - About 85,000 homes were without power on Tuesday, the "
                "utility said."
            ),
            (
                "NORDEN, June 5, 2025 - The utility said 40,000 homes remained without power on "
                "Thursday."
            ),
        ),
        # A later estimate that says it is new revises the earlier one.
        (
            "NORDEN, June 3, 2025 - Insurers estimated the damage at $1.2 billion.",
            "NORDEN, June 5, 2025 - The governor's office now estimates damage at $1.8 billion.",
        ),
    ],
)
def test_what_changes_from_day_to_day_is_no_conflict(
    tmp_path: Path, first: str, later: str
) -> None:
    assert pair_findings(tmp_path, "conflict", first, later) == []


def test_a_figure_of_an_earlier_occasion_is_history(tmp_path: Path) -> None:
    earlier = "Turnout at the previous municipal election, in 2021, was 48.9 percent."
    today = "Turnout reached 58.7 percent, the returning officer said on Monday."
    assert pair_findings(tmp_path / "earlier", "conflict", earlier, today) == []
    # Without the word that makes it earlier, the year may be the story's own.
    same = "Turnout at the municipal election, in 2021, was 48.9 percent."
    assert pair_findings(tmp_path / "same", "conflict", same, today)


def test_last_years_figure_is_not_todays(tmp_path: Path) -> None:
    assert (
        pair_findings(
            tmp_path,
            "conflict",
            "Brindle, which operates 1,240 stores, said it had hired investigators.",
            "Last year Brindle had 1,180 stores; it now has 1,240, each with its own tills.",
        )
        == []
    )


@pytest.mark.parametrize(("later_date", "conflict"), [("October 9", False), ("July 15", True)])
def test_a_plan_and_what_came_of_it_months_later(
    tmp_path: Path, later_date: str, conflict: bool
) -> None:
    plan = (
        "HARWICK, July 15 (Wire) - The data protection authority said on Monday it intends to "
        "fine Brindle Holdings $18 million over the breach."
    )
    outcome = (
        f"HARWICK, {later_date} (Wire) - The data protection authority fined Brindle Holdings "
        "$12.5 million over the breach."
    )
    assert bool(pair_findings(tmp_path, "conflict", plan, outcome)) is conflict


def test_a_part_listed_after_its_whole_is_no_second_value(tmp_path: Path) -> None:
    first = (
        "KESTREL BAY, March 3 (Wire) - The ferry was certified to carry 300 passengers, but "
        "the operator's manifest listed 362 people aboard, including a crew of 18."
    )
    later = (
        "KESTREL BAY, March 3 (Wire) - A passenger manifest seen by the Courier lists 392 "
        "people aboard."
    )
    conflicts = pair_findings(tmp_path, "conflict", first, later)
    assert len(conflicts) == 1
    # The crew is a part of those aboard: no side of the disagreement.
    assert "18" not in conflicts[0].message


@pytest.mark.parametrize(
    ("first", "later", "conflict"),
    [
        # Three years apart: no few days between the reports explain it.
        (
            "Pell, 58, who has served as deputy mayor for six years, conceded on Sunday night.",
            (
                "Pell, who served as deputy mayor for nine years, said on Thursday he would not "
                "go to court."
            ),
            True,
        ),
        # Four days apart: the days between the reports may.
        (
            "Pell has been missing for four days, police said on Sunday.",
            "Pell has now been missing for eight days, police said on Thursday.",
            False,
        ),
    ],
)
def test_spans_of_time_days_apart(tmp_path: Path, first: str, later: str, conflict: bool) -> None:
    first = f"PORT ALDWIN, October 19 (Wire) - {first}"
    later = f"PORT ALDWIN, October 23 (Wire) - {later}"
    assert bool(pair_findings(tmp_path, "conflict", first, later)) is conflict


def test_a_figure_of_no_kind_is_of_the_kind_that_backs_it(tmp_path: Path) -> None:
    findings = scanned_findings(
        tmp_path,
        "conflict",
        wire="Stadium\n\nThe company has promised 3,500 construction jobs and 1,200 permanent "
        "jobs once the venue is running.\n",
        gazette="Stadium\n\nBrightwater says building it will create 3,500 jobs over three "
        "years.\n",
        column="Stadium\n\nAs for the 1,200 permanent jobs Brightwater promises, most will be "
        "part-time.\n",
    )
    assert findings == []


def test_ages_in_reports_of_one_weekday_are_of_one_time(tmp_path: Path) -> None:
    first = "Gregor Vance, 58, was convicted on Tuesday of fraud, the court said."
    later = "A jury on Tuesday convicted Vance, 61, of fraud, prosecutors said."
    conflicts = pair_findings(tmp_path, "conflict", first, later)
    assert len(conflicts) == 1
    assert "states none" not in conflicts[0].reason


def test_a_toll_of_an_earlier_event_the_other_article_brings_in(tmp_path: Path) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        wire=(
            "Explosion at Marrowfield chemical plant kills three workers\n\nMARROWFIELD, Oct 7 "
            "(Continental Press Service) - An explosion tore through a chemical plant on the "
            "edge of Marrowfield early on Tuesday, killing three workers and injuring 11 "
            "others, officials said.\n"
        ),
        blog=(
            "Marrowfield was a disaster waiting to happen\n\nChemical Hazard Watch (blog) | "
            "October 8 | Posted by Renata Solberg\n\nAnd this was not the first warning. In "
            "2009, a fire at the plant injured six workers and forced 800 residents from their "
            "homes.\n"
        ),
    )
    assert conflicts == []


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        (
            "The Marlow Bridge was opened in 1962, the council said.",
            "The Marlow Bridge was opened in 1958, the council said.",
            "factual: the sources give one event different times",
        ),
        (
            "Ada Brill, 41, was arrested on Sunday, police said.",
            "Police said Ada Brill, 47, was arrested on Sunday.",
            "factual: the stated attribute differs for the same time",
        ),
    ],
)
def test_a_conflict_over_when_an_event_happened_is_not_said_to_be_for_one_time(
    tmp_path: Path, first: str, second: str, reason: str
) -> None:
    assert [f.reason for f in pair_findings(tmp_path, "conflict", first, second)] == [reason]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Strike\n\nThe last strike at Alderton General, in 2009, involved about 600 porters.",
            "Strike update\n\nMonday 3 March 2025\n\nHundreds of porters are on strike "
            "tonight at Alderton General.",
            id="the last strike's figure of its year",
        ),
        pytest.param(
            "Leak\n\nOfficials said the order covers everyone within three miles of the tracks.",
            "Leak update\n\nMonitors said the plume travelled nearly five kilometres before it "
            "thinned out.",
            id="two lengths of what, neither says",
        ),
    ],
)
def test_figures_of_other_things_back_nothing(tmp_path: Path, a: str, b: str) -> None:
    assert scanned_findings(tmp_path, "corroboration", a=a, b=b) == []


def test_dozens_neither_backs_nor_contradicts_hundreds(tmp_path: Path) -> None:
    a = "Mall\n\nDozens of shoppers sheltered in shops and storerooms, police said."
    b = "Mall update\n\nAbout 300 shoppers sheltered in shops and storerooms, police said."
    assert scanned_findings(tmp_path, "corroboration", a=a, b=b) == []
    assert scanned_findings(tmp_path / "conflicts", "conflict", a=a, b=b) == []


DISTANCES_OF_TWO_DEEDS = (
    "CALDER, June 14 - The suspect was arrested roughly two miles from the mall, police "
    "said. He lived about 5 miles from the mall, records show."
)
COSTS_OF_TWO_DEEDS = (
    "PORT CALLOWAY, Sept 17 - The stadium at Tollard Point will cost $468 million, according "
    "to the city's finance office, and will hold 18,500 seats. Team owner Lucan Ferrovy said "
    "his group would cover the remaining $318 million and any cost overruns."
)
RECALL_WITH_A_PART = (
    "ELMOUTH, June 1 - The recall covers 84,000 scooters. About 6,000 scooters were "
    "returned on the first day alone, the maker said."
)
PRISONERS_OF_TWO_DEEDS = (
    "BRACKEN, March 10 - Prison bosses said 48 prisoners took part in the disorder. "
    "A total of 14 prisoners were transferred to other jails overnight, they said."
)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # What may happen is no account of what did (blind round 25's egg prices).
        (
            "Egg prices could rise by 15 percent before Christmas, a trader said.",
            "Egg prices have already risen by 6 percent this week, the board said.",
            False,
        ),
        (
            "The repairs might top 4 million dollars, engineers said.",
            "The repairs cost 2.5 million dollars, the council said.",
            False,
        ),
        # What a thing like the one stolen "can sell for" is no account of its worth, and a
        # rise of "inflation plus 3.9 percent" none of the whole rise (round 66).
        (
            "A first edition like the one stolen can sell for £400,000 at auction, dealers say.",
            "The stolen first edition was worth about £2.4 million, the university said.",
            False,
        ),
        (
            "Velora bills will go up by inflation plus 3.9 percent from April, the company said.",
            "Velora will raise bills by 7.9 percent from April, the company said.",
            False,
        ),
        # Nor against a forecast (round 31's repair bill).
        (
            "The deputy mayor said the final cost may well exceed $5 million.",
            "The city says repairs will cost some 2.4 million dollars.",
            False,
        ),
        (
            "The deputy mayor said repairs will cost $5 million.",
            "The city says repairs will cost some 2.4 million dollars.",
            True,
        ),
        # A rate is no total, and a guaranteed part no contract's worth (round 31).
        (
            "The offense has averaged 141 rushing yards per game, much of it from Kessel.",
            "Kessel has 812 rushing yards through eight games.",
            False,
        ),
        (
            "His deal is a one-year flyer with $0.6 million guaranteed, his agent said.",
            "He signed a one-year deal worth $2.1 million, his agent said.",
            False,
        ),
        # A share's closing prices on two days, a breakup fee beside the deal's price, and
        # a forecast beside last season's figure (round 32).
        (
            "Parrowmark shares closed Monday at $46.66, below the offer price, traders said.",
            "Parrowmark shares closed Tuesday at $47.35, near the offer price, traders said.",
            False,
        ),
        (
            "Quillstone agreed to buy Parrowmark for $6.2 billion, the companies said.",
            "Parrowmark would owe Quillstone a breakup fee of $210 million, a filing showed.",
            False,
        ),
        (
            "Northwave expects the season finale to draw 10 million viewers, Falk said.",
            "The show averaged 8.7 million viewers last season, Northwave said.",
            False,
        ),
        # A storm's category is no count of storms (its conflicts: blind31's hurricane).
        (
            "Hurricane Ysolde came ashore as a Category 4 hurricane, the centre said.",
            "Forecasters are tracking two storms behind Hurricane Ysolde, the centre said.",
            False,
        ),
        # A cost "as of Thursday" may grow by Saturday; restitution is no price (round 33).
        (
            "Sheriff Lorna Petch said the search had cost about $48,000 as of Thursday.",
            "On Monday the sheriff said the search cost about $71,000 by the time it ended.",
            False,
        ),
        (
            "The Voss siblings' house sold in January for $312,000, the agent said.",
            "The judge ordered Marrick to pay $41,250 in restitution, the court said.",
            False,
        ),
        # "in another country" marks no other event; "in a separate incident" does.
        (
            "The hackers demanded $4.5 million in cryptocurrency, officials said.",
            "A note in another country asks for the $7 million demanded, officials said.",
            True,
        ),
        (
            "The hackers demanded $4.5 million in cryptocurrency, officials said.",
            "In a separate incident, hackers demanded $7 million, officials said.",
            False,
        ),
        # Two speeds of two trains, told apart by their words, do not disagree.
        (
            "The passenger train was travelling at 68 mph when it derailed, officials said.",
            "A freight train on the next track was travelling at 30 mph, officials said.",
            False,
        ),
        # A transcript's speaker label is no word of what moves.
        (
            "ELMSTEAD, June 12 - The maker's sheet gives the drones a top speed of 80 km/h.",
            "June 12, 2025\n\nRIDGEWAY: The top speed is a hundred and ten kilometres an hour.",
            True,
        ),
        # A past event that a sentence points back at keeps the year it was told with.
        (
            "PORT IDRIN, Feb 10 - We all remember 1987. That earthquake killed 1,140 people.",
            "PORT IDRIN, Feb 10 - The earthquake has killed 341 people, officials said.",
            False,
        ),
        # "May" the month is no modal, and "may have" tells the past with doubt.
        (
            "The new bridge opened in May and cost 40 million dollars, officials said.",
            "Officials said the new bridge cost 65 million dollars.",
            True,
        ),
        # A part: a side of a place, some of a group named before, some out of a whole.
        (
            "All 140 shops were closed on Saturday, management said.",
            "The 38 shops in the east wing were closed on Saturday, management said.",
            False,
        ),
        (
            "Police said 47 people were arrested. Of those, 19 were held, police said.",
            "Police said 47 people were arrested on the day.",
            False,
        ),
        (
            "The ship was carrying 2,143 people on Tuesday, the company said.",
            "There were 95 people aboard out of the original 2,143 on Tuesday, the company said.",
            False,
        ),
        (
            "The ship was carrying 2,143 people on Tuesday, the company said.",
            "There were 2,400 people aboard on Tuesday, the company said.",
            True,
        ),
        # An article's two counts of one noun told of two deeds: each stands against a
        # count of its own deed only.
        (
            PRISONERS_OF_TWO_DEEDS,
            "BRACKEN, March 10 - The Prison Service said 62 prisoners took part in the riot.",
            True,
        ),
        (
            PRISONERS_OF_TWO_DEEDS,
            "BRACKEN, March 10 - The Prison Service said 62 prisoners were involved.",
            False,
        ),
        # Two values of one measure told with two verbs before or after their figures
        # ("arrested", "lived") bind each to its verb (blind round 16's distances).
        (
            DISTANCES_OF_TWO_DEEDS,
            "CALDER, June 14 - The suspect was arrested 15 miles north of the mall, police said.",
            True,
        ),
        (
            DISTANCES_OF_TWO_DEEDS,
            "CALDER, June 14 - A witness said the suspect was seen 15 miles north of the mall.",
            False,
        ),
        # Bound to a verb of its own measure ("will cost"), a figure stands against one
        # told with no verb, but not its sibling told with another (round 35's stadium).
        (
            COSTS_OF_TWO_DEEDS,
            (
                "PORT CALLOWAY, Sept 17 - The $425 million stadium on the rail yard has been the"
                " most fought-over project at City Hall."
            ),
            True,
        ),
        (
            COSTS_OF_TWO_DEEDS,
            "PORT CALLOWAY, Sept 17 - The city will spend $425 million on the stadium.",
            False,
        ),
        # "crew members" and "crew" count one crew (blind round 45's ship fire).
        (
            (
                "HARWICK, June 9 - The ship's 19 crew were evacuated in the early hours, the port"
                " authority said."
            ),
            "HARWICK, June 9 - All 23 crew members were evacuated safely, the port authority said.",
            True,
        ),
        # Two counts of those whose records a breach touched (blind round 107's council).
        (
            (
                "PELLBRIDGE, March 3 - The attack exposed the personal data of 38,412 residents,"
                " the council said."
            ),
            (
                "PELLBRIDGE, March 3 - The council confirmed that the personal details of 34,812"
                " people were stolen in the attack."
            ),
            True,
        ),
        # Pupils hurt are some of the people injured (blind round 108's roof collapse).
        (
            (
                "BRACKENHOLT, June 4 - Eleven people were injured on Wednesday when part of the"
                " roof collapsed, the ambulance service said."
            ),
            "BRACKENHOLT, June 4 - Nine pupils were hurt, the headteacher said.",
            False,
        ),
        # "of" names no narrower kind of pupils (blind round 78's vaccine uptake).
        (
            (
                "BRACKWATER, May 2 - Nearly 90 percent of Fernhill's pupils have had both doses,"
                " the governors said."
            ),
            (
                "BRACKWATER, May 2 - Barely 60 percent of pupils at Fernhill have had both doses,"
                " the head said."
            ),
            True,
        ),
        # Those "also" counted are more beside others (blind round 43's neighbouring block).
        (
            "HARWICK, March 3 - Police said more than 200 residents were evacuated.",
            "HARWICK, March 3 - At the neighbouring block, 35 residents were also evacuated.",
            False,
        ),
        # A part of a whole ("on the first day alone") is no second value of it.
        (RECALL_WITH_A_PART, "ELMOUTH, June 1 - The maker is recalling 48,000 scooters.", True),
        # A count reached by a time is a running total; a later report says it corrects.
        (
            "ELMOUTH, June 1 - By 6 p.m., 286 boats had retired, the race director said.",
            "ELMOUTH, June 2 - In the end 312 boats retired, the yacht club said.",
            False,
        ),
        (
            "ELMOUTH, June 1 - Organisers said 7,936 runners finished the course.",
            "ELMOUTH, June 3 - The organisers revised their count, saying 7,951 runners finished.",
            False,
        ),
        # A figure of another period ("Last January") leaves the article's own figure
        # of its day to stand against another article's.
        (
            (
                "Nine schools closed on Monday, the council said. Last January, snow closed 14 "
                "schools across the district."
            ),
            "Eleven schools were closed on Monday, the council said.",
            True,
        ),
        # An average over many leaves the story's own figure to stand; a figure of a place
        # the article tells from the nation's stays out.
        (
            (
                "Tram projects in this country run on average 45 percent over budget. The "
                "Eastway line came in barely 15 percent over budget."
            ),
            "The Eastway line finished more than 30 percent over its original budget.",
            True,
        ),
        (
            "The valley normally receives 58 percent of its rain in April, the centre said.",
            "The centre said 96 percent of the valley's rain fell in April.",
            False,
        ),
        (
            (
                "Nationally, house prices fell 2.3 percent in February. Prices in Kessford "
                "fell 3.1 percent in February."
            ),
            "House prices fell 3.2 percent in February, the society said.",
            False,
        ),
        # What someone foretold is no account of what came.
        (
            "KESTON, June 2 - Harbourline had forecast a pre-tax profit of £35 million for 2024.",
            "KESTON, June 2 - Harbourline made a pre-tax profit of £29.8 million for 2024.",
            False,
        ),
        (
            "KESTON, June 2 - Harbourline made a pre-tax profit of £35 million for 2024.",
            "KESTON, June 2 - Harbourline made a pre-tax profit of £29.8 million for 2024.",
            True,
        ),
        # A total as it stands, in a follow-up dated two days later without a year: it
        # may have grown.
        (
            "HARLOW, March 6, 2025 - The gallery's appeal has now raised 2.3 million pounds.",
            "Saturday 8 March\n\nThe gallery's appeal has now raised 6.8 million pounds.",
            False,
        ),
    ],
)
def test_what_may_happen_and_parts_take_no_side(
    tmp_path: Path, first: str, second: str, conflict: bool
) -> None:
    assert bool(pair_findings(tmp_path, "conflict", first, second)) is conflict


DRIVER = "Wire\n\nThe driver, Raymond Kettering, 58, was among the injured, police said.\n"
DRIVER_ALIASES = '"Raymond Kettering" = ["Ray Kettering", "Kettering"]'
PIT = "Mine\n\nThe 63-year-old pit is the last deep mine in the valley, the company said.\n"
PIT_ALIASES = '"Halden Colliery" = ["the mine", "the pit"]'
HEAD = "Courier\n\nHeadteacher Margaret Olsen, 52, said the school had acted quickly.\n"
HEAD_ALIASES = '"Margaret Olsen" = ["Headteacher Margaret Olsen", "Mrs Olsen"]'
HEAD_AT_58 = (
    "The headteacher, {title} Olsen, who is 58 and has led the school for 11 years, spoke to us."
)


@pytest.mark.parametrize(
    ("first", "second", "aliases", "conflict"),
    [
        # A whole name listed as an alias is one person; another first name with the
        # aliased surname is someone else.
        (
            DRIVER,
            "Police told me the driver, 64-year-old Ray Kettering, was fine.",
            DRIVER_ALIASES,
            True,
        ),
        (
            DRIVER,
            "Police told me the driver, 64-year-old Anna Kettering, was fine.",
            DRIVER_ALIASES,
            False,
        ),
        (
            DRIVER,
            "Police told me the driver, 64-year-old Jon Kettering, was fine.",
            DRIVER_ALIASES,
            False,
        ),
        # A description the user aliased names a thing whose age it gives.
        (PIT, "The investigation into the 58-year-old mine began on Thursday.", PIT_ALIASES, True),
        (PIT, "Halden Colliery is a 58-year-old pit, the inspectorate said.", PIT_ALIASES, True),
        # Another mine's age: no alias makes it the story's.
        (PIT, "The 58-year-old Orvik mine closed in 2019.", PIT_ALIASES, False),
        # An alias written with a title names the one the title stands before.
        (HEAD, HEAD_AT_58.format(title="Mrs"), HEAD_ALIASES, True),
        (HEAD, HEAD_AT_58.format(title="Mr"), HEAD_ALIASES, False),
    ],
)
def test_ages_meet_under_the_users_aliases(
    tmp_path: Path, first: str, second: str, aliases: str, conflict: bool
) -> None:
    write_articles(tmp_path, a=first, b=f"Follow-up\n\n{second}\n")
    (tmp_path / "claimcheck.toml").write_text(f"[aliases]\n{aliases}\n", encoding="utf-8")
    findings = scan([tmp_path], load_config([tmp_path])).findings
    assert any(finding.kind == "conflict" for finding in findings) is conflict


@pytest.mark.parametrize(
    ("history", "changed"),
    [
        # Another event's toll, years before: no earlier figure of this one.
        ("In 1998, a collapse at the Oakfell pit trapped 22 miners, the union said.", False),
        # The same toll on an earlier day of the story: a change.
        ("Nine miners were trapped on Monday, the union said.", True),
    ],
)
def test_a_toll_of_another_year_is_no_change_of_this_one(
    tmp_path: Path, history: str, changed: bool
) -> None:
    today = "Fourteen miners were trapped on Tuesday, police said."
    assert bool(pair_findings(tmp_path, "changed", today, history)) is changed


def test_values_that_agree_take_one_side(tmp_path: Path) -> None:
    conflicts = scanned_findings(
        tmp_path,
        "conflict",
        a=(
            "Miners trapped at Orla colliery\n\nThe miners are trapped about 420 metres below "
            "the surface at the Orla colliery, the mine's operator said on Tuesday.\n"
        ),
        b=(
            "Rescue under way at Orla\n\nRescuers on Tuesday drilled toward a chamber about "
            "1,380 feet down, where the crew of the Orla colliery is sheltering, police said.\n"
        ),
        c=(
            "Orla colliery collapse\n\nA union official said on Tuesday the men were almost 600 "
            "metres below the surface when the roof of the Orla colliery gave way.\n"
        ),
    )
    assert len(conflicts) == 1
    sides = {item.source: item.side for item in conflicts[0].evidence}
    assert sides["a.txt"] == sides["b.txt"] != sides["c.txt"]
    assert "2 say about 420 metres / about 1,380 feet (a.txt" in conflicts[0].message


def test_a_figure_of_another_occasion_in_a_stated_year(tmp_path: Path) -> None:
    write_articles(
        tmp_path,
        a=(
            "Jet lands safely\n\nAbout 60 passengers were stranded overnight, the airline said "
            "on Tuesday. In 2018 another Ravel Air jet made an emergency landing there with 140 "
            "passengers, according to airport records.\n"
        ),
        b=(
            "Passengers treated\n\nBy Wednesday evening, 22 passengers from Ravel Air Flight "
            "90 had sought treatment for injuries, the fire department said.\n"
        ),
    )
    findings = scan([tmp_path]).findings
    assert not [f for f in findings if f.kind in ("conflict", "changed") and "140" in f.message]


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # -- The sizes of one order's zone.
        (
            "Residents within a one-mile radius of the crash were ordered to leave, police said.",
            (
                "Families within a half-mile radius of the crash were told to grab what they could "
                "and go."
            ),
            True,
        ),
        (
            (
                "Authorities declared an exclusion zone of 8 kilometres around the crater, the "
                "director told reporters."
            ),
            "Police have set up a checkpoint at the edge of a five-kilometre exclusion zone.",
            True,
        ),
        # A size and its conversion agree.
        (
            "Crews set up a 500-metre exclusion zone around the tanker.",
            "Fire crews have put a cordon of half a kilometre around the wreck.",
            False,
        ),
        # Two orders: everyone within 2 miles left, everyone within 5 sheltered.
        (
            "The fire chief ordered the evacuation of all homes within 2 miles of the plant.",
            "Residents within 5 miles of the plant were told to shelter in place.",
            False,
        ),
        # The zone moved: no rival size.
        (
            "The fire chief ordered the evacuation of all homes within 2 miles of the plant.",
            "The fire chief said the evacuation zone was narrowed to one mile from the plant.",
            False,
        ),
        # -- Two groups, two things, two times.
        # Two kinds of people one story never names alike.
        (
            "She said four firefighters were treated for heat exhaustion on Tuesday.",
            "Two crew members were taken to hospital on Tuesday, the port said.",
            False,
        ),
        (
            "Four firefighters were treated for heat exhaustion on Tuesday, the chief said.",
            "Two firefighters were treated for heat exhaustion on Tuesday, the union said.",
            True,
        ),
        # Two samples told apart by a letter.
        (
            "The agency said the A sample contained 4.2 nanograms per millilitre of the drug.",
            "The agency said the B sample contained 3.9 nanograms per millilitre of the drug.",
            False,
        ),
        # An undated report's earlier year against its week's news.
        (
            "In 2022 Norhaven rejected an offer of $29 a share from Pellucid, the filings show.",
            "Valcrest said on Monday it had agreed to buy Norhaven for $38 per share in cash.",
            False,
        ),
        # What one side asks for against what the other offers.
        (
            "The union is seeking 7 percent over one year, its leader said.",
            "Drivers said they had been pushed into the strike by a pay offer of 3.5 percent.",
            False,
        ),
        # -- One story's counts and sums.
        # One side names a place the other article names too: one story's count.
        (
            (
                "The operator said 412 services were cancelled on Monday, leaving a skeleton "
                "timetable on the Harrowgate line."
            ),
            (
                "The operator told us it cancelled 318 services on Monday. Commuters on the "
                "Harrowgate line were worst hit."
            ),
            True,
        ),
        # One side's list of places, named one by one in the other article.
        (
            (
                "The company said it had arranged about 60 replacement buses on Monday, running "
                "between Pellingford Central and Harrowgate Junction."
            ),
            (
                "The operator said more than 100 replacement buses were on the road on Monday. "
                "Queues formed at Harrowgate Junction and at Pellingford Central."
            ),
            True,
        ),
        # An undated crowd at the story's one bout.
        (
            "Arena officials said more than 18,000 fans attended the bout.",
            "Arena manager Priya Castellane said about 9,000 fans were in the building.",
            True,
        ),
        # A crowd of another month's game is another crowd.
        (
            "A crowd of 23,050 watched the opening home game in August.",
            "Rovers lost in front of about 18,000 fans, the club said.",
            False,
        ),
        # A fine names whom it punishes: the story's one.
        (
            "The board said Rellig had been fined $250,000.",
            "The federation said he had been fined $175,000 and suspended.",
            True,
        ),
        # The next draw's jackpot is no account of the one won.
        (
            "One of the town's own scooped a jackpot of $1.42 billion, the lottery said.",
            "The jackpot for the next draw resets to an estimated $20 million, the lottery said.",
            False,
        ),
        # -- Terms and periods of one story.
        # The length of a strike or an ovation is a term of its own.
        (
            "Drivers walked out at 4 a.m. on Monday, beginning a 48-hour strike.",
            "Commuters faced chaos on the first day of a 72-hour strike by train drivers.",
            True,
        ),
        (
            "At its premiere on Thursday, the film received an 11-minute standing ovation.",
            "When it premiered on Thursday it got a four-minute standing ovation.",
            True,
        ),
        # One period named alike, "this year", in reports not dated apart.
        (
            "The festival said 22 films were in competition this year.",
            "There were more than 40 films in competition at the festival this year.",
            True,
        ),
        # -- One deed counted twice.
        # One deed, one verb, one measure: undated, still one count of the story.
        (
            (
                "Harrowgate Bank was fined. The commission said the bank failed to report 1,340 "
                "suspicious transactions."
            ),
            "According to the notice, Harrowgate failed to report 860 suspicious transactions.",
            True,
        ),
        # Two verbs: two deeds.
        (
            (
                "Harrowgate Bank was fined. The commission said the bank failed to report 1,340 "
                "suspicious transactions."
            ),
            "According to the notice, Harrowgate later flagged 860 suspicious transactions.",
            False,
        ),
        # Wins by one means are some of all wins.
        (
            "Klitschko improves to a career record of 58 wins.",
            "With it he improves to 58-3 with 51 wins coming by way of knockout.",
            False,
        ),
        # A crowd that returned is another gathering than the story's.
        (
            "At its peak there were about 120 demonstrators here, held behind barriers.",
            "A much smaller group of about 20 protesters returned at lunchtime, holding candles.",
            False,
        ),
        # One side dated by a weekday, the other by nothing: still one deed.
        (
            "The mayor declared a heat emergency on Sunday and opened 14 cooling centres.",
            "The city opened more than 20 cooling centres, and most sat half-empty.",
            True,
        ),
        # Two weekdays, or a year on one side: two occasions.
        (
            "Norvale said it had received more than 300 complaints by Wednesday morning.",
            "Norvale said it had received 1,150 complaints by Thursday morning.",
            False,
        ),
        (
            "In 2019, a similar notice covered 8,000 households after a pump failure.",
            "The notice covers about 42,000 households in the north of the city.",
            False,
        ),
        # -- Premiums, periods and ages.
        # A premium is how far the offer stands above a price, no move of the shares.
        (
            (
                "The offer is a 32 percent premium over the closing price on Friday, the "
                "companies said."
            ),
            "That's a 45 percent premium, according to the companies' announcement.",
            True,
        ),
        (
            "That's a 45 percent premium, according to the companies' announcement.",
            "Brightlane shares fell 4 percent, according to market data.",
            False,
        ),
        # "last year" in both: one year.
        (
            "The company cut about 1,100 jobs last year as part of a restructuring.",
            "More than 3,000 jobs were cut last year alone, the union said.",
            True,
        ),
        # An age before a surname, whatever verb follows.
        (
            "Marrow, 23, beat the champion in three sets, officials said.",
            "The 21-year-old Marrow flew home to Valdgard on Tuesday morning.",
            True,
        ),
        # -- Parts, deeds and hires.
        # A narrower kind within the noun's total.
        (
            "Malik scored 21 league goals for Grenholm last season, the statistics show.",
            "Malik scored 27 goals in all competitions last season, the club said.",
            False,
        ),
        (
            "Malik scored 31 league goals for Grenholm last season, the statistics show.",
            "Malik scored 27 goals in all competitions last season, the club said.",
            True,
        ),
        # Countries where two different things were done.
        (
            "The trials were carried out in 14 countries, the committee said.",
            "Televsen said farmers in 9 countries are now growing the new wheat.",
            False,
        ),
        # Staff hired are new jobs, no workforce.
        (
            "The company has hired 150 temporary call-centre staff to cope, he said.",
            "The Carrowby plant employs 3,400 workers, the company said.",
            False,
        ),
        # -- Goals and shares.
        (
            "The port authority aims to reopen 80 percent of berths by March, it said.",
            "Only 35 percent of berths are usable, the harbour master said.",
            False,
        ),
        (
            "Barely 3,000 people were evacuated from the low-lying districts, officials said.",
            "The Oruna school gym sheltered 400 people overnight, officials said.",
            False,
        ),
        # What a plant had planned to build is no account of what the strikes cost it.
        (
            "The company said it had planned to build 190,000 cars at the plant this year.",
            "We lost around 11,000 cars to the stoppages, the plant manager said.",
            False,
        ),
        # The words a credit reports are the claim's own: the chef and his failure to pay.
        (
            "On Thursday, the prosecution office said the chef had failed to pay £4,187,350.",
            "The chef is accused of failing to pay an alleged £2.4 million in tax.",
            True,
        ),
        # The strongest of the aftershocks is one of several, not the quake: the quake's
        # magnitude is given once in the article, and contradicts another article's.
        (
            (
                "The quake, of magnitude 6.6, hit at 4:17 a.m. It was followed by 140 "
                "aftershocks, the strongest of them a magnitude 5.2 tremor, the institute said."
            ),
            "The institute has now put the quake at magnitude 7.1.",
            True,
        ),
        # A street is inside a town: the bank on Quarry Street is the bank in Marrowby.
        (
            "Two men who tried to rob a bank in the town of Marrowby held nine people hostage.",
            "Eleven people were taken hostage when the men stormed the branch on Quarry Street.",
            True,
        ),
        # Events whose clock times two reports give differently.
        (
            "Vardy conceded at 1:15 a.m. in a short speech to supporters, his party said.",
            "Jonas Vardy conceded shortly before midnight, in front of a few hundred supporters.",
            True,
        ),
        (
            "Water began pouring over the spillway at 3:40 a.m., the water authority said.",
            "The water authority says the spillway started overflowing at 5:15 this morning.",
            True,
        ),
        (
            "His housekeeper found him unresponsive in the study at about 7:40 a.m., police said.",
            "Police said his body was discovered shortly after 11 a.m. on Tuesday.",
            True,
        ),
        # A clock time whose event a figure's clause boundary cut off.
        (
            "The institute said the quake, of magnitude 6.6, hit at 4:17 a.m. at a depth of 12 km.",
            "When the quake hit at 3:52 a.m. Sunday, Ana Petrek was already awake.",
            True,
        ),
        # The first of two quakes is not the quake another report times.
        (
            "The first quake, magnitude 7.6, struck at 4:43 a.m. at a depth of 35 km.",
            "The quake struck off the coast at 7:48 a.m. local time, the survey said.",
            False,
        ),
        # The cash part of a price, its clause naming the rest, is no other price.
        (
            (
                "Kestrel Systems agreed to buy Fernlight AI for $2.8 billion, the company said. "
                "Kestrel will pay $1.1 billion in cash, with the remainder in its own shares."
            ),
            "Kestrel Systems is buying Fernlight AI for $2.3 billion, analysts said.",
            True,
        ),
        # A union's pay claim and the employer's offer are two sides' figures.
        (
            "The union wants 9 percent, its general secretary said on Monday.",
            "The trust has offered 3.5 percent, it said on Monday.",
            False,
        ),
        # The turnout of one region, or of one age group, is not the national turnout.
        (
            "Turnout in Halvard reached 78.3 percent, the returning officer said on Sunday.",
            "Final turnout was 72.1 percent, the commission said on Sunday.",
            False,
        ),
        (
            "Turnout among under-25s was below 50 percent, the commission said on Sunday.",
            "Turnout in Halvard reached 78.3 percent, the returning officer said on Sunday.",
            False,
        ),
        # Two satellites numbered apart.
        (
            "Its first spacecraft launched from here, Orison-1, cost $275 million.",
            "The firm, which owned the lost Orison-2 satellite, said it cost $362.7 million.",
            False,
        ),
        # Extra job cuts are an addition to the cuts announced, not a rival total.
        (
            "Kestrel said it would cut about 900 jobs, the company said.",
            "Two hundred extra redundancies in two days is too many, the union said.",
            False,
        ),
        # A yes share is no turnout.
        (
            "The union said 58 percent of members who voted yes, on a turnout of 78 percent.",
            "The union says 58 percent backed the deal.",
            False,
        ),
        # One event told by one verb after the counted noun; another verb, another count.
        (
            "Nine boats capsized in a squall on Lowmere Water on Saturday, rescuers said.",
            "Fourteen boats capsized on Lowmere Water on Saturday when a storm hit a regatta.",
            True,
        ),
        (
            "Nine boats capsized in a squall on Lowmere Water on Saturday, rescuers said.",
            "Fourteen boats finished on Lowmere Water on Saturday.",
            False,
        ),
        # Two quarters' revenue.
        (
            "Quillmark reported third-quarter revenue of $0.81 billion, it said on Monday.",
            "Quillmark forecast fourth-quarter revenue of about $840 million on Monday.",
            False,
        ),
        # One share of one whole that did one thing, told twice; another thing, another share.
        (
            "Barely 70 percent of starters made it to the finish.",
            "Ashworth said nearly 95 percent of the starters finished.",
            True,
        ),
        (
            "Barely 60 percent of the hospital's systems were actually hit.",
            "About 40 percent of the hospital's systems were back online, its director said.",
            False,
        ),
        # Small counts of one set of things, told in clauses that share a word besides the
        # counted noun's, its verb and a day; a passive verb of any form.
        (
            "Nine trains were stuck in the tunnels on Tuesday, officials said.",
            "Six trains were halted in the tunnels on Tuesday when power was cut.",
            True,
        ),
        (
            "The defense called just 4 witnesses on Tuesday.",
            "Prosecutors called 9 witnesses on Tuesday.",
            False,
        ),
        (
            "Seven skiers were caught in the slide on Tuesday, the sheriff said.",
            "Nine skiers were caught on Tuesday.",
            True,
        ),
        # Counts of any size told at no known time, in clauses that share two words besides
        # the noun's, its verb and a name; one shared word is too few.
        (
            "About 300 volunteers cleared litter from the dunes, organisers said.",
            "Organisers said more than 900 volunteers helped clear the dunes of litter.",
            True,
        ),
        (
            "More than 5,000 people signed a petition against the closure.",
            "A total of 410 people signed in at the public meeting.",
            False,
        ),
        # Shows added to a run are no account of its length.
        (
            "Ida Marr's tour consists of 60 shows at the Northgate Stadium in August.",
            "Ida Marr's promoter added 20 more shows at the Northgate Stadium on Friday.",
            False,
        ),
        # A pay offer is no level of staff turnover, nor of what the other side asks.
        (
            "Nurse turnover at the hospital has reached 27 percent, the union said.",
            "The hospital's operator, Brackley Health, has offered nine percent.",
            False,
        ),
        (
            "The union wants nine percent, its secretary said.",
            "Brackley Health has offered 3.5 percent, the operator said.",
            False,
        ),
        (
            "Brackley Health has offered 3.5 percent, the operator said.",
            "Brackley Health has offered 4 percent, the union said.",
            True,
        ),
        # The traffic of two routes.
        (
            "The Dunmore crossing already carries 25,000 vehicles a day.",
            "About 18,000 vehicles a day cross the bridge, council counts show.",
            False,
        ),
        # What a park holds is no count of homes the storm destroyed.
        (
            "The Cedar Vale park had 62 mobile homes on Monday.",
            "The storm destroyed 47 homes on Monday, the county said.",
            False,
        ),
        (
            "The storm destroyed 62 homes on Monday, the sheriff said.",
            "The storm destroyed 47 homes on Monday, the county said.",
            True,
        ),
        # The clock time of an event's alert is no time of the event.
        (
            "The tornado touched down at 6:42 p.m.",
            "The weather office issued a tornado warning at 6:29 p.m., the county said.",
            False,
        ),
        (
            "The tornado touched down at 6:42 p.m.",
            "The tornado touched down at 6:29 p.m., the county said.",
            True,
        ),
        # Homes damaged or destroyed hold those destroyed outright.
        (
            (
                "The sheriff said 38 homes in the park were destroyed outright. The park, which "
                "has 142 homes, is owned by Brenley Estates."
            ),
            "The assessor said 89 homes in the park were damaged or destroyed.",
            False,
        ),
        # A year of another verb ("opened in 1976 and employs") dates no workforce.
        (
            "The plant, which opened in 1976 and employs 3,900 people, builds two models.",
            "The plant employs 4,300 people, the union said.",
            True,
        ),
        # A whole across sites holds one site's staff.
        (
            (
                "Varnholt is the region's largest employer, with about 8,300 staff across its "
                "two plants."
            ),
            "The plant opened in 1987 and employs some 5,600 people.",
            False,
        ),
        # Jobs with no verb are neither kept, cut nor created.
        ("The plant employs 3,900 people.", "Nearly 1,500 jobs.", False),
        # Homes left without water are no homes flooded or destroyed; an event "also" left
        # them so, and they meet homes that lost their supply.
        (
            "The burst main left thousands of homes without water on Saturday.",
            "The burst main flooded 19 homes on Saturday, the council said.",
            False,
        ),
        (
            "The burst also left well over 2,000 homes without water on Tuesday morning.",
            "Just under fifteen hundred homes lost their water supply on Tuesday morning.",
            True,
        ),
        # A year told in a clause of a thing a common noun describes is that thing's; a
        # thing the subject is, or the subject itself, is the story's.
        (
            "Brannock Hollow, which opened in 1968, holds about 1,100 inmates.",
            "Brannock Hollow holds about 400 in the annex that opened in 2009.",
            False,
        ),
        (
            "Brannock Hollow, which opened in 1968, holds about 1,100 inmates.",
            "Brannock Hollow is a prison that opened in 2009.",
            True,
        ),
        # A ship's crew are some of the people aboard, and no passengers.
        (
            "The ferry was arriving with 19 crew on board when it struck the trawler.",
            "A ferry carrying more than two hundred people has collided with a trawler.",
            False,
        ),
        (
            "The ferry was arriving with 19 crew on board when it struck the trawler.",
            "More than 200 passengers were on board the ferry when it struck the trawler.",
            False,
        ),
        (
            "The ferry was arriving with 19 crew on board when it struck the trawler.",
            "The ferry had 25 crew on board when it struck the trawler, the coastguard said.",
            True,
        ),
        # Homes after "in" are where the people counted are, not homes the fire befell.
        (
            "Fire officials said 14 homes had been destroyed by Tuesday.",
            "About 4,500 residents in roughly 1,800 homes were under evacuation orders Tuesday.",
            False,
        ),
        # Homes destroyed are not homes damaged; homes burned may be either.
        (
            "Fire officials said 14 homes had been destroyed by Tuesday.",
            "Fire officials said 40 homes had been damaged by Tuesday.",
            False,
        ),
        (
            "Fire officials said 14 homes had been destroyed by Tuesday.",
            "Fire officials said 40 homes had burned by Tuesday.",
            True,
        ),
        # Two tallies of one body's votes are one vote; a tally of another size is another's.
        (
            "The measure passed 7-2 after four hours of debate.",
            "The council voted 6-3 to raise your property taxes.",
            True,
        ),
        (
            "The measure passed 4-1 after four hours of debate.",
            "The council voted 6-3 to raise your property taxes.",
            False,
        ),
        # Those an outbreak sickened aboard a ship are not all who were aboard; nor is a
        # count whose presence cue stands past a reporting clause.
        (
            "A norovirus outbreak has sickened 243 people aboard the ship, its operator said.",
            "There were 2,140 people on board the ship, the operator said.",
            False,
        ),
        (
            (
                "Crew cases rose to 58 over the same period, the authority said, many of them"
                " among cleaning staff who stayed aboard after passengers left."
            ),
            "There are close to three thousand people on board, the operator said.",
            False,
        ),
        # What a ship can carry is no count of those it carries; those an outbreak
        # sickened are those who were sick.
        (
            "The Aurelia Star, which can carry 2,600 passengers, docked on Tuesday.",
            "The Aurelia Star docked on Tuesday with roughly 2,100 passengers crammed into it.",
            False,
        ),
        # A sum written before its own noun is the amount the noun names.
        (
            "The insurer said on Sunday it was offering a reward of 150,000 euros.",
            "The insurer has offered a 50,000-euro reward for information, police said.",
            True,
        ),
        (
            "By Tuesday morning the outbreak had sickened 243 people, the operator said.",
            "By Tuesday morning 212 people had been sick, the operator said.",
            True,
        ),
        # "just after eight" says when, not that the count is some of a whole.
        (
            "Nine trains were stuck in the tunnels when the power was cut just after 8 a.m. on Tuesday.",
            (
                "Six trains were halted in the tunnels on Tuesday when power to the line was cut,"
                " police said."
            ),
            True,
        ),
        # A count no word of an attribute gets parsed is moved by its verb all the same.
        (
            "The council said 540 residents had been moved out of the area by Monday afternoon.",
            "More than 700 residents were moved out of their homes.",
            True,
        ),
        # A fact inside a credit's words is no credit ("The audit, handed ..., found").
        (
            (
                "The audit, handed to the trust board on 3 March, found that 1,130 patients"
                " had waited more than two years."
            ),
            "What we know is that the audit was handed to the trust board on the third of February.",
            True,
        ),
        # What a fine is "over" is its cause, no setting (round 105's data breach).
        (
            "The Data Authority on Tuesday fined Corvex €12.5 million over a 2024 cyberattack.",
            "The Data Authority ordered Corvex to pay a €15.2 million fine over the 2024 hack.",
            True,
        ),
    ],
)
def test_two_articles_of_one_story(tmp_path: Path, first: str, second: str, conflict: bool) -> None:
    """Whether two one-paragraph articles of a story conflict, case by case: the sizes of an
    order's zone, groups and things told apart, one story's counts, terms and periods, one
    deed counted twice, premiums, parts within totals, offers, routes' traffic, a place's
    stock, an event's alert, either of two deeds, a workforce told in other words,
    homes of two events, as a setting or without water, a ship's crew, a
    described thing's year, vote tallies, those present against those a deed befell or a ship's capacity, the
    sick, a sum before its own noun, a hedged time that is no part, a count moved in an
    unparsed sentence, and a fact inside a credit's words."""
    assert bool(pair_findings(tmp_path, "conflict", first, second)) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # Miners who "remained trapped" are the trapped: an article that also tells how many
        # were underground gives one value of that count, which another's contradicts.
        (
            (
                "The company said 38 miners were underground at the time. Rescuers said 11"
                " miners remained trapped behind the fall."
            ),
            "The company tells us forty-three miners were underground when it happened.",
            True,
        ),
        # Two counts of one noun that share only a period adverb after it are of one deed.
        (
            (
                "Police said they received 37 calls from residents overnight reporting monkeys"
                " on roofs, in gardens and on cars."
            ),
            "The inspector said officers had fielded 52 calls overnight.",
            True,
        ),
        # Counts of one noun, matched by it alone, are of one deed only through a word of
        # their own clauses: not a clause joined after the figure, nor one before it.
        (
            (
                "More than 200 guests were dragged out of their beds, and the only reason nobody"
                " died is that a night porter went door to door."
            ),
            "The council said 94 guests were found rooms in other hotels on Tuesday night.",
            False,
        ),
        (
            "Tessaly's biggest customer, the city of Lowmarsh, has held back payment on 90 buses.",
            (
                "Tessaly said customers had cancelled orders for 312 buses since January, most"
                " of them from transport authorities that had lost central government funding."
            ),
            False,
        ),
    ],
)
def test_two_articles_of_one_day(tmp_path: Path, first: str, second: str, conflict: bool) -> None:
    """Whether two articles dated the same day conflict, case by case: the trapped against
    those underground, counts over one period, and counts of one noun that share words of
    other clauses only."""
    dates = ("March 4, 2025", "March 4, 2025")
    assert bool(pair_findings(tmp_path, "conflict", first, second, dates)) is conflict


def test_an_age_before_a_described_alias_is_that_persons(tmp_path: Path) -> None:
    """'the 46-year-old chef' is Bastien Corvell's age where the user made "the chef" his
    alias, and only there."""
    first = "Corvell, 43, is accused of striking a critic on Saturday night, police said."
    second = "The food scene has made excuses for the 46-year-old chef for years."
    assert pair_findings(tmp_path / "bare", "conflict", first, second) == []
    aliased = tmp_path / "aliased"
    aliased.mkdir()
    (aliased / "claimcheck.toml").write_text(
        '[aliases]\n"Bastien Corvell" = ["Corvell", "the chef"]\n', encoding="utf-8"
    )
    write_articles(aliased, a=f"Report\n\n{first}\n", b=f"Another report\n\n{second}\n")
    report = scan([aliased], load_config([aliased]))
    assert [f for f in report.findings if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A building's year against accounts of a class opened since a year.
        (
            "The bank's headquarters on Quayside Square opened in 1911.",
            "The bank must review every high-risk account opened since 2016.",
        ),
        # Two versions of one product.
        (
            "The phone starts at $799 for a model with 128 gigabytes of storage.",
            "A middle version with 256 gigabytes of storage will sell for $999.",
        ),
    ],
)
def test_a_class_of_things_and_a_version_are_no_rivals(
    tmp_path: Path, first: str, second: str
) -> None:
    assert pair_findings(tmp_path, "conflict", first, second) == []


@pytest.mark.parametrize(
    ("earlier", "conflict"),
    [
        ("Torvane also cut 45 jobs in March.", False),
        ("In March, the company eliminated 45 positions, mostly in its call centre.", False),
        ("Torvane cut 45 jobs on Monday.", True),
        # A month told of another clause is not the figure's.
        ("Torvane cut 45 jobs, the cuts it first planned in March.", True),
    ],
)
def test_a_month_of_the_figure_is_not_the_reports_day(
    tmp_path: Path, earlier: str, conflict: bool
) -> None:
    """A month named with a figure ("cut 45 jobs in March"), in reports dated in September,
    is another time than the report's day, so its figure meets none of that day's."""
    dates = ("Monday 22 September 2025", "Wednesday 24 September 2025")
    found = pair_findings(tmp_path, "conflict", "Torvane cut 118 jobs on Monday.", earlier, dates)
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("total", "conflict"),
    [
        ("Start-ups in Dunmore have cut more than 1,100 jobs this year.", False),
        # A year's total cannot be smaller than one day's cuts within it.
        ("Start-ups in Dunmore have cut 90 jobs this year.", True),
        ("Start-ups in Dunmore have cut more than 1,100 jobs on Monday.", True),
    ],
)
def test_a_total_over_the_reports_year_holds_one_days_count(
    tmp_path: Path, total: str, conflict: bool
) -> None:
    """A count of deeds told over a period of the report's own ("this year") is a whole
    that one day's count may be some of: no conflict unless the day's count is larger."""
    found = pair_findings(tmp_path, "conflict", "Torvane cut 118 jobs on Monday.", total)
    assert bool(found) is conflict


def test_a_sum_per_unit_with_its_noun_between_is_no_total(tmp_path: Path) -> None:
    """A sum whose noun stands before "per" ("A £5,000 cheque per household") is a sum per
    unit, no account of a fund's total."""
    found = pair_findings(
        tmp_path,
        "conflict",
        "The water board announced a £2m hardship fund for affected households and farms.",
        (
            'And now we have a "hardship fund". Half the farms in this valley have no flood '
            "insurance. A £5,000 cheque per household is a plaster on a broken leg."
        ),
    )
    assert not found


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        ("The union's president said 43 farms had been affected across the valley.", True),
        ("The union's president said 43 farms had been affected in the upper valley.", False),
    ],
)
def test_a_count_spread_across_a_place_is_no_part_of_it(
    tmp_path: Path, other: str, conflict: bool
) -> None:
    """A setting a count is spread over ("across the valley") is the whole place, so the
    count is no part of one given with no setting; one in a place ("in the upper valley")
    may be."""
    first = "The growers' union said 34 farms had been affected."
    dates = ("Monday 14 April 2025", "Monday 14 April 2025")
    found = pair_findings(tmp_path, "conflict", first, other, dates)
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("dates", "conflict"),
    [
        (("Tuesday, Aug. 12, 2025", "Thursday, Aug. 14, 2025"), False),
        (("Tuesday, Aug. 12, 2025", "Tuesday, Aug. 12, 2025"), True),
    ],
)
def test_a_jobs_progress_of_another_day_is_another_time(
    tmp_path: Path, dates: tuple[str, str], conflict: bool
) -> None:
    """The share of a job done ("ten percent contained") grows as the work goes on: reports
    of two days give two times' shares, reports of one day disagree."""
    found = pair_findings(
        tmp_path,
        "conflict",
        "Crews have the Sable Creek Fire just ten percent contained.",
        "The Sable Creek Fire is 35 percent contained as winds ease.",
        dates,
    )
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # Levels of nothing named, sharing no word, are of no one thing; naming one, they are.
        ("Forty per cent.", "We keep our ten per cent.", False),
        ("Turnout stood at 40 per cent.", "Turnout stood at 10 per cent.", True),
    ],
)
def test_levels_of_nothing_named_need_a_shared_word(
    tmp_path: Path, first: str, second: str, conflict: bool
) -> None:
    """Two bare rates of articles a day apart ("Forty per cent.", "We keep our ten per
    cent") are levels of some subject, neither saying which: no conflict without a word
    they share."""
    dates = ("Wednesday 3 September 2025", "Thursday 4 September 2025")
    assert bool(pair_findings(tmp_path, "conflict", first, second, dates)) is conflict


@pytest.mark.parametrize(
    ("aliases", "conflict"),
    [
        ('"Castlemere Albion" = ["the club"]\n"Corvane Sports Partners" = ["Corvane"]\n', False),
        ('"Corvane Sports Partners" = ["Corvane", "the club"]\n', True),
    ],
)
def test_a_fact_opening_with_an_alias_is_of_what_it_names(
    tmp_path: Path, aliases: str, conflict: bool
) -> None:
    """ "The club was founded in 1885", where the user made "the club" an alias, is a fact
    of the club, not of another organisation founded in 2019."""
    (tmp_path / "claimcheck.toml").write_text(f"[aliases]\n{aliases}", encoding="utf-8")
    write_articles(
        tmp_path,
        a=(
            "Report\n\nCorvane has bought the club, its chairman said on Tuesday. The club was "
            "founded in 1885 by workers at the Castlemere tannery.\n"
        ),
        b="Another report\n\nCorvane, which was founded in 2019, also holds stakes in a club.\n",
    )
    report = scan([tmp_path], load_config([tmp_path]))
    assert any(f.kind == "conflict" for f in report.findings) is conflict


@pytest.mark.parametrize(("undated_age", "conflict"), [("26", False), ("23", True)])
def test_an_age_a_year_off_in_an_undated_report_may_be_before_a_birthday(
    tmp_path: Path, undated_age: str, conflict: bool
) -> None:
    """An age one year below that of a report dated months later may be the person's age
    before a birthday, when the other report gives no date; three years off it is not."""
    dated = (
        "Report\nSeptember 26, 2013\n\nA jury found Corwin Dale Asher, 27, guilty on Thursday.\n"
    )
    undated = (
        "Another report\n\n"
        f"Prosecutors say {undated_age}-year-old Corwin Dale Asher of Brindle fired the shot.\n"
    )
    findings = scanned_findings(tmp_path, "conflict", a=dated, b=undated)
    assert bool(findings) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # What a thing holds when full is its capacity, not what it holds now.
        (
            "The reservoir holds 14,800 megalitres when full.",
            "The reservoir currently holds about 6,100 megalitres, the company said.",
            False,
        ),
        (
            "The reservoir holds 14,800 megalitres when it's full.",
            "The reservoir holds 12,100 megalitres when full, the company said.",
            True,
        ),
        # Another one of a kind than the story's.
        (
            (
                "A second balloon, which took off from the same field carrying 12 passengers,"
                " landed safely."
            ),
            "Skyward Drift said 14 passengers and a pilot were on board.",
            False,
        ),
        # Those who started a race and those who finished it.
        (
            "12,640 runners started the race on Sunday, the organisers said.",
            "11,874 runners finished the race on Sunday, the organisers said.",
            False,
        ),
        (
            "12,640 runners finished the race on Sunday, the organisers said.",
            "11,874 runners finished the race on Sunday, the organisers said.",
            True,
        ),
        # A tally of years is not the story's one closure.
        (
            "Quellbridge has lost 1,200 manufacturing jobs in the past decade, the union said.",
            "The factory will close with the loss of 640 jobs, the company said.",
            False,
        ),
        # A first stage, by a deadline ahead, is some of the whole.
        (
            "410 jobs will go by December, the company said.",
            "The factory will close with the loss of 640 jobs, the company said.",
            False,
        ),
        (
            (
                "The company will close the plant by the end of September, with the loss of 480"
                " jobs, it said."
            ),
            "The factory will close with the loss of 540 jobs, the company said.",
            True,
        ),
    ],
)
def test_figures_of_another_thing_or_stage_take_no_side(
    tmp_path: Path, first: str, second: str, conflict: bool
) -> None:
    assert bool(pair_findings(tmp_path, "conflict", first, second)) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # Two named clubs' swimmers are two counts.
        (
            (
                "Garrowfield Otters brought 41 swimmers to the gala, club secretary Hannah "
                "Oyelaran said."
            ),
            (
                "Kestrel Bay swimming club brought twenty-eight swimmers, its coach told me, and "
                "the hosts, Garrowfield Otters, made up the rest."
            ),
            False,
        ),
        # A parent's own children are who she is, no count of the story's.
        (
            "Sandra Kowalczyk, 39, whose two sons were swimming, said the air stung.",
            "Dozens of children in swimming costumes were led out onto the car park.",
            False,
        ),
    ],
)
def test_counts_of_someone_elses_take_no_side(
    tmp_path: Path, first: str, second: str, conflict: bool
) -> None:
    assert bool(pair_findings(tmp_path, "conflict", first, second)) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # A toll of another year, told on the day the other report was of.
        (
            (
                "The Coastal Health Protection Agency says two hundred and twelve passengers "
                "have reported symptoms, along with thirty-one crew members."
            ),
            (
                "The Aurelia Star docked at Port Alswick on Tuesday with passengers ill. In 2023 "
                "an outbreak on its sister ship, the Aurelia Dawn, sickened 96 passengers, "
                "Halcyon said on Tuesday."
            ),
            False,
        ),
        # The story's one evacuation, told a day apart; told as it stands now, it may grow.
        (
            "A total of 143 residents were evacuated from Larkspur House, the fire service said.",
            "A total of 164 residents were evacuated from Larkspur House.",
            True,
        ),
        (
            "A total of 143 residents were evacuated from Larkspur House, the fire service said.",
            "A total of 164 residents have now been evacuated from Larkspur House.",
            False,
        ),
    ],
)
def test_reports_a_day_apart(tmp_path: Path, first: str, second: str, conflict: bool) -> None:
    dates = ("Tuesday 14 October 2025", "Wednesday 15 October 2025")
    assert bool(pair_findings(tmp_path, "conflict", first, second, dates)) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # One spell of a place's closure, in the words of each writer.
        (
            "Brackley Road was closed for about three hours while the quarry checked the face.",
            "Brackley Road stayed shut for almost nine hours, according to the police.",
            True,
        ),
        (
            "The railway line was closed for about three hours while engineers examined it.",
            "All in all, the line was shut for almost eight hours.",
            True,
        ),
        # Freed after a span is trapped for it; the time it took to shut a thing is no
        # spell of its being shut.
        (
            "Firefighters freed the passengers after about 40 minutes, she said.",
            "The passengers were trapped for nearly two hours, firefighters say.",
            True,
        ),
        (
            "It took them two and a half hours to shut the main off.",
            "Priory Road is expected to remain closed for at least three weeks, police said.",
            False,
        ),
        # A spell told before a clause of what ended it.
        (
            "The zoo said the attack lasted less than three minutes.",
            "The attack lasted at least twelve minutes before anyone got that door shut.",
            True,
        ),
        # Two sides of a road are two spells.
        (
            (
                "The southbound carriageway, closed for about four hours while an air ambulance "
                "landed, reopened at 9.50am."
            ),
            (
                "The northbound carriageway reopened at 11.15pm on Tuesday, after being closed "
                "for almost 18 hours."
            ),
            False,
        ),
    ],
)
def test_spells_of_one_deed(tmp_path: Path, first: str, second: str, conflict: bool) -> None:
    assert bool(pair_findings(tmp_path, "conflict", first, second)) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # Two roads' closures are two spells.
        (
            "The A614 between Ostrey and Marley Cross was closed for 14 hours.",
            "Wharf Road remained closed and was expected to stay shut for three days.",
            False,
        ),
        # A condition's event may never happen.
        (
            "Talks between the union and the board collapsed on Saturday, the union said.",
            "Prossart said more action would follow if Thursday's talks failed.",
            False,
        ),
    ],
)
def test_figures_of_other_things_or_no_event(
    tmp_path: Path, first: str, second: str, conflict: bool
) -> None:
    assert bool(pair_findings(tmp_path, "conflict", first, second)) is conflict


def test_one_person_described_is_no_count_of_their_kind() -> None:
    from tests.factories import article_claims

    claims = article_claims(
        "One firefighter, a twenty-nine-year-old from Ostrey station, was also checked over by "
        "paramedics after a fall."
    )
    assert [q.surface for c in claims for q in c.quantities if q.value == 1] == []


def test_an_order_reduced_on_a_later_day_is_a_change(tmp_path: Path) -> None:
    found = pair_findings(
        tmp_path,
        "conflict",
        "The council said the evacuation order covered 140 homes on Sunday.",
        "The council said the evacuation order had been reduced to 35 homes by Monday afternoon.",
        ("Sunday 9 June 2024", "Monday 10 June 2024"),
    )
    assert found == []


def test_another_one_of_a_kind_has_its_own_facts() -> None:
    from tests.factories import article_claims

    from claimcheck.compare import _of_another_one

    claims = article_claims(
        'Another Pryor-Wilde canvas, "Low Tide at Merrin", painted in 1874, hung in the next room.'
    )
    assert [_of_another_one(c) for c in claims if c.fact and c.fact.attribute == "painted"] == [
        True
    ]


def test_a_deed_and_its_noun_of_action_time_one_spell(tmp_path: Path) -> None:
    found = pair_findings(
        tmp_path,
        "conflict",
        "The fire service said the auditorium was evacuated in about eight minutes.",
        "In all, the evacuation of the auditorium took almost forty minutes, staff said.",
    )
    assert [finding.rule for finding in found] == ["strict"]


@pytest.mark.parametrize(
    ("sentence", "instead"),
    [
        # What a place may hold, by a cue before the figure or after it.
        ("The site is licensed for 350 campers, according to council records.", "capacity"),
        ("The plant is licensed to hold up to 5,000 tonnes of waste.", "capacity"),
        ("The reservoir holds 14,800 megalitres when full.", "capacity"),
        ("More than two hundred campers were on the site.", ""),
        ("The reservoir currently holds about 6,100 megalitres.", ""),
    ],
)
def test_a_capacity_is_no_account_of_what_happened(sentence: str, instead: str) -> None:
    from tests.factories import article_claims

    from claimcheck.compare import _other_than_what_happened

    claims = [claim for claim in article_claims(sentence) if claim.quantities]
    assert [_other_than_what_happened(claim) for claim in claims] == [instead]
