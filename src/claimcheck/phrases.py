"""Phrases around a figure: what it measures, of whom, and the names nearby.

Matching needs to know that "4,300 people" after "employs" is a headcount and
"2,000 people were displaced" is not, that "£85 million" in "which cost £85
million" is a cost, and that "Northwind" is the subject of both. Without a
parser, this module reads a few words either side of a figure with general
cues: function words end a noun phrase, a past participle names the outcome
counted, a money word names what a sum is. The word tables are data (see
``claimcheck.lexicon`` and ``data/phrases.json``), and no story's names are built in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from claimcheck.attribution import ORGANISATION_ENDINGS, REPORTING_VERB_WORDS
from claimcheck.datafiles import read_data
from claimcheck.lexicon import (
    CHANGE_WORDS,
    CONTRIBUTION,
    GENERIC_HEADS,
    MONEY_MEASURES,
    PREDICATE_SYNONYMS,
    SUM_PART_NOUNS,
    TERMINATION_FEE_WORDS,
    TITLE_WORDS,
    singular,
    stem,
)
from claimcheck.models import Quantity, Span
from claimcheck.nlp import only_an_adjective
from claimcheck.quantities.numbers import CARDINALS
from claimcheck.times import BASELINE_PREPOSITIONS, CALENDAR_WORDS, RELATIVE_TIME, WEEKDAYS

# The word lists, read once: each one's use is in the file's "about".
_WORDS: dict[str, Any] = read_data("phrases.json")
# Capitalised words that open a sentence or a phrase without naming anyone ("Late on Tuesday
# the council ...", "Earlier this week"): alone, no name (``capitalised_openers``).
_OPENERS = frozenset(read_data("measures.json")["capitalised_openers"])
# Nouns of people at large ("Families within a half-mile radius ..."): alone, no name
# (``generic_nouns``).
_GENERIC_NOUNS = frozenset(read_data("measures.json")["generic_nouns"]) - {
    "one",
    "other",
    "some",
    "them",
    "those",
    "time",
}
# Nouns of events that open sentences ("Clashes broke out"), never a name alone.
EVENT_NOUNS = frozenset(read_data("measures.json")["event_nouns"])
# Verbs whose object before a sum is whom it goes to (``giving_verbs``).
_GIVING_VERBS = frozenset(_WORDS["giving_verbs"])
# Nouns spelt like participles ("seed", "speed"): no verb to move into the predicate.
_NOUNS_ENDING_ED = frozenset(_WORDS["nouns_ending_ed"])
# Past participles spelt otherwise than with -ed ("hidden", "stolen").
_PARTICIPLES_NOT_IN_ED = frozenset(_WORDS["participles_not_in_ed"])
# Parts a thing is made of, counted by a figure hyphened to them ("a 128-core processor").
_HYPHENED_COUNT_NOUNS = frozenset(_WORDS["hyphened_count_nouns"])
_SHARE_WHOLES = frozenset(_WORDS["share_wholes"])

# How many characters either side of a figure its phrases are read from; a
# sentence listing thousands of figures must not be read once per figure.
PHRASE_WINDOW = 200

# Words that end a noun phrase after a number: in data/phrases.json.
PHRASE_STOPWORDS: frozenset[str] = frozenset(_WORDS["phrase_stopwords"])

# Particles of a verb before a figure that end a noun phrase after its first word ("took 37
# online services offline"): in data/phrases.json.
VERB_PARTICLES: frozenset[str] = frozenset(_WORDS["verb_particles"])

# Verbs not spelt with -ed that end a noun phrase: in data/phrases.json.
IRREGULAR_VERBS: frozenset[str] = frozenset(_WORDS["irregular_verbs"])

# Auxiliaries between a counted noun and its participle: in data/phrases.json.
AUXILIARIES: frozenset[str] = frozenset(_WORDS["auxiliaries"])

# Determiners and possessives skipped before a noun phrase: in data/phrases.json.
LEADING_FILLERS: frozenset[str] = frozenset(_WORDS["leading_fillers"])

# Words capitalised for grammar, not as names: in data/phrases.json.
NON_NAME_WORDS: frozenset[str] = frozenset(_WORDS["non_name_words"])
# Verbs of motion: a length right after one is a distance travelled.
MOTION_VERBS: frozenset[str] = frozenset(_WORDS["motion_verbs"])

# Suffixes that mark a name as a place: in data/phrases.json.
PLACE_SUFFIXES: frozenset[str] = frozenset(_WORDS["place_suffixes"])

# Prepositions after which a name is most likely a place: in data/phrases.json.
PLACE_PREPOSITIONS: frozenset[str] = frozenset(_WORDS["place_prepositions"])

# Words after which a money word qualifies a sum ("including debt"): in data/phrases.json.
SUM_QUALIFIERS: frozenset[str] = frozenset(_WORDS["sum_qualifiers"])

# Words that report an order or a ruling: in data/phrases.json.
RULING_WORDS: frozenset[str] = frozenset(_WORDS["ruling_words"])

# Named things: capitalised words in a row, allowing "of"/"and"/"the" inside:
# "Bank of England", "Foundation for Open Data", "“Harbor Hub”".
NAME = re.compile(
    r"[\u201c\"]([A-Z][^\u201d\"]{1,60})[\u201d\"]"
    r"|\b((?:[A-Z][\w'’.&-]*|[A-Z]{2,})"
    r"(?:\s+(?:(?:of|and|for|de|the)\s+)?(?:[A-Z][\w'’.&-]*|\d+[A-Za-z]*))*)"
)

# Words that hedge a figure right before it: "about 60", "more than 100", "up to 12".
FIGURE_HEDGES = (
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "over",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "just over",
    "up to",
    "an estimated",
)
# Any one of them, and the space after it.
HEDGE = r"(?:(?:" + "|".join(h.replace(" ", r"\s+") for h in FIGURE_HEDGES) + r")\s+)?"

# A count with no noun takes the noun of "the number of resident firms grew from ...".
NUMBER_OF = re.compile(
    r"\bnumber of ((?:[\w-]+\s+){0,3}?[\w-]+)"
    r"(?=\s+(?:grow|grew|rose|fell|in|has|had|is|was|increase|from|to|stood|reached)\b)",
    re.IGNORECASE,
)

# The noun a dimension belongs to: "at a depth of 10 km", "an area of 300 hectares".
DIMENSION_NOUN = re.compile(r"\b([a-z]+)\s+of\s+(?:just\s+|only\s+|some\s+)?$")
# The same noun with what it measures between it and the figure: "put the depth of the
# quake at 33 kilometres".
DIMENSION_NOUN_AT = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’]+\s+){1,2}at\s+$")
# A length below the ground is a depth: "about 420 metres below the surface", "600 metres
# underground", "centred 35 kilometres deep".
BELOW_GROUND = re.compile(
    r"\s+(?:(?:below|beneath|under)\s+(?:the\s+)?(?:surface|ground)|underground|deep"
    # "which seismologists put at 18 kilometres down": "down" ending the phrase.
    r"|down(?=\s*(?:[,.;:)]|$)))\b"
)
DEPTH = "depth"
# The highest level a river or a tide reached: "The river crested at 6.4 metres", "peaked at
# 5.2 metres", "hit a peak of 6.4 metres".
PEAK_VERB_BEFORE = re.compile(
    r"\b(?:crest(?:ed|s)?|peak(?:ed|s)?)\s+(?:at\s+)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|just(?:\s+(?:under|over|above|below))?)\s+)?$"
)
PEAK_NOUNS = frozenset(("peak", "crest"))
PEAK_LEVEL = "peak level"
# "of" after an amount of stuff: "40 tons of ammonia", "3 km of coastline".
OF_AFTER = re.compile(r"\s+of\s")
# A noun joined to its count by a hyphen, before the thing it describes: "a 128-core server
# processor", "a 12-storey block" (not "a 2-0 win", nor a noun ending the phrase).
HYPHENED_NOUN = re.compile(r"-([a-z]+)(?=\s+[a-z])")

# A street's name after a house number: "(18) Quillan Street", "(221) Baker St."
# (``street_suffixes``).
STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:"
    + "|".join(word.capitalize() for word in _WORDS["street_suffixes"])
    + r")\b"
)


_STREET_SUFFIXES = frozenset(_WORDS["street_suffixes"])


def is_street(place: str) -> bool:
    """Whether a place is a street by its last word ("Quarry Street", "Mill Rd."), a place
    inside a town that a report of the same event may name instead."""
    words = place.split()
    return len(words) > 1 and words[-1].rstrip(".").casefold() in _STREET_SUFFIXES


def hyphened_part(text: str, end: int, limit: int) -> str:
    """The part a figure ending at ``end`` counts when a hyphen joins it to one of the
    ``hyphened_count_nouns`` before its thing ("a 12-storey block": 'storey'), else ''."""
    attached = HYPHENED_NOUN.match(text, end, limit)
    return attached.group(1) if attached and attached.group(1) in _HYPHENED_COUNT_NOUNS else ""


# Measures of a place on a scale or in an order, not a count of their noun: "category
# storm" ("as a Category 4 storm"), "rank shirt" ("the No. 9 shirt").
CATEGORY_PREFIX = "category "
RANK_PREFIX = "rank "
PLACE_PREFIXES = (CATEGORY_PREFIX, RANK_PREFIX)
# A category on a storm's scale right before its figure: "as a Category 4 storm".
CATEGORY_BEFORE = re.compile(r"\bCategory[\s-]*$")
# "No." or "number" right before a figure makes it a place in an order: "the No. 9 shirt".
RANK_BEFORE = re.compile(r"\b(?:No\.?|Nos\.|[Nn]umber)\s*$")
# The name of a scale right before its reading: "measured magnitude 6.1", "of magnitude 5.6".
SCALE_LABEL_BEFORE = re.compile(r"\b(?:[Mm]agnitude|Richter|Category)\s+(?:of\s+)?$")
# A count per period or per occasion right after its noun: "640 flights a day", "12 trains
# per hour", "141 rushing yards per game" (a team's average, no season's total), "190,000
# passengers on an average weekday".
COUNT_PER_PERIOD = re.compile(
    r"(?:\s+[a-z][\w'’-]*){1,3}?\s+(?:a|an|per|each|every"
    r"|(?:on\s+)?(?:an?\s+)?(?:average|typical|normal|ordinary|usual))"
    r"\s+(?P<period>hour|day|weekday|week|month|year|night|shift|game|match|season|race"
    r"|carry|attempt"
    # "40,000 requests a second", not "a second time" nor "a minute's walk".
    r"|(?:second|minute)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|at|in|on|to|for|from|during"
    r"|when|while|until|with|by|over|across)\b))\b"
    # Not "died a day after the storm".
    r"(?!\s+(?:after|before|later|earlier|ago|of|or)\b)"
)
# A point of the compass: "north", "south-east", "northwest".
COMPASS_POINT = r"(?:north|south)(?:[\s-]?(?:east|west))?|east|west"
# What a length is measured from: "25 km northeast of Dulmen", "4 km (2 miles) from the
# entrance".
FROM_PLACE = re.compile(
    rf"(?:\s*\([^()]{{1,30}}\))?\s+(?:(?:{COMPASS_POINT})\s+of"
    r"|(?:away\s+)?from)\s+(?:the\s+)?"
    # "the town of Bireun", "the region's main city of Manokwari": the place is the name.
    r"(?:(?:[\w'’]+\s+){0,2}?(?:town|city|village|capital|port|island)\s+of\s+)?",
    re.IGNORECASE,
)
# How a length measured from a place is named: "distance from bireun".
DISTANCE_FROM = "distance from "
# "within 80 metres of the summit" places something; it is no amount of the summit.
WITHIN_BEFORE = re.compile(r"\bwithin\s+$", re.IGNORECASE)

# Money per unit: "$38 a share", "£4 an hour", "an $80,000-a-year job".
PER_UNIT = re.compile(r"^(?:\s+|-)(?:a|an|per)[\s-]([a-z]+)\b")

# Words for people, whom a sum before them pays: in data/phrases.json.
PERSON_NOUNS: frozenset[str] = frozenset(_WORDS["person_nouns"])

# Outcomes a bare count can name on its own: in data/phrases.json.
OUTCOME_WORDS: frozenset[str] = frozenset(_WORDS["outcome_words"])

# A partitive: "6 of its 300 residents", "three of the four soldiers".
PARTITIVE = re.compile(r"^\s+of\s+(?:the|its|their|those|these|his|her|our)\b")

WORD = re.compile(r"[\w'’-]+")
# Initials joined by an ampersand, one word of a noun phrase: "A&E nurses", "R&D staff".
_INITIALS_AND = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")

# A token and the spaces before it, for ``words_after``.
_SPACED_TOKEN = re.compile(r"(\s*)(\d[\d,.]*\d(?![\w'’-])|[^\s,;:.()\u2013\u2014\u201d\"!?]+)")

# A figure written in digits, where a noun phrase after a figure stops.
_DIGITS = re.compile(r"\d[\d,.]*")


def words_after(text: str, position: int, limit: int) -> list[tuple[str, int]]:
    """Tokens (word, start) after position up to limit, stopping at punctuation."""
    tokens: list[tuple[str, int]] = []
    cursor = position
    for match in _SPACED_TOKEN.finditer(text, position, limit):
        if match.start() != cursor:
            break
        tokens.append((match.group(2), match.start(2)))
        cursor = match.end()
    return tokens


def is_verb(word: str) -> bool:
    """Crude verb test for a word after a noun: participles and common verbs."""
    lowered = word.casefold()
    return (
        lowered in IRREGULAR_VERBS
        or (
            lowered.endswith("ed")
            and "-" not in lowered
            and len(lowered) > 4
            and lowered not in _NOUNS_ENDING_ED
        )
        or lowered in AUXILIARIES
    )


def _next_is_verb(tokens: Sequence[tuple[str, int]], index: int) -> bool:
    return index + 1 < len(tokens) and is_verb(tokens[index + 1][0])


# A lower-case word of letters.
_PLAIN_WORD = re.compile(r"[a-z]+")


def _ends_a_clause(tokens: Sequence[tuple[str, int]], index: int) -> bool:
    """Whether the token at an index ends the words before it: none is left, or it is a
    function word that leads no noun phrase ("on Tuesday", "after", not "the", "its")."""
    if index >= len(tokens):
        return True
    word = tokens[index][0]
    lowered = word.casefold()
    return lowered in PHRASE_STOPWORDS and lowered not in LEADING_FILLERS and word.islower()


def noun_phrase_after(
    text: str, position: int, limit: int, max_words: int = 4, *, mark_part: bool = True
) -> str:
    """The noun phrase right after a figure: "150 [AI firms] in the region".

    Stops at punctuation, a function word or a verb; "of" after a share opens
    the phrase it is a share of ("63% of the nation's firms"). A count of some of a
    known whole ("12 of the workers") reads "part of workers" unless ``mark_part`` is
    false (a share is of a whole either way).
    """
    tokens = words_after(text, position, limit)
    partitive = bool(PARTITIVE.match(text[position:limit]))
    if tokens and tokens[0][0].casefold() == "of":
        tokens = tokens[1:]
    words: list[str] = []
    for index, (word, start) in enumerate(tokens):
        lowered = word.casefold()
        if words and RELATIVE_TIME.match(text, start):
            # "2.48 million passengers last year": the time of the figure, no word of
            # what it counts.
            break
        if words and lowered.endswith("ly") and _next_is_verb(tokens, index):
            # "12 people seriously injured": the adverb goes with the verb.
            break
        if not words and (lowered in LEADING_FILLERS or lowered.endswith(("'s", "’s"))):
            continue
        if lowered in {"and", "&"} and words:
            words.append(lowered)
            continue
        if (
            not words
            and lowered.endswith("ed")
            and index + 1 < len(tokens)
            and _PLAIN_WORD.fullmatch(tokens[index + 1][0])
            and tokens[index + 1][0] not in PHRASE_STOPWORDS
            and not is_verb(tokens[index + 1][0])
        ):
            # "11 confirmed cases", "40 reported sightings": a participle before the noun.
            words.append(lowered)
            continue
        if not words and index > 0 and _DIGITS.fullmatch(word):
            # "80 percent of the island's 6,200 residents": the whole's size, not its name.
            continue
        if (
            lowered in PHRASE_STOPWORDS
            or not (WORD.fullmatch(word) or _INITIALS_AND.fullmatch(word))
            or is_verb(word)
        ):
            break
        if words and lowered in VERB_PARTICLES and _ends_a_clause(tokens, index + 1):
            # "took 37 online services offline on Tuesday" (not "an earthquake off Aceh",
            # "14 points off the bench", where the word leads a place).
            break
        if words and words[-1].endswith("s") and lowered.endswith("ing"):
            # "128 cores running at 2.8 GHz": a participle after a plural noun.
            break
        if _DIGITS.fullmatch(word) or not any(character.isalpha() for character in word):
            # "58-3", "a 9-2 run": the figure's other half is no word of what it counts.
            break
        words.append(lowered)
        if len([w for w in words if w not in {"and", "&"}]) >= max_words:
            break
    while words and words[-1] in {"and", "&"}:
        words.pop()
    if not words and tokens and tokens[0][0].casefold() in OUTCOME_WORDS:
        words = [tokens[0][0].casefold()]
    phrase = " ".join(words)
    return f"part of {phrase}" if mark_part and partitive and phrase else phrase


# Months and weekdays as abbreviated ("Oct. 31", "Sat."): a time, not a measure.
CALENDAR_SHORT = frozenset(month[:3] for month in CALENDAR_WORDS) | {"sept"}
# The size of a change between its verb and the level it reached: "Revenue fell 3.8% to
# £412.6 million" says the revenue is £412.6 million.
CHANGE_SIZE_BEFORE = re.compile(r"\s[\d.,]+\s*(?:%|per\s?cent|percent|pct)(?=\s+(?:to|at)\s+$)")


def noun_phrase_before(text: str, start: int, position: int) -> str:
    """The noun phrase a figure is predicated of: "[investment] rose 18%".

    Looks back over auxiliaries, adverbs and one verb to the nouns before them; none
    around a reporting verb, whose subject is a speaker ("The museum says $1.2 million")
    and whose object is the one told ("told reporters $40,000"), and none after a verb of
    giving, whose object is whom the figure goes to ("giving the museum $85 million").
    """
    before = text[max(start, position - PHRASE_WINDOW) : position]
    tokens = WORD.findall(CHANGE_SIZE_BEFORE.sub("", before))
    index = len(tokens)
    skipped = 0
    while index > 0 and skipped < 5:
        lowered = tokens[index - 1].casefold()
        if lowered in REPORTING_VERB_WORDS:
            return ""
        if lowered in PHRASE_STOPWORDS or lowered in AUXILIARIES or is_verb(lowered):
            index -= 1
            skipped += 1
            continue
        if lowered in CHANGE_WORDS:
            # "valuation surpassed $12 billion": the verb of change is skipped.
            index -= 1
            skipped += 1
            continue
        break
    words: list[str] = []
    while index > 0 and len(words) < 3:
        word = tokens[index - 1]
        lowered = word.casefold()
        if lowered in PHRASE_STOPWORDS or lowered in LEADING_FILLERS or is_verb(lowered):
            break
        if lowered in CHANGE_WORDS or lowered in CALENDAR_WORDS or lowered in CALENDAR_SHORT:
            # "the three months to September rose to $812 million": a time, not a measure.
            break
        if lowered.isdigit() and index > 1 and tokens[index - 2].casefold() in CALENDAR_SHORT:
            # "to Oct. 31 fell 3.8% to £412.6 million": a date.
            break
        words.insert(0, lowered.removesuffix("'s").removesuffix("’s"))
        index -= 1
    if index > 0 and tokens[index - 1].casefold() in REPORTING_VERB_WORDS:
        # "Police told reporters $40,000 was taken": whom they told.
        return ""
    while index > 0 and tokens[index - 1].casefold() in LEADING_FILLERS:
        index -= 1
    if index > 0 and tokens[index - 1].casefold() in _GIVING_VERBS:
        # "is giving the museum $85 million": whom the sum goes to.
        return ""
    return " ".join(words)


# Shares or a stock that closed, opened or traded at a price, right before it: "Parrowmark
# shares closed Tuesday at $47.35", "the stock ended the day at $12.10".
MARKET_PRICE_BEFORE = re.compile(
    r"\b(?:shares|stock)\s+(?:[\w'’-]+\s+){0,4}?(?:closed|close|closing|ended|finished|opened"
    r"|traded|trading)\b(?:\s+[\w'’,-]+){0,4}?\s+at\s+$",
    re.IGNORECASE,
)
SHARE_PRICE = "share price"
SPEED = "speed"
ALTITUDE = "altitude"
# "at" and a hedge right before a length: a height something is at ("at 31,000 feet").
AT_BEFORE = re.compile(r"\bat\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
FEET = re.compile(r"\b(?:feet|foot|ft)\b", re.IGNORECASE)
# The least height, in metres, read as an altitude after "at": 1,000 feet.
ALTITUDE_FLOOR_M = 300
TERMINATION_FEE = "termination fee"
RESTITUTION = "restitution"
# The noun "in" gives a sum right after it: "$41,250 in restitution".
SUM_NAMED_AFTER = re.compile(r"\s+in\s+([a-z]+)\b")
# A plural noun of things after "$N in" that says what the sum is the worth of ("$40
# million in paintings", "$2 million in jewels"); not a form of money ("in cash", "in
# stock"), a sum's own kind ("in sales", "in damages": ``money_measures``) or a total.
_THINGS_A_SUM_IS_IN = re.compile(
    r"(?!(?:cash|stock|shares|bills|notes|coins|cheques|checks|bonds|dollars|euros|pounds|"
    r"assets|costs|funds|fees|taxes|wages|benefits|payments|installments|instalments)$)"
    r"[a-z]{3,}s"
)


# Sums that are what they are whatever verb pays them ("ordered him to pay $41,250 in
# restitution" is no price): a frame keeps them as its attribute.
OWN_SUMS = frozenset((SHARE_PRICE, TERMINATION_FEE, RESTITUTION))
# Verbs between a thing and a sum that make the sum a part of it.
_PART_VERBS = frozenset({"include", "includes", "included", "including", "contains", "contained"})


# Words right before a sum that make it the size of a change, not a level: "an increase
# of £0.45 per meal", "a rise of 45p", "fares went up by 20p", "cut by $3 million".
_MONEY_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:increase|rise|hike|cut|reduction|drop|fall|jump)\s+of"
    r"|(?:rose|risen|rise|rises|rising|increased|increases|fell|fallen|dropped|cut|reduced"
    r"|climbed|jumped|grew|went\s+up|go\s+up|goes\s+up|gone\s+up|went\s+down|go\s+down"
    r"|up|down)\s+by)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|over"
    r"|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
MONEY_CHANGE = "change"


# One of several things and its price right before a sum: "Each docking station costs about
# £14,000", "every new bus will cost" (a price per thing, no total).
_EACH_COSTS = re.compile(
    r"\b(?:[Ee]ach|[Ee]very)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+"
    r"(?:(?:will|would|could|is\s+expected\s+to)\s+)?(?:costs?|sells?\s+for|is\s+priced\s+at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+under|just\s+over|up\s+to)\s+)?$"
)


# "towards" and the whole a sum goes to, right after it: "£9.8m towards the cost".
_TOWARDS_A_WHOLE = re.compile(
    r"\s+(?:towards?|to\s+help\s+(?:pay\s+for|cover))\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:\w+\s+)?(?:cost|costs|bill|price|budget)\b",
    re.IGNORECASE,
)


def _money_measure(text: str, clause: Span, sentence: Span, quantity: Quantity) -> str:
    """What a sum of money is: 'price', 'cost', 'budget', ..., 'change' (the size of a
    rise or a cut, ``_MONEY_CHANGE_BEFORE``) or ''."""
    if MARKET_PRICE_BEFORE.search(text, max(clause[0], quantity.span[0] - 60), quantity.span[0]):
        # "Parrowmark shares closed Tuesday at $47.35": the market's price that day.
        return SHARE_PRICE
    per = PER_UNIT.match(text[quantity.span[1] : quantity.span[1] + 20])
    each = _EACH_COSTS.search(text, max(clause[0], quantity.span[0] - 60), quantity.span[0])
    suffix = (
        f" per {singular(per.group(1).casefold())}"
        if per
        else f" per {singular(each['noun'].casefold())}"
        if each
        else ""
    )
    if _MONEY_CHANGE_BEFORE.search(text, max(clause[0], quantity.span[0] - 40), quantity.span[0]):
        # "The price rise, an increase of £0.45 per meal": how much the price moved, no price.
        return MONEY_CHANGE + suffix
    if _TOWARDS_A_WHOLE.match(text, quantity.span[1], clause[1]):
        # "has offered £9.8m towards the cost of the scheme": a part of the cost, given.
        return CONTRIBUTION
    named = SUM_NAMED_AFTER.match(text, quantity.span[1], clause[1])
    if named and MONEY_MEASURES.get(named.group(1).casefold()) == RESTITUTION:
        # "ordered him to pay $41,250 in restitution": the noun names the sum, not the verb.
        return RESTITUTION
    if (
        named
        and named.group(1) not in MONEY_MEASURES
        and _THINGS_A_SUM_IS_IN.fullmatch(named.group(1))
    ):
        # "More than $40 million in paintings walked out of the museum": what the things
        # are worth, whatever sum the sentence names after ("a quarter-million-dollar reward").
        return f"value of {named.group(1)}"
    best: tuple[int, str] | None = None
    for match in WORD.finditer(text, clause[0], clause[1]):
        measure = MONEY_MEASURES.get(match.group().casefold())
        if measure is None:
            continue
        if match.start() >= quantity.span[0] and match.start() < quantity.span[1]:
            continue
        previous = WORD.findall(text, max(clause[0], match.start() - 12), match.start())
        if previous and previous[-1].casefold() in SUM_QUALIFIERS:
            # "4,200 million dollars including debt": what the sum takes in, not what it is.
            continue
        if previous and previous[-1].casefold() in TERMINATION_FEE_WORDS:
            # "a breakup fee of $210 million": owed for walking away, no price of the deal.
            measure = TERMINATION_FEE
        if match.end() <= quantity.span[0] and not _PART_VERBS.isdisjoint(
            word.casefold() for word in WORD.findall(text, match.end(), quantity.span[0])
        ):
            # "Pruitt's deal includes $600,000 guaranteed": a part of the deal, not its price.
            continue
        distance = (
            quantity.span[0] - match.end()
            if match.end() <= quantity.span[0]
            else match.start() - quantity.span[1]
        )
        if best is None or distance < best[0]:
            best = (distance, measure)
    if best is not None:
        return best[1] + suffix
    phrase = noun_phrase_after(text, quantity.span[1], clause[1])
    head = phrase.split()[-1] if phrase else ""
    if head and not per and head not in PERSON_NOUNS:
        if head.casefold() in SUM_PART_NOUNS:
            # "the council's £3.2m share of the scheme": its part, not the scheme's cost.
            return CONTRIBUTION
        # Attributive: "an £85 million surgical wing" states what the wing cost.
        return "cost"
    return noun_phrase_before(text, sentence[0], quantity.span[0]) + suffix


# The period a change is measured over, right after its figure: "from a year earlier",
# "than a quarter ago", "over the same month last year", "year-on-year".
_BASELINE = re.compile(
    rf"\s*(?:{BASELINE_PREPOSITIONS}\s+"
    r"(?:a|the|last|the\s+same|the\s+previous|the\s+preceding)\s+"
    r"(?P<period>year|quarter|month)\b|,?\s*year[- ]on[- ]year\b)",
    re.IGNORECASE,
)


# A change counted from a stated year: "down 10 percent since 2015", "up 14% on 2023".
_SINCE_A_YEAR = re.compile(r"\s*(?:from|since|on)\s+(?P<year>(?:19|20)\d\d)\b(?![-–]|\s+to\b)")


# A change counted from a day before the report's: "closed up 31% from Monday's close",
# "up 12 percent since Friday". It spans more than the day another article's change is of.
_SINCE_A_DAY = re.compile(
    rf"\s*(?:from|since)\s+(?:(?:last|the)\s+)?(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE
)


# Change words that say only which way or by how much a figure went ("closed 9 percent
# lower", "up 4 percent of", "by 3% of"): what follows them is no thing that changed, and
# right before a share they do not make it a change.
CHANGE_ADVERBS = frozenset({"by", "up", "down", "more", "less", "higher", "lower"})


# A rate given in per cent, named shortly before its figure (``level_nouns``).
LEVEL_NOUN = re.compile(rf"\b(?:{'|'.join(_WORDS['level_nouns'])})\b", re.IGNORECASE)


# A rate stated right before its figure: "Turnout was 38.6%", "unemployment stood at a
# dismal 9 per cent".
_LEVEL_STATED = re.compile(
    rf"\b(?P<noun>{'|'.join(_WORDS['level_nouns'])})\s+(?:was|is|stood\s+at|reached|hit)\s+"
    r"(?:(?:a|an|just|only|about|nearly|almost|roughly)\s+)?(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


# The share of an electorate that voted is the turnout: "36 per cent of the electorate
# voted", "41% of registered voters cast ballots", "more than 80 percent of members voted"
# in a union's ballot.
_TURNOUT_SHARE = re.compile(
    r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z]+\s+)?"
    r"(?:electorate|voters|electors|members|membership)\s+"
    r"(?:(?:had|have)\s+)?(?:voted|turned\s+out|cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)"
    r"|went\s+to\s+the\s+polls)\b",
    re.IGNORECASE,
)


# A ratio's words between its two numbers: "four out of five", "one in three", "one in
# every 400".
RATIO_SURFACE = re.compile(r"\s(?:out\s+of|in(?:\s+every)?)\s", re.IGNORECASE)
# "half" and a determiner right after it: "Half the hydrants were dry" is half of them, but
# "half the story", "half the town turned out" and "half the price" are no share to check
# (``half_idioms`` in data/phrases.json; "half the town's shops" is a share of the shops).
HALF_WORD = re.compile(r"\bhalf$", re.IGNORECASE)
DETERMINER_NEXT = re.compile(
    r"\s+(?:the|its|their|his|her|our|your|these|those)\s+"
    rf"(?!(?:{'|'.join(_WORDS['half_idioms'])})\b(?![’']s))[a-z]"
)


def _share_of_what_follows(text: str, clause: Span, quantity: Quantity) -> str:
    """'share of' the noun phrase after a figure ("of the hydrants", "respondents"), or
    'share' when none follows."""
    free_relative = _FREE_RELATIVE.match(text, quantity.span[1], clause[1])
    if free_relative is not None:
        # "a quarter of what goes in blue bins": a share of what the clause's verb names.
        words = [free_relative["wh"].casefold()]
        for word in free_relative["rest"].casefold().split()[:4]:
            words.append(word)
            if is_verb(word) and word not in AUXILIARIES:
                break
        return f"share of {' '.join(words)}"
    phrase = noun_phrase_after(text, quantity.span[1], clause[1], mark_part=False)
    return f"share of {phrase}" if phrase else "share"


# "of what goes in blue bins", "of whatever was collected": a share of what a clause names.
_FREE_RELATIVE = re.compile(r"\s+of\s+(?P<wh>what(?:ever)?)\s+(?P<rest>[a-z][^,.;:!?()]*)")


def _percent_measure(text: str, clause: Span, sentence: Span, quantity: Quantity) -> str:
    """What a percentage is: a share of something, a change, or a rate."""
    if _TURNOUT_SHARE.match(text, quantity.span[1], sentence[1]):
        return "turnout"
    after = words_after(text, quantity.span[1], clause[1])
    stated = _LEVEL_STATED.search(text, max(clause[0], quantity.span[0] - 40), quantity.span[0])
    if stated is not None:
        # "Turnout was 38.6% of the city's registered voters": the rate, of its base.
        return stated["noun"].casefold()
    before = WORD.findall(text[max(sentence[0], quantity.span[0] - 30) : quantity.span[0]])
    last_words: list[str] = [str(word).casefold() for word in before[-3:]]
    if (
        after
        and after[0][0].casefold() == "of"
        and not (
            last_words and last_words[-1] in CHANGE_WORDS and last_words[-1] not in CHANGE_ADVERBS
        )
    ):
        # "losing 4.1 percent of its people" is a change of what the share is of.
        return _share_of_what_follows(text, clause, quantity)
    if after and (
        RATIO_SURFACE.search(quantity.surface)
        or (HALF_WORD.search(quantity.surface) and DETERMINER_NEXT.match(text, quantity.span[1]))
    ):
        # "four out of five respondents", "Half the hydrants" (as "half of the hydrants"):
        # a share of the noun after it.
        return _share_of_what_follows(text, clause, quantity)
    if after and after[0][0].casefold() in _SHARE_WHOLES:
        # "running at barely 60 percent capacity" is "60 percent of its capacity".
        return f"share of {after[0][0].casefold()}"
    if after and after[0][0].casefold() == "full":
        # "was only 28 per cent full" is 28 per cent of its capacity.
        return "share of capacity"
    gap = next((word for word in last_words if word in PRICE_GAPS), None)
    if gap is not None and last_words[-1] in ("of", gap):
        # "a premium of 25 percent on Friday's closing price".
        return gap
    if any(word in CHANGE_WORDS for word in last_words):
        # "up 14% from a year earlier" is a year's growth, not a day's move.
        baseline = _BASELINE.match(text, quantity.span[1], clause[1])
        if baseline is None and _SINCE_A_DAY.match(text, quantity.span[1], clause[1]):
            return "change since an earlier day"
        since_year = _SINCE_A_YEAR.match(text, quantity.span[1], clause[1])
        if baseline is None and since_year is not None:
            return f"change from {since_year['year']}"
        return f"change from a {baseline['period'] or 'year'} earlier" if baseline else "change"
    if after and after[0][0].casefold() in PRICE_GAPS:
        # "a 46% premium to Friday's close": how far a price stands from another, no move.
        return after[0][0].casefold()
    if any(word.casefold() in CHANGE_WORDS for word, _ in after[:3]):
        # "a 4.5 percent property tax increase": the change of what the words between name.
        return "change"
    if after and WORD.fullmatch(after[0][0]) and after[0][0].casefold() not in PHRASE_STOPWORDS:
        return after[0][0].casefold()
    moved = _MOVED_TO.search(text, max(sentence[0], quantity.span[0] - 90), quantity.span[0])
    if moved is not None:
        # "raised its main interest rate by half a point, to 4.75 percent", "cut its forecast
        # for economic growth this year to 1.1 percent": the level of what was moved.
        return moved["thing"].casefold()
    start = max(clause[0], quantity.span[0] - 60)
    if _COMPARED_WITH.search(text, max(sentence[0], quantity.span[0] - 40), quantity.span[0]):
        # "attendance on Tuesday was about 78 percent, compared with roughly 95 percent on a
        # normal day": the rate the comparison is of, before its comma.
        start = sentence[0]
    rate = LEVEL_NOUN.search(text, start, quantity.span[0])
    if rate is not None:
        # "Final turnout was 41.5 percent": the rate named before it.
        return rate.group().casefold()
    if _ASKED_FOR.search(text, max(clause[0], quantity.span[0] - 30), quantity.span[0]):
        # "The union is seeking 7 percent": what one side asks for, no level of anything.
        return DEMAND
    if _OFFERED.search(text, max(clause[0], quantity.span[0] - 30), quantity.span[0]):
        # "The operator has offered nine percent": what the other side offers.
        return OFFER
    named = DIMENSION_NOUN.search(text, max(clause[0], quantity.span[0] - 30), quantity.span[0])
    if named is not None and named.group(1).casefold() in CHANGE_WORDS:
        # "a rise of 4 percent".
        return "change"
    if (
        named is not None
        and named.group(1) not in PHRASE_STOPWORDS
        and named.group(1) not in _SUMMARY_NOUNS
    ):
        # "a pay offer of 3.5 percent", "a stake of 20 percent": what the noun names.
        return named.group(1)
    # "The reservoir stood at 22 per cent": a level of the subject, whatever its name.
    return "level"


# A comparison's baseline right before a figure: "compared with roughly".
_COMPARED_WITH = re.compile(r"\bcompared\s+(?:with|to)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


# A verb that moves a level, its object (head noun in group "thing"), how far or of what,
# then "to" right before the new level: "raised its main interest rate by half a point, to".
_MOVED_TO = re.compile(
    r"\b(?:raised|cut|lowered|increased|reduced|lifted|trimmed|slashed|hiked|revised)\s+"
    r"(?:its|the|their|his|her)\s+(?:[a-z-]+\s+){0,2}?(?P<thing>[a-z]+)"
    r"(?:\s+(?:by|for|of)\s+[^,.;]{1,30}?)?,?\s+(?:(?:this|next|last)\s+year\s+)?to\s+$",
    re.IGNORECASE,
)
# How far one price stands from another, said right after a percentage: "a 46% premium".
PRICE_GAPS = frozenset(("premium", "discount"))


# What one side of a bargain asks for, before its figure: "is seeking 7 percent", "demanded
# 12 percent", "calling for a 9 percent".
_ASKED_FOR = re.compile(
    r"\b(?:seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for"
    r"|call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for)"
    rf"\s+(?:an?\s+)?{HEDGE}$",
    re.IGNORECASE,
)
DEMAND = "demand"
_OFFERED = re.compile(rf"\boffer(?:s|ed|ing)?\s+(?:an?\s+)?{HEDGE}$", re.IGNORECASE)
OFFER = "offer"
# Nouns before "of" that say how a figure sums others up, not what it is of: "by an average
# of 28%".
_SUMMARY_NOUNS = frozenset(
    ("average", "total", "maximum", "minimum", "median", "mean", "figure", "estimate", "range")
)


def _travelled(before: str) -> bool:
    """Whether a length is a distance travelled: a verb of motion right before it ("fell
    about 60 metres from a ridge")."""
    words = WORD.findall(before)
    return bool(words) and words[-1].casefold() in MOTION_VERBS


# A size said after its figure ("a path 19 miles long") and the noun it is of, right before.
SIZE_ADJECTIVE_AFTER = re.compile(r"\s+(?:long|wide|high|tall|deep)\b")
# "a wall three metres high", "the fracture line was 1.8 metres deep" (not "floodwater on
# the southbound platform was 70 centimetres deep": the noun of a place after the thing).
NOUN_BEFORE_SIZE = re.compile(
    r"\b(?:(?:a|an|the)\s+([a-z]{3,})|([a-z]{3,})\s+(?:is|was|are|were))\s+$"
)
_PLACE_BEFORE_NOUN = re.compile(r"\b(?:on|in|at|of|by)\s+(?:(?:the|a|an|its)\s+)?(?:[a-z-]+\s+)?$")


# The zones an order draws around a site (``zones`` in data/measures.json).
_ZONES: dict[str, Any] = read_data("measures.json")["zones"]
_ZONE_NOUN = "|".join(_ZONES["nouns"])
# A zone's noun right after its size: "a one-mile radius", "a 3-kilometre protection zone".
ZONE_AFTER = re.compile(
    rf"(?:-|\s+)?(?:(?P<modifier>[a-z][\w-]*)\s+)?(?P<noun>{_ZONE_NOUN})\b", re.IGNORECASE
)
# A zone's noun before its size: "an exclusion zone of 8 kilometres", "a cordon of half a
# kilometre", "a no-go area that extends 20 km", "the evacuation zone was narrowed to one mile".
ZONE_BEFORE = re.compile(
    rf"(?:\b(?P<modifier>[a-z][\w-]*)\s+)?\b(?P<noun>{_ZONE_NOUN})\s+(?:of\s+"
    rf"|(?:(?:that|which|now|has|had|have|was|is|been)\s+){{0,3}}"
    rf"(?:(?:{'|'.join(_ZONES['extent_verbs'])})\s+"
    rf"|(?P<changed>{'|'.join(_ZONES['changed_to'])})\s+to\s+)){HEDGE}$",
    re.IGNORECASE,
)
# Those an order is for, before "within" the size: "all homes within 2 miles", "residents
# living beyond the evacuation line but within 5 miles" ("came within 2 miles of the town"
# places the flames, no zone).
ZONE_WITHIN = re.compile(
    r"\b(?:residents|homes|houses|people|everyone|everybody|anyone|families|households"
    r"|those|buildings|businesses|properties|living|live|lives|schools)\b(?:\W+[\w'’-]+){0,6}?"
    rf"\W+(?:within|inside)\s+(?:an?\s+)?{HEDGE}$",
    re.IGNORECASE,
)
# The kinds of order, each as the words that name it.
ZONE_KIND_CUES: list[tuple[str, re.Pattern[str]]] = [
    (str(kind), re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", re.IGNORECASE))
    for kind, cues in _ZONES["kinds"].items()
]
ZONE_MEASURE = " zone"
# How far before a size its zone's noun or the people its order is for are looked for.
ZONE_REACH = 80
# A zone measure's kind words.
ZONE_KIND_WORDS: dict[str, str] = _ZONES["kind_words"]


def zone_measure(text: str, sentence: Span, quantity: Quantity) -> str:
    """The zone a length is the size of, as '<kind> zone' ('evacuation zone', 'shelter
    zone', 'exclusion zone', 'protection zone'), or '' when it is none or no order is
    named: "residents within a one-mile radius of the plant were told to leave" is an
    evacuation zone's size, "nearly 40 percent of residents live within three miles of
    the fence line" no zone's.

    The kind is the zone's own modifier ("protection zone", "no-go area"), else the
    order its sentence names, the nearest after the size first ("Residents beyond the
    evacuation line but within 5 miles were told to shelter in place": shelter).
    """
    if quantity.kind != "length":
        return ""
    start, end = quantity.span
    before = text[max(sentence[0], start - ZONE_REACH) : start]
    found = ZONE_AFTER.match(text, end, sentence[1]) or ZONE_BEFORE.search(before)
    if found is None and not ZONE_WITHIN.search(before):
        return ""
    modifier = (found["modifier"] or "").casefold() if found else ""
    kind = ZONE_KIND_WORDS.get(modifier, "")
    if not kind and found is not None and found["noun"].casefold() == "area":
        # "an area of 300 square kilometres", "the area within 5 km" name no zone.
        return ""
    if not kind:
        kind = _order_named(text, sentence, quantity)
    return kind + ZONE_MEASURE if kind else ""


def _order_named(text: str, sentence: Span, quantity: Quantity) -> str:
    """The kind of order a sentence names for a zone's size: the nearest cue after the
    size, else the nearest before it ('' when none)."""
    after: list[tuple[int, str]] = [
        (cue.start(), kind)
        for kind, pattern in ZONE_KIND_CUES
        if (cue := pattern.search(text, quantity.span[1], sentence[1]))
    ]
    if after:
        return min(after)[1]
    before: list[tuple[int, str]] = [
        (cues[-1].start(), kind)
        for kind, pattern in ZONE_KIND_CUES
        if (cues := list(pattern.finditer(text, sentence[0], quantity.span[0])))
    ]
    return max(before)[1] if before else ""


def zone_changed_to(text: str, figure_start: int) -> bool:
    """Whether the zone size starting at ``figure_start`` is the new one the zone was moved
    to: "the evacuation zone was narrowed to one mile"."""
    found = ZONE_BEFORE.search(text[max(0, figure_start - ZONE_REACH) : figure_start])
    return found is not None and found["changed"] is not None


def _dimension_measure(text: str, clause: Span, sentence: Span, quantity: Quantity) -> str:
    """What a length, area or duration is of: "a depth of 10 km", "the depth of the quake
    at 10 km" -> 'depth'; "crested at 6.4 metres", "a peak of 5.2 metres" -> 'peak level';
    "40 tons of ammonia" -> 'ammonia'."""
    before = text[max(sentence[0], quantity.span[0] - 40) : quantity.span[0]]
    of_noun = DIMENSION_NOUN.search(before) or DIMENSION_NOUN_AT.search(before)
    zone = zone_measure(text, sentence, quantity)
    if zone:
        return zone
    if quantity.kind == "length" and (
        PEAK_VERB_BEFORE.search(before) or (of_noun and of_noun.group(1) in PEAK_NOUNS)
    ):
        return PEAK_LEVEL
    if of_noun and of_noun.group(1) not in PHRASE_STOPWORDS:
        return of_noun.group(1)
    if "-" in quantity.surface and " " not in quantity.surface.rsplit("-", 1)[1]:
        # Attributive: "an 8-kilometre stretch" (not the number word "seventy-eight miles
        # an hour").
        return noun_phrase_after(text, quantity.span[1], clause[1])
    if quantity.kind == "length" and SIZE_ADJECTIVE_AFTER.match(text, quantity.span[1], clause[1]):
        # "cut a path 19 miles long", "a wall three metres high": the noun before the figure.
        found = NOUN_BEFORE_SIZE.search(before)
        if found is not None:
            noun = found.group(1) or found.group(2)
            placed = found.group(2) and _PLACE_BEFORE_NOUN.search(before, 0, found.start(2))
            if noun not in PHRASE_STOPWORDS and not placed:
                return noun
    if quantity.kind == "length" and BELOW_GROUND.match(text, quantity.span[1], clause[1]):
        return DEPTH
    reference = FROM_PLACE.match(text, quantity.span[1], clause[1])
    if quantity.kind == "length" and reference is not None and not _travelled(before):
        place = noun_phrase_after(text, reference.end(), clause[1])
        if place:
            return DISTANCE_FROM + place
    if (
        quantity.kind != "duration"
        and OF_AFTER.match(text, quantity.span[1], clause[1])
        and not WITHIN_BEFORE.search(before)
    ):
        # "18,000 litres of the chemical": the stuff measured, no part of a known whole;
        # "1,500 tonnes of solvent a month" a rate, not what there is.
        stuff = noun_phrase_after(text, quantity.span[1], clause[1], mark_part=False)
        period = COUNT_PER_PERIOD.match(text, quantity.span[1], clause[1])
        return f"{stuff} per {period['period']}" if stuff and period else stuff
    if quantity.kind == "duration":
        return _activity_of(text, sentence, quantity)
    if quantity.kind == "speed":
        # "was traveling 62 mph", "was going 74 miles per hour": how fast, as its unit says;
        # "a 35 mph speed limit" is the limit.
        return noun_phrase_after(text, quantity.span[1], clause[1]) or SPEED
    if (
        quantity.kind == "length"
        and (quantity.value or 0) >= ALTITUDE_FLOOR_M
        and FEET.search(quantity.surface)
        and AT_BEFORE.search(before)
    ):
        # "The engine shut down at 31,000 feet": a height flown at, in the feet of flight
        # (a place "at 850 metres on Scarrow Ridge" is no mountain's height).
        return ALTITUDE
    return ""


# A span of time before the activity it lasted: "after 30 hours of deliberation".
ACTIVITY_AFTER = re.compile(r"\s+of\s+([a-z]{4,})\b")
# An activity that lasted a span of time: "deliberated Nichols' fate for 40 hours".
ACTIVITY_BEFORE = re.compile(
    r"\b([a-z]{4,}ed)\b(?:\s+[\w'’]+){0,3}\s+for\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$"
)

# What lasted a span of time, named before "lasted", past a named place it was at: "The
# standoff lasted seven hours", "The standoff at Brenmoor jail lasted", "a standoff that
# lasted 11 hours", "the outage, which lasted nineteen hours".
LASTED_BEFORE = re.compile(
    r"\b([a-z]{4,})(?:\s+(?:at|in|on|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[a-z]+)?)?"
    r"(?:,?\s+(?:that|which))?\s+(?:had\s+|has\s+)?lasted\s+(?:for\s+)?"
    r"(?:(?:about|some|nearly|almost|roughly|around|barely|just|only|more|less|than|over|under)\s+)*$"
)


def _activity_of(text: str, sentence: Span, quantity: Quantity) -> str:
    """What a span of time is the length of: the activity named after it ("30 hours of
    deliberation") or the verb it lasted for ("deliberated for 40 hours"); '' when neither.

    Both forms are compared by their stems (``lexicon.stem``): 'deliberat'.
    """
    after = ACTIVITY_AFTER.match(text, quantity.span[1], sentence[1])
    if after and after.group(1) not in PHRASE_STOPWORDS:
        return after.group(1)
    lasted = LASTED_BEFORE.search(text, max(sentence[0], quantity.span[0] - 60), quantity.span[0])
    if lasted and lasted.group(1) not in PHRASE_STOPWORDS:
        return lasted.group(1)
    if DELAYED_BEFORE.search(text, max(sentence[0], quantity.span[0] - 30), quantity.span[0]):
        return DELAY
    before = ACTIVITY_BEFORE.search(text, max(sentence[0], quantity.span[0] - 50), quantity.span[0])
    if before and before.group(1) not in PHRASE_STOPWORDS:
        return before.group(1)
    stated = DURATION_STATED.search(
        text, max(sentence[0], quantity.span[0] - 120), quantity.span[0]
    )
    if stated:
        words = [w for w in stated.group("words").split() if w not in ("time", "times")]
        if words and words[-1] not in PHRASE_STOPWORDS:
            return words[-1]
    return ""


# A span of time a copula states of a noun before it: "The average response to an
# emergency call in 2024 was 11 minutes", "the average emergency response time was 14
# minutes" ('response': a noun's trailing "time" is the noun's).
DURATION_STATED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    r"(?:(?:average|mean|median|typical|total|overall|usual)\s+)?(?P<words>[a-z]+(?:\s+[a-z]+){0,2}?)(?:\s+(?:to|for|of|in|at|on)\s+[^,;:.]{0,50}?)?"
    r"\s+(?:was|is|were|are|averaged|stood\s+at|had\s+been|has\s+been)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|just|only|some|more\s+than|less\s+than|under|over)\s+)?$"
)


# What a span of time after a verb of putting off measures: "Kick-off was delayed by 25
# minutes", "was pushed back 50 minutes", "held up for two hours".
DELAY = "delay"
DELAYED_BEFORE = re.compile(
    r"\b(?:delayed|postponed|pushed\s+back|put\s+back|held\s+up)\s+(?:by\s+|for\s+)?"
    r"(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over|just|only)\s+)?$"
)


def measure_of(text: str, clause: Span, sentence: Span, quantity: Quantity) -> str:
    """What a figure measures, as a lower-case phrase ('' when nothing says)."""
    if quantity.kind == "money":
        return _money_measure(text, clause, sentence, quantity)
    if quantity.kind in ("percent", "percentage_point"):
        return _percent_measure(text, clause, sentence, quantity)
    if quantity.kind in ("count", "multiplier"):
        part = hyphened_part(text, quantity.span[1], clause[1])
        if part:
            # "a 128-core server processor" counts cores, "a 12-storey block" storeys.
            return part
        phrase = noun_phrase_after(text, quantity.span[1], clause[1])
        if phrase and CATEGORY_BEFORE.search(text, clause[0], quantity.span[0]):
            # "as a Category 4 storm": the storm's category, no count of storms ("storm"
            # alone: "a Category 4 storm shortly before dawn").
            return CATEGORY_PREFIX + phrase.split()[0]
        if phrase and RANK_BEFORE.search(text, clause[0], quantity.span[0]):
            # "the No. 9 shirt", "the No. 5 seed": a place in an order, not a count.
            return RANK_PREFIX + phrase
        period = COUNT_PER_PERIOD.match(text, quantity.span[1], clause[1])
        if not phrase and (label := SCALE_LABEL_BEFORE.search(text, clause[0], quantity.span[0])):
            # "The aftershock measured magnitude 6.1": a reading of the thing before the
            # scale's name, as "a magnitude 6.1 aftershock" is.
            return noun_phrase_before(text, sentence[0], label.start())
        # "operates about 640 flights a day": a rate, not a total.
        return f"{phrase} per {period['period']}" if phrase and period else phrase
    return _dimension_measure(text, clause, sentence, quantity)


def predicate_of(text: str, clause: Span, sentence: Span, quantity: Quantity, measure: str) -> str:
    """The outcome said of a generic counted noun: "12 people [killed]" -> 'kill'.

    Only generic heads ("people") need it; "12 firefighters" says what it counts.
    """
    words = measure.split()
    if not words or (singular(words[-1]) not in GENERIC_HEADS and not words[-1].endswith("ed")):
        return ""
    if words[-1].endswith("ed"):
        return predicate_stem(words[-1])
    after = words_after(text, quantity.span[1], min(sentence[1], quantity.span[1] + PHRASE_WINDOW))
    index = len(words) + (1 if after and after[0][0].casefold() == "of" else 0)
    for word, _ in after[index : index + 4]:
        lowered = word.casefold()
        if lowered in AUXILIARIES or lowered in {"not", "also", "now", "still"}:
            continue
        if lowered.endswith("ly") and not is_verb(lowered):
            # "were seriously injured": an adverb before the verb.
            continue
        if is_verb(lowered) or lowered.endswith(("ed", "en")):
            return predicate_stem(lowered)
        break
    before = WORD.findall(text[max(sentence[0], quantity.span[0] - 40) : quantity.span[0]])
    for word in reversed(before[-3:]):
        lowered = word.casefold()
        if lowered in {"at", "least", "most", "some", "about", "around", "nearly", "over"}:
            continue
        if lowered.endswith(("ing", "ed", "s")) and lowered not in PHRASE_STOPWORDS:
            return predicate_stem(lowered)
        break
    return ""


def predicate_stem(word: str) -> str:
    """Stem of an outcome verb, folded onto its synonyms."""
    stemmed = stem(word.casefold())
    return PREDICATE_SYNONYMS.get(stemmed, stemmed)


def split_measure(measure: str) -> str:
    """Drop a trailing participle that belongs in the predicate ('people killed', 'cocaine
    hidden'), and
    the hyphen that glued the measure to its figure ('.38-caliber revolver' measures a
    'caliber revolver', as '.38 caliber revolver' does)."""
    measure = measure.lstrip("-\u2010\u2011\u2013")
    words = measure.split()
    if len(words) > 1 and (
        (words[-1].endswith("ed") and words[-1] not in _NOUNS_ENDING_ED)
        or words[-1] in _PARTICIPLES_NOT_IN_ED
    ):
        return " ".join(words[:-1])
    return measure


def leading_titles(words: Sequence[str]) -> int:
    """How many of a capitalised run's first words are titles, ages or sentence openers,
    not the name ("Coach Dan Merrow", "Police Chief Ann Lind", "Nine-year-old Ann Lind": 1,
    2 and 1)."""
    count = 0
    for word in words:
        nationality = _is_nationality_noun(word) and len(words) - count >= 3
        # "You'll", "There's", "Let's": a contraction of a word capitalised for grammar.
        base = re.split(r"['’]", word.strip("’'."), maxsplit=1)[0]
        negated = word.casefold().endswith(("n't", "n’t"))
        # "Sixteen-year-old Ann Lind": an age opening the sentence.
        age = word.casefold().endswith("-old")
        if (
            base not in NON_NAME_WORDS
            and not negated
            and not age
            and word.casefold() not in TITLE_WORDS
            and not nationality
        ):
            break
        count += 1
    return count


def _is_nationality_noun(word: str) -> bool:
    """A word for a person of a nation: "Englishman", "Frenchwoman", "Scotsman"."""
    stem = word.removesuffix("woman").removesuffix("man")
    return stem != word and (is_demonym(stem) or stem.endswith(("ch", "sh", "ts")))


# The rest of a transcript's speaker label after a name in capitals: ", REPORTER:", ":".
SPEAKER_LABEL_REST = re.compile(r"(?:[\s,]+[A-Z][A-Z.'’-]*)*\s*(?:\([^)]{0,30}\))?\s*:")
# A name the speaker addresses after their label: ": Andre, the strike began".
ADDRESSED_BEFORE = re.compile(r":\s*$")
ADDRESSED_AFTER = re.compile(r",\s+[a-z0-9]")


def find_names(text: str, span: Span, lowercase_words: set[str]) -> list[tuple[str, Span]]:
    """Capitalised names in a span, skipping words capitalised only by grammar.

    :param lowercase_words: words the document also writes in lower case; a
        lone capitalised one of them at a sentence start is a common noun
    """
    start, end = span
    names: list[tuple[str, Span]] = []
    for match in NAME.finditer(text, start, end):
        group = 1 if match.group(1) else 2
        words = match.group(group).split()
        name_start = match.start(group)
        skipped = leading_titles(words)
        name_start += sum(len(word) + 1 for word in words[:skipped])
        words = words[skipped:]
        while words and (words[-1] in {"of", "and", "for", "the", "de"} or words[-1][0].isdigit()):
            words = words[:-1]
        if words:
            words[-1] = words[-1].rstrip(".")
        if not words or (len(words) == 1 and len(words[0]) < 2):
            continue
        cleaned = " ".join(words).removesuffix("'s").removesuffix("’s")
        if cleaned.endswith(("s'", "s’")):
            # "Charles' big day": the possessive of a name ending in s.
            cleaned = cleaned[:-1]
        if (
            text[name_start - 1 : name_start] == "("
            and text[name_start + len(cleaned) : name_start + len(cleaned) + 1] == ")"
        ):
            # "(Reuters)", "(WHO)": an agency in a dateline or a gloss, not a subject.
            continue
        if cleaned.isupper() and SPEAKER_LABEL_REST.match(text, name_start + len(cleaned)):
            # "MIRA SANTANGELO, REPORTER: ...": a transcript's speaker label.
            continue
        if (
            len(words) == 1
            and ADDRESSED_BEFORE.search(text, max(0, name_start - 3), name_start)
            and ADDRESSED_AFTER.match(text, name_start + len(cleaned))
        ):
            # "REPORTER: Andre, the strike began ...": the one the speaker addresses.
            continue
        if len(words) == 1 and (
            _is_modifier(text, words[0], name_start + len(words[0]))
            or cleaned.casefold() in lowercase_words
            or singular(cleaned.casefold()) in PERSON_NOUNS
            or singular(cleaned.casefold()) in _GENERIC_NOUNS
            or f"{cleaned.casefold()}s" in lowercase_words
            or _nationality_word(text, cleaned, name_start + len(cleaned))
            or cleaned.casefold() in WEEKDAYS
            or cleaned in _OPENERS
            or cleaned.casefold() in EVENT_NOUNS
            # "Eleven people were taken hostage", "Sixty-three whales stranded": a number
            # opening the sentence.
            or all(part in CARDINALS for part in cleaned.casefold().split("-"))
            or _opening_adverb(text, cleaned, name_start)
            or _opening_adjective(text, cleaned, name_start, start)
        ):
            continue
        names.append((cleaned, (name_start, name_start + len(cleaned))))
    return names


def _opening_adverb(text: str, word: str, start: int) -> bool:
    """Whether a capitalised word is an adverb in -ly set off by a comma ("Nationally, the
    companies have said ...", "Separately, police ..."): no name."""
    return word.endswith("ly") and text.startswith(",", start + len(word))


# The end of a sentence before the one a word opens: a full stop and a closing quote.
_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"'”’)]?\s+$")


