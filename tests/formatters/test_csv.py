"""The CSV formatter: one row per finding and claim, safe to open in a spreadsheet."""

from __future__ import annotations

import contextlib
import csv
import io

import pytest
from tests.paths import GOLDEN, PROJECT, SOURCES

from claimcheck.config import load_config
from claimcheck.formatters.csv import COLUMNS, defuse, render
from claimcheck.models import Evidence, Finding, Report, Summary
from claimcheck.pipeline import scan


@pytest.fixture(scope="module")
def seeds() -> Report:
    """The data/sources report, scanned by relative path so golden files are portable."""
    with contextlib.chdir(PROJECT):
        relative = SOURCES.relative_to(PROJECT)
        return scan([relative], load_config([relative]))


def make_evidence(claim: str, quote: str) -> Evidence:
    """A made-up claim quoted on line 2 of one article."""
    return Evidence(
        claim=claim,
        source="a.txt",
        path="news/a.txt",
        span=(10, 10 + len(quote)),
        line=2,
        column=3,
        end_line=2,
        end_column=3 + len(quote),
        quote=quote,
        value="(100, ∞) count",
        time="in 2024",
        attribution="the agency",
    )


def make_finding(fid: str, *evidence: Evidence) -> Finding:
    """A conflict between the given claims."""
    return Finding(
        id=fid,
        kind="conflict",
        check="CC1",
        rule="strict",
        severity="high",
        confidence=0.9,
        score=90.5,
        claims=[item.claim for item in evidence],
        message="2 sources disagree",
        reason="strict: ranges do not overlap",
        evidence=list(evidence),
    )


def make_report(*findings: Finding) -> Report:
    """A report holding only the given findings."""
    summary = Summary(
        sources=1,
        skipped=0,
        claims=2,
        groups=0,
        conflicts=len(findings),
        unsourced=0,
        corroborated=0,
        dropped=0,
    )
    return Report(
        tool="test", summary=summary, sources=[], claims=[], groups=[], findings=list(findings)
    )


def parse(text: str) -> list[dict[str, str]]:
    """Read the CSV back the way a script or spreadsheet import would."""
    return list(csv.DictReader(io.StringIO(text, newline="")))


def undefuse(cell: str) -> str:
    """Undo the formula guard: strip the one leading apostrophe it adds."""
    return cell.removeprefix("'")


def test_golden(seeds: Report, update_golden: bool) -> None:
    produced = render(seeds)
    golden = GOLDEN / "seeds.csv"
    if update_golden:
        golden.write_text(produced, encoding="utf-8", newline="")
    assert golden.read_bytes().decode("utf-8") == produced


def test_header_row_names_every_column(seeds: Report) -> None:
    header = next(csv.reader(io.StringIO(render(seeds))))
    assert tuple(header) == COLUMNS


def test_every_finding_round_trips(seeds: Report) -> None:
    rows = parse(render(seeds))
    assert [row["finding_id"] for row in rows] == [
        finding.id for finding in seeds.findings for _ in range(max(1, len(finding.evidence)))
    ]
    for finding in seeds.findings:
        mine = [row for row in rows if row["finding_id"] == finding.id]
        assert len(mine) == max(1, len(finding.evidence))
        assert [undefuse(row["quote"]) for row in mine] == [e.quote for e in finding.evidence]
        assert [row["claim_id"] for row in mine] == [e.claim for e in finding.evidence]
        assert [(int(row["line"]), int(row["column"])) for row in mine] == [
            (e.line, e.column) for e in finding.evidence
        ]
        assert {row["kind"] for row in mine} == {finding.kind}
        assert {float(row["confidence"]) for row in mine} == {finding.confidence}


def test_awkward_text_survives_a_round_trip() -> None:
    quote = 'He said "no", then, on a new line:\nthe total was 1,200 — “about” ∞'
    rows = parse(render(make_report(make_finding("f1", make_evidence("c1", quote)))))
    assert [row["quote"] for row in rows] == [quote]
    assert rows[0]["value"] == "(100, ∞) count"


def test_finding_without_evidence_gets_one_row() -> None:
    rows = parse(
        render(make_report(make_finding("f1"), make_finding("f2", make_evidence("c1", "x"))))
    )
    assert [row["finding_id"] for row in rows] == ["f1", "f2"]
    assert rows[0]["claim_id"] == rows[0]["quote"] == rows[0]["line"] == ""
    assert rows[0]["message"] == "2 sources disagree"


def test_rows_end_with_a_bare_newline() -> None:
    out = render(
        make_report(make_finding("f1", make_evidence("c1", "a"), make_evidence("c2", "b")))
    )
    assert "\r" not in out
    assert out.endswith("\n")
    assert out.count("\n") == 3


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 percent", "'+1 percent"),
        ("-5 degrees", "'-5 degrees"),
        ("@mention", "'@mention"),
        ("\tindent", "'\tindent"),
        ("'quoted'", "''quoted'"),
        ("plain = text", "plain = text"),
        ("", ""),
    ],
)
def test_formula_guard(text: str, cell: str) -> None:
    assert defuse(text) == cell
    assert undefuse(defuse(text)) == text


def test_formula_in_a_quote_is_defused() -> None:
    rows = parse(render(make_report(make_finding("f1", make_evidence("c1", "=1+1")))))
    assert rows[0]["quote"] == "'=1+1"
