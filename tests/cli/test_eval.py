"""`claimcheck eval` and `claimcheck schema --gold`, driven through CliRunner.

Most reports here are built by hand over the made-up harbour story, so the
figures do not move when the scanner improves; the real ECB+ cluster is
scanned for real, and only what stays true of any report is asserted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.factories import make_evidence, make_finding
from tests.paths import TESTS
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.formatters import json as json_report
from claimcheck.models import Claim, Finding, FindingKind, Report, Source, Summary
from claimcheck.pipeline import scan, with_summary

RUNNER = CliRunner()
EVAL = TESTS / "data" / "eval"
HARBOUR = EVAL / "harbour"
GOLD = EVAL / "harbour-gold.json"
REAL = EVAL / "19-ecbplus"
REAL_GOLD = EVAL / "19-ecbplus-gold.json"

FORTY = ("wire.txt", "Forty firefighters fought the blaze for six hours")
SIXTY = ("local.txt", "Sixty firefighters fought the blaze through the night")
BUILT = ("local.txt", "The warehouse was built in 1962")
THIRD = ("blog.txt", "It was the third fire on the quay in ten years")
WHEAT = ("wire.txt", "The warehouse held 12,000 tonnes of wheat")
SOME_WHEAT = ("blog.txt", "some 12,000 tonnes of wheat")
NOBODY = ("wire.txt", "Nobody was hurt, a harbour authority spokeswoman said")
DATELINE = ("wire.txt", "PUBLISHED: MONDAY, MAY 5, 2025, 9:14 AM")
REBUILD = ("local.txt", "Its owner, Brannock Grain, plans to rebuild it")


def run(*args: str | Path) -> tuple[int, str, str]:
    """Invoke the CLI and return (exit code, stdout, stderr)."""
    result = RUNNER.invoke(app, [str(arg) for arg in args])
    return result.exit_code, result.stdout, result.stderr


def claim_at(name: str, quote: str) -> Claim:
    """A claim whose span is the quote's place in the harbour article."""
    start = (HARBOUR / name).read_text(encoding="utf-8").index(quote)
    span = (start, start + len(quote))
    return Claim(
        id=f"{name}@{start}",
        source=name,
        span=span,
        sentence_span=span,
        line=1,
        column=1,
        text=quote,
    )


def finding(kind: FindingKind, *quotes: tuple[str, str]) -> Finding:
    """A finding of a kind over claims at the given quotes."""
    claims = [claim_at(*quote) for quote in quotes]
    evidence = [
        make_evidence(c.text, claim=c.id, source=c.source, path=str(HARBOUR / c.source), start=0)
        for c in claims
    ]
    return make_finding(*evidence, id=f"{kind}-{quotes[0][0]}-{claims[0].span[0]}", kind=kind)


def write_report(
    folder: Path,
    *findings: Finding,
    extra: tuple[tuple[str, str], ...] = (),
    sources: Path = HARBOUR,
) -> Path:
    """A scan report over the harbour articles holding the findings (and claims at extra)."""
    claims = {c.id: c for c in (claim_at(*quote) for quote in extra)}
    for item in findings:
        for evidence in item.evidence:
            claims[evidence.claim] = claim_at(evidence.source, evidence.quote)
    report = Report(
        tool="test",
        summary=Summary(),
        sources=[
            Source(id=name, path=str(sources / name), chars=0, sha256="0" * 64)
            for name in ("blog.txt", "local.txt", "wire.txt")
        ],
        claims=sorted(claims.values(), key=lambda c: (c.source, c.span)),
        groups=[],
        findings=list(findings),
    )
    path = folder / "report.json"
    path.write_text(json_report.render(with_summary(report)), encoding="utf-8")
    return path


MEETS = (finding("conflict", FORTY, SIXTY), finding("unsourced", BUILT))


@pytest.mark.parametrize("cluster", ["harbour", "harbour-ranked"])
def test_a_report_that_meets_the_gold_exits_0(tmp_path: Path, cluster: str) -> None:
    code, out, err = run("eval", GOLD, write_report(tmp_path, *MEETS), "--cluster", cluster)
    assert (code, err) == (0, "")
    assert out.endswith(": meets the gold\n") and "\x1b[" not in out
    assert "Missed and forbidden" not in out


