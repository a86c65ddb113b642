"""The HTML report: one self-contained page an editor can open, share or print.

A fact-checker reviewing a story wants to see, at a glance, which articles
disagree and on what; the terminal table cannot show that for many sources at
once. This page groups the quotes of each conflict by the value they give, with
how many sources take each side, so the odd one out is the side fewer sources
hold and never an arbitrary article; draws a sources-by-claims matrix of who
agrees, who disagrees and who is silent; ranks the unsourced claims; and lists
the remaining notes and the sources (title, outlet, date and address when the
input gives them). Every quote is the claim's whole sentence with its value
marked, and every value is shown as the article writes it, with the normalised
value beside it in plain text (a tooltip alone is lost on paper and on touch
screens).

It is a single file with inline CSS and no scripts, fonts or images, so it opens
offline and leaks nothing about the reader to any server; the only addresses in
it are the articles' own, as links a reader may choose to follow. It fits a
phone's width (wide tables become cards or scroll inside their box), and prints
on plain backgrounds: the hatching that marks silent cells on screen made a
single news cluster a 10 MB PDF. All text is escaped; the output is
deterministic.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from claimcheck.checks.base import Side, group_label, group_sides, value_text
from claimcheck.claims import primary_quantity
from claimcheck.formatters.left_out import ignored_line, set_aside_reasons
from claimcheck.formatters.quotes import marked_sentence
from claimcheck.formatters.table import summary_line
from claimcheck.models import Claim, ClaimGroup, Evidence, Finding, Report, Source

TITLE = "claimcheck report"

# Matrix cell states, strongest first: a cell shows the strongest of its claims.
STATES = ("disagree", "agree", "changed", "alone", "silent")
STATE_LABEL = {
    "disagree": "disagrees",
    "agree": "agrees",
    "changed": "different figure",
    "alone": "not compared",
    "silent": "silent",
}

KIND_TITLE = {
    "corroborated": "Corroborated",
    "changed": "Changed or differing figures, not conflicts",
    "same-figure": "Same figure, different things",
}

# Folders named in the footer when the sources share none.
FOOTER_FOLDERS = 3

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
h3 { font-size: 1.05rem; margin: 0 0 .4rem; overflow-wrap: anywhere; }
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
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
nav a { color: var(--blue); }
.empty { color: var(--muted); font-style: italic; }
.finding {
  border: 1px solid var(--rule); border-left: 5px solid var(--muted); border-radius: 6px;
  padding: .8rem 1rem; margin: 0 0 1rem; background: var(--paper);
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
.side { margin: 0 0 .75rem; }
.side-head { margin: 0 0 .4rem; overflow-wrap: anywhere; }
.side-head .count { font-weight: 700; }
.side-head .norm { color: var(--muted); font-size: .85rem; }
.side.minority .side-head .count { color: var(--red); }
.tag {
  display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; padding: 0 .4rem; border-radius: 4px; border: 1px solid currentColor;
}
.side.majority .tag { color: var(--green); }
.side.minority .tag { color: var(--red); }
.split-note { margin: 0 0 .6rem; font-size: .9rem; color: var(--muted); }
.quotes {
  display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(min(15rem, 100%), 1fr));
}
.quote {
  margin: 0; padding: .6rem .75rem; background: var(--panel); border: 1px solid var(--rule);
  border-radius: 6px; display: flex; flex-direction: column; min-width: 0;
}
.quote.odd-one { border-color: var(--red); background: var(--red-bg); }
.quote figcaption { font-size: .8rem; color: var(--muted); margin-bottom: .3rem; overflow-wrap: anywhere; }
.quote figcaption strong { color: var(--ink); }
.quote blockquote {
  margin: 0 0 .5rem; font-family: Georgia, "Times New Roman", serif; flex: 1; overflow-wrap: anywhere;
}
.quote dl { margin: 0; font-size: .82rem; display: grid; grid-template-columns: auto 1fr; gap: 0 .5rem; }
.quote dt { color: var(--muted); }
.quote dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
mark.minor { background: transparent; border-bottom: 2px dotted var(--amber); }
.why { margin: .6rem 0 0; font-size: .9rem; color: var(--muted); font-style: italic; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .55rem; border: 1px solid var(--rule); }
thead th { background: var(--panel); font-size: .85rem; }
.matrix-wrap { overflow-x: auto; }
#matrix th, #matrix td { padding: .3rem .4rem; }
#matrix thead th:first-child, #matrix th.group {
  position: sticky; left: 0; z-index: 1; background: var(--panel);
}
#matrix th.source { overflow-wrap: anywhere; min-width: 5.5rem; }
#matrix th.group { min-width: 9rem; max-width: 16rem; font-weight: 400; overflow-wrap: anywhere; }
#matrix th.group strong { display: block; }
#matrix th.group small { color: var(--muted); }
#matrix td { font-size: .82rem; min-width: 5.5rem; overflow-wrap: anywhere; }
#matrix td .state {
  display: block; font-weight: 700; font-size: .68rem; text-transform: uppercase; letter-spacing: .02em;
  overflow-wrap: normal;
}
#matrix td ul { margin: .2rem 0 0; padding: 0; list-style: none; }
#matrix td li + li { margin-top: .25rem; }
#matrix td .time, #matrix td .norm { color: var(--muted); }
#matrix td .norm { display: block; font-size: .72rem; }
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
#unsourced-table td.where { font-size: .85rem; color: var(--muted); overflow-wrap: anywhere; min-width: 7rem; }
#unsourced-table td.claim { font-family: Georgia, "Times New Roman", serif; overflow-wrap: anywhere; }
#unsourced-table td.claim .norm { display: block; font-family: system-ui, sans-serif; font-size: .8rem; color: var(--muted); }
#unsourced-table td.signals { font-size: .85rem; overflow-wrap: anywhere; }
.sources-list { font-size: .9rem; padding-left: 1.2rem; }
.sources-list li + li { margin-top: .35rem; }
.sources-list .meta { color: var(--muted); }
.sources-list code, .sources-list .url, footer code { overflow-wrap: anywhere; }
footer { margin-top: 2.5rem; padding-bottom: 2rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); padding-top: .75rem; }
@media (max-width: 40rem) {
  header, main, footer { padding-left: .75rem; padding-right: .75rem; }
  .finding { padding: .6rem .6rem; }
  #unsourced-table, #unsourced-table tbody, #unsourced-table tr, #unsourced-table td { display: block; }
  #unsourced-table thead { display: none; }
  #unsourced-table tr { border: 1px solid var(--rule); border-radius: 6px; margin: 0 0 .6rem; padding: .4rem .6rem; }
  #unsourced-table td { border: 0; padding: .15rem 0; }
  #unsourced-table td.rank { width: auto; text-align: left; font-weight: 700; }
  #unsourced-table td.rank::before { content: "#"; }
}
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  html { font-size: 10pt; }
  header, main, footer { max-width: none; padding: 0; }
  nav { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3, .side-head { break-after: avoid; }
  .quote, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .matrix-wrap { overflow: visible; }
  #matrix { font-size: 8pt; }
  #matrix th, #matrix td { min-width: 0; padding: 2pt 3pt; }
  #matrix thead th:first-child, #matrix th.group { position: static; }
  td.silent, .legend .silent { background: none; }
}
"""


