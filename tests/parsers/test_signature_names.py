"""The patterns and joins of :mod:`graphkit.parsers.signature_names` (party names wrapped over
lines), on real lines of unseen filings (tests/fixtures/filings/) and on made-up lines."""

from __future__ import annotations

from graphkit.parsers import signature_names as sn


def test_continues_name():
    # 1999_SC_13G_858461, 2004_SC_13GA_80255
    assert sn.continues_name("         PRESIDENT AND FELLOWS OF HARVARD", "         COLLEGE")
    assert sn.continues_name("T. ROWE PRICE SMALL-CAP", "   VALUE FUND, INC.")
    assert not sn.continues_name("ACME FUND I, L.P.", "ACME FUND II, L.P.")
    assert not sn.continues_name("JANE ROE", "VICE PRESIDENT")
    assert sn.LEGAL_END.search("Acme Holdings, Inc.") and not sn.LEGAL_END.search("ACME SMALL-CAP")
