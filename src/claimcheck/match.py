"""Matching: line up claims from different articles that speak to the same thing.

Two claims match when they give the same kind of value (a count never matches a
sum of money), for the same measure (heads that are near-synonyms, modifiers
that do not contradict: "AI firms" is not "financial firms"), of the same
subject (one name, or two names the user's config calls one thing). Without a
named subject on both sides, a match needs shared context (a place or a name)
and is marked low-confidence.

Candidates come from an index keyed by kind, unit and head noun, so only claims
that could match are ever compared and the cost grows with the size of each
block, not with the square of the corpus.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations, product
from typing import Generic, NamedTuple, TypeVar

from rapidfuzz import fuzz

from claimcheck.claims import (
    AGE_VALUE,
    FACTS_SAYING_WHOSE,
    SITE_FACTS,
    VOTE_TALLY,
    action_actor,
    aged_things,
    described_ages,
    described_people,
    in_digits,
    is_action_clock,
    is_story_event,
    primary_quantity,
    tells_of_itself,
)
from claimcheck.config import Config
from claimcheck.cues import may_hold_ignoring_case
from claimcheck.datafiles import read_data
from claimcheck.frames import MARGIN_SUFFIX, lexicon
from claimcheck.lexicon import (
    CHANGE_WORDS,
    CORPORATE_SUFFIXES,
    DIMENSION_KINDS,
    EMPTY_MEASURES,
    GENERIC_HEADS,
    MODIFIER_SYNONYMS,
    NON_DISTINCTIVE_MODIFIERS,
    SYNONYM_OF,
    TITLE_WORDS,
    singular,
    stem,
)
from claimcheck.models import Claim, ClaimGroup, Fact, Quantity
from claimcheck.nlp import inflections
from claimcheck.phrases import (
    CHANGE_ADVERBS,
    DISTANCE_FROM,
    PERSON_NOUNS,
    PHRASE_STOPWORDS,
    PLACE_PREFIXES,
    ZONE_MEASURE,
    is_street,
    is_verb,
)
from claimcheck.times import value_type

# How far back (in characters) a claim with no named subject may have named it:
# "Northwind ... The company employs 4,300" (a paragraph or two).
DISCOURSE_WINDOW = 600
# How much of an article's opening names its story's main actors (a lead sentence).
LEAD_WINDOW = 400
# Confidence of a match, by what it rests on.
CONFIDENCE = {"alias": 0.9, "name": 0.8, "frame": 0.7, "context": 0.45}


@dataclass(frozen=True)
class MeasureKey:
    """A measure phrase reduced to what matters for comparison."""

    head: str
    modifiers: frozenset[str]
    text: str


@dataclass(frozen=True)
class Match:
    """Two claims that speak to the same measure, and how sure we are."""

    left: Claim
    right: Claim
    basis: str
    confidence: float


@cache
def measure_key(measure: str) -> MeasureKey:
    """Reduce "the new AI start-ups" to head 'company' with modifier {'ai'}.

    "share of X" keeps its prefix so a share never matches a count of X, and so do "rank
    X" ("the No. 9 shirt" is no count of shirts) and "category X" (a storm's category).
    """
    prefix = ""
    text = measure.casefold().strip()
    measured, per, _ = text.partition(" per ")
    if per and singular(measured.split()[-1] if measured else "") not in EMPTY_MEASURES:
        # "save per year": what is measured is the saving (the period is ``_per_period``'s);
        # "points per game" keeps the game, since "points" alone says nothing.
        text = measured
    for kept in ("share of ", DISTANCE_FROM, *PLACE_PREFIXES):
        if text.startswith(kept):
            prefix, text = kept, text.removeprefix(kept)
    words = [singular(w) for w in re.findall(r"[\w'’-]+", text) if w not in {"and", "&"}]
    if not words:
        return MeasureKey(head=prefix.strip(), modifiers=frozenset(), text=measure)
    for size in (2, 1):
        tail = " ".join(words[-size:])
        if len(words) >= size and tail in SYNONYM_OF:
            head = SYNONYM_OF[tail]
            rest = words[:-size]
            break
    else:
        head, rest = stem(words[-1]), words[:-1]
    modifiers = frozenset(
        MODIFIER_SYNONYMS.get(w, w) for w in rest if w not in NON_DISTINCTIVE_MODIFIERS
    )
    return MeasureKey(head=prefix + head, modifiers=modifiers, text=measure)


def frame_attribute(claim: Claim) -> str:
    """The claim's canonical attribute from its parse ('' when the parse found none).

    A change ("rose 14%") is kept apart from a level ("rose to $2.3bn").
    """
    frame = claim.frame
    if frame is None or not frame.attribute:
        return ""
    return frame.attribute if frame.role == "level" else f"{frame.attribute} (change)"


def _narrowed_alike(left: AbstractSet[str], right: AbstractSet[str]) -> bool:
    """Whether two sets of modifiers give the same degree and stage words
    (``Lexicon.narrowing_modifiers``)."""
    narrowing = lexicon().narrowing_modifiers
    return left & narrowing == right & narrowing


def measures_agree(left: Claim, right: Claim) -> bool:
    """Same head, modifiers that do not exclude each other, same outcome verb.

    Claims whose parse gave an attribute agree when the attributes are equal.
    """
    if changes_of_two_things(left, right) or _counted_from_opposite_sides(left, right):
        # "The stock closed up 31%", "cut the decline in lung function by 48 percent";
        # "scored 31 goals", "conceded 48 goals".
        return False
    if _per_period(left) != _per_period(right):
        # "190,000 passengers on an average weekday" is a rate, no count of one train's.
        return False
    left_attribute, right_attribute = frame_attribute(left), frame_attribute(right)
    if left_attribute or right_attribute:
        if left_attribute != right_attribute:
            return False
        left_mods = set(left.frame.modifiers if left.frame else ())
        right_mods = set(right.frame.modifiers if right.frame else ())
        if not _narrowed_alike(left_mods, right_mods):
            # "eight seriously injured" is not a count of all the injured.
            return False
        return left_mods <= right_mods or right_mods <= left_mods
    left_key, right_key = measure_key(left.measure), measure_key(right.measure)
    if left_key.head != right_key.head:
        return False
    if not _narrowed_alike(left_key.modifiers, right_key.modifiers):
        # "dozens of powerful tremors" are not all the tremors.
        return False
    if (
        left_key.modifiers
        and right_key.modifiers
        and not (
            left_key.modifiers <= right_key.modifiers or right_key.modifiers <= left_key.modifiers
        )
    ):
        return False
    return not (left.predicate and right.predicate and left.predicate != right.predicate)


def _per_period(claim: Claim) -> str:
    """The period or unit a measure is a rate per ("flights per day": 'day'), '' for none."""
    _, per, period = claim.measure.rpartition(" per ")
    return period if per else ""


def _without_corporate_suffix(name: str) -> str:
    """ "Harbourline Group" and "Harbourline" name one company."""
    words = [
        word.removesuffix("'s").removesuffix("’s")
        for word in name.casefold().replace(",", " ").split()
    ]
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


def _is_acronym_of(short: str, name: str) -> bool:
    """Whether a name in capitals is the initials of another's capitalised words: "NHS"
    and "National Health Service", "WHO" and "World Health Organization"."""
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return False
    words = _without_corporate_suffix(name).split()
    capitals = [w for w in name.split() if w[:1].isupper()][: len(words)]
    return len(capitals) >= 2 and "".join(w[0] for w in capitals).upper() == short


@dataclass(frozen=True)
class MentionPattern:
    """The pattern for every way of writing a name, with those ways lower-cased (``cues``)
    when all of them are ASCII.

    Most stretches of text name the thing in none of its ways, and a substring test tells
    that far sooner than the case-insensitive pattern. Ignoring case, an ASCII way matches
    ASCII text only where the text, lower-cased, holds the way lower-cased; other text is
    always searched (``cues.may_hold_ignoring_case``). A way beyond ASCII may match ASCII
    text otherwise (a dotless "ı" matches "i"), so a name with one has no cues.
    """

    pattern: re.Pattern[str]
    cues: tuple[str, ...] | None

    def search(self, text: str) -> bool:
        """Whether the text names the thing (``cues.may_hold_ignoring_case`` first)."""
        if self.cues is not None and not may_hold_ignoring_case(text, self.cues):
            return False
        return self.pattern.search(text) is not None


# Kinds of things whose first word alone names them too (``short_form_heads``).
_SHORT_FORM_HEADS = frozenset(read_data("phrases.json")["short_form_heads"])


class NameResolver:
    """Maps names to canonical names through the config's aliases."""

    def __init__(self, config: Config) -> None:
        """Build the alias table once per run.

        :param config: the run's settings, whose ``aliases`` are used
        """
        self.table = config.canonical_names()
        self.similarity = config.name_similarity
        # Longest alias first, so "Bank of X Holdings" wins over "Bank of X".
        self.patterns = [
            (re.compile(rf"\b{re.escape(alias)}\b"), alias)
            for alias in sorted(self.table, key=len, reverse=True)
        ]
        self.resolved: dict[str, tuple[str, bool]] = {}
        self.keys: dict[str, str] = {}
        self.sameness: dict[tuple[str, str], bool] = {}
        self.mentions: dict[tuple[str, str], bool] = {}
        self.mention_patterns: dict[str, MentionPattern] = {}
        self.claim_names: dict[str, frozenset[str]] = {}

    def resolve(self, name: str) -> tuple[str, bool]:
        """Canonical name, and whether an alias was used to get it."""
        if name not in self.resolved:
            self.resolved[name] = self._resolve(name)
        return self.resolved[name]

    def _resolve(self, name: str) -> tuple[str, bool]:
        """Look a name up: exact alias, then an alias inside the name."""
        key = name.casefold()
        if key in self.table:
            return self.table[key], self.table[key].casefold() != key
        for pattern, alias in self.patterns:
            if pattern.search(key):
                return self.table[alias], True
        return name, False

    def key(self, name: str) -> str:
        """The form two names must share to denote one thing."""
        if name not in self.keys:
            self.keys[name] = _without_corporate_suffix(self.resolve(name)[0])
        return self.keys[name]

    def same(self, left: str, right: str) -> bool:
        """Whether two names denote one thing (alias, suffix, or near spelling).

        Cached: matching asks it of the same few names again and again.
        """
        if (left, right) not in self.sameness:
            self.sameness[left, right] = self._same(left, right)
        return self.sameness[left, right]

    def _same(self, left: str, right: str) -> bool:
        """``same``, worked out."""
        left_key, right_key = self.key(left), self.key(right)
        if left_key == right_key or fuzz.ratio(left_key, right_key) >= self.similarity:
            return True
        if _is_acronym_of(left, right) or _is_acronym_of(right, left):
            return True
        # A surname alone names the person named in full: "Vale", "Ann Vale"; a thing's first
        # word names it without its kind: "Hollin", "Hollin Reservoir".
        shorter, longer = sorted((left_key.split(), right_key.split()), key=len)
        if len(shorter) == 1:
            surname = len(longer) in (2, 3) and longer[-1] == shorter[0]
            first_word = len(longer) == 2 and longer[0] == shorter[0]
            return surname or (first_word and longer[1] in _SHORT_FORM_HEADS)
        # A short form of a longer name: "St Aldric's" and "St Aldric's Children's Hospital".
        return longer[: len(shorter)] == shorter

    def mentioned_in(self, name: str, source: str, text: str) -> bool:
        """Whether a stretch of text names the thing (by any of its aliases).

        :param source: a key for the stretch (source id and offset), for caching
        """
        if (name, source) not in self.mentions:
            self.mentions[name, source] = self._mention_pattern(name).search(text)
        return self.mentions[name, source]

    def _mention_pattern(self, name: str) -> MentionPattern:
        """One pattern for every way of writing a name, built once per name."""
        if name not in self.mention_patterns:
            canonical = self.resolve(name)[0]
            variants = {name, canonical, _without_corporate_suffix(canonical)}
            variants.update(a for a, c in self.table.items() if c == canonical)
            written = [v for v in sorted(variants, key=len, reverse=True) if v]
            alternation = "|".join(map(re.escape, written))
            self.mention_patterns[name] = MentionPattern(
                re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE),
                tuple(dict.fromkeys(v.lower() for v in written))
                if all(map(str.isascii, written))
                else None,
            )
        return self.mention_patterns[name]

    def names_of(self, claim: Claim) -> frozenset[str]:
        """Keys of every name and place around a claim."""
        if claim.id not in self.claim_names:
            names = (*claim.entities, *claim.places)
            self.claim_names[claim.id] = frozenset(self.key(n) for n in names)
        return self.claim_names[claim.id]


