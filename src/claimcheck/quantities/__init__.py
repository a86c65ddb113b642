"""Numeric mentions in text, normalised to intervals in base units.

The package is split by concern: numbers.py reads digits and number words,
units.py and qualifiers.py hold the tables, parser.py puts them together.
"""

from claimcheck.quantities.numbers import NumberMatch, find_numbers, parse_number
from claimcheck.quantities.parser import find_bare_percent_words, parse_quantities

__all__ = [
    "NumberMatch",
    "find_bare_percent_words",
    "find_numbers",
    "parse_number",
    "parse_quantities",
]
