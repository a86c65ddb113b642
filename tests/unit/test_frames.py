"""Frames: what a figure measures, of whom, level or change, through ``pipeline.extract``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.claims import primary_quantity, zero_counts
from claimcheck.frames import may_measure
from claimcheck.models import Claim, Frame
from claimcheck.pipeline import extract

MakeArticles = Callable[..., Path]


def claims_of(make_articles: MakeArticles, text: str) -> list[Claim]:
    """The claims of a one-article folder, framed as the pipeline frames them."""
    return extract([make_articles(story=text + "\n")]).claims


def frame_of(make_articles: MakeArticles, text: str, figure: str) -> Frame | None:
    """The frame of the one claim whose first figure is written as ``figure``."""
    (claim,) = [c for c in claims_of(make_articles, text) if c.quantities[0].surface == figure]
    return claim.frame


def framed(make_articles: MakeArticles, text: str, figure: str) -> Frame:
    """Like ``frame_of``, for a figure that must have a frame."""
    frame = frame_of(make_articles, text, figure)
    assert frame is not None
    return frame


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # A generic noun is counted by its verb.
        ("Police said 12 people were killed in the blast.", "12", "deaths"),
        ("The blast killed 12 people.", "12", "deaths"),
        ("The landslide struck the hamlet, killing 12.", "12", "deaths"),
        ("Firefighters said 12 others were injured in the fire.", "12", "injured"),
        ("Rescuers saved 14 people from the flood.", "14", "rescued"),
        ("Northwind employs 4,300 people nationwide.", "4,300", "employees"),
        # Kinds of people are counted by their verb too.
        ("Seven babies have been admitted to hospitals.", "Seven", "hospitalised"),
        # Care given where it happened is no stay in hospital.
        ("Two firefighters were treated at the scene.", "Two", "treated at the scene"),
        ("Two firefighters were treated in hospital.", "Two", "hospitalised"),
        (
            "The chief said 11 people had been treated for breathing problems, most of them at the scene.",
            "11",
            "treated at the scene",
        ),
        # Paramedics treat where it happened.
        ("Two visitors were treated by paramedics after a crush.", "Two", "treated at the scene"),
        # The spot may be named after what was treated; a hospital named too wins.
        (
            "Seven people were treated for minor injuries at the scene, the police said.",
            "Seven",
            "treated at the scene",
        ),
        (
            "Two firefighters were treated in hospital after arriving at the scene.",
            "Two",
            "hospitalised",
        ),
        # A count some of which went on to hospital is of all who were cared for.
        (
            "The service says 64 people were treated here, and 23 of those went on to hospital.",
            "64",
            "treated at the scene",
        ),
        ("Eleven people were treated, and all of them are in hospital.", "Eleven", "hospitalised"),
        # A spaced dash opens an aside: the figure counts the noun before it.
        (
            "About 150 searchers - ski patrollers and deputies - worked the debris field.",
            "About 150",
            "responders",
        ),
        # Those who treat or admit are no patients.
        ("Three doctors treated the injured.", "Three", ""),
        ("Here is what nobody at the trust will admit.", "nobody", ""),
        ("Fourteen riders were injured in the crash.", "Fourteen", "injured"),
        # A present participle after the counted noun describes it; the outcome verb counts.
        (
            "A shell that killed about 40 people sheltering in a hall hit Norden.",
            "about 40",
            "deaths",
        ),
        ("The strike killed 40 villagers living near the depot.", "40", "deaths"),
        # What a place can hold is not how many are there; a capitalised name is no cue.
        ("The depot holds enough supplies for 15,000 refugees.", "15,000", "sheltering capacity"),
        ("The viaduct was designed to carry 40,000 vehicles a day.", "40,000", "vehicles capacity"),
        ("Enough Relief sources said 12 people were killed.", "12", "deaths"),
        # A past participle names the outcome itself.
        ("Crews worked to evacuate 14 people injured in the blast.", "14", "injured"),
        # A participle before the noun describes it; the verb says what befell it.
        ("The toll rose after two injured residents died in hospital.", "two", "deaths"),
        # A noun of the lexicon names the measure itself.
        ("The quake left a death toll of 12.", "12", "deaths"),
        ("Rescuers pulled 14 survivors from the rubble.", "14", "rescued"),
        ("Nearly 500 school buildings were damaged.", "Nearly 500", "buildings"),
        ("Some 2,000 fans attended the final.", "Some 2,000", "spectators"),
        # A light verb says nothing; its object decides.
        ("About 300 residents took shelter in the gym.", "About 300", "sheltering"),
        ("Three people suffered minor injuries in the collision.", "Three", "injured"),
        # The adjective after a verb of state names the state a count is in.
        ("Four people are dead.", "Four", "deaths"),
        ("Two passengers remain missing, the coast guard said.", "Two", "missing"),
        ("By Tuesday, 37 people had been confirmed dead.", "37", "deaths"),
        # A person noun is counted by what happened to it.
        ("Officers said 46 demonstrators were arrested.", "46", "arrests"),
        ("Police arrested 46 people outside the stadium.", "46", "arrests"),
        # Projectiles: fired or landed, by their verb.
        ("Five bombs were dropped on the village.", "Five", "shots fired"),
        ("Two shells hit the school.", "Two", "shots landed"),
        # A person shot N times was hit N times.
        ("Ann Vale was shot eleven times by the guards.", "eleven times", "shots landed"),
        # A thing the lexicon does not know is named with its event.
        ("Seven bridges were damaged by the storm.", "Seven", "bridge damaged"),
        # Sums: money attributes hold only for money, and a rate is per its unit.
        ("Property damage is an estimated $2 million.", "an estimated $2 million", "damage"),
        ("A new bridge could cost $40 million.", "$40 million", "cost"),
        ("It costs £4 an hour to park in Tallowford.", "£4", "cost per hour"),
        ("Entry to the museum costs $2 a head.", "$2", "cost per head"),
        pytest.param(
            "Parking at the depot costs $3 per day.",
            "$3 per day",
            "cost per day",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the quantity parser takes 'per day' into the figure, so PER_UNIT, "
                "which reads only after the figure, never sees the rate",
            ),
        ),
        pytest.param(
            "Brenvik Labs raised $60m in funding.",
            "$60m",
            "funding",
        ),
        pytest.param(
            "Sales rose 14% to $2.3bn.",
            "$2.3bn",
            "revenue",
            marks=pytest.mark.xfail(
                strict=True,
                reason="once split from 'Sales rose 14%', the level 'to $2.3bn' loses its "
                "subject ('Sales rose to $2.3bn.' alone is revenue)",
            ),
        ),
        # A total noun names what a bare count counts, wherever it stands in the clause.
        ("The death toll rose to 12.", "12", "deaths"),
        ("The death toll stands at 11.", "11", "deaths"),
        ("Officials put the death toll at 12 on Monday.", "12", "deaths"),
        ("A death toll of 14 was reported.", "14", "deaths"),
        ("The death toll is 9, officials said.", "9", "deaths"),
        ("The number of people hurt in the crash has risen to 11.", "11", "injured"),
        ("The number of people killed rose to 14 on Monday.", "14", "deaths"),
        ("The number of injured climbed to 20.", "20", "injured"),
        (
            "The number of confirmed cases linked to the town's water has climbed to 61.",
            "61",
            "cases",
        ),
        ("Health officials confirmed 38 cases of illness in Harlow.", "38", "cases"),
        ("Six people survived the crash, police said.", "Six", "survivors"),
        # A passing state after the count, whatever its noun.
        ("About 85,000 homes were without power.", "About 85,000", "outages"),
        ("About 2,400 workers at the Norden plant went on strike.", "About 2,400", "strikers"),
        ("By 8am on Friday, 27 patients were waiting in A&E for a bed.", "27", "waiting"),
        (
            "Between 2,000 and 3,000 workers are out, the union said.",
            "Between 2,000 and 3,000",
            "strikers",
        ),
        # Jobs cut are jobs lost, not the workforce.
        ("Northwind plans to cut about 1,200 jobs.", "about 1,200", "layoffs"),
        ("The closure will cost 460 jobs at the plant.", "460", "layoffs"),
        ("Northwind employs 4,500 workers.", "4,500", "employees"),
        # A verb of cutting with the word that completes it, a noun of cutting before "of",
        # jobs that go, a job taken from people, jobs at risk: all jobs lost.
        ("All 29 staff would be made redundant.", "29", "layoffs"),
        ("Forty-one employees were let go this morning.", "Forty-one", "layoffs"),
        ("The firm has let go 40 workers.", "40", "layoffs"),
        ("The bank sacked 200 employees.", "200", "layoffs"),
        ("The plant will close with the loss of 146 jobs.", "146", "layoffs"),
        ("A total of 22 jobs will go.", "22", "layoffs"),
        ("The closure will cost 480 people their jobs.", "480", "layoffs"),
        ("Some 146 people will lose their jobs.", "Some 146", "layoffs"),
        ("The union said 190 jobs were at risk across the network.", "190", "layoffs"),
        # Hostages let go are freed, and staff who go on strike keep their jobs.
        ("Police said four hostages were let go at 2:30 p.m.", "four", "hostages"),
        ("About 40 staff will go on strike.", "About 40", "strikers"),
        # People in a hospital named, as in any hospital: a daily level.
        ("Three survivors remained in St. Arwen's Hospital on Tuesday.", "Three", "in hospital"),
        # Customers a cue before the count puts in a state.
        ("The blackout cut power to about 168,000 customers.", "about 168,000", "outages"),
        ("The tower fell, cutting electricity to 18,400 homes.", "18,400", "outages"),
        # A span of time its verb names: "in prison" is only where it is served.
        ("Tom Orlen was sentenced on Tuesday to eight years in prison.", "eight years", "sentence"),
        # One of a group is no rate: the figure counts the group.
        ("Brandt was one of 11 people held hostage in the bank.", "11", "hostages"),
        ("A judge jailed Tom Orlen for 10 years in prison.", "10 years", "sentence"),
        # Those who went along are no count of what the verb says befell anyone.
        ("Priya Lanning, who evacuated with two neighbours, is safe.", "two", ""),
        ("Police said 200 residents evacuated with their pets.", "200", "sheltering"),
        ("Riots raged, with at least 70 people injured in cities.", "at least 70", "injured"),
        # Votes: a candidate's, all those cast, or a margin.
        ("Ann Vale received roughly 48,600 votes.", "roughly 48,600", "votes"),
        ("Of the 92,952 ballots cast, most were mailed.", "92,952", "ballots cast"),
        ("Vale won by nearly twelve thousand votes.", "nearly twelve thousand", "votes margin"),
        # A verb that denies its outcome counts none of it: these two were not hurt.
        ("Two passengers in the car were not hurt, police said.", "Two", ""),
        ("Police said 12 people were not injured in the blast.", "12", ""),
        ("No one was injured, police said.", "No one", "injured"),
        # A sum taken, and people counted under a verb of money: the verb counts no people.
        ("Prosecutors said Kessler siphoned off some $31 million.", "some $31 million", "theft"),
        ("The data of some 120,000 patients may have been stolen.", "some 120,000", "patients"),
        # A term written before its noun.
        ("Derek Vance received a 12-year prison sentence.", "12-year prison sentence", "sentence"),
        ("Halvorsen agreed to a four-year contract.", "four-year contract", "contract length"),
        # A group's size after "of" or "was".
        ("A crowd of 8,412 watched the final.", "8,412", "spectators"),
        ("Attendance was 9,730 on Saturday.", "9,730", "spectators"),
        ("The firm has a workforce of 3,000.", "3,000", "employees"),
        # What a place holds, for people only.
        ("The East Stand holds about 6,000 spectators.", "about 6,000", "spectators capacity"),
        ("The Civic Party holds 45 seats in the assembly.", "45", "seats"),
        # A figure put on an object with "at": the object is what it measures.
        ("Police put the turnout at roughly 25,000.", "roughly 25,000", "spectators"),
        ("Officials estimated the crowd at about 18,000.", "about 18,000", "spectators"),
        # The parser hangs "at" on the nearest noun; the object is still what is measured.
        ("VMT estimated the damage at 2.4 million euros.", "2.4 million euros", "damage"),
        (
            "VMT estimated the damage to the two trams and the lines at 2.4 million euros.",
            "2.4 million euros",
            "damage",
        ),
        # A verb that counts people by what they are does not make others its kind.
        ("The study enrolled 1,240 patients.", "1,240", "patients"),
        ("The school enrolled 1,240 students.", "1,240", "students"),
        # A sum per period a person earns or is paid is pay; a company's earnings are not.
        ("Maalund will earn 1.8 million euros a year.", "1.8 million euros", "salary per year"),
        (
            "Brandt, the coach, was paid 1.1 million euros a year.",
            "1.1 million euros",
            "salary per year",
        ),
        ("The club will pay Fenn 600,000 pounds a year.", "600,000 pounds", "salary per year"),
        ("The airline earns 300 million euros a year.", "300 million euros", "profit per year"),
        # A span of time with no measure of its own measures the deed it is told with.
        ("Crews brought the fire under control in 40 minutes.", "40 minutes", "time to control"),
        (
            "It took crews ninety minutes to bring the fire under control.",
            "ninety minutes",
            "time to control",
        ),
        (
            "The jury deliberated almost seven hours Thursday before convicting him.",
            "almost seven hours",
            "time to deliberate",
        ),
        ("The chlorination system was offline for 19 hours.", "19 hours", "time offline"),
        # Those whose records a verb touched, whatever the verb.
        ("Hackers exposed the personal data of 38,412 residents.", "38,412", "records"),
        (
            "The council said the personal details of 34,812 people were stolen.",
            "34,812",
            "records",
        ),
        # What a thing is insured for is a value of its own, neither its price nor its worth.
        ("The vessel was insured for £850,000.", "£850,000", "insured value"),
        # What "take" is said of, with no deed after it; a noun of action is its verb's
        # deed, as "was evacuated in about eight minutes" tells it.
        (
            "She said the evacuation took about forty minutes.",
            "about forty minutes",
            "time to evacuate",
        ),
        ("The debate lasted nearly five hours.", "nearly five hours", "length of debate"),
    ],
)
def test_attribute(make_articles: MakeArticles, text: str, figure: str, attribute: str) -> None:
    assert framed(make_articles, text, figure).attribute == attribute


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The ship's 22 crew members were all taken off safely.", "22"),
        ("Two staff members were taken off the ship.", "Two"),
    ],
)
def test_a_generic_noun_counts_what_its_compound_names(
    make_articles: MakeArticles, text: str, figure: str
) -> None:
    """ "crew members" are crew, no membership of a club or a union."""
    frame = frame_of(make_articles, text, figure)
    assert frame is None or frame.attribute != "members"


def test_a_span_until_an_idiom_of_take_is_no_length(make_articles: MakeArticles) -> None:
    """ "take effect in 30 days" says when, not how long the rules last."""
    frame = frame_of(
        make_articles, "The rules, which take effect in 30 days, were published.", "30 days"
    )
    assert frame is None or not frame.attribute.startswith("length of")


def test_a_record_of_things_is_a_feat(make_articles: MakeArticles) -> None:
    """Only people have records kept of them; a record of streams is one set."""
    text = "It broke the previous single-day record of 161 million streams, set in 2022."
    frame = frame_of(make_articles, text, "161 million")
    assert frame is None or frame.attribute != "records"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A frequency, an offset from another moment, a window and a term are no deed's
        # length; nor is one person's spell.
        ("Buses have been running every eight minutes since Saturday.", "eight minutes"),
        ("Two days after the fire was brought under control, crews left.", "Two days"),
        ("He claimed £48,600 in expenses over three years.", "over three years"),
        ('The flaw is termed "zero day" because Microsoft had no notice.', "zero day"),
        ("Olwen had worked at the plant for nine years.", "nine years"),
        ("Her husband was sick for two days.", "two days"),
    ],
)
def test_spans_of_no_deed(make_articles: MakeArticles, text: str, figure: str) -> None:
    frame = frame_of(make_articles, text, figure)
    assert frame is None or not frame.attribute.startswith(("time ", "length of "))


def test_a_verb_a_comma_sets_off_is_another_counts(make_articles: MakeArticles) -> None:
    text = "A gas blast at a tower block kills one, 11 taken to hospital."
    (claim,) = [c for c in claims_of(make_articles, text) if c.quantities[-1].surface == "11"]
    assert claim.frame is not None and claim.frame.attribute == "hospitalised"


@pytest.mark.parametrize(
    ("text", "figure", "role", "attribute"),
    [
        ("Sales rose 14% to $2.3bn.", "14%", "change", "revenue"),
        ("Revenue fell 3% to $410 million.", "3%", "change", "revenue"),
        ("Profit rose 12% last quarter.", "12%", "change", "profit"),
        ("Sales rose to $2.3bn.", "$2.3bn", "level", "revenue"),
        ("Halvard Mills employs 4,300 people nationwide.", "4,300", "level", "employees"),
        pytest.param(
            "Brenvik Labs raised $60m in funding.",
            "$60m",
            "level",
            "funding",
        ),
    ],
)
def test_role(
    make_articles: MakeArticles, text: str, figure: str, role: str, attribute: str
) -> None:
    frame = framed(make_articles, text, figure)
    assert (frame.role, frame.attribute) == (role, attribute)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A change of a total is no total; nor is a count of one people among others.
        ("The toll rose by 11 on Monday.", "11"),
        ("Two soldiers died, bringing to 10 the number of Americans who have been killed.", "10"),
        # A size is no count of what happened to the thing measured.
        ("The Vela is a 212-metre bulk carrier built in 2011.", "212-metre"),
        # A span of another noun in a sentence of a term is no term.
        ("Tom Orlen was sentenced with no chance of parole for 12 years.", "12 years"),
        ("Tom Orlen was sentenced on Tuesday, 10 years after the killing.", "10 years"),
        # A share of those who backed a deal is no sum of funding.
        ("The union says 58 percent backed the deal.", "58 percent"),
        ("The union said 62 percent backed the offer, on a turnout of 78 percent.", "78 percent"),
    ],
)
def test_no_attribute(make_articles: MakeArticles, text: str, figure: str) -> None:
    frame = frame_of(make_articles, text, figure)
    assert frame is None or frame.attribute == ""


def test_a_count_a_risen_total_grew_by_is_a_change(make_articles: MakeArticles) -> None:
    text = (
        "The number of people hurt in the crash has risen to 11, after four dock workers "
        "reported injuries on Wednesday."
    )
    claims = claims_of(make_articles, text)
    frames = [(c.quantities[0].surface, c.frame and c.frame.role) for c in claims]
    assert frames == [("11", "level"), ("four", "change")]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Sales rose 14% to $2.3bn.", "sales"),
        # The size of the change is no measure of the level ("3 8" once).
        ("Revenue fell 3.8% to £2.3bn.", "revenue"),
        ("Revenue fell 3.8 per cent to £2.3bn.", "revenue"),
    ],
)
def test_the_level_after_a_change_is_its_own_claim(
    make_articles: MakeArticles, text: str, measure: str
) -> None:
    claims = claims_of(make_articles, text)
    roles = [(c.frame and c.frame.role, c.measure) for c in claims]
    assert roles == [("change", "change"), ("level", measure)]


@pytest.mark.parametrize(
    "text",
    [
        "Brenvik unveiled a 10-rack system on Monday.",
        "The Harriers lost 88-72 on Sunday.",
        "Dario Velt had been arrested four times.",
        "The Otters won 18 of its 23 games.",
    ],
)
def test_figures_that_count_nothing_have_no_frame(make_articles: MakeArticles, text: str) -> None:
    claims = claims_of(make_articles, text)
    assert len(claims) == 1
    assert claims[0].frame is None or not claims[0].frame.attribute


@pytest.mark.parametrize(
    ("text", "attribute", "entity"),
    [
        ("Gray was hit by seven bullets.", "shots landed", "Gray"),
        ("Halvard Mills employs 4,300 people nationwide.", "employees", "Halvard Mills"),
        # The noun a relative clause follows is its verb's subject.
        ("Northwind, which employs 6,800 people, runs trucks.", "employees", "Northwind"),
        # A word of the lexicon opening a sentence names no one.
        ("Damage was estimated at $1 million.", "damage", ""),
        ("Brenvik Labs spent $5m on new offices.", "cost", "Brenvik Labs"),
        ("Marla Quince, a mother of five, lives in Tallowford.", "children", "Marla Quince"),
        ("Tallowford is a city of population 167,000.", "population", "the city"),
        # Who fired: a name, or a description of a common noun, whatever its case.
        ("Officers fired 6 shots at the car.", "shots fired", "the officer"),
        ("The guards fired 6 shots, and the officers fired more.", "shots fired", "the guard"),
        ("Reyes fired 5 shots at officers.", "shots fired", "Reyes"),
        ("Eleven shots were fired by the guards.", "shots fired", "the guard"),
        ("Investigators counted 11 shots fired in all.", "shots fired", ""),
        # Pronouns resolve to the last name of an earlier sentence.
        ("Tomas Gray lost 2 appeals. Seven bullets hit him.", "shots landed", "Tomas Gray"),
        ("Halvard Mills has 2 sites. It employs 300 people.", "employees", "Halvard Mills"),
        # "its" in a relative clause stands for the name the clause follows.
        (
            "Ada Lind spoke. The Brevik Group, which will keep its 1,400 staff, grew.",
            "employees",
            "Brevik Group",
        ),
        # Whose prison term: the one sentenced, named before a pronoun with an age alone.
        (
            "A second man, Piet Brisk, 31, pleaded guilty. He was sentenced to six years in jail.",
            "sentence",
            "Piet Brisk",
        ),
        (
            "Tom Orlen, who was sentenced to 28 years in prison, will appeal.",
            "sentence",
            "Tom Orlen",
        ),
        ("A judge sentenced Tom Orlen to 28 years in prison.", "sentence", "Tom Orlen"),
        # A term the verb gives with no noun after it, or with a time between.
        ("Tom Orlen was sentenced on Tuesday to 28 years.", "sentence", "Tom Orlen"),
        ("Tom Orlen was jailed for 28 years on Tuesday.", "sentence", "Tom Orlen"),
        # Someone else named in between, in a sentence with no figure: no guess.
        (
            (
                "Tomas Gray lost 2 appeals. In his absence, guard Piet Brisk has led the team. "
                "Seven bullets hit him."
            ),
            "shots landed",
            "",
        ),
        # A name in a sentence that states a fact but no figure is seen too.
        ("Halvard Mills opened in 1998. It employs 300 people.", "employees", "Halvard Mills"),
        ("Tomas Gray died on Friday. Seven bullets hit him.", "shots landed", "Tomas Gray"),
        # "It" after a thing named by a common noun stands for that thing, not a name before.
        (
            (
                "Ann Vale said 2 people were hurt. The plant, which employs 120 people, opened "
                "in 1968. It was fined $48,000 in 2019."
            ),
            "fine",
            "",
        ),
        # A name the speaker addresses is not the subject.
        (
            "ANCHOR: Lena, state regulators hit Brannock with a $126,000 penalty in 2019.",
            "fine",
            "",
        ),
        # A participle's sum is its main clause's subject's.
        (
            "Orvane has completed its takeover of Lisk, buying the firm for £40 million.",
            "price",
            "Orvane",
        ),
        # A name set off by an apposition with a possessor is the subject.
        (
            "Orvane, the region's largest grocer, reported a profit of £87 million.",
            "profit",
            "Orvane",
        ),
        # A name the parser builds of nested compounds is whole.
        (
            "The Port Ellery City Council on Tuesday approved a $412.6 million budget.",
            "budget",
            "Port Ellery City Council",
        ),
        # A term is its holder's.
        ("Derek Vance received a 12-year prison sentence.", "sentence", "Derek Vance"),
        ("A judge handed Derek Vance a 12-year prison sentence.", "sentence", "Derek Vance"),
        # A term noun before "of" and the span; a verb of banning.
        ("Derek Vance was handed a sentence of 12 years in prison.", "sentence", "Derek Vance"),
        ("Ann Lind has been banned for four years.", "ban", "Ann Lind"),
        # The second tally of a pair is the one named after it.
        (
            "Arkwright received 14,212 votes to 14,081 for Tom Vellacourt.",
            "votes",
            "Tom Vellacourt",
        ),
        # Pay is the earner's, not the payer's.
        ("The club will pay Fenn 600,000 pounds a year.", "salary per year", "Fenn"),
        ("Luka Brandt was paid 1.1 million euros a year.", "salary per year", "Luka Brandt"),
        # A noun of people capitalised because it opens the sentence is no agent: the sum is
        # the one it is paid to.
        ("Jurors awarded Ann Vale $2.4 million in damages.", "damage", "Ann Vale"),
        # A firm that says "it" will pay speaks of itself.
        ("Northwind said it would pay £150 to each passenger.", "price", "Northwind"),
        ("Skylark says it is offering passengers £75 vouchers.", "price", "Skylark"),
        # A person named in full who says "she" speaks of herself.
        (
            "Imelda Strachan told a radio station that she had bought the mare for £58,000.",
            "price",
            "Imelda Strachan",
        ),
    ],
)
def test_entity(make_articles: MakeArticles, text: str, attribute: str, entity: str) -> None:
    frame = claims_of(make_articles, text)[-1].frame
    assert frame is not None and (frame.attribute, frame.entity) == (attribute, entity)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The plant did not hire 200 workers last year.", True),
        ("The plant hired 200 workers last year.", False),
    ],
)
def test_negation(make_articles: MakeArticles, text: str, negated: bool) -> None:
    frame = framed(make_articles, text, "200")
    # Workers hired are jobs created (``creations``), not the plant's workforce.
    assert (frame.attribute, frame.negated) == ("jobs created", negated)


@pytest.mark.parametrize(
    ("text", "figure", "modifiers", "setting"),
    [
        ("About 300 residents took shelter in the gym.", "About 300", [], ["gym"]),
        # The event a toll comes from is its cause, not where it holds (``cause_nouns``).
        ("Police said 12 people were killed in the blast.", "12", [], []),
        ("Police said 12 people were killed in the market.", "12", [], ["market"]),
        ("The regulator fined Corvex €12 million over a 2024 cyberattack.", "€12 million", [], []),
        # A street after "on" is where homes stand (``stock_attributes``), not a day.
        ("All 11 homes on Gull Terrace were emptied.", "11", [], ["terrace"]),
        ("The storm destroyed 12 homes on Monday.", "12", [], []),
        # A moment of the event is no setting (``moment_nouns``).
        ("More than 150 firefighters fought the blaze at its peak.", "More than 150", [], []),
        (
            "Three people suffered minor injuries in the collision.",
            "Three",
            ["minor"],
            ["collision"],
        ),
        ("Nearly 500 school buildings were damaged.", "Nearly 500", ["school"], []),
        ("An estimated 40 local residents were injured.", "An estimated 40", [], []),
        (
            "Property damage is an estimated $2 million.",
            "an estimated $2 million",
            ["property"],
            [],
        ),
        ("A new bridge could cost $40 million.", "$40 million", [], ["bridge"]),
        pytest.param(
            "The council spent £85,000 on upkeep last year.",
            "£85,000",
            [],
            ["upkeep"],
        ),
        # What projectiles landed on sets their count: hits on different targets differ.
        ("Two bombs fell on an airstrip near the town.", "Two", [], ["airstrip"]),
        ("Two bombs hit a schoolhouse but did not explode.", "Two", [], ["schoolhouse"]),
        # A noun the parse made a name's compound is the thing the name stands beside.
        (
            "Brandt fired three shots at the scooter Kessel was riding.",
            "three",
            [],
            ["kessel", "scooter"],
        ),
        # A stage word after a sum narrows it as one before it does.
        ("His deal has $0.6 million guaranteed.", "$0.6 million", ["guaranteed"], []),
        # A stage word before the sum's noun narrows it wherever the parse puts the noun.
        ("The net cost for the first year was £1.6 million.", "£1.6 million", ["first", "net"], []),
        # A stage in other words: "up front" is the initial sum, "in add-ons" a part of it.
        ("Northgate paid €95 million up front.", "€95 million", ["initial"], []),
        ("The club will pay up to €20 million in bonuses.", "up to €20 million", ["add-on"], []),
        # The phrase that holds the figure is no setting of it.
        ("It will refund every ticket holder, at a cost of £2.1 million.", "£2.1 million", [], []),
        # Nor is the figure's own unit.
        (
            "The paintings are valued at two point four million pounds.",
            "two point four million pounds",
            [],
            [],
        ),
        ("A poll of 900 voters put support for the plan at 68 percent.", "68 percent", [], []),
    ],
)
def test_modifiers_and_setting(
    make_articles: MakeArticles, text: str, figure: str, modifiers: list[str], setting: list[str]
) -> None:
    frame = framed(make_articles, text, figure)
    assert (frame.modifiers, frame.setting) == (modifiers, setting)


def test_an_age_beside_a_name_is_not_a_death_toll(make_articles: MakeArticles) -> None:
    claims = claims_of(make_articles, "Vessa Korin, 34, was killed on Friday.")
    assert not [c for c in claims if c.frame is not None and c.frame.attribute == "deaths"]


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("There were no casualties.", "deaths"),
        ("No deaths were reported.", "deaths"),
        ("Nobody was hurt in the crash.", "injured"),
        pytest.param(
            "No one was killed in the crash.",
            "deaths",
        ),
        # No one on board, and nobody of those on board in a state: only the first counts
        # who was aboard.
        ("No one was on board when it sank.", "aboard"),
        ("Nobody on board was in danger.", ""),
    ],
)
def test_zero_counts_are_framed(make_articles: MakeArticles, text: str, attribute: str) -> None:
    claims = claims_of(make_articles, text)
    frames = [(c.quantities[0].high, c.frame and c.frame.attribute) for c in claims]
    assert frames == [(0.0, attribute)]


@pytest.mark.parametrize(
    ("sentence", "offset", "expected"),
    [
        ("Nobody was hurt.", 0, [("Nobody", (0, 6))]),
        ("There were no casualties.", 40, [("no casualties", (51, 64))]),
        ("None were injured.", 7, [("None", (7, 11))]),
        ("Twelve people were hurt.", 0, []),
        pytest.param(
            "No one was killed.",
            0,
            [("No one", (0, 6))],
        ),
    ],
)
def test_zero_counts(
    sentence: str, offset: int, expected: list[tuple[str, tuple[int, int]]]
) -> None:
    found = zero_counts(sentence, offset)
    assert [(q.surface, q.span) for q in found] == expected
    assert all((q.kind, q.low, q.high) == ("count", 0.0, 0.0) for q in found)


def test_a_parent_of_n_counts_children_even_in_title_case(make_articles: MakeArticles) -> None:
    claims = claims_of(
        make_articles, "Video of Riverton Mother of 9 Ada Quell was shown on Tuesday."
    )
    assert [c.frame.attribute for c in claims if c.frame] == ["children"]


@pytest.mark.parametrize(
    ("text", "figure", "parsed"),
    [
        # A word of the lexicon, in any inflection the lemmatiser's rules allow.
        ("Police said 12 people were killed in the blast.", "12", True),
        ("The storm left 40 families homeless and 3 children hurt.", "40", True),
        # A projectile counts only with a verb of firing or landing beside it.
        ("Gray was hit nine times.", "nine times", True),
        ("Seven bullets struck the car.", "Seven", True),
        ("The council met three times in May.", "three times", False),
        # A noun of the lexicon names the measure only near the figure; a verb anywhere.
        ("Only 3 homes were left standing after the storm.", "3", True),
        ("Only 3 teams reached the final round this year after a long season at home.", "3", False),
        (
            "Police said on Monday evening, after a long search, that 12 people had been killed.",
            "12",
            True,
        ),
        # A count never takes a sum's attribute: a verb of spending does not ask for it.
        ("Pellworth spent four seasons in the second division.", "four", False),
        ("Pellworth spent $4 million on players.", "$4 million", True),
        # No word the lexicon knows: the parse could only say "unknown", so it is skipped.
        ("The team scored 3 goals in the second half.", "3", False),
        ("The bridge is 40 metres long.", "40 metres", False),
    ],
)
def test_only_sentences_that_may_name_a_measure_are_parsed(
    make_articles: MakeArticles, text: str, figure: str, parsed: bool
) -> None:
    assert (frame_of(make_articles, text, figure) is not None) is parsed


@pytest.mark.parametrize(
    ("text", "figure", "parsed"),
    [
        # A length or span of time is framed only through a noun after it ("13 days of
        # fighting"), so a word that ends the measurement ("ago", "from") leaves none.
        ("The family was killed four days ago.", "four days", False),
        ("The climber was killed in a fall of 150 meters from a ridge.", "150 meters", False),
        ("The town was shelled for 13 days of fighting that killed dozens.", "13 days", True),
        # Words at the figure that keep it from any frame, whatever the parse: it describes
        # a noun ("a 15-year-old"), or it is the base of a rate.
        ("Police said a 15-year-old was killed.", "15", False),
        ("Officials said 1.5 in every 1,000 residents were injured.", "1,000", False),
        ("Officials said 500 residents were injured.", "500", True),
    ],
)
def test_figures_their_words_keep_from_a_frame_need_no_parse(
    make_articles: MakeArticles, text: str, figure: str, parsed: bool
) -> None:
    (claim,) = [
        c
        for c in claims_of(make_articles, text)
        if (quantity := primary_quantity(c)) is not None and quantity.surface == figure
    ]
    assert may_measure(text + "\n", claim) is parsed


def test_a_state_of_another_clauses_subject_is_not_the_counts(make_articles: MakeArticles) -> None:
    """The cue "walked out" belongs to the clause that "as" opens, not to the flights."""
    frame = frame_of(
        make_articles,
        "Harlow Air cancelled 148 flights on Friday as pilots and cabin crew walked out.",
        "148",
    )
    assert frame is None or frame.attribute != "strikers"


@pytest.mark.parametrize(
    "text",
    [
        (
            "The authority said it ran 20 shuttle vans, and that trips would go on because a"
            " contractor whose drivers are not on strike runs them."
        ),
        "The authority ran 20 shuttle vans because its drivers were not on strike.",
        # An indefinite pronoun opens a clause of its own subject.
        "The ship is listing at 20 degrees, and nobody will be going aboard until then.",
    ],
)
def test_a_state_cued_in_another_clause_is_not_the_counts(
    make_articles: MakeArticles, text: str
) -> None:
    frame = frame_of(make_articles, text, "20")
    assert frame is None or frame.attribute == ""
