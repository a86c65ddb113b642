"""Scoring against gold: when a finding covers a quote, and what each gold item asks of a report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from claimcheck.errors import InputError
from claimcheck.evaluate import Place, evaluate, overlaps, sources_folder
from claimcheck.gold import GoldCluster, GoldConflict, GoldFile, GoldUnsourced
from claimcheck.models import Claim, Finding, FindingKind, Report, Source, Summary

# "employs 1,200 workers" is [9, 30) in WIRE.
WIRE = "The dam employs 1,200 workers, the utility said on Monday.\n"
LOCAL = "The dam employs 3,400 workers. It opened in 1961.\n"
WORKERS = ("wire.txt", "employs 1,200 workers")


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A folder with the two articles the quotes are located in."""
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "local.txt").write_text(LOCAL, encoding="utf-8")
    return tmp_path


def at(name: str, quote: str, shift: int = 0, length: int | None = None) -> Place:
    """A claim's place: the quote's own place in its article, moved or resized."""
    start = {"wire.txt": WIRE, "local.txt": LOCAL}[name].index(quote) + shift
    return name, start, start + (len(quote) if length is None else length)


def make_report(claims: dict[str, Place], *findings: tuple[FindingKind, list[str]]) -> Report:
    """A report whose sources live in news/ and whose findings hold the given claim ids."""
    made = [
        Claim(
            id=cid, source=name, span=(s, e), sentence_span=(s, e), line=1, column=s + 1, text="x"
        )
        for cid, (name, s, e) in claims.items()
    ]
    sources = [
        Source(id=name, path=f"news/{name}", chars=0, sha256="0" * 64)
        for name in sorted({place[0] for place in claims.values()})
    ]
    return Report(
        tool="test",
        summary=Summary(),
        sources=sources,
        claims=made,
        groups=[],
        findings=[
            Finding(
                id=f"f{number}",
                kind=kind,
                check="CC1",
                rule="strict",
                severity="high",
                confidence=1.0,
                score=1.0,
                claims=ids,
                message=f"finding {number}",
                reason="",
                evidence=[],
            )
            for number, (kind, ids) in enumerate(findings, 1)
        ],
    )


def flag(quote: tuple[str, str], **extra: Any) -> GoldCluster:
    """A cluster that requires one unsourced claim."""
    return GoldCluster(unsourced=[GoldUnsourced(id="u", required=True, at=quote, **extra)])


@pytest.mark.parametrize(
    ("claim", "quote", "expected"),
    [
        (("a.txt", 10, 20), ("a.txt", 10, 20), True),
        (("a.txt", 10, 20), ("a.txt", 19, 30), True),  # one shared character
        (("a.txt", 10, 20), ("a.txt", 20, 30), False),  # spans are [start, end): touching only
        (("a.txt", 20, 30), ("a.txt", 10, 20), False),
        (("a.txt", 12, 14), ("a.txt", 10, 20), True),  # claim inside the quote
        (("a.txt", 0, 99), ("a.txt", 10, 20), True),  # quote inside the claim
        (("b.txt", 10, 20), ("a.txt", 10, 20), False),  # same offsets, other file
    ],
)
def test_overlaps(claim: Place, quote: Place, expected: bool) -> None:
    assert overlaps(claim, quote) is expected


@pytest.mark.parametrize(
    ("claim", "found"),
    [
        (at(*WORKERS), True),
        (at(*WORKERS, shift=-9, length=10), True),  # "The dam em": reaches into the quote
        (at(*WORKERS, shift=-9, length=9), False),  # "The dam ": stops where it begins
        (at(*WORKERS, shift=21, length=5), False),  # after its end
        (at("local.txt", "employs 3,400 workers"), False),  # the same words elsewhere
    ],
)
def test_a_finding_covers_a_quote_its_claims_overlap(news: Path, claim: Place, found: bool) -> None:
    report = make_report({"c1": claim}, ("unsourced", ["c1"]))
    assert evaluate(flag(WORKERS), report, news).unsourced.found == int(found)


