"""One line per finding, ``path:line:col: CC1 message``, as linters print them.

For a terminal, ``grep``, an editor's quickfix list or a CI problem matcher: the
location is the finding's first quoted claim, the path relative to the current
folder when the file is under it (as given otherwise), and the message is
folded onto the line. What the run left out follows the findings, one line
each: a skipped file with its reason, a stretch cleaning set aside with its
location, and the count of files of other types.
"""

from __future__ import annotations

import os
from pathlib import Path

from claimcheck.formatters.left_out import ignored_line, set_aside, unreported_line
from claimcheck.models import Finding, Report


def display_path(path: str, base: Path | None = None) -> str:
    """``path`` relative to ``base`` (the current folder) when it lies under it.

    A relative path is already relative to the folder the scan ran in, and is
    kept; an absolute one outside ``base``, or the ``-`` of standard input, is
    kept as given.
    """
    if not os.path.isabs(path):
        return path
    folder = Path.cwd() if base is None else base
    for candidate, root in ((Path(path), folder), (Path(path).resolve(), folder.resolve())):
        try:
            return candidate.relative_to(root).as_posix()
        except ValueError:
            continue
    return path


def one_line(text: str) -> str:
    """The text with its runs of whitespace (newlines too) folded to one space."""
    return " ".join(text.split())


def finding_line(finding: Finding, base: Path | None = None) -> str:
    """``path:line:col: CC1 message`` for a finding (``CC1 [story-2] message`` in a run of
    several stories; an unsourced claim's message ends with the claim, quoted); a
    finding that quotes no claim has no location and starts with its check id."""
    story = f" [{finding.story}]" if finding.story else ""
    text = f"{finding.check}{story} {one_line(finding.message)}"
    if not finding.evidence:
        return text
    first = finding.evidence[0]
    if finding.kind == "unsourced":
        # Its message says why, not what: the claim itself follows, or its whole sentence
        # when the finding holds several figures of that sentence.
        several = len({e.quote for e in finding.evidence if e.path == first.path}) > 1
        quoted = first.sentence if several and first.sentence else first.quote
        text += f": \u201c{one_line(quoted)}\u201d"
    return f"{display_path(first.path, base)}:{first.line}:{first.column}: {text}"


def render(report: Report, base: Path | None = None) -> str:
    """The findings, most important first, then what was left out; one line each.

    :param base: the folder paths are made relative to (the current one by default)
    """
    lines = [finding_line(finding, base) for finding in report.findings]
    lines += [
        f"{display_path(item.path, base)}: skipped: {one_line(item.reason)}"
        for item in report.skipped
    ]
    lines += [
        f"{display_path(source.path, base)}:{dropped.line}:{dropped.column}: "
        f"set aside: {one_line(dropped.reason)}"
        for source, dropped in set_aside(report)
    ]
    lines += [line for line in (ignored_line(report), unreported_line(report)) if line]
    return "".join(line + "\n" for line in lines)
