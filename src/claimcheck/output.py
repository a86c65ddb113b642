"""Writing results: atomically, so an interrupted run never leaves half a file.

Only a regular file is ever replaced. A device, a FIFO or a terminal named with
``-o`` (``/dev/stdout``, ``/dev/null``) is written through, a symbolic link is
followed to the file it names, and a folder is refused; a failed write removes its
temporary file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from claimcheck.errors import InputError


def write_atomically(path: Path, content: str) -> None:
    """Write content to path: through a temporary file in the same folder when the
    path is (or will be) a regular file, directly when it is a device or a FIFO.

    A replaced file keeps its mode; a new one gets the umask's default, as an editor
    would give it.

    :raises InputError: when the path names no file, is a folder, its folder does not
        exist, or it cannot be written
    """
    if not str(path) or path.name in ("", ".", ".."):
        raise InputError(f"{str(path)!r}: not a file name to write to")
    target = path.resolve() if path.is_symlink() else path
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise InputError(f"{path}: cannot be written ({error.strerror})") from error
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a folder; name a file to write to")
    if mode is not None and not stat.S_ISREG(mode):
        _write_through(path, content)
        return
    _replace(target, content, None if mode is None else stat.S_IMODE(mode), shown=path)


def _write_through(path: Path, content: str) -> None:
    """Write to a device, FIFO or terminal without replacing it."""
    try:
        with path.open("w", encoding="utf-8", newline="") as stream:
            stream.write(content)
    except OSError as error:
        raise InputError(f"{path}: cannot be written ({error.strerror})") from error


def _replace(target: Path, content: str, mode: int | None, shown: Path) -> None:
    """Replace (or create) a regular file through a temporary file beside it."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{shown}: folder {folder} does not exist")
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(content)
        # mkstemp makes the file private (0600); keep the replaced file's mode, or give
        # a new file the default one.
        os.chmod(temporary, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise InputError(f"{shown}: cannot be written ({error.strerror})") from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _umask() -> int:
    """The process's file-creation mask (read by setting it and setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
