"""Word tables for matching: near-synonyms and words that do not tell measures apart.

Data, not logic: a measure phrase is reduced to a head noun and its modifiers,
and these tables say which heads name the same thing ("firms" and "companies")
and which modifiers carry no distinction ("new", "resident"). Story-specific
knowledge (two names of one organisation) belongs in the user's config instead.
"""

from __future__ import annotations

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
    ("visitor", "tourist"),
    ("patient", "case"),
)

# Modifiers that do not change what is measured: "new firms", "resident companies".
NON_DISTINCTIVE_MODIFIERS = frozenset(
    (
        "new total resident registered local existing additional other more some several "
        "current active overall combined cumulative estimated reported confirmed official "
        "about around nearly potential its their his her our the a an"
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
