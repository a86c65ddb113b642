"""Attribution: who a sentence credits for what it asserts.

A claim credited to an agency, a report or a named person can be checked
against that source; a claim credited to nobody and backed by no other article
is what a fact-checker looks at first. This module finds attribution phrases
in a sentence and decides whether a lead sentence's attribution reaches the
sentences after it. The forms it knows:

* a source and a reporting verb: "according to X", "X reported that", "..., said
  X", "citing X", "X, 39, a clerk, said", "X, who ..., told", "..., sources tell Y",
  "..., prosecutors charge";
* a source giving a figure: "X put the toll at 40", "was estimated by X at";
* a source's stance or its own expectation: "analysts expressed the concern that",
  "the agency cut its outlook on concern (that) ...", "our estimate", "we estimate";
* a hedge crediting unnamed reports: "reportedly", "allegedly", "are said to",
  "it was said that";
* a quotation over several sentences, credited to the speaker named where it
  closes (\'"... It took 40 cows," said Ruiz.\') or where it opens ("Ruiz said: ...");
* a broadcast transcript's speaker label over the speaker's turn ("FIRE CHIEF DANA
  WHITLOCK: We pulled 14 people out"), not the outlet's own anchors and reporters.

A verb that also names an act ("added 12 points", "found the receiver", "charged
three men") credits only before "that", a quote or at the sentence's end. The
verbs and nouns are data tables (``data/attribution.json``); no source names are
built in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Literal, NamedTuple

from claimcheck.cues import holds_any, may_hold_ignoring_case
from claimcheck.datafiles import read_data
from claimcheck.lexicon import singular
from claimcheck.models import Attribution, Span
from claimcheck.quantities.units import prefix_tree

Scope = Literal["clause", "sentence", "lead"]

# The word lists, read once: each one's use is in the file's "about".
_WORDS: dict[str, Any] = read_data("attribution.json")

# Reporting verbs: in data/attribution.json, like every word list below.
REPORTING_VERBS: list[str] = list(_WORDS["reporting_verbs"])
# The same, for looking a word up.
REPORTING_VERB_WORDS: frozenset[str] = frozenset(REPORTING_VERBS)

# Verbs that also name an act: in data/attribution.json.
ACT_VERBS: list[str] = list(_WORDS["act_verbs"])
DOCUMENT_VERBS: frozenset[str] = frozenset(_WORDS["document_verbs"])

# Nouns for documents and measurements: in data/attribution.json.
DOCUMENT_NOUNS: frozenset[str] = frozenset(_WORDS["document_nouns"])
# People whose work is to find: "Inspectors found 27 medication errors".
FINDER_NOUNS: frozenset[str] = frozenset(_WORDS["finder_nouns"])

# Verbs that credit a source only when they introduce a clause: in data/attribution.json.
THAT_VERBS: list[str] = list(_WORDS["that_verbs"])

# Verbs that may close a sentence after a comma: in data/attribution.json.
TRAILING_VERBS: list[str] = list(_WORDS["trailing_verbs"])

# Hedges that credit unnamed reports or allegations: in data/attribution.json.
HEDGES: list[str] = list(_WORDS["hedges"])

# An outlet's own estimate, a writer's first-hand account: in data/attribution.json.
OWN_ESTIMATE_NOUNS: list[str] = list(_WORDS["own_estimate_nouns"])
OWN_ESTIMATE_VERBS: list[str] = list(_WORDS["own_estimate_verbs"])
FIRST_HAND_VERBS: list[str] = list(_WORDS["first_hand_verbs"])

# Nouns for a stance a source voices: in data/attribution.json.
STANCE_NOUNS: list[str] = list(_WORDS["stance_nouns"])

# Verbs by which a source gives a figure: in data/attribution.json.
FIGURE_VERBS: list[str] = list(_WORDS["figure_verbs"])
COUNT_VERBS: list[str] = list(_WORDS["count_verbs"])
_STATE_ALT = "|".join(_WORDS["state_words"])

# Participles of a passive credit: in data/attribution.json.
PASSIVE_CUES: list[str] = list(_WORDS["passive_cues"])

# Nouns that make a common-noun phrase a credible source: in data/attribution.json.
SOURCE_NOUNS: frozenset[str] = frozenset(_WORDS["source_nouns"])
_SOURCE_OR_DOCUMENT = SOURCE_NOUNS | DOCUMENT_NOUNS

# Endings of nouns for people and bodies: in data/attribution.json.
SOURCE_SUFFIXES: tuple[str, ...] = tuple(_WORDS["source_suffixes"])

# Words that name a source on their own: in data/attribution.json.
PRONOUN_SOURCES: tuple[str, ...] = tuple(_WORDS["pronoun_sources"])
# Words that make a phrase before a reporting verb a clause: in data/attribution.json.
CLAUSE_SUBJECTS: frozenset[str] = frozenset(_WORDS["clause_subjects"])
CLAUSE_VERBS: frozenset[str] = frozenset(_WORDS["clause_verbs"])

# Words that may sit between a source and its verb: in data/attribution.json.
ADVERBS: list[str] = list(_WORDS["adverbs"])

# Number words that make "at" introduce a figure: in data/attribution.json.
NUMBER_WORDS: list[str] = list(_WORDS["number_words"])

# Words that can end a piece of a sentence cut by a stray period: in data/attribution.json.
DANGLING_WORDS: frozenset[str] = frozenset(_WORDS["dangling_words"])

# A word after a reporting verb that makes it another verb ("wrote off"): in
# data/attribution.json.
_NOT_A_CREDIT_AFTER = r"(?!\s+(?:" + "|".join(_WORDS["sense_particles"]) + r")\b)"


def _crediting(verbs: list[str]) -> str:
    """A pattern of any of these verbs with no sense particle after it."""
    return "(?:" + "|".join(verbs) + ")" + _NOT_A_CREDIT_AFTER


_VERB_ALT = _crediting(REPORTING_VERBS)
# Any reporting verb ("said", "told", "reported"), in lower-cased text.
REPORTING_VERB = re.compile(rf"\b(?:{_VERB_ALT})\b")
_THAT_VERB_ALT = "|".join(THAT_VERBS)
_ACT_VERB_ALT = "|".join(ACT_VERBS)
_TRAILING_ALT = _crediting(TRAILING_VERBS)
_SPEECH_ALT = _crediting(_WORDS["speech_verbs"])
_APPOSITIVE_ALT = "|".join(
    [*_WORDS["speech_verbs"], *_WORDS["appositive_verbs"], *_WORDS["document_verbs"]]
)
_ADVERB_ALT = "|".join(ADVERBS)
_NUMBER_ALT = "|".join(NUMBER_WORDS)

# A clause start: the sentence start, after a clause mark, an opening quote, a conjunction
# ("..., but Mr Lang, the commissioner, said") or a relative "that" ("a haul that police
# say runs into millions").
_CLAUSE_START = (
    r"(?:^|(?<=[,;:\u2013\u2014(\u201d\"]\s)|(?<=[\u201c\"])|(?<=\bbut\s)|(?<=\band\s)"
    r"|(?<=\bthat\s)"
    # "The news came as documents released on Monday showed that ...", "It comes after
    # police said ...": the news is set beside a credited clause.
    r"|(?<=\bcame\sas\s)|(?<=\bcomes\sas\s)|(?<=\bcame\safter\s)|(?<=\bcomes\safter\s))"
)

# A short noun phrase that may name a source: "Reuters", "The World Health
# Organization", "A Stanford report", "Head of the agency Captain Ruiz", "An audit by
# Brevik & Holm". A relative "that" ends the phrase before it ("a haul that police say":
# the source is "police"), and so does "comes" or "came" ("It comes as the council
# confirmed that": the source is "the council").
_SOURCE_PHRASE = (
    r"(?:[A-Z][\w.&'\u2019-]*|[a-z0-9][\w'\u2019-]*)"
    r"(?:\s+(?!(?:that|comes|came)\b)"
    r"(?:[A-Z][\w.&'\u2019-]*|of|the|and|&|for|de|[a-z0-9][\w'\u2019-]*)){0,9}?"
)

# The period of an initial or an abbreviation inside a name: "Ann W. Vale", "U.S."
_INITIAL = r"(?<=\b[A-Z])\."

# The period of an abbreviated title inside a speaker's name: "Maj. Gen. Ana Ruiz" (the
# titles are in data/attribution.json; one look-behind each, as each must be fixed-width).
TITLE_ABBREVIATIONS: list[str] = list(_WORDS["title_abbreviations"])
_ABBREVIATED = (
    "(?:"
    + "|".join(rf"(?<=\b{re.escape(title)})" for title in TITLE_ABBREVIATIONS)
    + r")\.(?=\s+[A-Z])"
)

# An abbreviation in brackets after a name: "the Geophysics Agency (GA) said".
_ABBREVIATION = r"(?:\s+\([A-Z][\w.&-]{1,15}\))?"

# "according to the International Energy Agency" / "citing police records" /
# "as reported by Reuters" / "21,300 by the count of the promoters": the source runs to the
# next comma, clause mark or end.
PREPOSED_SOURCE = re.compile(
    r"\b(?P<cue>[Aa]ccording to|[Cc]iting|[Aa]s (?:reported|stated|noted|announced) by"
    r"|by the (?:count|reckoning|estimate|tally) of)\s+"
    r"(?P<source>[^,;:.()\u2013\u2014]{2,120}?)"
    r"(?=\s*(?:[,;:.()\u2013\u2014]|\s(?:that|which|and|but|as|when|while|who)\b|$))"
)

# "By Corvale's own figures, they leak", "By their own count they took more than 4.7
# tonnes", "Castlereigh, by its own account, packed 200kg": the reckoning of the one named
# is the source, and ends at its noun.
OWN_RECKONING = re.compile(
    r"\b(?P<cue>[Bb]y)\s+(?P<source>(?:(?:the\s+)?[\w'\u2019.&-]+(?:\s+[\w'\u2019.&-]+){0,3}?"
    r"['\u2019]s?\s+(?:own\s+)?|(?:its|their|his|her)\s+own\s+)"
    r"(?:figures|count|reckoning|estimates?|tally|calculations?|data|account))\b"
)

# "The pass has claimed more than 60 lives": a toll taken, no claim made.
_NO_TOLL = r"(?!(?:(?<=claimed)|(?<=claims))\s+(?:[\w,-]+\s+){0,3}?(?:lives|victims)\b)"

# "Reuters reported that", "The World Health Organization says",
# "A Stanford report recently noted that", "he said", "The Mapping Agency (MA) said",
# "prosecutors charge that": a short noun phrase at a clause start, optional adverb,
# reporting verb (or a verb that credits only before "that").
SOURCE_THEN_VERB = re.compile(
    _CLAUSE_START + rf"(?P<source>{_SOURCE_PHRASE}){_ABBREVIATION}"
    # A refusal before "but": "Brackley declined to name them but said they ...".
    r"(?:\s+(?:declined|refused)\s+to\s+[a-z]+(?:\s+[a-z]+){0,4}?,?\s+but)?"
    rf"\s+(?:(?:{_ADVERB_ALT})\s+){{0,2}}"
    rf"(?:(?P<cue>{_VERB_ALT})\b(?!\s+(?:{_STATE_ALT})\b){_NO_TOLL}(?P<that>\s+that\b)?"
    rf"|(?P<cue_that>{_THAT_VERB_ALT})\s+that\b"
    rf"|(?P<cue_act>{_ACT_VERB_ALT})\b(?P<act_tail>\s+that\b|\s*[,:\u201c\"])?)"
)

# One lower-case word inside a person's name, with the space after it: "Fenna de Wit".
NAME_PARTICLE = "(?:(?:" + "|".join(_WORDS["name_particles"]) + r")\s+)"

# "Maria King, 39, a records clerk at the hospital, said she ...", "The police chief,
# Ana Ruiz, said ...", "Ruiz's mother, Ana Ruiz, said", "Its owner, Pavel Stroud, said",
# "Another passenger, Donal Breck, said": a
# name or a common noun phrase (which must end in a source noun or be named by its
# apposition, see ``_credible_matches``), one or two appositions between commas, then the
# verb.
APPOSITIVE_SPEAKER = re.compile(
    r"(?:^|(?<=[,;:\u201d\"]\s)|(?<=\bbut\s)|(?<=\band\s))"
    r"(?P<source>(?!Another\s)[A-Z][\w'\u2019.-]*(?:\s+(?:&\s+|"
    + NAME_PARTICLE
    + r"{1,2})?[A-Z][\w'\u2019.-]*){0,3}"
    # A title before a name: "Plant manager Ann Vale, 61, said", "Co-founder and chief
    # executive Tamsin Orrel, 37, said".
    r"|[A-Z][a-z-]+(?:\s+[a-z][a-z-]+){1,3}(?:\s+[A-Z][\w'\u2019.-]*){1,3}"
    # A figure's thousands separator is no comma of the sentence: "A union survey of 2,300
    # students, published last week, found that".
    r"|(?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w-]*['\u2019]s)\s+"
    r"(?:[^,;.\u201c\"]|(?<=\d)[,.](?=\d)){1,60}?),"
    rf"\s+(?P<apposition>(?:[^,;.]|{_INITIAL}){{1,80}}),"
    rf"(?:\s+(?:[^,;.]|{_INITIAL}){{1,80}},)?\s+(?P<cue>{_APPOSITIVE_ALT})\b"
)

# "Head of the agency Captain Ruiz, who spoke by phone from the port, told reporters
# that ...": a source, a relative clause between commas, then the reporting verb.
RELATIVE_SPEAKER = re.compile(
    _CLAUSE_START
    # "Fenna de Wit, 72, who lives opposite, said": an age is nobody's name.
    + r"(?!\d[\d,.]*,)"
    + rf"(?P<source>{_SOURCE_PHRASE}),\s+(?P<relative>who|which)\s+[^;\u201c\"]{{1,140}}?,"
    rf"\s+(?:(?P<cue>{_SPEECH_ALT})\b|(?P<cue_that>{_VERB_ALT}|{_THAT_VERB_ALT})\s+that\b)"
)

# "Ruiz put the death toll at 40", "Another survey, in a weekly paper, put disapproval
# at 68 percent", "estimates peg the damage at about $2 million": a source gives a figure.
FIGURE_PUT = re.compile(
    _CLAUSE_START + rf"(?P<source>{_SOURCE_PHRASE})(?:,[^,;]{{1,90}},)?"
    rf"\s+(?:(?:{_ADVERB_ALT})\s+){{0,2}}(?P<cue>{'|'.join(FIGURE_VERBS)})\s+"
    r"[^;.]{1,80}?\bat\s+(?:[a-z]+\s+){0,2}(?:[$\u20ac\u00a3\u00a5]|\d"
    rf"|(?:{_NUMBER_ALT})\b)"
)

# Any document noun, longest first, for patterns.
DOCUMENT_NOUN_ALT = "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))

# "published its provisional accounts for the event, which show the event cost £2.3
# million", "a council report, which found 40 schools closed": a document credits what
# its relative clause says it shows.
DOCUMENT_WHICH = re.compile(
    r"\b(?P<source>(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?|[A-Z][\w-]*['\u2019]s)"
    rf"(?:\s+(?!(?:the|its|their|his|her|an?)\b)[\w'\u2019-]+){{0,4}}?\s+(?:{DOCUMENT_NOUN_ALT})s?)"
    r"(?:\s+(?:for|of|on|from|into|about)\s+[^,;.\u201c\"]{1,50}?)?"
    rf",\s+which\s+(?:(?:{_ADVERB_ALT})\s+)?(?P<cue>{'|'.join(sorted(DOCUMENT_VERBS))})\b"
)

# "A crowd the Harwick Constabulary put at about 250,000 turned out", "damage the insurers
# estimated at $3 million": a source that gives the figure of what comes before it.
_PUT_AT_ALT = "put|puts|estimated|estimates|placed|places"
FIGURE_PUT_AFTER = re.compile(
    r"\b(?:the|[Tt]heir|[Ii]ts)\s+(?P<source>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4}"
    r"|[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?)"
    rf"\s+(?P<cue>{_PUT_AT_ALT})\s+at\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?(?:[$\u20ac\u00a3\u00a5]|\d)"
)

# "County officials counted 87 houses destroyed", "The department listed 1,184
# firefighters": a source counts what the figure after the verb counts.
FIGURE_COUNTED = re.compile(
    _CLAUSE_START + rf"(?P<source>{_SOURCE_PHRASE})"
    rf"\s+(?:(?:{_ADVERB_ALT})\s+){{0,2}}(?P<cue>{'|'.join(COUNT_VERBS)})\s+"
    r"(?:(?:at\s+least|about|nearly|almost|some|more\s+than|over)\s+)?"
    rf"(?:[$\u20ac\u00a3\u00a5]|\d|(?:{_NUMBER_ALT})\b)"
)

# "was estimated by the Commerce Chamber at", "as counted by the census office",
# "was put at 40 by the ministry": a passive credit naming its source after "by".
PASSIVE_BY = re.compile(
    rf"\b(?P<cue>{'|'.join(PASSIVE_CUES)})\s+(?:at\s+[^,;()]{{1,40}}?\s+)?by\s+"
    r"(?P<source>[^,;:()\u2013\u2014]{2,80}?)"
    r"(?=\s*(?:[,;:.()\u2013\u2014]|\s(?:at|as|to|on|in|that|which|and|but|for|with)\b|$))"
)

# "Analysts however expressed the concern that ...", "the union voiced fears that ...".
STANCE = re.compile(
    _CLAUSE_START + rf"(?P<source>{_SOURCE_PHRASE})\s+(?:(?:{_ADVERB_ALT})\s+){{0,2}}"
    r"(?P<cue>expressed|voiced|raised|shared|stated)\s+"
    r"(?:(?:the|their|its|his|her|a|some|growing|serious)\s+){0,2}"
    rf"(?:{'|'.join(STANCE_NOUNS)})\s+that\b"
)

# "Rating agency Fitch cut its outlook on concern the debt ratio will jump to 37%": a
# source acts on its own expectation, which the rest of the sentence states.
ACTS_ON_CONCERN = re.compile(
    r"^(?P<source>(?:[A-Z][\w.&'\u2019-]*|[a-z][\w-]*)(?:\s+[A-Z][\w.&'\u2019-]*|\s+[a-z][\w-]*)"
    r"{0,6}?)\s+(?:[a-z]+ed|cut|kept|held|set)\b[^;]{0,160}?\s"
    r"(?P<cue>on (?:concerns?|fears?|worries|expectations?))\b"
)

# "Our price estimate stands at $9", "our forecast", "We estimate": the outlet or analyst
# credits itself.
OWN_ESTIMATE = re.compile(
    r"\b(?P<source>[Oo]ur)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<cue>{'|'.join(OWN_ESTIMATE_NOUNS)})\b"
    rf"|\b(?P<source2>[Ww]e)\s+(?:now\s+)?(?P<cue2>{'|'.join(OWN_ESTIMATE_VERBS)})\b"
    rf"|\b(?P<source3>I)\s+(?:\w+ly\s+)?(?P<cue3>{'|'.join(FIRST_HAND_VERBS)})\b"
)

# "was reportedly aiming", "allegedly drove", "two more are reported to have died", "he is
# said to have fled", "it was said throughout the trial that": a hedge crediting unnamed
# reports.
HEDGE = re.compile(
    rf"\b(?P<cue>{'|'.join(HEDGES)}"
    r"|(?:is|are|was|were|has been|have been)\s+(?:also\s+)?(?:reported|said)\s+to"
    r"|it\s+(?:is|was|has been)\s+(?:widely\s+)?(?:said|reported|alleged|claimed)"
    r"(?=\s[^.;]{0,60}\bthat\b))\b",
    re.IGNORECASE,
)

# "..., said Jane Doe, a council member." / "..., reports the Daily News." /
# "..., Joe Ruiz a local health official, said." / "..., the companies announced Monday."
# / "..., sources tell the Daily Post." / "..., prosecutors charge."
_TRAILING_CUE1 = (
    "said|says|according to|per|reported|reports|wrote|added|told|explained|stated|insisted"
)
TRAILING_SAID = re.compile(
    rf"[,\u201d\"]\s*(?:(?P<cue1>{_TRAILING_CUE1})"
    rf"\s+(?P<source1>(?:[^,;.]|{_INITIAL}|{_ABBREVIATED}){{2,80}}?)"
    rf"|(?P<source2>(?:[^,;.]|{_INITIAL}|{_ABBREVIATED}){{2,80}}?)"
    # A description set off after the speaker: "..., Mara Quill, the parish vicar, confirmed".
    r"(?:,\s+(?:the|a|an|his|her|their|its)\s+[^,;.]{1,60}?)?,?\s+"
    rf"(?P<cue2>(?:{_TRAILING_ALT})(?:\s+[^,;.]{{1,40}}?)?|(?:told|tells|tell)\s+[^,;.]{{2,40}}?))"
    r"(?:,[^;]{0,120}?)?\s*[.;!?]?\s*$"
)

# The verbs a trailing attribution cannot be written without ("said", "told", "according
# to", a trailing verb): most sentences have none, and then no comma or quote of theirs
# needs trying.
_TRAILING_CUE = re.compile(
    rf"\b(?:{prefix_tree([*_TRAILING_CUE1.split('|'), *TRAILING_VERBS, 'told', 'tells', 'tell'])})\b"
)

# Words the other patterns cannot match without, for the same cheap first test: "according
# to", "citing" or "by" of a preposed source, "by" of a passive credit, "on concern" and
# the like of a source acting on its expectation, the nouns and verbs of an own estimate,
# and (in lower-cased text) the words of a hedge.
_PREPOSED_CUES = ("ccording to", "iting", " by", "By ")
_PASSIVE_CUES = ("by",)
_CONCERN_CUES = ("on concern", "on fear", "on worries", "on expectation")
_OWN_ESTIMATE_CUES = (*OWN_ESTIMATE_NOUNS, *OWN_ESTIMATE_VERBS, *FIRST_HAND_VERBS)
_HEDGE_CUES = (*HEDGES, "reported", "said", "alleged", "claimed")

# A word each speaker pattern cannot match without: a search for it is far cheaper than
# the pattern, and most sentences have none. A long list of verbs is a prefix tree, which
# fails at the first letter no verb goes on with; a short one opens without a word boundary,
# so that the regex engine skips ahead to the letters its words start with. Pairs, not a
# dict keyed by pattern: hashing a compiled pattern hashes its whole program, which costs
# more than the search.
_SOURCE_THEN_VERB_CUE = re.compile(
    rf"\b(?:{prefix_tree([*REPORTING_VERBS, *THAT_VERBS, *ACT_VERBS])})\b"
)
_SPEAKER_PATTERNS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (APPOSITIVE_SPEAKER, re.compile(rf",\s+(?:{_APPOSITIVE_ALT})\b")),
    (RELATIVE_SPEAKER, re.compile(r",\s+(?:who|which)\s")),
    (FIGURE_PUT, re.compile(rf"(?:{'|'.join(FIGURE_VERBS)})\s")),
    (FIGURE_COUNTED, re.compile(rf"(?:{'|'.join(COUNT_VERBS)})\s")),
    (FIGURE_PUT_AFTER, re.compile(rf"(?:{_PUT_AT_ALT})\s+at\s")),
    (STANCE, re.compile(r"(?:expressed|voiced|raised|shared|stated)\s")),
    (DOCUMENT_WHICH, re.compile(r",\s+which\s")),
)

# Quotation marks, straight and curly.
_QUOTE_MARKS = '\u201c\u201d"'
_QUOTE_MARK = re.compile(f"[{_QUOTE_MARKS}]")

# How far a quotation's speaker may sit from a sentence inside it, in characters and in
# line breaks: an unclosed quotation mark must not credit a speaker many lines away.
QUOTE_REACH = 800
QUOTE_REACH_LINES = 5

# The end of the sentence a quotation closes in: "... 40 cows," said Ana Ruiz."
_SENTENCE_END = re.compile(r"[.!?](?=[\s\u201d\"]|$)|\n")

# Words that introduce a quotation: "Ruiz said: ", "Ruiz told the paper, "
_INTRODUCES_QUOTATION = re.compile(r"[:,]\s*$")

# Where a trailing attribution may start: a comma or a closing quote (not the comma of a
# number: "a seat of about 94,000 voters tells you" credits no "000 voters").
_TRAILING_MARK = re.compile(r"(?<!\d),|,(?!\d)|[\u201d\"]")

# Words that open a clause, not a speaker, and words that cannot end a source's name:
# in data/attribution.json.
CLAUSE_WORDS: frozenset[str] = frozenset(_WORDS["clause_words"])
FUNCTION_WORDS: frozenset[str] = frozenset(_WORDS["function_words"])

# How a speaker named after "said" opens: "said a neighbour", "said one resident", "said
# Ruiz".
_SPEAKER_OPENING = re.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b|[A-Z]")

# Words that open a phrase of time or place, not a speaker: in data/attribution.json.
PREPOSITIONS: frozenset[str] = frozenset(_WORDS["prepositions"])

# Cues after which even a vague speaker ("the woman") is a source.
SPEECH_ONLY = frozenset(_WORDS["speech_verbs"])
# Modal verbs: a phrase that ends in one before a verb of speech is no speaker.
MODAL_WORDS = frozenset(("can", "could", "will", "would", "may", "might", "must", "should"))


def _is_source_noun(word: str) -> bool:
    """Whether a lower-cased word is a noun for a source, in the singular or plural: one
    who reports, or a document or measurement that shows ("An autopsy shows that ...")."""
    return word in _SOURCE_OR_DOCUMENT or singular(word) in _SOURCE_OR_DOCUMENT


# Words that stand for some people without naming any ("that many said").
_QUANTIFIERS = frozenset({"many", "some", "most", "few", "several", "others"})
# Possessive determiners, which open a noun phrase rather than a clause.
POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})


# A phrase that opens with a figure in digits before a plural noun: "A total of 214
# passengers", "About 300 residents".
_A_COUNT = re.compile(
    r"^(?:(?:a\s+total\s+of|about|some|nearly|more\s+than|over)\s+)?\d[\d,]*\s+[a-z]+s\b",
    re.IGNORECASE,
)


# Verbs by which "It" or "They", opening a sentence, is the body or the people the sentence
# before named ("It said", "They told reporters"), or the document it named ("The report
# says ... It forecasts a further fall"). "They say" is left out: it is as often anyone
# ("they say lightning never strikes twice") as someone.
_PRONOUN_SPEAKS = {
    "it": frozenset(
        (
            *("said", "says", "added", "stated", "announced", "told", "reported"),
            *("forecasts", "forecast", "estimates", "estimated", "predicts", "predicted"),
        )
    ),
    "they": frozenset(("said", "added", "stated", "announced", "told", "reported")),
}


def _is_credible_source(phrase: str) -> bool:
    """Whether a phrase before a reporting verb names a source, not any subject.

    "Reuters", "The World Bank", "A Stanford report" and "he" qualify; "The
    economy" (in "the economy shows signs") does not.
    """
    words = phrase.split()
    if not words:
        return False
    if phrase.casefold() in PRONOUN_SOURCES:
        return True
    lowered = [w.casefold().strip(".,").removesuffix("'s").removesuffix("\u2019s") for w in words]
    if len(words) > 1 and lowered[0] in POSSESSIVES and _is_source_noun(lowered[-1]):
        # "her family", "his lawyer": someone's own people or body.
        return True
    # "he talked to five aid workers", "There were no immediate (reports)": a clause, not
    # a noun phrase naming who speaks.
    if (len(words) > 1 and lowered[0] in CLAUSE_SUBJECTS) or not CLAUSE_VERBS.isdisjoint(lowered):
        return False
    if lowered[-1] in FUNCTION_WORDS or any(w in CLAUSE_WORDS for w in words[1:]):
        return False
    if lowered[0] in PREPOSITIONS and len(words) > 1:
        # "In 14 minutes show time began": a phrase of time or place, not who shows it.
        return False
    if _A_COUNT.match(phrase):
        # "A total of 214 passengers had reported symptoms": a count, not who reports it.
        return False
    if any(_is_source_noun(w) for w in lowered) or lowered[-1].endswith(SOURCE_SUFFIXES):
        return True
    # "Race director Helen Marsh", "Reuters": a phrase that ends in a proper name.
    return words[-1][:1].isupper() and (len(words) > 1 or lowered[0] not in {"it", "this"})


def _act_verb_credits(source: str, verb: str, tail: str | None) -> bool:
    """Whether "added", "found" or "showed" reports here rather than names an act.

    "He added that ...", "Reyes added, \u201c...", "A poll showed ..." and "Inspectors
    found 27 errors" report;
    "Reyes added 87 yards" and "Ruiz found Lind" do not.
    """
    if tail:
        return True
    words = [w.casefold().strip(".,") for w in source.split()]
    return verb.casefold() in DOCUMENT_VERBS and (
        any(w in DOCUMENT_NOUNS or singular(w) in DOCUMENT_NOUNS for w in words)
        or (bool(words) and singular(words[-1]) in FINDER_NOUNS)
    )


def _is_credible_head(phrase: str) -> bool:
    """Whether a phrase's last word (its head) is a source: "agency Fitch", "the union".

    Stricter than ``_is_credible_source``: "The company's shares" names shares, not the
    company.
    """
    words = phrase.split()
    if not words:
        return False
    head = words[-1].strip(".,")
    return head[:1].isupper() or _is_source_noun(head.casefold()) or head.endswith(SOURCE_SUFFIXES)


# Auxiliaries a source phrase may take along before its cue's verb ("did tell us").
_AUXILIARIES = frozenset(("did", "does", "do"))


def _attribution(
    source: str, cue: str, start: int, end: int, scope: Scope = "sentence"
) -> Attribution:
    """An attribution with its span and a normalised cue; an adverb the source phrase
    took along ("A government official initially (reported)") is left out of it."""
    words = source.split()
    while (
        len(words) > 1
        and words[-1].endswith("ly")
        and words[-1].islower()
        and not _is_source_noun(words[-1])
    ):
        # ("her family" keeps its noun.)
        words.pop()
    if len(words) > 1 and words[0] in ("What", "what"):
        # "What police told us is that ...": the speaker, not the clause's opening word.
        words.pop(0)
    if len(words) > 1 and words[-1] in _AUXILIARIES:
        # "What the committee did tell us": the auxiliary of the cue's verb.
        words.pop()
    return Attribution(source=" ".join(words), cue=cue.lower(), span=(start, end), scope=scope)


def find_attributions(text: str, span: Span) -> list[Attribution]:
    """Attribution phrases inside ``text[span[0]:span[1]]`` (one sentence).

    Named sources come first, in text order; a hedge ("reportedly") or an outlet's own
    estimate ("our estimate") counts only when the sentence names no source.

    :param text: the whole source text (offsets are into it)
    :param span: the sentence's span
    """
    start, end = span
    sentence = text[start:end]
    found = [_as_told_unnamed(item, text) for item in _named_sources(sentence, start)]
    if not found:
        quoted = _quotation_speaker(text, span)
        found = [quoted] if quoted else _self_or_hedged(sentence, start)
    return _without_overlaps(found)


# A writer told by someone unnamed: "and I'm told", "We're told", "I have been told".
_FIRST_PERSON_TOLD = re.compile(
    r"^(?:(?:and|but|so)\s+)?(?P<who>(?:I|[Ww]e)(?:['’]m|['’]re|['’]ve\s+been|\s+(?:am|are|was|were"
    r"|have\s+been|had\s+been)))$"
)


def _as_told_unnamed(found: Attribution, text: str) -> Attribution:
    """A writer's "I'm told" or "we're told" as the credit it is, to someone the writer does
    not name, in the writer's words ("I'm told"), not a source called "and I'm"."""
    told = _FIRST_PERSON_TOLD.match(found.source) if found.cue == "told" else None
    if told is None:
        return found
    phrase = f"{told['who']} told"
    at = text.find(phrase, found.span[0], found.span[1])
    span = (at, at + len(phrase)) if at >= 0 else found.span
    return found.model_copy(update={"source": phrase, "span": span})


