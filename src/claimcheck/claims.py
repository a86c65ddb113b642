"""Claims: break sentences into atomic, checkable assertions.

Matching and conflict detection compare one assertion with another, so a
sentence that packs several figures ("attracted 150 firms and employs 5,000
people") must become several claims, each with its own span, quantities, what
it measures, the time it refers to, the places and names around it and who it
is credited to. This module does that with shallow, general cues (clause
boundaries, noun phrases next to a number, time prepositions); the word lists
are data tables at the top, and nothing here knows any particular story.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence

from claimcheck.attribution import find_attributions, governing_lead
from claimcheck.models import Attribution, Claim, Fact, Quantity, Sentence, Span, TimeRef
from claimcheck.quantities import parse_quantities

# Words that end a noun phrase after a number: "150 firms in the region".
PHRASE_STOPWORDS = frozenset(
    (
        "a an the in on at by for from to with since during that which who whom whose "
        "was were is are be been being have has had will would could should may might can "
        "and or but nor as than then there here this these those it its their his her "
        "our your of per across into onto over under between among about around after "
        "before through until while when where if so such not no each every all both "
        "now also already still just only recently currently respectively year years "
        "including valued worth working making"
    ).split()
)

# Connecting words allowed inside a noun phrase: "incubators and accelerators".
PHRASE_JOINERS = frozenset({"and", "&"})

# Determiners and possessives skipped before a noun phrase: "of the nation's firms".
LEADING_FILLERS = frozenset("the a an its their his her our this that these those".split())

# Words that are capitalised for grammar, not because they name something.
NON_NAME_WORDS = frozenset(
    (
        "The A An In On At By For From To With Since During After Before As It Its This That "
        "These Those There Here He She They We I You Our Their His Her But And Or So If When "
        "While Although Though However Meanwhile Today Yesterday Tomorrow Last Next Some Many "
        "Most Other Another Each Every All Both One Two Three Four Five Six Seven Eight Nine "
        "Ten What Why How Who Where Which Despite Through Under Over Among According Data "
        "Research Notably Furthermore Moreover Also Then Now Once Still Even First Second "
        "Third Finally Put Take Plenty Speaking Highlighting Together Local New Key Those "
        "January February March April May June July August September October November "
        "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
    ).split()
)

# Suffixes that mark a name as a place: "Harbor District", "Lake County".
PLACE_SUFFIXES = frozenset(
    (
        "district city province county state region area zone park lake river delta "
        "valley island islands bay coast village town borough prefecture municipality "
        "republic kingdom"
    ).split()
)

# Prepositions after which a name is most likely a place: "a plant in Springfield".
PLACE_PREPOSITIONS = frozenset("in across near outside inside throughout around".split())

MONTHS = (
    "january february march april may june july august september october november december"
).split()

# Superlatives and firsts after a determiner or possessive: "the country's largest",
# "China's most advanced", "the world's first", "its only".
SUPERLATIVE = re.compile(
    r"\b(?:the|its|their|[A-Za-z]+['’]s)\s+(?:[a-z-]+\s+)?"
    r"(?:(?:most|least)\s+[a-z-]+|largest|biggest|highest|lowest|fastest|smallest|best|worst|"
    r"greatest|oldest|newest|longest|tallest|strongest|deepest|record)\b",
    re.IGNORECASE,
)
FIRST = re.compile(
    r"\b(?:the|its|their|[A-Za-z]+['’]s)\s+(?:very\s+)?(?:first|only|sole)\b(?!\s+(?:time|half|"
    r"quarter|step|day|week|month|year)s?\b)|\bfirst-ever\b|\bworld-first\b|\branking first\b",
    re.IGNORECASE,
)

# Kinds of figure that make a claim technical: "a 3 nm process", "a 2 GW plant".
TECHNICAL_KINDS = frozenset(("length", "area", "volume", "mass", "data", "speed", "temperature"))

# Words that put a claim in the future: "will open", "scheduled for completion".
FUTURE_CUES = re.compile(
    r"\b(?:will|shall|plans? to|planned|scheduled|expected to|aims? to|aiming to|set to|"
    r"is to|are to|intends? to|projected|forecast|target(?:s|ed)?|goal)\b",
    re.IGNORECASE,
)

# Opinion and exhortation markers: "I think", "we might", "should be seen".
OPINION_CUES = re.compile(
    r"\b(?:I|we|my|our)\b|\b(?:should|must|ought to|perhaps|maybe|arguably|"
    r"it is reasonable to|in my view|let's)\b",
    re.IGNORECASE,
)

# Verbs of change that tell which noun a bare figure measures:
# "investment rose 18 percent", "valuation surpassed $15 billion".
CHANGE_VERBS = (
    "rose grew fell dropped declined increased decreased climbed jumped surged slid "
    "reached hit totaled totalled topped surpassed exceeded exceeding amounted stood "
    "generated raised earned posted reported valued hosts hosted employs employed "
    "produces produced filed attracted attracting"
).split()

# A count with no noun takes the noun of "the number of resident firms grew from ...".
NUMBER_OF = re.compile(r"\bnumber of ((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:grow|grew|rose|in|has|had|is|was|increase|from|to)\b)", re.IGNORECASE)

# Time expressions not written as a bare year: "last December", "this week", "recently".
RELATIVE_TIME = re.compile(
    r"\b(?:(?:last|this|next|earlier this|late last)\s+(?:year|month|week|quarter|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|"
    r"recently|in recent years)\b",
    re.IGNORECASE,
)

# A dated lead: "In late April 2025, ..." or a dateline "March 3, 2024".
LEAD_DATE = re.compile(
    r"\b(?:in|on|during|since)\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:\d{1,2},?\s+)?)?((?:18|19|20)\d\d)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},?\s+((?:18|19|20)\d\d)\b",
    re.IGNORECASE,
)

# How many kept sentences from the top of an article may set its time context.
LEAD_SENTENCES = 3

# Clause boundaries between two figures, strongest first:
# "rose 5%; sales fell", "150 firms and now employs", "from 100 in 2020 to 200".
CLAUSE_BREAKS = (
    re.compile(r";\s*"),
    re.compile(r",\s+(?:and|but|while|whereas|with|as)\s+"),
    re.compile(r"\s+(?:while|whereas)\s+"),
    re.compile(r"\s+(?:as|after|because|when)\s+(?=(?:its|their|the|a|an|his|her)\b)"),
    re.compile(r"\s+and\s+(?=(?:now\s+|also\s+|then\s+)?[a-z]+s\b)"),
    re.compile(r"\s+to\s+(?=(?:over|more than|about|around|nearly|almost|some|under|"
               r"less than|fewer than|at least|roughly|approximately)?\s*[$€£¥\d])"),
    re.compile(r",\s+"),
    re.compile(r"\s+and\s+"),
)

# Prepositions that relate a claim to a year: "in 2023" (at), "by 2025" (by).
YEAR_RELATIONS = {
    "in": "at",
    "of": "at",
    "during": "at",
    "for": "at",
    "by": "by",
    "before": "by",
    "since": "since",
    "until": "until",
    "through": "until",
    "till": "until",
}

TOKEN = re.compile(r"[A-Za-z][\w'’&.-]*[\w]|[A-Za-z]")

# Named things: capitalised words in a row, allowing "of"/"and"/"the" inside:
# "Bank of England", "Foundation for Open Data", "“Harbor Hub”".
NAME = re.compile(
    r"[\u201c\"]([A-Z][^\u201d\"]{1,60})[\u201d\"]"
    r"|\b((?:[A-Z][\w'’.&-]*|[A-Z]{2,})"
    r"(?:\s+(?:(?:of|and|for|de|the)\s+)?(?:[A-Z][\w'’.&-]*|\d+[A-Za-z]*))*)"
)


# "is headquartered in Springfield", "based in the Rhine Valley".
BASED_IN = re.compile(
    r"\b(?:based|headquartered|located)\s+in\s+(?:the\s+)?"
    r"(?P<value>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
)

# "opened in 2019", "was founded in March 2004", "completed back in 1998".
EVENT_YEAR = re.compile(
    r"\b(?P<verb>opened|founded|established|launched|completed|inaugurated|built|"
    r"incorporated|created)\b(?:\s+(?:its\s+doors|back|first|officially|operations))*"
    r"\s+in\s+(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?P<value>(?:18|19|20)\d\d)\b"
)

# "Northwind's chief executive, Jane Doe" / "chief executive of Northwind, Jane Doe".
POST_HOLDER = re.compile(
    r"(?:(?P<org1>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s+"
    r"(?P<title1>chief executive|CEO|chair(?:man|woman)?|president|director|head)"
    r"|(?P<title2>chief executive|CEO|chair(?:man|woman)?|president|director|head)\s+of\s+"
    r"(?:the\s+)?(?P<org2>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*))"
    r",?\s+(?P<value>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+){1,2})\b"
)

# Verbs of one event that share an attribute: "opened" and "inaugurated".
EVENT_ATTRIBUTES = {
    "opened": "opened",
    "inaugurated": "opened",
    "launched": "opened",
    "founded": "founded",
    "established": "founded",
    "incorporated": "founded",
    "created": "founded",
    "completed": "completed",
    "built": "completed",
}


class LineIndex:
    """Turns character offsets into 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        """Record where each line starts.

        :param text: the whole source text
        """
        self.starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column (both 1-based) of a character offset."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def claim_id(source_id: str, span: Span) -> str:
    """A short id that stays the same while the source and span do."""
    digest = hashlib.sha1(f"{source_id}\0{span[0]}\0{span[1]}".encode()).hexdigest()
    return f"c{digest[:10]}"


