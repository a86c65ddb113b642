"""What users of ruff, flake8 and yamllint expect of a checker's command line: --quiet,
--statistics, --exit-zero, --select/--ignore, a concise format, CLAIMCHECK_FORMAT and
--format auto, `claimcheck rule`, colour that follows NO_COLOR and FORCE_COLOR, help
that reads at 80 columns, and a start-up that does not load the pipeline."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, get_args

import pytest
from tests.paths import PROJECT, SOURCES
from typer.testing import CliRunner

from claimcheck import cli
from claimcheck.checks import CHECKS, KINDS
from claimcheck.checks import conflicts as conflicts_check
from claimcheck.cli import FORMAT_NAMES, ColorMode, EvaluationFormatName, app, color_wanted
from claimcheck.evaluate import EvaluationFormat
from claimcheck.formatters import OutputFormat
from claimcheck.load import ARTICLE_SUFFIXES
from claimcheck.pipeline import scan
from claimcheck.rules import check_rules

RUNNER = CliRunner()

CONFLICTING = {
    "wire": "The Brackwater dam employs 1,200 workers, the utility said on Monday.\n",
    "local": "The Brackwater dam employs 3,400 workers, the mayor said on Monday.\n",
}
# The variables that change how a run looks; unset for every test unless it sets them.
QUIET_ENVIRONMENT: dict[str, str | None] = {
    "NO_COLOR": None,
    "FORCE_COLOR": None,
    "TTY_COMPATIBLE": None,
    "TTY_INTERACTIVE": None,
    "CLAIMCHECK_FORMAT": None,
    "GITHUB_ACTIONS": None,
}
ANSI = "\x1b["
SPINNER = re.compile("[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]")


def run(*args: str, **env: str) -> tuple[int, str, str]:
    """Invoke the CLI with a clean environment plus ``env``; (exit code, stdout, stderr)."""
    result = RUNNER.invoke(app, list(args), env={**QUIET_ENVIRONMENT, **env})
    return result.exit_code, result.stdout, result.stderr


@cache
def full_report() -> dict[str, Any]:
    """The bundled corpus's JSON report with every check (scanned once per run)."""
    code, out, _ = run("scan", str(SOURCES), "--format", "json", "--no-progress")
    assert code == 1
    report: dict[str, Any] = json.loads(out)
    return report


def checks_of(report: Mapping[str, Any]) -> list[str]:
    """The check id of every finding, in report order."""
    return [finding["check"] for finding in report["findings"]]


@pytest.fixture
def conflicting(make_articles: Callable[..., Path]) -> Path:
    """A folder of two articles that contradict each other (exit status 1)."""
    return make_articles(**CONFLICTING)


