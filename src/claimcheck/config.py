"""Configuration: what a user knows about a story that the text does not say.

Aliases (two names of one organisation), thresholds, the exit policy, the
output format and excluded paths live here, never in code, so the tool works
on stories it has never seen. A config is one validated object; a misspelled
key is an error that names the file and the key.

Precedence, strongest first: command-line options; ``--config FILE``; a
``claimcheck.toml`` found in a scanned folder or above it; a
``[tool.claimcheck]`` table in a ``pyproject.toml`` found the same way; the
defaults below. Every scanned path must find the same file (or none): one
configuration applies to a run.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import ConfigDict, Field, ValidationError, field_validator

from claimcheck.errors import ConfigError
from claimcheck.load import JSONL_FIELDS, MAX_FILE_BYTES
from claimcheck.models import Model

CONFIG_FILE_NAME = "claimcheck.toml"
PYPROJECT_FILE_NAME = "pyproject.toml"

FailOnName = Literal["conflict", "unsourced", "any", "never"]
EngineName = Literal["local", "dask"]
StoriesName = Literal["auto", "folders", "none"]
FormatName = Literal[
    "table", "json", "jsonl", "csv", "markdown", "html", "sarif", "github", "concise"
]


class Config(Model):
    """The effective settings of one run.

    Values are validated strictly: ``unsourced_limit = true`` or ``name_similarity =
    "95"`` is an error naming the key, not a silent 1 or 95.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    aliases: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Canonical name -> other names that denote the same thing.",
    )
    exclude: list[str] = Field(
        default_factory=list,
        description="Gitignore-style patterns of paths inside a scanned folder to leave out.",
    )
    force_exclude: bool = Field(
        default=False, description="Apply `exclude` to files named on the command line too."
    )
    name_similarity: int = Field(
        default=90,
        ge=50,
        le=100,
        description="Spelling similarity (0-100) at which two names denote one thing.",
    )
    unsourced_limit: int = Field(
        default=50, ge=0, description="How many unsourced findings to report at most."
    )
    fail_on: FailOnName = Field(
        default="conflict", description="Which findings make `scan` exit with status 1."
    )
    format: FormatName = Field(default="table", description="Report format of `scan`.")
    jobs: int = Field(
        default=0,
        ge=0,
        description="Worker processes that read articles: 0 for one per core (at most 8), "
        "1 for none. The output is the same whatever the number.",
    )
    engine: EngineName = Field(
        default="local",
        description="Where the work runs: local (this machine's cores, see jobs) or dask "
        "(a Dask distributed cluster at scheduler; the output is the same).",
    )
    scheduler: str | None = Field(
        default=None,
        description="Dask scheduler address (tcp://host:8786) for engine dask; none starts "
        "a cluster of jobs workers on this machine.",
    )
    stories: StoriesName = Field(
        default="auto",
        description="How articles are split into stories, within which claims are matched: "
        "auto (by shared words and names), folders (one story per folder) or none.",
    )
    jsonl_fields: dict[str, list[str]] = Field(
        default_factory=lambda: {field: list(names) for field, names in JSONL_FIELDS.items()},
        description="JSON Lines: for text, id, title, url, published and outlet, the record "
        "fields to read, first present wins.",
    )
    max_file_size: int = Field(
        default=MAX_FILE_BYTES,
        ge=1,
        description="Bytes; a file larger than this is skipped with a reason (16 MiB).",
    )

    @field_validator("scheduler")
    @classmethod
    def _no_empty_scheduler(cls, value: str | None) -> str | None:
        """An empty address names no scheduler: ``--scheduler ''`` undoes the config's."""
        if value is None or not value.strip():
            return None
        return value.strip()

    @field_validator("jsonl_fields")
    @classmethod
    def _known_jsonl_fields(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        """Fields given replace the defaults of those fields only; unknown ones are errors."""
        unknown = sorted(set(value) - set(JSONL_FIELDS))
        if unknown:
            raise ValueError(f"unknown field {unknown[0]} (known: {', '.join(JSONL_FIELDS)})")
        return {field: list(value.get(field, names)) for field, names in JSONL_FIELDS.items()}

    def canonical_names(self) -> dict[str, str]:
        """Map each lower-cased alias (and canonical name) to its canonical name."""
        table: dict[str, str] = {}
        for canonical, names in self.aliases.items():
            for name in (canonical, *names):
                table[name.casefold()] = canonical
        return table


class Setting(Model):
    """One effective setting and where its value came from."""

    key: str
    value: Any
    origin: str = Field(description="'default', a file (and table), or a command-line option.")


class ResolvedConfig(Model):
    """The effective config and the provenance of each of its values."""

    config: Config
    settings: list[Setting]
    file: str | None = Field(default=None, description="The config file used, if any.")


def _read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, turning every failure into a ConfigError naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(str(path), f"cannot be read ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise ConfigError(str(path), "not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), f"invalid TOML: {error}") from error