def _trim(text: str, start: int, end: int) -> Span:
    """Shrink a span past surrounding spaces, commas and dashes."""
    strip = " \t\r\n,;:\u2013\u2014-"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip + ".":
        end -= 1
    return start, end


def _main_quantities(quantities: Sequence[Quantity]) -> list[Quantity]:
    """Figures that carry a claim: not years, not dates, not conversion glosses."""
    return [
        q
        for q in quantities
        if q.kind not in ("year", "other")
        and q.conversion_of is None
        and not (q.value == 1 and q.surface.strip().isalpha())
    ]


def split_clauses(text: str, span: Span, anchors: Sequence[Quantity]) -> list[Span]:
    """Cut a sentence between consecutive figures at the strongest clause boundary.

    Two figures with no boundary between them ("20 firms valued at $1 billion")
    stay in one clause. Returns one span per clause, covering the sentence.
    """
    start, end = span
    cuts: list[int] = []
    for left, right in zip(anchors, anchors[1:], strict=False):
        gap_start, gap_end = left.span[1], right.span[0]
        for pattern in CLAUSE_BREAKS:
            # Search up to the right figure's end: a break may look ahead into it.
            found = [m for m in pattern.finditer(text, gap_start, right.span[1]) if m.start() < gap_end]
            if found:
                cuts.append(found[-1].start())
                break
    bounds = [start, *cuts, end]
    return [_trim(text, a, b) for a, b in zip(bounds, bounds[1:], strict=False)]


