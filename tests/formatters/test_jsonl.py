"""The JSON Lines formatter: one parseable finding per line, in report order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from tests.factories import assert_golden, make_finding, make_report, two_story_corpus
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.config import Config
from claimcheck.formatters.jsonl import JsonLinesStream, render
from claimcheck.models import Finding, Report, StoryResult
from claimcheck.pipeline import scan, start_scan


def test_golden(seeds: Report, update_golden: bool) -> None:
    assert_golden("seeds.jsonl", render(seeds), update_golden)


def test_findings_come_first_in_report_order(seeds: Report) -> None:
    lines = render(seeds).splitlines()[: len(seeds.findings)]
    parsed = [json.loads(line) for line in lines]
    assert [item["id"] for item in parsed] == [finding.id for finding in seeds.findings]
    assert parsed == [finding.model_dump(mode="json") for finding in seeds.findings]


def test_lines_round_trip_through_the_model(seeds: Report) -> None:
    lines = render(seeds).splitlines()[: len(seeds.findings)]
    for line, finding in zip(lines, seeds.findings, strict=True):
        assert Finding.model_validate_json(line) == finding


def test_text_set_aside_follows_the_findings(seeds: Report) -> None:
    rest = [json.loads(line) for line in render(seeds).splitlines()[len(seeds.findings) :]]
    dropped = [(source, d) for source in seeds.sources for d in source.dropped]
    assert dropped and [
        (r["kind"], r["source"], r["span"], r["line"], r["reason"], r["text"]) for r in rest
    ] == [("set-aside", s.id, list(d.span), d.line, d.reason, d.text) for s, d in dropped]


def test_keys_are_sorted_and_text_is_not_ascii_escaped() -> None:
    out = render(make_report(make_finding("Über 12 Firmen — “quoted”", id="u1")))
    assert "Über 12 Firmen — “quoted”" in out
    keys = list(json.loads(out))
    assert keys == sorted(keys)


@pytest.mark.parametrize("separator", ["\n", "\r", "\x85", "\u2028", "\u2029"])
def test_line_separators_in_text_never_split_a_finding(separator: str) -> None:
    quote = f"first{separator}second"
    out = render(make_report(make_finding(quote, id="u1"), make_finding("plain", id="u2")))
    lines = out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["evidence"][0]["quote"] == quote


def test_no_findings_is_empty_output() -> None:
    assert render(make_report()) == ""


def test_finding_without_evidence_is_still_one_line() -> None:
    out = render(make_report(make_finding(id="u1")))
    assert json.loads(out)["evidence"] == []
    assert out.count("\n") == 1


def test_a_run_of_several_stories_is_written_story_by_story(tmp_path: Path) -> None:
    report = scan([two_story_corpus(tmp_path)])
    stories = [json.loads(line).get("story") for line in render(report).splitlines()]
    found = [story for story in stories if story]
    assert found == sorted(found) and set(found) == {"story-1", "story-2"}


def test_the_stream_writes_each_story_before_the_next_is_checked(tmp_path: Path) -> None:
    run = start_scan([two_story_corpus(tmp_path)], Config())
    checked: list[str] = []

    def results() -> Iterator[StoryResult]:
        for result in run.results:
            checked.append(result.story.id)
            yield result

    stream = JsonLinesStream(replace(run, results=results()), keep=lambda finding: True)
    lines = stream.lines()
    first = json.loads(next(lines))
    assert first["story"] == "story-1" and checked == ["story-1"]
    rest = list(lines)
    assert checked == ["story-1", "story-2"] and stream.report is not None
    whole = scan([tmp_path])
    assert render(whole).splitlines()[1:] == [line.rstrip("\n") for line in rest]
    assert stream.report.claims == [] and stream.report.sources == whole.sources
    assert sum(stream.counts.values()) == len(whole.findings)


def test_the_cli_streams_the_same_lines_as_the_report_gives(tmp_path: Path) -> None:
    folder = two_story_corpus(tmp_path / "corpus")
    out = tmp_path / "findings.jsonl"
    result = CliRunner().invoke(app, ["scan", str(folder), "-f", "jsonl", "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == render(scan([folder]))
    stats = CliRunner().invoke(app, ["scan", str(folder), "-f", "jsonl", "--statistics", "-q"])
    assert stats.exit_code == 1 and "CC1  conflict" in stats.stdout
    assert not any(line.startswith("{") for line in stats.stdout.splitlines())


def test_each_story_of_a_run_is_a_line_naming_its_articles(tmp_path: Path) -> None:
    report = scan([two_story_corpus(tmp_path)])
    records = [json.loads(line) for line in render(report).splitlines()]
    stories = [record for record in records if record.get("kind") == "story"]
    assert [(s["story"], s["sources"]) for s in stories] == [
        (story.id, story.sources) for story in report.stories
    ]
    # Each story's line comes before its findings, and every finding after its own story's.
    current = ""
    for record in records:
        if record.get("kind") == "story":
            current = record["story"]
        elif "evidence" in record:
            assert record["story"] == current
    # A run of one story has no story line.
    alone = tmp_path / "alone"
    alone.mkdir()
    for path in sorted(tmp_path.glob("quake*")):
        (alone / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    single = scan([alone])
    assert single.findings and '"kind": "story"' not in render(single)
