"""The SARIF report: valid SARIF 2.1.0, stable, and locating every claim of a finding."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from tests.factories import assert_golden, seed_report
from tests.paths import PROJECT, SOURCES, TESTS

from claimcheck import __version__
from claimcheck.checks import KINDS
from claimcheck.config import load_config
from claimcheck.formatters import sarif
from claimcheck.pipeline import scan

SCHEMA = TESTS / "data" / "sarif" / "sarif-schema-2.1.0.json"


def seeds_log() -> dict[str, Any]:
    """The SARIF log of the bundled articles, paths relative to the project."""
    loaded: dict[str, Any] = json.loads(sarif.render(seed_report(), PROJECT))
    return loaded


def test_output_is_valid_sarif_2_1_0() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    errors = sorted(validator.iter_errors(seeds_log()), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_log_header_and_driver() -> None:
    log = seeds_log()
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "claimcheck"
    assert driver["version"] == __version__


def test_one_rule_per_finding_kind_with_descriptions() -> None:
    rules = seeds_log()["runs"][0]["tool"]["driver"]["rules"]
    assert {rule["id"] for rule in rules} == set(KINDS.values())
    assert {rule["name"] for rule in rules} == set(KINDS)
    for rule in rules:
        assert rule["id"] in rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    by_id = {rule["id"]: rule for rule in rules}
    assert by_id[KINDS["conflict"]]["defaultConfiguration"]["level"] == "error"


def test_results_mirror_findings() -> None:
    report = seed_report()
    run = seeds_log()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(report.findings)
    for result, finding in zip(run["results"], report.findings, strict=True):
        assert result["ruleId"] == KINDS[finding.kind]
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == sarif.level(finding.kind, finding.severity)
        assert result["message"]["text"].startswith(finding.message)
        assert result["properties"]["kind"] == finding.kind
        assert result["properties"]["rule"] == finding.rule
        assert result["properties"]["confidence"] == finding.confidence


@pytest.mark.parametrize(
    ("kind", "severity", "level"),
    [
        ("conflict", "high", "error"),
        ("conflict", "medium", "warning"),
        ("unsourced", "medium", "warning"),
        ("unsourced", "low", "note"),
        ("corroborated", "info", "note"),
        ("same-figure", "low", "note"),
    ],
)
def test_levels(kind: str, severity: str, level: str) -> None:
    assert sarif.level(kind, severity) == level


def test_every_claim_of_every_finding_has_a_location() -> None:
    report = seed_report()
    run = seeds_log()["runs"][0]
    texts: dict[str, str] = {}
    for result, finding in zip(run["results"], report.findings, strict=True):
        located = [loc["properties"]["claim"] for loc in result["locations"]]
        assert sorted(located) == sorted(finding.claims)
        for location in result["locations"]:
            physical = location["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            assert not uri.startswith(("/", "file:")), "paths under the root must be relative"
            assert run["artifacts"][physical["artifactLocation"]["index"]]["location"]["uri"] == uri
            region = physical["region"]
            text = texts.setdefault(uri, (PROJECT / uri).read_text(encoding="utf-8"))
            start, length = region["charOffset"], region["charLength"]
            assert text[start : start + length] == region["snippet"]["text"]
            lines = text[:start].split("\n")
            assert (region["startLine"], region["startColumn"]) == (len(lines), len(lines[-1]) + 1)
            assert (region["endLine"], region["endColumn"]) >= (
                region["startLine"],
                region["startColumn"],
            )


def fingerprints(log: dict[str, Any]) -> list[str]:
    """The partial fingerprints of a log's results, in order."""
    return [r["partialFingerprints"]["claimcheck/v1"] for r in log["runs"][0]["results"]]


def test_fingerprints_are_the_finding_ids_and_unique() -> None:
    prints = fingerprints(seeds_log())
    assert prints == [finding.id for finding in seed_report().findings]
    assert len(set(prints)) == len(prints)


def test_fingerprints_survive_a_rescan_and_a_move(tmp_path: Path) -> None:
    again = scan([SOURCES], load_config([SOURCES]))
    assert fingerprints(json.loads(sarif.render(again, PROJECT))) == fingerprints(seeds_log())
    moved = tmp_path / "elsewhere"
    shutil.copytree(SOURCES, moved)
    elsewhere = scan([moved], load_config([moved]))
    log = json.loads(sarif.render(elsewhere, tmp_path))
    assert fingerprints(log) == fingerprints(seeds_log())
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for result in log["runs"][0]["results"]
        for loc in result["locations"]
    }
    assert uris and all(uri.startswith("elsewhere/") for uri in uris)


def test_paths_outside_the_root_become_file_uris(tmp_path: Path) -> None:
    assert sarif.artifact_uri(str(SOURCES / "a b.txt"), tmp_path) == (SOURCES / "a b.txt").as_uri()
    assert sarif.artifact_uri("sub dir/a.txt", tmp_path) == "sub%20dir/a.txt"


def test_output_is_deterministic() -> None:
    first = sarif.render(seed_report(), PROJECT)
    assert first == sarif.render(seed_report(), PROJECT)
    assert first.endswith("}\n")


def test_golden(update_golden: bool) -> None:
    assert_golden("seeds.sarif", sarif.render(seed_report(), PROJECT), update_golden)
