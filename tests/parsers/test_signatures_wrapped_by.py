"""Signature blocks whose "By:" chain has an entity's name wrapped over two lines, its capacity
on a third ("By: Acme Capital Management II" / "Limited Partnership," / "its general
partner"): the link is read whole; and a "By:" line that cannot be read breaks the chain, so
the entity under it is not given as the capacity holder of the party above it."""

from __future__ import annotations

import pytest

from graphkit.parsers.signature_names import by_name_goes_on, whole_entity_name
from tests.signature_blocks import read_block

_HEAD = ("SIGNATURE\n\nAfter reasonable inquiry and to the best knowledge and belief of the\n"
         "undersigned, the undersigned certify that the information set forth in this\n"
         "statement is true, complete and correct.\n\n")


def _read(block: str):
    return read_block(_HEAD + block)


def _chain(fund: str) -> list[tuple[str, str, str]]:
    """The relations of the two-link chain signed under ``fund`` by Jane Q. Roe."""
    return [("general_partner_of", "Acme Capital Management II Limited Partnership", fund),
            ("general_partner_of", "Acme Capital II Corp.",
             "Acme Capital Management II Limited Partnership"),
            ("officer_of", "Jane Q. Roe", "Acme Capital II Corp.")]


_INDENTED = """\
Date:  June 12, 1998                     ACME HOLDINGS CORP.

                                         By: /s/ JANE Q. ROE
                                            -----------------------------------
                                         Name:  Jane Q. Roe
                                         Title: Vice President and Secretary

Date:  June 12, 1998                     ACME ENERGY
                                         INVESTMENTS II LIMITED PARTNERSHIP

                                         By:      Acme Capital Management II
                                                  Limited Partnership,
                                                  its general partner

                                         By:      Acme Capital II Corp.,
                                                  its general partner

                                         By: /s/ JANE Q. ROE
                                            -----------------------------------
                                         Name:  Jane Q. Roe
                                         Title:  Vice President and Secretary
"""


def test_wrapped_middle_link_is_kept():
    sigs, found = _read(_INDENTED)
    assert sigs == [
        ("Jane Q. Roe", "Vice President and Secretary", ["ACME HOLDINGS CORP."]),
        ("Jane Q. Roe", "Vice President and Secretary",
         ["ACME ENERGY INVESTMENTS II LIMITED PARTNERSHIP"])]
    assert found == [("officer_of", "Jane Q. Roe", "ACME HOLDINGS CORP.")] + _chain(
        "ACME ENERGY INVESTMENTS II LIMITED PARTNERSHIP")


def test_wrapped_middle_link_flush_left():
    # the rest of the name flush with "By:", the comma before the capacity ends it
    sigs, found = _read("Date: June 12, 1998\n\nACME FUND II, L.P.\n"
                        "By: Acme Capital Management II\nLimited Partnership,\n"
                        "its general partner\nBy: Acme Capital II Corp., its general partner\n"
                        "By: /s/ Jane Q. Roe\nName: Jane Q. Roe\nTitle: President\n")
    assert sigs == [("Jane Q. Roe", "President", ["ACME FUND II, L.P."])]
    assert found == _chain("ACME FUND II, L.P.")


def test_wrapped_llc_name_with_capacity_under_it():
    sigs, found = _read("Date: June 12, 1998\n\nACME FUND II, L.P.\nBy:  Acme Capital\n"
                        "     Management, L.L.C.\n     its managing member\n\n"
                        "By:  /s/ Jane Q. Roe\n     Jane Q. Roe\n     Managing Member\n")
    assert sigs == [("Jane Q. Roe", "Managing Member", ["ACME FUND II, L.P."])]
    assert found == [
        ("managing_member_of", "Acme Capital Management, L.L.C.", "ACME FUND II, L.P."),
        ("managing_member_of", "Jane Q. Roe", "Acme Capital Management, L.L.C.")]


def test_wrapped_name_without_capacity_gives_no_wrong_edge():
    # "By: Acme Capital Management II" / "Limited Partnership": no capacity, the link is not
    # read; the corporation under it is the general partner of that link, not of the fund
    sigs, found = _read(_INDENTED.replace("Limited Partnership,\n" + " " * 50
                                          + "its general partner\n", "Limited Partnership\n"))
    assert [s[1] for s in sigs] == ["Vice President and Secretary"] * 2
    assert found == [("officer_of", "Jane Q. Roe", "ACME HOLDINGS CORP.")]


