"""CC2: "no other article backs this" must be true."""

from __future__ import annotations

import pytest
from tests.factories import article_claims

from claimcheck.checks.sourcing import same_figure_elsewhere
from claimcheck.copies import Copies


@pytest.mark.parametrize(
    ("left", "right", "backed"),
    [
        # The same unlikely figure in another article backs it, matched or not.
        ("The first quake measured 7.6 on Sunday.", "It was a 7.6 magnitude tremor.", True),
        ("Klitschko has 46 wins by knockout.", "He now has 46 wins.", True),
        # A small count, or a whole number of another measure, is a coincidence.
        ("They took the first two games.", "They are two games behind.", False),
        ("He scored 46 points.", "He has 46 wins.", False),
        # A claim with a second figure is not backed by the first alone.
        ("A 7.3 tremor was felt 1,300 km away.", "A 7.3 tremor was felt in Darwin.", False),
    ],
)
def test_the_same_figure_elsewhere_backs_a_claim(left: str, right: str, backed: bool) -> None:
    claims = article_claims(left, "a.txt") + article_claims(right, "b.txt")
    found = same_figure_elsewhere(claims, Copies())
    assert (claims[0].id in found) is backed
