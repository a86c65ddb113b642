"""CC2 unsourced: specific claims nobody is cited for and no other article backs.

A claim is unsourced when it carries no attribution ("according to X", "X
said", "X reported that", or a governing lead sentence), no claim of another
source agrees with it, and no other independent source gives the same unlikely
figure (``same_figure_elsewhere``). Where another article gives the same value of
something the tool did not tie to the claim, the finding says so instead of "no other
article backs this" (``_figure_echoed``). Findings are ranked by how much a claim matters
and how checkable it is, from general signals: a specific (unrounded) figure, a
technical unit, a superlative or a "first", a claim about the future, big money.
A source from which cleaning removed injected text in another script is a
low-quality source: its claims weigh less as evidence, so an unsourced claim
from it needs checking more, and ranks higher.

FAIL: "The new plant will be the world's most advanced, with 2 nm lines." (no source)
PASS: "According to the ministry, the plant employs 2,000 people."
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from claimcheck.checks.base import CheckContext, evidence, finding_id, value_text
from claimcheck.checks.corroboration import agreeing_pairs, backed_of
from claimcheck.claims import main_quantities, primary_quantity, significant_digits
from claimcheck.clean import R_FOREIGN_SCRIPT
from claimcheck.copies import Copies
from claimcheck.frames import lexicon
from claimcheck.intervals import WRITTEN_NUMBER, Interval, strict_interval, written_step
from claimcheck.lexicon import singular
from claimcheck.models import Claim, Finding, Quantity, Span
from claimcheck.nlp import possible_lemmas, stop_words
from claimcheck.phrases import WORD, is_verb
from claimcheck.quantities.units import WORD_UNITS
from claimcheck.times import CALENDAR_WORDS

ID = "CC2"
KIND = "unsourced"
DEFAULT_SEVERITY = "medium"

# Weight of each signal of importance and checkability.
SIGNAL_WEIGHTS = {
    "superlative": 2.0,
    "first": 2.0,
    "ranking": 2.0,
    "future": 1.0,
    "money": 1.0,
    "technical": 2.0,
    "specific": 1.5,
}
LOW_QUALITY_WEIGHT = 1.0
# A dated event or a stated base is checkable even without a figure.
FACT_WEIGHT = 1.5
# A figure whose frame names what it measures.
FRAMED_WEIGHT = 0.5

# What a claim whose every figure is an age loses: it is still flagged, after the rest.
AGE_DISCOUNT = 1.5
# A figure that is an age: "16-year-old", "16 years old", "a 10-month-old".
AGE_AFTER = re.compile(r"[-\s](?:year|month|week|day)s?[-\s]old\b", re.IGNORECASE)

# Below this score a claim is too vague to be worth a finding.
MIN_SCORE = 1.0
# A specific whole number at least this large, given by two independent articles of one
# story, is taken for one figure even when one of them names no measure beside it
# ("now has 2,301" and "2,301 career points"); a smaller one may be another count.
UNLIKELY_COINCIDENCE = 100
# Significant digits that make a hedged figure unlikely to coincide ("nearly 235,000").
HEDGED_SIGNIFICANT_DIGITS = 3


def score_of(claim: Claim, low_quality: bool) -> float:
    """How much an unsourced claim matters, from its signals."""
    score = sum(SIGNAL_WEIGHTS.get(signal, 0.0) for signal in claim.signals)
    # "Ann Vale, 15," is a figure and an age, whether the claim holds it as a fact or not.
    age_fact = claim.fact is not None and claim.fact.attribute == "age"
    if primary_quantity(claim) is not None or age_fact:
        score += 1.0
    if age_fact or _only_ages(claim):
        # "a 13-year-old rival", "He's 16 years old": who someone is, not news to check.
        score -= AGE_DISCOUNT
    if claim.frame is not None and claim.frame.attribute:
        # The parse says what the figure measures ("two people were killed"): checkable.
        score += FRAMED_WEIGHT
    if claim.fact is not None and not age_fact:
        score += FACT_WEIGHT
    return score + (LOW_QUALITY_WEIGHT if low_quality else 0.0)


def _only_ages(claim: Claim) -> bool:
    """Whether every figure that carries a claim is someone's age."""
    figures = main_quantities(claim.quantities)
    return bool(figures) and all(
        AGE_AFTER.match(claim.text, quantity.span[1] - claim.span[0]) for quantity in figures
    )