def _opens_quotation(text: str, index: int) -> bool:
    """Whether the quotation mark at ``index`` opens a quotation.

    Curly marks say which way they face; a straight one opens after a space or a bracket
    and before a word (\'"We left," she said\'). Any other character opens nothing.
    """
    mark = text[index : index + 1]
    if not mark or mark not in _QUOTE_MARKS:
        return False
    if mark in "\u201c\u201d":
        return mark == "\u201c"
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2013\u2014-/") and not after.isspace()


def _quotation_speaker(text: str, span: Span) -> Attribution | None:
    """The speaker of a quotation that runs over more than one sentence.

    \'"We lost the barn. It took 40 cows," said Ana Ruiz.\' credits both sentences to
    Ruiz, and \'Ruiz said: "We lost the barn. It took 40 cows."\' does too: the speaker
    is named where the quotation closes, or in the words that open it.
    """
    start, end = span
    reach = max(0, start - QUOTE_REACH)
    # Whether a quotation is open at a place is told by the last mark before it alone.
    last = _last_quote_mark(text, reach, end)
    if last is not None and _opens_quotation(text, last):
        after = _speaker_after_quotation(text, end)
        if after is not None:
            return after
    if _opens_quotation(text, start):
        # A quotation paragraph that goes on from the one before: '"We hoped it was safe.'
        going_on = _speaker_going_on(text, start) or _speaker_just_before(text, start)
        if going_on is not None:
            return going_on
    opened_before = _last_quote_mark(text, reach, start)
    if opened_before is None or not _opens_quotation(text, opened_before):
        return None
    return _speaker_before_quotation(text, opened_before, start) or _speaker_going_on(
        text, opened_before
    )


