"""data/claims.jsonl is the ledger the tool produces today for data/sources."""

from __future__ import annotations

from claimcheck.config import load_config
from claimcheck.formatters.ledger import render_claims
from claimcheck.pipeline import extract
from tests.paths import PROJECT, SOURCES

LEDGER = PROJECT / "data" / "claims.jsonl"


def test_ledger_is_current(update_golden: bool) -> None:
    ledger = extract([SOURCES], load_config([SOURCES]))
    produced = render_claims(ledger.claims)
    if update_golden:
        LEDGER.write_text(produced, encoding="utf-8")
    assert LEDGER.read_text(encoding="utf-8") == produced, (
        "data/claims.jsonl is stale: run `claimcheck extract data/sources -o data/claims.jsonl`"
    )


def test_ledger_is_deterministic() -> None:
    first = render_claims(extract([SOURCES]).claims)
    second = render_claims(extract([SOURCES]).claims)
    assert first == second