def test_the_table_gives_the_figures_in_one_line(tmp_path: Path) -> None:
    _, out, _ = run("eval", GOLD, write_report(tmp_path, *MEETS), "--cluster", "harbour")
    assert out.splitlines()[-1] == (
        "harbour: conflicts 1/1, unsourced 1/1, forbidden 0; 1 conflict finding, "
        "0 outside the gold (read them): meets the gold"
    )


@pytest.mark.parametrize(
    ("cluster", "findings", "gold_id", "detail"),
    [
        ("harbour", [finding("unsourced", BUILT)], "firefighters-40-vs-60", "not reported"),
        ("harbour", [MEETS[0]], "built-1962", "not reported"),
        (
            "harbour-ranked",
            [finding("unsourced", THIRD), finding("unsourced", BUILT)],
            "built-1962-first",
            "ranked 2, wanted top 1",
        ),
    ],
)
def test_a_miss_exits_1_and_is_named_by_its_gold_id(
    tmp_path: Path, cluster: str, findings: list[Finding], gold_id: str, detail: str
) -> None:
    code, out, err = run("eval", GOLD, write_report(tmp_path, *findings), "--cluster", cluster)
    assert (code, err) == (1, "")
    assert out.endswith(": falls short\n")
    lines = out.splitlines()
    (row,) = [n for n, line in enumerate(lines) if gold_id in line]
    assert "missed" in lines[row] and detail in lines[row + 1]


def test_forbidden_and_unexpected_findings_in_json(tmp_path: Path) -> None:
    report = write_report(
        tmp_path,
        *MEETS,
        finding("conflict", WHEAT, SOME_WHEAT),
        finding("conflict", THIRD, REBUILD),
        finding("conflict", NOBODY, BUILT),
        finding("unsourced", NOBODY),
        extra=(DATELINE,),
    )
    code, out, err = run("eval", GOLD, report, "--cluster", "harbour", "--format", "json")
    result = json.loads(out)
    assert (code, err) == (1, "")
    assert [ref["gold"] for ref in result["false_conflicts"]] == [
        ["wheat-agrees"],
        ["third-fire-vs-rebuild"],
    ]
    assert result["sourced_flagged"] == [list(NOBODY)]
    assert result["boilerplate_claims"] == [list(DATELINE)]
    assert len(result["unexpected_conflicts"]) == 1
    assert (result["forbidden"], result["passed"]) == (4, False)
    assert (result["conflict_findings"], result["conflicts_matching_gold"]) == (4, 1)
    assert result["conflicts"] == {"found": 1, "missed": [], "required": 1}


def test_unexpected_conflicts_alone_do_not_fail(tmp_path: Path) -> None:
    report = write_report(tmp_path, *MEETS, finding("conflict", NOBODY, BUILT))
    code, out, _ = run("eval", GOLD, report, "--cluster", "harbour")
    assert code == 0
    assert "Conflicts outside the gold" in out and "1 outside the gold" in out


