"""The formatters registry: format name -> pure ``render(report) -> str``.

Only the CLI writes; a formatter only turns a Report into text, so every
format is a view of the same model.
"""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.formatters import json, table
from claimcheck.models import Report

FORMATTERS: dict[str, Callable[[Report], str]] = {
    "table": table.render,
    "json": json.render,
}