def check(context: CheckContext) -> list[Finding]:
    """Unsourced claims, most important first, at most ``unsourced_limit``."""
    by_figure = _by_figure(context.claims)
    backing = agreeing_pairs(context) + same_figure_pairs(context.claims, context.copies, by_figure)
    backed = {claim_id for pair in backing for claim_id in backed_of(*pair)}
    credited_in_body = _credited_in_body(context)
    # Other articles that give a claim's figure without all it says ("the record-setting
    # basket" beside a figure another article gives plainly).
    figure_given: dict[str, set[str]] = {}
    for left, right in backing:
        figure_given.setdefault(left.id, set()).add(right.source)
        figure_given.setdefault(right.id, set()).add(left.source)
    echoed = _figure_echoed(by_figure, context.copies)
    low_quality = {
        source.id
        for source in context.sources
        if any(d.reason.startswith(R_FOREIGN_SCRIPT) for d in source.dropped)
    }
    ranked: list[tuple[float, Claim]] = []
    for claim in context.claims:
        if claim.attribution is not None or claim.id in backed or not claim.checkable:
            continue
        if (
            claim.id in credited_in_body
            or _says_no_one_of_nothing(claim)
            or _a_bare_fragment(context.texts[claim.source], claim)
        ):
            continue
        score = score_of(claim, claim.source in low_quality)
        if score >= MIN_SCORE:
            ranked.append((score, claim))
    ranked.sort(key=lambda item: (-item[0], item[1].source, item[1].span))
    # Copies of one passage are one unsourced claim, reported once with all its copies: the
    # same claim of a copied sentence is the one at the same place among its claims.
    place = _places_in_sentence(context.claims)
    # A copy whose figure was changed ("leaving 12 dead", "leaving 19 dead") is not the same
    # claim: the value is part of the key.
    copy_key: dict[str, tuple[int, int, str]] = {}
    for _, claim in ranked:
        passage = context.copies.passage_of.get(claim.id)
        if passage is not None:
            copy_key[claim.id] = (passage, place[claim.id], value_text(claim))
    copies_of: dict[tuple[int, int, str], list[Claim]] = {}
    kept: list[tuple[float, Claim]] = []
    for score, claim in ranked:
        key = copy_key.get(claim.id)
        if key is None or key not in copies_of:
            kept.append((score, claim))
        if key is not None:
            copies_of.setdefault(key, []).append(claim)
    # A sentence's unsourced claims are one finding, under its best-ranked claim: a reader
    # takes one sentence listed three times, once per figure, for noise.
    in_sentence: dict[tuple[str, Span], list[Claim]] = {}
    sentences: list[tuple[float, Claim]] = []
    for score, claim in kept:
        place_of = (claim.source, claim.sentence_span)
        if place_of not in in_sentence:
            in_sentence[place_of] = []
            sentences.append((score, claim))
        in_sentence[place_of].append(claim)
    findings: list[Finding] = []
    limit = context.config.unsourced_limit
    context.unsourced_unreported = sum(
        len(in_sentence[(claim.source, claim.sentence_span)]) for _, claim in sentences[limit:]
    )
    for score, claim in sentences[:limit]:
        together = in_sentence[(claim.source, claim.sentence_span)]
        signals = ", ".join(dict.fromkeys(s for c in together for s in c.signals)) or (
            "a stated fact" if claim.fact else "a figure"
        )
        quality = " in a low-quality source" if claim.source in low_quality else ""
        claims = [
            copy
            for one in together
            for copy in (copies_of[copy_key[one.id]] if one.id in copy_key else [one])
        ]
        others = sorted({c.source for c in claims if c.source != claim.source})
        copied = f"; the same text is in {', '.join(others)}" if others else ""
        givers = sorted(
            set().union(*(figure_given.get(c.id, set()) for c in claims))
            - {c.source for c in claims}
        )
        backers = "all of it" if givers else "this"
        partly = (
            f"; {_names(givers)} {'agrees' if len(givers) == 1 else 'agree'} on the figure only"
            if givers
            else ""
        )
        # Only the figure the finding leads with: "310 homes" is not echoed by another
        # article's "junction 14" that its sentence also gives.
        echoes = sorted(echoed.get(claim.id, set()) - {c.source for c in claims} - set(givers))
        opening = (
            f"No source given; the same figure is in {_names(echoes)}, not matched to this"
            if echoes and not givers
            else f"No source given and no other article backs {backers}"
        )
        findings.append(
            Finding(
                id=finding_id(KIND, "unsourced", claims),
                kind=KIND,
                check=ID,
                rule="unsourced",
                severity="medium" if score >= 4 else "low",
                confidence=0.7,
                score=50.0 + score,
                claims=[c.id for c in claims],
                message=f"{opening} ({signals}{quality}){partly}{copied}",
                reason="no attribution in the claim, its sentence or a lead; no agreeing match",
                evidence=[evidence(context, c) for c in claims],
            )
        )
    return findings