def test_json_output_is_deterministic_with_sorted_keys(tmp_path: Path) -> None:
    args = ("eval", GOLD, write_report(tmp_path, *MEETS), "--cluster", "harbour", "-f", "json")
    first, second = run(*args), run(*args)
    assert first == second
    parsed = json.loads(first[1])
    assert first[1] == json.dumps(parsed, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    assert parsed["cluster"] == "harbour" and parsed["passed"] is True


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "score.json"
    report = write_report(tmp_path, *MEETS)
    code, out, _ = run("eval", GOLD, report, "--cluster", "harbour", "-f", "json", "-o", target)
    assert (code, out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["passed"] is True


def test_one_cluster_needs_no_cluster_option(tmp_path: Path) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    del gold["clusters"]["harbour-ranked"]
    single = tmp_path / "gold.json"
    single.write_text(json.dumps(gold), encoding="utf-8")
    code, out, _ = run("eval", single, write_report(tmp_path, *MEETS))
    assert code == 0 and out.splitlines()[-1].startswith("harbour: ")


@pytest.mark.parametrize(
    ("cluster", "message"),
    [
        ((), "the gold file holds 2 clusters (harbour, harbour-ranked); choose one with --cluster"),
        (("--cluster", "harbor"), "no cluster 'harbor' in the gold file"),
    ],
)
def test_cluster_must_be_named_and_known(
    tmp_path: Path, cluster: tuple[str, ...], message: str
) -> None:
    code, out, err = run("eval", GOLD, write_report(tmp_path, *MEETS), *cluster)
    assert (code, out) == (2, "")
    assert err.startswith("claimcheck: error: ") and message in err and err.count("\n") == 1


def test_sources_default_to_the_report_folder_and_can_be_given(tmp_path: Path) -> None:
    report = write_report(tmp_path, *MEETS, sources=tmp_path / "moved")
    code, _, err = run("eval", GOLD, report, "--cluster", "harbour")
    assert code == 2 and f"{tmp_path / 'moved' / 'wire.txt'}: cannot read a gold quote" in err
    assert run("eval", GOLD, report, "--cluster", "harbour", "--sources", HARBOUR)[0] == 0


BAD_GOLD = [
    ("{", "not a gold file (Invalid JSON"),
    ('{"clusters": []}', "not a gold file (clusters: Input should be an object"),
    (
        '{"clusters": {"h": {"conflicts": [{"id": "x", "a": ["wire.txt", "Forty"]}]}}}',
        "not a gold file (clusters.h.conflicts.0: Value error, give either b or a non-empty b_any",
    ),
    (
        '{"clusters": {"h": {"sourced": [["wire.txt", "Eighty firefighters"]]}}}',
        "wire.txt: gold quote not found: 'Eighty firefighters'",
    ),
]


@pytest.mark.parametrize(("content", "message"), BAD_GOLD)
def test_bad_gold_is_one_line_and_exit_2(tmp_path: Path, content: str, message: str) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(content, encoding="utf-8")
    code, out, err = run("eval", gold, write_report(tmp_path, *MEETS))
    assert (code, out) == (2, "")
    assert err.startswith("claimcheck: error: ") and message in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "not a claimcheck JSON report (Invalid JSON"),
        ('{"tool": "x"}', "not a claimcheck JSON report (summary: Field required"),
        ("[]", "not a claimcheck JSON report (Input should be an object"),
        (None, "cannot read report (No such file or directory)"),
    ],
)
def test_bad_report_is_one_line_and_exit_2(
    tmp_path: Path, content: str | None, message: str
) -> None:
    report = tmp_path / "report.json"
    if content is not None:
        report.write_text(content, encoding="utf-8")
    code, out, err = run("eval", GOLD, report, "--cluster", "harbour")
    assert (code, out) == (2, "")
    assert err.startswith(f"claimcheck: error: {report}: ") and message in err
    assert err.count("\n") == 1


def test_schema_of_the_gold_file() -> None:
    code, out, _ = run("schema", "--gold")
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "GoldFile"
    assert {"GoldCluster", "GoldConflict", "GoldNotConflict", "GoldUnsourced"} <= set(
        schema["$defs"]
    )
    assert run("schema")[1] != out


def test_real_cluster_scanned_then_scored(tmp_path: Path) -> None:
    """ECB+ 19-ecbplus: the figures change as the scanner improves; their shape does not."""
    scanned = scan([REAL])
    report = tmp_path / "r19.json"
    report.write_text(json_report.render(scanned), encoding="utf-8")
    code, out, err = run("eval", REAL_GOLD, report, "-f", "json")
    result = json.loads(out)
    assert err == "" and code == (0 if result["passed"] else 1)
    assert result["cluster"] == "19-ecbplus"
    for kind, required in (("conflicts", 4), ("unsourced", 3)):
        recall = result[kind]
        assert recall["required"] == required
        assert 0 <= recall["found"] == required - len(recall["missed"])
    assert (
        result["conflict_findings"]
        == scanned.summary.conflicts
        == (
            result["conflicts_matching_gold"]
            + len(result["false_conflicts"])
            + len(result["unexpected_conflicts"])
        )
    )
    assert result["unsourced_findings"] == scanned.summary.unsourced
    assert result["forbidden"] == (
        len(result["false_conflicts"])
        + len(result["sourced_flagged"])
        + len(result["boilerplate_claims"])
    )
    misses = result["conflicts"]["missed"] + result["unsourced"]["missed"]
    assert result["passed"] == (not misses and not result["forbidden"])
