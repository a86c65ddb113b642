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

from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import combinations

from claimcheck.checks.base import (
    CheckContext,
    evidence,
    finding_id,
    group_label,
    severity_for,
    sides,
    sources_phrase,
    value_text,
)
from claimcheck.claims import primary_quantity
from claimcheck.compare import (
    Comparison,
    ScopeBands,
    dates_an_event,
    deeds_told_apart,
    effective_time,
    gives_its_measure,
    is_part,
    one_deed_or_its_measure,
    set_apart_from,
)
from claimcheck.frames import PERSON_PRONOUNS, THING_PRONOUNS, lexicon
from claimcheck.match import Components, Match, changes_of_two_things, kinds_named_apart
from claimcheck.models import Claim, ClaimGroup, Finding, Severity, Span

ID = "CC1"
KIND = "conflict"
DEFAULT_SEVERITY = "high"
SEVERITY: dict[str, Severity] = {"strict": "high", "factual": "high", "pragmatic": "medium"}
SCORE = {"strict": 100.0, "factual": 95.0, "pragmatic": 80.0}
# How much an unknown time on either side lowers confidence.
UNKNOWN_TIME_FACTOR = 0.8
# A claim's value as an article gives it: a figure, or a fact's value ("Leeds", "1991").
Value = float | str


def _self_contradicting(
    context: CheckContext, group: ClaimGroup, bands: ScopeBands
) -> tuple[set[str], set[str]]:
    """Claims of an article that gives different values, at one time, within a group.

    Matching links claims through other articles too; if that gathers two
    values of one article for one time, that article's figures there count
    different things, and none of them is held against another article. An article
    that credits each value to a different source reports their disagreement instead,
    and its figures stay (``_credited_apart``).

    :param bands: the scope bands of the group's figures
    :returns: the claims left out, and the kept claims of articles that give several
        values (each its source's position)
    """
    members: dict[tuple[object, ...], list[tuple[Value, str | None, str]]] = defaultdict(list)
    for claim_id in group.claims:
        claim = context.claims_by_id[claim_id]
        quantity = primary_quantity(claim)
        if claim.fact is not None:
            # A fact's time is its value or unknown: an article that says "moved to Leeds
            # in 1991 ... moved to Leeds in 2003" tells of two events, at whatever times.
            members[(claim.source, None)].append((claim.fact.value, _named_credit(claim), claim_id))
        elif (
            quantity is not None
            and quantity.value is not None
            and gives_its_measure(claim)
            and not is_part(claim)
        ):
            # Sums in two currencies ("$4.5 million, payable as 50 bitcoin") are one sum.
            # A part ("about 6,000 scooters were returned on the first day alone") is no
            # other value of the whole.
            place = (claim.source, effective_time(claim), quantity.unit)
            members[place].append((round(quantity.value, 6), _named_credit(claim), claim_id))
    left_out: set[str] = set()
    positions: set[str] = set()
    for found in members.values():
        fuller = _fuller_values([value for value, _, _ in found])
        found = [(fuller.get(value, value), credit, claim_id) for value, credit, claim_id in found]
        own_scope = bands.own_scope([context.claims_by_id[claim_id] for _, _, claim_id in found])
        if own_scope:
            # One figure among the other articles' and one of a scope of its own ("the
            # strike wounded 100 ... 3,000 so far"): the first is the article's position.
            left_out.update(own_scope)
            continue
        # Figures of different scopes ("23 points" in a game, "2,029 points" in a career)
        # are no two values of one thing.
        in_band: dict[int, list[tuple[Value, str | None, str]]] = defaultdict(list)
        separate = bands.separate(context.claims_by_id[claim_id] for _, _, claim_id in found)
        for item in found:
            in_band[bands.band(context.claims_by_id[item[2]]) if separate else 0].append(item)
        for same_scope in in_band.values():
            if len({value for value, _, _ in same_scope}) < 2:
                continue
            for value, credit, claim_id in same_scope:
                claim = context.claims_by_id[claim_id]
                credits: dict[Value, set[str | None]] = defaultdict(set)
                credits[value].add(credit)
                for other_value, other_credit, other_id in same_scope:
                    other = context.claims_by_id[other_id]
                    if (
                        other_value != value
                        and _may_be_one_subject(context, claim, other)
                        and not set_apart_from(claim, other, periods=False)
                    ):
                        credits[other_value].add(other_credit)
                if len(credits) > 1:
                    apart = _credited_apart(context, value, credit, credits)
                    (positions if apart else left_out).add(claim_id)
    return left_out, positions


