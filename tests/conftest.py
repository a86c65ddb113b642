"""Shared fixtures: factories for article folders, and the --update-golden option."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add --update-golden, which rewrites golden files instead of comparing."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite golden files and data/claims.jsonl from today's output.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether this run rewrites golden files."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def make_articles(tmp_path: Path) -> Callable[..., Path]:
    """Factory: write articles (name -> text) and an optional config into a folder."""

    def make(config: str | None = None, **articles: str) -> Path:
        folder = tmp_path / "articles"
        folder.mkdir(exist_ok=True)
        for name, text in articles.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        if config is not None:
            (folder / "claimcheck.toml").write_text(config, encoding="utf-8")
        return folder

    return make
