"""Wire copies and reprints are one witness: they do not corroborate each other, and a
claim they share unsourced is one finding."""

from __future__ import annotations

from pathlib import Path

from claimcheck.formatters import markdown, table
from claimcheck.pipeline import scan

WIRE = (
    "Harbour fire\n"
    "A fire at the Lindqvist warehouse on the east quay destroyed 40 homes on Monday night, "
    "the regional fire service said on Tuesday.\n"
    "Firefighters from four neighbouring towns worked through the night to keep the flames "
    "away from the fuel depot next to the warehouse.\n"
    "The warehouse, which stored timber and paint, was built in 1974 and employed 85 people "
    "before it closed last spring.\n"
)
REPRINT = WIRE.replace("Harbour fire", "Fire on the east quay") + "Readers can send photos.\n"
INDEPENDENT = (
    "Quay blaze\n"
    "Forty homes were destroyed when the old timber store burned on Monday, the fire service "
    "said.\n"
)


def _scan(tmp_path: Path, **articles: str):  # type: ignore[no-untyped-def]
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return scan([tmp_path])


def test_a_reprint_is_one_family_with_its_wire_story(tmp_path: Path) -> None:
    report = _scan(tmp_path, wire=WIRE, reprint=REPRINT)
    assert [family.sources for family in report.families] == [["reprint.txt", "wire.txt"]]
    assert "carry the same text" in report.families[0].message


def test_copies_alone_do_not_corroborate(tmp_path: Path) -> None:
    report = _scan(tmp_path, wire=WIRE, reprint=REPRINT)
    assert not [f for f in report.findings if f.kind == "corroborated"]


def test_a_shared_unsourced_claim_is_one_finding_with_every_copy(tmp_path: Path) -> None:
    report = _scan(tmp_path, wire=WIRE, reprint=REPRINT)
    copied = [
        f for f in report.findings if f.kind == "unsourced" and "85" in f.evidence[0].sentence
    ]
    assert copied and all(
        sorted({e.source for e in f.evidence}) == ["reprint.txt", "wire.txt"] for f in copied
    )
    assert all("the same text is in" in f.message for f in copied)
    claims = [claim for f in copied for claim in f.claims]
    assert len(claims) == len(set(claims))


def test_an_independent_article_corroborates_once_for_the_family(tmp_path: Path) -> None:
    report = _scan(tmp_path, wire=WIRE, reprint=REPRINT, other=INDEPENDENT)
    agreed = [f for f in report.findings if f.kind == "corroborated"]
    assert len(agreed) == 1
    assert agreed[0].message.startswith("3 sources (2 independent) agree")
    assert "reprint.txt and wire.txt carry the same text" in agreed[0].reason


def test_short_sentences_worded_alike_are_not_copies(tmp_path: Path) -> None:
    one = "Quay fire\nThe fire destroyed 40 homes.\nIt started in a paint store on Monday.\n"
    two = "Night blaze\nThe fire destroyed 40 homes.\nCrews came from four towns, police said.\n"
    report = _scan(tmp_path, one=one, two=two)
    assert report.families == []
    assert [f.kind for f in report.findings if f.kind == "corroborated"] == ["corroborated"]


def test_reports_name_the_copies(tmp_path: Path) -> None:
    report = _scan(tmp_path, wire=WIRE, reprint=REPRINT)
    assert "1 family of copied or same-outlet articles, each counted as one source" in (
        table.summary_line(report)
    )
    assert "- reprint.txt and wire.txt carry the same text" in markdown.render(report)


def _datelined(outlet: str, day: str, body: str) -> str:
    return f"Quay fire\nPORT ELLIS, Oct {day} ({outlet}) - {body}\n"


def test_one_outlets_reports_are_one_witness(tmp_path: Path) -> None:
    first = _datelined("Meridian Wire", "14", "The blaze destroyed 40 homes on Monday night.")
    later = _datelined("Meridian Wire", "15", "Crews said the fire had destroyed 40 homes.")
    report = _scan(tmp_path, wire=first, followup=later)
    assert [family.outlets for family in report.families] == [["Meridian Wire"]]
    assert report.families[0].message == (
        "followup.txt and wire.txt are datelined by one outlet (Meridian Wire): one witness"
    )
    assert not [f for f in report.findings if f.kind == "corroborated"]


def test_two_outlets_reports_are_two_witnesses(tmp_path: Path) -> None:
    first = _datelined("Meridian Wire", "14", "The blaze destroyed 40 homes on Monday night.")
    other = _datelined("Coastal Press", "15", "Crews said the fire had destroyed 40 homes.")
    report = _scan(tmp_path, wire=first, other=other)
    assert report.families == []
    assert [f.kind for f in report.findings if f.kind == "corroborated"] == ["corroborated"]
