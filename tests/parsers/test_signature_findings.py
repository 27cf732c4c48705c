"""The officer titles of the one filer's signer where no signature names a party: a
partnership's signer (type PN, or a name saying "L.P.") is taken to sign as an officer of its
general partner, whatever the partnership's name ("& Co.", "and Company", "LLP") or the form
its cover or Item 2 states, and no relation is read; a company's signer is its officer.
Made-up filings (review s23-front2: an "& Co." name said nothing certain of the form)."""

from __future__ import annotations

import pytest

from tests.short_13g import relations, short_13g

SIGNED = "/s/ Jane Q. Roe\n----------\nSignature\n\nJane Q. Roe\nGeneral Counsel\nName/Title"
#: a block naming the filer over its officer's signature
BLOCK = "{upper}\n\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\nTitle: Vice President"
#: Item 2(c) answered with the form, the cover's row 4 giving the place alone
ITEM_2C = "Item 2(c).  Citizenship:\n\n            Delaware limited partnership\n\n"


def test_signer_is_officer_of_a_company():
    filer = "Roe Capital Advisors, Inc."
    rec = short_13g(filer=filer, codes="IA", signature=SIGNED)
    assert relations(rec) == {("officer_of", "Jane Q. Roe", filer, "General Counsel")}


@pytest.mark.parametrize("filer, codes", [
    ("Roe, Doe & Co.", "IA:PN"),
    ("Roe and Company", "PN"),
    ("Roe Capital Management, LLP", "IA, PN"),
    ("Roe Capital Partners, L.P.", "IA:PN"),
    ("Roe Capital Partners", "PN"),
])
@pytest.mark.parametrize("place", ["New York", "New York general partnership",
                                   "Delaware limited partnership"])
def test_signer_of_a_partnership_is_officer_of_no_one(filer, codes, place):
    rec = short_13g(filer=filer, codes=codes, place=place, signature=SIGNED)
    assert relations(rec) == set()
    rec = short_13g(filer=filer, codes=codes, place=place,
                    signature=BLOCK.format(upper=filer.upper()))
    assert relations(rec) == set()


@pytest.mark.parametrize("filer", ["Acme & Co.", "Acme & Company"])
def test_partnership_said_limited_in_item_2_only_gives_no_officer(filer):
    """Review s23-front2 q21: cover "Delaware", Item 2(c) "Delaware limited partnership"."""
    rec = short_13g(filer=filer, codes="PN", place="Delaware",
                    signature=ITEM_2C + BLOCK.format(upper=filer.upper()))
    assert relations(rec) == set()
    assert rec.parties[1].jurisdiction == "Delaware"
