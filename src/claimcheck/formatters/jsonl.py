"""Findings as JSON Lines: one finding per line, for ``jq``, ``grep`` and log pipelines.

The JSON report is one large object; a stream of findings is easier to filter,
count and diff line by line. Each line is exactly ``Finding.model_dump`` with
sorted keys, so the format is documented by the model and stable byte for byte.
"""

from __future__ import annotations

import json

from claimcheck.models import Report

# Characters that JSON allows raw inside strings but that str.splitlines() and
# some editors treat as line ends; escaping them keeps one finding per line.
_LINE_BREAKERS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _one_line(text: str) -> str:
    """Escape the non-ASCII line separators so a JSON value never spans lines."""
    for raw, escaped in _LINE_BREAKERS.items():
        text = text.replace(raw, escaped)
    return text


def render(report: Report) -> str:
    """Every finding, most important first, one JSON object per line."""
    return "".join(
        _one_line(json.dumps(finding.model_dump(mode="json"), sort_keys=True, ensure_ascii=False))
        + "\n"
        for finding in report.findings
    )
