"""Claims: break sentences into atomic, checkable assertions.

Matching and conflict detection compare one assertion with another, so a
sentence that packs several figures ("attracted 90 firms and employs 4,000
people") must become several claims, each with its own span, quantities, what
it measures, the time it refers to, the places and names around it and who it
is credited to. This module cuts sentences into clauses and assembles claims;
``phrases`` reads the words around each figure and ``times`` the dates.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from claimcheck.attribution import (
    DOCUMENT_NOUN_ALT,
    DOCUMENT_VERBS,
    NAME_PARTICLE,
    REPORTING_VERB,
    REPORTING_VERB_WORDS,
    REPORTING_VERBS,
    SentenceAttributions,
    person_named,
)
from claimcheck.clean import DAY_OF_MONTH_RE
from claimcheck.cues import WordIndex, holds_any, may_hold_ignoring_case
from claimcheck.datafiles import read_data
from claimcheck.lexicon import CHANGE_WORDS, DIMENSION_KINDS, singular
from claimcheck.models import Attribution, Claim, Fact, Quantity, Sentence, Span
from claimcheck.nlp import past_verb_lemma, present_verb_lemma, stop_words
from claimcheck.phrases import (
    COMPASS_POINT,
    DETERMINER_NEXT,
    HALF_WORD,
    NUMBER_OF,
    PERSON_NOUNS,
    PHRASE_STOPWORDS,
    RATIO_SURFACE,
    RELATIVE_ASIDE,
    RULING_WORDS,
    SITE_KINDS,
    STREET_AFTER,
    WORD,
    find_names,
    is_place,
    leading_titles,
    measure_of,
    predicate_of,
    split_measure,
    subject_of,
    words_after,
)
from claimcheck.quantities import parse_quantities
from claimcheck.quantities.numbers import (
    CARDINALS,
    CLOCK_DAY_PART,
    O_CLOCK,
    SPOKEN_CLOCK,
    SPOKEN_CLOCK_CUES,
    SPOKEN_CLOCK_RE,
    parse_number,
    scale_label_before,
    scale_labels,
)
from claimcheck.quantities.units import time_unit_factors
from claimcheck.times import (
    CALENDAR_WORDS,
    ISO_DATE,
    MONTHS,
    WEEKDAYS,
    article_time,
    find_day,
    sentence_before,
    time_of,
    year_pointed_back,
)

# Superlatives and firsts after a determiner or possessive: "the country's largest",
# "the region's most advanced", "the world's first", "its only".
SUPERLATIVE = re.compile(
    r"\b(?:the|its|their|[A-Za-z]+['’]s)\s+(?:[a-z-]+\s+)?"
    r"(?:(?:most|least)\s+[a-z-]+|largest|biggest|highest|lowest|fastest|smallest|best|worst|"
    r"greatest|oldest|newest|longest|tallest|strongest|deepest|deadliest|worst|record)\b",
    re.IGNORECASE,
)
FIRST = re.compile(
    r"\b(?:the|its|their|[A-Za-z]+['’]s)\s+(?:very\s+)?(?:first|only|sole)\b(?!\s+(?:time|half|"
    r"quarter|step|day|week|month|year|thing|way|place)s?\b)|\bfirst-ever\b|\bworld-first\b"
    r"|\branking first\b",
    re.IGNORECASE,
)

# Kinds of figure that make a claim technical: "a 5 nm process", "a 2 GW plant".
TECHNICAL_KINDS = frozenset(("length", "area", "volume", "mass", "data", "speed", "temperature"))

# A ranking: "ranks third nationally", "came in second place", "the number one".
RANKING = re.compile(
    r"\b(?:rank(?:s|ed)?|placed|came|finished)\s+(?:in\s+)?(?:first|second|third|fourth|fifth|"
    r"\d+(?:st|nd|rd|th)|top\s+(?:ten|five|\d+))\b|\bnumber one\b"
    # A place in a record book: "the fourth club in league history", "its second title in club
    # history".
    # Not a time ("the 19th century in American history", "the 20th anniversary of").
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?!(?:century|centuries|anniversary|year|month|week|day|time)s?\b)"
    r"(?:[a-z-]+\s+){1,2}(?:in|of)\s+(?:[\w.'\u2019-]+\s+){0,3}history\b",
    re.IGNORECASE,
)

# Words that put a claim in the future: "will open", "scheduled for completion".
# Words before a figure that make it the next draw's or season's: "The jackpot resets to an
# estimated $20 million", "rolls over to".
NEXT_OCCASION_CUE = r"(?:resets?|rolls?\s+over)\s+to"
FUTURE_CUES = re.compile(
    r"\b(?:will|shall|plans? to|planned|scheduled|expected to|aims? to|aiming to|set to|"
    r"is to|are to|intends? to|projected|forecast|likely to|"
    # A next draw's or season's figure.
    rf"{NEXT_OCCASION_CUE}|"
    # "Northwave expects the season finale to draw 10 million viewers", "engineers expected
    # the repair to take about 48 hours".
    r"expects?\s+(?:[\w'’-]+\s+){0,4}?to\s+(?!have\b|be\s+\w+ed\b)|"
    r"expected\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:take|last|cost)\b|"
    # A future in reported speech: "said the crossing would stay closed for 14 days".
    # "said its runway would be closed for about two hours".
    r"would (?:now |still |likely |probably )?(?:stay|remain|last|take|reopen|cost|be\s+[a-z]+ed))\b",
    re.IGNORECASE,
)

# Opinion and exhortation markers: "I think", "we might", "should be seen".
OPINION_CUES = re.compile(
    r"\b(?:I|we|my|our)\b|\b(?:should|must|ought to|perhaps|maybe|arguably|"
    r"it is reasonable to|in my view|let's)\b",
    re.IGNORECASE,
)

# A sentence whose subject is a pronoun: "He caught 29 passes", "They said", also after an
# opening phrase: "According to the board's figures, they won 8.2 percent".
PRONOUN_START = re.compile(
    r"^\W*(?:[A-Z][^,.;:]{0,60},\s+(?:he|she|they|it)\b"
    # A possessive before a name names its thing: "Its Marsh Lane sorting plant rejected".
    r"|(?:He|She|They|It)\b|(?:His|Her|Their|Its)\b(?!\s+[A-Z]))"
)
# A pronoun that opens a sentence as the one speaking: "She said 37 miners were underground
# at the time", a report's "It says just under 60 per cent of students graduated"
# (``_speaks_of_another``).
SPEAKING_PRONOUN = re.compile(
    r"^\W*(?:He|She|They|It)\s+(?:(?:also|later|then)\s+)?(?:" + "|".join(REPORTING_VERBS) + r")\b"
)
# Pronouns that, among the first words of what is said, make it the speaker's own ("She said
# she had ...", "He told police he was ...").
_SPEAKERS_OWN = frozenset(
    {"he", "she", "they", "his", "her", "their", "him", "them", "i", "we", "my", "our", "it", "its"}
)


def _speaks_of_another(sentence: str) -> bool:
    """Whether a sentence opens with a pronoun that speaks (``SPEAKING_PRONOUN``) and its
    first three words after the verb hold no pronoun: what it says names its own subject."""
    speaking = SPEAKING_PRONOUN.match(sentence)
    if speaking is None:
        return False
    following = re.findall(r"[a-z]+", sentence[speaking.end() :].casefold())[:3]
    return _SPEAKERS_OWN.isdisjoint(following)


# A possessive that opens a sentence on its owner's document: "Their own lunchtime survey
# showed barely 60 percent of the members who answered ...", "Its annual report shows". The
# pronoun is of who speaks, not of what the figure counts.
_OWN_DOCUMENT_START = re.compile(
    r"^\W*(?:His|Her|Their|Its)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{DOCUMENT_NOUN_ALT})"
    rf"\s+(?:{'|'.join(sorted(DOCUMENT_VERBS))})\b"
)


# Exhortations, which assert nothing even with a figure: "we should all give 10 hours".
# A cue right after a relative pronoun is said of the noun before it, not of the figure:
# "200 searchers dug through snow that should never have come down".
EXHORTATION_CUES = re.compile(
    r"(?<!(?-i:\bthat)\s)(?<!(?-i:\bwhich)\s)(?<!(?-i:\bwho)\s)"
    r"\b(?:should|must|ought to|let's|let us)\b",
    re.IGNORECASE,
)
# Words of ``EXHORTATION_CUES``, lower-cased: a claim without one exhorts nothing.
_EXHORTATION_WORDS = ("should", "must", "ought to", "let")


def _exhorts(text: str) -> bool:
    """Whether text has an exhortation's words (``EXHORTATION_CUES``), and is no report of a
    ruling that imposes what it says ("He must repay $1.2 million, the judge ruled"). Words
    before a colon only lead into what follows it ("Let's start with the number everyone
    will quote: Veltrane is paying $45.80 a share")."""
    text = text.rpartition(": ")[2]
    return (
        may_hold_ignoring_case(text, _EXHORTATION_WORDS)
        and EXHORTATION_CUES.search(text) is not None
        and RULING_WORDS.isdisjoint(re.findall(r"[a-z]+", text.casefold()))
    )


# A wire-style dateline: "LARKFIELD, Oct 15 (Civic Wire) - ", "MARDALE, Tuesday (Reuters) — ".
DATELINE = re.compile(
    r"^\W*(?:[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*"
    r"(?:(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)?,\s+[^()\n]{1,30}?\s*"
    r"(?:\([^)\n]{1,40}\))?|\s*\([^)\n]{1,40}\))"
    # Title case needs the agency: "Brenholt, Norway (Sports Wire) - ".
    r"|[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)*"
    r"\s*\((?![A-Z]-)[^)\n]{1,40}\))\s*[-–—]+\s*"
    # A place in capitals alone: "DULMEN - The earthquake ...".
    r"|^\W*[A-Z][A-Z.'’]{2,}(?:[\s-][A-Z][A-Z.'’]{2,})*\s+[-–—]+\s+"
)

# Clause boundaries between two figures, strongest first:
# "rose 5%; sales fell", "90 firms and now employs", "from 300 in 2020 to 450".
CLAUSE_BREAKS = (
    re.compile(r";\s*|\s+[\u2013\u2014]\s+"),
    re.compile(r",\s+(?:and|but|while|whereas|with|as)\s+"),
    re.compile(r"\s+(?:while|whereas)\s+"),
    re.compile(r"\s+(?:as|after|because|when)\s+(?=(?:its|their|the|a|an|his|her)\b)"),
    # "130 people were marching when about two dozen splintered off": a figure opens it.
    re.compile(
        r"\s+(?:because|when)\s+(?=(?:(?:about|around|nearly|almost|some|over|roughly|"
        r"approximately|at least|more than)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|"
        r"eight|nine|ten|a few|several|dozens?|hundreds?|thousands?)\b))"
    ),
    re.compile(r"\s+and\s+(?=(?:now\s+|also\s+|then\s+)?[a-z]+s\b)"),
    re.compile(
        r"\s+to\s+(?=(?:over|more than|about|around|nearly|almost|some|under|"
        r"less than|fewer than|at least|roughly|approximately)?\s*[$€£¥\d])"
    ),
    re.compile(r",\s+"),
    # "Two gunmen who held 11 people hostage": a relative clause holds the figure after it.
    re.compile(r"\s+(?:who|which)\s+"),
    re.compile(r"\s+and\s+"),
    # No punctuation: cut before the last preposition, "14 km north at a depth of 10 km".
    re.compile(r"\s+(?:at|with|for|on|in)\s+"),
)

# "is headquartered in Springfield", "based in the Rhine Valley".
BASED_IN = re.compile(
    r"\b(?:(?:based|headquartered)\s+(?:in|at)|(?:located|housed|sited)\s+(?:in|at|on))\s+"
    r"(?:the\s+)?"
    r"(?:[a-z]+['’]s\s+)?"
    r"(?P<value>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*"
    r"(?:\s+(?:campus|site|plant|building|headquarters|office|offices|centre|center))?)"
)

# "Samir Haddad won Mill Ward", "Jane Doe held the Riverside seat": who won what.
WINNER = re.compile(
    # A pronoun is no winner: "It took Harold Quenby, 74, a retired driver".
    r"(?!(?:It|He|She|They|We|You|I|This|That|These|Those|There)\b)"
    r"(?P<value>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:had\s+|has\s+)?"
    r"(?:won|held|retained|kept|took|gained|captured|clinched)\s+(?:the\s+)?"
    r"(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
)

# A month by its first three letters, in capitals: "Jan", "January", "Sept".
_MONTH_OPENING = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"

# The day an event happened: "began on Sunday, March 9", "struck in the early hours of
# 2 November", "took effect on 14 July"; or is to: "will take effect on March 1", "kick in on
# April 1".
EVENT_DATE = re.compile(
    r"\b(?P<verb>began|started|took effect|takes? effect|kicks? in|(?:comes?|came) into force|"
    # "new fares come in from the seventh of December", "the ceremony will take place on
    # December 11", "go on sale on September 26", "hit shelves on Friday, October 3".
    r"(?:comes?|came) in|takes? place|took place|held|"
    r"(?:goes|go|went) on sale|hits? (?:the )?(?:store )?shelves|in stores|"
    # "will shut for the last time on June 1"; "first detected the intrusion on March 3"
    # and "found the intrusion on Friday, March 28" tell one discovery.
    r"shuts?(?: down)?|"
    r"(?:(?<=was )|(?<=were )|(?<=been ))found(?!\s+(?:guilty|not|liable|innocent)\b)|"
    r"found(?=\s+(?:the|its|his|her|their)\s)|"
    r"opened|closed|struck|happened|occurred|"
    r"launched|broke into|broke out|[a-z]{3,}ed|"
    # What is to happen: "The consultation closes on 28 March", "is due to open on 19
    # April", "will finally open its doors on 19 April".
    r"(?:re)?opens|closes|starts|begins|ends|"
    r"(?:(?<=will )|(?<=to )|(?<=ly ))(?:re)?(?:open|close|start|begin|end))\b"
    # Up to 40 characters, a clock time's colon or point among them ("come into force at
    # 00:01 on Friday 18 July").
    r"(?:(?:[^.;:]|(?<=\d)[:.](?=\d)){0,40}?"
    r"\b(?P<preposition>on|of|from)\s+(?:the\s+night\s+of\s+)?"
    # Or the date right after the verb: "take effect Sunday, June 15", "go on sale April 29".
    r"|\s+)(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?P<value>{_MONTH_OPENING}[a-z]*\.?\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_OPENING}[a-z]*"
    r"|the\s+(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+of\s+"
    rf"{_MONTH_OPENING}[a-z]*)"
)

# "opened in 2019", "was founded in Portsmouth in 1962", "held every year since 1982".
# Not the second half of a compound modifier: "overseas-educated professionals".
_EVENT_YEAR_VERB = (
    r"\b(?<!-)(?P<verb>opened|founded|established|launched|completed|inaugurated|built|"
    r"incorporated|created|held|started|began|struck|burned|won|"
    # "was set up in 1994", not "set up roadblocks in 2019".
    r"set up(?=\s+(?:in|back\s+in|as|by|originally)\b)|"
    r"(?!(?:scheduled|expected|planned|slated|projected|forecast|targeted)\b)[a-z]{3,}ed)\b"
)
EVENT_YEAR_VERB = re.compile(_EVENT_YEAR_VERB)
EVENT_YEAR = re.compile(
    _EVENT_YEAR_VERB + r"[^.;:]{0,40}?"
    r"\b(?P<preposition>in|since)\s+(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\s+)?"
    r"(?P<value>(?:18|19|20)\d\d)\b"
)
# A plural noun or "every"/"any" and a noun right before a participle: "every high-risk
# account opened since 2016", "homes built since 1990" name a class of things, each of its
# own year, with no one event's.
_A_CLASS_BEFORE = re.compile(
    r"\b(?:(?:every|each|any|all)\s+(?:[\w-]+\s+){0,2}[a-z]+"
    r"|(?!(?:has|was|is|does|this|his|its|hers|ours|theirs|yours|always|perhaps)\s)[a-z]{3,}s)"
    r"\s+$",
    re.IGNORECASE,
)

# An event named by its noun, with the year after it: "since its founding in 2013", "since
# his election in 2017", "has been open since 1978".
EVENT_NOUN_YEAR = re.compile(
    r"\b(?:(?:its|his|her|their)\s+(?P<verb>founding|establishment|creation|election|"
    r"opening|launch|inauguration|appointment)\s+in|(?P<open>open)\s+since)\s+"
    r"(?P<value>(?:18|19|20)\d\d)\b"
)

# A year joined to its event's participle before a noun: "The 2004-built Saltmarsh Queen",
# "a 1962-built dam".
YEAR_JOINED_EVENT = re.compile(
    r"\b(?P<value>(?:18|19|20)\d\d)-(?P<verb>built|founded|opened|completed|launched)\b"
)

# A year right before its event's verb: "voters in 2010 approved a bond", "in 2001 announced
# plans"; not after a comma ("won the belt in 2005, arrived in Germany on Monday").
YEAR_BEFORE_EVENT = re.compile(
    r"\bin\s+(?P<value>(?:18|19|20)\d\d)\s+(?P<verb>"
    r"(?!(?:scheduled|expected|planned|slated|projected|forecast|targeted)\b)[a-z]{3,}ed)\b"
)

# "launched a fashion line in December", "finalized in early June": the month of an event,
# when no day or year follows it (those are dates and years, read above).
EVENT_MONTH = re.compile(
    _EVENT_YEAR_VERB + r"[^.;:]{0,40}?\bin\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?P<value>" + "|".join(month.capitalize() for month in MONTHS) + r")\b(?![\s,]+\d)"
)

# The verbs of taking someone to a hospital, and the words that end a hospital's name
# (``taken_to_care`` in data/measures.json).
_TAKEN_TO_CARE = read_data("measures.json")["taken_to_care"]
_TAKEN_CUES = tuple(_TAKEN_TO_CARE["verbs"])
_CARE_NAME_ENDS = "|".join(r"\s+".join(place.split()) for place in _TAKEN_TO_CARE["places"])
# "was taken to St Aldric's Infirmary", "flown by helicopter to Mercy Regional Hospital",
# "Paramedics drove her to St Brennan's Hospital": the hospital someone hurt or ill was
# taken to, named.
TAKEN_TO_HOSPITAL = re.compile(
    rf"\b(?P<verb>{'|'.join(_TAKEN_CUES)})"
    r"(?:\s+(?!to\b|into\b)[\w'’-]+){0,5}?\s+(?:to|into)\s+(?:the\s+)?"
    r"(?P<value>[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*){0,4}?"
    rf"\s+(?:{_CARE_NAME_ENDS})\b"
    r"|Clinique\s+(?:du|de\s+la|des)\s+[A-Z][\w'’-]*)"
)
_SOME_COUNT_WORDS = "|".join(
    sorted((w for w, v in CARDINALS.items() if 1 <= v <= 99 and w.isalpha()), key=len, reverse=True)
)
# Who was taken, right before the passive verb: a name ("Rennick was", "Tomas Reyk, 34,
# who was working in the hut, was"), a pronoun ("He was later"), or a count not after "the"
# or "all" ("Three were", "Two hikers were", "Seventeen of the injured were": some of those
# hurt, where "The six seriously injured were" and "All six survivors were" are a whole).
_TAKEN_WHO = re.compile(
    r"(?:(?P<pronoun>\b(?:[Hh]e|[Ss]he))"
    rf"|(?<!\b[Tt]he\s)(?<!\b[Aa]ll\s)\b(?P<count>\d+|(?i:{_SOME_COUNT_WORDS}))\b"
    r"(?:[ ]+(?:of[ ]+(?:the|them|those)\b)?[\w'’-]*){0,4}?"
    r"|(?P<name>[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+){0,2})(?:,\s*\d{1,3}(?=,))?"
    r"(?:,\s+who\s[^,.;]{1,80})?,?)"
    r"\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+\s+){0,2}?$"
)
# A word that makes a name a place of care, no person's.
_CARE_WORDS = sorted({word for place in _TAKEN_TO_CARE["places"] for word in place.split()})
_CARE_PLACE = re.compile(rf"\b(?:{'|'.join(_CARE_WORDS)})\b")
# A pronoun object of an active verb of taking: "drove her to", "flew him to".
_ACTIVE_TAKING = frozenset(_TAKEN_TO_CARE["active_verbs"])
_TAKEN_PRONOUN = re.compile(r"\s+(?:him|her)\b")
# Words that make those taken some besides others: "Four others were taken".
_OTHERS = re.compile(r"\b(?:others?|rest)\b", re.IGNORECASE)
# A second hospital after the first: "taken to Tarrow District Hospital in Skelling and to
# St Ansel's Hospital", "nine to St Aldric's and five to ...".
_ANOTHER_DESTINATION = re.compile(
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?\s+(?:and|or|while)\s+"
    r"(?:\w+\s+){0,3}?(?:to|into)\s+(?:the\s+)?[A-Z]"
)


def _taken_as_one(text: str, match: re.Match[str]) -> bool:
    """Whether a hospital is where those a sentence counts or names were all taken: not one
    of two it names ("nine were taken to St Aldric's Hospital and five to ..."), nor where
    others besides them went ("Four others were taken by ambulance to ...")."""
    if _ANOTHER_DESTINATION.match(text, match.end()) is not None:
        return False
    before = text[max(0, match.start() - 40) : match.start()]
    return _OTHERS.search(before.rpartition(".")[2]) is None


def _hospital_name(value: str) -> str:
    """A hospital's name with one spacing and no full stop after "St"."""
    return re.sub(r"\bSt\.", "St", " ".join(value.split()))


def _taken_whom(text: str, match: re.Match[str]) -> str:
    """Who was taken to a hospital: the name right before the verb ("Rennick was rushed
    to ..."), the one the sentence before names for "he" or "her" ("Paramedics drove her
    to ..."), or how many were taken ("Three were flown to ...": '3'), so that only the
    same person or the same number of people meet; '' for those described ("The injured
    were taken to ...")."""
    who = _TAKEN_WHO.search(text, max(0, match.start() - 120), match.start())
    active = match.group("verb") in _ACTIVE_TAKING
    pronoun = bool(who and who.group("pronoun")) or (
        active and _TAKEN_PRONOUN.match(text, match.end("verb")) is not None
    )
    if pronoun:
        named = _first_person_named(_head_and_sentence_before(text, match)[1])
        return "" if _CARE_PLACE.search(named) else named
    if who is None:
        return ""
    if who.group("count"):
        return in_digits(who.group("count").casefold())
    return _without_titles(who.group("name"))


# What an order sets going, whose giver articles name ("ordered the evacuation", "The audit
# was ordered by Provost Helena Marsk"): ``ordered_things`` in data/measures.json.
_ORDERED = "|".join(read_data("measures.json")["ordered_things"])
# A name of two to five capitalised words, a title or an organisation's words among them.
_GIVER = r"(?:[A-Z][\w'’.-]*[ ]+){1,4}[A-Z][\w'’.-]*"
# Who ordered it: "Fire Chief Orla Penhallow ordered the evacuation", "It was Mayor Desmond
# Achterberg who ordered the evacuation", "The audit was ordered by Provost Helena Marsk".
ORDERED_BY = re.compile(
    rf"(?<![\w'’.-])(?P<value>{_GIVER})(?:,\s+who|\s+who)?\s+(?:had\s+|has\s+)?"
    r"(?:ordered|commissioned)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?P<title>{_ORDERED})\b"
    rf"|\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){{0,2}}?(?P<title2>{_ORDERED})\s+"
    r"(?:was|had\s+been|has\s+been)\s+(?:ordered|commissioned)(?:\s+in)?\s+by\s+(?:the\s+)?"
    rf"(?P<value2>{_GIVER})"
)


# Where an event began, a named site of a kind (``origin_events`` and
# ``origin_site_kinds`` in data/measures.json): "the fire started at the Quarry Road
# substation", "The outbreak began on Linden Ward", "a transformer caught fire at the
# Saltmarsh Lane substation". One to three capitalised words, then the site's kind.
_ORIGIN_EVENTS = "|".join(read_data("measures.json")["origin_events"])
_SITE_KINDS = "|".join(SITE_KINDS)
_BEGAN = ("began", "begun", "started", "broke out", "originated", "emerged", "erupted")
ORIGIN = re.compile(
    rf"\b(?:(?P<title>{_ORIGIN_EVENTS})[ ]+(?:had[ ]+|has[ ]+)?(?:first[ ]+)?"
    rf"(?:{'|'.join(verb.replace(' ', '[ ]+') for verb in _BEGAN)})|caught[ ]+fire)"
    r"[ ]+(?:on|at|in)[ ]+(?:the[ ]+)?"
    rf"(?P<value>(?:[A-Z][\w'’-]*[ ]+){{1,3}}(?i:{_SITE_KINDS}))\b"
)
_ORIGIN_CUES = (*_BEGAN, "caught fire")
# Facts whose value is a named site ending in its kind ("Quarry Road substation"): two
# sites of two kinds may be one inside the other, so only sites of one kind meet.
SITE_FACTS = frozenset({"origin"})


def _origin_of(text: str, match: re.Match[str]) -> str:
    """The event whose site of origin a match tells: its noun, or 'fire' for "caught
    fire"."""
    return (match.group("title") or "fire").casefold()


def _order_of(text: str, match: re.Match[str]) -> str:
    """What an order set going: 'evacuation', 'review'."""
    return match.group("title") or match.group("title2") or ""


def _giver(value: str) -> str:
    """Who gave an order, without the titles before the name ("Mayor Tomas Reddick")."""
    return _without_titles(value)


# "built on the old rail yards", "will be built at Eastgate".
BUILT_ON = re.compile(
    r"\bbuilt\s+(?:on|at)\s+(?P<value>(?:the\s+)?[\w'’ -]{3,60}?)(?=[,.;]|\s+(?:and|by|for|after)\b|$)"
)

# "caused by a downed power line", "sparked by lightning".
CAUSED_BY = re.compile(
    r"\b(?:caused|sparked|started|triggered|ignited|set off)\s+by\s+"
    r"(?P<value>(?:an?\s+|the\s+)?(?![a-z]+ed\b)[\w'’ -]{3,50}?)"
    r"(?=[,.;]|\s+(?:on|in|at|and|near|after)\b|$)"
)

# Before "caused by": the words between the thing caused and the verb ("the fire was",
# "the shooting may have been"), and the thing itself (group 1).
CAUSED_THING = re.compile(
    r"([a-z][a-z-]*)\s*,?(?:\s+(?:was|were|is|are|be|been|being|has|have|had|may|might|"
    r"could|would|will|reportedly|allegedly|apparently|probably|likely))*\s*$"
)


def caused_thing(text: str, start: int) -> str:
    """What a cause caused: the word before "caused by" and its auxiliaries ("the fire was
    started by": "fire"), singular; '' when a capital or a figure stands there."""
    found = CAUSED_THING.search(text, max(0, start - 60), start)
    return singular(found.group(1)) if found else ""


# "Northwind's chief executive, Jane Doe" / "Jane Doe will lead the combined company".
POST_HOLDER = re.compile(
    r"(?P<value>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+){1,2})\s+(?:will|would|is to)\s+"
    r"(?:lead|run|head|chair|manage)\s+(?P<title>the\s+[\w -]{3,40}?)(?=[,.;]|$)"
)

# The holder of a post one person holds at a time, after the organisation's name: "Rovers
# general manager A.J. Marsh said", "the Rovers' head coach Dan Merrow". Nothing may stand
# between the organisation and the post ("Rovers assistant general manager", "interim head
# coach"), and a holder named after "former" or "then" is one of the past (``_current_holder``).
# The posts are ``unique_posts`` in data/measures.json.
POST_NAMED = re.compile(
    r"\b(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:['’]s?)?\s+(?i:"
    + "|".join(
        w.replace(" ", r"\s+")
        for w in sorted(read_data("measures.json")["unique_posts"], key=len, reverse=True)
    )
    + r"))\s+(?P<value>(?:[A-Z]\.?){1,3}\s*[A-Z][a-z'’]+|[A-Z][a-z]+(?:\s+[A-Z][a-z'’]+){1,2})\b"
)
# Words before an organisation and its post that make the holder a past or passing one
# (``past_holder_words`` in data/measures.json).
NOT_CURRENT_BEFORE = re.compile(
    r"\b(?i:" + "|".join(read_data("measures.json")["past_holder_words"]) + r")[\s-]+$"
)


def _current_holder(text: str, match: re.Match[str]) -> bool:
    """Whether a post's holder is named with an organisation and holds the post now: no
    "former", "then-" or "interim" before it, and no word of ``not_organisations`` where
    the organisation's name would be ("Team general manager ...")."""
    first = match.group("title").split()[0].casefold()
    return (
        first not in measure_data()["not_organisations"]
        and NOT_CURRENT_BEFORE.search(text, max(0, match.start() - 12), match.start()) is None
    )


def _of_post(text: str, match: re.Match[str]) -> str:
    """What a holder fact is of: the organisation and its post, one space apart."""
    return " ".join(
        match.group("title").replace("’", "'").replace("'s", "").replace("'", "").split()
    )


# A win-loss(-draw) record after a name: "Varga (31-4, 22 KOs)", "Okafor, 27-2,",
# "Dunn is 88-97", "Dunn compiled a 140-121 record", "Varga's record to 32-4", "the Rovers'
# record rose to 9-5", "the Rovers stand at 10-5", "Dunn's record as a head coach with the
# Rovers stands at 284-286", "Dunn compiled a mark of 122-147", "Dunn has an overall record
# of 284-286". Not a score ("an 88-72 loss"), not a record "since" some event (a part of a
# career), and not a record of some games only ("are 8-1 in one-score games", "4-4 on the
# road").
_RECORD_VALUE = r"(?P<value>\d{1,3}[-\u2013]\d{1,3}(?:[-\u2013]\d{1,3})?)"
# What may stand between "Dunn's record" and its verb: a description of whose record it is
# ("as an NBA head coach with the Rovers"), with no figure and no word of a part of a career.
_RECORD_DESCRIBED = (
    r"(?:(?:(?!\b(?:home|road|away|against|since|games|matches|season)\b)[^.;:\d]){0,80}?\s)?"
)
RECORD = re.compile(
    r"(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
    r"(?:\s*\(|,\s+|(?:['\u2019]s?)?\s+record\s+"
    + _RECORD_DESCRIBED
    + r"(?:(?:rose|improved|fell|dropped|slipped|climbed|moved|went|stands|stood)\s+)?"
    r"(?:to|at|of|is|was)\s+|"
    r"\s+(?:is|was|are|were|(?:stand|stands|stood)\s+at|finished|compiled\s+an?|posted\s+an?|"
    r"had\s+an?|(?:compiled|posted|had|has|holds|owns)\s+an?\s+"
    r"(?:(?:overall|career|lifetime|coaching)\s+)?(?:record|mark)\s+of)\s+)"
    + _RECORD_VALUE
    + r"(?![\d\u2013-])(?!\s+(?:run|win|loss|victory|defeat|lead|score|start)\b)"
    r"(?!\s+(?:in\s+(?:[\w-]+\s+){0,3}?(?:games|matches|contests|fights|bouts|starts)|"
    r"on\s+the\s+road|at\s+home|away|against|versus|vs)\b)"
    r"(?![^.;,)]{0,40}\bsince\b)"
)

# Before a team named with a score after a comma: "lost to the Rovers, 20-13" is a result,
# not the Rovers' record (words: ``result_words_before_team`` in data/measures.json).
SCORE_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(read_data("measures.json")["result_words_before_team"])
    + r")\s+(?:the\s+)?$"
)


