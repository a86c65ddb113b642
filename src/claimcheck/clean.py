"""Mark the parts of a scraped article that are not the article's own prose.

Why this stage exists: pages are saved as plain text by scrapers that keep
everything between the headline and the footer. Comment-system set-up notes,
"You May Also Like" boxes and share widgets, breadcrumbs, spam injected in another script
and list lead-ins whose list was lost all end up in the file. None of it is a
claim by the article, and left in, the later stages would segment it into
"sentences" and report nonsense claims. Cleaning only *marks* such stretches:
the text is never modified or shifted, every mark is a ``DroppedText`` whose
span indexes the text exactly as read, and ``kept_ranges`` gives the
complement that the segmenter works on.

Every rule uses general signals -- line shape (short, no final punctuation,
separators), vocabulary of web widgets and CMS configuration (the data tables
below), code-like tokens, and the mix of writing systems -- never phrases of
particular articles. The rules are conservative: ordinary news prose,
headings, datelines ("WASHINGTON (Reuters) -", "Posted on May 3, 2013") and
bylines are kept, since they date the article.

News furniture that would otherwise read as a sentence with a figure is marked:
a blog byline with its category and date ("X posted in Road Safety on Friday,
September 20, 2013."), a date glued to the end of a headline with no space
("... POLICE SAYSSEPTEMBER 19, 2013"), a cross-reference in brackets ("(see
Example.com, 7/24/06, \"Title\")"), a ticker with a quote widget's link labels
("(nyse: XYZ - news - people)") or a quote widget line ("XYZ +0.26%"), an
investor-call notice ("The webcast will be available for 10 days"), a question
alone on its line ("Is the stock too cheap to last?": it asks, it does not
report) and an excerpt cut off mid-phrase ("... a strong move to improve within
the…"). A bare ticker ("Acme (NYSE: ACM) said") and a credit ("(via the Gazette)")
are kept: marking them would cut a sentence from its subject or its source.

Decisions on list lead-ins (a line ending with ':'):

* It is dropped only when the list it announces is missing: the next non-blank
  line is not a list item (``-``, ``*``, ``•``, ``1.``, ``a)`` ...), not a
  quotation, not a short unpunctuated fragment (a list item whose bullet was
  stripped) -- or there is no next line at all.
* And only when the lead-in is grammatically dangling: it ends in a word that
  needs a complement ("... items such as:", "... a plan that:", "... are:",
  "the following:") or is a summary formula ("In simple terms:", "Key points:",
  "Here's what we know:"). A heading such as "What happened:" followed by a
  prose paragraph is kept: it reads as a section heading, and the paragraph
  under it is the content it announces. Speech lead-ins ("X said:") are kept.
* When other sentences precede the lead-in on the same line, only the dangling
  sentence (from its start to the colon) is dropped; the rest of the line stays.

Decisions on text in another script: the article's dominant script family is
the one with most letters (Han, Hiragana, Katakana and Hangul count as one CJK
family). Runs of at least ``MIN_FOREIGN_LETTERS`` letters of another family
(digits and CJK punctuation glued to them included) are dropped when they make
up most of a line, or when they are glued to the start or end of a line. Runs
inside a sentence, in parentheses or in quotes (a place name given in its own
script) are kept. Latin runs inside a non-Latin article (brand names, URLs) are
never dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from claimcheck.cues import holds_any, may_hold_ignoring_case
from claimcheck.models import DroppedText

# --------------------------------------------------------------------------
# Data tables
# --------------------------------------------------------------------------


def _word_table(words: str) -> frozenset[str]:
    """Build a word table from a space-separated string (keeps the tables compact).

    :param words: lower-case words separated by whitespace.
    """
    return frozenset(words.split())


#: Reasons, one per kind of non-prose.
R_COMMENT = "comment widget"
R_RELATED = "related-posts widget"
R_SHARE = "share/subscribe widget"
R_AD = "advertisement"
R_COOKIE = "cookie notice"
R_TAGS = "tags/category line"
R_CONFIG = "site configuration notice"
R_NAV = "navigation line"
R_LEAD_IN = "empty list lead-in"
R_COPYRIGHT = "copyright notice"
# Prefix of the reason for injected text in another script; the sourcing check reads it.
R_FOREIGN_SCRIPT = "text in another script"
R_BYLINE = "byline or date line"
R_TEASER = "teaser or cross-reference"
R_QUESTION = "rhetorical or teaser question"
R_TICKER = "stock quote widget"
R_INVESTOR = "investor-relations notice"
R_BROADCAST = "outlet promotion"

#: Words that headings of web widgets are made of, mapped to the widget they name.
#: A short unpunctuated line made only of these (plus FILLER_WORDS) is a widget heading.
WIDGET_HEADING_WORDS: dict[str, str] = {
    "comment": R_COMMENT,
    "comments": R_COMMENT,
    "reply": R_COMMENT,
    "replies": R_COMMENT,
    "discussion": R_COMMENT,
    "conversation": R_COMMENT,
    "responses": R_COMMENT,
    "related": R_RELATED,
    "recommended": R_RELATED,
    "popular": R_RELATED,
    "trending": R_RELATED,
    "stories": R_RELATED,
    "articles": R_RELATED,
    "posts": R_RELATED,
    "share": R_SHARE,
    "shares": R_SHARE,
    "sharing": R_SHARE,
    "subscribe": R_SHARE,
    "subscription": R_SHARE,
    "newsletter": R_SHARE,
    "newsletters": R_SHARE,
    "follow": R_SHARE,
    "tweet": R_SHARE,
    "facebook": R_SHARE,
    "twitter": R_SHARE,
    "linkedin": R_SHARE,
    "whatsapp": R_SHARE,
    "reddit": R_SHARE,
    "pinterest": R_SHARE,
    "telegram": R_SHARE,
    "instagram": R_SHARE,
    "email": R_SHARE,
    "print": R_SHARE,
    "advertisement": R_AD,
    "advertising": R_AD,
    "sponsored": R_AD,
}

#: Widget words that can also head a section of an article ("Twitter", "Email"):
#: alone they mark a widget only inside a share block, next to a stronger widget line.
WEAK_WIDGET_WORDS: frozenset[str] = _word_table(
    "facebook twitter linkedin whatsapp reddit pinterest telegram instagram email print"
)

#: Words allowed around widget words in a widget heading ("Leave a Reply",
#: "Click to share on X (Opens in new window)", "You may also like").
FILLER_WORDS: frozenset[str] = _word_table(
    "a an the this to on in of for our us you your me my and or with via by "
    "leave add post write join view show hide load see all more read also may might "
    "like loading click opens open new window tab up sign get latest top most "
    "previous next x be first"
)

#: Widget and CMS vocabulary for configuration/boilerplate notices. Several of
#: these (not one) must co-occur with a code-like token or a site self-reference.
CMS_TERMS: tuple[str, ...] = (
    "powered by",
    "config",
    "configuration",
    "configure",
    "params",
    "parameter",
    "toml",
    "yaml",
    "javascript",
    "cookie",
    "cookies",
    "plugin",
    "plugins",
    "widget",
    "logged in",
    "log in",
    "sign in",
    "comment",
    "comments",
    "discussion",
    "discussions",
    "disqus",
    "giscus",
    "utterances",
    "akismet",
    "wordpress",
    "hugo",
    "jekyll",
    "github",
    "repo",
    "repository",
    "theme",
    "template",
    "subscribe",
    "newsletter",
    "rss",
    "feed",
    "spam",
    "browser",
    "email address",
    "required fields",
    "notify me",
)

#: Phrases by which a site talks about itself or to its reader (not reporting).
SELF_REFERENCE: tuple[str, ...] = (
    "this site",
    "this website",
    "this blog",
    "this page",
    "our site",
    "our website",
    "you must",
    "you need to",
    "please",
    "your browser",
    "your email",
    "your comment",
    "enable",
    "learn how",
    "click",
    "powered by",
    "will not be published",
    "add",
    "using the values",
)

#: Last words of a lead-in that cannot end a sentence: the complement is missing.
DANGLING_TAIL_WORDS: frozenset[str] = _word_table(
    "like as include includes including included namely that which who whom whose "
    "where are is were was be been being the a an these those following follows of for "
    "with to and or by from into on about among between e.g. i.e."
)

#: Words that, in a lead-in, make it a speech or quotation lead-in (kept).
SPEECH_WORDS: frozenset[str] = _word_table(
    "said says say told tells tweeted wrote writes added adds stated states replied "
    "declared explained asked statement message shouting"
)

#: Abbreviations whose period does not end a sentence (for lead-in sentence starts).
ABBREVIATIONS: frozenset[str] = _word_table(
    "mr mrs ms dr st gen sen rep gov prof inc co corp ltd jr sr vs no lt col sgt "
    "capt u.s u.k e.g i.e"
)

#: Month names, full and short, for date lines glued to a headline ("...SAYSSEPTEMBER 19, 2013").
MONTHS: tuple[str, ...] = tuple(
    (
        "january february march april may june july august september october november "
        "december jan feb mar apr jun jul aug sep sept oct nov dec"
    ).split()
)

#: Words that open a question ("Is the deal worth it?", "So what does it mean?").
QUESTION_OPENERS: frozenset[str] = _word_table(
    "is are was were do does did will would can could should shall has have had how what "
    "why where when who whom whose which"
)

#: Last words of a teaser cut off mid-phrase by a site's excerpt ("... to improve within
#: the…"): a sentence of the article's own does not stop on them.
TEASER_TAIL_WORDS: frozenset[str] = _word_table(
    "the a an to of within into onto from between among across and or but which whose his "
    "her their its our your my than"
)

#: Stock exchanges named in a ticker ("(NYSE: XYZ - news - people)").
EXCHANGES: frozenset[str] = _word_table(
    "nyse nasdaq amex lse tsx asx otc otcbb nysearca nysemkt euronext xetra hkex tse"
)

#: Link labels a quote widget puts after a ticker ("- news - people", "- quote - chart").
TICKER_LINK_WORDS: frozenset[str] = _word_table("news people quote chart profile research")

#: Words of an investor-relations event notice, and the verbs that make it a notice.
INVESTOR_EVENT_WORDS: tuple[str, ...] = (
    "webcast",
    "conference call",
    "teleconference",
    "audio broadcast",
    "replay",
    "investor relations",
)
INVESTOR_NOTICE_VERBS: tuple[str, ...] = (
    "will be available",
    "will hold",
    "will host",
    "will provide",
    "will be held",
    "will be webcast",
    "to discuss",
    "can be accessed",
    "may be accessed",
    "dial",
    "listen",
)

#: Minimum letters of a foreign-script run before it is considered for dropping.
MIN_FOREIGN_LETTERS = 4

#: Script of letters by code point range: (first, last, script).
SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latin"),
    (0x0250, 0x02AF, "Latin"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x2C60, 0x2C7F, "Latin"),
    (0xA720, 0xA7FF, "Latin"),
    (0xFF21, 0xFF5A, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x1F00, 0x1FFF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x1C80, 0x1C8F, "Cyrillic"),
    (0x2DE0, 0x2DFF, "Cyrillic"),
    (0xA640, 0xA69F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0xFB1D, 0xFB4F, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x3130, 0x318F, "Hangul"),
    (0xAC00, 0xD7AF, "Hangul"),
    (0x3040, 0x309F, "Hiragana"),
    (0x30A0, 0x30FF, "Katakana"),
    (0x31F0, 0x31FF, "Katakana"),
    (0xFF66, 0xFF9F, "Katakana"),
    (0x3100, 0x312F, "Bopomofo"),
    (0x2E80, 0x2FDF, "Han"),
    (0x3005, 0x3007, "Han"),
    (0x3021, 0x3029, "Han"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xF900, 0xFAFF, "Han"),
    (0x20000, 0x2FA1F, "Han"),
)

#: Scripts written together in one language count as one family for dominance.
SCRIPT_FAMILY: dict[str, str] = {
    "Han": "CJK",
    "Hiragana": "CJK",
    "Katakana": "CJK",
    "Hangul": "CJK",
    "Bopomofo": "CJK",
}

# --------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------

# Sentence punctuation, and the closing quotes/brackets that may follow it at the end of a
# line: "He left.", "It rose 5%!\u201d", "(Reuters)."
_SENTENCE_END_MARKS = (".", "!", "?", "…")
_CLOSING_MARKS = "\"'”’)]"

# A word for line-shape and vocabulary checks: "Reply", "don't", "Київ".
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# The same in lower-cased ASCII text (most lines), where a letter is one of a-z and the
# only apostrophe is "'": simple ranges are far faster to test than Unicode categories.
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")

# The cue of camelCase tokens: three lower-case letters then a capital, as such a token
# starts, which names such as "McDonald" and "iPhone" do not have. (Looking back from the
# capital lets the search skip the many lower-case letters of prose.)
_CAMEL_CUE = r"[A-Z](?<=[a-z]{3}[A-Z])"

# Code-like tokens that do not occur in prose, each after a cheap pattern it cannot match
# without, which spares most lines the search:
_CODE_TOKENS: tuple[tuple[str, str, int], ...] = (
    # bracketed dotted key: "[site.comments.provider]"
    (r"\[", r"\[[\w-]+(?:\.[\w-]+)+\]", 0),
    # configuration/script file name, possibly run into the next word: "_config.yml",
    # "wp-config.php", "insite.tomlwith"
    (r"\.[tTyYjJpPiIcCıİ]", r"\w\.(?:toml|ya?ml|json|php|ini|cfg)", re.IGNORECASE),
    # camelCase identifier or identifiers run into words: "siteKey", "andthemeIDfor"
    (_CAMEL_CUE, r"\b[a-z]{3,}[A-Z]+[a-z]*", 0),
    # comma list without spaces: "repo,repoID,category"
    (r",[A-Za-z]", r"\b[A-Za-z]+,[A-Za-z]+,[A-Za-z]+", 0),
    # key=value assignment: "data-theme=light"
    (r"=", r"\b[\w-]+=[\w\"']", 0),
    # template tags: "{{ .Site.Params.comments }}", "{% include x %}"
    (r"\{", r"\{\{.*?\}\}|\{%.*?%\}", 0),
)
_CODE_PATTERNS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(cue), re.compile(pattern, flags)) for cue, pattern, flags in _CODE_TOKENS
)
# Any of the cues: a line of prose without one (nearly all) is settled in two searches, the
# camelCase cue apart from the others (one search for all would stop at each capital of a
# line to try every other cue there too).
_ANY_OTHER_CODE_CUE = re.compile("|".join(cue for cue, _, _ in _CODE_TOKENS if cue != _CAMEL_CUE))
_ANY_CAMEL_CUE = re.compile(_CAMEL_CUE)


class _Terms:
    """Whole-word search for the terms of a list, in lower-cased text (three times faster
    than IGNORECASE).

    The regex alternation is tried at every position of a line; a substring test per term
    runs in C at a fraction of that cost, and nearly every line fails it, so it goes first.
    Each such test scans the whole line, so a long list may name fewer ``cues`` instead:
    substrings one of which every term holds ("site" for "this site" and "our website").
    """

    def __init__(self, terms: tuple[str, ...], cues: tuple[str, ...] | None = None) -> None:
        self.terms = tuple(term.lower() for term in terms)
        self.pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, self.terms)) + r")\b")
        self.cues = self.terms if cues is None else cues
        if not all(holds_any(term, self.cues) for term in self.terms):
            raise ValueError(f"a term holds none of the cues {self.cues}")

    def _may_occur(self, lowered: str) -> bool:
        """Whether some term occurs in ``lowered`` at all, even inside a word."""
        return holds_any(lowered, self.cues)

    def search(self, lowered: str) -> bool:
        """Whether some term occurs in ``lowered`` as whole words."""
        return self._may_occur(lowered) and self.pattern.search(lowered) is not None

    def count(self, lowered: str) -> int:
        """How many times terms occur in ``lowered`` as whole words."""
        return len(self.pattern.findall(lowered)) if self._may_occur(lowered) else 0


# CMS vocabulary as whole words: "powered by", "Disqus", "logged in".
_CMS = _Terms(CMS_TERMS)

# Site self-reference: "This site uses", "You must be", "Please enable".
_SELF = _Terms(
    SELF_REFERENCE,
    cues=(
        "site",
        "blog",
        "this page",
        "you",
        "please",
        "enable",
        "learn how",
        "click",
        "powered by",
        "will not be published",
        "add",
        "using the values",
    ),
)

# Cookie notice opening: "We use cookies to improve ...", "This website uses cookies."
_COOKIE_RE = re.compile(
    r"^(?:we|this (?:web)?site|our (?:web)?site)\b.{0,80}\bcookies?\b|^accept (?:all )?cookies\b",
    re.IGNORECASE,
)

# Words of the site-to-reader context a cookie notice needs besides "cookies" (so that
# "We baked cookies for the firefighters" stays): "website", "browsing", "consent"
_COOKIE_CONTEXT_RE = re.compile(
    r"\b(?:web)?site\b|\bbrows(?:er|ing)\b|\bexperience\b|\bconsent\b|\baccept\b|\bprivacy\b"
    r"|\bpolicy\b|\bcontinuing\b|\banalytics\b|\bpersonali[sz]",
    re.IGNORECASE,
)

# "Read more" teaser: "Read more", "READ MORE: Markets slide", "Continue reading",
# "Related: Port strike ends", "See also: Ferry fares rise"
_READ_MORE_RE = re.compile(
    r"^(?:read more|read next|continue reading|read the full (?:story|article)|full story"
    r"|more on this story|you (?:may|might) also like)\b"
    r"|^(?:related|see also|also read|recommended)\s*:",
    re.IGNORECASE,
)

# A pointer to a page's pictures or video: "Here's a slideshow of images of the quake",
# "Click here for more photos", "Watch the video".
_MEDIA_POINTER_RE = re.compile(
    r"^(?:here(?:'s|’s|\s+is|\s+are)|click\s+(?:here\s+)?(?:to\s+see|for)|watch|see|view)\s+"
    r"(?:(?:a|an|the|our|more|some)\s+)?(?:(?:photo|picture|image)s?\s+)?"
    r"(?:slide\s?show|gallery|photos|pictures|images|video|footage)\b",
    re.IGNORECASE,
)

# Advertisement marker: "Advertisement", "Story continues below advertisement"
_AD_RE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|"
    r"(?:story|article) continues below(?: advertisement)?|scroll to continue(?: with content)?)"
    r"\s*[:.]?\s*$",
    re.IGNORECASE,
)

# Subscribe / follow promotion: "Sign up for our newsletter", "Follow us on X",
# "Follow politics on the blog at blog.example.com/politics"
_PROMO_RE = re.compile(
    r"^(?:(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|updates|alerts|inbox|free)\b"
    r"|sign up\b\W*$"
    r"|(?:follow|like|join|find) us\b"
    r"|follow\b.{0,60}\b(?:on|at)\s+(?:twitter|facebook|instagram|linkedin|x|our\b|the\b.{0,30}\bblog\b)"
    r"|click (?:here )?to (?:share|tweet|email|print|subscribe))",
    re.IGNORECASE,
)

# A station's promotion of itself, after any speaker's label: "Listen live on WRKN 98.4 FM",
# "Stay with KMRF News 8", "Stream WKLD 101.3 anywhere", "Watch BNC News weeknights at 9",
# "TRV Radio 4 - listen live", "Call the newsdesk on ...",
# "Watch News 24 live on our app", "You're listening to Radio Corvane", "We will have more
# on this story at ten", "Coastline 4 News airs weeknights at 6 and 10", "download the
# KHRW 7 News app".
_BROADCAST_RE = re.compile(
    r"^(?:[A-Z][A-Z.'\- ]{1,30}:\s*)?(?:"
    r"(?:listen|tune in|watch)\b.{0,50}\b(?:live|app|fm|am|radio|channel|online|stream"
    r"|weeknights|weekdays|weekends|nightly|every\s+(?:night|evening|morning|day))\b"
    r"|you(?:'re|’re| are) (?:listening|watching) to\b"
    r"|stay (?:with|tuned)\b|stream\b.{0,50}\b(?:anywhere|live|app|online)\b"
    r"|we(?:'ll|’ll| will) (?:have|bring you) more\b)"
    r"|\bdownload (?:the|our)\b.{0,40}\bapp\b"
    r"|\blisten (?:live|again)\b"
    r"|\b(?:call|contact) (?:the|our) (?:[A-Z][\w'’]*\s+){0,3}(?:newsdesk|newsroom|news desk)\b",
    re.IGNORECASE,
)
# Words of ``_BROADCAST_RE``, lower-cased, one of which it cannot match without
# ("listening" holds "listen", "watching" "watch", "newsroom" and "news desk" "news").
_BROADCAST_CUES = ("listen", "tune in", "watch", "stay", "stream", "more", "download", "news")
# A short line of a programme's slot ("Coastline 4 News airs weeknights at 6 and 10"); a
# longer one may be news about a show.
_SLOT_RE = re.compile(
    r"\b(?:airs|is on(?: air)?|broadcasts)\s+(?:weeknights|weekdays|weekends|nightly|daily|every)\b"
    # A station's name and frequency: "Harbour Radio 88.4 - the voice of the harbour".
    r"|\b(?:radio|fm)\b.{0,30}\b\d{2,3}\.\d\b|\b\d{2,3}\.\d\s*fm\b",
    re.IGNORECASE,
)
# Words of ``_SLOT_RE``, lower-cased, one of which it cannot match without.
_SLOT_CUES = ("airs", "is on", "broadcasts", "radio", "fm")

# Comment-system notices: "Leave a reply", "Comments are closed", "3 Comments",
# "Be the first to comment"
_COMMENT_RE = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)\s*(?:\(\d+\))?\s*:?\s*$"
    r"|^(?:leave|post|add|write) a (?:reply|comment|response)\b"
    r"|^comments are (?:closed|disabled)\b|^be the first to comment\b|^no comments yet\b"
    r"|^(?:show|view|load|hide) (?:all )?\d*\s*comments\b",
    re.IGNORECASE,
)

# Tags / category line: "Tags: budget, housing, Ottawa", "Posted in Science | 2 Comments",
# "Filed under: Health"
_TAGS_RE = re.compile(
    r"^(?:tags?|tagged(?: with)?|topics|categories|category|filed under|posted in|labels?)"
    r"\s*(?P<colon>[:\-–])?\s+(?P<items>.+)$",
    re.IGNORECASE,
)

# Copyright line: "Copyright 2024 Harbour Media Ltd.", "© 2023 Example News. All rights
# reserved.", "All rights reserved."
_COPYRIGHT_RE = re.compile(
    r"^(?:copyright\b|©|\(c\)\s*\d{4})|^all rights reserved\b", re.IGNORECASE
)

_MONTH_ALT = "|".join(MONTHS)
# A weekday and a day of a month: a programme line that has one ("COASTLINE TONIGHT, KSN
# Radio 94.1, Tuesday 14 October, 6:00 p.m.") dates a transcript, as a byline dates an
# article, and is kept for that.
DAY_OF_MONTH_RE = re.compile(
    rf"\b[A-Za-z]+day,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\b"
    rf"|(?:{_MONTH_ALT})\.?\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)

# A date as a byline writes it: "September 20, 2013", "Sept. 20, 2013", "20 Sep 2013"
_MONTH_DATE = (
    rf"(?:(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?:{_MONTH_ALT})\.?,?\s+\d{{4}})"
)

# The same with a weekday: "Friday, September 20, 2013"
_DATE = rf"(?:[A-Za-z]+day,?\s+)?{_MONTH_DATE}"

# A blog byline with its category and date: "By Ann Lee posted in Road Safety on Friday,
# September 20, 2013.", "Posted under Local News on May 3, 2013"
_BLOG_BYLINE_RE = re.compile(
    rf"\bposted\s+(?:in|under|to)\s+.{{1,80}}?\s+on\s+{_DATE}\b[^.!?]{{0,30}}[.]?\s*$",
    re.IGNORECASE,
)
# The word ``_BLOG_BYLINE_RE`` cannot match without, lower-cased.
_BLOG_BYLINE_CUES = ("posted",)

# A date glued to the end of a headline, with no space: "CITY DA SAYSSEPTEMBER 19, 2013"
_GLUED_DATE_RE = re.compile(rf"(?<=[A-Za-z]){_MONTH_DATE}(?=\s*$)", re.IGNORECASE)

# A question on a line of its own: "Is the deal too cheap to last?", "So what does it mean?"
_QUESTION_LINE_RE = re.compile(
    r"^(?:(?:so|but|and)\s+)?(?P<opener>[A-Za-z]+)\b[^.!?\"“”]*\?\s*$", re.IGNORECASE
)

# A line cut off by an excerpt, ending in an ellipsis glued to its last word:
# "The deal is a strong move to improve within the…"
_TEASER_CUT_RE = re.compile(r"^[^\"“‘'].*?\b(?P<last>[A-Za-z]+)(?:…|\.\.\.)\s*$")

# A cross-reference in brackets: "(see Example.com, 7/24/06, \"Chipmaker Raises Its Game\")",
# "(see Rival Buys Server Maker)". ("(via Example News)" credits a source: it stays.)
_SEE_ALSO_RE = re.compile(r"\(see\s+(?=[A-Z\"“])[^()]{2,200}\)")

# A ticker with a quote widget's link labels: "(nyse: XYZ - news - people)"
_TICKER_WIDGET_RE = re.compile(
    rf"\((?:{'|'.join(sorted(EXCHANGES))})\s*:\s*[A-Za-z.]{{1,6}}"
    rf"(?:\s*-\s*(?:{'|'.join(sorted(TICKER_LINK_WORDS))}))+\s*\)",
    re.IGNORECASE,
)

# A line of a stock quote widget: "XYZ +0.26%", "ABCD -1.5%"
_QUOTE_LINE_RE = re.compile(r"^[A-Z][A-Z.]{0,5}\s+[+\-\u2212]\d+(?:\.\d+)?%$")

# Investor-relations event vocabulary: "webcast", "conference call", "replay"
_INVESTOR_EVENT = _Terms(INVESTOR_EVENT_WORDS)
_INVESTOR_VERB_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in INVESTOR_NOTICE_VERBS) + r")\b", re.IGNORECASE
)

# A figure that makes a line news rather than a notice: "$2 billion", "12%", "500 jobs"
_NEWS_FIGURE_RE = re.compile(
    r"[$€£¥%]|\b(?:million|billion|percent|per cent|jobs?|shares?)\b", re.IGNORECASE
)

# An outlet's own sentence at the end of a line of news or of a presenter's turn: "We'll
# have more on this story at eleven.", "We'll have more at seven.", "Radio Kesta will bring
# you more on this story in our next bulletin.", "Follow EMTV 9 News on social media for updates.", "Copyright 2025 EMTV
# 9. All rights reserved.", "Got a story? Contact the Gazette newsroom on 555-0142."
_SIGN_OFF_RE = re.compile(
    r"(?:(?<=^)|(?<=[.!?:]\s))(?:"
    r"(?:we|[A-Z][\w'’ ]{0,30}?)\s*(?:'ll|’ll|\swill)\s+(?:have|bring\s+you)\s+more\b"
    r"(?:\s+on\s+(?:this|the)\s+story\b[^.!?]*"
    # "We'll have more at seven.", "We'll have more on his life and career at ten."
    r"|(?:\s+on\s+[^.!?]{1,60}?)?\s+(?:at|after|in)\s+(?:(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|noon|midnight|\d{1,2}(?:[:.]\d\d)?)\b|(?:our|the)\s+next\b)"
    r"[^.!?]*)[.!?]"
    r"|we\s*(?:'ll|’ll|\swill)\s+be\s+back\s+with\s+more\b[^.!?]*[.!?]"
    r"|follow\s+(?:us|[A-Z][\w'’ ]{0,30}?)\s+on\s+(?:social\s+media|facebook|twitter|x|instagram"
    r"|tiktok)\b[^.!?]*[.!?]"
    r"|copyright\s+(?:©\s*)?\d{4}\b[^.!?]*[.!?](?:\s+all\s+rights\s+reserved\.)?"
    r"|got\s+a\s+(?:story|news\s+tip)\?"
    r"|contact\s+(?:the|our)\s+[\w'’ ]{0,30}?(?:newsroom|newsdesk|news\s+desk)\b[^.!?]*[.!?])",
    re.IGNORECASE,
)
# Words a line must hold for ``_SIGN_OFF_RE`` to match it, lower-cased.
_SIGN_OFF_CUES = (
    "more on",
    "have more",
    "bring you more",
    "back with more",
    "follow",
    "copyright",
    "got a",
    "newsroom",
    "newsdesk",
    "news desk",
)

# Non-prose marked inside a line, with its reason.
INLINE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_SEE_ALSO_RE, R_TEASER),
    (_TICKER_WIDGET_RE, R_TICKER),
    (_GLUED_DATE_RE, R_BYLINE),
    (_SIGN_OFF_RE, R_BROADCAST),
)


def _may_hold(pattern: re.Pattern[str], line: str) -> bool:
    """A cheap test that a line may hold an inline pattern: a glued date ends the line
    with its year; a sign-off holds one of its cue words; the others open a bracket."""
    if pattern is _GLUED_DATE_RE:
        return line.rstrip()[-1:].isdigit()
    if pattern is _SIGN_OFF_RE:
        return holds_any(line.lower(), _SIGN_OFF_CUES)
    return "(" in line


# Separator of tag/category items: "budget, housing | Ottawa; 2024"
_ITEM_SEP = re.compile(r"[,|;]")

# Previous/next links: "Previous article", "Next post: Rain returns", "« Older entries",
# "Back to top", "Skip to content"
_PREV_NEXT_RE = re.compile(
    r"^[«‹<←]?\s*(?:previous|prev|next|older|newer)\s+(?:article|post|story|page|entry|entries"
    r"|item|posts|stories|articles)\b"
    r"|^[«‹<←]?\s*(?:previous|next)\s*[:»›>→]"
    r"|^(?:back to top|skip to (?:main )?content|go to top|jump to navigation)\b",
    re.IGNORECASE,
)

# Breadcrumb separator: "Home > News > Tech", "World » Europe"
_CRUMB_MARKS = ">»›→"
_CRUMB_SEP = re.compile(rf"\s+[{_CRUMB_MARKS}]\s+")

# Menu separator: "News | Sport | Weather", "About · Contact · Jobs"
_MENU_MARKS = "|·•"
_MENU_SEP = re.compile(rf"\s+[{_MENU_MARKS}]\s+")

# Any separator mark: a line without one (nearly all) is no breadcrumb or menu.
_SEPARATOR_MARK = re.compile(f"[{_CRUMB_MARKS}{_MENU_MARKS}]")

# A list item at line start: "- item", "* item", "• item", "1. item", "2) item", "a) item"
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*•·–—▪◦●○■□➢►✓✔]|\d{1,3}[.)]|[a-zA-Z][.)]\s)")

# A line starting with a quotation: "\"We are ready,\" she said.", "“No.", "'Yes'"
_QUOTE_START_RE = re.compile(r"^\s*[\"“‘'«„]")

# Summary formula lead-ins: "In simple terms", "Key points", "Here's what we know",
# "Put simply", "The bottom line"
_SUMMARY_LEAD_RE = re.compile(
    r"(?:^|\b)(?:in (?:simple|plain|short|brief|summary|a nutshell|other words)(?: terms)?"
    r"|simply put|put simply|to (?:sum up|summari[sz]e)|(?:the )?(?:main |key )?(?:points"
    r"|takeaways|highlights|findings)|at a glance|(?:here'?s |here is )?what (?:we|you)"
    r" (?:know|need to know)(?: so far)?|the bottom line)$",
    re.IGNORECASE,
)

# Sentence boundary inside a line: "... the West. Those who" (break after ". ")
_SENT_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
# The same test when only its presence counts: without the look-behind, a far faster search.
_HAS_SENT_BOUNDARY = re.compile(_SENT_BOUNDARY.pattern.replace("(?<=[.!?])", "[.!?]", 1))

# Neutral characters that may sit inside or be glued to a foreign-script run:
# digits and CJK/fullwidth punctuation, e.g. the "419" in "<Han>419<Han>".
_CJK_PUNCT = re.compile(r"[\u3000-\u303f\uff01-\uff20\uff3b-\uff40\uff5b-\uff65]")


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


class _Line(NamedTuple):
    """One line of the text: offsets of its content, newline excluded.

    (A named tuple rather than a frozen dataclass: one is made for every line of every
    article, and a tuple is made several times faster.)
    """

    start: int  # offset of first character of content
    end: int  # offset after last content character (newline excluded)
    text: str  # content without the line terminator

    @property
    def stripped_span(self) -> tuple[int, int]:
        """Offsets of the content without surrounding whitespace."""
        lead = len(self.text) - len(self.text.lstrip())
        trail = len(self.text) - len(self.text.rstrip())
        return self.start + lead, self.end - trail

    @property
    def blank(self) -> bool:
        """Whether the line holds only whitespace."""
        return not self.text.strip()


def _lines(text: str) -> list[_Line]:
    """Split ``text`` into lines with their offsets (any Unicode line break)."""
    out: list[_Line] = []
    pos = 0
    # Both splits cut at the same line breaks: each content is its raw line, unterminated.
    for raw, content in zip(text.splitlines(keepends=True), text.splitlines(), strict=True):
        out.append(_Line(pos, pos + len(content), content))
        pos += len(raw)
    return out


# Letters counted in bulk: "A" is Latin without a table look-up; "é", "上" are not ASCII.
_NOT_ASCII_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _script(ch: str) -> str | None:
    """Script of a letter by code point range; None for non-letters and unknown."""
    if not unicodedata.category(ch).startswith("L"):
        return None
    if ch < "\x80":  # fast path: ASCII letters are Latin
        return "Latin"
    cp = ord(ch)
    for first, last, name in SCRIPT_RANGES:
        if first <= cp <= last:
            return name
    return None


def _family(script: str) -> str:
    """Script family used for dominance: Han, kana and Hangul are one CJK family."""
    return SCRIPT_FAMILY.get(script, script)


@lru_cache(maxsize=1024)
def _words(s: str) -> tuple[str, ...]:
    """Lower-cased words of ``s`` (letters only); each line's classifiers ask several times."""
    if s.isascii():
        # Lower-casing ASCII keeps every character in place, so the words of the
        # lower-cased line are the lower-cased words of the line.
        return tuple(_ASCII_WORD.findall(s.lower()))
    return tuple(map(str.lower, _WORD.findall(s)))


