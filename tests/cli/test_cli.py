"""The command line, driven through typer's CliRunner: exit code, stdout, stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.paths import SOURCES
from typer.testing import CliRunner

from claimcheck import __version__
from claimcheck.cli import app

RUNNER = CliRunner()

CONFLICTING = {
    "wire": "The Brackwater dam employs 1,200 workers, the utility said on Monday.\n",
    "local": "The Brackwater dam employs 3,400 workers, the mayor said on Monday.\n",
}
AGREEING = {
    "wire": "The Brackwater dam employs 1,200 workers, the utility said on Monday.\n",
    "local": "The Brackwater dam employs about 1,200 workers, the mayor said on Monday.\n",
}


def run(*args: str) -> tuple[int, str, str]:
    """Invoke the CLI and return (exit code, stdout, stderr)."""
    result = RUNNER.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    assert run("--version") == (0, f"claimcheck {__version__}\n", "")


@pytest.mark.parametrize("command", ["scan", "config"])
def test_missing_path_is_a_usage_error(command: str) -> None:
    assert run(command, "no/such/folder") == (
        2,
        "",
        "claimcheck: error: no/such/folder: no such file or folder\n",
    )


def test_a_bad_option_value_names_the_option_once() -> None:
    code, out, err = run("scan", str(SOURCES), "--jobs", "-1")
    assert (code, out) == (2, "")
    assert err == "claimcheck: error: --jobs: Input should be greater than or equal to 0\n"


def test_a_missing_path_beside_a_configured_folder_is_named_as_missing(tmp_path: Path) -> None:
    configured = tmp_path / "corpus"
    configured.mkdir()
    (configured / "claimcheck.toml").write_text("jobs = 1\n", encoding="utf-8")
    (configured / "a.txt").write_text("Title\n\nTwelve people were killed.\n", encoding="utf-8")
    missing = tmp_path / "elsewhere" / "nope.txt"
    assert run("scan", str(configured), str(missing)) == (
        2,
        "",
        f"claimcheck: error: {missing}: no such file or folder\n",
    )


def test_folder_without_articles_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    code, out, err = run("extract", str(tmp_path))
    assert (code, out) == (2, "")
    assert err == (
        f"claimcheck: error: {tmp_path}: no readable articles found (claimcheck reads .txt, "
        ".md, .jsonl, .html and .htm files); 1 file of other types ignored (1 .csv)\n"
    )


def test_unreadable_files_are_skipped_and_reported(
    make_articles: Callable[..., Path],
) -> None:
    folder = make_articles(**AGREEING)
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners said 40 jobs went.".encode("latin-1"))
    (folder / "empty.md").write_text("", encoding="utf-8")
    code, out, err = run("extract", str(folder))
    assert code == 0
    assert "skipped" in err and "latin1.txt: not UTF-8 text" in err and "empty.md: empty" in err
    assert "2 files skipped" in err
    assert {json.loads(line)["source"] for line in out.splitlines()} == {"local.txt", "wire.txt"}


@pytest.mark.parametrize("format_name", ["table", "markdown", "html"])
def test_a_report_saved_into_the_scanned_folder_is_no_article(
    make_articles: Callable[..., Path], format_name: str
) -> None:
    folder = make_articles(**AGREEING)
    _, ledger, _ = run("extract", str(folder))
    _, report, _ = run("scan", str(folder), "--format", format_name)
    (folder / "report.txt").write_text(report, encoding="utf-8")
    code, out, err = run("extract", str(folder))
    assert (code, out) == (0, ledger)
    assert f"skipped {folder / 'report.txt'}: claimcheck's own report, not an article" in err


def test_bad_config_names_the_file_and_key(make_articles: Callable[..., Path]) -> None:
    folder = make_articles(config="[aliasses]\n", **AGREEING)
    code, out, err = run("scan", str(folder))
    assert (code, out) == (2, "")
    assert err == f"claimcheck: error: {folder / 'claimcheck.toml'}: aliasses: unknown key\n"


@pytest.mark.parametrize(
    ("articles", "fail_on", "expected"),
    [
        (CONFLICTING, "conflict", 1),
        (AGREEING, "conflict", 0),
        (CONFLICTING, "never", 0),
        (AGREEING, "any", 0),
    ],
)
def test_scan_exit_status(
    make_articles: Callable[..., Path], articles: dict[str, str], fail_on: str, expected: int
) -> None:
    folder = make_articles(**articles)
    code, _, _ = run("scan", str(folder), "--format", "json", "--fail-on", fail_on)
    assert code == expected


def test_scan_json_lists_the_conflict(make_articles: Callable[..., Path]) -> None:
    code, out, _ = run("scan", str(make_articles(**CONFLICTING)), "--format", "json")
    report = json.loads(out)
    (conflict,) = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert code == 1 and conflict["rule"] == "strict" and conflict["check"] == "CC1"
    assert [e["source"] for e in conflict["evidence"]] == ["local.txt", "wire.txt"]


def test_scan_is_deterministic() -> None:
    first = run("scan", str(SOURCES), "--format", "json")
    second = run("scan", str(SOURCES), "--format", "json")
    assert first == second


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "ledger.jsonl"
    code, out, _ = run("extract", str(SOURCES), "-o", str(target))
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8") == run("extract", str(SOURCES))[1]
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.jsonl"]


@pytest.mark.parametrize("command", ["extract", "scan", "baseline"])
def test_output_into_missing_folder_fails_before_any_work(tmp_path: Path, command: str) -> None:
    target = tmp_path / "no" / "x.json"
    code, _, err = run(command, str(SOURCES), "-o", str(target))
    # One line, and before reading: no article's cleaning note comes first.
    assert (code, err) == (
        2,
        f"claimcheck: error: {target}: folder {target.parent} does not exist\n",
    )


def test_schema_describes_a_ledger_line() -> None:
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "Claim"
    assert {"id", "source", "span", "quantities", "attribution"} <= set(schema["properties"])


def test_table_report_shows_summary_and_conflict(make_articles: Callable[..., Path]) -> None:
    code, out, _ = run("scan", str(make_articles(**CONFLICTING)))
    assert code == 1
    assert out.startswith("2 sources, ")
    assert "1,200" in out and "3,400" in out and "\x1b[" not in out


def test_python_dash_m_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, f"claimcheck {__version__}\n")


def test_config_file_sets_format_fail_on_and_exclusions(make_articles: Callable[..., Path]) -> None:
    folder = make_articles(
        config='format = "jsonl"\nfail_on = "never"\nexclude = ["drafts/*"]\n', **CONFLICTING
    )
    (folder / "drafts").mkdir()
    (folder / "drafts" / "note.txt").write_text("The dam employs 9 workers.\n", encoding="utf-8")
    code, out, _ = run("scan", str(folder))
    records = [json.loads(line) for line in out.splitlines()]
    findings = [record for record in records if "id" in record]
    sources = {e["source"] for finding in findings for e in finding["evidence"]}
    assert code == 0 and sources == {"local.txt", "wire.txt"}
    assert all("id" in record for record in records)  # nothing skipped, ignored or set aside
    assert run("scan", str(folder), "--fail-on", "conflict", "--format", "json")[0] == 1


def test_internal_errors_are_one_line_too(
    make_articles: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("claimcheck.cli.scan_report", broken)
    code, out, err = run("scan", str(make_articles(**AGREEING)))
    assert (code, out) == (2, "")
    assert err.startswith("claimcheck: internal error: RuntimeError: boom (run again with --debug")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("scan", "x", "--format", "nope"),
            "claimcheck: error: Invalid value for '--format' / '-f': 'nope' is not one of",
        ),
        (("scan", "--bogus"), "claimcheck: error: No such option: --bogus"),
    ],
)
def test_usage_errors_are_one_line_with_status_2(args: tuple[str, ...], message: str) -> None:
    code, out, err = run(*args)
    assert (code, out) == (2, "")
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_scan_reports_what_cleaning_set_aside_on_stderr() -> None:
    code, _, err = run("scan", str(SOURCES), "--format", "json", "--no-progress")
    assert code == 1
    assert "set aside" in err and "that are not article prose" in err


def test_the_report_file_name_picks_its_format(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, out, _ = run("scan", str(SOURCES), "-o", str(target), "--no-progress")
    assert (code, out) == (1, "")
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_a_format_that_contradicts_the_file_name_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, _, err = run("scan", str(SOURCES), "-o", str(target), "-f", "json")
    assert code == 2
    assert (
        err
        == f"claimcheck: error: {target}: the file name says html but --format says json; drop one of them\n"
    )
    assert not target.exists()


def test_a_reader_that_stops_early_stops_the_scan_quietly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimcheck import cli

    def closed_pipe(*_: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli, "emit", closed_pipe)
    result = CliRunner().invoke(app, ["scan", str(SOURCES), "-f", "jsonl", "-q"])
    assert result.exit_code == 141 and result.stderr == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scheduler", "tcp://127.0.0.1:8786"], "only --engine dask uses"),
        (["--engine", "DASK", "--stories", "Folders", "--jobs", "1", "--scheduler", "x::"], "x::"),
    ],
)
def test_engine_options_are_checked(args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["scan", str(SOURCES), "-q", *args])
    assert result.exit_code == 2 and message in result.stderr


def test_an_empty_scheduler_names_none() -> None:
    from claimcheck.config import Config

    assert Config(scheduler=" ").scheduler is None
    assert Config(scheduler="tcp://h:8786").scheduler == "tcp://h:8786"


def test_a_baseline_is_recorded_with_the_scan_s_stories(tmp_path: Path) -> None:
    from tests.factories import two_story_corpus

    corpus = two_story_corpus(tmp_path / "corpus")
    baseline = tmp_path / "base.json"
    recorded = CliRunner().invoke(
        app, ["baseline", str(corpus), "--stories", "none", "-o", str(baseline), "-q"]
    )
    assert recorded.exit_code == 0
    args = ["scan", str(corpus), "--baseline", str(baseline), "-f", "json", "-q"]
    same = CliRunner().invoke(app, [*args, "--stories", "none"])
    assert same.exit_code == 0 and json.loads(same.stdout)["findings"] == []
    assert json.loads(same.stdout)["summary"]["suppressed"] > 0


def test_a_file_that_cannot_be_read_is_told_by_its_reason(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_bytes(b"\x00\x01 not text")
    code, out, err = run("scan", str(article))
    assert (code, out) == (2, "")
    assert err == (
        f"claimcheck: error: {article}: no readable articles; 1 skipped: binary file "
        "(contains NUL bytes)\n"
    )


def test_of_several_unreadable_files_the_first_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"%PDF-1.4 report")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01 not text")
    code, _, err = run("scan", str(tmp_path))
    assert code == 2
    assert err.startswith(
        f"claimcheck: error: {tmp_path}: no readable articles; 2 skipped, the first "
        f"{tmp_path / 'a.txt'}: a PDF document"
    )
