"""The concise formatter: one ``path:line:col: CC1 message`` line per finding."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.factories import assert_golden, make_evidence, make_finding, make_report

from claimcheck.formatters.concise import display_path, render
from claimcheck.models import Report

LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<check>CC\d) (?P<text>.+)$")


def test_golden(seeds: Report, update_golden: bool) -> None:
    assert_golden("seeds.concise.txt", render(seeds), update_golden)


def test_one_parsable_line_per_finding_at_its_first_claim(seeds: Report) -> None:
    lines = render(seeds).splitlines()[: len(seeds.findings)]
    assert seeds.findings and len(lines) == len(seeds.findings)
    for line, finding in zip(lines, seeds.findings, strict=True):
        match = LINE.match(line)
        assert match is not None, line
        first = finding.evidence[0]
        assert (match["path"], int(match["line"]), int(match["column"])) == (
            first.path,
            first.line,
            first.column,
        )
        assert match["check"] == finding.check
        message = " ".join(finding.message.split())
        if finding.kind == "unsourced":
            # Several figures of one sentence are quoted as the sentence.
            several = len({e.quote for e in finding.evidence}) > 1
            quoted = first.sentence if several else first.quote
            message += f": \u201c{' '.join(quoted.split())}\u201d"
        assert match["text"] == message


def test_what_was_left_out_follows_the_findings(seeds: Report) -> None:
    after = render(seeds).splitlines()[len(seeds.findings) :]
    dropped = [(source, d) for source in seeds.sources for d in source.dropped]
    assert dropped and after == [
        f"{source.path}:{d.line}:{d.column}: set aside: {d.reason}" for source, d in dropped
    ]


def test_a_multi_line_message_stays_on_one_line() -> None:
    finding = make_finding("over 100 firms", message="2 sources\ndisagree  on firms")
    assert render(make_report(finding)) == "news/a.txt:2:3: CC1 2 sources disagree on firms\n"


def test_a_finding_without_claims_has_no_location() -> None:
    finding = make_finding(check="CC5", kind="same-figure", message="one figure, two things")
    assert render(make_report(finding)) == "CC5 one figure, two things\n"


def test_absolute_paths_under_the_folder_become_relative(tmp_path: Path) -> None:
    inside = make_evidence(path=str(tmp_path / "news" / "a.txt"), line=4, column=7)
    outside = make_evidence(path="/elsewhere/b.txt", claim="c2")
    report = make_report(make_finding(inside), make_finding(outside, id="f2", check="CC2"))
    assert render(report, base=tmp_path).splitlines() == [
        "news/a.txt:4:7: CC1 2 sources disagree",
        "/elsewhere/b.txt:2:3: CC2 2 sources disagree",
    ]


def test_relative_paths_and_stdin_are_kept_as_given(tmp_path: Path) -> None:
    assert display_path("../other/a.txt", tmp_path) == "../other/a.txt"
    assert display_path("-", tmp_path) == "-"
    assert display_path(str(tmp_path), tmp_path) == "."


def test_the_current_folder_is_the_default_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert display_path(str(tmp_path / "x" / "a.txt")) == "x/a.txt"
