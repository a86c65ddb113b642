"""CC5 same-figure: one number used for two different things.

When two articles give the same figure for different measures (an investment
target in one, the size of a sector in another), a reader may take one as
confirming the other. It does not: this note says so. Only figures a writer
would not reuse by chance are considered (money, and counts or amounts of at
least ``MIN_NOTABLE``).

FAIL (note): "investments exceeding $40 billion" / "the sector surpassed $40 billion".
PASS: "150 firefighters" / "150 homes" (too small and common to be a borrowed figure).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from claimcheck.checks.base import CheckContext, evidence, finding_id
from claimcheck.claims import primary_quantity
from claimcheck.models import Claim, Finding

ID = "CC5"
KIND = "same-figure"
DEFAULT_SEVERITY = "low"
MIN_NOTABLE = 10_000


def _notable(claim: Claim) -> tuple[str, str, float] | None:
    """The figure of a claim, when it is distinctive enough to be borrowed."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.value is None:
        return None
    if quantity.kind != "money" and abs(quantity.value) < MIN_NOTABLE:
        return None
    return (quantity.kind, quantity.unit, round(quantity.value, 6))


def check(context: CheckContext) -> list[Finding]:
    """Pairs of claims in different sources and groups that share a figure."""
    by_figure: dict[tuple[str, str, float], list[Claim]] = defaultdict(list)
    for claim in context.claims:
        figure = _notable(claim)
        if figure is not None:
            by_figure[figure].append(claim)
    grouped = {cid: g.id for g in context.groups for cid in g.claims}
    findings: list[Finding] = []
    for figure in sorted(by_figure):
        for left, right in combinations(by_figure[figure], 2):
            same_group = grouped.get(left.id) is not None and grouped.get(left.id) == grouped.get(
                right.id
            )
            if left.source == right.source or same_group or left.measure == right.measure:
                continue
            items = [evidence(context, left), evidence(context, right)]
            findings.append(
                Finding(
                    id=finding_id(KIND, "same-figure", [left, right]),
                    kind=KIND,
                    check=ID,
                    rule="same-figure",
                    severity="low",
                    confidence=0.6,
                    score=20.0,
                    claims=[left.id, right.id],
                    message=(
                        f"The same figure ({items[0].written or items[0].value}) stands for "
                        "different things: "
                        f"'{left.measure or '?'}' in {left.source}, "
                        f"'{right.measure or '?'}' in {right.source}"
                    ),
                    reason="same value, different measures: this is not corroboration",
                    evidence=items,
                )
            )
    return findings
