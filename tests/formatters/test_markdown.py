"""The Markdown formatter: a pasteable, deterministic report with escaped quotes."""

from __future__ import annotations

import pytest
from tests.factories import assert_golden, make_evidence, make_finding, make_report

from claimcheck.formatters import FORMATTERS, OutputFormat
from claimcheck.formatters.markdown import code, escape, render, where
from claimcheck.formatters.quotes import marked_sentence
from claimcheck.formatters.table import summary_line
from claimcheck.models import Report, Source, SourceMetadata


def test_golden(seeds: Report, update_golden: bool) -> None:
    assert_golden("seeds.md", render(seeds), update_golden)


def test_every_conflict_quote_is_shown(seeds: Report) -> None:
    out = render(seeds)
    conflicts = [f for f in seeds.findings if f.kind == "conflict"]
    assert conflicts
    for finding in conflicts:
        for item in finding.evidence:
            sentence, start, end = marked_sentence(item)
            assert sentence != item.quote and start < end
            assert f"> {escape(sentence[:start])} **{escape(sentence[start:end])}**" in out
            assert code(f"{item.path}:{item.line}") in out


def test_no_ansi_and_deterministic(seeds: Report) -> None:
    out = render(seeds)
    assert "\x1b" not in out
    assert out == render(seeds)


def test_summary_line_and_sections(seeds: Report) -> None:
    out = render(seeds)
    assert out.startswith("# claimcheck report\n\n")
    assert escape(summary_line(seeds)) in out
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Conflicts",
        "## Unsourced claims, most important first",
        "## Other findings",
        "## Sources",
        "## Left out",
    ]


def test_unsourced_are_numbered_in_rank_order(seeds: Report) -> None:
    out = render(seeds)
    unsourced = [f for f in seeds.findings if f.kind == "unsourced"]
    lines = {line.split(". “", 1)[0]: line for line in out.splitlines() if ". “" in line}
    for rank, finding in enumerate(unsourced, 1):
        assert f"({where(finding.evidence[0])})" in lines[str(rank)]
    positions = [out.index(f"\n{rank}. “") for rank in range(1, len(unsourced) + 1)]
    assert positions == sorted(positions)


def test_other_findings_are_listed_with_their_quotes(seeds: Report) -> None:
    out = render(seeds).partition("## Other findings")[2].partition("## Sources")[0]
    others = [f for f in seeds.findings if f.kind not in ("conflict", "unsourced")]
    assert others
    for finding in others:
        assert escape(finding.message) in out
        for item in finding.evidence:
            sentence, start, end = marked_sentence(item)
            before = escape(sentence[:start]).rstrip()
            assert f"“{before} **{escape(sentence[start:end])}**" in out


def test_conflict_block_has_rule_reason_value_and_time() -> None:
    report = make_report(
        make_finding(
            make_evidence("over 100 firms", claim="c1"),
            make_evidence("200 firms", claim="c2", line=9),
            kind="conflict",
            rule="strict",
            severity="high",
            confidence=0.9,
            message="conflict message",
            reason="strict: no overlap",
        )
    )
    out = render(report)
    assert "### 1. conflict message" in out
    assert "**Rule:** strict · **Severity:** high · **Confidence:** 0.90" in out
    assert "**Why:** strict: no overlap" in out
    assert (
        "> **over 100 firms**\n>\n> — `news/a.txt:2` · says: (100, ∞) count · time: in 2024" in out
    )
    assert "`news/a.txt:9`" in out


def test_the_whole_sentence_is_quoted_with_the_value_in_bold() -> None:
    sentence = "Firms grew from 80 in 2023 to over 100 firms in 2024, the agency said."
    item = make_evidence("to over 100 firms in 2024", sentence=sentence, written="over 100 firms")
    out = render(make_report(make_finding(item, kind="conflict")))
    assert (
        "> Firms grew from 80 in 2023 to **over 100 firms** in 2024, the agency said.\n>\n"
        "> — `news/a.txt:2` · says: over 100 firms (normalised: (100, ∞) count)"
    ) in out


def test_sources_show_what_is_known_of_them() -> None:
    meta = SourceMetadata(title="Fire kills 12", outlet="Example Post", url="https://e.x/a")
    source = Source(id="a.txt", path="news/a.txt", chars=9, sha256="0" * 64, metadata=meta)
    out = render(make_report().model_copy(update={"sources": [source]}))
    assert "- `a.txt` — Fire kills 12 · Example Post · <https://e.x/a>\n" in out


def test_empty_sections_say_so() -> None:
    out = render(make_report())
    assert "No conflicts found." in out
    assert "No unsourced claims found." in out
    assert out.endswith("None.\n")


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain words, 12 of them", "plain words, 12 of them"),
        ("*bold* and _em_", "\\*bold\\* and \\_em\\_"),
        ("[link](http://x)", "\\[link\\](http://x)"),
        ("<script>", "\\<script\\>"),
        ("$5 and $6", "\\$5 and \\$6"),
        ("a | b", "a \\| b"),
        ("`code`", "\\`code\\`"),
        ("back\\slash", "back\\\\slash"),
        ("~~struck~~", "\\~\\~struck\\~\\~"),
        ("&amp; R&D", "\\&amp; R&D"),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("2024. A year", "2024\\. A year"),
        ("1) first", "1\\) first"),
        ("line one\nline two", "line one line two"),
    ],
)
def test_escape(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


@pytest.mark.parametrize(
    ("raw", "span"),
    [("a.txt:3", "`a.txt:3`"), ("odd`name:3", "``odd`name:3``"), ("`x", "`` `x ``")],
)
def test_code_span(raw: str, span: str) -> None:
    assert code(raw) == span


def test_hostile_quote_stays_inside_its_block_quote() -> None:
    quote = "# Not a heading\n\n- not a list <b>nor HTML</b> *nor* [a link](x)"
    out = render(make_report(make_finding(quote, kind="conflict")))
    assert "\n# Not" not in out
    assert "\n- not" not in out
    assert (
        "> **\\# Not a heading - not a list \\<b\\>nor HTML\\</b\\> \\*nor\\* \\[a link\\](x)**\n"
        in out
    )


def test_the_value_is_marked_whatever_its_case() -> None:
    sentence = "At least four people died in the town, officials said."
    item = make_evidence(
        "At least four people died in the town",
        sentence=sentence,
        written="at least four people",
    )
    assert marked_sentence(item) == (sentence, 0, len("At least four people"))


@pytest.mark.parametrize(
    ("output_format", "tag"),
    [(OutputFormat.markdown, "**Story:** `story-2`"), (OutputFormat.html, "· story-2</p>")],
)
def test_a_conflict_names_its_story_in_a_run_of_several(
    output_format: OutputFormat, tag: str
) -> None:
    finding = make_finding("Five were killed.").model_copy(update={"story": "story-2"})
    assert tag in FORMATTERS[output_format](make_report(finding))
    assert tag not in FORMATTERS[output_format](make_report(make_finding("Five were killed.")))
