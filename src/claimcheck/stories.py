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
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import PurePath
from typing import TYPE_CHECKING

from claimcheck.config import StoriesName
from claimcheck.models import Source, Story
from claimcheck.times import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

# Average cosine distance above which two groups of articles are different stories. On
# the devset, each of the 42 clusters scanned alone stays whole from 0.95 up (at 0.93,
# four lose an article or two); all 496 articles together make 19 stories of 21 topics.
SEPARATION_DISTANCE = 0.95
# Runs of at most this many articles are clustered without scipy (see ``_clustered``).
SMALL_RUN = 64
# Terms shown for a story: its heaviest names and words.
STORY_TERMS = 5

_WORD = re.compile(r"[^\W\d_]{3,}")
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


def terms_of(text: str, stop_words: frozenset[str]) -> list[str]:
    """An article's terms: lower-cased words of three or more letters that are not stop
    words, and each capitalised run of words as one name term ("name:ann vale")."""
    lowered = [m.lower() for m in _WORD.findall(text)]
    words = [w for w in lowered if w not in stop_words]
    # A capitalised word the article also writes in lower case ("Police said", "According
    # to") is a word at the start of a sentence, not a name; so are days and months.
    common = set(_LOWER_WORD.findall(text)) | stop_words | CALENDAR_WORDS
    names = [
        f"name:{name}"
        for name in (m.lower() for m in _NAME.findall(text))
        if " " in name or name not in common
    ]
    return words + names


@cache
def _stop_words() -> frozenset[str]:
    """English stop words, as spaCy lists them."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def separate(
    sources: Sequence[Source], texts: Mapping[str, str], mode: StoriesName = "auto"
) -> list[Story]:
    """The stories of a run, each with its sources in id order; stories ordered by their
    first source, numbered from 1. A run of one story gives that story without terms (the
    report shows no story list then).

    :param sources: the run's sources
    :param texts: each source's text by id
    :param mode: ``auto``, ``folders`` or ``none`` (see the module docstring)
    """
    ordered = sorted(sources, key=lambda source: source.id)
    if not ordered:
        return []
    counts: dict[str, Counter[str]] = {}

    def terms(source_id: str) -> Counter[str]:
        if source_id not in counts:
            counts[source_id] = Counter(terms_of(texts[source_id], _stop_words()))
        return counts[source_id]

    given = [source.metadata.story if source.metadata else None for source in ordered]
    if any(given):
        # Stories named by the records: each named story is one; the rest are one more.
        names = sorted({name or "" for name in given})
        labels = [names.index(name or "") for name in given]
    elif mode == "none" or len(ordered) == 1:
        labels = [0] * len(ordered)
    elif mode == "folders":
        folders = [str(PurePath(source.id).parent) for source in ordered]
        first = {folder: index for index, folder in reversed(list(enumerate(folders)))}
        labels = [first[folder] for folder in folders]
    else:
        labels = _clustered([terms(source.id) for source in ordered])
    members: dict[int, list[str]] = {}
    for label, source in zip(labels, ordered, strict=True):
        members.setdefault(label, []).append(source.id)
    if len(members) == 1:
        return [Story(id="story-1", sources=[source.id for source in ordered])]
    return [
        Story(
            id=f"story-{number}",
            sources=ids,
            terms=_heaviest_terms([terms(i) for i in ids]),
        )
        for number, ids in enumerate(sorted(members.values()), start=1)
    ]


def _clustered(counts: Sequence[Counter[str]]) -> list[int]:
    """A cluster label for each article, from its term counts (average linkage on TF-IDF
    cosine distance)."""
    import numpy as np

    n = len(counts)
    vocabulary = {term: index for index, term in enumerate(sorted(set().union(*counts)))}
    frequency = Counter(term for counted in counts for term in counted)
    idf = {term: math.log((1 + n) / (1 + df)) + 1 for term, df in frequency.items()}
    rows, columns, values = [], [], []
    for row, counted in enumerate(counts):
        weights = {t: (1 + math.log(c)) * idf[t] for t, c in sorted(counted.items())}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for term, weight in weights.items():
            rows.append(row)
            columns.append(vocabulary[term])
            values.append(weight / norm)
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
    terms: list[str] = []
    for term, _ in ranked:
        shown = term.removeprefix("name:")
        if shown not in terms:
            terms.append(shown)
    return terms[:STORY_TERMS]
