"""Party lines over a signature that name a second party after "on behalf of", wrapped over
lines, with a former name in parentheses: one party, never pieces of a name nor half a
parenthesis (:mod:`graphkit.parsers.signature_behalf`; the layout of a real 1994 13D/A, with
made-up names)."""

from __future__ import annotations

import pytest

from graphkit.parsers.signature_behalf import BEHALF_LINE, FORMER_NAME_ASIDE, behalf_party
from graphkit.parsers.signature_names import continues_name
from tests.signature_blocks import read_block

HEAD = ("         After reasonable inquiry and to the best of my knowledge and belief, I\n"
        "certify that the information set forth in this statement is true, complete and\n"
        "correct.\n\nDated: February 17, 1994\n\n")


def _read(block: str):
    return read_block(HEAD + block)


def test_second_party_after_on_behalf_of_wrapped_with_its_former_name():
    block = """\
                                                   ACME LIFE INSURANCE COMPANY
                                                   and on behalf of Acme Security
                                                   Insurance Company of Louisiana
                                                   (formerly known as Beta Security
                                                   Life Insurance Company (Louisiana))


                                                   By:/s/ Jane Q. Roe
                                                      --------------------------------
                                                       Jane Q. Roe
                                                       Vice President
"""
    sigs, found = _read(block)
    assert sigs == [("Jane Q. Roe", "Vice President",
                     ["ACME LIFE INSURANCE COMPANY", "Acme Security Insurance Company of Louisiana"])]
    # an officer of the one company named whole (a legal form ends it), as for any list
    assert found == [("officer_of", "Jane Q. Roe", "ACME LIFE INSURANCE COMPANY")]


@pytest.mark.parametrize("behalf", [
    "for itself and on behalf of Acme Fund II, L.P.",
    "on behalf of Acme Fund II,\nL.P.",
    "and on behalf of Acme Fund II, L.P. (f/k/a Acme\nPartners II, L.P.)",
])
def test_on_behalf_of_variants(behalf):
    sigs, _ = _read(f"ACME CAPITAL, INC.\n{behalf}\n\nBy: /s/ Jane Roe\nJane Roe, President\n")
    assert sigs == [("Jane Roe", "President", ["ACME CAPITAL, INC.", "Acme Fund II, L.P."])]


@pytest.mark.parametrize("behalf", [
    "on behalf of each of the persons named above",
    "and on behalf of Acme Fund II, L.P. (formerly",
])
def test_on_behalf_of_no_name_gives_no_piece(behalf):
    sigs, _ = _read(f"ACME CAPITAL, INC.\n{behalf}\n\nBy: /s/ Jane Roe\nJane Roe, President\n")
    assert sigs == [("Jane Roe", "President", ["ACME CAPITAL, INC."])]


def test_name_with_a_parenthesis_wrapped_is_one_party():
    block = ("ACME GLOBAL FUND (CAYMAN\nISLANDS), LTD.\n\nBy: /s/ Jane Roe\nJane Roe, Director\n\n"
             "ZETA FUND (A SERIES\n\nBy: /s/ John Doe\nJohn Doe, Trustee\n")
    sigs, found = _read(block)
    assert sigs == [("Jane Roe", "Director", ["ACME GLOBAL FUND (CAYMAN ISLANDS), LTD."]),
                    ("John Doe", "Trustee", [])]  # half a parenthesis: no party
    assert found == [("director_of", "Jane Roe", "ACME GLOBAL FUND (CAYMAN ISLANDS), LTD.")]


def test_continues_name_closes_a_parenthesis():
    assert continues_name("ACME FUND (CAYMAN", "ISLANDS), LTD.")
    assert not continues_name("ACME FUND (CAYMAN", "By: /s/ Jane Roe)")
    assert not continues_name("ACME FUND (QP)", "ISLANDS), LTD.")


def test_behalf_patterns():
    assert BEHALF_LINE.match("   and on behalf of Acme Security")["rest"] == "Acme Security"
    assert BEHALF_LINE.match("For itself and on behalf of Acme LP")["rest"] == "Acme LP"
    assert BEHALF_LINE.match("Acme LP, on behalf of itself") is None
    assert FORMER_NAME_ASIDE.sub("", "Acme Co. (formerly known as Beta Co. (Louisiana))") == "Acme Co."
    assert FORMER_NAME_ASIDE.sub("", "Acme Fund (QP)") == "Acme Fund (QP)"
    assert behalf_party([(0, 0, "ACME LP")], 0, lambda line: True) is None
