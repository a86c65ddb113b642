"""Data types that cross a stage boundary or leave the program.

Every stage of the pipeline hands the next one these frozen pydantic models, and
the JSON ledger and reports are their serialisations, so a field documented here
is a field a user can rely on. Spans are ``(start, end)`` character offsets into
the text exactly as ``Path.read_text(encoding="utf-8")`` returns it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]

QuantityKind = Literal[
    "count",
    "money",
    "percent",
    "percentage_point",
    "multiplier",
    "length",
    "area",
    "volume",
    "mass",
    "duration",
    "data",
    "speed",
    "temperature",
    "year",
    "other",
]

Qualifier = Literal["exact", "over", "under", "at_least", "at_most", "approx", "range"]


class Model(BaseModel):
    """Base for every data type: immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class DroppedText(Model):
    """A stretch of a source that cleaning kept out of the claim ledger, and why."""

    span: Span = Field(description="Character offsets [start, end) of the dropped text.")
    line: int = Field(default=0, description="1-based line where it starts (0: not located).")
    column: int = Field(default=0, description="1-based column where it starts (0: not located).")
    reason: str = Field(description="Why the text is not the article's own prose.")
    text: str = Field(description="The dropped text, verbatim.")


class SourceMetadata(Model):
    """What an article's record says about it beyond its text (JSON Lines fields)."""

    title: str | None = Field(default=None, description="Headline or title.")
    url: str | None = Field(default=None, description="Where the article was published.")
    published: str | None = Field(default=None, description="Publication date, as written.")
    outlet: str | None = Field(default=None, description="Outlet, site or publisher.")
    author: str | None = Field(default=None, description="Byline, when the page gives one.")
    story: str | None = Field(
        default=None, description="The story a JSON Lines record names: it wins over separation."
    )


class Source(Model):
    """One article as loaded: where it came from and what cleaning removed."""

    id: str = Field(description="Path relative to the argument it was found under.")
    path: str = Field(description="Path as given or discovered on disk.")
    chars: int = Field(description="Length of the decoded text in characters.")
    sha256: str = Field(description="SHA-256 of the file's bytes.")
    dropped: list[DroppedText] = Field(
        default_factory=list, description="Text cleaning removed, in order of position."
    )
    metadata: SourceMetadata | None = Field(
        default=None, description="Title, URL, date and outlet, when the input gives them."
    )


class Story(Model):
    """Articles about one story: claims are matched and checked only within it."""

    id: str = Field(description="'story-1', 'story-2', ... in the order of their first source.")
    sources: list[str] = Field(description="Ids of the story's sources, in id order.")
    terms: list[str] = Field(
        default_factory=list, description="Names (then words) most of its articles use."
    )

    @property
    def message(self) -> str:
        """One line for a reader: the story, what it is about and its articles (the first
        ten, then how many more)."""
        shown = ", ".join(self.sources[:10])
        more = len(self.sources) - 10
        articles = f"{shown} and {more} more" if more > 0 else shown
        about = f" about {', '.join(self.terms)}" if self.terms else ""
        count = f"{len(self.sources)} article{'s' if len(self.sources) != 1 else ''}"
        return f"{self.id}{about}: {count} ({articles})"


class SkippedFile(Model):
    """A file that could not be used, with a one-line reason."""

    path: str = Field(description="The file as discovered.")
    reason: str = Field(description="Why it was skipped.")


class Sentence(Model):
    """A sentence of a source's kept prose."""

    source: str = Field(description="Id of the source the sentence belongs to.")
    span: Span = Field(description="Character offsets [start, end) in the source text.")
    text: str = Field(description="The sentence, verbatim.")


class Quantity(Model):
    """A numeric mention normalised to an interval in a base unit.

    ``low``/``high`` bound the value the writer asserts; a missing bound is open.
    ``value`` is the figure as stated (scaled to the base unit), used for display
    and as the centre of approximations.
    """

    surface: str = Field(description="The mention as written, qualifier included.")
    span: Span = Field(description="Character offsets [start, end) of the surface.")
    kind: QuantityKind = Field(description="What sort of magnitude this is.")
    unit: str = Field(
        default="", description="Canonical unit (USD, CNY, %, m, m2, s, B ...); '' for counts."
    )
    value: float | None = Field(description="Stated figure in the base unit, if there is one.")
    low: float | None = Field(default=None, description="Lower bound in the base unit.")
    high: float | None = Field(default=None, description="Upper bound in the base unit.")
    low_inclusive: bool = Field(default=True, description="Whether low itself is allowed.")
    high_inclusive: bool = Field(default=True, description="Whether high itself is allowed.")
    qualifier: Qualifier = Field(default="exact", description="How the writer bounded it.")
    tolerance: float = Field(
        default=0.0, description="Relative tolerance of an approximation (0.1 = ±10%)."
    )
    conversion_of: Span | None = Field(
        default=None,
        description="Span of the quantity this one restates in another unit, e.g. a $ gloss.",
    )


