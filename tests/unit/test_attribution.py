"""Attribution: who a sentence credits, and where the credit is written."""

from __future__ import annotations

from itertools import pairwise

import pytest

from claimcheck.attribution import find_attributions, governing_lead, person_named


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
            "The crowd, 21,300 by the count of the promoters, was loud.",
            [("the promoters", "by the count of")],
        ),
        # A side in court, or a force, speaks for itself.
        ("The prosecution contends Ruiz planned the theft.", [("The prosecution", "contends")]),
        ("The army said 12 soldiers died.", [("The army", "said")]),
        # Abbreviated titles inside the speaker's name, even where the sentence was cut.
        ("Twelve were hurt, said Lt. Col. Ana Ruiz.", [("Lt. Col. Ana Ruiz", "said")]),
        (
            "Thousands fled, said Provincial Commander Col. Inf.",
            [("Provincial Commander Col. Inf", "said")],
        ),
        (
            "The Office for National Statistics says inflation fell to 3%.",
            [("The Office for National Statistics", "says")],
        ),
        ("A Harvard study recently found that 40% of users quit.", [("A Harvard study", "found")]),
        ("A review by Smith & Co found 12 errors.", [("A review by Smith & Co", "found")]),
        # A figure's thousands separator inside the source is no comma of the sentence.
        (
            "A union survey of 2,300 students, published last week, found that 34% work.",
            [("A union survey of 2,300 students", "found")],
        ),
        # People whose work is to find report what they found; anyone else's find is an act.
        ("Inspectors found 27 medication errors.", [("Inspectors", "found")]),
        ("Hikers found 27 dead sheep on the hill.", []),
        (
            "Research from Oxford and Yale further indicates a gap.",
            [("Research from Oxford and Yale", "indicates")],
        ),
        (
            "The river rose by two metres overnight, said Maria Ortiz of the flood office.",
            [("Maria Ortiz of the flood office", "said")],
        ),
        ("Sales reached $4 billion, the company said.", [("the company", "said")]),
        # Advice is its giver's: how long to stay away is the agency's figure.
        (
            "The agency urged passengers to stay away from work for 48 hours.",
            [("The agency", "urged")],
        ),
        # The paper counted, on the basis of the records it cites: both are credited.
        (
            "Citing police records, the paper counted 312 thefts.",
            [("police records", "citing"), ("the paper", "counted")],
        ),
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
        # Records a newsroom or a service keeps, and a forecast.
        (
            "In 2019, the company cut 800 jobs, Courier archives show.",
            [("Courier archives", "show")],
        ),
        (
            "The service's own dashboard showed 187 million plays.",
            [("The service's own dashboard", "showed")],
        ),
        (
            "The papers show mileage alone accounted for £17,900 of the claims.",
            [("The papers", "show")],
        ),
        (
            "Analysts at Vantage Data project sales of about 500,000 copies.",
            [("Analysts at Vantage Data", "project")],
        ),
        # A source in a relative clause, someone's own people, "insist".
        (
            "Robbers made off with a haul that police say runs into millions.",
            [("police", "say")],
        ),
        (
            "It unveiled a laptop that the company said will start at $1,299.",
            [("the company", "said")],
        ),
        (
            "Marchbank died on Sunday at her home, her family confirmed to the Gazette.",
            [("her family", "confirmed")],
        ),
        ("The owners, Brenlow Shipping, insist not a cent was paid.", [("The owners", "insist")]),
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
        "AMD bought ATI in a $5.4 billion deal that many said would help it compete.",
        "I was there, and I can tell you the crowd was 40,000.",
        # A toll taken is no claim made.
        "The Serrat Pass has claimed more than 60 lives since 1990.",
        # "By" and a possessive that is no one's figures.
        "By Monday's close, 400 homes were flooded.",
        "The plant was built by the company's own engineers, who laid 400 metres of pipe.",
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
        # A title before the name, and an age aside before the verb: the age is no speaker.
        (
            'Plant manager Ann Vale, 61, said she was "devastated" by the loss.',
            "Plant manager Ann Vale",
        ),
        ("Fire chief Tom Orlen, 47, said the blaze started at 9 a.m.", "Fire chief Tom Orlen"),
        # "tell" in the present, as "say": a speaker (but "I can tell you" cites no one).
        ("Fire crews tell us at least four people were hurt.", "Fire crews"),
        # A source that puts a figure on what comes before it.
        (
            "A crowd the Harwick Constabulary put at about 250,000 turned out.",
            "Harwick Constabulary",
        ),
        ("A crowd the team put at 3,112 fans packed the plaza.", "team"),
        # A speaker described by a possessive, named in an apposition.
        ("Its owner, Pavel Stroud, said the damage reached $1.5 million.", "Its owner"),
        ("Another passenger, Donal Breck, said he had made 1,000 crossings.", "Another passenger"),
        (
            (
                "Co-founder and chief executive Ann Vale, 37, said in an interview that revenue "
                "would reach $240 million."
            ),
            "Co-founder and chief executive Ann Vale",
        ),
        # Organisations that speak for themselves.
        ("The Rovers won the game 102-98 in overtime, the league confirmed.", "the league"),
        ("About 40 people attended the rally, the party said.", "the party"),
        # A source that counted or listed what the figure counts.
        ("County officials counted 87 houses destroyed as of Tuesday.", "County officials"),
        ("The department listed 1,184 firefighters on the fire.", "The department"),
        ("Rescuers counted at least 12 bodies.", "Rescuers"),
        # "confirmed dead" is a state of the counted, not a credit.
        (
            "The number of people confirmed dead rose to 31 on Tuesday, the coast guard said.",
            "the coast guard",
        ),
        # "per" a document, as "according to".
        (
            "Revenue a year earlier was $3.2 billion, per the company's own release.",
            ("the company's own release"),
        ),
        # A trailing speaker with a description set off after the name, or an abbreviated
        # title before it.
        (
            "The funeral is on Friday, Mara Quill, the parish vicar, confirmed.",
            "Mara Quill",
        ),
        (
            "Nineteen people died, the camp's medical officer, Dr. Oren Haas, told us.",
            "Dr. Oren Haas",
        ),
        (
            "The service is at noon, the Rev. Ann Vale, the parish vicar, confirmed.",
            "the Rev. Ann Vale",
        ),
        # A count opening the sentence does not report itself: the credit after it does.
        (
            (
                "A total of 214 passengers had reported symptoms as of Sunday morning, the "
                "Coastal Health Directorate said in a statement."
            ),
            "the Coastal Health Directorate",
        ),
        # A refusal before "but" leaves the speaker the same.
        (
            "Brackley declined to name them but said they had 20 days to answer.",
            "Brackley",
        ),
        # An institution described by its kind speaks for itself.
        (
            "The airport announced on Monday that 3.24 million passengers passed through.",
            "The airport",
        ),
        ("The zoo said the calf weighed 62 kilograms.", "The zoo"),
        # A budget is a document that shows its sums.
        (
            "The council budgeted £18.2 million for catering, its published budget shows.",
            "its published budget",
        ),
        # A document set off by an apposition shows what it holds.
        (
            "The club's accounts, published in January, show a wage bill of £15 million.",
            "The club's accounts",
        ),
        (
            "The review, published on Monday, found the longest spill lasted 41 hours.",
            "The review",
        ),
        # A name with an ampersand, and an estimate or a warning after an apposition.
        (
            "Hartwell & Crumb Bakeries, a family-run baker, said it would close 86 shops.",
            "Hartwell & Crumb Bakeries",
        ),
        (
            (
                "Clearwater Watch, a group that monitors the River Lisk, estimated that 11,000 "
                "litres had escaped."
            ),
            "Clearwater Watch",
        ),
        (
            "Ingrid Salloway, the senior forecaster, warned that some areas could see 30 mm.",
            "Ingrid Salloway",
        ),
        # A body's own figures, before what they count; a notice that shows a sum.
        (
            "By Corvale's own figures, they leak nearly 70,000 megalitres a year.",
            "Corvale's own figures",
        ),
        ("By their own count they took more than 4.7 tonnes last year.", "their own count"),
        (
            "Castlereigh, by its own account, packed more than 200kg of explosives.",
            "its own account",
        ),
        # A long source after "according to" is still one.
        (
            (
                "The trams carried 164 passengers, according to figures Velmora Transit gave to "
                "city councillors at an emergency briefing in the afternoon."
            ),
            (
                "figures Velmora Transit gave to city councillors at an emergency briefing in "
                "the afternoon"
            ),
        ),
        (
            "Hosepipe use carries fines of up to £2,500, the company's published notice shows.",
            "the company's published notice",
        ),
        # Figures that reveal; news set beside a credited clause.
        (
            "Almost 190,000 patients are waiting for treatment, official figures reveal.",
            "official figures",
        ),
        (
            "It comes as the council confirmed that the cost has been revised to £720,000.",
            "the council",
        ),
        (
            "The news came as documents released on Monday showed that it paid £2.7 million.",
            "documents released on Monday",
        ),
    ],
)
def test_more_attribution_forms(sentence: str, source: str) -> None:
    assert [s for s, _ in attributions(sentence)] == [source]