@dataclass(frozen=True)
class Cell:
    """What one source says about one claim group: a state and its claims' values."""

    state: str
    items: tuple[tuple[str, str, str, str], ...]  # (value, time, normalised, claim state)


def sides(finding: Finding, family_of: Mapping[str, str] | None = None) -> list[Side]:
    """A finding's claims grouped by normalised value, most sources first, then in
    the order the finding quotes them; copies of one text (``family_of``) count once."""
    families = family_of or {}

    def count(items: Sequence[Evidence]) -> int:
        return len({families.get(item.source, item.source) for item in items})

    return group_sides(finding.evidence, count)


def has_majority(ordered: Sequence[Side]) -> bool:
    """Whether one side is held by more sources than every other (see ``sides``)."""
    return len(ordered) > 1 and ordered[0].sources > ordered[1].sources


def family_map(report: Report) -> dict[str, str]:
    """Each source in a family of copies, mapped to the family's first source."""
    return {source: family.sources[0] for family in report.families for source in family.sources}


def _minority(finding: Finding, family_of: Mapping[str, str]) -> set[str]:
    """Claims of a conflict whose value fewer sources share than another value.

    With three sources on one figure and one on another, the one is the odd
    one out; when no value is held by more sources than every other, every
    side disagrees.
    """
    ordered = sides(finding, family_of)
    if not has_majority(ordered):
        return {item.claim for item in finding.evidence}
    return {item.claim for side in ordered[1:] for item in side.items}


