"""Exit status, decided in one place: 0 clean, 1 findings that fail, 2 errors.

CI jobs read the status, so it depends only on the report and the chosen
policy, never on the output format.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.models import Report

OK = 0
FINDINGS = 1
ERROR = 2
# stdout was closed by its reader (`| head`): 128 + SIGPIPE, as a shell reports it.
BROKEN_PIPE = 141


class FailOn(StrEnum):
    """Which findings make a run fail."""

    conflict = "conflict"
    unsourced = "unsourced"
    any = "any"
    never = "never"


FAILING_KINDS = {
    FailOn.conflict: {"conflict"},
    FailOn.unsourced: {"unsourced"},
    FailOn.any: {"conflict", "unsourced"},
    FailOn.never: set[str](),
}


def exit_code(report: Report, fail_on: FailOn = FailOn.conflict) -> int:
    """1 when the report has a finding of a failing kind, else 0."""
    return exit_code_of_kinds((finding.kind for finding in report.findings), fail_on)


def exit_code_of_kinds(kinds: Iterable[str], fail_on: FailOn = FailOn.conflict) -> int:
    """1 when one of the kinds of the findings reported fails the run, else 0 (for a
    run whose findings were written as they came and not kept)."""
    failing = FAILING_KINDS[fail_on]
    return FINDINGS if any(kind in failing for kind in kinds) else OK