def test_speaker_with_an_apposition() -> None:
    sentence = "Maria King, 39, a records clerk at the hospital, said she counted 40 beds."
    assert attributions(sentence) == [("Maria King", "said")]


def test_an_age_before_a_relative_clause_is_no_speaker() -> None:
    """A name with a particle is one speaker, and the age after it nobody's name."""
    sentence = "Resident Fenna de Wit, 72, who lives opposite the museum, said she heard 3 bangs."
    assert attributions(sentence) == [("Resident Fenna de Wit", "said")]


def test_an_announcement_after_an_apposition_credits_its_speaker() -> None:
    sentence = "The mayor, Ida Rusk, announced nine million euros for the harbour wall."
    assert attributions(sentence) == [("The mayor", "announced")]
    assert attributions("More than 40 councils have announced cuts since 2023.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Castell put the number of dead at 25, and added that the count may rise.",
            [("Castell", "put")],
            id="source-puts-figure-at",
        ),
        pytest.param(
            "A second poll, in a regional weekly, put support for the plan at 41 percent.",
            [("A second poll", "put")],
            id="poll-with-apposition-puts-figure",
        ),
        pytest.param(
            "The Orley Insurers' Forum, which represents the main home insurers in the county, "
            "put insured losses at £14 million.",
            [("The Orley Insurers' Forum", "put")],
            id="source-with-a-long-relative-clause-puts-figure",
        ),
        pytest.param(
            "Losses at the harbour were estimated by the Traders Guild at about 3 million euros.",
            [("the Traders Guild", "estimated")],
            id="passive-estimated-by",
        ),
        pytest.param(
            "The toll was put at 12 by the regional health office.",
            [("the regional health office", "put")],
            id="passive-put-at-by",
        ),
        pytest.param(
            "Nine people needed surgery, Tomas Brel a county health officer, said.",
            [("Tomas Brel a county health officer", "said")],
            id="trailing-speaker-with-comma-before-said",
        ),
        pytest.param(
            "Port chief Captain Orlo, who spoke from the harbour office, told the radio that "
            "14 boats sank.",
            [("Port chief Captain Orlo", "told")],
            id="speaker-with-relative-clause",
        ),
        pytest.param(
            "The Coastal Survey Agency (CSA) said the island had 300 tremors in two days.",
            [("The Coastal Survey Agency", "said")],
            id="source-with-bracketed-abbreviation",
        ),
        pytest.param(
            'A suspect has confessed to the theft, but insisted he "never meant harm," sources '
            "tell the Evening Ledger.",
            [("sources", "tell")],
            id="trailing-sources-tell",
        ),
        pytest.param(
            "Vane, 22, drove the van on the orders of his cousin Lee Hart, 30, prosecutors charge.",
            [("prosecutors", "charge")],
            id="trailing-prosecutors-charge",
        ),
        pytest.param(
            "Ostra, 41, testified that the door was locked at 9 p.m.",
            [("Ostra", "testified")],
            id="named-witness-testified",
        ),
        pytest.param(
            "Rating agency Norrow cut its outlook on concern the firm's debt will climb to 40%.",
            [("Rating agency Norrow", "on concern")],
            id="source-acts-on-its-concern",
        ),
        pytest.param(
            "If costs hold, Delta Foods executives predict a gain of $20 million.",
            [("Delta Foods executives", "predict")],
            id="executives-predict",
        ),
        pytest.param(
            "Some economists however expressed the concern that exports would drop by 10 percent.",
            [("Some economists", "expressed")],
            id="expressed-concern-that",
        ),
        pytest.param(
            "Mellor agreed to buy Fenwick for about $2 billion, the companies announced Tuesday.",
            [("the companies", "announced")],
            id="trailing-announced-with-day",
        ),
        pytest.param(
            "He was granted bail with a £50,000 surety, the court heard.",
            [("the court", "heard")],
            id="trailing-court-heard",
        ),
        pytest.param(
            "About 14,500 of the fund's 48,000 members are affected, the committee was told.",
            [("the committee", "was told")],
            id="trailing-committee-was-told",
        ),
        pytest.param(
            "Ames's mother, Ruth Ames, said she now cares for 5 grandchildren.",
            [("Ames's mother", "said")],
            id="possessive-speaker-named-in-apposition",
        ),
        pytest.param(
            "Our price estimate for Fenwick stands at $14.10.",
            [("Our", "our estimate")],
            id="outlet-own-estimate",
        ),
        pytest.param(
            "Critics have pointed out that the council made similar promises in 2016.",
            [("Critics", "pointed out")],
            id="pointed-out-that",
        ),
        # "It" opening a sentence with a verb of a document's own estimate.
        pytest.param(
            "It forecasts a further fall of between 8 and 10 per cent by 2030.",
            [("It", "forecasts")],
            id="it-forecasts",
        ),
        # A writer told by someone unnamed: the credit is the writer's words.
        pytest.param(
            "The fire is out, and I'm told about 300 people were evacuated.",
            [("I'm told", "told")],
            id="writer-told-by-someone-unnamed",
        ),
        pytest.param(
            "We're told 40 people were hurt.",
            [("We're told", "told")],
            id="writers-told-by-someone-unnamed",
        ),
        # "What X told us is that": the speaker, without the opening word or an auxiliary.
        pytest.param(
            "What police told us is that 12 people were hurt.",
            [("police", "told")],
            id="what-a-source-told-us",
        ),
        pytest.param(
            "What the committee did tell us is that the state gave $1.5 billion.",
            [("the committee", "tell")],
            id="what-a-source-did-tell-us",
        ),
        pytest.param(
            "Grell was reportedly aiming at a rival, a 17-year-old boy.",
            [("reportedly", "reportedly")],
            id="hedge-reportedly",
        ),
        pytest.param(
            "Two more people are also reported to have died.",
            [("are also reported to", "are also reported to")],
            id="hedge-are-reported-to",
        ),
        pytest.param(
            "The mayor, Ines Dorr, said the bridge had 4 lanes.",
            [("The mayor", "said")],
            id="common-noun-speaker-with-name-apposition",
        ),
        pytest.param(
            "A neighbour, Ruth Ames, 61, said the fire started at 2 a.m.",
            [("A neighbour", "said")],
            id="person-named-in-apposition",
        ),
        pytest.param(
            "A newspaper poll published Monday showed support at 31 percent.",
            [("A newspaper poll published Monday", "showed")],
            id="document-shows",
        ),
        pytest.param(
            "An autopsy shows that Vale was hit by three of the seven bullets.",
            [("An autopsy", "shows")],
            id="document-noun-alone-shows",
        ),
        pytest.param(
            "The charge sheet also shows that £41,000 was taken from the account.",
            [("The charge sheet", "shows")],
            id="a-sheet-shows",
        ),
        pytest.param(
            "Tickets cost £245 each, the company's website shows.",
            [("the company's website", "shows")],
            id="a-website-shows",
        ),
        pytest.param(
            "The trust published its accounts for the event, which show it cost £2.3 million.",
            [("its accounts", "show")],
            id="document-in-a-relative-clause-shows",
        ),
        pytest.param(
            "The council published its annual report, which found 40 schools closed.",
            [("its annual report", "found")],
            id="document-after-a-verb-finds",
        ),
        pytest.param(
            "The firm bought the building, which shows 40 cracks.",
            [],
            id="no-document-before-which-shows",
        ),
        pytest.param(
            "Harbour pilots say the engine had been dead for 14 minutes.",
            [("Harbour pilots", "say")],
            id="plural-speakers-say",
        ),
        pytest.param(
            "The $4.1 million plant is still stuck in planning, town council minutes show.",
            [("town council minutes", "show")],
            id="minutes-show",
        ),
        pytest.param(
            "In 14 minutes show time began with 12 acts.",
            [],
            id="a-phrase-of-time-shows-nothing",
        ),
        pytest.param(
            "The footage shows Vale leaving the school at 3 p.m.",
            [("The footage", "shows")],
            id="footage-shows",
        ),
        pytest.param(
            "Her report notes that 12 farms closed.",
            [("Her report", "notes")],
            id="report-is-a-noun-before-its-verb",
        ),
        pytest.param(
            'Ruiz added, "We lost 40 cattle."',
            [("Ruiz", "added")],
            id="added-before-a-quote",
        ),
        # What a court heard is its evidence, before "that" as after a comma.
        pytest.param(
            "The court heard that Mrs Carrow signed off 96 of the invoices.",
            [("The court", "heard")],
            id="court-heard-that",
        ),
    ],
)
def test_attribution_classes(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Marco Dunn added 18 points for the Hawks.", id="added-points-is-an-act"),
        pytest.param("Quarterback Lee Park found Tom Ray for a 7-yard score.", id="found-a-player"),
        pytest.param("Kicker Sam Orr showed his range with a 52-yard kick.", id="showed-an-act"),
        pytest.param("The team maintained a 10-point lead.", id="maintained-a-lead"),
        pytest.param("Police charged three men with the theft of 40 cars.", id="charged-someone"),
        pytest.param("The company's shares fell on concern that sales would drop 5%.", id="shares"),
        pytest.param("The bridge was hit by a truck at 40 mph.", id="passive-by-non-source"),
        pytest.param("It would be a stretch to say the 3-1 win was deserved.", id="stretch-to-say"),
        pytest.param("They rescued an estimated 40 people.", id="an-estimated"),
        # A possessive alone is no source; "per" before no source is a rate.
        pytest.param("Their projects will cost $5 million.", id="their-projects"),
        pytest.param("Output rose to $5,000, per capita.", id="per-capita"),
        # A reporting word before "of" is a noun ("says of" stays a verb).
        pytest.param("Insurers face claims of more than $90 million.", id="claims-of"),
        pytest.param(
            "Insurance claims for industrial fires rose 64 percent last year.", id="claims-for"
        ),
        pytest.param("Harlow Ridge has claimed four lives since 2010.", id="claimed-lives"),
        pytest.param("Residents fear reports of looting.", id="reports-of"),
        # So is one before a modal or "cost".
        pytest.param("Flood claims could top $8 million this winter.", id="claims-could"),
        pytest.param("Storm-damage claims cost insurers $31 million in 2024.", id="claims-cost"),
        # A participle between a figure and its noun is no verb of saying.
        pytest.param("The authority logged 14 confirmed sightings in 2024.", id="confirmed-noun"),
        # A person set off by an apposition who finds something does an act.
        pytest.param("Ruiz, 27, found 14 bags of cash in the car.", id="apposition-act"),
        # A particle after a reporting verb makes it another verb.
        pytest.param("The fund wrote off £86 million on Monday.", id="wrote-off"),
        pytest.param(
            "The pension fund, which has 35,000 members, wrote off its holding.",
            id="apposition-wrote-off",
        ),
        pytest.param("The bank wrote down the loan by $40 million.", id="wrote-down"),
        pytest.param("The court heard evidence from 12 witnesses.", id="heard-evidence"),
    ],
)
def test_not_an_attribution(sentence: str) -> None:
    assert attributions(sentence) == []