def _may_be_one_subject(context: CheckContext, left: Claim, right: Claim) -> bool:
    """Whether two claims of one article may be about one thing: "Vale now has 2,130
    points" and "Lind holds the record with 2,770 points" name two people, so an article
    that gives both states no two values of one thing; nor do "14 Kestranian diplomats"
    and "nine Valdorian diplomats" (``kinds_named_apart``). A bare length or span ("went 73
    yards") says too little of what it measures to be set apart by its subject. Nor are
    changes of two things ("a 26% fall in profit", "Shares closed down 9.4%"), nor counts
    told of two deeds ("48 prisoners took part", "14 prisoners were transferred")."""
    if (
        changes_of_two_things(left, right)
        or kinds_named_apart(left, right)
        or deeds_told_apart(left, right)
    ):
        return False
    if left.fact is not None or not (
        left.subject and right.subject and left.measure and right.measure
    ):
        return True
    return context.names.same(left.subject, right.subject)


def _fuller_values(values: Sequence[Value]) -> dict[Value, Value]:
    """Each fact value written inside a longer one of the same article, mapped to the
    longest: "Leeds" and "Leeds General Infirmary", "2011" and "2011-10-21" are one
    value said twice, not two (ties go to the first in sorted order)."""
    texts = sorted({value for value in values if isinstance(value, str)})
    return {
        text: min(
            (other for other in texts if text.casefold() in other.casefold()),
            key=lambda other: (-len(other), other),
        )
        for text in texts
    }


def _modifiers(claim: Claim) -> frozenset[str]:
    return frozenset(claim.frame.modifiers) if claim.frame is not None else frozenset()


def _narrowings_backing(context: CheckContext, group: ClaimGroup) -> dict[str, set[frozenset[str]]]:
    """For each claim that does not narrow what it counts ("3,500 jobs"), the narrowings
    of the claims that agree with it ("3,500 construction jobs") and that a sentence of the
    group sets beside another narrowing ("3,500 construction jobs and 1,200 permanent
    jobs"): kinds the story itself tells apart, not two accounts of one thing ("three
    artillery shells" and, in another sentence, "two Israeli tank shells")."""
    kinds_of: dict[tuple[str, Span], set[frozenset[str]]] = defaultdict(set)
    for claim_id in group.claims:
        claim = context.claims_by_id[claim_id]
        if _modifiers(claim):
            kinds_of[(claim.source, claim.sentence_span)].add(_modifiers(claim))
    told_apart = {
        kind
        for kinds in kinds_of.values()
        for kind in kinds
        if any(kind.isdisjoint(other) for other in kinds)
    }
    backing: dict[str, set[frozenset[str]]] = defaultdict(set)
    for match in context.matches_in(group):
        if context.compare(match).outcome != "agree":
            continue
        for plain, narrowed in ((match.left, match.right), (match.right, match.left)):
            if not _modifiers(plain) and _modifiers(narrowed) in told_apart:
                backing[plain.id].add(_modifiers(narrowed))
    return backing


def _of_another_kind(match: Match, narrowed_by: dict[str, set[frozenset[str]]]) -> bool:
    """Whether a figure that names no kind, backed by another article's figure of a kind
    the story tells apart ("3,500 construction jobs"), stands against a figure of another
    kind ("1,200 permanent jobs"): it is of the kind that backs it, so the two take no
    side."""
    for plain, narrowed in ((match.left, match.right), (match.right, match.left)):
        kind = _modifiers(narrowed)
        backing = narrowed_by.get(plain.id, set())
        if kind and not _modifiers(plain) and any(other.isdisjoint(kind) for other in backing):
            return True
    return False


def _aggregates(context: CheckContext, group: ClaimGroup) -> set[str]:
    """Claims whose figure is the sum of several things ("the lab and the centre, which
    collectively employ over 300 people"): no position on what one of them counts."""
    aggregate = lexicon().aggregate_modifiers
    return {
        claim_id
        for claim_id in group.claims
        if (frame := context.claims_by_id[claim_id].frame) is not None
        and not aggregate.isdisjoint(frame.modifiers)
    }


def _named_credit(claim: Claim) -> str | None:
    """Who a claim is credited to, by name (a pronoun's speaker), or None when no one is
    named."""
    attribution = claim.attribution
    if attribution is None:
        return None
    name = attribution.refers_to or attribution.source
    return None if name.casefold() in PERSON_PRONOUNS | THING_PRONOUNS else name


def _credited_apart(
    context: CheckContext, value: Value, credit: str | None, credits: dict[Value, set[str | None]]
) -> bool:
    """Whether an article credits a figure to a named source that it credits none of its
    other values to ("two shells, according to agency reports" beside "three shells, the
    UN official said"): then the article reports a disagreement, and the figure is its
    source's position. "Aid official Mara Lind" and "Lind" are one source."""
    if credit is None:
        return False
    return not any(
        other is not None and _one_source(context, credit, other)
        for found, credited in credits.items()
        if found != value
        for other in credited
    )