def test_files_are_compared_by_name_not_path(news: Path) -> None:
    report = make_report({"c1": at(*WORKERS)}, ("unsourced", ["c1"]))
    nested = report.model_copy(
        update={"sources": [Source(id="deep/wire.txt", path="a/b/wire.txt", chars=0, sha256="")]}
    )
    nested = nested.model_copy(
        update={"claims": [c.model_copy(update={"source": "deep/wire.txt"}) for c in nested.claims]}
    )
    assert evaluate(flag(WORKERS), nested, news).unsourced.found == 1


def test_claim_ids_missing_from_the_report_are_ignored(news: Path) -> None:
    report = make_report({"c1": at("local.txt", "It opened")}, ("unsourced", ["c1", "gone"]))
    assert evaluate(flag(WORKERS), report, news).unsourced.missed[0].reason == "not reported"


CONFLICT = GoldConflict(
    id="workers",
    required=True,
    a=WORKERS,
    b_any=[("local.txt", "employs 3,400 workers"), ("local.txt", "opened in 1961")],
)


@pytest.mark.parametrize(
    ("claims", "found"),
    [
        ([at(*WORKERS), at("local.txt", "employs 3,400 workers")], 1),
        ([at(*WORKERS), at("local.txt", "opened in 1961")], 1),  # any b will do
        ([at("local.txt", "employs 3,400 workers"), at(*WORKERS)], 1),  # order does not matter
        ([at(*WORKERS), at("wire.txt", "the utility said")], 0),  # no b
        ([at("local.txt", "employs 3,400 workers"), at("local.txt", "opened in 1961")], 0),
    ],
)
def test_a_conflict_needs_a_and_one_b_in_one_finding(
    news: Path, claims: list[Place], found: int
) -> None:
    ids = {f"c{n}": place for n, place in enumerate(claims)}
    report = make_report(ids, ("conflict", list(ids)))
    evaluation = evaluate(GoldCluster(conflicts=[CONFLICT]), report, news)
    assert (evaluation.conflicts.found, evaluation.conflicts.required) == (found, 1)
    assert evaluation.conflicts_matching_gold + len(evaluation.unexpected_conflicts) == 1


def test_two_findings_do_not_make_one_conflict(news: Path) -> None:
    claims = {"c1": at(*WORKERS), "c2": at("local.txt", "employs 3,400 workers")}
    report = make_report(claims, ("conflict", ["c1"]), ("conflict", ["c2"]))
    evaluation = evaluate(GoldCluster(conflicts=[CONFLICT]), report, news)
    assert [m.id for m in evaluation.conflicts.missed] == ["workers"]
    assert [ref.id for ref in evaluation.unexpected_conflicts] == ["f1", "f2"]


@pytest.mark.parametrize(
    ("also_a_conflict", "false_conflicts", "matching"),
    [(False, ["same-figure"], 0), (True, [], 1)],  # a gold conflict wins over a not-conflict
)
def test_not_conflicts_make_a_conflict_finding_forbidden(
    news: Path, also_a_conflict: bool, false_conflicts: list[str], matching: int
) -> None:
    gold = GoldCluster.model_validate(
        {
            "conflicts": [CONFLICT.model_dump()] if also_a_conflict else [],
            "not_conflicts": [
                {"id": "same-figure", "a": WORKERS, "b": ["local.txt", "employs 3,400 workers"]}
            ],
        }
    )
    claims = {"c1": at(*WORKERS), "c2": at("local.txt", "employs 3,400 workers")}
    evaluation = evaluate(gold, make_report(claims, ("conflict", ["c1", "c2"])), news)
    assert [
        gold_id for ref in evaluation.false_conflicts for gold_id in ref.gold
    ] == false_conflicts
    assert evaluation.conflicts_matching_gold == matching
    assert evaluation.forbidden == len(false_conflicts)
    assert evaluation.passed == (not false_conflicts)