def test_named_source_wins_over_a_hedge() -> None:
    sentence = "The driver allegedly fled at 80 mph, police said."
    assert attributions(sentence) == [("police", "said")]


def test_hedge_credits_its_clause_only() -> None:
    sentence = "Grell was reportedly aiming at a rival."
    (found,) = find_attributions(sentence, (0, len(sentence)))
    assert found.scope == "clause"


def test_a_stray_period_does_not_end_the_credit() -> None:
    text = "Police documented that he had a blood alcohol level of."
    (lead,) = find_attributions(text, (0, len(text)))
    carried = governing_lead(lead, text, "09 percent, above the limit.", same_paragraph=True)
    assert carried is not None and carried.source == "Police"


def test_also_said_goes_on_with_the_previous_speaker_across_paragraphs() -> None:
    text = "Police said there was no evidence of wrongdoing."
    (lead,) = find_attributions(text, (0, len(text)))
    follow = "The also said that the man had been arrested four times."
    carried = governing_lead(lead, text, follow, same_paragraph=False)
    assert carried is not None and carried.source == "Police"


def quoted_speakers(text: str) -> list[list[tuple[str, str]]]:
    """(source, cue) pairs of each line of ``text`` (one sentence a line)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        span = (pos, pos + len(line))
        out.append([(a.source, a.cue) for a in find_attributions(text, span)])
        pos += len(line) + 1
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"The herd was 400 head.\nWe lost 40 cows in the flood," the farmer told us.',
            [[("the farmer", "told")], [("the farmer", "told")]],
            id="speaker-where-the-quotation-closes",
        ),
        pytest.param(
            'Her father said: "She is in hospital.\nThe doctors gave her 3 weeks."',
            [[("Her father", "said")], [("Her father", "said")]],
            id="speaker-who-opens-the-quotation",
        ),
        pytest.param(
            "\u201cWe lost 40 cows.\nIt took 20 years to build the herd,\u201d said Ana Ruiz.",
            [[("Ana Ruiz", "said")], [("Ana Ruiz", "said")]],
            id="curly-quotation-marks",
        ),
        pytest.param(
            "He is 6'2\" and weighs 200 pounds.\nThe team won 3 games, the coach said.",
            [[], [("the coach", "said")]],
            id="inch-mark-is-no-quotation",
        ),
        pytest.param(
            '"We came when they warned us," the farmer said.\n"We hoped it was safe.\n'
            'We were 20 in one room.\n"Then 3 shells hit the barn.\nWe lost 40 cows."',
            [[("the farmer", "said")]] * 5,
            id="quotation-paragraphs-go-on-with-one-speaker",
        ),
        pytest.param(
            'Roads were shut.\n"We were 20 in one room.\nNo one came."',
            [[], [], []],
            id="quotation-paragraph-after-prose-has-no-speaker",
        ),
    ],
)
def test_quotation_over_several_sentences(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert quoted_speakers(text) == expected


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # The quotation after the credit, in the same paragraph, is the same speaker's.
        ("", [("Marrow", "told")]),
        # Prose after the credit ends the speaker's run.
        (" Police said 12 homes burned.", []),
    ],
)
def test_a_quotation_right_after_its_speakers_credit(
    between: str, speaker: list[tuple[str, str]]
) -> None:
    text = (
        '"I saw the clock on the last lap," Marrow told reporters.'
        + between
        + ' "I have been chasing this for four years."'
    )
    start = text.rindex('"I have')
    assert [(a.source, a.cue) for a in find_attributions(text, (start, len(text)))] == speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The gunman said the shooting had stemmed from a feud.",
            [("The gunman", "said")],
            id="any-person-who-said",
        ),
        pytest.param(
            "It was said throughout the trial that the two were targeting rivals.",
            [("It was said", "it was said")],
            id="it-was-said-that",
        ),
    ],
)
def test_vague_speakers_and_impersonal_hedges(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert attributions(sentence) == expected


def test_an_unclosed_quotation_does_not_reach_a_speaker_many_lines_away() -> None:
    text = (
        'He saw "a crater 2 metres wide.\nThe road was shut for 3 days.\n'
        "Crews worked for 12 hours.\nThe bridge reopened at 6 a.m.\nTraffic was light.\n"
        'Buses ran every 20 minutes.\nSchools stayed shut.\n"We are fine," the mayor said.'
    )
    found = quoted_speakers(text)
    assert found[0] == []
    assert found[-1] == [("the mayor", "said")]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (
            "The mill will close, owner Ian Marsh said on Monday. He said 300 jobs would go.",
            "Ian Marsh (He)",
        ),
        (
            "Police Chief Ann Vale said officers were hurt. She added that 3 were in hospital.",
            "Police Chief Ann Vale (She)",
        ),
        # An organisation or a lone surname is not who "he" stands for: left as written.
        ("The Health Ministry said 40 people were treated. He said 7 remain.", "He"),
        ("Marsh said the mill will close. He said 300 jobs would go.", "He"),
        (
            "Ian Marsh said so. It rained. Marsh said the mill will close. He said 3 went.",
            "Ian Marsh (He)",
        ),
        ("Jo Lee said so. Acme Dairy Inc. said the mill will close. She said 30 went.", "She"),
        # Only the nearest speaker counts: after "police said", "he" is someone unnamed.
        ("Ian Marsh said so. Police said the mill will close. He said 300 jobs went.", "He"),
        # A speaker too far back is not looked for.
        ("Ian Marsh said so. " + "It rained. " * 5 + "He said 300 jobs would go.", "He"),
    ],
)
def test_a_pronoun_source_names_the_speaker_before_it(text: str, credited: str) -> None:
    from claimcheck.attribution import SentenceAttributions
    from claimcheck.segment import split_sentences

    spans = split_sentences(text)
    sentences = [text[a:b] for a, b in spans]
    attributions = SentenceAttributions(text, sentences, spans, [True] * len(spans))
    found = attributions.of(len(spans) - 1)
    assert found is not None and found.credited == credited


def test_a_writers_first_hand_account_is_its_own_source() -> None:
    sentence = "In the third round he dominated so thoroughly that I scored it a 10-8 round."
    (found,) = find_attributions(sentence, (0, len(sentence)))
    assert (found.source, found.cue) == ("I", "i scored")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("There were no immediate reports of any casualties at the camp.", None),
        (
            "Ryan Boyette, a former aid worker, said he talked to five aid workers in the camp.",
            "Ryan Boyette",
        ),
        ("A government official initially reported 12 deaths.", "A government official"),
    ],
)
def test_a_clause_is_not_a_source(sentence: str, source: str | None) -> None:
    found = find_attributions(sentence, (0, len(sentence)))
    assert (found[0].source if found else None) == source


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Christopher Vale from the UN Relief and Works Agency", "Christopher Vale"),
        ("Ann Vale of Acme", "Ann Vale"),
        ("owner Ian Marsh", "Ian Marsh"),
        ("Health Ministry", None),
        ("spokesman for the ministry", None),
    ],
)
def test_a_person_is_named_before_where_they_work(source: str, name: str | None) -> None:
    assert person_named(source) == name


def credits_by_sentence(text: str) -> list[str | None]:
    """Each sentence's credit (its source), through ``SentenceAttributions``."""
    from claimcheck.attribution import SentenceAttributions
    from claimcheck.segment import split_sentences

    spans = split_sentences(text)
    sentences = [text[a:b] for a, b in spans]
    paragraphs = [True, *("\n" not in text[a[1] : b[0]] for a, b in pairwise(spans))]
    attributions = SentenceAttributions(text, sentences, spans, paragraphs)
    found = (attributions.of(index) for index in range(len(spans)))
    return [credit.source if credit is not None else None for credit in found]


