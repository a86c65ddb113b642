"""The pipeline: chains the stages, and does nothing else.

This is the library entry point a notebook imports: ``extract(paths)`` gives
the claim ledger and ``scan(paths)`` the full report. The CLI is a thin layer
over these two functions.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from claimcheck import __version__
from claimcheck.checks import CHECKS, CheckContext
from claimcheck.claims import extract_claims
from claimcheck.clean import find_boilerplate, kept_ranges
from claimcheck.config import Config
from claimcheck.frames import attach_frames_to_articles
from claimcheck.load import LoadedText, load_articles
from claimcheck.match import NameResolver, find_matches, group_matches
from claimcheck.models import Claim, Finding, Ledger, Report, Sentence, Source, Summary
from claimcheck.segment import split_sentences

Progress = Callable[[str], None]

# Below this many articles, starting worker processes costs more than it saves.
PARALLEL_MIN_ARTICLES = 64
# Articles processed together: their sentences are parsed in one batch (a worker's unit).
ARTICLE_BATCH = 32
MAX_WORKERS = 8


def sentences_of(loaded: LoadedText, ranges: Sequence[tuple[int, int]]) -> list[Sentence]:
    """Segment only the text cleaning kept, keeping offsets into the whole text."""
    return [
        Sentence(source=loaded.id, span=(start, end), text=loaded.text[start:end])
        for range_start, range_end in ranges
        for start, end in split_sentences(loaded.text, range_start, range_end)
    ]


def process_articles(loaded: Sequence[LoadedText]) -> list[tuple[Source, list[Claim]]]:
    """Clean, segment and extract articles, parsing all their claim sentences in one batch."""
    sources: list[Source] = []
    extracted: list[tuple[str, list[Claim]]] = []
    for article in loaded:
        dropped = find_boilerplate(article.text)
        sentences = sentences_of(article, kept_ranges(article.text, dropped))
        sources.append(
            Source(
                id=article.id,
                path=str(article.path),
                chars=len(article.text),
                sha256=article.sha256,
                dropped=dropped,
            )
        )
        extracted.append((article.text, extract_claims(article.id, article.text, sentences)))
    return list(zip(sources, attach_frames_to_articles(extracted), strict=True))


def _process_all(loaded: Sequence[LoadedText]) -> Iterator[tuple[Source, list[Claim]]]:
    """Process articles in order, a batch at a time; large runs use every core."""
    batches = [loaded[i : i + ARTICLE_BATCH] for i in range(0, len(loaded), ARTICLE_BATCH)]
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if len(loaded) < PARALLEL_MIN_ARTICLES or workers < 2:
        for batch in batches:
            yield from process_articles(batch)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for processed in pool.map(process_articles, batches):
            yield from processed


def extract(
    paths: Sequence[Path], config: Config | None = None, progress: Progress | None = None
) -> Ledger:
    """Load, clean, segment and extract claims from every article under paths.

    :param paths: files and folders of articles
    :param config: settings (excluded paths); defaults when None
    :param progress: called with each source id as it is processed
    :raises InputError: when a path is missing or holds no readable article
    """
    return _extract_with_texts(paths, config or Config(), progress)[0]


def _extract_with_texts(
    paths: Sequence[Path], config: Config, progress: Progress | None
) -> tuple[Ledger, dict[str, str]]:
    """The ledger, and each source's text as it was read (for locating spans)."""
    loaded, skipped = load_articles(paths, config.exclude, config.max_file_size)
    sources: list[Source] = []
    claims: list[Claim] = []
    for article, (source, article_claims) in zip(loaded, _process_all(loaded), strict=True):
        if progress:
            progress(article.id)
        sources.append(source)
        claims.extend(article_claims)
    texts = {article.id: article.text for article in loaded}
    return Ledger(sources=sources, skipped=skipped, claims=claims), texts


def _finding_order(finding: Finding) -> tuple[float, str, int, str]:
    """Most important first; ties by where the first claim sits, then id."""
    first = finding.evidence[0]
    return (-finding.score, first.path, first.span[0], finding.id)


def scan(
    paths: Sequence[Path], config: Config | None = None, progress: Progress | None = None
) -> Report:
    """Extract claims, match them across sources and run every check.

    :param paths: files and folders of articles about one story
    :param config: settings (aliases, thresholds); defaults when None
    :param progress: called with each source id as it is processed
    :raises InputError: when a path is missing or holds no readable article
    """
    config = config or Config()
    ledger, texts = _extract_with_texts(paths, config, progress)
    names = NameResolver(config)
    matches = find_matches(ledger.claims, names, texts)
    groups = group_matches(ledger.claims, matches, names)
    context = CheckContext(
        config=config,
        names=names,
        sources=ledger.sources,
        texts=texts,
        claims=ledger.claims,
        matches=matches,
        groups=groups,
    )
    findings = sorted(
        (finding for module in CHECKS.values() for finding in module.check(context)),
        key=_finding_order,
    )
    report = Report(
        tool=__version__,
        summary=Summary(),
        sources=ledger.sources,
        skipped=ledger.skipped,
        claims=ledger.claims,
        groups=groups,
        findings=findings,
    )
    return with_summary(report)


def with_summary(report: Report, suppressed: int = 0) -> Report:
    """The report with its summary counted from its own contents."""
    kinds = [finding.kind for finding in report.findings]
    summary = Summary(
        sources=len(report.sources),
        skipped=len(report.skipped),
        claims=len(report.claims),
        groups=len(report.groups),
        conflicts=kinds.count("conflict"),
        unsourced=kinds.count("unsourced"),
        corroborated=kinds.count("corroborated"),
        dropped=sum(len(source.dropped) for source in report.sources),
        suppressed=suppressed,
    )
    return report.model_copy(update={"summary": summary})
