"""CC1 conflict: matched claims whose values cannot both be true at one time.

Values are compared as intervals (see ``claimcheck.intervals``), after units
and scales are normalised by the quantity parser. Rules, strongest first:

- ``strict``: the stated intervals are disjoint.
  FAIL: "12,000 hectares burned by Monday" / "20,000 hectares burned by Monday".
- ``pragmatic``: the stated intervals overlap, but only if the writer of the
  lower figure chose a misleading round number ("over 300" vs "more than 600").
- ``factual``: a non-numeric attribute differs ("opened in 2019" / "opened in
  2021"; "based in Avonford" / "based in Millbrook").
  PASS: "about 2,000" / "1,950" (within the approximation's tolerance);
  "between 40 and 50" / "45"; "$1.2 billion" / "1,200 million dollars".

Values stated for different times are never a conflict: they are a change
(check CC4). A value with no stated time takes its article's date when the
article's lead gives one, and is otherwise compared with any time, at lower
confidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from claimcheck.checks.base import CheckContext, effective_time, evidence, finding_id, same_time
from claimcheck.intervals import pragmatic_interval, strict_interval
from claimcheck.lexicon import (
    EMPTY_MEASURES,
    GENERIC_HEADS,
    MONEY_MEASURES,
    STATIC_MEASURES,
    SUBSET_CUES,
    VOLATILE_CUES,
    VOLATILE_PREDICATES,
    singular,
    stem,
)
from claimcheck.match import (
    Match,
    NameResolver,
    blocking_key,
    measure_key,
    measures_agree,
    measures_itself,
    primary_quantity,
)
from claimcheck.models import Claim, ClaimGroup, Finding
from claimcheck.phrases import PHRASE_STOPWORDS

ID = "CC1"
KIND = "conflict"
DEFAULT_SEVERITY = "high"
SEVERITY = {"strict": "high", "factual": "high", "pragmatic": "medium"}
SCORE = {"strict": 100.0, "factual": 95.0, "pragmatic": 80.0}
# How much an unknown time on either side lowers confidence.
UNKNOWN_TIME_FACTOR = 0.8


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing the values of two matched claims."""

    outcome: str  # strict, pragmatic, factual, agree, changed
    times_known: bool


# Counts this small are too context-bound ("two sons", "three jurors") to
# contradict each other unless both claims name the same subject.
SMALL_COUNT = 10


def compare(match: Match, names: NameResolver) -> Comparison:
    """Compare two matched claims' values, time first.

    A dated fact ("opened in 2019") is timeless: its year is its value. Other
    facts (a cause, a site) and static measures compare across days, not years.
    Outcome 'unclear' means the match is too weak to call a disagreement.
    """
    outcome = _compare_values(match.left, match.right, names)
    if match.left.fact is not None and match.left.fact.value.isdigit():
        return Comparison(outcome, True)
    static = match.left.fact is not None or measure_key(match.left.measure).head in STATIC_MEASURES
    concurrent, times_known = same_time(match.left, match.right, days_matter=not static)
    if match.left.fact is not None:
        # A cause or a site of events years apart belongs to different events.
        return Comparison(outcome if concurrent else "changed", times_known)
    if not concurrent:
        return Comparison("agree" if outcome == "agree" else "changed", True)
    if outcome in ("agree", "factual"):
        return Comparison(outcome, times_known)
    return Comparison(_weigh_disagreement(match, outcome, times_known), times_known)


