"""Golden files of every format for a real news cluster with a disagreement.

The bundled corpus is one made-up-looking story; these goldens show what a reader of
real news gets from each format: values as written, whole-sentence quotes, sides with
their sources, source titles. The cluster is ECB+ 19-ecbplus (see tests/data/eval/NOTICE.md).
"""

from __future__ import annotations

import contextlib
from functools import cache
from pathlib import Path

import pytest
from tests.factories import assert_golden
from tests.paths import PROJECT, TESTS

from claimcheck.config import load_config
from claimcheck.formatters import FORMATTERS, OutputFormat, sarif
from claimcheck.models import Report
from claimcheck.pipeline import scan

CLUSTER = TESTS / "data" / "eval" / "19-ecbplus"
# SARIF names its base folder; a fixed one keeps the golden the same on every machine.
SARIF_ROOT = Path("/newsroom")
SUFFIXES = {
    OutputFormat.table: "table.txt",
    OutputFormat.json: "json",
    OutputFormat.jsonl: "jsonl",
    OutputFormat.csv: "csv",
    OutputFormat.markdown: "md",
    OutputFormat.html: "html",
    OutputFormat.sarif: "sarif",
    OutputFormat.github: "github.txt",
    OutputFormat.concise: "concise.txt",
}


@cache
def cluster_report() -> Report:
    """The cluster's report, scanned by relative path so the goldens are portable."""
    with contextlib.chdir(PROJECT):
        relative = CLUSTER.relative_to(PROJECT)
        return scan([relative], load_config([relative]))


def test_the_cluster_has_a_disagreement() -> None:
    assert any(f.kind == "conflict" for f in cluster_report().findings)


@pytest.mark.parametrize("output_format", list(OutputFormat))
def test_golden(output_format: OutputFormat, update_golden: bool) -> None:
    report = cluster_report()
    if output_format is OutputFormat.sarif:
        produced = sarif.render(report, SARIF_ROOT)
    else:
        with contextlib.chdir(PROJECT):
            produced = FORMATTERS[output_format](report)
    assert_golden(f"devset-19-ecbplus.{SUFFIXES[output_format]}", produced, update_golden)
