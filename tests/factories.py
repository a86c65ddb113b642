"""Test data shared by the tests: the seed report, made-up evidence, findings and
reports, claims of a made-up article, two made-up stories, and the golden-file comparison."""

from __future__ import annotations

import contextlib
from functools import cache
from pathlib import Path

from claimcheck.claims import extract_claims
from claimcheck.config import load_config
from claimcheck.models import (
    Claim,
    Evidence,
    Finding,
    FindingKind,
    Report,
    Sentence,
    Severity,
    Summary,
)
from claimcheck.pipeline import scan, with_summary
from claimcheck.segment import split_sentences
from tests.paths import GOLDEN, PROJECT, SOURCES


@cache
def seed_report() -> Report:
    """The data/sources report, scanned by relative path so golden files are portable.

    Computed once per run; tests must not change it in place (use ``model_copy``).
    """
    with contextlib.chdir(PROJECT):
        relative = SOURCES.relative_to(PROJECT)
        return scan([relative], load_config([relative]))


def make_evidence(
    quote: str = "over 100 firms",
    *,
    claim: str = "c1",
    source: str = "a.txt",
    path: str = "news/a.txt",
    start: int = 10,
    line: int = 2,
    column: int = 3,
    end_line: int | None = None,
    value: str = "(100, ∞) count",
    time: str = "in 2024",
    attribution: str = "the agency",
    sentence: str = "",
    written: str = "",
) -> Evidence:
    """A made-up claim quoted at ``line``, ``column``; it ends on the same line unless told.

    With ``sentence``, the claim's quote sits in it (the sentence's span is worked out
    from where the quote is found)."""
    offset = start - max(0, sentence.find(quote)) if sentence else 0
    return Evidence(
        claim=claim,
        source=source,
        path=path,
        span=(start, start + len(quote)),
        line=line,
        column=column,
        end_line=line if end_line is None else end_line,
        end_column=column + len(quote),
        quote=quote,
        sentence=sentence,
        sentence_span=(offset, offset + len(sentence)),
        written=written,
        value=value,
        time=time,
        attribution=attribution,
    )


def make_finding(
    *evidence: Evidence | str,
    id: str = "f1",
    kind: FindingKind = "conflict",
    check: str = "CC1",
    rule: str = "strict",
    severity: Severity = "high",
    confidence: float = 0.9,
    score: float = 90.0,
    message: str = "2 sources disagree",
    reason: str = "strict: no overlap",
) -> Finding:
    """A finding quoting the given claims.

    Each item of ``evidence`` is an :class:`Evidence` or a bare quote; the n-th
    quote (from 1) becomes claim ``c<n>`` made by :func:`make_evidence`.
    """
    items = [
        item if isinstance(item, Evidence) else make_evidence(item, claim=f"c{number}")
        for number, item in enumerate(evidence, 1)
    ]
    return Finding(
        id=id,
        kind=kind,
        check=check,
        rule=rule,
        severity=severity,
        confidence=confidence,
        score=score,
        claims=[item.claim for item in items],
        message=message,
        reason=reason,
        evidence=items,
    )


def make_report(*findings: Finding) -> Report:
    """A report holding only the given findings, its summary counted from them."""
    report = Report(
        tool="test", summary=Summary(), sources=[], claims=[], groups=[], findings=list(findings)
    )
    return with_summary(report)


def assert_golden(name: str, produced: str, update: bool) -> None:
    """Compare output with the golden file ``name``; rewrite the file first when updating.

    The file is written and read byte for byte (no newline translation), so a
    stray carriage return in either shows up as a difference.
    """
    golden = GOLDEN / name
    if update:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced, encoding="utf-8", newline="")
    assert golden.exists(), "run pytest --update-golden to create the golden file"
    assert golden.read_bytes().decode("utf-8") == produced


def article_claims(text: str, source: str = "a.txt") -> list[Claim]:
    """Claims of a one-article text, segmented as the pipeline does (no frames)."""
    sentences = [
        Sentence(source=source, span=span, text=text[span[0] : span[1]])
        for span in split_sentences(text)
    ]
    return extract_claims(source, text, sentences)


# Two made-up stories; {dead} and {out} are the figures two articles may disagree on.
QUAKE = (
    "A magnitude 6.1 earthquake struck Lake Varna province on Tuesday, killing {dead} people "
    "in the town of Orlen, officials said. Rescuers searched the ruins of Orlen for survivors "
    "and the Lake Varna governor asked for tents.\n"
)
FLOOD = (
    "Floods on the Tesk River forced {out} families from their homes in Marrow County on "
    "Sunday, the county emergency office said. Sandbags held along the Tesk River levee near "
    "Marrow.\n"
)


def write_articles(folder: Path, **articles: str) -> None:
    """Write each text as NAME.txt in folder (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def scanned_findings(folder: Path, kind: str, **articles: str) -> list[Finding]:
    """Write the articles into folder, scan it, and return its findings of one kind."""
    write_articles(folder, **articles)
    return [finding for finding in scan([folder]).findings if finding.kind == kind]


def pair_findings(
    folder: Path, kind: str, first: str, second: str, dates: tuple[str, str] | None = None
) -> list[Finding]:
    """Findings of one kind when two articles, each one paragraph under a headline of its
    own (and a date line under it, when ``dates`` gives the two), are scanned together."""
    first_date, second_date = (f"{date}\n" for date in dates) if dates else ("", "")
    return scanned_findings(
        folder,
        kind,
        a=f"Report\n{first_date}\n{first}\n",
        b=f"Another report\n{second_date}\n{second}\n",
    )


def two_story_corpus(folder: Path, copies: int = 3) -> Path:
    """Copies of a quake article and of a flood article in folder, each copy with its own
    figures (so each story has a conflict); returns the folder."""
    for number in range(copies):
        write_articles(
            folder,
            **{
                f"quake{number}": QUAKE.format(dead=number + 3),
                f"flood{number}": FLOOD.format(out=100 * (number + 2)),
            },
        )
    return folder


def conformance_texts() -> list[str]:
    """Every input text of the peer suites copied into tests/data/conformance."""
    import json

    root = Path(__file__).resolve().parent / "data" / "conformance"
    texts: list[str] = []
    for path in sorted(root.rglob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            text = case.get("Input") or case.get("req") or case.get("text")
            if isinstance(text, str):
                texts.append(text)
    return texts