def _is_score(text: str, record: re.Match[str]) -> bool:
    """Whether a record match is a game's score after the team's name ("to the Rovers, 20-13");
    a score has two parts ("over Tom Orlen, 14-13-2" is the loser's record)."""
    connector = text[record.end("title") : record.start("value")]
    parts = len(re.split(r"[-\u2013]", record.group("value")))
    return (
        parts == 2
        and connector.lstrip().startswith(",")
        and (SCORE_BEFORE.search(text, max(0, record.start() - 30), record.start()) is not None)
    )


# A game's score, two numbers joined by a dash and no third after them.
_SCORE_VALUE = r"(?P<value>\d{1,3}[-\u2013]\d{1,3})(?![-\u2013]?\d)"

# A game's result: "the Rovers defeated Norden 71-64", "lost to the Rovers, 20-13". The
# value is the score, higher first; ``title`` the opponent named after the verb (the verbs
# are ``result_verbs`` in data/measures.json).
SCORE = re.compile(
    r"\b(?:"
    + "|".join(w.replace(" ", r"\s+") for w in read_data("measures.json")["result_verbs"])
    + r")\s+(?:the\s+)?"
    r"(?P<title>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),?\s+" + _SCORE_VALUE
)


# Up to two words that describe a result between its score and its noun: "a 34-10 home
# defeat", "a 20-13 fourth-quarter lead".
_RESULT_MODIFIERS = (
    r"(?:(?!(?:in|on|at|of|and|or|but|the|a|an|for|with|to|by|over|against)\b)[a-z][a-z-]*\s+){0,2}"
)

# A game's result named by its noun before the opponent: "Saturday's 3-1 victory over
# Pellham", "a 34-10 home defeat by the Rovers", "a 2-2 draw with Norden". The value is the
# score, higher first; ``title`` the opponent (nouns: ``result_nouns`` in data/measures.json,
# final results only: "a 20-13 lead over" is no result).
SCORE_NAMED = re.compile(
    r"(?<![\w.-])"
    + _SCORE_VALUE
    + r"\s+"
    + _RESULT_MODIFIERS
    + r"(?:"
    + "|".join(read_data("measures.json")["result_nouns"])
    + r")\s+"
    r"(?:over|against|to|by|with)\s+(?:the\s+)?"
    r"(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)

# Three or more numbers joined by dashes with no record or score read in them: a number
# to call ("9-1-1"), a vote ("4-3-2"), a formation; none of its parts counts anything.
NUMBER_CHAIN = re.compile(r"(?<![\w.-])\d{1,3}(?:[-\u2013]\d{1,3}){2,}(?![\w-])")

# A win-loss record or a score named by what it is, with no team before it: "finished with a
# 162-139 mark", "a 38-44 record", "a 17-14 victory", "a 20-13 lead". Neither number counts
# anything alone ("17" is no count of "14 victory"); the nouns of scores are ``score_nouns`` in
# data/measures.json.
RESULT_NAMED = re.compile(
    r"(?<![\w.-])\d{1,3}[-\u2013]\d{1,3}(?:[-\u2013]\d{1,3})?\s+"
    + _RESULT_MODIFIERS
    + r"(?:record|mark|"
    + "|".join(read_data("measures.json")["score_nouns"])
    + r")\b"
)


# A win-loss record after a verb of standing or moving, with no team before it: "improved to
# 10-0", "since going 10-1 in 1981-82", "stand at 9-14". Neither number counts anything.
RECORD_AFTER_VERB = re.compile(
    r"\b(?:improved|improves|improving|moved|moves|fell|falls|dropped|drops|slipped|slips|"
    r"climbed|climbs|rose|rises|went|goes|going|finished|finishes|finishing|stand|stands|"
    r"stood|standing)\s+(?:to\s+|at\s+)?" + _RECORD_VALUE + r"(?![\w-])"
)


# The word right after a figure, to tell "improved to 10-0 after" from "rose 5-6 degrees",
# and the marks a record may stand before ("fell to 9-14.", not "fell 3-4%").
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_RECORD_CLOSERS = frozenset(".,;:!?)\"'\u201d\u2019")


def _record_ends(text: str, end: int) -> bool:
    """Whether a dashed pair of numbers that ends at ``end`` ends there as a record does:
    before punctuation, the end, or a function word ("improved to 10-0 after",
    "going 10-1 in 1981-82"), not before a unit ("rose 5-6 degrees")."""
    word = _NEXT_WORD.match(text, end)
    if word is not None:
        return word.group(1).casefold() in PHRASE_STOPWORDS
    rest = text[end : end + 2].lstrip()
    return not rest or rest[0] in _RECORD_CLOSERS


def _fact_figures(text: str, sentence: Sentence) -> list[Span]:
    """Spans of a sentence's numbers that state facts or nothing, not counts: win-loss
    records (scores left out), game scores, chains of dashed numbers, records and scores called
    one ("a 162-139 mark", "a 17-14 victory"), named people's ages."""
    spans: list[Span] = []
    if holds_any(sentence.text, _RECORD_CUES) and _DASHED_DIGITS.search(text, *sentence.span):
        spans += [
            m.span("value") for m in RECORD.finditer(text, *sentence.span) if _a_record(text, m)
        ]
        spans += [m.span("value") for m in SCORE.finditer(text, *sentence.span)]
        spans += [m.span() for m in NUMBER_CHAIN.finditer(text, *sentence.span)]
        spans += [m.span() for m in RESULT_NAMED.finditer(text, *sentence.span)]
        spans += [
            m.span("value")
            for m in RECORD_AFTER_VERB.finditer(text, *sentence.span)
            if _record_ends(text, m.end())
        ]
    if "-year-old" in sentence.text:
        if any(char.isdigit() for char in AGE_WORD.sub("", sentence.text)):
            # Beside another figure, an age counts nothing, named or not ("a 36-year-old
            # climber fell 150 metres"): the other figure is what the claim is about. Alone,
            # an unnamed person's age is the claim ("the 30-year-old sergeant").
            spans += [m.span("value") for m in AGE_WORD.finditer(text, *sentence.span)]
        else:
            spans += [
                m.span("value")
                for pattern in (
                    AGE_BEFORE_NAME,
                    AGE_DESCRIBED_BEFORE_NAME,
                    AGE_DESCRIBED_AFTER_NAME,
                    AGE_DESCRIBED_AT_LENGTH,
                )
                for m in pattern.finditer(text, *sentence.span)
            ]
            spans += [
                m.span("value")
                for m in THING_AGE.finditer(text, *sentence.span)
                if _describes_a_thing(text, m)
            ]
    if holds_any(sentence.text, _DEATH_VERBS):
        # "died at 84" is an age, no count of deaths, whoever died ("He was dead at 46").
        spans += [m.span("value") for m in AGE_AT_DEATH.finditer(text, *sentence.span)]
        spans += [m.span("value") for m in _DIED_AT_AN_AGE.finditer(text, *sentence.span)]
    if "aged " in sentence.text:
        # "two men, aged 34 and 41": the ages of those counted, no counts of men. (One age,
        # "The driver, aged 45,", is the description's: ``match.link_described_people``.)
        for ages in _AGED.finditer(text, *sentence.span):
            spans.append(ages.span("ages"))
            spans += [value.span() for value in AGE_VALUE.finditer(text, *ages.span("ages"))]
    if holds_any(sentence.text, _DESCRIBED_AGE_CUES) and "-year-old" in sentence.text:
        spans += [
            m.span("value")
            for m in DESCRIBED_AGE.finditer(text, *sentence.span)
            if _describes_a_person(text, m)
        ]
    if holds_any(sentence.text, _CLOCK_IN_WORDS_CUES):
        # "half past four", "a quarter to nine" and "nine a.m." are times of day, no
        # fractions or counts.
        spans += [m.span() for m in _CLOCK_IN_WORDS.finditer(text, *sentence.span)]
    if holds_any(sentence.text, _VOTE_CUES):
        for m in VOTE_TALLY.finditer(text, *sentence.span):
            spans.append(m.span(_value_group(m)))
    if holds_any(sentence.text, _AGE_STATED_CUES) and AGE_STATED_CORE.search(text, *sentence.span):
        spans += [
            m.span("value")
            for pattern, stated in (
                (AGE_STATED_AFTER_NAME, _stated_of_a_name),
                (AGE_STATED_AFTER_PRONOUN, _stated_of_the_sentence_before),
            )
            for m in pattern.finditer(text, *sentence.span)
            if stated(text, m)
        ]
    for pattern, cues in (
        (PRONOUN_AGE, _PRONOUN_AGE_CUES),
        (PRONOUN_DEATH_AGE, _PRONOUN_DEATH_AGE_CUES),
    ):
        if holds_any(sentence.text, cues):
            spans += [
                m.span("value")
                for m in pattern.finditer(text, *sentence.span)
                if _opens_its_sentence(text, m)
            ]
    return spans


# A distance right before a direction: "55 km (34 miles) west of X" places something;
# "east of X" alone often just names a region.
DISTANCE_BEFORE = re.compile(
    r"\b\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?|mi)\b(?:\s*\([^)]{1,30}\))?\s+$"
)

# Where something lies from a named place: "40 km south of Marrow", "west of the town of X".
DIRECTION = re.compile(
    rf"\b(?P<value>{COMPASS_POINT})(?:ern)?\s+of\s+"
    r"(?:the\s+(?:town|city|village|capital|port|island|provincial\s+capital)\s+of\s+)?"
    r"(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
)

# A person's age beside their name: "32-year-old Englishman Rob Buck fell", "the 36-year-old
# Dunn, who", "Ann Lind, 15, was". The name must end the capitalised run, so "a 25-year-old
# Brookfield man" (a place, then a noun) names no one: punctuation, a regular past tense or
# a word of ``age_name_followers`` (data/measures.json) follows a name.
# A hyphen may join two capitalised parts ("Imelda Farrow-Sykes").
_AGE_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*"
# A particle may stand inside the name: "Fenna de Wit" (``name_particles``).
_AGE_NAME = rf"\b{_AGE_NAME_WORD}(?:\s+{NAME_PARTICLE}{{0,2}}{_AGE_NAME_WORD})?"
# A number of years in digits or in words, up to 99: "36", "nine", "Seventy-six".
_AGE_UNITS = "|".join(w for w, v in CARDINALS.items() if 1 <= v <= 9)
_AGE_VALUE = (
    r"\d{1,3}|(?i:(?:"
    + "|".join(w for w, v in CARDINALS.items() if v in range(20, 100, 10))
    + rf")(?:-(?:{_AGE_UNITS}))?|"
    + "|".join(w for w, v in CARDINALS.items() if 10 <= v <= 19)
    + rf"|{_AGE_UNITS})"
)
AGE_VALUE = re.compile(_AGE_VALUE)
# "then-15-year-old Timmons" is an age at an earlier time, no age now.
_NOT_THEN = r"(?<![Tt]hen-)(?<![Tt]hen\s)"
AGE_BEFORE_NAME = re.compile(
    r"\b"
    + _NOT_THEN
    + r"(?P<value>"
    + _AGE_VALUE
    + r")-year-old\s+(?:[A-Z][a-z]+\s+)*?(?P<title>"
    + _AGE_NAME
    + r")"
    # The follower is part of the phrase: a fact is found again within its phrase.
    r"(?:\s*[,.;:()]|\s+(?:[a-z]+ed|"
    + "|".join(read_data("measures.json")["age_name_followers"])
    + r")\b)"
)
# Any age written as one word: "36-year-old".
AGE_WORD = re.compile(r"\b(?P<value>" + _AGE_VALUE + r")-year-old\b")
# Capitalised words that open a clause or name a day, not a person: "On Tuesday, a
# 29-year-old man", "In June, the 40-year-old".
_NOT_A_NAME = (
    r"(?!(?:"
    + "|".join(
        (
            *(w.capitalize() for w in sorted(CALENDAR_WORDS)),
            *read_data("measures.json")["capitalised_openers"],
        )
    )
    + r")\b)"
)
# Words that cannot describe a person between an age and a name: "a 25-year-old man from
# Harwick" names a place, "the 30-year-old who" no one.
_NOT_A_DESCRIPTION = r"(?!(?:in|at|on|near|from|to|and|or|of|with|for|by|who|whose|that)\b)"
# An age in a description set beside the name it describes: "the 52-year-old singer Calla
# Devereaux", "The 44-year-old captain, Ruben Aldage,", "a 9-year-old girl, Lina Osterhaug.",
# "their 41-year-old guide Tomas Varek", "was 82-year-old retired teacher Edith Marlow".
AGE_DESCRIBED_BEFORE_NAME = re.compile(
    r"\b(?:(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ii]ts)\s+)?"
    + _NOT_THEN
    + r"(?P<value>"
    + _AGE_VALUE
    + r")-year-old\s+"
    rf"(?:{_NOT_A_DESCRIPTION}[a-z]+\s+)?{_NOT_A_DESCRIPTION}[a-z]+(?:,\s+|\s+)"
    rf"{_NOT_A_NAME}(?P<title>{_AGE_NAME})"
    r"(?:\s*[,.;:()]|\s+(?:[a-z]+ed|"
    + "|".join(read_data("measures.json")["age_name_followers"])
    + r")\b)"
)
# A description of a person with what they do or where, then their name after a comma:
# "the 52-year-old supervisor of the night shift at the printing works, Lionel Batterby.",
# "The 47-year-old trainer at the centre of this, Fintan Rourke, has ...". The noun must
# describe a person (``described_people``), and the name end its clause.
AGE_DESCRIBED_AT_LENGTH = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?P<value>"
    + _AGE_VALUE
    + r")-year-old\s+(?P<noun>[a-z]+)\s+(?:of|at|in|on|for|with)\s+[^,.;:()]{1,70}?,\s+"
    rf"{_NOT_A_NAME}(?P<title>{_AGE_NAME})(?=\s*[,.;:]|\s*$)"
)
# The same after the name: "Dario Vesk, the 29-year-old striker".
AGE_DESCRIBED_AFTER_NAME = re.compile(
    rf"{_NOT_A_NAME}(?P<title>{_AGE_NAME}),\s+(?:the|an?|his|her|their"
    # "Mattias Kroll, Vantor's 59-year-old chief executive".
    r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s)\s+"
    r"(?P<value>" + _AGE_VALUE + r")-year-old\b"
)


def in_digits(years: str) -> str:
    """A whole number as digits, whether written so or in words ("Seventy-six" -> "76")."""
    if years.isdigit():
        return years
    value = parse_number(years)
    return str(int(value)) if value is not None else years


def described_ages(text: str) -> set[str]:
    """The ages of people a text describes without naming ("a 36-year-old climber"), as
    written: the ages right before a name ("36-year-old Dana Lind") are left out."""
    if "-year-old" not in text:
        return set()
    return {
        in_digits(match.group("value"))
        for match in AGE_WORD.finditer(text)
        if AGE_BEFORE_NAME.match(text, match.start()) is None
    }


# A full stop that ends a sentence, not a decimal point ("72." but not "7.5").
_SENTENCE_STOP = r"\.(?=\s|$)"
# The age may end the sentence ("..., said retired teacher Maureen Okafor, 72."), or the
# span read, which may stop before the full stop.
_AGE_AFTER_COMMA = rf",\s*(?P<value>{_AGE_VALUE})(?:[,;](?!\d)|{_SENTENCE_STOP}|$)"
AGE_AFTER_NAME = re.compile(rf"{_NOT_A_NAME}(?P<title>{_AGE_NAME}){_AGE_AFTER_COMMA}")
# The part of ``AGE_AFTER_NAME`` after the name: most clauses have a comma, few an age
# after one, and a search for this part skips from comma to comma where the whole pattern,
# which opens with a look-ahead, is tried at every character.
AGE_AFTER_COMMA = re.compile(_AGE_AFTER_COMMA)
# The same with words that say it is an age: "Dale Vorst, who is 41,", "Gareth Pellow, aged
# 47, from", "Ann Lind, aged forty-one", "Dana Whitlow, who is 52 and has worked ...",
# "Pell, who police say is 43,".
# What may follow an age said after a name besides punctuation: "who is 52 and has worked",
# "who is eighty-four and comes from Dunlow".
_AND_GOES_ON_WORDS = r"\s+and\s+(?:has|had|is|was|[a-z]+(?:[^s]s|ed))\b"
_AGE_SAID = (
    r"(?:aged|who['’]s|who\s+(?:(?:police|officials|authorities|prosecutors|investigators)\s+"
    r"(?:say|said)\s+)?(?:is|was))"
)
AGE_SAID_AFTER_NAME = re.compile(
    r"(?P<title>" + _AGE_NAME + r"),\s*" + _AGE_SAID + r"\s+"
    r"(?P<value>" + _AGE_VALUE + r")(?=\s*[,.;:)]|\s*$|" + _AND_GOES_ON_WORDS + ")"
)

# An age at death after the name: "Lena Marsh died at 84", "Lena Marsh, the star of Glass
# Rooms, dies at age 87", "Marsh, who died on Sunday aged 84", "Lena Marsh, dead at 84". Not a
# clock time ("died at 3 p.m.").
_DEATH_VERBS = ("died", "dies", "passed away", "dead at")
# What may not follow an age at a death: a clock time's rest ("died at 4 p.m.", "at 10:40").
_NOT_A_CLOCK = r"(?![:.]?\d|\s*(?:[ap]\.?\s?m\b|o['’]clock|percent|%))"
_DIED_AT_AN_AGE = re.compile(
    r"\b(?:died|dies|dead)\s+(?:at|aged)\s+(?:the\s+age\s+of\s+)?(?P<value>"
    + _AGE_VALUE
    + r")\b"
    + _NOT_A_CLOCK
)
# Ages listed after "aged": "aged 34 and 41", "aged between 16 and 19", "aged 5 to 11".
_AGED = re.compile(
    rf"\baged\s+(?P<ages>(?:between\s+)?(?:{_AGE_VALUE})(?:\s*(?:,|and|to|or|-|–)\s*"
    rf"(?:{_AGE_VALUE}))+)\b{_NOT_A_CLOCK}"
)
AGE_AT_DEATH = re.compile(
    rf"{_NOT_A_NAME}(?P<title>{_AGE_NAME})(?:(?:,\s+[^,.;]{{1,120}},|,\s+who)?\s+(?:has\s+)?"
    r"(?:died|dies|passed\s+away)|,\s+dead)(?:\s+[^,.;\d]{1,40}?)?\s+(?:at|aged)\s+"
    r"(?:the\s+age\s+of\s+|age\s+)?(?P<value>" + _AGE_VALUE + r")\b" + _NOT_A_CLOCK
)