def _ends_sentence(s: str) -> bool:
    """Whether ``s`` ends with sentence punctuation, maybe followed by closing quotes or
    brackets and whitespace ("He left.", "It rose 5%!\u201d", "(Reuters). ").

    (Stripping the end is several times faster than a search for such an ending, which
    would stop at every punctuation mark in the line.)
    """
    return s.rstrip().rstrip(_CLOSING_MARKS).endswith(_SENTENCE_END_MARKS)


def _heading_like(s: str, max_words: int = 10) -> bool:
    """Short, and no final sentence punctuation."""
    return not _ends_sentence(s) and 0 < len(_words(s)) <= max_words


def _code_hits(s: str) -> int:
    """Number of code-like tokens in ``s``."""
    if not (_ANY_OTHER_CODE_CUE.search(s) or _ANY_CAMEL_CUE.search(s)):
        return 0
    return sum(len(p.findall(s)) for cue, p in _CODE_PATTERNS if cue.search(s))


# --------------------------------------------------------------------------
# Line classifiers
# --------------------------------------------------------------------------


def _widget_heading(s: str) -> str | None:
    """Reason if the line is a heading made of widget vocabulary ("More Stories")."""
    body = s.strip().rstrip(":").strip()
    # The ending first: the stripped copy is a new line, whose words are not cached yet.
    if not _heading_like(body, max_words=8) and not (
        body.endswith("...") and _heading_like(body.rstrip("."), max_words=3)
    ):
        return None
    words = _words(body)
    kinds = [WIDGET_HEADING_WORDS[w] for w in words if w in WIDGET_HEADING_WORDS]
    if all(w in WEAK_WIDGET_WORDS or w not in WIDGET_HEADING_WORDS for w in words):
        return None
    if not kinds or any(w not in WIDGET_HEADING_WORDS and w not in FILLER_WORDS for w in words):
        return None
    return Counter(kinds).most_common(1)[0][0]


