"""The HTML report: one self-contained page an editor can open, share or print.

A fact-checker reviewing a story wants to see, at a glance, which articles
disagree and on what; the terminal table cannot show that for many sources at
once. This page puts the quotes of each conflict side by side with the
disputed figures highlighted, draws a sources-by-claims matrix of who agrees,
who disagrees and who is silent, ranks the unsourced claims, and lists the
remaining notes. It is a single file with inline CSS and no scripts, fonts or
images, so it opens offline, leaks nothing about the reader to any server and
prints cleanly. All text is escaped; the output is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from claimcheck.claims import primary_quantity
from claimcheck.formatters.left_out import ignored_line, set_aside_reasons
from claimcheck.formatters.table import summary_line
from claimcheck.models import Claim, ClaimGroup, Evidence, Finding, Report

TITLE = "claimcheck report"

# Matrix cell states, strongest first: a cell shows the strongest of its claims.
STATES = ("disagree", "agree", "changed", "alone", "silent")
STATE_LABEL = {
    "disagree": "disagrees",
    "agree": "agrees",
    "changed": "changed over time",
    "alone": "not compared",
    "silent": "silent",
}

KIND_TITLE = {
    "corroborated": "Corroborated",
    "changed": "Changed over time",
    "same-figure": "Same figure, different things",
}

CSS = """
:root {
  --ink: #1d2329; --muted: #5b6670; --rule: #d5dbe0; --paper: #ffffff; --panel: #f6f8fa;
  --red: #b42318; --red-bg: #fde8e6; --green: #1f7a3a; --green-bg: #e3f4e8;
  --blue: #1d5fa8; --blue-bg: #e5effa; --amber: #8a5a00; --amber-bg: #fff1cc;
  --mark: #ffe066;
}
* { box-sizing: border-box; }
html { font-size: 15px; }
body {
  margin: 0; color: var(--ink); background: var(--paper);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.45;
}
header, main, footer { max-width: 78rem; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 1.25rem; padding-bottom: .5rem; border-bottom: 2px solid var(--ink); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 {
  font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem;
  border-bottom: 1px solid var(--rule);
}
h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
.summary-line { margin: 0 0 .75rem; color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 .75rem; padding: 0; }
.counts div {
  border: 1px solid var(--rule); border-radius: 6px; padding: .3rem .7rem; background: var(--panel);
  min-width: 6.5rem;
}
.counts dt { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.counts dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
.counts .bad dd { color: var(--red); }
.counts .good dd { color: var(--green); }
nav ul { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; margin: 0; padding: 0; }
nav a { color: var(--blue); }
.empty { color: var(--muted); font-style: italic; }
.finding {
  border: 1px solid var(--rule); border-left: 5px solid var(--muted); border-radius: 6px;
  padding: .8rem 1rem; margin: 0 0 1rem; background: var(--paper); break-inside: avoid;
}
.finding.sev-high { border-left-color: var(--red); }
.finding.sev-medium { border-left-color: var(--amber); }
.finding.sev-low { border-left-color: var(--blue); }
.badges { margin: 0 0 .6rem; font-size: .85rem; color: var(--muted); }
.badge {
  display: inline-block; padding: 0 .45rem; border-radius: 999px; font-weight: 600;
  background: var(--panel); border: 1px solid var(--rule); color: var(--ink);
}
.badge.sev-high { background: var(--red-bg); color: var(--red); border-color: var(--red); }
.badge.sev-medium { background: var(--amber-bg); color: var(--amber); border-color: var(--amber); }
.quotes {
  display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
}
.quote {
  margin: 0; padding: .6rem .75rem; background: var(--panel); border: 1px solid var(--rule);
  border-radius: 6px; display: flex; flex-direction: column; break-inside: avoid;
}
.quote.odd-one { border-color: var(--red); background: var(--red-bg); }
.quote figcaption { font-size: .8rem; color: var(--muted); margin-bottom: .3rem; }
.quote figcaption strong { color: var(--ink); overflow-wrap: anywhere; }
.quote blockquote { margin: 0 0 .5rem; font-family: Georgia, "Times New Roman", serif; flex: 1; }
.quote dl { margin: 0; font-size: .82rem; display: grid; grid-template-columns: auto 1fr; gap: 0 .5rem; }
.quote dt { color: var(--muted); }
.quote dd { margin: 0; font-variant-numeric: tabular-nums; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
mark.minor { background: transparent; border-bottom: 2px dotted var(--amber); }
.why { margin: .6rem 0 0; font-size: .9rem; color: var(--muted); font-style: italic; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .55rem; border: 1px solid var(--rule); }
thead th { background: var(--panel); font-size: .85rem; }
.matrix-wrap { overflow-x: auto; }
#matrix th.source { overflow-wrap: anywhere; min-width: 7rem; }
#matrix th.group { min-width: 14rem; font-weight: 400; }
#matrix th.group strong { display: block; }
#matrix th.group small { color: var(--muted); }
#matrix td { font-size: .85rem; min-width: 7rem; }
#matrix td .state { display: block; font-weight: 700; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; }
#matrix td ul { margin: .2rem 0 0; padding: 0; list-style: none; }
#matrix td li + li { margin-top: .15rem; }
#matrix td .time { color: var(--muted); }
td.agree { background: var(--green-bg); } td.agree .state { color: var(--green); }
td.disagree { background: var(--red-bg); } td.disagree .state { color: var(--red); }
td.changed { background: var(--blue-bg); } td.changed .state { color: var(--blue); }
td.alone { background: var(--panel); } td.alone .state { color: var(--muted); }
td.silent { color: var(--muted); background: repeating-linear-gradient(
  135deg, #fff, #fff 6px, #f1f3f5 6px, #f1f3f5 12px); }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; font-size: .82rem; margin: .5rem 0 0; padding: 0; list-style: none; }
.legend span { display: inline-block; width: .9rem; height: .9rem; border: 1px solid var(--rule); vertical-align: -2px; margin-right: .3rem; }
.legend .agree { background: var(--green-bg); } .legend .disagree { background: var(--red-bg); }
.legend .changed { background: var(--blue-bg); } .legend .alone { background: var(--panel); }
.legend .silent { background: repeating-linear-gradient(135deg, #fff, #fff 3px, #dde1e5 3px, #dde1e5 6px); }
#unsourced-table td.rank { text-align: right; width: 2.5rem; font-variant-numeric: tabular-nums; }
#unsourced-table td.where { white-space: nowrap; font-size: .85rem; color: var(--muted); }
#unsourced-table td.claim { font-family: Georgia, "Times New Roman", serif; }
#unsourced-table td.signals { font-size: .85rem; }
.sources-list { font-size: .9rem; }
.sources-list code { word-break: break-all; }
footer { margin-top: 2.5rem; padding-bottom: 2rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); padding-top: .75rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  html { font-size: 10pt; }
  header, main, footer { max-width: none; padding: 0; }
  nav { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  .finding, .quote, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .matrix-wrap { overflow: visible; }
  #agreement { break-inside: avoid; }
}
"""


@dataclass(frozen=True)
class Cell:
    """What one source says about one claim group: a state and its claims' values."""

    state: str
    items: tuple[tuple[str, str, str, str], ...]  # (value, time, normalised, claim state)


def _marked(claim: Claim | None, quote: str) -> str:
    """The quote, escaped, with each figure of the claim wrapped in <mark>.

    Spans are offsets into the source; the quote starts at ``claim.span[0]``.
    The figure the claim is about (or its asserted fact) is highlighted
    fully, other numbers such as years only underlined, so the eye lands on
    what is disputed. Overlapping spans (a figure and its gloss) keep the first.
    """
    if claim is None:
        return escape(quote)
    base = claim.span[0]
    key = primary_quantity(claim)
    spans: list[tuple[int, int, str]] = []
    for quantity in claim.quantities:
        css = "key" if quantity is key else "minor"
        spans.append((quantity.span[0] - base, quantity.span[1] - base, css))
    if claim.fact is not None:
        spans.append((claim.fact.span[0] - base, claim.fact.span[1] - base, "key"))
    out: list[str] = []
    position = 0
    for start, end, css in sorted(spans):
        if start < position or start < 0 or end > len(quote) or end <= start:
            continue
        out.append(escape(quote[position:start]))
        out.append(f'<mark class="{css}">{escape(quote[start:end])}</mark>')
        position = end
    out.append(escape(quote[position:]))
    return "".join(out)


def _surface(claim: Claim) -> str:
    """The figure or fact of a claim as the article wrote it."""
    key = primary_quantity(claim)
    if key is not None:
        return key.surface
    if claim.fact is not None:
        return claim.fact.value
    if claim.quantities:
        return claim.quantities[0].surface
    return claim.text


def _quote_figure(item: Evidence, claim: Claim | None, odd: bool = False) -> str:
    """One quote with where it is, what it means and who it is credited to."""
    rows = [("value", item.value)]
    if item.time:
        rows.append(("time", item.time))
    rows.append(("credited to", item.attribution or "nobody"))
    details = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    css = "quote odd-one" if odd else "quote"
    return (
        f'<figure class="{css}" data-claim="{escape(item.claim)}">'
        f"<figcaption><strong>{escape(item.source)}</strong> "
        f"line {item.line}, column {item.column}</figcaption>"
        f"<blockquote>{_marked(claim, item.quote)}</blockquote>"
        f"<dl>{details}</dl></figure>"
    )


def _badges(finding: Finding) -> str:
    """Severity, rule, check and confidence of a finding in one line."""
    return (
        f'<p class="badges"><span class="badge sev-{escape(finding.severity)}">'
        f"{escape(finding.severity)}</span> rule {escape(finding.rule)} · "
        f"check {escape(finding.check)} · confidence {finding.confidence:.2f}</p>"
    )


def _minority(finding: Finding) -> set[str]:
    """Claims of a conflict whose value fewer sources share than another value.

    With three sources on one figure and one on another, the one is the odd
    one out; when no value is held by more sources than every other, every
    side disagrees.
    """
    holders: dict[str, set[str]] = {}
    for item in finding.evidence:
        holders.setdefault(item.value, set()).add(item.source)
    sizes = sorted((len(s) for s in holders.values()), reverse=True)
    if len(sizes) < 2 or sizes[0] == sizes[1]:
        return {item.claim for item in finding.evidence}
    top = max(holders, key=lambda value: (len(holders[value]), value))
    return {item.claim for item in finding.evidence if item.value != top}


def _conflict(finding: Finding, claims: dict[str, Claim]) -> str:
    """A conflict block: message, quotes side by side, and why they clash."""
    odd = _minority(finding) if len(finding.evidence) > 2 else set()
    quotes = "".join(
        _quote_figure(item, claims.get(item.claim), item.claim in odd) for item in finding.evidence
    )
    return (
        f'<article class="conflict finding sev-{escape(finding.severity)}" '
        f'id="finding-{escape(finding.id)}">'
        f"<h3>{escape(finding.message)}</h3>{_badges(finding)}"
        f'<div class="quotes">{quotes}</div>'
        f'<p class="why">Why: {escape(finding.reason)}</p></article>'
    )


def claim_states(report: Report) -> dict[str, str]:
    """Each grouped claim's standing: disagree, agree, changed or alone.

    A claim on the losing side of a conflict disagrees; one on the majority
    side of a conflict, or in a corroboration, agrees; one only in a change
    over time changed; a claim no finding compares stands alone.
    """
    rank = {state: index for index, state in enumerate(STATES)}
    states: dict[str, str] = {}

    def put(claim: str, state: str) -> None:
        """Keep the strongest state a claim has in any finding."""
        if rank[state] < rank.get(states.get(claim, "alone"), rank["alone"]):
            states[claim] = state

    for finding in report.findings:
        if finding.kind == "conflict":
            minority = _minority(finding)
            for item in finding.evidence:
                put(item.claim, "disagree" if item.claim in minority else "agree")
        elif finding.kind == "corroborated":
            for item in finding.evidence:
                put(item.claim, "agree")
        elif finding.kind == "changed":
            for item in finding.evidence:
                put(item.claim, "changed")
    return states


def matrix_cells(report: Report) -> dict[tuple[str, str], Cell]:
    """The matrix: (group id, source id) -> what that source says about that group."""
    claims = {claim.id: claim for claim in report.claims}
    states = claim_states(report)
    values: dict[str, tuple[str, str]] = {}
    for finding in report.findings:
        for item in finding.evidence:
            values.setdefault(item.claim, (item.value, item.time))
    cells: dict[tuple[str, str], Cell] = {}
    for group in report.groups:
        for source in report.sources:
            members = [
                claims[c] for c in group.claims if c in claims and claims[c].source == source.id
            ]
            if not members:
                cells[group.id, source.id] = Cell("silent", ())
                continue
            items = []
            for claim in members:
                normalised, time = values.get(claim.id, ("", ""))
                if not time and claim.time is not None:
                    time = claim.time.text
                items.append((_surface(claim), time, normalised, states.get(claim.id, "alone")))
            state = min((item[3] for item in items), key=STATES.index)
            cells[group.id, source.id] = Cell(state, tuple(items))
    return cells


def _cell(cell: Cell) -> str:
    """One matrix cell: the state in words and each claim's figure and time."""
    if cell.state == "silent":
        return '<td class="silent"><span class="state">silent</span></td>'
    lines = []
    for value, time, normalised, state in cell.items:
        title = f' title="{escape(normalised)}"' if normalised else ""
        when = f' <span class="time">{escape(time)}</span>' if time else ""
        note = f" <small>({escape(STATE_LABEL[state])})</small>" if state != cell.state else ""
        lines.append(f"<li><span{title}>{escape(value)}</span>{when}{note}</li>")
    return (
        f'<td class="{cell.state}"><span class="state">{escape(STATE_LABEL[cell.state])}</span>'
        f"<ul>{''.join(lines)}</ul></td>"
    )


def _group_header(group: ClaimGroup) -> str:
    """The row header of a claim group: what is measured, of what."""
    subject = f" of {group.subject}" if group.subject else ""
    return (
        f'<th scope="row" class="group" id="group-{escape(group.id)}">'
        f"<strong>{escape(group.measure)}{escape(subject)}</strong>"
        f"<small>{escape(group.kind)} · matched by {escape(group.basis)} · "
        f"confidence {group.confidence:.2f}</small></th>"
    )


def _matrix(report: Report) -> str:
    """The sources-by-groups table that shows who agrees, disagrees or is silent."""
    if not report.groups:
        return '<p class="empty">No claim was made by more than one source.</p>'
    cells = matrix_cells(report)
    head = "".join(
        f'<th scope="col" class="source">{escape(source.id)}</th>' for source in report.sources
    )
    rows = "".join(
        f"<tr>{_group_header(group)}"
        + "".join(_cell(cells[group.id, source.id]) for source in report.sources)
        + "</tr>"
        for group in report.groups
    )
    legend = "".join(
        f'<li><span class="{state}"></span>{escape(STATE_LABEL[state])}</li>' for state in STATES
    )
    return (
        '<div class="matrix-wrap"><table id="matrix">'
        f'<thead><tr><th scope="col">Claim</th>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
        f'<ul class="legend">{legend}</ul>'
    )


def _why_it_matters(finding: Finding) -> str:
    """The signals of an unsourced claim, from the parenthesis of its message."""
    if "(" in finding.message:
        return finding.message.rsplit("(", 1)[-1].rstrip(")")
    return finding.reason


def _unsourced(findings: Sequence[Finding], claims: dict[str, Claim]) -> str:
    """Unsourced claims as a ranked table, most important first."""
    if not findings:
        return '<p class="empty">Every checkable claim is credited or backed by another source.</p>'
    rows = []
    for rank, finding in enumerate(findings, start=1):
        item = finding.evidence[0]
        rows.append(
            f'<tr class="unsourced sev-{escape(finding.severity)}" id="finding-{escape(finding.id)}">'
            f'<td class="rank">{rank}</td>'
            f'<td class="where">{escape(item.source)}<br>line {item.line}</td>'
            f'<td class="claim">{_marked(claims.get(item.claim), item.quote)}</td>'
            f'<td class="signals"><span class="badge sev-{escape(finding.severity)}">'
            f"{escape(finding.severity)}</span> {escape(_why_it_matters(finding))}</td></tr>"
        )
    return (
        '<table id="unsourced-table"><thead><tr><th>#</th><th>Where</th><th>Claim</th>'
        f"<th>Why it matters</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _other(findings: Iterable[Finding], claims: dict[str, Claim]) -> str:
    """Corroborations, changes over time and same-figure notes, each with its quotes."""
    blocks = []
    for finding in findings:
        quotes = "".join(_quote_figure(item, claims.get(item.claim)) for item in finding.evidence)
        title = KIND_TITLE.get(finding.kind, finding.kind)
        blocks.append(
            f'<article class="finding other kind-{escape(finding.kind)} '
            f'sev-{escape(finding.severity)}" id="finding-{escape(finding.id)}">'
            f"<h3>{escape(title)}: {escape(finding.message)}</h3>{_badges(finding)}"
            f'<div class="quotes">{quotes}</div>'
            f'<p class="why">Why: {escape(finding.reason)}</p></article>'
        )
    if not blocks:
        return '<p class="empty">No other findings.</p>'
    return "".join(blocks)


def _counts(report: Report) -> str:
    """The summary as labelled numbers, problems in red and agreement in green."""
    s = report.summary
    items = [
        ("sources", s.sources, ""),
        ("claims", s.claims, ""),
        ("claim groups", s.groups, ""),
        ("conflicts", s.conflicts, "bad" if s.conflicts else ""),
        ("unsourced", s.unsourced, "bad" if s.unsourced else ""),
        ("corroborated", s.corroborated, "good" if s.corroborated else ""),
    ]
    cells = "".join(
        f'<div class="{css}"><dt>{escape(label)}</dt><dd>{value}</dd></div>'
        if css
        else f"<div><dt>{escape(label)}</dt><dd>{value}</dd></div>"
        for label, value, css in items
    )
    return f'<dl class="counts">{cells}</dl>'


def _sources(report: Report) -> str:
    """The articles read, what cleaning set aside in each, and files skipped."""
    items = []
    for source in report.sources:
        reasons = set_aside_reasons(source)
        aside = f"; set aside: {reasons}" if reasons else ""
        items.append(
            f"<li><code>{escape(source.id)}</code>: {source.chars} characters{escape(aside)}</li>"
        )
    skipped = "".join(
        f"<li><code>{escape(s.path)}</code>: skipped, {escape(s.reason)}</li>"
        for s in report.skipped
    )
    ignored = ignored_line(report)
    if ignored:
        skipped += f"<li>{escape(ignored)}</li>"
    return f'<ul class="sources-list">{"".join(items)}{skipped}</ul>'


def render(report: Report) -> str:
    """The whole report as one HTML document, stable byte for byte."""
    claims = {claim.id: claim for claim in report.claims}
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    unsourced = [f for f in report.findings if f.kind == "unsourced"]
    other = [f for f in report.findings if f.kind not in ("conflict", "unsourced")]
    conflict_html = (
        "".join(_conflict(f, claims) for f in conflicts)
        or '<p class="empty">No two sources contradict each other.</p>'
    )
    nav = (
        '<nav><ul><li><a href="#conflicts">Conflicts</a></li>'
        '<li><a href="#agreement">Who says what</a></li>'
        '<li><a href="#unsourced">Unsourced claims</a></li>'
        '<li><a href="#other">Other findings</a></li>'
        '<li><a href="#sources">Sources</a></li></ul></nav>'
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(TITLE)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{escape(TITLE)}</h1>",
        f'<p class="summary-line">{escape(summary_line(report))}</p>',
        _counts(report),
        nav,
        "</header>",
        "<main>",
        f'<section id="conflicts"><h2>Conflicts ({len(conflicts)})</h2>{conflict_html}</section>',
        '<section id="agreement"><h2>Who says what</h2>',
        (
            "<p>Each row is one thing several articles measure; each column is an article. "
            "Hover a figure for its normalised value.</p>"
        ),
        _matrix(report),
        "</section>",
        (
            f'<section id="unsourced"><h2>Unsourced claims ({len(unsourced)}), '
            f"most important first</h2>{_unsourced(unsourced, claims)}</section>"
        ),
        (
            f'<section id="other"><h2>Other findings ({len(other)})</h2>{_other(other, claims)}'
            "</section>"
        ),
        f'<section id="sources"><h2>Sources</h2>{_sources(report)}</section>',
        "</main>",
        (
            f"<footer>Made by claimcheck {escape(report.tool)} "
            f"(report schema {report.schema_version}).</footer>"
        ),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"