def _opening_adjective(text: str, word: str, start: int, span_start: int) -> bool:
    """Whether a capitalised word opens its sentence before a lower-case word and is only
    ever an adjective (``nlp.only_an_adjective``): "Malicious software was found", "Various
    reports" name nothing."""
    end = start + len(word)
    if not _LOWER_CASE_WORD_AFTER.match(text[end : end + 40]):
        return False
    opens = not text[span_start:start].strip(" \t\n\"'“‘(") or _SENTENCE_END_BEFORE.search(
        text, max(span_start, start - 4), start
    )
    return bool(opens) and only_an_adjective(word.casefold())


# The lower-case word after a capitalised one ("AI [firms]"), and a word short enough to be
# an acronym ("AI", "M&A").
_LOWER_CASE_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)")
_SHORT_CAPITALISED = re.compile(r"[A-Z][A-Za-z&]{0,3}")


def _is_modifier(text: str, word: str, end: int) -> bool:
    """An acronym used as an adjective: "AI firms". Directly before a lower-case word it
    describes that word; it is not the thing a claim is about. (Nationality words, "Chinese
    cities", are ``_nationality_word``'s.)"""
    if not _LOWER_CASE_WORD_AFTER.match(text[end : end + 40]):
        return False
    return word.isupper() or bool(_SHORT_CAPITALISED.fullmatch(word) and word[1:].isupper())


