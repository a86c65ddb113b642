"""Hedge and bound words as data: how a writer fences a number.

"over 300" and "about 300" assert different intervals, and the comparison stage
works on intervals, so every phrase that bounds a figure lives here with the
qualifier it implies. parser.py compiles these tables into its regexes.

Approximations carry a relative tolerance. "nearly"/"almost" say the true value
is a little below the figure, so they get an interval [value*(1-tol), value]
(flag ``below``) instead of a symmetric one.
"""

from __future__ import annotations

from typing import NamedTuple

from claimcheck.quantities.units import FoldedTable


class Hedge(NamedTuple):
    """The qualifier a phrase implies and, for approximations, its tolerance."""

    qualifier: str
    tolerance: float = 0.0
    below: bool = False  # "nearly 100": at most 100, a little below it
    above: bool = False  # "just over 50": more than 50, a little above it


APPROX_TOLERANCE = 0.1
NEARLY_TOLERANCE = 0.1

# Phrases written before the number, lower-case; "~" and comparison signs too.
PREFIX_HEDGES: FoldedTable[Hedge] = FoldedTable(
    {
        # over
        "more than": Hedge("over"),
        "over": Hedge("over"),
        "just over": Hedge("approx", NEARLY_TOLERANCE, above=True),
        "well over": Hedge("over"),
        "exceeding": Hedge("over"),
        "exceeded": Hedge("over"),
        "exceeds": Hedge("over"),
        "exceed": Hedge("over"),
        "in excess of": Hedge("over"),
        "surpassed": Hedge("over"),
        "surpassing": Hedge("over"),
        "surpasses": Hedge("over"),
        "surpass": Hedge("over"),
        "above": Hedge("over"),
        "upwards of": Hedge("over"),
        "upward of": Hedge("over"),
        "greater than": Hedge("over"),
        "larger than": Hedge("over"),
        "bigger than": Hedge("over"),
        "higher than": Hedge("over"),
        "topping": Hedge("over"),
        # The verb "top", not the adjective of "the top 10".
        "topped": Hedge("over"),
        "tops": Hedge("over"),
        "will top": Hedge("over"),
        "to top": Hedge("over"),
        "could top": Hedge("over"),
        "might top": Hedge("over"),
        "would top": Hedge("over"),
        "north of": Hedge("over"),
        ">": Hedge("over"),
        # under
        "under": Hedge("under"),
        "just under": Hedge("approx", NEARLY_TOLERANCE, below=True),
        "less than": Hedge("under"),
        "fewer than": Hedge("under"),
        "smaller than": Hedge("under"),
        "lower than": Hedge("under"),
        "below": Hedge("under"),
        "short of": Hedge("under"),
        "<": Hedge("under"),
        # at most
        "up to": Hedge("at_most"),
        "at most": Hedge("at_most"),
        "no more than": Hedge("at_most"),
        "not more than": Hedge("at_most"),
        "no greater than": Hedge("at_most"),
        "not exceeding": Hedge("at_most"),
        "a maximum of": Hedge("at_most"),
        "maximum of": Hedge("at_most"),
        "as many as": Hedge("at_most"),
        "as much as": Hedge("at_most"),
        "less than or equal to": Hedge("at_most"),
        "fewer than or equal to": Hedge("at_most"),
        "smaller than or equal to": Hedge("at_most"),
        "smaller or equal than": Hedge("at_most"),
        "smaller or equal to": Hedge("at_most"),
        "less or equal than": Hedge("at_most"),
        "less or equal to": Hedge("at_most"),
        "lower or equal than": Hedge("at_most"),
        "equal to or less than": Hedge("at_most"),
        "equal to or fewer than": Hedge("at_most"),
        "equal to or lower than": Hedge("at_most"),
        "<=": Hedge("at_most"),
        "< =": Hedge("at_most"),
        "≤": Hedge("at_most"),
        # at least
        "at least": Hedge("at_least"),
        "no less than": Hedge("at_least"),
        "not less than": Hedge("at_least"),
        "no fewer than": Hedge("at_least"),
        "not fewer than": Hedge("at_least"),
        "a minimum of": Hedge("at_least"),
        "minimum of": Hedge("at_least"),
        "at least or equal to": Hedge("at_least"),
        "greater than or equal to": Hedge("at_least"),
        "more than or equal to": Hedge("at_least"),
        "greater or equal than": Hedge("at_least"),
        "greater or equal to": Hedge("at_least"),
        "higher or equal than": Hedge("at_least"),
        "bigger or equal than": Hedge("at_least"),
        "larger or equal than": Hedge("at_least"),
        "more or equal than": Hedge("at_least"),
        "equal to or more than": Hedge("at_least"),
        "equal to or greater than": Hedge("at_least"),
        "equal to or higher than": Hedge("at_least"),
        ">=": Hedge("at_least"),
        "> =": Hedge("at_least"),
        "≥": Hedge("at_least"),
        # exact, stated as such
        "equal to": Hedge("exact"),
        "equals to": Hedge("exact"),
        "equals": Hedge("exact"),
        "equaling to": Hedge("exact"),
        "equaling": Hedge("exact"),
        "exactly": Hedge("exact"),
        "precisely": Hedge("exact"),
        # approximations
        "about": Hedge("approx", APPROX_TOLERANCE),
        "around": Hedge("approx", APPROX_TOLERANCE),
        "approximately": Hedge("approx", APPROX_TOLERANCE),
        "approx.": Hedge("approx", APPROX_TOLERANCE),
        "approx": Hedge("approx", APPROX_TOLERANCE),
        "roughly": Hedge("approx", APPROX_TOLERANCE),
        "some": Hedge("approx", APPROX_TOLERANCE),
        "an estimated": Hedge("approx", APPROX_TOLERANCE),
        "estimated": Hedge("approx", APPROX_TOLERANCE),
        "an approximate": Hedge("approx", APPROX_TOLERANCE),
        "close to": Hedge("approx", APPROX_TOLERANCE),
        "circa": Hedge("approx", APPROX_TOLERANCE),
        "ca.": Hedge("approx", APPROX_TOLERANCE),
        "somewhere around": Hedge("approx", APPROX_TOLERANCE),
        "in the region of": Hedge("approx", APPROX_TOLERANCE),
        "on the order of": Hedge("approx", APPROX_TOLERANCE),
        "~": Hedge("approx", APPROX_TOLERANCE),
        # "barely 60 percent", "only just 40": about the figure, if anything under it.
        "barely": Hedge("approx", APPROX_TOLERANCE),
        "hardly": Hedge("approx", APPROX_TOLERANCE),
        "scarcely": Hedge("approx", APPROX_TOLERANCE),
        "only just": Hedge("approx", APPROX_TOLERANCE),
        "nearly": Hedge("approx", NEARLY_TOLERANCE, below=True),
        "almost": Hedge("approx", NEARLY_TOLERANCE, below=True),
        "close on": Hedge("approx", NEARLY_TOLERANCE, below=True),
        "just shy of": Hedge("approx", NEARLY_TOLERANCE, below=True),
    }
)

