"""Sentence segmentation: cut an article into sentence spans.

Claims are extracted and compared one sentence at a time, so a bad cut either glues two
claims together or tears one in half ("The U.S." / "economy grew 2.5%."). This stage
finds the cuts and nothing else: it returns ``(start, end)`` offsets into the text it was
given and never rewrites that text, so every later stage can point back at the exact
characters of the source.

How it decides, in order:

1. A line break always ends a sentence: the articles we read put headings, bylines and
   paragraphs on lines of their own.
2. A line that opens with a list marker ("1.", "2.)", "a.", "•") is cut before each later
   marker of the same list ("1. First item 2. Second item").
3. Inside a line, each run of ``. ! ? …`` followed by optional closing quotes or brackets
   and then whitespace is a candidate. Whether it ends the sentence depends on the token
   before it (abbreviation tables below), the token after it (lower case never starts a
   sentence; after "U.S." or an initial only a common sentence opener does), and whether
   it sits inside a quotation or parenthesis that closes later on the same line.

The yardstick is the 48 English "Golden Rules" of the Pragmatic Segmenter project, as
shipped with pySBD (tests/data/pysbd/). Rule 18 ("At 5 a.m. Mr. Smith went ... at 6 P.M.
Mr. Smith then went") is not met: the same token pair "a.m. Mr." must be a boundary once
and not the other time, which no rule on local context can tell apart.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.cues import holds_any

# --------------------------------------------------------------------------------------
# Data tables. Abbreviations are lower case and without their final period.
# --------------------------------------------------------------------------------------

# Abbreviations that stand before the word they qualify ("Dr. Smith", "Mt. Fuji"); a period
# after them never ends a sentence when more text follows.
TITLE_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "adm", "amb", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "fr", "gen", "gov",
        "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mmes", "mr", "mrs", "ms",
        "msgr", "mt", "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt",
        "st", "supt",
    }
)  # fmt: skip

# Abbreviations that link to what follows ("e.g. Google", "Apple vs. Samsung"); they
# never end a sentence either.
LINKING_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {"cf", "e.g", "esp", "i.e", "incl", "resp", "v", "viz", "vs"}
)

# Abbreviations normally followed by a number ("No. 5", "p. 55", "N°. 12"): not a
# boundary before a digit, otherwise treated like ABBREVIATIONS.
NUMBER_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "art", "arts", "ch", "chap", "fig", "figs", "n°", "nº", "no", "nos", "nr", "p",
        "para", "pp", "pt", "sec", "vol", "vols",
    }
)  # fmt: skip

# Abbreviations that may end a sentence ("Pitt, Briggs & Co. It closed."): a boundary
# only when a capitalised word follows ("Co. It"), not before lower case, a number or an
# all-caps acronym ("Apple Inc. CEO Tim Cook").
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        # companies and organisations
        "assn", "bros", "co", "corp", "dept", "inc", "intl", "llc", "ltd", "plc", "univ",
        # people
        "jr", "sr", "al",
        # months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        # places
        "ave", "blvd", "hwy", "rd", "sq",
        # measures and time
        "approx", "avg", "ca", "cm", "est", "ft", "hr", "hrs", "km", "lb", "lbs",
        "max", "min", "mins", "mo", "mos", "oz", "wk", "wks", "yr", "yrs",
        # general
        "etc", "govt", "misc",
    }
)  # fmt: skip

# Words that commonly open a sentence. After a dotted abbreviation or a lone capital
# ("U.S.", "p.m.", "E.") the next capitalised word usually continues the sentence
# ("U.S. Government", "Jonas E. Smith") unless it is one of these ("the U.S. How about").
# The first 23 are Pragmatic Segmenter's list; the rest are common news openers.
SENTENCE_STARTERS: Final[frozenset[str]] = frozenset(
    {
        "A", "Being", "Did", "For", "He", "How", "However", "I", "In", "It", "Millions",
        "More", "She", "That", "The", "There", "They", "We", "What", "When", "Where", "Who",
        "Why",
        "After", "Also", "An", "And", "As", "At", "But", "During", "Each", "His", "Her",
        "If", "Its", "Meanwhile", "Many", "Most", "Our", "Since", "So", "Some", "Their",
        "These", "This", "Those", "Thus", "While", "Yet", "You",
    }
)  # fmt: skip

# Characters that may follow a sentence's final punctuation ("great.” She", "(sic.) He").
CLOSING_CHARS: Final[str] = "\"'”’»)]"

# Characters that may open a sentence or precede a word ("(Dr. Smith", "“The").
OPENING_CHARS: Final[str] = "\"'“‘«(["

# Bullets that mark list items; the hyphen and asterisk are left out because they also
# stand for dashes and footnotes in running text.
BULLETS: Final[str] = "•⁃▪‣◦"

# Characters that end a line (those str.splitlines() knows, "\r\n" being two of them).
LINE_BREAKS: Final[str] = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

# --------------------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------------------

# A sentence-ending candidate: a whole punctuation run (spaced ellipses included; it may
# not start inside a run), optional closing quotes/brackets, then whitespace or the end:
# "." in "Jonas. My", "?!" in "Hello?! Is", ". . . ." in "compounds. . . . The",
# ".”" in "complex.” She", "...]" in "[...] used". (The pattern opens with the punctuation
# mark and only then looks back, past it, for one before: opening with a character class
# lets the search skip straight from mark to mark instead of trying every position.)
_CANDIDATE: Final = re.compile(
    r"(?P<punct>[.!?…](?<![.!?…][.!?…])(?:[ ]?[.!?…])*+)"
    f"[{re.escape(CLOSING_CHARS)}]*+"
    r"(?=\s|\Z)"
)

# What follows a candidate: opening quotes/brackets, then the next word: ' “The' -> "The",
# " (He" -> "He", " 55." -> "55", " $100" -> "" (no word: a symbol comes next).
_NEXT_WORD: Final = re.compile(f"\\s*[{re.escape(OPENING_CHARS)}]*(\\w*)")

# Letters joined by periods, the final period not included: "U.S", "a.m", "Ph.D", "e.g".
_DOTTED: Final = re.compile(r"[A-Za-z]{1,2}(?:\.[A-Za-z]{1,2})+")

# A list ordinal, without its punctuation: "1", "12", "a", "B".
_ORDINAL: Final = re.compile(r"\d{1,2}|[A-Za-z]")

# A list marker at the start of a line: "1. ", "2.) ", "3) ", "a. ", "• ", "• 9. ", "⁃10. ".
_LIST_MARKER: Final = re.compile(
    f"(?P<bullet>[{BULLETS}])?[ \\t]*"
    r"(?:(?P<ord>\d{1,2}|[A-Za-z])(?P<sep>\.\)|\)|\.))?"
    r"(?=\s|\Z)"
)

# A stretch whose inner punctuation must not cut the sentence, because it closes later on
# the same line: '“We won. We always do,”', '"This is great."', "(He left. Then.)", "[...]".
_ENCLOSED: Final = re.compile(r"“[^“”]*”|\"[^\"]*\"|\([^()]*\)|\[[^\[\]]*\]")
# The marks that open such a stretch: a line without one (most lines) has none to look for.
_ENCLOSING_MARKS: Final = ("“", '"', "(", "[")

# Kinds of token that can follow a candidate.
_END: Final = 0  # nothing: the line or list item ends here
_LOWER: Final = 1  # a lower-case word: "co. at the party"
_UPPER: Final = 2  # a capitalised word, or one in a script without case: "co. They"
_DIGIT: Final = 3  # a number: "p. 55"
_OTHER: Final = 4  # a symbol: "$", "–", "&"

_NO_CUT: Final = -1


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans [s, e) inside ``text[start:end]``, as offsets into ``text`` itself.

    Leading and trailing whitespace of each sentence is left out. Later stages quote and
    locate claims by these offsets, so the spans index the caller's string directly
    (``start``/``end`` follow slice rules, negative values included), cover every
    non-whitespace character of the range exactly once, and come in text order.
    """
    start, end, _ = slice(start, end).indices(len(text))
    spans: list[tuple[int, int]] = []
    line_start = start
    # str.splitlines cuts at the LINE_BREAKS, twice as fast as a search for what lies between.
    for raw in text[start:end].splitlines(keepends=True):
        line = raw.rstrip(LINE_BREAKS)
        if line:
            _split_line(line, line_start, spans)
        line_start += len(raw)
    return spans


