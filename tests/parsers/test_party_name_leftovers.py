"""Four small wrong names seen on real filings (session 26): a possessive company name cut to its
legal form ("Roe's Sons, Inc." read as "Roe's son" and "Inc."), generic defined terms recorded as
aliases ('(the "Issuer")'), a national association's cell period ("Acme Bank, NA.") and EDGAR's
class tag after an issuer's legal form ("ACME HOLDINGS LTD. CL")."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_possessives import person_names
from graphkit.source import SourceText


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(f.holder, f.relation.value, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))]


# 1. A capitalised kinship word followed by a legal form is the organization's own name

@pytest.mark.parametrize("name", [
    "Roe's Sons, Inc.", "Roe's Daughters, Inc.", "Roe's Brothers, LLC", "Roe's Children, L.P.",
    "Roe's Sons Holdings, LLC", "Jane Roe's Sons LLC"])
def test_role_of_held_is_keeps_a_possessive_company_name(name):
    stop = "" if name.endswith(".") else "."
    text = f"The general partner of Roe Investments, L.P. is {name}{stop}\n"
    assert _read(text) == [(name, "general_partner_of", "Roe Investments, L.P.")]


def test_managing_member_and_a_list_keep_the_company_name():
    assert _read("The managing member of Roe Investments, LLC is Roe's Sons, Inc.\n") == [
        ("Roe's Sons, Inc.", "managing_member_of", "Roe Investments, LLC")]
    assert _read("The members of Acme GP LLC are Jane Q. Roe and Roe's Sons, Inc.\n") == [
        ("Jane Q. Roe", "member_of", "Acme GP LLC"), ("Roe's Sons, Inc.", "member_of", "Acme GP LLC")]


@pytest.mark.parametrize("text", [
    "Roe's Sons, Inc. is the general partner of Roe Investments, L.P.\n",
    "Roe Investments, L.P., of which Roe's Sons, Inc. is the general partner, holds shares.\n",
    "Roe's Sons, Inc., the general partner of Roe Investments, L.P., holds shares.\n"])
def test_other_sentence_shapes_keep_the_company_name(text):
    assert _read(text) == [("Roe's Sons, Inc.", "general_partner_of", "Roe Investments, L.P.")]


@pytest.mark.parametrize("text, holder", [
    ("The general partner of Roe Investments, L.P. is Jane Roe's son, John Roe.\n", "John Roe"),
    ("The general partner of Roe Investments, L.P. is Jane Roe's Son, John Roe.\n", "John Roe"),
    ("The general partner of Roe Investments, L.P. is McDonald's Holdings, LLC.\n",
     "McDonald's Holdings, LLC")])
def test_a_kinship_phrase_before_a_person_is_still_dropped(text, holder):
    assert _read(text) == [(holder, "general_partner_of", "Roe Investments, L.P.")]


def test_person_names_keeps_the_company_and_drops_the_kinship_phrases():
    assert person_names("Jane Roe's son, John Roe, and Roe's Sons, Inc.") == [
        "John Roe", "Roe's Sons, Inc."]
    assert person_names("Jane Q. Roe and Mr. Roe's Son, Acme Trust") == ["Jane Q. Roe", "Acme Trust"]
    assert person_names("her son, John Roe, and Roe's Brothers Holdings LLC") == [
        "John Roe", "Roe's Brothers Holdings LLC"]


# 2. A generic defined term is bound in its filing but no alias of its party

_FILING = """<DOCUMENT>
<TYPE>SC 13D
<TEXT>
                                  SCHEDULE 13D
                    Under the Securities Exchange Act of 1934

                              {issuer_caps}
                                (Name of Issuer)

                      Common Stock, $0.01 par value
                                (Title of Class of Securities)

                                    {cusip}
                                 (CUSIP Number)

                                  June 17, 2009
             (Date of Event which Requires Filing of this Statement)

1    NAMES OF REPORTING PERSONS

     Roe Capital Fund, L.P.
6    CITIZENSHIP OR PLACE OF ORGANIZATION

     Delaware
               7    SOLE VOTING POWER
                    1,315,700
               8    SHARED VOTING POWER
                    0
               9    SOLE DISPOSITIVE POWER
                    1,315,700
               10   SHARED DISPOSITIVE POWER
                    0
11   AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON

     1,315,700
13   PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)

     5.6%
14   TYPE OF REPORTING PERSON

     PN

Item 1.  Security and Issuer.

This statement relates to the Common Stock, $0.01 par value (the "Shares"), of
{issuer} (the "Issuer").

Item 2.  Identity and Background.

