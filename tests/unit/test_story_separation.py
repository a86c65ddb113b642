"""Story separation: claims are matched and checked only within a story."""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.factories import FLOOD, QUAKE, two_story_corpus, write_articles

from claimcheck.config import Config, StoriesName
from claimcheck.models import Report
from claimcheck.pipeline import scan


def _two_stories(folder: Path) -> Report:
    """The report of two articles about a quake and two about a flood, in one folder."""
    write_articles(
        folder,
        quake1=QUAKE.format(dead="five"),
        quake2=QUAKE.format(dead="seven"),
        flood1=FLOOD.format(out="200"),
        flood2=FLOOD.format(out="300"),
    )
    return scan([folder])


def test_articles_of_two_stories_are_checked_apart(tmp_path: Path) -> None:
    report = _two_stories(tmp_path)
    assert [story.sources for story in report.stories] == [
        ["flood1.txt", "flood2.txt"],
        ["quake1.txt", "quake2.txt"],
    ]
    assert report.summary.stories == 2
    assert "orlen" in report.stories[1].terms
    story_of = {source: story.id for story in report.stories for source in story.sources}
    for finding in report.findings:
        assert {story_of[item.source] for item in finding.evidence} == {finding.story}
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    assert {f.story for f in conflicts} == {"story-1", "story-2"}


def test_one_story_has_no_story_list(tmp_path: Path) -> None:
    write_articles(tmp_path, quake1=QUAKE.format(dead="five"), quake2=QUAKE.format(dead="seven"))
    report = scan([tmp_path])
    assert report.stories == [] and report.summary.stories == 1
    assert all(finding.story is None for finding in report.findings)


@pytest.mark.parametrize(("mode", "expected"), [("folders", 2), ("none", 0)])
def test_stories_can_be_given_by_folder_or_turned_off(
    tmp_path: Path, mode: StoriesName, expected: int
) -> None:
    # Two folders of one story: by folder they are two stories, and no conflict crosses them.
    write_articles(tmp_path / "monday", quake1=QUAKE.format(dead="five"))
    write_articles(tmp_path / "tuesday", quake2=QUAKE.format(dead="seven"))
    report = scan([tmp_path], Config(stories=mode))
    assert len(report.stories) == expected
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    assert bool(conflicts) is (mode == "none")


def test_the_stories_option_and_config_key(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from claimcheck.cli import app

    write_articles(tmp_path / "monday", quake1=QUAKE.format(dead="five"))
    write_articles(tmp_path / "tuesday", quake2=QUAKE.format(dead="seven"))
    runner = CliRunner()
    args = ["scan", str(tmp_path), "--format", "json", "--no-progress", "--exit-zero"]
    by_folder = runner.invoke(app, [*args, "--stories", "folders"])
    assert by_folder.exit_code == 0
    assert len(json.loads(by_folder.stdout)["stories"]) == 2
    (tmp_path / "claimcheck.toml").write_text('stories = "folders"\n', encoding="utf-8")
    from_config = runner.invoke(app, [*args, "--stories", "none"])
    assert json.loads(from_config.stdout)["stories"] == []
    wrong = runner.invoke(app, [*args, "--stories", "topics"])
    assert wrong.exit_code == 2


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs 2 cores")
def test_worker_processes_give_the_same_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 2)
    monkeypatch.setattr(pipeline, "ARTICLE_BATCH", 2)
    two_story_corpus(tmp_path)
    alone = scan([tmp_path], Config(jobs=1)).model_dump_json()
    assert scan([tmp_path], Config(jobs=2)).model_dump_json() == alone
    assert '"conflict"' in alone


def test_json_lines_records_name_their_stories(tmp_path: Path) -> None:
    import json

    records = [
        {"id": "q1", "story": "quake", "text": QUAKE.format(dead="five")},
        {"id": "q2", "story": "quake", "text": QUAKE.format(dead="seven")},
        {"id": "q3", "story": "aftershock", "text": QUAKE.format(dead="nine")},
    ]
    (tmp_path / "corpus.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records), encoding="utf-8"
    )
    report = scan([tmp_path])
    assert [story.sources for story in report.stories] == [
        ["corpus.jsonl#q1", "corpus.jsonl#q2"],
        ["corpus.jsonl#q3"],
    ]
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    assert [sorted(e.source for e in f.evidence) for f in conflicts] == [
        ["corpus.jsonl#q1", "corpus.jsonl#q2"]
    ]


