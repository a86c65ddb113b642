"""The pipeline: chains the stages, and does nothing else.

This is the library entry point a notebook imports: ``extract(paths)`` gives
the claim ledger and ``scan(paths)`` the full report. The CLI is a thin layer
over these two functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck import __version__
from claimcheck.checks import CHECKS, CheckContext
from claimcheck.claims import LineIndex, extract_claims, scale_bare_degrees
from claimcheck.clean import find_boilerplate, kept_ranges
from claimcheck.config import Config
from claimcheck.copies import find_copies
from claimcheck.engines import ordered_map
from claimcheck.errors import ClaimcheckError
from claimcheck.frames import attach_frames, attach_frames_to_articles
from claimcheck.load import Loaded, LoadedText, load_articles
from claimcheck.match import NameResolver, find_matches, group_matches, link_described_people
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
    StoryResult,
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
# A story's articles are batched in id order, never with another story's, so what a
# batch gives does not depend on the engine or on the number of workers.
ARTICLE_BATCH = 32


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


def _batches(articles: Sequence[LoadedText]) -> list[Sequence[LoadedText]]:
    """Articles in batches of ``ARTICLE_BATCH``, in order."""
    return [articles[i : i + ARTICLE_BATCH] for i in range(0, len(articles), ARTICLE_BATCH)]


def _for_run(config: Config, articles: int) -> Config:
    """The config a run's engine uses: a small local run stays in this process."""
    if config.engine == "local" and articles < PARALLEL_MIN_ARTICLES:
        return config.model_copy(update={"jobs": 1})
    return config


def _process_all(loaded: Sequence[LoadedText], config: Config | None = None) -> Iterator[Processed]:
    """Process articles in order, a batch at a time, on the configured engine (a large
    local run in ``jobs`` worker processes). Each batch is processed alike wherever it
    runs, so the result does not depend on the engine or on ``jobs``."""
    config = _for_run(config or Config(), len(loaded))
    for processed in ordered_map(process_articles, _batches(loaded), config):
        yield from processed


def _load(paths: Sequence[Path], config: Config, stdin_name: str) -> Loaded:
    """The run's articles as the config says to read them (excludes, size limit, fields)."""
    return load_articles(
        paths,
        config.exclude,
        config.max_file_size,
        config.force_exclude,
        stdin_name,
        config.jsonl_fields,
    )


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
    config = config or Config()
    found = _load(paths, config, stdin_name)
    loaded, skipped = found.articles, list(found.skipped)
    _stage(progress, "reading articles", len(loaded))
    sources: list[Source] = []
    claims: list[Claim] = []
    for article, processed in zip(loaded, _process_all(loaded, config), strict=True):
        if progress:
            progress(article.id)
        if isinstance(processed, SkippedFile):
            skipped.append(processed)
            continue
        source, article_claims = processed
        sources.append(source)
        claims.extend(article_claims)
    return Ledger(sources=sources, skipped=skipped, ignored=found.ignored, claims=claims)


def finding_order(finding: Finding) -> tuple[float, str, int, str]:
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
    :param config: settings (aliases, thresholds, engine); defaults when None
    :param progress: called with each source id as it is processed (and, if it has a
        ``stage`` method, as each stage starts: see ``Progress``)
    :param stdin_name: the source id of an article read from standard input (path ``-``)
    :raises InputError: when a path is missing or holds no readable article
    """
    run = start_scan(paths, config or Config(), progress, stdin_name)
    return run.report(list(run.results))


@dataclass(frozen=True)
class StoryWork:
    """One story's articles and the settings to work on them with: a unit of work."""

    story: Story
    articles: Sequence[LoadedText]
    config: Config
    # Whether the run has several stories, so that each finding names its own.
    labelled: bool


@dataclass(frozen=True)
class ScanRun:
    """A scan under way: what loading found, the stories, and each story's result as it
    is ready, in story order (``results`` is consumed once).

    ``report`` puts results together into the report ``scan`` returns; a caller that
    streams (``claimcheck scan --format jsonl``) can use each result and let it go.
    """

    articles: Sequence[LoadedText]
    skipped: Sequence[SkippedFile]
    ignored: Mapping[str, int]
    stories: Sequence[Story]
    results: Iterator[StoryResult]

    def report(self, results: Sequence[StoryResult]) -> Report:
        """The report of the whole run, from every story's result (in story order).

        Sources and claims are in the order the articles were loaded, findings most
        important first, groups and families story by story.
        """
        position = {article.id: index for index, article in enumerate(self.articles)}
        by_path = {str(article.path): index for index, article in enumerate(self.articles)}
        sources = sorted(
            (source for result in results for source in result.sources),
            key=lambda source: position[source.id],
        )
        claims = sorted(
            (claim for result in results for claim in result.claims),
            key=lambda claim: position[claim.source],
        )
        left_out = sorted(
            (item for result in results for item in result.skipped),
            key=lambda item: by_path.get(item.path, len(by_path)),
        )
        stories = [result.story for result in results if result.story.sources]
        report = Report(
            tool=__version__,
            summary=Summary(),
            sources=sources,
            skipped=[*self.skipped, *left_out],
            ignored=dict(self.ignored),
            stories=stories if len(self.stories) > 1 else [],
            families=[family for result in results for family in result.families],
            claims=claims,
            groups=[group for result in results for group in result.groups],
            findings=sorted(
                (finding for result in results for finding in result.findings),
                key=finding_order,
            ),
            unsourced_unreported=sum(result.unsourced_unreported for result in results),
        )
        return with_summary(report)


