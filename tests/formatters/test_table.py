"""The terminal report: summary first, each conflict with its evidence, top unsourced claims."""

from __future__ import annotations

import pytest
from tests.factories import assert_golden, make_evidence, make_finding, make_report

from claimcheck.formatters.table import plural, render, summary_line
from claimcheck.models import Report


def test_golden(seeds: Report, update_golden: bool) -> None:
    assert_golden("seeds.table.txt", render(seeds), update_golden)


def test_summary_comes_first_and_counts_agree(seeds: Report) -> None:
    first = render(seeds).splitlines()[0]
    assert first.startswith(f"{seeds.summary.sources} sources, {seeds.summary.claims} claims")


@pytest.mark.parametrize("width", [60, 100, 160])
def test_every_quote_and_location_is_shown_at_any_width(width: int) -> None:
    finding = make_finding(
        make_evidence("over 100 firms", claim="c1", source="a.txt", line=2),
        make_evidence("more than 200 firms", claim="c2", source="b.txt", line=7),
        rule="pragmatic",
        severity="medium",
    )
    text = " ".join(render(make_report(finding), width=width).split())
    assert "a.txt:2:3" in text and "b.txt:7:3" in text
    assert "over 100 firms" in text and "more than 200 firms" in text
    assert all(
        len(line) <= width for line in render(make_report(finding), width=width).splitlines()
    )


def test_colour_only_when_asked(seeds: Report) -> None:
    assert "\x1b[" not in render(seeds)
    assert "\x1b[" in render(seeds, color=True)


def test_empty_report_says_so() -> None:
    assert render(make_report()).endswith("\nNo findings.\n")


@pytest.mark.parametrize(
    ("count", "noun", "text"), [(1, "conflict", "1 conflict"), (2, "conflict", "2 conflicts")]
)
def test_plural(count: int, noun: str, text: str) -> None:
    assert plural(count, noun) == text


def test_summary_line_mentions_skips_and_cleaning(seeds: Report) -> None:
    counted = seeds.summary.model_copy(update={"skipped": 2, "dropped": 1})
    line = summary_line(seeds.model_copy(update={"summary": counted}))
    assert "(2 files skipped)" in line and "set aside 1 stretch of non-prose" in line


def test_other_findings_show_each_quote_and_place(seeds: Report) -> None:
    out = " ".join(render(seeds, width=400).split())
    others = [f for f in seeds.findings if f.kind not in ("conflict", "unsourced")]
    assert others
    for finding in others:
        for item in finding.evidence:
            assert f"{item.source}:{item.line}:{item.column} “{item.quote}”" in out