def _speaker_going_on(text: str, open_at: int, depth: int = 3) -> Attribution | None:
    """The speaker of the quotation just before one that opens a paragraph: news goes on
    with one speaker's words paragraph after paragraph ('"We left at dawn," she said.'
    then '"We hoped it would be safe. ...', then '"Then the shelling began. ...').

    :param depth: how many quotation paragraphs back the speaker may be named
    """
    line_start = text.rfind("\n", 0, open_at) + 1
    if text[line_start:open_at].strip() or line_start == 0:
        return None
    previous = _last_quote_mark(text, max(0, open_at - QUOTE_REACH), line_start)
    if previous is None or text.count("\n", previous, line_start) > QUOTE_REACH_LINES:
        return None
    # Only a paragraph that is itself a quotation goes on into this one.
    previous_start = text.rfind("\n", 0, previous) + 1
    if not _opens_quotation(text, previous_start):
        return None
    if not _opens_quotation(text, previous):
        # The quotation before closed there, in the paragraph just before this one (prose
        # in between ends the run): its speaker follows the close.
        if text.count("\n", previous, line_start) > 1:
            return None
        found = _speaker_after_quotation(text, previous)
    else:
        # The quotation before opened there and runs on into this one.
        found = _speaker_before_quotation(text, previous, open_at) or (
            _speaker_going_on(text, previous, depth - 1) if depth > 1 else None
        )
    return found if found is not None and found.span[1] < line_start else None


