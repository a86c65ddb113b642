"""The formatters registry: format name -> pure ``render(report) -> str``.

Only the CLI writes; a formatter only turns a Report into text, so every
format is a view of the same model. Machine formats carry no colour codes and
no timestamps, so the same input gives the same bytes.

Each format lives in the module of its name and is imported when a report is
first rendered in it: the command line reads ``OutputFormat`` to parse
``--format`` in every command, and must not import every formatter (the SARIF
one pulls in the checks) to print ``--version``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.models import Report


class OutputFormat(StrEnum):
    """The names ``--format`` accepts; ``--help`` lists them."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    sarif = "sarif"
    github = "github"
    concise = "concise"


def _renderer(name: str) -> Callable[[Report], str]:
    """The ``render`` of module ``claimcheck.formatters.<name>``, imported on first call."""

    def render(report: Report) -> str:
        module = import_module(f"{__name__}.{name}")
        result: str = module.render(report)
        return result

    render.__name__ = render.__qualname__ = f"render_{name}"
    return render


FORMATTERS: dict[OutputFormat, Callable[[Report], str]] = {
    output_format: _renderer(output_format.value) for output_format in OutputFormat
}


# The format a report file's name implies (``-o report.html``).
EXTENSION_FORMATS: dict[str, OutputFormat] = {
    ".json": OutputFormat.json,
    ".jsonl": OutputFormat.jsonl,
    ".ndjson": OutputFormat.jsonl,
    ".csv": OutputFormat.csv,
    ".md": OutputFormat.markdown,
    ".markdown": OutputFormat.markdown,
    ".html": OutputFormat.html,
    ".htm": OutputFormat.html,
    ".sarif": OutputFormat.sarif,
}
