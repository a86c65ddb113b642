"""The report as Markdown, for a journalist to paste into a story doc, issue or wiki.

It follows the terminal report: the summary line, then each conflict with its
rule and every article's quote (as a block quote with ``path:line``, the value
the tool read and the time it holds for), then the unsourced claims in rank
order, then the remaining findings in a line each, then what the run left out
(files skipped or ignored, text set aside). Article text is escaped so a
quote renders as the words it holds, never as emphasis, links, HTML or maths.
Nothing depends on the clock, so the same report gives the same bytes.
"""

from __future__ import annotations

import re

from claimcheck.formatters.left_out import ignored_line, set_aside_reasons
from claimcheck.formatters.quotes import marked_sentence
from claimcheck.formatters.table import summary_line
from claimcheck.models import Evidence, Finding, Report, Source

TITLE = "claimcheck report"
OTHER_LABELS = {
    "corroborated": "Corroborated",
    "changed": "Changed or differing figures, not conflicts",
    "same-figure": "Same figure, different things",
}

# Characters that mean something anywhere in a line (GitHub renders $...$ as maths).
_INLINE = re.compile(r"([\\`*_\[\]<>|~$])")
# An ampersand that would start an HTML entity such as &amp; or &#38;.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# Text that would open a heading, list, rule or setext underline at a line start.
_LINE_START = re.compile(r"^([#+=-])")
# A number followed by "." or ")" at a line start opens an ordered list.
_LIST_NUMBER = re.compile(r"^(\d{1,9})([.)])")


def escape(text: str) -> str:
    """Make text render literally: one line, with Markdown syntax backslash-escaped."""
    flat = " ".join(text.split())
    flat = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", flat))
    flat = _LINE_START.sub(r"\\\1", flat)
    return _LIST_NUMBER.sub(r"\1\\\2", flat)


def code(text: str) -> str:
    """A code span that holds text verbatim, whatever backticks it contains."""
    flat = " ".join(text.split())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def where(item: Evidence) -> str:
    """The ``path:line`` reference a reader can open."""
    return code(f"{item.path}:{item.line}")


def _marked(item: Evidence) -> str:
    """The claim's whole sentence, escaped, with its value in bold."""
    sentence, start, end = marked_sentence(item)
    before, value, after = sentence[:start], escape(sentence[start:end]), sentence[end:]
    space_before = " " if before[-1:].isspace() else ""
    space_after = " " if after[:1].isspace() else ""
    marked = f"{space_before}**{value}**{space_after}" if value else space_before
    return f"{escape(before)}{marked}{escape(after)}"


def _quote_block(item: Evidence) -> list[str]:
    """One claim as a block quote, with where it is and what the tool read."""
    says = escape(item.written or item.value)
    if item.written and item.written != item.value:
        says += f" (normalised: {escape(item.value)})"
    details = [where(item), f"says: {says}"]
    if item.time:
        details.append(f"time: {escape(item.time)}")
    if item.attribution:
        details.append(f"credited to: {escape(item.attribution)}")
    return [f"> {_marked(item)}", ">", f"> — {' · '.join(details)}", ""]


def _conflict_heading(finding: Finding, rank: int) -> str:
    """A short heading: what is disputed (the message before its sides)."""
    return f"### {rank}. {escape(finding.message.partition(': ')[0])}"


def _rule_line(finding: Finding) -> str:
    """The rule that fired and how much to trust it, for an editor weighing the conflict."""
    parts = [
        f"**Rule:** {escape(finding.rule)}",
        f"**Severity:** {finding.severity}",
        f"**Confidence:** {finding.confidence:.2f}",
        f"**Check:** {escape(finding.check)}",
        f"**Finding:** {code(finding.id)}",
    ]
    if finding.story:
        # A run of several stories: which one the conflict is in.
        parts.append(f"**Story:** {code(finding.story)}")
    return " · ".join(parts)


def _conflict(finding: Finding, rank: int) -> list[str]:
    """One conflict: heading, rule line, summary, reason and every quote."""
    lines = [
        _conflict_heading(finding, rank),
        "",
        _rule_line(finding),
        "",
        escape(finding.message),
        "",
        f"**Why:** {escape(finding.reason)}",
        "",
    ]
    for item in finding.evidence:
        lines += _quote_block(item)
    return lines


def _unsourced(finding: Finding, rank: int) -> str:
    """One ranked unsourced claim: the quote, where it is, and why it matters."""
    if not finding.evidence:
        return f"{rank}. {escape(finding.message)}"
    quotes = "; ".join(f"“{_marked(item)}” ({where(item)})" for item in finding.evidence)
    return f"{rank}. {quotes} — {escape(finding.message)}"


def _other(finding: Finding) -> str:
    """One other finding as a bullet: its kind, check, severity, message and quotes."""
    label = OTHER_LABELS.get(finding.kind, finding.kind.capitalize())
    places = "; ".join(f"“{_marked(item)}” ({where(item)})" for item in finding.evidence)
    line = (
        f"- **{label}** ({finding.check}, {finding.severity}, "
        f"confidence {finding.confidence:.2f}): {escape(finding.message)}"
    )
    return f"{line} — {places}" if places else line


def render(report: Report) -> str:
    """The whole report as Markdown: summary, conflicts, unsourced, the rest."""
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    unsourced = [f for f in report.findings if f.kind == "unsourced"]
    others = [f for f in report.findings if f.kind not in ("conflict", "unsourced")]
    lines = [f"# {TITLE}", "", escape(summary_line(report)), "", "## Conflicts", ""]
    for rank, finding in enumerate(conflicts, start=1):
        lines += _conflict(finding, rank)
    if not conflicts:
        lines += ["No conflicts found.", ""]
    lines += ["## Unsourced claims, most important first", ""]
    lines += [_unsourced(finding, rank) for rank, finding in enumerate(unsourced, start=1)]
    lines += [""] if unsourced else ["No unsourced claims found.", ""]
    lines += ["## Other findings", ""]
    lines += [_other(finding) for finding in others]
    lines += [""] if others else ["None.", ""]
    if report.sources:
        lines += ["## Sources", "", *(_source_line(source) for source in report.sources), ""]
    if report.stories:
        lines += ["## Stories, each checked on its own", ""]
        lines += [f"- {escape(story.message)}" for story in report.stories] + [""]
    if report.families:
        lines += ["## Copies and one outlet's reports, each family counted as one source", ""]
        lines += [f"- {escape(family.message)}" for family in report.families] + [""]
    lines += _left_out(report)
    return "\n".join(lines[:-1]) + "\n"


def _source_line(source: Source) -> str:
    """One article read: its id, then its title, outlet, author, date and URL when known."""
    meta = source.metadata
    known = [meta.title, meta.outlet, meta.author, meta.published] if meta else []
    parts = [escape(part) for part in known if part]
    if meta and meta.url:
        parts.append(
            f"<{meta.url}>" if " " not in meta.url and ">" not in meta.url else code(meta.url)
        )
    return f"- {code(source.id)}" + (f" — {' · '.join(parts)}" if parts else "")


def _left_out(report: Report) -> list[str]:
    """The section on what the run did not use, when it left anything out."""
    items = [f"- {code(s.path)}: skipped, {escape(s.reason)}" for s in report.skipped]
    ignored = ignored_line(report)
    if ignored:
        items.append(f"- {escape(ignored)}")
    items += [
        f"- {code(source.id)}: cleaning set aside {escape(set_aside_reasons(source))}"
        for source in report.sources
        if source.dropped
    ]
    return ["## Left out", "", *items, ""] if items else []