def _speaker_just_before(text: str, open_at: int) -> Attribution | None:
    """The speaker of a quotation that opens inside a paragraph right after the sentence
    that credits the quotation before it: '"I saw the clock on the last lap," Marrow told
    reporters. "I have been chasing this for four years."' is Marrow's too."""
    line_start = text.rfind("\n", 0, open_at) + 1
    previous = _last_quote_mark(text, line_start, open_at)
    if previous is None or _opens_quotation(text, previous):
        return None
    credit_end = _SENTENCE_END.search(text, previous + 1, open_at)
    if credit_end is None or text[credit_end.end() : open_at].strip():
        # Prose after the credit ends the speaker's run.
        return None
    found = _speaker_after_quotation(text, previous)
    return found.model_copy(update={"scope": "sentence"}) if found is not None else None


def _last_quote_mark(text: str, start: int, end: int) -> int | None:
    """Where the last quotation mark of ``text[start:end]`` is, or None."""
    last = max(text.rfind(mark, start, end) for mark in _QUOTE_MARKS)
    return last if last >= 0 else None


def _speaker_after_quotation(text: str, pos: int) -> Attribution | None:
    """The speaker named right after the first closing quotation mark after ``pos``."""
    for mark in _QUOTE_MARK.finditer(text, pos, min(len(text), pos + QUOTE_REACH)):
        if _opens_quotation(text, mark.start()):
            continue  # a quotation going on in a new paragraph reopens it
        close = mark.start()
        if text.count("\n", pos, close) > QUOTE_REACH_LINES:
            return None
        if text[close - 1 : close] in ",.!?":
            close -= 1
        tail = _SENTENCE_END.search(text, mark.end())
        stop = tail.end() if tail else len(text)
        found = _trailing_speaker(text[close:stop])
        if found is None:
            return None
        source, cue, (a, b) = found
        return _attribution(source, cue, close + a, close + b, "lead")
    return None