# An age told in a sentence of its own, of the person the sentence before names: "Elena
# Marchbank ... died on Sunday at her home. She was 84." (``_of_the_sentence_before``).
PRONOUN_AGE = re.compile(
    r"\b(?:He|She)\s+(?:was|is)\s+(?:aged\s+)?(?P<value>" + _AGE_VALUE + r")"
    # The age ends its sentence, or a clause joined by "and": "She is 27 and has worked ...".
    r"(?:\s+years\s+old)?(?:\.?\s*$|\s+and\s+(?:has|had|is|was|works|worked|lives|lived)\b)"
)
_PRONOUN_AGE_CUES = ("He was", "She was", "He is", "She is")
# The same told in an aside of a death's sentence: "She died on Tuesday in a hotel room in
# Port Halloran, 64 years old, on the 19th stop of her tour."
PRONOUN_DEATH_AGE = re.compile(
    r"\b(?:He|She)\s+(?:died|passed\s+away)\b[^.;]{0,80}?,\s+(?:aged\s+)?(?P<value>"
    + _AGE_VALUE
    + r")\s+years\s+old\b"
)
_PRONOUN_DEATH_AGE_CUES = ("He died", "She died", "He passed", "She passed")
# The same told by a description that opens a sentence: "Many had lost their savings to
# Dorian Kessler. The 61-year-old financier stood ...", "The 23-year-old finished his third
# season". Up to three words follow the age, to find the noun it describes.
DESCRIBED_AGE = re.compile(
    r"\b[Tt]he\s+(?P<value>" + _AGE_VALUE + r")-year-old\b"
    r"(?:\s+(?P<words>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*))?"
)
_DESCRIBED_AGE_CUES = ("The ", "the ")
# Words that may follow a person's age or name (``age_name_followers``), which say that
# what follows a bare description is its verb: "The 55-year-old is", "The 49-year-old
# stood in the dock", "The 17-year-old from Pellbury".
_AGE_FOLLOWERS = frozenset(read_data("measures.json")["age_name_followers"])
# An age said with "is" or "was": after a name ("Harlan Veltri was 67 and drove a bus",
# "Reddaway is still only 17 years of age") or, inside a sentence, after a pronoun ("Her
# family told us she was 78 and had lived ..."). Without "years old" or "of age" the age
# must end its clause, so that "was 40 minutes late" is none; an age "when" something
# happened is of that time, not the story's.
_AGE_STATED = (
    r"\s+(?:is|was)\s+(?:(?:still|only|just|now|aged)\s+){0,3}(?P<value>" + _AGE_VALUE + r")"
    r"(?P<years>\s+years?\s+(?:old|of\s+age))?(?(years)|(?=\s*[,.;]|\s*$|\s+and\b))"
    # "was 31 when police arrested him": an age at an earlier time.
    r"(?!\s*,?\s*(?:when|at\s+the\s+time)\b)"
)
# The name may be set off by commas: "The first officer, Tomas Brandt, was 31."
AGE_STATED_AFTER_NAME = re.compile(
    rf"{_NOT_A_NAME}(?P<title>{_AGE_NAME})(?:(?<=[a-z'’-]),(?=\s+(?:is|was)\b))?{_AGE_STATED}"
)
AGE_STATED_AFTER_PRONOUN = re.compile(rf"\b(?:he|she){_AGE_STATED}")
# What ``_AGE_STATED`` cannot match without, searched before the whole pattern.
AGE_STATED_CORE = re.compile(_AGE_STATED)
_AGE_STATED_CUES = (" is ", " was ")
# A full name: two or more capitalised words.
_FULL_NAME = re.compile(rf"{_NOT_A_NAME}\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+")


def _sentence_before(text: str, start: int) -> str:
    """The sentence that ends right before ``start`` (``times.sentence_before``)."""
    begin, end = sentence_before(text, start)
    return text[begin:end]


# A singular person's pronoun opening a sentence: "He has 655 rushing yards this season".
_PERSON_PRONOUN_START = re.compile(r"^\W*(?:He|She|His|Her)\b")


def _person_before_pronoun(text: str, sentence: Sentence) -> str:
    """The one name the sentence before gives in full, for a sentence that opens with a
    singular person's pronoun: in "Dorian Kessel carried 22 times on Sunday. He has 655
    rushing yards this season." the yards are Kessel's. '' when that sentence gives no full
    name or several (which of them the pronoun means, the words do not say), or when the
    pronoun speaks (``SPEAKING_PRONOUN``: "She said the company would spend $18 million"
    tells of something else)."""
    if (
        _PERSON_PRONOUN_START.match(sentence.text) is None
        or SPEAKING_PRONOUN.match(sentence.text) is not None
    ):
        return ""
    names = {
        _without_titles(name.group())
        for name in _full_names(_sentence_before(text, sentence.span[0]))
    }
    return names.pop() if len(names) == 1 else ""


def _full_names(sentence: str) -> list[re.Match[str]]:
    """The full names of a sentence past its dateline, in order; a capitalised run after an
    article names no person ("placed on injured reserve by the New Orleans Saints", "a New
    Zealand climber")."""
    dateline = DATELINE.match(sentence)
    return [
        name
        for name in _FULL_NAME.finditer(sentence, dateline.end() if dateline else 0)
        if _ARTICLE_BEFORE.search(sentence, 0, name.start()) is None
    ]


# An article right before a capitalised run: it is no person's name.
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|An?)\s+$")


def _stated_of_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether an age said after a name is a person's: with "years old" or "of age" after
    any name, or after a full name ("Harlan Veltri was 67"; "Turnout was 67." is none)."""
    return bool(match["years"]) or " " in _without_titles(match["title"])


def _stated_of_the_sentence_before(text: str, match: re.Match[str]) -> bool:
    """Whether a pronoun's age inside a sentence is of the person the sentence before
    names: the sentence names no one before the pronoun ("Her family told us she was 78"
    after "one of them was Edna Marlowe"), and the one before names someone."""
    head, before = _head_and_sentence_before(text, match)
    return _FULL_NAME.search(head) is None and bool(_first_person_named(before))


def _of_the_sentence_before(text: str, match: re.Match[str]) -> str:
    """The first full name of the sentence before an age told by a pronoun, past its
    dateline and without a title: the person the article's sentence is about ("Elena
    Marchbank, the actress ..., died on Sunday. She was 84."); '' when it names no one."""
    words = (match.groupdict().get("words") or "").split()
    noun = singular(words[0]) if words and singular(words[0]) in described_people() else ""
    return _first_person_named(_head_and_sentence_before(text, match)[1], noun)


def _head_and_sentence_before(text: str, match: re.Match[str]) -> tuple[str, str]:
    """The text of a match's sentence before it, and the sentence before that one (the
    match's sentence starts where the text before it ends a sentence)."""
    head = _sentence_before(text, match.start() + 1)
    return head, _sentence_before(text, match.start() + 1 - len(head))


def _first_person_named(sentence: str, noun: str = "") -> str:
    """The first full name of a sentence, past its dateline and without a title, that a
    noun of a person describes if any does ("Kestrel United have signed striker Ruben
    Eskel", "outside Brook Road as the club unveiled Ruben Eskel, the striker"), the age's
    own noun if it has one ("The 34-year-old mother" is no description of "half-brothers
    Ana Lopez"), unless that person speaks ("prosecutor Seth Gold said"); ''."""
    # "West Vale Ambulance Service said on Thursday ...": a body's name is nobody's.
    names = [name for name in _full_names(sentence) if person_named(name.group())]
    described = [
        name
        for name in names
        if _described_as(sentence, name) in ((noun,) if noun else described_people())
        and not _SPEAKS_AFTER.match(sentence, name.end())
    ]
    found = next(iter(described or names), None)
    if found is None:
        return ""
    # "Gareth Pellow's time at the club is over": the name, not its possessive.
    return _POSSESSIVE_END.sub("", _without_titles(found.group())).casefold()


_POSSESSIVE_END = re.compile(r"['’]s$")


# A description of a person after a name: ", the striker", ", a retired teacher".
_DESCRIPTION_AFTER = re.compile(r",\s+(?:the|an?)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _described_as(sentence: str, name: re.Match[str]) -> str:
    """The noun that describes a person right before a name ("striker Ruben Eskel") or
    after it, set off by a comma ("Ruben Eskel, the striker"), in the singular; ''."""
    before = _WORD_BEFORE.search(sentence, 0, name.start())
    after = _DESCRIPTION_AFTER.match(sentence, name.end())
    nouns = [singular(found.group(1)) for found in (before, after) if found is not None]
    return next((noun for noun in nouns if noun in described_people()), "")


def _opens_its_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether a pronoun's age is a sentence of its own, right after a sentence that names
    someone."""
    before = text[max(0, match.start() - 3) : match.start()]
    ended = not before.strip() or before.rstrip()[-1] in ".!?\"'”’"
    return (
        ended
        and (not before or before[-1].isspace())
        and bool(_of_the_sentence_before(text, match))
    )


def _describes_a_person(text: str, match: re.Match[str]) -> bool:
    """Whether an age told by a description that opens its sentence is of the person the
    sentence before names: the description is of a person ("the 61-year-old financier"),
    or has no noun at all ("The 23-year-old finished"), not of a thing ("The 100-year-old
    bridge")."""
    words = (match["words"] or "").split()
    nounless = not words or words[0] in _AGE_FOLLOWERS or words[0].endswith("ed")
    # "the 36-year-old LaSalle had": a name after the age is whose it is.
    named_next = not words and _NAME_NEXT.match(text, match.end()) is not None
    if nounless and not named_next and _first_person_of_its_sentence(text, match):
        return True
    of_a_person = nounless or any(singular(word) in described_people() for word in words)
    return of_a_person and _opens_its_sentence(text, match)


def _first_person_of_its_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether an age with no noun inside a sentence ("The Wolves confirmed that the
    48-year-old had been relieved") comes before any name of its sentence (a capitalised
    word after its first, but after "the": "Klitschko put Thompson on the canvas, and the
    40-year-old" may be Thompson), after a sentence that names someone: it tells that
    person's age, as one that opens its sentence does."""
    head = _head_and_sentence_before(text, match)[0].split()
    named = any(
        word[:1].isupper() and before.casefold() != "the" for before, word in pairwise(head)
    )
    return not named and bool(_of_the_sentence_before(text, match))


# A capitalised word right after an age: a name ("the 36-year-old LaSalle had").
_NAME_NEXT = re.compile(r"\s+[A-Z]")


def _describes_a_person_at_length(text: str, match: re.Match[str]) -> bool:
    """Whether ``AGE_DESCRIBED_AT_LENGTH`` matched a description of a person ("the
    52-year-old supervisor of ..."), not of a thing ("the 100-year-old bridge over ...")."""
    return singular(match["noun"]) in described_people()


@cache
def described_people() -> frozenset[str]:
    """Nouns that describe a person after an age (``described_people`` and the phrases'
    ``person_nouns``)."""
    return frozenset(read_data("measures.json")["described_people"]) | PERSON_NOUNS


# The age of a thing told by a description: "The 34-year-old ferry was licensed", "the
# 58-year-old mine", "This forty-eight-year-old dam", or after its name, "The Vela was a
# 22-year-old ship" (the name in group "title"). Which nouns are things is data
# (``_describes_a_thing``).
THING_AGE = re.compile(
    r"(?:\b(?:The\s+)?(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:was|is)\s+an?\s+"
    r"|\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+)"
    r"(?P<value>" + _AGE_VALUE + r")-year-old\s+(?P<noun>[a-z]+)\b(?:\s+(?P<next>[a-z]+))?"
)


@cache
def aged_things() -> frozenset[str]:
    """Nouns of things whose age a description may give (``aged_things`` and
    ``fixed_size_things`` in the measure lexicon)."""
    data = read_data("measures.json")
    return frozenset(data["aged_things"]) | frozenset(data["fixed_size_things"])


def _describes_a_thing(text: str, match: re.Match[str]) -> bool:
    """Whether ``THING_AGE`` matched the age of a thing (``aged_things`` and
    ``fixed_size_things`` in the measure lexicon), not of a person ("the 40-year-old plant
    manager" describes a person by the word after the thing)."""
    return singular(match["noun"]) in aged_things() and (
        match["next"] is None or singular(match["next"]) not in described_people()
    )


def _thing_aged(text: str, match: re.Match[str]) -> str:
    """Which thing an age is of: its name, else the noun that describes it ("ferry")."""
    return match["title"] or singular(match["noun"])


# A vote's tally: "voted 7-4", "passed the plan eight to three", "by a 7-4 vote", "on a
# 7-to-5 vote", "by a vote of 8 to 4", "The vote was 6-3", "backed the plan by 31 votes to
# 14", "Twenty-nine councillors voted in favour and sixteen against".
_TALLY_SIDE = rf"(?:\d{{1,3}}|{_AGE_VALUE})"
# Two sides of a tally joined by a dash or "to", no further digit after them.
# A number of tens and units in words ("eighty-seven") is one number, not a tally, unless
# another side follows it ("seventy-eight to twenty-one").
_UNIT_WORDS = "|".join(w for w, v in CARDINALS.items() if 1 <= v <= 9 and w.isalpha())
_TEEN_WORDS = "|".join(w for w, v in CARDINALS.items() if 10 <= v <= 19 and w.isalpha())
_TENS_WORDS = "|".join(w for w, v in CARDINALS.items() if v in range(20, 100, 10) and w.isalpha())
_TENS_AND_UNITS = rf"(?:{_TENS_WORDS})-(?:{_UNIT_WORDS})\b(?!\s*(?:[-\u2013]|to\s))"
_TALLY = rf"(?!{_TENS_AND_UNITS}){_TALLY_SIDE}\s*(?:[-\u2013]|\s+to\s+)\s*{_TALLY_SIDE}"
_NO_FURTHER_DIGIT = r"\b(?![-\u2013.]?\d)"
VOTE_TALLY = re.compile(
    r"\b(?:voted|voting|passed|approved|adopted|backed|rejected|defeated|carried|endorsed)\b"
    rf"(?:\s+(?:it|the\s+\w+(?:\s+\w+)?|in\s+favou?r|against))?\s+(?:by\s+)?"
    rf"(?P<value>{_TALLY}){_NO_FURTHER_DIGIT}"
    rf"|\b(?:by|on|in)\s+an?\s+(?P<value2>\d{{1,3}}(?:[-\u2013]|-to-)\d{{1,3}})\s+vote\b"
    rf"|\b(?:by\s+an?\s+vote\s+of|vote\s+(?:was|is|stood\s+at|ended))\s+"
    rf"(?P<value5>{_TALLY}){_NO_FURTHER_DIGIT}"
    rf"|\bby\s+(?P<value3>{_TALLY_SIDE}\s+votes?\s+to\s+{_TALLY_SIDE})\b"
    rf"|\b(?P<value4>{_TALLY_SIDE}\s+(?:[a-z]+\s+){{0,2}}voted\s+(?:in\s+favou?r|for)\b"
    rf"[^.;]{{0,40}}?\band\s+{_TALLY_SIDE})\s+(?:voted\s+)?against\b"
    # "with 31 councillors in favour and 19 against", "12 in favour, 3 against".
    # Not an opinion's count: "400 residents were in favour".
    rf"|\b(?P<value6>{_TALLY_SIDE}\s+(?:(?!(?:were|are|was|is)\b)[a-z]+\s+){{0,2}}in\s+favou?r"
    rf"\s*(?:,\s*|\s+and\s+)"
    rf"{_TALLY_SIDE})\s+against\b",
    re.IGNORECASE,
)
_VOTE_CUES: tuple[str, ...] = (
    *("vote", "Vote", "voting", "passed", "approved", "adopted", "backed", "rejected"),
    *("defeated", "carried", "endorsed", "favour", "favor"),
)


def _tally(value: str) -> str:
    """A vote's tally as digits, the larger side first ("eight to three" -> "8-3"): which
    side is which the words around it say, not the order of the figures."""
    words = re.findall(r"\d+|[A-Za-z]+(?:-[A-Za-z]+)?", value)
    # "seven-two" is two sides; "eighty-seven" one number.
    words = [
        part
        for word in words
        for part in ([word] if re.fullmatch(_TENS_AND_UNITS, word.lower()) else word.split("-"))
    ]
    sides = [in_digits(word) for word in words]
    numbers = sorted((int(side) for side in sides if side.isdigit()), reverse=True)
    return "-".join(map(str, numbers[:1] + numbers[-1:])) if len(numbers) >= 2 else value


# What a win-loss record cannot be written without.
_RECORD_CUES = ("-", "\u2013")
# Nor without two digits joined by a dash, as a score and a chain of dashed numbers: most
# sentences with a dash join words with it, and this is far cheaper to search than the
# patterns it guards.
_DASHED_DIGITS = re.compile(r"\d[-\u2013]\d")


# The groups a pattern with several alternatives names its value by, one per alternative.
VALUE_GROUPS = ("value", "value2", "value3", "value4", "value5", "value6")


def _value_group(match: re.Match[str]) -> str:
    """The name of the group that holds a match's value ("value" when none matched)."""
    found = match.groupdict()
    return next((key for key in VALUE_GROUPS if found.get(key)), "value")


def _stated(text: str, match: re.Match[str]) -> bool:
    """Every match of a fact pattern states its fact, unless the pattern says otherwise."""
    return True


def _placed(text: str, match: re.Match[str]) -> bool:
    """A direction places something only with a distance before it ("55 km south of X")."""
    return DISTANCE_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None


def _a_record(text: str, match: re.Match[str]) -> bool:
    """A record match that is no game's score after a team's name (``_is_score``)."""
    return not _is_score(text, match)


def _as_written(value: str) -> str:
    """A fact's value as its pattern read it."""
    return value


def _higher_first(score: str) -> str:
    """A game's score with the higher figure first: "lost to the Rovers, 13-20" and "beat
    the Hawks 20-13" tell one result."""
    points = sorted(map(int, re.split(r"[-\u2013]", score)), reverse=True)
    return "-".join(map(str, points))


def _titled(text: str, match: re.Match[str]) -> str:
    """What a fact is of: the name or post its pattern reads ('' without one)."""
    return match.groupdict().get("title") or ""


def _person_titled(text: str, match: re.Match[str]) -> str:
    """Whose age a fact is: the name its pattern reads without a title before it ("Mrs
    Olsen, who is 58" is Olsen's, as "Margaret Olsen, 52" is)."""
    return _without_titles(_titled(text, match))


def _caused(text: str, match: re.Match[str]) -> str:
    """What a cause is of: the thing it caused ("The fire was started by lightning" and
    "broken bones caused by debris" are causes of two things)."""
    return caused_thing(text, match.start())


class _FactPattern(NamedTuple):
    """A fact a span may assert besides an event's time, and how its match is read."""

    attribute: str
    pattern: re.Pattern[str]
    # Words the pattern cannot match without: a test for them is far cheaper than the
    # pattern (a tuple, not a dict keyed by pattern: hashing a compiled pattern hashes its
    # whole program, which costs more than the test).
    cues: tuple[str, ...]
    # Whether a match states the fact.
    states: Callable[[str, re.Match[str]], bool] = _stated
    # The fact's value from the value the pattern read.
    value: Callable[[str], str] = _as_written
    # What the fact is of.
    of: Callable[[str, re.Match[str]], str] = _titled
    # A pattern that matches within every match of the pattern and is far cheaper to
    # search: a second test, after the cues.
    core: re.Pattern[str] | None = None

    def may_match(self, text: str, span: Span, clause: str) -> bool:
        """Whether the pattern may match in a span (``clause`` is its text): the cheap
        tests of its cues and its core, which never turn away a span it matches in."""
        return holds_any(clause, self.cues) and self.core_may_match(text, span)

    def core_may_match(self, text: str, span: Span) -> bool:
        """Whether the pattern's core, if it has one, matches in a span."""
        return self.core is None or self.core.search(text, *span) is not None


# Facts whose own words say whose they are (``_taken_whom``: a person, a number of people,
# or all those hurt), so no name or place beside them is needed to match them.
FACTS_SAYING_WHOSE = frozenset({"hospital"})
_HOSPITAL_FACT = _FactPattern(
    "hospital",
    TAKEN_TO_HOSPITAL,
    _TAKEN_CUES,
    states=_taken_as_one,
    value=_hospital_name,
    of=_taken_whom,
)
# The facts in the order they are looked for.
_FACT_PATTERNS = (
    _FactPattern("based in", BASED_IN, ("based", "headquartered", "located", "housed", "sited")),
    _FactPattern("site", BUILT_ON, ("built",)),
    _FactPattern("cause", CAUSED_BY, (" by",), of=_caused),
    _FactPattern("leader", POST_HOLDER, ("lead", "run", "head", "chair", "manage")),
    _FactPattern(
        "holder",
        POST_NAMED,
        ("anager", "oach", "hief", "CEO", "COO", "CFO", "hairman", "hairwoman", "irector"),
        states=_current_holder,
        of=_of_post,
    ),
    _FactPattern(
        "winner",
        WINNER,
        ("won", "held", "retained", "kept", "took", "gained", "captured", "clinched"),
    ),
    _FactPattern("vote", VOTE_TALLY, _VOTE_CUES, value=_tally),
    _FactPattern("score", SCORE, _RECORD_CUES, value=_higher_first, core=_DASHED_DIGITS),
    _FactPattern("score", SCORE_NAMED, _RECORD_CUES, value=_higher_first, core=_DASHED_DIGITS),
    _FactPattern("record", RECORD, _RECORD_CUES, states=_a_record, core=_DASHED_DIGITS),
    _FactPattern("age", AGE_BEFORE_NAME, ("-year-old",), value=in_digits, of=_person_titled),
    _FactPattern(
        "age", AGE_DESCRIBED_BEFORE_NAME, ("-year-old",), value=in_digits, of=_person_titled
    ),
    _FactPattern(
        "age", AGE_DESCRIBED_AFTER_NAME, ("-year-old",), value=in_digits, of=_person_titled
    ),
    _FactPattern(
        "age",
        AGE_DESCRIBED_AT_LENGTH,
        ("-year-old",),
        value=in_digits,
        of=_person_titled,
        states=_describes_a_person_at_length,
    ),
    _FactPattern(
        "age",
        AGE_AFTER_NAME,
        (",",),
        value=in_digits,
        of=_person_titled,
        core=AGE_AFTER_COMMA,
    ),
    _FactPattern(
        "age",
        AGE_SAID_AFTER_NAME,
        ("aged", "who ", "who's", "who’s"),
        value=in_digits,
        of=_person_titled,
    ),
    _FactPattern("age", AGE_AT_DEATH, _DEATH_VERBS, value=in_digits, of=_person_titled),
    _FactPattern(
        "age",
        PRONOUN_AGE,
        _PRONOUN_AGE_CUES,
        states=_opens_its_sentence,
        value=in_digits,
        of=_of_the_sentence_before,
    ),
    _FactPattern(
        "age",
        PRONOUN_DEATH_AGE,
        _PRONOUN_DEATH_AGE_CUES,
        states=_opens_its_sentence,
        value=in_digits,
        of=_of_the_sentence_before,
    ),
    _FactPattern(
        "age",
        AGE_STATED_AFTER_NAME,
        _AGE_STATED_CUES,
        states=_stated_of_a_name,
        value=in_digits,
        of=_person_titled,
        core=AGE_STATED_CORE,
    ),
    _FactPattern(
        "age",
        AGE_STATED_AFTER_PRONOUN,
        _AGE_STATED_CUES,
        states=_stated_of_the_sentence_before,
        value=in_digits,
        of=_of_the_sentence_before,
        core=AGE_STATED_CORE,
    ),
    _FactPattern(
        "age",
        DESCRIBED_AGE,
        _DESCRIBED_AGE_CUES,
        states=_describes_a_person,
        value=in_digits,
        of=_of_the_sentence_before,
    ),
    _FactPattern(
        "age",
        THING_AGE,
        ("-year-old",),
        states=_describes_a_thing,
        value=in_digits,
        of=_thing_aged,
    ),
    _FactPattern("direction", DIRECTION, ("north", "south", "east", "west"), states=_placed),
    _HOSPITAL_FACT,
    _FactPattern(
        "who ordered", ORDERED_BY, ("ordered", "commissioned"), value=_giver, of=_order_of
    ),
    _FactPattern("origin", ORIGIN, _ORIGIN_CUES, of=_origin_of),
)


# A name of up to three words, each perhaps with a capital inside ("LaTonya", "MacLeod").
_NAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:[A-Z][a-z]+)?){0,2}"


# The weekdays as written, and the reporting verbs that take a day told beside them.
_WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)
_REPORTED = "said|says|told|announced|confirmed|reported|added|stated"
# A reporting verb right after a name: the one described speaks ("prosecutor Seth Gold said").
_SPEAKS_AFTER = re.compile(rf"\s+(?:{_REPORTED})\b")
# Words that open no description of a person: places, clauses, articles.
_NOT_DESCRIBING = "in|at|on|near|from|to|and|or|the|a|an"
# Up to two words that describe a person before the name, not places or clauses: "signed
# veteran LaTonya Reed", "re-signed RB LaTonya Reed".
_DESCRIPTION = rf"(?:(?!(?:{_NOT_DESCRIBING})\s)(?:[a-z]+|[A-Z]{{2,3}})\s+){{0,2}}"
# A passive auxiliary between a name and its event: "Lind was killed", "Reed, who was
# signed". Without one, the name would be the event's agent ("the Rovers signed ...").
_NAME_TO_EVENT = r"(?:,\s+who)?\s+(?:was|were|has\s+been|had\s+been)\s+"
# A person's age set off by commas after the name: "Ann Lind, 15, was shot".
_AGE_ASIDE = r"(?:,\s*\d{1,3},)?"
# A weekday that opens the clause of an event befalling a named person, before the name and
# what describes it: "On Friday, 36-year-old climber Duncan Rait died". A reporting verb
# among those words ("On Friday, police said Rait ...") takes the day for itself.
_WEEKDAY_OPENING = (
    rf"\b[Oo]n\s+(?P<value4>{_WEEKDAY_NAMES}),\s+(?:(?:an?\s+)?\d{{1,3}}-year-old\s+)?"
    rf"(?:(?!(?:{_NOT_DESCRIBING}|{_REPORTED})\s)(?:[a-z]+|[A-Z]{{2,3}})\s+){{0,2}}"
)
# The day after an event, as ``str.format`` fills in its group's name. A reporting verb
# between them takes the day ("to replace sacked coach Dario Velken, the club said on
# Tuesday": Tuesday is when the club spoke).
_ON_WEEKDAY_VALUE = (
    r"(?:(?!\b(?:" + _REPORTED + r")\b)[^.;:]){{0,40}}?"
    r"\bon\s+(?P<{group}>" + _WEEKDAY_NAMES + r")\b"
)