def _nationality_word(text: str, word: str, end: int) -> bool:
    """Whether a lone capitalised word is a nationality word (``is_demonym``) and not the doer
    of a verb right after it: a surname that ends as one does ("Quellan landed 142
    punches") is a name."""
    following = _LOWER_CASE_WORD_AFTER.match(text[end : end + 40])
    return is_demonym(word) and not (following and is_verb(following.group(1)))


def is_demonym(word: str) -> bool:
    """A nationality or people word: "Israeli", "Chinese", "Kenyan"."""
    return word.endswith(("ese", "ian", "ean", "can", "ish", "ern", "ic", "li", "ni", "an"))


# A place named with the place it lies in: "in Lorton, West Sinland," (the second name).
IN_PLACE_BEFORE = re.compile(r"\b(\w+)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s*$")
END_OF_PHRASE = re.compile(r"\s*(?:[,.;:)]|$)")


# Where a person named in full, or by surname and age, is from: "Rob Buck of the U.K.",
# "Lind, 36, of Marlow".
RESIDENCE_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z]+\s+[A-Z][a-z]+|\b[A-Z][a-z]+,\s*\d{1,3}),?\s+of\s+(?:the\s+)?$"
)


# The kinds of site a place's name may end in ("the Quarry Road substation"): data order,
# ``origin_site_kinds`` in data/measures.json.
SITE_KINDS: tuple[str, ...] = tuple(read_data("measures.json")["origin_site_kinds"])
# The two lower-case words after a name, where one of them is the kind of body or site it
# is (``_NAMED_KINDS``): " swimming club", " bridge has".
_BODY_AFTER = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")
_NAMED_KINDS = ORGANISATION_ENDINGS | frozenset(SITE_KINDS)


