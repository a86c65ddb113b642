"""The formatters registry: format name -> pure ``render(report) -> str``.

Only the CLI writes; a formatter only turns a Report into text, so every
format is a view of the same model.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from claimcheck.formatters import json, table
from claimcheck.models import Report


class OutputFormat(StrEnum):
    """The names ``--format`` accepts; ``--help`` lists them."""

    table = "table"
    json = "json"


FORMATTERS: dict[OutputFormat, Callable[[Report], str]] = {
    OutputFormat.table: table.render,
    OutputFormat.json: json.render,
}