def _speaker_before_quotation(text: str, open_at: int, start: int) -> Attribution | None:
    """The speaker who introduces the quotation opening at ``open_at``: "Ruiz said:"."""
    line_start = text.rfind("\n", 0, open_at) + 1
    lead_in = text[line_start:open_at]
    if text.count("\n", open_at, start) > QUOTE_REACH_LINES:
        return None
    if not _INTRODUCES_QUOTATION.search(lead_in):
        return None
    named = _named_sources(lead_in, line_start)
    speech = [a for a in named if a.cue in SPEECH_ONLY | SPEECH_CUES]
    return speech[-1].model_copy(update={"scope": "lead"}) if speech else None


# "of" right after a reporting word ending in -s: the plural noun ("claims of", "reports of").
_NOUN_OF = re.compile(
    r"(?<=s) (?:of|for|against|from|arising|rose|fell|jumped|climbed|doubled|were|are|have|had"
    # A modal or "cost" right after: "Insurance claims could exceed £400,000",
    # "Stolen-vehicle claims cost insurers $212 million".
    r"|could|would|will|may|might|can|should|must|cost)\b"
    # "has claimed four lives", "claimed the lives of": a toll taken, nothing said.
    r"|(?<=claimed) (?:the\s+)?(?:[\w-]+\s+)?(?:lives|life|victims)\b"
)


# A figure ending what reads as a source, and a plural noun after the cue: "The
# authority logged 14 [confirmed] sightings".
_FIGURE_AT_END = re.compile(r"\d[\d,.]*$")
_PLURAL_NEXT = re.compile(r"\s+[a-z][a-z-]*s\b")


def _named_sources(sentence: str, start: int) -> list[Attribution]:
    """Attributions that name who is credited: "according to X", "X said", "put by X"."""
    found: list[Attribution] = []
    preposed = (
        [*PREPOSED_SOURCE.finditer(sentence), *OWN_RECKONING.finditer(sentence)]
        if holds_any(sentence, _PREPOSED_CUES)
        else []
    )
    for match in preposed:
        source = match.group("source").strip()
        if source.casefold().startswith(("the same", "some", "many")):
            continue
        found.append(
            _attribution(
                source, match.group("cue"), start + match.start(), start + match.end("source")
            )
        )
    for match in (
        SOURCE_THEN_VERB.finditer(sentence) if _SOURCE_THEN_VERB_CUE.search(sentence) else ()
    ):
        source = match.group("source").strip()
        cue = match.group("cue") or match.group("cue_that") or match.group("cue_act")
        if (
            _FIGURE_AT_END.search(source)
            and cue.casefold().endswith("ed")
            and _PLURAL_NEXT.match(sentence, match.end())
        ):
            # "The authority logged 14 confirmed sightings": a participle before the noun
            # a figure counts, no verb of saying.
            continue
        # "He says" is a source; "It shows" or "they say" without "that" is too vague. A
        # sentence that opens "It said" or "They said" speaks for whom the sentence before
        # named ("The trust runs the hospital. It said the ward treated 1,460 patients").
        pronoun = source.casefold()
        if (
            pronoun in _PRONOUN_SPEAKS
            and not match.group("that")
            and not (
                cue.casefold() in _PRONOUN_SPEAKS[pronoun]
                and not sentence[: match.start("source")].strip()
            )
        ):
            continue
        if source.casefold() in _QUANTIFIERS and sentence.endswith("that ", 0, match.start()):
            # "a deal that many said would help": no one is credited.
            continue
        if not (_is_credible_source(source) or _is_vague_speaker(source, cue, None)):
            continue
        if match.group("cue_act") and not _act_verb_credits(source, cue, match["act_tail"]):
            continue
        if _NOUN_OF.match(sentence, match.end()) and cue.casefold() != "says":
            # "Insurers face claims of more than $90 million", "Insurance claims for industrial
            # fires rose": a noun, not a verb of saying.
            continue
        found.append(_attribution(source, cue, start + match.start("source"), start + match.end()))
    for pattern, cue_word in _SPEAKER_PATTERNS:
        if cue_word.search(sentence) is None:
            continue
        for match in _credible_matches(pattern, sentence):
            cue = match.group("cue") or match.groupdict().get("cue_that") or ""
            found.append(
                _attribution(
                    match.group("source").strip(),
                    cue,
                    start + match.start("source"),
                    start + match.end(),
                )
            )
    for match in PASSIVE_BY.finditer(sentence) if holds_any(sentence, _PASSIVE_CUES) else ():
        source = match.group("source").strip()
        if _is_credible_head(source):
            found.append(
                _attribution(
                    source, match.group("cue"), start + match.start(), start + match.end("source")
                )
            )
    concern = ACTS_ON_CONCERN.match(sentence) if holds_any(sentence, _CONCERN_CUES) else None
    if concern and _is_credible_head(concern.group("source")):
        found.append(
            _attribution(
                concern.group("source"),
                concern.group("cue"),
                start + concern.start("source"),
                start + concern.end(),
            )
        )
    trailing = _trailing_speaker(sentence)
    if trailing is not None:
        source, cue, (a, b) = trailing
        found.append(_attribution(source, cue, start + a, start + b))
    return found


