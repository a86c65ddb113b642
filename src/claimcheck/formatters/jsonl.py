"""Findings as JSON Lines: one finding per line, for ``jq``, ``grep`` and log pipelines.

The JSON report is one large object; a stream of findings is easier to filter,
count and diff line by line. Each finding line is exactly ``Finding.model_dump``
with sorted keys, so the format is documented by the model and stable byte for byte.

After the findings come lines for what the run did not use, told apart by ``kind``:
"skipped" (``path``, ``reason``), "ignored" (files of other types a folder walk left
out: ``count``, ``extensions`` by extension, ``message``) and "set-aside" (a stretch
cleaning kept out of the claims: ``source``, ``path``, ``span``, ``line``,
``column``, ``reason``, ``text``). ``jq 'select(.id)'`` keeps the findings only.
"""

from __future__ import annotations

import json
from typing import Any

from claimcheck.formatters.left_out import ignored_line, set_aside
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
    """Every finding, most important first, then what was left out; one JSON object per line."""
    records: list[dict[str, Any]] = [finding.model_dump(mode="json") for finding in report.findings]
    records += [{"kind": "skipped", **item.model_dump(mode="json")} for item in report.skipped]
    ignored = ignored_line(report)
    if ignored:
        records.append(
            {
                "kind": "ignored",
                "count": sum(report.ignored.values()),
                "extensions": report.ignored,
                "message": ignored,
            }
        )
    records += [
        {
            "kind": "set-aside",
            "source": source.id,
            "path": source.path,
            **dropped.model_dump(mode="json"),
        }
        for source, dropped in set_aside(report)
    ]
    return "".join(
        _one_line(json.dumps(record, sort_keys=True, ensure_ascii=False)) + "\n"
        for record in records
    )
