"""Instructions, not seconds: claimcheck's full scan against pySBD's segmentation.

Not a test: run ``python benchmarks/instructions.py [--clusters N] [DEVSET]`` from the
project root, with valgrind installed (it is no Python dependency; the script says so and
stops when it is missing). DEVSET holds one subfolder of articles per story and defaults
to the shared devset (``../shared/devset/ecbplus``); the first N story folders in name
order (8 by default, about 110 articles) are measured.

Why: on a shared virtual machine the CPU seconds of one run swing by a quarter from one
minute to the next, so a change that saves 3% cannot be seen in ``scale.py`` or
``devset_speed.py``. valgrind's cachegrind counts the instructions a process executes
(``--cache-sim=no``), and with ``PYTHONHASHSEED=0`` two runs agree to 0.05%.

Four processes run under cachegrind, two at a time: claimcheck loading its model, then
the same plus one scan of the N folders (``pipeline.scan`` in this process, jobs=1, as
``claimcheck scan`` runs a small corpus); pySBD building its segmenter, then the same
plus segmenting every article of the N folders (``clean=False``, as scale.py runs it).
Each tool's work is the difference of its pair, so start-up and model load are left out
as they are in scale.py. Printed: instructions of each, per KB of article text (KB are
1024 bytes, as in scale.py), and claimcheck's count against pySBD's. Instructions are not
time (a cache miss costs many instructions' worth), so a lower count is a fact about the
work, and seconds remain what the acceptance measures.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEVSET = ROOT.parent / "shared" / "devset" / "ecbplus"
INSTRUCTIONS = re.compile(r"I\s+refs:\s+([\d,]+)")

CLAIMCHECK = """
import sys
from pathlib import Path
from claimcheck import nlp, pipeline
from claimcheck.config import Config
nlp.language()
for folder in sys.argv[1:]:
    pipeline.scan([Path(folder)], Config(jobs=1))
"""

PYSBD = """
import sys
from pathlib import Path
import pysbd
segment = pysbd.Segmenter(language="en", clean=False).segment
segment("Warm up. Another one.")
for folder in sys.argv[1:]:
    for path in sorted(Path(folder).iterdir()):
        segment(path.read_text(encoding="utf-8"))
"""


def instructions(program: str, folders: list[Path]) -> int:
    """Instructions one Python process executes running program over folders."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(program)
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        script.name,
        *map(str, folders),
    ]
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=environment, check=True)
    finally:
        Path(script.name).unlink()
    found = INSTRUCTIONS.search(done.stderr)
    if found is None:
        raise RuntimeError(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def kilobytes(folders: list[Path]) -> float:
    """KB (1024 bytes) of the folders' articles."""
    return sum(path.stat().st_size for folder in folders for path in folder.iterdir()) / 1024


def main(devset: Path, clusters: int) -> None:
    if shutil.which("valgrind") is None:
        sys.exit("instructions.py needs valgrind (apt install valgrind)")
    if importlib.util.find_spec("pysbd") is None:
        sys.exit("instructions.py needs pySBD (pip install -e '.[bench]')")
    folders = sorted(path for path in devset.iterdir() if path.is_dir())[:clusters]
    size = kilobytes(folders)
    print(f"{len(folders)} story folders of {devset}, {size:.1f} KB")
    runs = {
        "claimcheck load": (CLAIMCHECK, []),
        "claimcheck load + scan": (CLAIMCHECK, folders),
        "pySBD load": (PYSBD, []),
        "pySBD load + segment": (PYSBD, folders),
    }
    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = dict(
            zip(runs, pool.map(lambda run: instructions(*run), runs.values()), strict=True)
        )
    scan = counts["claimcheck load + scan"] - counts["claimcheck load"]
    segment = counts["pySBD load + segment"] - counts["pySBD load"]
    for name, work in (("claimcheck full scan", scan), ("pySBD segmentation", segment)):
        print(f"{name:22} {work / 1e9:7.3f} G instructions, {work / size / 1e6:6.2f} M per KB")
    print(f"claimcheck / pySBD instructions: x{scan / segment:.2f} (below 1: less work)")


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--clusters", type=int, default=8, help="story folders to measure")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = parse_arguments()
    main(arguments.devset, arguments.clusters)