def _credible_matches(pattern: re.Pattern[str], sentence: str) -> Iterator[re.Match[str]]:
    """Matches of a speaker pattern whose source is credible.

    After a rejected match the search goes on from the next character, so that "A
    family friend, Kevin Ruiz, 33, said" still finds "Kevin Ruiz".
    """
    pos = 0
    while (match := pattern.search(sentence, pos)) is not None:
        source = match.group("source").strip()
        # A name ("Maria King, 39, said") is a speaker; a common noun phrase ("The
        # police chief, Ana Ruiz, said") must end in a source noun.
        if pattern is APPOSITIVE_SPEAKER and match["cue"].casefold() in DOCUMENT_VERBS:
            # "The authority's budget papers, published on Monday, show": a document shows;
            # "Ruiz, 27, found the body" names an act.
            credible = _act_verb_credits(source, match["cue"], None)
        elif pattern is APPOSITIVE_SPEAKER and source.split()[-1][:1].isupper():
            # Unless a clause stands where the speaker would ("The funeral is on Friday,
            # Mara Quill, the parish vicar, confirmed").
            credible = CLAUSE_VERBS.isdisjoint(source.casefold().split())
        elif pattern is APPOSITIVE_SPEAKER:
            # "The police chief, Ana Ruiz, said": a name in apposition makes it a person.
            named = match["apposition"].strip()[:1].isupper()
            credible = named or _is_credible_head(source)
        elif pattern is RELATIVE_SPEAKER and match["relative"] == "who" and match["cue"]:
            # "who" makes the phrase a person: "My neighbour, who drives a truck, said".
            credible = source.split()[-1].casefold() not in FUNCTION_WORDS
        else:
            credible = _is_credible_source(source)
        if credible:
            yield match
        pos = match.end() if credible else match.start() + 1


def _is_vague_speaker(source: str, cue: str, verb_first: str | None) -> bool:
    """Whether a phrase that names no source is still someone speaking.

    "..., the woman said.", "The gunman said" and "..., said a neighbour." credit a
    speaker; "it would be a stretch to say" and "..., added four million cubic metres"
    (a verb phrase) do not.
    """
    words = source.split()
    if cue not in SPEECH_ONLY or len(words) > 6 or words[-1].casefold() in FUNCTION_WORDS:
        return False
    if words[-1].casefold() in MODAL_WORDS:
        # "I can tell you the crowd was 40,000": the writer's own word, no one cited.
        return False
    if words[0].casefold() in CLAUSE_WORDS | PREPOSITIONS or any(
        w in CLAUSE_WORDS for w in words[1:]
    ):
        return False
    if verb_first:
        return cue in {"said", "says"} and bool(_SPEAKER_OPENING.match(source))
    return True


def _trailing_speaker(sentence: str) -> tuple[str, str, Span] | None:
    """The speaker credited at the end of a sentence: "..., the ministry said."

    The search starts at the last comma or quote and moves left, so that "..., but
    insisted he was innocent, sources told the paper." credits the sources.
    """
    if _TRAILING_CUE.search(sentence) is None:
        return None
    for mark in reversed(list(_TRAILING_MARK.finditer(sentence))):
        trailing = TRAILING_SAID.match(sentence, mark.start())
        if trailing is None:
            continue
        source = (trailing.group("source1") or trailing.group("source2") or "").strip(
            ' "\u201c\u201d'
        )
        verb_phrase = (trailing.group("cue1") or trailing.group("cue2") or "").split()
        # A verb of two words ("the committee was told") is its cue whole.
        two_words = " ".join(verb_phrase[:2]).lower()
        cue = two_words if two_words in TRAILING_VERBS else verb_phrase[0].lower()
        words = source.split()
        if words[0].casefold() in CLAUSE_WORDS | PREPOSITIONS | {"and"}:
            continue
        if not any(character.isalpha() for character in source):
            # "Plant manager Ann Vale, 61, said": the age beside a name is no speaker.
            continue
        # "..., in 1988, added four million cubic metres": "added" with an object is an act.
        if cue in ACT_VERBS and len(verb_phrase) > 1:
            continue
        if _is_credible_source(source) or _is_vague_speaker(source, cue, trailing["cue1"]):
            return source, cue, (trailing.start() + 1, trailing.end())
    return None


def _self_or_hedged(sentence: str, start: int) -> list[Attribution]:
    """An outlet's own estimate ("our estimate") or a writer's first-hand account ("I
    counted"), else a hedge ("reportedly")."""
    own = OWN_ESTIMATE.search(sentence) if holds_any(sentence, _OWN_ESTIMATE_CUES) else None
    if own:
        source = own.group("source") or own.group("source2") or own.group("source3")
        cue = own.group("cue") or own.group("cue2") or own.group("cue3")
        return [_attribution(source, f"{source} {cue}", start + own.start(), start + own.end())]
    return [
        _attribution(
            match.group("cue"),
            match.group("cue"),
            start + match.start(),
            start + match.end(),
            "clause",
        )
        for match in (
            HEDGE.finditer(sentence) if may_hold_ignoring_case(sentence, _HEDGE_CUES) else ()
        )
    ]


def _without_overlaps(found: list[Attribution]) -> list[Attribution]:
    """Keep the first of overlapping attributions, ordered by position."""
    kept: list[Attribution] = []
    for item in sorted(found, key=lambda a: (a.span[0], -a.span[1])):
        if kept and item.span[0] < kept[-1].span[1]:
            continue
        kept.append(item)
    return kept


# A sentence that carries a lead's attribution on: "He added ...", "The report also ...".
CONTINUATION_START = re.compile(
    r"^\s*(?:He|She|They|The (?:report|study|survey|agency|ministry|analysis|statement)|"
    r"According to (?:him|her|them|it))\b"
)

# A sentence that goes on with the previous speaker's words: "It also said that ...",
# "(The police) also said that ...".
ALSO_SAID = re.compile(
    r"^\W*(?:[\w'\u2019-]+\s+){0,2}also\s+(?:said|says|added|noted|stated|told|reported)\b"
)

# Cues that introduce reported speech: in data/attribution.json.
SPEECH_CUES: frozenset[str] = frozenset(_WORDS["speech_cues"])

# The last word of a piece of sentence cut off by a stray period: "content of."
_LAST_WORD = re.compile(r"(\w+)\.\s*$")


def _continues_broken_sentence(previous_text: str, sentence_text: str) -> bool:
    """Whether ``sentence_text`` is the rest of a sentence a stray period cut in two.

    "... a blood alcohol level of." + "09 percent, above the limit." is one sentence: the
    first piece ends in a word that needs a complement, or the second starts in lower case.
    """
    stripped = sentence_text.lstrip()
    if stripped[:1].islower():
        return True
    last = _LAST_WORD.search(previous_text)
    return bool(last and last.group(1).casefold() in DANGLING_WORDS)


def governing_lead(
    previous: Attribution | None,
    previous_text: str,
    sentence_text: str,
    same_paragraph: bool,
) -> Attribution | None:
    """The attribution a lead sentence passes to the sentence after it, if any.

    "Reuters reported that the plant closed. He said 300 jobs were lost." credits
    the second sentence to the lead's source too, as does a lead ending in a
    colon ("The report found:") and the second piece of a sentence that a stray
    period cut in two. A sentence saying the speaker "also said" something goes
    on with the previous speaker even after a paragraph break. A bare "according
    to X" credits only its own sentence, and a new paragraph or a sentence that
    does not continue the speaker breaks the chain.
    """
    if previous is None:
        return None
    # "... also said that" points back at the previous speaker, even across a paragraph.
    if previous.cue in SPEECH_CUES and ALSO_SAID.match(sentence_text):
        return previous.model_copy(update={"scope": "lead"})
    if not same_paragraph:
        return None
    if _continues_broken_sentence(previous_text, sentence_text):
        return previous.model_copy(update={"scope": "lead"})
    introduces = previous_text.rstrip().endswith(":") or (
        previous.cue in SPEECH_CUES and " that" in previous_text[:200]
    )
    if not introduces or not CONTINUATION_START.match(sentence_text):
        return None
    return previous.model_copy(update={"scope": "lead"})


def _may_inherit(previous_text: str, sentence_text: str, same_paragraph: bool) -> bool:
    """Whether ``governing_lead`` could pass any previous attribution to this sentence.

    The same tests it makes, without the previous attribution: when this is False, the
    sentence's attribution is its own, whatever the sentences before it say.
    """
    if ALSO_SAID.match(sentence_text):
        return True
    return same_paragraph and (
        _continues_broken_sentence(previous_text, sentence_text)
        or CONTINUATION_START.match(sentence_text) is not None
    )


