"""The formatters registry: format name -> pure ``render(report) -> str``.

Only the CLI writes; a formatter only turns a Report into text, so every
format is a view of the same model. Machine formats carry no colour codes and
no timestamps, so the same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from claimcheck.formatters import csv, github, html, json, jsonl, markdown, sarif, table
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


FORMATTERS: dict[OutputFormat, Callable[[Report], str]] = {
    OutputFormat.table: table.render,
    OutputFormat.json: json.render,
    OutputFormat.jsonl: jsonl.render,
    OutputFormat.csv: csv.render,
    OutputFormat.markdown: markdown.render,
    OutputFormat.html: html.render,
    OutputFormat.sarif: sarif.render,
    OutputFormat.github: github.render,
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
