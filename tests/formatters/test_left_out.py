"""Every format says what a run left out: files skipped, files of other types ignored,
text cleaning set aside (nothing a user gives is dropped without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import make_report
from tests.paths import SOURCES

from claimcheck.config import load_config
from claimcheck.formatters import FORMATTERS, OutputFormat
from claimcheck.models import DroppedText, Report, SkippedFile, Source
from claimcheck.pipeline import scan, with_summary

SKIPPED = SkippedFile(path="in/report.pdf", reason="a PDF document; convert it first")
DROPPED = DroppedText(span=(0, 12), line=1, column=1, reason="share widget", text="Share this!")
SOURCE = Source(id="a.txt", path="in/a.txt", chars=40, sha256="0" * 64, dropped=[DROPPED])
IGNORED = "3 files of other types ignored (2 .csv, 1 without extension)"


@pytest.fixture
def left_out() -> Report:
    report = make_report().model_copy(
        update={"sources": [SOURCE], "skipped": [SKIPPED], "ignored": {".csv": 2, "": 1}}
    )
    return with_summary(report)


@pytest.mark.parametrize(
    "output_format", [f for f in OutputFormat if f not in (OutputFormat.table, OutputFormat.json)]
)
def test_every_format_names_what_was_left_out(
    output_format: OutputFormat, left_out: Report
) -> None:
    out = FORMATTERS[output_format](left_out)
    assert "report.pdf" in out and "a PDF document" in out
    assert "share widget" in out
    assert IGNORED in out


def test_json_holds_the_counts_by_extension(left_out: Report) -> None:
    report = Report.model_validate_json(FORMATTERS[OutputFormat.json](left_out))
    assert report.ignored == {"": 1, ".csv": 2}
    assert report.skipped == [SKIPPED] and report.sources[0].dropped == [DROPPED]


def test_the_table_counts_what_was_left_out(left_out: Report) -> None:
    # The files and stretches themselves go to stderr (tests/cli), where a terminal
    # user reads them; the table's summary counts them.
    out = " ".join(FORMATTERS[OutputFormat.table](left_out).split())
    assert "1 file skipped" in out and "set aside 1 stretch" in out
    assert IGNORED in out


def test_the_summary_counts_ignored_files(left_out: Report) -> None:
    assert (left_out.summary.skipped, left_out.summary.ignored) == (1, 3)


@pytest.mark.parametrize("output_format", list(OutputFormat))
def test_every_format_counts_unsourced_claims_past_the_limit(output_format: OutputFormat) -> None:
    report = with_summary(make_report().model_copy(update={"unsourced_unreported": 24}))
    out = " ".join(FORMATTERS[output_format](report).split()).replace("\\_", "_")
    # JSON carries the count as a field; every other format says it in words.
    said = '"unsourced_unreported": 24' in out or "24 more unsourced claims" in out
    assert said
    assert "unsourced_limit" in out or output_format is OutputFormat.json


def test_a_scan_counts_the_unsourced_claims_its_limit_cuts(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text("unsourced_limit = 3\n", encoding="utf-8")
    config = load_config([SOURCES], tmp_path / "claimcheck.toml")
    limited = scan([SOURCES], config)
    full = scan([SOURCES], config.model_copy(update={"unsourced_limit": 500}))
    listed = [f for f in limited.findings if f.kind == "unsourced"]
    everything = [f for f in full.findings if f.kind == "unsourced"]
    assert len(listed) == 3
    # A finding holds its sentence's unsourced claims: the count is of claims (the bundled
    # corpus has no copies, so each claim of a finding is one of them).
    assert limited.summary.unsourced_unreported == sum(len(f.claims) for f in everything[3:]) > 0
