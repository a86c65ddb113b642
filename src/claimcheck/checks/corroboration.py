"""CC3 corroborated and CC4 changed: what matched claims agree on, and what moved.

A group whose members agree for the same time is corroborated: two or more
independent sources say the same thing, which makes the rest of a report
trustworthy. Copies of one text (a wire story and its reprints, or one passage
repeated sentence for sentence) are one witness (``claimcheck.copies``). Members that
give different values, but are not shown to be of one time and one whole, are a change, not a
conflict ("grew from 100 firms in 2023 to 180 in 2024"); the finding says only that
the figures differ.

PASS (corroborated): "about 2,000 homes" / "1,950 homes", same day.
PASS (changed): "12 dead on Monday (2021)" / "19 dead (2022)".
"""

from __future__ import annotations

import re

from claimcheck.checks.base import (
    CheckContext,
    evidence,
    finding_id,
    group_label,
    sides,
    sources_phrase,
)
from claimcheck.claims import SUPERLATIVE, main_quantities, primary_quantity
from claimcheck.compare import is_stretch, names_others, values_compatible, year_on_one_side
from claimcheck.cues import may_hold_ignoring_case
from claimcheck.match import Components
from claimcheck.models import Claim, ClaimGroup, Evidence, Finding
from claimcheck.phrases import PHRASE_STOPWORDS

ID = "CC3"
CHANGED_ID = "CC4"
KIND = "corroborated"
CHANGED_KIND = "changed"
DEFAULT_SEVERITY = "info"
# What a changed finding adds to its subject: the figures are not shown to be of one time
# and one whole, so they may be of different times (an update) or parts.
UNTIMED = ", perhaps of different times or parts"


# Signals that say more than a figure: an agreeing figure does not back them. "first"
# is not one: it is most often an ordinal of what the figure measures ("the first quake
# measured 6.8"), which the figure's backer backs too; a claim that something is the only
# one of its kind is (``UNIQUE``).
BEYOND_THE_FIGURE = frozenset(("superlative", "ranking"))
UNIQUE = re.compile(
    r"\b(?:the|its|their|[A-Za-z]+['\u2019]s)\s+(?:very\s+)?(?:only|sole)\b"
    r"|\bfirst-ever\b|\bworld-first\b",
    re.IGNORECASE,
)
# Words one of which text that ``UNIQUE`` matches holds, lower-cased ("first-ever" and
# "world-first" hold "first").
_UNIQUE_CUES = ("only", "sole", "first")


def corroborated_claims(context: CheckContext) -> set[str]:
    """Ids of claims that an independent source's claim agrees with and backs whole (a
    copy of the same text is no backing; see ``backs_whole``)."""
    return {claim_id for pair in agreeing_pairs(context) for claim_id in backed_of(*pair)}


def agreeing_pairs(context: CheckContext) -> list[tuple[Claim, Claim]]:
    """Matched claims of independent sources that agree on their figure, whether or not
    either backs all the other says. Agreeing takes values that can both hold as written
    (``values_compatible``): "3,226 points" does not back "3,214"."""
    return [
        (match.left, match.right)
        for match in context.matches
        if context.compare(match).outcome == "agree"
        and values_compatible(match.left, match.right)
        and not _of_other_years(match.left, match.right)
        and context.copies.independent(match.left, match.right)
    ]


def backed_of(left: Claim, right: Claim) -> list[str]:
    """The ids of the two agreeing claims that the other backs whole (``backs_whole``)."""
    return [
        claim.id for claim, other in ((left, right), (right, left)) if backs_whole(other, claim)
    ]


def backs_whole(backer: Claim, claim: Claim) -> bool:
    """Whether an agreeing claim backs all that a claim says, not only its figure.

    "Brix announced the largest purchase in its history, paying $3.1 billion" is not
    backed by "Brix paid $3.1 billion": a superlative, a ranking or a claim to be the
    only one ("the only witness") needs a backer that says one too. "Eight shots were
    fired 20 minutes after the match" is not backed by "eight shots were fired": a claim
    of two figures needs a backer of two.
    """
    claimed = BEYOND_THE_FIGURE.intersection(claim.signals)
    if claimed and claimed.isdisjoint(backer.signals):
        return False
    if "superlative" in claimed and not _same_superlative(claim.text, backer.text):
        # "the largest purchase in its history" is not backed by "the world's largest
        # chip maker": the superlative must be said of the same thing.
        return False
    if _says_unique(claim.text) and not _says_unique(backer.text):
        return False
    return len(main_quantities(claim.quantities)) < 2 or (
        len(main_quantities(backer.quantities)) >= 2
    )


def _says_unique(text: str) -> bool:
    """Whether a text claims something is the only one of its kind (``UNIQUE``); most
    texts hold none of its words (``_UNIQUE_CUES``), which a substring test tells sooner."""
    return may_hold_ignoring_case(text, _UNIQUE_CUES) and UNIQUE.search(text) is not None


def _same_superlative(claim: str, backer: str) -> bool:
    """Whether a backer's text says one of a claim's superlatives of the same thing (or
    of a thing either leaves unsaid: "set the record for ..." and "the record")."""
    return any(
        word == other_word and (thing == other_thing or not (thing and other_thing))
        for word, thing in _superlatives(claim)
        for other_word, other_thing in _superlatives(backer)
    )