def _plural(count: int, noun: str) -> str:
    """'1 source', '3 sources'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _marked(item: Evidence, claim: Claim | None) -> str:
    """The claim's whole sentence, escaped, with its value in <mark>.

    The value (as written, see ``quotes.marked_sentence``) is highlighted and
    carries the normalised value as its tooltip; the claim's other figures, such
    as years, are only underlined, so the eye lands on what is disputed.
    Figures that overlap the value (a figure and its gloss) are left unmarked.
    """
    sentence, key_start, key_end = marked_sentence(item)
    spans = [(key_start, key_end, "key")]
    if claim is not None and item.sentence:
        base = item.sentence_span[0]
        for quantity in claim.quantities:
            start, end = quantity.span[0] - base, quantity.span[1] - base
            if end <= key_start or start >= key_end:
                spans.append((start, end, "minor"))
    tooltip = f' title="{escape(item.value)}"' if item.value else ""
    out: list[str] = []
    position = 0
    for start, end, css in sorted(spans):
        if start < position or start < 0 or end > len(sentence) or end <= start:
            continue
        title = tooltip if css == "key" else ""
        out.append(escape(sentence[position:start]))
        out.append(f'<mark class="{css}"{title}>{escape(sentence[start:end])}</mark>')
        position = end
    out.append(escape(sentence[position:]))
    return "".join(out)


def _says(written: str, value: str) -> str:
    """A value as written, with the normalised value as its tooltip."""
    shown = written or value
    title = f' title="{escape(value)}"' if value and value != shown else ""
    return f'<span class="says"{title}>{escape(shown)}</span>'


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


def _outlet(source: Source | None) -> str:
    """The outlet of a source, when its metadata names one."""
    if source is None or source.metadata is None:
        return ""
    return source.metadata.outlet or ""


def _quote_figure(
    item: Evidence, claim: Claim | None, source: Source | None, odd: bool = False
) -> str:
    """One quote with where it is, what it says, what that means and who it is credited to."""
    rows = [("says", _says(item.written, item.value))]
    if item.written and item.value and item.written != item.value:
        rows.append(("normalised", escape(item.value)))
    if item.time:
        rows.append(("time", escape(item.time)))
    rows.append(("credited to", escape(item.attribution or "nobody")))
    details = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows)
    outlet = _outlet(source)
    outlet_html = f" ({escape(outlet)})" if outlet else ""
    css = "quote odd-one" if odd else "quote"
    return (
        f'<figure class="{css}" data-claim="{escape(item.claim)}">'
        f"<figcaption><strong>{escape(item.source)}</strong>{outlet_html} "
        f"line {item.line}, column {item.column}</figcaption>"
        f"<blockquote>{_marked(item, claim)}</blockquote>"
        f"<dl>{details}</dl></figure>"
    )


def _badges(finding: Finding) -> str:
    """Severity, rule, check and confidence of a finding in one line, and its story in a run
    of several."""
    return (
        f'<p class="badges"><span class="badge sev-{escape(finding.severity)}">'
        f"{escape(finding.severity)}</span> rule {escape(finding.rule)} · "
        f"check {escape(finding.check)} · confidence {finding.confidence:.2f}"
        f"{f' · {escape(finding.story)}' if finding.story else ''}</p>"
    )


def _heading(finding: Finding) -> str:
    """What a conflict is about: its message without the sides, which the card lays out."""
    head, _, rest = finding.message.partition(": ")
    return head if rest else finding.message


def _conflict(
    finding: Finding,
    claims: dict[str, Claim],
    sources: dict[str, Source],
    family_of: Mapping[str, str],
) -> str:
    """A conflict card: what is disputed, each side with its sources' quotes, and why.

    Sides come most sources first. When one side has more sources than every
    other, it is marked as the majority and the rest as the odd ones out;
    otherwise the card says no side outnumbers the others.
    """
    ordered = sides(finding, family_of)
    majority = has_majority(ordered)
    blocks = []
    for rank, side in enumerate(ordered):
        role = ("majority" if rank == 0 else "minority") if majority else ""
        tag = {"majority": "most sources", "minority": "odd one out"}.get(role, "")
        verb = "says" if side.sources == 1 else "say"
        norm = (
            f' <span class="norm">(normalised: {escape(side.value)})</span>'
            if side.value and side.value != side.written
            else ""
        )
        quotes = "".join(
            _quote_figure(
                item, claims.get(item.claim), sources.get(item.source), role == "minority"
            )
            for item in side.items
        )
        css = f"side {role}" if role else "side"
        blocks.append(
            f'<div class="{css}" data-sources="{side.sources}">'
            f'<p class="side-head"><span class="count">{_plural(side.sources, "source")}</span> '
            f"{verb} <strong>{_says(side.written, side.value)}</strong>{norm}"
            + (f' <span class="tag">{tag}</span>' if tag else "")
            + f'</p><div class="quotes">{quotes}</div></div>'
        )
    split = (
        ""
        if majority
        else '<p class="split-note">No side is taken by more sources than the others.</p>'
    )
    return (
        f'<article class="conflict finding sev-{escape(finding.severity)}" '
        f'id="finding-{escape(finding.id)}">'
        f"<h3>{escape(_heading(finding))}</h3>{_badges(finding)}{split}"
        f"{''.join(blocks)}"
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

    family_of = family_map(report)
    for finding in report.findings:
        if finding.kind == "conflict":
            minority = _minority(finding, family_of)
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
                normalised, time = values.get(claim.id, (value_text(claim), ""))
                if not time and claim.time is not None:
                    time = claim.time.text
                items.append((_surface(claim), time, normalised, states.get(claim.id, "alone")))
            state = min((item[3] for item in items), key=STATES.index)
            cells[group.id, source.id] = Cell(state, tuple(items))
    return cells


def _cell(cell: Cell) -> str:
    """One matrix cell: the state in words and each claim's figure, time and normalised value."""
    if cell.state == "silent":
        return '<td class="silent"><span class="state">silent</span></td>'
    lines = []
    for value, time, normalised, state in cell.items:
        when = f' <span class="time">{escape(time)}</span>' if time else ""
        note = f" <small>({escape(STATE_LABEL[state])})</small>" if state != cell.state else ""
        norm = (
            f'<span class="norm">{escape(normalised)}</span>'
            if normalised and normalised != value
            else ""
        )
        lines.append(f"<li>{_says(value, normalised)}{when}{note}{norm}</li>")
    return (
        f'<td class="{cell.state}"><span class="state">{escape(STATE_LABEL[cell.state])}</span>'
        f"<ul>{''.join(lines)}</ul></td>"
    )