def test_unread_by_line_breaks_the_chain():
    # "By: Acme Partners" names an entity without its capacity: Acme Capital Corp. is the
    # general partner of Acme Partners, not of the fund
    sigs, found = _read("Date: June 12, 1998\n\nACME FUND II, L.P.\nBy: Acme Partners\n"
                        "By: Acme Capital Corp., its general partner\nBy: /s/ Jane Q. Roe\n"
                        "Name: Jane Q. Roe\nTitle: President\n")
    assert sigs == [("Jane Q. Roe", "President", ["ACME FUND II, L.P."])]
    assert found == []


def test_unread_by_line_after_the_chain_keeps_its_first_link():
    sigs, found = _read("Date: June 12, 1998\n\nACME FUND II, L.P.\n"
                        "By: Acme GP, L.P., its general partner\nBy: Acme Partners\n"
                        "By: Acme Capital Corp., its general partner\nBy: /s/ Jane Q. Roe\n"
                        "Name: Jane Q. Roe\nTitle: President\n")
    assert sigs == [("Jane Q. Roe", "President", ["ACME FUND II, L.P."])]
    assert found == [("general_partner_of", "Acme GP, L.P.", "ACME FUND II, L.P.")]


def test_by_in_the_certification_does_not_break_the_chain():
    # "By signing below I certify ..." is a "By" line of the prose above the block
    text = ("By signing below I certify that, to the best of my knowledge and belief, the\n"
            "securities referred to above were acquired in the ordinary course.\n\n"
            "Date: December 23, 2020\n\n"
            "\t\t\tAcme Partners, L.P.\n\t\t\t\tBy: Acme Equity, LLC, its general partner\n"
            "\t\t\t\tBy: /s/ Jane Roe\n\t\t\t\tName: Jane Roe\n\t\t\t\tTitle: Managing Member\n")
    _, found = _read(text)
    assert ("general_partner_of", "Acme Equity, LLC", "Acme Partners, L.P.") in found


def test_unwrapped_chains_unchanged():
    sigs, found = _read("Date: June 12, 1998\n\nACME FUND, L.P.\nBy: Acme GP LLC\n"
                        "    its general partner\nBy: /s/ John Doe\n    John Doe, Manager\n")
    assert sigs == [("John Doe", "Manager", ["ACME FUND, L.P."])]
    assert found == [("general_partner_of", "Acme GP LLC", "ACME FUND, L.P."),
                     ("managing_member_of", "John Doe", "Acme GP LLC")]
    sigs, found = _read("Date: June 12, 1998\n\nACME FUND, L.P.\nBy:  Acme Capital Management,\n"
                        "     LLC, its General Partner\nBy: /s/ John Doe\nTitle: Manager\n")
    assert found[0] == ("general_partner_of", "Acme Capital Management, LLC", "ACME FUND, L.P.")


@pytest.mark.parametrize("line, nxt, expected", [
    ("By: Acme Capital Management II", "Limited Partnership,", True),
    ("   By: Acme Capital", "          Management, L.L.C.", True),
    ("By: Acme GP, L.P.", "Beta Fund, L.P.,", False),  # the "By:" name is whole
    ("By: Acme Capital", "By: Beta Corp.,", False),  # the next link
    ("By: Acme Capital", "Managing Member,", False),  # a title
    ("By: Acme Capital", "/s/ Jane Roe,", False),  # a signature
    ("By: Acme Capital", "Limited Partnership", False),  # flush, no comma: not told
])
def test_by_name_goes_on(line, nxt, expected):
    assert by_name_goes_on(line, nxt) is expected


# review s23-enron 1: a "By:" line not read under one party is none of the next party's chain

def test_unread_by_line_of_the_party_above_leaves_the_next_chain_whole():
    sigs, found = _read("Date: June 12, 1998\n\nACME FUND II, L.P.\n"
                        "By: Acme Partners II, L.P., its general partner\nBy: Acme Capital Corp.\n\n"
                        "ACME PARTNERS II, L.P.\nBy: Acme Capital Corp., its general partner\n\n"
                        "By: /s/ Jane Q. Roe\n    Name: Jane Q. Roe\n    Title: President\n")
    assert sigs == [("Jane Q. Roe", "President", ["ACME PARTNERS II, L.P."])]
    assert found == [("general_partner_of", "Acme Capital Corp.", "ACME PARTNERS II, L.P."),
                     ("officer_of", "Jane Q. Roe", "Acme Capital Corp.")]