def _config_notice(s: str) -> bool:
    """Several widget/CMS signals together, in a line of 1 to 40 words: vocabulary, code
    tokens, self-reference."""
    code = _code_hits(s)
    # Cheapest test first: without code tokens a notice must also refer to the site. (Nearly
    # every line fails it, so its words need not be counted.)
    lowered = s.lower()
    if code == 0 and not _SELF.search(lowered):
        return False
    words = _words(s)
    if not words or len(words) > 40:
        return False
    if code >= 2:
        return True
    vocab = _CMS.count(lowered)
    return vocab >= 2 or (vocab >= 1 and code >= 1)


def _any_widget_signal(s: str) -> bool:
    """Whether ``s`` has any widget signal (used inside an already detected widget)."""
    lowered = s.lower()
    return _CMS.search(lowered) or bool(_code_hits(s)) or _SELF.search(lowered)


def _navigation(s: str) -> bool:
    """Whether the line is a breadcrumb, a menu or a previous/next link."""
    body = s.strip()
    if _PREV_NEXT_RE.match(body):
        return len(_words(body)) <= 15
    if not _SEPARATOR_MARK.search(body):
        return False
    for sep, min_items in ((_CRUMB_SEP, 2), (_MENU_SEP, 3)):
        items = [i.strip() for i in sep.split(body)]
        if len(items) < min_items:
            continue
        if min_items == 2 and len(items) == 2 and _words(items[0])[:1] != ("home",):
            continue
        if all(
            i
            and 1 <= len(_words(i)) <= 4
            and not any(c.isdigit() for c in i)
            and not _ends_sentence(i)
            for i in items
        ):
            return True
    return False


