"""Names as printed: a trust named with its trustee."""

from __future__ import annotations

import pytest

from graphkit.names import TRUST_WITH_TRUSTEE, guess_kind, split_trustee


def test_trust_with_trustee_real_cover_name():
    # 13g/idanta_hifn_2000_sc13ga.txt, line 200
    assert TRUST_WITH_TRUSTEE.match("THE DUNN FAMILY TRUST, DAVID J. DUNN, TRUSTEE")


@pytest.mark.parametrize("name,expected", [
    ("Roe Family Trust, Jane Roe, as Co-Trustee", ("Roe Family Trust", "Jane Roe")),
    ("Acme Trust Company, Inc.", ("Acme Trust Company, Inc.", None)),
    ("Acme Trust, Acme Bank, Trustee", ("Acme Trust, Acme Bank, Trustee", None)),  # not a person
    ("Jane Q. Roe", ("Jane Q. Roe", None)),
])
def test_split_trustee(name, expected):
    assert split_trustee(name) == expected


@pytest.mark.parametrize("name, kind", [
    # holdout/1999_SC_13G_97196.txt, page 2: initials written together
    ("Richard C.W. Mauran", "person"),
    ("Mauran Richard C.W.", "person"),  # EDGAR's conformed order, dots kept
    ("MAURAN RICHARD C W", "person"),  # its header: EUROCREDIT INVESTMENTS LTD & MAURAN RICHARD C W
    ("Mauran, Richard C.W.", "person"),
    ("Eurocredit Investments, Ltd.", "organization"),
    ("Acme L.P.", "organization"),  # joined initials of a legal form stay a legal form
    ("U.S. Trust", "organization"),
    # joined initials first: a company named after its founder as often as a person (review s30)
    ("J.P. Morgan", "organization"), ("D.E. Shaw", "organization"),
    ("L.X.C. Aviation", "organization"),
    ("Managed Accounts", "organization"), ("Roe Family Account", "organization"),
])
def test_guess_kind_joined_initials(name, kind):
    assert guess_kind(name).value == kind


@pytest.mark.parametrize("name", [
    "Citibank, N.A.",  # roster/1994_SC_13DA_3499.txt, page 3: a bank, not "Last, F.M."
    "Citibank N.A.", "Acme Holding, AG", "Acme, S.A.",
])
def test_guess_kind_legal_form_written_as_initials(name):
    assert guess_kind(name).value == "organization"
