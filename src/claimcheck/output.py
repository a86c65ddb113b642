"""Writing results: atomically, so an interrupted run never leaves half a file.

Only a regular file is ever replaced. A path that names an open descriptor
(``/dev/stdout``, ``/dev/fd/2``) is written to as that descriptor; a device, a FIFO
or a terminal named with ``-o`` (``/dev/null``, ``/dev/tty``) is written through; a
symbolic link is followed to the file it names, and a folder is refused; a failed
write removes its temporary file.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from claimcheck.errors import InputError


def check_target(path: Path) -> None:
    """Refuse, before any work, an output path that can never be written: no file name,
    a folder, or a file in a folder that does not exist.

    :raises InputError: naming the path and what is wrong with it
    """
    if not str(path) or path.name in ("", ".", ".."):
        raise InputError(f"{str(path)!r}: not a file name to write to")
    if open_descriptor(path) is not None:
        return
    target = path.resolve() if path.is_symlink() else path
    if target.is_dir():
        raise InputError(f"{path}: is a folder; name a file to write to")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: folder {folder} does not exist")


def write_atomically(path: Path, content: str | Iterable[str]) -> None:
    """Write content to path: through a temporary file in the same folder when the
    path is (or will be) a regular file, directly when it is a device or a FIFO.

    Content is a string, or pieces written one by one as they come (a stream whose
    whole text is never held at once); the file appears only when the last is written.

    A replaced file keeps its mode; a new one gets the umask's default, as an editor
    would give it.

    :raises InputError: when the path names no file, is a folder, its folder does not
        exist, or it cannot be written
    """
    check_target(path)
    descriptor = open_descriptor(path)
    if descriptor is not None:
        _write_to_descriptor(descriptor, content, path)
        return
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


# Paths that name one of the process's open file descriptors: "/dev/stdout" (a link to
# /proc/self/fd/1 on Linux), "/dev/fd/2", "/proc/self/fd/1".
_STANDARD_STREAMS = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
_DESCRIPTOR_PATH = re.compile(r"/(?:proc/self|dev)/fd/(\d+)")
# Links followed, at most, to find out whether a path names a descriptor.
_MAX_LINKS = 40


def open_descriptor(path: Path) -> int | None:
    """The open file descriptor a path stands for ("/dev/stdout" is 1), else None.

    Such a path is written to as the descriptor already open, never reopened: reopening
    "/proc/self/fd/1" truncates a file that standard output appends to, and fails when
    standard output is a pipe. Links are followed one at a time, so a link to
    "/dev/stdout" counts too.
    """
    current = os.path.abspath(path)
    for _ in range(_MAX_LINKS):
        if current in _STANDARD_STREAMS:
            return _STANDARD_STREAMS[current]
        named = _DESCRIPTOR_PATH.fullmatch(current)
        if named is not None:
            return int(named.group(1))
        if not os.path.islink(current):
            return None
        current = os.path.abspath(os.path.join(os.path.dirname(current), os.readlink(current)))
    return None


def pieces(content: str | Iterable[str]) -> Iterable[str]:
    """Content as pieces to write in turn."""
    return (content,) if isinstance(content, str) else content


def _write_to_descriptor(descriptor: int, content: str | Iterable[str], shown: Path) -> None:
    """Write to an open descriptor, after what Python has buffered for it."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            if stream.fileno() == descriptor:
                stream.flush()
    try:
        for piece in pieces(content):
            data = piece.encode("utf-8")
            while data:
                data = data[os.write(descriptor, data) :]
    except OSError as error:
        raise InputError(f"{shown}: cannot be written ({error.strerror})") from error


def _write_through(path: Path, content: str | Iterable[str]) -> None:
    """Write to a device, FIFO or terminal without replacing it."""
    try:
        with path.open("w", encoding="utf-8", newline="") as stream:
            stream.writelines(pieces(content))
    except OSError as error:
        raise InputError(f"{path}: cannot be written ({error.strerror})") from error


def _replace(target: Path, content: str | Iterable[str], mode: int | None, shown: Path) -> None:
    """Replace (or create) a regular file through a temporary file beside it."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{shown}: folder {folder} does not exist")
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.writelines(pieces(content))
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