# The smallest count or multiple that another article's giving it tells a reader anything:
# two clubs and two sons, or "think twice" and "cleaned twice", share nothing but the word.
MIN_ECHOED_COUNT = 3
ECHOED_KINDS_BY_SIZE = frozenset(("count", "multiplier"))
# Figures that articles of one story share for many things: a year dates anything.
UNECHOED_KINDS = frozenset(("year",))


def _figure_echoed(by_figure: _FigureTable, copies: Copies) -> dict[str, set[str]]:
    """For each claim, the independent sources that give its figure with the same kind,
    unit and value, whatever it is of ("a 14-day strike", "a two-week walkout"): no
    backing, but "no other article backs this" would not be true of it. Only the figure
    a claim is about is echoed (not "three" beside it), wherever the other article gives
    it; years, and counts and multiples below ``MIN_ECHOED_COUNT``, are left out, and a count
    below ``UNLIKELY_COINCIDENCE`` is echoed only by a count of the same noun."""
    echoed: dict[str, set[str]] = {}
    for (kind, _, value), same in by_figure.items():
        if kind in UNECHOED_KINDS or (kind in ECHOED_KINDS_BY_SIZE and value < MIN_ECHOED_COUNT):
            continue
        small = kind == "count" and value < UNLIKELY_COINCIDENCE
        leads = [claim for claim, figure in same if figure == primary_quantity(claim)]
        for left in leads:
            for right, _ in same:
                if (
                    left.source != right.source
                    and (not small or _counted_alike(left, right))
                    and copies.independent(left, right)
                ):
                    echoed.setdefault(left.id, set()).add(right.source)
    return echoed


def _counted_alike(left: Claim, right: Claim) -> bool:
    """Whether two claims count one noun ("six people were taken", "six people went"): a
    small count of anything else ("Three councillors abstained", "the three libraries")
    shares only the number."""
    nouns = [
        singular(claim.measure.split()[-1].casefold()) if claim.measure else ""
        for claim in (left, right)
    ]
    return bool(nouns[0]) and nouns[0] == nouns[1]


def _says_no_one_of_nothing(claim: Claim) -> bool:
    """Whether a claim's only figure is a word of no one ("Nobody has ever dominated him",
    "none other than") that counts nothing the lexicon knows: a turn of phrase, not a
    figure to check ("no one was killed" counts deaths, and stays)."""
    quantity = primary_quantity(claim)
    return (
        quantity is not None
        and quantity.value == 0
        and quantity.surface.replace(" ", "").replace("-", "").isalpha()
        and not (claim.frame is not None and claim.frame.attribute)
    )


# The most words of a sentence that is only a figure said again for weight ("Forty
# percent.", "Eighteen percent!") or a count of what follows ("Three things.").
FRAGMENT_WORDS = 3


def _a_bare_fragment(text: str, claim: Claim) -> bool:
    """Whether a claim's sentence is a fragment of at most ``FRAGMENT_WORDS`` words with no
    verb: a figure repeated for weight or a count of the points to come, which asserts
    nothing of its own to source ("Gun licences have risen 40 percent in five years. Forty
    percent."); "Eleven have died" says something."""
    start, end = claim.sentence_span
    words = WORD.findall(text, start, end)
    return len(words) <= FRAGMENT_WORDS and not any(
        is_verb(word) or word.casefold().endswith(("'s", "’s")) for word in words
    )