def _words_after(text: str, position: int, limit: int) -> list[tuple[str, int, int]]:
    """Word tokens (text, start, end) from position up to limit."""
    return [
        (m.group(), position + m.start(), position + m.end())
        for m in TOKEN.finditer(text[position:limit])
    ]


def noun_phrase_after(text: str, position: int, limit: int, max_words: int = 4) -> str:
    """The noun phrase right after a figure: "150 [AI firms] in the region".

    Stops at punctuation, a function word or a verb-like word; "of" after a
    share opens the phrase it is a share of ("47% of the nation's firms").
    """
    segment = text[position:limit]
    leading = re.match(r"\s*(?:of\s+)?", segment)
    offset = position + (leading.end() if leading else 0)
    words: list[str] = []
    cursor = offset
    for match in re.finditer(r"(\s*)([^\s,;:.()\u2013\u2014\u201d\"!?]+)", text[offset:limit]):
        if match.start() != cursor - offset:
            break
        word = match.group(2)
        lowered = word.casefold()
        cursor = offset + match.end()
        if not words and (lowered in LEADING_FILLERS or lowered.endswith(("'s", "’s"))):
            continue
        if lowered in PHRASE_JOINERS and words:
            words.append(lowered)
            continue
        if lowered in PHRASE_STOPWORDS or not re.fullmatch(r"[\w'’-]+", word):
            break
        if re.fullmatch(r"\d[\d,.]*", word):
            break
        words.append(lowered)
        if len([w for w in words if w not in PHRASE_JOINERS]) >= max_words:
            break
    while words and words[-1] in PHRASE_JOINERS:
        words.pop()
    return " ".join(words)


