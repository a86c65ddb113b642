"""Independent sources: wire copies and shared passages count once.

Two outlets that print the same agency text are one witness, not two. A claim
that another article merely repeats, sentence for sentence, is not backed by
that article, and a value that two copies of one text give is not corroborated.
This stage finds, among the sentences that carry claims:

- **passages**: sentences of different sources that are near-identical (a fuzzy
  ratio of at least ``SENTENCE_SIMILARITY`` over case-folded words, via rapidfuzz),
  long enough (``MIN_PASSAGE_WORDS``) that two writers would not word them alike
  by chance;
- **families**: sources that share most of such sentences (at least
  ``MIN_SHARED`` of them, and at least ``FAMILY_SHARE`` of the shorter source's),
  as a wire story and its reprints do, and sources whose datelines name one
  outlet ("PORT KESSING, Oct 14 (Castellan Press Agency) - " and the same agency's
  report of the next day): an outlet repeating its own figure is no second witness.

Two claims are independent unless their sources are one family or their
sentences are one passage (``Copies.independent``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy
from rapidfuzz import fuzz, process

from claimcheck.match import Components
from claimcheck.models import Claim, SourceFamily, Span

# Fuzzy ratio (0-100) from which two sentences are one passage: a word changed or a
# credit line added in a long sentence stays above it.
SENTENCE_SIMILARITY = 90
# Sentences shorter than this, in words, are never called copies ("12 people died.").
MIN_PASSAGE_WORDS = 12
# Sources are one family when they share this many passages, and this share of the
# sentences of the source with fewer.
MIN_SHARED = 2
FAMILY_SHARE = 0.5
# A dateline's outlet, in brackets before a dash, in a line near the top of an article:
# "PORT KESSING, Oct 14 (Castellan Press Agency) - ", "LONDON (Reuters) — ".
DATELINE_OUTLET = re.compile(
    r"^\W*[A-Z][^\n()]{1,60}?\((?P<outlet>[A-Z][^()\n]{1,40})\)\s*[-\u2013\u2014]",
    re.MULTILINE,
)
# How far into an article its dateline may stand, in characters (after a headline and a
# byline or two).
DATELINE_REACH = 1500
# Above this many sentences the fuzzy comparison (which grows with the square) gives
# way to exact matching of the case-folded words.
MAX_FUZZY_SENTENCES = 3000

_NON_WORD = re.compile(r"[\W_]+")

__all__ = ["Copies", "find_copies"]


@dataclass
class Copies:
    """Which sources are one family and which claims' sentences are one passage."""

    family_of: dict[str, str] = field(default_factory=dict)
    passage_of: dict[str, int] = field(default_factory=dict)
    families: list[SourceFamily] = field(default_factory=list)

    def independent(self, left: Claim, right: Claim) -> bool:
        """Whether two claims are separate witnesses: other sources, not one family,
        not one passage."""
        return self._independent((left.id, left.source), (right.id, right.source))

    def witnesses(self, claims: Iterable[Claim]) -> int:
        """How many independent witnesses a set of claims is (copies count once)."""
        return self.witnesses_of([(claim.id, claim.source) for claim in claims])

    def witnesses_of(self, claims: Iterable[tuple[str, str]]) -> int:
        """The same, for claims given as (claim id, source id).

        Each claim joins the first witness one of whose claims it is not independent of
        (``_independent``), or is a new one. A claim is not independent of another when
        their sources are one family (one source is its own family) or their sentences
        one passage, so a witness is kept as the families and passages of its claims.
        """
        units: list[tuple[set[str], set[int]]] = []
        for claim_id, source in claims:
            family = self.family_of.get(source, source)
            passage = self.passage_of.get(claim_id)
            for families, passages in units:
                if family in families or passage in passages:
                    break
            else:
                families, passages = set(), set()
                units.append((families, passages))
            families.add(family)
            if passage is not None:
                passages.add(passage)
        return len(units)

    def _independent(self, left: tuple[str, str], right: tuple[str, str]) -> bool:
        """``independent`` for (claim id, source id) pairs."""
        if left[1] == right[1]:
            return False
        if self.family_of.get(left[1], left[1]) == self.family_of.get(right[1], right[1]):
            return False
        passage = self.passage_of.get(left[0])
        return passage is None or passage != self.passage_of.get(right[0])


