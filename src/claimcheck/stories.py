"""Story separation: which articles of a run are about the same story.

A researcher's folder may hold many stories. Claims are matched and checked only
within a story, so a boxer's record is never set against another boxer's, nor one
story's death toll against another's. Each article becomes a TF-IDF vector of its
words and names (sublinear term frequency, smoothed inverse document frequency, unit
length: the weighting of Salton and Buckley 1988 as scikit-learn's TfidfVectorizer
computes it), and articles are joined by average-linkage clustering on cosine
distance (scipy), cut at ``SEPARATION_DISTANCE``.

The cut is conservative: on the 42 real news clusters of the devset (ECB+), each
cluster scanned alone stays one story, and unrelated stories scanned together come
apart. Two events of one kind in one place (two earthquakes in one country, years
apart) share most of their words and names and may stay one story; name stories
explicitly for those (``folders`` mode, or a ``story`` field in JSON Lines).

Modes (``Config.stories``): ``auto`` (the default), ``folders`` (each folder of
articles is a story; the files named on the command line form one), and ``none``
(every article in one story). Stories that JSON Lines records name (``story``,
``story_id`` or ``cluster``) win over every mode: each named story is one, and the
articles that name none form one more.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import accumulate, chain, pairwise
from pathlib import PurePath
from typing import TYPE_CHECKING

from claimcheck.config import StoriesName
from claimcheck.load import LoadedText
from claimcheck.models import Story
from claimcheck.nlp import stop_words
from claimcheck.times import CALENDAR_WORDS

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

# Average cosine distance above which two groups of articles are different stories. On
# the devset, each of the 42 clusters scanned alone stays whole from 0.95 up (at 0.93,
# four lose an article or two); all 496 articles together make 19 stories of 21 topics.
SEPARATION_DISTANCE = 0.95
# Runs of at most this many articles are clustered without scipy (see ``_clustered``).
SMALL_RUN = 64
# Articles ``auto`` clusters at once: their distance matrix takes 8·n² bytes (200 MB at
# 5,000), and average linkage time grows with n².
AUTO_MAX_ARTICLES = 5000
# Terms shown for a story: its heaviest names and words.
STORY_TERMS = 5

_WORD = re.compile(r"[^\W\d_]{3,}")
# A capitalised run of words: "Ann Vale". (Written as a capital that no word character
# precedes, rather than "\b" and a capital, so that the search can skip straight from
# capital to capital.)
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?: [A-Z][a-z]+)*")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# The same two word patterns for ASCII text (most articles), where simple ranges stand for
# the Unicode categories, far faster to test: a letter is one of a-z once the text is
# lower-cased (which keeps every character in place), and a word character is ASCII.
_ASCII_WORD = re.compile(r"[a-z]{3,}")
_ASCII_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b", re.ASCII)


def terms_of(text: str, stop_words: frozenset[str]) -> list[str]:
    """An article's terms: lower-cased words of three or more letters that are not stop
    words, and each capitalised run of words as one name term ("name:ann vale")."""
    if text.isascii():
        lowered = _ASCII_WORD.findall(text.lower())
        lower_words = _ASCII_LOWER_WORD.findall(text)
    else:
        lowered = [m.lower() for m in _WORD.findall(text)]
        lower_words = _LOWER_WORD.findall(text)
    words = [w for w in lowered if w not in stop_words]
    # A capitalised word the article also writes in lower case ("Police said", "According
    # to") is a word at the start of a sentence, not a name; so are days and months.
    common = set(lower_words) | stop_words | CALENDAR_WORDS
    names = [
        f"name:{name}"
        for name in (m.lower() for m in _NAME.findall(text))
        if " " in name or name not in common
    ]
    return words + names


def separate(articles: Sequence[LoadedText], mode: StoriesName = "auto") -> list[Story]:
    """The stories of a run, each with its articles in id order; stories ordered by their
    first article, numbered from 1. A run of one story gives that story without terms (the
    report shows no story list then).

    Separation reads the articles as loaded, before any claim is extracted, so that each
    story can then be worked on alone (``claimcheck.engines``). ``auto`` clusters at most
    ``AUTO_MAX_ARTICLES`` articles at once: a larger run is clustered folder by folder,
    in slices of that many articles in id order, and articles of different slices are
    never one story.

    :param articles: the run's articles (id, text and metadata are read)
    :param mode: ``auto``, ``folders`` or ``none`` (see the module docstring)
    """
    ordered = sorted(articles, key=lambda article: article.id)
    if not ordered:
        return []
    given = [article.metadata.story if article.metadata else None for article in ordered]
    groups: list[list[LoadedText]]
    terms: Callable[[Sequence[LoadedText]], list[str]] = _group_terms
    if any(given):
        # Stories named by the records: each named story is one; the rest are one more.
        named: dict[str, list[LoadedText]] = {}
        for name, article in zip(given, ordered, strict=True):
            named.setdefault(name or "", []).append(article)
        groups = list(named.values())
    elif mode == "none" or len(ordered) == 1:
        groups = [ordered]
    elif mode == "folders":
        groups = list(_by_folder(ordered).values())
    else:
        groups, terms = _auto_groups(ordered)
    if len(groups) == 1:
        return [Story(id="story-1", sources=[article.id for article in ordered])]
    return _numbered(groups, terms)


def _auto_groups(
    ordered: Sequence[LoadedText],
) -> tuple[list[list[LoadedText]], Callable[[Sequence[LoadedText]], list[str]]]:
    """The groups ``auto`` finds, and how to name each group's terms.

    Terms are only wanted when the run has more than one story, so a one-slice run keeps
    its counts and works out terms on demand; a run of several slices names each slice's
    groups before it lets the slice's counts go.
    """
    blocks = _blocks(ordered)
    named: dict[str, list[str]] = {}
    kept: dict[str, list[Counter[str]]] = {}
    groups: list[list[LoadedText]] = []
    for block in blocks:
        counts = [Counter(terms_of(article.text, stop_words())) for article in block]
        members: dict[int, list[int]] = {}
        for index, label in enumerate(_clustered(counts)):
            members.setdefault(label, []).append(index)
        for indexes in members.values():
            groups.append([block[index] for index in indexes])
            kept[block[indexes[0]].id] = [counts[index] for index in indexes]
        if len(blocks) > 1:
            named.update((first, _heaviest_terms(counted)) for first, counted in kept.items())
            kept = {}

    def terms(group: Sequence[LoadedText]) -> list[str]:
        first = group[0].id
        return named[first] if first in named else _heaviest_terms(kept[first])

    return groups, terms


def _numbered(
    groups: Sequence[Sequence[LoadedText]], terms: Callable[[Sequence[LoadedText]], list[str]]
) -> list[Story]:
    """The groups as stories: ordered by their first article, numbered from 1."""
    ordered = sorted(groups, key=lambda group: group[0].id)
    return [
        Story(id=f"story-{number}", sources=[article.id for article in group], terms=terms(group))
        for number, group in enumerate(ordered, start=1)
    ]


def _group_terms(group: Sequence[LoadedText]) -> list[str]:
    """A story's terms, from its own articles (counted for it alone, then let go)."""
    return _heaviest_terms([Counter(terms_of(article.text, stop_words())) for article in group])


