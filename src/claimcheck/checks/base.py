"""What every check gets, and how a finding shows its evidence.

A check is a module with an ``ID``, a finding ``KIND``, a default severity and
a ``check(context)`` function; the context holds everything the pipeline
knows after matching, so checks never redo matching or reread files.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.claims import LineIndex, primary_quantity
from claimcheck.compare import Comparison, ambiguous_claims, compare
from claimcheck.config import Config
from claimcheck.intervals import describe_quantity
from claimcheck.match import Match, NameResolver
from claimcheck.models import Claim, ClaimGroup, Evidence, Source


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
    claims_by_id: dict[str, Claim] = field(init=False)
    paths: dict[str, str] = field(init=False)
    line_indexes: dict[str, LineIndex] = field(init=False)
    group_matches: dict[str, list[Match]] = field(init=False)
    comparisons: dict[tuple[str, str], Comparison] = field(init=False)
    ambiguous: set[str] = field(init=False)

    def __post_init__(self) -> None:
        """Index claims and sources once for every check."""
        self.claims_by_id = {claim.id: claim for claim in self.claims}
        self.paths = {source.id: source.path for source in self.sources}
        self.line_indexes = {sid: LineIndex(text) for sid, text in self.texts.items()}
        self.comparisons = {}
        self.ambiguous = ambiguous_claims(self.claims, self.names)
        group_of = {claim_id: group.id for group in self.groups for claim_id in group.claims}
        self.group_matches = {}
        for match in self.matches:
            self.group_matches.setdefault(group_of[match.left.id], []).append(match)

    def compare(self, match: Match) -> Comparison:
        """The verdict on a matched pair, worked out once for every check."""
        key = (match.left.id, match.right.id)
        if key not in self.comparisons:
            self.comparisons[key] = compare(match, self.names)
        return self.comparisons[key]

    def matches_in(self, group: ClaimGroup) -> list[Match]:
        """The matched pairs inside one group."""
        return self.group_matches.get(group.id, [])


def value_text(claim: Claim) -> str:
    """The normalised value of a claim, for a reader."""
    if claim.fact is not None:
        return f"{claim.fact.attribute}: {claim.fact.value}"
    quantity = primary_quantity(claim)
    return describe_quantity(quantity) if quantity else ""


def time_text(claim: Claim) -> str:
    """The time a claim's value refers to, as a reader would say it."""
    if claim.time is not None:
        return claim.time.text
    parts = (claim.context_day, claim.context_date, claim.context_year)
    context = " ".join(str(p) for p in parts if p)
    return f"{context} (article date)" if context else ""


def evidence(context: CheckContext, claim: Claim) -> Evidence:
    """Quote, locate and explain one claim."""
    lines = context.line_indexes[claim.source]
    end_line, end_column = lines.position(claim.span[1])
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
        value=value_text(claim),
        time=time_text(claim),
        attribution=claim.attribution.source if claim.attribution else "",
    )


def claim_fingerprint(claim: Claim) -> str:
    """Identity of a claim that survives edits elsewhere in its file."""
    text = re.sub(r"\s+", " ", claim.text).strip().casefold()
    return hashlib.sha1(f"{claim.source}\0{text}".encode()).hexdigest()


def finding_id(kind: str, rule: str, claims: Sequence[Claim]) -> str:
    """Stable finding id: same kind, rule and claim texts, same id."""
    parts = sorted(claim_fingerprint(c) for c in claims)
    digest = hashlib.sha1("\0".join([kind, rule, *parts]).encode()).hexdigest()
    return f"{kind[:1]}{digest[:12]}"