def _one_source(context: CheckContext, first: str, second: str) -> bool:
    """Whether two credits name one source: the same words, one's words inside the
    other's ("Mara Lind" in "aid official Mara Lind"), or names the config calls one."""
    words = [set(credit.casefold().split()) for credit in (first, second)]
    return words[0] <= words[1] or words[1] <= words[0] or context.names.same(first, second)


def _outside_entities(context: CheckContext, group: ClaimGroup) -> set[str]:
    """Claims whose frame names an entity that two or more other articles of the group
    name otherwise: matching links claims through ones that name no entity, so "Intel
    sold a unit for $600 million" can join a group where Brix paid $3.1 billion. Its
    value is not held against theirs."""
    named = {
        claim_id: entity
        for claim_id in group.claims
        if (frame := context.claims_by_id[claim_id].frame) is not None
        and (entity := frame.entity)
        and not entity.startswith("the ")
    }
    same = context.names.same
    outside: set[str] = set()
    for claim_id, entity in named.items():
        source = context.claims_by_id[claim_id].source
        others = [
            (context.claims_by_id[other].source, name)
            for other, name in named.items()
            if context.claims_by_id[other].source != source
        ]
        if not any(same(entity, name) for _, name in others) and any(
            first != second and same(left, right)
            for (first, left), (second, right) in combinations(others, 2)
        ):
            outside.add(claim_id)
    return outside


def _time_basis(clashing: Sequence[tuple[Match, Comparison]]) -> str:
    """How the clashing figures are known to hold for one time: both stated (or dated by
    their articles), or taken as one because a side states none."""
    if all(comparison.times_known for _, comparison in clashing):
        return "for the same time"
    return "for what is taken as one time (a side states none)"


REASONS = {
    "strict": "the stated ranges do not overlap",
    "pragmatic": "the ranges overlap only if the lower figure is a misleading round number",
    "factual": "the stated attribute differs",
}


def _reason(rule: str, clashing: Sequence[tuple[Match, Comparison]]) -> str:
    """Why the values clash, for a reader. Values that are the times of one event ("in
    1911", "at 6:40 a.m.") are not said to differ "for the same time"."""
    if rule == "factual" and all(dates_an_event(match.left) for match, _ in clashing):
        return "the sources give one event different times"
    return f"{REASONS[rule]} {_time_basis(clashing)}"


def _sides(context: CheckContext, group: ClaimGroup, claims: Sequence[Claim]) -> dict[str, int]:
    """The side each claim of a conflict takes, numbered from 1 in the order first quoted.

    Claims of one normalised value take one side. Two such sides are one when the claims
    matched across them all agree and no claim of either disagrees with the other's:
    "about 1,380 feet" and "about 420 metres" against "almost 600 metres", "fourteen
    miners" and "at least 14 miners" against "eleven". Without this a reader sees values
    that agree listed as if they disagreed.
    """
    values = list(dict.fromkeys(value_text(claim) for claim in claims))
    index = {value: number for number, value in enumerate(values)}
    class_of = {claim.id: index[value_text(claim)] for claim in claims}
    verdicts: dict[tuple[int, int], set[bool]] = {}
    for match in context.matches_in(group):
        left, right = class_of.get(match.left.id), class_of.get(match.right.id)
        if left is None or right is None or left == right:
            continue
        pair = (min(left, right), max(left, right))
        verdicts.setdefault(pair, set()).add(context.compare(match).outcome == "agree")
    members = [{number} for number in range(len(values))]
    root = list(range(len(values)))
    for left, right in sorted(verdicts):
        first, second = root[left], root[right]
        if first == second or verdicts[(left, right)] != {True}:
            continue
        across = [(min(a, b), max(a, b)) for a in members[first] for b in members[second]]
        if any(verdicts.get(pair, {True}) != {True} for pair in across):
            continue
        members[first] |= members[second]
        for number in members[second]:
            root[number] = first
    numbers = {number: side for side, number in enumerate(dict.fromkeys(root), start=1)}
    return {claim_id: numbers[root[number]] for claim_id, number in class_of.items()}


def check(context: CheckContext) -> list[Finding]:
    """One conflict finding per group whose members cannot all be true."""
    findings: list[Finding] = []
    for group in context.groups:
        findings.extend(_group_conflict(context, group))
    return findings


