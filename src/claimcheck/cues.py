"""Cheap first tests before costly patterns.

Most sentences hold none of the words a pattern needs, and a substring test finds that
far sooner than the pattern, which is tried at nearly every position. A test may let
through text its pattern does not match, never turn away text it does
(``tests/unit/test_cues.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import ahocorasick


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether text has one of some words, as substrings, case as written."""
    return any(map(text.__contains__, words))


def may_hold_ignoring_case(text: str, words: Iterable[str]) -> bool:
    """Whether a case-insensitive pattern that needs one of some lower-case words may match.

    In ASCII text, ignoring case is lower-casing, so text whose lower-cased form has none
    of the words cannot match. Beyond ASCII more characters match alike when case is
    ignored ("ſ" and "s"), so such text is always let through.
    """
    return not text.isascii() or holds_any(text.lower(), words)


class WordIndex:
    """Which of many groups of words a text holds, each word as a substring, case as written.

    Why: asking ``holds_any`` of fifty groups of forty words tests two thousand substrings
    in each text. The index finds every word in one pass (an Aho-Corasick automaton,
    pyahocorasick), so ``keys_in`` is the set of keys whose words ``holds_any`` finds
    (``tests/unit/test_cues.py``).
    """

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        keys_of: dict[str, set[str]] = {}
        for key, words in groups.items():
            for word in words:
                keys_of.setdefault(word, set()).add(key)
        # An empty word is in every text.
        self._always = frozenset(keys_of.pop("", ()))
        self._automaton = None
        if keys_of:
            self._automaton = ahocorasick.Automaton()
            for word, keys in keys_of.items():
                self._automaton.add_word(word, frozenset(keys))
            self._automaton.make_automaton()

    def keys_in(self, text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
        """The keys of the groups with a word in ``text[start:end]``."""
        if self._automaton is None:
            return self._always
        found = self._automaton.iter(text, start, len(text) if end is None else end)
        return self._always.union(*(keys for _, keys in found))