def test_one_signature_for_each_of_the_foregoing_after_an_unread_by_line():
    # the fund's "By:" names its general partner with no capacity: the corporation below is
    # the general partner of the partnership it is printed under, not of the fund
    sigs, found = _read("Date: June 12, 1998\n\nACME FUND II, L.P.\nBy: Acme Partners II, L.P.\n\n"
                        "ACME PARTNERS II, L.P.\nBy: Acme Capital Corp., its general partner\n\n"
                        "By: /s/ Jane Q. Roe\n    Name: Jane Q. Roe\n    Title: President\n")
    assert sigs == [("Jane Q. Roe", "President", ["ACME FUND II, L.P.", "ACME PARTNERS II, L.P."])]
    assert found == [("general_partner_of", "Acme Capital Corp.", "ACME PARTNERS II, L.P."),
                     ("officer_of", "Jane Q. Roe", "Acme Capital Corp.")]


def test_unread_by_line_of_a_signed_block_is_forgotten():
    # the first block is closed by its "/s/"; "By signing below, ..." is prose
    sigs, found = _read("Date: June 12, 1998\n\nACME CORP.\nBy: Acme Capital Corp.\n"
                        "By: /s/ Jane Q. Roe\n    Name: Jane Q. Roe\n    Title: President\n\n"
                        "By signing below, each of the undersigned agrees to the foregoing.\n\n"
                        "ACME PARTNERS II, L.P.\nBy: Acme Capital Corp., its general partner\n"
                        "By: /s/ Jane Q. Roe\n    Name: Jane Q. Roe\n    Title: President\n")
    assert [s[2] for s in sigs] == [["ACME CORP."], ["ACME PARTNERS II, L.P."]]
    assert found == [("general_partner_of", "Acme Capital Corp.", "ACME PARTNERS II, L.P."),
                     ("officer_of", "Jane Q. Roe", "Acme Capital Corp.")]


def test_by_line_with_a_date_does_not_break_the_chain():
    sigs, found = _read("Date: June 12, 1998\n\nACME FUND II, L.P.\n\nBy:  June 12, 1998\n\n"
                        "By: Acme Partners II, L.P., its general partner\n"
                        "By: Acme Capital Corp., its general partner\n"
                        "By: /s/ Jane Q. Roe\n    Name: Jane Q. Roe\n    Title: President\n")
    assert ("general_partner_of", "Acme Partners II, L.P.", "ACME FUND II, L.P.") in found
    assert ("general_partner_of", "Acme Capital Corp.", "Acme Partners II, L.P.") in found


# review s23-enron 3: a date or a whole entity name is no rest of a "By:" name

@pytest.mark.parametrize("second", ["June 12, 1998,", "Acme Capital II Corp.,"])
def test_by_name_never_goes_on_with_a_date_or_a_whole_name(second):
    sigs, found = _read("Date: June 12, 1998\n\nACME FUND II, L.P.\n"
                        "By:      Acme Capital Management II\n"
                        f"         {second}\n         its general partner\n\n"
                        "By: /s/ Jane Q. Roe\n    Name: Jane Q. Roe\n    Title: President\n")
    # the "By:" line is not read (as on main, the second name is read as a party signing)
    assert [s[0] for s in sigs] == ["Jane Q. Roe"]
    assert found == []


@pytest.mark.parametrize("line, nxt, expected", [
    ("By: Acme Capital Management II", "     June 12, 1998,", False),
    ("By: Acme Capital Management II", "     Acme Capital II Corp.,", False),
    ("By: Acme Capital Management II", "Beta Fund, L.P.,", False),
    ("By: Acme Capital", "     Management, L.L.C.", True),  # one word and its legal form
])
def test_by_name_goes_on_guards(line, nxt, expected):
    assert by_name_goes_on(line, nxt) is expected


@pytest.mark.parametrize("line, expected", [
    ("Acme Capital II Corp.,", True), ("  Beta Fund, L.P.", True), ("Management, L.L.C.", False),
    ("Limited Partnership,", False), ("Acme Capital", False)])
def test_whole_entity_name(line, expected):
    assert whole_entity_name(line) is expected
