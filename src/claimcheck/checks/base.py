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
from claimcheck.times import WEEKDAYS


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
    group_matches: dict[str, list[Match]] = field(init=False)

    def __post_init__(self) -> None:
        """Index claims and sources once for every check."""
        self.claims_by_id = {claim.id: claim for claim in self.claims}
        self.paths = {source.id: source.path for source in self.sources}
        self.line_indexes = {sid: LineIndex(text) for sid, text in self.texts.items()}
        group_of = {claim_id: group.id for group in self.groups for claim_id in group.claims}
        self.group_matches = {}
        for match in self.matches:
            self.group_matches.setdefault(group_of[match.left.id], []).append(match)

    def matches_in(self, group: ClaimGroup) -> list[Match]:
        """The matched pairs inside one group."""
        return self.group_matches.get(group.id, [])


# Article dates this many days apart still report on one moment (a story is
# often filed a day after the event); explicit times in claims get no slack.
ARTICLE_DATE_SLACK_DAYS = 3
# Static values (a cost, a cause) stated a month apart may still be one value.
STATIC_SLACK_DAYS = 31


def effective_time(claim: Claim) -> tuple[int | None, str | None]:
    """The year and day a claim's value holds for: its own, else its article's."""
    year, day = _explicit_time(claim)
    return year or claim.context_year, day or claim.context_date or claim.context_day


def _explicit_time(claim: Claim) -> tuple[int | None, str | None]:
    """The year and day the claim itself states."""
    if claim.time is None or claim.time.relation == "since":
        return None, None
    return claim.time.year, claim.time.day


def same_time(left: Claim, right: Claim, days_matter: bool = True) -> tuple[bool, bool]:
    """Whether two claims can refer to one time, and whether both times are known.

    A claim's own year or day wins over its article's. Two explicit days, or an
    explicit day and an article's day, must be equal; two article dates only
    need to be within a few days of each other. Weekdays compare with weekdays
    and dates with dates; otherwise the day is unknown.

    :param days_matter: False for measures that do not change from day to day
    """
    left_year, _ = _explicit_time(left)
    right_year, _ = _explicit_time(right)
    years = (left_year or left.context_year, right_year or right.context_year)
    if None not in years and years[0] != years[1]:
        return False, True
    if (left_year is None) != (right_year is None) and None in years:
        # One claim names its year, the other none: its day says nothing about it.
        return True, False
    left_days, left_explicit = _days(left)
    right_days, right_explicit = _days(right)
    pairs = [(a, b) for a in left_days for b in right_days if a[0].isdigit() == b[0].isdigit()]
    if not pairs:
        return True, None not in years
    left_day, right_day = pairs[0]
    if not days_matter:
        # Only dates a month or more apart tell two static values apart.
        far = left_day[0].isdigit() and _date_distance(left_day, right_day) > STATIC_SLACK_DAYS
        return not far, True
    if not (left_explicit or right_explicit):
        return _date_distance(left_day, right_day) <= ARTICLE_DATE_SLACK_DAYS, True
    if left_day != right_day:
        return False, True
    parts = (left.time.part if left.time else None, right.time.part if right.time else None)
    return parts[0] is None or parts[1] is None or parts[0] == parts[1], True


def _days(claim: Claim) -> tuple[list[str], bool]:
    """The days a claim may refer to (dates first), and whether it states one itself."""
    if claim.time is not None and claim.time.day is not None and claim.time.relation != "since":
        return [claim.time.day], True
    found = [day for day in (claim.context_date, claim.context_day) if day]
    return found, False


def _date_distance(left_day: str, right_day: str) -> int:
    """Approximate days between two 'MM-DD' dates (0 for equal weekdays)."""
    if not left_day[0].isdigit():
        # Weekdays: a day apart is one report filed the morning after the other.
        apart = abs(WEEKDAYS.index(left_day) - WEEKDAYS.index(right_day))
        return 0 if min(apart, 7 - apart) <= 1 else ARTICLE_DATE_SLACK_DAYS + 1
    left_month, left_dom = (int(p) for p in left_day.split("-"))
    right_month, right_dom = (int(p) for p in right_day.split("-"))
    return abs((left_month * 31 + left_dom) - (right_month * 31 + right_dom))


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
