"""Roles read from signature blocks (graphkit.parsers.signature_roles): a "By:" entity's
capacity, a party printed over "as the General Partner of", controlling titles, titles cut
short, and a signer's name, title and party run together on one line."""

from __future__ import annotations

import pytest

from graphkit.parsers import signature_roles as roles
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText


def _read(block: str):
    sec = read_signatures(SourceText(path="x.txt", text="SIGNATURE\n\nDate: May 1, 2010\n\n" + block))
    return ([(s.signer, s.title, s.on_behalf_of) for s in sec.signatures],
            {(f.relation.value, f.holder, f.held) for f in sec.findings})


# -- "as the General Partner of": only the parties listed under it are held ------------------

def test_as_role_of_holds_only_the_parties_after_it():
    _, found = _read("JANE ROE\nACME GP, LLC\nas the General Partner of\nACME FUND, L.P.\n"
                     "By: /s/ Jane Roe\nName: Jane Roe\nTitle: Managing Member\n")
    assert found == {("general_partner_of", "ACME GP, LLC", "ACME FUND, L.P."),
                     ("managing_member_of", "Jane Roe", "ACME GP, LLC")}


def test_as_role_of_party_listed_before_is_not_held():
    _, found = _read("ACME OFFSHORE FUND, LTD.\nACME GP, LLC\nas the General Partner of\n"
                     "ACME FUND I, L.P.\nand ACME FUND II, L.P.\nBy: /s/ Jane Roe\n"
                     "Name: Jane Roe\nTitle: Managing Member\n")
    assert ("general_partner_of", "ACME GP, LLC", "ACME OFFSHORE FUND, LTD.") not in found
    assert {("general_partner_of", "ACME GP, LLC", "ACME FUND I, L.P."),
            ("general_partner_of", "ACME GP, LLC", "ACME FUND II, L.P.")} <= found


def test_and_as_keeps_the_first_holder():
    _, found = _read("ACME PARTNERS, L.L.C.,\nOn its own behalf and\nas the General Partner of\n"
                     "ACME CAPITAL PARTNERS, L.P.,\nACME INSTITUTIONAL PARTNERS II, L.P.,\n"
                     "And as the Sole Member of\nACME INSTITUTIONAL (GP) V, L.L.C.\n"
                     "By: /s/ Jane Q. Roe\nName: Jane Q. Roe\nTitle: Managing Member\n")
    assert found == {
        ("general_partner_of", "ACME PARTNERS, L.L.C.", "ACME CAPITAL PARTNERS, L.P."),
        ("general_partner_of", "ACME PARTNERS, L.L.C.", "ACME INSTITUTIONAL PARTNERS II, L.P."),
        ("member_of", "ACME PARTNERS, L.L.C.", "ACME INSTITUTIONAL (GP) V, L.L.C."),
        ("managing_member_of", "Jane Q. Roe", "ACME PARTNERS, L.L.C.")}


def test_as_role_of_pattern():
    assert roles.AS_ROLE_OF.match("   as the General Partner of")["role"] == "General Partner"
    m = roles.AS_ROLE_OF.match("On its own behalf and as the Managing Member of:")
    assert m["role"] == "Managing Member" and m["also"] is None
    m = roles.AS_ROLE_OF.match("And as the Sole Member of")
    assert m["role"] == "Sole Member" and m["also"]
    assert roles.AS_ROLE_OF.match("as attorney-in-fact for each of Jane Roe") is None
    assert roles.LIST_AND.sub("", "   and ACME FUND III, L.P.") == "ACME FUND III, L.P."
    assert roles.LIST_AND.match("ANDOVER FUND, L.P.") is None


# -- the capacity printed alone under a "By:" entity -----------------------------------------

def test_role_next_and_entity_role_next():
    assert roles.ROLE_NEXT.match("\t\t\t\tGeneral Partner")["role"] == "General Partner"
    assert roles.ROLE_NEXT.match("   its general partner") is None
    assert roles.BY_PARTY.match("By:\tAcme Capital Management,")["name"] == "Acme Capital Management"
    assert roles.entity_role_next("By:\tACME, SMITH & CO.", "\t\tGeneral Partner") == "General Partner"
    assert roles.entity_role_next("By: Acme Capital, Inc.", "Investment Adviser") == \
        "Investment Adviser"
    # "Manager" alone: the manager of an LLC, not of a fund or company
    assert roles.entity_role_next("By: Acme Capital, LLC,", "  Manager", "ACME FUND, LLC") == "Manager"
    assert roles.entity_role_next("By: Acme Capital, LLC,", "  Manager", "ACME FUND, L.P.") is None
    # a person over a title, an officer's or director's title under an entity, no role
    assert roles.entity_role_next("By: Jane Q. Roe", "Managing Member") is None
    assert roles.entity_role_next("By: Acme Capital, Inc.", "Chief Executive Officer") is None
    assert roles.entity_role_next("By: Acme Capital Management, LLC", "Managing Director") is None
    assert roles.entity_role_next("By: Acme Capital, Inc.", "Director") is None
    assert roles.entity_role_next("By: Acme Advisors, LLC", "Member") is None
    assert roles.entity_role_next("By: Acme Capital, Inc.", "Acme Fund, L.P.") is None