def noun_phrase_before(text: str, start: int, position: int) -> str:
    """The noun phrase that a figure is predicated of: "[investment] rose 18%".

    Looks back over hedges and a change verb to the nouns before them.
    """
    before = text[start:position]
    tokens = re.findall(r"[\w'’-]+", before)
    index = len(tokens)
    while index > 0 and (
        tokens[index - 1].casefold() in PHRASE_STOPWORDS
        or tokens[index - 1].casefold() in CHANGE_VERBS
        or tokens[index - 1].casefold() in {"had", "has", "have", "recently", "been"}
    ):
        if tokens[index - 1].casefold() in CHANGE_VERBS:
            index -= 1
            break
        index -= 1
    words: list[str] = []
    while index > 0 and len(words) < 3:
        word = tokens[index - 1]
        lowered = word.casefold()
        if lowered in PHRASE_STOPWORDS or lowered in CHANGE_VERBS or lowered in LEADING_FILLERS:
            break
        words.insert(0, lowered.removesuffix("'s").removesuffix("’s"))
        index -= 1
    return " ".join(words)


def measure_of(text: str, clause: Span, quantity: Quantity) -> str:
    """What a figure measures, as a lower-case phrase ('' when nothing says)."""
    after = noun_phrase_after(text, quantity.span[1], clause[1])
    if quantity.kind == "percent":
        if after:
            return f"share of {after}"
        before = noun_phrase_before(text, clause[0], quantity.span[0])
        return f"{before} change".strip() if before else ""
    if quantity.kind == "multiplier":
        return after
    if quantity.kind == "money":
        if after.startswith(("in ", "of ")):
            return after.split(" ", 1)[1]
        before = noun_phrase_before(text, clause[0], quantity.span[0])
        return before or after
    if quantity.kind in ("count", "multiplier"):
        return after
    return after or noun_phrase_before(text, clause[0], quantity.span[0])


def find_names(text: str, span: Span) -> list[tuple[str, Span]]:
    """Capitalised names in a span, skipping words capitalised only by grammar."""
    start, end = span
    names: list[tuple[str, Span]] = []
    for match in NAME.finditer(text, start, end):
        group = 1 if match.group(1) else 2
        name = match.group(group)
        name_start = match.start(group)
        words = name.split()
        while words and words[0].strip("’'") in NON_NAME_WORDS:
            name_start += len(words[0]) + 1
            words = words[1:]
        while words and words[-1] in {"of", "and", "for", "the", "de"}:
            words = words[:-1]
        if not words or (len(words) == 1 and len(words[0]) < 2):
            continue
        if len(words) == 1 and _is_modifier(text, words[0], name_start + len(words[0])):
            continue
        cleaned = " ".join(words).removesuffix("'s").removesuffix("’s")
        names.append((cleaned, (name_start, name_start + len(cleaned))))
    return names


def _is_modifier(text: str, word: str, end: int) -> bool:
    """A capitalised word used as an adjective: "AI firms", "Chinese cities".

    Acronyms and nationality words directly before a lower-case word describe
    that word; they are not the thing a claim is about.
    """
    following = re.match(r"\s+([a-z][\w-]*)", text[end : end + 40])
    if not following:
        return False
    acronym = word.isupper() or bool(re.fullmatch(r"[A-Z][A-Za-z&]{0,3}", word) and word[1:].isupper())
    nationality = word.endswith(("ese", "ian", "ean", "can", "ish", "ern", "ic"))
    return acronym or nationality


def is_place(text: str, name: str, span: Span) -> bool:
    """Whether a name is most likely a place, by its suffix or the word before it."""
    if name.split()[-1].casefold() in PLACE_SUFFIXES:
        return True
    before = text[max(0, span[0] - 12) : span[0]].split()
    return bool(before) and before[-1].casefold() in PLACE_PREPOSITIONS


