"""Cheap first tests before costly patterns: a test may let through text its pattern does
not match, but must never turn away text it does."""

from __future__ import annotations

import re
import sys

import pytest

from claimcheck import attribution, claims, times
from claimcheck.checks import corroboration
from claimcheck.config import Config
from claimcheck.cues import WordIndex, holds_any, may_hold_ignoring_case
from claimcheck.match import NameResolver

# Text that some pattern behind a first test matches, in several cases and spellings.
SAMPLES = [
    "It is the country's largest plant and the region's least developed district.",
    "THE WORLD'S BIGGEST FAIR opened on MONDAY, the firm's first-ever such event.",
    "The team ranked third nationally, its second title in club history.",
    "The plant will open in 2026 and is expected to hire 300 people.",
    "The quake struck on Sunday, March 9, at 3:20 p.m., 40 km south of Lorton.",
    "It opened on 14 July 2019 and was founded in 1962.",
    "Acme, based in the Rhine Valley, was built on the old rail yards.",
    "The fire was caused by a downed power line, officials said.",
    "Jane Doe will lead the combined company; Joe Ruiz won Mill Ward.",
    "Varga (31-4, 22 KOs) fights on Friday.",
    "Sales rose last year and fell this quarter, as predicted yesterday.",
    "Two men were reportedly injured; it was said that the road had closed.",
    "The toll was estimated by the Geophysics Agency at 40, according to police.",
    "Rating agency Fitch cut its outlook on concern the debt will grow.",
    "Our estimate stands at $9, and we estimate more; I counted 40 cows.",
    '"We lost the barn," said Ana Ruiz, a farmer.',
    "Analysts, who track the sector, said the market grew, citing a report.",
    "The ministry put the toll at 40; the union voiced fears that more died.",
    "Nothing here names a day, a year, a source or a superlative.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_signal_cues_never_hide_a_match(text: str) -> None:
    lowered = text.lower()
    for signal in claims._SIGNALS:
        assert signal.occurs(lowered) == (signal.pattern.search(lowered) is not None)


@pytest.mark.parametrize("text", SAMPLES)
def test_fact_cues_never_hide_a_match(text: str) -> None:
    for fact in claims._FACT_PATTERNS:
        if fact.pattern.search(text):
            assert any(cue in text for cue in fact.cues), fact.pattern.pattern


@pytest.mark.parametrize("text", [*SAMPLES, "on 3 march", "Tues. Sept. 9", "Saturday's game"])
def test_day_cue_never_hides_a_day(text: str) -> None:
    if times.DAY.search(text):
        assert times._may_name_day(text, (0, len(text)))
    assert times.find_day(text, (0, len(text))) == (
        None if (match := times.DAY.search(text)) is None else (times.day_key(match), match.span())
    )


@pytest.mark.parametrize("text", SAMPLES)
def test_attribution_cues_never_hide_a_match(text: str) -> None:
    pairs = [
        (attribution.SOURCE_THEN_VERB, attribution._SOURCE_THEN_VERB_CUE),
        *attribution._SPEAKER_PATTERNS,
    ]
    for pattern, cue in pairs:
        if pattern.search(text):
            assert cue.search(text), pattern.pattern
    for pattern, words in (
        (attribution.PREPOSED_SOURCE, attribution._PREPOSED_CUES),
        (attribution.PASSIVE_BY, attribution._PASSIVE_CUES),
        (attribution.ACTS_ON_CONCERN, attribution._CONCERN_CUES),
        (attribution.OWN_ESTIMATE, attribution._OWN_ESTIMATE_CUES),
    ):
        if pattern.search(text):
            assert holds_any(text, words), pattern.pattern
    if attribution.HEDGE.search(text):
        assert may_hold_ignoring_case(text, attribution._HEDGE_CUES)
    if any(attribution.TRAILING_SAID.match(text, i) for i in range(len(text))):
        assert attribution._TRAILING_CUE.search(text)


# Groups whose words start alike, end alike, nest and overlap across groups.
WORD_GROUPS = {
    "arrest": ["arrest", "arrested", "Arrested", "detained"],
    "rest": ["rest", "rested at"],
    "fire": ["fire broke out", "fire, which broke out", "blaze"],
    "fired": ["fired", "fired at"],
    "unused": ["zzz"],
    "also-arrest": ["arrest"],
}


@pytest.mark.parametrize(
    "text",
    [
        *SAMPLES,
        "Police arrested two men; one rested at home.",
        "Arrested on Friday, he was detained.",
        "The fire, which broke out at 2am, was fired at by no one.",
        "The blazer was fired.",
        "forest",
        "",
    ],
)
def test_word_index_finds_the_groups_holds_any_finds(text: str) -> None:
    index = WordIndex(WORD_GROUPS)
    for start, end in ((0, len(text)), (len(text) // 3, len(text) - 2), (4, 9)):
        clause = text[start:end]
        expected = {key for key, words in WORD_GROUPS.items() if holds_any(clause, words)}
        assert index.keys_in(text, start, end) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Ann Vale on Friday.",
        "POLICE said Ann Vale was Arrested on Friday.",
        "Ann Vale checked herself into a clinic on Friday.",
        "On Tuesday, Ann Vale was detained.",
    ],
)
def test_event_cues_never_hide_an_event(text: str) -> None:
    worded = set(claims._events_worded(text, (0, len(text)), claims._day_events()))
    matched = {e for e in claims._day_events() if claims._event_day_pattern(e).search(text)}
    assert matched
    assert matched <= worded


def test_word_index_of_no_words_or_an_empty_word() -> None:
    assert WordIndex({"none": []}).keys_in("any text") == frozenset()
    assert WordIndex({"all": [""], "x": ["x"]}).keys_in("text") == {"all", "x"}


def test_last_quote_mark_is_the_last_of_any_kind() -> None:
    text = 'He said \u201cyes\u201d and "no" then \u201cmaybe'
    assert attribution._last_quote_mark(text, 0, len(text)) == text.rindex("\u201c")
    assert attribution._last_quote_mark(text, 0, text.index('"')) == text.index("\u201d")
    assert attribution._last_quote_mark("no marks", 0, 8) is None


@pytest.mark.parametrize(
    "text", [*SAMPLES, "We SHOULD all give 10 hours.", "Let us build 300 homes.", "Mustard"]
)
def test_exhortation_test_agrees_with_its_pattern(text: str) -> None:
    assert claims._exhorts(text) == (claims.EXHORTATION_CUES.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        *SAMPLES,
        "It is the ONLY plant; its Sole owner said so.",
        "Their very only hope was a World-First trial.",
        "Vale's only goal came late.",
        "The firm\u2019s sole supplier, the \u017fole one.",
    ],
)
def test_unique_cues_never_hide_a_match(text: str) -> None:
    assert corroboration._says_unique(text) == (corroboration.UNIQUE.search(text) is not None)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Northwind Logistics", "Shares of NORTHWIND rose; NWL said."),
        ("Northwind Logistics", "The northwind logistics depot closed."),
        ("Northwind Logistics", "Nothing named here."),
        ("Northwind Logistics", "Northwind\u2019s depot, caf\u00e9 nearby."),
        ("Ann Vale", "Police said VALE, 41, was hurt."),
        ("Ann Vale", "Ann Valerie was there."),
        ("Kır\u0131kkale", "The KIRIKKALE plant."),
    ],
)
def test_mention_cues_never_hide_a_mention(name: str, text: str) -> None:
    names = NameResolver(Config(aliases={"Northwind Logistics": ["NWL", "Northwind"]}))
    mention = names._mention_pattern(name)
    assert mention.search(text) == (mention.pattern.search(text) is not None)


def test_regex_whitespace_is_what_split_splits_at() -> None:
    # ``checks.base.claim_fingerprint`` collapses whitespace with ``str.split``.
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c)]
    assert spaces == [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
