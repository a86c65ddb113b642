"""Findings as GitHub Actions annotations, so a CI run marks the article lines.

Printed to a step's log, each ``::error``/``::warning``/``::notice`` line becomes
an annotation on the quoted line of the article. GitHub shows at most ten
annotations of each level per step, so by default only conflicts are annotated
(a real cluster has dozens of unsourced claims, which would crowd them out), and
one closing notice counts the findings left unannotated. Checks chosen on purpose
(``scan --select``) have their findings annotated instead: see
``annotated_kinds``. One finding yields one
annotation per claim it quotes: a conflict between four articles marks all four.
The level is the finding's, as SARIF gives it (``claimcheck.formatters.levels``):
high severity an error, medium a warning, the rest notices; an agreement is
never annotated.

Paths are written as the report holds them; GitHub only attaches an annotation
to a file when the path is relative to the repository root, so scan with a
relative path in CI.

What the run did not use follows the findings: a warning on each file skipped
(with its reason), one notice per article that cleaning set aside text in (on the
line of the first stretch, listing each), and a notice counting the files of other
types a folder walk left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from typing import get_args

from claimcheck.checks import KINDS
from claimcheck.formatters.left_out import ignored_line, unreported_line
from claimcheck.formatters.levels import github_command
from claimcheck.models import Evidence, Finding, FindingKind, Report

# The finding kinds annotated when no check was chosen.
ANNOTATED: tuple[str, ...] = ("conflict",)
# GitHub shows at most this many annotations of one level per step; the rest only
# stay in the log, so claimcheck writes no more than that many of each.
PER_LEVEL_LIMIT = 10


def annotated_kinds(checks: Collection[str]) -> tuple[str, ...]:
    """The finding kinds to annotate when these checks were selected (``--select CC2``):
    the kinds they report, in ``FindingKind`` order; ``ANNOTATED`` when none was.

    A user who names checks asks to see their findings, so they are annotated even past
    the conflicts-only default; agreements still are not (see ``render``).
    """
    if not checks:
        return ANNOTATED
    return tuple(kind for kind in get_args(FindingKind) if KINDS.get(kind) in checks)


def escape_data(text: str) -> str:
    """Escape a command's message so it stays on one line and decodes exactly."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value, which also must not hold the ``,`` and ``:`` separators."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def title(finding: Finding) -> str:
    """A short title naming the tool, the check, the rule that fired and, in a run of
    several stories, the finding's story."""
    base = f"claimcheck {finding.check} {finding.kind}"
    base = base if finding.rule == finding.kind else f"{base} ({finding.rule})"
    return f"{base} in {finding.story}" if finding.story else base


def _location(item: Evidence) -> list[tuple[str, str]]:
    """The file and position properties for one quoted claim.

    The report's ``end_column`` is just past the claim; GitHub's ``endColumn``
    is the last column marked. GitHub ignores columns on a multi-line range, so
    they are only given when the claim starts and ends on one line.
    """
    props = [("file", item.path), ("line", str(item.line))]
    if item.end_line == item.line:
        last = max(item.column, item.end_column - 1)
        props += [("col", str(item.column)), ("endLine", str(item.end_line))]
        props += [("endColumn", str(last))]
    else:
        props += [("endLine", str(item.end_line))]
    return props


def _message(finding: Finding, item: Evidence | None) -> str:
    """What the annotation says: the finding, why, and what this claim asserts, in the
    article's words: its whole sentence and the value as written."""
    lines = [finding.message, finding.reason]
    if item is not None:
        detail = f"“{item.sentence or item.quote}” → {item.written or item.value}"
        if item.time:
            detail += f" ({item.time})"
        if item.attribution:
            detail += f", credited to {item.attribution}"
        lines.append(detail)
    return "\n".join(lines)


def _command(
    command: str, finding: Finding, props: list[tuple[str, str]], item: Evidence | None
) -> str:
    """One workflow command line for a finding, every value escaped."""
    return _annotation(command, props, title(finding), _message(finding, item))


def _annotation(kind: str, props: list[tuple[str, str]], heading: str, message: str) -> str:
    """One workflow command line, every value escaped (a finding's, a skipped file's...)."""
    properties = ",".join(
        f"{name}={escape_property(value)}" for name, value in [*props, ("title", heading)]
    )
    return f"::{kind} {properties}::{escape_data(message)}"


def _left_out(report: Report) -> list[str]:
    """Annotations for the files skipped, the text set aside and the files ignored."""
    lines = [
        _annotation("warning", [("file", item.path)], "claimcheck skipped file", item.reason)
        for item in report.skipped
    ]
    for source in report.sources:
        if not source.dropped:
            continue
        stretches = "\n".join(f"line {d.line}: {d.reason}" for d in source.dropped)
        count = len(source.dropped)
        lines.append(
            _annotation(
                "notice",
                [("file", source.path), ("line", str(source.dropped[0].line))],
                "claimcheck set aside text",
                f"cleaning set aside {count} stretch{'es' if count != 1 else ''} "
                f"that {'are' if count != 1 else 'is'} not article prose:\n{stretches}",
            )
        )
    ignored = ignored_line(report)
    if ignored:
        lines.append(_annotation("notice", [], "claimcheck ignored files", ignored))
    unreported = unreported_line(report)
    if unreported:
        lines.append(
            _annotation("notice", [], "claimcheck unsourced claims not listed", unreported)
        )
    return lines


def _not_annotated(findings: list[Finding], over_limit: int) -> str | None:
    """The closing notice counting findings not annotated, by kind, or None when none."""
    if not findings and not over_limit:
        return None
    counts = Counter(finding.kind for finding in findings)
    listed = [f"{counts[kind]} {kind}" for kind in get_args(FindingKind) if kind in counts]
    if over_limit:
        listed.insert(0, f"{over_limit} beyond GitHub's {PER_LEVEL_LIMIT} annotations per level")
    return _annotation(
        "notice",
        [],
        "claimcheck findings not annotated",
        f"claimcheck: {', '.join(listed)} not annotated; run with --format json for all",
    )


def render(report: Report, kinds: Collection[str] = ANNOTATED) -> str:
    """One annotation line per claim of each finding of the given kinds (most important
    first; only its first claim once the rest would pass GitHub's limit of
    ``PER_LEVEL_LIMIT`` per level, and none past it), then one for each thing left out,
    then a notice counting the findings not annotated: those of other kinds, those past
    the limit, and agreements, which are never alerts."""
    lines: list[str] = []
    skipped: list[Finding] = []
    left = Counter({command: PER_LEVEL_LIMIT for command in ("error", "warning", "notice")})
    over_limit = 0
    for finding in report.findings:
        command = github_command(finding)
        if command is None or finding.kind not in kinds:
            skipped.append(finding)
            continue
        # Every claim of a finding while they fit under GitHub's limit, else its first.
        items: list[Evidence | None] = list(finding.evidence) or [None]
        if len(items) > left[command]:
            items = items[:1]
        if left[command] < 1:
            over_limit += 1
            continue
        left[command] -= len(items)
        for item in items:
            lines.append(_command(command, finding, _location(item) if item else [], item))
    lines += _left_out(report)
    summary = _not_annotated(skipped, over_limit)
    if summary is not None:
        lines.append(summary)
    return "".join(line + "\n" for line in lines)
