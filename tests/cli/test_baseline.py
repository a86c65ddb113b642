"""Baselines: accepted findings stay quiet, new contradictions still fail the build."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.paths import STORIES
from typer.testing import CliRunner

from claimcheck.cli import app

RUNNER = CliRunner()
STORY = STORIES / "northwind-acquisition"
CONTRADICTING = (
    "Harbourline to buy Northwind\n"
    "PORTSIDE, Monday (Harbour Post) - Northwind, which employs 9,900 people, agreed "
    "on Monday to be sold to Harbourline, the company said on Monday.\n"
)
UNRELATED = (
    "Tide tables\nThe harbour master said on Monday that the spring tide will reach 6.1 metres.\n"
)


def scan_json(folder: Path, *options: str) -> tuple[int, dict[str, object], str]:
    """Run scan --format json; return exit code, report and stderr."""
    result = RUNNER.invoke(app, ["scan", str(folder), "--format", "json", *options])
    return result.exit_code, json.loads(result.stdout), result.stderr


def finding_ids(report: dict[str, object]) -> set[str]:
    """Ids of a JSON report's findings."""
    return {str(f["id"]) for f in report["findings"]}  # type: ignore[attr-defined, index]


def test_baseline_suppresses_exactly_the_recorded_findings(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(STORY, folder)
    baseline = tmp_path / "baseline.json"
    recorded = RUNNER.invoke(app, ["baseline", str(folder), "-o", str(baseline)])
    assert recorded.exit_code == 0
    _, before, _ = scan_json(folder)
    accepted = {entry["id"] for entry in json.loads(baseline.read_text())["findings"]}
    assert accepted == finding_ids(before)

    code, after, err = scan_json(folder, "--baseline", str(baseline))
    assert (code, after["findings"]) == (0, [])
    assert after["summary"]["suppressed"] == len(accepted)  # type: ignore[index]
    assert f"{len(accepted)} finding(s) suppressed" in err

    (folder / "harbour_post.txt").write_text(CONTRADICTING, encoding="utf-8")
    code, after, _ = scan_json(folder, "--baseline", str(baseline))
    new = [f for f in after["findings"] if f["kind"] == "conflict"]  # type: ignore[attr-defined]
    assert code == 1 and len(new) == 1
    assert "harbour_post.txt" in {e["source"] for e in new[0]["evidence"]}


def test_fingerprints_survive_reruns_and_unrelated_articles(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(STORY, folder)
    _, first, _ = scan_json(folder)
    _, again, _ = scan_json(folder)
    (folder / "tides.txt").write_text(UNRELATED, encoding="utf-8")
    _, widened, _ = scan_json(folder)
    conflicts = {f["id"] for f in first["findings"] if f["kind"] == "conflict"}  # type: ignore[attr-defined]
    assert finding_ids(first) == finding_ids(again)
    assert conflicts and conflicts <= finding_ids(widened)


def test_bad_baseline_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "baseline.json"
    bad.write_text("{}", encoding="utf-8")
    result = RUNNER.invoke(app, ["scan", str(STORY), "--baseline", str(bad)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {bad}: not a claimcheck baseline (make one with `claimcheck baseline`)\n"
    )


def test_recording_a_baseline_names_what_it_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(STORY, folder)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "figures.csv").write_text("a,b\n", encoding="utf-8")
    result = RUNNER.invoke(app, ["baseline", str(folder), "-o", str(tmp_path / "b.json")])
    assert result.exit_code == 0
    assert f"claimcheck: skipped {folder / 'empty.txt'}: empty\n" in result.stderr
    # expected.json is the story's gold file.
    assert "claimcheck: 2 files of other types ignored (1 .csv, 1 .json)\n" in result.stderr
