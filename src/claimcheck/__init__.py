"""claimcheck: cross-check numeric and factual claims across articles about one story.

The library API a notebook needs::

    from claimcheck import load_config, scan
    report = scan([folder], load_config([folder]))
    for finding in report.findings: ...
"""

from __future__ import annotations

__version__ = "0.1.0"

# After __version__: the pipeline reads it when it builds a report.
from claimcheck.config import Config, load_config
from claimcheck.models import Claim, Finding, Ledger, Report
from claimcheck.pipeline import extract, scan

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