def _weigh_disagreement(match: Match, outcome: str, times_known: bool) -> str:
    """Keep a numeric disagreement only where a journalist would call it one.

    Running totals (deaths, arrests) grow between reports, so with no stated
    times a lower figure is an update; a bare "people" or "others" says too
    little about what was counted; small counts and matches that rest only on
    shared context need a named subject or a known, shared time.
    """
    left, right = match.left, match.right
    head = measure_key(left.measure).head
    quantity = primary_quantity(left)
    dimension = quantity is not None and measures_itself(quantity)
    if not head and not (
        dimension
        and match.basis in ("alias", "name")
        and times_known
        and (left.time is not None or right.time is not None)
    ):
        # A bare "20,000 hectares" may stand for its kind, if both name the same
        # subject and one of them says when.
        return "unclear"
    if _in_parentheses(left) or _in_parentheses(right):
        # "(45-7-2, 36 KOs)", "($1.52 million)": an aside about something else.
        return "unclear"
    if head in EMPTY_MEASURES or (head.startswith("share of ") and len(head) < 10):
        return "unclear"
    if _is_attributive_size(left) or _is_attributive_size(right):
        return "unclear"
    if _is_part(left) != _is_part(right):
        # A part ("at its depot alone") cannot contradict a whole.
        return "unclear"
    if match.basis == "context" and (left.anaphoric or right.anaphoric):
        return "unclear"
    money = quantity is not None and quantity.kind == "money"
    if match.basis == "context" and money and not _content_words(left) & _content_words(right):
        # "cost" alone does not say cost of what: the clauses must share a thing.
        return "unclear"
    if (_is_generic(left) or _is_generic(right)) and not (left.predicate and right.predicate):
        return "unclear"
    if _is_volatile(left) or _is_volatile(right):
        explicit = left.time is not None and right.time is not None
        if not (times_known and explicit):
            return "changed"
    values = [q.value or 0 for q in (primary_quantity(left), primary_quantity(right)) if q]
    if match.basis == "context" and not times_known:
        return "unclear"
    if min(values, default=0) < SMALL_COUNT and match.basis != "alias":
        return "unclear"
    return outcome


def ambiguous_claims(claims: Sequence[Claim], names: NameResolver) -> set[str]:
    """Claims whose own article gives another value for the same measure and time.

    "sentenced to seven life terms ... and four terms without parole", or "Kerr
    polled 2,140 votes to 2,113 for Haddad": the measure covers several things
    in that article, so comparing it across articles would pit one part
    against another.
    """
    by_key: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = blocking_key(claim)
        quantity = primary_quantity(claim)
        if key is not None and quantity is not None and quantity.value is not None:
            by_key[(claim.source, key, effective_time(claim))].append(claim)
    ambiguous: set[str] = set()
    for siblings in by_key.values():
        for left, right in combinations(siblings, 2):
            left_q, right_q = primary_quantity(left), primary_quantity(right)
            if left_q is None or right_q is None or left_q.value == right_q.value:
                continue
            one_subject = (
                not left.subject or not right.subject or names.same(left.subject, right.subject)
            )
            if one_subject and measures_agree(left, right):
                ambiguous.update((left.id, right.id))
    return ambiguous


def _source_disagrees_with_itself(context: CheckContext, group: ClaimGroup) -> bool:
    """Whether one article gives different values, at one time, within a group.

    Matching links claims through other articles too; if that gathers two
    values of one article for one time, the group mixes measures.
    """
    values: dict[tuple[str, object], set[float]] = defaultdict(set)
    for claim_id in group.claims:
        claim = context.claims_by_id[claim_id]
        quantity = primary_quantity(claim)
        if quantity is not None and quantity.value is not None:
            values[claim.source, effective_time(claim)].add(round(quantity.value, 6))
    return any(len(found) > 1 for found in values.values())


def _is_generic(claim: Claim) -> bool:
    """Whether a claim counts people without saying which: "12 people", "300 Gazans"."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "count":
        return False
    words = claim.measure.split()
    if not words:
        return True
    last = words[-1]
    capitalised = re.search(rf"\b{re.escape(last.capitalize())}\b", claim.text) is not None
    return singular(last) in GENERIC_HEADS or capitalised


def _content_words(claim: Claim) -> set[str]:
    """Stems of a claim's longer words, less its attribution, function words and money words."""
    text = claim.text
    if claim.attribution is not None:
        start, end = claim.attribution.span
        text = text[: max(0, start - claim.span[0])] + " " + text[max(0, end - claim.span[0]) :]
    words = re.findall(r"[a-z]{4,}", text.casefold())
    return {stem(w) for w in words if w not in PHRASE_STOPWORDS and w not in MONEY_MEASURES}


def _is_attributive_size(claim: Claim) -> bool:
    """A size that names a thing: "the 16-yard line", "a 5-mile stretch".

    Several such things can exist at once, so two sizes are no contradiction.
    """
    quantity = primary_quantity(claim)
    return quantity is not None and quantity.kind != "count" and "-" in quantity.surface


