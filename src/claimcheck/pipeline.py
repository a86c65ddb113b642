"""The pipeline: chains the stages, and does nothing else.

This is the library entry point a notebook imports: ``extract(paths)`` gives
the claim ledger and ``scan(paths)`` the full report. The CLI is a thin layer
over these two functions.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from claimcheck import __version__
from claimcheck.checks import CHECKS, CheckContext
from claimcheck.claims import LineIndex, extract_claims
from claimcheck.clean import find_boilerplate, kept_ranges
from claimcheck.config import Config
from claimcheck.copies import find_copies
from claimcheck.errors import ClaimcheckError
from claimcheck.frames import attach_frames, attach_frames_to_articles
from claimcheck.load import LoadedText, load_articles
from claimcheck.match import NameResolver, find_matches, group_matches
from claimcheck.models import (
    Claim,
    Finding,
    Ledger,
    Report,
    Sentence,
    SkippedFile,
    Source,
    SourceMetadata,
    Story,
    Summary,
)
from claimcheck.quantities.parser import CLOCK_RE
from claimcheck.segment import split_sentences
from claimcheck.stories import separate

# Called with each source id as its article is processed. A progress callable may also
# have a ``stage(name, total)`` method, called as each stage starts (total: how many
# steps it has, None when unknown), so a display can show a bar with a percentage.
Progress = Callable[[str], None]


def _stage(progress: Progress | None, name: str, total: int | None = None) -> None:
    """Tell a progress display that a stage starts, if it wants to know."""
    start = getattr(progress, "stage", None)
    if callable(start):
        start(name, total)


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


# What processing one article gives: its source and claims, or why it was left out.
Processed = tuple[Source, list[Claim]] | SkippedFile


def _extract_article(article: LoadedText) -> tuple[Source, list[Claim]]:
    """Clean, segment and extract one article (its claims not framed yet)."""
    dropped = find_boilerplate(article.text)
    kept = kept_ranges(article.text, dropped)
    sentences = sentences_of(article, kept)
    lines = LineIndex(article.text)
    dropped = [
        d.model_copy(update=dict(zip(("line", "column"), lines.position(d.span[0]), strict=True)))
        for d in dropped
    ]
    source = Source(
        id=article.id,
        path=str(article.path),
        chars=len(article.text),
        sha256=article.sha256,
        dropped=dropped,
        metadata=_with_headline(article.metadata, article.text, kept),
    )
    published = article.metadata.published if article.metadata else None
    return source, extract_claims(article.id, article.text, sentences, published)


def _with_headline(
    metadata: SourceMetadata | None, text: str, kept: Sequence[tuple[int, int]]
) -> SourceMetadata | None:
    """The article's metadata, its title taken from a headline line when none is known.

    A plain-text article often opens with its headline: the first line of kept text,
    of ``HEADLINE_WORDS`` words, mostly words of letters, with no closing punctuation
    and no separators. A one- or two-word line ("Introduction") is a section heading,
    not a headline.
    """
    if (metadata is not None and metadata.title) or not kept:
        return metadata
    line = text[kept[0][0] :].lstrip().partition("\n")[0].strip()
    words = line.split()
    worded = sum(1 for word in words if any(c.isalpha() for c in word))
    if (
        not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1]
        or line.endswith((".", "!", "?", ":", ";", ","))
        or worded * 2 <= len(words)
        or any(mark in line for mark in "|•·")
        or CLOCK_RE.search(line)
    ):
        # A dateline or a menu ("Sunday, March 17, 2013 | 5:00 PM", "Last updated at
        # 12:41 GMT") is no headline.
        return metadata
    if metadata is None:
        return SourceMetadata(title=line)
    return metadata.model_copy(update={"title": line})


# How many words a headline line has, at least and at most.
HEADLINE_WORDS = (3, 25)


def _internal_skip(article: LoadedText, error: Exception) -> SkippedFile:
    """An article left out because processing it raised: the run goes on without it."""
    detail = " ".join(str(error).split())[:200]
    return SkippedFile(
        path=str(article.path),
        reason=(
            f"left out after an internal error ({type(error).__name__}: {detail}); please report it"
        ),
    )


def process_articles(loaded: Sequence[LoadedText]) -> list[Processed]:
    """Clean, segment and extract articles, parsing all their claim sentences in one batch.

    An unexpected error in one article leaves that article out with a reason and the
    others in; errors of claimcheck's own (a missing model) stop the run.
    """
    results: list[Processed | None] = []
    extracted: list[tuple[int, LoadedText, Source, list[Claim]]] = []
    for article in loaded:
        try:
            source, claims = _extract_article(article)
        except ClaimcheckError:
            raise
        except Exception as error:  # noqa: BLE001 - one article must not end the run
            results.append(_internal_skip(article, error))
            continue
        extracted.append((len(results), article, source, claims))
        results.append(None)
    framed: list[list[Claim] | Exception]
    try:
        framed = list(
            attach_frames_to_articles([(a.text, claims) for _, a, _, claims in extracted])
        )
    except ClaimcheckError:
        raise
    except Exception:  # noqa: BLE001 - find the article that fails, frame the others
        framed = [_framed_alone(article, claims) for _, article, _, claims in extracted]
    for (index, article, source, _), claims_or_error in zip(extracted, framed, strict=True):
        results[index] = (
            _internal_skip(article, claims_or_error)
            if isinstance(claims_or_error, Exception)
            else (source, claims_or_error)
        )
    return [result for result in results if result is not None]


def _framed_alone(article: LoadedText, claims: list[Claim]) -> list[Claim] | Exception:
    """One article's claims framed on their own, or the error that framing them raised."""
    try:
        return attach_frames(article.text, claims)
    except ClaimcheckError:
        raise
    except Exception as error:  # noqa: BLE001 - reported as this article's skip reason
        return error


