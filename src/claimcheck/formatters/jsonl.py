"""Findings as JSON Lines: one finding per line, for ``jq``, ``grep`` and log pipelines.

The JSON report is one large object; a stream of findings is easier to filter,
count and diff line by line. Each finding line is exactly ``Finding.model_dump``
with sorted keys, so the format is documented by the model and stable byte for byte.
Findings come story by story (in story order), each story's most important first, so
``claimcheck scan --format jsonl`` can write each story's lines as soon as the story is
checked and let its claims go (``JsonLinesStream``): memory does not grow with the
corpus. A run of one story is simply most important first.

In a run of several stories, each story's findings follow a line of kind "story" that
says which articles form it (``story``, ``sources``, ``terms``, ``message``), so
``jq 'select(.story == "story-2")'`` gives a story and its findings.

After the findings come lines for what the run did not use, told apart by ``kind``:
"skipped" (``path``, ``reason``), "ignored" (files of other types a folder walk left
out: ``count``, ``extensions`` by extension, ``message``) and "set-aside" (a stretch
cleaning kept out of the claims: ``source``, ``path``, ``span``, ``line``,
``column``, ``reason``, ``text``). ``jq 'select(.id)'`` keeps the findings only.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from claimcheck.formatters.left_out import ignored_line, set_aside, unreported_line
from claimcheck.models import Finding, Report, Story, StoryResult

if TYPE_CHECKING:
    from claimcheck.pipeline import ScanRun

# Characters that JSON allows raw inside strings but that str.splitlines() and
# some editors treat as line ends; escaping them keeps one finding per line.
_LINE_BREAKERS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _one_line(text: str) -> str:
    """Escape the non-ASCII line separators so a JSON value never spans lines."""
    for raw, escaped in _LINE_BREAKERS.items():
        text = text.replace(raw, escaped)
    return text


def render(report: Report) -> str:
    """Every finding, story by story (each after its story's line), then what was left
    out; one JSON object per line."""
    if not report.stories:
        return "".join(finding_lines(report.findings)) + "".join(left_out_lines(report))
    by_story: dict[str, list[Finding]] = {story.id: [] for story in report.stories}
    for finding in report.findings:
        # A finding of no listed story (a hand-made report) goes with the first story.
        by_story.get(finding.story or "", by_story[report.stories[0].id]).append(finding)
    lines = [
        line
        for story in report.stories
        for line in (story_line(story), *finding_lines(by_story[story.id]))
    ]
    return "".join(lines) + "".join(left_out_lines(report))


def story_line(story: Story) -> str:
    """The line that names a story's articles, before its findings."""
    return _line(
        {
            "kind": "story",
            "story": story.id,
            "sources": story.sources,
            "terms": story.terms,
            "message": story.message,
        }
    )


def _line(record: dict[str, Any]) -> str:
    """One record as one line of JSON, keys sorted."""
    return _one_line(json.dumps(record, sort_keys=True, ensure_ascii=False)) + "\n"


def finding_lines(findings: Iterable[Finding]) -> Iterator[str]:
    """One line per finding, in the order given."""
    for finding in findings:
        yield _line(finding.model_dump(mode="json"))


def left_out_lines(report: Report) -> Iterator[str]:
    """The lines of what the run did not use: skipped files, ignored files, set-aside text."""
    records: list[dict[str, Any]] = [
        {"kind": "skipped", **item.model_dump(mode="json")} for item in report.skipped
    ]
    ignored = ignored_line(report)
    if ignored:
        records.append(
            {
                "kind": "ignored",
                "count": sum(report.ignored.values()),
                "extensions": report.ignored,
                "message": ignored,
            }
        )
    unreported = unreported_line(report)
    if unreported:
        records.append(
            {"kind": "unreported", "count": report.unsourced_unreported, "message": unreported}
        )
    records += [
        {
            "kind": "set-aside",
            "source": source.id,
            "path": source.path,
            **dropped.model_dump(mode="json"),
        }
        for source, dropped in set_aside(report)
    ]
    return map(_line, records)


class JsonLinesStream:
    """A run's JSON Lines, written story by story as the run checks each story.

    Each story's findings that ``keep`` accepts are written, counted by (check, kind)
    and let go with the story's claims; at the end come the lines of what was left
    out. The text is the same as ``render`` of the run's whole report with the same
    findings kept.
    """

    def __init__(self, run: ScanRun, keep: Callable[[Finding], bool]) -> None:
        self.run = run
        self.keep = keep
        # Findings written, by (check id, kind).
        self.counts: Counter[tuple[str, str]] = Counter()
        # The run's report without claims, groups or findings, once every line is out.
        self.report: Report | None = None

    def lines(self) -> Iterator[str]:
        """The lines, each story's as soon as it is checked."""
        kept: list[StoryResult] = []
        several = len(self.run.stories) > 1
        for result in self.run.results:
            findings = [finding for finding in result.findings if self.keep(finding)]
            self.counts.update((finding.check, finding.kind) for finding in findings)
            if several and result.story.sources:
                yield story_line(result.story)
            yield from finding_lines(findings)
            kept.append(result.model_copy(update={"claims": [], "groups": [], "findings": []}))
        self.report = self.run.report(kept)
        yield from left_out_lines(self.report)
