"""The SARIF 2.1.0 report: findings as static-analysis results.

SARIF is what code-scanning dashboards, editors and review bots already read,
so a newsroom that keeps its drafts in a repository can see claimcheck's
findings next to each sentence without a new viewer. Every claim of a
finding becomes a location (a conflict is only understood with all its
sides), the finding id, already a stable fingerprint, becomes the partial
fingerprint that lets a dashboard track a finding across runs, and the output
is byte-for-byte deterministic: sorted keys, no timestamps, no absolute paths
when a relative one will do. What the run did not use (files skipped or ignored,
text set aside) is told in the invocation's tool execution notifications.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path, PurePath
from types import ModuleType
from typing import Any
from urllib.parse import quote

from claimcheck import __version__
from claimcheck.checks import CHECKS, KINDS
from claimcheck.formatters.left_out import ignored_line, set_aside
from claimcheck.models import Evidence, Finding, Report, Source

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "claimcheck/v1"


def level(kind: str, severity: str) -> str:
    """The SARIF level of a finding: only a serious conflict is an error.

    A high-severity conflict means two articles cannot both be right, which is
    what a dashboard should stop on; medium findings deserve a look; the rest
    (notes, corroboration, changes over time) inform without alarming.
    """
    if severity == "high":
        return "error" if kind == "conflict" else "warning"
    if severity == "medium":
        return "warning"
    return "note"


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


def _rule(kind: str, check_id: str) -> dict[str, Any]:
    """One SARIF rule for a finding kind, documented by its check's docstring."""
    module = _check_module(check_id)
    doc = inspect.cleandoc(module.__doc__ or "") if module is not None else ""
    first = doc.splitlines()[0] if doc else f"{check_id} {kind}"
    severity = str(getattr(module, "DEFAULT_SEVERITY", "info"))
    return {
        "id": check_id,
        "name": kind,
        "shortDescription": {"text": first},
        "fullDescription": {"text": doc or first},
        "defaultConfiguration": {"level": level(kind, severity)},
        "properties": {"kind": kind, "defaultSeverity": severity},
    }


def rules() -> list[dict[str, Any]]:
    """The rules of the run, one per finding kind, in check id order."""
    return [_rule(kind, check_id) for kind, check_id in sorted(KINDS.items(), key=lambda i: i[1])]


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


def _location(item: Evidence, index: int, artifact: int | None, root: Path) -> dict[str, Any]:
    """Where one claim of a finding stands, with what it says there."""
    start, end = item.span
    where: dict[str, Any] = {"uri": artifact_uri(item.path, root)}
    if artifact is not None:
        where["index"] = artifact
    detail = item.value + (f" ({item.time})" if item.time else "")
    return {
        "id": index,
        "message": {"text": f"{item.source}: {detail}"},
        "physicalLocation": {
            "artifactLocation": where,
            "region": {
                "startLine": item.line,
                "startColumn": item.column,
                "endLine": item.end_line,
                "endColumn": item.end_column,
                "charOffset": start,
                "charLength": end - start,
                "snippet": {"text": item.quote},
            },
        },
        "properties": {"claim": item.claim, "value": item.value, "time": item.time},
    }


def _result(
    finding: Finding, rule_index: dict[str, int], artifacts: dict[str, int], root: Path
) -> dict[str, Any]:
    """One finding as a SARIF result, with a location for every claim it involves."""
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
    result: dict[str, Any] = {
        "ruleId": check_id,
        "level": level(finding.kind, finding.severity),
        "message": {"text": f"{finding.message}. Why: {finding.reason}."},
        "locations": [
            _location(item, index, artifacts.get(item.source), root)
            for index, item in enumerate(finding.evidence)
        ],
        "partialFingerprints": {FINGERPRINT_KEY: finding.id},
        "properties": properties,
    }
    if check_id in rule_index:
        result["ruleIndex"] = rule_index[check_id]
    return result


def _artifact(source: Source, root: Path) -> dict[str, Any]:
    """A scanned article, with its hash so a viewer can tell it is the same file."""
    return {
        "location": {"uri": artifact_uri(source.path, root)},
        "hashes": {"sha-256": source.sha256},
        "roles": ["analysisTarget"],
        "properties": {"id": source.id, "chars": source.chars},
    }


def _notification(level: str, text: str, uri: str | None, line: int = 0) -> dict[str, Any]:
    """A tool execution notification, at a file (and line) when given."""
    notification: dict[str, Any] = {"level": level, "message": {"text": text}}
    if uri is not None:
        location: dict[str, Any] = {"artifactLocation": {"uri": uri}}
        if line:
            location["region"] = {"startLine": line}
        notification["locations"] = [{"physicalLocation": location}]
    return notification


def _left_out(report: Report, root: Path) -> list[dict[str, Any]]:
    """What the run did not use, as notifications: a warning for each file skipped, a
    note for each stretch of text set aside, and a note counting files ignored."""
    notifications = [
        _notification("warning", f"skipped: {item.reason}", artifact_uri(item.path, root))
        for item in report.skipped
    ]
    ignored = ignored_line(report)
    if ignored:
        notifications.append(_notification("note", ignored, None))
    notifications += [
        _notification(
            "note",
            f"cleaning set aside text that is not article prose: {dropped.reason}",
            artifact_uri(source.path, root),
            dropped.line,
        )
        for source, dropped in set_aside(report)
    ]
    return notifications


def to_sarif(report: Report, root: Path | None = None) -> dict[str, Any]:
    """The report as a SARIF log object; paths are made relative to ``root`` (default cwd)."""
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