@pytest.mark.parametrize(
    ("rank", "top", "reason"),
    [
        (1, None, None),
        (3, None, None),
        (2, 2, None),
        (3, 2, "ranked 3, wanted top 2"),
    ],
)
def test_top_asks_for_a_rank_among_unsourced_findings(
    news: Path, rank: int, top: int | None, reason: str | None
) -> None:
    claims = {"other": at("local.txt", "It opened"), "c1": at(*WORKERS)}
    before: list[tuple[FindingKind, list[str]]] = [("unsourced", ["other"])] * (rank - 1)
    report = make_report(claims, ("conflict", ["other"]), *before, ("unsourced", ["c1"]))
    evaluation = evaluate(flag(WORKERS, top=top), report, news)
    assert [m.reason for m in evaluation.unsourced.missed] == ([reason] if reason else [])


def test_sourced_and_boilerplate_quotes_are_forbidden(news: Path) -> None:
    gold = GoldCluster(
        sourced=[WORKERS, ("local.txt", "employs 3,400 workers")],
        boilerplate=[("local.txt", "It opened in 1961"), ("wire.txt", "on Monday")],
    )
    # Any claim over boilerplate counts, even one that is in no finding.
    claims = {"c1": at(*WORKERS), "c2": at("local.txt", "opened")}
    evaluation = evaluate(gold, make_report(claims, ("unsourced", ["c1"])), news)
    assert evaluation.sourced_flagged == [WORKERS]
    assert evaluation.boilerplate_claims == [("local.txt", "It opened in 1961")]
    assert (evaluation.forbidden, evaluation.passed) == (2, False)


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        (("wire.txt", "employs 9 workers"), "wire.txt: gold quote not found: 'employs 9 workers'"),
        (("gone.txt", "employs"), "gone.txt: cannot read a gold quote's file (No such file"),
    ],
)
def test_a_quote_that_is_not_in_its_file_is_an_input_error(
    news: Path, quote: tuple[str, str], message: str
) -> None:
    # Located up front: the error comes even though no finding would need the quote.
    with pytest.raises(InputError) as raised:
        evaluate(GoldCluster(sourced=[quote]), make_report({}), news)
    assert message in str(raised.value) and "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("paths", "folder"),
    [
        (["news/a.txt", "news/b.txt"], "news"),
        (["/srv/x/a.txt"], "/srv/x"),
        (["news/a.txt", "other/b.txt"], None),
        ([], None),
    ],
)
def test_sources_folder_is_the_one_folder_of_the_report(
    paths: list[str], folder: str | None
) -> None:
    report = make_report({}).model_copy(
        update={"sources": [Source(id=p, path=p, chars=0, sha256="") for p in paths]}
    )
    if folder is None:
        with pytest.raises(InputError, match="pass --sources DIR"):
            sources_folder(report)
    else:
        assert sources_folder(report) == Path(folder)


@pytest.mark.parametrize(
    "pair",
    [
        {"id": "x", "a": ["a.txt", "q"]},  # no other side
        {"id": "x", "a": ["a.txt", "q"], "b": ["b.txt", "q"], "b_any": [["b.txt", "r"]]},
        {"id": "x", "a": ["a.txt", "q"], "b_any": []},
        {"id": "x", "a": ["a.txt"], "b": ["b.txt", "q"]},  # a quote is [file, text]
        {"id": "x", "a": ["a.txt", "q"], "b": ["b.txt", "q"], "note": "?"},  # unknown key
    ],
)
def test_malformed_pairs_are_rejected(pair: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        GoldConflict.model_validate(pair)


def test_top_counts_from_one() -> None:
    with pytest.raises(ValidationError):
        GoldUnsourced(id="u", at=WORKERS, top=0)


@pytest.mark.parametrize(
    ("names", "wanted", "chosen", "error"),
    [
        (["only"], None, "only", None),
        (["only"], "only", "only", None),
        (["one", "two"], "two", "two", None),
        (["one", "two"], None, None, "holds 2 clusters (one, two); choose one with --cluster"),
        (["one"], "three", None, "no cluster 'three' in the gold file (it holds: one)"),
    ],
)
def test_choosing_a_cluster(
    names: list[str], wanted: str | None, chosen: str | None, error: str | None
) -> None:
    gold = GoldFile(clusters={name: GoldCluster() for name in names})
    if error is None:
        assert gold.cluster(wanted)[0] == chosen
    else:
        with pytest.raises(InputError) as raised:
            gold.cluster(wanted)
        assert error in str(raised.value)