def _group_conflict(context: CheckContext, group: ClaimGroup) -> list[Finding]:
    """The conflict in one group, if any of its matched pairs disagree."""
    bands = ScopeBands.of(context.claims_by_id[claim_id] for claim_id in group.claims)
    contradicting, positions = _self_contradicting(context, group, bands)
    excluded = (
        context.ambiguous
        | contradicting
        | _outside_entities(context, group)
        | _aggregates(context, group)
    )
    narrowed_by = _narrowings_backing(context, group)
    clashing: list[tuple[Match, Comparison]] = []
    for match in context.matches_in(group):
        if match.left.id in excluded or match.right.id in excluded:
            continue
        if _of_another_kind(match, narrowed_by):
            continue
        if {match.left.id, match.right.id} & context.deed_bound and not one_deed_or_its_measure(
            match.left, match.right, context.deed_bound
        ):
            # "48 prisoners took part" in an article that also has "14 prisoners were
            # transferred" stands only against another "took part".
            continue
        if bands.band(match.left) != bands.band(match.right):
            # Figures of different scopes (see ``scope_bands``) take no side on each other.
            continue
        comparison = context.compare(match)
        if comparison.outcome in SEVERITY:
            clashing.append((match, comparison))
    if not clashing:
        return []
    # Each set of claims that clash with one another is its own disagreement: a group of
    # "points" may hold one player's 14 against 12 and another's 2,129 against 2,029, and a
    # reader is shown each apart. Two such sets that share a value are one disagreement.
    by_id = context.claims_by_id
    root = Components(
        [(match.left.id, match.right.id) for match, _ in clashing]
        + [(claim_id, "\0" + value_text(by_id[claim_id])) for claim_id in group.claims]
    ).root
    apart: dict[str, list[tuple[Match, Comparison]]] = defaultdict(list)
    for pair in clashing:
        apart[root(pair[0].left.id)].append(pair)
    return [
        _conflict_finding(
            context,
            group,
            one,
            [claim_id for claim_id in group.claims if root(claim_id) == linked],
            bands,
            excluded,
            positions,
        )
        for linked, one in apart.items()
    ]


def _conflict_finding(
    context: CheckContext,
    group: ClaimGroup,
    clashing: Sequence[tuple[Match, Comparison]],
    members: Sequence[str],
    bands: ScopeBands,
    excluded: AbstractSet[str],
    positions: set[str],
) -> Finding:
    """The finding of one set of claims of a group that clash with one another.

    :param members: the ids of the group's claims linked to the clashing ones, in the
        group's order
    :param bands: the group's scope bands
    :param excluded: the group's claims kept out of any conflict
    :param positions: the kept claims of articles that credit several values
        (``_self_contradicting``)
    """
    rule = min((c.outcome for _, c in clashing), key=lambda r: -SCORE[r])
    involved: dict[str, Claim] = {}
    for match, _ in clashing:
        involved.setdefault(match.left.id, match.left)
        involved.setdefault(match.right.id, match.right)
    # Every side is shown with all who take it: a claim of the group that gives exactly
    # the value of a clashing claim joins its side ("7 say .38; 3 say .357"), so the
    # minority is the real minority. A merely compatible value is not shown as a side.
    # An article that gives another value itself is not counted on this side too: "grew
    # from over 100 in 2024 to more than 200 in 2025" reports a change, not two positions
    # (unless it credits each value to a source of its own).
    clashing_values = {value_text(claim) for claim in involved.values()}
    # (Figures of another scope band, "23 points" beside "2,310 points", are another thing.)
    values_of: dict[tuple[str, int], set[str]] = {}
    for claim in involved.values():
        values_of.setdefault((claim.source, bands.band(claim)), set()).add(value_text(claim))
    sides_of = set(involved)
    for claim_id in members:
        claim = context.claims_by_id[claim_id]
        value = value_text(claim)
        told = values_of.get((claim.source, bands.band(claim)), {value})
        if (
            claim_id not in excluded
            and value in clashing_values
            and (told == {value} or claim_id in positions)
        ):
            sides_of.add(claim_id)
    claims = [context.claims_by_id[i] for i in group.claims if i in sides_of]
    confidence = min(
        m.confidence * (1.0 if c.times_known else UNKNOWN_TIME_FACTOR) for m, c in clashing
    )
    side_of = _sides(context, group, claims)
    items = [
        evidence(context, claim).model_copy(update={"side": side_of[claim.id]}) for claim in claims
    ]
    return Finding(
        id=finding_id(KIND, rule, claims),
        kind=KIND,
        check=ID,
        rule=rule,
        severity=severity_for(SEVERITY[rule], round(confidence, 2)),
        confidence=round(confidence, 2),
        score=SCORE[rule] + confidence,
        claims=[c.id for c in claims],
        group=group.id,
        message=(
            f"{sources_phrase(claims, context.copies)} disagree on "
            f"{group_label(group, claims)}: {sides(items, context.copies)}"
        ),
        reason=f"{rule}: {_reason(rule, clashing)}",
        evidence=items,
    )
