"""How loudly a finding is raised, one mapping for every format that raises alerts.

SARIF results and GitHub annotations both carry a level, and a reader who sees a
finding as an error in one must not see it as a warning in the other. So the
level comes from the finding's severity alone (which already takes the check's
confidence into account), and each format spells that level in its own words:

- high: SARIF ``error``, GitHub ``::error``;
- medium: SARIF ``warning``, GitHub ``::warning``;
- low and info: SARIF ``note``, GitHub ``::notice``.

An agreement is not an alert: a corroborated finding has the level ``none`` at
any severity; SARIF records it as a passing result, GitHub does not annotate it.
"""

from __future__ import annotations

from typing import Literal

from claimcheck.models import Finding

Level = Literal["error", "warning", "note", "none"]

SEVERITY_LEVELS: dict[str, Level] = {
    "high": "error",
    "medium": "warning",
    "low": "note",
    "info": "note",
}

# Finding kinds that report something holding up, not a problem to look at.
AGREEMENTS = frozenset({"corroborated"})

GITHUB_COMMANDS: dict[Level, str] = {"error": "error", "warning": "warning", "note": "notice"}


def level_for(kind: str, severity: str) -> Level:
    """The level of a finding of this kind and severity (an unknown severity is a note)."""
    if kind in AGREEMENTS:
        return "none"
    return SEVERITY_LEVELS.get(severity, "note")


def level(finding: Finding) -> Level:
    """The level of one finding: ``error``, ``warning``, ``note``, or ``none`` for an
    agreement."""
    return level_for(finding.kind, finding.severity)


def github_command(finding: Finding) -> str | None:
    """The workflow command that annotates a finding (``error``, ``warning``,
    ``notice``), or None for a finding that is not an alert."""
    return GITHUB_COMMANDS.get(level(finding))
