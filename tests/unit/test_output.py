"""Reports written with -o: atomically, and readable like any file the user creates."""

from __future__ import annotations

import os
import stat
from pathlib import Path

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
