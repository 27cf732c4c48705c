"""The officer titles of the one filer's signer where no signature names a party: a limited
partnership holds no offices (its signer's title is its general partner's), a general
partnership or a limited liability partnership, with no general partner, does. Made-up
filings."""

from __future__ import annotations

import pytest

from tests.short_13g import relations, short_13g

SIGNED = "/s/ Jane Q. Roe\n----------\nSignature\n\nJane Q. Roe\nGeneral Counsel\nName/Title"


@pytest.mark.parametrize("filer, codes", [
    ("Roe, Doe & Co.", "IA:PN"),
    ("Roe Capital Management, LLP", "IA, PN"),
    ("Roe Capital Advisors, Inc.", "IA"),
])
def test_signer_is_officer_of_a_filer_with_officers(filer, codes):
    rec = short_13g(filer=filer, codes=codes, signature=SIGNED)
    assert relations(rec) == {("officer_of", "Jane Q. Roe", filer, "General Counsel")}


@pytest.mark.parametrize("filer, codes", [
    ("Roe Capital Partners, L.P.", "IA:PN"),   # a limited partnership: its general partner's
    ("Roe Capital Partners", "PN"),            # a partnership of no known kind: as before
])
def test_signer_of_a_limited_partnership_is_officer_of_no_one(filer, codes):
    rec = short_13g(filer=filer, codes=codes, signature=SIGNED)
    assert relations(rec) == set()
