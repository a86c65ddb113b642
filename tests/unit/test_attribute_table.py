"""The lean pipeline annotates exactly as the model as saved: the compiled attribute
table against spaCy's AttributeRuler, and the configured tokenizer against the saved one.

Checked token by token (part of speech, morphology, lemma, tag, dependency) on
the bundled articles and the made-up stories, parsed once with the model's own
ruler and once with the table.
"""

from __future__ import annotations

import pytest
from spacy.util import load_model_from_path
from tests.paths import BLIND, HELDOUT, SOURCES, STORIES

from claimcheck.attribute_table import AttributeTable, use_attribute_table
from claimcheck.nlp import EXCLUDED_COMPONENTS, MODEL_PACKAGES, model_directory


def _model_folder():  # type: ignore[no-untyped-def]
    folders = [model_directory(package) for package in MODEL_PACKAGES]
    return next(folder for folder in folders if folder is not None)


def _lines() -> list[str]:
    texts = [
        path.read_text(encoding="utf-8")
        for folder in (SOURCES, STORIES, HELDOUT, BLIND)
        for path in sorted(folder.rglob("*.txt"))
    ]
    return [line for text in texts for line in text.splitlines() if line.strip()]


def test_table_annotates_like_the_ruler() -> None:
    with_ruler = load_model_from_path(_model_folder(), exclude=EXCLUDED_COMPONENTS)
    with_table = load_model_from_path(_model_folder(), exclude=EXCLUDED_COMPONENTS)
    use_attribute_table(with_table)
    assert "attribute_ruler" not in with_table.pipe_names
    lines = _lines()
    assert len(lines) > 200
    for expected, produced in zip(with_ruler.pipe(lines), with_table.pipe(lines), strict=True):
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in produced] == [
            (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in expected
        ], produced.text


@pytest.mark.parametrize(
    "rule",
    [
        {"patterns": [[{"SHAPE": "dd"}]], "attrs": {"POS": "NUM"}},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"NORM": "x"}},
        {"patterns": [[{"TAG": {"FUZZY": "NN"}}]], "attrs": {"POS": "NOUN"}},
    ],
)
def test_rules_it_cannot_express_are_refused(rule: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        AttributeTable([rule])


def test_the_configured_tokenizer_splits_like_the_saved_one() -> None:
    from claimcheck.nlp import NOT_READ

    saved = load_model_from_path(_model_folder(), exclude=EXCLUDED_COMPONENTS)
    configured = load_model_from_path(_model_folder(), exclude=(*EXCLUDED_COMPONENTS, *NOT_READ))
    for line in _lines():
        assert [t.text for t in configured.tokenizer(line)] == [
            t.text for t in saved.tokenizer(line)
        ], line