def _tags_line(s: str) -> bool:
    """Whether the line lists tags or categories ("Tags: a, b")."""
    m = _TAGS_RE.match(s.strip())
    if not m:
        return False
    items = [i.strip() for i in _ITEM_SEP.split(m.group("items")) if i.strip()]
    if not items or len(_words(s)) > 25 or any(len(_words(i)) > 4 for i in items):
        return False
    # Without a colon ("Posted in Science, Health") the items must look like labels.
    return bool(m.group("colon")) or all(i[0].isupper() or i[0] in "#0123456789" for i in items)


def _teaser_line(s: str) -> str | None:
    """Reason if the line is a lone question or an excerpt cut off mid-phrase.

    "Is the chipmaker too cheap to last?" on a line of its own asks, it does not report;
    "A strong move to improve within the…" is a link to a story, cut by the site.
    """
    ending = s.rstrip()
    # The ending is the cheapest test, and nearly every line fails it.
    if not ending.endswith(("?", "…", "...")):
        return None
    if len(_words(s)) > 40 or _HAS_SENT_BOUNDARY.search(s):
        return None
    question = _QUESTION_LINE_RE.match(s) if ending.endswith("?") else None
    if question and question.group("opener").lower() in QUESTION_OPENERS:
        return R_QUESTION
    cut = _TEASER_CUT_RE.match(s) if ending.endswith(("…", "...")) else None
    return R_TEASER if cut and cut.group("last").lower() in TEASER_TAIL_WORDS else None


