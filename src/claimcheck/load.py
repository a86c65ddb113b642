"""Loading: turn the paths a user gives into decoded articles.

Why a stage of its own: discovery order, source ids and decoding decide whether
two runs over the same folder give the same bytes, and whether a bad file stops
the run or is reported and skipped. Every span later in the pipeline is an
offset into the text returned here, exactly as ``Path.read_text`` would give it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.models import SkippedFile

ARTICLE_SUFFIXES = (".txt", ".md")
UTF8_BOM = "\ufeff"


@dataclass(frozen=True)
class LoadedText:
    """A decoded article before cleaning: its id, path, text and byte hash."""

    id: str
    path: Path
    text: str
    sha256: str


def discover(paths: Sequence[Path], exclude: Iterable[str] = ()) -> list[tuple[str, Path]]:
    """List article files under the given paths as (source id, path), sorted.

    A file given directly keeps its own name as id; a file found in a folder
    gets its path relative to that folder, so ids do not depend on the
    current directory.

    :param paths: files and folders given by the user
    :param exclude: glob patterns (matched against the source id) to leave out
    :raises InputError: when a path does not exist
    """
    patterns = tuple(exclude)
    found: dict[str, Path] = {}
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            # Broken links are kept, so that reading them reports them as skipped.
            candidates = [
                (p.relative_to(path).as_posix(), p)
                for p in path.rglob("*")
                if p.suffix.lower() in ARTICLE_SUFFIXES and not p.is_dir()
            ]
        else:
            candidates = [(path.name, path)]
        for source_id, file in candidates:
            if any(Path(source_id).match(pattern) for pattern in patterns):
                continue
            found.setdefault(source_id, file)
    return sorted(found.items())


def read_article(source_id: str, path: Path) -> LoadedText | SkippedFile:
    """Read and decode one article, or say in one line why it cannot be used.

    The text is exactly what ``Path.read_text(encoding="utf-8")`` returns, so
    spans computed on it match what other tools see. A UTF-8 BOM is accepted;
    it stays in the text as the first character, as ``read_text`` leaves it.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        if path.is_symlink() and not path.exists():
            reason = "broken link"
        return SkippedFile(path=str(path), reason=f"cannot be read ({reason})")
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return SkippedFile(
            path=str(path), reason=f"not UTF-8 text (bad byte at offset {error.start})"
        )
    if not decoded.lstrip(UTF8_BOM).strip():
        return SkippedFile(path=str(path), reason="empty")
    if "\x00" in decoded:
        return SkippedFile(path=str(path), reason="binary file (contains NUL bytes)")
    # read_text's universal newlines, applied to the bytes already read.
    text = decoded.replace("\r\n", "\n").replace("\r", "\n")
    return LoadedText(id=source_id, path=path, text=text, sha256=hashlib.sha256(raw).hexdigest())


def load_articles(
    paths: Sequence[Path], exclude: Iterable[str] = ()
) -> tuple[list[LoadedText], list[SkippedFile]]:
    """Load every article under paths; unusable files are returned, not raised.

    :raises InputError: when a path is missing or nothing readable was found
    """
    loaded: list[LoadedText] = []
    skipped: list[SkippedFile] = []
    for source_id, path in discover(paths, exclude):
        result = read_article(source_id, path)
        if isinstance(result, SkippedFile):
            skipped.append(result)
        else:
            loaded.append(result)
    if not loaded:
        shown = ", ".join(str(p) for p in paths)
        detail = f" ({len(skipped)} skipped: {skipped[0].reason})" if skipped else ""
        raise InputError(f"{shown}: no readable .txt or .md articles found{detail}")
    return loaded, skipped