def changes_of_two_things(left: Claim, right: Claim) -> bool:
    """Whether two percentage changes are of things that no common word names ("The stock
    closed up 31%", "orvelimab cut the decline in lung function by 48 percent"). A change
    whose words name nothing ("rose 4%") may be of anything. One noun with two other words
    before it names two things too ("Clothing sales fell 8 per cent", "online sales rose
    6%")."""
    things = [_changed_thing(claim) for claim in (left, right)]
    if bool(things[0]) and bool(things[1]) and things[0].isdisjoint(things[1]):
        return True
    (*left_words, left_head), (*right_words, right_head) = (
        _subject_of_change(claim) or [""] for claim in (left, right)
    )
    return (
        bool(left_head)
        and left_head == right_head
        and bool(left_words)
        and bool(right_words)
        and set(left_words).isdisjoint(right_words)
    )


def kinds_named_apart(left: Claim, right: Claim) -> bool:
    """Whether two counts of one noun name two kinds of it by names ("14 Kestranian
    diplomats", "nine Valdorian diplomats"): words of the measure before the noun written
    with a capital, none shared."""
    (left_head, left_names), (right_head, right_names) = map(_named_kind, (left, right))
    return (
        bool(left_head)
        and left_head == right_head
        and bool(left_names)
        and bool(right_names)
        and left_names.isdisjoint(right_names)
    )


def _named_kind(claim: Claim) -> tuple[str, frozenset[str]]:
    """The noun a claim's measure ends in, and the words before it the claim writes with a
    capital ("kestranian diplomats" of "ordering 14 Kestranian diplomats")."""
    *words, head = claim.measure.split() or [""]
    return head, frozenset(
        word
        for word in words
        if re.search(rf"\b{re.escape(word[:1].upper() + word[1:])}\b", claim.text)
    )


@cache
def _opposed_sides() -> dict[str, tuple[int, int]]:
    """Each word form of ``opposed_verbs`` to its pair and its side in the pair (a side is
    one verb or a list of verbs)."""
    sides: dict[str, tuple[int, int]] = {}
    for pair, verbs in enumerate(read_data("measures.json")["opposed_verbs"]):
        for side, verb in enumerate(verbs):
            for form in inflections([verb] if isinstance(verb, str) else verb):
                sides.setdefault(form, (pair, side))
    return sides


# Words before a figure read for the verb that counts it ("have scored 31", "conceded 48").
_VERB_REACH = 2


def _counted_from_opposite_sides(left: Claim, right: Claim) -> bool:
    """Whether two counts are told by the two verbs of one opposed pair right before their
    figures ("Albion have scored 31 goals", "Albion have conceded 48 goals"), or, with none
    there, by their frames' verbs ("17 ballot papers were accepted", "171 were rejected"),
    or by one frame verb and words of opposite sides after it (``side_particles``: "121
    deputies voted in favour", "Sixty-four deputies voted against")."""
    sides = []
    for claim in (left, right):
        quantity = primary_quantity(claim)
        if quantity is None:
            return False
        end = quantity.span[0] - claim.span[0]
        side = _opposed_side(claim.text[max(0, end - 40) : end])
        if side is None and claim.frame is not None and claim.frame.verb:
            # "17 ballot papers ... were accepted", "171 ballot papers were rejected".
            side = _opposed_side(claim.frame.verb) or _particle_side(claim)
        if side is None:
            # "11,874 runners finished the race", "12,640 runners set off": the verb right
            # after the figure's noun.
            start = quantity.span[1] - claim.span[0]
            after = re.findall(r"[a-z]+", claim.text[start : start + 40].casefold())
            side = _opposed_side(" ".join(after[:3]))
        if side is None:
            return False
        sides.append(side)
    return sides[0][0] == sides[1][0] and sides[0][1] != sides[1][1]


@cache
def _particle_sides() -> dict[str, tuple[int, list[re.Pattern[str]]]]:
    """Each verb (lemma) of ``side_particles`` to its pair's number, after those of
    ``opposed_verbs``, and a pattern per side matching any form of the verb and that
    side's words right after it."""
    data = read_data("measures.json")
    first = len(data["opposed_verbs"])
    sides: dict[str, tuple[int, list[re.Pattern[str]]]] = {}
    for pair, (verb, words) in enumerate(data["side_particles"].items(), start=first):
        forms = "|".join(sorted(inflections([verb])))
        patterns = [re.compile(rf"\b(?:{forms})\s+(?:{'|'.join(side)})\b") for side in words]
        sides[verb] = (pair, patterns)
    return sides


def _particle_side(claim: Claim) -> tuple[int, int] | None:
    """The pair and side of a framed claim whose verb ``side_particles`` lists, when the
    words right after the verb tell exactly one side."""
    assert claim.frame is not None
    pair, patterns = _particle_sides().get(claim.frame.verb, (0, []))
    text = claim.text.casefold()
    found = [side for side, pattern in enumerate(patterns) if pattern.search(text)]
    return (pair, found[0]) if len(found) == 1 else None


@lru_cache(maxsize=8192)
def _opposed_side(before: str) -> tuple[int, int] | None:
    """The pair and side of the one opposed verb among the last words before a figure
    (cached: a claim meets many others)."""
    words = re.findall(r"[a-z]+", before.casefold())[-_VERB_REACH:]
    found = {_opposed_sides()[word] for word in words if word in _opposed_sides()}
    return found.pop() if len(found) == 1 else None


