"""The CSV formatter: one row per finding and claim, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

import pytest
from tests.factories import assert_golden, make_evidence, make_finding, make_report

from claimcheck.formatters.csv import COLUMNS, defuse, render
from claimcheck.models import Report


def parse(text: str) -> list[dict[str, str]]:
    """Read the CSV back the way a script or spreadsheet import would."""
    return list(csv.DictReader(io.StringIO(text, newline="")))


def undefuse(cell: str) -> str:
    """Undo the formula guard: strip the one leading apostrophe it adds."""
    return cell.removeprefix("'")


def test_golden(seeds: Report, update_golden: bool) -> None:
    assert_golden("seeds.csv", render(seeds), update_golden)


def test_header_row_names_every_column(seeds: Report) -> None:
    header = next(csv.reader(io.StringIO(render(seeds))))
    assert tuple(header) == COLUMNS


def test_every_finding_round_trips(seeds: Report) -> None:
    rows = [row for row in parse(render(seeds)) if row["finding_id"]]
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


def test_text_set_aside_follows_the_findings_row_by_row(seeds: Report) -> None:
    rows = parse(render(seeds))
    findings = sum(max(1, len(finding.evidence)) for finding in seeds.findings)
    aside = rows[findings:]
    dropped = [(source, d) for source in seeds.sources for d in source.dropped]
    assert dropped and [row["kind"] for row in aside] == ["set-aside"] * len(dropped)
    assert [
        (row["source"], int(row["line"]), undefuse(row["reason"]), undefuse(row["quote"]))
        for row in aside
    ] == [(source.id, d.line, d.reason, d.text) for source, d in dropped]
    assert all(not row["finding_id"] for row in aside)


def test_awkward_text_survives_a_round_trip() -> None:
    quote = 'He said "no", then, on a new line:\nthe total was 1,200 — “about” ∞'
    rows = parse(render(make_report(make_finding(make_evidence(quote, value="(100, ∞) count")))))
    assert [row["quote"] for row in rows] == [quote]
    assert rows[0]["value"] == "(100, ∞) count"


def test_finding_without_evidence_gets_one_row() -> None:
    message = "2 sources disagree"
    rows = parse(
        render(make_report(make_finding(id="f1", message=message), make_finding("x", id="f2")))
    )
    assert [row["finding_id"] for row in rows] == ["f1", "f2"]
    assert rows[0]["claim_id"] == rows[0]["quote"] == rows[0]["line"] == ""
    assert rows[0]["message"] == message


def test_rows_end_with_a_bare_newline() -> None:
    out = render(make_report(make_finding("a", "b")))
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
    rows = parse(render(make_report(make_finding("=1+1"))))
    assert rows[0]["quote"] == "'=1+1"