@cache
def _day_events() -> list[str]:
    """The events whose day ``_event_day`` looks for, in the order it tries them."""
    return sorted(dict(_event_words()).keys() | dict(_event_words("subject_event_days")).keys())


# A participle after an article or a preposition describes the noun after it and reports
# no event of its own: "the founder of collapsed cryptocurrency exchange Vaultis on
# Thursday" (the founder was arrested on Thursday), "the kidnapped aid worker Ann Lind".
_NOT_ATTRIBUTIVE = (
    "(?:(?![A-Za-z-]+ed\\b)|"
    + "".join(
        rf"(?<!\b{word}\s)"
        for word in ("the", "a", "an", "of", "at", "from", "for", "with", "in", "its", "their")
    )
    + ")"
)


@cache
def _event_day_pattern(event: str) -> re.Pattern[str]:
    """The day of one event of a named person or place: "killed Lind on Sunday",
    "the shooting of Ann Lind, 15, on Saturday", "signed veteran Dan Reed (Florida) on
    Tuesday", "Reed, who was signed on Tuesday", or, for events that befall their subject
    (``subject_event_days``), "Ann Vale checked into a clinic on Friday". Event words are
    data (``event_days``).

    Compiled the first time a span holds the event's words: the patterns are long to
    compile, and the words of most events never occur in a run.
    """
    object_words = dict(_event_words())
    subject_words = dict(_event_words("subject_event_days"))
    forms = []
    # What follows the one an event befalls: "was killed", "died".
    befalls = []
    if event in object_words:
        words = object_words[event]
        forms += [
            rf"{_NOT_ATTRIBUTIVE}\b(?:{words})\s+(?:of\s+)?{_DESCRIPTION}(?P<title>{_NAME})\b"
            rf"{_AGE_ASIDE}" + _ON_WEEKDAY_VALUE.format(group="value"),
            rf"\b(?P<title2>{_NAME}){_AGE_ASIDE}{_NAME_TO_EVENT}(?P<deed2>{words})\b"
            + _ON_WEEKDAY_VALUE.format(group="value2"),
        ]
        befalls.append(rf"{_NAME_TO_EVENT}(?:{words})")
    if event in subject_words:
        forms.append(
            rf"\b(?P<title3>{_NAME}){_AGE_ASIDE}\s+(?P<deed3>{subject_words[event]})\b"
            + _ON_WEEKDAY_VALUE.format(group="value3")
        )
        befalls.append(rf"\s+(?:{subject_words[event]})")
    forms.append(_WEEKDAY_OPENING + rf"(?P<title4>{_NAME}){_AGE_ASIDE}(?:{'|'.join(befalls)})\b")
    return re.compile("|".join(forms))


@cache
def _event_word_cues() -> WordIndex:
    """An index of each event's words, as written and with a capital at a sentence's start:
    a span without one of them cannot state the event's day or clock time, and finding them
    all in one pass is far cheaper than the patterns."""
    return WordIndex(
        {
            event: [
                form
                for kind in ("event_days", "subject_event_days")
                for word in measure_data()[kind].get(event, ())
                for told in _told_forms(word)
                for form in (told, told[:1].upper() + told[1:])
            ]
            for event in _day_events()
        }
    )


def _told_forms(words: str) -> tuple[str, ...]:
    """An event's words and, where they are a noun and its past verb ("fire broke out",
    "race began", "body was found"), the same told in a relative clause ("the fire, which
    broke out", "the race, that began")."""
    noun, _, told = words.partition(" ")
    if not told or not (past_verb_lemma(told.split()[0]) or told.startswith(("was ", "were "))):
        return (words,)
    return (words, f"{noun}, which {told}", f"{noun}, that {told}")


def _opening_either_case(word: str) -> str:
    """A word as a pattern whose first letter may be a capital: "Polls closed" opens a
    sentence with the words of "polls closed"."""
    first = word[:1]
    if not first.islower():
        return re.escape(word)
    return f"[{first.upper()}{first}]{re.escape(word[1:])}"


@cache
def _event_words(kind: str = "event_days") -> list[tuple[str, str]]:
    """Each kind of event with a regex alternation of its words (``event_days``, or
    ``subject_event_days``), longest first, each opening in either case."""
    return [
        (
            event,
            "|".join(
                _opening_either_case(form)
                for form in sorted(
                    (form for w in words for form in _told_forms(w)), key=len, reverse=True
                )
            ),
        )
        for event, words in measure_data()[kind].items()
    ]


# What an event day and an event clock time cannot be written without (cheap first tests);
# an event's year has its four digits, and its date a month beside a day.
YEAR = re.compile(r"\b(?:18|19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
# A month before a day and a day before a month are two patterns, not one alternation: each
# then opens with characters the regex engine skips ahead to, instead of trying every place.
_MONTH_THEN_DAY = re.compile(rf"{_MONTH_OPENING}[a-z]*\.?\s+\d")
_DAY_THEN_MONTH = re.compile(
    r"(?:\d(?:st|nd|rd|th)?|(?:st|nd|rd|th)\s+of)\s+"
    rf"{_MONTH_OPENING}"
)
_ON_WEEKDAY = re.compile(r"\b[Oo]n\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# A clock written without digits has one of these words ("half past four" its fractions).
_CLOCK_FRACTIONS = ("half", "quarter")
_AM_PM = ("a.m.", "p.m.")
_CLOCK_WORDS = ("o'clock", "o’clock", "noon", "midnight", *_AM_PM, *_CLOCK_FRACTIONS)


def _without_titles(name: str) -> str:
    """A name without the titles and sentence openers before it ("Coach Dan Merrow"), its
    last word kept whatever it is."""
    words = name.split()
    return " ".join(words[min(leading_titles(words), len(words) - 1) :])


def _events_worded(text: str, span: Span, events: Sequence[str]) -> Iterator[str]:
    """Those of some events, in order, whose words a span holds (``_event_word_cues``): the
    only ones whose patterns can match there."""
    worded = _event_word_cues().keys_in(text, *span)
    return (event for event in events if event in worded)


def _event_day(text: str, span: Span) -> tuple[Fact, Span] | None:
    """The weekday an event of a named person or place happened on, if the span says so."""
    if text.find("day", span[0], span[1]) < 0 or not _ON_WEEKDAY.search(text, span[0], span[1]):
        return None
    for event in _events_worded(text, span, _day_events()):
        match = _event_day_pattern(event).search(text, span[0], span[1])
        if match and match.groupdict().get("title") and _a_word_of_a_name(text, match.start()):
            # "The Avalanche Warning Service": no avalanche befell a "Warning Service".
            continue
        if match and _another_verb_before_the_day(text, match):
            continue
        if match:
            found = match.groupdict()
            value = _value_group(match)
            title = next(
                (found[key] for key in ("title", "title2", "title3", "title4") if found.get(key)),
                "",
            )
            fact = Fact(
                attribute=f"day of {event}",
                value=match.group(value).casefold(),
                span=match.span(value),
                of=_without_titles(title).casefold(),
            )
            return fact, match.span()
    return None


# Verbs that are finite wherever they stand, never a participle after a noun ("a statement
# put out late on Sunday" is one).
_FINITE_VERBS = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "will", "would", "began", "became"}
    | {"came", "went", "fell", "rose", "grew", "gave", "took", "drew", "ran", "saw", "knew"}
)


def _another_verb_before_the_day(text: str, match: re.Match[str]) -> bool:
    """Whether a verb of another deed stands between a named event's words and the weekday
    after them ("the eruption of Mount Askarel rose to five on Wednesday", "Saturday's
    crowd crush outside Ostrey Athletic's Calder Road stadium opened on Tuesday"): the day
    is that deed's. A verb after "and" is the event's own ("was shot and killed on
    Saturday")."""
    value = _value_group(match)
    if value == "value4":
        return False
    found = match.groupdict()
    told = next(key for key in ("title", "deed2", "deed3") if found.get(key))
    words = text[match.end(told) : match.start(value)].casefold().split()
    return any(
        (word.endswith("ed") and word not in _HAPPENED and before != "and") or word in _FINITE_VERBS
        for before, word in zip(["", *words], words, strict=False)
    )


# What may stand between an unnamed event and its weekday ("broke out in the kitchen on
# Sunday", "derailed on a curve near the village of Pellow Cross on Tuesday"): up to ten
# words, none a verb of something else done on that day ("was contained on Monday") or a
# bound ("burning since Monday").
_BETWEEN_EVENT_AND_DAY = r"(?P<between>(?:\s+[A-Za-z0-9'’-]+){0,10}?)"


@cache
def _not_before_an_infinitive() -> str:
    """A pattern to put right after an event's words: it fails where they end in a verb
    that takes an infinitive ("the day shift failed to clock in", "began to sag"), which
    reports no event (``infinitive_verbs`` in data/measures.json). "to" before a noun
    phrase ("surrendered to the police") leaves the event as it is. It fails too where they
    end in a verb that reports the event only without an object (``objectless_event_verbs``:
    "the levee failed at 4 a.m.") and a word follows that is none of those that may follow
    it then (``objectless_followers``): "Jackson failed sobriety tests shortly after 2 a.m."
    reports no collapse."""
    data = measure_data()
    after = "|".join(rf"(?<=\b{verb})" for verb in data["infinitive_verbs"])
    objectless = "|".join(rf"(?<=\b{verb})" for verb in data["objectless_event_verbs"])
    followers = "|".join(data["objectless_followers"])
    determiners = "the|a|an|his|her|its|their|our|my|this|that|these|those"
    return (
        rf"(?!(?:{after})\s+to\s+(?!(?:{determiners})\b)[a-z])"
        rf"(?!(?:{objectless})\s+(?!(?:{followers})\b)[A-Za-z0-9])"
    )


# Past three words between, a word that opens a clause of its own ("broke out in the flat
# where a family had lived since Monday"): the day is that clause's.
_CLAUSE_OPENERS = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "where", "while", "after", "before", "as"}
)
_NOT_BETWEEN = frozenset(
    {"was", "were", "is", "are", "been", "be", "since", "until", "by", "and", "to"}
)
# What opens a weekday written before its event's noun: "the Wednesday bombings".
_BEFORE_NOUN = ("the ", "The ", "this ", "This ", "last ", "Last ")
_HAPPENED = frozenset({"happened", "occurred", "started"})
_WEEKDAY_PART = r"(?:\s+(?P<part{n}>morning|afternoon|evening|night))?"


@cache
def _unnamed_event_day_pattern(event: str) -> re.Pattern[str]:
    """The weekday of a story's one event, named by its words alone: "The fire broke out on
    Thursday afternoon", "derailed late Sunday", "Saturday night's derailment", "the
    Wednesday bombings", "Monday's twin earthquakes". Compiled the first time a span holds the
    event's words."""
    alternation = dict(_event_words())[event]
    return re.compile(
        rf"{_NOT_ATTRIBUTIVE}\b(?P<event>{alternation})\b{_not_before_an_infinitive()}"
        rf"{_BETWEEN_EVENT_AND_DAY}\s+"
        rf"(?:(?P<late>late|early)\s+(?:on\s+)?|on\s+)?"
        rf"(?P<value>{_WEEKDAY_NAMES})\b{_WEEKDAY_PART.format(n=1)}(?!['’]s)"
        rf"|\b(?P<value2>{_WEEKDAY_NAMES}){_WEEKDAY_PART.format(n=2)}(?P<possessive>['’]s)?"
        # A word that makes the event one of several ("Friday's second quake") may not
        # stand between (``occurrence_words``).
        rf"(?:\s+(?!(?:{'|'.join(measure_data()['occurrence_words'])})\b)[a-z]+)?"
        rf"\s+(?P<event2>{alternation})\b"
    )


@cache
def _single_events() -> list[str]:
    """The events a story has one of (``single_events``), in the order of ``event_days``: a
    fire or a derailment named by its words alone is the story's, so its weekday is a fact
    of it. Killings, attacks and blasts may be many in one story, and are left out."""
    single = set(measure_data()["single_events"])
    return [event for event, _ in _event_words() if event in single]


def is_story_event(attribute: str) -> bool:
    """Whether a fact's attribute is the clock time or the weekday of an event a story has
    one of (``_single_events``: "time of fire", "day of robbery", not "time of attack")."""
    return attribute.removeprefix("time of ").removeprefix("day of ") in _single_events()


def _unnamed_event_day(text: str, span: Span) -> tuple[Fact, Span] | None:
    """The weekday of a story's one event named by its words alone, if the span says so.
    The fact's span holds the day as written, with "late" or the part of the day."""
    if text.find("day", span[0], span[1]) < 0:
        return None
    found = [
        (event, match)
        for event in _events_worded(text, span, _single_events())
        if (match := _weekday_of_event(text, span, event))
    ]
    if not found:
        return None
    # As for a clock time: the event whose words are nearest the weekday, the longest of
    # them ("the tornado touched down Saturday evening" is the tornado's, not a landing's).
    event, match = min(found, key=lambda pair: _day_distance(pair[1]))
    group = _value_group(match)
    part = "part1" if group == "value" else "part2"
    opening = "late" if match.group("late") else group
    fact = Fact(
        attribute=f"day of {event}",
        value=match.group(group).casefold(),
        span=(match.start(opening), match.end(part if match.group(part) else group)),
    )
    return fact, match.span()


def _weekday_of_event(text: str, span: Span, event: str) -> re.Match[str] | None:
    """The first match in a span of the weekday of a story's one event, where only a few
    words, and no verb of another event, stand between the two."""
    for match in _unnamed_event_day_pattern(event).finditer(text, span[0], span[1]):
        between = (match.group("between") or "").casefold().split()
        if between and _describes_what_follows(text, match):
            continue
        if match.group("event") and _another_before().search(text, 0, match.start("event")):
            # "a second outage on Wednesday", "another robbery on Friday": one of several.
            continue
        if match.group("event") and _a_word_of_a_name(text, match.start("event")):
            # "The Varden Avalanche Warning Service ... on Saturday": a body's name.
            continue
        if any(
            word in _NOT_BETWEEN
            or word in REPORTING_VERB_WORDS
            or (word.endswith("ed") and word not in _HAPPENED)
            or (len(between) > 3 and word in _CLAUSE_OPENERS)
            for word in between
        ):
            # (Nor a day something was said on, a reporting verb between: "the Avalanche
            # Warning Office said on Monday".)
            continue
        if between and between[-1].endswith(("'s", "’s")):
            # "the avalanche warning office's Thursday bulletin": the day of the owner's thing.
            continue
        if (
            _value_group(match) == "value2"
            and not match.group("possessive")
            and not text[max(0, match.start() - 5) : match.start()].endswith(_BEFORE_NOUN)
        ):
            # "on Monday overturned the conviction": a weekday before a verb.
            continue
        return match
    return None


# A capitalised word right after another: "Avalanche Warning Service", "Flood Relief Fund".
_NAME_GOES_ON = re.compile(rf"[ -](?!(?:{_WEEKDAY_NAMES})\b)[A-Z]")


_WORD_RUN = re.compile(r"\S*")


def _a_word_of_a_name(text: str, start: int) -> bool:
    """Whether the event's word that starts at a position, written with a capital inside
    its sentence, goes on into a name ("The Varden Avalanche Warning Service had rated the
    danger at level 4 on Saturday"): an organisation's, not the event's."""
    word = _WORD_RUN.match(text, start)
    end = word.end() if word else start
    if not text[start].isupper() or _NAME_GOES_ON.match(text, end) is None:
        return False
    before = text[max(0, start - 2) : start]
    return not (start == 0 or before.endswith((". ", "\n")) or before.strip() in {'"', "“"})


# Parts of a show, a game or a building an ordinal picks ("the second act", "the third
# floor"): ``ordered_parts`` in data/measures.json, as a regex alternation.
ORDERED_PARTS = "|".join(read_data("measures.json")["ordered_parts"])


@cache
def _another_before() -> re.Pattern[str]:
    """A word right before an event's noun that makes it one of several ("a second
    outage", ``occurrence_words``), or an ordinal or "another" a few words before on its
    line, none a verb ("a second section of ground collapsed late on Wednesday"), and no
    part of a show or a building right after the ordinal (``ordered_parts``: "in the
    second act the ceiling collapsed")."""
    words = "|".join(measure_data()["occurrence_words"])
    return re.compile(
        rf"\b(?:(?:{words})\s+|(?:second|third|fourth|another|separate)[ ]+(?!(?:{ORDERED_PARTS})\b)"
        r"(?:(?![a-z]+ed\b)[a-z]+[ ]+){1,3})$",
        re.IGNORECASE,
    )


# A determiner right before an event's participle: "inspect the failed tank on Friday".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)


def _describes_what_follows(text: str, match: re.Match[str]) -> bool:
    """Whether an event's word is a participle that describes the noun after it ("the
    failed tank", "a collapsed roof"): the weekday or clock time after that noun dates what
    the sentence does with it ("is expected to inspect the failed tank on Friday",
    "finished replacing a section of the ruptured main at about 3pm"), not the event."""
    event = match.groupdict().get("event")
    if event is None or " " in event or not event.endswith(("ed", "en")):
        return False
    return _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None


# A noun of a place right after an event's word: "past the crash site", "the blast scene".
_PLACE_OF_EVENT = re.compile(r"\s+(?:site|scene|spot|location)\b")


def _names_its_place(text: str, match: re.Match[str]) -> bool:
    """Whether an event's word after a clock time only names where it happened ("reopened
    at 7am on Friday with a single lane past the crash site"): the time is another deed's."""
    end = match.end("event2") if match.groupdict().get("event2") else -1
    return end >= 0 and _PLACE_OF_EVENT.match(text, end) is not None


def _day_distance(match: re.Match[str]) -> tuple[int, int]:
    """How far an event's words lie from its weekday in a match of
    ``_unnamed_event_day_pattern`` (see ``_words_apart``)."""
    group = _value_group(match)
    event = "event" if group == "value" else "event2"
    return _words_apart(match, event, match.start(group), match.end(group))


# The hours of a clock in words, for "nine o'clock this evening".
_CLOCK_HOURS = "|".join(w for w, v in CARDINALS.items() if 1 <= v <= 12 and w.isalpha())
# The part of a day a clock falls in: "this morning", "on Tuesday afternoon", "Monday night".
_EVENT_DAY_PART = (
    rf"(?:{CLOCK_DAY_PART}|(?:(?:on\s+)?(?:{_WEEKDAY_NAMES})|yesterday|today)"
    r"\s+(?:morning|afternoon|evening|night))"
)
# Minutes before or after an hour in words: "twenty past two", "ten to nine".
# Any other count of minutes, in words or digits, says "minutes": "eight minutes to seven",
# "12 minutes past four".
_MINUTE_COUNT = rf"(?:(?:twenty[-\s])?(?:{_UNIT_WORDS})|{_TEEN_WORDS}|[12]?\d)\s+minutes"
_CLOCK_MINUTE_WORDS = rf"(?:(?:five|ten|twenty|twenty[-\s]five)(?:\s+minutes)?|{_MINUTE_COUNT})"
_CLOCK_MINUTE_CUES = (
    *(f"{minutes} {side}" for minutes in ("five", "ten", "twenty") for side in ("past", "to")),
    "minutes past",
    "minutes to",
)
# An hour's half or quarter, or minutes of it, in words: "half past four", "a quarter to
# nine", "twenty past two".
_PAST_OR_TO = (
    rf"(?:half\s+past|(?:a\s+)?quarter\s+(?:past|to)|{_CLOCK_MINUTE_WORDS}\s+(?:past|to))"
    rf"\s+(?:1[0-2]|0?[1-9]|{_CLOCK_HOURS})\b"
    r"(?!\s*(?:%|per\s*cent|percent|hundred|thousand|million|billion"
    # "took 20 minutes to two hours": a span, no clock.
    r"|(?:hours?|minutes?|days?|weeks?|months?|years?|miles?|kilometres?|metres?)\b))"
)
# An hour in words before "a.m." or "p.m.": "nine a.m.", "six p.m."
_HOUR_WORD_AM_PM = rf"(?:{_CLOCK_HOURS})\s+[ap]\.m\b\.?"
_CLOCK_IN_WORDS_CUES = (*_CLOCK_FRACTIONS, *_AM_PM, *_CLOCK_MINUTE_CUES)
# With the hedge the quantity parser takes into a figure ("around twenty past two").
_CLOCK_IN_WORDS = re.compile(
    r"\b(?:(?:approximately|about|around|roughly|nearly|(?:just|shortly|soon)\s+(?:before|after))"
    rf"\s+)?(?:{_PAST_OR_TO}|{_HOUR_WORD_AM_PM})",
    re.IGNORECASE,
)
# A bare hour in words and its part of the day: "eight this morning", "eleven last night".
_HOUR_IN_DAY_PART = rf"\b(?:{_CLOCK_HOURS})\s+{_EVENT_DAY_PART}"
_HOUR_IN_DAY_PART_RE = re.compile(_HOUR_IN_DAY_PART)
# The words one of which every ``_HOUR_IN_DAY_PART`` holds.
_DAY_PART_WORDS = ("morning", "afternoon", "evening", "night")
# The hedges an approximate clock time takes, which a count may take too ("about eight").
_CLOCK_HEDGES = ("approximately", "about", "around", "roughly", "some", "nearly")
# After "at" the hedge is the clock's ("at around seven this morning").
_UNHEDGED = "".join(rf"(?:(?<=\bat\s{hedge}\s)|(?<!\b{hedge}\s))" for hedge in _CLOCK_HEDGES)
_CLOCK = (
    rf"(?P<approx>(?:{'|'.join(_CLOCK_HEDGES)}|"
    r"(?:just|shortly|soon)\s+(?:before|after))\s+)?"
    r"(?P<value>\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b\.?|noon\b|midnight\b"
    rf"|{_HOUR_WORD_AM_PM}"
    rf"|{SPOKEN_CLOCK}(?:\s+(?:[ap]\.m\b\.?|{_EVENT_DAY_PART}))?"
    rf"|(?:\d{{1,2}}[:.]\d\d|(?:\d{{1,2}}|{_CLOCK_HOURS})\s+{O_CLOCK}|{_PAST_OR_TO}"
    # A bare hour in words ("at eight this morning"), not after a hedge that may be a
    # count's ("about eight on Tuesday night").
    rf"|{_UNHEDGED}(?:{_CLOCK_HOURS}))"
    rf"\s+{_EVENT_DAY_PART})"
    r"(?!\.?\s*\(?\s*\d*\s*(?:GMT|UTC))"
)
_CLOCK_CUE = re.compile(
    rf"\d\s*[ap]\.?\s?m\b|[a-z]\s+[ap]\.m\.|noon|midnight"
    rf"|(?:\d[:.]\d\d|{O_CLOCK}|{'|'.join(_CLOCK_FRACTIONS)})\s+\S"
    rf"|\b{_CLOCK_MINUTE_WORDS}\s+(?:past|to)\s"
    rf"|\b{SPOKEN_CLOCK}|{_HOUR_IN_DAY_PART}"
)


# What leads into an event's clock time: "at 4:10 a.m.", "shortly after 11:15 p.m.", "around
# 11:30 p.m." (an approximate time, read by ``_CLOCK``).
_CLOCK_LEAD = (
    r"(?:[Aa]t\s+|(?=(?:(?:just|shortly|soon)\s+(?:before|after)|around|about|approximately"
    r"|roughly)\s))"
)