def _percent_change(claim: Claim) -> Quantity | None:
    """A claim's figure when it is a percentage change ("rose 4%"), else None."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "percent" or not claim.measure.startswith("change"):
        return None
    return quantity


def _subject_of_change(claim: Claim) -> list[str]:
    """The lower-case words right before the verb of a percentage change, its subject
    ("Clothing sales fell 8 per cent" -> ['clothing', 'sales']), or [] when none."""
    quantity = _percent_change(claim)
    if quantity is None:
        return []
    before = re.findall(r"[A-Za-z]+", claim.text[: quantity.span[0] - claim.span[0]])
    verbs = [index for index, word in enumerate(before) if word.casefold() in CHANGE_WORDS]
    if not verbs:
        return []
    words: list[str] = []
    for word in reversed(before[: verbs[0]]):
        lowered = word.casefold()
        if lowered in PHRASE_STOPWORDS or is_verb(lowered) or len(words) == 3:
            break
        words.insert(0, lowered)
    return words


# The words before a percentage change read for what changed.
CHANGED_THING_REACH = 8
# Each noun of ``changed_thing_synonyms`` to the first of its group.
_CHANGED_THING_SYNONYMS = {
    stem(word): stem(group[0])
    for group in read_data("measures.json")["changed_thing_synonyms"]
    for word in group
}


def _changed_thing(claim: Claim) -> set[str]:
    """Stems of the common nouns that name what a percentage change is of: the last words
    before its figure ("slowed the loss of lung function in patients by 38%"), or, with
    none there, those between it and its change ("a 4.5 percent property tax increase") or
    after its change ("a 26% fall in pre-tax profit"). Names, verbs, change words and the
    claim's attribution are left out; empty for other figures."""
    quantity = _percent_change(claim)
    if quantity is None:
        return set()
    text = unattributed_text(claim)
    start, end = (offset - claim.span[0] for offset in quantity.span)
    # A sentence's first word is written with a capital ("Shares in Brackenfield fell").
    text = text[:1].lower() + text[1:] if claim.span[0] == claim.sentence_span[0] else text
    before = re.findall(r"[A-Za-z]+", text[:start])[-CHANGED_THING_REACH:]
    after = re.findall(r"[A-Za-z]+", text[end:])[:CHANGED_THING_REACH]
    # "a 4.5 percent property tax increase": the nouns between the figure and its change;
    # "a 26% fall in third-quarter pre-tax profit": those after it.
    named_after = next(
        (after[:index] for index, word in enumerate(after[:3]) if word in CHANGE_WORDS), []
    )
    # "a 21 percent cut to library funding": what follows the change is what changed,
    # and the words before the figure are who changed it ("the plan makes").
    after_change = (
        len(after) > 2
        and after[0] in CHANGE_WORDS
        and after[0] not in CHANGE_ADVERBS
        and after[1] in ("in", "of", "to", "for")
    )
    # "lost 31% of its value": a share changed, of the thing after "of".
    share_changed = bool(after) and after[0] == "of"
    if not named_after and (after_change or share_changed):
        named_after = after[1:] if share_changed else after[2:]
    after_first = after_change or share_changed
    for words in (named_after, before) if after_first else (before, named_after):
        nouns = {
            _CHANGED_THING_SYNONYMS.get(stem(word), stem(word))
            for word in words
            if len(word) > 3
            and word.islower()
            and word not in PHRASE_STOPWORDS
            and word not in CHANGE_WORDS
            and not is_verb(word)
        }
        if nouns:
            return nouns
    return set()


def unattributed_text(claim: Claim) -> str:
    """A claim's text with its attribution blanked out, each character a space, so offsets
    into the claim still hold. The credit of a reported figure or fact ends where the
    figure's or the fact's words begin ("the hospital said on Monday that 130,000 patient
    records ...", "The audit, handed to the board on 3 March, found ...")."""
    text = claim.text
    if claim.attribution is None:
        return text
    start, end = claim.attribution.span
    quantity = primary_quantity(claim)
    stated = quantity.span if quantity is not None else claim.fact.span if claim.fact else None
    if stated is not None and start <= stated[0] < end:
        end = stated[0]
        # "the Crown Prosecution Office said the chef had failed to pay £4.2 million": the
        # credit ends with its verb (and a "that" after it); the reported words are the claim's.
        credit = claim.attribution.cue
        cue = (
            _credit_verb(credit).search(
                claim.text, max(0, start - claim.span[0]), end - claim.span[0]
            )
            if credit
            else None
        )
        if cue is not None:
            end = claim.span[0] + cue.end()
        elif start < claim.span[0]:
            # "Brantwick said, leaving the national average price at £214,600": the credit
            # and its verb stand before the claim's clause, none of whose words are credit.
            end = start
    start, end = (max(0, offset - claim.span[0]) for offset in (start, end))
    return text[:start] + " " * (max(start, min(end, len(text))) - start) + text[end:]


@lru_cache(maxsize=256)
def _credit_verb(cue: str) -> re.Pattern[str]:
    """A credit's verb as a word, and a "that" after it ("said that")."""
    return re.compile(rf"\b{re.escape(cue)}\b(?:\s+that\b)?")


def _placed_apart(left: Claim, right: Claim, names: NameResolver) -> bool:
    """Whether two claims name places that cannot be one. A street and a town can be ("the
    branch on Quarry Street", "a bank in the market town of Marrowby"): only towns are held
    against towns, or streets against streets where neither names a town."""
    if not (left.places and right.places):
        return False
    towns = [any(not is_street(place) for place in c.places) for c in (left, right)]
    if towns[0] != towns[1]:
        return False
    return not _places_overlap(left, right, names)


def _places_overlap(left: Claim, right: Claim, names: NameResolver) -> bool:
    """Whether two claims' places can be one: a shared place, or an alias of one. A place
    of one that the other names but does not read as a place counts too ("inside
    Greyvale colliery" and "at the Greyvale colliery in the Orrin Valley")."""
    return any(
        names.same(a, b)
        for one, other in ((left, right), (right, left))
        for a in one.places
        for b in (*other.places, *other.entities)
    )


def _counts_people_at_large(*claims: Claim) -> bool:
    """Whether a claim counts people by a word that says nothing of who they are ("five
    other young men", "the two men"): such a count is tied to a subject only nearby."""
    return any(singular(measure_key(c.measure).head) in GENERIC_HEADS for c in claims)


def subjects_agree(
    left: Claim, right: Claim, names: NameResolver, texts: dict[str, str]
) -> str | None:
    """How two claims' subjects match: 'alias', 'name', 'context', or None.

    Two named subjects must denote one thing. A subject named on one side only
    must appear near the other claim or at least in the other article (then
    the match rests on shared context). With no subject on either side, the
    claims must share a name or place, or say so little that only the measure
    can tell; such matches are 'context', low confidence.
    """
    left_subject, right_subject = (_named_subject(claim, names) for claim in (left, right))
    if left.places and right.places and not _places_overlap(left, right, names):
        return None
    if zones_of_one_kind(left, right):
        # "Authorities declared an exclusion zone of 8 kilometres" and "Police have set up a
        # checkpoint at the edge of a five-kilometre exclusion zone": who drew the story's
        # zone, or guards it, names no other zone.
        return "context"
    if left_subject and right_subject:
        if names.same(left_subject, right_subject):
            aliased = names.resolve(left_subject)[1] or names.resolve(right_subject)[1]
            return "alias" if aliased else "name"
        left_names, right_names = names.names_of(left), names.names_of(right)
        if names.key(left_subject) in right_names or names.key(right_subject) in left_names:
            return "name"
        return None
    if left_subject or right_subject:
        other = right if left_subject else left
        named_subject = left_subject or right_subject
        nearby = (*other.entities, *other.places)
        if names.key(named_subject) in names.names_of(other) or any(
            names.same(named_subject, name) for name in nearby
        ):
            return "name"
        start = max(0, other.sentence_span[0] - DISCOURSE_WINDOW)
        window = texts[other.source][start : other.sentence_span[1]]
        mentioned = names.mentioned_in(named_subject, f"{other.source}:{start}", window)
        if not mentioned and start > 0 and not _counts_people_at_large(left, right):
            lead = texts[other.source][:LEAD_WINDOW]
            mentioned = names.mentioned_in(named_subject, f"{other.source}:lead", lead)
        return "context" if mentioned else None
    if names.names_of(left) & names.names_of(right):
        return "context"
    same = measure_key(left.measure).modifiers == measure_key(right.measure).modifiers
    left_named, right_named = _entities_besides_examples(left), _entities_besides_examples(right)
    if not (left_named or right_named):
        # Nothing named on either side: only the very same measure can tell.
        return "context" if same else None
    if same and not (left_named and right_named):
        # One side names where or what ("412 services were cancelled on Monday, leaving a
        # skeleton timetable on the Harrowgate line"), and the other article names it too:
        # the same story's thing, as far as its words go.
        names_given, other = (left_named, right) if left_named else (right_named, left)
        text = texts[other.source]
        listed = [part for name in names_given for part in _LISTED_NAMES.split(name) if part]
        if all(names.mentioned_in(name, f"{other.source}:all", text) for name in listed):
            return "context"
    return None


# Words that open a list of examples of what a figure counts: "opened nine cooling centres,
# including the Marrowfield library".
_EXAMPLES_FOLLOW = re.compile(r"\b(?:including|such\s+as|among\s+them)\b", re.IGNORECASE)


def _entities_besides_examples(claim: Claim) -> list[str]:
    """A claim's named things but those it lists as examples of what it counts, after
    "including" or "such as" ("nine cooling centers on Tuesday night, including the
    Marrowfield library": some of the centres, not where or what the count is)."""
    examples = _EXAMPLES_FOLLOW.search(claim.text)
    if examples is None:
        return list(claim.entities)
    return [name for name in claim.entities if claim.text.find(name) < examples.start()]


