"""Attribution: who a sentence credits for what it asserts.

A claim credited to an agency, a report or a named person can be checked
against that source; a claim credited to nobody and backed by no other article
is what a fact-checker looks at first. This module finds attribution phrases
("according to X", "X reported that", "..., said X", "citing X") in a sentence
and decides whether a lead sentence's attribution reaches the sentences after it.
The verbs and nouns are data tables; no source names are built in.
"""

from __future__ import annotations

import re

from claimcheck.models import Attribution, Span

REPORTING_VERBS = (
    "reported reports said says say stated states noted notes announced announces "
    "estimated estimates found finds showed shows show indicated indicates indicate told "
    "confirmed confirms revealed reveals predicted predicts projected projects wrote writes "
    "added adds explained explains claimed claims argued argues warned warns observed observes "
    "concluded concludes suggested suggests acknowledged acknowledges declared declares "
    "disclosed discloses"
).split()

# Nouns that make a common-noun phrase a credible source: "a Stanford report", "the agency".
SOURCE_NOUNS = frozenset(
    (
        "report study survey analysis data figures statistics research agency ministry office "
        "spokesperson spokesman spokeswoman official officials police authorities authority "
        "department government company firm bureau institute university researchers analysts "
        "experts scientists organization organisation commission council newspaper paper "
        "outlet almanac yearbook census index filing statement release database directorate "
        "service committee board court team trust union organisers organizers planners "
        "engineers seismologists witnesses residents sources source document documents "
        "records results briefing assessment estimate estimates forecast forecasters "
        "regulator regulators prosecutors investigators lawyers operator group club lawyer "
        "attorney rep representative aide adviser advisor insider chief head minister "
        "director manager owner coach doctor professor president secretary captain "
        "commander governor mayor message reports officer student clerk witness resident "
        "official spokesperson poll curator dealer dealers consultant consultants nurse "
        "nurses teacher researcher worker workers hospital museum insurer insurers utility "
        "school bank alliance association charity foundation network airline station "
        "operators dealer owners partner partners"
    ).split()
)

# Endings of nouns for people and bodies: "forecasters", "economists", "directorate".
SOURCE_SUFFIXES = ("ers", "ors", "ists", "ians", "ants", "ents", "ate", "ment", "ship")

PRONOUN_SOURCES = ("he", "she", "they", "it", "officials", "experts", "analysts")

# Words that may sit between a source and its verb: "A report recently noted that".
ADVERBS = "recently also further later previously earlier first separately".split()

_VERB_ALT = "|".join(REPORTING_VERBS)
_ADVERB_ALT = "|".join(ADVERBS)

# "according to the International Energy Agency" / "citing police records" /
# "as reported by Reuters": the source runs to the next comma, clause mark or end.
PREPOSED_SOURCE = re.compile(
    r"\b(?P<cue>[Aa]ccording to|[Cc]iting|[Aa]s (?:reported|stated|noted|announced) by)\s+"
    r"(?P<source>[^,;:.()\u2013\u2014]{2,80}?)"
    r"(?=\s*(?:[,;:.()\u2013\u2014]|\s(?:that|which|and|but|as|when|while|who)\b|$))"
)

# "Reuters reported that", "The World Health Organization says",
# "A Stanford report recently noted that", "he said": a short noun phrase at a
# clause start, optional adverb, reporting verb.
SOURCE_THEN_VERB = re.compile(
    r"(?:^|(?<=[,;:\u2013\u2014(\u201d\"]\s)|(?<=[\u201c\"]))"
    r"(?P<source>(?:[A-Z][\w.&'\u2019-]*|[a-z0-9][\w'\u2019-]*)"
    r"(?:\s+(?:[A-Z][\w.&'\u2019-]*|of|the|and|for|de|[a-z0-9][\w'\u2019-]*)){0,9}?)"
    rf"\s+(?:(?:{_ADVERB_ALT})\s+)?(?P<cue>{_VERB_ALT})\b(?P<that>\s+that\b)?"
)

# "..., said Jane Doe of the city council." / "..., the ministry said."
# "Maria King, 39, a records clerk at the hospital, said she ...": a name, an
# apposition between commas, then the reporting verb.
APPOSITIVE_SPEAKER = re.compile(
    r"(?:^|(?<=[,;:\u201d\"]\s))(?P<source>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}),"
    r"(?:\s+[^,;.]{1,60},){1,2}\s+(?P<cue>said|says|told|added|explained)\b"
)

