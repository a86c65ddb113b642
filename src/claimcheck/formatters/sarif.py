"""The SARIF 2.1.0 report: findings as static-analysis results.

SARIF is what code-scanning dashboards, editors and review bots already read,
so a newsroom that keeps its drafts in a repository can see claimcheck's
findings next to each sentence without a new viewer. Each finding is one
result, shown at one claim (GitHub code scanning reads only the first
location): for a conflict the claim on the side fewest sources take, the odd
one out, else the finding's first claim. The finding's other claims are its
related locations, each naming its source and the value as the article writes
it, so a conflict is still read with all its sides. Levels are the ones
``--format github`` uses (see ``claimcheck.formatters.levels``), and an
agreement is a passing result, not an alert. The finding id, already a stable
fingerprint, becomes the partial fingerprint that lets a dashboard track a
finding across runs. Paths are relative to the ``SRCROOT`` base (the directory
the scan ran in, named in ``originalUriBaseIds``), and the output is otherwise
byte-for-byte deterministic: sorted keys, no timestamps. What the run did not
use (files skipped or ignored, text set aside) is told in the invocation's tool
execution notifications. Each rule carries its check's documentation as help text
and Markdown, and a ``helpUri`` only when the installed package names an absolute
documentation address to link to (see ``checks_help_uri``).
"""

from __future__ import annotations

import inspect
import json
import re
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path, PurePath
from types import ModuleType
from typing import Any
from urllib.parse import quote, urlsplit

from claimcheck import __version__
from claimcheck.checks import CHECKS, KINDS
from claimcheck.checks.base import group_sides
from claimcheck.formatters.left_out import ignored_line, set_aside, unreported_line
from claimcheck.formatters.levels import Level, level, level_for
from claimcheck.models import Evidence, Finding, Report, Source

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "claimcheck/v1"

# Each rule's helpUri: the section of the documentation that explains the checks.
# SARIF 2.1.0 requires an absolute URI there (code scanning rejects relative ones),
# and claimcheck knows its address only from the installed package's metadata: a
# Project-URL labelled Documentation (or Docs), else Homepage (labels compared as
# the core metadata spec normalises them). Without one, rules have no helpUri; their
# help text still explains them.
DISTRIBUTION = "claimcheck"
DOCUMENTATION_LABELS = ("documentation", "docs", "homepage")
# The README's "## Checks" heading.
CHECKS_ANCHOR = "checks"

# The base every relative artifact path is resolved against.
SRCROOT = "SRCROOT"

_LITERAL = re.compile(r"``([^`]+)``")
_ROLE = re.compile(r":[a-z]+:`([^`]+)`")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_$<>\[\]])")
_EXAMPLE_LINE = re.compile(r"(?<=[^\n])\n(?=[ \t]*(?:PASS|FAIL)\b)")


def _label(label: str) -> str:
    """A Project-URL label normalised: no punctuation or whitespace, lower case."""
    return "".join(char for char in label if char.isalnum()).lower()


