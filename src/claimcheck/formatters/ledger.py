"""The claim ledger: one JSON object per claim, the output of ``claimcheck extract``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from claimcheck.models import Claim


def render_claims(claims: Sequence[Claim]) -> str:
    """One JSON object per claim, keys sorted, so equal input gives equal bytes."""
    return "".join(
        json.dumps(claim.model_dump(mode="json"), sort_keys=True, ensure_ascii=False) + "\n"
        for claim in claims
    )
