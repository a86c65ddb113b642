"""Cheap first tests before costly patterns.

Most sentences hold none of the words a pattern needs, and a substring test finds that
far sooner than the pattern, which is tried at nearly every position. A test may let
through text its pattern does not match, never turn away text it does
(``tests/unit/test_cues.py``).
"""

from __future__ import annotations

from collections.abc import Iterable


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