def _by_folder(ordered: Sequence[LoadedText]) -> dict[str, list[LoadedText]]:
    """The articles by the folder their id names, in id order within each."""
    folders: dict[str, list[LoadedText]] = {}
    for article in ordered:
        folders.setdefault(str(PurePath(article.id).parent), []).append(article)
    return folders


def _blocks(ordered: Sequence[LoadedText]) -> list[Sequence[LoadedText]]:
    """The slices ``auto`` clusters one at a time: the whole run when it is small enough,
    else each folder in slices of at most ``AUTO_MAX_ARTICLES``."""
    if len(ordered) <= AUTO_MAX_ARTICLES:
        return [ordered]
    return [
        folder[start : start + AUTO_MAX_ARTICLES]
        for folder in _by_folder(ordered).values()
        for start in range(0, len(folder), AUTO_MAX_ARTICLES)
    ]


def _clustered(counts: Sequence[Counter[str]]) -> list[int]:
    """A cluster label for each article, from its term counts (average linkage on TF-IDF
    cosine distance)."""
    import numpy as np

    n = len(counts)
    vocabulary = {term: index for index, term in enumerate(sorted(set().union(*counts)))}
    rows, columns, values = _unit_weights(counts, vocabulary)
    if n <= SMALL_RUN:
        # A few dozen articles: a dense matrix is small, and scipy (0.5 s of CPU to
        # import) is not needed at all.
        dense = np.zeros((n, len(vocabulary)))
        dense[rows, columns] = values
        similarity = dense @ dense.T
    else:
        from scipy.sparse import csr_matrix

        matrix = csr_matrix((values, (rows, columns)), shape=(n, len(vocabulary)))
        similarity = (matrix @ matrix.T).toarray()
    distance = np.clip(1.0 - similarity, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    if distance.max() <= SEPARATION_DISTANCE:
        # An average of distances is never above the largest: one story.
        return [1] * n
    if n <= SMALL_RUN:
        return average_linkage_labels(distance, SEPARATION_DISTANCE)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    tree = linkage(squareform(distance, checks=False), method="average")
    return [int(label) for label in fcluster(tree, SEPARATION_DISTANCE, criterion="distance")]


def _unit_weights(
    counts: Sequence[Counter[str]], vocabulary: dict[str, int]
) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.float64]]:
    """The TF-IDF matrix of the articles as (row, column, weight) entries, in row order and
    by column within a row: each weight is ``(1 + log tf) · idf``, divided by the length
    of its row.

    All entries are computed at once with numpy, and each number comes out exactly as
    computed one at a time in Python (so that clustering decisions cannot move by a
    rounding): logarithms come from ``math.log`` (once per distinct count and document
    frequency), numpy rounds products and quotients as Python does, and a row's squares
    are added by Python's ``sum``, in column order.
    """
    import numpy as np

    n = len(counts)
    lengths = [len(counted) for counted in counts]
    rows = np.repeat(np.arange(n), lengths)
    columns = np.fromiter(map(vocabulary.__getitem__, chain.from_iterable(counts)), np.intp)
    tf = np.fromiter(chain.from_iterable(counted.values() for counted in counts), np.intp)
    # Rows stay in order (their entries are contiguous); within a row, by column.
    order = np.lexsort((columns, rows))
    columns, tf = columns[order], tf[order]
    document_frequency = np.bincount(columns, minlength=len(vocabulary))
    idf = np.array([math.log((1 + n) / (1 + df)) + 1 for df in range(n + 1)])
    distinct_tf, tf_index = np.unique(tf, return_inverse=True)
    log_tf = np.array([math.log(c) for c in distinct_tf.tolist()])[tf_index]
    weights = (1 + log_tf) * idf[document_frequency][columns]
    squares = (weights * weights).tolist()
    bounds = pairwise([0, *accumulate(lengths)])
    norms = [math.sqrt(sum(squares[start:end])) or 1.0 for start, end in bounds]
    return rows, columns, weights / np.repeat(norms, lengths)