def _named_subject(claim: Claim, names: NameResolver) -> str:
    """A claim's subject, unless it is a description ("The park, which opened in 2006")
    that none of the user's aliases names: such a description may be of anything the story
    names ("the factory" is the Dunmore site)."""
    if not claim.subject and claim.fact is not None:
        return _aliased_opening(claim, names)
    if _DESCRIPTION.match(claim.subject) and not names.resolve(claim.subject)[1]:
        return ""
    people_of = _PEOPLE_OF.match(claim.subject)
    if people_of is not None and singular(people_of["noun"].casefold()) in PERSON_NOUNS:
        # "Residents of Kestrel House were still coming to terms with the blast": the
        # place the people are of is what the sentence names.
        return people_of["place"]
    return claim.subject


def _aliased_opening(claim: Claim, names: NameResolver) -> str:
    """The description a fact opens with when it is one of the user's aliases ("The club
    was founded in 1885", with "the club" an alias of Castlemere Albion), else "": the
    fact is of what the alias names, though no capital marks it."""
    opening = _OPENING_WORDS.match(claim.text)
    if opening is None:
        return ""
    words = opening.group().split()
    for size in range(len(words), 1, -1):
        description = " ".join(words[:size])
        if description.casefold() in names.table:
            return description
    return ""


# Up to four words opening a claim with "the": "The club", "The supporters' trust".
_OPENING_WORDS = re.compile(r"[Tt]he(?:\s+[a-z][\w'’-]*){1,3}")


# People of a named place opening a subject: "Residents of Kestrel House".
_PEOPLE_OF = re.compile(r"(?P<noun>[A-Z][a-z]+)\s+of\s+(?P<place>[A-Z].*)")

# A thing described, not named: "The park", "the factory".
_DESCRIPTION = re.compile(r"[Tt]he\s+[a-z]")


# What joins the names of a list taken for one name: "Pellingford Central and Harrowgate
# Junction".
_LISTED_NAMES = re.compile(r",\s*|\s+(?:and|&)\s+")


# The head of every zone measure ('evacuation zone', 'exclusion zone').
ZONE_HEAD = measure_key(ZONE_MEASURE).head


def zones_of_one_kind(left: Claim, right: Claim) -> bool:
    """Whether two claims give sizes of zones of one kind of order ('evacuation zone',
    ``phrases.zone_measure``)."""
    return measure_key(left.measure).head == ZONE_HEAD and same_measure(left, right)


def same_measure(left: Claim, right: Claim) -> bool:
    """Whether two claims' measures reduce to one head and the same modifiers
    (``measure_key``): "suspicious transactions" and "suspicious transaction"."""
    first, second = measure_key(left.measure), measure_key(right.measure)
    return first.head == second.head and first.modifiers == second.modifiers


# A clause in which the writer says what they are or have: "I am a mother of three", "My
# two sons", not what they do ("We begin with breaking news, where four people died").
FIRST_PERSON = re.compile(
    r"^\W*(?:(?:I|We)(?:\s+(?:am|are|was|were|have|had)|['’](?:m|re|ve))|My|Our)\b"
)


# A transcript's speaker label before a turn, in capitals with at most a cue in capitals:
# "PASSENGER FREYA HOLMQUIST (CLIP): ". Narrower than ``attribution.SPEAKER_LABEL``, whose
# glossed labels ("SOUND BITE (Helena Voskuijl, Regional Disaster Management Agency): ")
# often speak for an organisation ("Our teams have assessed about 1,200 homes"), not for
# the speaker's own life.
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z .'’-]+(?:\s*\([A-Z ]+\))?:\s+")


def _the_writers_own(claim: Claim) -> bool:
    """Whether a claim is the writer's or a speaker's about themselves (``FIRST_PERSON``):
    unattributed ("I am a mother of three"), or a turn of a transcript that opens with its
    speaker's label ("PASSENGER FREYA HOLMQUIST (CLIP): I've got two kids")."""
    label = _SPEAKER_LABEL.match(claim.text)
    said = claim.text[label.end() :] if label else claim.text
    if lead_in := _LEAD_IN.match(said):
        # "Our top story tonight: a hot-air balloon with fourteen passengers on board": what
        # follows the outlet's lead-in is the story, not the writer.
        said = said[lead_in.end() :]
    return (claim.attribution is None or label is not None) and FIRST_PERSON.match(said) is not None


# A few words before a colon that open a sentence: a lead-in ("Our top story tonight: ").
_LEAD_IN = re.compile(r"[^:.!?\d]{1,40}:\s+")


def _one_a_kind_of_the_other(left: str, right: str) -> bool:
    """Whether two descriptions ("the vehicle", "the coach") name a thing and a kind of it
    (``narrower_kinds``)."""
    nouns = [description.casefold().removeprefix("the ") for description in (left, right)]
    kinds = lexicon().narrower_kinds
    return nouns[1] in kinds.get(nouns[0], ()) or nouns[0] in kinds.get(nouns[1], ())


def _setting_words(claim: Claim) -> set[str]:
    """A framed claim's setting nouns, each as the first word of its row of
    ``near_synonyms`` ("the strike was costing", "the dispute was costing": one setting)."""
    return {SYNONYM_OF.get(word, word) for word in (claim.frame.setting if claim.frame else ())}


def frames_agree(left: Claim, right: Claim, names: NameResolver) -> str | None:
    """How two framed claims' entities match: 'alias', 'name', 'frame', or None.

    Entities named on both sides must denote one thing; an entity left implicit
    ("five people were killed") is the story's own, so it matches, as long as
    the places around the two claims can be one.
    """
    if _the_writers_own(left) or _the_writers_own(right):
        # "I am a mother of three", unattributed, is the writer's, not a named person's.
        return None
    left_entity, right_entity = _framed_entity(left), _framed_entity(right)
    left_setting, right_setting = _setting_words(left), _setting_words(right)
    if left_setting and right_setting and not left_setting & right_setting:
        return None
    attribute = frame_attribute(left)
    if attribute in lexicon().agent_attributes:
        # Six shots fired by police and five by the suspect add up; "11 shots in all" is a
        # whole that "police fired six" may be a part of. Two descriptions ("the
        # officers", "the sergeant") may be one doer.
        if left_entity.startswith("the ") and right_entity.startswith("the "):
            return "frame"
        if bool(left_entity) != bool(right_entity) and is_total(left if right_entity else right):
            return None
    if left_entity.startswith("another ") != right_entity.startswith("another "):
        # "A second boat carrying 46 people" is not the boat the story is about.
        return None
    if (
        attribute in lexicon().duration_attributes or attribute.endswith(MARGIN_SUFFIX)
    ) and _held_apart(left, right, names):
        # Two named holders' terms, or two winners' margins ("Orrell won re-election by
        # 140 votes", "Castellane led by 25 votes"): two races.
        return None
    owned = attribute in lexicon().owned_attributes
    if owned and not (left_entity and right_entity) and not _one_deed_set(left, right):
        # A population or a staff belongs to someone; unnamed on one side, it may not be
        # the same one ("a city of 48,000" against "Sinland, with over 9 million").
        return None
    if attribute == "children" and _a_family(left) != _a_family(right):
        # "Jordan Vale, a father of two" counts a parent's children; "told a mother with
        # three children" or "40 children were evacuated" counts those a deed befell.
        return None
    if left_entity and right_entity:
        described = left_entity.startswith("the ") or right_entity.startswith("the ")
        # Names the user's aliases or their spelling make one ("Westmere", "the company").
        if names.same(left_entity, right_entity) and (names.key(left_entity) or not described):
            aliased = names.resolve(left_entity)[1] or names.resolve(right_entity)[1]
            return "alias" if aliased else "name"
        if not described:
            return None
        # A description ("the city") and a name, or two descriptions, must be equal, or one
        # a kind of the other ("the vehicle", "the coach").
        if left_entity.casefold() == right_entity.casefold():
            return "name"
        return "frame" if _one_a_kind_of_the_other(left_entity, right_entity) else None
    if _placed_apart(left, right, names):
        return None
    return "frame"


def _framed_entity(claim: Claim) -> str:
    """Whom a claim's frame is of: its entity, or, where the parse found none ("it"), a
    named source that tells of itself ("Skellig Line ... says it carried four hundred
    thousand passengers", ``claims._source_of_itself``)."""
    entity = claim.frame.entity if claim.frame else ""
    return claim.subject if not entity and tells_of_itself(claim) else entity


def _one_deed_set(left: Claim, right: Claim) -> bool:
    """Whether two frames with no owner named count those a verb's deed befell at one
    setting ("1,900 patients waiting more than 12 hours in October", "3,000 patients waited
    more than 12 hours in October"): the story's own, not two owners' counts."""
    left_frame, right_frame = left.frame, right.frame
    return (
        left_frame is not None
        and right_frame is not None
        and not (left_frame.entity or right_frame.entity)
        and bool(left_frame.verb)
        and left_frame.verb == right_frame.verb
        and bool(set(left_frame.setting) & set(right_frame.setting))
    )


def _a_family(claim: Claim) -> bool:
    """Whether a count of children is a parent's family ("a mother of five", "Vale, a
    father of two"): the frame the kinship words give names no verb."""
    return claim.frame is not None and not claim.frame.verb


def _held_apart(left: Claim, right: Claim, names: NameResolver) -> bool:
    """Whether two terms (a sentence, a contract's length) are held by two different named
    holders: the frame's, or where the parse named none, the name the claim is about ("Lionel
    Farrow, 47, pleaded guilty and was sentenced to four years")."""
    holders = [
        (c.frame.entity if c.frame else "") or _subject_not_speaker(c, names) for c in (left, right)
    ]
    return all(holders) and not names.same(*holders)


