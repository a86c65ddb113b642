"""The JSON report is the report model: sorted keys, stable bytes, parseable back."""

from __future__ import annotations

import json

from tests.factories import assert_golden

from claimcheck.formatters.json import render
from claimcheck.models import Report


def test_golden(seeds: Report, update_golden: bool) -> None:
    assert_golden("seeds.json", render(seeds), update_golden)


def test_round_trips_through_the_model(seeds: Report) -> None:
    assert Report.model_validate_json(render(seeds)) == seeds


def test_documented_top_level_shape(seeds: Report) -> None:
    report = json.loads(render(seeds))
    assert report["schema_version"] == 1
    assert {"id", "path"} <= set(report["sources"][0])
    assert {"id", "source", "text", "span"} <= set(report["claims"][0])
    assert {"id", "kind", "severity", "claims", "message"} <= set(report["findings"][0])
    assert list(report) == sorted(report)