TRANSCRIPT = """\
PRESENTER ANNA REED: Good evening. A crane fell in the city centre. Our reporter Tom Hale is there.

HALE: The crane came down at 2.15 this afternoon. Two workers were killed.

FIRE CHIEF MARTA LINDQVIST: We pulled 14 people out. Four are critical.

Nine of them were taken to St Mary's.

REED: Tom, police said six streets are shut. Fire chief Marta Lindqvist was there at dawn.

LINDQVIST (recorded): The cab was 40 metres up.

OWEN GATT: The cost is 3 million.
"""


def test_a_transcript_credits_a_quoted_speakers_turn_and_not_the_outlets_voice() -> None:
    assert credits_by_sentence(TRANSCRIPT) == [
        # The presenter and the reporter the prose introduces are the outlet's own voice.
        None,
        None,
        None,
        None,
        None,
        # A label with a role credits its turn, unlabelled paragraphs after it included.
        "Fire Chief Marta Lindqvist",
        "Fire Chief Marta Lindqvist",
        "Fire Chief Marta Lindqvist",
        # The sentence's own credit comes first, in anyone's turn.
        "police",
        None,
        "Marta Lindqvist",
        # A speaker the article never says anything about is not known to be a source.
        None,
    ]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A bare surname the prose names as someone quoted: their full name.
        (
            "ANCHOR: The mayor, Ruth Ebbets, spoke to us.\n\nEBBETS: It costs 4 million.",
            "Ruth Ebbets",
        ),
        # A guest who joins in the studio is no journalist.
        (
            "ANCHOR: Joining me in the studio is Ruth Ebbets.\n\nRUTH EBBETS: It costs 4 million.",
            "Ruth Ebbets",
        ),
        (
            "HOST: Hello.\n\nRESIDENT (June Harlow): I have lived here 40 years.",
            "Resident (June Harlow)",
        ),
        # A role no list holds before a name in brackets.
        (
            "PRESENTER: Hello.\n\nRUNNER (KEZIA MOORE): I've done nine marathons.",
            "Runner (Kezia Moore)",
        ),
        (
            "ANCHOR: Hello.\n\nMAREN TOLL, POLICE CHIEF: We arrested 9 men.",
            "Maren Toll, Police Chief",
        ),
        # A name with whom it speaks for, after a cue in brackets.
        (
            "ANCHOR: Hello.\n\n(SOUND BITE) DANA KETTERING, NORTHVALE ELECTRIC: We restored 90.",
            "Dana Kettering, Northvale Electric",
        ),
        # A name, a post and the organisation; a marker and a dash before the label; a
        # name with whom it speaks for in brackets.
        (
            "ANCHOR: Hello.\n\nHOLLIS VARGA, CHIEF EXECUTIVE, EXAMS BOARD: We planned 150,000.",
            "Hollis Varga, Chief Executive, Exams Board",
        ),
        (
            "ANCHOR: Hello.\n\nCLIP - TOM HALDANE, MARINE RESCUE: We had 12 vets.",
            "Tom Haldane, Marine Rescue",
        ),
        (
            "ANCHOR: Hello.\n\nPRIYA NANDRA (WEXMOOR CONSTABULARY): We arrived in 4 minutes.",
            "Priya Nandra (Wexmoor Constabulary)",
        ),
        # Journalists introduced in the prose, before or after their name.
        ("ANCHOR: Kofi Anand is live downtown.\n\nKOFI ANAND: Nine died.", None),
        ("ANCHOR: Sports director Tom Bell has more.\n\nTOM BELL: Nine lost.", None),
        ("HOST: I'm Anita Sorrell.\n\nWITNESS: Hi.\n\nSORRELL: Nine died.", None),
        ('JO "J-BOOM" CARTER, HOST: Hi. Ann Carter called.\n\nCARTER: Nine died.', None),
        # A guest "in the studio" whose label says whom they speak for is no journalist.
        (
            (
                "PRESENTER ANN LEE: With me in the studio are Tom Reid, who runs Skylark.\n\n"
                "TOM REID (SKYLARK): Hello.\n\nLEE: What does it cost?\n\n"
                "REID: Forty thousand dollars a month."
            ),
            "Tom Reid",
        ),
    ],
)
def test_a_label_credits_its_turn_to_whom_the_article_says_it_is(
    text: str, credited: str | None
) -> None:
    assert credits_by_sentence(text)[-1] == credited