def _process_all(loaded: Sequence[LoadedText], jobs: int = 0) -> Iterator[Processed]:
    """Process articles in order, a batch at a time; large runs use ``jobs`` worker
    processes (0: one per core, at most ``MAX_WORKERS``). Each batch is processed
    alike wherever it runs, so the result does not depend on ``jobs``."""
    batches = [loaded[i : i + ARTICLE_BATCH] for i in range(0, len(loaded), ARTICLE_BATCH)]
    workers = jobs or min(os.cpu_count() or 1, MAX_WORKERS)
    if len(loaded) < PARALLEL_MIN_ARTICLES or workers < 2:
        for batch in batches:
            yield from process_articles(batch)
        return
    # A multiprocessing pool, not an executor: leaving its block for any reason (an error,
    # Ctrl-C, SIGTERM turned into SystemExit by the CLI) terminates the workers.
    with multiprocessing.Pool(workers) as pool:
        for processed in pool.imap(process_articles, batches):
            yield from processed


def extract(
    paths: Sequence[Path],
    config: Config | None = None,
    progress: Progress | None = None,
    stdin_name: str = "stdin",
) -> Ledger:
    """Load, clean, segment and extract claims from every article under paths.

    :param paths: files and folders of articles
    :param config: settings (excluded paths); defaults when None
    :param progress: called with each source id as it is processed
    :param stdin_name: the source id of an article read from standard input (path ``-``)
    :raises InputError: when a path is missing or holds no readable article
    """
    return _extract_with_texts(paths, config or Config(), progress, stdin_name)[0]


def _extract_with_texts(
    paths: Sequence[Path], config: Config, progress: Progress | None, stdin_name: str
) -> tuple[Ledger, dict[str, str]]:
    """The ledger, and each source's text as it was read (for locating spans)."""
    found = load_articles(
        paths,
        config.exclude,
        config.max_file_size,
        config.force_exclude,
        stdin_name,
        config.jsonl_fields,
    )
    loaded, skipped = found.articles, list(found.skipped)
    _stage(progress, "reading articles", len(loaded))
    sources: list[Source] = []
    claims: list[Claim] = []
    for article, processed in zip(loaded, _process_all(loaded, config.jobs), strict=True):
        if progress:
            progress(article.id)
        if isinstance(processed, SkippedFile):
            skipped.append(processed)
            continue
        source, article_claims = processed
        sources.append(source)
        claims.extend(article_claims)
    kept = {source.id for source in sources}
    texts = {article.id: article.text for article in loaded if article.id in kept}
    ledger = Ledger(sources=sources, skipped=skipped, ignored=found.ignored, claims=claims)
    return ledger, texts


