"""CC1: an article that gives two values of one thing, at one time."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import write_articles

from claimcheck.pipeline import scan

AGREEING = {
    "b": "School in Norden shelled\n\nThree shells landed at the Norden school on Tuesday, "
    "aid official Mara Lind said.\n",
    "c": "Norden school hit\n\nAid official Mara Lind said three shells landed at the school "
    "in Norden on Tuesday.\n",
}


@pytest.mark.parametrize(
    ("article", "conflict"),
    [
        # Each value credited to a source of its own: the article reports a disagreement,
        # and its "two" is held against the others' "three".
        (
            (
                "Two tank shells struck the school in Norden on Tuesday, according to agency "
                "reports. Aid official Mara Lind said three artillery shells landed at the school."
            ),
            True,
        ),
        # Both values credited to one source (named twice, in two ways): the article's
        # figures count different things, and neither is held against another article.
        (
            (
                "Aid official Mara Lind said two tank shells struck the school in Norden on "
                "Tuesday. Mara Lind said three artillery shells landed at the school."
            ),
            False,
        ),
    ],
)
def test_an_article_that_credits_two_values_apart_reports_a_disagreement(
    tmp_path: Path, article: str, conflict: bool
) -> None:
    write_articles(tmp_path, a=f"Shells hit a school in Norden\n\n{article}\n", **AGREEING)
    conflicts = [f for f in scan([tmp_path]).findings if f.kind == "conflict"]
    assert bool(conflicts) is conflict
    if conflict:
        assert {item.source for item in conflicts[0].evidence} == {"a.txt", "b.txt", "c.txt"}
