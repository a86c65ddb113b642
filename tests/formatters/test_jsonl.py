"""The JSON Lines formatter: one parseable finding per line, in report order."""

from __future__ import annotations

import contextlib
import json

import pytest
from tests.paths import GOLDEN, PROJECT, SOURCES

from claimcheck.config import load_config
from claimcheck.formatters.jsonl import render
from claimcheck.models import Evidence, Finding, Report, Summary
from claimcheck.pipeline import scan


@pytest.fixture(scope="module")
def seeds() -> Report:
    """The data/sources report, scanned by relative path so golden files are portable."""
    with contextlib.chdir(PROJECT):
        relative = SOURCES.relative_to(PROJECT)
        return scan([relative], load_config([relative]))


def make_finding(fid: str, quote: str, *, evidence: bool = True) -> Finding:
    """A small unsourced finding quoting one made-up claim."""
    item = Evidence(
        claim="c1",
        source="a.txt",
        path="news/a.txt",
        span=(0, len(quote)),
        line=1,
        column=1,
        end_line=1,
        end_column=len(quote) + 1,
        quote=quote,
        value="12 count",
        time="",
        attribution="",
    )
    return Finding(
        id=fid,
        kind="unsourced",
        check="CC2",
        rule="unsourced",
        severity="medium",
        confidence=0.7,
        score=50.0,
        claims=["c1"],
        message="No source given",
        reason="no attribution",
        evidence=[item] if evidence else [],
    )


def make_report(*findings: Finding) -> Report:
    """A report holding only the given findings."""
    summary = Summary(
        sources=1,
        skipped=0,
        claims=1,
        groups=0,
        conflicts=0,
        unsourced=len(findings),
        corroborated=0,
        dropped=0,
    )
    return Report(
        tool="test", summary=summary, sources=[], claims=[], groups=[], findings=list(findings)
    )


def test_golden(seeds: Report, update_golden: bool) -> None:
    produced = render(seeds)
    golden = GOLDEN / "seeds.jsonl"
    if update_golden:
        golden.write_text(produced, encoding="utf-8", newline="")
    assert golden.read_bytes().decode("utf-8") == produced


def test_each_line_is_a_finding_in_report_order(seeds: Report) -> None:
    lines = render(seeds).splitlines()
    parsed = [json.loads(line) for line in lines]
    assert [item["id"] for item in parsed] == [finding.id for finding in seeds.findings]
    assert parsed == [finding.model_dump(mode="json") for finding in seeds.findings]


def test_lines_round_trip_through_the_model(seeds: Report) -> None:
    for line, finding in zip(render(seeds).splitlines(), seeds.findings, strict=True):
        assert Finding.model_validate_json(line) == finding


def test_keys_are_sorted_and_text_is_not_ascii_escaped() -> None:
    out = render(make_report(make_finding("u1", "Über 12 Firmen — “quoted”")))
    assert "Über 12 Firmen — “quoted”" in out
    keys = list(json.loads(out))
    assert keys == sorted(keys)


@pytest.mark.parametrize("separator", ["\n", "\r", "\x85", "\u2028", "\u2029"])
def test_line_separators_in_text_never_split_a_finding(separator: str) -> None:
    quote = f"first{separator}second"
    out = render(make_report(make_finding("u1", quote), make_finding("u2", "plain")))
    lines = out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["evidence"][0]["quote"] == quote


def test_no_findings_is_empty_output() -> None:
    assert render(make_report()) == ""


def test_finding_without_evidence_is_still_one_line() -> None:
    out = render(make_report(make_finding("u1", "x", evidence=False)))
    assert json.loads(out)["evidence"] == []
    assert out.count("\n") == 1