class Attribution(Model):
    """Who a claim is credited to, and where the credit is written."""

    source: str = Field(description="The cited source as written, e.g. an agency or report.")
    cue: str = Field(description="The attributing words, e.g. 'according to', 'reported'.")
    span: Span = Field(description="Character offsets of the attribution phrase.")
    scope: Literal["clause", "sentence", "lead", "turn"] = Field(
        description="Whether it governs the clause, the whole sentence, comes from a lead, "
        "or from a transcript's speaker label over that speaker's turn."
    )
    refers_to: str | None = Field(
        default=None,
        description="For a pronoun source ('he', 'she'), the named speaker it most likely "
        "stands for: the nearest earlier one of the article that a reporting verb credits.",
    )

    @property
    def credited(self) -> str:
        """Who the claim is credited to, for a reader: the source as written, or the
        speaker a pronoun stands for with the pronoun after it ("Ian Marsh (he)"), so that a
        report's brackets around a credit do not nest."""
        return f"{self.refers_to} ({self.source})" if self.refers_to else self.source


class TimeRef(Model):
    """The time a claim refers to, as stated."""

    text: str = Field(description="The time expression as written.")
    span: Span = Field(description="Character offsets of the expression.")
    year: int | None = Field(default=None, description="Year referred to, when known.")
    day: str | None = Field(
        default=None, description="Day referred to: a weekday ('wednesday') or a date ('10-15')."
    )
    part: str | None = Field(
        default=None, description="Part of that day: 'midday', 'close', '18h' ..."
    )
    relation: Literal["at", "by", "since", "until", "span", "relative"] = Field(
        default="at", description="How the claim relates to that time."
    )


class Fact(Model):
    """A non-numeric attribute a claim asserts: where something is based, when it opened."""

    attribute: str = Field(description="The attribute, e.g. 'based in', 'opened', 'head'.")
    value: str = Field(description="Its value as written, e.g. a place, a year, a name.")
    span: Span = Field(description="Character offsets of the value.")
    of: str = Field(default="", description="What the attribute belongs to, e.g. a post.")


class Frame(Model):
    """What a figure measures, of whom, read from the sentence's parse.

    Matching compares frames: two claims speak to the same thing when their
    attributes are equal and their entities can be one (see ``claimcheck.frames``).
    """

    attribute: str = Field(
        default="", description="Canonical attribute from the measure lexicon, e.g. 'deaths'."
    )
    entity: str = Field(
        default="", description="Who or what the value belongs to, as named ('' when implicit)."
    )
    role: Literal["level", "change"] = Field(
        default="level", description="'change' for 'rose 14%', 'level' for 'rose to $2.3bn'."
    )
    negated: bool = Field(default=False, description="True when the verb is negated.")
    modifiers: list[str] = Field(
        default_factory=list, description="Words that narrow what is counted ('minor', 'school')."
    )
    setting: list[str] = Field(
        default_factory=list,
        description="Common nouns a count holds in ('school' in 'sheltering in the school').",
    )
    noun: str = Field(default="", description="Lemma of the noun the figure counts or measures.")
    verb: str = Field(default="", description="Lemma of the verb that governs it.")


