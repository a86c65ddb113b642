"""The GitHub Actions formatter: well-formed, escaped workflow commands, conflicts only
unless told, and a closing count of what was not annotated."""

from __future__ import annotations

import re
from collections import Counter
from typing import get_args

import pytest
from tests.factories import assert_golden, make_evidence, make_finding, make_report

from claimcheck.checks import KINDS
from claimcheck.formatters.github import (
    ANNOTATED,
    PER_LEVEL_LIMIT,
    annotated_kinds,
    escape_data,
    escape_property,
    render,
    title,
)
from claimcheck.formatters.levels import github_command
from claimcheck.models import FindingKind, Report, Severity

ALL_KINDS = get_args(FindingKind)
NOT_ANNOTATED = "::notice title=claimcheck findings not annotated::claimcheck: "

# A command line: level, comma-separated name=value properties, then the message.
# Escaped values hold no raw ',', ':' or line break, so this only matches when
# the escaping is right.
COMMAND = re.compile(
    r"::(?P<level>error|warning|notice)"
    r"(?: (?P<props>(?:file|line|col|endLine|endColumn|title)=[^,:\r\n]*"
    r"(?:,(?:file|line|col|endLine|endColumn|title)=[^,:\r\n]*)*))?"
    r"::(?P<message>[^\r\n]*)"
)


def properties(line: str) -> dict[str, str]:
    """The properties of one command line, still escaped."""
    match = COMMAND.fullmatch(line)
    assert match is not None, line
    props = match.group("props") or ""
    return dict(pair.split("=", 1) for pair in props.split(",")) if props else {}


def unescape(text: str) -> str:
    """Decode a value the way the runner does."""
    for escaped, raw in [("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")]:
        text = text.replace(escaped, raw)
    return text


def test_golden(seeds: Report, update_golden: bool) -> None:
    assert_golden("seeds.github.txt", render(seeds), update_golden)


def test_every_line_is_a_command(seeds: Report) -> None:
    lines = render(seeds).splitlines()
    assert lines
    for line in lines:
        assert COMMAND.fullmatch(line), line


def annotated(report: Report, kinds: tuple[str, ...] = ("conflict",)) -> int:
    """How many finding annotations a render of ``report`` starts with."""
    return sum(
        len(finding.evidence)
        for finding in report.findings
        if finding.kind in kinds and github_command(finding) is not None
    )


def test_one_annotation_per_conflict_per_claim(seeds: Report) -> None:
    expected = [
        (finding, item.path, item.line)
        for finding in seeds.findings
        if finding.kind == "conflict"
        for item in finding.evidence
    ]
    assert expected
    lines = render(seeds).splitlines()[: len(expected)]
    for line, (finding, path, number) in zip(lines, expected, strict=True):
        props = properties(line)
        assert line.startswith(f"::{github_command(finding)} ")
        assert unescape(props["file"]) == path
        assert props["line"] == str(number)
        assert unescape(props["title"]) == title(finding)


def test_more_kinds_annotate_when_asked_but_never_agreements(seeds: Report) -> None:
    agreement = make_finding(
        "4,312 people", id="agree", kind="corroborated", check="CC3", severity="info"
    )
    seeds = seeds.model_copy(update={"findings": [*seeds.findings, agreement]})
    lines = render(seeds, kinds=ALL_KINDS).splitlines()
    findings = [line for line in lines if "title=claimcheck CC" in line]
    assert len(findings) > annotated(seeds)
    titles = {unescape(properties(line)["title"]) for line in findings}
    assert not any("corroborated" in heading for heading in titles)
    assert any("unsourced" in heading for heading in titles)
    agreements = sum(finding.kind == "corroborated" for finding in seeds.findings)
    assert lines[-1].startswith(NOT_ANNOTATED)
    assert lines[-1].endswith(
        f", {agreements} corroborated not annotated; run with --format json for all"
    )