# Phrases written after the number: "500 or more", "30 or less", "6,000 or so".
# The value is the lower-case phrase without leading "or"/"and"; see SUFFIX_JOINERS.
SUFFIX_HEDGES: FoldedTable[Hedge] = FoldedTable(
    {
        "more": Hedge("at_least"),
        "greater": Hedge("at_least"),
        "higher": Hedge("at_least"),
        "larger": Hedge("at_least"),
        "bigger": Hedge("at_least"),
        "above": Hedge("at_least"),
        "over": Hedge("at_least"),
        "more than": Hedge("at_least"),
        "greater than": Hedge("at_least"),
        "less": Hedge("at_most"),
        "fewer": Hedge("at_most"),
        "lower": Hedge("at_most"),
        "smaller": Hedge("at_most"),
        "below": Hedge("at_most"),
        "under": Hedge("at_most"),
        "less than": Hedge("at_most"),
        "so": Hedge("approx", APPROX_TOLERANCE),
        "thereabouts": Hedge("approx", APPROX_TOLERANCE),
    }
)
SUFFIX_JOINERS: tuple[str, ...] = ("or", "and")

# A trailing "or equal (to)" turns a strict bound inclusive: "less than 5000 or equal".
INCLUSIVE_SUFFIXES: tuple[str, ...] = ("or equal to", "or equal")

# Words that join two numbers into a range: "between 4 and 5", "from 4 to 5", "4-5".
RANGE_OPENERS: tuple[str, ...] = ("between", "from")
RANGE_JOINERS: tuple[str, ...] = ("to", "and", "through", "thru", "-", "–", "—", "~")

# Words that join a lower and an upper bound into one interval:
# "more than 10 and less than 40".
BOUND_JOINERS: tuple[str, ...] = ("and", "but", ",", "and also")