def _subject_not_speaker(claim: Claim, names: NameResolver) -> str:
    """A claim's subject, unless it is who the claim is credited to ("The 24-year-old has
    agreed a five-year contract, Kestrelmoor said": the club speaks, the player signs)."""
    speaker = claim.attribution.source if claim.attribution else ""
    if claim.subject and speaker and names.same(claim.subject, speaker):
        return ""
    return claim.subject


def is_total(claim: Claim) -> bool:
    """Whether a claim gives its figure as a total of several parts ("11 shots fired in
    all", "a total of 40"), by the words of ``total_markers``."""
    return _total_markers().search(claim.text.casefold()) is not None


@cache
def _total_markers() -> re.Pattern[str]:
    words = sorted(lexicon().total_markers, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def measures_itself(quantity: Quantity) -> bool:
    """Whether a figure needs no noun to say what it measures.

    An area is an area, and a clock time ("2:08:14") is a timed result; a bare
    count, or a span like "eight days", says nothing without its noun.
    """
    return quantity.kind in DIMENSION_KINDS or (
        quantity.kind == "duration" and ":" in quantity.surface
    )


def blocking_key(claim: Claim) -> tuple[str, str, str] | None:
    """Index key: only claims with equal keys are ever compared."""
    if claim.fact is not None:
        return ("fact", claim.fact.attribute, "")
    quantity = primary_quantity(claim)
    if quantity is None:
        return None
    attribute = frame_attribute(claim)
    if attribute:
        # Sums in different currencies still speak to one measure (see compare).
        unit = "" if quantity.kind == "money" else quantity.unit
        # "hit nine times" and "six bullets hit" count one thing.
        kind = "count" if quantity.kind == "multiplier" else quantity.kind
        return (kind, "" if kind == "count" else unit, "@" + attribute)
    if not (claim.measure or measures_itself(quantity)):
        return None
    return (quantity.kind, quantity.unit, measure_key(claim.measure).head)


def link_described_people(
    claims: Sequence[Claim], names: NameResolver, texts: dict[str, str] | None = None
) -> list[Claim]:
    """Claims about a person described by age alone, given that person's name as subject.

    "A 36-year-old climber died after falling about 150 metres" names no one; when every
    person the story names with that age ("36-year-old Dana Lind", "Lind, 36,") is one
    person, the climber is that person, and the claim can meet the named ones. So is "a
    52-year-old maintenance technician" when the articles (``texts``) name one person
    only in that role ("Dale Ferris, 47, the maintenance technician": ``_named_roles``). A
    claim that describes two ages, or names its subject, is left as it is.

    :returns: the claims in their order, linked ones copied with the name as subject
    """
    named_ages: dict[str, list[str]] = defaultdict(list)
    whose: dict[str, str] = {}
    for claim in claims:
        if claim.fact is not None and claim.fact.attribute == "age" and claim.subject:
            named_ages[claim.fact.value].append(claim.subject)
            whose.setdefault(claim.subject, claim.fact.of)
    linked: list[Claim] = []
    for claim in claims:
        if claim.fact is None and (aged := _age_of_an_alias(claim, names)) is not None:
            linked.append(aged)
            continue
        ages = set() if claim.subject or claim.fact is not None else described_ages(claim.text)
        people = named_ages.get(next(iter(ages)), []) if len(ages) == 1 else []
        if people and all(names.same(people[0], person) for person in people):
            # The name most articles write ("Lind" over a misspelt "Linde").
            subject = max(sorted(set(people)), key=people.count)
            aged = _age_of_a_description(claim) if claim.fact is None else None
            if aged is not None and aged.fact is not None:
                # "a 67-year-old man was pronounced dead": the age is the claim, and it is
                # that person's.
                fact = aged.fact.model_copy(update={"of": whose[subject]})
                claim = aged.model_copy(
                    update={"fact": fact, "subject": subject, "measure": whose[subject]}
                )
            else:
                claim = claim.model_copy(update={"subject": subject})
        elif claim.fact is None and (aged := _age_of_a_description(claim)) is not None:
            claim = aged
        linked.append(claim)
    return linked if texts is None else _ages_of_named_roles(linked, texts, names)


# A person named beside a role, in full and on one line: "Dale Ferris, 47, the maintenance
# technician", "The instructor, Sanna Velde, 43,", "The injured street cleaner, named
# locally as Dennis Arbuthnot".
_FULL_NAME = r"[A-Z][a-z'’-]+(?:[ ]+[A-Z][a-z'’-]+){1,2}"
_ROLE_WORDS = (
    r"(?P<words>(?:[a-z-]+[ ]+){0,2})(?P<noun>[a-z]+)"
    r"(?=\s*[,.;:)]|\s+(?:who|from|of|in|at|and|with|was|were|is|had|has|said|told)\b)"
)
_NAMED_ROLES = (
    re.compile(rf"(?P<name>{_FULL_NAME}),(?:\s*\d{{1,3}},)?\s+(?:the|an?)\s+{_ROLE_WORDS}"),
    re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+{_ROLE_WORDS},\s+(?P<name>{_FULL_NAME}),"),
    re.compile(
        rf"\b(?:[Tt]he|[Aa]n?)\s+{_ROLE_WORDS},\s+named\s+(?:[a-z]+\s+){{0,3}}?as\s+"
        rf"(?P<name>{_FULL_NAME})"
    ),
)


class _NamedRoles(NamedTuple):
    """Who the articles name in each role, and the words they write before each role noun."""

    # Role noun -> name -> the words written before the noun beside that name.
    people: dict[str, dict[str, set[str]]]
    # Role noun -> every word written right before it anywhere ("lorry driver", "bus driver").
    kinds: dict[str, set[str]]


def _named_roles(texts: dict[str, str], names: NameResolver) -> _NamedRoles:
    """Each role noun the articles name a person beside (``_NAMED_ROLES``), with each
    person's name and the words before the noun ({'technician': {'Dale Ferris':
    {'maintenance'}}}), and the words written right before each such noun anywhere. Nouns
    that many people of one story share (``crowd_roles``) are left out."""
    people: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for text in texts.values():
        for pattern in _NAMED_ROLES:
            for found in pattern.finditer(text):
                noun = singular(found["noun"])
                if noun in described_people() and noun not in _crowd_roles():
                    words = {w for w in found["words"].split() if "year-old" not in w}
                    people[noun][names.key(found["name"])].update(words)
    kinds = {
        noun: {word for text in texts.values() for word in _words_right_before(text, noun)}
        for noun in people
    }
    return _NamedRoles(people, kinds)


@cache
def _crowd_roles() -> frozenset[str]:
    """Person nouns that many people of one story share (``crowd_roles``)."""
    return frozenset(read_data("measures.json")["crowd_roles"])


def _ages_of_named_roles(
    claims: Sequence[Claim], texts: dict[str, str], names: NameResolver
) -> list[Claim]:
    """The claims, with each age of a described person ("a 58-year-old street cleaner")
    made the age of the one person the articles name in that role, where there is one and
    no words tell them apart (``_age_of_a_named_role``). The articles are read for roles
    only when a claim describes someone by one."""
    if not any(_described_role(claim) for claim in claims):
        return list(claims)
    roles = _named_roles(texts, names)
    return [_age_of_a_named_role(claim, roles) for claim in claims]


def _described_role(claim: Claim) -> str:
    """The role noun of an age of a described person ('street cleaner' -> 'cleaner'), or
    '' for any other claim."""
    fact = claim.fact
    if fact is None or fact.attribute != "age" or claim.subject:
        return ""
    return fact.of.removeprefix("the ") if fact.of.startswith("the ") else ""


def _age_of_a_named_role(claim: Claim, roles: _NamedRoles) -> Claim:
    """The claim, as the age of the one person named in its role when the words before the
    noun of one are among the other's ("ski instructor", "The instructor, Sanna Velde"),
    and, where only the description has such words, no other kind of that role is written
    anywhere ("the lorry driver, a 48-year-old man" is no account of "The driver, Graham
    Tulley", where a "bus driver" is written too); else the claim as it is."""
    noun = _described_role(claim)
    people = roles.people.get(noun, {})
    if claim.fact is None or len(people) != 1:
        return claim
    ((person, words),) = people.items()
    told = _words_right_before(claim.text, noun)
    if told and not (told <= words or words <= told):
        return claim
    if told and not words and roles.kinds.get(noun, set()) - told:
        return claim
    of = person.casefold()
    return claim.model_copy(
        update={
            "fact": claim.fact.model_copy(update={"of": of}),
            "subject": person,
            "measure": of,
        }
    )


def _words_right_before(text: str, noun: str) -> set[str]:
    """The words a text writes right before a role noun, after an age ("a 52-year-old
    maintenance technician") or anywhere else ("the lorry driver, a 48-year-old man"),
    neither function words nor ages."""
    words = set(re.findall(rf"\b([a-z]+)\s+{noun}s?\b", text))
    return {word for word in words if word not in PHRASE_STOPWORDS and "year" not in word}


# An age before a description: "made excuses for the 46-year-old chef".
_AGED_DESCRIPTION = re.compile(
    rf"\b[Tt]he\s+(?P<value>{AGE_VALUE.pattern})-year-old\s+"
    r"(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)"
)


def _age_of_an_alias(claim: Claim, names: NameResolver) -> Claim | None:
    """The claim as the age of the person a configured alias names, when its figure is an
    age before a description the user made that person's alias ("the 46-year-old chef",
    with "the chef" an alias of "Bastien Corvell"); None otherwise.

    A description names a person only where the user says so: "the chef" of one story may
    be anyone in another.
    """
    found = _AGED_DESCRIPTION.search(claim.text)
    quantity = claim.quantities[0] if len(claim.quantities) == 1 else None
    if found is None or quantity is None:
        return None
    start = claim.span[0] + found.start("value")
    if quantity.span[0] != start:
        return None
    words = found["words"].split()
    for size in (2, 1):
        description = "the " + " ".join(words[:size])
        if len(words) >= size and description in names.table:
            person, aliased = names.resolve(description)
            if not aliased:
                return None
            fact = Fact(
                attribute="age",
                value=in_digits(found["value"]),
                span=(start, start + len(found["value"])),
                of=person.casefold(),
            )
            return claim.model_copy(
                update={
                    "fact": fact,
                    "quantities": [],
                    "measure": person.casefold(),
                    "predicate": "",
                    "subject": person,
                    "signals": [],
                }
            )
    return None


# An age before a description of a person: "arrested a 24-year-old man", "A three-month-old
# girl from Ashby died" (the age's unit and the noun in groups).
_DESCRIBED_AGE = re.compile(
    r"-(?P<unit>year|month)s?-old\s+(?P<words>[a-z-]+(?:\s+[a-z-]+){0,2})\b"
)


def _described_after_age(text: str, end: int) -> tuple[str, tuple[str, ...], str] | None:
    """The person an age before a description describes, from the age's end: the noun,
    the words before it and the unit ("-year-old delivery driver from" -> 'driver',
    ('delivery',), 'year'). The noun is the last person's noun of up to three words that
    no function word breaks ("a 24-year-old man in Lisdale" -> 'man'); None when there is
    none ("a 25-year-old Brookfield man")."""
    found = _DESCRIBED_AGE.match(text, end)
    if found is None:
        return None
    words = found["words"].split()
    words = words[: next((i for i, w in enumerate(words) if w in PHRASE_STOPWORDS), len(words))]
    people = [i for i, word in enumerate(words) if singular(word) in described_people()]
    if not people:
        return None
    last = people[-1]
    return singular(words[last]), tuple(words[:last]), found["unit"]


# A definite description of a person right before an age between commas: "The driver, 54,",
# "the firefighter, who is forty-three,", "the driver, who's 54,"; not one of several ("the
# second man, who is fifty-eight", "the other man").
_DEFINITE_DESCRIPTION = (
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?!(?:first|second|third|other|older|younger|elder)\s)"
    r"(?P<words>(?:[a-z-]+(?:['’]s)?\s+)?)(?P<noun>[a-z]+),\s+"
)
_DESCRIPTION_THEN_AGE = re.compile(_DEFINITE_DESCRIPTION + r"(?:who\s+is\s+|who['’]s\s+|aged\s+)?$")
# The same set off before an age that describes the person again: "the driver, a
# 47-year-old man".
_ROLE_BEFORE_DESCRIBED_AGE = re.compile(_DEFINITE_DESCRIPTION + r"an?\s+$")
# "The" right before an age: "the 61-year-old driver" is a definite description, and so are
# "its 61-year-old driver" and "the lorry's 61-year-old driver" (whose, in group "owner").
_THE_BEFORE_AGE = re.compile(r"\b(?:[Tt]he(?:\s+(?P<owner>[a-z-]+['’]s))?|[Ii]ts|[Tt]heir)\s+$")


