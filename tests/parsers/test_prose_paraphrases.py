"""The same control fact in other words is read the same (session 47, pr47 paraphrase sweep).

A sentence that ends in a legal form's stop ("Ltd.", "L.P.") ends before the next sentence's
subject when that subject is an entity in the possessive ("Acme Fund, L.P.'s general partner
is ..."), a name before a "whose" clause ("Acme Fund, L.P., whose general partner is ...") or
a name with its defined term before its verb ('Acme GP Ltd. (the "General Partner") is ...'),
or a person's name in capitals ("DON F. GASTON, the sole general partner of ...").
Before, the two names ran together into one ("Brookwood Investments Ltd. Brookwood
Investments Ltd."), a party that does not exist, given the general partner.

"X is managed by Y, its investment manager" (or "by its investment manager, Y") names Y's
role: Y is the investment manager, not the bare manager that runs a limited liability company
(its managing member, read for "Acme Fund LLC is managed by Acme Capital LLC" alone).

A held name that ends in a dotted legal form keeps its stop before a parenthesis: "general
partner of Acme Fund, L.P. (a Delaware limited partnership)" is of "Acme Fund, L.P.", not of a
party "Acme Fund, L.P".

A company named with "and" before a word of organizations' names and "Company" is one party:
"Capital Research and Management Company is the investment adviser to ..." (not "Capital
Research" and "Management Company", as "advised by Capital Research and Management Company"
already read it).

Fixtures in tests/fixtures/filings/pr47/ (SOURCES.tsv): the corpus 13D/A of Don F. and Paula
B. Gaston on Boston Celtics LP (1998), its one sentence "Mr. Gaston is the sole general partner
of Brookwood Investments Ltd." reworded; the corpus 13D of MMCAP International Inc. SPC et al.
on Cybergy Holdings, its two sentences "Birch First Capital Management LLC is the investment
manager for Birch First Capital Fund LLC" reworded; the fixture 13D/A of Marxe and
Greenhouse on Remedent (2006), a fund's defined term replaced by a parenthesis; the fixture
13G of Capital World Investors on Suncom Wireless (2008), its adviser made the subject.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose_advised import advised_role
from graphkit.parsers.prose_lists import COMPANY_AND_WORD, split_names
from graphkit.parsers.prose_clause_patterns import (ADVISED_BY, ADVISER_ITS_ROLE_AFTER,
                                                    ITS_ADVISER_ROLE)
from tests.conftest import ROOT
from tests.parsers.test_prose_sentence_subjects import _ends, _found

PR47 = ROOT / "tests" / "fixtures" / "filings" / "pr47"


# --- the patterns -------------------------------------------------------------------------

@pytest.mark.parametrize("text, ends", [
    # the next sentence's subject after a legal form's stop
    ("co-owners of Acme Fund Ltd. Acme Fund Ltd.'s sole general partner is", ["Ltd."]),
    ("held by Beta Fund, L.P. Acme Fund, L.P.’s general partner is", ["L.P."]),
    ("held by Beta Fund, L.P. Acme Fund, L.P., whose general partner is Acme GP", ["L.P."]),
    ('held by Beta Fund, L.P. Acme GP (Cayman) Ltd. (the "General Partner") is the', ["L.P."]),
    ('held by Beta Fund, L.P. Acme GP, LLC ("Acme GP") is the', ["L.P."]),
    ('held by Beta Fund, L.P. Jane Q. Roe (the "Manager") is the', ["L.P."]),
    ("co-owners of Acme Fund Ltd. JANE Q. ROE, the sole general partner of", ["Ltd."]),
    ("co-owners of Acme Fund Ltd. JANE Q. ROE is the sole general partner of", ["Ltd."]),
    ("owned by Acme Fund Ltd. JANE ROE and JOHN DOE are the general partners", ["Ltd."]),
    # one sentence: words that go on with the name, a possessive with no legal form
    ("Acme Holdings, Inc. Employees' Savings Plan holds", []),
    ("shares of Acme Holdings, Inc. Fund II, L.P.'s general partner is", []),
    ("held by Roe & Co. Europe Ltd.'s general partner", []),
    ('held by Acme Fund, L.P. (the "Fund"), whose general partner is', []),
    ("shares of ACME CORP. CLASS A are held by", []),  # a word that goes on with a name
    ("ACME FUND LTD. ACME TRUST IS THE HOLDER", []),  # in capitals: its verb too
])
def test_sentence_ends_before_subject(text, ends):
    assert _ends(text) == ends


@pytest.mark.parametrize("text, found", [
    ("Acme GP Ltd. is the general partner of Acme Fund L.P. Acme Fund L.P.'s general partner "
     "is Acme GP Ltd.", {("general_partner_of", "Acme GP Ltd.", "Acme Fund L.P.")}),
    ("Acme Holdings Inc. is the general partner of Acme Fund L.P. Beta Fund L.P., whose "
     "general partner is Acme GP Ltd., is organized under the laws of Delaware.",
     {("general_partner_of", "Acme Holdings Inc.", "Acme Fund L.P."),
      ("general_partner_of", "Acme GP Ltd.", "Beta Fund L.P.")}),
    ('The shares are held by Acme Fund L.P. Acme GP (Cayman) Ltd. (the "General Partner") '
     "is the general partner of Beta Fund L.P.",
     {("general_partner_of", "Acme GP (Cayman) Ltd.", "Beta Fund L.P.")}),
])
def test_paraphrase_after_legal_stop_read(text, found):
    assert _found(text) == found


# --- the real filing, reworded --------------------------------------------------------------

def _links(name: str) -> set[tuple[str, str, str]]:
    rec = parse_path(PR47 / name).records[0]
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims}


@pytest.mark.parametrize("name", ["celtics_gaston_1998_sc13da_possessive_gp.txt",
                                  "celtics_gaston_1998_sc13da_whose_gp.txt",
                                  "celtics_gaston_1998_sc13da_caps_apposition.txt"])
def test_celtics_general_partner_reworded(name):
    links = _links(name)
    assert ("DON F. GASTON", "general_partner_of", "Brookwood Investments Ltd.") in links
    assert ("PAULA B. GASTON", "shareholder_of", "Brookwood Investments Ltd.") in links
    # before: the name ran on into the next sentence's subject, a party that does not exist
    assert not any("Ltd. Brookwood" in a or "Ltd. Brookwood" in b for a, _, b in links)


# --- "managed by X, its investment manager" -------------------------------------------------

@pytest.mark.parametrize("pattern, text, role", [
    (ITS_ADVISER_ROLE, "its investment manager", "investment manager"),
    (ITS_ADVISER_ROLE, "its sole investment adviser", "investment adviser"),
    (ITS_ADVISER_ROLE, "its general partner", "general partner"),
    (ITS_ADVISER_ROLE, "its manager", None),
    (ADVISER_ITS_ROLE_AFTER, ", its investment manager", "investment manager"),
    (ADVISER_ITS_ROLE_AFTER, ", its investment advisor", "investment advisor"),
    (ADVISER_ITS_ROLE_AFTER, ", its managing member", "managing member"),
])
def test_its_adviser_role(pattern, text, role):
    m = pattern.match(text)
    assert m is not None and (m.groupdict().get("its") or m.groupdict().get("its2")) == role


@pytest.mark.parametrize("text, role", [
    ("Acme Fund LLC is managed by Acme Capital LP, its investment manager.",
     "investment manager"),
    ("Acme Fund LLC is managed by its investment adviser, Acme Capital LP.",
     "investment adviser"),
    ("Acme Fund LLC is managed by Acme Capital LP.", "manager"),
    # one of two roles: the verb's, as before
    ("Acme Fund LLC is managed by Acme Capital LP, its investment manager and general partner.",
     "manager"),
])
def test_advised_role_named(text, role):
    assert advised_role(ADVISED_BY.search(text)) == role


@pytest.mark.parametrize("text, found", [
    ("Acme Fund LLC is managed by Acme Capital LP, its investment manager.",
     {("investment_manager_of", "Acme Capital LP", "Acme Fund LLC")}),
    ("Acme Fund LLC is managed by its investment manager, Acme Capital LP.",
     {("investment_manager_of", "Acme Capital LP", "Acme Fund LLC")}),
    ("Acme Fund LLC is managed by Acme Capital LP.",  # the bare manager runs the LLC
     {("managing_member_of", "Acme Capital LP", "Acme Fund LLC")}),
])
def test_managed_by_its_investment_manager(text, found):
    assert _found(text) == found


def test_mmcap_fund_managed_by_its_investment_manager():
    rec = parse_path(PR47 / "mmcap_cybergy_sc13d_managed_by_its_im.html").records[0]
    names = {p.id: p.name for p in rec.parties}
    fund = {(names[c.source], c.relation.value, c.title) for c in rec.claims
            if names[c.target] == "Birch First Capital Fund LLC"
            and c.relation.value != "beneficial_owner_of"}
    # before: also ("Birch First Capital Management LLC", "managing_member_of", "Manager")
    assert fund == {("Birch First Capital Management LLC", "investment_manager_of", None)}


# --- a parenthesis after a dotted legal form ------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Jane Roe is a member of Acme Advisers L.L.C. (a Delaware company).",
     {("member_of", "Jane Roe", "Acme Advisers L.L.C.")}),
    ("Jane Roe is a director of Acme Advisers, Inc. (see Item 5).",
     {("director_of", "Jane Roe", "Acme Advisers, Inc.")}),
    ("Acme GP Ltd. is the general partner of Acme Fund, L.P. (the Fund and Beta are the Funds).",
     {("general_partner_of", "Acme GP Ltd.", "Acme Fund, L.P.")}),
    # unchanged: a defined term, a place in the name, no legal form before the parenthesis
    ('Jane Roe is a member of Acme Advisers L.L.C. ("AA").',
     {("member_of", "Jane Roe", "Acme Advisers L.L.C.")}),
    ("Acme GP LLC is the general partner of Acme Fund (Cayman) L.P.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund (Cayman) L.P.")}),
])
def test_held_name_keeps_stop_before_parenthesis(text, found):
    assert _found(text) == found


def test_marxe_fund_name_keeps_its_stop():
    links = _links("2006_SC_13DA_1078037_fund_paren.txt")
    fund = "Special Situations Private Equity Fund, L.P."
    assert {(a, r) for a, r, b in links if b == fund} == {
        ("MG Advisers L.L.C.", "general_partner_of"), ("MG Advisers L.L.C.", "investment_manager_of")}
    assert not any(b == fund[:-1] for _, _, b in links)  # before: a party "... Fund, L.P"


# --- a company named with "and" -------------------------------------------------------------

@pytest.mark.parametrize("text, hit", [
    ("Capital Research and Management Company", "Research and Management Company"),
    ("Acme Trading and Investment Co. and Jane Roe", "Trading and Investment Co."),
    ("Acme LLC and Beta Capital Company", None),  # two words before the company word
    ("Acme Research and Development Corp.", None),  # not a word of organizations' names
    ("Jane Roe and Trust Company of the West", None),  # "Company of": another firm's name
    ("Acme Partners and Investment Company each own", None),  # "Partners" ends a firm's name
    # review rv47e 5: after a firm's word, "of" and a plural are the name's
    ("Capital Research and Management Company of Los Angeles",
     "Research and Management Company"),
    ("Acme Securities and Trust Company", "Securities and Trust Company"),
    ("Acme Holdings and Investment Company", "Holdings and Investment Company"),
    # review rv47g 3: after an organization's word (no business's), "of" is another firm's
    ("Roe Capital and Trust Company of the West", None),
    ("Acme Holdings and Trust Company of the West", None),
])
def test_company_and_word(text, hit):
    m = COMPANY_AND_WORD.search(text)
    assert (m[0] if m else None) == hit


@pytest.mark.parametrize("text, names", [
    ("Capital Research and Management Company", ["Capital Research and Management Company"]),
    ("Acme Trading and Investment Co. and Jane Roe", ["Acme Trading and Investment Co.",
                                                      "Jane Roe"]),
    ("Acme GP LLC and Roe Capital Company", ["Acme GP LLC", "Roe Capital Company"]),
    # the corpus's one-firm names stay whole
    ("Apartment Investment and Management Company",
     ["Apartment Investment and Management Company"]),
    ("State Street Bank and Trust Company", ["State Street Bank and Trust Company"]),
    # review rv47b 4: "Company of ..." is another firm's name; a plural word ends a firm's
    ("Jane Roe and Trust Company of the West", ["Jane Roe", "Trust Company of the West"]),
    ("Acme Partners and Investment Company", ["Acme Partners", "Investment Company"]),
    # review rv47e 5: one firm's names (its "of", a plural word of a firm's business)
    ("Capital Research and Management Company of Los Angeles",
     ["Capital Research and Management Company of Los Angeles"]),
    ("Acme Securities and Trust Company", ["Acme Securities and Trust Company"]),
    ("Acme Holdings and Investment Company", ["Acme Holdings and Investment Company"]),
    # review rv47g 3: "of" after "Capital", "Group", "Holdings", "Fund" is another firm's
    ("Roe Capital and Trust Company of the West", ["Roe Capital", "Trust Company of the West"]),
    ("Acme Group and Trust Company of the West", ["Acme Group", "Trust Company of the West"]),
    ("Acme Holdings and Trust Company of the West",
     ["Acme Holdings", "Trust Company of the West"]),
    ("Roe Fund and Trust Company of New York", ["Roe Fund", "Trust Company of New York"]),
])
def test_split_names_company_and(text, names):
    assert split_names(text) == names


def test_income_fund_adviser_named_with_and():
    links = _links("2008_SC_13G_1091973_adviser_is.txt")
    fund = "The Income Fund of America, Inc."
    advisers = {a for a, r, b in links if b == fund and r == "investment_manager_of"}
    # before: "Capital Research" and "Management Company", two parties that do not exist
    assert advisers == {"Capital Research and Management Company", "Capital World Investors"}