def _superlatives(text: str) -> set[tuple[str, str]]:
    """Each superlative of a text with the word after it: "the largest deal in its
    history" gives ("largest", "deal"); "set the record for ..." gives ("record", "")."""
    found: set[tuple[str, str]] = set()
    for match in SUPERLATIVE.finditer(text):
        superlative = match.group().casefold().split()[-1]
        after = re.match(r"\s*([\w-]+)", text[match.end() :])
        word = after.group(1).casefold() if after else ""
        found.add((superlative, "" if word in PHRASE_STOPWORDS else word))
    return found


def _agreeing_sets(context: CheckContext, group: ClaimGroup) -> list[set[str]]:
    """Sets of claims in a group that agree with each other, one set per value.

    Claims linked by agreeing pairs form a set only if every two of its values
    can both hold (``values_compatible``): "four bullets" agreeing with "4 bullets"
    and "seven" with "7" are two agreements, never one (a group whose values are
    disjoint is not corroborated). Linked claims are split, in group order, into
    sets whose values all can: each joins the first set it fits, or starts one.
    """
    agreeing = [
        (match.left.id, match.right.id)
        for match in context.matches_in(group)
        if context.compare(match).outcome == "agree" and _corroborates(match.left, match.right)
    ]
    linked = {claim_id for pair in agreeing for claim_id in pair}
    root = Components(agreeing).root
    components: dict[str, list[str]] = {}
    for claim_id in group.claims:
        if claim_id in linked:
            components.setdefault(root(claim_id), []).append(claim_id)
    result: list[set[str]] = []
    for members in components.values():
        sets: list[list[str]] = []
        for claim_id in members:
            claim = context.claims_by_id[claim_id]
            fitting = (
                kept
                for kept in sets
                if all(values_compatible(claim, context.claims_by_id[k]) for k in kept)
            )
            kept = next(fitting, None)
            if kept is None:
                sets.append([claim_id])
            else:
                kept.append(claim_id)
        result.extend(
            set(kept)
            for kept in sets
            if context.copies.witnesses(context.claims_by_id[i] for i in kept) > 1
        )
    return result


def _of_other_years(left: Claim, right: Claim) -> bool:
    """Whether two agreeing values may hold for different years: one names its year, the
    other none (``compare.year_on_one_side``), and they are not the same value. "28
    civilians" killed in 2006 and "some 30 people" killed do not back each other;
    "1,098 yards" in 2008 and "1,098 yards" do."""
    if not year_on_one_side(left, right):
        return False
    left_q, right_q = primary_quantity(left), primary_quantity(right)
    if left_q is None or right_q is None:
        return True
    return (left_q.low, left_q.high) != (right_q.low, right_q.high)


def _corroborates(left: Claim, right: Claim) -> bool:
    """Whether two compatible values back each other up, not merely fail to clash.

    "over 1 billion" is compatible with "15 billion" but does not confirm it; a
    half-open value corroborates only the same bound ("over 100" and "more than 100");
    values that may hold for other years do not (``_of_other_years``), nor a part or an
    addition against a whole ("his first five points", "13 more than the record").
    """
    if _of_other_years(left, right):
        return False
    if is_stretch(left) != is_stretch(right) or names_others(left) != names_others(right):
        # "his first five points" or "13 more than the record" back no total.
        return False
    left_q, right_q = primary_quantity(left), primary_quantity(right)
    if left_q is None or right_q is None:
        return True
    bounded = None not in (left_q.low, left_q.high, right_q.low, right_q.high)
    return bounded or (left_q.low, left_q.high) == (right_q.low, right_q.high)


def check(context: CheckContext) -> list[Finding]:
    """One corroborated and at most one changed finding per group."""
    findings: list[Finding] = []
    for group in context.groups:
        by_outcome: dict[str, dict[str, Claim]] = {"agree": {}, "changed": {}}
        for match in context.matches_in(group):
            outcome = context.compare(match).outcome
            if outcome in by_outcome:
                by_outcome[outcome].setdefault(match.left.id, match.left)
                by_outcome[outcome].setdefault(match.right.id, match.right)
        agreeing = _agreeing_sets(context, group)
        for outcome, kind, check_id, score, members in (
            *(("agree", KIND, ID, 10.0, members) for members in agreeing),
            ("changed", CHANGED_KIND, CHANGED_ID, 15.0, by_outcome["changed"]),
        ):
            if not members:
                continue
            claims = [context.claims_by_id[i] for i in group.claims if i in members]
            items = [evidence(context, c) for c in claims]
            what = group_label(group, claims)
            sources = sources_phrase(claims, context.copies)
            copied = [
                family.message
                for family in context.copies.families
                if len(set(family.sources) & {c.source for c in claims}) > 1
            ]
            verb = "agree on" if outcome == "agree" else "give different figures for"
            findings.append(
                Finding(
                    id=finding_id(kind, outcome, claims),
                    kind=kind,
                    check=check_id,
                    rule=outcome,
                    severity="info",
                    confidence=group.confidence,
                    score=score + group.confidence,
                    claims=[c.id for c in claims],
                    group=group.id,
                    message=f"{sources} {verb} {what}{'' if outcome == 'agree' else UNTIMED}: "
                    f"{sides(items, context.copies)}",
                    reason="; ".join(
                        [
                            _agreement_reason(items)
                            if outcome == "agree"
                            else "values differ, but are not shown to be of one time and one whole: an "
                            "update, or figures of different times or parts, not a conflict",
                            *copied,
                        ]
                    ),
                    evidence=items,
                )
            )
    return findings


def _agreement_reason(items: list[Evidence]) -> str:
    """Why the values agree, without claiming a shared time that not every source states."""
    times = {item.time for item in items}
    if "" in times:
        return "values are compatible; not every source says when"
    if len(times) > 1:
        return "values are compatible for times that can be the same"
    return "values are compatible for the same time"