def _investor_notice(s: str) -> bool:
    """Whether the line announces an investor call or webcast ("The webcast will be
    available for 10 days"), or heads such a notice ("Acme Conference Call").

    A line with a sum or a share ("... a call to discuss 500 job cuts and a $2 billion
    charge") reports news and stays.
    """
    if not _INVESTOR_EVENT.search(s.lower()) or len(_words(s)) > 50 or _NEWS_FIGURE_RE.search(s):
        return False
    return bool(_INVESTOR_VERB_RE.search(s)) or _heading_like(s, max_words=5)


def _promotes_outlet(s: str) -> bool:
    """Whether the line is an outlet's promotion of itself: a station's (``_BROADCAST_RE``,
    in a line of at most 25 words) or, in a line of at most 12 words, a programme's slot
    (``_SLOT_RE``) that names no day of a month (``DAY_OF_MONTH_RE``).

    Each pattern is tried only on a short enough line holding one of its words
    (``may_hold_ignoring_case``): few lines hold one, and that test is far cheaper than
    counting the words, which is cheaper than the pattern's search in a long line.
    """
    return (
        may_hold_ignoring_case(s, _BROADCAST_CUES)
        and len(_words(s)) <= 25
        and _BROADCAST_RE.search(s) is not None
    ) or (
        may_hold_ignoring_case(s, _SLOT_CUES)
        and len(_words(s)) <= 12
        and _SLOT_RE.search(s) is not None
        and DAY_OF_MONTH_RE.search(s) is None
    )