@cache
def sole_roles() -> frozenset[str]:
    """Nouns of a role one person fills in a story's one event (``sole_roles``: the driver,
    the captain, the pilot)."""
    return frozenset(read_data("measures.json")["sole_roles"])


def _sole_role_told(claim: Claim) -> tuple[str, ...] | None:
    """The words before the noun of a definite description by a sole role ("the
    61-year-old driver", "The bus driver, 54,", "the driver, a 47-year-old man"), when an
    age's description is one: () for none, None when the description is no such role or
    is indefinite ("a 41-year-old driver")."""
    if claim.fact is None:
        return None
    noun = claim.fact.of.removeprefix("the ")
    if noun not in sole_roles():
        return None
    start, end = (offset - claim.span[0] for offset in claim.fact.span)
    before = claim.text[:start]
    for pattern in (_ROLE_BEFORE_DESCRIBED_AGE, _DESCRIPTION_THEN_AGE):
        found = pattern.search(before)
        if found is not None and singular(found["noun"]) == noun:
            return tuple(found["words"].split())
    after = _described_after_age(claim.text, end)
    definite = _THE_BEFORE_AGE.search(before)
    if after is None or after[0] != noun or definite is None:
        return None
    return (definite["owner"], *after[1]) if definite["owner"] else after[1]


def _age_of_a_description(claim: Claim) -> Claim | None:
    """The claim as the age of a person it describes and does not name ("police arrested
    a 24-year-old man"), when its figure is that age: no count of men. The description
    ("the man") is what the age is of; two such ages meet only where their sentences
    share more than the description (``described_alike``). None for other claims."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "count" or quantity.value is None:
        return None
    start, end = (offset - claim.span[0] for offset in quantity.span)
    described = _described_after_age(claim.text, end)
    if described is not None:
        noun, _, unit = described
    else:
        # "The driver, 54, from Port Callan": the age set off after the description.
        found = _DESCRIPTION_THEN_AGE.search(claim.text, 0, start)
        if found is None or not claim.text.startswith(",", end):
            return None
        noun, unit = singular(found["noun"]), "year"
        if noun not in described_people():
            return None
    unit = "" if unit == "year" else " months"
    role = _ROLE_BEFORE_DESCRIBED_AGE.search(claim.text, 0, start)
    if role is not None and singular(role["noun"]) in sole_roles():
        # "the driver, a forty-seven-year-old man from Coldby": the age is the driver's.
        noun = singular(role["noun"])
    description = f"the {noun}"
    fact = Fact(
        attribute="age", value=f"{quantity.value:g}{unit}", span=quantity.span, of=description
    )
    # The claim's other figures stay, as they were, behind the one it is about.
    return claim.model_copy(
        update={
            "fact": fact,
            "quantities": [other for other in claim.quantities if other != quantity],
            "measure": description,
            # The parse read the age as a count ("The driver, 52, ... was taken to hospital").
            "frame": None,
            "predicate": "",
            "subject": "",
        }
    )


def _described_apart(left: Claim, right: Claim) -> bool:
    """Whether one of two ages is of a described person and the two are not told alike
    (``described_alike``): "a 24-year-old man was hurt" and "a 31-year-old man was
    arrested" are two men, and a description is no name another age is of."""
    described = _a_described_person(left), _a_described_person(right)
    if not any(described):
        return False
    return not (all(described) and described_alike(left, right))


def _a_described_person(claim: Claim) -> bool:
    """Whether an age is of a person a description gives (``_age_of_a_description``)."""
    return (
        claim.fact is not None
        and not claim.subject
        and claim.fact.of.startswith("the ")
        and claim.fact.of.removeprefix("the ") in described_people()
    )


# Shared words beyond the description that make two described people one: "arrested ... in
# Lisdale" in both, "from Ashby" and "died" in both.
DESCRIBED_ALIKE_WORDS = 2


def described_alike(left: Claim, right: Claim) -> bool:
    """Whether two ages of described people ("a nineteen-year-old man in Lisdale", "the
    23-year-old man arrested in Lisdale") are of one person: one description and at least
    ``DESCRIBED_ALIKE_WORDS`` other content words in common."""
    if not (left.fact and right.fact) or left.fact.of != right.fact.of:
        return False
    noun = left.fact.of.removeprefix("the ")
    if any(_described_as_one_of_several(claim) for claim in (left, right)):
        # "The third suspect, a 22-year-old man": one of the story's several.
        return False
    several = any(_several_told(claim, noun) for claim in (left, right))
    roles = [_sole_role_told(claim) for claim in (left, right)]
    if not several and roles[0] is not None and roles[0] == roles[1]:
        # "The driver, 52," and "the 38-year-old driver": the story's one driver.
        return True
    words = [_content_words_but_credit(claim) for claim in (left, right)]
    shared = words[0] & words[1] - {"year", "month", noun}
    if several:
        # "a 34-year-old man ... remains in custody, while the second man has been released
        # on bail": what the sentence tells is of two men, so only a name or a place both
        # give ("from the Brickfield area") ties the ages to one.
        names = [capitalised_words(claim) for claim in (left, right)]
        shared &= names[0] & names[1]
    return len(shared) >= (1 if several else DESCRIBED_ALIKE_WORDS)


_ORDINALS_OF_SEVERAL = r"(?:second|third|fourth|fifth|another|other)"
# An ordinal, then up to two words, right before an age: "The third suspect, a ".
_ONE_OF_SEVERAL_BEFORE = re.compile(
    rf"\b{_ORDINALS_OF_SEVERAL}\s+(?:[a-z-]+\s*,?\s+){{0,2}}(?:an?\s+|the\s+)?$"
)


def _described_as_one_of_several(claim: Claim) -> bool:
    """Whether an age's own description counts its person among others ("The third
    suspect, a 22-year-old man", "a second 30-year-old man")."""
    if claim.fact is None:
        return False
    before = claim.text[: claim.fact.span[0] - claim.span[0]]
    return _ONE_OF_SEVERAL_BEFORE.search(before) is not None


