"""The seed report as a fixture for the formatter tests."""

from __future__ import annotations

import pytest
from tests.factories import seed_report

from claimcheck.models import Report


@pytest.fixture
def seeds() -> Report:
    """The data/sources report (computed once per run, see ``seed_report``)."""
    return seed_report()
