"""Score a report against gold expectations, the way the team's goldcheck does.

A finding covers a quote when one of its claims' spans overlaps the quote's
place in the file. Used by the seed-gold test and the made-up stories.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.models import Finding, Report

Quote = tuple[str, str]


class GoldReport:
    """A report with quick lookups by finding kind and quote."""

    def __init__(self, report: Report, folder: Path) -> None:
        """Index claim spans by id and keep the folder to find quotes in."""
        self.report = report
        self.folder = folder
        self.spans = {c.id: (c.source, c.span) for c in report.claims}

    def where(self, quote: Quote) -> tuple[str, int, int]:
        """File name, start and end of a quote; it must occur in the file."""
        name, text = quote
        content = (self.folder / name).read_text(encoding="utf-8")
        start = content.find(text)
        assert start >= 0, f"quote not found in {name}: {text!r}"
        return name, start, start + len(text)

    def covers(self, finding: Finding, quote: Quote) -> bool:
        """Whether a finding has a claim overlapping the quote."""
        name, start, end = self.where(quote)
        return any(
            self.spans[cid][0] == name
            and self.spans[cid][1][0] < end
            and start < self.spans[cid][1][1]
            for cid in finding.claims
        )

    def findings(self, kind: str) -> list[Finding]:
        """Findings of one kind, in report order."""
        return [f for f in self.report.findings if f.kind == kind]

    def pair_reported(self, kind: str, a: Quote, b: Quote) -> bool:
        """Whether one finding of a kind covers both quotes."""
        return any(self.covers(f, a) and self.covers(f, b) for f in self.findings(kind))

    def unsourced_rank(self, quote: Quote) -> int | None:
        """1-based rank of the first unsourced finding covering a quote."""
        for rank, finding in enumerate(self.findings("unsourced"), start=1):
            if self.covers(finding, quote):
                return rank
        return None

    def in_any_claim(self, quote: Quote) -> bool:
        """Whether any claim overlaps the quote."""
        name, start, end = self.where(quote)
        return any(s == name and a < end and start < b for s, (a, b) in self.spans.values())