def _several_told(claim: Claim, noun: str) -> bool:
    """Whether a claim's sentence tells of another person of its description too ("while the
    second man has been released", "and another woman")."""
    return _another_of(noun).search(claim.text) is not None


@lru_cache(maxsize=256)
def _another_of(noun: str) -> re.Pattern[str]:
    """An ordinal and a noun: "the second man", "another woman"."""
    return re.compile(rf"\b{_ORDINALS_OF_SEVERAL}\s+{re.escape(noun)}\b")


def capitalised_words(claim: Claim) -> set[str]:
    """The words a claim writes with a capital after its first, singular and lower-case."""
    return {
        singular(word.casefold()) for word in re.findall(r"(?<=\s)[A-Z][A-Za-z]{3,}", claim.text)
    }


def _content_words_but_credit(claim: Claim) -> set[str]:
    """A claim's words of four letters or more, singular and lower-case, but its
    function words and the words of whom it is credited to ("police said")."""
    credit = claim.attribution.source.casefold().split() if claim.attribution else []
    return {
        singular(word.casefold())
        for word in re.findall(r"[A-Za-z]{4,}", claim.text)
        if word.casefold() not in PHRASE_STOPWORDS and word.casefold() not in credit
    }


def _cross_source_pairs(block: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of claims from different sources, in block order.

    Claims of one article are never paired, so a block is split by source
    first: an article that repeats one measure a thousand times costs nothing.
    """
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in block:
        by_source[claim.source].append(claim)
    order = {claim.id: index for index, claim in enumerate(block)}
    for left_source, right_source in combinations(list(by_source), 2):
        for left, right in product(by_source[left_source], by_source[right_source]):
            yield (left, right) if order[left.id] < order[right.id] else (right, left)


# What any one of a kind can do, said in general: "One case can infect up to 18 other
# people". No account of the story's own count, though a claim to source.
_GENERIC_ONE = re.compile(r"\W*(?:One|A\s+single)\s+(?:[a-z-]+\s+){1,2}?can\s")


def find_matches(
    claims: Sequence[Claim], names: NameResolver, texts: dict[str, str]
) -> list[Match]:
    """Pairs of claims from different sources that speak to the same measure.

    :param names: the run's alias table and name look-ups (shared with the checks)
    :param texts: each source's text, to tell whether it names a subject
    """
    blocks: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = blocking_key(claim)
        if key is not None and claim.checkable and not _GENERIC_ONE.match(claim.text):
            blocks[key].append(claim)
    # Worked out once per fact, not once per pair it is in.
    described = {
        claim.id
        for block_key, block in blocks.items()
        if block_key[0] == "fact"
        for claim in block
        if _of_a_described_thing(claim, texts)
    }
    matches: list[Match] = []
    for key in sorted(blocks):
        facts, framed = key[0] == "fact", key[2].startswith("@")
        for left, right in _cross_source_pairs(blocks[key]):
            if (
                (not facts or left.measure or right.measure)
                and not measures_agree(left, right)
                and not (facts and _of_one_named(left, right, names))
                and not (facts and _one_event_named_once(left, right, names, texts))
                and not (facts and _days_of_deeds(left, right))
            ):
                continue
            if is_action_clock(left.fact) and not _acted_alike(left, right, texts):
                continue
            if _designated_apart(left, right) or _sites_apart(left, right):
                continue
            if facts and (left.id in described) != (right.id in described):
                # "about 400 in the minimum-security annex that opened in 2009": the
                # annex's year, not the prison's "opened in 1968".
                continue
            ages = facts and key[1] == "age"
            if ages and _described_apart(left, right):
                continue
            age_basis = _age_basis(left, right, names) if ages else None
            if age_basis is not None:
                basis: str | None = age_basis
            elif (
                facts
                and (left.measure or right.measure or key[1] in FACTS_SAYING_WHOSE)
                # "The takeover was completed on 8 July", "The deal was completed on 3
                # July": what each was done to tells nothing; the story may (below).
                and not (_days_of_deeds(left, right) and not measures_agree(left, right))
            ):
                # "X will lead the combined company": the post is the subject. Whose a
                # hospital is, the fact's own words say ('' for those hurt at large), and
                # the town after its name is its own ("St Agnes Medical Center in Dunford").
                basis = "context"
            elif framed:
                basis = frames_agree(left, right, names)
            else:
                basis = subjects_agree(left, right, names, texts)
                if (
                    basis is None
                    and facts
                    and (
                        _timed_in_each_others_story(left, right, names, texts)
                        or _tallied_on_one_day(left, right, names, texts)
                    )
                ):
                    basis = "context"
            if basis is None:
                continue
            matches.append(Match(left, right, basis, CONFIDENCE[basis]))
    return matches


# Facts whose value is a tally of a game or a vote, whatever it looks like ("31-24").
_TALLIES = frozenset(("score", "record", "vote"))


def _days_of_deeds(left: Claim, right: Claim) -> bool:
    """Whether two facts are days (or years, months) of a deed (``times.value_type``): what each
    was done to may be told in other words or not at all ("the deal was completed on 3
    July", "The takeover was completed on 8 July"), so unlike measures keep them apart only
    as far as unlike subjects would."""
    assert left.fact is not None and right.fact is not None
    attribute = left.fact.attribute
    # The days and clock times of the story's events have rules of their own
    # (``_one_event_named_once``).
    if attribute in _TALLIES or attribute.startswith(("day of ", "time of ")):
        return False
    return "text" not in {
        value_type(left.fact.value),
        value_type(right.fact.value),
    }


def _sites_apart(left: Claim, right: Claim) -> bool:
    """Whether two facts of a named site (``SITE_FACTS``) name sites of two kinds ("Quarry
    Road substation", "Linden Ward"), which may be one inside the other: no disagreement."""
    if not (left.fact and right.fact and left.fact.attribute in SITE_FACTS):
        return False
    return (
        len({singular(fact.value.split()[-1].casefold()) for fact in (left.fact, right.fact)}) == 2
    )


@cache
def _designator_pattern() -> re.Pattern[str]:
    """A unit of a kind told by its code (``designated_things``): "turbine E9", "Gate 12",
    "runway 27"."""
    nouns = "|".join(sorted(read_data("measures.json")["designated_things"], key=len, reverse=True))
    return re.compile(rf"\b(?i:({nouns}))\s+([A-Z]{{1,3}}-?\d{{1,4}}[A-Z]?|\d{{1,4}}[A-Z]?)\b")


@lru_cache(maxsize=65536)
def _designators(text: str) -> frozenset[tuple[str, str]]:
    """The units a claim's words tell by kind and code, the kind in lower case."""
    if not any(character.isdigit() for character in text):
        return frozenset()
    return frozenset((kind.casefold(), code) for kind, code in _designator_pattern().findall(text))


def _designated_apart(left: Claim, right: Claim) -> bool:
    """Whether two claims tell units of one kind by different codes ("turbine E9 was last
    inspected in March", "Turbine E10 ... was last inspected in August"): they are about
    two things."""
    codes = [_designators(claim.text) for claim in (left, right)]
    if not (codes[0] and codes[1]):
        return False
    kinds = {kind for kind, _ in codes[0]} & {kind for kind, _ in codes[1]}
    return any(
        {code for k, code in codes[0] if k == kind}.isdisjoint(
            code for k, code in codes[1] if k == kind
        )
        for kind in kinds
    )


def _of_a_described_thing(claim: Claim, texts: dict[str, str]) -> bool:
    """Whether a year is told in a clause of a thing described by a common noun ("the
    minimum-security annex that opened in 2009"), not of what the sentence is about. (A
    day or a clock time so told is often the story's own event's: "an attack that began on
    March 13".)"""
    if claim.fact is None or not claim.fact.value.isdigit():
        return False
    text = texts[claim.source]
    start = max(claim.sentence_span[0], claim.fact.span[0] - 80)
    return _DESCRIBED_THING_CLAUSE.search(text, start, claim.fact.span[0]) is not None


# A common noun after a determiner, then "that" or "which" opening a clause of one to three
# words before a fact's value: "the annex that opened in ", "a wing which was built in ";
# not after "is" or "was", where the noun is the subject's ("This is a bridge that opened
# in 1958").
_DESCRIBED_THING_CLAUSE = re.compile(
    r"(?<!\bis\s)(?<!\bwas\s)\b(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"\s+(?:that|which)\s+(?:[a-z]+\s+){1,3}$"
)


def _acted_alike(left: Claim, right: Claim, texts: dict[str, str]) -> bool:
    """Whether two clock times of one verb on one thing may be of one deed: not when each
    sentence names a different doer ("the first ambulance reached the scene at 9:10",
    "firefighters reached the scene at 9:25"), unless both may be anyone of an
    organisation's ("Plant staff noticed the leak", "workers found the leak")."""
    actors = {action_actor(texts[claim.source], claim) for claim in (left, right)} - {""}
    return len(actors) < 2 or actors <= _unspecific_doers()


@cache
def _unspecific_doers() -> frozenset[str]:
    """Doers that may be anyone of an organisation's (``unspecific_doers``)."""
    return frozenset(read_data("measures.json")["unspecific_doers"])


def _age_basis(left: Claim, right: Claim, names: NameResolver) -> str | None:
    """How sure two ages are of one person: 'alias' by the user's aliases, 'name' when told
    of one full name ("Harlan Quist, 81" and "Quist, 83" after "Harlan Quist"); None for a
    surname alone, which may be a relative's."""
    if _of_one_named(left, right, names):
        return "alias"
    if _a_described_person(left) and _a_described_person(right):
        # "a nineteen-year-old man" and "the 23-year-old man arrested in Lisdale", alike
        # (``_described_apart`` leaves no others): one person by the story alone.
        return "context"
    if left.measure == right.measure and left.measure in aged_things():
        # "the 34-year-old ferry" in two articles: the story's one ferry, by context.
        return "context"
    return "name" if left.measure == right.measure and " " in left.measure else None


def _one_event_named_once(
    left: Claim, right: Claim, names: NameResolver, texts: dict[str, str]
) -> bool:
    """Whether two weekdays of a story's one event, one told of a named person and one by
    the event's words alone ("Gideon Sallow's resignation ... put out late on Sunday
    evening", "announced his resignation on Monday morning"), are of one event: the
    article of the one told without a name names the person. Events told in stages
    (``staged_events``) are left apart."""
    if not (left.fact and right.fact) or bool(left.fact.of) == bool(right.fact.of):
        return False
    attribute = left.fact.attribute
    if not attribute.startswith("day of ") or not is_story_event(attribute):
        return False
    if attribute.removeprefix("day of ") in STAGED_EVENTS:
        return False
    named, unnamed = (left, right) if left.fact.of else (right, left)
    assert named.fact is not None
    return names.mentioned_in(named.fact.of, f"{unnamed.source}:all", texts[unnamed.source])


def _of_one_named(left: Claim, right: Claim, names: NameResolver) -> bool:
    """Whether two ages are of one person by the user's aliases: "Raymond Kettering" and
    "Ray Kettering" when an alias makes them one, although the names, which are the ages'
    measures, differ. Only a whole name listed as an alias counts ("Anselm Pelletreau"
    holds the alias "Pelletreau" of Dorian Pelletreau, but is his brother)."""
    if not (left.fact and right.fact and left.fact.attribute == right.fact.attribute == "age"):
        return False
    if not (left.subject and right.subject):
        return False
    canonical = [_aliased_subject(claim, names).casefold() for claim in (left, right)]
    return canonical[0] == canonical[1]


def _aliased_subject(claim: Claim, names: NameResolver) -> str:
    """The name the user's aliases give a claim's subject, or the subject itself. The
    subject is looked up as written, with its titles ("Mrs Olsen", where the subject is
    "Olsen"), and a thing aged by a description ("the 58-year-old mine") with its article,
    as the aliases give it ("the mine")."""
    subject = claim.subject
    titled = subject
    for word in reversed(claim.text[: max(0, claim.text.find(subject))].split()[-2:]):
        if word.casefold().rstrip(".") not in TITLE_WORDS:
            break
        titled = f"{word} {titled}"
    for written in (titled, subject, f"the {subject}"):
        if written.casefold() in names.table:
            return names.table[written.casefold()]
    return subject


# Single events a story may tell in stages on several days (``staged_events``).
STAGED_EVENTS = frozenset(read_data("measures.json")["staged_events"])
# Pronouns that tell a man from a woman.
_HE = frozenset(("he", "him", "his", "himself"))
_SHE = frozenset(("she", "her", "hers", "herself"))


def genders_apart(left: Claim, right: Claim) -> bool:
    """Whether one claim's words refer to a man and the other's to a woman, by pronoun."""
    return len({_gender_told(left), _gender_told(right)} - {""}) == 2


def _gender_told(claim: Claim) -> str:
    """'he' or 'she' when a claim's words refer to a man or a woman by pronoun only, else
    ''."""
    words = set(re.findall(r"[a-z]+", claim.text.casefold()))
    he, she = bool(words & _HE), bool(words & _SHE)
    return "" if he == she else "he" if he else "she"


def _timed_in_each_others_story(
    left: Claim, right: Claim, names: NameResolver, texts: dict[str, str]
) -> bool:
    """Whether two clock times of one kind of event have subjects that each article names
    ("raided a jewellery shop in central Lenmouth shortly after 10 a.m." against "The raid
    on Carrow & Vane happened at around 3.15pm", in a story that names both): the words
    nearest a clock time seldom say whose event it is, so two different ones do not tell
    two events apart. Whether the two are one event is the comparison's question
    (``compare._clocks_of_one_day``). So are the weekdays of a story's one event ("a family
    court judge ruled on Tuesday", "Judge Agatha Penhallow handed down her ruling on
    Wednesday")."""
    if left.fact is None:
        return False
    attribute = left.fact.attribute
    if not (
        attribute.startswith("time of ")
        or (
            attribute.startswith("day of ")
            and is_story_event(attribute)
            and attribute.removeprefix("day of ") not in STAGED_EVENTS
        )
    ):
        return False
    if is_story_event(attribute):
        # "the fire started at around 2:15 p.m." after "operated by Orrin Bay Ferries",
        # against "the fire started just before half past four": a story has one fire, and
        # whatever the sentence names beside its time is no other one. Where both name
        # something ("The Carrow Dam on the River Sedge gave way at about 11 p.m.", "The
        # Carrow Dam burst shortly before 2 a.m."), the nearest name may be where the one
        # event happened, so one subject named in the other's article is enough.
        return not (left.subject and right.subject) or _named_in_each_others_story(
            left, right, names, texts, enough=any
        )
    return _named_in_each_others_story(left, right, names, texts)


def _tallied_on_one_day(
    left: Claim, right: Claim, names: NameResolver, texts: dict[str, str]
) -> bool:
    """Whether two vote tallies are of one stated day, with subjects each article names:
    "The council voted 7-2 on Tuesday night" and "the council approved the Rovers stadium
    on a 6-3 vote" on that Tuesday. The subject nearest a tally is often what was voted on,
    not who voted, so a tally of one stated day is one vote."""
    if left.fact is None or left.fact.attribute != "vote" or right.fact is None:
        return False
    days = {claim.time.day if claim.time else None for claim in (left, right)}
    one_day = len(days) == 1 and None not in days
    return (one_day or _the_one_tally_each(left, right, texts)) and _named_in_each_others_story(
        left, right, names, texts
    )


def _the_one_tally_each(left: Claim, right: Claim, texts: dict[str, str]) -> bool:
    """Whether two vote tallies share a side ("by 31 votes to 19", "by 31 votes to 17") and
    each is the only tally its article gives: the story's one vote, told twice."""
    sides = [set(claim.fact.value.split("-")) for claim in (left, right) if claim.fact]
    return bool(sides[0] & sides[1]) and all(
        len(VOTE_TALLY.findall(texts[claim.source])) == 1 for claim in (left, right)
    )


def _named_in_each_others_story(
    left: Claim,
    right: Claim,
    names: NameResolver,
    texts: dict[str, str],
    enough: Callable[[Iterable[bool]], bool] = all,
) -> bool:
    """Whether each claim's subject, if it has one, is named in the other's article (or,
    with ``enough=any``, one of them is)."""
    return enough(
        names.mentioned_in(claim.subject, f"{other.source}:all", texts[other.source])
        for claim, other in ((left, right), (right, left))
        if claim.subject
    )


# What ``Components`` joins: claim ids, or indexes.
Node = TypeVar("Node", str, int)


class Components(Generic[Node]):
    """Claims (or any ids) joined by pairs (union-find): which connected set each is in."""

    def __init__(self, pairs: Iterable[tuple[Node, Node]]) -> None:
        """Join every pair of ids.

        :param pairs: (left id, right id) of each link
        """
        self.parent: dict[Node, Node] = {}
        for left_id, right_id in pairs:
            left, right = self.root(left_id), self.root(right_id)
            if left != right:
                self.parent[max(left, right)] = min(left, right)

    def root(self, claim_id: Node) -> Node:
        """The id that stands for an id's set (the smallest of it; itself when unlinked)."""
        while self.parent.get(claim_id, claim_id) != claim_id:
            claim_id = self.parent[claim_id]
        return claim_id


def group_matches(
    claims: Sequence[Claim], matches: Sequence[Match], names: NameResolver
) -> list[ClaimGroup]:
    """Connected claims become groups; each group speaks to one measure."""
    root = Components((m.left.id, m.right.id) for m in matches).root
    order = {claim.id: index for index, claim in enumerate(claims)}
    by_id = {claim.id: claim for claim in claims}
    members: dict[str, set[str]] = defaultdict(set)
    edges_of: dict[str, list[Match]] = defaultdict(list)
    for match in matches:
        linked_to = root(match.left.id)
        members[linked_to].update((match.left.id, match.right.id))
        edges_of[linked_to].append(match)
    groups: list[ClaimGroup] = []
    for group_root, member_ids in members.items():
        ids = sorted(member_ids, key=order.__getitem__)
        first = by_id[ids[0]]
        edges = edges_of[group_root]
        basis = max(edges, key=lambda m: m.confidence).basis
        quantity = primary_quantity(first)
        groups.append(
            ClaimGroup(
                id="g" + hashlib.sha1("\0".join(ids).encode()).hexdigest()[:10],
                claims=ids,
                sources=sorted({by_id[i].source for i in ids}),
                measure=first.fact.attribute
                if first.fact
                else frame_attribute(first) or first.measure,
                subject=names.resolve(
                    next((by_id[i].subject for i in ids if by_id[i].subject), "")
                )[0],
                kind=quantity.kind if quantity else "fact",
                confidence=min(m.confidence for m in edges),
                basis=basis,
            )
        )
    groups.sort(key=lambda g: order[g.claims[0]])
    return groups
