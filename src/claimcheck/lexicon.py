"""Word tables for matching: near-synonyms and words that do not tell measures apart.

Data, not logic: a measure phrase is reduced to a head noun and its modifiers,
and these tables say which heads name the same thing ("firms" and "companies")
and which modifiers carry no distinction ("new", "resident"). Story-specific
knowledge (two names of one organisation) belongs in the user's config instead.
"""

from __future__ import annotations

import re

# Each row: heads that a reader takes to count or measure the same thing.
NEAR_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("company", "firm", "enterprise", "startup", "start-up", "business", "corporation"),
    ("revenue", "sale", "turnover"),
    ("net income", "net profit", "profit", "earnings"),
    ("employee", "worker", "staff", "workforce", "employ", "job", "staffer"),
    ("people", "person", "resident", "individual", "citizen"),
    ("death", "fatality", "dead", "killed", "victim"),
    ("injury", "injured", "wounded", "casualty"),
    ("home", "house", "dwelling", "residence"),
    ("car", "vehicle", "automobile"),
    ("student", "pupil"),
    ("investment", "funding", "financing"),
    ("runner", "participant", "entrant", "athlete"),
    ("volunteer", "helper"),
    ("seat", "spectator", "capacity"),
    ("visitor", "tourist"),
    ("patient", "case"),
    ("earthquake", "quake", "tremor", "temblor"),
)

# Modifiers that do not change what is measured: "new firms", "resident companies".
NON_DISTINCTIVE_MODIFIERS = frozenset(
    (
        "new total resident registered local existing additional other more some several "
        "current active overall combined cumulative estimated reported confirmed official "
        "about around nearly potential its their his her our the a an first second third "
        "finally also meanwhile overall magnitude"
    ).split()
)

# Irregular plurals the suffix rules below would get wrong.
IRREGULAR_SINGULARS = {
    "people": "people",
    "children": "child",
    "men": "man",
    "women": "woman",
    "data": "data",
    "media": "media",
    "series": "series",
    "species": "species",
    "news": "news",
    "analyses": "analysis",
    "crises": "crisis",
    "indices": "index",
    "staff": "staff",
    "sales": "sale",
    "earnings": "earnings",
    "headquarters": "headquarters",
}


def singular(word: str) -> str:
    """A rough singular of an English noun, good enough to compare heads."""
    if word in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


SYNONYM_OF: dict[str, str] = {word: row[0] for row in NEAR_SYNONYMS for word in row}

# What a sum of money measures, by the word next to it: "paying $1.2 billion",
# "a budget of £450 million", "$90 million a year in cost savings".
MONEY_MEASURES: dict[str, str] = {
    word: measure
    for measure, words in {
        "price": "price paying pay paid acquire acquiring acquisition buy buying bought "
        "purchase purchasing offer offered offering offers bid bids bidding deal takeover worth sell "
        "selling sold priced prices pricing "
        "retails retailing starts starting",
        "cost": "cost costs costing spent spend spending",
        "valuation": "valuation valued value",
        "budget": "budget budgets allocated allocating allocation",
        "revenue": "revenue revenues sales turnover",
        "profit": "profit profits earnings income",
        "investment": "investment investments invested invest investing",
        "savings": "savings synergy synergies",
        "losses": "losses loss damage damages",
        "raised": "raised raising donations donated fundraising charity",
        "fine": "fine fined penalty penalties",
        "output": "output gdp",
        "salary": "salary salaries wage wages",
        "debt": "debt debts loan loans borrowing",
        "grant": "grant grants subsidy subsidies",
        "demand": "ransom ransoms demand demands demanded demanding extortion",
        "reward": "reward rewards bounty",
        "bail": "bail bond",
    }.items()
    for word in words.split()
}

# Words before a percentage that make it a change, not a share: "rose 18%", "up 24%".
CHANGE_WORDS = frozenset(
    (
        "up down rose fell risen fallen grew grown increased decreased jumped dropped climbed "
        "gained lost slid surged declined increase decrease rise fall growth gain drop premium "
        "discount higher lower more less by"
    ).split()
)

# Verbs of one outcome, for counts of people: "12 killed" and "12 dead" are one measure.
PREDICATE_SYNONYMS = {
    "di": "kill",
    "die": "kill",
    "died": "kill",
    "dies": "kill",
    "dead": "kill",
    "death": "kill",
    "perish": "kill",
    "hurt": "injur",
    "wound": "injur",
    "evacuat": "displac",
    "employ": "employ",
    "hire": "employ",
}

# Nouns too generic to say what is counted without the verb: "people killed".
GENERIC_HEADS = frozenset(
    "people person resident individual civilian child adult man woman men women youth".split()
)

# Titles and roles written before a name: "Mayor Jane Ortiz", "Winner Tom Orlen".
TITLE_WORDS = frozenset(
    (
        "mr mrs ms miss dr prof professor sir dame lord lady mayor governor president "
        "minister senator councillor councilor judge chief director chairman chairwoman chair "
        "secretary general captain coach winner champion officer inspector sergeant detective "
        "spokesman spokeswoman spokesperson rep representative premier chancellor king queen "
        "prince princess pope bishop father sister brother saint st. gov. sen. rep. lt. col."
    ).split()
)

# Endings of company names that do not change which company is meant.
CORPORATE_SUFFIXES = frozenset(
    "inc inc. ltd ltd. llc plc corp corp. corporation co co. company group holdings sa ag gmbh nv".split()
)

# Light stemming of measure heads: "containment" and "contained" compare equal.
STEM_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ed", "es", "s", "e")


def stem(word: str) -> str:
    """A crude stem for comparing measure heads and predicates."""
    for suffix in STEM_SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# Outcomes whose counts grow as a story unfolds: a lower figure in another
# article is most likely an earlier report, not a contradiction.
VOLATILE_PREDICATES = frozenset(
    (
        "kill injur displac evacuat arrest rescu miss hospitaliz hospitalis detain infect "
        "refuge evacue case infection casualt victim fatalit death"
    ).split()
)

# Words in a claim that mark its figure as a running total: "rose to 19", "so far".
VOLATILE_CUES = frozenset("rose risen climbed climb mounted so far toll since".split())

# Measures that say nothing about what is counted: "2 others", "3 of them".
EMPTY_MEASURES = frozenset(
    "other others them those these ones one many few more some time times hour hours day "
    "days year years percent point points".split()
)

# Kinds of figure that say what they measure on their own: an area is an area,
# so "20,000 hectares" needs no noun to be compared with "12,000 hectares".
# Durations are left out: "eight days of riots" and "two weeks before" are spans
# of a story, not measurements (clock times like "2:08:14" are, see match).
DIMENSION_KINDS = frozenset(("length", "area", "volume", "mass", "speed", "temperature", "data"))

# Words that make a figure a part of a whole: "1,150 people at its depot alone", "five of
# whom". A bare "which" opens any relative clause ("33 km, which helped spread the shaking").
SUBSET_CUES = frozenset("alone itself only just including among".split())
SUBSET_OF = re.compile(r"\bof\s+(?:which|whom)\b")

# Measures that stay put from one day to the next: what something cost, how many
# seats it has. Reports days apart still speak of one value (years still differ).
STATIC_MEASURES = frozenset(
    "cost price valuation seat capacity turnout vote result score margin majority bail fine".split()
)

# Modifiers that say the same thing: "PhD studentships" and "doctoral studentships".
MODIFIER_SYNONYMS = {"phd": "doctoral", "doctorate": "doctoral", "undergraduate": "undergrad"}
