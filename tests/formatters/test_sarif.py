"""The SARIF report: valid SARIF 2.1.0, stable, shown at one claim with the others
related, at the levels the github format uses."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from email.message import Message
from importlib.metadata import PackageNotFoundError
from pathlib import Path
from types import ModuleType
from typing import Any, get_args

import jsonschema
import pytest
from tests.factories import assert_golden, make_evidence, make_finding, make_report, seed_report
from tests.paths import PROJECT, SOURCES, TESTS

from claimcheck import __version__
from claimcheck.checks import KINDS
from claimcheck.config import load_config
from claimcheck.formatters import github, levels, sarif
from claimcheck.models import Evidence, FindingKind, Severity
from claimcheck.pipeline import scan

SCHEMA = TESTS / "data" / "sarif" / "sarif-schema-2.1.0.json"
# The SRCROOT of the golden file: the seed report's paths are relative, so any root
# gives the same URIs, and a made-up one keeps the file the same on every machine.
GOLDEN_ROOT = Path("/newsroom")


def seeds_log() -> dict[str, Any]:
    """The SARIF log of the bundled articles, paths relative to the project."""
    loaded: dict[str, Any] = json.loads(sarif.render(seed_report(), PROJECT))
    return loaded


def all_locations(result: dict[str, Any]) -> list[dict[str, Any]]:
    """A result's primary location, then its related ones."""
    return [*result.get("locations", []), *result.get("relatedLocations", [])]


def artifact_locations(node: Any) -> Iterator[dict[str, Any]]:
    """Every artifactLocation object anywhere in a log (artifacts, results, notifications)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if (
                key in ("artifactLocation", "location")
                and isinstance(value, dict)
                and "uri" in value
            ):
                yield value
            yield from artifact_locations(value)
    elif isinstance(node, list):
        for item in node:
            yield from artifact_locations(item)


def assert_valid(log: dict[str, Any]) -> None:
    """Fail naming the first schema errors of a log, if any."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_output_is_valid_sarif_2_1_0() -> None:
    assert_valid(seeds_log())


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
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note", "none"}
    by_id = {rule["id"]: rule for rule in rules}
    assert by_id[KINDS["conflict"]]["defaultConfiguration"]["level"] == "error"
    assert by_id[KINDS["corroborated"]]["defaultConfiguration"]["level"] == "none"


def test_rule_help_is_plain_text_and_markdown_never_restructuredtext() -> None:
    for rule in seeds_log()["runs"][0]["tool"]["driver"]["rules"]:
        texts = [rule["shortDescription"]["text"], rule["fullDescription"]["text"]]
        texts += [rule["help"]["text"], rule["help"]["markdown"]]
        for text in texts:
            assert "``" not in text, rule["id"]
            assert ":func:" not in text and ":class:" not in text
        assert rule["help"]["text"].startswith(rule["shortDescription"]["text"])
        assert "`" not in rule["help"]["text"]


def package_metadata(*project_urls: str) -> Callable[[str], Message]:
    """A stand-in for ``importlib.metadata.metadata`` naming these Project-URL entries."""

    def lookup(distribution: str) -> Message:
        assert distribution == "claimcheck"
        message = Message()
        for entry in project_urls:
            message["Project-URL"] = entry
        return message

    return lookup


def help_uris(log: dict[str, Any]) -> list[str | None]:
    """The helpUri of each rule of a log, None where a rule has none."""
    return [rule.get("helpUri") for rule in log["runs"][0]["tool"]["driver"]["rules"]]


def test_the_checks_anchor_is_a_readme_heading() -> None:
    headings = (PROJECT / "README.md").read_text(encoding="utf-8").splitlines()
    assert f"## {sarif.CHECKS_ANCHOR.capitalize()}" in headings