def _classify_line(s: str) -> str | None:
    """Reason for dropping a whole line, or None to keep it.

    Most tests hold only for lines up to some number of words. Counting words costs more
    than most tests, so a line's words are counted only once it passes a test's own
    pattern (few lines do); the tests for tags, widget headings, configuration and
    investor notices and teasers count them themselves.
    """
    body = s.strip()
    if not body:
        return None
    if _COMMENT_RE.match(body):
        return R_COMMENT
    if _AD_RE.match(body):
        return R_AD
    if _COPYRIGHT_RE.match(body) and len(_words(body)) <= 25:
        return R_COPYRIGHT
    if _COOKIE_RE.match(body) and _COOKIE_CONTEXT_RE.search(body) and len(_words(body)) <= 60:
        return R_COOKIE
    if _READ_MORE_RE.match(body) and len(_words(body)) <= 20:
        return R_RELATED
    if _MEDIA_POINTER_RE.match(body) and len(_words(body)) <= 20:
        return R_TEASER
    if _PROMO_RE.match(body) and len(_words(body)) <= 30:
        return R_SHARE
    if _promotes_outlet(body):
        return R_BROADCAST
    if _navigation(body):
        return R_NAV
    if _tags_line(body):
        return R_TAGS
    heading = _widget_heading(body)
    if heading:
        return heading
    if _config_notice(body):
        return R_CONFIG
    if (
        may_hold_ignoring_case(body, _BLOG_BYLINE_CUES)
        and _BLOG_BYLINE_RE.search(body)
        and len(_words(body)) <= 30
    ):
        return R_BYLINE
    if _QUOTE_LINE_RE.match(body):
        return R_TICKER
    if _investor_notice(body):
        return R_INVESTOR
    return _teaser_line(body)


