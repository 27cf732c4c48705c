"""A signature that names no party signs for the filing's only reporting person when its signer
signs in a capacity (session 41, review rv41 LOW-8).

Real filings in tests/fixtures/filings/: the Snyder Associated Companies 2005 13D is signed
"/s/ Thomas W. Stoelk" / "Attorney-in-Fact" with no company line, the Towle & Co. 2003 13D
"J. Ellwood Towle" / "President"; both signatures named no one signed for. The Kanarellis and
Kecseg 1997 13D/A is signed by both men in their own names, with one cover read: neither
signs for the other.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from tests.conftest import ROOT

FILINGS = ROOT / "tests" / "fixtures" / "filings"


def _signatures(name: str) -> list[tuple[str, str | None, list[str]]]:
    [rec] = parse_path(FILINGS / name).records
    return [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures]


@pytest.mark.parametrize("name, signatures", [
    ("2005_SC_13D_1333324.txt",
     [("Thomas W. Stoelk", "Attorney-in-Fact", ["Snyder Associated Companies, Inc."])]),
    ("2003_SC_13D_1224014.txt", [("J. Ellwood Towle", "President", ["Towle & Co."])]),
])
def test_a_capacity_signs_for_the_only_filer(name, signatures):
    assert _signatures(name) == signatures


def test_a_name_signed_without_a_capacity_signs_for_no_one_else():
    sigs = _signatures("1997_SC_13DA_1026797.txt")
    assert ("Michael T. Kanarellis", None, []) in sigs
    assert all(not on_behalf for _, _, on_behalf in sigs)
