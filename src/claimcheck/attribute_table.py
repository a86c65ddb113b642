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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

COMPONENT = "claimcheck_attribute_table"
TokenTest = Callable[["Token"], bool]
# What the rules can tell apart of a token: tag, lower-case form if named, dependency, space.
Key = tuple[str, str, str, bool]


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
                if name not in SETTERS:
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
        self.lower_class: dict[str, str] = {}
        self.single_for_tag: dict[str, list[tuple[int, TokenTest, dict[str, str]]]] = {
            tag: [
                rule
                for rule, required in zip(self.single, single_tags, strict=True)
                if required in ("", tag)
            ]
            for tag in set(single_tags)
        }
        self.untagged = self.single_for_tag.get("", [])
        # Every condition reads only these four values of one token, so what the
        # single-token rules do to a token is worked out once per combination.
        self.memo: dict[Key, list[tuple[int, dict[str, str]]]] = {}
        self.operations: dict[Key, list[tuple[str, int]]] = {}
        self.first_memo: dict[Key, list[int]] = {}

    def _key(self, token: Token) -> Key:
        """What the rules can tell apart of a token: its tag, dependency, whether it is
        space, and its lower-case form only if some rule names or matches that form."""
        lower = token.lower_
        kind = self.lower_class.get(lower)
        if kind is None:
            named = lower in self.lower_words or any(p.search(lower) for p in self.lower_patterns)
            kind = lower if named else ""
            self.lower_class[lower] = kind
        return (token.tag_, kind, token.dep_, token.is_space)

    def _singles(self, token: Token, key: Key) -> list[tuple[int, dict[str, str]]]:
        found = self.memo.get(key)
        if found is None:
            rules = self.single_for_tag.get(key[0], self.untagged)
            found = [(number, attrs) for number, test, attrs in rules if test(token)]
            self.memo[key] = found
        return found

    def _operations(self, token: Token, key: Key) -> list[tuple[str, int]]:
        """What the single-token rules set on a token, as (attribute, string id), merged."""
        found = self.operations.get(key)
        if found is None:
            merged: dict[str, str] = {}
            for _, attrs in self._singles(token, key):
                merged.update(attrs)
            found = [(name, self._id(token, name, value)) for name, value in merged.items()]
            self.operations[key] = found
        return found

    def _starting_rules(self, token: Token, key: Key) -> list[int]:
        """The multi-token rules whose first token test this token passes (by position)."""
        found = self.first_memo.get(key)
        if found is None:
            found = [rule for rule, (_, tests, _, _) in enumerate(self.multi) if tests[0](token)]
            self.first_memo[key] = found
        return found

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

        All rules are matched on the doc as parsed, then applied in rule order.
        """
        tokens = list(doc)
        keys = [self._key(token) for token in tokens]
        multi: dict[int, list[tuple[int, dict[str, str]]]] = {}
        for start, (token, key) in enumerate(zip(tokens, keys, strict=True)):
            for rule in self._starting_rules(token, key):
                number, tests, index, attrs = self.multi[rule]
                if start + len(tests) <= len(tokens) and all(
                    test(tokens[start + k]) for k, test in enumerate(tests) if k
                ):
                    multi.setdefault(start + index, []).append((number, attrs))
        planned = [self._operations(token, key) for token, key in zip(tokens, keys, strict=True)]
        for token, key, operations in zip(tokens, keys, planned, strict=True):
            for name, value in operations:
                SETTERS[name](token, value)
            if token.i in multi:
                for _, attrs in sorted([*self._singles(token, key), *multi[token.i]]):
                    for name, text in attrs.items():
                        SETTERS[name](token, self._id(token, name, text))
        return doc


def _set_pos(token: Token, value: int) -> None:
    token.pos = value


def _set_morph(token: Token, value: int) -> None:
    token.set_morph(value)  # type: ignore[attr-defined]  # missing from spaCy's stubs


def _set_lemma(token: Token, value: int) -> None:
    token.lemma = value


def _set_tag(token: Token, value: int) -> None:
    token.tag = value


def _set_dep(token: Token, value: int) -> None:
    token.dep = value


SETTERS: dict[str, Callable[[Token, int], None]] = {
    "POS": _set_pos,
    "MORPH": _set_morph,
    "LEMMA": _set_lemma,
    "TAG": _set_tag,
    "DEP": _set_dep,
}


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