@pytest.mark.parametrize(
    ("project_urls", "expected"),
    [
        (
            ("Documentation, https://docs.example.org/claimcheck/",),
            "https://docs.example.org/claimcheck/#checks",
        ),
        (("Homepage, https://example.org/claimcheck",), "https://example.org/claimcheck#checks"),
        # Labels are compared as the core metadata spec normalises them.
        (("Home-page, https://example.org/claimcheck",), "https://example.org/claimcheck#checks"),
        (("docs,https://docs.example.org",), "https://docs.example.org#checks"),
        # Documentation wins over the home page, in whatever order they are declared.
        (
            (
                "Homepage, https://example.org/claimcheck",
                "Source, https://git.example.org/claimcheck",
                "Documentation, https://docs.example.org/claimcheck/",
            ),
            "https://docs.example.org/claimcheck/#checks",
        ),
        # An anchor already in the address is replaced, not doubled.
        (
            ("Homepage, https://example.org/claimcheck#readme",),
            "https://example.org/claimcheck#checks",
        ),
        # A relative documentation address is no use to SARIF: the home page is.
        (
            ("Documentation, README.md", "Homepage, https://example.org/claimcheck"),
            "https://example.org/claimcheck#checks",
        ),
    ],
)
def test_rules_link_to_the_documentation_the_package_names(
    monkeypatch: pytest.MonkeyPatch, project_urls: tuple[str, ...], expected: str
) -> None:
    monkeypatch.setattr(sarif, "metadata", package_metadata(*project_urls))
    assert sarif.documentation_url() is not None
    produced = sarif.render(seed_report(), GOLDEN_ROOT)
    assert produced == sarif.render(seed_report(), GOLDEN_ROOT)
    log = json.loads(produced)
    assert help_uris(log) == [expected] * len(KINDS)
    assert_valid(log)


@pytest.mark.parametrize(
    "project_urls",
    [
        (),
        ("Source, https://git.example.org/claimcheck", "Issues, https://example.org/issues"),
        ("Documentation, README.md#checks", "Homepage, /claimcheck"),
        ("Documentation, file:///usr/share/doc/claimcheck/README.md",),
        ("Documentation",),
    ],
)
def test_rules_have_no_help_uri_without_an_absolute_documentation_address(
    monkeypatch: pytest.MonkeyPatch, project_urls: tuple[str, ...]
) -> None:
    monkeypatch.setattr(sarif, "metadata", package_metadata(*project_urls))
    log = json.loads(sarif.render(seed_report(), GOLDEN_ROOT))
    assert help_uris(log) == [None] * len(KINDS)
    assert_valid(log)
    for rule in log["runs"][0]["tool"]["driver"]["rules"]:
        assert rule["help"]["text"] and rule["help"]["markdown"]


def test_rules_have_no_help_uri_when_the_package_is_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def not_installed(distribution: str) -> Message:
        raise PackageNotFoundError(distribution)

    monkeypatch.setattr(sarif, "metadata", not_installed)
    assert sarif.checks_help_uri() is None
    assert help_uris(seeds_log()) == [None] * len(KINDS)


def test_rule_help_converts_literals_constants_and_markup() -> None:
    check = ModuleType("check")
    check.MIN_NOTABLE = 10_000  # type: ignore[attr-defined]
    check.LABEL = "not a number"  # type: ignore[attr-defined]

    doc = (
        "CC9 thing: see ``claimcheck.intervals`` and :func:`check`.\n\n"
        "Counts of at least ``MIN_NOTABLE`` (``LABEL``); a_b costs $5 *now*.\n"
        "FAIL: one\n"
        "  PASS: two"
    )
    text, markdown = sarif.rule_help(doc, check)
    assert text == (
        "CC9 thing: see claimcheck.intervals and check.\n\n"
        "Counts of at least 10,000 (LABEL); a_b costs $5 *now*.\nFAIL: one\n  PASS: two"
    )
    assert markdown == (
        "CC9 thing: see `claimcheck.intervals` and `check`.\n\n"
        "Counts of at least 10,000 (`LABEL`); a\\_b costs \\$5 \\*now\\*.\\\nFAIL: one\\\n  PASS: two"
    )


def test_results_mirror_findings() -> None:
    report = seed_report()
    run = seeds_log()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(report.findings)
    for result, finding in zip(run["results"], report.findings, strict=True):
        assert result["ruleId"] == KINDS[finding.kind]
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == levels.level(finding)
        assert result["kind"] == ("pass" if finding.kind == "corroborated" else "fail")
        assert result["message"]["text"].startswith(finding.message)
        assert result["properties"]["kind"] == finding.kind
        assert result["properties"]["rule"] == finding.rule
        assert result["properties"]["confidence"] == finding.confidence