# A clock time as ``_event_clock_pattern`` reads one, any event's: each of its forms holds
# one. Compiled once, it spares compiling an event's long pattern for a span that has none.
_ANY_EVENT_CLOCK = re.compile(rf"\b(?:{_CLOCK_LEAD}|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+){_CLOCK}")


# What may stand between an event's words and its clock time: up to 100 characters of one
# clause, where a decimal point is no full stop ("approved the $411.8 million plan shortly
# before 11:30 p.m.", "tore through a grain silo at the Harrowby Grain Cooperative at
# 6:42 a.m.").
_EVENT_TO_CLOCK = r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,100}?"


@cache
def _event_clock_pattern(event: str) -> re.Pattern[str]:
    """The clock time of an event: "bombed the camp at 3:20 p.m.", "at about 3 pm, the camp
    was bombed". Times given in GMT or UTC are left out: they need the place's offset.
    Compiled the first time a span holds the event's words (as ``_event_day_pattern``)."""
    clock_first = _CLOCK.replace("?P<approx>", "?P<approx2>").replace("?P<value>", "?P<value2>")
    clock_before = _CLOCK.replace("?P<approx>", "?P<approx3>").replace("?P<value>", "?P<value3>")
    alternation = dict(_event_words())[event]
    return re.compile(
        rf"\b(?P<event>{alternation})\b{_not_before_an_infinitive()}{_EVENT_TO_CLOCK}\b"
        rf"{_CLOCK_LEAD}{_CLOCK}|\b{_CLOCK_LEAD}{clock_first}{_EVENT_TO_CLOCK}\b"
        rf"(?P<event2>{alternation})\b"
        rf"{_not_before_an_infinitive()}"
        # The clock as the event's attribute: "The 5.30pm kick-off", "the 2 a.m. blast".
        rf"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+{clock_before}\s*(?P<event3>{alternation})\b"
    )


MINUTES_PER_DAY = 24 * 60


@cache
def _all_events() -> list[str]:
    """Every event of ``event_days``, in data order."""
    return [event for event, _ in _event_words()]


@cache
def _clock_events() -> list[str]:
    """The events ``_event_clock`` looks for, in order: every event of ``event_days`` but
    those no one gives a clock time for (``events_without_clock_time``: a player is signed
    on a day, and "the wind picked up shortly before midnight" signs no one)."""
    without = set(measure_data()["events_without_clock_time"])
    return [event for event, _ in _event_words() if event not in without]


# The minutes of an hour's part in words ("twenty past two"), by its words run together.
_PAST_MINUTES = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20, "twentyfive": 25}


def _clock_minutes(clock: str) -> int:
    """Minutes after midnight of "3:20 p.m.", "3 pm", "11:30 a.m.", "noon", "midnight",
    "half past four this morning", "a quarter to nine in the evening" or "twenty to twelve
    yesterday morning"."""
    clock = clock.casefold()
    if clock.startswith(("noon", "midnight")):
        return 12 * 60 if clock.startswith("noon") else 0
    offset = 0
    if fraction := re.match(
        rf"(half|(?:a\s+)?quarter|twenty[-\s]five|five|ten|twenty|{_MINUTE_COUNT})(?:\s+minutes)?"
        r"\s+(past|to)\s+",
        clock,
    ):
        said = fraction.group(1).removesuffix("minutes").strip()
        offset = _PAST_MINUTES.get(re.sub(r"^a\s+|[-\s]", "", said)) or int(parse_number(said) or 0)
        offset = offset if fraction.group(2) == "past" else -offset
        clock = clock[fraction.end() :]
    if spoken := SPOKEN_CLOCK_RE.match(clock):
        # "seven fifteen", "six oh five": the minutes said after the hour.
        hour_said, minute_words = re.split(r"[\s-]+", spoken.group(), maxsplit=1)
        said = parse_number(re.sub(r"^oh[-\s]*", "", minute_words)) or 0
        clock = f"{hour_said}:{int(said):02d}{clock[spoken.end() :]}"
    # "9.15am" is written with a full stop where "9:15am" has a colon; "nine o'clock" in words.
    hour_word = re.match(r"[a-z]+", clock)
    if hour_word is not None:
        # "one" is a number here, which ``in_digits`` leaves as a pronoun may be.
        clock = str(CARDINALS.get(hour_word.group(), 0)) + clock[hour_word.end() :]
    hours, _, rest = re.sub(r"^(\d+)\.(?=\d)", r"\1:", clock).partition(":")
    minutes = int(re.match(r"\d*", rest).group() or 0) if rest else 0  # type: ignore[union-attr]
    said_hour = int(re.match(r"\d+", hours).group())  # type: ignore[union-attr]
    hour = said_hour % 12
    if said_hour == 12 and "night" in clock:
        # "ten past twelve last night" is 00:10, "twenty to twelve last night" 23:40.
        hour = 0
    elif re.search(r"\d\s*p|afternoon|evening|night", clock):
        hour += 12
    elif offset < 0 and said_hour == 12 and re.search(r"morning|\d\s*a", clock):
        # "twenty to twelve yesterday morning" is 11:40, before noon.
        hour = 12
    return (hour * 60 + minutes + offset) % MINUTES_PER_DAY


# A superlative that picks one of several before a figure or an event's words: "the
# strongest of them", "the largest of which".
ONE_OF_SEVERAL = re.compile(r"\b[a-z]{2,}est\s+of\s+(?:them|these|those|which)\b(?:[^.;:]|\.\d)*$")


def _event_clock(text: str, span: Span) -> tuple[Fact, Span] | None:
    """The clock time an event happened at ("~15:00" when approximate), if the span says so."""
    if not _CLOCK_CUE.search(text, span[0], span[1]) or not _ANY_EVENT_CLOCK.search(
        text, span[0], span[1]
    ):
        return None
    found = [
        (event, match)
        for event in _events_worded(text, span, _clock_events())
        if (match := _clock_of_the_event(text, span, event))
        and not _names_an_alert(text, match)
        and not _describes_what_follows(text, match)
        and not _names_its_place(text, match)
    ]
    if not found:
        return None
    # The event whose words are nearest the clock ("erupted at 4:15 a.m. on Tuesday, killing
    # two": the eruption's, not the killing's), the longest of them ("clashes erupted", not
    # "erupted"); the first in data order on a tie.
    event, match = min(found, key=lambda pair: _clock_distance(pair[1]))
    if _another_verb_clocked(text, match):
        return None
    if ONE_OF_SEVERAL.search(text, max(span[0], match.start() - 50), match.start()):
        # "more than 140 aftershocks, the strongest of them a magnitude 5.2 tremor at 9:05
        # a.m.": one of several events, not the story's one.
        return None
    group = _value_group(match)
    approx = match.group("approx") or match.group("approx2") or match.group("approx3")
    value = _clock_value(match.group(group), bool(approx))
    fact = Fact(attribute=f"time of {event}", value=value, span=match.span(group))
    return fact, match.span()


def _names_an_alert(text: str, match: re.Match[str]) -> bool:
    """Whether an event's word only names the alert of it ("issued a tornado warning for
    Hollowell at 6:29 p.m.", "the fire alarm sounded at 2.10 a.m."; ``alert_nouns``): the
    clock time is the alert's, not the event's."""
    group = next((name for name in ("event", "event2", "event3") if match.group(name)), None)
    if group is None:
        return False
    after = _WORD_AFTER.match(text, match.end(group))
    return after is not None and after.group(1).casefold() in _alert_nouns()


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


@cache
def _alert_nouns() -> frozenset[str]:
    return frozenset(measure_data()["alert_nouns"])


def _another_verb_clocked(text: str, match: re.Match[str]) -> bool:
    """Whether a clock time after an event told by a verb is another verb's: a comma stands
    between them, and the clock's own clause has a past verb of no event before it ("closed
    for about four hours while an air ambulance landed, reopened at 9.50am": the reopening's
    time). An event told by a noun may have its verb there ("The distress call ..., came in
    at 1:55 a.m."), and so may an event's own verb ("..., and it struck at 3:52")."""
    event = match.group("event")
    if event is None or not past_verb_lemma(event.split()[-1].casefold()):
        return False
    clock = match.start(_value_group(match))
    if "," not in text[match.end("event") : clock]:
        return False
    words = _clause_words_before(text, match.end("event"), clock)
    if not words or any(_events_worded(text, (words[0][1], clock), _all_events())):
        return False
    return any(
        (verb := past_verb_lemma(word.casefold())) and verb not in verbs_of_no_event()
        for word, _ in words
    )


def _clock_value(clock: str, approximate: bool) -> str:
    """A clock time as a fact's value: "HH:MM", with "~" before it when approximate."""
    minutes = _clock_minutes(clock)
    return f"{'~' if approximate else ''}{minutes // 60:02d}:{minutes % 60:02d}"


# A clock time after "at" or a hedge: what ``_action_clock`` looks for.
_LED_CLOCK = re.compile(rf"\b{_CLOCK_LEAD}{_CLOCK}")
# Where the words of a clock time's clause begin, looking back from the clock.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014\"\u201c\u201d]")
# How many words before a clock time its verb may stand ("struck the rear of a slow-moving
# freight train at 7:42 a.m." has seven between).
ACTION_REACH = 9
# Auxiliaries between a subject and its verb ("The five were handed over").
_AUXILIARIES = frozenset("was were is are been being be had has have".split())


@cache
def verbs_of_no_event() -> frozenset[str]:
    """Lemmas of verbs whose clock time is no event's (``verbs_of_no_event``, and every
    reporting verb): "said at 6 p.m.", "was at 9 a.m."."""
    reporting = {past_verb_lemma(verb) or verb for verb in REPORTING_VERBS}
    return frozenset(measure_data()["verbs_of_no_event"]) | reporting


def _action_clock(text: str, span: Span) -> tuple[Fact, Span] | None:
    """The clock time of what a past verb tells, for an event the list of ``event_days``
    does not name: "The five were handed over at about 4 a.m." gives 'time of hand over'
    ('~04:00'), of the five. The fact is of the verb's object or, with none, of its
    subject's head word, so that two articles' times meet only for one verb of one
    thing; a time with neither (a pronoun subject, a clause cut at a comma) gives none.
    The verb is the nearest past form (``nlp.past_verb_lemma``) within ``ACTION_REACH``
    words of the clock and in its clause, with a particle after it (``verb_particles``)."""
    for match in _LED_CLOCK.finditer(text, span[0], span[1]):
        words = _clause_words_before(text, span[0], match.start())
        if words and words[0][0].casefold() in _RELATIVE_PRONOUNS:
            # "The race, which went off at 2.50pm": the relative clause's subject is the
            # noun before its comma.
            antecedent = _WORD_BEFORE_COMMA.search(text, span[0], words[0][1])
            if antecedent is not None:
                words[0] = (antecedent.group(1), antecedent.start(1))
        fact = _clock_of_nearest_verb(text, words[-ACTION_REACH:], match)
        if fact is not None:
            return fact
    return None


# Pronouns that open a relative clause on the noun before its comma.
_RELATIVE_PRONOUNS = frozenset(("which", "that"))
# The word right before a comma, at the end of a stretch: "The race, ".
_WORD_BEFORE_COMMA = re.compile(r"([A-Za-z][\w'’-]*),\s*$")


