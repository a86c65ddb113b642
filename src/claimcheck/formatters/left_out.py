"""What a run did not use, as every format reports it: files skipped, with their
reasons; files of other types a folder walk left out; text cleaning set aside.

Nothing a user gives is dropped silently, so each format says so in its own way
(rows, lines, annotations, notifications, a section); this module holds the words
they share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from claimcheck.load import ignored_summary
from claimcheck.models import DroppedText, Report, Source

__all__ = ["ignored_line", "set_aside", "set_aside_reasons", "unreported_line"]


def ignored_line(report: Report) -> str | None:
    """'6 files of other types ignored (3 .csv, ...)', or None when there were none."""
    return ignored_summary(report.ignored) if report.ignored else None


def unreported_line(report: Report) -> str | None:
    """'24 more unsourced claims ranked past unsourced_limit are not listed ...', or None
    when the limit cut none."""
    count = report.unsourced_unreported
    if not count:
        return None
    claims = "claim" if count == 1 else "claims"
    return (
        f"{count} more unsourced {claims} ranked past unsourced_limit (per story) "
        "are not listed; raise unsourced_limit to list them"
    )


def set_aside(report: Report) -> Iterator[tuple[Source, DroppedText]]:
    """Every stretch cleaning set aside, with its source, in source then text order."""
    for source in report.sources:
        for dropped in source.dropped:
            yield source, dropped


def set_aside_reasons(source: Source) -> str:
    """'2 × comment widget, 1 × navigation line': what cleaning set aside in a source, by
    reason (sorted), or '' when nothing."""
    reasons = Counter(d.reason for d in source.dropped)
    return ", ".join(f"{count} × {reason}" for reason, count in sorted(reasons.items()))