@pytest.mark.parametrize("kind", get_args(FindingKind))
@pytest.mark.parametrize("severity", get_args(Severity))
def test_sarif_and_github_raise_a_finding_at_the_same_level(
    kind: FindingKind, severity: Severity
) -> None:
    report = make_report(make_finding(make_evidence(), kind=kind, severity=severity))
    result = json.loads(sarif.render(report, GOLDEN_ROOT))["runs"][0]["results"][0]
    annotations = github.render(report, kinds=get_args(FindingKind)).splitlines()
    commands = {"error": "::error ", "warning": "::warning ", "note": "::notice "}
    if kind == "corroborated":
        assert (result["kind"], result["level"]) == ("pass", "none")
        summary = (
            "::notice title=claimcheck findings not annotated::claimcheck: 1 corroborated "
            "not annotated; run with --format json for all"
        )
        assert annotations == [summary]
    else:
        assert result["kind"] == "fail"
        assert result["level"] == levels.level_for(kind, severity)
        assert len(annotations) == 1 and annotations[0].startswith(commands[result["level"]])
    expected = {"high": "error", "medium": "warning", "low": "note", "info": "note"}[severity]
    assert result["level"] == ("none" if kind == "corroborated" else expected)


def test_every_claim_of_every_finding_has_a_location() -> None:
    report = seed_report()
    run = seeds_log()["runs"][0]
    texts: dict[str, str] = {}
    for result, finding in zip(run["results"], report.findings, strict=True):
        assert len(result["locations"]) == 1
        located = [loc["properties"]["claim"] for loc in all_locations(result)]
        assert sorted(located) == sorted(finding.claims)
        for location in all_locations(result):
            physical = location["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            assert not uri.startswith(("/", "file:")), "paths under the root must be relative"
            assert physical["artifactLocation"]["uriBaseId"] == "SRCROOT"
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
            context = physical.get("contextRegion")
            if context is not None:
                first, size = context["charOffset"], context["charLength"]
                assert text[first : first + size] == context["snippet"]["text"]
                assert first <= start and start + length <= first + size
                assert (first, size) != (start, length)


def test_primary_and_related_locations_are_all_the_claims_once() -> None:
    report = seed_report()
    for result, finding in zip(seeds_log()["runs"][0]["results"], report.findings, strict=True):
        ids = [location["id"] for location in all_locations(result)]
        assert sorted(ids) == list(range(len(finding.evidence)))
        claims = [location["properties"]["claim"] for location in all_locations(result)]
        assert len(set(claims)) == len(claims)
        for location in all_locations(result):
            item = finding.evidence[location["id"]]
            assert location["properties"]["claim"] == item.claim
            assert location["message"]["text"].startswith(f"{item.source} says ")
            assert (item.written or item.value) in location["message"]["text"]
        if len(finding.evidence) == 1:
            assert "relatedLocations" not in result


def test_a_conflict_is_shown_at_the_claim_fewest_sources_take() -> None:
    conflict = next(f for f in seed_report().findings if f.kind == "conflict")
    result = next(
        r for r in seeds_log()["runs"][0]["results"] if r["properties"]["kind"] == "conflict"
    )
    (shown,) = result["locations"]
    odd = conflict.evidence[shown["id"]]
    others = [item for item in conflict.evidence if item.value != odd.value]
    assert others and len({item.source for item in others}) > 1
    assert len({item.source for item in conflict.evidence if item.value == odd.value}) == 1


def side(value: str, *sources: str) -> list[Evidence]:
    """Claims of one value, one per source."""
    return [
        make_evidence(f"{value} firms", claim=f"{source}-{value}", source=source, value=value)
        for source in sources
    ]


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        # Two sources say 100, one says 200: the 200 is the odd one out, wherever it is.
        ([*side("100", "a", "b"), *side("200", "c")], 2),
        ([*side("200", "c"), *side("100", "a", "b")], 0),
        # Sides count sources, not claims: two claims of one article are one side of one.
        ([*side("100", "a", "b"), *side("200", "c", "c")], 2),
        # One against one: no odd one out, so the first claim.
        ([*side("100", "a"), *side("200", "b")], 0),
        # Three sides: the smallest, the first of them on a tie.
        ([*side("100", "a", "b"), *side("200", "c"), *side("300", "d")], 2),
    ],
)
def test_primary_location_is_the_minority(evidence: list[Evidence], expected: int) -> None:
    finding = make_finding(*evidence)
    assert sarif.primary(finding) == expected
    result = json.loads(sarif.render(make_report(finding), GOLDEN_ROOT))["runs"][0]["results"][0]
    assert [location["id"] for location in result["locations"]] == [expected]
    related = [location["id"] for location in result["relatedLocations"]]
    assert related == [i for i in range(len(evidence)) if i != expected]


