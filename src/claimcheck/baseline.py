"""Baselines: accept today's findings so that CI fails only on new ones.

A team adopting claimcheck on an existing set of texts records the findings
it has reviewed; later scans report only findings whose fingerprint is not in
the baseline. Finding ids are fingerprints of the finding's kind, rule and the
text of its claims (not their offsets), so they survive re-running, edits
elsewhere in the files and unrelated new articles.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import Field, ValidationError

from claimcheck import __version__
from claimcheck.errors import InputError
from claimcheck.models import Model, Report
from claimcheck.pipeline import with_summary


class BaselineEntry(Model):
    """One accepted finding: its fingerprint, and what it was, for a reader."""

    id: str = Field(description="The finding's fingerprint.")
    kind: str = Field(description="The finding's kind.")
    message: str = Field(description="The finding's message when it was accepted.")


class Baseline(Model):
    """The findings accepted at one point, by fingerprint."""

    schema_version: int = Field(default=1, description="Bumped on incompatible changes.")
    tool: str = Field(description="claimcheck version that recorded it.")
    findings: list[BaselineEntry] = Field(description="Accepted findings, sorted by id.")

    @property
    def ids(self) -> frozenset[str]:
        """The fingerprints of the accepted findings."""
        return frozenset(entry.id for entry in self.findings)


def make_baseline(report: Report) -> Baseline:
    """A baseline that accepts every finding of a report."""
    entries = sorted(
        (BaselineEntry(id=f.id, kind=f.kind, message=f.message) for f in report.findings),
        key=lambda entry: entry.id,
    )
    return Baseline(tool=__version__, findings=entries)


def render_baseline(baseline: Baseline) -> str:
    """The baseline as stable JSON, one finding per line of the list."""
    return json.dumps(baseline.model_dump(mode="json"), indent=1, sort_keys=True) + "\n"


def read_baseline(path: Path) -> Baseline:
    """Load a baseline file.

    :raises InputError: when it is missing, unreadable or not a baseline
    """
    try:
        return Baseline.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read baseline ({error.strerror})") from error
    except (ValidationError, UnicodeDecodeError) as error:
        raise InputError(
            f"{path}: not a claimcheck baseline (make one with `claimcheck baseline`)"
        ) from error


def apply_baseline(report: Report, baseline: Baseline) -> Report:
    """The report without the findings the baseline accepted; the summary counts them."""
    accepted = baseline.ids
    kept = [finding for finding in report.findings if finding.id not in accepted]
    suppressed = len(report.findings) - len(kept)
    return with_summary(report.model_copy(update={"findings": kept}), suppressed)
