"""Conformance against peer projects' English suites, as a ratchet.

Each suite's pass count is printed and must not fall below its floor; raise the
floor in adapters.SUITES when the parser gets better.
"""

from __future__ import annotations

import pytest
from adapters import SUITES, Suite, run


@pytest.mark.parametrize("suite", SUITES, ids=[s.name for s in SUITES])
def test_suite_meets_floor(suite: Suite) -> None:
    cases, passed, failed = run(suite)
    print(f"{suite.name}: {passed}/{cases} (floor {suite.floor}, reference {suite.reference})")
    assert passed >= suite.floor, f"{suite.name} failed cases {failed}"