def test_other_findings_are_shown_at_their_first_claim() -> None:
    evidence = [*side("100", "a", "b"), *side("200", "c")]
    assert sarif.primary(make_finding(*evidence, kind="changed")) == 0
    assert sarif.primary(make_finding(*evidence, kind="same-figure")) == 0


def test_related_locations_name_the_source_and_the_value_as_written() -> None:
    items = [
        make_evidence("over 100 firms", claim="c1", source="a.txt", written="over 100 firms"),
        make_evidence("200 firms", claim="c2", source="b.txt", value="200 count", written="200"),
    ]
    result = json.loads(sarif.render(make_report(make_finding(*items)), GOLDEN_ROOT))
    (related,) = result["runs"][0]["results"][0]["relatedLocations"]
    assert related["message"]["text"] == "b.txt says 200 (in 2024)"
    assert related["properties"]["written"] == "200"


def test_agreements_are_passing_results_not_alerts() -> None:
    agreement = make_finding(
        "4,312 people", id="agree", kind="corroborated", check="CC3", severity="info"
    )
    report = seed_report()
    report = report.model_copy(update={"findings": [*report.findings, agreement]})
    log = json.loads(sarif.render(report, PROJECT))
    passing = [r for r in log["runs"][0]["results"] if r["properties"]["kind"] == "corroborated"]
    assert passing
    assert all((r["kind"], r["level"]) == ("pass", "none") for r in passing)
    alerts = [r for r in log["runs"][0]["results"] if r["properties"]["kind"] != "corroborated"]
    assert all(r["kind"] == "fail" and r["level"] != "none" for r in alerts)


def test_paths_are_relative_to_a_documented_base() -> None:
    run = seeds_log()["runs"][0]
    base = run["originalUriBaseIds"]["SRCROOT"]
    assert base["uri"] == PROJECT.resolve().as_uri() + "/"
    assert base["description"]["text"]
    located = list(artifact_locations(run))
    assert len(located) > len(run["artifacts"])
    for location in located:
        assert location["uriBaseId"] == "SRCROOT", location
        assert not location["uri"].startswith(("/", "file:"))


def test_the_base_uri_is_a_directory() -> None:
    assert sarif.base_uri(Path("/")) == "file:///"
    assert sarif.base_uri(Path("/news room")) == "file:///news%20room/"


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
        for loc in all_locations(result)
    }
    assert uris and all(uri.startswith("elsewhere/") for uri in uris)


def test_paths_outside_the_root_become_file_uris(tmp_path: Path) -> None:
    assert sarif.artifact_uri(str(SOURCES / "a b.txt"), tmp_path) == (SOURCES / "a b.txt").as_uri()
    assert sarif.artifact_uri("sub dir/a.txt", tmp_path) == "sub%20dir/a.txt"
    outside = sarif.artifact_location(str(SOURCES / "a b.txt"), tmp_path)
    assert outside == {"uri": (SOURCES / "a b.txt").as_uri()}
    assert sarif.artifact_location("a.txt", tmp_path, 3) == {
        "uri": "a.txt",
        "uriBaseId": "SRCROOT",
        "index": 3,
    }


def test_output_is_deterministic() -> None:
    first = sarif.render(seed_report(), PROJECT)
    assert first == sarif.render(seed_report(), PROJECT)
    assert first.endswith("}\n")


def test_golden(update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # Whatever the installed package's metadata says, the golden has no helpUri.
    monkeypatch.setattr(sarif, "metadata", package_metadata())
    produced = sarif.render(seed_report(), GOLDEN_ROOT)
    assert_valid(json.loads(produced))
    assert_golden("seeds.sarif", produced, update_golden)