def _group_header(group: ClaimGroup, claims: dict[str, Claim]) -> str:
    """The row header of a claim group: what is measured, of whom, as the findings name it."""
    members = [claims[c] for c in group.claims if c in claims]
    return (
        f'<th scope="row" class="group" id="group-{escape(group.id)}">'
        f"<strong>{escape(group_label(group, members))}</strong>"
        f"<small>{escape(group.kind)} · matched by {escape(group.basis)} · "
        f"confidence {group.confidence:.2f}</small></th>"
    )


def _matrix(report: Report) -> str:
    """The sources-by-groups table that shows who agrees, disagrees or is silent.

    It scrolls inside its own box when the sources outnumber the width, with the
    claim column held in place, so the page itself never scrolls sideways.
    """
    if not report.groups:
        return '<p class="empty">No claim was made by more than one source.</p>'
    claims = {claim.id: claim for claim in report.claims}
    cells = matrix_cells(report)
    head = "".join(
        f'<th scope="col" class="source">{escape(source.id)}</th>' for source in report.sources
    )
    rows = "".join(
        f"<tr>{_group_header(group, claims)}"
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
    """Unsourced claims as a ranked table, most important first.

    On a narrow screen each row becomes a card (see the CSS), since four
    columns of whole sentences cannot fit a phone's width.
    """
    if not findings:
        return '<p class="empty">Every checkable claim is credited or backed by another source.</p>'
    rows = []
    for rank, finding in enumerate(findings, start=1):
        item = finding.evidence[0]
        norm = (
            f'<span class="norm">normalised: {escape(item.value)}</span>'
            if item.written and item.value and item.written != item.value
            else ""
        )
        rows.append(
            f'<tr class="unsourced sev-{escape(finding.severity)}" id="finding-{escape(finding.id)}">'
            f'<td class="rank">{rank}</td>'
            f'<td class="where">{escape(item.source)}<br>line {item.line}</td>'
            f'<td class="claim">{_marked(item, claims.get(item.claim))}{norm}</td>'
            f'<td class="signals"><span class="badge sev-{escape(finding.severity)}">'
            f"{escape(finding.severity)}</span> {escape(_why_it_matters(finding))}</td></tr>"
        )
    return (
        '<table id="unsourced-table"><thead><tr><th>#</th><th>Where</th><th>Claim</th>'
        f"<th>Why it matters</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _other(
    findings: Iterable[Finding], claims: dict[str, Claim], sources: dict[str, Source]
) -> str:
    """Corroborations, changes over time and same-figure notes, each with its quotes."""
    blocks = []
    for finding in findings:
        quotes = "".join(
            _quote_figure(item, claims.get(item.claim), sources.get(item.source))
            for item in finding.evidence
        )
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


def _link(url: str) -> str:
    """An article's address: a link when it is a web address, else plain text.

    Only http(s) addresses become links, so a ``javascript:`` or ``data:``
    address from an input can never run; the link sends no referrer.
    """
    if url.lower().startswith(("https://", "http://")):
        return f'<a class="url" href="{escape(url)}" rel="noopener noreferrer">{escape(url)}</a>'
    return f'<span class="url">{escape(url)}</span>'


def _source_item(source: Source) -> str:
    """One article: its title, outlet, date and address when known, then its file."""
    reasons = set_aside_reasons(source)
    aside = f"; set aside: {reasons}" if reasons else ""
    file_line = f"<code>{escape(source.id)}</code>: {source.chars} characters{escape(aside)}"
    meta = source.metadata
    if meta is None:
        return f"<li>{file_line}</li>"
    parts = []
    if meta.title:
        parts.append(f'<strong class="title">{escape(meta.title)}</strong>')
    details = [escape(v) for v in (meta.outlet, meta.published) if v]
    if meta.author:
        details.append(f"by {escape(meta.author)}")
    if details:
        parts.append(f'<span class="meta">{" · ".join(details)}</span>')
    if meta.url:
        parts.append(_link(meta.url))
    head = " ".join(parts)
    return f"<li>{head}<br>{file_line}</li>" if head else f"<li>{file_line}</li>"


def _sources(report: Report) -> str:
    """The articles read, what cleaning set aside in each, and files skipped."""
    items = "".join(_source_item(source) for source in report.sources)
    skipped = "".join(
        f"<li><code>{escape(s.path)}</code>: skipped, {escape(s.reason)}</li>"
        for s in report.skipped
    )
    ignored = ignored_line(report)
    if ignored:
        skipped += f"<li>{escape(ignored)}</li>"
    return f'<ul class="sources-list">{items}{skipped}</ul>'


def _stories(report: Report) -> str:
    """The stories a run was split into, with their articles."""
    items = "".join(f"<li>{escape(story.message)}</li>" for story in report.stories)
    return (
        '<section id="stories"><h2>Stories, each checked on its own</h2>'
        f'<ul class="sources-list">{items}</ul></section>'
    )


def input_paths(report: Report) -> list[str]:
    """Where the articles were read from: their common folder, the one file they all
    come from (a JSON Lines corpus), or, when they share no folder, the folders."""
    paths = sorted({source.path for source in report.sources})
    if len(paths) <= 1:
        return paths
    try:
        common = os.path.commonpath(paths)
    except ValueError:  # absolute and relative paths mixed
        common = ""
    if common and common != os.path.sep:
        return [common]
    return sorted({os.path.dirname(path) or "." for path in paths})


def _footer(report: Report) -> str:
    """Which claimcheck made the report, and from which input."""
    made = f"Made by claimcheck {escape(report.tool)} (report schema {report.schema_version})"
    paths = input_paths(report)
    if not paths:
        return f"<footer>{made}.</footer>"
    shown = ", ".join(f"<code>{escape(path)}</code>" for path in paths[:FOOTER_FOLDERS])
    if len(paths) > FOOTER_FOLDERS:
        shown += f" and {len(paths) - FOOTER_FOLDERS} more folders"
    articles = _plural(len(report.sources), "article")
    return f"<footer>{made} from {articles} in {shown}.</footer>"


def render(report: Report) -> str:
    """The whole report as one HTML document, stable byte for byte."""
    claims = {claim.id: claim for claim in report.claims}
    sources = {source.id: source for source in report.sources}
    family_of = family_map(report)
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    unsourced = [f for f in report.findings if f.kind == "unsourced"]
    other = [f for f in report.findings if f.kind not in ("conflict", "unsourced")]
    conflict_html = (
        "".join(_conflict(f, claims, sources, family_of) for f in conflicts)
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
            "Figures are given as written, with their normalised value below "
            "(and on hover).</p>"
        ),
        _matrix(report),
        "</section>",
        (
            f'<section id="unsourced"><h2>Unsourced claims ({len(unsourced)}), '
            f"most important first</h2>{_unsourced(unsourced, claims)}</section>"
        ),
        (
            f'<section id="other"><h2>Other findings ({len(other)})</h2>'
            f"{_other(other, claims, sources)}</section>"
        ),
        *([_stories(report)] if report.stories else []),
        f'<section id="sources"><h2>Sources</h2>{_sources(report)}</section>',
        "</main>",
        _footer(report),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"