def _credited_in_body(context: CheckContext) -> set[str]:
    """Headline claims whose figure the article's body gives with a source: a headline
    sums up its article ("Death toll rises to six" over "... rose to six, the health
    authority said"), so the body's source is the headline's."""
    credited = {
        (claim.source, figure)
        for claim in context.claims
        if claim.attribution is not None and (figure := _figure_key(claim)) is not None
    }
    titles = {
        source.id: source.metadata.title
        for source in context.sources
        if source.metadata is not None and source.metadata.title
    }
    return {
        claim.id
        for claim in context.claims
        if claim.line == 1
        and claim.text in titles.get(claim.source, "")
        and (claim.source, _figure_key(claim)) in credited
    }


def _figure_key(claim: Claim) -> tuple[str, str, float] | None:
    """A claim's figure as kind, unit and value, or None when it has none."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.value is None:
        return None
    return (quantity.kind, quantity.unit, round(quantity.value, 6))


def _names(sources: Sequence[str]) -> str:
    """Source ids for a message: all of up to three, else the first two and a count."""
    if len(sources) <= 3:
        return ", ".join(sources)
    return f"{sources[0]}, {sources[1]} and {len(sources) - 2} more"


def same_figure_elsewhere(claims: Sequence[Claim], copies: Copies) -> set[str]:
    """Ids of claims whose exact figure an independent source also gives
    (``same_figure_pairs``) and that it backs whole: a claim with a second figure ("a 7.3
    quake felt 1,300 km away") is not backed by the first alone, nor a superlative by a
    claim that gives the figure without it (``corroboration.backs_whole``)."""
    return {claim_id for pair in same_figure_pairs(claims, copies) for claim_id in backed_of(*pair)}


# Each claim with each of its figures, by the figure's kind, unit and value.
_FigureTable = dict[tuple[str, str, float], list[tuple[Claim, Quantity]]]


def _by_figure(claims: Sequence[Claim]) -> _FigureTable:
    """Each claim with each of its figures, by the figure's kind, unit and value: each of a
    claim's figures ("pulled three products ... after ... 11 confirmed cases") is one
    another article may give."""
    by_figure: _FigureTable = {}
    for claim in claims:
        for figure in main_quantities(claim.quantities):
            if figure.value is not None:
                by_figure.setdefault((figure.kind, figure.unit, figure.value), []).append(
                    (claim, figure)
                )
    return by_figure


def same_figure_pairs(
    claims: Sequence[Claim], copies: Copies, by_figure: _FigureTable | None = None
) -> list[tuple[Claim, Claim]]:
    """Claims of independent sources that give the same exact figure, matched or not.

    "No other article backs this" must be true: when four articles give a quake's
    magnitude as 6.8, none of them is unbacked, even if matching did not pair them. A
    figure counts when its kind, unit and value are the same, and it is unlikely to
    coincide (``_unlikely_to_coincide``: a specific figure, not rounded, not a small
    count, or a hedged one of three significant digits) with, for a whole number, a
    measure word in common (46 wins and 46 wins by knockout), or for a count of at least
    ``UNLIKELY_COINCIDENCE``, one in common in the singular (125 seats and a 125-seat
    legislature) or none on a side (a crowd of 22,000 and the 22,000 crowd); a round
    figure or a small count only with the same counted noun ("three shells" and "three
    tank shells"). Whether one backs all the other says is
    ``corroboration.backs_whole``'s to decide.

    :param by_figure: the claims' figures as ``_by_figure`` tables them, when the caller
        has them already
    """
    if by_figure is None:
        by_figure = _by_figure(claims)
    pairs: list[tuple[Claim, Claim]] = []
    words: dict[str, frozenset[str]] = {}
    for (kind, _, value), same in by_figure.items():
        whole = float(value).is_integer()
        # Whether each claim's figure is unlikely to coincide, read once per claim, and
        # whether it is a sum of money written to three or more significant digits.
        rated = [
            _Rated(
                claim,
                figure,
                _unlikely_to_coincide(claim, figure),
                kind == "money" and len(significant_digits(figure)) >= HEDGED_SIGNIFICANT_DIGITS,
            )
            for claim, figure in same
        ]
        for left_rated, right_rated in combinations(rated, 2):
            left, right = left_rated.claim, right_rated.claim
            specific = left_rated.unlikely and right_rated.unlikely
            # Two articles that give one sum of $281 million give one sum, whatever words
            # each puts beside it ("in cash", "the price"); so do two that give one specific
            # count of one named subject.
            one_figure = (left_rated.large_sum and right_rated.large_sum) or (
                specific and kind == "count" and _one_subject(left, right)
            )
            if (
                whole
                and not one_figure
                and not _measures_may_agree(left, right, kind, value)
                and not _stated_alike(left_rated, right_rated, words)
            ):
                continue
            if (
                not specific
                and not _same_counted(left, right)
                and not _stated_alike(left_rated, right_rated, words)
            ):
                continue
            if copies.independent(left, right):
                pairs.append((left, right))
    return pairs + _converted_pairs(by_figure, copies) + _same_fact_pairs(claims, copies)


# Digits a fact's value must be written with for two independent articles that give it for
# one attribute to give one fact, whoever each says it is of: a coach's record of 284-286
# (which one article hangs on the team named last before it), not a record of 9-14 or an
# age of 32, which two people of one story may share.
DISTINCT_FACT_DIGITS = 5


def _same_fact_pairs(claims: Sequence[Claim], copies: Copies) -> list[tuple[Claim, Claim]]:
    """Claims of independent sources that state one fact with one value of at least
    ``DISTINCT_FACT_DIGITS`` digits ("Dunn is 284-286", "Rovers stand at 284-286"), matched
    or not."""
    by_fact: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        fact = claim.fact
        if fact is not None and sum(c.isdigit() for c in fact.value) >= DISTINCT_FACT_DIGITS:
            by_fact.setdefault((fact.attribute, fact.value.casefold()), []).append(claim)
    return [
        (left, right)
        for same in by_fact.values()
        for left, right in combinations(same, 2)
        if copies.independent(left, right)
    ]


# Kinds whose figures one article may give in another unit ("620-foot", "189-metre"), and
# the significant digits the more precise of the two must have to be one figure.
CONVERTED_DIGITS = 3
CONVERTIBLE_KINDS = frozenset(("length", "mass", "area", "volume", "speed"))
# Qualifiers of figures that state a value: "over 350 yards" reaches any longer figure, so
# only such figures are compared across units.
STATED_QUALIFIERS = frozenset(("exact", "approx"))


@dataclass(frozen=True)
class _Measurement:
    """A claim's one figure as ``_converted_pairs`` compares it with others, read once per
    claim rather than once per pair."""

    claim: Claim
    quantity: Quantity
    unit_words: str
    digits: int
    interval: Interval

    @classmethod
    def of(cls, claim: Claim, quantity: Quantity) -> _Measurement:
        """The measurement a claim gives by its figure."""
        return cls(
            claim,
            quantity,
            _unit_words(quantity),
            len(significant_digits(quantity)),
            strict_interval(quantity),
        )


def _converted_pairs(
    by_figure: dict[tuple[str, str, float], list[tuple[Claim, Quantity]]], copies: Copies
) -> list[tuple[Claim, Claim]]:
    """Claims of independent sources that give one specific measurement in different
    units: their values differ by the conversion, and each one's rounding covers the
    other ("a 620-foot freighter" and "the 189-metre ship").

    :param by_figure: each claim with its figure, by the figure's kind, unit and value
    """
    by_kind: dict[tuple[str, str], list[tuple[Claim, Quantity]]] = {}
    for (kind, unit, _), same in by_figure.items():
        if kind in CONVERTIBLE_KINDS:
            by_kind.setdefault((kind, unit), []).extend(
                (claim, figure) for claim, figure in same if figure.qualifier in STATED_QUALIFIERS
            )
    pairs: list[tuple[Claim, Claim]] = []
    for stated in by_kind.values():
        if len(stated) < 2:
            continue
        measured = [_Measurement.of(claim, figure) for claim, figure in stated]
        for left, right in combinations(measured, 2):
            if left.quantity.value == right.quantity.value or left.unit_words == right.unit_words:
                continue
            qualifiers = {left.quantity.qualifier, right.quantity.qualifier}
            digits = sorted((left.digits, right.digits))
            if (
                qualifiers != {"approx"}
                and (digits[0] < 2 or digits[1] < CONVERTED_DIGITS)
                and not _rounds_the_other(left, right)
            ):
                # "a 2-yard touchdown" and "5-foot-11": close by chance, not one figure. Two
                # hedged figures ("about 5 miles", "about 8 kilometres") say they are rounded
                # conversions of one distance, and so does a precise figure that is the other
                # converted and rounded ("the 40-metre footbridge", "a 131-foot span").
                continue
            if left.interval.overlaps(right.interval) and copies.independent(
                left.claim, right.claim
            ):
                pairs.append((left.claim, right.claim))
    return pairs


def _rounds_the_other(left: _Measurement, right: _Measurement) -> bool:
    """Whether the more precise of two figures, of at least ``CONVERTED_DIGITS`` significant
    digits, is the other converted and rounded to its own last digit: 40 metres is 131.2
    feet, which "131-foot" rounds; "5-foot-11" is no rounding of "2 yards"."""
    rough, precise = sorted((left, right), key=lambda measured: measured.digits)
    if (
        precise.digits < CONVERTED_DIGITS
        or len(WRITTEN_NUMBER.findall(precise.quantity.surface)) != 1
    ):
        # Too rough to tell, or two numbers ("5-foot-11" is rounded to the inch).
        return False
    step = written_step(precise.quantity)
    if step is None or rough.quantity.value is None or precise.quantity.value is None:
        return False
    return abs(rough.quantity.value - precise.quantity.value) <= step / 2


def _large(figure: Quantity) -> bool:
    """Whether a figure is written with a number of at least ``UNLIKELY_COINCIDENCE`` ("600m",
    "10,000 websites", "$2.5 million"), so that two articles giving it in like words give
    one figure. A span of time is never so taken: "two days", "a year ago" and "seven hours"
    recur through a story for different things."""
    if figure.kind == "duration" or figure.value is None:
        return False
    if figure.kind in ("count", "money"):
        return abs(figure.value) >= UNLIKELY_COINCIDENCE
    written = WRITTEN_NUMBER.search(figure.surface)
    return written is not None and float(written.group().replace(",", "")) >= UNLIKELY_COINCIDENCE


def _one_subject(left: Claim, right: Claim) -> bool:
    """Whether two claims are about one named subject, by the last word of its name ("Rooke
    scores 47" and "Tavian Rooke scored 47 points"): a specific count of one person in two
    articles is one figure, whether or not each names what it counts. (A measurement is
    not: "won the 800-metre title in 2022" names a race, which "champion at 800 metres"
    does not back.)"""
    names = [claim.subject.split()[-1:] for claim in (left, right)]
    return names[0] == names[1] != [] and names[0][0][:1].isupper()


def _one_stated_value(left: Quantity, right: Quantity) -> bool:
    """Whether two figures of one value state it alike: with one hedge, or each exact or
    about ("600m", "about 600 metres"); "more than 600" says something else than "600"."""
    return left.qualifier == right.qualifier or {left.qualifier, right.qualifier} <= set(
        STATED_QUALIFIERS
    )


@dataclass(frozen=True)
class _Rated:
    """A claim with its figure as ``same_figure_pairs`` rates it, once per claim."""

    claim: Claim
    figure: Quantity
    # Whether the figure is unlikely to coincide (``_unlikely_to_coincide``).
    unlikely: bool
    # Whether it is a sum of money of ``HEDGED_SIGNIFICANT_DIGITS`` or more digits.
    large_sum: bool


def _stated_alike(left: _Rated, right: _Rated, words: dict[str, frozenset[str]]) -> bool:
    """Whether two claims of one figure give a large figure (``_large``) with one hedge
    (``_one_stated_value``) in like words (``_told_alike``): one figure, whatever each
    counts."""
    return (
        _large(left.figure)
        and _one_stated_value(left.figure, right.figure)
        and _told_alike(left.claim, right.claim, words)
    )


def _told_alike(left: Claim, right: Claim, words: dict[str, frozenset[str]]) -> bool:
    """Whether two claims of one figure say it with a word in common beside the figure and
    what each counts: "fell about 600m" and "fell about 600 metres", "Over 2.5 million
    Turkmens are eligible to vote" and "Over 2.5 million people were eligible to vote".
    Words are compared by the lemmas they may have (``nlp.possible_lemmas``), so "fleeing"
    meets "flee"; stop words (spaCy's list) and the figures' own words never count.

    Both must name one year or none: "In 2022 the trust signed a £1.2 million contract"
    and "The trust has set aside £1.2 million" give two sums.

    :param words: each claim's lemmas by claim id, filled in as claims are first read
    """
    if _year_named(left) != _year_named(right):
        return False
    lemmas = []
    for claim in (left, right):
        if claim.id not in words:
            words[claim.id] = _described_by(claim)
        lemmas.append(words[claim.id])
    return not lemmas[0].isdisjoint(lemmas[1])


def _year_named(claim: Claim) -> int | None:
    """The year a claim says its figure holds for, if it names one."""
    return claim.time.year if claim.time is not None else None


def _described_by(claim: Claim) -> frozenset[str]:
    """The lemmas of the words a claim says its figures with, less its figures' surfaces,
    the words of what it measures, stop words, units and calendar words ("year", "feet",
    "Monday") and capitalised words (a name every article of a story gives, or a word of
    one: "Fire and Rescue Service")."""
    text = claim.text
    for quantity in claim.quantities:
        start, end = (edge - claim.span[0] for edge in quantity.span)
        text = text[: max(start, 0)] + " " * (end - max(start, 0)) + text[max(end, 0) :]
    measured = set(claim.measure.split())
    return frozenset(
        lemma
        for word in WORD.findall(text)
        if len(word) > 2
        and word.isalpha()
        and word.islower()
        and word not in measured
        and word not in stop_words()
        and word not in CALENDAR_WORDS
        and word not in WORD_UNITS
        for lemma in possible_lemmas(word)
    )


def _unit_words(quantity: Quantity) -> str:
    """The letters a figure is written with ("foot", "metre"), to tell units apart."""
    return "".join(character for character in quantity.surface if character.isalpha())


def _unlikely_to_coincide(claim: Claim, figure: Quantity) -> bool:
    """Whether a claim's figure is one two articles would not give by chance: a specific
    figure (``claims.signals_of``), or a hedged one of three or more significant digits
    ("nearly 235,000 comments", not "about 200,000").

    :param figure: the one figure that carries the claim
    """
    if "specific" in claim.signals:
        return True
    digits = significant_digits(figure)
    if not digits and figure.value is not None and float(figure.value).is_integer():
        # "two hundred and twelve pages" is as specific as "the 212-page report".
        digits = str(int(figure.value)).strip("0")
    return len(digits) >= HEDGED_SIGNIFICANT_DIGITS


def _measures_may_agree(left: Claim, right: Claim, kind: str, value: float) -> bool:
    """Whether two claims of one whole number (of one kind) may measure one thing by their
    words: a measure word in common; for a count unlikely to coincide, also one in the
    singular ("125 seats", "a 125-seat legislature") or none on a side ("a crowd of
    22,000")."""
    words = [claim.measure.split() for claim in (left, right)]
    if not set(words[0]).isdisjoint(words[1]):
        return True
    if kind == "money" and all(side and side[-1] in _sum_words() for side in words):
        # "a $640 million tram line" (its cost), "The headline figure is 640 million
        # dollars", "The headline price is $640 million": one sum, named only as a sum.
        return True
    if kind != "count" or abs(value) < UNLIKELY_COINCIDENCE:
        return False
    singulars = [{singular(word) for word in side} for side in words]
    return not (singulars[0] and singulars[1]) or not singulars[0].isdisjoint(singulars[1])


@cache
def _sum_words() -> frozenset[str]:
    """Words that name a sum of money as a sum, not what it is for: the lexicon's
    ``money_containers`` ("cost", "figure", "total") and the attributes one sum is often
    given as (``interchangeable_attributes``: "price")."""
    words = lexicon()
    return words.money_containers | frozenset(words.attribute_family)


def _same_counted(left: Claim, right: Claim) -> bool:
    """Whether two claims count the same noun with the same attribute: "three shells
    landed" and "three tank shells exploded" (both 'shots landed'), not "two games"
    won in one city and two of six games."""
    heads = [claim.measure.split()[-1:] for claim in (left, right)]
    attributes = [claim.frame.attribute if claim.frame else "" for claim in (left, right)]
    return heads[0] == heads[1] != [] and attributes[0] == attributes[1] != ""


def _places_in_sentence(claims: Sequence[Claim]) -> dict[str, int]:
    """Each claim's place among the claims of its sentence (0 for the first)."""
    seen: dict[tuple[str, tuple[int, int]], int] = {}
    places: dict[str, int] = {}
    for claim in sorted(claims, key=lambda c: (c.source, c.span)):
        key = (claim.source, claim.sentence_span)
        places[claim.id] = seen.get(key, 0)
        seen[key] = places[claim.id] + 1
    return places
