"""A "By Spouse" line whose spouse files its own Form 4 counts once (graphkit.spouse_lines).

The Forms 4 are made (tests/fixtures/filings/own15, SOURCES.tsv): directors Jane and John Roe
of Widget Therapeutics, each 1,000 shares held directly, each reporting the other's 1,000 "By
Spouse" (session 29 re-review N4: 4,000 was counted).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.graph import find_node
from graphkit.ownership import holding_atoms
from graphkit.pipeline import build
from graphkit.spouse_lines import SPOUSE_NATURE, surname_words
from graphkit.totals import total_held

OWN15 = Path(__file__).resolve().parent / "fixtures" / "filings" / "own15"


def _total(*names: str):
    G = build([OWN15 / n for n in names]).graph
    node = find_node(G, "Widget Therapeutics, Inc.")
    return G, node, total_held(G, node).shares


@pytest.mark.parametrize("nature, spouse", [
    ("By Spouse", True), ("by spouse (1)", True), ("Held by Wife", True), ("By Husband*", True),
    ("By Spouse's IRA", True), ("Spouse", True), ("By spouse(2)", True),
    ("By Spouse Trust", False), ("By Roe Family Trust", False), ("By IRA", False),
    ("By Spouse and Children", False), ("Direct", False),
])
def test_spouse_nature(nature, spouse):
    assert (SPOUSE_NATURE.search(nature) is not None) is spouse


@pytest.mark.parametrize("names, total", [
    (("r29_x7_jane_byspouse.xml", "r29_x7_john_byspouse.xml"), 2_000),  # was 4,000
    (("r29_x7_jane_byspouse.xml", "r30_x7_john_direct_only.xml"), 2_000),  # was 3,000
    (("r30_x7_jane_byspouse_fn.xml", "r29_x7_john_byspouse.xml"), 2_000),  # a footnoted line
    (("r29_x7_jane_byspouse.xml",), 2_000),  # a spouse who does not file: the line counts
    # a co-holder sharing no name with Jane is no spouse the filings show: nothing is left out
    (("r29_x7_jane_byspouse.xml", "r30_x7_doe_byspouse.xml"), 4_000),
    # "Doe John" shares a given name and an amount with Roe John's spouse line, not his
    # surname: no spouse (review s30 M2: 30,000)
    (("r31_c10a_johnroe.xml", "r31_c10b_johndoe.xml"), 40_000),
    (("r31_s2b_johnroe_sig.xml", "r31_s2b_johndoe_sig.xml"), 40_000),  # signed first-last
    # real spelling of spouses' names (review s31 M5: each 40,000)
    (("r31_s2c_john_byspouse.xml", "r31_s2c_jane_hyphen.xml"), 30_000),  # "Smith-Roe Jane"
    (("r31_s2c_john_byspouse.xml", "r31_s2d_jane_firstlast.xml"), 30_000),  # "Jane Roe"
    (("r31_s2e_vandyke_john.xml", "r31_s2e_vandyke_jane_comma.xml"), 30_000),  # "Van Dyke, Jane"
    (("r31_s2e_vandyke_john.xml", "r31_s2f_vanburen_jane.xml"), 40_000),  # "Van" is no surname
])
def test_spouse_line_counts_once(names, total):
    assert _total(*names)[2] == total


def test_spouse_line_left_out_of_the_owner_atom_only():
    G, node, _ = _total("r29_x7_jane_byspouse.xml", "r29_x7_john_byspouse.xml")
    atoms = {a.holder.name: (a.shares, a.residual) for a in holding_atoms(G, node)}
    assert atoms == {"Roe Jane": (1_000, True), "Roe John": (1_000, True)}
    # each atom still cites both lines of its owner's form
    assert all(len(a.claim.evidence) == 2 for a in holding_atoms(G, node))


@pytest.mark.parametrize("name, surname", [
    ("Roe Jane", {"roe"}), ("ROE JOHN A", {"roe"}), ("Roe, Jane Q.", {"roe"}),
    ("Van Dyke, Jane", {"dyke"}), ("Mr. Roe John", {"roe"}), ("Roe John Jr.", {"roe"}),
    ("Roe John, Jr.", {"roe"}), ("", set()), ("Jane Q. Roe", {"roe"}),
    ("Smith-Roe Jane", {"smith", "roe"}), ("Van Dyke John", {"dyke"}),
])
def test_surname_words(name, surname):
    assert surname_words(name) == surname
