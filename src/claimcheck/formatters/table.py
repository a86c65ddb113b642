"""The terminal report: a summary line, conflicts with their evidence, the top unsourced
claims, then every other finding in a line each.

Built for a researcher reading in a terminal: each conflict says how many sources
take each side, then shows every source's whole sentence with the value marked
(between « and », so that the mark survives without colour),
its file:line, the value as written (the normalised one beside it), the time it
holds for, and the rule that makes them incompatible. On a wide terminal the
quotes of a conflict stand side by side; on a narrow one, one under the other.
"""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimcheck.formatters.quotes import marked_sentence
from claimcheck.load import ignored_summary
from claimcheck.models import Evidence, Finding, Report, Source

# How many unsourced findings the terminal shows; the JSON report has them all.
UNSOURCED_SHOWN = 10
# Narrowest column a quote gets before quotes are stacked instead.
MIN_QUOTE_WIDTH = 36
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """'1 conflict', '2 conflicts' ('1 stretch', '2 stretches' with nouns given)."""
    return f"{count} {noun}" if count == 1 else f"{count} {nouns or noun + 's'}"


def summary_line(report: Report) -> str:
    """One line of counts, the first thing a reader sees."""
    s = report.summary
    line = (
        f"{plural(s.sources, 'source')}, {plural(s.claims, 'claim')}, "
        f"{plural(s.groups, 'group')}: {plural(s.conflicts, 'conflict')}, "
        f"{s.unsourced} unsourced, {s.corroborated} corroborated"
    )
    if s.changed:
        line += f", {s.changed} changed"
    if s.same_figure:
        line += f", {s.same_figure} same-figure"
    if s.skipped:
        line += f" ({plural(s.skipped, 'file')} skipped)"
    if report.ignored:
        line += f"; {ignored_summary(report.ignored)}"
    if s.dropped:
        line += f"; cleaning set aside {plural(s.dropped, 'stretch', 'stretches')} of non-prose"
    if s.unsourced_unreported:
        line += (
            f"; {plural(s.unsourced_unreported, 'more unsourced claim')} past unsourced_limit "
            "not listed"
        )
    if report.families:
        families = plural(len(report.families), "family", "families")
        line += f"; {families} of copied or same-outlet articles, each counted as one source"
    return line


def _append_marked(text: Text, item: Evidence) -> None:
    """The claim's whole sentence, its value between « and » (and styled), so the mark
    survives without colour."""
    sentence, start, end = marked_sentence(item)
    text.append(sentence[:start])
    text.append(f"«{sentence[start:end]}»", style="bold underline")
    text.append(sentence[end:])


def _quote(item: Evidence) -> Text:
    """A quote with its location, the value as written (and normalised), time and source."""
    text = Text()
    text.append(f"{item.source}:{item.line}:{item.column}\n", style="bold")
    text.append("“")
    _append_marked(text, item)
    text.append("”\n")
    text.append(f"says {item.written or item.value}", style="green")
    if item.written and item.written != item.value:
        text.append(f" ({item.value})", style="dim")
    if item.time:
        text.append(f" · time {item.time}", style="magenta")
    text.append(f"\nsource: {item.attribution}" if item.attribution else "\nno source given")
    return text


def _conflict_panel(finding: Finding, width: int) -> Panel:
    """One conflict: headline, the quotes, and the rule as the reason."""
    style = SEVERITY_STYLE[finding.severity]
    side_by_side = len(finding.evidence) * MIN_QUOTE_WIDTH <= width
    quotes = Table(show_header=False, expand=True, box=None, padding=(0, 1))
    if side_by_side:
        for _ in finding.evidence:
            quotes.add_column(ratio=1)
        quotes.add_row(*(_quote(item) for item in finding.evidence))
    else:
        quotes.add_column(ratio=1)
        for item in finding.evidence:
            quotes.add_row(_quote(item))
            quotes.add_row("")
    what, _, sides = finding.message.partition(": ")
    headline = Text(what, style="bold")
    if sides:
        headline.append("\n" + sides, style="")
    reason = Text(f"why: {finding.reason}", style="italic")
    title = Text(f"{finding.severity} · {finding.rule} · confidence {finding.confidence:.2f}")
    title.stylize(style)
    return Panel(
        Group(headline, quotes, reason), title=title, title_align="left", border_style=style
    )


def _unsourced_table(findings: list[Finding]) -> Table:
    """The top unsourced claims, ranked, with what makes each matter."""
    table = Table(expand=True, show_lines=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("claim", ratio=1)
    for rank, finding in enumerate(findings[:UNSOURCED_SHOWN], start=1):
        item = finding.evidence[0]
        cell = Text()
        cell.append(f"{item.source}:{item.line}\n", style="bold")
        _append_marked(cell, item)
        cell.append(f"\n{finding.message}", style="dim")
        table.add_row(str(rank), cell)
    return table


# The findings that are neither conflicts nor unsourced, in the order they are shown.
OTHER_KINDS = {
    "changed": "Changed or differing figures, not conflicts",
    "same-figure": "Same figure, different things",
    "corroborated": "Corroborated",
}


def _source_line(source: Source) -> Text:
    """A source with what is known of it: title, outlet, author, date, URL."""
    meta = source.metadata
    known = [meta.title, meta.outlet, meta.author, meta.published, meta.url] if meta else []
    text = Text()
    text.append(source.id, style="bold")
    text.append(" — " + " · ".join(part for part in known if part))
    return text


def _other_lines(findings: list[Finding]) -> Text:
    """Each other finding: its kind and message, then each claim's place and quote."""
    text = Text()
    for finding in findings:
        text.append(f"{OTHER_KINDS[finding.kind]}: ", style="bold")
        text.append(f"{finding.message}\n")
        for item in finding.evidence:
            text.append(f"  {item.source}:{item.line}:{item.column} ", style="dim")
            text.append(f"“{item.quote}”\n")
    return text


def render(report: Report, width: int = 100, color: bool = False) -> str:
    """The terminal report as text (ANSI styled when color is true)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False
    )
    console.print(summary_line(report), style="bold")
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    unsourced = [f for f in report.findings if f.kind == "unsourced"]
    if conflicts:
        console.print()
        console.rule("Conflicts")
        for finding in conflicts:
            console.print(_conflict_panel(finding, width - 4))
    if unsourced:
        console.print()
        shown = min(len(unsourced), UNSOURCED_SHOWN)
        console.rule(
            f"Unsourced claims, most important first (showing {shown} of {len(unsourced)})"
        )
        console.print(_unsourced_table(unsourced))
        if len(unsourced) > UNSOURCED_SHOWN:
            more = len(unsourced) - UNSOURCED_SHOWN
            console.print(f"… and {more} more (see --format json)")
    others = [f for f in report.findings if f.kind in OTHER_KINDS]
    if others:
        console.print()
        console.rule(f"Other findings ({len(others)})")
        for kind in OTHER_KINDS:
            console.print(_other_lines([f for f in others if f.kind == kind]), end="")
    if report.stories:
        console.print()
        console.rule("Stories, each checked on its own")
        for story in report.stories:
            console.print(story.message, markup=False)
    if report.families:
        console.print()
        console.rule("Copies and one outlet's reports, each family counted as one source")
        for family in report.families:
            console.print(family.message)
    described = [source for source in report.sources if source.metadata is not None]
    if described:
        console.print()
        console.rule(
            f"Sources with a title or page data ({len(described)} of {len(report.sources)})"
        )
        for source in described:
            console.print(_source_line(source))
    if not report.findings:
        console.print("No findings.")
    return buffer.getvalue()