def time_of(text: str, clause: Span, sentence: Span, quantities: Sequence[Quantity]) -> TimeRef | None:
    """The time a clause refers to: a year in the clause, else one in the sentence lead."""
    years = [q for q in quantities if q.kind == "year"]
    in_clause = [q for q in years if clause[0] <= q.span[0] < clause[1]]
    leading = [q for q in years if sentence[0] <= q.span[0] < clause[0]]
    chosen = in_clause or leading[:1]
    if chosen:
        if len(chosen) >= 2 and re.search(
            r"\b(?:from|between)\s*$", text[max(0, chosen[0].span[0] - 9) : chosen[0].span[0]]
        ):
            first, last = chosen[0], chosen[1]
            return TimeRef(
                text=text[first.span[0] : last.span[1]],
                span=(first.span[0], last.span[1]),
                year=int(last.value or 0),
                relation="span",
            )
        year = chosen[0]
        preceding = text[max(clause[0], year.span[0] - 30) : year.span[0]]
        words = re.findall(r"[A-Za-z]+", preceding.casefold())
        relation = "at"
        for word in reversed(words):
            if word in YEAR_RELATIONS:
                relation = YEAR_RELATIONS[word]
                break
        phrase = re.search(
            r"(?:\b(?:in|by|since|until|through|during|of|for|before)\s+)?"
            r"(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"
            r"(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?$",
            text[clause[0] : year.span[0]],
        )
        time_start = clause[0] + phrase.start() if phrase else year.span[0]
        return TimeRef(
            text=text[time_start : year.span[1]],
            span=(time_start, year.span[1]),
            year=int(year.value or 0),
            relation=relation,  # type: ignore[arg-type]
        )
    relative = RELATIVE_TIME.search(text, clause[0], clause[1])
    if relative:
        return TimeRef(
            text=relative.group(), span=(relative.start(), relative.end()), relation="relative"
        )
    return None


def signals_of(claim_text: str, quantities: Sequence[Quantity]) -> list[str]:
    """Features that make a claim matter to a fact-checker, in a fixed order."""
    found: list[str] = []
    if SUPERLATIVE.search(claim_text):
        found.append("superlative")
    if FIRST.search(claim_text):
        found.append("first")
    if FUTURE_CUES.search(claim_text):
        found.append("future")
    main = _main_quantities(quantities)
    if any(q.kind == "money" for q in main):
        found.append("money")
    if any(q.kind in TECHNICAL_KINDS for q in main):
        found.append("technical")
    if any(q.kind == "multiplier" for q in main):
        found.append("comparison")
    if any(_is_specific(q) for q in main):
        found.append("specific")
    return found


def _is_specific(quantity: Quantity) -> bool:
    """A figure a writer would not round: 286, 47%, 3 nm, but not 'over 100'."""
    if quantity.qualifier != "exact" or quantity.value is None:
        return False
    digits = re.sub(r"\D", "", quantity.surface)
    significant = digits.strip("0")
    return len(significant) >= 2 or quantity.kind not in ("count", "money")


def article_year(text: str, sentences: Sequence[Sentence]) -> int | None:
    """The year an article's lead dates it to ("In late April 2024, ..."), if any."""
    for sentence in sentences[:LEAD_SENTENCES]:
        match = LEAD_DATE.search(sentence.text)
        if match:
            return int(match.group(1) or match.group(2))
    return None


def _is_heading(sentence: Sentence) -> bool:
    """A short line without closing punctuation is a heading, not an assertion."""
    stripped = sentence.text.rstrip()
    return not stripped.endswith((".", "!", "?", "\u201d", '"', ")")) and len(stripped.split()) < 12


def fact_of(text: str, clause: Span) -> Fact | None:
    """The non-numeric attribute a clause asserts: base, founding year, post holder."""
    for pattern in (EVENT_YEAR, BASED_IN, POST_HOLDER):
        match = pattern.search(text, clause[0], clause[1])
        if not match:
            continue
        if pattern is EVENT_YEAR:
            attribute = EVENT_ATTRIBUTES[match.group("verb")]
        elif pattern is BASED_IN:
            attribute = "based in"
        else:
            title = (match.group("title1") or match.group("title2")).casefold()
            attribute = "chief executive" if title == "ceo" else title
        return Fact(attribute=attribute, value=match.group("value"), span=match.span("value"))
    return None