def _clause_words_before(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The words (word, start) of the clause that ends at ``end``, from ``start`` on: those
    after the last comma, bracket, dash or quotation mark."""
    breaks = [found.end() for found in _CLAUSE_BREAK.finditer(text, start, end)]
    return [
        (found.group(), found.start()) for found in WORD.finditer(text, max([start, *breaks]), end)
    ]


def is_action_clock(fact: Fact | None) -> bool:
    """Whether a fact is the clock time of what a verb tells (``_action_clock``): those,
    unlike an event's of ``event_days``, name what the verb acted on."""
    return fact is not None and fact.attribute.startswith("time of ") and bool(fact.of)


def action_actor(text: str, claim: Claim) -> str:
    """Who did what an action clock's claim tells, when its clause names a doer before the
    verb and the fact is of the verb's object ("Race officials stopped the race at
    10.20am": 'official'); '' for none, a pronoun, or a fact of the subject itself.

    :param text: the text of the claim's source
    """
    assert claim.fact is not None
    words = [
        w.casefold()
        for w, _ in _clause_words_before(text, claim.sentence_span[0], claim.fact.span[0])
    ]
    verb = next((i for i in range(len(words) - 1, -1, -1) if past_verb_lemma(words[i])), None)
    if verb is None:
        return ""
    doers = [word for word in words[:verb] if word not in _AUXILIARIES]
    if not doers or not doers[-1].isalpha() or doers[-1] in stop_words():
        return ""
    return "" if doers[-1] == claim.fact.of else singular(doers[-1])


@cache
def _verb_particles() -> frozenset[str]:
    """Words after a verb that belong to it (``verb_particles``: "handed over")."""
    return frozenset(measure_data()["verb_particles"])


@cache
def _event_verb_kinds() -> dict[str, str]:
    """The kind of event each verb tells (``event_verb_kinds``: "halt" and "suspend" are
    'stop'), by its lemma and particle."""
    return {
        verb: kind for kind, verbs in measure_data()["event_verb_kinds"].items() for verb in verbs
    }


def _event_verb_kind(verb: str) -> str:
    """A verb's kind of event (``_event_verb_kinds``), or the verb itself ("hand over")."""
    return _event_verb_kinds().get(verb, verb)


def _clock_of_nearest_verb(
    text: str, words: list[tuple[str, int]], match: re.Match[str]
) -> tuple[Fact, Span] | None:
    """The fact of ``_action_clock`` for one clock time, from the words of its clause
    before it ((word, start) pairs), or None."""
    particles = _verb_particles()
    for index in range(len(words) - 1, -1, -1):
        word = words[index][0].casefold()
        lemma = past_verb_lemma(word)
        if not lemma:
            continue
        if lemma in verbs_of_no_event() or word in _AUXILIARIES:
            return None
        rest = [w.casefold() for w, _ in words[index + 1 :]]
        particle = rest[0] if rest and rest[0] in particles else ""
        of = (
            _object_head(text, words[index + 1 + bool(particle)][1], match.start())
            if len(rest) > bool(particle)
            else ""
        )
        start = words[index][1]
        if not of:
            # The subject's head word, before any auxiliary; the phrase begins with it, so
            # that the phrase alone reads as the same fact.
            subject = [pair for pair in words[:index] if pair[0].casefold() not in _AUXILIARIES]
            if subject and subject[-1][0].isalpha():
                of, start = subject[-1][0].casefold(), subject[-1][1]
        if not of or of in PHRASE_STOPWORDS or (of in stop_words() and of not in CARDINALS):
            # Nothing, or a pronoun ("He left at 5 p.m."); a number word counts people.
            return None
        value = _clock_value(match.group("value"), bool(match.group("approx")))
        attribute = f"time of {_event_verb_kind(f'{lemma} {particle}'.strip())}"
        fact = Fact(attribute=attribute, value=value, span=match.span("value"), of=of)
        return fact, (start, match.end())
    return None


# Words before an event's noun that make it the setting of another thing's time: "sailed at
# 5:40 a.m. on the first morning of the walkout", "left before the strike".
_SETTING_OF_EVENT = re.compile(
    r"\b(?:of|before|during|after|since|until)\s+(?:the|a|an|its|their|this)\s+$", re.IGNORECASE
)


def _clock_of_the_event(text: str, span: Span, event: str) -> re.Match[str] | None:
    """The first match in a span of an event's clock time whose event words are the event
    itself, not, after the clock, the time of something else set in it ("sailed at 5:40
    a.m. on the first morning of the walkout")."""
    for match in _event_clock_pattern(event).finditer(text, span[0], span[1]):
        if _value_group(match) != "value2":
            return match
        start = match.start("event2")
        if not _SETTING_OF_EVENT.search(text, max(span[0], start - 30), start):
            return match
    return None


def _clock_distance(match: re.Match[str]) -> tuple[int, int]:
    """How far an event's words lie from its clock time, its hedge included, in a match of
    ``_event_clock_pattern`` (see ``_words_apart``)."""
    group = _value_group(match)
    suffix = group.removeprefix("value")
    approx = "approx" + suffix
    clock_start = match.start(approx) if match.group(approx) else match.start(group)
    return _words_apart(match, "event" + suffix, clock_start, match.end(group))


def _words_apart(match: re.Match[str], event: str, start: int, end: int) -> tuple[int, int]:
    """How far the event's words (group ``event``) lie from a time at ``start:end`` in a
    match, in characters between them, and minus their length: the nearest event, then the
    longest, is the time's. A participle past a comma after the time tells what the event
    did ("exploded beneath the suburb at about 6:40 p.m. on Tuesday, killing three"): it is
    farther than any text, so the verb before the time keeps it."""
    if match.start(event) < start:
        between = start - match.end(event)
    else:
        between = match.start(event) - end
        if "," in match.string[end : match.start(event)] and match.group(event).endswith("ing"):
            between += len(match.string)
    return between, -(match.end(event) - match.start(event))


# Verbs of one event that share an attribute: "opened" and "inaugurated".
EVENT_ATTRIBUTES = {
    "opened": "opened",
    "inaugurated": "opened",
    "launched": "opened",
    "founded": "founded",
    "established": "founded",
    "incorporated": "founded",
    "created": "founded",
    "formed": "founded",
    "set up": "founded",
    "completed": "completed",
    "built": "completed",
    "held": "held",
    "started": "started",
    "began": "started",
    "struck": "happened",
    "broke into": "happened",
    "broke out": "happened",
    "happened": "happened",
    "occurred": "happened",
    "took effect": "started",
    "take effect": "started",
    "takes effect": "started",
    "kick in": "started",
    "kicks in": "started",
    "come into force": "started",
    "comes into force": "started",
    "came into force": "started",
    "burned": "happened",
    "won": "won",
    # "was awarded the contract in 2021" tells what "won the contract in 2022" does.
    "awarded": "won",
    # Events named by their nouns (``EVENT_NOUN_YEAR``).
    "founding": "founded",
    "establishment": "founded",
    "creation": "founded",
    "election": "elected",
    "opening": "opened",
    "open": "opened",
    "opens": "opened",
    "reopen": "reopened",
    "reopens": "reopened",
    "close": "closed",
    "closes": "closed",
    "start": "started",
    "starts": "started",
    "begin": "started",
    "begins": "started",
    "end": "ended",
    "ends": "ended",
    "launch": "opened",
    "inauguration": "opened",
    "come in": "started",
    "comes in": "started",
    "came in": "started",
    "take place": "held",
    "takes place": "held",
    "took place": "held",
    "go on sale": "on sale",
    "goes on sale": "on sale",
    "went on sale": "on sale",
    "appointment": "appointed",
    "in stores": "on sale",
    "shut": "closed",
    "shuts": "closed",
    "shut down": "closed",
    "shuts down": "closed",
    "found": "discovered",
    "detected": "discovered",
    "spotted": "discovered",
    "uncovered": "discovered",
    "hit shelves": "on sale",
    "hits shelves": "on sale",
}
# Words a verb of ``EVENT_DATE`` may hold that say nothing of its event: "hits the store
# shelves" is "hits shelves".
_EVENT_VERB_FILLER = re.compile(r"\b(?:the|store) ")


def _event_attribute(verb: str) -> str:
    """The attribute an event's verb (as ``EVENT_DATE`` or ``EVENT_YEAR`` found it) names:
    'opened' for "inaugurated", 'on sale' for "hits the store shelves"; else the verb."""
    return EVENT_ATTRIBUTES.get(_EVENT_VERB_FILLER.sub("", verb), verb)


class LineIndex:
    """Turns character offsets into 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        """Record where each line starts.

        :param text: the whole source text
        """
        self.starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column (both 1-based) of a character offset."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def claim_id(source_id: str, span: Span) -> str:
    """A short id that stays the same while the source and span do."""
    digest = hashlib.sha1(f"{source_id}\0{span[0]}\0{span[1]}".encode()).hexdigest()
    return f"c{digest[:10]}"


def _trim(text: str, start: int, end: int) -> Span:
    """Shrink a span past surrounding spaces, commas and dashes."""
    strip = " \t\r\n,;:\u2013\u2014-"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip + ".":
        end -= 1
    return start, end


# A span of time counted by a bound on a measurement: "the ninth consecutive day above 35C",
# "nights below freezing", "hours over 100 decibels".
_THRESHOLD_BEFORE = re.compile(r"\b(?:days?|nights?|hours?|weeks?|months?)\s+$", re.IGNORECASE)
_THRESHOLD_QUALIFIERS = ("over", "under")


# A level something waits for, not one it is at: "will stay in place until the reservoir
# recovers to at least 40 percent", "once the river drops to 3 metres".
_AWAITED_LEVEL_BEFORE = re.compile(
    r"\b(?:until|unless|once|before)\b[^,.;:]{0,50}?\b(?:reach(?:es)?|hits?|recovers?\s+to"
    r"|rises?\s+(?:back\s+)?to|returns?\s+to|falls?\s+(?:back\s+)?to|drops?\s+(?:back\s+)?to"
    r"|(?:is|are|gets?)\s+back\s+(?:to|at|above|below))\s+$",
    re.IGNORECASE,
)
# How far before a figure its awaited level's words may start, and words they hold.
_AWAITED_REACH = 80
_AWAITED_CUES = ("until", "unless", "once", "before")


def _is_awaited_level(text: str, quantity: Quantity) -> bool:
    """Whether a figure is a level a condition waits for ("until the reservoir recovers to
    at least 40 percent"): no reading of its own, however its bound is written."""
    start = quantity.span[0]
    reach = max(0, start - _AWAITED_REACH)
    if not holds_any(text[reach:start].lower(), _AWAITED_CUES):
        return False
    return _AWAITED_LEVEL_BEFORE.search(text, reach, start) is not None


# A level set as a rule right before a figure: "the state's advisory level of 8
# micrograms", "the legal limit is 80 milligrams" (``norm_phrases`` in data/measures.json);
# where the rule holds may stand between ("The speed limit on this stretch is 40 km/h").
_NORM_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(
        phrase.replace(" ", r"\s+")
        for phrase in sorted(read_data("measures.json")["norm_phrases"], key=len, reverse=True)
    )
    + r")(?:\s+(?:on|in|at|for|along|through)(?:\s+[\w'’-]+){1,3}?)?"
    + r"\s+(?:of|is|was|at|set\s+at)\s+(?:(?:about|around|some|just|only)\s+)?$",
    re.IGNORECASE,
)
# How far before a figure its norm's words may start, and the last words of those phrases,
# one of which the words before the figure must hold (a substring test, far cheaper than
# the pattern on every figure).
_NORM_REACH = 40
_NORM_CUES = tuple(
    sorted({phrase.split()[-1] for phrase in read_data("measures.json")["norm_phrases"]})
)


def _in_a_name(text: str, quantity: Quantity) -> bool:
    """Whether a number written as a capitalised word ends a name begun by another
    capitalised word ("has told Vale Nine that", "Channel Four's newsroom"): part of a
    name, no count."""
    surface = quantity.surface
    if quantity.kind != "count" or not (surface[:1].isupper() and surface.isalpha()):
        return False
    return (
        _NAME_WORD_BEFORE.search(text, max(0, quantity.span[0] - 30), quantity.span[0]) is not None
    )


# "the two trams", "The two trams": a count right after "the".
_THE_BEFORE = re.compile(r"\b(?P<t>[Tt])he\s+$")
_A_FEW_WORDS = frozenset(w for w, v in CARDINALS.items() if 2 <= v <= 10 and w.isalpha())
# The plural noun after a few, not told apart by a relative clause: "the two generators
# that did start" says how many started, a claim of its own.
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?[a-z-]+s\b(?!\s+(?:that|which|who)\b)")


def _without_known_few(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The figures without a few things named after "the" when another figure follows in the
    sentence ("VMT estimated the damage to the two trams and the overhead lines at 2.4
    million euros"): the story already knows them, and the sentence's claim is the later
    figure, whose clause would otherwise be cut at the few. Inside the sentence only: one
    that opens "The two dissenting members preferred a 25 basis point rise" tells of them."""
    out: list[Quantity] = []
    for index, quantity in enumerate(quantities):
        the = _THE_BEFORE.search(text, max(0, quantity.span[0] - 4), quantity.span[0])
        if (
            quantity.kind == "count"
            and quantity.surface.casefold() in _A_FEW_WORDS
            and the is not None
            and the["t"] == "t"
            and _PLURAL_AFTER.match(text, quantity.span[1])
            and any(is_anchor(later) for later in quantities[index + 1 :])
        ):
            continue
        out.append(quantity)
    return out


# A capitalised word inside a sentence right before: "(has told) Vale (Nine)".
_NAME_WORD_BEFORE = re.compile(r"[a-z,][ \t]+[A-Z][a-z]+[ \t]+$")


# A possessive pronoun right before a count, and one's children or siblings right after
# it: "brought her two sons to the library", "his three children".
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your|whose)\s+$", re.IGNORECASE)
_RELATIVES_AFTER = re.compile(
    r"\s+(?:young\s+|teenage\s+|grown\s+|adult\s+)?(?:sons|daughters|children|kids|"
    r"grandchildren|brothers|sisters|siblings|boys|girls)\b"
)


def _in_a_family(text: str, quantity: Quantity) -> bool:
    """Whether a count tells someone's family ("her two sons", "his three children"): who
    they are, no count of the story's."""
    return (
        quantity.kind == "count"
        and _POSSESSIVE_BEFORE.search(text, max(0, quantity.span[0] - 8), quantity.span[0])
        is not None
        and _RELATIVES_AFTER.match(text, quantity.span[1]) is not None
    )


# A person's noun and an age set off after it: " firefighter, a twenty-nine-year-old".
_NOUN_THEN_AGE = re.compile(r"\s+[a-z]+,\s+an?\s+[\w-]+-year-old\b")


def _one_described(text: str, quantity: Quantity) -> bool:
    """Whether a count of one introduces a person its words go on to describe ("One
    firefighter, a twenty-nine-year-old from Ostrey station, was also checked over"): who
    that person is, no count of the story's firefighters."""
    return quantity.value == 1 and _NOUN_THEN_AGE.match(text, quantity.span[1]) is not None


def _is_house_number(text: str, quantity: Quantity) -> bool:
    """Whether a figure in digits is a house number before a street's name ("at 18 Quillan
    Street"): an address, no count."""
    return (
        quantity.kind == "count"
        and quantity.surface.isdigit()
        and STREET_AFTER.match(text, quantity.span[1]) is not None
    )


def _is_norm(text: str, quantity: Quantity) -> bool:
    """Whether a figure is a level set as a rule (``_NORM_BEFORE``), not a reading: "far
    above the state's advisory level of 8 micrograms" gives no second value of the toxin."""
    start = quantity.span[0]
    reach = max(0, start - _NORM_REACH)
    if not may_hold_ignoring_case(text[reach:start], _NORM_CUES):
        return False
    return _NORM_BEFORE.search(text, reach, start) is not None


# A bare hour in words after a word that leads into a time, ending its clause or followed by
# its part of the day: "she rang me at seven.", "some time after three, police said", "open
# until six this evening". The hedged leads ("shortly after") hold a word before "after".
_HOUR_LEAD_BEFORE = re.compile(
    r"\b(?:at|until|till|since|(?:shortly|just|soon|time|long|little)\s+(?:after|before))\s+"
    rf"(?:(?:{'|'.join(_CLOCK_HEDGES)})\s+)?$",
    re.IGNORECASE,
)
_HOUR_END_AFTER = re.compile(
    r"\s*(?:[,.;:!?\u2014]|$)|\s+(?:this\s+(?:morning|afternoon|evening)|tonight|(?:last|at)\s+night"
    r"|tomorrow|in\s+the\s+(?:morning|afternoon|evening)|sharp)\b"
    # "rang me at seven and said": a new clause, not a number's second part.
    rf"|\s+(?:and|but|when|as)\s+(?!(?:a|an|half|{_CLOCK_HOURS})\b|\w+(?:teen|ty)\b)"
)
# How far before an hour the words of its clause are read for a level's verb.
_HOUR_CLAUSE_REACH = 60


def _is_clock_hour(text: str, quantity: Quantity) -> bool:
    """Whether a count in words from one to twelve is an hour of the clock ("knocked at
    six.", "until eight tonight"): a time, no count. Not after a word that makes it a level
    (``level_at_words``: "the toll stood at two.", "tied at two") nor in a clause of an
    estimating verb ("put the number of injured at six")."""
    # The surface may hold the figure's hedge ("around seven").
    *hedges, surface = quantity.surface.lower().split() or [""]
    if (
        quantity.kind != "count"
        or surface not in _CLOCK_HOUR_WORDS
        or any(hedge not in _CLOCK_HEDGES for hedge in hedges)
    ):
        return False
    start, end = quantity.span
    lead = _HOUR_LEAD_BEFORE.search(text, max(0, start - 20), start)
    if lead is None or _HOUR_END_AFTER.match(text, end) is None:
        return False
    clause = re.split(r"[,;:.!?]", text[max(0, start - _HOUR_CLAUSE_REACH) : lead.start()])[-1]
    words = re.findall(r"[a-z'’]+", clause.lower())
    estimating = measure_data()["estimate_verbs"]
    return not (words and words[-1] in _level_at_words()) and not any(
        word in estimating
        or past_verb_lemma(word) in estimating
        or present_verb_lemma(word) in estimating
        for word in words
    )


_CLOCK_HOUR_WORDS = frozenset(_CLOCK_HOURS.split("|"))


@cache
def _level_at_words() -> frozenset[str]:
    """``level_at_words`` of data/measures.json."""
    return frozenset(measure_data()["level_at_words"])


def _is_threshold(text: str, quantity: Quantity) -> bool:
    """Whether a measurement bounds what a span of time counts ("the ninth day above 35C"):
    a threshold, not a reading, so no claim of its own."""
    return (
        quantity.kind in DIMENSION_KINDS
        and quantity.qualifier in _THRESHOLD_QUALIFIERS
        and _THRESHOLD_BEFORE.search(text, max(0, quantity.span[0] - 12), quantity.span[0])
        is not None
    )


def primary_quantity(claim: Claim) -> Quantity | None:
    """The figure a claim is about: its first value that carries a claim."""
    for quantity in claim.quantities:
        if is_anchor(quantity):
            return quantity
    return None


def main_quantities(quantities: Sequence[Quantity]) -> list[Quantity]:
    """Figures that carry a claim, in order (see ``is_anchor``)."""
    return [q for q in quantities if is_anchor(q)]


# A fraction that is a share of something ("half of the homes") or the size of a change
# ("jumped by a third").
_SHARE_OF = re.compile(r"\s+of\s")
_CHANGE_BY = re.compile(r"\bby\s+$")
# The word after a ratio (``phrases.RATIO_SURFACE``) that makes it a share of its noun:
# "four out of five respondents", "four out of five A&E nurses" (not "scored 61 out of 100 on
# that inspection").
_NOUN_NEXT = re.compile(
    r"\s+(?!(?i:on|in|at|for|with|and|or|the|a|an|by|from|to|of|this|that)\b(?!&))[A-Za-z]"
)
# The largest fraction read as a share (a quantity of kind "other" may be any value).
_WHOLE = 1.0


def _as_share(text: str, quantity: Quantity) -> Quantity:
    """A fraction in words as the percentage it states: "Nearly half of the units" is 45 to
    50 percent of them, "rose by a third" 33.3 percent; other fractions ("a third down",
    "three quarters" of a game) are left as they are."""
    if quantity.kind != "other" or quantity.unit or not 0 < (quantity.value or 0) < _WHOLE:
        return quantity
    start, end = quantity.span
    if not (
        _SHARE_OF.match(text, end)
        or _CHANGE_BY.search(text, max(0, start - 4), start)
        or (RATIO_SURFACE.search(quantity.surface) and _NOUN_NEXT.match(text, end))
        or (HALF_WORD.search(quantity.surface) and DETERMINER_NEXT.match(text, end))
    ):
        return quantity
    scaled = {
        name: getattr(quantity, name) * 100
        for name in ("value", "low", "high")
        if getattr(quantity, name) is not None
    }
    return quantity.model_copy(update={"kind": "percent", "unit": "%", **scaled})


# Units of kind "other" a measured reading or a rating is given in (a pressure, a
# concentration, a frequency, a power): such a figure carries a claim, as a length does,
# where a bare share or an energy does not.
READING_UNITS = frozenset(("Pa", "ppm", "Hz", "W"))


def is_anchor(quantity: Quantity) -> bool:
    """Whether a figure carries a claim: not a year, a date, a figure of kind "other" but a
    reading (``READING_UNITS``), a conversion gloss, a pronoun "one", or a span that only
    describes a noun ("a five-year award")."""
    return (
        (quantity.kind not in ("year", "other") or quantity.unit in READING_UNITS)
        and quantity.conversion_of is None
        and not (quantity.value == 1 and quantity.surface.strip().isalpha())
        and not (
            quantity.kind == "duration"
            and "-" in quantity.surface
            and not quantity.surface.endswith(_term_nouns())
        )
    )


@cache
def measure_words(key: str) -> str:
    """A regex alternation of a word list of data/measures.json, each word escaped and a
    space in it matching any run of white space."""
    return "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in measure_data()[key])


def term_of_noun(noun: str) -> str:
    """The attribute a span of time measures as the length of a term noun ("sentence":
    'sentence', "deal": 'contract length'), or '' (``term_nouns`` in the measure lexicon)."""
    terms: dict[str, str] = measure_data()["term_nouns"]
    return terms.get(noun, "")


def _term_nouns() -> tuple[str, ...]:
    """Nouns whose length a hyphenated span of time gives ("a 12-year prison sentence", "a
    four-year contract"): the keys of ``term_nouns`` in the measure lexicon."""
    return tuple(measure_data()["term_nouns"])


def term_attribute(quantity: Quantity) -> str:
    """What a span of time written before a term noun measures ("a 12-year prison sentence"
    is a sentence, "a four-year deal" a contract's length), or '' (``term_nouns`` in the
    measure lexicon; a two-word noun such as "prison term" before its last word)."""
    if quantity.kind != "duration" or "-" not in quantity.surface:
        return ""
    words = quantity.surface.casefold().split()
    return term_of_noun(" ".join(words[-2:])) or term_of_noun(words[-1])


@cache
def _term_noun_after() -> re.Pattern[str]:
    """A term noun at most two words after a span of time ("-year prison sentence"), or after
    the sum of the same deal ("-year, $180 million contract")."""
    nouns = "|".join(sorted(map(re.escape, _term_nouns()), key=len, reverse=True))
    sum_between = r"(?:,\s+[$\u00a3\u20ac]\d[\d.,]*(?:\s+(?:million|billion))?)?"
    return re.compile(rf"{sum_between}(?:\s+[a-z]+){{0,2}}?\s+(?:{nouns})\b")


def _with_term_noun(text: str, quantity: Quantity) -> Quantity:
    """A hyphenated span of time spans the noun it gives the length of, when that noun is a
    term ("a 12-year prison sentence", "a four-year contract"), so it is a figure.

    Other hyphenated spans only describe a noun ("a five-year award", "a 20-year veteran")
    and carry no claim; see ``is_anchor``.
    """
    if quantity.kind != "duration" or "-" not in quantity.surface:
        return quantity
    after = _term_noun_after().match(text, quantity.span[1])
    if after is None:
        return quantity
    return quantity.model_copy(
        update={
            "surface": text[quantity.span[0] : after.end()],
            "span": (quantity.span[0], after.end()),
        }
    )


@cache
def _zero_count_pattern() -> re.Pattern[str]:
    """'no one', 'nobody', 'no casualties': a count of nothing (words from the measure lexicon)."""
    words = measure_data()["zero_counts"]
    pronouns = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words["pronouns"])
    nouns = "|".join(re.escape(w) for w in words["nouns"])
    return re.compile(rf"\b(?:{pronouns}|no\s+(?:{nouns}))\b", re.IGNORECASE)


@cache
def _zero_count_cues() -> tuple[str, ...]:
    """The first words of the counts of nothing, lower-cased ("no", "nobody"): a cheap first
    test, as ``_zero_count_pattern`` starts with a word boundary and is tried at every
    character of a sentence."""
    pronouns = measure_data()["zero_counts"]["pronouns"]
    return tuple(dict.fromkeys(("no", *(words.split()[0].lower() for words in pronouns))))


# The word after a figure: "one person", "one bomb".
NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")
# A verb of speaking to someone right before "one": "spoke to one", "interviewed one".
_SPOKEN_TO = re.compile(
    r"\b(?:(?:spoke|spoken|speaking|talked|talking|chatted)\s+(?:to|with)"
    r"|asked|interviewed|quoted|told)\s+$",
    re.IGNORECASE,
)


def _with_counted_noun(text: str, quantity: Quantity) -> Quantity:
    """'one' followed by what it counts ("killed one person") spans the noun, so it is a figure.

    A bare "one" is a pronoun ("one of them", "one day") and carries no claim;
    see ``is_anchor``. Only nouns of the measure lexicon make it a count, and not after a
    verb of speaking to someone ("I spoke to one spectator").
    """
    if not (quantity.value == 1 and quantity.surface.strip().casefold() == "one"):
        return quantity
    if _SPOKEN_TO.search(text, max(0, quantity.span[0] - 25), quantity.span[0]):
        # "I spoke to one spectator": who was asked, no count of spectators.
        return quantity
    after = NEXT_WORD.match(text, quantity.span[1])
    if after is None or singular(after.group(1)) not in _counted_nouns():
        return quantity
    return quantity.model_copy(
        update={
            "surface": text[quantity.span[0] : after.end()],
            "span": (quantity.span[0], after.end()),
        }
    )


@cache
def _counted_nouns() -> frozenset[str]:
    """Nouns the measure lexicon counts: after them, 'one' is a figure."""
    data = measure_data()
    nouns = {n for words in data["attributes"].values() for n in words["nouns"]}
    return frozenset(nouns | set(data["generic_nouns"]) | set(data["projectiles"]["nouns"]))


def measure_data() -> dict[str, Any]:
    """The measure lexicon (``data/measures.json``), read once."""
    return read_data("measures.json")


# An age set off after a name: "Ann Lind, 15, was ...", "Okafor, 41)".
AGE_ASIDE_BEFORE = re.compile(
    r"(?:[A-Z][a-z]+|\b[Aa]n?\s+(?:"
    + "|".join(sorted(PERSON_NOUNS))
    + r")),\s*(?P<said>"
    + _AGE_SAID
    + r"\s+)?$"
)


def _is_age_aside(text: str, quantity: Quantity) -> bool:
    """Whether a figure is an age in apposition, which describes a person and asserts
    nothing: "Ann Lind, 41,", "Ann Lind, aged 41.", "Ann Lind, who is forty-one,", "Ann
    Lind, 41; Tom Vale, 39", "said Ann Lind, 41."."""
    start, end = quantity.span
    before = AGE_ASIDE_BEFORE.search(text, max(0, start - 40), start)
    if quantity.kind != "count" or before is None:
        return False
    if before["said"]:
        return text[end : end + 1] in (",", ")", ".", ";", ":", "") or (
            _AND_GOES_ON.match(text, end) is not None
        )
    written_as_age = AGE_VALUE.fullmatch(quantity.surface) is not None
    # "Darnell Voss, 34; Emil Crane, 47; and ...": a list of people with their ages; "...,
    # said retired teacher Maureen Okafor, 72.": an age that ends the sentence.
    return written_as_age and (
        text[end : end + 1] in (",", ")", ";") or _ENDS_SENTENCE.match(text, end) is not None
    )


_ENDS_SENTENCE = re.compile(_SENTENCE_STOP)


_AND_GOES_ON = re.compile(_AND_GOES_ON_WORDS)


# After a count of people, the comma that opens a list of their ages: "two sons, 11 and 14".
AGES_AFTER_COUNT = re.compile(r"\s+[a-z]+,\s+")
# What may follow the last age: the end of the clause, not a noun ("23 and 31 others").
AGES_END = re.compile(r"[.,;:)]|\s*$")
# Between two ages of such a list.
AGE_LIST_JOIN = re.compile(r",\s+|,?\s+and\s+")
# The oldest age a list of ages can hold.
MAX_AGE = 120


def _listed_ages(text: str, quantities: Sequence[Quantity]) -> set[Span]:
    """Spans of figures that are the ages of people just counted: "lost a daughter and two
    sons, 11 and 14" counts two sons, and 11 and 14 are their ages, not more sons. The
    list must give as many whole numbers up to ``MAX_AGE`` as the count says."""
    ordered = sorted(quantities, key=lambda q: q.span[0])
    ages: set[Span] = set()
    for index, count in enumerate(ordered):
        size = int(count.value) if count.kind == "count" and count.value is not None else 0
        if not 2 <= size <= len(ordered) - index - 1:
            continue
        if AGES_AFTER_COUNT.match(text, count.span[1]) is None:
            continue
        listed = ordered[index + 1 : index + 1 + size]
        gaps = [AGES_AFTER_COUNT] + [AGE_LIST_JOIN] * (size - 1)
        ends = [count.span[1]] + [q.span[1] for q in listed[:-1]]
        if (
            all(
                q.surface.isdigit()
                and int(q.surface) <= MAX_AGE
                and gap.fullmatch(text, end, q.span[0]) is not None
                for q, gap, end in zip(listed, gaps, ends, strict=True)
            )
            and AGES_END.match(text, listed[-1].span[1]) is not None
        ):
            ages.update(q.span for q in listed)
    return ages


# Between a part and its whole: "three of the seven bullets", "11 of our 12 regions".
PART_OF_WHOLE = re.compile(r"\s+of\s+(?:the|its|his|her|their|our)\s+$")


def _without_parts(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The figures without those that are the part in "N of the M things": the claim is
    about the M things (the part stays in the claim's text; a part of a whole is no
    figure to compare).

    The next figure is found by bisection, so a sentence of thousands of figures costs
    no more per figure than one of two.
    """
    ordered = sorted(quantities, key=lambda q: q.span[0])
    starts = [q.span[0] for q in ordered]
    kept: list[Quantity] = []
    for quantity in quantities:
        after = bisect.bisect_left(starts, quantity.span[1])
        gap = text[quantity.span[1] : ordered[after].span[0]] if after < len(ordered) else None
        if gap is None or PART_OF_WHOLE.fullmatch(gap) is None:
            kept.append(quantity)
    return kept


def _in_spans(quantity: Quantity, spans: Sequence[Span]) -> bool:
    """Whether a figure starts inside one of some spans (a win-loss record's, say)."""
    return any(start <= quantity.span[0] < end for start, end in spans)


@cache
def _vague_count_pattern() -> re.Pattern[str]:
    """'dozens', 'hundreds', 'tens of thousands' before what they count (measure lexicon)."""
    words = sorted(measure_data()["vague_counts"], key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"\b(?:{alternation})\b(?=\s+(?:of\s+)?[a-z])", re.IGNORECASE)


# "Scores" counts only before "of" ("scores of people") or opening a sentence ("Scores
# injured in crash"); elsewhere it is results ("exam scores at the school", "their scores
# voided").
_SCORES_OF = re.compile(r"\s+of\b")


def _scores_as_results(sentence: str, match: re.Match[str]) -> bool:
    """Whether a vague "scores" is a noun of results, not a count (``_SCORES_OF``)."""
    if match.group().casefold() != "scores":
        return False
    opens = not sentence[: match.start()].strip(" \t\"'\u201c")
    return not opens and _SCORES_OF.match(sentence, match.end()) is None


@cache
def _vague_count_words() -> frozenset[str]:
    """The last word of each vague count, case-folded: without one no vague count occurs."""
    return frozenset(words.split()[-1].casefold() for words in measure_data()["vague_counts"])


# Between the parts of one span of time: "2 hours, 6 minutes and 41 seconds".
_DURATION_JOIN = re.compile(r",?\s+(?:and\s+)?|,\s*")


# A word of change before "from", in its clause: "will be cut from 56 to 36 hours a week",
# "rose sharply from £28 to £32", "a rise in the price of a school lunch from".
_CHANGED_FROM = re.compile(
    rf"\b(?:{'|'.join(sorted(CHANGE_WORDS - {'by', 'premium', 'discount'}))})\b"
    r"(?:\s+[\w'’-]+){0,8}?\s+$",
    re.IGNORECASE,
)
# The word that joins a change's old level to its new one.
_TO_LEVEL = re.compile(r"\s+to\s+", re.IGNORECASE)


def _changed_to_levels(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The new level of a change written as a range: "will be cut from 56 to 36 hours a
    week" states 36 hours, not a range of 36 to 56 around its midpoint (the quantity
    parser reads "from X to Y" as a range, as other projects' suites expect). The old level
    is history the sentence gives, no claim of its own; the figure keeps the words of the
    whole change."""
    out: list[Quantity] = []
    for quantity in quantities:
        start, end = quantity.span
        joined = _TO_LEVEL.search(text, start, end)
        if (
            quantity.qualifier == "range"
            and text[start : start + 5].casefold() == "from "
            and joined is not None
            and _CHANGED_FROM.search(text, max(0, start - 80), start) is not None
        ):
            levels = parse_quantities(text[joined.end() : end], offset=joined.end())
            if len(levels) == 1 and levels[0].kind == quantity.kind:
                # The whole change stays the figure's words, so that what it measures is
                # read before "from" as for any figure.
                out.append(
                    levels[0].model_copy(
                        update={"span": quantity.span, "surface": quantity.surface}
                    )
                )
                continue
        out.append(quantity)
    return out


def _joined_durations(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """One span of time written in several units, each smaller than the one before, as one
    figure: "a course record of 2 hours, 6 minutes and 41 seconds" is 7,601 seconds, not
    three spans of which "2 hours" could disagree with "2:06:41". (The quantity parser
    keeps them apart, as other projects' suites expect.)"""
    out: list[Quantity] = []
    for quantity in quantities:
        last = out[-1] if out else None
        if last is not None and _continues_duration(text, last, quantity):
            out[-1] = last.model_copy(
                update={
                    "surface": text[last.span[0] : quantity.span[1]],
                    "span": (last.span[0], quantity.span[1]),
                    "value": _sum(last.value, quantity.value),
                    "low": _sum(last.low, quantity.low),
                    "high": _sum(last.high, quantity.high),
                }
            )
            continue
        out.append(quantity)
    return out


def _continues_duration(text: str, first: Quantity, then: Quantity) -> bool:
    """Whether a span of time goes on in a smaller unit right after another one."""
    if not (first.kind == then.kind == "duration" and then.qualifier == "exact"):
        return False
    first_units, then_units = time_unit_factors(first.surface), time_unit_factors(then.surface)
    return (
        bool(first_units)
        and len(then_units) == 1
        and then_units[0] < first_units[-1]
        and _DURATION_JOIN.fullmatch(text, first.span[1], then.span[0]) is not None
    )


def _sum(first: float | None, then: float | None) -> float | None:
    """Two parts of one figure added, or None when either is unbounded."""
    return None if first is None or then is None else first + then


def with_vague_counts(sentence: str, offset: int, quantities: list[Quantity]) -> list[Quantity]:
    """The sentence's quantities plus its vague plural counts, in text order.

    "dozens of people were injured" asserts 20 to 99; a plural like this is no
    number to the quantity parser, so it is added here (bounds from the lexicon).
    """
    folded = sentence.casefold()
    if not holds_any(folded, _vague_count_words()):
        return quantities
    table = measure_data()["vague_counts"]
    taken = [q.span for q in quantities]
    found = []
    for match in _vague_count_pattern().finditer(sentence):
        if _scores_as_results(sentence, match):
            continue
        span = (offset + match.start(), offset + match.end())
        if any(start < span[1] and span[0] < end for start, end in taken):
            continue
        low, high = table[" ".join(match.group().casefold().split())]
        found.append(
            Quantity(
                surface=match.group(),
                span=span,
                kind="count",
                value=None,
                low=float(low),
                high=float(high),
                qualifier="range",
            )
        )
    return sorted([*quantities, *found], key=lambda q: q.span) if found else quantities


def zero_counts(sentence: str, offset: int) -> list[Quantity]:
    """Counts of nothing in a sentence with no figure: "no one was killed" is 0 killed.

    :param sentence: the sentence text
    :param offset: where the sentence starts in its source
    """
    if not may_hold_ignoring_case(sentence, _zero_count_cues()):
        return []
    return [
        Quantity(
            surface=match.group(),
            span=(offset + match.start(), offset + match.end()),
            kind="count",
            value=0.0,
            low=0.0,
            high=0.0,
        )
        for match in _zero_count_pattern().finditer(sentence)
    ]


# What joins the figures of a list: "7.6 and 7.5", "12, 14 or 15".
_LIST_LINK = re.compile(r"\s*(?P<comma>,)?\s*(?P<conjunction>and|or)?\s*")


def _last_in_list(text: str, anchor: Quantity, quantities: Sequence[Quantity]) -> Quantity | None:
    """The last figure of a list of figures of one kind and unit that starts at the anchor
    ("7.6 and 7.5 magnitude quakes" -> 7.5; "5.1, 5.6 and 6.0 magnitude" -> 6.0), or None.

    A comma alone joins a list only before a later "and" or "or": "a depth of 10 km, 55 km
    south of the town" lists nothing.
    """
    previous = anchor
    for following in (q for q in quantities if q.span[0] >= anchor.span[1]):
        link = _LIST_LINK.fullmatch(text, previous.span[1], following.span[0])
        if link is None or (following.kind, following.unit) != (anchor.kind, anchor.unit):
            break
        if link["conjunction"] or not link["comma"]:
            return following
        previous = following
    return None


# The word right after a figure: "a 9.1-magnitude quake".
_WORD_AFTER = re.compile(r"[\s-]([A-Za-z]+)")


def _on_a_scale(text: str, quantity: Quantity) -> bool:
    """Whether a figure is a reading on a scale ("a magnitude 9.1 quake", "a 9.1-magnitude
    quake", "a Category 4 storm"): a claim of its own beside another figure of its clause
    ("... triggered a tsunami that killed 230,000 people")."""
    start, end = quantity.span
    after = _WORD_AFTER.match(text, end)
    return scale_label_before(text, start) or (
        after is not None and after.group(1).capitalize() in scale_labels()
    )


@cache
def _span_noun() -> re.Pattern[str]:
    """A noun of ``span_nouns`` (measure lexicon) right after a figure, with at most one
    word between ("eight regular-season games")."""
    return re.compile(rf"(?:\s+[a-z][a-z-]*)?\s+(?:{measure_words('span_nouns')})\b")


def _span_of_the_count(text: str, cut: re.Match[str], right: Quantity) -> bool:
    """Whether a preposition's figure is the span the count before it was made over ("He had
    11 total touchdowns in eight games", "96 yards on 14 carries"): it stays in that count's
    clause, so that it is no claim of its own to set against games missed or played."""
    return (
        cut.group().strip() in ("in", "on")
        and cut.end() == right.span[0]
        and right.kind == "count"
        and _span_noun().match(text, right.span[1]) is not None
    )


# "The two trams were carrying 146 passengers": a count after "the" and its noun, then a
# verb with no break before the next figure.
_NOUN_AND_VERB = re.compile(r"\s+[a-z-]+(?:\s+(?:were|are|had|have|was|is|has))?\s+[a-z]+\s+")


def _the_named_ones(text: str, left: Quantity, right: Quantity) -> bool:
    """Whether a count names, after "the", ones the story already knows, and a verb then
    gives another count of theirs ("The two trams were carrying 146 passengers"): the
    second figure is the claim, with the words after it."""
    return (
        left.kind == right.kind == "count"
        and _THE_BEFORE.search(text, max(0, left.span[0] - 4), left.span[0]) is not None
        and _NOUN_AND_VERB.fullmatch(text, left.span[1], right.span[0]) is not None
    )


def split_clauses(text: str, span: Span, anchors: Sequence[Quantity]) -> list[Span]:
    """Cut a sentence between consecutive figures at the strongest clause boundary.

    Returns one span per clause, covering the sentence.
    """
    start, end = span
    cuts: list[int] = []
    for left, right in pairwise(anchors):
        gap_start, gap_end = left.span[1], right.span[0]
        for pattern in CLAUSE_BREAKS:
            # Search up to the right figure's end: a break may look ahead into it.
            found = [
                m for m in pattern.finditer(text, gap_start, right.span[1]) if m.start() < gap_end
            ]
            if found:
                if pattern is not CLAUSE_BREAKS[-1] or not _span_of_the_count(
                    text, found[-1], right
                ):
                    cuts.append(found[-1].start())
                break
        else:
            if term_attribute(left):
                # "signed a four-year deal worth $180 million": the term spans its noun; in
                # "a four-year, $180 million contract" it spans the sum too, which starts
                # the next clause.
                cuts.append(min(gap_start, gap_end))
            elif _the_named_ones(text, left, right):
                cuts.append(gap_end)
            elif _on_a_scale(text, left):
                # "a magnitude 9.1 quake triggered a tsunami that killed 230,000 people":
                # the figure on the right keeps the words after it.
                cuts.append(gap_end)
    bounds = [start, *cuts, end]
    return [_trim(text, a, b) for a, b in pairwise(bounds)]


# A word right before an event's words that makes it one of several (``occurrence_markers``
# of the measure lexicon, and "first"): "The first quake", "a second blast".
_ORDINAL_BEFORE = re.compile(
    rf"\b(?:first|{'|'.join(measure_data()['occurrence_markers'])})\s+$", re.IGNORECASE
)


def _with_fact_clauses(
    text: str, clauses: Sequence[Span], anchors: Sequence[Quantity]
) -> tuple[list[Span], frozenset[Span]]:
    """Add a clause of its own for a fact stated beside a figure.

    "will hold 32,000 spectators and will be built on the rail yards" asserts a
    capacity and a site; the site becomes its own claim, spanning its phrase. An event's
    time or weekday gets its phrase even where a figure stands in it ("approved the $411.8
    million plan shortly before 11:30 p.m."): the figure keeps its own clause as well.

    :returns: the clauses in order, and those of them that are such timed phrases
    """
    result = list(clauses)
    timed_over: set[Span] = set()
    # A clause that ends its sentence is read with the full stop after it, which a fact's
    # pattern may need to see its end ("among them the fifty-seven-year-old skipper Callum
    # Breck.").
    found = [
        pair
        for clause in clauses
        for pair in find_facts(
            text,
            (clause[0], clause[1] + 1) if text[clause[1] : clause[1] + 1] in ".!?,;:" else clause,
        )
    ]
    # A fact's value starts where it starts, however far a clause let it run ("3:35 p.m",
    # and with the abbreviation's full stop "3:35 p.m.").
    seen = {fact.span[0] for fact, _ in found}
    # "the quake, of magnitude 6.6, hit at 4:17 a.m.": a clock time whose event's words a
    # clause boundary cut off is read in the whole sentence, unless an ordinal makes the
    # event one of several ("The first quake, magnitude 7.6, struck at 4:43 a.m.").
    if len(clauses) > 1:
        found += [
            (fact, phrase)
            for fact, phrase in find_facts(text, (clauses[0][0], clauses[-1][1]))
            if fact.attribute.startswith(("time of ", "day of "))
            and fact.span[0] not in seen
            and _ORDINAL_BEFORE.search(text, max(0, phrase[0] - 12), phrase[0]) is None
        ]
    for fact, phrase in found:
        inside = [q for q in anchors if phrase[0] <= q.span[0] < phrase[1]]
        if inside:
            if (
                not fact.attribute.startswith(("time of ", "day of "))
                or phrase in result
                or any(q.span[0] > fact.span[0] for q in inside)
            ):
                # A figure after the time ("at 2:15 p.m. and held 11 hostages until
                # they surrendered") may be of a clause in between, of another event.
                continue
            timed_over.add(phrase)
        result.append(phrase)
    return sorted(result), frozenset(timed_over)


def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern of lower-case words, compiled to search lower-cased text.

    Three times faster than IGNORECASE; only for telling whether it occurs.
    """
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


class _Signal(NamedTuple):
    """A feature a claim's words may have, as ``signals_of`` names it."""

    name: str
    # Compiled by ``_lowered``, to search lower-cased text.
    pattern: re.Pattern[str]
    # Substrings of the lower-cased text the pattern cannot match without: a test for them
    # is several times cheaper than the pattern, and few texts have one.
    cues: tuple[str, ...]

    def occurs(self, lowered_text: str) -> bool:
        """Whether the feature occurs in lower-cased text."""
        return holds_any(lowered_text, self.cues) and self.pattern.search(lowered_text) is not None


# The features of ``signals_of`` that words show, in its order.
_SIGNALS = (
    _Signal("superlative", _lowered(SUPERLATIVE), ("est", "most", "least", "worst", "record")),
    _Signal("first", _lowered(FIRST), ("first", "only", "sole")),
    _Signal(
        "ranking",
        _lowered(RANKING),
        ("rank", "placed", "came", "finished", "number one", "history"),
    ),
    _Signal(
        "future",
        _lowered(FUTURE_CUES),
        (
            "will",
            "shall",
            "plan",
            "scheduled",
            "expected to",
            "aim",
            "set to",
            "is to",
            "are to",
            "intend",
            "projected",
            "forecast",
            "likely to",
            "would",
            "expect",
            "reset",
            "roll",
        ),
    ),
)

# The features by which a sentence with no figure still asserts something checkable.
_ASSERTING_SIGNALS = tuple(signal for signal in _SIGNALS if signal.name != "future")


def signals_of(claim_text: str, quantities: Sequence[Quantity]) -> list[str]:
    """Features that make a claim matter to a fact-checker, in a fixed order."""
    lowered = claim_text.lower()
    found = [signal.name for signal in _SIGNALS if signal.occurs(lowered)]
    main = main_quantities(quantities)
    if any(q.kind == "money" for q in main):
        found.append("money")
    if any(q.kind in TECHNICAL_KINDS for q in main):
        found.append("technical")
    if any(q.kind == "multiplier" for q in main):
        found.append("comparison")
    if any(_is_specific(q) for q in main):
        found.append("specific")
    return found


_NON_DIGIT = re.compile(r"\D")


def significant_digits(quantity: Quantity) -> str:
    """The digits a figure is written with, less leading and trailing zeros ("235" for
    "nearly 235,000", "62" for "620-foot")."""
    return _NON_DIGIT.sub("", quantity.surface).strip("0")


def _is_specific(quantity: Quantity) -> bool:
    """A figure a writer would not round: 312, 63%, 5 nm, but not 'over 300'."""
    if quantity.qualifier != "exact" or quantity.value is None:
        return False
    significant = significant_digits(quantity)
    return len(significant) >= 2 or quantity.kind not in ("count", "money", "duration")


def find_fact(text: str, span: Span) -> tuple[Fact, Span] | None:
    """The non-numeric attribute a span asserts (base, year of an event, cause),
    with the span of the whole phrase that asserts it; an event's time comes first."""
    found = find_facts(text, span)
    return found[0] if found else None


@lru_cache(maxsize=256)
def find_facts(text: str, span: Span) -> tuple[tuple[Fact, Span], ...]:
    """The facts a span asserts, each with its phrase: an event's time, and the first other
    fact ("16-year-old Tom Orlen was shot on Saturday" tells a day and an age).

    Cached: a sentence is read for facts as a whole and again clause by clause. The facts
    are shared between the claims that carry them, and never changed.
    """
    event_time = _event_time_fact(text, span)
    if event_time is not None and (
        _of_another_incident(text, span[0]) or _in_a_condition(text, span, event_time[1])
    ):
        event_time = None
    found = [fact for fact in (event_time, _pattern_fact(text, span)) if fact]
    day = _day_beside_clock(text, *event_time) if event_time else None
    if day is not None:
        found.insert(1, day)
    if len(found) == 2 and found[1][0].attribute == "vote":
        # "The council voted 7-2 on Tuesday night": the tally is what the clause asserts,
        # its day when; the vote's time stays a claim of its own phrase where it has one.
        found.reverse()
    if found and found[-1][0].attribute == "age":
        # "Darnell Voss, 34, Emil Crane, 41, and Rudy Penhallow, 28": each named age.
        found.extend(_further_ages(text, (found[-1][1][1], span[1])))
    elif found and found[-1][0].attribute == "holder":
        # "Vantor chief executive Mattias Kroll, 54, told reporters": the holder's age too.
        found.extend(_further_ages(text, (found[-1][0].span[0], span[1]))[:1])
    if found and found[-1][0].attribute == "age":
        # "Tomas Reyk, 34, was airlifted to Halvern General Hospital": where he was taken.
        rest = (found[-1][1][1], span[1])
        hospital = (
            _stated_fact(text, rest, _HOSPITAL_FACT)
            if _HOSPITAL_FACT.may_match(text, rest, text[rest[0] : rest[1]])
            else None
        )
        if hospital is not None:
            found.append(hospital)
    return tuple(found)


# A condition's opening right before an event's phrase: "more action would follow if
# Thursday's talks failed" tells of talks that may fail, not of a collapse.
_CONDITION_BEFORE = re.compile(
    r"\b(?:if|unless|should|whether)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)


def _in_a_condition(text: str, span: Span, phrase: Span) -> bool:
    """Whether an event's phrase is a condition's ("if Thursday's talks failed"), of an event
    that may not happen."""
    return _CONDITION_BEFORE.search(text, max(span[0], phrase[0] - 40), phrase[0]) is not None


@cache
def _another_incident_opening() -> re.Pattern[str]:
    """A sentence's opening that makes what it tells another incident than the story's ("In
    a separate incident, three people were injured in a crash on Route 9 on Wednesday",
    "Separately, ..."): the words of ``other_markers``."""
    markers = measure_words("other_markers")
    return re.compile(rf"(?:(?:In|During)\s+(?:(?:a|an|the)\s+)?(?:{markers})\b|Separately\b)")


def _of_another_incident(text: str, at: int) -> bool:
    """Whether the sentence that holds a position opens as another incident's."""
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    while start < at and text[start].isspace():
        start += 1
    return _another_incident_opening().match(text, start) is not None


# The hours (from, to) whose clock times name their weekday beyond doubt.
_DAYTIME_HOURS = (1, 23)
# A weekday written right after an event's clock time ("at 10:50 a.m. on Saturday") or
# right before it ("on Thursday at about 4 p.m.", "Sunday morning, shortly after 6").
_DAY_AFTER_CLOCK = re.compile(
    rf"\s*(?:[ap]\.?m\.?|o['’]clock)?,?\s+(?:on\s+)?(?P<value>{_WEEKDAY_NAMES})\b"
    rf"{_WEEKDAY_PART.format(n=1)}(?!['’]s)"
)
_DAY_BEFORE_CLOCK = re.compile(
    rf"\b(?P<value>{_WEEKDAY_NAMES}){_WEEKDAY_PART.format(n=1)},?\s+(?:at\s+)?"
    r"(?:(?:about|around|approximately|roughly|some|shortly|just|soon)\s+)?"
    r"(?:(?:before|after)\s+)?$"
)


def _day_beside_clock(text: str, fact: Fact, phrase: Span) -> tuple[Fact, Span] | None:
    """The weekday written beside the clock time of a story's one event, as a fact of its
    own: "The collapse happened at 10:50 a.m. on Saturday" tells the collapse's day as well
    as its time, so it can meet "The roof came down on Sunday morning"."""
    if not fact.attribute.startswith("time of ") or not is_story_event(fact.attribute):
        return None
    hour = re.match(r"~?(\d\d):", fact.value)
    if hour is None or not _DAYTIME_HOURS[0] <= int(hour.group(1)) < _DAYTIME_HOURS[1]:
        # Late at night the weekday is loose: "shortly before midnight on Tuesday" and
        # "at 12:05 a.m. on Wednesday" are one moment, and "Monday night" may run past
        # midnight; the clock times compare as they are.
        return None
    after = _DAY_AFTER_CLOCK.match(text, fact.span[1])
    before = _DAY_BEFORE_CLOCK.search(text, max(0, fact.span[0] - 60), fact.span[0])
    found = after or before
    if found is None:
        return None
    end = found.end("part1") if found.group("part1") else found.end("value")
    event = fact.attribute.removeprefix("time of ")
    day = Fact(
        attribute=f"day of {event}",
        value=found.group("value").casefold(),
        span=(found.start("value"), end),
    )
    start = found.start("value")
    # From the event's words to the weekday, or from the weekday to the time when the
    # weekday comes first: never the time's own phrase.
    return day, (start, phrase[1]) if start < phrase[0] else (phrase[0], end)


def _further_ages(text: str, span: Span) -> list[tuple[Fact, Span]]:
    """The ages of named people in a span, in text order, after a first one."""
    ages = [pattern for pattern in _FACT_PATTERNS if pattern.attribute == "age"]
    found: list[tuple[Fact, Span]] = []
    start = span[0]
    while start < span[1]:
        rest = text[start : span[1]]
        matches = [
            (match, pattern)
            for pattern in ages
            if pattern.may_match(text, (start, span[1]), rest)
            and (match := pattern.pattern.search(text, start, span[1])) is not None
            and pattern.states(text, match)
        ]
        if not matches:
            break
        match, pattern = min(matches, key=lambda pair: pair[0].start())
        fact = _fact_of_match(text, pattern, match)
        found.append((fact, match.span()))
        start = match.end()
    return found


def _event_time_fact(text: str, span: Span) -> tuple[Fact, Span] | None:
    """When an event happened, if the span says: its year, weekday, clock time, date or month."""
    # Years, dates and clock times are written with digits; most spans tested have none.
    digits = _DIGIT.search(text, span[0], span[1]) is not None
    year = (
        digits
        and any(text.find(century, span[0], span[1]) >= 0 for century in ("18", "19", "20"))
        and YEAR.search(text, span[0], span[1]) is not None
    )
    event = EVENT_YEAR.search(text, span[0], span[1]) if year else None
    if (
        event is not None
        and event["preposition"] == "since"
        and _A_CLASS_BEFORE.search(text, max(span[0], event.start() - 40), event.start())
    ):
        event = None
    if event:
        nearest = _event_verb(text, event.start(), event.start("value"))
        return _timed(nearest["verb"], event, event.group("value")), (nearest.start(), event.end())
    named = EVENT_NOUN_YEAR.search(text, span[0], span[1]) if year else None
    if named:
        noun = named["verb"] or named["open"]
        return _timed(noun, named, named.group("value")), named.span()
    joined = YEAR_JOINED_EVENT.search(text, span[0], span[1]) if year else None
    if joined:
        return _timed(joined["verb"], joined, joined.group("value")), joined.span()
    before = YEAR_BEFORE_EVENT.search(text, span[0], span[1]) if year else None
    if before:
        # The object may lie past the span: the phrase stops at the verb, so that a figure
        # in the object ("approved a $3 million bond") keeps its own claim.
        head = _object_head(text, before.end(), min(len(text), before.end() + 80))
        return _timed(before["verb"], before, before.group("value"), head), before.span()
    words = text[span[0] : span[1]]
    clocked = (
        digits
        or holds_any(words, _CLOCK_WORDS)
        or holds_any(words, _CLOCK_MINUTE_CUES)
        or (
            may_hold_ignoring_case(words, SPOKEN_CLOCK_CUES)
            and SPOKEN_CLOCK_RE.search(words) is not None
        )
        or (holds_any(words, _DAY_PART_WORDS) and _HOUR_IN_DAY_PART_RE.search(words) is not None)
    )
    event_day = (
        _event_day(text, span)
        or (_event_clock(text, span) if clocked else None)
        or _unnamed_event_day(text, span)
    )
    if event_day is not None:
        return event_day
    if clocked and not any(_events_worded(text, span, _all_events())):
        acted = _action_clock(text, span)
        if acted is not None:
            return acted
    month_day = (digits and _MONTH_THEN_DAY.search(text, *span) is not None) or (
        _DAY_THEN_MONTH.search(text, *span) is not None
    )
    dated = EVENT_DATE.search(text, span[0], span[1]) if month_day else None
    if (
        dated is not None
        and dated["preposition"] == "from"
        and _event_attribute(dated["verb"]) != "started"
    ):
        # "takes effect from 1 May" is a start; "contracts signed from January 1" no deed's day.
        dated = None
    if dated:
        day = find_day(text, dated.span("value"))
        value = day[0] if day else dated.group("value")
        done_to = _passive_subject(text, dated.start("verb"))
        return _timed(dated["verb"], dated, value, done_to), dated.span()
    month = EVENT_MONTH.search(text, span[0], span[1]) if _may_name_month(text, span) else None
    if month:
        nearest = _event_verb(text, month.start(), month.start("value"))
        fact = _timed(nearest["verb"], month, month.group("value").casefold())
        return fact, (nearest.start(), month.end())
    return None


# A thing described, then a relative clause on it that runs up to a fact's value: "The
# park, which opened in ", "the bridge, which was completed in ".
_DESCRIBED_BEFORE_WHICH = re.compile(
    r"(?<![\w'’])(?P<thing>[Tt]he\s+[a-z][a-z-]+),\s+(?:which|that)\s+[^,;:.]{0,40}$"
)


# The thing a dated deed was done to, told before its passive verb: "the investment was
# approved on 12 March", "the petition was delivered": the noun and up to two words before
# it, after a determiner that follows no preposition ("the cost of the repairs").
_PASSIVE_SUBJECT = re.compile(
    r"(?<![\w'’])(?<!\bof[ ])(?<!\bfor[ ])(?<!\bto[ ])(?<!\bin[ ])(?<!\bon[ ])"
    r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ ]+(?P<thing>(?:[a-z][a-z-]*[ ]+){0,2}"
    r"[a-z][a-z-]*)(?:,[ ]+|[ ]+(?:was|were|had[ ]+been|has[ ]+been)[ ]+(?:[a-z]+ly[ ]+)?)$"
)


def _passive_subject(text: str, verb_start: int) -> str:
    """What a dated deed was done to (``_PASSIVE_SUBJECT``), lower-cased; '' when the verb
    has no such subject right before it."""
    found = _PASSIVE_SUBJECT.search(text, max(0, verb_start - 60), verb_start)
    if found is None or _LINKING_WORDS & set(found["thing"].split()):
        # "the cost of the repairs": no one thing.
        return ""
    return found["thing"]


_LINKING_WORDS = frozenset("of and or to in on for with by at from as that which who".split())


def _timed(verb: str, match: re.Match[str], value: str, of: str = "") -> Fact:
    """The fact that an event (named by its verb, "opened" for "inaugurated") happened at a
    time: a year, a date or a month, read from the match's ``value`` group."""
    return Fact(attribute=_event_attribute(verb), value=value, span=match.span("value"), of=of)


# Participles that name a thing, not an event: "a fashion line called Solace in December"
# (``naming_participles`` in data/measures.json).
NAMING_VERBS = frozenset(read_data("measures.json")["naming_participles"])


def _event_verb(text: str, start: int, end: int) -> re.Match[str]:
    """The event verb nearest a time, between start (where one verb matched) and the time:
    "the paints stored there since they were bought in 1974" dates the purchase, not the
    storing; a naming participle ("called") is passed over."""
    verbs = list(EVENT_YEAR_VERB.finditer(text, start, end))
    events = [verb for verb in verbs if verb["verb"] not in NAMING_VERBS]
    return (events or verbs)[-1]


def _object_head(text: str, position: int, limit: int) -> str:
    """The head noun of the object after a verb ("approved a $3 million bond to buy ..."
    -> 'bond'): the last word before a function word, a participle or punctuation; ''
    when none."""
    head = ""
    for word, _ in words_after(text, position, limit)[:6]:
        lowered = word.casefold()
        if head and (lowered in PHRASE_STOPWORDS or lowered.endswith(("ing", "ed"))):
            # "a senior thesis calculating money spent": a clause on the object begins.
            break
        if lowered.isalpha() and lowered not in PHRASE_STOPWORDS:
            head = lowered
    return head


# A month's name as ``EVENT_MONTH`` writes it, after "in": a cheap first test. It leaves
# out the word boundary before "in", which would have the regex engine try the pattern at
# every character instead of skipping ahead to each "in".
_IN_MONTH = re.compile(rf"in\s+(?:(?:early|mid|late)[\s-]+)?{_MONTH_OPENING}")


def _may_name_month(text: str, span: Span) -> bool:
    """Whether a span may give an event's month: "in" before a month's name."""
    return _IN_MONTH.search(text, span[0], span[1]) is not None


@cache
def _fact_cue_index() -> WordIndex:
    """The cues of ``_FACT_PATTERNS``, keyed by each pattern's place in it."""
    return WordIndex({str(place): pattern.cues for place, pattern in enumerate(_FACT_PATTERNS)})


def _pattern_fact(text: str, span: Span) -> tuple[Fact, Span] | None:
    """The first fact of ``_FACT_PATTERNS`` a span states, with its phrase."""
    cued = _fact_cue_index().keys_in(text, *span)
    for place, fact_pattern in enumerate(_FACT_PATTERNS):
        if str(place) not in cued or not fact_pattern.core_may_match(text, span):
            continue
        stated = _stated_fact(text, span, fact_pattern)
        if stated is not None:
            return stated
    return None


def _stated_fact(text: str, span: Span, fact_pattern: _FactPattern) -> tuple[Fact, Span] | None:
    """The fact a pattern's first match in a span states, with its phrase, if it states
    one."""
    match = fact_pattern.pattern.search(text, span[0], span[1])
    if match is None or not fact_pattern.states(text, match):
        return None
    return _fact_of_match(text, fact_pattern, match), match.span()


def _fact_of_match(text: str, fact_pattern: _FactPattern, match: re.Match[str]) -> Fact:
    """The fact a pattern's match states."""
    group = _value_group(match)
    value = re.sub(r"^(?:the|an?)\s+", "", match.group(group).strip(" ."), flags=re.IGNORECASE)
    return Fact(
        attribute=fact_pattern.attribute,
        value=fact_pattern.value(value),
        span=match.span(group),
        of=re.sub(r"^the\s+", "", fact_pattern.of(text, match).strip().casefold()),
    )


def fact_of(text: str, span: Span) -> Fact | None:
    """The non-numeric attribute a span asserts, if any: the fact whose phrase the span
    is, when it is one's ("The council voted 7-2 on Tuesday" asserts a tally, and its
    phrase up to the day the vote's day, ``_with_fact_clauses``), else the first."""
    found = find_facts(text, span)
    return next((fact for fact, phrase in found if phrase == span), found[0][0] if found else None)


# A possessive pronoun right before a name.
_OWNED = re.compile(r"\b(?:his|her|their|its|our|my|your)\s+$", re.IGNORECASE)
# A person's role in an organisation named after it ("The founder of collapsed investment
# firm Brightwater Capital Partners was sentenced"): the person is what the clause is about
# (``role_nouns`` in data/measures.json).
_ROLE_OF = re.compile(
    rf"\b(?:{measure_words('role_nouns')})s?"
    r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}$"
)


def _without_dateline(sentence: Sentence) -> Sentence:
    """The sentence after its dateline: "LARKFIELD, Oct 15 (Civic Wire) - ...".

    The dateline dates the article (see ``times.article_time``); it is not part
    of what the lead asserts, and its place and agency are not its subject.
    """
    match = DATELINE.match(sentence.text)
    if match is None:
        return sentence
    start = sentence.span[0] + match.end()
    return Sentence(
        source=sentence.source, span=(start, sentence.span[1]), text=sentence.text[match.end() :]
    )


# The most words of a heading in title case, or of a programme's dated line ("RADIO CALDER
# SOUND - DRIVETIME - TUESDAY 10 JUNE, 5PM").
HEADING_WORDS = 15
# The least share of such a line's words written with a capital (or no letter), as names
# and titles are: a lead of one short line ("The crane fell on Tuesday 10 June at 2:40
# p.m.") is prose.
TITLE_SHARE = 0.6
# The same share for a line that names a day of a month and may end in a clock time, which
# a short lead can too ("Flooding hit Harwick on Tuesday 10 June at 5 p.m.").
PROGRAMME_TITLE_SHARE = 0.75
# A clock time ending a line: "6:00 p.m.", "5 p.m."
CLOCK_END = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m\.\s*$", re.IGNORECASE)


def _is_heading(sentence: Sentence) -> bool:
    """A short line without closing punctuation is a heading, not an assertion."""
    stripped = sentence.text.rstrip()
    words = stripped.split()
    if stripped.endswith((".", "!", "?")):
        return False
    if not stripped.endswith(("\u201d", '"', ")")) and len(words) < 12:
        return True
    # A closing quotation mark ends a sentence only after its own full stop: 'Five ways
    # investors can ride a "New Wave"' is a subheading.
    if stripped.rstrip('\u201d")').endswith((".", "!", "?", ",")):
        return False
    if len(words) <= HEADING_WORDS and stripped.endswith(("\u201d", '"')):
        return True
    # Title case without a full stop: 'Five Ways Readers Can Ride a "New Wave"'.
    return _title_cased(words, TITLE_SHARE)


def _title_cased(words: Sequence[str], share: float) -> bool:
    """Whether a line of at most ``HEADING_WORDS`` words writes at least a share of them
    with a capital (or with no letter), as names and titles are."""
    capitalised = sum(1 for word in words if word[:1].isupper() or not word[:1].isalpha())
    return len(words) <= HEADING_WORDS and capitalised >= share * len(words)


def _with_programme_lines(
    text: str, sentences: Sequence[Sentence], headings: list[bool]
) -> list[bool]:
    """The headings, with each line at the top that names a weekday and a day of a month
    taken for one when its words are mostly capitalised, however it ends ("COASTLINE
    TONIGHT, KSN Radio 94.1, Tuesday 14 October, 6:00 p.m."): a programme's line dates its
    transcript as a byline dates an article, and asserts nothing. A short first line that
    asks a question is a headline too."""
    for index, sentence in enumerate(sentences):
        if headings[index]:
            continue
        whole_line = text[sentence.span[0] - 1 : sentence.span[0]] in ("", "\n") and text[
            sentence.span[1] : sentence.span[1] + 1
        ] in ("", "\n")
        words = sentence.text.split()
        if (
            index == 0
            and whole_line
            and len(words) <= HEADING_WORDS
            and sentence.text.rstrip().endswith("?")
        ):
            # "Corvane ruling: what happens to Tolvik now?": a headline asks, on a line alone.
            headings[index] = True
            continue
        if not (
            whole_line
            and _title_cased(words, PROGRAMME_TITLE_SHARE)
            and (
                not sentence.text.rstrip().endswith((".", "!", "?"))
                or CLOCK_END.search(sentence.text)
            )
            and DAY_OF_MONTH_RE.search(sentence.text)
        ):
            break
        headings[index] = True
    return headings


def _with_long_headline(
    text: str, sentences: Sequence[Sentence], headings: Sequence[bool]
) -> list[bool]:
    """The headings, with the first line below the headings at the top (an outlet's name:
    "CENTRAL NEWS SERVICE") that ends without a full stop taken for one however long it is
    ("Hurricane Delphine slams Calloway coast as Category 3 storm, at least four dead"): the
    article's lead, and its dateline, come after it."""
    marked = list(headings)
    first = next((index for index, heading in enumerate(marked) if not heading), None)
    if first is None:
        return marked
    sentence = sentences[first]
    if (
        not text[sentences[first - 1].span[1] if first else 0 : sentence.span[0]].strip()
        and (first == 0 or text[sentence.span[0] - 1 : sentence.span[0]] == "\n")
        and "\n" in text[sentence.span[1] : sentence.span[1] + 3]
        and not sentence.text.rstrip().endswith((".", "!", "?"))
    ):
        marked[first] = True
    return marked


def _asserts_something(text: str, span: Span) -> bool:
    """Sentences with no figure that still assert something checkable."""
    lowered = text[span[0] : span[1]].lower()
    return bool(fact_of(text, span) or any(signal.occurs(lowered) for signal in _ASSERTING_SIGNALS))


def extract_claims(
    source_id: str, text: str, sentences: Sequence[Sentence], published: str | None = None
) -> list[Claim]:
    """All claims of one source, in text order.

    :param source_id: id of the source the sentences come from
    :param text: the source's full text (spans are offsets into it)
    :param sentences: the source's kept sentences, in order
    :param published: the publication date its page or record gives ("2024-03-04..."):
        the article's year and date when its own text names none
    """
    lines = LineIndex(text)
    headings = _with_programme_lines(text, sentences, [_is_heading(s) for s in sentences])
    context_year, context_day, context_date = article_time(
        text, sentences, _with_long_headline(text, sentences, headings)
    )
    stamp = ISO_DATE.match(published or "")
    if stamp is not None:
        context_year = context_year or int(stamp["year"])
        context_date = context_date or f"{int(stamp['month']):02d}-{int(stamp['day']):02d}"
    lowercase_words = set(re.findall(r"\b[a-z][a-z'’-]+\b", text))
    claims: list[Claim] = []
    ends = [0, *(sentence.span[1] for sentence in sentences)]
    undated = [_without_dateline(sentence) for sentence in sentences]
    attributions = SentenceAttributions(
        text,
        [sentence.text for sentence in sentences],
        # "PORT X, March 4 (Wire) - Officials said ...": the credit follows the dateline.
        [sentence.span for sentence in undated],
        [
            "\n" not in text[end : sentence.span[0]]
            for end, sentence in zip(ends, sentences, strict=False)
        ],
    )
    for index, sentence in enumerate(undated):
        if headings[index]:
            continue
        quantities = parse_quantities(sentence.text, offset=sentence.span[0])
        if not quantities:
            quantities = zero_counts(sentence.text, sentence.span[0])
        quantities = with_vague_counts(sentence.text, sentence.span[0], quantities)
        quantities = _joined_durations(text, quantities)
        quantities = _changed_to_levels(text, quantities)
        quantities = [_as_share(text, q) for q in quantities]
        facts = _fact_figures(text, sentence)
        ages = _listed_ages(text, quantities)
        quantities = [
            _with_term_noun(text, _with_counted_noun(text, q))
            for q in quantities
            if not (
                _in_spans(q, facts)
                or _is_age_aside(text, q)
                or q.span in ages
                or _is_threshold(text, q)
                or _is_awaited_level(text, q)
                or _is_norm(text, q)
                or _is_house_number(text, q)
                or _is_clock_hour(text, q)
                or _in_a_family(text, q)
                or _one_described(text, q)
                or _in_a_name(text, q)
            )
        ]
        quantities = _without_parts(text, quantities)
        quantities = _without_known_few(text, quantities)
        anchors = main_quantities(quantities)
        if not anchors and not _asserts_something(text, sentence.span):
            continue
        if anchors:
            clauses, timed_over = _with_fact_clauses(
                text, split_clauses(text, sentence.span, anchors), anchors
            )
        else:
            # The sentence states its first fact; a second one gets a claim of its own.
            further = [phrase for _, phrase in find_facts(text, sentence.span)[1:]]
            clauses, timed_over = sorted([sentence.span, *further]), frozenset()
        names = find_names(text, sentence.span, lowercase_words)
        attribution = attributions.of(index)
        claims.extend(
            _claims_for_sentence(
                source_id,
                text,
                sentence,
                clauses,
                quantities,
                names,
                attribution,
                lines,
                {
                    "context_year": context_year,
                    "context_day": context_day,
                    "context_date": context_date,
                },
                timed_over,
            )
        )
    return _ages_in_full(text, claims)


def _ages_in_full(text: str, claims: list[Claim]) -> list[Claim]:
    """Claims with each age told of a surname alone ("Kessler, 54,") told of the full name
    the article gave that surname before, when it gave it to one name only ("A judge
    sentenced Dorian Kessler ..."): two articles' ages of one person then have one name,
    and a sister named in full later ("Mahnefah Gray, 19") is never the "Gray, 16" before.

    :returns: the claims in their order, such ages copied with the full name
    """
    full: list[Claim] = []
    for claim in claims:
        fact = claim.fact
        if fact is not None and fact.attribute == "age" and fact.of and " " not in fact.of:
            named = {
                _without_titles(name.group()).casefold()
                for name in _FULL_NAME.finditer(text, 0, claim.span[0])
            }
            given = [
                name
                for name in named
                if name.split()[-1] == fact.of
                and " " in name
                # "‘Kiki’ Gray" is a nickname in quotation marks, not a name.
                and all(word[-1].isalpha() for word in name.split())
            ]
            if len(given) == 1:
                fact = fact.model_copy(update={"of": given[0]})
                claim = claim.model_copy(update={"fact": fact, "measure": given[0]})
        full.append(claim)
    return full


# Whom a source tells, named after "told" and before the clause it tells: "a source has told
# Vale Nine that the train ...", "told the Gazette the blaze burned for nine hours".
_RECIPIENT = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}"
    r"(?=(?:that|the|a|an|it|he|she|they|there|its|his|her|their)\b|\d)"
)


# A name, with an age or not, set off by commas right after a credit to a described source,
# before the clause's own words: "According to the campground's owner, Harold Quennell, 58,
# 212 campers were registered" (not "According to police, Vale, 34, was driving").
_NAMED_SOURCE = re.compile(
    r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s+\d{1,3})?,\s+"
    r"(?=\d|(?:the|a|an|its|their|some|about|nearly|more|at|over)\b)"
)


# Words that open a clause set against the one before: "Prices have risen 12 percent, but
# several shopkeepers say that has done little".
_CONTRAST_OPENERS = ("but ", "yet ", "while ", "whereas ", "although ", "though ")


def _credits_a_later_contrast(attribution: Attribution, clause: Span) -> bool:
    """Whether a sentence's credit opens a clause set against an earlier one
    (``_CONTRAST_OPENERS``) after the claim's clause: what "but several shopkeepers say"
    credits follows it, not the figure before it."""
    return attribution.span[0] >= clause[1] and attribution.source.casefold().startswith(
        _CONTRAST_OPENERS
    )


# "that" right after a credit: what it credits follows it.
_THAT_AFTER = re.compile(r"\s+that\b")


def _credits_a_later_that_clause(
    text: str, attribution: Attribution, clause: Span, figure_end: int | None
) -> bool:
    """Whether a sentence's credit, after the claim's clause, ends in its verb and opens a
    clause with "that" (not "according to a letter that was seen by ..."): in "Rival
    Brightwave raised its prices by 8.8 percent last month, and Velora's supporters point
    out that its rise is not the steepest", the supporters credit what follows "that", not
    the rival's rise before it. The credit comes after the claim's clause, or, joined to it
    by "and", after its figure."""
    later = attribution.span[0] >= clause[1] or (
        figure_end is not None
        and figure_end <= attribution.span[0]
        and attribution.source.casefold().startswith("and ")
    )
    credit = text[attribution.span[0] : attribution.span[1]].casefold()
    return later and (
        credit.endswith(f"{attribution.cue} that")
        or (
            credit.endswith(attribution.cue)
            and _THAT_AFTER.match(text, attribution.span[1]) is not None
        )
    )


# Words right before a name that make it whom a source told, not what a claim is about:
# "the team's deputy leader, Rhodri Fenn, told the Courier", "Speaking to the Gazette on
# Thursday", "a figure she read to the Gazette".
_TOLD_BEFORE = re.compile(
    r"\b(?:told|tells?|telling|(?:speaking|spoke|talking|talked|said|read|confirmed|wrote|"
    r"explained|described)\s+(?:it\s+)?to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words right after a name that make it the outlet's own voice: "The Courier has learned
# that", "the Gazette understands".
_OUTLET_VOICE_AFTER = re.compile(
    r"\s+(?:has|have)\s+(?:learned|learnt)\b|\s+understands\b"
    r"|\s+can\s+(?:reveal|confirm)\b"
)


def _is_told(text: str, span: Span) -> bool:
    """Whether a name is whom a source told, or an outlet speaking in its own voice
    (``_TOLD_BEFORE``, ``_OUTLET_VOICE_AFTER``): no subject of the claim."""
    return (
        _TOLD_BEFORE.search(text, max(0, span[0] - 30), span[0]) is not None
        or _OUTLET_VOICE_AFTER.match(text, span[1]) is not None
    )


# "it" and a verb, or "its own", right after a credit: the source tells of its own deed
# ("Skellig Line, which runs the longer crossing, says it carried four hundred thousand
# passengers", "Pellow & Strand said its own index shows rents up 11.2 percent"). After a
# copula "it" is more often what the source describes ("Police said it was travelling at
# 90mph").
_ITSELF_AFTER_CREDIT = re.compile(
    r",?\s+(?:that\s+)?(?:it\s+(?!(?:is|was|were|has\s+been|had\s+been)\b|['’]s\b)[a-z]"
    r"|its\s+own\s)"
)


# A source described, not named: "The charity", "A spokesman".
_DESCRIBED = re.compile(r"(?:The|A|An|This|Its|Their)\s")


def _source_of_itself(text: str, source: str, credit_end: int, limit: int) -> str:
    """A named source whose credit ends at ``credit_end``, before ``limit``, and goes on
    with "it" and a verb, or "its own" (``_ITSELF_AFTER_CREDIT``): what follows is of the
    source itself. "" otherwise."""
    if (
        not source[:1].isupper()
        or _DESCRIBED.match(source)
        or source.casefold() in _SPEAKERS_OWN
        or credit_end > limit
        or _ITSELF_AFTER_CREDIT.match(text, credit_end, limit) is None
    ):
        return ""
    return source


def tells_of_itself(claim: Claim) -> bool:
    """Whether a claim's subject is its named source, which tells of itself
    (``_source_of_itself``): "Skellig Line ... says it carried four hundred thousand
    passengers"."""
    attribution = claim.attribution
    if attribution is None or not claim.subject or claim.subject != attribution.source:
        return False
    credit_end = attribution.span[1] - claim.span[0]
    return credit_end >= 0 and bool(
        _source_of_itself(claim.text, attribution.source, credit_end, len(claim.text))
    )


def _credit_with_recipient(text: str, attribution: Attribution) -> Span:
    """A credit's span with whom it tells ("has told Vale Nine") or the name of its
    described source ("According to the campground's owner, Harold Quennell, 58,"), so
    that neither is taken for what the claim is about."""
    if attribution.source[:1].islower() and (
        named := _NAMED_SOURCE.match(text, attribution.span[1])
    ):
        return attribution.span[0], named.end()
    if attribution.cue.casefold() not in ("told", "tells", "tell"):
        return attribution.span
    recipient = _RECIPIENT.match(text, attribution.span[1])
    return (attribution.span[0], recipient.end()) if recipient else attribution.span


def _claims_for_sentence(
    source_id: str,
    text: str,
    sentence: Sentence,
    clauses: Sequence[Span],
    quantities: Sequence[Quantity],
    names: Sequence[tuple[str, Span]],
    attribution: Attribution | None,
    lines: LineIndex,
    context: dict[str, Any],
    timed_over: AbstractSet[Span] = frozenset(),
) -> list[Claim]:
    """One claim per clause, with measures filled in from sibling clauses.

    :param context: the article's year, day and date (``Claim`` fields), for every claim
    :param timed_over: clauses that give an event's time over a figure, whose claim is
        the time alone (``_with_fact_clauses``)
    """
    places = {name for name, span in names if is_place(text, name, span)}
    # A name after a possessive pronoun is something its owner has ("he was driving his
    # Bentley"): no subject, as a place is none.
    recipients = {name for name, span in names if _is_told(text, span)}
    not_subjects = (
        places
        | recipients
        | {
            name
            for name, span in names
            if _OWNED.search(text, max(0, span[0] - 8), span[0])
            or _ROLE_OF.search(text, max(0, span[0] - 60), span[0])
        }
    )
    skip = _credit_with_recipient(text, attribution) if attribution else (-1, -1)
    number_of = NUMBER_OF.search(sentence.text)
    anaphoric = (
        PRONOUN_START.match(sentence.text) is not None
        and not _speaks_of_another(sentence.text)
        and not _OWN_DOCUMENT_START.match(sentence.text)
    )
    told_of = _person_before_pronoun(text, sentence) if anaphoric else ""
    asides = [
        (sentence.span[0] + found.start(), sentence.span[0] + found.end())
        for found in RELATIVE_ASIDE.finditer(sentence.text)
    ]
    results: list[Claim] = []
    last_measure = ""
    years = [q for q in quantities if q.kind == "year"]
    starts = [q.span[0] for q in quantities]
    for clause in clauses:
        in_clause = (
            []
            if clause in timed_over
            else list(
                quantities[
                    bisect.bisect_left(starts, clause[0]) : bisect.bisect_left(starts, clause[1])
                ]
            )
        )
        anchors = main_quantities(in_clause)
        anchor = anchors[0] if anchors else None
        clause_text = text[clause[0] : clause[1]]
        measure = measure_of(text, clause, sentence.span, anchor) if anchor else ""
        listed = _last_in_list(text, anchor, quantities) if anchor and not measure else None
        if listed is not None:
            # "the 7.6 and 7.5 magnitude quakes": the first of a list counts what the last does.
            measure = measure_of(text, (listed.span[0], sentence.span[1]), sentence.span, listed)
        if anchor is not None and not measure and anchor.kind == "count":
            measure = number_of.group(1).casefold() if number_of else last_measure
        last_measure = measure or last_measure
        predicate = (
            predicate_of(text, clause, sentence.span, anchor, measure)
            if anchor is not None and anchor.kind == "count"
            else ""
        )
        fact = None if anchor else fact_of(text, clause)
        if anchor is None and fact is None and any(c != clause for c in clauses):
            continue
        subject_limit = anchor.span[0] if anchor else (fact.span[0] if fact else clause[1])
        subject = subject_of(subject_limit, names, skip, not_subjects, asides)
        if (
            not subject
            and told_of
            and REPORTING_VERB.search(text[sentence.span[0] : subject_limit].casefold()) is None
        ):
            # The pronoun's person, unless a reporting verb stands before the figure, whose
            # words tell of something else ("She was recaptured at 2:30, and police told us
            # sixteen officers had been sent").
            subject = told_of
        if not subject and attribution is not None:
            subject = _source_of_itself(
                text, attribution.source, attribution.span[1], subject_limit
            )
        if (
            fact is not None
            and not subject
            and (thing := _DESCRIBED_BEFORE_WHICH.search(text, sentence.span[0], fact.span[0]))
        ):
            # "The park, which opened in 2006,": the park's opening, whatever the sentence
            # names after it.
            subject = thing.group("thing")
        if fact is not None and fact.attribute == "age":
            # Whose age it is, as written: the name beside the figure, or in the sentence
            # before for an age told by a pronoun ("She was 84.").
            written = re.search(re.escape(fact.of), clause_text, re.IGNORECASE)
            if written is None and fact.of:
                before = _sentence_before(text, sentence.span[0])
                written = re.search(re.escape(fact.of), before, re.IGNORECASE)
            subject = written.group() if written else subject
        if fact is not None and fact.of:
            # "X will lead the combined company", "X won Mill Ward": the post or the
            # prize, not a name, is what the claim is about.
            measure = fact.of
        line, column = lines.position(clause[0])
        results.append(
            Claim(
                id=claim_id(source_id, clause),
                source=source_id,
                span=clause,
                sentence_span=sentence.span,
                line=line,
                column=column,
                text=clause_text,
                quantities=list(in_clause),
                measure=split_measure(measure),
                predicate=predicate,
                subject=subject,
                time=time_of(
                    text,
                    clause,
                    sentence.span,
                    years,
                    anchor,
                    in_clause,
                    fact_value=(
                        fact.span
                        if fact is not None and fact.attribute.startswith("time of ")
                        else None
                    ),
                )
                or year_pointed_back(text, sentence.span),
                places=sorted(places),
                entities=[
                    name
                    for name, span in names
                    if name not in places
                    and name not in recipients
                    and clause[0] <= span[0] < clause[1]
                    and not (skip[0] <= span[0] < skip[1])
                    and not (fact and fact.span[0] <= span[0] < fact.span[1])
                ],
                attribution=None
                if attribution is not None
                and (
                    _credits_a_later_contrast(attribution, clause)
                    or _credits_a_later_that_clause(
                        text, attribution, clause, anchor.span[1] if anchor else None
                    )
                )
                else attribution,
                fact=fact,
                # An age describes whom a sentence is about, whatever it urges of them:
                # "Elsie Harrow, who was seventy-four, should not have died".
                checkable=(
                    (fact is not None and fact.attribute == "age") or not _exhorts(clause_text)
                )
                and (bool(anchors or fact) or not OPINION_CUES.search(clause_text)),
                anaphoric=anaphoric,
                signals=signals_of(clause_text, in_clause),
                **context,
            )
        )
    return results


# How a temperature's surface names its scale: "41.6 degrees Celsius", "44.1C", "109°F".
_FAHRENHEIT = re.compile(r"fahrenheit|°\s*f\b|\d\s*f\b")
_CELSIUS = re.compile(r"celsius|centigrade|°\s*c\b|\d\s*c\b")


def _written_scale(quantity: Quantity) -> str:
    """The scale a temperature's surface names, as a word the parser reads after a figure
    ('Fahrenheit', 'Celsius'), '' when it names none."""
    surface = quantity.surface.casefold()
    if _FAHRENHEIT.search(surface):
        return "Fahrenheit"
    return "Celsius" if _CELSIUS.search(surface) else ""


# How far (°C) from a temperature the story states a bare "degrees" may be to be one: this,
# or this share of the stated one, whichever is more.
DEGREES_MARGIN = 10.0
DEGREES_SHARE = 0.25


def _near_a_stated_temperature(value: float | None, stated: Sequence[float]) -> bool:
    """Whether a temperature (°C) lies near one the story states: within
    ``DEGREES_MARGIN``, or ``DEGREES_SHARE`` of the stated one, whichever is more."""
    return value is not None and any(
        abs(value - other) <= max(DEGREES_MARGIN, DEGREES_SHARE * abs(other)) for other in stated
    )


def scale_bare_degrees(claims: Sequence[Claim]) -> list[Claim]:
    """A story's claims, with each bare count of "degrees" ("peaked at 104 degrees on
    Sunday") read as a temperature on the one scale the story's temperatures name ("hit
    109 degrees Fahrenheit"). News gives the scale once and drops it after; without it the
    figure is a count of degrees that meets no temperature. A story whose temperatures
    name both scales, or none, is left as it is, and so is a figure far from every
    temperature the story states (``DEGREES_MARGIN``, ``DEGREES_SHARE``).

    :param claims: one story's claims, of all its articles
    :returns: the claims, in order, bare degrees made temperatures where the scale is known
    """
    stated = [
        quantity
        for claim in claims
        for quantity in claim.quantities
        if quantity.kind == "temperature" and quantity.value is not None
    ]
    scales = {_written_scale(quantity) for quantity in stated} - {""}
    if len(scales) != 1:
        return list(claims)
    (scale,) = scales
    values = [quantity.value for quantity in stated if quantity.value is not None]
    read: list[Claim] = []
    for claim in claims:
        quantity = primary_quantity(claim)
        if quantity is None or quantity.kind != "count" or claim.measure.casefold() != "degrees":
            read.append(claim)
            continue
        parsed = [
            q for q in parse_quantities(f"{quantity.surface} {scale}") if q.kind == "temperature"
        ]
        if len(parsed) != 1 or not _near_a_stated_temperature(parsed[0].value, values):
            # Far from every temperature the story states, "a tilt of 4 degrees" beside
            # "1,500 degrees Celsius", or "52 degrees" (Fahrenheit) beside "17 degrees
            # Celsius", is an angle or another scale's.
            read.append(claim)
            continue
        temperature = parsed[0].model_copy(
            update={"surface": quantity.surface, "span": quantity.span}
        )
        read.append(
            claim.model_copy(
                update={
                    "quantities": [temperature if q is quantity else q for q in claim.quantities],
                    "measure": "",
                    "frame": None,
                }
            )
        )
    return read