def _in_parentheses(claim: Claim) -> bool:
    """Whether a claim's figure sits inside brackets, as an aside."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    before = claim.text[: quantity.span[0] - claim.span[0]]
    after = claim.text[quantity.span[1] - claim.span[0] :]
    opened = before.rfind("(") > before.rfind(")")
    closes = ")" in after and (after.find("(") < 0 or after.find(")") < after.find("("))
    return opened or closes


def _is_part(claim: Claim) -> bool:
    """Whether a figure counts only part of something: "at its depot alone"."""
    quantity = primary_quantity(claim)
    after = claim.text[quantity.span[1] - claim.span[0] :] if quantity else claim.text
    return bool(set(re.findall(r"[a-z]+", after.casefold())) & SUBSET_CUES)


def _is_volatile(claim: Claim) -> bool:
    """Whether a figure is a running total that later reports may raise."""
    head = measure_key(claim.measure).head
    if {claim.predicate, head, stem(head)} & VOLATILE_PREDICATES:
        return True
    words = set(re.findall(r"[a-z]+", claim.text.casefold()))
    return bool(words & VOLATILE_CUES)


def _compare_values(left: Claim, right: Claim, names: NameResolver) -> str:
    """'agree' or the rule under which two values are incompatible."""
    if left.fact is not None and right.fact is not None:
        left_value = names.resolve(left.fact.value)[0].casefold()
        right_value = names.resolve(right.fact.value)[0].casefold()
        same = left_value == right_value or left_value in right_value or right_value in left_value
        return "agree" if same else "factual"
    left_q, right_q = primary_quantity(left), primary_quantity(right)
    if left_q is None or right_q is None:
        return "agree"
    if not strict_interval(left_q).overlaps(strict_interval(right_q)):
        return "strict"
    if not pragmatic_interval(left_q).overlaps(pragmatic_interval(right_q)):
        return "pragmatic"
    return "agree"


def check(context: CheckContext) -> list[Finding]:
    """One conflict finding per group whose members cannot all be true."""
    names = NameResolver(context.config)
    ambiguous = ambiguous_claims(context.claims, names)
    findings: list[Finding] = []
    for group in context.groups:
        findings.extend(_group_conflict(context, group, names, ambiguous))
    return findings


def _group_conflict(
    context: CheckContext, group: ClaimGroup, names: NameResolver, ambiguous: set[str]
) -> list[Finding]:
    """The conflict in one group, if any of its matched pairs disagree."""
    if _source_disagrees_with_itself(context, group):
        return []
    clashing: list[tuple[Match, Comparison]] = []
    for match in context.matches_in(group):
        if match.left.id in ambiguous or match.right.id in ambiguous:
            continue
        comparison = compare(match, names)
        if comparison.outcome in SEVERITY:
            clashing.append((match, comparison))
    if not clashing:
        return []
    rule = min((c.outcome for _, c in clashing), key=lambda r: -SCORE[r])
    involved: dict[str, Claim] = {}
    for match, _ in clashing:
        involved.setdefault(match.left.id, match.left)
        involved.setdefault(match.right.id, match.right)
    claims = [context.claims_by_id[i] for i in group.claims if i in involved]
    confidence = min(
        m.confidence * (1.0 if c.times_known else UNKNOWN_TIME_FACTOR) for m, c in clashing
    )
    items = [evidence(context, claim) for claim in claims]
    what = " of ".join(p for p in (group.measure, group.subject) if p) or "the same measure"
    values = "; ".join(f"{e.value} ({e.source}{', ' + e.time if e.time else ''})" for e in items)
    reasons = {
        "strict": "the stated ranges do not overlap",
        "pragmatic": "the ranges overlap only if the lower figure is a misleading round number",
        "factual": "the stated attribute differs",
    }
    return [
        Finding(
            id=finding_id(KIND, rule, claims),
            kind=KIND,
            check=ID,
            rule=rule,
            severity=SEVERITY[rule],
            confidence=round(confidence, 2),
            score=SCORE[rule] + confidence,
            claims=[c.id for c in claims],
            group=group.id,
            message=f"{len({c.source for c in claims})} sources disagree on {what}: {values}",
            reason=f"{rule}: {reasons[rule]} for the same time",
            evidence=items,
        )
    ]
