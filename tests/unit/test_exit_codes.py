"""The exit status is decided in one place, from the report and the policy."""

from __future__ import annotations

import pytest
from tests.factories import make_finding, make_report

from claimcheck.exit_codes import FailOn, exit_code
from claimcheck.models import FindingKind, Report


def report_with(*kinds: FindingKind) -> Report:
    """A report holding one finding of each kind given."""
    return make_report(
        *(make_finding(id=f"f{index}", kind=kind) for index, kind in enumerate(kinds))
    )


@pytest.mark.parametrize(
    ("kinds", "fail_on", "expected"),
    [
        ((), FailOn.conflict, 0),
        (("conflict",), FailOn.conflict, 1),
        (("unsourced", "corroborated"), FailOn.conflict, 0),
        (("unsourced",), FailOn.unsourced, 1),
        (("conflict",), FailOn.unsourced, 0),
        (("unsourced",), FailOn.any, 1),
        (("conflict",), FailOn.any, 1),
        (("same-figure", "changed"), FailOn.any, 0),
        (("conflict", "unsourced"), FailOn.never, 0),
    ],
)
def test_exit_code(kinds: tuple[FindingKind, ...], fail_on: FailOn, expected: int) -> None:
    assert exit_code(report_with(*kinds), fail_on) == expected
