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

from claimcheck.claims import LineIndex
from claimcheck.config import Config
from claimcheck.intervals import describe_quantity
from claimcheck.match import Match, primary_quantity
from claimcheck.models import Claim, ClaimGroup, Evidence, Source


@dataclass
class CheckContext:
    """Everything a check may read: sources, texts, claims, matches and groups."""

    config: Config
    sources: Sequence[Source]
    texts: dict[str, str]
    claims: Sequence[Claim]
    matches: Sequence[Match]
    groups: Sequence[ClaimGroup]
    claims_by_id: dict[str, Claim] = field(init=False)
    paths: dict[str, str] = field(init=False)
    line_indexes: dict[str, LineIndex] = field(init=False)

    def __post_init__(self) -> None:
        """Index claims and sources once for every check."""
        self.claims_by_id = {claim.id: claim for claim in self.claims}
        self.paths = {source.id: source.path for source in self.sources}
        self.line_indexes = {sid: LineIndex(text) for sid, text in self.texts.items()}

    def group_of(self, claim_id: str) -> ClaimGroup | None:
        """The group a claim belongs to, if it matched anything."""
        for group in self.groups:
            if claim_id in group.claims:
                return group
        return None

    def matches_in(self, group: ClaimGroup) -> list[Match]:
        """The matched pairs inside one group."""
        members = set(group.claims)
        return [m for m in self.matches if m.left.id in members]


def effective_time(claim: Claim) -> tuple[int | None, str | None]:
    """The year and day a claim's value holds for: its own, else its article's."""
    year, day = claim.context_year, claim.context_day
    if claim.time is not None and claim.time.relation != "since":
        year = claim.time.year if claim.time.year is not None else year
        day = claim.time.day if claim.time.day is not None else day
    return year, day


def same_time(left: Claim, right: Claim) -> tuple[bool, bool]:
    """Whether two claims can refer to one time, and whether both times are known."""
    left_year, left_day = effective_time(left)
    right_year, right_day = effective_time(right)
    if left_year is not None and right_year is not None and left_year != right_year:
        return False, True
    if left_day is not None and right_day is not None and _comparable(left_day, right_day):
        return left_day == right_day, True
    return True, left_year is not None and right_year is not None


def _comparable(left_day: str, right_day: str) -> bool:
    """Weekdays compare with weekdays, dates with dates."""
    return left_day[0].isdigit() == right_day[0].isdigit()


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
    context = " ".join(str(p) for p in (claim.context_day, claim.context_year) if p)
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
