"""The checks registry: check id -> module.

Each check module has ``ID``, ``KIND``, ``DEFAULT_SEVERITY``, a docstring that
documents it (with PASS/FAIL examples) and ``check(context) -> list[Finding]``.
"""

from __future__ import annotations

from types import ModuleType

from claimcheck.checks import conflicts, corroboration, same_figure, sourcing
from claimcheck.checks.base import CheckContext

CHECKS: dict[str, ModuleType] = {
    conflicts.ID: conflicts,
    sourcing.ID: sourcing,
    corroboration.ID: corroboration,
    same_figure.ID: same_figure,
}

# Finding kinds with the check that reports them, for SARIF rules and the README.
KINDS: dict[str, str] = {
    "conflict": conflicts.ID,
    "unsourced": sourcing.ID,
    "corroborated": corroboration.ID,
    "changed": corroboration.CHANGED_ID,
    "same-figure": same_figure.ID,
}

__all__ = ["CHECKS", "KINDS", "CheckContext"]
