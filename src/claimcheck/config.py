"""Configuration: what a user knows about a story that the text does not say.

Aliases (two names of one organisation), thresholds and excluded paths live
here, never in code, so the tool works on stories it has never seen. A config
is one validated object; a misspelled key is an error that names the file and
the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path

from pydantic import Field, ValidationError

from claimcheck.errors import ConfigError
from claimcheck.models import Model

CONFIG_FILE_NAME = "claimcheck.toml"


class Config(Model):
    """The effective settings of one run."""

    aliases: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Canonical name -> other names that denote the same thing.",
    )
    exclude: list[str] = Field(
        default_factory=list, description="Glob patterns of source ids to leave out."
    )
    match_threshold: float = Field(
        default=0.62,
        ge=0.0,
        le=1.0,
        description="Similarity (0-1) of measure phrases above which claims may match.",
    )
    unsourced_limit: int = Field(
        default=20, ge=0, description="How many unsourced findings to report at most."
    )
    config_path: str | None = Field(
        default=None, description="The file these settings were read from, if any."
    )

    def canonical_names(self) -> dict[str, str]:
        """Map each lower-cased alias (and canonical name) to its canonical name."""
        table: dict[str, str] = {}
        for canonical, names in self.aliases.items():
            for name in (canonical, *names):
                table[name.casefold()] = canonical
        return table


def read_config(path: Path) -> Config:
    """Parse and validate one TOML config file.

    :raises ConfigError: when the file is unreadable, not TOML, or invalid
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(str(path), f"cannot be read ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise ConfigError(str(path), "not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), f"invalid TOML: {error}") from error
    data.pop("config_path", None)
    try:
        return Config.model_validate({**data, "config_path": str(path)})
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        message = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
        raise ConfigError(str(path), f"{key}: {message}") from error


def find_config(paths: Sequence[Path]) -> Path | None:
    """Find the config that belongs to the scanned paths.

    Looks for ``claimcheck.toml`` in the first scanned folder (or the folder of
    the first scanned file), then walks up towards the file-system root.
    """
    if not paths:
        return None
    start = paths[0].resolve()
    folder = start if start.is_dir() else start.parent
    for candidate_dir in (folder, *folder.parents):
        candidate = candidate_dir / CONFIG_FILE_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(paths: Sequence[Path], config_file: Path | None = None) -> Config:
    """The effective config: an explicit file wins, then one found near the paths.

    :raises ConfigError: when the chosen file is missing or invalid
    """
    if config_file is not None:
        if not config_file.is_file():
            raise ConfigError(str(config_file), "no such config file")
        return read_config(config_file)
    found = find_config(paths)
    return read_config(found) if found else Config()
