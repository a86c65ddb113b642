"""claimcheck: cross-check numeric and factual claims across articles about one story."""

from __future__ import annotations

__version__ = "0.1.0"
