"""Quotes as a reader needs them: the whole sentence, with the figure or fact marked.

A claim is often a clause ("to more than 200 in 2025"), which hides what the
sentence says around it ("grew from over 100 in 2024 to more than 200 in 2025").
Reports quote the whole sentence and mark where the value is; the claim's own span
stays in the data for tools.
"""

from __future__ import annotations

import re

from claimcheck.models import Evidence

__all__ = ["marked_sentence"]


def marked_sentence(item: Evidence) -> tuple[str, int, int]:
    """The claim's whole sentence and the [start, end) of its value inside it.

    The mark is the value as written ("more than 200 companies") where it occurs in
    the claim's clause, in any case, else the whole clause. Whitespace runs (line breaks inside a
    sentence) are kept as they are, so offsets match the sentence given.

    :returns: (sentence, start, end), offsets into the sentence; the claim's quote and
        (0, len) when the evidence carries no sentence
    """
    sentence = item.sentence
    if not sentence:
        return item.quote, 0, len(item.quote)
    offset = item.sentence_span[0]
    clause_start, clause_end = item.span[0] - offset, item.span[1] - offset
    if item.written:
        # "At least four people" starting a sentence is written "at least four people".
        found = re.compile(re.escape(item.written), re.IGNORECASE).search(
            sentence, max(0, clause_start), clause_end
        )
        if found is not None:
            return sentence, found.start(), found.end()
    return sentence, max(0, clause_start), min(len(sentence), clause_end)
