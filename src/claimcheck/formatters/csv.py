"""Findings as CSV: one row per finding and claim, for spreadsheets and pandas.

A spreadsheet wants a flat table, so each finding is repeated once for every
claim it quotes (a conflict between four articles is four rows sharing a
``finding_id``); a finding that quotes no claim still gets one row. Text is
UTF-8 with a header row and ``\\n`` line ends.

After the findings come rows for what the run did not use, so that nothing is
dropped without a word: ``kind`` "skipped" (a file, its ``path`` and ``reason``),
"ignored" (files of other types a folder walk left out, counted in ``message``)
and "set-aside" (a stretch cleaning kept out of the claims: its ``source``,
``path``, ``line``, ``column``, the text in ``quote`` and the ``reason``). Their
``finding_id`` is empty; filter on ``kind`` to keep findings only.

Article text is untrusted: a cell that starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return would run as a formula when the file is opened in a
spreadsheet, so such text cells get a leading ``'`` (which spreadsheets hide).
Cells that already start with ``'`` get one too, so stripping exactly one
leading ``'`` always restores the original text.
"""

from __future__ import annotations

import csv
import io

from claimcheck.formatters.left_out import ignored_line, set_aside
from claimcheck.models import Evidence, Finding, Report

FINDING_COLUMNS = (
    "finding_id",
    "kind",
    "check",
    "rule",
    "severity",
    "confidence",
    "score",
    "group",
    "message",
    "reason",
)
EVIDENCE_COLUMNS = (
    "claim_id",
    "source",
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "quote",
    "value",
    "time",
    "attribution",
)
COLUMNS = FINDING_COLUMNS + EVIDENCE_COLUMNS

# Leading characters that make a spreadsheet treat a cell as a formula, plus the
# apostrophe itself so that the escaping can always be undone.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def defuse(text: str) -> str:
    """Keep untrusted text from being evaluated as a spreadsheet formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _finding_cells(finding: Finding) -> list[str]:
    """The columns every row of one finding shares."""
    return [
        finding.id,
        finding.kind,
        finding.check,
        finding.rule,
        finding.severity,
        str(finding.confidence),
        str(finding.score),
        finding.group or "",
        defuse(finding.message),
        defuse(finding.reason),
    ]


def _evidence_cells(item: Evidence) -> list[str]:
    """The columns that locate and quote one claim."""
    return [
        item.claim,
        defuse(item.source),
        defuse(item.path),
        str(item.line),
        str(item.column),
        str(item.end_line),
        str(item.end_column),
        defuse(item.quote),
        defuse(item.value),
        defuse(item.time),
        defuse(item.attribution),
    ]


def render(report: Report) -> str:
    """The header and one row per (finding, claim), findings most important first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for finding in report.findings:
        shared = _finding_cells(finding)
        if not finding.evidence:
            writer.writerow(shared + [""] * len(EVIDENCE_COLUMNS))
        for item in finding.evidence:
            writer.writerow(shared + _evidence_cells(item))
    for row in _left_out_rows(report):
        writer.writerow([row.get(column, "") for column in COLUMNS])
    return buffer.getvalue()


def _left_out_rows(report: Report) -> list[dict[str, str]]:
    """Rows for the files skipped, the files of other types ignored and the text set aside."""
    rows = [
        {
            "kind": "skipped",
            "path": defuse(item.path),
            "message": "file not read",
            "reason": defuse(item.reason),
        }
        for item in report.skipped
    ]
    ignored = ignored_line(report)
    if ignored:
        rows.append({"kind": "ignored", "message": ignored})
    rows += [
        {
            "kind": "set-aside",
            "source": defuse(source.id),
            "path": defuse(source.path),
            "line": str(dropped.line),
            "column": str(dropped.column),
            "message": "cleaning set aside text that is not article prose",
            "reason": defuse(dropped.reason),
            "quote": defuse(dropped.text),
        }
        for source, dropped in set_aside(report)
    ]
    return rows