class Claim(Model):
    """One checkable assertion, with its evidence and context."""

    id: str = Field(description="Stable id derived from source id and span.")
    source: str = Field(description="Id of the source.")
    span: Span = Field(description="Character offsets [start, end) of the claim text.")
    sentence_span: Span = Field(description="Offsets of the sentence holding the claim.")
    line: int = Field(description="1-based line of the claim start.")
    column: int = Field(description="1-based column of the claim start.")
    text: str = Field(description="The claim text, verbatim.")
    quantities: list[Quantity] = Field(default_factory=list, description="Values it asserts.")
    measure: str = Field(default="", description="Normalised phrase for what is measured.")
    predicate: str = Field(
        default="", description="Verb stem said of a counted noun: 'kill' in '12 people killed'."
    )
    subject: str = Field(default="", description="Normalised phrase for what it is about.")
    time: TimeRef | None = Field(default=None, description="The time it refers to, if stated.")
    context_year: int | None = Field(
        default=None, description="Year the article as a whole is about, when its lead says so."
    )
    context_day: str | None = Field(
        default=None, description="Weekday the article's lead or dateline dates it to."
    )
    context_date: str | None = Field(
        default=None, description="Date ('MM-DD') the article's lead or dateline dates it to."
    )
    places: list[str] = Field(default_factory=list, description="Places named in the sentence.")
    entities: list[str] = Field(default_factory=list, description="Named things in the claim.")
    attribution: Attribution | None = Field(default=None, description="Who it is credited to.")
    fact: Fact | None = Field(
        default=None, description="The attribute it asserts, if not a figure."
    )
    frame: Frame | None = Field(
        default=None, description="What the figure measures, of whom (from the parse)."
    )
    checkable: bool = Field(default=True, description="False for opinions and exhortations.")
    anaphoric: bool = Field(
        default=False,
        description="True when its sentence opens with a pronoun ('He caught 29 passes'), or"
        " with a phrase and then one ('According to the board, they won 8.2 percent').",
    )
    signals: list[str] = Field(
        default_factory=list,
        description="Features that make it matter: superlative, first, future, money, specific.",
    )


class SourceFamily(Model):
    """Sources that carry the same text (a wire story and its reprints), or whose datelines
    name one outlet (a wire report and its follow-up): one witness."""

    sources: list[str] = Field(description="Ids of the sources, sorted.")
    shared_sentences: int = Field(description="Long claim sentences they share, near-verbatim.")
    outlets: list[str] = Field(
        default_factory=list,
        description="The outlet their datelines name, when that joins them ('(Reuters) -').",
    )
    message: str = Field(description="What a reader is told ('a.txt and b.txt carry ...').")


IGNORED = (
    "Files of types claimcheck does not read (not articles, not documents it can name), "
    "left out of folder walks: count by lower-case extension, '' for none."
)


class Ledger(Model):
    """What ``claimcheck extract`` produces: the sources and their claims."""

    sources: list[Source] = Field(description="Sources loaded, in id order.")
    skipped: list[SkippedFile] = Field(default_factory=list, description="Files not used.")
    ignored: dict[str, int] = Field(default_factory=dict, description=IGNORED)
    claims: list[Claim] = Field(description="Claims in source order, then text order.")


FindingKind = Literal["conflict", "unsourced", "same-figure", "changed", "corroborated"]
Severity = Literal["high", "medium", "low", "info"]


class ClaimGroup(Model):
    """Claims from different sources that assert the same measure of the same subject."""

    id: str = Field(description="Stable id derived from the member claim ids.")
    claims: list[str] = Field(description="Member claim ids, in source then text order.")
    sources: list[str] = Field(description="Ids of the sources that speak to this measure.")
    measure: str = Field(description="The normalised measure the members share.")
    subject: str = Field(description="The canonical subject the members share ('' if none).")
    kind: QuantityKind | Literal["fact"] = Field(description="Kind of value compared.")
    confidence: float = Field(description="How sure the match is (0-1).")
    basis: Literal["alias", "name", "frame", "context"] = Field(
        description=(
            "Why members match: a configured alias, the same name, the same attribute of "
            "the story's own entity (from the parse), or shared context."
        )
    )


class Evidence(Model):
    """One claim as shown in a finding: where it is, what it says, what it means."""

    claim: str = Field(description="Claim id.")
    source: str = Field(description="Source id.")
    path: str = Field(description="Path of the source file.")
    span: Span = Field(description="Character offsets of the claim in the source.")
    line: int = Field(description="1-based line of the claim start.")
    column: int = Field(description="1-based column of the claim start.")
    end_line: int = Field(description="1-based line of the claim end.")
    end_column: int = Field(description="1-based column just past the claim end.")
    quote: str = Field(description="The claim text, verbatim.")
    sentence: str = Field(default="", description="The whole sentence the claim is in, verbatim.")
    sentence_span: Span = Field(
        default=(0, 0), description="Character offsets of that sentence in the source."
    )
    written: str = Field(
        default="",
        description="The value as the article writes it ('more than 200 companies', '$4.2 billion').",
    )
    value: str = Field(description="The normalised value, e.g. '(100, 200) count' or a place.")
    time: str = Field(description="The time the value refers to, or '' when unknown.")
    attribution: str = Field(description="Who the claim is credited to, or ''.")
    side: int | None = Field(
        default=None,
        description=(
            "In a conflict, the side the claim takes: claims with one number agree with "
            "each other, though their normalised values may differ ('about 1,380 feet' "
            "and 'about 420 metres'). None outside conflicts, where claims of one "
            "normalised value form a side."
        ),
    )