def average_linkage_labels(distance: NDArray[np.float64], cut: float) -> list[int]:
    """Flat clusters of average linkage cut at ``cut``: the partition scipy's
    ``fcluster(linkage(d, "average"), cut, "distance")`` gives, for a few dozen points.

    The closest two clusters (by mean distance between their members) merge while that
    distance is at most ``cut``; merging updates the means by the clusters' sizes
    (Lance and Williams 1967). O(n^3), meant for ``SMALL_RUN`` points at most.

    :param distance: a symmetric (n, n) matrix of distances, zero on the diagonal
    :returns: a label (from 1) for each point, numbered in order of first appearance
    """
    import numpy as np

    n = len(distance)
    between = np.array(distance, dtype=float)
    np.fill_diagonal(between, np.inf)
    sizes = np.ones(n)
    members = {i: [i] for i in range(n)}
    while len(members) > 1:
        flat = int(np.argmin(between))
        first, second = divmod(flat, n)
        if between[first, second] > cut:
            break
        merged = (sizes[first] * between[first] + sizes[second] * between[second]) / (
            sizes[first] + sizes[second]
        )
        between[first], between[:, first] = merged, merged
        between[first, first] = np.inf
        between[second], between[:, second] = np.inf, np.inf
        sizes[first] += sizes[second]
        members[first] += members.pop(second)
    label_of = {
        point: number for number, group in enumerate(members.values(), 1) for point in group
    }
    return [label_of[point] for point in range(n)]


def _heaviest_terms(counts: Sequence[Counter[str]]) -> list[str]:
    """What a story is about, for a reader: the names most of its articles use, then
    words when it has few names."""
    counted = Counter(term for article in counts for term in article)
    ranked = sorted(
        counted.items(), key=lambda item: (not item[0].startswith("name:"), -item[1], item[0])
    )
    terms: dict[str, None] = {}
    for term, _ in ranked:
        terms.setdefault(term.removeprefix("name:"))
        if len(terms) == STORY_TERMS:
            break
    return list(terms)
