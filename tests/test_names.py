"""Names as printed: a trust named with its trustee."""

from __future__ import annotations

import pytest

from graphkit.names import TRUST_WITH_TRUSTEE, split_trustee


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
