"""Word tables for matching: near-synonyms and words that do not tell measures apart.

Data, not logic: a measure phrase is reduced to a head noun and its modifiers,
and these tables say which heads name the same thing ("firms" and "companies")
and which modifiers carry no distinction ("new", "resident"). Story-specific
knowledge (two names of one organisation) belongs in the user's config instead.
"""

from __future__ import annotations

from typing import Any

from claimcheck.datafiles import read_data

# The word tables, explained in the file's "about".
_WORDS: dict[str, Any] = read_data("lexicon.json")

# Each row: heads that a reader takes to count or measure the same thing.
NEAR_SYNONYMS: tuple[tuple[str, ...], ...] = tuple(tuple(row) for row in _WORDS["near_synonyms"])

# Modifiers that do not change what is measured: "new firms", "resident companies".
NON_DISTINCTIVE_MODIFIERS = frozenset(_WORDS["non_distinctive_modifiers"])

# Irregular plurals the suffix rules below would get wrong.
IRREGULAR_SINGULARS: dict[str, str] = _WORDS["irregular_singulars"]


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
    word: measure for measure, words in _WORDS["money_measures"].items() for word in words
}

# Words before "fee" that make it one owed for walking away from a deal: "a breakup fee".
TERMINATION_FEE_WORDS = frozenset(_WORDS["termination_fee_words"])

# Nouns right after a sum that make it one party's part of a whole: "the council's £3.2m
# share of the scheme" is its contribution, not what the scheme costs.
SUM_PART_NOUNS = frozenset(_WORDS["sum_part_nouns"])
CONTRIBUTION = "contribution"

# Words before a percentage that make it a change, not a share: "rose 18%", "up 24%".
CHANGE_WORDS = frozenset(_WORDS["change_words"])

# Verbs of one outcome, for counts of people: "12 killed" and "12 dead" are one measure.
PREDICATE_SYNONYMS: dict[str, str] = _WORDS["predicate_synonyms"]

# Nouns too generic to say what is counted without the verb: "people killed".
GENERIC_HEADS = frozenset(_WORDS["generic_heads"])

# Titles and roles written before a name: "Mayor Jane Ortiz", "Winner Tom Orlen".
TITLE_WORDS = frozenset(_WORDS["title_words"])

# Endings of company names that do not change which company is meant.
CORPORATE_SUFFIXES = frozenset(_WORDS["corporate_suffixes"])

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
VOLATILE_PREDICATES = frozenset(_WORDS["volatile_predicates"])

# Words in a claim that mark its figure as a running total: "rose to 19", "so far".
VOLATILE_CUES = frozenset(_WORDS["volatile_cues"])

# Measures that say nothing about what is counted: "2 others", "3 of them".
# With their stems, as ``match.measure_key`` gives a measure's head: "average" is 'averag'.
EMPTY_MEASURES = frozenset(_WORDS["empty_measures"]) | frozenset(
    stem(word) for word in _WORDS["empty_measures"]
)

# Kinds of figure that say what they measure on their own: an area is an area,
# so "20,000 hectares" needs no noun to be compared with "12,000 hectares".
# Durations are left out: "eight days of riots" and "two weeks before" are spans
# of a story, not measurements (clock times like "2:08:14" are, see match).
DIMENSION_KINDS = frozenset(("length", "area", "volume", "mass", "speed", "temperature", "data"))

# Words that make a figure a part of a whole: "1,150 people at its depot alone", "five of
# whom". A bare "which" opens any relative clause ("33 km, which helped spread the shaking").
SUBSET_CUES = frozenset(_WORDS["subset_cues"])
PERIOD_ADVERBS = frozenset(_WORDS["period_adverbs"])

# Measures that stay put from one day to the next: what something cost, how many
# seats it has. Reports days apart still speak of one value (years still differ).
STATIC_MEASURES = frozenset(_WORDS["static_measures"])

# Modifiers that say the same thing: "PhD studentships" and "doctoral studentships".
MODIFIER_SYNONYMS: dict[str, str] = _WORDS["modifier_synonyms"]