def test_no_level_gets_more_annotations_than_github_shows(seeds: Report) -> None:
    lines = render(seeds, kinds=ALL_KINDS).splitlines()
    findings = [line for line in lines if "title=claimcheck CC" in line]
    levels = Counter(line.split(" ", 1)[0] for line in findings)
    assert max(levels.values()) == PER_LEVEL_LIMIT
    beyond = re.search(r"claimcheck: (\d+) beyond GitHub's", lines[-1])
    assert beyond is not None
    annotatable = sum(f.kind != "corroborated" for f in seeds.findings)
    # Each finding shown has at least one annotation line; the others are counted.
    assert 0 < int(beyond.group(1)) <= annotatable - len(levels)
    assert len(findings) + int(beyond.group(1)) >= annotatable


def test_a_closing_notice_counts_what_was_not_annotated(seeds: Report) -> None:
    last = render(seeds).splitlines()[-1]
    counts = {kind: sum(f.kind == kind for f in seeds.findings) for kind in ALL_KINDS}
    listed = ", ".join(f"{counts[k]} {k}" for k in ALL_KINDS if k != "conflict" and counts[k])
    assert last == f"{NOT_ANNOTATED}{listed} not annotated; run with --format json for all"
    assert COMMAND.fullmatch(last)


def test_the_closing_notice_counts_by_kind_in_a_fixed_order() -> None:
    report = make_report(
        make_finding("a", id="f1", kind="corroborated", severity="info"),
        make_finding("b", id="f2", kind="unsourced", severity="medium"),
        make_finding("c", id="f3", kind="unsourced", severity="low"),
        make_finding("d", id="f4", kind="changed", severity="info"),
    )
    summary = "2 unsourced, 1 changed, 1 corroborated not annotated; run with --format json for all"
    assert render(report).splitlines() == [NOT_ANNOTATED + summary]


def test_no_closing_notice_when_everything_is_annotated() -> None:
    out = render(make_report(make_finding("a", id="f1"), make_finding("b", id="f2")))
    assert len(out.splitlines()) == 2
    assert "not annotated" not in out
    assert render(make_report()) == ""


def test_one_notice_per_article_with_text_set_aside(seeds: Report) -> None:
    rest = render(seeds).splitlines()[annotated(seeds) : -1]
    with_drops = [source for source in seeds.sources if source.dropped]
    assert with_drops and len(rest) == len(with_drops)
    for line, source in zip(rest, with_drops, strict=True):
        props = properties(line)
        assert line.startswith("::notice ")
        assert unescape(props["file"]) == source.path
        assert props["line"] == str(source.dropped[0].line)
        assert all(d.reason in unescape(line) for d in source.dropped)


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain text", "plain text"),
        ("100%", "100%25"),
        ("%0A literally", "%250A literally"),
        ("two\nlines", "two%0Alines"),
        ("crlf\r\nend", "crlf%0D%0Aend"),
        ("a: b, c", "a: b, c"),
        ("“quoted” ∞", "“quoted” ∞"),
    ],
)
def test_escape_data(raw: str, escaped: str) -> None:
    assert escape_data(raw) == escaped
    assert unescape(escaped) == raw


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("news/a.txt", "news/a.txt"),
        ("C:\\news\\a.txt", "C%3A\\news\\a.txt"),
        ("a,b.txt", "a%2Cb.txt"),
        ("50%,:\n", "50%25%2C%3A%0A"),
        ("claimcheck CC1 conflict (strict)", "claimcheck CC1 conflict (strict)"),
    ],
)
def test_escape_property(raw: str, escaped: str) -> None:
    assert escape_property(raw) == escaped
    assert unescape(escaped) == raw


