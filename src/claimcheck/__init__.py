"""claimcheck: cross-check numeric and factual claims across articles about one story.

The library API a notebook needs::

    from claimcheck import load_config, scan
    report = scan([folder], load_config([folder]))
    for finding in report.findings: ...

The names below are imported on first use, not with the package: ``claimcheck
--version`` and ``claimcheck rule`` import this package too, and must not pay
for the pipeline (and what it pulls in) that they never run.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from claimcheck.config import Config, load_config
    from claimcheck.models import Claim, Finding, Ledger, Report
    from claimcheck.pipeline import extract, scan

# Public name -> the module that defines it.
_LAZY = {
    "Claim": "claimcheck.models",
    "Config": "claimcheck.config",
    "Finding": "claimcheck.models",
    "Ledger": "claimcheck.models",
    "Report": "claimcheck.models",
    "extract": "claimcheck.pipeline",
    "load_config": "claimcheck.config",
    "scan": "claimcheck.pipeline",
}

__all__ = [
    "Claim",
    "Config",
    "Finding",
    "Ledger",
    "Report",
    "__version__",
    "extract",
    "load_config",
    "scan",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