(a) This statement is filed by Roe Capital Fund, L.P. (the "Fund"). Roe
Capital GP, LLC ("RCGP") is the general partner of the Fund.

Item 5.  Interest in Securities of the Issuer.

(a) The Fund beneficially owns 1,315,700 Shares of the Issuer.

                                   SIGNATURE

Dated: June 19, 2009

ROE CAPITAL FUND, L.P.
By: /s/ Jane Roe
</TEXT>
</DOCUMENT>
"""


def _write(tmp_path, name: str, issuer: str, cusip: str):
    path = tmp_path / name
    path.write_text(_FILING.format(issuer=issuer, issuer_caps=issuer.upper(), cusip=cusip))
    return path


@pytest.mark.parametrize("term, generic", [
    ("Issuer", True), ("issuer", True), ("the Company", True), ("Company", True),
    ("Corporation", True), ("Partnership", True), ("Fund", True), ("Fund,", True),
    ("Trust", True), ("Reporting Person", True), ("Reporting Persons", True), ("Filer", True),
    ("Registrant", True), ("Purchaser", True), ("Seller", True), ("Buyer", True),
    ("Borrower", True), ("Lender", True), ("Adviser", True), ("Advisor", True),
    ("Manager", True), ("General Partner", True), ("Investment Manager", True),
    ("Parent", True), ("Holdings", True), ("GP", True), ("Master Fund", True),
    ("Management Company", True),
    ("Acme", False), ("Roe Fund", False), ("Fund II", False),
    ("Acme Manager", False), ("Offshore II", False), ("RCGP", False), ("Old Acme", False),
    ("Mr. Roe", False), ("Roe", False)])
def test_generic_term(term, generic):
    from graphkit.parsers.generic_terms import generic_term
    assert generic_term(term) is generic


@pytest.mark.parametrize("term, name, person, generic", [
    # the first word of the party's own name is a name (a real 2006 13D: 'Global Traffic
    # Network, Inc. ("Global" or the "Issuer")')
    ("Global", "Global Widget Network, Inc.", False, False),
    ("Capital Group", "Capital Group Partners, LLC", False, False),
    ("Issuer", "Global Widget Network, Inc.", False, True),
    ("Fund", "Acme Fund, L.P.", False, True),
    # a person's term is a surname, whatever the word; only the filer's standing is generic
    ("Holder", "Andrew M. Holder", True, False), ("Bank", "Robert C. Bank", True, False),
    ("Parent", "Martin J. Parent", True, False),
    ("Reporting Person", "Jane Roe", True, True),
    # one word in capitals is an acronym, unless a role's
    ("AB", "Acme Bernstein L.P.", False, False), ("SA", "Acme Capital", False, False),
    ("GP", "Roe Capital GP, LLC", False, True), ("IM", "Roe Investment Management", False, True),
    ("PLC", "Acme Widgets plc", False, True),
])
def test_generic_term_of_its_party(term, name, person, generic):
    from graphkit.parsers.generic_terms import generic_term
    assert generic_term(term, name, person) is generic


def test_generic_terms_are_bound_but_no_aliases(tmp_path):
    from graphkit.parse import parse_path
    [rec] = parse_path(_write(tmp_path, "a.txt", "Acme Widgets Corp.", "000360206")).records
    aliases = {p.name: sorted(a.name for a in p.aliases) for p in rec.parties}
    assert aliases["ACME WIDGETS CORP."] == ["Acme Widgets Corp."]  # no "Issuer"
    assert aliases["Roe Capital Fund, L.P."] == ["ROE CAPITAL FUND, L.P."]  # no "Fund"
    assert aliases["Roe Capital GP, LLC"] == ["RCGP"]  # a term of its own stays
    names = {p.id: p.name for p in rec.parties}
    facts = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims}
    # "the Fund" and "the Issuer" still name their parties inside the filing
    assert ("Roe Capital GP, LLC", "general_partner_of", "Roe Capital Fund, L.P.") in facts
    assert ("Roe Capital Fund, L.P.", "beneficial_owner_of", "ACME WIDGETS CORP.") in facts


def test_two_issuers_called_issuer_stay_apart(tmp_path):
    from graphkit.pipeline import build
    _write(tmp_path, "a.txt", "Acme Widgets Corp.", "000360206")
    _write(tmp_path, "b.txt", "Beta Biotech Inc.", "08659A104")
    graph = build([tmp_path]).graph
    nodes = {d["name"].upper(): d for _, d in graph.nodes(data=True)}
    assert {"ACME WIDGETS CORP.", "BETA BIOTECH INC."} <= set(nodes)
    assert all("Issuer" not in d["aliases"] and "Fund" not in d["aliases"]
               for d in nodes.values())


def test_resolver_scopes_a_defined_term_to_its_filing():
    """Already so before the generic terms were dropped: the resolver keys a defined term with
    its filing, so "Issuer" never joins the issuers of two filings."""
    from graphkit.models import PartyKind
    from resolvers.models import Mention
    from resolvers.resolve import resolve
    ms = [Mention(id="a", name="Acme Widgets Corp.", kind=PartyKind.ORGANIZATION,
                  terms=("Issuer",), filing="a.txt"),
          Mention(id="b", name="Beta Biotech Inc.", kind=PartyKind.ORGANIZATION,
                  terms=("Issuer",), filing="b.txt")]
    assert len(resolve(ms).entities) == 2


# 3. The cell's stop after a legal form printed without dots is no part of the name

@pytest.mark.parametrize("name, read", [
    ("ACME BANK, NA.", "ACME BANK, NA"), ("ACME FUND LLC.", "ACME FUND LLC"),
    ("Acme Partners LP.", "Acme Partners LP"), ("ACME HOLDINGS PLC.", "ACME HOLDINGS PLC"),
    ("ACME BANK, N.A.", "ACME BANK, N.A."), ("Acme Fund, L.P.", "Acme Fund, L.P."),
    ("ACME HOLDINGS, INC.", "ACME HOLDINGS, INC."), ("Acme Co.", "Acme Co."),
    ("Acme Ltd.", "Acme Ltd."), ("CANA.", "CANA."), ("Jane Q. Roe", "Jane Q. Roe")])
def test_dotless_form_stop(name, read):
    from graphkit.parsers.schedule13_cover_patterns import DOTLESS_FORM_STOP
    m = DOTLESS_FORM_STOP.search(name)
    assert (name[:m.start("stop")] if m else name) == read


@pytest.mark.parametrize("cell, name", [
    ("ACME TRUST BANK, NA.,  943112180", "ACME TRUST BANK, NA"),
    ("ACME TRUST BANK, N.A.,  943112180", "ACME TRUST BANK, N.A."),
    ("ACME HOLDINGS, INC.,  943112180", "ACME HOLDINGS, INC."),
    ("ACME CAPITAL CO.", "ACME CAPITAL CO.")])
def test_cover_name_cell_keeps_only_the_names_own_stop(cell, name):
    from graphkit.parsers.schedule13_cover_names import read_name_cell
    text = "(entities only).\n\n\t" + cell + "\n"
    assert read_name_cell(SourceText(path="x.txt", text=text), text, 17, len(text)).value == name


# 4. A class tag after an issuer's legal form is no part of its name

@pytest.mark.parametrize("name, bare", [
    ("ACME INSURANCE GROUP LTD. CL", "ACME INSURANCE GROUP LTD."),
    ("ACME INSURANCE GROUP LTD. CL.", "ACME INSURANCE GROUP LTD."),
    ("ACME CORP CL A", "ACME CORP"), ("ACME INC CLASS B", "ACME INC"),
    ("Acme plc Cl. A", "Acme plc"), ("Acme N.V. CLASS A", "Acme N.V."),
    ("ACME ENERGY PARTNERS L.P. CL A", "ACME ENERGY PARTNERS L.P."),
    ("CL Holdings Inc.", "CL Holdings Inc."), ("ACL Inc.", "ACL Inc."),
    ("Acme Class Action Fund LLC", "Acme Class Action Fund LLC"),
    ("Acme Holdings CL", "Acme Holdings CL"),       # no legal form before it: kept
    ("ACME BIOCL INC", "ACME BIOCL INC"), ("Acme Inc.", "Acme Inc.")])
def test_without_class_tag(name, bare):
    from graphkit.parsers.issuer_class_tag import without_class_tag
    assert without_class_tag(name) == bare


def test_issuer_of_a_filing_without_its_class_tag(tmp_path):
    from graphkit.parse import parse_path
    path = tmp_path / "c.txt"
    path.write_text(_FILING.format(issuer="Acme Insurance Group Ltd. CL",
                                   issuer_caps="ACME INSURANCE GROUP LTD. CL", cusip="G67742109"))
    [rec] = parse_path(path).records
    assert rec.issuer.name == "ACME INSURANCE GROUP LTD."
    names = {p.id: p.name for p in rec.parties}
    assert ("Roe Capital Fund, L.P.", "ACME INSURANCE GROUP LTD.") in {
        (names[c.source], names[c.target]) for c in rec.claims
        if c.relation.value == "beneficial_owner_of"}
    assert not any("CL" in n.split() for n in names.values())