@pytest.mark.parametrize(
    "text",
    [
        # A dateline and a pointer in capitals are no speakers' labels.
        "NEW DELHI: Police said 9 died in New Delhi.\n\nALSO READ: Nine died in 2020.",
        # One label makes no transcript.
        "WITNESS: Nine died. The fire burned for 3 hours.",
        "Q: How many died?\n\nA: Nine died, we think.",
    ],
)
def test_capitals_before_a_colon_outside_a_transcript_credit_no_one(text: str) -> None:
    from claimcheck.attribution import speaker_turns

    assert speaker_turns(text) == []


@pytest.mark.parametrize(
    ("sentence", "credits"),
    [
        # A credit that opens a clause set against the figure's does not reach back to it.
        (
            (
                "Property prices along the route have risen 12 percent since work began, but "
                "several shopkeepers say trade was lost behind barriers for three years."
            ),
            [None, "but several shopkeepers"],
        ),
        # A credit before the contrast keeps its own clause.
        (
            "Prices have risen 12 percent, officials said, but shopkeepers say trade fell.",
            ["officials"],
        ),
    ],
)
def test_a_credit_after_but_credits_its_own_clause(
    sentence: str, credits: list[str | None]
) -> None:
    from tests.factories import article_claims

    found = article_claims(sentence)
    assert [c.attribution.source if c.attribution else None for c in found] == credits
