"""Findings as CSV: one row per finding and claim, for spreadsheets and pandas.

A spreadsheet wants a flat table, so each finding is repeated once for every
claim it quotes (a conflict between four articles is four rows sharing a
``finding_id``); a finding that quotes no claim still gets one row. Text is
UTF-8, with a byte order mark, a header row and ``\\n`` line ends.

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

The last columns are for analysis. ``low`` and ``high`` bound the normalised
value as plain numbers in the base unit, ready to sort and sum: ``value`` "(100, ∞)
count" is ``low`` 100 and an empty ``high``, an exact "7 count" is 7 and 7, a fact
has neither. ``unit`` is the base unit ("USD", "m", "%", "s"), or the kind of quantity
("count") when it has none; a span of time that ``value`` shows in years or days
("8 years") has its bounds in seconds. The bounds come from the claim itself when the report
holds it (at full precision), else they are read back from ``value``; whether a
bound is included is only in ``value``'s brackets. They are numbers the tool
wrote, so a negative one keeps its "-". ``written`` is the value as the article
writes it ("more than 200 companies") and ``sentence`` the whole sentence the
claim is in.

The text starts with a UTF-8 byte order mark (U+FEFF): Excel reads a CSV file
without one in the computer's legacy code page, so "∞" shows as "âˆž" and quotes
in other scripts as noise; with it, Excel and the other spreadsheets read UTF-8.
Python readers should open the file with ``encoding="utf-8-sig"``, which drops
the mark (with plain "utf-8" the first column is named ``"\\ufefffinding_id"``),
or strip a leading ``"\\ufeff"`` from the text before parsing it.
"""

from __future__ import annotations

import csv
import io
import re

from claimcheck.claims import primary_quantity
from claimcheck.formatters.left_out import ignored_line, set_aside, unreported_line
from claimcheck.intervals import TIME_DISPLAY_UNITS, describe_quantity, strict_interval
from claimcheck.models import Claim, Evidence, Finding, Report

# Makes Excel read the file as UTF-8 (see the module docstring).
BOM = "\ufeff"

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
    "low",
    "high",
    "unit",
    "written",
    "sentence",
)
# Added after the first release: last, so that spreadsheets reading columns by position
# keep working.
LATER_COLUMNS = ("story", "side")
COLUMNS = FINDING_COLUMNS + EVIDENCE_COLUMNS + LATER_COLUMNS

# Leading characters that make a spreadsheet treat a cell as a formula, plus the
# apostrophe itself so that the escaping can always be undone.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")

# A figure as ``intervals.format_number`` writes it: "1,200", "-0.25", "4.2 billion", "1e-07".
_NUMBER = r"-?\d[\d,]*(?:\.\d+)?(?:e[+-]\d+)?(?: (?:million|billion|trillion))?"
_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
_EXACT = re.compile(rf"({_NUMBER}) (\S+)")
_BOUND = rf"-?∞|{_NUMBER}"
_INTERVAL = re.compile(rf"[\[(]({_BOUND}), ({_BOUND})[\])] (\S+)")

# Plain numbers: no thousands separators, no exponent below this, no float noise.
_DIGITS = 15


def defuse(text: str) -> str:
    """Keep untrusted text from being evaluated as a spreadsheet formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def plain_number(value: float | None) -> str:
    """A bound as a spreadsheet reads it: "1200", "2.85", "4200000000"; '' for none."""
    if value is None:
        return ""
    if value == int(value) and abs(value) < 10**_DIGITS:
        return str(int(value))
    return f"{value:.{_DIGITS}g}"


def _parse_number(text: str) -> float | None:
    """A bound written by ``intervals.describe_quantity``; None for an open one."""
    if text.endswith("∞"):
        return None
    number, _, word = text.partition(" ")
    return float(number.replace(",", "")) * _SCALES.get(word, 1.0)


def bounds(item: Evidence, claim: Claim | None) -> tuple[str, str, str]:
    """(low, high, unit) of a claim's normalised value; empty cells for a fact.

    The claim's primary quantity gives exact bounds when it is the one the
    ``value`` column describes; otherwise ``value`` itself is read back.
    """
    quantity = primary_quantity(claim) if claim is not None and claim.fact is None else None
    if quantity is not None and describe_quantity(quantity) == item.value:
        unit = quantity.unit or quantity.kind
        if quantity.qualifier == "exact" and quantity.value is not None:
            return plain_number(quantity.value), plain_number(quantity.value), unit
        interval = strict_interval(quantity)
        return plain_number(interval.low), plain_number(interval.high), unit
    exact = _EXACT.fullmatch(item.value)
    if exact is not None:
        factor, unit = _base_unit(exact.group(2))
        value = _bound(exact.group(1), factor)
        return value, value, unit
    interval_match = _INTERVAL.fullmatch(item.value)
    if interval_match is not None:
        low, high, written_unit = interval_match.groups()
        factor, unit = _base_unit(written_unit)
        return _bound(low, factor), _bound(high, factor), unit
    return "", "", ""


# A span of time is shown in years, months, days, hours or minutes; its bounds are seconds.
_TIME_FACTORS = {name: factor for factor, name in TIME_DISPLAY_UNITS}


def _bound(text: str, factor: float) -> str:
    """A bound read back from ``value``, in the base unit; '' for an open one."""
    number = _parse_number(text)
    return plain_number(None if number is None else number * factor)


def _base_unit(unit: str) -> tuple[float, str]:
    """The factor from a shown unit to its base unit, and the base unit."""
    if unit in _TIME_FACTORS:
        return _TIME_FACTORS[unit], "s"
    return 1.0, unit


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


def _evidence_cells(item: Evidence, claim: Claim | None) -> list[str]:
    """The columns that locate, quote and measure one claim."""
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
        *bounds(item, claim),
        defuse(item.written),
        defuse(item.sentence),
    ]


def render(report: Report) -> str:
    """A byte order mark, the header and one row per (finding, claim), findings most
    important first, then what the run left out."""
    claims = {claim.id: claim for claim in report.claims}
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for finding in report.findings:
        shared = _finding_cells(finding)
        story = finding.story or ""
        if not finding.evidence:
            writer.writerow(shared + [""] * len(EVIDENCE_COLUMNS) + [story, ""])
        for item in finding.evidence:
            side = "" if item.side is None else str(item.side)
            writer.writerow(shared + _evidence_cells(item, claims.get(item.claim)) + [story, side])
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
    unreported = unreported_line(report)
    if unreported:
        rows.append({"kind": "unreported", "message": unreported})
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