def _absolute(url: str) -> bool:
    """Whether a URL is an absolute http(s) address, which a SARIF viewer can open."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def documentation_url() -> str | None:
    """The documentation address the installed package declares, or None.

    The first Project-URL whose label is one of ``DOCUMENTATION_LABELS`` (in that order)
    and whose address is absolute; a relative or malformed one is passed over.
    """
    try:
        entries = metadata(DISTRIBUTION).get_all("Project-URL") or []
    except PackageNotFoundError:  # run from a source tree that was never installed
        return None
    urls: dict[str, str] = {}
    for entry in entries:
        label, _, url = str(entry).partition(",")
        urls.setdefault(_label(label), url.strip())
    for label in DOCUMENTATION_LABELS:
        url = urls.get(label, "")
        if _absolute(url):
            return url
    return None


def checks_help_uri() -> str | None:
    """The absolute link to the checks' documentation (``<documentation>#checks``), or
    None when the package declares no documentation address."""
    url = documentation_url()
    return urlsplit(url)._replace(fragment=CHECKS_ANCHOR).geturl() if url else None


def _check_module(check_id: str) -> ModuleType | None:
    """The check module that reports a check id, including secondary ids.

    One module may report two kinds (corroborated and changed), with the
    second id under ``CHANGED_ID``; the rule still takes its text from there.
    """
    if check_id in CHECKS:
        return CHECKS[check_id]
    for module in CHECKS.values():
        if getattr(module, "CHANGED_ID", None) == check_id:
            return module
    return None


def _constant(module: ModuleType | None, name: str) -> str | None:
    """The value of a numeric module constant a docstring names (``MIN_NOTABLE``), since
    a reader of the rule's help cannot look it up."""
    if module is None or not name.isidentifier() or not name.isupper():
        return None
    value = getattr(module, name, None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return f"{value:,}"


def rule_help(doc: str, module: ModuleType | None = None) -> tuple[str, str]:
    """A check's docstring as plain text and as Markdown, without reStructuredText.

    Docstrings mark literals with double backticks, which SARIF viewers would
    show as they are: plain text drops the marks, Markdown makes them code, and
    a numeric constant of the check is replaced by its value. Markdown also
    escapes what it would read as markup, and keeps each PASS/FAIL example on a
    line of its own.
    """
    pieces = _LITERAL.split(_ROLE.sub(r"``\1``", doc))
    text: list[str] = []
    markdown: list[str] = []
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            text.append(piece)
            markdown.append(_MARKDOWN_SPECIAL.sub(r"\\\1", piece))
            continue
        value = _constant(module, piece)
        text.append(value or piece)
        markdown.append(value or f"`{piece}`")
    return "".join(text), _EXAMPLE_LINE.sub(lambda _: "\\\n", "".join(markdown))


def _rule(kind: str, check_id: str, help_uri: str | None) -> dict[str, Any]:
    """One SARIF rule for a finding kind, documented by its check's docstring, and linked
    to the documentation when there is an address for it."""
    module = _check_module(check_id)
    doc = inspect.cleandoc(module.__doc__ or "") if module is not None else ""
    text, markdown = rule_help(doc or f"{check_id} {kind}", module)
    severity = str(getattr(module, "DEFAULT_SEVERITY", "info"))
    rule: dict[str, Any] = {
        "id": check_id,
        "name": kind,
        "shortDescription": {"text": text.splitlines()[0]},
        "fullDescription": {"text": text},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": level_for(kind, severity)},
        "properties": {"kind": kind, "defaultSeverity": severity},
    }
    if help_uri is not None:
        rule["helpUri"] = help_uri
    return rule


def rules() -> list[dict[str, Any]]:
    """The rules of the run, one per finding kind, in check id order."""
    help_uri = checks_help_uri()
    ordered = sorted(KINDS.items(), key=lambda item: item[1])
    return [_rule(kind, check_id, help_uri) for kind, check_id in ordered]


def artifact_uri(path: str, root: Path) -> str:
    """A source path as a URI: relative POSIX under ``root``, else an absolute file URI.

    Relative URIs keep reports identical across checkouts and let a viewer
    resolve them against its own working copy.
    """
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(root.resolve())
        except ValueError:
            try:
                candidate = candidate.resolve().relative_to(root.resolve())
            except ValueError:
                return candidate.as_uri()
    return quote(PurePath(candidate).as_posix(), safe="/")


def artifact_location(path: str, root: Path, index: int | None = None) -> dict[str, Any]:
    """Where a file is: its URI, under the ``SRCROOT`` base when relative, and its index
    among the run's artifacts when it is one."""
    uri = artifact_uri(path, root)
    location: dict[str, Any] = {"uri": uri}
    if not uri.startswith("file:"):
        location["uriBaseId"] = SRCROOT
    if index is not None:
        location["index"] = index
    return location


def base_uri(root: Path) -> str:
    """The ``SRCROOT`` base as a directory URI (with its trailing slash, as SARIF needs)."""
    uri = root.resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"


def primary(finding: Finding) -> int:
    """The index of the claim a finding's result is shown at.

    A conflict is shown at the odd one out: the first claim of the side that the
    fewest sources take (sides are claims with one normalised value; ties go to
    the side met first). Any other finding is shown at its first claim.
    """
    if finding.kind != "conflict" or not finding.evidence:
        return 0
    # Sides come most sources first, ties in the order quoted: the first of the fewest.
    odd = min(group_sides(finding.evidence), key=lambda side: side.sources)
    return finding.evidence.index(odd.items[0])


def _says(item: Evidence) -> str:
    """'a.txt says more than 200 (in 2025)': a claim's source and its value as written."""
    said = f"{item.source} says {item.written or item.value}"
    return said + (f" ({item.time})" if item.time else "")


def _location(item: Evidence, index: int, artifact: int | None, root: Path) -> dict[str, Any]:
    """Where one claim of a finding stands, with what it says there.

    The location id is the claim's index in the finding's evidence (and claims),
    so it is unique within the result whether the location is primary or related.
    """
    start, end = item.span
    physical: dict[str, Any] = {
        "artifactLocation": artifact_location(item.path, root, artifact),
        "region": {
            "startLine": item.line,
            "startColumn": item.column,
            "endLine": item.end_line,
            "endColumn": item.end_column,
            "charOffset": start,
            "charLength": end - start,
            "snippet": {"text": item.quote},
        },
    }
    first, last = item.sentence_span
    if item.sentence and first <= start and end <= last and (first, last) != (start, end):
        physical["contextRegion"] = {
            "charOffset": first,
            "charLength": last - first,
            "snippet": {"text": item.sentence},
        }
    return {
        "id": index,
        "message": {"text": _says(item)},
        "physicalLocation": physical,
        "properties": {
            "claim": item.claim,
            "value": item.value,
            "written": item.written,
            "time": item.time,
        },
    }


def _result(
    finding: Finding, rule_index: dict[str, int], artifacts: dict[str, int], root: Path
) -> dict[str, Any]:
    """One finding as a SARIF result: shown at one claim, its other claims related."""
    check_id = KINDS.get(finding.kind, finding.check)
    properties: dict[str, Any] = {
        "kind": finding.kind,
        "rule": finding.rule,
        "confidence": finding.confidence,
        "severity": finding.severity,
        "score": finding.score,
        "reason": finding.reason,
        "claims": list(finding.claims),
    }
    if finding.group is not None:
        properties["group"] = finding.group
    if finding.story is not None:
        properties["story"] = finding.story
    finding_level: Level = level(finding)
    locations = [
        _location(item, index, artifacts.get(item.source), root)
        for index, item in enumerate(finding.evidence)
    ]
    shown = primary(finding)
    result: dict[str, Any] = {
        "ruleId": check_id,
        "kind": "pass" if finding_level == "none" else "fail",
        "level": finding_level,
        "message": {"text": f"{finding.message}. Why: {finding.reason}."},
        "partialFingerprints": {FINGERPRINT_KEY: finding.id},
        "properties": properties,
    }
    if locations:
        result["locations"] = [locations[shown]]
    related = [location for index, location in enumerate(locations) if index != shown]
    if related:
        result["relatedLocations"] = related
    if check_id in rule_index:
        result["ruleIndex"] = rule_index[check_id]
    return result


def _artifact(source: Source, root: Path) -> dict[str, Any]:
    """A scanned article, with its hash so a viewer can tell it is the same file."""
    return {
        "location": artifact_location(source.path, root),
        "hashes": {"sha-256": source.sha256},
        "roles": ["analysisTarget"],
        "properties": {"id": source.id, "chars": source.chars},
    }


def _notification(
    notice_level: str, text: str, where: dict[str, Any] | None, line: int = 0
) -> dict[str, Any]:
    """A tool execution notification, at a file (and line) when given."""
    notification: dict[str, Any] = {"level": notice_level, "message": {"text": text}}
    if where is not None:
        location: dict[str, Any] = {"artifactLocation": where}
        if line:
            location["region"] = {"startLine": line}
        notification["locations"] = [{"physicalLocation": location}]
    return notification


def _left_out(report: Report, root: Path) -> list[dict[str, Any]]:
    """What the run did not use, as notifications: a warning for each file skipped, a
    note for each stretch of text set aside, and a note counting files ignored."""
    notifications = [
        _notification("warning", f"skipped: {item.reason}", artifact_location(item.path, root))
        for item in report.skipped
    ]
    ignored = ignored_line(report)
    if ignored:
        notifications.append(_notification("note", ignored, None))
    unreported = unreported_line(report)
    if unreported:
        notifications.append(_notification("note", unreported, None))
    notifications += [
        _notification(
            "note",
            f"cleaning set aside text that is not article prose: {dropped.reason}",
            artifact_location(source.path, root),
            dropped.line,
        )
        for source, dropped in set_aside(report)
    ]
    return notifications


def to_sarif(report: Report, root: Path | None = None) -> dict[str, Any]:
    """The report as a SARIF log object.

    ``root`` is the directory the scan ran in (default: the working directory):
    the ``SRCROOT`` base, which relative paths in the report are relative to and
    absolute paths under it are made relative to.
    """
    base = root if root is not None else Path.cwd()
    driver_rules = rules()
    rule_index = {rule["id"]: index for index, rule in enumerate(driver_rules)}
    artifacts = {source.id: index for index, source in enumerate(report.sources)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "claimcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": driver_rules,
            }
        },
        "originalUriBaseIds": {
            SRCROOT: {
                "uri": base_uri(base),
                "description": {"text": "The directory claimcheck ran in."},
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": [_artifact(source, base) for source in report.sources],
        "results": [_result(f, rule_index, artifacts, base) for f in report.findings],
        "invocations": [
            {"executionSuccessful": True, "toolExecutionNotifications": _left_out(report, base)}
        ],
        "properties": {
            "schemaVersion": report.schema_version,
            "summary": report.summary.model_dump(mode="json"),
        },
    }
    return {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def render(report: Report, root: Path | None = None) -> str:
    """The SARIF log as JSON text, keys sorted, stable byte for byte."""
    return json.dumps(to_sarif(report, root), sort_keys=True, ensure_ascii=False, indent=2) + "\n"
