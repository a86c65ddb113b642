"""Configuration: discovery, precedence, provenance and errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.config import Config, resolve_config
from claimcheck.errors import ConfigError

RUNNER = CliRunner()


def write(path: Path, text: str) -> Path:
    """Write a file, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def origins(folder: Path, **overrides: object) -> dict[str, tuple[object, str]]:
    """key -> (value, origin) of the effective config for a folder."""
    resolved = resolve_config([folder], None, {k: (v, f"--{k}") for k, v in overrides.items()})
    return {s.key: (s.value, s.origin) for s in resolved.settings}


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = origins(tmp_path)
    assert settings["fail_on"] == ("conflict", "default")
    assert settings["format"] == ("table", "default")


def test_pyproject_table_is_found_by_walking_up(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.claimcheck]\nfail_on = "any"\n')
    articles = tmp_path / "news" / "today"
    articles.mkdir(parents=True)
    assert origins(articles)["fail_on"] == (
        "any",
        f"{tmp_path / 'pyproject.toml'} [tool.claimcheck]",
    )


def test_claimcheck_toml_wins_over_pyproject_and_options_win_over_both(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.claimcheck]\nfail_on = "any"\n')
    toml = write(tmp_path / "claimcheck.toml", 'fail_on = "unsourced"\nformat = "json"\n')
    settings = origins(tmp_path, fail_on="never")
    assert settings["fail_on"] == ("never", "--fail_on")
    assert settings["format"] == ("json", str(toml))


def test_pyproject_without_table_is_ignored(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    assert resolve_config([tmp_path]).file is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[aliasses]\n", "aliasses: unknown key"),
        ('fail_on = "sometimes"\n', "fail_on: Input should be"),
        ("unsourced_limit = -1\n", "unsourced_limit: Input should be greater than or equal to 0"),
        ("aliases = [\n", "invalid TOML"),
        # Strict types: no silent coercion of a boolean or a string to a number.
        ("unsourced_limit = true\n", "unsourced_limit: Input should be a valid integer"),
        ('name_similarity = "95"\n', "name_similarity: Input should be a valid integer"),
        ("max_file_size = 1.5\n", "max_file_size: Input should be a valid integer"),
    ],
)
def test_invalid_config_names_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path / "claimcheck.toml", content)
    with pytest.raises(ConfigError) as caught:
        resolve_config([tmp_path])
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_explicit_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        resolve_config([tmp_path], tmp_path / "nope.toml")


def test_aliases_map_every_name_to_its_canonical_name() -> None:
    config = Config(aliases={"Northwind Logistics": ["NWL", "Northwind"]})
    assert config.canonical_names() == {
        "northwind logistics": "Northwind Logistics",
        "nwl": "Northwind Logistics",
        "northwind": "Northwind Logistics",
    }


def test_config_command_shows_where_values_come_from(tmp_path: Path) -> None:
    toml = write(tmp_path / "claimcheck.toml", 'unsourced_limit = 5\n[aliases]\n"A B" = ["AB"]\n')
    result = RUNNER.invoke(app, ["config", str(tmp_path)])
    assert result.exit_code == 0
    assert f"config file: {toml}" in result.stdout
    assert f"unsourced_limit = 5  # {toml}" in result.stdout
    assert 'fail_on = "conflict"  # default' in result.stdout


def test_paths_that_find_different_configs_are_one_line_error(tmp_path: Path) -> None:
    write(tmp_path / "nyt" / "claimcheck.toml", "unsourced_limit = 5\n")
    write(tmp_path / "bbc" / "claimcheck.toml", "unsourced_limit = 9\n")
    with pytest.raises(ConfigError, match="one config applies to a run: pass --config FILE"):
        resolve_config([tmp_path / "nyt", tmp_path / "bbc"])


def test_paths_under_one_config_share_it(tmp_path: Path) -> None:
    config = write(tmp_path / "claimcheck.toml", "unsourced_limit = 5\n")
    (tmp_path / "nyt").mkdir()
    (tmp_path / "bbc").mkdir()
    resolved = resolve_config([tmp_path / "nyt", tmp_path / "bbc"])
    assert (resolved.file, resolved.config.unsourced_limit) == (str(config), 5)


def test_the_walk_does_not_count_config_files_as_ignored() -> None:
    from claimcheck.config import CONFIG_FILE_NAME, PYPROJECT_FILE_NAME
    from claimcheck.load import CONFIG_FILES

    assert {CONFIG_FILE_NAME, PYPROJECT_FILE_NAME} == CONFIG_FILES


def test_config_command_prints_toml_that_reads_back_as_the_same_config(tmp_path: Path) -> None:
    import tomllib

    write(
        tmp_path / "claimcheck.toml",
        'unsourced_limit = 5\nforce_exclude = true\n[aliases]\n"A B" = ["AB", "A.B."]\n',
    )
    result = RUNNER.invoke(app, ["config", str(tmp_path)])
    printed = tomllib.loads(result.stdout)
    assert "scheduler" not in printed and "# scheduler is not set  # default" in result.stdout
    assert Config(**printed) == resolve_config([tmp_path]).config