def _finding_order(finding: Finding) -> tuple[float, str, int, str]:
    """Most important first; ties by where the first claim sits, then id."""
    first = finding.evidence[0]
    return (-finding.score, first.path, first.span[0], finding.id)


def scan(
    paths: Sequence[Path],
    config: Config | None = None,
    progress: Progress | None = None,
    stdin_name: str = "stdin",
) -> Report:
    """Extract claims, split the sources into stories (``config.stories``), match claims
    across the sources of each story and run every check on it.

    :param paths: files and folders of articles about one story or several
    :param config: settings (aliases, thresholds); defaults when None
    :param progress: called with each source id as it is processed (and, if it has a
        ``stage`` method, as each stage starts: see ``Progress``)
    :param stdin_name: the source id of an article read from standard input (path ``-``)
    :raises InputError: when a path is missing or holds no readable article
    """
    config = config or Config()
    ledger, texts = _extract_with_texts(paths, config, progress, stdin_name)
    names = NameResolver(config)
    stories = separate(ledger.sources, texts, config.stories)
    _stage(progress, "matching claims")
    contexts = _story_contexts(ledger, texts, stories, config, names)
    _stage(progress, "running checks")
    findings = [
        finding.model_copy(update={"story": story}) if story else finding
        for story, context in contexts
        for module in CHECKS.values()
        for finding in module.check(context)
    ]
    # A conflict's sides already show who agrees with whom: the same group's agreements
    # are not reported again beside it.
    conflicted = {finding.group for finding in findings if finding.kind == "conflict"}
    findings = [
        finding
        for finding in findings
        if not (finding.kind == "corroborated" and finding.group in conflicted)
    ]
    report = Report(
        tool=__version__,
        summary=Summary(),
        sources=ledger.sources,
        skipped=ledger.skipped,
        ignored=ledger.ignored,
        stories=stories if len(stories) > 1 else [],
        families=[family for _, context in contexts for family in context.copies.families],
        claims=ledger.claims,
        groups=[group for _, context in contexts for group in context.groups],
        findings=sorted(findings, key=_finding_order),
    )
    return with_summary(report)


def _story_contexts(
    ledger: Ledger,
    texts: dict[str, str],
    stories: Sequence[Story],
    config: Config,
    names: NameResolver,
) -> list[tuple[str, CheckContext]]:
    """Each story's claims matched and grouped, and its copies found, ready for the
    checks: (the story's id, or '' when the run is one story, and its context). A story
    holds only its own articles' claims and texts."""
    claims_of: dict[str, list[Claim]] = {}
    for claim in ledger.claims:
        claims_of.setdefault(claim.source, []).append(claim)
    source_of = {source.id: source for source in ledger.sources}
    contexts: list[tuple[str, CheckContext]] = []
    for story in stories:
        claims = [claim for source in story.sources for claim in claims_of.get(source, [])]
        story_texts = {source: texts[source] for source in story.sources}
        matches = find_matches(claims, names, story_texts)
        context = CheckContext(
            config=config,
            names=names,
            sources=[source_of[source] for source in story.sources],
            texts=story_texts,
            claims=claims,
            matches=matches,
            groups=group_matches(claims, matches, names),
            copies=find_copies(claims, story_texts),
        )
        contexts.append((story.id if len(stories) > 1 else "", context))
    return contexts


def with_summary(report: Report, suppressed: int = 0) -> Report:
    """The report with its summary counted from its own contents."""
    kinds = [finding.kind for finding in report.findings]
    summary = Summary(
        sources=len(report.sources),
        skipped=len(report.skipped),
        ignored=sum(report.ignored.values()),
        claims=len(report.claims),
        groups=len(report.groups),
        conflicts=kinds.count("conflict"),
        unsourced=kinds.count("unsourced"),
        corroborated=kinds.count("corroborated"),
        changed=kinds.count("changed"),
        stories=len(report.stories) or min(1, len(report.sources)),
        same_figure=kinds.count("same-figure"),
        dropped=sum(len(source.dropped) for source in report.sources),
        suppressed=suppressed,
    )
    return report.model_copy(update={"summary": summary})