def _inline_drops(line: _Line) -> list[DroppedText]:
    """Non-prose inside a line of prose: a cross-reference in brackets, a ticker widget, a
    date glued to the end of a headline. Each is marked alone; the line around it stays.
    """
    return [
        DroppedText(
            span=(line.start + match.start(), line.start + match.end()),
            reason=reason,
            text=match.group(),
        )
        for pattern, reason in INLINE_PATTERNS
        if _may_hold(pattern, line.text)
        for match in pattern.finditer(line.text)
    ]


# --------------------------------------------------------------------------
# Foreign-script runs
# --------------------------------------------------------------------------


def _dominant_family(text: str) -> tuple[str | None, float]:
    """The script family with most letters in ``text``, and its share of all letters."""
    counts: Counter[str] = Counter()
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))
    if ascii_letters:
        counts["Latin"] = ascii_letters
    if not text.isascii():  # most articles are, and need no search for other letters
        for ch in _NON_ASCII.findall(text):
            sc = _script(ch)
            if sc:
                counts[_family(sc)] += 1
    if not counts:
        return None, 0.0
    fam, n = counts.most_common(1)[0]
    return fam, n / sum(counts.values())


def _foreign_runs(line: str, dominant: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, script) of runs of letters of another family, within the line."""
    i, n = 0, len(line)
    while i < n:
        if dominant == "Latin":
            # ASCII is Latin or no letter: go straight to the next other character.
            other = _NON_ASCII.search(line, i)
            if other is None:
                return
            i = other.start()
        sc = _script(line[i])
        if sc is None or _family(sc) == dominant or (dominant != "Latin" and sc == "Latin"):
            i += 1
            continue
        fam = _family(sc)
        start = end = i
        scripts: Counter[str] = Counter()
        j = i
        while j < n:
            ch = line[j]
            sj = _script(ch)
            if sj is not None and _family(sj) == fam:
                scripts[sj] += 1
                end = j + 1
            elif sj is not None or not (
                ch.isdigit()
                or ch.isspace()
                or unicodedata.category(ch).startswith("M")
                or _CJK_PUNCT.match(ch)
            ):
                break
            j += 1
        # Glue digits and marks directly attached on either side: "419" in "<Han>419".
        while end < n and (line[end].isdigit() or unicodedata.category(line[end]).startswith("M")):
            end += 1
        while start > 0 and line[start - 1].isdigit():
            start -= 1
        if sum(scripts.values()) >= MIN_FOREIGN_LETTERS:
            yield start, end, scripts.most_common(1)[0][0]
        i = max(end, i + 1)


def _script_drops(line: _Line, dominant: str) -> list[DroppedText]:
    """Foreign-script runs of ``line`` to drop: the whole line, or a glued prefix/suffix."""
    text = line.text
    if dominant == "Latin" and text.isascii():
        return []  # nearly every line: no letter of another script, and no scan to set up
    runs = list(_foreign_runs(text, dominant))
    if not runs:
        return []
    content = text.strip()
    lead = len(text) - len(text.lstrip())
    tail = len(text.rstrip())
    out: list[DroppedText] = []

    def reason(script: str) -> str:
        """Reason string naming the foreign and the dominant script."""
        return f"{R_FOREIGN_SCRIPT} ({script}) inside {dominant}-script article"

    nonspace = sum(1 for c in content if not c.isspace())
    foreign = sum(sum(1 for c in text[a:b] if not c.isspace()) for a, b, _ in runs)
    if foreign * 2 >= nonspace:
        main = Counter({sc: b - a for a, b, sc in runs}).most_common(1)[0][0]
        s, e = line.stripped_span
        return [DroppedText(span=(s, e), reason=reason(main), text=text[lead:tail])]
    openers, closers = "([{\"'“‘«", ")]}\"'”’»"
    for a, b, sc in runs:
        at_start = a == lead
        at_end = b == tail
        quoted = (a > 0 and text[a - 1] in openers) or (b < len(text) and text[b] in closers)
        if (at_start or at_end) and not quoted:
            out.append(
                DroppedText(
                    span=(line.start + a, line.start + b), reason=reason(sc), text=text[a:b]
                )
            )
    return out


# --------------------------------------------------------------------------
# List lead-ins
# --------------------------------------------------------------------------


def _lead_in_start(text: str) -> int:
    """Offset in ``text`` where its last sentence begins."""
    start = 0
    for m in _SENT_BOUNDARY.finditer(text):
        before = text[: m.start()].rstrip(".!?\"'”’)")
        prev_word = before.split()[-1].lower() if before.split() else ""
        if prev_word.rstrip(".") in ABBREVIATIONS or len(prev_word) == 1:
            continue
        start = m.end()
    return start


def _dangling(sentence: str) -> bool:
    """Whether a lead-in sentence ending in a colon needs a list to complete it."""
    body = sentence.rstrip().rstrip(":").strip()
    words = _words(body)
    if not words or any(w in SPEECH_WORDS for w in words):
        return False
    return words[-1] in DANGLING_TAIL_WORDS or bool(_SUMMARY_LEAD_RE.search(body))


def _list_missing(next_line: _Line | None) -> bool:
    """Whether the line after a lead-in shows that the announced list was lost."""
    if next_line is None:
        return True
    s = next_line.text
    if _LIST_ITEM_RE.match(s) or _QUOTE_START_RE.match(s):
        return False
    # A short unpunctuated line is probably a list item whose bullet was stripped.
    return not _heading_like(s, max_words=8)


def _lead_in_drop(line: _Line, next_line: _Line | None) -> DroppedText | None:
    """The dangling lead-in sentence at the end of ``line``, if its list is missing."""
    text = line.text.rstrip()
    if not text.endswith(":") or not _list_missing(next_line):
        return None
    start = _lead_in_start(text)
    sentence = text[start:]
    if not _dangling(sentence):
        return None
    start += len(sentence) - len(sentence.lstrip())
    a, b = line.start + start, line.start + len(text)
    return DroppedText(span=(a, b), reason=R_LEAD_IN, text=line.text[start : len(text)])


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def find_boilerplate(text: str) -> list[DroppedText]:
    """Stretches of text that are not the article's own prose, in order, non-overlapping,
    with a reason each.

    Whole lines are marked without their surrounding whitespace and line break; a
    foreign-script prefix/suffix or a dangling lead-in marks only that part of its line.

    :param text: the article exactly as read; offsets of the result index into it.
    """
    lines = _lines(text)
    dominant, share = _dominant_family(text)
    found: list[DroppedText] = []
    in_widget: str | None = None  # reason of the widget block we are inside
    for idx, line in enumerate(lines):
        if line.blank:
            continue
        reason = _classify_line(line.text)
        if (
            reason is None
            and in_widget is not None
            and (_any_widget_signal(line.text) or _heading_like(line.text, max_words=4))
        ):
            reason = in_widget
        if reason is not None:
            s, e = line.stripped_span
            found.append(DroppedText(span=(s, e), reason=reason, text=text[s:e]))
            in_widget = reason if reason in (R_COMMENT, R_SHARE, R_CONFIG) else None
            continue
        in_widget = None
        if dominant is not None and share >= 0.5:
            script = _script_drops(line, dominant)
            if script and script[0].span == line.stripped_span:
                found.extend(script)
                continue
            found.extend(script)
        found.extend(_inline_drops(line))
        if line.text.rstrip().endswith(":"):
            nxt = next((ln for ln in lines[idx + 1 :] if not ln.blank), None)
            lead_in = _lead_in_drop(line, nxt)
            if lead_in is not None:
                found.append(lead_in)
    return _non_overlapping(found)


def _non_overlapping(items: list[DroppedText]) -> list[DroppedText]:
    """Sort drops by position; drop empty ones and any that overlap an earlier one."""
    out: list[DroppedText] = []
    for d in sorted(items, key=lambda d: (d.span[0], -d.span[1])):
        if d.span[0] >= d.span[1]:
            continue
        if out and d.span[0] < out[-1].span[1]:
            continue
        out.append(d)
    return out


def kept_ranges(text: str, dropped: list[DroppedText]) -> list[tuple[int, int]]:
    """The complement: ranges of text that remain prose (the later stages segment only
    these).

    Together with the dropped spans the ranges tile ``text`` exactly; empty ranges are
    left out.

    :param text: the article the drops were found in.
    :param dropped: marks from :func:`find_boilerplate` (any order; overlaps tolerated).
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for d in sorted(dropped, key=lambda d: d.span):
        start, end = d.span
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    if pos < len(text):
        out.append((pos, len(text)))
    return out
