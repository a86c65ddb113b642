"""Claim frames: what a figure measures, of whom, and whether it is a level or a change.

Reading only the words after a number gets "employs 4,300 people nationwide"
wrong (the measure is a headcount, not "nationwide") and "profit rose 12%" and
"the stock fell 3%" the same ("change"). The dependency parse says which noun
the figure counts, which verb counts it and who the verb is about; the measure
lexicon (``data/measures.json``) maps those lemmas to one canonical attribute,
so "12 people were killed", "a death toll of 12" and "killing 12" are all
``deaths``. Sentences are parsed once, in batches, through ``claimcheck.nlp``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from claimcheck.attribution import (
    DOCUMENT_NOUNS,
    REPORTING_VERB_WORDS,
    SOURCE_NOUNS,
    SPEAKER_LABEL,
)
from claimcheck.claims import (
    PART_OF_WHOLE,
    described_people,
    measure_data,
    measure_words,
    primary_quantity,
    term_attribute,
    term_of_noun,
)
from claimcheck.lexicon import SYNONYM_OF, TITLE_WORDS, singular
from claimcheck.models import Claim, Frame, Quantity, Span
from claimcheck.nlp import WORD_CACHE, inflections, lemma, parse, past_verb_lemma, verb_of_noun
from claimcheck.phrases import OWN_SUMS, PERSON_NOUNS, PLACE_SUFFIXES
from claimcheck.quantities.units import A_UNIT_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Kinds of figure that count or price something, so a verb alone can say what (a length
# or a span of time needs a noun of its own).
COUNTED_KINDS = frozenset(("count", "money", "percent", "multiplier"))
# Dependency labels by which a figure modifies the noun it counts.
MODIFIER_DEPS = frozenset(("nummod", "quantmod", "compound", "amod", "nmod", "advmod", "det"))
# Labels of a noun that a verb governs.
ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "attr", "oprd", "npadvmod", "appos"))
# Verbs of change: "rose 14%" is a change; "rose to $2.3bn" is a level.
CHANGE_VERBS = frozenset(
    "rise fall increase decrease grow jump drop climb decline gain lose slide surge soar "
    "plunge slump shrink tumble dip edge cut boost reduce lower".split()
)
# Verbs of change, and "raise" ("raises property taxes 3.5 percent"), which is left out of
# them since "raised $5 million" is a sum, not a change.
_CHANGE_OR_RAISE = CHANGE_VERBS | {"raise"}
# A rate after a figure: "£4 an hour", "30 km per day", "$2 a share".
PER_UNIT = re.compile(r"\s*(?:an?|per|each|for\s+(?:each|every))\s+([A-Za-z]+)\b")
# Before a figure, words that make it the base of a rate: "one in every 400".
RATE_BEFORE = re.compile(
    r"\b(?:one|\d+)\s+(?:in|out\s+of|of\s+every)\s+(?:every\s+)?$", re.IGNORECASE
)
# Nouns of a stretch of time: "cut 1,850 jobs over two years" says when, not where.
TIME_NOUNS = frozenset(
    "second minute hour day night week weekend month year decade century".split()
)
# Verbs whose subject or "on"/"for" object says what a sum pays for.
SPENDING_VERBS = frozenset("cost spend pay invest allocate earmark budget".split())
PERSON_PRONOUNS = frozenset("he him his she her hers".split())
THING_PRONOUNS = frozenset("it its".split())
# Sentences without a figure that still carry a count: "no one was killed".
ZERO_CUE = re.compile(r"\b(?:no\s+(?:one|[a-z]+)|none|nobody)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    """The measure lexicon (``data/measures.json``), indexed by lemma."""

    noun_attribute: dict[str, str]
    verb_attribute: dict[str, str]
    generic_nouns: frozenset[str]
    whole_nouns: frozenset[str]
    site_attributes: frozenset[str]
    workforce_verbs: frozenset[str]
    light_verbs: frozenset[str]
    projectiles: frozenset[str]
    fired_verbs: frozenset[str]
    landed_verbs: frozenset[str]
    kinship: frozenset[str]
    running_totals: frozenset[str]
    event_verbs: dict[str, str]
    money_containers: frozenset[str]
    record_nouns: frozenset[str]
    route_verbs: dict[str, frozenset[str]]
    stock_attributes: frozenset[str]
    verbless_job_nouns: frozenset[str]
    estimate_verbs: frozenset[str]
    money_only: frozenset[str]
    person_attributes: frozenset[str]
    occasion_counts: frozenset[str]
    # Sums that name what they are of, one per case: bail, a ransom demand, a reward, a fine.
    case_sums: frozenset[str]
    # Verbs by which a place holds people ("The school is housing 200 evacuees").
    holding_verbs: tuple[str, ...]
    # Nouns of people who live somewhere: "of" after them sets where ("residents of Fern Road").
    resident_nouns: frozenset[str]
    # A whole noun -> nouns of its kinds ("vehicle": "truck"): a count of a kind is some of
    # a count of the whole.
    narrower_kinds: dict[str, frozenset[str]]
    setting_prepositions: frozenset[str]
    setting_idioms: frozenset[str]
    moment_nouns: frozenset[str]
    origin_idioms: frozenset[str]
    origin_verbs: frozenset[str]
    position_verbs: frozenset[str]
    site_nouns: frozenset[str]
    transfer_verbs: frozenset[str]
    side_modifiers: frozenset[str]
    cause_nouns: frozenset[str]
    fixed_size_things: frozenset[str]
    single_tracks: frozenset[str]
    duration_attributes: frozenset[str]
    daily_levels: frozenset[str]
    falling_totals: frozenset[str]
    care_verbs: frozenset[str]
    margin_verbs: frozenset[str]
    wage_receiving_verbs: frozenset[str]
    wage_giving_verbs: frozenset[str]
    # Attribute -> the words after a count, in its clause, that put it in that state.
    state_cues: dict[str, tuple[str, ...]]
    state_cues_before: dict[str, tuple[str, ...]]
    # Attribute -> the words after a count, in its clause, that say where it is, for a
    # count that has no attribute of its own.
    presence_cues: dict[str, tuple[str, ...]]
    # Verbs of care, the settings that put the care where it happened, and the attribute
    # a count so cared for has ("treated at the scene": not taken to hospital).
    spot_care_verbs: frozenset[str]
    spot_settings: frozenset[str]
    spot_care_attribute: str
    unplaced_care_attribute: str
    care_places: re.Pattern[str]
    other_markers: frozenset[str]
    rival_words: frozenset[str]
    incident_nouns: frozenset[str]
    # Verb -> the attribute of the people it carries ("was carrying 146 people": aboard).
    carrying_verbs: dict[str, str]
    presence_verbs: frozenset[str]
    # Verb -> the attribute a count of each attribute becomes under it (cutting, creating);
    # a verb may be two words, the second completing it ("make redundant").
    verb_turns: dict[str, dict[str, str]]
    # The same for a noun before "of" ("the loss of 146 jobs"), and for verbs that turn
    # only a count of jobs ("22 jobs will go").
    noun_turns: dict[str, dict[str, str]]
    job_verb_turns: dict[str, dict[str, str]]
    # Attribute -> each attribute it becomes with the cues after a count ("at risk").
    cue_turns: dict[str, dict[str, tuple[str, ...]]]
    # Each attribute of a family one sum is given as in other words, and its family's first.
    attribute_family: dict[str, str]
    scope_prepositions: frozenset[str]
    leading_part_cues: frozenset[str]
    capacity_cues: tuple[str, ...]
    person_capacity_cues: tuple[str, ...]
    # The attributes whose counts a person capacity cue makes a capacity.
    held_attributes: frozenset[str]
    zero_implies: dict[str, str]
    transparent_verbs: frozenset[str]
    running_events: frozenset[str]
    passing_events: frozenset[str]
    neutral_modifiers: frozenset[str]
    degree_modifiers: frozenset[str]
    stage_modifiers: frozenset[str]
    # Other words for a stage ("upfront": 'initial').
    stage_synonyms: dict[str, str]
    vague_heads: frozenset[str]
    owned_attributes: frozenset[str]
    agent_attributes: frozenset[str]
    state_verbs: frozenset[str]
    becoming_verbs: frozenset[str]
    outcome_verbs: frozenset[str]
    total_markers: frozenset[str]
    quantity_nouns: frozenset[str]
    group_nouns: frozenset[str]
    after_measure: frozenset[str]
    aggregate_modifiers: frozenset[str]
    # Single-word lemmas through which a frame can get an attribute on their own: nouns
    # (and parents) and verbs (and events); a projectile needs a verb of firing or
    # landing too. The count_ sets leave out what only a sum can measure (a cost).
    noun_lemmas: frozenset[str] = frozenset()
    verb_lemmas: frozenset[str] = frozenset()
    count_noun_lemmas: frozenset[str] = frozenset()
    count_verb_lemmas: frozenset[str] = frozenset()

    def stage(self, word: str) -> str:
        """The stage a word names, in the stage's own word ('upfront': 'initial'), or ''
        for a word that names none."""
        word = self.stage_synonyms.get(word, word)
        return word if word in self.stage_modifiers else ""

    @cached_property
    def narrowing_modifiers(self) -> frozenset[str]:
        """Degree and stage words: two counts match only with the same ones of them."""
        return self.degree_modifiers | self.stage_modifiers

    def may_fall(self, attribute: str) -> bool:
        """Whether a count of an attribute may be lower on a later day: a daily level, a
        falling total, or a count of a passing event ("schools closed": they reopen)."""
        return (
            attribute in self.daily_levels
            or attribute in self.falling_totals
            or attribute.rsplit(" ", 1)[-1] in self.passing_events
        )

    def is_running_total(self, attribute: str) -> bool:
        """Whether counts of an attribute grow as a story unfolds (deaths, damaged homes)."""
        return attribute in self.running_totals or attribute.rsplit(" ", 1)[-1] in (
            self.running_events
        )


def _single_words(lemmas: Iterable[str]) -> frozenset[str]:
    """The one-word lemmas (a token's lemma is never two words)."""
    return frozenset(lemma for lemma in lemmas if " " not in lemma)


def _turns(raw: dict[str, Any], words: str) -> dict[str, dict[str, str]]:
    """Each word of the cuts', creations' and tallies' ``words`` list -> the attribute a
    count of each attribute becomes under it."""
    return {
        word: turn["attributes"]
        for turn in (raw["cuts"], raw["creations"], raw["tallies"])
        for word in turn[words]
    }


def _cue_turns(raw: dict[str, Any]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Each attribute a cue after a count turns -> the attribute it becomes -> its cues
    (the cuts', creations' and tallies' ``cues_after``)."""
    turns: dict[str, dict[str, tuple[str, ...]]] = {}
    for turn in (raw["cuts"], raw["creations"], raw["tallies"]):
        cues = tuple(turn["cues_after"])
        if not cues:
            continue
        for attribute, turned in turn["attributes"].items():
            turns.setdefault(attribute, {})[turned] = cues
    return turns


@cache
def lexicon() -> Lexicon:
    """Load the measure lexicon once."""
    raw = measure_data()
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for attribute, words in raw["attributes"].items():
        nouns.update((lemma, attribute) for lemma in words["nouns"])
        verbs.update((lemma, attribute) for lemma in words["verbs"])
    projectiles = raw["projectiles"]
    events = {lemma: event for event, lemmas in raw["event_verbs"].items() for lemma in lemmas}
    return Lexicon(
        noun_attribute=nouns,
        verb_attribute=verbs,
        generic_nouns=frozenset(raw["generic_nouns"]),
        whole_nouns=frozenset(raw["whole_nouns"]),
        site_attributes=frozenset(raw["site_attributes"]),
        workforce_verbs=frozenset(raw["workforce_verbs"]),
        light_verbs=frozenset(raw["light_verbs"]),
        projectiles=frozenset((*projectiles["nouns"], *projectiles["under_fire_only"])),
        fired_verbs=frozenset(projectiles["fired"]),
        landed_verbs=frozenset(projectiles["landed"]),
        kinship=frozenset(raw["kinship"]),
        running_totals=frozenset(raw["running_totals"]),
        event_verbs=events,
        neutral_modifiers=frozenset(raw["neutral_modifiers"]),
        money_containers=frozenset(raw["money_containers"]),
        record_nouns=frozenset(raw["record_nouns"]),
        route_verbs={side: frozenset(verbs) for side, verbs in raw["route_verbs"].items()},
        stock_attributes=frozenset(raw["stock_attributes"]),
        verbless_job_nouns=frozenset(raw["verbless_job_nouns"]),
        estimate_verbs=frozenset(raw["estimate_verbs"]),
        degree_modifiers=frozenset(raw["degree_modifiers"]),
        stage_modifiers=frozenset(raw["stage_modifiers"]),
        stage_synonyms=dict(raw["stage_synonyms"]),
        owned_attributes=frozenset(raw["owned_attributes"]),
        agent_attributes=frozenset(raw["agent_attributes"]),
        state_verbs=frozenset(raw["state_verbs"]),
        becoming_verbs=frozenset(raw["becoming_verbs"]),
        outcome_verbs=frozenset(raw["outcome_verbs"]),
        total_markers=frozenset(raw["total_markers"]),
        quantity_nouns=frozenset(raw["quantity_nouns"]),
        group_nouns=frozenset(raw["group_nouns"]),
        after_measure=frozenset(raw["after_measure"]),
        aggregate_modifiers=frozenset(raw["aggregate_modifiers"]),
        # "dozens of others": the count's own word is no owner of what it counts.
        vague_heads=frozenset(w.split()[-1].removesuffix("s") for w in raw["vague_counts"]),
        money_only=frozenset(raw["money_only"]),
        person_attributes=frozenset(raw["person_attributes"]),
        occasion_counts=frozenset(raw["occasion_counts"]),
        case_sums=frozenset(raw["case_sums"]),
        holding_verbs=tuple(raw["holding_verbs"]),
        resident_nouns=frozenset(raw["resident_nouns"]),
        narrower_kinds={whole: frozenset(kinds) for whole, kinds in raw["narrower_kinds"].items()},
        setting_prepositions=frozenset(raw["setting_prepositions"]),
        setting_idioms=frozenset(raw["setting_idioms"]),
        moment_nouns=frozenset(raw["moment_nouns"]),
        origin_idioms=frozenset(raw["origin_idioms"]),
        origin_verbs=frozenset(raw["origin_verbs"]),
        position_verbs=frozenset(raw["position_verbs"]),
        site_nouns=frozenset(raw["site_nouns"]),
        transfer_verbs=frozenset(raw["transfer_verbs"]),
        side_modifiers=frozenset(raw["side_modifiers"]),
        cause_nouns=frozenset(raw["cause_nouns"]),
        fixed_size_things=frozenset(raw["fixed_size_things"]),
        single_tracks=frozenset(raw["single_tracks"]),
        duration_attributes=frozenset(raw["duration_attributes"]),
        daily_levels=frozenset(raw["daily_levels"]),
        falling_totals=frozenset(raw["falling_totals"]),
        care_verbs=frozenset(raw["care_verbs"]),
        margin_verbs=frozenset(raw["margin_verbs"]),
        wage_receiving_verbs=frozenset(raw["wage_verbs"]["receiving"]),
        wage_giving_verbs=frozenset(raw["wage_verbs"]["giving"]),
        state_cues={attribute: tuple(cues) for attribute, cues in raw["state_cues"].items()},
        state_cues_before={
            attribute: tuple(cues) for attribute, cues in raw["state_cues_before"].items()
        },
        other_markers=frozenset(raw["other_markers"]),
        rival_words=frozenset(raw["rival_words"]),
        incident_nouns=frozenset(raw["incident_nouns"]),
        carrying_verbs={
            verb: attribute for attribute, verbs in raw["carrying_verbs"].items() for verb in verbs
        },
        presence_verbs=frozenset(raw["presence_verbs"]),
        presence_cues={attribute: tuple(cues) for attribute, cues in raw["presence_cues"].items()},
        spot_care_verbs=frozenset(raw["spot_care"]["verbs"]),
        spot_settings=frozenset(raw["spot_care"]["settings"]),
        spot_care_attribute=raw["spot_care"]["attribute"],
        unplaced_care_attribute=raw["spot_care"]["unplaced_attribute"],
        care_places=re.compile(
            r"\b(?:" + "|".join(map(re.escape, raw["spot_care"]["care_places"])) + r")\b",
            re.IGNORECASE,
        ),
        verb_turns=_turns(raw, "verbs"),
        noun_turns=_turns(raw, "nouns"),
        job_verb_turns=_turns(raw, "job_verbs"),
        cue_turns=_cue_turns(raw),
        attribute_family={
            attribute: family[0]
            for family in raw["interchangeable_attributes"]
            for attribute in family
        },
        scope_prepositions=frozenset(raw["scope_prepositions"]),
        leading_part_cues=frozenset(raw["leading_part_cues"]),
        capacity_cues=tuple(raw["capacity_cues"]),
        person_capacity_cues=tuple(raw["person_capacity_cues"]),
        held_attributes=frozenset((*raw["person_attributes"], *raw["held_attributes"])),
        zero_implies=raw["zero_counts"]["implies"],
        transparent_verbs=frozenset(raw["transparent_verbs"]),
        running_events=frozenset(raw["running_events"]),
        passing_events=frozenset(raw["passing_events"]),
        noun_lemmas=_single_words((*nouns, *raw["kinship"])),
        verb_lemmas=_single_words((*verbs, *events)),
        count_noun_lemmas=_single_words(
            (*(n for n, a in nouns.items() if a not in raw["money_only"]), *raw["kinship"])
        ),
        count_verb_lemmas=_single_words(
            (
                *(v for v, a in verbs.items() if a not in raw["money_only"]),
                *events,
                *(verb for verbs in raw["carrying_verbs"].values() for verb in verbs),
            )
        ),
    )


def attach_frames(text: str, claims: Sequence[Claim]) -> list[Claim]:
    """Claims of one article with their frames, parsing each claim's sentence once.

    :param text: the article's full text (claim spans are offsets into it)
    :param claims: the article's claims, in text order
    :raises ModelError: when the language model cannot be loaded
    """
    return attach_frames_to_articles([(text, claims)])[0]


def attach_frames_to_articles(
    articles: Sequence[tuple[str, Sequence[Claim]]],
) -> list[list[Claim]]:
    """Each article's claims with their frames, all their sentences parsed in one batch.

    The parser is a third faster on one batch of many articles' sentences than on
    each article's few sentences in turn. A pronoun stands for a name of an earlier
    sentence, most often the figure's sentence before it, which may not need a parse
    of its own. Those sentences are parsed in a second batch, only for the articles
    whose frames reach a pronoun: parsing them for every pronoun cost a tenth of the
    parse, and the frames come out the same.

    :param articles: (full text, claims in text order) of each article
    :returns: the framed claims of each article, in the order given
    :raises ModelError: when the language model cannot be loaded
    """
    measuring = [_measuring_sentences(text, claims) for text, claims in articles]
    docs = _parsed(articles, measuring)
    framed = [_framed(text, claims, d) for (text, claims), d in zip(articles, docs, strict=True)]
    resolving = [index for index, (_, resolved) in enumerate(framed) if resolved]
    antecedents = [_antecedents(*articles[i], measuring[i]) for i in resolving]
    chosen = [articles[i] for i in resolving]
    for index, more in zip(resolving, _parsed(chosen, antecedents), strict=True):
        if more:
            framed[index] = _framed(*articles[index], docs[index] | more)
    return [claims for claims, _ in framed]


def _parsed(
    articles: Sequence[tuple[str, Sequence[Claim]]], spans: Sequence[set[Span]]
) -> list[dict[Span, Doc]]:
    """The parse of each article's sentences at the given spans, in one batch.

    A sentence carried by several articles (wire copy) is parsed once.
    """
    unique = sorted(
        {text[s:e] for (text, _), wanted in zip(articles, spans, strict=True) for s, e in wanted}
    )
    parsed = dict(zip(unique, parse(unique), strict=True)) if unique else {}
    return [
        {(s, e): parsed[text[s:e]] for s, e in wanted}
        for (text, _), wanted in zip(articles, spans, strict=True)
    ]


_WORD = re.compile(r"[^\W\d_]+")


def _measuring_sentences(text: str, claims: Sequence[Claim]) -> set[Span]:
    """The spans of an article's sentences whose parse could give a figure an attribute.

    Only a figure has a frame, and only where a word could name a measure of the
    lexicon (``may_measure``).
    """
    return {
        c.sentence_span for c in claims if primary_quantity(c) is not None and may_measure(text, c)
    }


def _antecedents(text: str, claims: Sequence[Claim], measuring: set[Span]) -> set[Span]:
    """The claim's sentence (a figure's, or a fact's such as an age) before each measuring
    sentence with a pronoun, when it is not parsed already: where the name the pronoun
    stands for is most often found ("Derek Vance, 31, pleaded guilty. He was sentenced
    ...")."""
    with_figure = sorted({c.sentence_span for c in claims})
    pronouns = PERSON_PRONOUNS | THING_PRONOUNS
    return {
        before
        for before, span in pairwise(with_figure)
        if span in measuring
        and before not in measuring
        and not pronouns.isdisjoint(_WORD.findall(text[span[0] : span[1]].lower()))
    }


# How many words from a figure the noun it measures can stand ("a death toll of 12",
# "12 of the wounded", "damage is an estimated $2 million"); a verb may be anywhere.
NOUN_REACH = 8


def may_measure(text: str, claim: Claim) -> bool:
    """Whether a claim's frame could name an attribute, decided without the parse.

    A frame's attribute comes from the lemma of a word of the claim's sentence (the
    counted noun or a parent near the figure, its verb or event anywhere, a projectile
    near it with a verb of firing or landing) or from the claim's own measure words.
    When no word could have such a lemma (``nlp.inflections``), the parse could
    only say the figure measures something unknown, and the claim keeps no frame. A
    count never takes a sum's attribute (a cost, a price), so those words do not count
    for it. A figure its own words keep from any frame (``_no_count_by_its_words``) needs
    no parse either. This leaves about half the sentences with a figure to parse.
    """
    quantity = primary_quantity(claim)
    if quantity is None or _no_count_by_its_words(text, claim, quantity):
        return False
    if term_attribute(quantity):
        return True
    start = claim.sentence_span[0]
    sentence = text[start : claim.sentence_span[1]]
    if quantity.kind == "duration" and "term verb" in _marked_words(sentence).anywhere:
        # "jailed for 22 years on Tuesday": the verb names what the span measures.
        return True
    if _may_span_a_deed(text, claim, quantity):
        return True
    if quantity.kind not in COUNTED_KINDS and not _noun_may_follow(text, claim, quantity):
        return False
    words = lexicon()
    if (
        claim.measure in words.noun_attribute
        or _cued_after(text, claim, quantity, words.presence_cues)
        or _state_cued(text, claim, quantity, words)
    ):
        return True
    return _words_may_measure(
        sentence,
        (quantity.span[0] - start, quantity.span[1] - start),
        quantity.kind == "count",
    )


def _words_may_measure(sentence: str, figure: Span, counting: bool) -> bool:
    """Whether the words of a sentence could give the figure at ``figure`` (offsets in the
    sentence) an attribute."""
    words = _marked_words(sentence)
    first = bisect_left(words.starts, figure[0])
    last = bisect_left(words.starts, figure[1])
    noun, verb = ("count noun", "count verb") if counting else ("noun", "verb")
    if verb in words.anywhere:
        return True
    near: set[str] = set()
    low = bisect_left(words.indexes, first - NOUN_REACH)
    high = bisect_left(words.indexes, last + NOUN_REACH)
    for roles in words.roles[low:high]:
        near |= roles
    if counting and "total" in words.anywhere and noun in words.anywhere:
        # "The number of cases linked to the plant has climbed to 61": a total's noun
        # may stand anywhere before the figure (``_total_of``).
        return True
    return noun in near or ("projectile" in near and "shooting" in words.anywhere)


@dataclass(frozen=True)
class _MarkedWords:
    """A sentence's words as the parse filter reads them: where each word starts, the
    indexes and roles of the words with a role, and every role found anywhere."""

    starts: list[int]
    indexes: list[int]
    roles: list[frozenset[str]]
    anywhere: frozenset[str]


@lru_cache(maxsize=256)
def _marked_words(sentence: str) -> _MarkedWords:
    """The words of a sentence with their roles (see ``_measure_roles``), worked out once."""
    starts: list[int] = []
    indexes: list[int] = []
    roles: list[frozenset[str]] = []
    for index, match in enumerate(_WORD.finditer(sentence)):
        starts.append(match.start())
        found = _measure_roles(match.group().lower())
        if found:
            indexes.append(index)
            roles.append(found)
    return _MarkedWords(starts, indexes, roles, frozenset().union(*roles))


@lru_cache(maxsize=WORD_CACHE)
def _measure_roles(word: str) -> frozenset[str]:
    """What a lower-cased word could be to the lexicon: a 'noun' or 'verb' that names an
    attribute ('count noun', 'count verb' when a count can have it), a 'term verb' (one
    whose attribute a span of time measures: "jailed"), a 'projectile', or 'shooting' (a
    verb of firing or landing), or a 'total' (``quantity_nouns``)."""
    return frozenset(role for role, forms in _role_forms().items() if word in forms)


@cache
def _role_forms() -> dict[str, frozenset[str]]:
    """For each role, every word that could have a lemma of it (``nlp.inflections``)."""
    words = lexicon()
    return {
        "noun": inflections(words.noun_lemmas),
        "verb": inflections(words.verb_lemmas),
        # What records are kept of counts as those the records were of (``_kept_on_record``).
        "count noun": inflections(words.count_noun_lemmas | words.record_nouns),
        "count verb": inflections(words.count_verb_lemmas),
        "term verb": inflections(
            frozenset(
                verb
                for verb, attribute in words.verb_attribute.items()
                if attribute in words.duration_attributes
            )
        ),
        "projectile": inflections(words.projectiles),
        "shooting": inflections(words.fired_verbs | words.landed_verbs),
        "total": inflections(words.quantity_nouns),
    }


def _framed(text: str, claims: Sequence[Claim], docs: dict[Span, Doc]) -> tuple[list[Claim], bool]:
    """One article's claims with frames, from the parses of their sentences, and whether
    a frame resolved a pronoun."""
    salient = _SalientNames(text)
    framed: list[Claim] = []
    for claim in claims:
        doc = docs.get(claim.sentence_span)
        if doc is None:
            framed.append(claim)
            continue
        salient.see(doc, claim.sentence_span[0])
        frame = frame_of(doc, text, claim, salient)
        degree = _degree_of_part(doc, claim)
        previous = framed[-1] if framed else None
        if (
            degree
            and previous is not None
            and previous.sentence_span == claim.sentence_span
            and previous.frame is not None
            and previous.frame.attribute
        ):
            # "63 others injured, four of them critically": four critically injured.
            frame = previous.frame.model_copy(
                update={"modifiers": sorted({*previous.frame.modifiers, degree})}
            )
        framed.append(claim.model_copy(update={"frame": frame}))
    return _with_increments(framed, docs), salient.resolved


def _with_increments(claims: list[Claim], docs: dict[Span, Doc]) -> list[Claim]:
    """Claims whose count adds to a total their sentence says has risen, as changes.

    "The number of people hurt has risen to 11, after four dock workers reported
    injuries": eleven are hurt; the four are what the total grew by, not a total.
    """
    levels = {
        claim.id: (claim.sentence_span, claim.frame.attribute)
        for claim in claims
        if claim.frame is not None
        and claim.frame.attribute
        and claim.sentence_span in docs
        and _risen_to(docs[claim.sentence_span], claim)
    }
    risen = set(levels.values())
    return [
        claim.model_copy(update={"frame": claim.frame.model_copy(update={"role": "change"})})
        if claim.frame is not None
        and claim.frame.role == "level"
        and claim.id not in levels
        and (claim.sentence_span, claim.frame.attribute) in risen
        else claim
        for claim in claims
    ]


def _risen_to(doc: Doc, claim: Claim) -> bool:
    """Whether a claim's figure is the level a change verb reached: "has risen to 11"."""
    figure = _figure_tokens(doc, claim)
    if figure is None or not figure[1]:
        return False
    top = _top(figure[1])
    return (
        top.dep_ == "pobj"
        and top.head.lower_ == "to"
        and lemma(top.head.head).casefold() in CHANGE_VERBS
    )


def _figure_tokens(doc: Doc, claim: Claim) -> tuple[Quantity, list[Token]] | None:
    """A claim's figure and the tokens of its sentence's parse that write it."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return None
    return quantity, _tokens_in(doc, claim.sentence_span[0], quantity.span)


def _degree_of_part(doc: Doc, claim: Claim) -> str:
    """The degree word of a count that narrows the one before it, else ''.

    "four of them critically", "12 critically": a figure with no noun of its own,
    followed by a degree adverb, counts part of the previous figure's measure.
    """
    figure = _figure_tokens(doc, claim)
    if figure is None or not figure[1]:
        return ""
    top = _top(figure[1])
    degrees = lexicon().degree_modifiers
    for child in top.children:
        word = child.lower_.removesuffix("ly")
        if child.dep_ == "advmod" and word in degrees:
            return word
    return ""


# A person's full name in running text: two or three capitalised words, the first no
# word that opens a sentence ("In Vale's absence", "The Rovers": ``capitalised_openers``).
FULL_NAME = re.compile(
    r"\b(?!(?:" + "|".join(measure_data()["capitalised_openers"]) + r")\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}\b"
)


class _SalientNames:
    """The last person, other name and named subject so far in an article (light coreference).

    ``before_*`` hold what was named before the sentence being framed, which is what
    a pronoun in that sentence can refer to.
    """

    def __init__(self, text: str) -> None:
        self.person = self.thing = self.subject = ""
        self.before_person = self.before_thing = self.before_subject = ""
        self.seen: set[int] = set()
        # Whether a pronoun was resolved (whatever the answer).
        self.resolved = False
        # The article, where the last person was named, and the sentence being framed: a
        # sentence between them that was not parsed may name someone else.
        self.text = text
        self.person_end = self.before_person_end = self.current = 0

    def see(self, doc: Doc, offset: int) -> None:
        """Record the names of a sentence once (before its claims are framed)."""
        self.current = offset
        if offset in self.seen:
            return
        self.seen.add(offset)
        self.before_person, self.before_thing = self.person, self.thing
        self.before_subject = self.subject
        self.before_person_end = self.person_end
        for token in doc:
            if (
                token.dep_ in ("nsubj", "nsubjpass")
                and token.pos_ == "NOUN"
                and token.head.dep_ == "ROOT"
            ):
                # "The plant, which employs 120 people, opened in 1968. It was fined ...":
                # a thing named by a common noun is what "it" most likely stands for next.
                self.thing = self.subject = ""
            if token.pos_ != "PROPN" or token.dep_ == "compound":
                continue
            name = _name_of(token)
            if _looks_like_person(token):
                self.person = name
                self.person_end = offset + len(doc.text)
            elif token.dep_ in ("nsubj", "nsubjpass"):
                self.thing = name
            if token.dep_ in ("nsubj", "nsubjpass"):
                self.subject = name

    def resolve(self, pronoun: str) -> str:
        """The name a pronoun most likely stands for, from earlier sentences."""
        self.resolved = True
        word = pronoun.casefold()
        if word in PERSON_PRONOUNS:
            between = self.text[self.before_person_end : self.current]
            last = self.before_person.split()[-1:]
            if any(name.split()[-1:] != last for name in FULL_NAME.findall(between)):
                # "... Dan Lind has ... He has 142 yards": someone else was named
                # since, in a sentence with no figure to parse.
                return ""
            return self.before_person
        if word in THING_PRONOUNS:
            # Without entity types a company may read as a person ("Orrin Textiles"):
            # then the last named subject stands in.
            return self.before_thing or self.before_subject
        return ""


def _tokens_in(doc: Doc, offset: int, span: Span) -> list[Token]:
    """Tokens overlapping a character span of the source text (a look-up, not a scan)."""
    found = doc.char_span(span[0] - offset, span[1] - offset, alignment_mode="expand")
    return list(found) if found is not None else []


def _top(tokens: Sequence[Token]) -> Token:
    """The token of a phrase whose head lies outside it."""
    inside = {t.i for t in tokens}
    outside = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return outside[-1] if outside else tokens[-1]


# Whose the second tally of a pair is, named right after it: "to 14,081 for Vellacourt".
_VOTES_FOR = re.compile(
    r"(?:\s+votes)?\s+for\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)(?![\w'’-])"
)


# A dash set apart by spaces, which opens an aside: "About 150 searchers - ski patrollers,
# off-duty instructors - worked the field".
_ASIDE_DASHES = frozenset(("-", "--", "\u2013", "\u2014"))


def _noun_before_an_aside(figure: Token) -> Token | None:
    """The noun right before a spaced dash between a figure and the noun the parse counts
    it of, when the parse has read across the aside ("About 150 searchers - ski
    patrollers, off-duty instructors - worked": 'searchers', not 'patrollers'); None when
    no such dash stands between them."""
    head = figure.head
    if head.i <= figure.i:
        return None
    doc = figure.doc
    for at in range(figure.i + 2, head.i):
        before = doc[at - 1]
        if doc[at].text in _ASIDE_DASHES and before.whitespace_:
            return before if before.pos_ in ("NOUN", "PROPN") else None
    return None


# The most steps up from "at" to the object of a verb of estimating.
_ESTIMATED_OBJECT_STEPS = 6


def _estimated_object(at: Token, words: Lexicon) -> tuple[Token, Token] | None:
    """The object and verb of estimating that an "at" the parser hung on a noun belongs to
    ("estimated the damage at 2.4 million", "estimated the damage to the trams and the
    lines at 2.4 million"), or None."""
    node = at.head
    for _ in range(_ESTIMATED_OBJECT_STEPS):
        if node.dep_ == "dobj" and lemma(node.head) in words.estimate_verbs:
            return node, node.head
        if node.dep_ not in ("pobj", "prep", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _governing_verb(token: Token, counted: bool = True) -> Token | None:
    """The verb a noun is an argument of, through prepositions and conjunctions.

    :param counted: whether the token is a counted noun, whose participle
        ("12 people killed", "355 damaged shops") is its verb
    """
    outcome = _outcome_verb_of_object(token) if counted else None
    if outcome is not None:
        return outcome
    if counted and _subject_of_an_outcome(token):
        # "two injured residents died": the participle before the noun describes them, the
        # verb says what befell them.
        return token.head
    for child in token.children if counted else ():
        if child.dep_ in ("acl", "amod") and child.pos_ == "VERB":
            return child
    if counted and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.like_num:
        # "three of the seven bullets": the sentence's verb is said of the three.
        return None
    transparent = lexicon().transparent_verbs
    current = token
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ in ("VERB", "AUX") and lemma(head) not in transparent:
            return head
        current = head
    return None


def _subject_of_an_outcome(token: Token) -> bool:
    """Whether a counted noun is the subject of an outcome verb and only described by a
    participle before it ("two injured residents died", not "12 people killed")."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and lemma(verb).casefold() in lexicon().verb_attribute
        and all(
            child.i < token.i
            for child in token.children
            if child.dep_ in ("acl", "amod") and child.pos_ == "VERB"
        )
    )


def _outcome_verb_of_object(token: Token) -> Token | None:
    """The outcome verb whose object a counted noun is, even with a participle after it.

    "killed 40 people sheltering in a school": the verb says what is counted, the
    participle only describes the people. The parser may also read the participle as a
    clause with the noun as its subject ("killed [40 people sheltering ...]"); an outcome
    verb with no object of its own then still governs the noun.
    """
    outcomes = lexicon().verb_attribute
    head = token.head
    if any(child.dep_ in ("acl", "amod") and child.tag_ == "VBN" for child in token.children):
        # "14 children trapped": a past participle names the outcome itself.
        return None
    if token.dep_ in ("dobj", "nsubjpass"):
        verb = head
    elif (
        token.dep_ == "nsubj"
        and head.tag_ == "VBG"
        and head.dep_ in ("advcl", "ccomp", "xcomp")
        and not any(child.dep_ == "dobj" for child in head.head.children)
    ):
        verb = head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and lemma(verb).casefold() in outcomes else None


def _light_object(verb: Token) -> Token | None:
    """The noun after a light verb: 'suffered (from) injuries', 'took shelter'."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and child.pos_ == "NOUN":
            return child
        if child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects:
                return objects[0]
    return None


def _is_name(token: Token) -> bool:
    return (
        token.pos_ == "PROPN" and not _in_speaker_label(token) and not _person_noun_opening(token)
    )


def _person_noun_opening(token: Token) -> bool:
    """Whether a word the parser calls a proper noun is a noun of people capitalised only
    because it opens the sentence ("Jurors awarded her $2.4 million": ``PERSON_NOUNS``)."""
    return (
        bool(token.is_sent_start)
        and not any(c.dep_ == "compound" for c in token.children)
        and singular(token.lower_) in PERSON_NOUNS
    )


def _in_speaker_label(token: Token) -> bool:
    """Whether a word is part of the speaker label its sentence opens with
    (``attribution.SPEAKER_LABEL``: "CORRESPONDENT (ED VARGA): "): the speaker of a turn,
    not a name the sentence is about."""
    if not token.text.isupper():
        return False
    label = SPEAKER_LABEL.match(token.doc.text)
    return label is not None and token.idx < label.end()


def _looks_like_person(token: Token) -> bool:
    """A proper noun read as a person: a title before it ('Mr. Vance', 'Sgt. Ruiz'),
    or a first name and surname acting in the sentence ('Mara Quell said')."""
    parts = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    titled = any(p.lower_.rstrip(".") in TITLE_WORDS for p in parts)
    acting = token.dep_ in ("nsubj", "nsubjpass", "appos", "poss", "dobj")
    return titled or (acting and len(parts) == 1 and parts[0].i == token.i - 1)


def _name_of(token: Token) -> str:
    """The whole name a proper-noun token heads: 'Mr. Vance', 'Brightwater Capital', 'Port
    Ellery City Council' (whose 'Ellery' the parser may hang on 'City')."""
    parts = [token]
    for part in parts:
        parts.extend(c for c in part.children if c.dep_ == "compound" and c.pos_ == "PROPN")
    return " ".join(w.text for w in sorted(parts, key=lambda w: w.i))


def _entity(token: Token | None, salient: _SalientNames) -> str:
    """A name for a token, resolving pronouns to the salient name."""
    if token is None:
        return ""
    if token.pos_ == "PRON":
        return _speaker_of_own_words(token, salient) or salient.resolve(token.text)
    return _name_of(token) if _is_name(token) else ""


def _speaker_of_own_words(pronoun: Token, salient: _SalientNames) -> str:
    """Who a reporting verb's subject is, for a pronoun that is the subject of what it
    reports ("Northwind said it would pay £150", "The airline says it is offering £75
    vouchers": the firm speaks of itself; "Imelda Strachan told a radio station that she
    had bought the mare": a person named in full speaks of herself), or ''. A person's
    pronoun after a speaker given by a role ("Police said he was arrested") may be anyone's."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    personal = pronoun.lower_ in ("he", "she")
    if not (personal or pronoun.lower_ in ("it", "they")):
        return ""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lower_ not in REPORTING_VERB_WORDS:
        return ""
    speaker = _argument(clause.head, ("nsubj",))
    if personal and not _named_in_full(speaker):
        return ""
    return _doer(speaker, salient)


def _named_in_full(token: Token | None) -> bool:
    """Whether a token is a person's name with a given name before it ("Imelda
    Strachan"), not a body's ("Harwick Police") nor a role ("the spokeswoman")."""
    return (
        token is not None
        and token.pos_ == "PROPN"
        and token.lower_ not in SOURCE_NOUNS
        and any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in token.children)
    )


# Pronouns that open a relative clause: its verb's subject is the noun the clause follows.
RELATIVE_PRONOUNS = frozenset(("which", "who", "that"))


def _named_agent(verb: Token, salient: _SalientNames) -> str:
    """The name of who a verb's subject or "by" agent is ("Northwind employs", "Northwind,
    which employs", "funded by Vale Capital"), or '' when it names no one."""
    agent = _argument_named(verb, ("nsubj", "nsubjpass", "agent"))
    if agent is None and verb.dep_ == "acl":
        # "The Lumen 7, priced at $899": what the participle says is priced.
        agent = verb.head
    named = _doer(agent, salient)
    return "" if named.startswith("the ") else named


def _participles_doer(verb: Token, salient: _SalientNames) -> str:
    """The name of who does what a participle clause with no subject of its own says, its
    main clause's subject ("Ferrowind has completed its takeover, buying a stake for £142
    million"), or ''."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or _argument(verb, ("nsubj",)) is not None:
        return ""
    named = _doer(_argument_named(verb.head, ("nsubj",)), salient)
    return "" if named.startswith("the ") else named


def _argument_named(verb: Token, labels: tuple[str, ...]) -> Token | None:
    """A verb's argument of the given labels, or for a relative pronoun ("Northwind, which
    employs", "Orlen, who was sentenced") the noun its clause follows."""
    argument = _argument(verb, labels)
    if argument is not None and argument.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return _addressed(argument) or argument


def _addressed(token: Token | None) -> Token | None:
    """The real subject after a name the speaker addresses, which the parser may take for
    the subject ("ANCHOR: Lena, state regulators hit the firm": the regulators), or None.

    The name opens the sentence or follows a speaker's label, a comma follows it, and a
    bare common noun phrase stands after it (no determiner or possessor: "Lena, a nurse,
    said" and "Fenmoor, the country's fifth-largest grocer, reported" are about the
    name)."""
    if token is None or token.pos_ != "PROPN" or token.i + 1 >= len(token.doc):
        return None
    opens = token.i == 0 or token.doc[token.i - 1].text == ":"
    if not opens or token.doc[token.i + 1].text != ",":
        return None
    return next(
        (
            child
            for child in token.children
            if child.dep_ == "appos"
            and child.pos_ == "NOUN"
            and not any(grand.dep_ in ("det", "poss") for grand in child.children)
        ),
        None,
    )


def _term_holder(verb: Token, term: Token | None, words: Lexicon, salient: _SalientNames) -> str:
    """Whose term a verb gives: whom it is given to ("handed Vance a 12-year sentence",
    which the parser may read as two objects), whom the verb of the term is done to
    ("sentenced Vance to a 12-year term"), else who has it ("Vance received a 12-year
    sentence", "Halvorsen signed a four-year deal")."""
    other_object = next((c for c in verb.children if c.dep_ == "dobj" and c != term), None)
    given = _entity(_argument(verb, ("dative",)) or other_object, salient)
    if given:
        return given
    if _verb_attribute(verb, words) in words.duration_attributes:
        return _named_patient(verb, salient)
    return _named_agent(verb, salient)


def _named_patient(verb: Token, salient: _SalientNames) -> str:
    """The name of whom a verb is done to: its object, or its passive subject (the noun a
    relative clause follows, the name a pronoun stands for); '' when it names no one."""
    return _entity(_argument_named(verb, ("dobj", "nsubjpass")), salient)


def _doer(token: Token | None, salient: _SalientNames) -> str:
    """Who does what a verb says: a name, or a description of a common noun ('officers' is
    'the officer'). A capitalised singular noun with no determiner is a name the tagger
    took for a noun ("Reyes fired", where "Police fired" and "The guard fired" describe)."""
    named = _entity(token, salient)
    if named or token is None or token.pos_ != "NOUN" or _in_speaker_label(token):
        return named
    determined = any(child.dep_ == "det" for child in token.children)
    words = lexicon()
    measured = token.lower_ in words.noun_attribute or token.lower_ in words.generic_nouns
    if token.text[:1].isupper() and token.tag_ == "NN" and not determined and not measured:
        # "Damage was estimated at ...": a word of the lexicon opening a sentence, no name.
        return token.text
    return f"the {lemma(token).casefold()}"


def _carrier(verb: Token, words: Lexicon) -> str:
    """What carries a count of people, as a description: 'another <noun>' when it marks
    itself as another one than the story's own (``other_markers``: "a second boat carrying
    46 people", "A replacement flight carried 118 passengers"), 'the <noun>' for any other
    common noun ("The minivan was carrying four people" is not "The pickup was carrying
    two"), else '' (a name, or none: the story's own). A demonstrative "that" points at
    another one just named ("That flight carried 141 passengers")."""
    carrier = _argument(verb, ("nsubj", "nsubjpass"))
    if carrier is None and verb.dep_ == "acl":
        carrier = verb.head
    if carrier is None or carrier.pos_ not in ("NOUN", "PROPN"):
        return ""
    if lemma(carrier).casefold() in words.generic_nouns or carrier.lower_ in DOCUMENT_NOUNS:
        # "183 people were on board": the subject is who is counted, not what carries them;
        # "the manifest shows 187 passengers on board": a document tells who was aboard.
        return ""
    if any(child.lower_ in words.other_markers for child in carrier.children) or any(
        # "Norvane flight 77 to Dellport. That flight carried 141 passengers": the one just
        # named, not the story's own.
        child.dep_ == "det" and child.lower_ in ("that", "those")
        for child in carrier.children
    ):
        return f"another {lemma(carrier).casefold()}"
    return f"the {lemma(carrier).casefold()}" if carrier.pos_ == "NOUN" else ""


def _route(verb: Token, words: Lexicon, salient: _SalientNames) -> str:
    """The route a rate of traffic passes by ("route_verbs"): the subject of a verb of
    carrying ("The crossing carries", "the station handles"), the object of a verb of
    passing ("cross the bridge", "use the line"), as a name or 'the <noun>'; else ''."""
    verb_lemma = lemma(verb).casefold()
    if verb_lemma in words.route_verbs["by_subject"]:
        route = _argument(verb, ("nsubj",))
    elif verb_lemma in words.route_verbs["by_object"]:
        route = _argument(verb, ("dobj",))
    else:
        return ""
    if route is None or route.pos_ not in ("NOUN", "PROPN"):
        return ""
    if route.pos_ == "PROPN":
        return _entity(route, salient)
    # "The Hollinford crossing" is not "the Aldgrave crossing".
    named = [c.text for c in route.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(("the", *named, lemma(route).casefold()))


def _possessor(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "poss"), None)


def _relative_antecedent(possessor: Token | None, salient: _SalientNames) -> str:
    """The name "its" stands for in a relative clause on a name of the same sentence: "The
    Ministry of Energy, which will keep its 1,400 staff" keeps the ministry's staff, not
    those of whoever an earlier sentence named. '' for any other possessor."""
    if possessor is None or possessor.lower_ not in THING_PRONOUNS:
        return ""
    verb = possessor.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = _argument_named(verb, ("nsubj", "nsubjpass"))
    if verb.dep_ != "relcl" or subject is None or subject.i != verb.head.i:
        return ""
    return _entity(verb.head, salient)


def _of_object(token: Token) -> Token | None:
    """The object of 'of' or 'in' after a noun: 'the population of X', '$60m in funding'."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "for"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _of_head(token: Token) -> Token | None:
    """The word an "of" phrase hangs from, when a token is that phrase's object: 'loss' for
    "the loss of 146 jobs", 'data' for "the data of 38,412 residents"; None otherwise."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return token.head.head
    return None


def _owner(noun: Token) -> Token | None:
    """The noun a measured noun belongs to: 'a city of population 48,000', 'X, with 200 staff'."""
    head = noun.head
    owner = head.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ in ("of", "with")
        and owner.pos_ in ("NOUN", "PROPN")
        and lemma(owner).casefold() not in lexicon().vague_heads
    ):
        return owner
    return None


# Verbs that put what they count in a state the adjective after them names: "declared
# unsafe", "condemned as unfit".
_DECLARING_VERBS = frozenset({"declare", "deem", "rule", "pronounce", "certify", "judge"})


def _modifiers(
    noun: Token | None, verb: Token | None, words: Lexicon, own: Sequence[Token] = ()
) -> list[str]:
    """Adjectives and compounds that narrow what is counted: 'minor injuries', 'school buildings'.

    :param own: the figure's own tokens, which narrow nothing ("a 12-year prison sentence")
    """
    found: set[str] = set()
    targets = [noun] if noun is not None else []
    generic = noun is None or lemma(noun).casefold() in words.generic_nouns
    if verb is not None and generic and lemma(verb) in words.light_verbs:
        # "eight people suffered serious injuries": the object is what is counted.
        light = _light_object(verb)
        if light is not None:
            targets.append(light)
    if verb is not None and lemma(verb).casefold() in _DECLARING_VERBS:
        # "Five homes were declared unsafe": some of the homes, in the state declared.
        found.update(
            c.lower_ for c in verb.children if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ"
        )
    if verb is not None:
        # "seriously injured" narrows like "serious injuries", and "badly hurt" like "bad".
        found.update(
            c.lower_.removesuffix("ly")
            for c in verb.children
            if c.dep_ == "advmod"
            and c.lower_.endswith("ly")
            and (len(c.lower_) > 5 or c.lower_.removesuffix("ly") in words.degree_modifiers)
        )
    for target in targets:
        for child in target.children:
            word = lemma(child).casefold()
            if (
                child.dep_ in ("amod", "compound")
                and child.pos_ in ("ADJ", "NOUN")
                and child.is_alpha
                and word not in words.neutral_modifiers
            ):
                found.add(word)
    return sorted(found - {lemma(token).casefold() for token in own})


# Some of a count of care taken on to hospital, later in its sentence: "sixty-four people
# were treated here, and twenty-three of those went on to hospital". The count is of all
# cared for, most of them where it happened.
_SOME_OF_THOSE_TO_HOSPITAL = re.compile(
    r"\b(?:\d[\d,]*|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[a-z]+teen|[a-z]+ty)|some|half|a\s+few)\s+(?:of|among)\s+(?:those|them|these)\b"
    r"[^.;]{0,60}?\bhospital",
    re.IGNORECASE,
)


def _spot_named_after(text: str, claim: Claim, quantity: Quantity, words: Lexicon) -> bool:
    """Whether the claim's words after its figure name the spot where it happened ("at the
    scene"), wherever the parse hangs the phrase: "Seven people were treated for minor
    injuries at the scene" (on 'injuries'); not when they name a hospital too ("treated in
    hospital after arriving at the scene")."""
    after = _cue_words(text[quantity.span[1] : claim.span[1]])
    return "hospital" not in after and _holds_cue(
        after, (f"at the {spot}" for spot in words.spot_settings)
    )


def _most_on_the_spot(verb: Token, figure: Token, words: Lexicon) -> bool:
    """Whether a verb of care says that most of those it counts were cared for where it
    happened: "11 people had been treated for breathing problems, most of them at the
    scene" (the setting of a phrase on the verb, ``_setting``, not of the verb itself)."""
    return any(
        words.spot_settings.intersection(_setting(phrase, None, figure, words))
        for phrase in verb.children
        if phrase.dep_ in ("npadvmod", "appos")
    )


def _setting(noun: Token | None, verb: Token | None, figure: Token, words: Lexicon) -> list[str]:
    """Common nouns that set where or in what a count holds: 'in the school', 'in the war'.

    Only the setting nearest after the figure (else nearest before it) counts:
    in "killed 900 in the province and thousands more in other countries"
    the countries belong to the second count.
    """
    candidates: list[tuple[int, set[str]]] = []
    for head in (noun, verb):
        if head is None:
            continue
        for child in head.children:
            if child.dep_ != "prep" or not _sets(child, head, words):
                continue
            for target in child.children:
                if (
                    target.dep_ == "pobj"
                    and target.pos_ in ("NOUN", "PROPN")
                    and (named := lemma(target).casefold()) not in words.cause_nouns
                    and named not in TIME_NOUNS
                    and named not in words.moment_nouns
                    and not _idiom(target, words)
                    and not _own_origin(child, target, words)
                    # "at a cost of £2.1 million": the phrase that holds the figure; "valued
                    # at two million pounds": the figure's own unit.
                    and target != figure
                    and not target.is_ancestor(figure)
                ):
                    lemmas = {_sided(target, words)}
                    if target.pos_ == "PROPN":
                        # "at the scooter Kessel was riding": the parse may make the noun
                        # before a name its compound; the thing is that noun.
                        lemmas.update(
                            lemma(c).casefold()
                            for c in target.children
                            if c.dep_ == "compound" and c.pos_ == "NOUN"
                        )
                    inner = _of_object(target)
                    if inner is not None:
                        # "at the perimeter of the school" holds in the school too.
                        lemmas.add(lemma(inner).casefold())
                    candidates.append((child.i, lemmas))
    after = sorted((i, lemmas) for i, lemmas in candidates if i > figure.i)
    before = sorted(((i, lemmas) for i, lemmas in candidates if i < figure.i), reverse=True)
    chosen = after[:1] or before[:1]
    return sorted(chosen[0][1]) if chosen else []


def _sets(preposition: Token, head: Token, words: Lexicon) -> bool:
    """Whether a preposition introduces a setting: one of ``setting_prepositions``, "from"
    after a verb of ``origin_verbs`` ("evacuated from Mercer Hall"), "on" after a verb of
    ``position_verbs`` ("the 6,500 fans standing on the pitch"), or "of" after a noun of
    ``resident_nouns`` ("eighty-five residents of Fernside Road"), or "on" after a noun of
    ``stock_attributes`` ("All 11 homes on Gull Terrace")."""
    word, head_lemma = preposition.lower_, lemma(head).casefold()
    return (
        word in words.setting_prepositions
        or (word == "from" and head_lemma in words.origin_verbs)
        or (
            word == "on"
            and (
                head_lemma in words.position_verbs
                or (
                    head.pos_ == "NOUN"
                    and words.noun_attribute.get(head_lemma) in words.stock_attributes
                )
            )
        )
        or (word == "of" and head_lemma in words.resident_nouns)
    )


def _idiom(target: Token, words: Lexicon) -> bool:
    """Whether a preposition's object makes an idiom, not a setting: a bare noun of
    ``setting_idioms`` ("sheltered in place", "in total")."""
    return not any(target.children) and lemma(target).casefold() in words.setting_idioms


def _own_origin(preposition: Token, target: Token, words: Lexicon) -> bool:
    """Whether "from" and its object say only that those counted left their own homes
    ("evacuated from their homes along the river"): a noun of ``origin_idioms`` owned by a
    possessive pronoun, which every count of evacuees shares, so no setting."""
    return (
        preposition.lower_ == "from"
        and lemma(target).casefold() in words.origin_idioms
        and any(child.dep_ == "poss" and child.pos_ == "PRON" for child in target.children)
    )


def _sided(target: Token, words: Lexicon) -> str:
    """A setting's lemma with the side words that tell one part of a place from another
    ("the north tower" is not "the south tower"; ``side_modifiers``)."""
    sides = [
        child.lower_
        for child in target.children
        if child.dep_ in ("amod", "compound") and child.lower_ in words.side_modifiers
    ]
    return " ".join((*sides, lemma(target).casefold()))


# A sentence that opens on one unit of a thing and a verb of price: "A kilo of cocaine costs",
# "One barrel of crude sold for" (the unit in group "unit").
_ONE_UNIT_PRICED = re.compile(
    r"(?:a|an|one|each|every)\s+(?P<unit>[a-z]+)\s+of\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:costs?|sells?|sold|fetch(?:es|ed)?|goes|went|is\s+worth|was\s+worth|trades?|traded)\b",
    re.IGNORECASE,
)


def _priced_unit(text: str, claim: Claim, quantity: Quantity) -> str:
    """The unit of measure a sum is the price of one of, when its sentence opens on one
    unit of a thing and a verb of price before the sum ("A kilo of cocaine costs around
    3,000 pounds ... and sells for 30,000 pounds"), or ''."""
    opening = _ONE_UNIT_PRICED.match(text, claim.sentence_span[0], quantity.span[0])
    if opening is None or opening["unit"].casefold() not in A_UNIT_WORDS:
        return ""
    return opening["unit"].casefold()


def _wage_earner(verb: Token | None, words: Lexicon) -> Token | None:
    """The person a verb's sum goes to (``wage_verbs``), or None: the subject of a verb of
    receiving ("He earns"), the passive subject or the object of a verb of giving ("Vance
    was paid", "pays him", "will pay Fenn"), when that is a personal pronoun, "who", a
    proper noun or a noun for a person ("the coach")."""
    if verb is None:
        return None
    verb_lemma = lemma(verb).casefold()
    if verb_lemma in words.wage_receiving_verbs:
        labels: tuple[str, ...] = ("nsubj",)
    elif verb_lemma in words.wage_giving_verbs:
        labels = ("nsubjpass", "dative", "dobj")
    else:
        return None
    return next(
        (
            child
            for child in verb.children
            if child.dep_ in labels
            and (
                child.lower_ in PERSON_PRONOUNS
                or child.lower_ == "who"
                or child.pos_ == "PROPN"
                or lemma(child).casefold() in described_people()
            )
        ),
        None,
    )


def _verb_attribute(verb: Token | None, words: Lexicon) -> str:
    """The attribute a verb names by itself ("evacuated" -> sheltering), or ''."""
    return words.verb_attribute.get(lemma(verb).casefold(), "") if verb is not None else ""


def _term_before_of(top: Token) -> str:
    """The term a span of time is the length of when it follows a term noun and "of" ("a
    sentence of 12 years", "a ban of four years"), or '' (``term_nouns``)."""
    if top.dep_ != "pobj" or top.head.lower_ != "of":
        return ""
    return term_of_noun(lemma(top.head.head).casefold())


def _term_of_verb(top: Token, verb: Token | None, quantity: Quantity, words: Lexicon) -> bool:
    """Whether a span of time is the term a verb of terms gives, as its object of "to" or
    "for" ("sentenced on Tuesday to 30 years", "jailed for six years"); not a span of
    another noun ("with no chance of parole for 12 years")."""
    return (
        quantity.kind == "duration"
        and verb is not None
        and _verb_attribute(verb, words) in words.duration_attributes
        and top.dep_ == "pobj"
        and top.head.lower_ in ("to", "for")
        and top.head.head == verb
    )


# What a winner's margin adds to its attribute ("votes margin").
MARGIN_SUFFIX = " margin"


def _margin_of(measured: Token, words: Lexicon) -> bool:
    """Whether a counted noun follows "by" on a verb of winning or leading ("won by 12
    votes", "trails by three points")."""
    by = measured.head
    return (
        measured.dep_ == "pobj"
        and by.lower_ == "by"
        and lemma(by.head).casefold() in words.margin_verbs
    )


def _carer(verb: Token | None, measured: Token | None, words: Lexicon) -> list[str]:
    """Who gave the care a count reports, when the verb or the verb of the counted noun
    names one as its subject or its passive agent ("her staff had treated 97 injured
    people", "St Aldric's admitted 40", "were treated by paramedics"): one carer's count is
    a part of the whole toll."""
    for head in (verb, measured.head if measured is not None else None):
        if head is None or lemma(head).casefold() not in words.care_verbs:
            continue
        carer = _argument(head, ("nsubj", "agent"))
        if carer is not None and carer.pos_ in ("NOUN", "PROPN"):
            return [lemma(carer).casefold()]
    return []


def _struck(verb: Token | None) -> list[str]:
    """What projectiles landed on, when it is a common noun: 'two bombs fell on an
    airstrip', 'one bomb hit a schoolhouse'. Counts of hits on different targets are
    different counts."""
    if verb is None:
        return []
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            return [lemma(child).casefold()]
        if child.dep_ == "prep" and child.lower_ in ("on", "onto", "into"):
            for target in child.children:
                if target.dep_ == "pobj" and target.pos_ == "NOUN":
                    return [lemma(target).casefold()]
    return []


def _spent_on(verb: Token | None, measured: Token | None, quantity: Quantity) -> list[str]:
    """What a sum is spent on or is the cost of: 'spent £85,000 on upkeep', 'a bridge could cost'.

    Two sums for different things ('upkeep' and a 'replacement') are not one cost.
    """
    if verb is None or quantity.kind != "money" or lemma(verb) not in SPENDING_VERBS:
        return []
    found: list[str] = []
    # "spent $9 million on sets": the parser may hang "on sets" on the sum.
    spent = [child for child in verb.children if child.dep_ == "dobj"]
    for child in (*verb.children, *(c for sum_ in spent for c in sum_.children)):
        if lemma(verb) == "cost" and child.dep_ == "nsubj" and child.pos_ == "NOUN":
            found.append(lemma(child).casefold())
        if child.dep_ == "prep" and child.lower_ in ("on", "for"):
            found.extend(lemma(c).casefold() for c in child.children if c.dep_ == "pobj")
    return found


# Prepositions by which a verb gives a total its value: "rose to 11", "stands at 11".
TOTAL_PREPOSITIONS = frozenset(("to", "at"))
VERBAL = frozenset(("VERB", "AUX"))


def _total_of(figure: Token, words: Lexicon) -> tuple[Token, Token | None] | None:
    """What a bare count is the total of when a total noun (``quantity_nouns``) names it
    elsewhere in its clause, and the verb that says what happened to what is counted.

    "The death toll rose to 11", "the toll stands at 11", "officials put the toll at 11",
    "a death toll of 11" and "the toll is 11" give the toll; "the number of people hurt
    has risen to 11" gives the people and "hurt". A change "by 11" is no total. A group
    (``group_nouns``) is counted the same way: "a crowd of 8,412", "attendance was 8,412".
    """
    head = figure.head
    total: Token | None = None
    if figure.dep_ == "pobj" and head.lower_ in TOTAL_PREPOSITIONS and head.head.pos_ in VERBAL:
        verb = head.head
        total = _argument(verb, ("dobj",)) or _argument(verb, ("nsubj", "nsubjpass"))
    elif figure.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        total = head.head
    elif figure.dep_ in ("attr", "acomp") and lemma(head) == "be":
        total = _argument(head, ("nsubj",))
    name = lemma(total).casefold() if total is not None else ""
    if name in words.group_nouns:
        # "A crowd of 8,412 watched", "Attendance was 8,412": the group's size.
        return (total, None) if total is not None and name in words.noun_attribute else None
    if total is None or name not in words.quantity_nouns:
        return None
    if name in words.noun_attribute:
        return total, None
    counted = _of_object(total)
    if counted is None or counted.pos_ == "PROPN":
        # "the number of Nordians killed" counts one people among others the story counts.
        return None
    if counted.pos_ == "VERB":
        # "the number of injured": the participle is both what is counted and its event.
        return counted, counted
    # The parser hangs the participle on the total ("the number of people killed") or on
    # what is counted.
    event = next(
        (
            c
            for c in (*counted.children, *total.children)
            if c.dep_ in ("acl", "amod", "relcl") and c.pos_ == "VERB"
        ),
        None,
    )
    return counted, event


def _argument(verb: Token, labels: Iterable[str]) -> Token | None:
    """A verb's first child of the given relations; for 'agent', the noun after 'by'."""
    wanted = tuple(labels)
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and "agent" in wanted:
                return objects[0]
        elif child.dep_ in wanted:
            return child
    return None


# The next word, past spaces and quotation marks ('a "zero day" flaw').
_NEXT_WORD = re.compile(r"[\s\"'\u2018\u2019\u201c\u201d]*([^\W\d_]+)")


def _noun_may_follow(text: str, claim: Claim, quantity: Quantity) -> bool:
    """Whether a word after a length or span of time could be what it measures.

    Such a figure is framed only through a noun it modifies ("a 9 km stretch of road") or an
    object of "of", "in" or "for" ("eleven days of talks"), both after it. Punctuation or a
    word that ends a measurement (``after_measure``: "five days ago") leaves it none.
    """
    found = _NEXT_WORD.match(text, quantity.span[1], claim.sentence_span[1])
    return found is not None and found.group(1).casefold() not in lexicon().after_measure


def _no_count_by_its_words(text: str, claim: Claim, quantity: Quantity) -> bool:
    """Whether the words at a figure keep it from any frame, whatever the parse says."""
    after = text[quantity.span[1] : quantity.span[1] + 2]
    if after[:1] == "-" and after[1:2].isalnum():
        # "a 10-rack system", "an 88-72 loss": the figure describes a noun, not a count of it.
        return True
    if quantity.kind == "count" and quantity.value is not None and quantity.value % 1:
        # "a 6.4 magnitude quake": a count of things is a whole number.
        return True
    # "one in every 400 users": a rate, not a count.
    start = max(claim.sentence_span[0], quantity.span[0] - 20)
    return RATE_BEFORE.search(text, start, quantity.span[0]) is not None


# A part before the whole a figure gives: "95 percent of the", "six of its", "half of the".
_WHOLE_OF_A_PART = re.compile(
    r"(?:\d|\b(?:percent|per cent|half|third|quarter|two|three|four|five|six|seven|eight|nine"
    r"|ten|dozen|dozens|hundreds|most|all|some|many))%?" + PART_OF_WHOLE.pattern,
    re.IGNORECASE,
)
# The whole's noun then the verb of which the part is the subject: "... tickets had been
# sold" (in "the 22 people killed" the participle is the whole's).
_PART_IS_SUBJECT = re.compile(
    r"(?:\s+[\w'’-]+){1,3}?\s+(?:had|have|has|were|was|are|is|will|would)\b"
)


def frame_of(doc: Doc, text: str, claim: Claim, salient: _SalientNames) -> Frame | None:
    """The frame of one claim from its sentence's parse, or None if it has no figure."""
    figure = _figure_tokens(doc, claim)
    if figure is None:
        return None
    quantity, tokens = figure
    if not tokens or _no_count_by_its_words(text, claim, quantity):
        return None
    term = term_attribute(quantity)
    vague = quantity.value is None and quantity.surface.replace(" ", "").isalpha()
    if not vague and any(c.dep_ == "prep" and c.lower_ == "of" for t in tokens for c in t.children):
        # "18 of its next 23 games": a part ("dozens of people" is a count of people).
        return None
    if _WHOLE_OF_A_PART.search(
        text, max(claim.sentence_span[0], quantity.span[0] - 40), quantity.span[0]
    ) and _PART_IS_SUBJECT.match(text, quantity.span[1], claim.sentence_span[1]):
        # "Almost 95 percent of the 960,000 tickets had been sold": what the verb says is
        # of the part; the whole is the tickets there were, not those sold.
        return None
    words = lexicon()
    top = _top(tokens)
    if top.dep_ in ("appos", "npadvmod") and top.head.pos_ == "PROPN":
        # "Dana Pell, 47, was killed": an age beside a name, not a count.
        return None
    noun: Token | None = None
    entity = ""
    before = text[max(claim.sentence_span[0], quantity.span[0] - 20) : quantity.span[0]]
    kin = re.search(r"(\w+)\s+of\s+$", before)
    if (
        kin
        and kin.group(1).casefold() in words.kinship
        and not (top.dep_ == "pobj" and top.head.lower_ == "of")
    ):
        # "Mother of 13 Ann Vale" read as a count of Vales by the parser: the words say
        # it is a count of children.
        return Frame(attribute="children", noun="child")
    if (parent := _of_head(top)) is not None and parent.lower_ in words.kinship:
        # "a mother of five": a count of children, of the parent.
        owner = parent.head if parent.dep_ in ("appos", "compound") else _possessor(parent)
        return Frame(attribute="children", entity=_entity(owner, salient), noun="child")
    if vague and _of_object(top) is not None:
        noun = _of_object(top)
    elif top.dep_ in MODIFIER_DEPS and top.head.i != top.i and top.head.pos_ in ("NOUN", "PROPN"):
        noun = _noun_before_an_aside(top) or top.head
    elif top.pos_ in ("NOUN", "PRON", "ADJ") and lemma(top) not in ("million", "billion"):
        # "no casualties" (a count), "nine times" (a frequency), "a 12-year prison sentence"
        # (a term): the figure is its noun.
        noun = top if quantity.kind in ("count", "multiplier") or term else None
    verb = _governing_verb(noun if noun is not None else top, counted=noun is not None)
    measured = noun if noun is not None else _of_object(top)
    if measured is None and verb is not None and quantity.kind in ("money", "percent"):
        # "Storm damage is an estimated $3 million", "the cost was put at $3 million":
        # the subject is what is measured.
        labels = ("nsubj", "nsubjpass") if lemma(verb) == "be" else ("nsubjpass",)
        measured = _argument(verb, labels)
    if (
        measured is None
        and verb is not None
        and top.dep_ == "pobj"
        and top.head.lower_ == "at"
        and top.head.head == verb
        and lemma(verb) in words.estimate_verbs
    ):
        # "police put the turnout at roughly 25,000": the object is what is measured.
        measured = _argument(verb, ("dobj",))
    if (
        measured is None
        and top.dep_ == "pobj"
        and top.head.lower_ == "at"
        and (estimated := _estimated_object(top.head, words)) is not None
    ):
        # "VMT estimated the damage to the two trams and the overhead lines at 2.4 million
        # euros": the parser hangs "at" on the nearest noun, not on the verb.
        measured, verb = estimated
    total = _total_of(top, words) if measured is None and quantity.kind == "count" else None
    if measured is None and quantity.kind == "percent":
        # "on a turnout of 78 percent": a group's size as a share, of no verb's doing.
        total = _total_of(top, words)
        total = total if total and lemma(total[0]).casefold() in words.group_nouns else None
    if total is not None:
        measured, verb = total
    if measured is not None and lemma(measured).casefold() in words.money_containers:
        # "the cost of damage": the damage is what the sum measures.
        measured = _of_object(measured) or measured
    counted = quantity.kind in COUNTED_KINDS
    span_event = (
        _span_event(top, _spell_verb(text, claim, quantity, verb))
        if not term and _may_span_a_deed(text, claim, quantity)
        else ""
    )
    if (
        measured is None
        and not counted
        and not span_event
        and not _term_of_verb(top, verb, quantity, words)
    ):
        # "killed two years ago": a span of time is no count of what the verb did.
        return None
    attribute, fired = _attribute(measured, verb, words, counted)
    if quantity.kind == "multiplier" and fired == "fired" and _struck_target(verb, words):
        # "Gray was shot eleven times", "police shot him eleven times": each time hit him.
        attribute, fired = "shots landed", "landed"
    if quantity.kind == "multiplier" and fired != "landed":
        # "arrested four times" counts occasions; only "hit nine times" counts hits.
        return None
    if (
        measured is not None
        and measured.dep_ == "pobj"
        and measured.head.lower_ == "with"
        and measured.head.head == verb
    ):
        # "who evacuated with her two children": company, not a count of the outcome ("with
        # at least 70 people injured" is, by its own participle).
        attribute = "" if attribute == _verb_attribute(verb, words) else attribute
    negated = verb is not None and any(c.dep_ == "neg" for c in verb.children)
    if (
        verb is not None
        and negated
        and attribute == _verb_attribute(verb, words)
        and (measured is None or attribute != words.noun_attribute.get(lemma(measured).casefold()))
    ):
        # "Two passengers were not hurt": the verb denies what it would count. A noun that
        # names it still does ("did not hire 200 workers" is about a workforce).
        attribute = ""
    if term:
        # "a 12-year prison sentence", "a four-year deal": the length of the term noun.
        attribute = term
    elif quantity.kind == "duration" and (of_term := _term_before_of(top)):
        # "was handed a sentence of 12 years in prison": the length of the term noun.
        attribute = of_term
    elif not attribute and quantity.kind == "duration":
        # "sentenced to eight years in prison": the verb names what the span measures.
        named = _verb_attribute(verb, words)
        attribute = named if named in words.duration_attributes else ""
    if span_event and attribute not in words.duration_attributes:
        # "deliberated for about six hours", "after 11 hours of deliberations": how long
        # the deed the span measures took.
        attribute = span_event
    if attribute and measured is not None and _margin_of(measured, words):
        # "won by nearly twelve thousand votes": the lead over the next, not a total.
        attribute = f"{attribute}{MARGIN_SUFFIX}"
    if (attribute in words.money_only) != (quantity.kind in ("money", "percent")):
        # A sum measures a price, a cost, a revenue; a headcount is no cost.
        attribute = ""
    if not attribute and counted and _kept_on_record(measured, words):
        # "exposed the personal data of 38,412 residents", "the details of 34,812 people
        # were stolen": those whose records the verb touched, whatever it was.
        attribute = RECORDS
    if (
        quantity.kind == "percent"
        and verb is not None
        and attribute == _verb_attribute(verb, words)
        and (
            # "raises property taxes 3.5 percent", "gave themselves a 9 percent raise": a
            # verb of change that also names a sum ("raised $5 million") names no sum beside
            # a percentage, unless a noun names it too.
            (
                lemma(verb) in _CHANGE_OR_RAISE
                and (
                    measured is None
                    or attribute != words.noun_attribute.get(lemma(measured).casefold())
                )
            )
            # "58 percent backed the deal": a share of those who did it.
            or (top.dep_ in ("nsubj", "nsubjpass") and top.head == verb)
        )
    ):
        attribute = ""
    if (
        verb is not None
        and lemma(verb).casefold() in words.care_verbs
        and attribute == _verb_attribute(verb, words)
        and top.dep_ == "nsubj"
        and top.head == verb
    ):
        # "Three doctors treated the injured", "what nobody at the trust will admit": those
        # who do the caring (or the admitting), not those cared for.
        attribute = ""
    if not attribute and quantity.kind == "money":
        # The parse found no money word; the words around the sum may have ("which cost").
        attribute = words.noun_attribute.get(claim.measure, "")
        attribute = attribute if attribute in words.money_only else ""
    if quantity.kind == "money" and claim.measure in OWN_SUMS:
        # "it pays a breakup fee of $250 million", "shares closed at $47.35": whatever the
        # verb, no price of the deal.
        attribute = claim.measure
    rate = PER_UNIT.match(text, quantity.span[1], claim.sentence_span[1])
    if rate is None and quantity.kind == "money" and measured is not None:
        noun_start = claim.sentence_span[0] + measured.idx
        if text[quantity.span[1] : noun_start].isspace():
            # "A £5,000 cheque per household": a sum per unit, its noun between.
            rate = PER_UNIT.match(text, noun_start + len(measured.text), claim.sentence_span[1])
    earner = (
        _wage_earner(verb, words)
        if quantity.kind == "money" and rate and rate.group(1).casefold() in TIME_NOUNS
        else None
    )
    if earner is not None:
        # "Maalund will earn 1.8 million euros a year", "Brandt was paid 1.1 million euros
        # a year": a person's pay, not a profit or a price.
        attribute = "salary"
    if attribute and rate:
        # "£4 an hour" is a rate, not a sum.
        attribute = f"{attribute} per {rate.group(1).casefold()}"
    elif attribute and quantity.kind == "money" and (unit := _priced_unit(text, claim, quantity)):
        # "A kilo of cocaine costs around 3,000 pounds": the price of one unit.
        attribute = f"{attribute} per {unit}"
    state = _state_cued(text, claim, quantity, words)
    if state and not (
        attribute
        and attribute == _verb_attribute(verb, words)
        and not _comma_between(text, claim, verb, quantity)
    ):
        # "85,000 homes without power", "2,400 workers went on strike": how many are in
        # that state today, not homes damaged or a workforce. A count its own verb names
        # keeps that ("killed three people and left the valley without electricity"); a
        # verb a comma sets off is another count's ("kills one, 11 taken to hospital").
        attribute = state
    if not attribute:
        # "183 people were on board", "was carrying 146 people": how many were there.
        attribute = (
            ""
            if _zero_of_those_present(text, quantity)
            or _befallen_by_its_verb(verb, measured, words)
            else _cued_after(text, claim, quantity, words.presence_cues)
        ) or _carried(text, claim, verb, measured, quantity, words)
    if (
        verb is None
        and any(attribute in turns for turns in words.verb_turns.values())
        and measured is not None
        and lemma(measured).casefold() in words.verbless_job_nouns
    ):
        # "Nearly 1,500 jobs.": kept, cut or created, no verb says which.
        attribute = ""
    turned = words.cue_turns.get(attribute, {})
    if turned:
        # "putting 480 jobs at risk": jobs that may be lost, not the staff a firm has.
        attribute = _cued_after(text, claim, quantity, turned) or attribute
    if attribute in words.stock_attributes and verb is not None and lemma(verb) == "have":
        # "The park had 62 mobile homes on Monday": what a place holds, not homes destroyed.
        attribute = f"{attribute} held"
    if attribute and _capacity_before(text, claim, quantity, words, attribute):
        # "enough supplies for 15,000 refugees": what a place can hold, not who is there.
        attribute = f"{attribute} capacity"
    if quantity.high == 0:
        # "no casualties" asserts no deaths.
        attribute = words.zero_implies.get(attribute, attribute)
    role = "level"
    if verb is not None and lemma(verb) in CHANGE_VERBS and quantity.kind != "count":
        preposition = top.head.lower_ if top.dep_ == "pobj" else ""
        if preposition not in ("to", "from", "at"):
            role = "change"
            subject = _argument(verb, ("nsubj", "nsubjpass"))
            if subject is not None:
                attribute, _ = _attribute(subject, None, words)
    if measured is not None:
        possessor = _possessor(measured)
        entity = _relative_antecedent(possessor, salient) or _entity(possessor, salient)
        # "the number of people killed": a total of people is no one's.
        owner = _owner(measured) if total is None else None
        if not entity and owner is not None and attribute != RECORDS:
            # "a city of population 48,000": a description, unless it is a name. (Records
            # are no owner of those they are kept of.)
            entity = _entity(owner, salient) or f"the {lemma(owner).casefold()}"
    if not entity and verb is not None:
        if fired == "landed":
            # "Six bullets hit Vance", "Vance was hit by six bullets": the target.
            entity = _entity(_argument(verb, ("dobj", "nsubjpass")), salient)
        elif (
            attribute == "votes"
            and text[max(0, quantity.span[0] - 3) : quantity.span[0]] == "to "
            and (won := _VOTES_FOR.match(text, quantity.span[1]))
        ):
            # "received 14,212 votes to 14,081 for Vellacourt": the second tally is his.
            entity = won["name"]
        elif quantity.kind == "money" or attribute in ("employees", "funding", "votes"):
            # "Velmora will pay $410 million", else whom a sum is paid ("The club paid Fenn
            # 600,000 pounds" is Fenn's, not the sum "the club will pay Velken").
            entity = _named_agent(verb, salient) or (
                _entity(_argument(verb, ("dative",)), salient) or _participles_doer(verb, salient)
                if quantity.kind == "money"
                else ""
            )
        elif term:
            entity = _term_holder(verb, measured, words, salient)
        elif attribute in words.duration_attributes:
            # "sentenced Orlen to 8 years", "Orlen, who was sentenced to", "He was
            # sentenced": whose term it is.
            entity = _named_patient(verb, salient)
        elif attribute in words.agent_attributes:
            # "Police fired six shots", "five fired by Vance": the doer, named or described.
            entity = _doer(_argument(verb, ("nsubj", "agent")), salient)
    if earner is not None:
        # "The club pays him 2 million euros a year": the pay is the earner's.
        entity = _entity(earner, salient)
    elif (
        not entity
        and verb is not None
        and quantity.kind == "count"
        and claim.measure.rpartition(" per ")[2] in TIME_NOUNS
    ):
        # "The Hollinford crossing carries 25,000 vehicles a day", "18,000 vehicles a day
        # cross the bridge": the traffic of the route named, not of any other.
        entity = _route(verb, words, salient)
    if verb is not None and attribute in words.presence_cues:
        # "A second boat carrying 46 people", "the company's other vessel, the MV Orrin
        # Belle, with 240 passengers aboard": not the story's own boat.
        entity = _carrier(verb, words) or entity
    setting = sorted(
        {
            *_setting(measured, verb, top, words),
            *_spent_on(verb, measured, quantity),
            *(_struck(verb) if fired == "landed" else ()),
            *_carer(verb, measured, words),
        }
    )
    if (
        attribute
        and verb is not None
        and lemma(verb).casefold() in words.spot_care_verbs
        and (
            words.spot_settings.intersection(setting)
            or _most_on_the_spot(verb, top, words)
            or _SOME_OF_THOSE_TO_HOSPITAL.search(text, quantity.span[1], claim.sentence_span[1])
            or _spot_named_after(text, claim, quantity, words)
        )
    ):
        # "Two firefighters were treated at the scene": cared for where it happened, not
        # taken to hospital.
        attribute = words.spot_care_attribute
    elif (
        attribute
        and verb is not None
        and lemma(verb).casefold() in words.spot_care_verbs
        and not setting
        and words.care_places.search(text, *claim.sentence_span) is None
    ):
        # "Three firefighters were treated for heat exhaustion": cared for, where unsaid.
        attribute = words.unplaced_care_attribute
    return Frame(
        attribute=attribute,
        entity=entity,
        role=role,
        negated=negated,
        modifiers=sorted(
            {
                words.stage(modifier) or modifier
                for modifier in (
                    *_modifiers(measured, verb, words, own=tokens),
                    *_stage_after(text, quantity, words),
                    *_stage_before(text, claim, quantity, attribute, words),
                )
            }
        ),
        setting=setting,
        noun=lemma(measured).casefold() if measured is not None else "",
        verb=lemma(verb).casefold() if verb is not None else "",
    )


# A word right after a figure, "up front" as one, "in" skipped ("€20 million in add-ons").
_NEXT_WORD = re.compile(r"\s+(?:in\s+)?(up[\s-]front|[a-z]+(?:-[a-z]+)?)\b")


# A word and the word after it, each found once: "net" and "cost" in "the net cost".
_WORD_AND_NEXT = re.compile(r"\b([A-Za-z]+)(?=\s+([a-z]+)\b)")


def _stage_before(
    text: str, claim: Claim, quantity: Quantity, attribute: str, words: Lexicon
) -> list[str]:
    """Stage words right before a noun of a sum's attribute, before the sum in its clause
    ("the council's net cost for the first year was £1.6 million", where the parse may give
    the sum another noun): they narrow it as a modifier of its own noun does."""
    return [
        stage
        for found in _WORD_AND_NEXT.finditer(text, claim.span[0], quantity.span[0])
        if (stage := words.stage(found.group(1).casefold()))
        and words.noun_attribute.get(singular(found.group(2))) == attribute
    ]


def _stage_after(text: str, quantity: Quantity, words: Lexicon) -> list[str]:
    """A stage word written right after its sum ("$600,000 guaranteed" of a contract, "€95
    million up front", "€20 million in add-ons"): it narrows the sum as one before it does
    ("the guaranteed $600,000"), in the stage's own word ('initial' for "up front")."""
    after = _NEXT_WORD.match(text, quantity.span[1])
    stage = words.stage(after.group(1)) if after else ""
    return [stage] if stage else []


# How far before a figure (in characters, within its clause) a capacity cue is read.
CAPACITY_WINDOW = 40


def _capacity_before(
    text: str, claim: Claim, quantity: Quantity, words: Lexicon, attribute: str
) -> bool:
    """Whether a capacity cue (``capacity_cues``) shortly precedes a figure in its clause:
    "a warehouse that holds enough supplies for 15,000 refugees"; for a count of people
    (``person_attributes``) or of vehicles (``held_attributes``), also one of
    ``person_capacity_cues``: "The East Stand holds about 6,000 spectators", "The car park,
    which holds 450 cars" ("the party holds 45 seats" stays a count). Cues are read as
    written, in lower case: "Enough Project sources said no one was killed" names a group."""
    start = max(claim.span[0], quantity.span[0] - CAPACITY_WINDOW)
    before = text[start : quantity.span[0]]
    return _holds_cue(before, words.capacity_cues) or (
        attribute in words.held_attributes and _holds_cue(before, words.person_capacity_cues)
    )


def _zero_of_those_present(text: str, quantity: Quantity) -> bool:
    """Whether a count of nothing is of some of those present, the presence cue right
    after it and a verb after that: "nobody on board was in danger" counts no one in
    danger, not no one aboard (as "no one was on board" does)."""
    return quantity.high == 0 and (_presence_then_verb().match(text, quantity.span[1]) is not None)


@cache
def _presence_then_verb() -> re.Pattern[str]:
    """A presence cue (``presence_cues``) and a verb after it: " on board was"."""
    cues = "|".join(
        re.escape(cue).replace(r"\ ", r"\s+")
        for found in lexicon().presence_cues.values()
        for cue in found
    )
    return re.compile(rf"\s+(?:{cues})\s+(?:was|were|is|are|had|has)\b")


# A time that is a whole period: "last year", "in 2025", "this month".
_PERIOD_TIME = re.compile(r"\b(?:year|month|season|quarter|decade|\d{4})\b", re.IGNORECASE)


def _befallen_by_its_verb(verb: Token | None, measured: Token | None, words: Lexicon) -> bool:
    """Whether the counted noun is the object of a verb that tells what befell those counted
    ("sickened 243 people aboard"): such a verb, with no attribute of its own, still says
    the count is of those it befell, not of everyone present. Verbs of being, carrying,
    light verbs and ``presence_verbs`` ("took 40 passengers aboard", "held 11 people
    hostage", "the manifest shows 187 passengers on board") say nothing of their own, so a
    presence cue after the noun gives the count's attribute."""
    if verb is None or measured is None or measured.head != verb or measured.dep_ != "dobj":
        return False
    verb_lemma = lemma(verb).casefold()
    return not (
        verb_lemma in words.state_verbs
        or verb_lemma in words.light_verbs
        or verb_lemma in words.carrying_verbs
        or verb_lemma in words.presence_verbs
    )


def _carried(
    text: str,
    claim: Claim,
    verb: Token | None,
    measured: Token | None,
    quantity: Quantity,
    words: Lexicon,
) -> str:
    """The attribute of a count of people that a verb of ``carrying_verbs`` carries as its
    object ("was carrying 146 people", "A second boat carrying 46 people": aboard; "can
    carry 2,600 passengers", after a capacity cue, what it may hold), or '' ("carried 12
    lifeboats" counts no one, "was due to carry 300 passengers" neither, and "carried 2.48
    million passengers last year" a carrier's traffic over a period)."""
    carries = (
        quantity.kind == "count"
        and verb is not None
        and verb.pos_ == "VERB"
        and not (
            verb.tag_ in ("VBD", "VBZ", "VBP")
            and claim.time is not None
            and _PERIOD_TIME.search(claim.time.text) is not None
        )
        and measured is not None
        and measured.dep_ == "dobj"
        and measured.head == verb
        and lemma(measured).casefold() in words.generic_nouns
    )
    if not carries or verb is None:
        return ""
    attribute = words.carrying_verbs.get(lemma(verb).casefold(), "")
    if verb.tag_ == "VB" and not _capacity_before(text, claim, quantity, words, attribute):
        # "was due to carry 300 passengers": neither who was aboard nor what it may hold.
        return ""
    # "can carry 2,600 passengers", "certified to carry 300": what it may hold
    # (``capacity_cues``), which the capacity check makes of it.
    return attribute


_NAMED_HOSPITAL = re.compile(r"\b(in|at|to)\s+(?:[a-z]+\s+){1,4}?hospital\b")


def _cued_after(
    text: str, claim: Claim, quantity: Quantity, cues: dict[str, tuple[str, ...]]
) -> str:
    """The attribute the words after a count, in its clause, give it (``state_cues``,
    ``presence_cues``): 'outages' for "40,000 homes remained without power", 'strikers'
    for "2,400 workers at the plant went on strike"; '' when none, or for no count."""
    if quantity.kind != "count":
        return ""
    # A cue after another figure of the clause is that figure's ("Two gunmen who held 11
    # people hostage": the 11 are hostages, not the two).
    end = min(
        (q.span[0] for q in claim.quantities if q.span[0] >= quantity.span[1]),
        default=claim.span[1],
    )
    # Nor is a cue of a clause with a subject of its own ("five villages were cut off, and
    # many homes are still without power": the homes are, not the villages).
    joined = _NEW_SUBJECT_CLAUSE.search(text, quantity.span[1], end)
    if joined is not None:
        end = joined.start()
    # "remained in St. Arwen's Hospital", "taken to Harwick General Hospital": a named
    # hospital is a hospital to the cues.
    following = _NAMED_HOSPITAL.sub(r"\1 hospital", _cue_words(text[quantity.span[1] : end]))
    return next(
        (attribute for attribute, words in cues.items() if _holds_cue(following, words)), ""
    )


# A clause joined after a comma that opens with a subject of its own: a determiner, a
# quantifier, an indefinite pronoun or a name ("..., and many homes are", "..., but the
# school", "..., and nobody will be going aboard"). A pronoun may stand for the count
# itself ("Three students were among the wounded, and all of them are being treated at
# Orlen General Hospital").
_NEW_SUBJECT_CLAUSE = re.compile(
    r"[,;]\s+(?:and|but|while|whereas)\s+(?:(?:the|a|an|many|some|most|several|other|"
    r"thousands|hundreds|dozens|nobody|no\s+one|everyone|everybody|anyone|anybody|someone|"
    r"somebody)\b|[A-Z])"
    # "cancelled 148 flights on Friday as pilots and cabin crew walked out": a clause of
    # its own, whose state is its subject's ("as well", "as expected": ``as_followers``).
    rf"|\s+as\s+(?:the\b|[A-Z]|(?!(?:{measure_words('as_followers')})\b)[a-z]+s\s)"
    # "ran 20 shuttle vans ..., and that paratransit trips would continue because that
    # service is run by a contractor whose drivers are not on strike": a second reported
    # clause, a reason and a relative clause on another noun each have their own subject.
    r"|,\s+and\s+that\s|\s(?:because|although|whose)\s"
    # "Crew cases rose to 58 over the same period, the authority said, many of them among
    # staff who stayed aboard": what follows a reporting clause set off by commas is a
    # clause of its own.
    r"|,\s+[^,]{1,60}?\s(?:said|says|added|reported|confirmed)\s*,"
)


# Hedges that may stand between a cue before a count and the count: "cut power to about".
# Words that hedge a figure right before it: "about", "more than".
HEDGE_WORDS = r"about|some|roughly|around|nearly|almost|over|more\s+than|at\s+least|up\s+to"
_HEDGES_BEFORE = re.compile(rf"(?:\s+(?:{HEDGE_WORDS}))*\s*$")


def _cued_before(
    text: str, claim: Claim, quantity: Quantity, cues: dict[str, tuple[str, ...]]
) -> str:
    """The attribute the words right before a count give it (``state_cues_before``):
    'outages' for "cut power to 168,000 customers"; '' when none, or for no count."""
    if quantity.kind != "count":
        return ""
    start = max(claim.span[0], quantity.span[0] - 60)
    before = text[start : quantity.span[0]]
    window = " " + _cue_words(before[: _HEDGES_BEFORE.search(before).start()])  # type: ignore[union-attr]
    return next(
        (
            attribute
            for attribute, words in cues.items()
            if window.endswith(tuple(f" {c}" for c in words))
        ),
        "",
    )


def _comma_between(text: str, claim: Claim, verb: Token | None, quantity: Quantity) -> bool:
    """Whether a comma stands between a verb before a figure and the figure."""
    if verb is None:
        return False
    at = claim.sentence_span[0] + verb.idx
    return at < quantity.span[0] and "," in text[at : quantity.span[0]]


def _state_cued(text: str, claim: Claim, quantity: Quantity, words: Lexicon) -> str:
    """The passing state the words after a count, or right before it, put it in
    (``state_cues``, ``state_cues_before``), '' when none."""
    return _cued_after(text, claim, quantity, words.state_cues) or _cued_before(
        text, claim, quantity, words.state_cues_before
    )


def _cue_words(text: str) -> str:
    """Text as cues are written: lower case, words only, one space between them."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _holds_cue(words: str, cues: Iterable[str]) -> bool:
    """Whether some words hold one of some cues as whole words, however they are spaced."""
    window = f" {' '.join(words.split())} "
    return any(f" {cue} " in window for cue in cues)


def _struck_target(verb: Token | None, words: Lexicon) -> bool:
    """Whether a verb of firing has a target that undergoes it, as its passive subject or
    its object ("he was shot", "shot him"), rather than a projectile ("shot arrows")."""
    if verb is None:
        return False
    return any(
        child.dep_ in ("nsubjpass", "dobj") and lemma(child).casefold() not in words.projectiles
        for child in verb.children
    )


def _attribute(
    noun: Token | None, verb: Token | None, words: Lexicon, counted: bool = True
) -> tuple[str, str]:
    """The canonical attribute of a noun and its verb, and a projectile's use.

    :param counted: whether the figure counts the noun; a measurement of it ("a
        212-metre carrier built in 2011") is no count of an event.
    """
    noun_lemma = _folded_compound(noun, words) if noun is not None else ""
    verb_lemma = lemma(verb).casefold() if verb is not None else ""
    generic = noun is None or noun_lemma in words.generic_nouns or noun.pos_ in ("PRON", "VERB")
    if verb is not None and verb_lemma in words.becoming_verbs:
        # "241 passengers fell ill", "nine guests became sick": whatever the noun, the
        # state they came into names the attribute (the tagger may read "ill" as an adverb).
        state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "advmod")), None)
        named = words.noun_attribute.get(state.lower_, "") if state is not None else ""
        if named:
            return named, ""
    if verb is not None and verb_lemma in words.state_verbs and generic:
        state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd")), None)
        named = words.noun_attribute.get(state.lower_, "") if state is not None else ""
        if named:
            # "Four people are dead", "37 were confirmed dead": the state names the attribute.
            return named, ""
    if verb is not None and noun is None and verb.dep_ == "acl":
        modified = words.noun_attribute.get(lemma(verb.head).casefold(), "")
        if modified in words.money_only:
            # "a deal valued at $6.2 billion", "a fine totalling $5 million": the sum is
            # what the noun the verb describes is (the deal's price), not the verb's.
            return modified, ""
    if verb is not None and verb_lemma in words.outcome_verbs and generic:
        state = next((c for c in verb.children if c.dep_ == "oprd"), None)
        if state is not None:
            state_lemma = lemma(state).casefold()
            left_in = words.noun_attribute.get(state.lower_) or words.verb_attribute.get(
                state_lemma
            )
            if left_in:
                # "leaving nine others hurt", "left two people dead": the state they are left in.
                return left_in, ""
    person = words.noun_attribute.get(noun_lemma, "") in words.person_attributes
    if verb is not None and verb_lemma in words.light_verbs and (generic or person):
        # "two firefighters suffered minor injuries": injured, not firefighters at work.
        target = _light_object(verb)
        if target is not None and target is not noun:
            verb_lemma = lemma(target).casefold()
            found = words.noun_attribute.get(verb_lemma) or words.verb_attribute.get(verb_lemma)
            if found:
                # "took shelter", "suffered injuries": the object names the outcome.
                return found, ""
    if noun_lemma in words.projectiles:
        if verb_lemma in words.fired_verbs:
            return "shots fired", "fired"
        if verb_lemma in words.landed_verbs:
            return "shots landed", "landed"
        return "", ""
    turned = _turned(noun, noun_lemma, verb, generic, words)
    if turned:
        # "3,000 jobs will disappear": jobs lost, whatever else the verb may count alone.
        return turned, ""
    if generic or person or (noun is not None and _is_name(noun)):
        attribute = words.verb_attribute.get(verb_lemma, "")
        if attribute and not (
            person and (attribute in words.money_only or attribute in words.person_attributes)
        ):
            # A verb of money counts no people: "the data of some 120,000 patients may
            # have been stolen" counts patients. Nor does a verb that counts people by what
            # they are count others as that: "enrolled 1,240 patients" counts patients.
            return attribute, ""
    if noun_lemma in words.noun_attribute:
        return words.noun_attribute[noun_lemma], ""
    event = words.event_verbs.get(verb_lemma, "")
    if (
        event
        and counted
        and noun_lemma not in words.generic_nouns
        and noun is not None
        and noun.pos_ == "NOUN"
    ):
        # A thing the lexicon does not know needs the event that counts it: "seven bridges
        # damaged" and "8 bridges destroyed" are one measure; "two hotels" alone is not.
        return f"{noun_lemma} {event}", ""
    # A verb names what is counted only when the noun does not ("two counts" of a charge
    # under "was sentenced" are no sentences).
    return (words.verb_attribute.get(verb_lemma, "") if noun is None else ""), ""


# Dependencies of a word that completes its verb: "made redundant", "let go".
_COMPLETING_DEPS = frozenset({"oprd", "xcomp", "acomp", "prt"})


def _verb_phrases(verb: Token) -> tuple[str, ...]:
    """A verb's lemma, alone and with the word that completes it: 'make redundant' for
    "were made redundant"; 'let go' for "were let go" and for "has let go 40 workers",
    where the parser makes 'go' the verb."""
    own = lemma(verb).casefold()
    completed = [
        f"{own} {lemma(child).casefold()}"
        for child in verb.children
        if child.dep_ in _COMPLETING_DEPS
    ]
    if verb.dep_ in _COMPLETING_DEPS and verb.head.i != verb.i:
        completed.append(f"{lemma(verb.head).casefold()} {own}")
    return (own, *completed)


def _turned(
    noun: Token | None, noun_lemma: str, verb: Token | None, generic: bool, words: Lexicon
) -> str:
    """The attribute that a word of cutting, creating or casting turns a count into
    (``cuts``, ``creations``, ``tallies``): 'layoffs' for "cut about 1,200 jobs", "with
    the loss of 146 jobs", "22 jobs will go" and "will cost 480 people their jobs"; ''
    when none does."""
    attribute = words.noun_attribute.get(noun_lemma, "")
    if noun is not None and (whole := _of_head(noun)) is not None:
        turned = words.noun_turns.get(lemma(whole).casefold(), {}).get(attribute)
        if turned:
            return turned
    if verb is None:
        return ""
    if noun_lemma in words.verbless_job_nouns:
        turned = words.job_verb_turns.get(lemma(verb).casefold(), {}).get(attribute)
        if turned:
            return turned
    if generic:
        # "146 people will lose their jobs": the job taken from them names what is counted.
        job = next(
            (
                child
                for child in verb.children
                if child.dep_ == "dobj" and lemma(child).casefold() in words.verbless_job_nouns
            ),
            None,
        )
        if job is not None:
            attribute = words.noun_attribute.get(lemma(job).casefold(), "")
    return next(
        (
            words.verb_turns[phrase][attribute]
            for phrase in _verb_phrases(verb)
            if attribute in words.verb_turns.get(phrase, {})
        ),
        "",
    )


def _folded_compound(noun: Token, words: Lexicon) -> str:
    """The lemma of a counted noun, or, for a generic noun, the row word of its compound
    when the lexicon's near synonyms fold the two ("22 crew members" counts crew, "staff
    members" employees: ``lexicon.SYNONYM_OF``). A noun that names what is counted keeps
    it ("share price" is a price)."""
    noun_lemma = lemma(noun).casefold()
    if noun_lemma not in words.generic_nouns:
        return noun_lemma
    for child in noun.children:
        if child.dep_ == "compound" and child.i == noun.i - 1:
            folded = SYNONYM_OF.get(f"{lemma(child).casefold()} {noun_lemma}")
            if folded is not None:
                return folded
    return noun_lemma


# The attribute of a count of those whose records a verb touched.
RECORDS = "records"


def _kept_on_record(measured: Token | None, words: Lexicon) -> bool:
    """Whether a counted noun names the people records are kept of ("the data of 38,412
    residents", ``record_nouns``); a record of things is a feat ("the previous single-day
    record of 161 million streams")."""
    if measured is None or (record := _of_head(measured)) is None:
        return False
    measured_lemma = lemma(measured).casefold()
    return (
        measured_lemma in words.generic_nouns
        or words.noun_attribute.get(measured_lemma, "") in words.person_attributes
    ) and lemma(record).casefold() in words.record_nouns


# Verbs that say a span passed, whose deed is named elsewhere: "took nine hours to bring
# the fire under control", "a debate lasting nearly five hours".
_SPAN_VERBS = frozenset(("take", "last", "run", "go"))
# A span in quotation marks is a term ('the exploit is termed "zero day"').
_OPENING_QUOTES = frozenset(('"', "\u201c", "'", "\u2018"))
# Prepositions of a window a deed fell in, the parse's or one read as a hedge ("over").
_WINDOW_PREPOSITIONS = frozenset(("over", "during", "throughout"))
# Verbs a span is spent under that name no deed of their own ("was sick for two days" is
# read by its state; "spent three hours", "waited 40 minutes" by nothing).
_EMPTY_SPAN_VERBS = frozenset(("be", "have", "spend", "wait", "stay", "remain", "keep", "do"))


# Words before a span that make it no deed's length: a frequency ("every eight minutes"),
# a margin ("leads by 31 seconds").
_NO_DEED_BEFORE_SPAN = re.compile(r"\b(?:every|by)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Words after a span that make it an offset from another moment ("two days after",
# "three years ago") or a rate ("6 hours a week").
_OFFSET_AFTER = re.compile(
    r"\s+(?:after|before|ago|later|earlier|on|into|to\s+go|a\s+(?:day|week|month|year)|per)\b",
    re.IGNORECASE,
)


def _may_span_a_deed(text: str, claim: Claim, quantity: Quantity) -> bool:
    """Whether a span of time may measure a deed (``_span_event``), by its words alone: a
    claim with no measure of its own, no race time ("2:05:29"), no term in quotation marks,
    no frequency or margin before it and no offset or rate after it."""
    return (
        quantity.kind == "duration"
        and (
            not claim.measure
            or _names_the_spanned_deed(text, claim, quantity)
            or _a_spell_verb(text, claim, quantity)
        )
        and ":" not in quantity.surface
        and text[quantity.span[0] - 1 : quantity.span[0]] not in _OPENING_QUOTES
        and _NO_DEED_BEFORE_SPAN.search(
            text[max(claim.sentence_span[0], quantity.span[0] - 12) : quantity.span[0]]
        )
        is None
        and (
            _OFFSET_AFTER.match(text, quantity.span[1]) is None
            or _told_as_a_spell(text, claim, quantity)
        )
    )


def _spell_verb(text: str, claim: Claim, quantity: Quantity, verb: Token | None) -> Token | None:
    """The verb a span of time told as a spell measures: the parse hangs "twelve minutes"
    in "The attack lasted at least twelve minutes before anyone got that door shut" on the
    clause after it, as an offset of "got"; words of a spell before the figure
    (``_SPELL_BEFORE``) give it back to the verb that clause hangs on."""
    if (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_AFTER_SPELL for c in verb.children)
        and _told_as_a_spell(text, claim, quantity)
    ):
        return verb.head
    return verb


def _told_as_a_spell(text: str, claim: Claim, quantity: Quantity) -> bool:
    """Whether words of a spell stand right before a span of time (``_SPELL_BEFORE``)."""
    start = max(claim.sentence_span[0], quantity.span[0] - 40)
    return _SPELL_BEFORE.search(text, start, quantity.span[0]) is not None


# Up to three hedge words a span of time may take before it: "for at least twelve minutes".
_SPAN_HEDGE_WORDS = (
    r"(?:(?:about|around|almost|nearly|roughly|some|just|over|under|more|less|than|at|least"
    r"|most|only|barely)\s+){0,3}"
)
# Words that open a clause after a spell: "lasted an hour before anyone came".
_CLAUSE_AFTER_SPELL = frozenset(("before", "until", "till"))
# Words right before a span that make it a spell, whatever follows it: "lasted at least
# twelve minutes before anyone got that door shut", "was closed for about three hours".
_SPELL_BEFORE = re.compile(
    rf"\b(?:lasted|lasting|for|spent|spending)\s+{_SPAN_HEDGE_WORDS}$", re.IGNORECASE
)


# A verb of a span shortly after what it is said of: "The operation lasted 11 hours", "The
# standoff at Brenmoor jail lasted seven hours".
_SPAN_VERB_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:lasted|lasts|lasting|took|takes|taking|ran|runs|running)\b"
)


# Verbs that keep their subject in a state: "stayed shut", "remained closed".
_STATE_KEEPING = frozenset(("be", "stay", "remain", "keep"))
# The word right before a span and "for", past its hedges: "closed for about three hours".
_SPELL_WORD_BEFORE = re.compile(rf"\b([a-z]+)\s+(?:for\s+)?{_SPAN_HEDGE_WORDS}$", re.IGNORECASE)


def _a_spell_verb(text: str, claim: Claim, quantity: Quantity) -> bool:
    """Whether the word right before a span (and "for") is a verb of one of the spells
    ``span_verb_kinds`` groups, or a state of one kept by a verb ("Brackley Road was closed
    for about three hours", "Brackley Road stayed shut for almost nine hours", "is expected
    to remain closed for about two weeks"): parsed, each gets the spell's frame, as "the
    road was shut for almost eight hours" does, whatever its measure words are."""
    before = text[max(claim.sentence_span[0], quantity.span[0] - 60) : quantity.span[0]]
    found = _SPELL_WORD_BEFORE.search(before)
    return found is not None and (past_verb_lemma(found[1]) or found[1]) in _span_deeds()


def _names_the_spanned_deed(text: str, claim: Claim, quantity: Quantity) -> bool:
    """Whether a span's measure words name the deed it measures, before a verb of a span
    ("The operation lasted 11 hours"), which ``_span_event`` reads as the deed's length."""
    noun = claim.measure.split()[-1]
    before = text[claim.sentence_span[0] : quantity.span[0]]
    return any(
        _SPAN_VERB_AFTER.match(before, found.end())
        for found in re.finditer(rf"\b{re.escape(noun)}\b", before, re.IGNORECASE)
    )


def _span_event(top: Token, verb: Token | None) -> str:
    """The attribute of a span of time that measures a deed ('time to bring', 'length of
    debate', 'time offline'), from the deed: the noun after "of" ("11 hours of
    deliberations"), the verb an infinitive after "take" names ("took nine hours to bring it
    under control"), what "last" or "take" is said of ("a debate lasting nearly five hours",
    "the evacuation took about forty minutes"), a state after "be" ("was offline for 19
    hours"), else the verb of the span ("deliberated for about six hours"); '' when none
    names one."""
    if top.dep_ in MODIFIER_DEPS and top.head.pos_ in ("NOUN", "PROPN"):
        # "the zero day flaw", "a 10 second clock runoff": a span that describes a noun.
        return ""
    if (top.dep_ == "pobj" and top.head.lower_ in _WINDOW_PREPOSITIONS) or (
        top.dep_ == "prep"
        and top.lower_ in _WINDOW_PREPOSITIONS
        and top.i > 0
        and top.doc[top.i - 1].pos_ == "NOUN"
    ):
        # "claimed £48,000 in expenses over three years": a window the deed fell in.
        return ""
    of_object = _of_object(top)
    if of_object is not None and of_object.pos_ == "NOUN":
        return _length_of(lemma(of_object).casefold())
    if verb is None:
        return ""
    verb_lemma = lemma(verb).casefold()
    if verb_lemma == "take":
        deed = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if deed is not None:
            return _time_to(lemma(deed).casefold())
        if any(c.dep_ == "dobj" and c.i != top.i for c in verb.children):
            # "the rules, which take effect in 30 days": an idiom, no length of the rules.
            return ""
    if verb_lemma in _SPAN_VERBS:
        said_of = (
            verb.head
            if verb.dep_ in ("acl", "relcl")
            else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        )
        if said_of is not None and said_of.pos_ == "NOUN":
            return _length_of(lemma(said_of).casefold())
        return ""
    if _of_one_person(verb):
        # "Olwen had worked at the plant for nine years", "her husband was sick for two
        # days": one person's spell, no deed of the story.
        return ""
    if verb_lemma in _STATE_KEEPING:
        # "is expected to remain closed for about two weeks": the state is the spell's.
        state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd")), None)
        kept = (past_verb_lemma(state.lower_) or state.lower_) if state is not None else ""
        if spell := _span_deeds().get(kept):
            return spell
    if verb_lemma == "be":
        state = next((c for c in verb.children if c.dep_ in ("acomp", "advmod")), None)
        return f"time {state.lower_}" if state is not None and state.pos_ == "ADJ" else ""
    if verb_lemma in _EMPTY_SPAN_VERBS or verb.pos_ != "VERB":
        return ""
    return _spell_of(verb_lemma)


def _length_of(noun: str) -> str:
    """The attribute of a span said of a noun: the time to do the deed a noun of action
    names, as a span after its verb gives it ("the evacuation took almost forty minutes",
    "the auditorium was evacuated in about eight minutes": 'time to evacuate'), else the
    noun's length ("a debate lasting nearly five hours": 'length of debate')."""
    verb = verb_of_noun(noun)
    return _spell_of(verb) if verb else f"length of {noun}"


@cache
def _span_deeds() -> dict[str, str]:
    """Each verb whose span of time measures one spell with others' (``span_verb_kinds``),
    mapped to the spell's name ('close' -> 'time shut')."""
    return {
        verb: spell for spell, verbs in measure_data()["span_verb_kinds"].items() for verb in verbs
    }


def _spell_of(verb_lemma: str) -> str:
    """The attribute a span of time after a verb measures, one name for the verbs of one
    spell ("reopened after about three hours", "was shut for almost seven hours": 'time
    shut'), else the time to do the deed ('time to deliberate')."""
    return _span_deeds().get(verb_lemma, f"time to {verb_lemma}")


def _time_to(verb_lemma: str) -> str:
    """The attribute of the time something took to get done ("took nine hours to bring it
    under control": 'time to control'): a spell's name only where it is such a time, not a
    state's spell ("took two and a half hours to shut the main off" is no time shut)."""
    spell = _span_deeds().get(verb_lemma, "")
    return spell if spell.startswith("time to ") else f"time to {verb_lemma}"


def _of_one_person(verb: Token) -> bool:
    """Whether a verb's subject (or, for a verb joined by "and", its first verb's) is a
    pronoun, a name, a person or someone's kin ("whose father has lived", "We were both
    sick", "Kellan scored 22 and played 36 minutes")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.pos_ == "PROPN" and subject.lower_ in PLACE_SUFFIXES:
        # "Brackley Road was closed for about three hours": a place's spell, no person's.
        return False
    return (
        subject.pos_ in ("PRON", "PROPN")
        or _looks_like_person(subject)
        # "whose father", "her husband"; "its only runway" is a thing's.
        or any(c.dep_ == "poss" and c.lower_ not in THING_PRONOUNS for c in subject.children)
        or lemma(subject).casefold() in lexicon().kinship
    )