def is_place(text: str, name: str, span: Span) -> bool:
    """Whether a name is most likely a place, by its suffix or the words before it: a
    preposition of place ("in Lorton") or a kind of place and "of" ("the city of Lorton"),
    or a place's place ("living in Lorton, West Sinland, ..."). A place's name before the
    kind of body or site it names is that body's or site's ("Kestrel Bay swimming club
    brought 28", "the Station Road bridge has a clearance of 4.4 metres")."""
    if name.split()[-1].casefold() in PLACE_SUFFIXES:
        body = _BODY_AFTER.match(text, span[1])
        return body is None or not _NAMED_KINDS & set(body.groups())
    before = text[max(0, span[0] - 24) : span[0]].split()
    if len(before) >= 2 and before[-1] == "of" and before[-2].casefold() in PLACE_SUFFIXES:
        return True
    if bool(before) and before[-1].casefold() in PLACE_PREPOSITIONS:
        return True
    # Both patterns below end where the name starts, after "of", "the" or a comma: a test
    # of how the text before the name ends is far cheaper than trying them at every word.
    ending = text[max(0, span[0] - 60) : span[0]].rstrip()
    if (
        ending.endswith(("of", "the"))
        and RESIDENCE_BEFORE.search(text, max(0, span[0] - 60), span[0]) is not None
    ):
        return True
    within = (
        IN_PLACE_BEFORE.search(text, max(0, span[0] - 60), span[0])
        if ending.endswith(",")
        else None
    )
    return (
        within is not None
        and within.group(1).casefold() in PLACE_PREPOSITIONS
        and END_OF_PHRASE.match(text, span[1]) is not None
    )