def read_config_file(path: Path) -> tuple[dict[str, Any], str]:
    """The settings table of a config file, and a label for where it came from.

    :raises ConfigError: when the file is unreadable or not TOML
    """
    data = _read_toml(path)
    if path.name == PYPROJECT_FILE_NAME:
        table = data.get("tool", {}).get("claimcheck", {})
        if not isinstance(table, dict):
            raise ConfigError(str(path), "[tool.claimcheck] must be a table")
        return table, f"{path} [tool.claimcheck]"
    return data, str(path)


def _has_tool_table(path: Path) -> bool:
    """Whether a pyproject.toml has a [tool.claimcheck] table (an unreadable one has not)."""
    try:
        return "claimcheck" in _read_toml(path).get("tool", {})
    except ConfigError:
        return False


def find_config(paths: Sequence[Path]) -> Path | None:
    """Find the one config that belongs to the scanned paths.

    For each path, looks in its folder (or the folder of a scanned file), then in
    each folder above it, for ``claimcheck.toml`` or a ``pyproject.toml`` with a
    ``[tool.claimcheck]`` table. One configuration applies to the whole run, so
    paths that would find different files are an error that names both. A path that
    does not exist finds nothing, so that reading it says so. Standard input (``-``) has
    no place of its own: beside other paths it takes theirs, and alone it finds the
    config of the working folder.

    :raises ConfigError: when the paths would find different config files
    """
    files = [path for path in paths if str(path) != "-" and path.exists()]
    paths = files or [path for path in paths if str(path) == "-"]
    if not paths:
        return None
    first, chosen = paths[0], _config_for(paths[0])
    for path in paths[1:]:
        config = _config_for(path)
        if config != chosen:
            raise ConfigError(
                str(path),
                f"finds config {config or 'none'}, but {first} finds {chosen or 'none'}; "
                "one config applies to a run: pass --config FILE",
            )
    return chosen


def _config_for(path: Path) -> Path | None:
    """The config file a single scanned path finds, if any."""
    start = path.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate_dir in (folder, *folder.parents):
        candidate = candidate_dir / CONFIG_FILE_NAME
        if candidate.is_file():
            return candidate
        pyproject = candidate_dir / PYPROJECT_FILE_NAME
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def resolve_config(
    paths: Sequence[Path],
    config_file: Path | None = None,
    overrides: Mapping[str, tuple[Any, str]] | None = None,
) -> ResolvedConfig:
    """The effective config, with where each value came from.

    :param config_file: an explicit file (``--config``), which wins over discovery
    :param overrides: key -> (value, option name) from the command line; None
        values are ignored
    :raises ConfigError: when the chosen file is missing or invalid
    """
    if config_file is not None and not config_file.is_file():
        raise ConfigError(str(config_file), "no such config file")
    path = config_file or find_config(paths)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    if path is not None:
        table, label = read_config_file(path)
        values.update(table)
        origins.update(dict.fromkeys(table, label))
    for key, (value, option) in (overrides or {}).items():
        if value is not None:
            values[key] = value.value if isinstance(value, Enum) else value
            origins[key] = option
    try:
        config = Config.model_validate(values)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        message = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
        where = origins.get(str(first["loc"][0]), str(path)) if first["loc"] else str(path)
        # An option names its key itself ("--jobs: Input should be ..."); a file does not.
        raise ConfigError(
            where, message if where.startswith("-") else f"{key}: {message}"
        ) from error
    settings = [
        Setting(key=key, value=getattr(config, key), origin=origins.get(key, "default"))
        for key in Config.model_fields
    ]
    return ResolvedConfig(config=config, settings=settings, file=str(path) if path else None)


def load_config(paths: Sequence[Path], config_file: Path | None = None) -> Config:
    """The effective config for scanning paths, without command-line overrides.

    :raises ConfigError: when the chosen file is missing or invalid
    """
    return resolve_config(paths, config_file).config