def _split_line(line: str, base: int, spans: list[tuple[int, int]]) -> None:
    """Append the sentence spans of one line (shifted by ``base``) to ``spans``.

    A line is the largest unit that can hold a sentence, so it is also the unit for list
    detection and for pairing quotes and brackets.
    """
    lo = len(line) - len(line.lstrip())
    hi = len(line.rstrip())
    if lo >= hi:
        return
    enclosed = (
        [(m.start(), m.end() - 1) for m in _ENCLOSED.finditer(line, lo, hi)]
        if holds_any(line, _ENCLOSING_MARKS)
        else []
    )
    for item_start, scan_from, item_end in _list_items(line, lo, hi):
        _split_item(line, item_start, scan_from, item_end, enclosed, base, spans)


def _list_items(line: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """Split a line that opens with a list marker into its items.

    Inline lists ("1.) The first item 2.) The second item") have no sentence punctuation
    between items, so the cut has to come from the markers. Only markers continuing the
    line's first one count ("2." after "1.", "b." after "a.", another "•"), which keeps a
    stray "2." in running text from being taken for one. Returns (item start, where
    sentence scanning starts, i.e. after the marker, item end) triples.
    """
    first = _LIST_MARKER.match(line, lo, hi)
    if first is None or not (first.group("bullet") or first.group("ord")):
        return [(lo, lo, hi)]
    bullet, ordinal, sep = first.group("bullet"), first.group("ord"), first.group("sep")
    starts = [(lo, first.end())]
    while True:
        if not bullet:
            ordinal = _next_ordinal(ordinal)
            if not ordinal:
                break  # the list ran past "z"
        marker = _find_marker(line, starts[-1][1], hi, bullet or ordinal + sep, bool(bullet))
        if marker is None:
            break
        starts.append((marker.start(), marker.end()))
    items = []
    for (item_start, scan_from), (next_start, _) in zip(
        starts, [*starts[1:], (hi, hi)], strict=True
    ):
        item_end = next_start
        while line[item_end - 1].isspace():
            item_end -= 1
        items.append((item_start, scan_from, item_end))
    return items


def _find_marker(
    line: str, pos: int, hi: int, needle: str, is_bullet: bool
) -> re.Match[str] | None:
    """The next list marker in ``line[pos:hi]`` that starts with ``needle`` ("•", "2.)").

    A marker must stand on its own, after whitespace, and for a numbered list be exactly
    the next ordinal with the same punctuation, so "12." or "2.)" do not continue "1.".
    """
    found = line.find(needle, pos, hi)
    while found >= 0:
        marker = _LIST_MARKER.match(line, found, hi)
        if marker is not None and line[found - 1].isspace():
            ordinal_part = (marker.group("ord") or "") + (marker.group("sep") or "")
            if is_bullet or ordinal_part == needle:
                return marker
        found = line.find(needle, found + 1, hi)
    return None


def _next_ordinal(ordinal: str) -> str:
    """The marker that follows ``ordinal`` in a list ("9" -> "10", "a" -> "b"; "z" -> "").

    List items are recognised by continuing the sequence, so the next one must be known.
    """
    if ordinal.isdigit():
        return str(int(ordinal) + 1)
    if ordinal in "zZ":
        return ""
    return chr(ord(ordinal) + 1)


def _split_item(
    line: str,
    item_start: int,
    scan_from: int,
    item_end: int,
    enclosed: list[tuple[int, int]],
    base: int,
    spans: list[tuple[int, int]],
) -> None:
    """Append the sentences of one line or list item to ``spans``.

    Walks the candidates left to right, since whether one ends a sentence depends on where
    the current sentence began (a "2." opening a sentence is a list marker, not an end).
    A candidate inside a quotation or bracket that closes after it is skipped:
    '“We won. We always do,” she said.' is one sentence, while '"This is great." She'
    takes the closing quote with it and may still end one. ``enclosed`` holds the
    (opening, closing) positions of such stretches, in order and not overlapping.
    """
    sentence_start = item_start
    next_enclosed = 0  # enclosed stretches closing before the current candidate are done
    for match in _CANDIDATE.finditer(line, scan_from, item_end):
        first = match.start()
        while next_enclosed < len(enclosed) and enclosed[next_enclosed][1] < first:
            next_enclosed += 1
        if next_enclosed < len(enclosed):
            open_at, close_at = enclosed[next_enclosed]
            if open_at < first and match.end() <= close_at:
                continue  # '“We won. We always do,”': the quote goes on after the period
        cut = _cut_position(line, match, sentence_start, item_end)
        if cut == _NO_CUT:
            continue
        spans.append((base + sentence_start, base + cut))
        sentence_start = cut
        while sentence_start < item_end and line[sentence_start].isspace():
            sentence_start += 1
        if sentence_start >= item_end:
            return
    spans.append((base + sentence_start, base + item_end))


def _next_token(line: str, pos: int, item_end: int) -> tuple[int, str]:
    """Kind and text of the word after a candidate, looking past opening quotes/brackets.

    The case of the next word is the strongest clue to a boundary: English sentences
    start with a capital, so "co. at" continues where "co. They" does not.
    """
    if pos >= item_end:
        return _END, ""
    match = _NEXT_WORD.match(line, pos, item_end)
    word = match.group(1) if match else ""
    if not word:
        return _OTHER, ""
    first = word[0]
    if first.isdigit():
        return _DIGIT, word
    if first.islower() and not any(char.isupper() for char in word):
        return _LOWER, word  # "iPhone", "eBay" count as capitalised
    return _UPPER, word


def _cut_position(line: str, match: re.Match[str], sentence_start: int, item_end: int) -> int:
    """Where a candidate ends the sentence, or _NO_CUT if it does not.

    Usually the cut is after the candidate; for "compounds. . . . The" it falls after the
    first period, the spaced ellipsis opening the next (quoted) sentence.
    """
    first, after = match.start(), match.end()
    kind, next_word = _next_token(line, after, item_end)
    if kind == _END:
        return after
    if kind == _LOWER:
        return _NO_CUT
    punct = match.group("punct")
    dots = punct.count(".") + 3 * punct.count("…")
    if " " in punct:
        if first > sentence_start and not line[first - 1].isspace():
            return first + 1  # "compounds. . . . The": a period, then an ellipsis
        return after if dots >= 4 else _NO_CUT  # ". . . ." ends, ". . ." does not
    if "!" in punct or "?" in punct:
        return after
    if dots >= 3:
        if first > 0 and line[first - 1] in "[(":
            return _NO_CUT  # "[...]": an omission mark, not an end
        if dots >= 4 or kind == _UPPER:
            return after
        return _NO_CUT
    return after if _period_ends_sentence(line, first, sentence_start, kind, next_word) else _NO_CUT


def _period_ends_sentence(
    line: str, period: int, sentence_start: int, kind: int, next_word: str
) -> bool:
    """Whether a single period, followed by a non-lower-case token, ends the sentence.

    This is where abbreviations are told from sentence ends, by the token before the
    period: titles never end one, "No." does not before a number, "U.S." and initials
    only before a common sentence opener, other abbreviations only before a capital.
    """
    word_start = period
    while word_start > sentence_start and not line[word_start - 1].isspace():
        word_start -= 1
    core = line[word_start:period].lstrip(OPENING_CHARS)
    if word_start == sentence_start and _ORDINAL.fullmatch(core):
        return False  # "2. The second item": a list marker opening the sentence
    key = core.lower()
    if key in TITLE_ABBREVIATIONS or key in LINKING_ABBREVIATIONS:
        return False
    if key in NUMBER_ABBREVIATIONS:
        return kind == _UPPER
    if _DOTTED.fullmatch(core) or (len(core) == 1 and core.isalpha()):
        return kind == _UPPER and next_word in SENTENCE_STARTERS
    if key in ABBREVIATIONS:
        # "Apple Inc. CEO Tim Cook": an acronym after "Inc." continues the sentence
        return kind == _UPPER and not (len(next_word) > 1 and next_word.isupper())
    return True