def _has_factual_attribute(text: str, span: Span) -> bool:
    """Sentences with no figure that still assert something checkable."""
    if fact_of(text, span):
        return True
    sentence = text[span[0] : span[1]]
    return bool(SUPERLATIVE.search(sentence) or FIRST.search(sentence))


def extract_claims(source_id: str, text: str, sentences: Sequence[Sentence]) -> list[Claim]:
    """All claims of one source, in text order.

    :param source_id: id of the source the sentences come from
    :param text: the source's full text (spans are offsets into it)
    :param sentences: the source's kept sentences, in order
    """
    lines = LineIndex(text)
    context_year = article_year(text, sentences)
    claims: list[Claim] = []
    previous_attribution: Attribution | None = None
    previous_end = 0
    for sentence in sentences:
        same_paragraph = "\n" not in text[previous_end : sentence.span[0]]
        attributions = find_attributions(text, sentence.span)
        lead = governing_lead(previous_attribution, sentence.text, same_paragraph)
        attribution = attributions[0] if attributions else lead
        previous_attribution = attribution
        previous_end = sentence.span[1]
        if _is_heading(sentence):
            continue
        quantities = parse_quantities(sentence.text, offset=sentence.span[0])
        anchors = _main_quantities(quantities)
        if not anchors and not _has_factual_attribute(text, sentence.span):
            continue
        clauses = split_clauses(text, sentence.span, anchors) if anchors else [sentence.span]
        names = find_names(text, sentence.span)
        sentence_claims = _claims_for_sentence(
            source_id, text, sentence, clauses, quantities, names, attribution, lines
        )
        claims.extend(
            claim.model_copy(update={"context_year": context_year}) for claim in sentence_claims
        )
    return claims


def _claims_for_sentence(
    source_id: str,
    text: str,
    sentence: Sentence,
    clauses: Sequence[Span],
    quantities: Sequence[Quantity],
    names: Sequence[tuple[str, Span]],
    attribution: Attribution | None,
    lines: LineIndex,
) -> list[Claim]:
    """One claim per clause, with measures filled in from sibling clauses."""
    places = sorted({name for name, span in names if is_place(text, name, span)})
    number_of = NUMBER_OF.search(sentence.text)
    results: list[Claim] = []
    last_measure = ""
    for clause in clauses:
        in_clause = [q for q in quantities if clause[0] <= q.span[0] < clause[1]]
        anchors = _main_quantities(in_clause)
        clause_text = text[clause[0] : clause[1]]
        measure = measure_of(text, clause, anchors[0]) if anchors else ""
        if anchors and not measure:
            measure = number_of.group(1).casefold() if number_of else last_measure
        last_measure = measure or last_measure
        subject = _subject_of(text, clause, anchors, names, attribution)
        line, column = lines.position(clause[0])
        opinion = bool(OPINION_CUES.search(clause_text)) and not anchors
        results.append(
            Claim(
                id=claim_id(source_id, clause),
                source=source_id,
                span=clause,
                sentence_span=sentence.span,
                line=line,
                column=column,
                text=clause_text,
                quantities=list(in_clause),
                measure=measure,
                subject=subject,
                time=time_of(text, clause, sentence.span, quantities),
                places=places,
                entities=[name for name, span in names if not is_place(text, name, span)],
                attribution=attribution,
                fact=None if anchors else fact_of(text, clause),
                checkable=not opinion,
                signals=signals_of(clause_text, in_clause),
            )
        )
    return results


def _subject_of(
    text: str,
    clause: Span,
    anchors: Sequence[Quantity],
    names: Sequence[tuple[str, Span]],
    attribution: Attribution | None,
) -> str:
    """The named thing a figure is about: the nearest non-place name before it."""
    limit = anchors[0].span[0] if anchors else clause[1]
    skip = attribution.span if attribution else (-1, -1)
    candidates = [
        name
        for name, span in names
        if span[1] <= limit
        and not (skip[0] <= span[0] < skip[1])
        and not is_place(text, name, span)
    ]
    return candidates[-1] if candidates else ""
