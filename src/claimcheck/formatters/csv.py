"""Findings as CSV: one row per finding and claim, for spreadsheets and pandas.

A spreadsheet wants a flat table, so each finding is repeated once for every
claim it quotes (a conflict between four articles is four rows sharing a
``finding_id``); a finding that quotes no claim still gets one row. Text is
UTF-8 with a header row and ``\\n`` line ends.

Article text is untrusted: a cell that starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return would run as a formula when the file is opened in a
spreadsheet, so such text cells get a leading ``'`` (which spreadsheets hide).
Cells that already start with ``'`` get one too, so stripping exactly one
leading ``'`` always restores the original text.
"""

from __future__ import annotations

import csv
import io

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
    return buffer.getvalue()
