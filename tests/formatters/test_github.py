"""The GitHub Actions formatter: well-formed, escaped workflow commands."""

from __future__ import annotations

import re

import pytest
from tests.factories import assert_golden, make_evidence, make_finding, make_report

from claimcheck.formatters.github import escape_data, escape_property, render, title
from claimcheck.models import FindingKind, Report

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


def test_one_annotation_per_finding_per_claim(seeds: Report) -> None:
    expected = [
        (finding, item.path, item.line) for finding in seeds.findings for item in finding.evidence
    ]
    lines = render(seeds).splitlines()[: len(expected)]
    levels = {"conflict": "error", "unsourced": "warning"}
    for line, (finding, path, number) in zip(lines, expected, strict=True):
        props = properties(line)
        assert line.startswith(f"::{levels.get(finding.kind, 'notice')} ")
        assert unescape(props["file"]) == path
        assert props["line"] == str(number)
        assert unescape(props["title"]) == title(finding)


def test_one_notice_per_article_with_text_set_aside(seeds: Report) -> None:
    findings = sum(len(finding.evidence) for finding in seeds.findings)
    rest = render(seeds).splitlines()[findings:]
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
    ("kind", "level"),
    [
        ("conflict", "error"),
        ("unsourced", "warning"),
        ("corroborated", "notice"),
        ("changed", "notice"),
        ("same-figure", "notice"),
    ],
)
def test_levels(kind: FindingKind, level: str) -> None:
    assert render(make_report(make_finding(make_evidence(), kind=kind))).startswith(f"::{level} ")


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
    out = render(make_report(make_finding(make_evidence(path="C:\\a,b.txt"), kind="unsourced")))
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


def test_finding_without_evidence_is_one_unlocated_annotation() -> None:
    out = render(make_report(make_finding(kind="corroborated")))
    lines = out.splitlines()
    assert len(lines) == 1
    assert set(properties(lines[0])) == {"title"}
