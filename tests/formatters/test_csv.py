"""The CSV formatter: one row per finding and claim, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from tests.factories import assert_golden, make_evidence, make_finding, make_report

from claimcheck.formatters.csv import BOM, COLUMNS, bounds, defuse, plain_number, render
from claimcheck.intervals import TIME_DISPLAY_UNITS
from claimcheck.models import Claim, Quantity, Report

TIME_UNITS = {name for _, name in TIME_DISPLAY_UNITS}


def parse(text: str) -> list[dict[str, str]]:
    """Read the CSV back the way a script would: the byte order mark dropped first
    (what ``encoding="utf-8-sig"`` does when reading the file)."""
    assert text.startswith(BOM)
    return list(csv.DictReader(io.StringIO(text.removeprefix(BOM), newline="")))


def undefuse(cell: str) -> str:
    """Undo the formula guard: strip the one leading apostrophe it adds."""
    return cell.removeprefix("'")


def test_golden(seeds: Report, update_golden: bool) -> None:
    assert_golden("seeds.csv", render(seeds), update_golden)


def test_header_row_names_every_column(seeds: Report) -> None:
    header = next(csv.reader(io.StringIO(render(seeds).removeprefix(BOM))))
    assert tuple(header) == COLUMNS


def test_new_columns_come_after_the_old_ones() -> None:
    old = (
        "finding_id kind check rule severity confidence score group message reason claim_id "
        "source path line column end_line end_column quote value time attribution"
    ).split()
    assert (*old, "low", "high", "unit", "written", "sentence", "story", "side") == COLUMNS


def test_the_file_opens_as_utf8_in_excel_and_in_python(tmp_path: Path) -> None:
    """The byte order mark is what makes Excel read UTF-8; "utf-8-sig" readers drop it."""
    out = tmp_path / "report.csv"
    report = make_report(make_finding(make_evidence("over 100 firms", value="(100, ∞) count")))
    out.write_text(render(report), encoding="utf-8", newline="")
    assert out.read_bytes().startswith(b"\xef\xbb\xbffinding_id,")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["value"] == "(100, ∞) count"


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


def test_seed_rows_give_numbers_that_match_the_value_column(seeds: Report) -> None:
    rows = [row for row in parse(render(seeds)) if row["claim_id"]]
    numeric = [row for row in rows if row["unit"]]
    assert numeric, "the seed findings quote figures"
    for row in numeric:
        low = float(row["low"]) if row["low"] else None
        high = float(row["high"]) if row["high"] else None
        assert low is not None or high is not None, row["value"]
        assert low is None or high is None or low <= high
        shown = row["value"].rsplit(" ", 1)[-1]
        # A span of time shows in years or days; its bounds are seconds.
        assert shown == row["unit"] or (row["unit"] == "s" and shown in TIME_UNITS)
    evidence = {e.claim: e for f in seeds.findings for e in f.evidence}
    for row in rows:
        item = evidence[row["claim_id"]]
        assert undefuse(row["written"]) == item.written
        assert undefuse(row["sentence"]) == item.sentence
        assert item.quote in item.sentence


def quantity(**fields: object) -> Quantity:
    base: dict[str, object] = {
        "surface": "more than 200",
        "span": (0, 13),
        "kind": "count",
        "value": 200.0,
    }
    return Quantity.model_validate(base | fields)


def claim_with(q: Quantity) -> Claim:
    return Claim(
        id="c1",
        source="a.txt",
        span=(0, 20),
        sentence_span=(0, 20),
        line=1,
        column=1,
        text="more than 200 firms",
        quantities=[q],
    )


@pytest.mark.parametrize(
    ("fields", "value", "expected"),
    [
        (
            {"qualifier": "over", "low": 200.0, "low_inclusive": False},
            "(200, ∞) count",
            ("200", "", "count"),
        ),
        ({"surface": "7", "value": 7.0}, "7 count", ("7", "7", "count")),
        (
            {
                "surface": "under 200 km",
                "kind": "length",
                "unit": "m",
                "qualifier": "under",
                "value": 200000.0,
                "high": 200000.0,
                "high_inclusive": False,
            },
            "(-∞, 200,000) m",
            ("", "200000", "m"),
        ),
        (
            {"surface": "$4.2 billion", "kind": "money", "unit": "USD", "value": 4.2e9},
            "4.2 billion USD",
            ("4200000000", "4200000000", "USD"),
        ),
        (
            {"surface": "12.5%", "kind": "percent", "unit": "%", "value": 12.5},
            "12.5 %",
            ("12.5", "12.5", "%"),
        ),
    ],
)
def test_bounds_from_the_claim_and_from_the_value_agree(
    fields: dict[str, object], value: str, expected: tuple[str, str, str]
) -> None:
    claim = claim_with(quantity(**fields))
    item = make_evidence(value=value)
    assert bounds(item, claim) == expected
    assert bounds(item, None) == expected


def test_bounds_read_back_from_the_value_alone() -> None:
    cases = {
        "[2.85, 3.15] count": ("2.85", "3.15", "count"),
        "(-∞, 200,000) m": ("", "200000", "m"),
        "[1.2 billion, 1.5 billion] USD": ("1200000000", "1500000000", "USD"),
        "-5 C": ("-5", "-5", "C"),
        "1e-07 m": ("1e-07", "1e-07", "m"),
        # A span of time shown in days or years has its bounds in seconds.
        "42 days": ("3628800", "3628800", "s"),
        "[14, ∞) days": ("1209600", "", "s"),
        "based in: Leeds": ("", "", ""),
        "opened: 2019": ("", "", ""),
        "": ("", "", ""),
    }
    for value, expected in cases.items():
        assert bounds(make_evidence(value=value), None) == expected, value


def test_bounds_prefer_the_claim_at_full_precision() -> None:
    claim = claim_with(quantity(surface="1,234,567", value=1234567.0))
    assert bounds(make_evidence(value="1.235 million count"), claim) == (
        "1234567",
        "1234567",
        "count",
    )


def test_a_value_the_claim_does_not_describe_is_read_back_instead() -> None:
    claim = claim_with(quantity(surface="7", value=7.0))
    assert bounds(make_evidence(value="(100, ∞) count"), claim) == ("100", "", "count")


def test_plain_numbers() -> None:
    assert [plain_number(v) for v in (None, 3.0, -0.0, 2.85, 4.2e9, 1e20, 0.1 + 0.2)] == [
        "",
        "3",
        "0",
        "2.85",
        "4200000000",
        "1e+20",
        "0.3",
    ]


def test_written_and_sentence_are_defused() -> None:
    item = make_evidence(
        "-5 degrees", sentence="-5 degrees was the low.", written="-5 degrees", value="-5 C"
    )
    rows = parse(render(make_report(make_finding(item))))
    assert rows[0]["written"] == "'-5 degrees"
    assert rows[0]["sentence"] == "'-5 degrees was the low."
    assert (rows[0]["low"], rows[0]["high"], rows[0]["unit"]) == ("-5", "-5", "C")


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