# "..., said Jane Doe, a council member." / "..., reports the Daily News."
TRAILING_SAID = re.compile(
    r"[,\u201d\"]\s*(?:(?P<cue1>said|says|according to|reported|reports|wrote|added|told)\s+"
    r"(?P<source1>[^,;.]{2,80}?)|(?P<source2>[^,;.]{2,60}?)\s+"
    r"(?P<cue2>(?:said|says|added|wrote|estimate|estimates|estimated|believe|believes)"
    r"(?:\s+[^,;.]{1,40}?)?|told\s+[^,;.]{2,40}?))"
    r"(?:,[^;]{0,120}?)?\s*[.;!?]?\s*$"
)


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
    if any(w in SOURCE_NOUNS for w in lowered) or lowered[-1].endswith(SOURCE_SUFFIXES):
        return True
    # "Race director Helen Marsh", "Reuters": a phrase that ends in a proper name.
    return words[-1][:1].isupper() and (len(words) > 1 or lowered[0] not in {"it", "this"})


def find_attributions(text: str, span: Span) -> list[Attribution]:
    """Attribution phrases inside ``text[span[0]:span[1]]`` (one sentence).

    :param text: the whole source text (offsets are into it)
    :param span: the sentence's span
    """
    start, end = span
    sentence = text[start:end]
    found: list[Attribution] = []
    for match in PREPOSED_SOURCE.finditer(sentence):
        source = match.group("source").strip()
        if source.casefold().startswith(("the same", "some", "many")):
            continue
        found.append(
            Attribution(
                source=source,
                cue=match.group("cue").lower(),
                span=(start + match.start(), start + match.end("source")),
                scope="sentence",
            )
        )
    for match in SOURCE_THEN_VERB.finditer(sentence):
        source = match.group("source").strip()
        cue = match.group("cue")
        # "He says" is a source; "It shows" or "they say" without "that" is too vague.
        if source.casefold() in {"it", "they"} and not match.group("that"):
            continue
        if not _is_credible_source(source):
            continue
        found.append(
            Attribution(
                source=source,
                cue=cue.lower(),
                span=(start + match.start("source"), start + match.end()),
                scope="sentence",
            )
        )
    for match in APPOSITIVE_SPEAKER.finditer(sentence):
        found.append(
            Attribution(
                source=match.group("source"),
                cue=match.group("cue"),
                span=(start + match.start("source"), start + match.end()),
                scope="sentence",
            )
        )
    trailing = TRAILING_SAID.search(sentence)
    if trailing:
        source = (trailing.group("source1") or trailing.group("source2") or "").strip(
            ' "\u201c\u201d'
        )
        cue = (trailing.group("cue1") or trailing.group("cue2") or "").split()[0]
        if _is_credible_source(source) or cue in {"said", "says", "told"}:
            found.append(
                Attribution(
                    source=source,
                    cue=cue.lower(),
                    span=(start + trailing.start() + 1, start + trailing.end()),
                    scope="sentence",
                )
            )
    return _without_overlaps(found)


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

# Cues that introduce reported speech, so the speaker may go on in the next sentence.
SPEECH_CUES = frozenset(("reported", "reports", "said", "says", "stated", "states", "told"))


def governing_lead(
    previous: Attribution | None,
    previous_text: str,
    sentence_text: str,
    same_paragraph: bool,
) -> Attribution | None:
    """The attribution a lead sentence passes to the sentence after it, if any.

    "Reuters reported that the plant closed. He said 300 jobs were lost." credits
    the second sentence to the lead's source too, as does a lead ending in a
    colon ("The report found:"). A bare "according to X" credits only its own
    sentence, and a new paragraph or a sentence that does not continue the
    speaker breaks the chain.
    """
    if previous is None or not same_paragraph:
        return None
    introduces = previous_text.rstrip().endswith(":") or (
        previous.cue in SPEECH_CUES and " that" in previous_text[:200]
    )
    if not introduces or not CONTINUATION_START.match(sentence_text):
        return None
    return previous.model_copy(update={"scope": "lead"})
