"""What every check gets, and how a finding shows its evidence.

A check is a module with an ``ID``, a finding ``KIND``, a default severity and
a ``check(context)`` function; the context holds everything the pipeline
knows after matching, so checks never redo matching or reread files.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from claimcheck.claims import LineIndex, primary_quantity
from claimcheck.compare import Comparison, ambiguous_claims, breakdown_parts, compare, one_tally
from claimcheck.config import Config
from claimcheck.copies import Copies
from claimcheck.frames import lexicon
from claimcheck.intervals import describe_quantity, strict_interval
from claimcheck.match import Match, NameResolver
from claimcheck.models import Claim, ClaimGroup, Evidence, Quantity, Severity, Source
from claimcheck.times import article_day_text


@dataclass
class CheckContext:
    """Everything a check may read: sources, texts, claims, matches and groups."""

    config: Config
    names: NameResolver
    sources: Sequence[Source]
    texts: dict[str, str]
    claims: Sequence[Claim]
    matches: Sequence[Match]
    groups: Sequence[ClaimGroup]
    copies: Copies = field(default_factory=Copies)
    claims_by_id: dict[str, Claim] = field(init=False)
    paths: dict[str, str] = field(init=False)
    line_indexes: dict[str, LineIndex] = field(init=False)
    group_matches: dict[str, list[Match]] = field(init=False)
    comparisons: dict[tuple[str, str], Comparison] = field(init=False)
    ambiguous: frozenset[str] = field(init=False)
    # Claims that stand only against figures told of their own deed (``Ambiguity``).
    deed_bound: frozenset[str] = field(init=False)
    # Claims that break down a whole of their sentence (``compare.breakdown_parts``).
    parts: set[str] = field(init=False)
    # The claims of each sentence, by source and sentence span.
    sentence_claims: dict[tuple[str, tuple[int, int]], list[Claim]] = field(init=False)
    # Unsourced claims the sourcing check ranked past ``unsourced_limit`` (set by it).
    unsourced_unreported: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        """Index claims and sources once for every check."""
        self.claims_by_id = {claim.id: claim for claim in self.claims}
        self.paths = {source.id: source.path for source in self.sources}
        self.line_indexes = {sid: LineIndex(text) for sid, text in self.texts.items()}
        self.comparisons = {}
        self.sentence_claims = {}
        for claim in self.claims:
            key = (claim.source, claim.sentence_span)
            self.sentence_claims.setdefault(key, []).append(claim)
        ambiguity = ambiguous_claims(self.claims, self.names)
        self.ambiguous, self.deed_bound = ambiguity.ambiguous, ambiguity.deed_bound
        self.parts = breakdown_parts(self.sentence_claims.values())
        group_of = {claim_id: group.id for group in self.groups for claim_id in group.claims}
        self.group_matches = {}
        for match in self.matches:
            self.group_matches.setdefault(group_of[match.left.id], []).append(match)

    def compare(self, match: Match) -> Comparison:
        """The verdict on a matched pair, worked out once for every check."""
        key = (match.left.id, match.right.id)
        found = self.comparisons.get(key)
        if found is None:
            if (match.left.id in self.parts) != (match.right.id in self.parts):
                # A part of a breakdown neither backs nor contradicts a figure that is none.
                found = Comparison("unclear", False)
            elif self._placed_apart(match.left, match.right):
                found = Comparison("unclear", False)
            else:
                found = compare(match, self.names, self.one_tally)
            self.comparisons[key] = found
        return found

    def _placed_apart(self, left: Claim, right: Claim) -> bool:
        """Whether two claims place things at another distance and another bearing from one
        place: "about 15 kilometres north of Duvrenna" (where a bus was stopped) and "about
        40 km east of Duvrenna" (a cave) are two places, so neither their bearings nor their
        distances disagree. One distance with two bearings ("55 km south of Bireun", "55 km
        west of Bireun") is one place put two ways."""
        left_placement = self._placement(left)
        right_placement = self._placement(right) if left_placement else None
        if left_placement is None or right_placement is None:
            return False
        (left_distance, left_bearing), (right_distance, right_bearing) = (
            left_placement,
            right_placement,
        )
        return left_bearing != right_bearing and not strict_interval(left_distance).overlaps(
            strict_interval(right_distance)
        )

    def _placement(self, claim: Claim) -> tuple[Quantity, str] | None:
        """The distance and bearing a claim places something at ("15 kilometres north of
        X"), from its sentence's figure and its bearing ``direction`` fact right after it."""
        mine = claim.fact if claim.fact and claim.fact.attribute == "direction" else None
        own = primary_quantity(claim) if mine is None else None
        if mine is None and (own is None or own.kind != "length"):
            # Only a bearing or a distance places anything: most matched pairs are neither.
            return None
        sentence = self.sentence_claims[(claim.source, claim.sentence_span)]
        bearings = [c.fact for c in sentence if c.fact and c.fact.attribute == "direction"]
        distances = sorted(
            (q for c in sentence for q in c.quantities if q.kind == "length"),
            key=lambda q: q.span,
        )
        for bearing in bearings:
            before = [q for q in distances if 0 <= bearing.span[0] - q.span[1] <= PLACEMENT_GAP]
            if not before:
                continue
            if bearing is mine or (own is not None and own in before):
                return before[-1], bearing.value.casefold()
        return None

    def one_tally(self, left: Claim, right: Claim) -> bool:
        """Whether two claims' sentences report one tally (``compare.one_tally``)."""
        return one_tally(
            left,
            right,
            self.sentence_claims[(left.source, left.sentence_span)],
            self.sentence_claims[(right.source, right.sentence_span)],
        )

    def matches_in(self, group: ClaimGroup) -> list[Match]:
        """The matched pairs inside one group."""
        return self.group_matches.get(group.id, [])


def value_text(claim: Claim) -> str:
    """The normalised value of a claim, for a reader."""
    if claim.fact is not None:
        return f"{claim.fact.attribute}: {claim.fact.value}"
    quantity = primary_quantity(claim)
    return describe_quantity(quantity) if quantity else ""


def written_text(claim: Claim, text: str) -> str:
    """The value as the article writes it, for a reader: the figure's words, with the
    noun it counts when that noun follows ("more than 200 companies", "$4.2 billion",
    "under 200 km"), or the fact's value ("Leeds").

    :param claim: a claim of the source
    :param text: the source's whole text (the claim's spans index into it)
    """
    if claim.fact is not None:
        start, end = claim.fact.span
        # The words of the text ("2:53 p.m."), not the fact's normalised value ("14:53").
        return " ".join(text[start:end].split()) or claim.fact.value
    quantity = primary_quantity(claim)
    if quantity is None:
        return ""
    start, end = quantity.span
    written = text[start:end]
    if (
        quantity.kind == "count"
        and not text[claim.sentence_span[0] : start].strip(" \"'“‘(")
        and written[1:2].islower()
    ):
        # A count that opens its sentence is capitalised only for that ("Five bombs").
        written = written[:1].lower() + written[1:]
    counted = claim.measure.split()[-1:] if quantity.kind == "count" else []
    following = text[end : end + NOUN_REACH_CHARS]
    if counted and following[:1].isspace():
        words = following.split()[:NOUN_REACH_WORDS]
        for index, word in enumerate(words):
            if word.strip(_WORD_EDGES).casefold() == counted[0].casefold():
                written += " " + " ".join([*words[:index], word.rstrip(_WORD_EDGES)])
                break
    return " ".join(written.split())


# How far after a count its noun may stand, in characters and in words (itself included),
# to be quoted with it ("over 100 AI startups").
NOUN_REACH_CHARS = 60
# How far before a bearing ("north of X") its distance may end, in characters: room for a
# conversion in brackets ("55 kilometers (34 miles) west of").
PLACEMENT_GAP = 16
NOUN_REACH_WORDS = 3
# Punctuation around a word that is not part of it.
_WORD_EDGES = ".,;:!?\"'()“”‘’"


def time_text(claim: Claim) -> str:
    """The time a claim's value refers to, as a reader would say it."""
    if claim.time is not None:
        return claim.time.text
    day = article_day_text(claim.context_day, claim.context_date, claim.context_year)
    if not day:
        return ""
    two_lines = claim.context_day is not None and ";" in day
    return day + (" (article's lead and dateline)" if two_lines else " (article date)")


def evidence(context: CheckContext, claim: Claim) -> Evidence:
    """Quote, locate and explain one claim."""
    lines = context.line_indexes[claim.source]
    end_line, end_column = lines.position(claim.span[1])
    text = context.texts[claim.source]
    return Evidence(
        claim=claim.id,
        source=claim.source,
        path=context.paths[claim.source],
        span=claim.span,
        line=claim.line,
        column=claim.column,
        end_line=end_line,
        end_column=end_column,
        quote=claim.text,
        sentence=text[claim.sentence_span[0] : claim.sentence_span[1]],
        sentence_span=claim.sentence_span,
        written=written_text(claim, text),
        value=value_text(claim),
        time=time_text(claim),
        attribution=claim.attribution.credited if claim.attribution else "",
    )


def group_label(group: ClaimGroup, claims: Sequence[Claim]) -> str:
    """What a group's claims speak of, for a reader: entity · attribute · time.

    The attribute and entity come from the claims' frames (the most common, ties in
    alphabetical order); claims with no frame fall back to the group's measure and to
    a subject they name (``_subject_of``: a group links claims through others, so its
    own subject may be another's, one player's name for another's points).
    The time is given only when every claim states the same one.
    """
    frames = [c.frame for c in claims if c.frame is not None and c.frame.attribute]
    # A measure read after a figure keeps the hyphen that joined them ("26-year-old").
    attribute = _most_common([f.attribute for f in frames]) or group.measure.strip(" -\u2013")
    # Without frames the group's subject is the nearest name before the figures, which
    # is often no owner at all ("Hundreds of homes", "told The Daily Post"): a framed
    # group names only what its frames name.
    # "the total" or "the rest" names an amount, not what the claims are about.
    amounts = lexicon().quantity_nouns
    named = [f.entity for f in frames if f.entity and f.entity.split()[-1].lower() not in amounts]
    if attribute in lexicon().agent_attributes:
        # A doer described ("the officers", "the sergeant") may be written many ways.
        named = [entity for entity in named if not entity.startswith("the ")]
    entity = _most_common(named) or ("" if frames else _subject_of(group, claims))
    if not entity and not frames:
        # A fact says whose it is ("Rovers general manager" for a holder of that post).
        entity = _as_written(
            _most_common([c.fact.of for c in claims if c.fact is not None and c.fact.of]), claims
        )
    times = {c.time.text for c in claims if c.time is not None}
    same_time = next(iter(times)) if len(times) == 1 and all(c.time for c in claims) else ""
    return " · ".join(p for p in (entity, attribute, same_time) if p) or "the same measure"


def _subject_of(group: ClaimGroup, claims: Sequence[Claim]) -> str:
    """What claims with no frame are about: the subject more than half of them name,
    else the group's subject when one of them names it or none names any."""
    subjects = [claim.subject for claim in claims if _reads_as_name(claim.subject)]
    top = _most_common(subjects)
    if 2 * subjects.count(top) > len(claims):
        return top
    if not _reads_as_name(group.subject):
        return ""
    return group.subject if not subjects or group.subject in subjects else ""


def _as_written(phrase: str, claims: Sequence[Claim]) -> str:
    """A lower-cased phrase as the first claim that has it writes it ("Harlow")."""
    if phrase:
        for claim in claims:
            found = re.search(re.escape(phrase), claim.text, re.IGNORECASE)
            if found is not None:
                return found.group()
    return phrase


def _reads_as_name(subject: str) -> bool:
    """Whether a subject can stand in a label as a name: not a clause caught with one
    (a quotation's opening words, "We're aware of the issue involving Vale,")."""
    lower = [word for word in subject.split() if word[:1].islower()]
    return (
        bool(subject)
        and not any(mark in subject for mark in ',"\u201c\u201d')
        and (len(lower) <= 2)
    )


def _most_common(values: Sequence[str]) -> str:
    """The value given most often ('' for none); ties go to the first in sorted order."""
    if not values:
        return ""
    return min(set(values), key=lambda value: (-values.count(value), value))


@dataclass(frozen=True)
class Side:
    """The claims of a finding that agree on one value, and how many sources give it.

    Mostly the claims of one normalised value; a conflict may put claims of agreeing
    values on one side (``Evidence.side``), whose values are then all shown, in the
    order they are quoted: "about 1,380 feet / about 420 metres".
    """

    items: tuple[Evidence, ...]
    sources: int

    @property
    def value(self) -> str:
        """The side's normalised values."""
        return " / ".join(dict.fromkeys(item.value for item in self.items))

    @property
    def written(self) -> str:
        """Each of the side's values as the first of its articles writes it."""
        first: dict[str, str] = {}
        for item in self.items:
            if not first.get(item.value):
                first[item.value] = item.written
        return " / ".join(written or value for value, written in first.items())


def distinct_sources(items: Sequence[Evidence]) -> int:
    """How many sources a set of claims comes from (two claims of one article count once)."""
    return len({item.source for item in items})


def group_sides(
    items: Sequence[Evidence], count: Callable[[Sequence[Evidence]], int] = distinct_sources
) -> list[Side]:
    """A finding's claims grouped by side (``Evidence.side``, else normalised value), most
    sources first (by ``count``, which may count copies of one text once), then in the
    order they are quoted."""
    by_value: dict[str | int, list[Evidence]] = {}
    for item in items:
        by_value.setdefault(item.value if item.side is None else item.side, []).append(item)
    grouped = [Side(tuple(side), count(side)) for side in by_value.values()]
    return sorted(grouped, key=lambda side: -side.sources)


def sides(items: Sequence[Evidence], copies: Copies | None = None) -> str:
    """The values of a finding as people wrote them, each with the sources that give it,
    most first: "2 say more than 200 (a.txt, b.txt [in 2025]); 1 says over 100 (c.txt [in
    2024])". Sides are ranked by independent sources, so copies of one text (``copies``)
    count once, and say so: "3 (2 independent) say ...". Each source is named once on a
    side; one on two sides names who it credits each figure to ("c.txt [police]").
    """

    def count(side: Sequence[Evidence]) -> int:
        if copies is None:
            return distinct_sources(side)
        return copies.witnesses_of([(e.claim, e.source) for e in side])

    grouped = group_sides(items, count)
    # An article on two sides gives each figure from a source of its own: name it there.
    seen = Counter(source for side in grouped for source in {e.source for e in side.items})
    parts = []
    for side in grouped:
        named: dict[str, None] = {}
        for e in side.items:
            notes = [e.attribution] if seen[e.source] > 1 and e.attribution else []
            notes += [e.time] if e.time else []
            named.setdefault(e.source + "".join(f" [{note}]" for note in notes))
        articles = distinct_sources(side.items)
        verb = "says" if articles == 1 else "say"
        many = f"{articles} ({side.sources} independent)" if side.sources < articles else articles
        parts.append(f"{many} {verb} {side.written} ({', '.join(named)})")
    return "; ".join(parts)


def sources_phrase(claims: Sequence[Claim], copies: Copies) -> str:
    """'4 sources', or '4 sources (3 independent)' when some are copies of one text."""
    count = len({c.source for c in claims})
    witnesses = copies.witnesses(claims)
    return f"{count} sources" + (f" ({witnesses} independent)" if witnesses < count else "")


# Severities from most to least serious, and the confidence each needs: a finding the
# tool is unsure of is never shown as high ("high · confidence 0.45" contradicts itself).
SEVERITY_ORDER: tuple[Severity, ...] = ("high", "medium", "low", "info")
SEVERITY_CONFIDENCE = {"high": 0.6, "medium": 0.4, "low": 0.0, "info": 0.0}


def severity_for(severity: Severity, confidence: float) -> Severity:
    """The rule's severity, lowered until the confidence supports it."""
    index = SEVERITY_ORDER.index(severity)
    while confidence < SEVERITY_CONFIDENCE[SEVERITY_ORDER[index]]:
        index += 1
    return SEVERITY_ORDER[index]


def claim_fingerprint(claim: Claim) -> str:
    """Identity of a claim that survives edits elsewhere in its file."""
    # Its words with one space between them: ``str.split`` splits at the very characters
    # ``\s`` matches, so this is the text with each run of ``\s+`` made one space, stripped.
    text = " ".join(claim.text.split()).casefold()
    return hashlib.sha1(f"{claim.source}\0{text}".encode()).hexdigest()


def finding_id(kind: str, rule: str, claims: Sequence[Claim]) -> str:
    """Stable finding id: same kind, rule and claim texts, same id."""
    parts = sorted(claim_fingerprint(c) for c in claims)
    digest = hashlib.sha1("\0".join([kind, rule, *parts]).encode()).hexdigest()
    return f"{kind[:1]}{digest[:12]}"
