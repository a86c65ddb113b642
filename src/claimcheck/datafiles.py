"""The package's data files (``src/claimcheck/data/``): word lists, rules, model sums.

Word lists live in data, not in code, so that they can be read and extended without
reading the logic that uses them. Every module that needs one reads it here.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def read_data(name: str) -> dict[str, Any]:
    """A JSON data file of the package, parsed once per process.

    :param name: the file's name in ``claimcheck/data`` ("measures.json")
    :returns: its top-level object (shared: callers must not change it)
    """
    data: dict[str, Any] = json.loads(files("claimcheck").joinpath("data", name).read_text("utf-8"))
    return data