def find_copies(claims: Sequence[Claim], texts: dict[str, str]) -> Copies:
    """Passages and families among the sentences that carry the given claims.

    :param claims: every claim of the run (their sentence spans index into ``texts``)
    :param texts: each source's text, by source id
    :returns: the copies found; deterministic for the same input
    """
    sentences = sorted({(c.source, c.sentence_span) for c in claims})
    words = [
        _NON_WORD.sub(" ", texts[source][start:end]).casefold().strip()
        for source, (start, end) in sentences
    ]
    long_enough = [i for i, w in enumerate(words) if len(w.split()) >= MIN_PASSAGE_WORDS]
    across = [
        (long_enough[a], long_enough[b])
        for a, b in _alike_pairs([words[i] for i in long_enough])
        if sentences[long_enough[a]][0] != sentences[long_enough[b]][0]
    ]
    root = Components(across).root
    shared: dict[tuple[str, str], set[int]] = {}
    for i, j in across:
        left, right = sentences[i][0], sentences[j][0]
        shared.setdefault((min(left, right), max(left, right)), set()).update((i, j))
    passage_ids = {sentences[i]: root(i) for pair in across for i in pair}
    copies = Copies(
        passage_of={
            c.id: passage_ids[(c.source, c.sentence_span)]
            for c in claims
            if (c.source, c.sentence_span) in passage_ids
        }
    )
    outlets = _dateline_outlets(texts)
    _group_families(copies, sentences, long_enough, shared, passage_ids, outlets)
    return copies


def dateline_outlet(text: str) -> str | None:
    """The outlet an article's dateline names ("Castellan Press Agency"), or None."""
    found = DATELINE_OUTLET.search(text, 0, DATELINE_REACH)
    return " ".join(found["outlet"].split()) if found else None


def _dateline_outlets(texts: dict[str, str]) -> dict[str, str]:
    """Each source whose dateline names an outlet that another source's names too, with
    that outlet as the first of them writes it (case and spacing aside)."""
    by_outlet: dict[str, list[tuple[str, str]]] = {}
    for source in sorted(texts):
        outlet = dateline_outlet(texts[source])
        if outlet is not None:
            by_outlet.setdefault(outlet.casefold(), []).append((source, outlet))
    return {
        source: named[0][1] for named in by_outlet.values() if len(named) > 1 for source, _ in named
    }


def _alike_pairs(words: list[str]) -> list[tuple[int, int]]:
    """Index pairs (a < b) of near-identical sentences."""
    if len(words) > MAX_FUZZY_SENTENCES:
        first: dict[str, int] = {}
        found = []
        for index, text in enumerate(words):
            if text in first:
                found.append((first[text], index))
            else:
                first[text] = index
        return found
    if len(words) < 2:
        return []
    scores = process.cdist(
        words, words, scorer=fuzz.ratio, score_cutoff=SENTENCE_SIMILARITY, workers=1
    )
    alike = numpy.argwhere(numpy.triu(scores >= SENTENCE_SIMILARITY, k=1))
    return [(int(a), int(b)) for a, b in alike]


def _group_families(
    copies: Copies,
    sentences: list[tuple[str, Span]],
    long_enough: list[int],
    shared: dict[tuple[str, str], set[int]],
    passage_ids: dict[tuple[str, Span], int],
    outlets: dict[str, str],
) -> None:
    """Join sources that share most of their long sentences, or whose datelines name one
    outlet (``outlets``), into families."""
    count: dict[str, int] = {}
    for i in long_enough:
        count[sentences[i][0]] = count.get(sentences[i][0], 0) + 1
    families = [
        (left, right)
        for (left, right), alike_sentences in sorted(shared.items())
        if len({i for i in alike_sentences if sentences[i][0] == left})
        >= max(MIN_SHARED, FAMILY_SHARE * min(count[left], count[right]))
    ]
    # Each source with the first source of its outlet (itself for the first).
    first_of: dict[str, str] = {}
    same_outlet = [
        (first_of.setdefault(outlet, source), source) for source, outlet in sorted(outlets.items())
    ]
    head = Components([*families, *same_outlet]).root
    members_of: dict[str, list[str]] = {}
    for source in sorted({s for pair in [*families, *same_outlet] for s in pair}):
        members_of.setdefault(head(source), []).append(source)
    for leader, sources in sorted(members_of.items()):
        for source in sources:
            copies.family_of[source] = leader
        alike = len(
            {
                passage_ids[sentences[i]]
                for pair in families
                if pair[0] in sources
                for i in shared[pair]
            }
        )
        named = sorted({outlets[source] for source in sources if source in outlets})
        copies.families.append(
            SourceFamily(
                sources=sources,
                shared_sentences=alike,
                outlets=named,
                message=_family_message(sources, alike, named),
            )
        )


def _family_message(sources: list[str], alike: int, outlets: list[str]) -> str:
    """What a reader is told of a family: the text its sources share, the outlet their
    datelines name, or both."""
    reasons = []
    if alike:
        reasons.append(
            f"carry the same text ({alike} long {'sentence' if alike == 1 else 'sentences'} alike)"
        )
    if outlets:
        reasons.append(f"are datelined by one outlet ({prose_list(outlets)})")
    return f"{prose_list(sources)} {' and '.join(reasons)}: one witness"


def prose_list(names: Sequence[str]) -> str:
    """Names as a sentence lists them: 'a.txt', 'a.txt and b.txt', 'a.txt, b.txt and c.txt'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