# A relative clause set off by commas (", which makes seats for Tessaly buses,"), an
# appositive that another name owns, or one that describes the name.
RELATIVE_ASIDE = re.compile(
    r",\s+(?:(?:which|who|whose)\b[^,;:]*"
    # An appositive owned by another name: "Aurelian Airways, Vestria's national carrier,".
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s\s+[a-z][^,;:]{0,40}"
    # A description of the name: "Williams, a three-time Pro Bowl nose tackle, was stopped".
    r"|an?\s+[^,;:]{1,60}),"
)


def subject_of(
    anchor: int,
    names: Sequence[tuple[str, Span]],
    skip: Span,
    places: set[str],
    asides: Sequence[Span] = (),
) -> str:
    """The named thing a figure is about: the nearest non-place name before it, outside
    the credit (``skip``) and outside a relative clause on a name that closes before the
    figure (``asides``: "Shares of the supplier Kestrel, which makes seats for Tessaly
    buses, fell 9 percent" are Kestrel's, not Tessaly's)."""

    heads = {span[1] for _, span in names}

    def aside(span: Span) -> bool:
        # Only a relative clause on a name ("Kestrel Coachworks, which ..."): that name is
        # then what the clause is about.
        return any(
            start in heads and start <= span[0] and span[1] <= end <= anchor
            for start, end in asides
        )

    candidates = [
        name
        for name, span in names
        if span[1] <= anchor
        and not (skip[0] <= span[0] < skip[1])
        and name not in places
        and not aside(span)
    ]
    return candidates[-1] if candidates else ""
