"""The exit status is decided in one place, from the report and the policy."""

from __future__ import annotations

import pytest

from claimcheck.exit_codes import FailOn, exit_code
from claimcheck.models import Finding, Report, Summary


def report_with(*kinds: str) -> Report:
    """A report holding one finding of each kind given."""
    findings = [
        Finding(
            id=f"f{index}",
            kind=kind,  # type: ignore[arg-type]
            check="CC0",
            rule="rule",
            severity="low",
            confidence=1.0,
            score=1.0,
            claims=[],
            message="m",
            reason="r",
            evidence=[],
        )
        for index, kind in enumerate(kinds)
    ]
    summary = Summary(
        sources=0,
        skipped=0,
        claims=0,
        groups=0,
        conflicts=0,
        unsourced=0,
        corroborated=0,
        dropped=0,
    )
    return Report(tool="t", summary=summary, sources=[], claims=[], groups=[], findings=findings)


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
def test_exit_code(kinds: tuple[str, ...], fail_on: FailOn, expected: int) -> None:
    assert exit_code(report_with(*kinds), fail_on) == expected
