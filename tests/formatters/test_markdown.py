"""The Markdown formatter: a pasteable, deterministic report with escaped quotes."""

from __future__ import annotations

import contextlib

import pytest
from tests.paths import GOLDEN, PROJECT, SOURCES

from claimcheck.config import load_config
from claimcheck.formatters.markdown import code, escape, render
from claimcheck.formatters.table import summary_line
from claimcheck.models import Evidence, Finding, FindingKind, Report, Summary
from claimcheck.pipeline import scan


@pytest.fixture(scope="module")
def seeds() -> Report:
    """The data/sources report, scanned by relative path so golden files are portable."""
    with contextlib.chdir(PROJECT):
        relative = SOURCES.relative_to(PROJECT)
        return scan([relative], load_config([relative]))


def make_evidence(claim: str, quote: str, *, line: int = 2) -> Evidence:
    """A made-up claim on the given line of one article."""
    return Evidence(
        claim=claim,
        source="a.txt",
        path="news/a.txt",
        span=(0, len(quote)),
        line=line,
        column=1,
        end_line=line,
        end_column=len(quote) + 1,
        quote=quote,
        value="(100, ∞) count",
        time="in 2024",
        attribution="the agency",
    )


def make_finding(fid: str, kind: FindingKind, *evidence: Evidence) -> Finding:
    """A finding of the given kind quoting the given claims."""
    return Finding(
        id=fid,
        kind=kind,
        check="CC1",
        rule="strict",
        severity="high",
        confidence=0.9,
        score=90.0,
        claims=[item.claim for item in evidence],
        message=f"{kind} message",
        reason="strict: no overlap",
        evidence=list(evidence),
    )


def make_report(*findings: Finding) -> Report:
    """A report holding only the given findings."""
    summary = Summary(
        sources=1,
        skipped=0,
        claims=2,
        groups=0,
        conflicts=sum(f.kind == "conflict" for f in findings),
        unsourced=sum(f.kind == "unsourced" for f in findings),
        corroborated=0,
        dropped=0,
    )
    return Report(
        tool="test", summary=summary, sources=[], claims=[], groups=[], findings=list(findings)
    )


def test_golden(seeds: Report, update_golden: bool) -> None:
    produced = render(seeds)
    golden = GOLDEN / "seeds.md"
    if update_golden:
        golden.write_text(produced, encoding="utf-8", newline="")
    assert golden.read_bytes().decode("utf-8") == produced


def test_every_conflict_quote_is_shown(seeds: Report) -> None:
    out = render(seeds)
    conflicts = [f for f in seeds.findings if f.kind == "conflict"]
    assert conflicts
    for finding in conflicts:
        for item in finding.evidence:
            assert f"> {escape(item.quote)}\n" in out
            assert code(f"{item.path}:{item.line}") in out


def test_no_ansi_and_deterministic(seeds: Report) -> None:
    out = render(seeds)
    assert "\x1b" not in out
    assert out == render(seeds)


def test_summary_line_and_sections(seeds: Report) -> None:
    out = render(seeds)
    assert out.startswith("# claimcheck report\n\n")
    assert escape(summary_line(seeds)) in out
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Conflicts",
        "## Unsourced claims, most important first",
        "## Other findings",
    ]


def test_unsourced_are_numbered_in_rank_order(seeds: Report) -> None:
    out = render(seeds)
    unsourced = [f for f in seeds.findings if f.kind == "unsourced"]
    positions = [
        out.index(f"{rank}. “{escape(f.evidence[0].quote)}”") for rank, f in enumerate(unsourced, 1)
    ]
    assert positions == sorted(positions)


def test_other_findings_are_listed(seeds: Report) -> None:
    out = render(seeds)
    for finding in seeds.findings:
        if finding.kind not in ("conflict", "unsourced"):
            assert escape(finding.message) in out


def test_conflict_block_has_rule_reason_value_and_time() -> None:
    report = make_report(
        make_finding(
            "f1",
            "conflict",
            make_evidence("c1", "over 100 firms"),
            make_evidence("c2", "200 firms", line=9),
        )
    )
    out = render(report)
    assert "### 1. conflict message" in out
    assert "**Rule:** strict · **Severity:** high · **Confidence:** 0.90" in out
    assert "**Why:** strict: no overlap" in out
    assert "> over 100 firms\n>\n> — `news/a.txt:2` · value: (100, ∞) count · time: in 2024" in out
    assert "`news/a.txt:9`" in out


def test_empty_sections_say_so() -> None:
    out = render(make_report())
    assert "No conflicts found." in out
    assert "No unsourced claims found." in out
    assert out.endswith("None.\n")


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain words, 12 of them", "plain words, 12 of them"),
        ("*bold* and _em_", "\\*bold\\* and \\_em\\_"),
        ("[link](http://x)", "\\[link\\](http://x)"),
        ("<script>", "\\<script\\>"),
        ("$5 and $6", "\\$5 and \\$6"),
        ("a | b", "a \\| b"),
        ("`code`", "\\`code\\`"),
        ("back\\slash", "back\\\\slash"),
        ("~~struck~~", "\\~\\~struck\\~\\~"),
        ("&amp; R&D", "\\&amp; R&D"),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("2024. A year", "2024\\. A year"),
        ("1) first", "1\\) first"),
        ("line one\nline two", "line one line two"),
    ],
)
def test_escape(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


@pytest.mark.parametrize(
    ("raw", "span"),
    [("a.txt:3", "`a.txt:3`"), ("odd`name:3", "``odd`name:3``"), ("`x", "`` `x ``")],
)
def test_code_span(raw: str, span: str) -> None:
    assert code(raw) == span


def test_hostile_quote_stays_inside_its_block_quote() -> None:
    quote = "# Not a heading\n\n- not a list <b>nor HTML</b> *nor* [a link](x)"
    out = render(make_report(make_finding("f1", "conflict", make_evidence("c1", quote))))
    assert "\n# Not" not in out
    assert "\n- not" not in out
    assert (
        "> \\# Not a heading - not a list \\<b\\>nor HTML\\</b\\> \\*nor\\* \\[a link\\](x)\n"
        in out
    )
