"""Tests for the cleaning stage: what is marked as non-prose, and what is kept."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.clean import _words, find_boilerplate, kept_ranges
from claimcheck.models import DroppedText

PROSE = (
    "The regional water board approved a plan on Thursday to rebuild three reservoirs.\n"
    "Officials said the work would cost about 40 million euros and take four years.\n"
)

HAN = "text in another script (Han) inside Latin-script article"
CYRILLIC = "text in another script (Cyrillic) inside Latin-script article"


def drops(text: str) -> list[tuple[str, str]]:
    """(text, reason) of every stretch the cleaner marks."""
    return [(d.text, d.reason) for d in find_boilerplate(text)]


# --------------------------------------------------------------------------
# What is dropped, by category
# --------------------------------------------------------------------------

WIDGET_CASES = [
    pytest.param(
        PROSE + "Comments\nLeave a Reply\n",
        [("Comments", "comment widget"), ("Leave a Reply", "comment widget")],
        id="comments-heading-and-reply",
    ),
    pytest.param(
        PROSE + "12 Comments\n",
        [("12 Comments", "comment widget")],
        id="comment-count",
    ),
    pytest.param(
        PROSE + "Related Articles",
        [("Related Articles", "related-posts widget")],
        id="related-articles-at-end-without-newline",
    ),
    pytest.param(
        PROSE + "You may also like\n",
        [("You may also like", "related-posts widget")],
        id="also-like",
    ),
    pytest.param(
        PROSE + "See also: Port strike ends after two weeks\n",
        [("See also: Port strike ends after two weeks", "related-posts widget")],
        id="see-also",
    ),
    pytest.param(
        PROSE + "READ MORE: Ferry operator cuts winter timetable\n" + PROSE,
        [("READ MORE: Ferry operator cuts winter timetable", "related-posts widget")],
        id="read-more-teaser",
    ),
    pytest.param(
        PROSE + "Share this:\nClick to share on Reddit (Opens in new window)\nFacebook\n",
        [
            ("Share this:", "share/subscribe widget"),
            ("Click to share on Reddit (Opens in new window)", "share/subscribe widget"),
            ("Facebook", "share/subscribe widget"),
        ],
        id="share-block",
    ),
    pytest.param(
        PROSE + "Subscribe to our newsletter\nFollow us on Instagram\n",
        [
            ("Subscribe to our newsletter", "share/subscribe widget"),
            ("Follow us on Instagram", "share/subscribe widget"),
        ],
        id="subscribe-follow",
    ),
    pytest.param(
        PROSE + "Sign up\n",
        [("Sign up", "share/subscribe widget")],
        id="sign-up",
    ),
    pytest.param(
        "Advertisement\n" + PROSE,
        [("Advertisement", "advertisement")],
        id="advertisement",
    ),
    pytest.param(
        PROSE + "Tags: reservoirs, water supply, regional budget\n",
        [("Tags: reservoirs, water supply, regional budget", "tags/category line")],
        id="tags",
    ),
    pytest.param(
        PROSE + "Posted in Environment | Infrastructure\n",
        [("Posted in Environment | Infrastructure", "tags/category line")],
        id="posted-in-category",
    ),
    pytest.param(
        PROSE + "© 2024 Valley Courier. All rights reserved.\n",
        [("© 2024 Valley Courier. All rights reserved.", "copyright notice")],
        id="copyright",
    ),
    pytest.param(
        "We use cookies to give you the best experience on our website.\n" + PROSE,
        [
            (
                "We use cookies to give you the best experience on our website.",
                "cookie notice",
            )
        ],
        id="cookie-notice",
    ),
]

CONFIG_CASES = [
    pytest.param(
        PROSE + "Comments\nReader discussion runs on Utterances (GitHub Issues). Set\n"
        "issueTerm,theme,label in[params.comments.utterances]insite.yaml before deploying.\n",
        [
            ("Comments", "comment widget"),
            ("Reader discussion runs on Utterances (GitHub Issues). Set", "comment widget"),
            (
                "issueTerm,theme,label in[params.comments.utterances]insite.yaml before deploying.",
                "site configuration notice",
            ),
        ],
        id="comments-then-config",
    ),
    pytest.param(
        PROSE + "Please enable JavaScript to view the comments powered by Disqus.\n",
        [
            (
                "Please enable JavaScript to view the comments powered by Disqus.",
                "site configuration notice",
            )
        ],
        id="enable-javascript",
    ),
    pytest.param(
        PROSE + "You must be logged in to post a comment.\n",
        [("You must be logged in to post a comment.", "site configuration notice")],
        id="logged-in",
    ),
    pytest.param(
        PROSE
        + "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n",
        [
            (
                "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
                "site configuration notice",
            )
        ],
        id="akismet",
    ),
    pytest.param(
        PROSE + "Set the disqusShortname key in config.toml to turn on comments.\n",
        [
            (
                "Set the disqusShortname key in config.toml to turn on comments.",
                "site configuration notice",
            )
        ],
        id="config-key",
    ),
]

NAVIGATION_CASES = [
    pytest.param(
        "Home > Local > Environment\n" + PROSE,
        [("Home > Local > Environment", "navigation line")],
        id="breadcrumb",
    ),
    pytest.param(
        "Home » Sport\n" + PROSE,
        [("Home » Sport", "navigation line")],
        id="breadcrumb-two-items",
    ),
    pytest.param(
        "World | Business | Culture | Opinion\n" + PROSE,
        [("World | Business | Culture | Opinion", "navigation line")],
        id="menu-pipes",
    ),
    pytest.param(
        "About · Contact · Careers\n" + PROSE,
        [("About · Contact · Careers", "navigation line")],
        id="menu-dots",
    ),
    pytest.param(
        PROSE + "Previous article\nNext post: Harbour crane contract signed\n",
        [
            ("Previous article", "navigation line"),
            ("Next post: Harbour crane contract signed", "navigation line"),
        ],
        id="previous-next",
    ),
]

SCRIPT_CASES = [
    pytest.param(
        PROSE + "北京赛车代理88平台 The museum reopened after a two-year renovation.\n",
        [("北京赛车代理88平台", HAN)],
        id="han-prefix-with-digits",
    ),
    pytest.param(
        PROSE + "The museum reopened after a two-year renovation. 娱乐城注册送58元\n",
        [("娱乐城注册送58元", HAN)],
        id="han-suffix",
    ),
    pytest.param(
        PROSE + "广州夜生活论坛777\n" + PROSE,
        [("广州夜生活论坛777", HAN)],
        id="han-whole-line",
    ),
    pytest.param(
        PROSE + "Купить дешёвые билеты онлайн 24\n" + PROSE,
        [("Купить дешёвые билеты онлайн 24", CYRILLIC)],
        id="cyrillic-whole-line",
    ),
]

LEAD_IN_CASES = [
    pytest.param(
        "The ministry outlined the reform. The changes cover areas such as:\n"
        "Farmers in the north welcomed the announcement on Monday.\n",
        [("The changes cover areas such as:", "empty list lead-in")],
        id="sentence-before-lead-in",
    ),
    pytest.param(
        "Main takeaways:\nThe board will publish its accounts in June.\n",
        [("Main takeaways:", "empty list lead-in")],
        id="summary-formula-line",
    ),
    pytest.param(
        "Why is the bridge closed? Put simply:\nBut engineers say repairs could start soon.\n",
        [("Put simply:", "empty list lead-in")],
        id="put-simply-after-question",
    ),
    pytest.param(
        "Dr. Okafor listed risks like:\nThe hospital declined to comment.\n",
        [("Dr. Okafor listed risks like:", "empty list lead-in")],
        id="abbreviation-not-a-sentence-end",
    ),
    pytest.param(
        "Investors are looking for a port that:\n",
        [("Investors are looking for a port that:", "empty list lead-in")],
        id="lead-in-at-end-of-text",
    ),
    pytest.param(
        "Here's what we know so far:\n\nPolice closed the road for six hours.\n",
        [("Here's what we know so far:", "empty list lead-in")],
        id="what-we-know-blank-line-between",
    ),
]

FURNITURE_CASES = [
    pytest.param(
        PROSE + "Here's a slideshow of images of the quake on Tuesday.\n",
        [("Here's a slideshow of images of the quake on Tuesday.", "teaser or cross-reference")],
        id="pointer-to-a-slideshow",
    ),
    pytest.param(
        PROSE + "Click here for more photos of the flood.\n",
        [("Click here for more photos of the flood.", "teaser or cross-reference")],
        id="pointer-to-photos",
    ),
    pytest.param(
        "Crash closes ring road\n"
        "By Kerr & Lowe, LLP. posted in Traffic Accidents on Monday, March 4, 2024.\n" + PROSE,
        [
            (
                "By Kerr & Lowe, LLP. posted in Traffic Accidents on Monday, March 4, 2024.",
                "byline or date line",
            )
        ],
        id="blog-byline-posted-in-category-on-date",
    ),
    pytest.param(
        "FERRY SINKS OFF HARBOUR POINT, COAST GUARD SAYSMARCH 4, 2024\n" + PROSE,
        [("MARCH 4, 2024", "byline or date line")],
        id="date-glued-to-headline",
    ),
    pytest.param(
        'Crews began work on the line in May (see Example.net, 3/4/24, "Rail Plans").\n',
        [('(see Example.net, 3/4/24, "Rail Plans")', "teaser or cross-reference")],
        id="see-reference-in-brackets",
    ),
    pytest.param(
        "The rival (see Harbour Line Buys Ferry Maker) sold 12 boats.\n",
        [("(see Harbour Line Buys Ferry Maker)", "teaser or cross-reference")],
        id="see-headline-in-brackets",
    ),
    pytest.param(
        "Acme Corp. (nyse: ACM - news - people) will buy Bolt Ltd. for $2 billion.\n",
        [("(nyse: ACM - news - people)", "stock quote widget")],
        id="ticker-with-widget-links",
    ),
    pytest.param(
        PROSE + "ACM +0.26%\n",
        [("ACM +0.26%", "stock quote widget")],
        id="quote-widget-line",
    ),
    pytest.param(
        PROSE + "Is the ferry operator too cheap at $12 a share?\n",
        [("Is the ferry operator too cheap at $12 a share?", "rhetorical or teaser question")],
        id="lone-question-line",
    ),
    pytest.param(
        "Ferry deal is a bold move to grow within the\u2026\n" + PROSE,
        [("Ferry deal is a bold move to grow within the\u2026", "teaser or cross-reference")],
        id="excerpt-cut-mid-phrase",
    ),
    pytest.param(
        PROSE + "Acme Conference Call\n"
        "Acme will hold a conference call at 4 p.m. today to discuss the results.\n"
        "The webcast will be available for 30 days after the call.\n",
        [
            ("Acme Conference Call", "investor-relations notice"),
            (
                "Acme will hold a conference call at 4 p.m. today to discuss the results.",
                "investor-relations notice",
            ),
            (
                "The webcast will be available for 30 days after the call.",
                "investor-relations notice",
            ),
        ],
        id="investor-call-notice",
    ),
    pytest.param(
        PROSE + "Listen live on WRKN 98.4 FM or follow us on social media.\n",
        [("Listen live on WRKN 98.4 FM or follow us on social media.", "outlet promotion")],
        id="listen-live",
    ),
    pytest.param(
        PROSE + "FENN: We will have more on this story at 10.\n",
        [("FENN: We will have more on this story at 10.", "outlet promotion")],
        id="more-at-ten-after-a-speaker-label",
    ),
    pytest.param(
        PROSE + "Coastline 4 News airs weeknights at 6 and 10.\n",
        [("Coastline 4 News airs weeknights at 6 and 10.", "outlet promotion")],
        id="programme-slot",
    ),
    pytest.param(
        PROSE + "For the latest, download the KHRW 7 News app.\n",
        [("For the latest, download the KHRW 7 News app.", "outlet promotion")],
        id="download-the-app",
    ),
    pytest.param(
        PROSE + "Stay with KMRF News 8 for updates through the night.\n",
        [("Stay with KMRF News 8 for updates through the night.", "outlet promotion")],
        id="stay-with-us",
    ),
    pytest.param(
        PROSE + "Harbour Radio 88.4 - the voice of the harbour.\n",
        [("Harbour Radio 88.4 - the voice of the harbour.", "outlet promotion")],
        id="station-name-and-frequency",
    ),
    pytest.param(
        PROSE + "Watch BNC Evening News weeknights at 9.\n",
        [("Watch BNC Evening News weeknights at 9.", "outlet promotion")],
        id="watch-weeknights",
    ),
    pytest.param(
        PROSE + "ANNE LORD: Thank you, Ben. Police want to hear from witnesses. We'll have more "
        "on this story at ten.\n",
        [("We'll have more on this story at ten.", "outlet promotion")],
        id="sign-off-ending-a-presenters-turn",
    ),
    pytest.param(
        PROSE + "MALLOCH: Sami, thank you. The road stays closed. We'll have more at seven.\n",
        [("We'll have more at seven.", "outlet promotion")],
        id="sign-off-with-a-time-alone",
    ),
    pytest.param(
        PROSE + "PELLOW: He was 81. We'll have more on his life and career at ten.\n",
        [("We'll have more on his life and career at ten.", "outlet promotion")],
        id="sign-off-with-a-topic-and-a-time",
    ),
    pytest.param(
        PROSE + "Follow KWRT 5 News on social media. Copyright 2024 KWRT 5. All rights reserved.\n",
        [
            ("Follow KWRT 5 News on social media.", "outlet promotion"),
            ("Copyright 2024 KWRT 5. All rights reserved.", "outlet promotion"),
        ],
        id="follow-and-copyright-sentences",
    ),
    pytest.param(
        PROSE + "Got a story? Contact the Herald newsroom on 555-0199.\n",
        [("Got a story? Contact the Herald newsroom on 555-0199.", "outlet promotion")],
        id="contact-the-newsroom",
    ),
    pytest.param(
        PROSE + "Got a news tip? Call the Star newsdesk on 01632 960 441.\n",
        [("Got a news tip? Call the Star newsdesk on 01632 960 441.", "outlet promotion")],
        id="call-a-named-newsdesk",
    ),
    pytest.param(
        PROSE + "Watch Vale 7 News every night at six.\n",
        [("Watch Vale 7 News every night at six.", "outlet promotion")],
        id="watch-every-night",
    ),
    pytest.param(
        PROSE + "LORD: Ben Ash at the river, thank you. We will be back with more at nine.\n",
        [("We will be back with more at nine.", "outlet promotion")],
        id="back-with-more",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    WIDGET_CASES + CONFIG_CASES + NAVIGATION_CASES + SCRIPT_CASES + LEAD_IN_CASES + FURNITURE_CASES,
)
def test_drops(text: str, expected: list[tuple[str, str]]) -> None:
    assert drops(text) == expected


# --------------------------------------------------------------------------
# What is kept
# --------------------------------------------------------------------------

KEEP_CASES = [
    pytest.param(PROSE, id="plain-news"),
    pytest.param(
        "Video footage showed the bridge falling into the river at about 4 p.m.\n",
        id="news-about-footage",
    ),
    pytest.param(
        "The show airs every night at 9 p.m. on the network, executives said, drawing 2 "
        "million viewers.\n",
        id="news-about-a-show",
    ),
    pytest.param(
        '"We will have more on this story soon," the mayor said, and the council will follow '
        "the plan.\n",
        id="a-quoted-promise-of-more",
    ),
    pytest.param(
        "The council said it will have more money in 2026 than in any year before.\n",
        id="news-of-more-money",
    ),
    pytest.param(
        "The mayor said crews will watch the river every night until the flood passes.\n",
        id="news-of-watching-every-night",
    ),
    pytest.param(
        "The station has broadcast on 98.4 FM since 1971, its owner said, and employs 40 people.\n",
        id="news-about-a-station",
    ),
    pytest.param(
        "LISBON (Reuters) - Portugal's parliament passed the budget on Friday, with 116 votes "
        "in favour.\nBy Maria Costa, Staff Reporter\nPosted on March 4, 2024 at 9:15 AM\n"
        "March 4, 2024 | 9:15 am\n",
        id="dateline-byline-timestamp",
    ),
    pytest.param(
        "Rail strike: what happened\nUnions walked out at dawn, halting most trains.\n"
        "What happened:\nThe talks broke down late on Sunday after nine hours.\n",
        id="headings",
    ),
    pytest.param(
        "The plan has three parts:\n- new housing\n- cheaper buses\n1. More parks\n",
        id="lead-in-with-list",
    ),
    pytest.param(
        'The mayor told reporters:\n"We will not raise fares this year."\n'
        "The agency's report lists the following:\nFewer delays and cleaner stations\n",
        id="lead-in-with-quote-or-bare-item",
    ),
    pytest.param(
        "Some of the demands are modest:\nThey want longer opening hours at the library.\n",
        id="colon-line-that-is-not-dangling",
    ),
    pytest.param(
        "Pilgrims crowded the old town of Lviv (Львів) on Sunday.\n"
        "The word for the festival, 春节, appears on every lantern in Chinatown.\n"
        "The Tokyo studio (スタジオジブリ) announced a new film.\n",
        id="foreign-names-in-latin-prose",
    ),
    pytest.param(
        "北京市政府周五宣布，将在明年新建三座公园。\n该计划由 iPhone 用户调查支持。\n",
        id="chinese-article-with-latin-brand",
    ),
    pytest.param(
        "Next Sunday the team travels to Leeds for its final game.\n"
        "Previously, the club had won five times in a row.\n"
        "Follow-up inspections found no further cracks.\n",
        id="words-shared-with-navigation",
    ),
    pytest.param(
        "Hackers used a WordPress plugin to plant malicious code on hundreds of sites, "
        "researchers said, urging owners to update their software.\n"
        "The company's cloud platform is powered by renewable energy, it said in a statement.\n"
        "Readers left more than 2,000 comments on the newspaper's website.\n",
        id="tech-prose-with-widget-words",
    ),
    pytest.param(
        "Twitter\nThe platform lost a third of its advertisers in a year.\n"
        "Email\nMost staff now receive over 100 messages a day.\n",
        id="social-network-as-section-heading",
    ),
    pytest.param(
        "We baked cookies for the firefighters, she said.\n"
        "Topics discussed included the budget, housing\n"
        "Posted in Lagos, the letter says the deal is off.\n"
        "Share of renewables hits record\n"
        "Comments from readers poured in after the vote.\n",
        id="words-shared-with-widgets",
    ),
    pytest.param(
        "Tuesday, March 5, 2024\n"
        "McDermott now has 2,029 points, but who is counting?\n"
        "Not quite the holiday we were hoping for...\n"
        '"I saw her fall back...\n'
        "The fares rose 5% (via the Harbour Gazette).\n"
        "Acme Corp. (NYSE: ACM) said revenue rose 12% to $4 billion.\n"
        "Analysts on the webcast asked about margins, which fell 2%.\n"
        "Acme will hold a conference call to discuss 500 job cuts and a $2 billion charge.\n",
        id="news-lines-like-furniture",
    ),
    pytest.param(
        "Sales rose 4% in May | June figures are due next week.\n"
        "Shares in the firm fell 3% after the announcement.\n",
        id="pipe-in-prose-and-shares",
    ),
    # A programme's line with its day and month dates the transcript, like a byline.
    pytest.param(
        "COASTLINE TONIGHT, KSN Radio 94.1, Tuesday 14 October, 6:00 p.m.\n"
        "Radio Calder 96.4, The Drive at Five, broadcast Tuesday 10 June, 5 p.m.\n",
        id="dated-programme-lines",
    ),
]


@pytest.mark.parametrize("text", KEEP_CASES)
def test_keeps_ordinary_prose(text: str) -> None:
    assert drops(text) == []


def test_empty_text() -> None:
    assert find_boilerplate("") == []
    assert kept_ranges("", []) == []


# --------------------------------------------------------------------------
# Span invariants
# --------------------------------------------------------------------------

ALL_TEXTS = [
    p.values[0]
    for p in WIDGET_CASES
    + CONFIG_CASES
    + NAVIGATION_CASES
    + SCRIPT_CASES
    + LEAD_IN_CASES
    + FURNITURE_CASES
]


def assert_tiles(text: str, dropped: list[DroppedText]) -> None:
    """Drops are verbatim, ordered and disjoint, and kept_ranges is their exact complement."""
    for d in dropped:
        start, end = d.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == d.text
    for a, b in itertools.pairwise(dropped):
        assert a.span[1] <= b.span[0]
    kept = kept_ranges(text, dropped)
    pieces = sorted([*kept, *(d.span for d in dropped)])
    pos = 0
    for start, end in pieces:
        assert start == pos and end > start
        pos = end
    assert pos == len(text)
    assert "".join(text[s:e] for s, e in pieces) == text


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_spans_are_exact_and_kept_ranges_complement(text: object) -> None:
    assert isinstance(text, str)
    assert_tiles(text, find_boilerplate(text))


def test_text_is_not_shifted_by_crlf_and_unicode() -> None:
    text = "Città > Notizie > Sport\r\n" + PROSE.replace("\n", "\r\n") + "Related Posts\r\n"
    dropped = find_boilerplate(text)
    assert [d.text for d in dropped] == ["Città > Notizie > Sport", "Related Posts"]
    assert_tiles(text, dropped)


def test_kept_ranges_without_drops_is_whole_text() -> None:
    assert kept_ranges(PROSE, []) == [(0, len(PROSE))]


def test_kept_ranges_of_adjacent_drops() -> None:
    text = "abcdef"
    dropped = [
        DroppedText(span=(0, 2), reason="x", text="ab"),
        DroppedText(span=(2, 4), reason="y", text="cd"),
    ]
    assert kept_ranges(text, dropped) == [(4, 6)]


def test_all_cases_in_one_document_tile_the_text() -> None:
    text = "\n".join(str(t) for t in ALL_TEXTS)
    assert_tiles(text, find_boilerplate(text))


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=120))
@settings(max_examples=300, deadline=None)
def test_words_of_ascii_lines_are_those_the_unicode_pattern_finds(line: str) -> None:
    """ASCII lines take a simpler word pattern; a word of another script sends the same
    line down the Unicode path."""
    assert _words(line + " é") == (*_words(line), "é")