@pytest.fixture
def on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the CLI believe stdout and stderr are a terminal."""
    monkeypatch.setattr(cli, "is_terminal", lambda stream: True)


# --quiet


def test_quiet_leaves_out_the_notes_but_not_the_report() -> None:
    code, out, err = run("scan", str(SOURCES), "--format", "json", "--no-progress", "--quiet")
    assert code == 1 and err == ""
    assert json.loads(out) == full_report()
    assert "set aside" in run("scan", str(SOURCES), "--format", "json", "--no-progress")[2]


def test_quiet_still_reports_errors() -> None:
    assert run("scan", "no/such/folder", "-q") == (
        2,
        "",
        "claimcheck: error: no/such/folder: no such file or folder\n",
    )


@pytest.mark.parametrize("command", ["extract", "baseline"])
def test_quiet_silences_extract_and_baseline_notes(tmp_path: Path, command: str) -> None:
    target = str(tmp_path / "out.json")
    loud = run(command, str(SOURCES), "-o", target)
    quiet = run(command, str(SOURCES), "-o", target, "--quiet")
    assert "set aside" in loud[2] and quiet == (0, "", "")


# --statistics


def test_statistics_count_findings_per_check_instead_of_the_report() -> None:
    code, out, err = run("scan", str(SOURCES), "--statistics", "--no-progress")
    counts = Counter(checks_of(full_report()))
    kinds = {check_id: kind for kind, check_id in KINDS.items()}
    width = len(str(max(counts.values())))
    expected = [
        f"{count:>{width}}  {check:<4} {kinds[check]}"
        for check, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    assert code == 1 and out.splitlines() == expected
    assert "set aside" in err  # the notes are not the report: they stay


def test_statistics_print_after_writing_the_report_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run("scan", str(SOURCES), "--statistics", "-o", str(target), "-q")
    assert code == 1 and json.loads(target.read_text(encoding="utf-8")) == full_report()
    assert out.split()[1] == "CC2"


def test_statistics_of_a_clean_run_are_empty(make_articles: Callable[..., Path]) -> None:
    folder = make_articles(only="The Brackwater dam opened on Monday, the mayor said.\n")
    assert run("scan", str(folder), "--statistics", "--select", "CC1", "-q") == (0, "", "")


# --exit-zero


def test_exit_zero_reports_the_findings_but_exits_0(conflicting: Path) -> None:
    code, out, _ = run("scan", str(conflicting), "--format", "json", "--exit-zero")
    assert code == 0 and "CC1" in checks_of(json.loads(out))
    assert run("scan", str(conflicting), "--format", "json")[0] == 1


def test_exit_zero_still_exits_2_on_errors() -> None:
    code, _, err = run("scan", "no/such/folder", "--exit-zero")
    assert code == 2 and err.startswith("claimcheck: error: ")


# --select / --ignore


def test_select_keeps_only_the_chosen_checks_and_recounts() -> None:
    code, out, _ = run("scan", str(SOURCES), "-f", "json", "--select", "CC1", "-q")
    report = json.loads(out)
    assert code == 1 and set(checks_of(report)) == {"CC1"}
    assert report["summary"]["unsourced"] == 0 and report["summary"]["conflicts"] == 1


def test_select_is_comma_separated_repeatable_and_any_case() -> None:
    args = ("--select", "CC1, cc3", "--select", "CC5")
    code, out, _ = run("scan", str(SOURCES), "-f", "json", "-q", *args)
    wanted = [c for c in checks_of(full_report()) if c in {"CC1", "CC3", "CC5"}]
    assert code == 1 and checks_of(json.loads(out)) == wanted


def test_ignore_wins_over_select() -> None:
    args = ("--select", "CC1,CC2", "--ignore", "CC2")
    _, out, _ = run("scan", str(SOURCES), "-f", "json", "-q", *args)
    assert set(checks_of(json.loads(out))) == {"CC1"}


def test_filtered_findings_do_not_set_the_exit_status(conflicting: Path) -> None:
    assert run("scan", str(conflicting), "-f", "json", "--ignore", "CC1")[0] == 0
    assert run("scan", str(conflicting), "-f", "json", "--select", "CC2,CC3")[0] == 0
    assert run("scan", str(conflicting), "-f", "json", "--select", "CC1")[0] == 1


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_check_ids_are_a_one_line_usage_error(option: str) -> None:
    code, out, err = run("scan", str(SOURCES), option, "CC1,CC9")
    assert (code, out) == (2, "")
    assert err == (
        f"claimcheck: error: Invalid value for '{option}': unknown check id 'CC9' "
        "(known: CC1, CC2, CC3, CC4, CC5)\n"
    )


# --format github annotates the checks --select names

ANNOTATION_TITLE = re.compile(r"^::(?:error|warning|notice) .*title=claimcheck (CC\d) ([\w-]+)")


def annotated_checks(out: str) -> Counter[tuple[str, str]]:
    """(check, kind) of every finding annotation in github output, counted."""
    return Counter(
        (match.group(1), match.group(2))
        for line in out.splitlines()
        if (match := ANNOTATION_TITLE.match(line))
    )


def closing_notice(out: str) -> str:
    """The last line of github output: the notice counting what was not annotated."""
    last = out.splitlines()[-1]
    assert last.startswith("::notice title=claimcheck findings not annotated::"), last
    return last


def test_github_annotates_only_conflicts_when_nothing_is_selected() -> None:
    code, out, _ = run("scan", str(SOURCES), "-f", "github", "-q")
    assert code == 1 and set(annotated_checks(out)) == {("CC1", "conflict")}
    unsourced = Counter(checks_of(full_report()))["CC2"]
    assert f"{unsourced} unsourced" in closing_notice(out)


def test_github_annotates_the_kinds_of_the_selected_checks() -> None:
    code, out, _ = run("scan", str(SOURCES), "-f", "github", "-q", "--select", "CC2")
    assert code == 0 and set(annotated_checks(out)) == {("CC2", "unsourced")}
    # None is left out for its kind; only GitHub's limit per level holds some back.
    assert not re.search(r"\d+ unsourced", closing_notice(out))
    _, both, _ = run("scan", str(SOURCES), "-f", "github", "-q", "--select", "CC1,cc2")
    assert set(annotated_checks(both)) == {("CC1", "conflict"), ("CC2", "unsourced")}


def test_github_keeps_github_s_limit_for_selected_checks() -> None:
    _, out, _ = run("scan", str(SOURCES), "-f", "github", "-q", "--select", "CC2")
    levels = Counter(
        line.split(" ", 1)[0] for line in out.splitlines() if "title=claimcheck CC" in line
    )
    assert levels and max(levels.values()) <= 10
    assert "beyond GitHub's 10 annotations per level" in closing_notice(out)


def test_github_never_annotates_agreements_even_when_selected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "The Harlow plant employs 4,312 people, the company said on Monday.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Brightline Foods said the Harlow plant, which employs 4,312 people, will stay open.\n",
        encoding="utf-8",
    )
    _, out, _ = run("scan", str(tmp_path), "-f", "github", "-q", "--select", "CC3")
    assert not annotated_checks(out)
    assert "1 corroborated not annotated" in closing_notice(out)


def test_ignore_alone_selects_nothing_for_github() -> None:
    _, out, _ = run("scan", str(SOURCES), "-f", "github", "-q", "--ignore", "CC3")
    assert set(annotated_checks(out)) == {("CC1", "conflict")}
    assert "corroborated" not in closing_notice(out)


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (("-f", "auto"), {"GITHUB_ACTIONS": "true"}),
        ((), {"CLAIMCHECK_FORMAT": "github"}),
    ],
)
def test_github_chosen_by_the_environment_follows_select_too(
    args: tuple[str, ...], env: dict[str, str]
) -> None:
    _, out, _ = run("scan", str(SOURCES), "-q", "--select", "CC2", *args, **env)
    assert set(annotated_checks(out)) == {("CC2", "unsourced")}


@pytest.mark.parametrize("output_format", ["json", "sarif", "concise", "csv"])
def test_select_changes_no_other_format_beyond_filtering(output_format: str) -> None:
    """Other formats render the filtered report as they always did: what --select adds for
    github does not reach them."""
    from claimcheck.cli import only_checks
    from claimcheck.formatters import FORMATTERS
    from claimcheck.models import Report

    _, out, _ = run("scan", str(SOURCES), "-f", output_format, "-q", "--select", "CC2")
    _, full, _ = run("scan", str(SOURCES), "-f", "json", "-q")
    report = only_checks(Report.model_validate_json(full), ["CC2"], [])
    assert out == FORMATTERS[OutputFormat(output_format)](report)


# The concise format


def test_concise_paths_are_relative_to_the_current_folder(
    conflicting: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(conflicting.parent)
    code, out, _ = run("scan", str(conflicting.resolve()), "-f", "concise")
    (line,) = out.splitlines()
    assert code == 1
    assert re.fullmatch(r"articles/(local|wire)\.txt:1:\d+: CC1 2 sources disagree .+", line)


def test_concise_keeps_paths_outside_the_current_folder(
    conflicting: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(PROJECT)
    _, out, _ = run("scan", str(conflicting.resolve()), "-f", "concise")
    assert out.startswith(str(conflicting.resolve()) + "/")


# CLAIMCHECK_FORMAT and --format auto


def test_the_environment_picks_the_format(conflicting: Path) -> None:
    _, out, _ = run("scan", str(conflicting), CLAIMCHECK_FORMAT="jsonl")
    assert [json.loads(line)["check"] for line in out.splitlines()] == ["CC1"]


def test_format_option_beats_the_environment(conflicting: Path) -> None:
    _, out, _ = run("scan", str(conflicting), "-f", "concise", CLAIMCHECK_FORMAT="json")
    assert re.match(r"\S+\.txt:1:\d+: CC1 ", out)


def test_the_environment_beats_the_config_file(make_articles: Callable[..., Path]) -> None:
    folder = make_articles(config='format = "json"\n', **CONFLICTING)
    assert json.loads(run("scan", str(folder))[1])["findings"]
    _, out, _ = run("scan", str(folder), CLAIMCHECK_FORMAT="concise")
    assert re.match(r"\S+\.txt:1:\d+: CC1 ", out)
    _, shown, _ = run("config", str(folder), CLAIMCHECK_FORMAT="concise")
    assert 'format = "concise"  # CLAIMCHECK_FORMAT' in shown.splitlines()


def test_the_output_file_name_beats_the_environment(conflicting: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, _, err = run("scan", str(conflicting), "-o", str(target), CLAIMCHECK_FORMAT="github")
    assert (code, err) == (1, "")
    assert json.loads(target.read_text(encoding="utf-8"))["findings"]


def test_an_empty_environment_variable_is_unset(conflicting: Path) -> None:
    assert run("scan", str(conflicting), CLAIMCHECK_FORMAT="")[1].startswith("2 sources, ")


def test_an_unknown_environment_format_is_a_one_line_error(conflicting: Path) -> None:
    code, out, err = run("scan", str(conflicting), CLAIMCHECK_FORMAT="yaml")
    assert (code, out) == (2, "")
    assert err == (
        "claimcheck: error: CLAIMCHECK_FORMAT: 'yaml' is not one of 'table', 'json', 'jsonl', "
        "'csv', 'markdown', 'html', 'sarif', 'github', 'concise', 'auto'\n"
    )


@pytest.mark.parametrize(
    ("args", "env", "starts"),
    [
        (("-f", "auto"), {"GITHUB_ACTIONS": "true"}, "::"),
        (("-f", "auto"), {}, "2 sources, "),
        (("-f", "auto"), {"GITHUB_ACTIONS": "false"}, "2 sources, "),
        ((), {"CLAIMCHECK_FORMAT": "auto", "GITHUB_ACTIONS": "true"}, "::"),
        ((), {"CLAIMCHECK_FORMAT": "AUTO"}, "2 sources, "),
    ],
)
def test_auto_picks_github_annotations_inside_github_actions(
    conflicting: Path, args: tuple[str, ...], env: dict[str, str], starts: str
) -> None:
    code, out, _ = run("scan", str(conflicting), *args, **env)
    assert code == 1 and out.startswith(starts)


def test_auto_defers_to_the_output_file_name(conflicting: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    code, _, _ = run(
        "scan", str(conflicting), "-f", "auto", "-o", str(target), GITHUB_ACTIONS="true"
    )
    assert code == 1 and json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_format_names_cover_every_formatter() -> None:
    assert set(FORMAT_NAMES) == {f.value for f in OutputFormat} | {"auto"}
    assert set(get_args(EvaluationFormatName)) == {f.value for f in EvaluationFormat}


# claimcheck rule


def test_rule_explains_a_check() -> None:
    code, out, err = run("rule", "CC1")
    assert (code, err) == (0, "")
    assert out.startswith("CC1 conflict: ")
    for word in ("Rules:", "strict:", "pragmatic:", "factual:", "Severity:", "high"):
        assert word in out
    assert "Reported, for example:" in out and "Not reported, for example:" in out
    assert run("rule", "cc1")[1] == run("rule", "conflict")[1] == out


def test_rule_without_an_id_lists_every_check() -> None:
    code, out, _ = run("rule")
    assert code == 0
    entries = [line.split()[:2] for line in out.splitlines() if not line.startswith(" ")]
    assert entries == [
        [check_id, kind] for kind, check_id in sorted(KINDS.items(), key=lambda item: item[1])
    ]


@pytest.mark.parametrize("name", ["", "CC1", "CC2", "CC3", "CC4", "CC5"])
def test_rule_text_fits_80_columns(name: str) -> None:
    out = run("rule", *([name] if name else []))[1]
    assert max(len(line) for line in out.splitlines()) <= 80


def test_an_unknown_rule_is_a_one_line_error() -> None:
    assert run("rule", "CC9") == (
        2,
        "",
        "claimcheck: error: unknown check 'CC9' (known: CC1, CC2, CC3, CC4, CC5)\n",
    )


def test_the_rule_texts_match_the_checks() -> None:
    rules = check_rules()
    assert {rule.id: rule.kind for rule in rules.values()} == {v: k for k, v in KINDS.items()}
    for check_id, module in CHECKS.items():
        assert module.DEFAULT_SEVERITY in rules[check_id].severity
        assert rules[check_id].kind == module.KIND
    assert {name for name, _ in rules["CC1"].rules} == set(conflicts_check.SEVERITY)
    assert all(rule.flagged and rule.passed and rule.description for rule in rules.values())


# Colour and progress


@pytest.mark.parametrize(
    ("mode", "env", "terminal", "expected"),
    [
        (ColorMode.auto, {}, True, True),
        (ColorMode.auto, {}, False, False),
        (ColorMode.auto, {"NO_COLOR": "1"}, True, False),
        (ColorMode.auto, {"NO_COLOR": ""}, True, True),
        (ColorMode.auto, {"FORCE_COLOR": "1"}, False, True),
        (ColorMode.auto, {"FORCE_COLOR": ""}, False, False),
        (ColorMode.auto, {"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
        (ColorMode.always, {"NO_COLOR": "1"}, False, True),
        (ColorMode.never, {"FORCE_COLOR": "1"}, True, False),
    ],
)
def test_colour_rules(
    monkeypatch: pytest.MonkeyPatch,
    mode: ColorMode,
    env: dict[str, str],
    terminal: bool,
    expected: bool,
) -> None:
    monkeypatch.setattr(cli, "is_terminal", lambda stream: terminal)
    assert color_wanted(mode, sys.stdout, env) is expected


def test_no_colour_in_a_pipe(conflicting: Path) -> None:
    code, out, err = run("scan", str(conflicting))
    assert code == 1 and out.startswith("2 sources, ")
    assert ANSI not in out and ANSI not in err


@pytest.mark.usefixtures("on_a_terminal")
def test_a_terminal_gets_colour_unless_no_color(conflicting: Path) -> None:
    assert ANSI in run("scan", str(conflicting), "--no-progress")[1]
    _, out, _ = run("scan", str(conflicting), "--no-progress", NO_COLOR="1")
    assert out.startswith("2 sources, ") and ANSI not in out


def test_force_color_colours_the_report_but_puts_no_progress_in_a_log(
    conflicting: Path,
) -> None:
    code, out, err = run("scan", str(conflicting), FORCE_COLOR="1")
    assert code == 1 and ANSI in out
    assert err == "" and not SPINNER.search(err)


@pytest.mark.parametrize(
    ("option", "env", "coloured"),
    [
        ("always", {"NO_COLOR": "1"}, True),
        ("never", {"FORCE_COLOR": "1"}, False),
        ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
    ],
)
def test_the_color_option_wins_over_the_environment(
    conflicting: Path, option: str, env: dict[str, str], coloured: bool
) -> None:
    _, out, _ = run("scan", str(conflicting), "--color", option, **env)
    assert (ANSI in out) is coloured


def test_an_unknown_color_is_a_usage_error(conflicting: Path) -> None:
    code, _, err = run("scan", str(conflicting), "--color", "sometimes")
    assert code == 2 and err.count("\n") == 1 and "'sometimes' is not one of" in err


@pytest.mark.usefixtures("on_a_terminal")
@pytest.mark.parametrize(
    ("args", "shown"),
    [
        ((), True),
        (("--quiet",), False),
        (("--no-progress",), False),
        # --progress, the default, is still accepted; --no-progress and --quiet win over it.
        (("--progress",), True),
        (("--progress", "--no-progress"), False),
        (("--no-progress", "--progress"), False),
        (("--progress", "--quiet"), False),
    ],
)
def test_progress_shows_on_a_terminal_unless_quiet(
    conflicting: Path, args: tuple[str, ...], shown: bool
) -> None:
    _, _, err = run("scan", str(conflicting), "-f", "json", *args)
    assert ("articles" in err) is shown


@pytest.mark.usefixtures("on_a_terminal")
def test_progress_on_a_terminal_follows_no_color(conflicting: Path) -> None:
    _, _, err = run("scan", str(conflicting), "-f", "json", NO_COLOR="1")
    assert "articles" in err and "\x1b[3" not in err  # cursor moves, but no colour


# --help at 80 columns


HELP_WIDTH = 80
# One row of an options panel: "│ --name  -n  METAVAR  Description │"; the names and the
# metavar are each followed by at least two spaces (the table's padding).
OPTION_ROW = re.compile(
    r"│ (?P<names>--[\w-]+(?: +-\w)?) +(?:(?P<metavar>[A-Z][A-Z_]*) {2,})?(?P<help>\S.*?) *│"
)


def help_text(*command: str) -> str:
    """The rendered help of a command at 80 columns."""
    result = RUNNER.invoke(
        app,
        [*command, "--help"],
        terminal_width=HELP_WIDTH,
        env={**QUIET_ENVIRONMENT, "COLUMNS": str(HELP_WIDTH)},
    )
    assert result.exit_code == 0
    return result.stdout


def option_columns(text: str) -> tuple[int, int]:
    """How wide the option-name column of a help's options panel is, and how wide its
    description column is (in characters, inside the panel's border).

    Both are read off the rows that start with an option's long name; each must line up
    with the others, or a row held something the pattern does not know (such as a second
    long name: ``--progress/--no-progress`` puts ``--no-progress`` in a column of its own).
    """
    rows = [match for line in text.splitlines() if (match := OPTION_ROW.fullmatch(line))]
    assert rows, text
    described = {row.start("help") for row in rows}
    named = {row.start("metavar") for row in rows if row.group("metavar")} or described
    assert len(described) == 1 and len(named) == 1, f"options do not line up:\n{text}"
    (help_start,), (names_end,) = described, named
    border = len("│ ")
    return names_end - border, HELP_WIDTH - border - help_start


def test_scan_help_renders_cleanly_at_80_columns() -> None:
    text = help_text("scan")
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "<bool>" not in text and "<list" not in text
    assert not re.search(r"\w \.", text), "text in brackets was taken for markup"
    assert "Report format: table, json" in text
    # Every choice whole: none wraps mid-word.
    words = set(re.findall(r"[\w$-]+", text))
    assert set(FORMAT_NAMES) | {"conflict", "unsourced", "never", "$CLAIMCHECK_FORMAT"} <= words
    for option in ("--quiet", "--statistics", "--exit-zero", "--select", "--ignore", "--color"):
        assert option in text
    assert "[default: auto]" in text and "[default: stdin]" in text
    # Progress is on by default: the flag shown is the one that turns it off.
    assert "--no-progress" in text and "--progress" not in text.replace("--no-progress", "")


@pytest.mark.parametrize(
    "command", [(), *((c.name or c.callback.__name__,) for c in app.registered_commands)]
)  # type: ignore[union-attr]
def test_every_help_fits_80_columns_without_type_noise(command: tuple[str, ...]) -> None:
    text = help_text(*command)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "<bool>" not in text and "<path>" not in text and "<list" not in text


@pytest.mark.parametrize(
    "command", [(), *((c.name or c.callback.__name__,) for c in app.registered_commands)]
)  # type: ignore[union-attr]
def test_every_help_leaves_its_descriptions_room(command: tuple[str, ...]) -> None:
    """Option names take about a third of the width at most, descriptions half or more;
    a ``--flag/--no-flag`` pair, which adds a column for the second name, breaks this."""
    names, description = option_columns(help_text(*command))
    assert names <= math.ceil(HELP_WIDTH / 3), f"option names take {names} columns"
    assert description >= HELP_WIDTH // 2, f"descriptions get {description} columns"


def test_the_help_layout_check_catches_a_flag_pair() -> None:
    """Rows of ``scan --help`` as it was with ``--progress/--no-progress``: the pair's row
    does not line up, and the columns it widened fail the limits of the test above."""
    rows = [
        "│ --stdin-filename                       NAME    Source id of the article read │\n",
        "│ --progress            --no-progress            Show progress on stderr when  │\n",
        "│ --help                                         Show this message and exit.   │\n",
    ]
    with pytest.raises(AssertionError, match="do not line up"):
        option_columns("".join(rows))
    names, description = option_columns(rows[0] + rows[2])
    assert names > math.ceil(HELP_WIDTH / 3) and description < HELP_WIDTH // 2


# Start-up

STARTUP_SCRIPT = """
import sys
from claimcheck.cli import app
try:
    app(sys.argv[1:], prog_name="claimcheck")
except SystemExit as exit:
    assert exit.code == 0, exit.code
heavy = ["spacy", "trafilatura", "claimcheck.pipeline", "claimcheck.nlp", "claimcheck.checks"]
print(",".join(name for name in heavy if name in sys.modules), file=sys.stderr)
"""


@pytest.mark.parametrize("args", [["--version"], ["rule", "CC1"], ["scan", "--help"]])
def test_quick_commands_do_not_import_the_pipeline(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", STARTUP_SCRIPT, *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout and result.stderr == "\n"


def test_version_imports_no_language_model() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "claimcheck", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert result.returncode == 0 and "claimcheck.cli" in imported
    assert not {"spacy", "trafilatura", "claimcheck.pipeline"} & imported


# The pre-commit hook


def test_the_pre_commit_hook_names_no_folder_and_runs_for_articles() -> None:
    text = (PROJECT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    settings = dict(re.findall(r"^\s+(\w+): (.+)$", text, flags=re.MULTILINE))
    assert settings["pass_filenames"] == "false"
    assert settings.get("always_run", "false") == "false"
    assert '"."' not in settings.get("args", "") and "entry" in settings
    files = re.compile(settings["files"].strip("'\""))
    for suffix in (*ARTICLE_SUFFIXES, ".TXT"):
        assert files.search(f"articles/a{suffix}"), suffix
    for name in ("setup.py", "photo.png", ".venv/pyvenv.cfg", "claimcheck.toml"):
        assert not files.search(name), name


@pytest.mark.usefixtures("on_a_terminal")
def test_progress_shows_each_stage_with_a_count(conflicting: Path) -> None:
    _, _, err = run("scan", str(conflicting), "-f", "json")
    assert "reading articles" in err and "checking claims" in err
    assert "%" in err and "/2" in err  # a percentage, and "n/2" articles


def test_the_pipeline_reports_its_stages_to_a_progress_object(conflicting: Path) -> None:
    seen: list[tuple[str, int | None] | str] = []

    class Recorder:
        def stage(self, name: str, total: int | None) -> None:
            seen.append((name, total))

        def __call__(self, source_id: str) -> None:
            seen.append(source_id)

    scan([conflicting], progress=Recorder())
    stages = [item for item in seen if isinstance(item, tuple)]
    assert stages == [("reading articles", 2), ("checking claims", None)]
    assert len([item for item in seen if isinstance(item, str)]) == 2
