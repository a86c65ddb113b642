"""Cheap first tests of the cleaning stage: each may let through a line its pattern does not
match, but must never turn away one it does (as ``test_cues.py`` checks for other stages)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import clean
from claimcheck.cues import holds_any, may_hold_ignoring_case

# Lines that some pattern behind a first test matches, and a few that none does.
LINES = [
    "Listen live on WRKN 98.4 FM or follow us on social media.",
    "FENN: We will have more on this story at 10.",
    "Coastline 4 News airs weeknights at 6 and 10.",
    "For the latest, download the KHRW 7 News app.",
    "Stay with KMRF News 8 for updates through the night.",
    "Harbour Radio 88.4 - the voice of the harbour.",
    "Watch BNC Evening News weeknights at 9.",
    "We'll have more on this story at ten.",
    "WE\u2019LL BRING YOU MORE at six",
    "You're listening to Radio Corvane",
    "Tune in to KXYZ live tonight",
    "Stream WKLD 101.3 anywhere",
    "TRV Radio 4 - listen live",
    "Call the newsdesk on 555-0142.",
    "Contact our Gazette news desk",
    "The show is on air weekends at 8",
    "Listen again on 101.3fm",
    "Watch us live on Channel 5",
    "Stay tuned for the weather",
    "Download our free app for updates",
    "The programme broadcasts weekdays at 7",
    "By Ann Lee posted in Road Safety on Friday, September 20, 2013.",
    "POSTED UNDER Local News on May 3, 2013",
    "This site uses Akismet to reduce spam.",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "You must be logged in to post a comment.",
    "Your email address will not be published. Required fields are marked",
    "Learn how your comment data is processed.",
    "Add the siteKey to your params.toml using the values from giscus.app",
    "Click to share on Twitter (Opens in new window)",
    "Set comments = true in _config.yml and add repo,repoID,category",
    "The {{ .Site.Params.comments }} block reads [site.comments.provider].",
    "ANDTHEMEIDFOR andthemeIDfor McDonald iPhone JavaScript",
    "The webcast will be available for 10 days.",
    "Nothing here is a widget, a notice or a promotion, officials said.",
]

# Pieces of the lines above, to put together in other orders and cases.
PIECES = sorted({word for line in LINES for word in line.split()})


def _spellings(text: str) -> list[str]:
    """The text as written, upper-cased and lower-cased."""
    return [text, text.upper(), text.lower()]


def _assert_cues_never_hide_a_match(text: str) -> None:
    """Every first test of ``clean`` lets ``text`` through where its pattern matches it."""
    for spelling in _spellings(text):
        lowered = spelling.lower()
        if clean._BROADCAST_RE.search(spelling):
            assert may_hold_ignoring_case(spelling, clean._BROADCAST_CUES)
        if clean._SLOT_RE.search(spelling):
            assert may_hold_ignoring_case(spelling, clean._SLOT_CUES)
        if clean._BLOG_BYLINE_RE.search(spelling):
            assert may_hold_ignoring_case(spelling, clean._BLOG_BYLINE_CUES)
        for terms in (clean._SELF, clean._CMS, clean._INVESTOR_EVENT):
            assert terms.search(lowered) == (terms.pattern.search(lowered) is not None)
            assert terms.count(lowered) == len(terms.pattern.findall(lowered))
        assert clean._code_hits(spelling) == sum(
            len(pattern.findall(spelling)) for _, pattern in clean._CODE_PATTERNS
        )


@pytest.mark.parametrize("line", LINES)
def test_cues_never_hide_a_match(line: str) -> None:
    _assert_cues_never_hide_a_match(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.sampled_from(" ,:'-"))
def test_cues_never_hide_a_match_in_other_lines(pieces: list[str], glue: str) -> None:
    _assert_cues_never_hide_a_match(glue.join(pieces))


def test_every_term_holds_a_cue() -> None:
    for terms in (clean._SELF, clean._CMS, clean._INVESTOR_EVENT):
        assert all(holds_any(term, terms.cues) for term in terms.terms)
    with pytest.raises(ValueError):
        clean._Terms(("this site", "please"), cues=("site",))


# What ``_ends_sentence`` tells without a search: sentence punctuation, maybe closing quotes
# or brackets after it, then only whitespace.
FINAL_PUNCTUATION = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


@pytest.mark.parametrize(
    "text",
    ["He left.", "It rose 5%!\u201d", "(Reuters). ", "Why?\n", "Wait\u2026 ", "a.)]\u2019", "",
     "Home", "Next >", "He said. )", "\u201d", ".\u00a0\u2028", "e.g. the"],
)  # fmt: skip
def test_sentence_end_as_the_pattern_finds_it(text: str) -> None:
    assert clean._ends_sentence(text) == bool(FINAL_PUNCTUATION.search(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=".!?…\"'”’)]([ \t\n\r\x0b\x1c\u00a0\u2028ab:", max_size=12))
def test_sentence_end_as_the_pattern_finds_it_in_any_text(text: str) -> None:
    assert clean._ends_sentence(text) == bool(FINAL_PUNCTUATION.search(text))
