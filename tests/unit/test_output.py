"""Reports written with -o: atomically, and readable like any file the user creates."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

from claimcheck.errors import InputError
from claimcheck.output import write_atomically


def test_written_report_follows_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        target = tmp_path / "report.html"
        write_atomically(target, "<p>ok</p>")
    finally:
        os.umask(previous)
    assert target.read_text(encoding="utf-8") == "<p>ok</p>"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_replaced_report_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no FIFOs")
def test_a_fifo_is_written_through_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_atomically(fifo, "report")
    reader.join(timeout=10)
    assert received == ["report"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_a_link_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomically(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize("name", ["", ".", "folder"])
def test_a_folder_or_no_name_is_refused_and_leaves_nothing(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    path = Path(name) if name in ("", ".") else tmp_path / name
    with pytest.raises(InputError):
        write_atomically(path, "report")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_failed_write_removes_its_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(source: str, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(InputError, match="No space left on device"):
        write_atomically(tmp_path / "report.json", "report")
    assert list(tmp_path.iterdir()) == []


SCRIPT = (
    "import sys; from pathlib import Path; from claimcheck.output import write_atomically; "
    "print('before', flush=True); write_atomically(Path(sys.argv[1]), 'report\\n')"
)


def _write_in_child(target: str, stdout: IO[str]) -> None:
    subprocess.run([sys.executable, "-c", SCRIPT, target], stdout=stdout, check=True)


@pytest.mark.skipif(not Path("/proc/self/fd/1").exists(), reason="no /proc/self/fd here")
def test_a_path_to_standard_output_appends_to_it_as_it_is(tmp_path: Path) -> None:
    link = tmp_path / "out"
    link.symlink_to("/proc/self/fd/1")
    log = tmp_path / "log.txt"
    log.write_text("first\n", encoding="utf-8")
    with log.open("a", encoding="utf-8") as appended:
        _write_in_child(str(link), appended)
    assert log.read_text(encoding="utf-8") == "first\nbefore\nreport\n"
    assert link.is_symlink() and log.is_file()


@pytest.mark.skipif(not Path("/proc/self/fd/1").exists(), reason="no /proc/self/fd here")
def test_a_path_to_standard_output_reaches_a_pipe(tmp_path: Path) -> None:
    link = tmp_path / "out"
    link.symlink_to("/proc/self/fd/1")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(link)], capture_output=True, text=True, check=True
    )
    assert result.stdout == "before\nreport\n"
