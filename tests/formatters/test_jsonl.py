"""The JSON Lines formatter: one parseable finding per line, in report order."""

from __future__ import annotations

import json

import pytest
from tests.factories import assert_golden, make_finding, make_report

from claimcheck.formatters.jsonl import render
from claimcheck.models import Finding, Report


def test_golden(seeds: Report, update_golden: bool) -> None:
    assert_golden("seeds.jsonl", render(seeds), update_golden)


def test_findings_come_first_in_report_order(seeds: Report) -> None:
    lines = render(seeds).splitlines()[: len(seeds.findings)]
    parsed = [json.loads(line) for line in lines]
    assert [item["id"] for item in parsed] == [finding.id for finding in seeds.findings]
    assert parsed == [finding.model_dump(mode="json") for finding in seeds.findings]


def test_lines_round_trip_through_the_model(seeds: Report) -> None:
    lines = render(seeds).splitlines()[: len(seeds.findings)]
    for line, finding in zip(lines, seeds.findings, strict=True):
        assert Finding.model_validate_json(line) == finding


def test_text_set_aside_follows_the_findings(seeds: Report) -> None:
    rest = [json.loads(line) for line in render(seeds).splitlines()[len(seeds.findings) :]]
    dropped = [(source, d) for source in seeds.sources for d in source.dropped]
    assert dropped and [
        (r["kind"], r["source"], r["span"], r["line"], r["reason"], r["text"]) for r in rest
    ] == [("set-aside", s.id, list(d.span), d.line, d.reason, d.text) for s, d in dropped]


def test_keys_are_sorted_and_text_is_not_ascii_escaped() -> None:
    out = render(make_report(make_finding("Über 12 Firmen — “quoted”", id="u1")))
    assert "Über 12 Firmen — “quoted”" in out
    keys = list(json.loads(out))
    assert keys == sorted(keys)


@pytest.mark.parametrize("separator", ["\n", "\r", "\x85", "\u2028", "\u2029"])
def test_line_separators_in_text_never_split_a_finding(separator: str) -> None:
    quote = f"first{separator}second"
    out = render(make_report(make_finding(quote, id="u1"), make_finding("plain", id="u2")))
    lines = out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["evidence"][0]["quote"] == quote


def test_no_findings_is_empty_output() -> None:
    assert render(make_report()) == ""


def test_finding_without_evidence_is_still_one_line() -> None:
    out = render(make_report(make_finding(id="u1")))
    assert json.loads(out)["evidence"] == []
    assert out.count("\n") == 1