class Finding(Model):
    """Something a reader should know: a conflict, an unsourced claim, a note."""

    id: str = Field(description="Stable fingerprint: same claims and rule, same id.")
    kind: FindingKind = Field(description="What sort of finding this is.")
    check: str = Field(description="Id of the check that produced it (see README).")
    rule: str = Field(description="The rule that fired, e.g. 'strict' or 'pragmatic'.")
    severity: Severity = Field(description="How much it matters.")
    confidence: float = Field(description="How sure the tool is (0-1).")
    score: float = Field(description="Ranking score; findings are ordered by it.")
    claims: list[str] = Field(description="Ids of the claims involved.")
    group: str | None = Field(default=None, description="Claim group id, when grouped.")
    story: str | None = Field(
        default=None, description="Id of the story it belongs to, when a run has several."
    )
    message: str = Field(description="One-line summary.")
    reason: str = Field(description="Why the values do or do not agree.")
    evidence: list[Evidence] = Field(description="The claims, quoted and located.")


class StoryResult(Model):
    """One story's share of a scan: what its articles gave and what the checks found.

    The unit of work of a run after story separation, wherever it runs
    (``claimcheck.engines``); a report is the stories' results put together.
    """

    story: Story = Field(description="The story, with the ids of all its articles.")
    sources: list[Source] = Field(description="Its articles that were used, in the given order.")
    skipped: list[SkippedFile] = Field(description="Its articles left out, with reasons.")
    claims: list[Claim] = Field(description="Its claims, in source then text order.")
    groups: list[ClaimGroup] = Field(description="Its groups of matched claims.")
    families: list[SourceFamily] = Field(description="Its sources that carry the same text.")
    findings: list[Finding] = Field(description="Its findings, most important first.")
    unsourced_unreported: int = Field(
        default=0, description="Its unsourced claims past unsourced_limit, not listed."
    )


class Summary(Model):
    """Counts shown at the top of every report."""

    sources: int = Field(default=0, description="Sources read.")
    stories: int = Field(default=0, description="Stories the sources were split into.")
    skipped: int = Field(default=0, description="Files that could not be used.")
    ignored: int = Field(default=0, description="Files of other types a folder walk left out.")
    claims: int = Field(default=0, description="Claims extracted.")
    groups: int = Field(default=0, description="Groups of matched claims.")
    conflicts: int = Field(default=0, description="Conflict findings.")
    unsourced: int = Field(default=0, description="Unsourced findings.")
    corroborated: int = Field(default=0, description="Corroborated findings.")
    changed: int = Field(default=0, description="Changed-over-time findings.")
    same_figure: int = Field(default=0, description="Same-figure findings.")
    dropped: int = Field(default=0, description="Stretches of text cleaning set aside.")
    suppressed: int = Field(default=0, description="Findings hidden because a baseline has them.")
    unsourced_unreported: int = Field(
        default=0,
        description="Unsourced claims ranked past unsourced_limit (a story's), not listed.",
    )


class Report(Model):
    """What ``claimcheck scan`` produces; every output format is a view of it."""

    schema_version: int = Field(default=1, description="Bumped on incompatible changes.")
    tool: str = Field(description="claimcheck version that made the report.")
    summary: Summary
    sources: list[Source]
    skipped: list[SkippedFile] = Field(default_factory=list)
    ignored: dict[str, int] = Field(default_factory=dict, description=IGNORED)
    stories: list[Story] = Field(
        default_factory=list,
        description="The stories the sources were split into, when there are several; "
        "claims are matched and checked only within a story.",
    )
    families: list[SourceFamily] = Field(
        default_factory=list,
        description="Sources that carry the same text; they count as one for corroboration.",
    )
    claims: list[Claim]
    groups: list[ClaimGroup]
    findings: list[Finding] = Field(description="Most important first.")
    unsourced_unreported: int = Field(
        default=0,
        description="Unsourced claims ranked past unsourced_limit (a story's), not listed.",
    )