# Pronouns that stand for a person who speaks: in data/attribution.json.
PERSON_SOURCES: frozenset[str] = frozenset(_WORDS["person_sources"])
# How many sentences back the person a pronoun stands for is looked for.
SPEAKER_REACH = 4
# Last words of a company's or body's name: in data/attribution.json.
ORGANISATION_ENDINGS: frozenset[str] = frozenset(_WORDS["organisation_endings"])
_PERSON_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*\.?$")


def person_named(source: str) -> str | None:
    """The person's name a credited source ends in, or None: its last run of capitalised
    words, two or more, the last two not source nouns ("owner Ian Marsh" gives "Ian
    Marsh", "Police Chief Ann Vale" all of it; "Health Ministry", "Reuters" none). A
    name followed by where the person works ("Ian Marsh from the Relief Agency", "Ann
    Vale of Acme") gives the name before it."""
    name = _name_ending(source)
    if name is None:
        head = PERSON_THEN_PLACE.match(source)
        name = _name_ending(head.group("person")) if head else None
    return name


# A person named before where they work: "Ian Marsh from the Relief Agency", "Ann Vale of
# Acme", "Jo Ruiz at City Hall".
PERSON_THEN_PLACE = re.compile(r"(?P<person>.+?)\s+(?:from|of|at|with)\s+\S")


def _name_ending(source: str) -> str | None:
    """The run of capitalised words a source ends in, if it reads as a person's name."""
    words = source.split()
    run = len(words)
    while run > 0 and _PERSON_WORD.match(words[run - 1]):
        run -= 1
    name = words[run:]
    if len(name) < 2 or any(
        _is_source_noun(w) or w in ORGANISATION_ENDINGS
        for w in (w.casefold().rstrip(".") for w in name[-2:])
    ):
        return None
    return " ".join(name)


# Words of a transcript's speaker label: capitals, as broadcasters write them.
_LABEL_WORDS = r"[A-Z\"“][A-Z'’.\"“”-]*(?:[ ][A-Z\"“][A-Z'’.\"“”-]*){0,5}"
# A transcript's speaker label opening a line: "FIRE CHIEF DANA WHITLOCK:", "OWEN TATE,
# REPORTER:", "HOLLIS VARGA, CHIEF EXECUTIVE, EXAMS BOARD:", "ANCHOR (Lena Marsh):",
# "LINDQVIST (recorded):". "Q:" and "A:" are no labels. A cue in brackets may open the
# line ("(SOUND BITE) DANA KETTERING, NORTHVALE ELECTRIC:"), and so may a marker and a dash
# ("CLIP - TOM HALDANE, MARINE RESCUE:").
# Role words of a transcript's labels: in data/attribution.json.
JOURNALIST_ROLES: frozenset[str] = frozenset(_WORDS["journalist_roles"])
SPEAKER_ROLES: frozenset[str] = frozenset(_WORDS["speaker_roles"])
SPEAKER_LABEL_MARKERS: frozenset[str] = frozenset(_WORDS["speaker_label_markers"])
# A marker and a dash before a label: "CLIP - TOM HALDANE, MARINE RESCUE:".
_MARKER_BEFORE_LABEL = (
    r"(?:(?:"
    + "|".join(sorted(marker.upper() for marker in SPEAKER_LABEL_MARKERS))
    + r")[ \t]*[-\u2013\u2014][ \t]*)?"
)
SPEAKER_LABEL = re.compile(
    rf"^[ \t]*(?:\([A-Z][A-Z -]{{1,20}}\)[ \t]*)?{_MARKER_BEFORE_LABEL}"
    rf"(?P<label>(?P<name>{_LABEL_WORDS})(?:,[ ](?P<role>{_LABEL_WORDS}(?:,[ ]{_LABEL_WORDS})?))?"
    r"(?:[ ]?\((?P<gloss>[^()\n:]{1,60})\))?)[ \t]*:[ \t]+(?=\S)",
    re.MULTILINE,
)
_TITLES = frozenset(title.casefold() for title in _WORDS["title_abbreviations"])
# Labels of at least this many turns make an article a transcript.
TRANSCRIPT_TURNS = 2
# How many words before a name in the prose may introduce it as a journalist.
JOURNALIST_INTRO_REACH = 4
# Words after a name that introduce a journalist: in data/attribution.json.
_INTRO_AFTER = re.compile(
    r"\s+(?:{})\b".format("|".join(map(re.escape, _WORDS["journalist_intro_after"])))
)
_PROSE_WORD = re.compile(r"[\w'’-]+")
SPEAKER_CUE = "speaker label"
# Capitalised words before a surname that are no part of a name: "When Lindqvist", "Chief Lindqvist".
_NOT_NAME_WORDS = frozenset(
    (*_WORDS["function_words"], *_WORDS["clause_words"], *SPEAKER_ROLES, *JOURNALIST_ROLES, "our")
)


class SpeakerTurn(NamedTuple):
    """A turn of a transcript: one speaker's label and what follows, up to the next label."""

    start: int
    end: int
    credit: Attribution | None
    """The speaker the outlet quotes, or None for its own voice (an anchor, a reporter) and
    for a speaker the article does not make known."""


def speaker_turns(text: str) -> list[SpeakerTurn]:
    """The turns of a broadcast transcript, in order, or none when the text is no
    transcript (fewer than ``TRANSCRIPT_TURNS`` lines open with a speaker's label).

    A label credits its turn to the speaker when the label says who they are (a role
    such as "FIRE CHIEF" or "RESIDENT", or a bracket such as "(recorded)"), or when the
    prose names them without introducing them as a journalist. The outlet's own voice is
    no source: a label with a journalist's role ("PRESENTER ANNA REED:"), the same
    surname alone later ("REED:"), or a name the prose introduces as a journalist ("Our
    reporter Sam Pike is at the scene", "I'm Anita Sorrell"). A turn runs over the
    unlabelled paragraphs after it, as a long answer does in broadcasters' transcripts.
    """
    if text.count(":") < TRANSCRIPT_TURNS:
        return []
    labels = [
        _Label(label, kind, name)
        for label in SPEAKER_LABEL.finditer(text)
        for kind, name in [_label_words(label)]
        if kind is not None
    ]
    if len(labels) < TRANSCRIPT_TURNS or not {"journalist", "speaker"} & {
        label.kind for label in labels
    }:
        # "NEW DELHI: ..." and "ALSO READ: ...": capitals before a colon, but no one's turn.
        return []
    prose = SPEAKER_LABEL.sub(lambda label: " " * len(label.group(0)), text)
    journalists = _journalist_surnames(labels, prose)
    turns = []
    for label, following in zip(labels, [*labels[1:], None], strict=True):
        end = following.match.start() if following is not None else len(text)
        credit = _turn_credit(label, prose, journalists)
        turns.append(SpeakerTurn(label.match.start(), end, credit))
    return turns


class _Label(NamedTuple):
    """A speaker label as read: its match, its kind and its name's words
    (``_label_words``)."""

    match: re.Match[str]
    kind: str
    name: list[str]


def _folded(words: str | None) -> list[str]:
    """A label's words in lower case, without the dots and quotes around them."""
    return [word.casefold().strip('.,"“”') for word in (words or "").split()]


def _label_words(label: re.Match[str]) -> tuple[str | None, list[str]]:
    """A label's kind ("journalist", "speaker", "name") and its name's words, or (None,
    []) for a line that only looks like a label ("UPDATE:", "NEW DELHI:")."""
    words, roles = _folded(label.group("name")), _folded(label.group("role"))
    gloss = (label.group("gloss") or "").casefold()
    gloss_words = _PROSE_WORD.findall(gloss)
    every = {*words, *roles, *gloss_words}
    role_and_name = _a_role_and_a_name(words, gloss_words)
    if every & JOURNALIST_ROLES:
        kind = "journalist"
    elif (
        every & (SPEAKER_ROLES | _TITLES)
        or set(gloss_words) & SPEAKER_LABEL_MARKERS
        # "DANA KETTERING, NORTHVALE ELECTRIC:", "PRIYA NANDRA (WEXMOOR CONSTABULARY):": a
        # name with whom the speaker speaks for.
        or ((roles or gloss_words) and 2 <= len(words) <= 3)
        or role_and_name
    ):
        kind = "speaker"
    elif len(words) <= 3:
        kind = "name"
    else:
        return None, []
    name = [word for word in words if word not in JOURNALIST_ROLES | SPEAKER_ROLES | _TITLES]
    if (not name or role_and_name) and (
        gloss_words and not set(gloss_words) & SPEAKER_LABEL_MARKERS
    ):
        # "ANCHOR (Lena Marsh):", "RESIDENT (June Harlow):": the name is in the bracket.
        name = gloss_words
    return kind, name