def test_entity_role_pattern():
    for role in ("General Partner", "sole general partner", "Managing General Partner",
                 "Investment Advisor", "Investment Manager", "Managing Member"):
        assert roles.ENTITY_ROLE.match(role), role
    assert roles.ENTITY_ROLE.match("Manager")["manager"]
    for role in ("Managing Director", "Director", "Member", "President", "Trustee"):
        assert roles.ENTITY_ROLE.match(role) is None, role
    assert roles.LLC_NAME.search("ACME GP, L.L.C.") and roles.LLC_NAME.search("Acme GP LLC")
    assert roles.LLC_NAME.search("ACME FUND, L.P.") is None


@pytest.mark.parametrize("title", ["Managing Director", "Member", "Manager"])
def test_officer_title_under_by_entity_is_no_capacity(title):
    sigs, found = _read(f"ACME FUND, L.P.\nBy: Acme Capital Management, LLC\n{title}\n"
                        "By: /s/ Jane Roe\nName: Jane Roe\n")
    assert sigs == [("Jane Roe", None, ["ACME FUND, L.P."])]
    assert not [f for f in found if f[1] == "Acme Capital Management, LLC"]


def test_capacity_under_by_entity_of_an_llc():
    _, found = _read("ACME CAPITAL, LLC\nBy: Acme Management, Inc.\nManaging Member\n"
                     "By: /s/ Jane Roe\nName: Jane Roe\nTitle: President\n")
    assert ("managing_member_of", "Acme Management, Inc.", "ACME CAPITAL, LLC") in found


# -- titles ----------------------------------------------------------------------------------

def test_control_title_lists():
    assert roles.is_control_title("President and Chief Executive Officer")
    assert roles.is_control_title("Chairman of the Board")
    assert not roles.is_control_title("Vice President and Treasurer")
    assert not roles.is_control_title("Head of Corporate Affairs")
    assert roles.TITLE_SEPARATOR.split("Chairman, President & CEO") == ["Chairman", "President", "CEO"]


@pytest.mark.parametrize("title, want", [
    ("Title President", ("President", False)),
    ("Trustee of the", ("Trustee", True)),
    ("Managing Member of", ("Managing Member", True)),
    ("Vice President and", ("Vice President", False)),
    ("Chairman of the Board", ("Chairman of the Board", False)),
    ("Head of Sales", ("Head of Sales", False)),
])
def test_trim_title(title, want):
    assert roles.trim_title(title) == want


def test_title_cut_before_of_states_no_control():
    sigs, found = _read("ACME FUND, L.P.\nBy: /s/ Jane Roe\nName: Jane Roe\n"
                        "Title: Managing Member of\n")
    assert sigs == [("Jane Roe", "Managing Member", ["ACME FUND, L.P."])]
    assert found == set()
    sigs, found = _read("ACME CORP.\nBy: /s/ Jane Roe\nName: Jane Roe\nTitle: Title President\n")
    assert sigs == [("Jane Roe", "President", ["ACME CORP."])]


# -- a printed name, title and party on one line ---------------------------------------------

@pytest.mark.parametrize("text, signer, want", [
    ("Jane Quinn Roe Head of Sales ACME S.P.A.", "Jane Roe",
     ("Jane Quinn Roe", "Head of Sales", "ACME S.P.A.")),
    ("Jane Roe Chief Executive Officer ACME HOLDINGS N.V.", "Jane Roe",
     ("Jane Roe", "Chief Executive Officer", "ACME HOLDINGS N.V.")),
    ("Jane Q. Roe Vice President", "", ("Jane Q. Roe", "Vice President", "")),
    ("John Doe Head of Sales ACME S.P.A.", "Jane Roe", None),  # another person
    ("Jane Roe Acme Fund, L.P.", "Jane Roe", None),  # a party, no title
    ("Jane Roe", "Jane Roe", None),  # the name alone
])
def test_split_printed_run(text, signer, want):
    assert roles.split_printed_run(text, signer) == want


def test_split_printed_run_fields():
    run = roles.split_printed_run("Jane Quinn Roe Head of Sales ACME S.P.A.", "Jane Roe")
    assert (run.name, run.title, run.party) == ("Jane Quinn Roe", "Head of Sales", "ACME S.P.A.")