def test_every_report_format_names_the_stories(tmp_path: Path) -> None:
    from claimcheck.formatters import FORMATTERS

    report = _two_stories(tmp_path)
    for name, render in FORMATTERS.items():
        assert "story-2" in render(report), name


@pytest.mark.parametrize("seed", range(8))
def test_small_runs_cluster_as_scipy_does(seed: int) -> None:
    """The small-run average linkage gives scipy's partition (scipy clusters large runs)."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist, squareform

    from claimcheck.stories import average_linkage_labels

    generator = np.random.default_rng(seed)
    centres = generator.uniform(0, 1, size=(3, 4))
    points = np.vstack([c + generator.normal(0, 0.08, size=(12, 4)) for c in centres])
    condensed = pdist(points) / pdist(points).max()
    cut = 0.4
    expected = fcluster(linkage(condensed, "average"), cut, "distance")
    found = average_linkage_labels(squareform(condensed), cut)

    def partition(labels: Iterable[int]) -> set[frozenset[int]]:
        groups: dict[int, set[int]] = {}
        for point, label in enumerate(labels):
            groups.setdefault(int(label), set()).add(point)
        return {frozenset(group) for group in groups.values()}

    assert partition(found) == partition(expected)
    assert len(partition(found)) > 1


def test_a_run_too_large_to_cluster_at_once_is_clustered_folder_by_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck import stories

    monkeypatch.setattr(stories, "AUTO_MAX_ARTICLES", 2)
    # Two quake articles in separate folders: one story when clustered together.
    write_articles(tmp_path / "east", quake1=QUAKE.format(dead="five"))
    write_articles(tmp_path / "west", quake2=QUAKE.format(dead="seven"))
    write_articles(tmp_path / "west", quake3=QUAKE.format(dead="nine"))
    report = scan([tmp_path])
    assert [story.sources for story in report.stories] == [
        ["east/quake1.txt"],
        ["west/quake2.txt", "west/quake3.txt"],
    ]
    monkeypatch.setattr(stories, "AUTO_MAX_ARTICLES", 3)
    assert scan([tmp_path]).stories == []


def _weights_one_at_a_time(
    counts: list[Counter[str]], vocabulary: dict[str, int]
) -> tuple[list[int], list[int], list[float]]:
    """TF-IDF entries as plain Python computes them, one term of one article at a time."""
    n = len(counts)
    frequency = Counter(term for counted in counts for term in counted)
    idf = {term: math.log((1 + n) / (1 + df)) + 1 for term, df in frequency.items()}
    rows, columns, values = [], [], []
    for row, counted in enumerate(counts):
        weights = {t: (1 + math.log(c)) * idf[t] for t, c in sorted(counted.items())}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for term, weight in weights.items():
            rows.append(row)
            columns.append(vocabulary[term])
            values.append(weight / norm)
    return rows, columns, values


@pytest.mark.parametrize(
    "texts",
    [
        [QUAKE.format(dead="five"), QUAKE.format(dead="seven"), FLOOD, "", FLOOD + FLOOD],
        ["", ""],
    ],
)
def test_tf_idf_weights_are_exactly_those_of_one_at_a_time(texts: list[str]) -> None:
    """The vectorised weights are bit for bit those of the plain computation, so that no
    article can move across the separation distance by a rounding."""
    from claimcheck.nlp import stop_words
    from claimcheck.stories import _unit_weights, terms_of

    counts = [Counter(terms_of(text, stop_words())) for text in texts]
    vocabulary = {term: index for index, term in enumerate(sorted(set().union(*counts)))}
    rows, columns, values = _unit_weights(counts, vocabulary)
    assert (rows.tolist(), columns.tolist(), values.tolist()) == _weights_one_at_a_time(
        counts, vocabulary
    )


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
@settings(max_examples=300, deadline=None)
def test_terms_of_ascii_text_are_those_the_unicode_patterns_find(text: str) -> None:
    """ASCII text takes simpler patterns; a word of another script sends the same text down
    the Unicode path (it is too short to be a term itself)."""
    from claimcheck.nlp import stop_words
    from claimcheck.stories import terms_of

    assert terms_of(text, stop_words()) == terms_of(text + " é", stop_words())