@pytest.mark.parametrize(
    ("severity", "level"),
    [("high", "error"), ("medium", "warning"), ("low", "notice"), ("info", "notice")],
)
@pytest.mark.parametrize("kind", ["conflict", "unsourced", "changed", "same-figure"])
def test_levels_follow_severity(kind: FindingKind, severity: Severity, level: str) -> None:
    report = make_report(make_finding(make_evidence(), kind=kind, severity=severity))
    assert render(report, kinds=[kind]).startswith(f"::{level} ")


def test_title_names_check_kind_and_rule() -> None:
    finding = make_finding(kind="conflict", check="CC9", rule="strict")
    assert title(finding) == "claimcheck CC9 conflict (strict)"


def test_hostile_text_cannot_break_out_of_the_command() -> None:
    quote = "50% said\n::error file=x.txt::injected,\r\nok"
    message = "values: a, b\n::warning::also injected"
    out = render(make_report(make_finding(quote, message=message)))
    lines = out.splitlines()
    assert len(lines) == 1
    match = COMMAND.fullmatch(lines[0])
    assert match is not None
    decoded = unescape(match.group("message"))
    assert quote in decoded
    assert decoded.startswith(message + "\n")


def test_awkward_path_is_escaped() -> None:
    out = render(make_report(make_finding(make_evidence(path="C:\\a,b.txt"))))
    assert unescape(properties(out.rstrip("\n"))["file"]) == "C:\\a,b.txt"


def test_columns_are_inclusive_and_single_line() -> None:
    out = render(make_report(make_finding(make_evidence("four", line=2, column=3))))
    props = properties(out.rstrip("\n"))
    assert (props["line"], props["col"], props["endLine"], props["endColumn"]) == (
        "2",
        "3",
        "2",
        "6",
    )


def test_multi_line_claim_drops_columns() -> None:
    out = render(make_report(make_finding(make_evidence(line=2, end_line=4))))
    props = properties(out.rstrip("\n"))
    assert (props["line"], props["endLine"]) == ("2", "4")
    assert "col" not in props
    assert "endColumn" not in props


def test_the_message_quotes_the_sentence_and_the_value_as_written() -> None:
    item = make_evidence(
        "over 100 firms",
        sentence="The park now hosts over 100 firms, up from 40.",
        written="over 100 firms",
    )
    line = render(make_report(make_finding(item))).rstrip("\n")
    match = COMMAND.fullmatch(line)
    assert match is not None
    decoded = unescape(match.group("message"))
    assert decoded.endswith(
        "“The park now hosts over 100 firms, up from 40.” → over 100 firms (in 2024), "
        "credited to the agency"
    )


def test_finding_without_evidence_is_one_unlocated_annotation() -> None:
    out = render(make_report(make_finding(kind="conflict")))
    lines = out.splitlines()
    assert len(lines) == 1
    assert set(properties(lines[0])) == {"title"}


@pytest.mark.parametrize(
    ("checks", "kinds"),
    [
        ((), ("conflict",)),
        (("CC2",), ("unsourced",)),
        (("CC1", "CC2"), ("conflict", "unsourced")),
        # CC3 reports agreements and CC4 changes: one module, two kinds, one per id.
        (("CC4",), ("changed",)),
        (("CC5", "CC3"), ("same-figure", "corroborated")),
    ],
)
def test_selected_checks_choose_the_kinds_annotated(
    checks: tuple[str, ...], kinds: tuple[str, ...]
) -> None:
    assert annotated_kinds(checks) == kinds
    assert annotated_kinds([]) == ANNOTATED


def test_every_check_has_a_kind_to_annotate() -> None:
    for check_id in set(KINDS.values()):
        assert annotated_kinds([check_id]), check_id


def test_rendering_with_the_selected_kinds_annotates_them(seeds: Report) -> None:
    lines = render(seeds, kinds=annotated_kinds(["CC2"])).splitlines()
    titles = {
        unescape(properties(line)["title"]) for line in lines if "title=claimcheck CC" in line
    }
    assert titles and all(heading.startswith("claimcheck CC2 unsourced") for heading in titles)
