"""CC5 same-figure: a note that one figure stands for two things needs both things read."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import pair_findings, scanned_findings


@pytest.mark.parametrize(
    ("first", "second", "noted"),
    [
        pytest.param(
            "Northwind plans investments of $40 billion by 2030.",
            "The Northwind sector was worth $40 billion last year.",
            True,
            id="one sum, two named measures",
        ),
        pytest.param(
            "Orlen plans investments exceeding $40 billion by 2030.",
            "By 2024, the Orlen sector had surpassed $40 billion.",
            True,
            id="one sum for two stated years",
        ),
        pytest.param(
            "Orlen will pay $334 million for Vale Systems, the firm said.",
            "The deal cost Orlen $334 million, analysts said.",
            False,
            id="a price and a cost of one deal",
        ),
        pytest.param(
            "In 2016 the same shop lost jewellery worth £400,000, police said.",
            "In 2016, a break-in cost the shop £400,000, the owner said.",
            False,
            id="a sum is no count of what its sentence names",
        ),
        pytest.param(
            "Veltrane agreed to buy Quillfeather in a deal valued at about $6.2 billion.",
            "Veltrane agreed on Monday to pay about $6.2 billion for Quillfeather.",
            False,
            id="a deal's value is its price",
        ),
        pytest.param(
            "About 14,000 people fled their homes in Norden after the warning.",
            "There were some 14,000 refugees across the Norden region on Monday.",
            False,
            id="two words for one crowd, no attribute of either",
        ),
        pytest.param(
            "The damage to the Norden church was put at $1 million.",
            "I've heard the figure of $1 million, but I don't know for sure, he said.",
            False,
            id="a figure whose measure names nothing",
        ),
        pytest.param(
            "Norden, home to 167,000 people, was dark on Sunday.",
            "Power was cut to the city of Norden, population 167,000, on Sunday.",
            False,
            id="a measure unread on one side",
        ),
        pytest.param(
            "The quake struck at a depth of 10 kilometres near Orlen.",
            "The quake was 10 kilometres from Orlen, officials said.",
            False,
            id="a length",
        ),
        pytest.param(
            "Five days of riots left Norden's centre in ruins.",
            "After five days of rioting, Norden's centre was in ruins.",
            False,
            id="two forms of one word",
        ),
        pytest.param(
            "Quillon will pay $46.50 per share for Brightmesh, the companies said.",
            "Brightmesh shares closed at $46.10, below the offer price of $46.50, traders said.",
            False,
            id="a price per share and the price",
        ),
        pytest.param(
            "His marriage ended in 2008 with a settlement of $7 million, court records show.",
            "His first divorce in 2008 cost him a mere $7 million.",
            False,
            id="one figure of one stated year, worded as two measures",
        ),
    ],
)
def test_same_figure_notes(tmp_path: Path, first: str, second: str, noted: bool) -> None:
    assert bool(pair_findings(tmp_path, "same-figure", first, second)) is noted


def test_one_figure_for_two_things_in_several_articles_is_one_note(tmp_path: Path) -> None:
    """A sum given as a valuation in one article and as an investment in two others is
    one note, with every article on its side, not one note per pair."""
    (note,) = scanned_findings(
        tmp_path,
        "same-figure",
        a="Northwind report\n\nNorthwind plans investments of $40 billion by 2030.\n",
        b="Northwind plan\n\nNorthwind said its investments would reach $40 billion.\n",
        c="Sector report\n\nThe Northwind sector was worth $40 billion last year.\n",
    )
    assert len(note.claims) == 3
    assert "in a.txt and b.txt;" in note.message
