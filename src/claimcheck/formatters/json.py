"""The JSON report: the report model itself, keys sorted, no colour, no timestamps."""

from __future__ import annotations

import json

from claimcheck.models import Report


def render(report: Report) -> str:
    """The whole report as one JSON object, stable byte for byte."""
    return (
        json.dumps(report.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, indent=1)
        + "\n"
    )
