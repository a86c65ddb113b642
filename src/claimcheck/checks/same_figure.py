"""CC5 same-figure: one number used for two different things.

When two articles give the same figure for different things (an investment
target in one, the size of a sector in another), a reader may take one as
confirming the other. It does not: this note says so. Only figures a writer
would not reuse by chance are considered (money, and counts of at least
``MIN_NOTABLE``), and only when the articles show the things differ: the figure
is given for two different stated years, or (not for one stated year) for two
attributes of the measure lexicon that are not one thing in other words (a
valuation and a cost, not a deal's price and its cost:
``interchangeable_attributes``). Different measure
words alone show nothing: "$334 million" is a price, a cost and a bet in one
story, and "14,000 people" fled as "14,000 refugees".
Lengths, areas and spans of time are left out: "10 km" deep or "eight days" of
riots recur in one story, and a span in seconds passes any threshold.

FAIL (note): "investments exceeding $40 billion" / "the sector surpassed $40 billion".
PASS: "150 firefighters" / "150 homes" (too small and common to be a borrowed figure).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from claimcheck.checks.base import CheckContext, evidence, finding_id
from claimcheck.claims import primary_quantity
from claimcheck.compare import one_stated_year, years_differ
from claimcheck.copies import prose_list
from claimcheck.frames import lexicon
from claimcheck.lexicon import MONEY_MEASURES
from claimcheck.match import Components, measure_key
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
    if quantity.kind not in ("money", "count"):
        return None
    if quantity.kind == "count" and abs(quantity.value) < MIN_NOTABLE:
        return None
    return (quantity.kind, quantity.unit, round(quantity.value, 6))


def _one_head(left: Claim, right: Claim) -> bool:
    """Whether two measures are one word's forms ("riots", "rioting") or synonyms."""
    return measure_key(left.measure).head == measure_key(right.measure).head


def _attribute(claim: Claim) -> str:
    """What a claim's figure measures by the lexicon: its frame's attribute, else its
    measure's head noun's, or "" when neither names one. A sum of money measures only what
    a sum can be (``money_only`` attributes, ``money_measures``): "lost jewellery worth
    £400,000" in a story of a shop says nothing of stores."""
    attribute = claim.frame.attribute if claim.frame is not None else ""
    attribute = attribute or lexicon().noun_attribute.get(measure_key(claim.measure).head, "")
    quantity = primary_quantity(claim)
    if quantity is not None and quantity.kind == "money":
        base = attribute.split(" per ")[0]
        money = base in lexicon().money_only or base in MONEY_MEASURES.values()
        return attribute if money else ""
    return attribute


def _what_differs(left: Claim, right: Claim) -> str:
    """Why two claims of one figure stand for different things, or "" when nothing shows
    they do."""
    if years_differ(left, right):
        return "the same value for different stated years"
    if one_stated_year(left, right):
        # "ended in 2008 with a settlement of $7 million", "His first divorce in 2008 cost
        # him $7 million": one figure of one year, worded as two measures, is one thing.
        return ""
    attributes = (_attribute(left), _attribute(right))
    family = lexicon().attribute_family
    # "$46.50 per share" and "the offer price of $46.50": a rate and its sum's word.
    bases = [attribute.split(" per ")[0] for attribute in attributes]
    families = [family.get(base, base) for base in bases]
    if all(attributes) and families[0] != families[1]:
        return f"the same value for different measures ({attributes[0]}, {attributes[1]})"
    return ""


def check(context: CheckContext) -> list[Finding]:
    """Claims in different sources and groups that share a figure for different things:
    one note per figure and set of claims linked by such pairs, so that one figure given
    as a price in three articles and as a debt in a fourth is one note, not three."""
    by_figure: dict[tuple[str, str, float], list[Claim]] = defaultdict(list)
    for claim in context.claims:
        figure = _notable(claim)
        if figure is not None:
            by_figure[figure].append(claim)
    grouped = {cid: g.id for g in context.groups for cid in g.claims}
    findings: list[Finding] = []
    for figure in sorted(by_figure):
        pairs: list[tuple[Claim, Claim, str]] = []
        for left, right in combinations(by_figure[figure], 2):
            same_group = grouped.get(left.id) is not None and grouped.get(left.id) == grouped.get(
                right.id
            )
            if left.source == right.source or same_group or left.measure == right.measure:
                continue
            if not (left.measure and right.measure) or _one_head(left, right):
                continue
            differs = _what_differs(left, right)
            if differs:
                pairs.append((left, right, differs))
        root = Components((left.id, right.id) for left, right, _ in pairs).root
        linked: dict[str, list[tuple[Claim, Claim, str]]] = defaultdict(list)
        for pair in pairs:
            linked[root(pair[0].id)].append(pair)
        for component in linked.values():
            findings.append(_note(context, by_figure[figure], component))
    return findings


def _note(
    context: CheckContext, claims: list[Claim], pairs: list[tuple[Claim, Claim, str]]
) -> Finding:
    """The note for one figure's claims linked by pairs that stand for different things."""
    ids = {claim.id for left, right, _ in pairs for claim in (left, right)}
    involved = [claim for claim in claims if claim.id in ids]
    items = [evidence(context, claim) for claim in involved]
    sources_of: dict[str, list[str]] = {}
    for claim in involved:
        sources_of.setdefault(claim.measure, []).append(claim.source)
    things = "; ".join(
        f"'{measure}' in {prose_list(list(dict.fromkeys(sources)))}"
        for measure, sources in sources_of.items()
    )
    return Finding(
        id=finding_id(KIND, "same-figure", involved),
        kind=KIND,
        check=ID,
        rule="same-figure",
        severity="low",
        confidence=0.6,
        score=20.0,
        claims=[claim.id for claim in involved],
        message=(
            f"The same figure ({items[0].written or items[0].value}) stands for "
            f"different things: {things}"
        ),
        reason=f"{pairs[0][2]}: this is not corroboration",
        evidence=items,
    )
