"""The bundled corpus against the fact-checker's gold (tests/data/gold/seed-findings.json)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
from tests.gold import GoldReport
from tests.paths import SOURCES, TESTS

from claimcheck.config import load_config
from claimcheck.pipeline import scan

GOLD: dict[str, Any] = json.loads(
    (TESTS / "data" / "gold" / "seed-findings.json").read_text(encoding="utf-8")
)["clusters"]["seeds"]


@cache
def seed_report() -> GoldReport:
    """The scan of data/sources, made once for every test here."""
    return GoldReport(scan([SOURCES], load_config([SOURCES])), SOURCES)


def ids(item: dict[str, Any]) -> str:
    """Test id from a gold item's id."""
    return str(item["id"])


@pytest.mark.parametrize("item", [c for c in GOLD["conflicts"] if c["required"]], ids=ids)
def test_required_conflict_is_found(item: dict[str, Any]) -> None:
    gold = seed_report()
    assert any(gold.pair_reported("conflict", tuple(item["a"]), tuple(b)) for b in item["b_any"])


@pytest.mark.parametrize("item", GOLD["not_conflicts"], ids=ids)
def test_forbidden_conflict_is_not_reported(item: dict[str, Any]) -> None:
    gold = seed_report()
    for finding in gold.findings("conflict"):
        expected = any(
            gold.covers(finding, tuple(c["a"]))
            and any(gold.covers(finding, tuple(b)) for b in c.get("b_any", [c.get("b")]))
            for c in GOLD["conflicts"]
        )
        if not expected:
            assert not (
                gold.covers(finding, tuple(item["a"])) and gold.covers(finding, tuple(item["b"]))
            )


@pytest.mark.parametrize("item", [u for u in GOLD["unsourced"] if u["required"]], ids=ids)
def test_required_unsourced_is_flagged(item: dict[str, Any]) -> None:
    rank = seed_report().unsourced_rank(tuple(item["at"]))
    assert rank is not None
    assert rank <= item.get("top", rank)


@pytest.mark.parametrize("quote", GOLD["sourced"], ids=lambda q: q[1][:30])
def test_attributed_claim_is_not_unsourced(quote: list[str]) -> None:
    assert seed_report().unsourced_rank(tuple(quote)) is None


@pytest.mark.parametrize("quote", GOLD["boilerplate"], ids=lambda q: q[1][:30])
def test_boilerplate_never_becomes_a_claim(quote: list[str]) -> None:
    assert not seed_report().in_any_claim(tuple(quote))
