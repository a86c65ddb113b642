"""The model's attribute rules as a table: the same annotations as spaCy's AttributeRuler, faster.

The English pipeline maps each fine-grained tag to a part of speech, morphology
and, for some words, a lemma (``attribute_ruler``, about 180 rules). spaCy runs
those rules through its general token Matcher, which was a third of the whole
parse on news text. The rules are all simple (one or two tokens, conditions on
TAG, LOWER, DEP or IS_SPACE with equality, IN, NOT_IN or REGEX), so this module
reads them from the loaded model and applies them as look-ups, in the same
order, later rules winning (as ``AttributeRuler.set_annotations`` does). A test
checks that both give identical annotations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

COMPONENT = "claimcheck_attribute_table"
TokenTest = Callable[["Token"], bool]
# What the rules can tell apart of a token: tag, lower-case form if named, dependency, space.
# A token's tag, lower-case form, dependency (string ids) and whether it is space.
Row = tuple[int, ...]
READ: list[int | str] = ["TAG", "LOWER", "DEP", "IS_SPACE"]
# The column of each attribute a rule can set, in the array ``AttributeTable`` writes
# (spaCy's attribute names).
COLUMNS = {"POS": 0, "MORPH": 1, "LEMMA": 2, "TAG": 3, "DEP": 4}
WRITTEN: list[int | str] = list(COLUMNS)
# Rows whose plan is kept at once (one per word, tag and dependency seen; a corpus has more).
MAX_ROWS = 1 << 18


class Plan(NamedTuple):
    """What the rules do to one kind of token (see ``AttributeTable._plan``)."""

    singles: list[tuple[int, dict[str, str]]]
    writes: list[tuple[int, int]]
    starts: list[int]


def _value_test(key: str, condition: Any) -> TokenTest:
    """One token condition ('TAG': 'NN', 'LOWER': {'IN': [...]}) as a function."""
    readers: dict[str, Callable[[Token], Any]] = {
        "TAG": lambda t: t.tag_,
        "LOWER": lambda t: t.lower_,
        "DEP": lambda t: t.dep_,
        "IS_SPACE": lambda t: t.is_space,
    }
    if key not in readers:
        raise ValueError(f"attribute rule reads {key}, which is not supported")
    read = readers[key]
    if not isinstance(condition, dict):
        return lambda token: bool(read(token) == condition)
    ((operator, operand),) = condition.items()
    if operator == "IN":
        allowed = frozenset(operand)
        return lambda token: read(token) in allowed
    if operator == "NOT_IN":
        banned = frozenset(operand)
        return lambda token: read(token) not in banned
    if operator == "REGEX":
        pattern = re.compile(operand)
        return lambda token: pattern.search(read(token)) is not None
    raise ValueError(f"attribute rule operator {operator} is not supported")


def _token_test(conditions: dict[str, Any]) -> TokenTest:
    tests = [_value_test(key, value) for key, value in conditions.items()]
    return lambda token: all(test(token) for test in tests)


class AttributeTable:
    """The rules of one AttributeRuler, compiled to per-token look-ups."""

    def __init__(self, patterns: Sequence[dict[str, Any]]) -> None:
        """Compile the ruler's patterns (``AttributeRuler.patterns``), keeping their order.

        :raises ValueError: for a rule this table cannot express (then keep spaCy's ruler)
        :raises KeyError: for a rule that is not of the AttributeRuler's shape
        """
        self.single: list[tuple[int, TokenTest, dict[str, str]]] = []
        # The tag each single-token rule requires ('' when it names none): a token is
        # tested only against the rules of its own tag and the untagged ones.
        single_tags: list[str] = []
        self.multi: list[tuple[int, list[TokenTest], int, dict[str, str]]] = []
        for number, (pattern, index, attrs) in enumerate(
            (pattern, int(rule.get("index", 0)), rule["attrs"])
            for rule in patterns
            for pattern in rule["patterns"]
        ):
            for name in attrs:
                if name not in COLUMNS:
                    raise ValueError(f"attribute rule sets {name}, which is not supported")
            tests = [_token_test(conditions) for conditions in pattern]
            if len(tests) == 1:
                self.single.append((number, tests[0], attrs))
                tag = pattern[0].get("TAG")
                single_tags.append(tag if isinstance(tag, str) else "")
            else:
                self.multi.append((number, tests, index, attrs))
        self.lower_words: set[str] = set()
        self.lower_patterns: list[re.Pattern[str]] = []
        for rule in patterns:
            for pattern in rule["patterns"]:
                for conditions in pattern:
                    lower = conditions.get("LOWER")
                    if isinstance(lower, str):
                        self.lower_words.add(lower)
                    elif isinstance(lower, dict) and "REGEX" in lower:
                        self.lower_patterns.append(re.compile(lower["REGEX"]))
                    elif isinstance(lower, dict):
                        self.lower_words.update(next(iter(lower.values())))
        self.single_for_tag: dict[str, list[tuple[int, TokenTest, dict[str, str]]]] = {
            tag: [
                rule
                for rule, required in zip(self.single, single_tags, strict=True)
                if required in ("", tag)
            ]
            for tag in set(single_tags)
        }
        self.untagged = self.single_for_tag.get("", [])
        # Every condition reads only four values of one token (its row of READ), so what
        # the rules do to a token is worked out once per combination.
        self.plans: dict[Row, Plan] = {}
        # The same, keyed by what the rules can tell apart: the lower-case form only
        # when some rule names or matches it (0 otherwise).
        self.plans_by_kind: dict[Row, Plan] = {}
        self.named_forms: dict[int, bool] = {}

    def _plan(self, token: Token, row: Row) -> Plan:
        """What the rules do to a token of this row: the single-token rules that hold
        (by number, with what they set), those merged as (column, id), and the
        multi-token rules whose first test holds (by position in ``multi``)."""
        tag, lower, dep, space = row
        named = self.named_forms.get(lower)
        if named is None:
            form = token.lower_
            named = form in self.lower_words or any(p.search(form) for p in self.lower_patterns)
            self.named_forms[lower] = named
        kind = (tag, lower if named else 0, dep, space)
        plan = self.plans_by_kind.get(kind)
        if plan is None:
            rules = self.single_for_tag.get(token.tag_, self.untagged)
            singles = [(number, attrs) for number, test, attrs in rules if test(token)]
            merged: dict[str, str] = {}
            for _, attrs in singles:
                merged.update(attrs)
            writes = [(COLUMNS[name], self._id(token, name, v)) for name, v in merged.items()]
            starts = [rule for rule, (_, tests, _, _) in enumerate(self.multi) if tests[0](token)]
            plan = self.plans_by_kind[kind] = Plan(singles, writes, starts)
        if len(self.plans) >= MAX_ROWS:
            self.plans.clear()
        self.plans[row] = plan
        return plan

    @staticmethod
    def _id(token: Token, name: str, value: str) -> int:
        """The vocabulary id of a value, as spaCy stores it on a token."""
        vocab = token.vocab
        if name == "MORPH":
            return int(vocab.morphology.add(value))
        if name == "POS":
            from spacy.symbols import IDS

            return int(IDS[value])
        return int(vocab.strings.add(value))

    def __call__(self, doc: Doc) -> Doc:
        """Set POS, MORPH, LEMMA, TAG and DEP on a parsed doc as the rules say.

        All rules are matched on the doc as parsed, then applied in rule order. The
        tokens are read and written as arrays of string ids; a token object is made
        only to work out what the rules do to a new kind of token.
        """
        if not len(doc):
            return doc
        known = self.plans
        plans = [
            known.get(row) or self._plan(doc[i], row)
            for i, row in enumerate(map(tuple, doc.to_array(READ).tolist()))
        ]
        multi: dict[int, list[tuple[int, dict[str, str]]]] = {}
        for start, plan in enumerate(plans):
            for rule in plan.starts:
                number, tests, index, attrs = self.multi[rule]
                if start + len(tests) <= len(plans) and all(
                    test(doc[start + k]) for k, test in enumerate(tests) if k
                ):
                    multi.setdefault(start + index, []).append((number, attrs))
        values = doc.to_array(WRITTEN)
        rows = values.tolist()
        for row, plan in zip(rows, plans, strict=True):
            for column, value in plan.writes:
                row[column] = value
        for i, found in multi.items():
            token = doc[i]
            for _, attrs in sorted([*plans[i].singles, *found]):
                for name, text in attrs.items():
                    rows[i][COLUMNS[name]] = self._id(token, name, text)
        values[:] = rows
        doc.from_array(WRITTEN, values)  # type: ignore[arg-type]  # an array of ids, as read
        return doc


def use_attribute_table(nlp: Language) -> None:
    """Replace the pipeline's ``attribute_ruler`` with the compiled table, if it can express it.

    Leaves the pipeline unchanged when a rule uses something the table does not support.
    """
    from spacy.language import Language as SpacyLanguage

    if "attribute_ruler" not in nlp.pipe_names:
        return
    try:
        AttributeTable(_ruler_patterns(nlp))
    except (ValueError, KeyError, TypeError):
        return
    if COMPONENT not in SpacyLanguage.factories:
        SpacyLanguage.factory(COMPONENT, func=_make_table)
    nlp.add_pipe(COMPONENT, before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")


def _make_table(nlp: Language, name: str) -> AttributeTable:
    """spaCy factory: the table of the pipeline's own attribute rules."""
    return AttributeTable(_ruler_patterns(nlp))


def _ruler_patterns(nlp: Language) -> list[dict[str, Any]]:
    """The patterns of the pipeline's ``attribute_ruler``."""
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        raise TypeError("attribute_ruler is not spaCy's AttributeRuler")
    return list(ruler.patterns)
