"""The README documents what the code has: every check, format, command and config key."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimcheck.checks import KINDS
from claimcheck.cli import app
from claimcheck.config import Config
from claimcheck.formatters import FORMATTERS, OutputFormat
from tests.paths import PROJECT, SOURCES

README = (PROJECT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("kind", "check_id"), sorted(KINDS.items()))
def test_every_check_is_documented(kind: str, check_id: str) -> None:
    assert f"| {check_id} | `{kind}` |" in README


@pytest.mark.parametrize("name", [f.value for f in OutputFormat])
def test_every_format_is_documented(name: str) -> None:
    assert f"`{name}`" in README


def test_every_format_has_a_formatter() -> None:
    assert set(FORMATTERS) == set(OutputFormat)
    assert set(Config.model_fields["format"].annotation.__args__) == {f.value for f in OutputFormat}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "command", [c.name or c.callback.__name__ for c in app.registered_commands]
)  # type: ignore[union-attr]
def test_every_command_is_documented_and_has_help(command: str) -> None:
    assert f"`claimcheck {command}" in README
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout


@pytest.mark.parametrize("key", [k for k in Config.model_fields if k != "aliases"])
def test_every_config_key_is_documented(key: str) -> None:
    assert f"\n{key} = " in README


def test_readme_commands_are_one_line_each() -> None:
    blocks = README.split("```sh\n")[1:3]
    commands = [block.split("```")[0].strip() for block in blocks]
    assert commands[0].endswith("claimcheck scan data/sources")
    assert commands[1].endswith("pytest")
    assert all("\n" not in command for command in commands)


def _options() -> list[tuple[str, str]]:
    """(command, long option) for every option of every command."""
    import typer.main

    commands = getattr(typer.main.get_command(app), "commands", {})
    assert commands
    return sorted(
        (name, option)
        for name, command in commands.items()
        for param in command.params
        for option in [*param.opts, *param.secondary_opts]
        if option.startswith("--") and option != "--help"
    )


@pytest.mark.parametrize(("command", "option"), _options())
def test_every_option_is_documented(command: str, option: str) -> None:
    assert f"`{option}" in README or f"{option}`" in README or f" {option} " in README


def test_the_readmes_statistics_of_the_bundled_corpus_are_todays() -> None:
    result = CliRunner().invoke(app, ["scan", str(SOURCES), "--statistics", "--no-progress"])
    assert result.stdout.strip() and f"```text\n{result.stdout}```" in README
    summary = result.stdout.splitlines()[0].split()
    assert f"1 conflict, {summary[0]} unsourced" in README
