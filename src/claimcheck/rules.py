"""What each check is, for people: ``claimcheck rule CC1``, and the ids ``--select`` takes.

The explanations are data (``data/rules.json``), read without importing the
checks: explaining a check, or validating ``--select CC9`` before a scan, must
not load the pipeline. A test holds the data to the check modules' ids, kinds
and severities.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from claimcheck.datafiles import read_data
from claimcheck.errors import InputError


@dataclass(frozen=True)
class CheckRule:
    """One check as documented: its id, finding kind, rules, severity and examples."""

    id: str
    kind: str
    summary: str
    description: str
    rules: tuple[tuple[str, str], ...]
    severity: str
    flagged: tuple[str, ...]
    passed: tuple[str, ...]


@cache
def check_rules() -> dict[str, CheckRule]:
    """Every check by id, in id order, from the packaged data file."""
    data = read_data("rules.json")
    rules = (
        CheckRule(
            id=item["id"],
            kind=item["kind"],
            summary=item["summary"],
            description=item["description"],
            rules=tuple((name, text) for name, text in item["rules"]),
            severity=item["severity"],
            flagged=tuple(item["flagged"]),
            passed=tuple(item["passed"]),
        )
        for item in data["checks"]
    )
    return {rule.id: rule for rule in sorted(rules, key=lambda rule: rule.id)}


def known_ids() -> str:
    """'CC1, CC2, ...': what an error about an unknown id offers instead."""
    return ", ".join(check_rules())


def find_rule(name: str) -> CheckRule:
    """The check with this id (any case) or finding kind (``conflict``).

    :raises InputError: when no check has that id or kind
    """
    wanted = name.strip()
    for rule in check_rules().values():
        if wanted.upper() == rule.id or wanted.lower() == rule.kind:
            return rule
    raise InputError(f"unknown check {name!r} (known: {known_ids()})")


def parse_check_ids(values: Iterable[str]) -> set[str]:
    """The check ids named by ``--select``/``--ignore`` values: each comma-separated,
    the option repeatable, any case.

    :raises ValueError: naming the first id that is not a check's
    """
    ids: set[str] = set()
    for value in values:
        for part in value.split(","):
            name = part.strip().upper()
            if not name:
                continue
            if name not in check_rules():
                raise ValueError(f"unknown check id {part.strip()!r} (known: {known_ids()})")
            ids.add(name)
    return ids


def explain(rule: CheckRule, width: int = 80) -> str:
    """The text ``claimcheck rule`` prints: plain paragraphs, wrapped to ``width``."""

    def para(text: str, indent: str = "") -> list[str]:
        return textwrap.wrap(
            text, width, initial_indent=indent, subsequent_indent=" " * len(indent)
        )

    lines = [*para(f"{rule.id} {rule.kind}: {rule.summary}"), ""]
    lines += para(rule.description)
    lines += ["", "Rules:"]
    for name, text in rule.rules:
        lines += para(f"{name}: {text}", "  - ")
    lines += ["", "Severity:"]
    lines += para(rule.severity, "  ")
    lines += ["", "Reported, for example:"]
    for example in rule.flagged:
        lines += para(example, "  - ")
    lines += ["", "Not reported, for example:"]
    for example in rule.passed:
        lines += para(example, "  - ")
    return "\n".join(lines) + "\n"


def rule_index(width: int = 80) -> str:
    """One entry per check (id, kind, summary): ``claimcheck rule`` without an id; a
    summary longer than the line goes on under itself."""
    rules = check_rules().values()
    kind_width = max(len(rule.kind) for rule in rules)
    lines: list[str] = []
    for rule in rules:
        lead = f"{rule.id}  {rule.kind:<{kind_width}}  "
        lines += textwrap.wrap(
            rule.summary, width, initial_indent=lead, subsequent_indent=" " * len(lead)
        )
    return "".join(line + "\n" for line in lines)
