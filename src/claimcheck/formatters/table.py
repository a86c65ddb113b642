"""The terminal report: a summary line, conflicts side by side, top unsourced claims.

Built for a researcher reading in a terminal: each conflict shows every
source's quote next to the others, with file:line, the normalised value and
the time it holds for, and the rule that makes them incompatible.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimcheck.models import Evidence, Finding, Report

# How many unsourced findings the terminal shows; the JSON report has them all.
UNSOURCED_SHOWN = 10
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}


def summary_line(report: Report) -> str:
    """One line of counts, the first thing a reader sees."""
    s = report.summary
    return (
        f"{s.sources} sources, {s.claims} claims, {s.groups} groups: "
        f"{s.conflicts} conflicts, {s.unsourced} unsourced, {s.corroborated} corroborated"
        + (f" ({s.skipped} files skipped)" if s.skipped else "")
        + (f"; cleaning set aside {s.dropped} stretches of non-prose" if s.dropped else "")
    )


def _quote_cell(item: Evidence) -> Text:
    """A quote with its location, value and time underneath."""
    text = Text()
    text.append(f"{item.source}:{item.line}:{item.column}\n", style="bold")
    text.append(f"“{item.quote}”\n")
    text.append(f"value: {item.value}", style="green")
    if item.time:
        text.append(f"  time: {item.time}", style="magenta")
    if item.attribution:
        text.append(f"\nsource: {item.attribution}", style="dim")
    return text


def _conflict_panel(finding: Finding) -> Panel:
    """Quotes of one conflict side by side, with the rule as the caption."""
    table = Table(show_header=False, expand=True, box=None, padding=(0, 1))
    for _ in finding.evidence:
        table.add_column(ratio=1)
    table.add_row(*(_quote_cell(item) for item in finding.evidence))
    style = SEVERITY_STYLE[finding.severity]
    title = Text(f"{finding.severity} · {finding.rule} · confidence {finding.confidence:.2f}")
    title.stylize(style)
    body = Table.grid(expand=True)
    body.add_row(Text(finding.message))
    body.add_row(table)
    body.add_row(Text(f"why: {finding.reason}", style="italic"))
    return Panel(body, title=title, title_align="left", border_style=style)


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
            console.print(_conflict_panel(finding))
    if unsourced:
        console.print()
        console.rule("Unsourced claims, most important first")
        table = Table(expand=True, show_lines=False)
        table.add_column("#", justify="right", width=3)
        table.add_column("where", no_wrap=True)
        table.add_column("claim", ratio=3)
        table.add_column("why it matters", ratio=1)
        for rank, finding in enumerate(unsourced[:UNSOURCED_SHOWN], start=1):
            item = finding.evidence[0]
            table.add_row(
                str(rank),
                f"{item.source}:{item.line}",
                item.quote,
                finding.message.split("(")[-1].rstrip(")"),
            )
        console.print(table)
        if len(unsourced) > UNSOURCED_SHOWN:
            console.print(f"… and {len(unsourced) - UNSOURCED_SHOWN} more (see --format json)")
    return buffer.getvalue()