def start_scan(
    paths: Sequence[Path],
    config: Config,
    progress: Progress | None = None,
    stdin_name: str = "stdin",
) -> ScanRun:
    """Load the articles and split them into stories; the stories' work starts as the
    run's ``results`` are read (see ``scan`` for the parameters).

    Stories are the unit of work: on the dask engine each story is one task; on the
    local engine its articles are read in batches by the worker pool while this process
    matches and checks each story as its last batch comes in.
    """
    found = _load(paths, config, stdin_name)
    stories = separate(found.articles, config.stories)
    by_id = {article.id: article for article in found.articles}
    work = [
        StoryWork(story, [by_id[i] for i in story.sources], config, len(stories) > 1)
        for story in stories
    ]
    _stage(progress, "reading articles", len(found.articles))
    results = (
        _stories_on_cluster(work, config, progress)
        if config.engine == "dask"
        else _stories_here(work, _for_run(config, len(found.articles)), progress)
    )
    return ScanRun(found.articles, found.skipped, found.ignored, stories, results)


def work_on_story(work: StoryWork) -> StoryResult:
    """Everything one story needs, in one call: its articles read in batches, then its
    claims matched and checked (a task of the dask engine)."""
    processed = [item for batch in _batches(work.articles) for item in process_articles(batch)]
    return story_result(work, processed)


def _stories_on_cluster(
    work: Sequence[StoryWork], config: Config, progress: Progress | None
) -> Iterator[StoryResult]:
    """Each story worked on as one task of the dask engine, results in story order."""
    for result in ordered_map(work_on_story, work, config):
        if progress:
            for source in result.story.sources:
                progress(source)
        yield result
    _stage(progress, "checking claims")


def _stories_here(
    work: Sequence[StoryWork], config: Config, progress: Progress | None
) -> Iterator[StoryResult]:
    """The local engine: every story's batches read in order (by the worker pool in a
    large run), each story matched and checked here as soon as its batches are in."""
    batches = [
        (index, batch) for index, item in enumerate(work) for batch in _batches(item.articles)
    ]
    processed = ordered_map(process_articles, [batch for _, batch in batches], config)
    # A story's batches come one after another: it is read when its last one is in.
    last_batch = {index: position for position, (index, _) in enumerate(batches)}
    items: list[Processed] = []
    for position, ((index, batch), batch_items) in enumerate(zip(batches, processed, strict=True)):
        if progress:
            for article in batch:
                progress(article.id)
        items.extend(batch_items)
        if position == last_batch[index]:
            if index == len(work) - 1:
                _stage(progress, "checking claims")
            yield story_result(work[index], items)
            items = []


def story_result(work: StoryWork, processed: Sequence[Processed]) -> StoryResult:
    """A story's claims matched and grouped, its copies found and every check run on
    them; only its own articles' claims and texts are read.

    A conflict's sides already show who agrees with whom: the same group's agreements
    are not reported again beside it.
    """
    sources: list[Source] = []
    claims: list[Claim] = []
    skipped: list[SkippedFile] = []
    for item in processed:
        if isinstance(item, SkippedFile):
            skipped.append(item)
        else:
            sources.append(item[0])
            claims.extend(item[1])
    used = {source.id for source in sources}
    texts = {article.id: article.text for article in work.articles if article.id in used}
    names = NameResolver(work.config)
    claims = link_described_people(scale_bare_degrees(claims), names, texts)
    matches = find_matches(claims, names, texts)
    context = CheckContext(
        config=work.config,
        names=names,
        sources=sources,
        texts=texts,
        claims=claims,
        matches=matches,
        groups=group_matches(claims, matches, names),
        copies=find_copies(claims, texts),
    )
    story = work.story.model_copy(
        update={"sources": [source for source in work.story.sources if source in used]}
    )
    findings = [
        finding.model_copy(update={"story": story.id}) if work.labelled else finding
        for module in CHECKS.values()
        for finding in module.check(context)
    ]
    # Nor are its figures "not shown to be of one time" beside the conflict that sets them out.
    # Claims of the group that the conflict does not set out ("Lind scored 16 points" in a
    # group of points) keep their findings.
    conflicted = {
        (finding.group, claim_id)
        for finding in findings
        if finding.kind == "conflict"
        for claim_id in finding.claims
    }
    return StoryResult(
        story=story,
        sources=sources,
        skipped=skipped,
        claims=claims,
        groups=list(context.groups),
        families=context.copies.families,
        findings=sorted(
            (
                finding
                for finding in findings
                if not (
                    finding.kind in ("corroborated", "changed")
                    and any((finding.group, claim_id) in conflicted for claim_id in finding.claims)
                )
            ),
            key=finding_order,
        ),
        unsourced_unreported=context.unsourced_unreported,
    )


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
        unsourced_unreported=report.unsourced_unreported,
    )
    return report.model_copy(update={"summary": summary})