def _a_role_and_a_name(words: list[str], gloss_words: list[str]) -> bool:
    """Whether a label is one word before a name of two or three words in brackets, a
    role no list holds and the speaker's name ("RUNNER (KEZIA MOORE):")."""
    return (
        len(words) == 1
        and 2 <= len(gloss_words) <= 3
        and not set(gloss_words) & SPEAKER_LABEL_MARKERS
    )


def _journalist_surnames(labels: list[_Label], prose: str) -> set[str]:
    """Surnames (lower case) of the outlet's journalists: those of labels with a
    journalist's role, and names the prose introduces as a journalist, unless a label
    says whom that person speaks for ("TOMASZ RIDGEWAY (SKYLARK AERIAL LOGISTICS):" after
    "with me in the studio are Tomasz Ridgeway")."""
    speakers = {label.name[-1] for label in labels if label.name and label.kind == "speaker"}
    return {
        label.name[-1]
        for label in labels
        if label.name
        and (
            label.kind == "journalist"
            or (
                label.kind == "name"
                and label.name[-1] not in speakers
                and _introduced_as_journalist(label.name[-1], prose)
            )
        )
    }


# Where a guest joins the programme: "Joining me in the studio is Bernard Colquhoun" names no
# journalist, though "studio" labels the outlet's own voice ("STUDIO:").
_IN_THE_STUDIO = re.compile(r"\b(?:in|into|from)\s+the\s+studio\b", re.IGNORECASE)


def _introduced_as_journalist(surname: str, prose: str) -> bool:
    """Whether the prose introduces the person of this surname as a journalist: "Our
    reporter Sam Pike", "our Dev Malhotra", "correspondent Fenna Roth", "I'm Anita
    Sorrell", "Kofi Anand is live downtown"."""
    for mention in re.finditer(rf"\b{re.escape(surname)}\b", prose, re.IGNORECASE):
        if _INTRO_AFTER.match(prose, mention.end()):
            return True
        before = _PROSE_WORD.findall(
            _IN_THE_STUDIO.sub(" ", prose[max(0, mention.start() - 80) : mention.start()])
        )
        near = [word.casefold() for word in before[-JOURNALIST_INTRO_REACH:]]
        if "our" in near or set(near) & JOURNALIST_ROLES or "i'm" in near[-3:]:
            return True
    return False


def _turn_credit(read: _Label, prose: str, journalists: set[str]) -> Attribution | None:
    """The attribution a label gives its turn, or None (see ``speaker_turns``).

    The source is the label as a reader writes it ("Maren Toll, Police Chief",
    "Resident (June Harlow)"); a label of a name alone gives the fullest form of the
    name the prose writes ("Marta Lindqvist" for "LINDQVIST (recorded)").
    """
    label, kind, name = read
    if kind == "journalist" or (name and name[-1] in journalists):
        return None
    said = {*_folded(label.group("name")), *_folded(label.group("role"))}
    full = _full_name_in_prose(name, prose) if name else None
    if said <= set(name) and full is not None:
        source = full
    elif kind == "name":
        # A name the article says nothing else about: no one known to be a source.
        return None
    else:
        source = ", ".join(
            " ".join(part.split()).title()
            for part in (label.group("name"), label.group("role"))
            if part
        )
        gloss = label.group("gloss")
        if gloss and not set(_PROSE_WORD.findall(gloss.casefold())) & SPEAKER_LABEL_MARKERS:
            source += f" ({' '.join(gloss.split()).title()})"
    return Attribution(source=source, cue=SPEAKER_CUE, span=label.span("label"), scope="turn")


def _full_name_in_prose(name: list[str], prose: str) -> str | None:
    """The longest form of a label's name the prose writes ("Marta Lindqvist" for
    "LINDQVIST"), or None when the prose never names the person."""
    surname = re.escape(name[-1])
    found = None
    for mention in re.finditer(rf"\b(?:[A-Z][\w'’-]+\s+){{0,2}}(?i:{surname})\b", prose):
        words = mention.group(0).split()
        while words[:-1] and words[0].casefold() in _NOT_NAME_WORDS:
            words = words[1:]
        if words and words[-1][:1].isupper() and (found is None or len(words) > len(found)):
            found = words
    return " ".join(found) if found else None


class SentenceAttributions:
    """Each sentence's attribution (its own, else the one a lead passes on), worked out
    only for sentences that are asked about and the sentences their lead chain needs.

    Most sentences carry no claim; finding their attributions was a quarter of the
    claim stage. The result for a sentence is the one a pass over every sentence in
    order would give.
    """

    def __init__(
        self, text: str, sentence_texts: list[str], spans: list[Span], same_paragraph: list[bool]
    ) -> None:
        """Sentences of one article, in order.

        :param text: the article's text
        :param sentence_texts: each sentence as written (a lead's text is read whole)
        :param spans: where to look for each sentence's own attribution (after a dateline)
        :param same_paragraph: whether each sentence is in the paragraph of the one before
        """
        self.text = text
        self.sentence_texts = sentence_texts
        self.spans = spans
        self.same_paragraph = same_paragraph
        self.known: dict[int, Attribution | None] = {}
        self._turns: list[SpeakerTurn] | None = None

    def of(self, index: int) -> Attribution | None:
        """The attribution of sentence ``index``, a pronoun source with the speaker it
        stands for (``speaker_before``)."""
        found = self._of(index)
        if found is None or found.refers_to or found.source.casefold() not in PERSON_SOURCES:
            return found
        speaker = self.speaker_before(index)
        if speaker is None:
            return found
        resolved = found.model_copy(update={"refers_to": speaker})
        self.known[index] = resolved
        return resolved

    def speaker_before(self, index: int) -> str | None:
        """The person "he" or "she" in sentence ``index`` most likely stands for, or None.

        Only the nearest earlier source a reporting verb credits, within
        ``SPEAKER_REACH`` sentences, is considered ("Ian Marsh said the mill will close.
        He added ..."), and only when it names a person (``person_named``): after
        "police said" or "Reuters reported", "he" is someone the article does not name.
        A surname alone ("Marsh said") takes the full name an earlier credit gives it.
        """
        for at in range(index - 1, max(-1, index - 1 - SPEAKER_REACH), -1):
            earlier = self.of(at)
            if earlier is None or earlier.cue not in SPEECH_CUES | SPEECH_ONLY:
                continue
            if earlier.refers_to or earlier.source.casefold() in PERSON_SOURCES:
                return earlier.refers_to
            name = person_named(earlier.source)
            if name is None and _PERSON_WORD.fullmatch(earlier.source):
                name = self._full_name(earlier.source, at)
            return name
        return None

    def _full_name(self, surname: str, index: int) -> str | None:
        """The full name ending in a surname that a source credited before sentence
        ``index``, nearest first ("Ian Marsh" for "Marsh")."""
        for at in range(index - 1, -1, -1):
            earlier = self.known.get(at) if at in self.known else self.of(at)
            name = person_named(earlier.source) if earlier is not None else None
            if name is not None and name.split()[-1] == surname:
                return name
        return None

    def _speaker_credit(self, index: int) -> Attribution | None:
        """The credit of the transcript turn sentence ``index`` is spoken in, if any."""
        if self._turns is None:
            self._turns = speaker_turns(self.text)
        start = self.spans[index][0]
        for turn in self._turns:
            if turn.start <= start < turn.end:
                return turn.credit
        return None

    def _of(self, index: int) -> Attribution | None:
        """The attribution of sentence ``index`` as written."""
        chain: list[int] = []
        at = index
        while at not in self.known:
            own = find_attributions(self.text, self.spans[at])
            if own:
                self.known[at] = own[0]
            elif (credit := self._speaker_credit(at)) is not None:
                self.known[at] = credit
            elif at == 0 or not _may_inherit(
                self.sentence_texts[at - 1], self.sentence_texts[at], self.same_paragraph[at]
            ):
                self.known[at] = None
            else:
                chain.append(at)
                at -= 1
        for at in reversed(chain):
            self.known[at] = governing_lead(
                self.known[at - 1],
                self.sentence_texts[at - 1],
                self.sentence_texts[at],
                self.same_paragraph[at],
            )
        return self.known[index]
