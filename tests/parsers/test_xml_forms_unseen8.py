"""Form D and Form 4 XML filings of the eighth unseen set ("t"), fixed after the evaluation.

The filings are in tests/fixtures/filings/holdout/ under the evaluation's names (README.md says
where each came from). Each defect gets a test on the real filing (its line quoted) and a table
of made-up examples for the rule or pattern behind it.
"""

from __future__ import annotations

import pytest

from graphkit.models import Identifier
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose_term_patterns import DEFINED_TERM
from resolvers.compare import compare, identifier_verdict
from resolvers.models import Mention
from resolvers.names import analyze
from resolvers.resolve import resolve
from resolvers.vetoes import same_filing_inserted_word
from tests.holdout import HOLDOUT as HOLDOUT_DIR, holdout_record, party_names, relation_pairs

JMI = "jmi_servicenow_2013_form4.xml"


def _cik(value: str) -> list[Identifier]:
    return [Identifier(scheme="cik", value=value)]


# -- D: different CIKs, or a word inserted inside a name, are different parties -----------------

def test_reporting_owners_with_different_ciks_stay_apart():
    # line 104-105: <rptOwnerCik>0001562075</rptOwnerCik>
    #               <rptOwnerName>JMI Euro Equity Fund IV Trust</rptOwnerName>
    # (CIK 0001562073 is "JMI Equity Fund IV Trust", 0001562120 "JMI Associates Euro IV Trust")
    rec = holdout_record(JMI)
    owners = [p for p in rec.parties if "reporting_owner" in [r.value for r in p.roles]]
    assert len(owners) == 10
    ciks = {p.name: [i.value for i in p.identifiers if i.scheme.value == "cik"] for p in owners}
    assert ciks["JMI Equity Fund IV Trust"] == ["0001562073"]
    assert ciks["JMI Euro Equity Fund IV Trust"] == ["0001562075"]
    assert ciks["JMI Associates IV Trust"] == ["0001562072"]
    assert ciks["JMI Associates Euro IV Trust"] == ["0001562120"]


@pytest.mark.parametrize("a, b, apart", [
    ("Acme Euro Equity Fund IV Trust", "Acme Equity Fund IV Trust", True),
    ("Acme Associates Euro IV Trust", "Acme Associates IV Trust", True),
    ("Beacon Global Growth Partners, L.P.", "Beacon Growth Partners, L.P.", True),
    ("Acme Capital Fund Partners, L.P.", "Acme Capital Partners, L.P.", False),  # glue word
    ("Acme Capital Partners", "Acme Capital", False),  # a word at the end: cut short
    ("Acme Equity Fund IV Trust", "Acme Equity Fund IV Trust, L.P.", False),
    ("Acme Fund II Trust", "Acme Fund Trust", False),  # numbers have their own veto
])
def test_same_filing_inserted_word(a, b, apart):
    assert (same_filing_inserted_word(analyze(a), analyze(b)) is not None) is apart


def test_party_book_keeps_a_twin_with_an_inserted_word_apart():
    book = PartyBook()
    fund = book.add("Acme Equity Fund IV Trust")
    assert book.add("Acme Euro Equity Fund IV Trust").id != fund.id
    assert book.add("Acme Equlty Fund IV Trust").id == fund.id  # OCR damage still links


def test_party_book_never_joins_two_ciks():
    book = PartyBook()
    a = book.add("Acme Equity Fund IV Trust", identifiers=_cik("1"))
    b = book.add("ACME EQUITY FUND IV TRUST", identifiers=_cik("2"))  # same name, other CIK
    assert a.id != b.id and [i.value for i in b.identifiers] == ["2"]
    assert book.add("Acme Equity Fund IV Trust", identifiers=_cik("0000000001")).id == a.id
    assert book.add("Acme Equity Fund IV Trust").id == a.id  # no CIK: the name decides


@pytest.mark.parametrize("a, b, verdict", [
    (["1562073"], ["0001562073"], True),
    (["1562073"], ["1562075"], False),
    (["1562073"], [], None),
])
def test_identifier_verdict(a, b, verdict):
    ids = lambda vs: [Identifier(scheme="cik", value=v) for v in vs]  # noqa: E731
    assert identifier_verdict(ids(a), ids(b))[0] is verdict


def test_resolver_never_merges_two_ciks_nor_one_filings_twins():
    ms = [Mention(id="f1#1", name="Acme Equity Fund IV Trust", filing="f1",
                  identifiers=tuple(_cik("1"))),
          Mention(id="f2#1", name="ACME EQUITY FUND IV TRUST", filing="f2",
                  identifiers=tuple(_cik("2"))),
          Mention(id="f3#1", name="Acme Equity Fund IV Trust", filing="f3"),
          Mention(id="f4#1", name="Beacon Equity Fund Trust", filing="f4"),
          Mention(id="f4#2", name="Beacon Euro Equity Fund Trust", filing="f4")]
    ent = resolve(ms).entity_of
    assert ent["f1#1"] != ent["f2#1"]
    assert ent["f4#1"] != ent["f4#2"]
    vetoes = [v.name for v in compare(ms[3], ms[4]).vetoes]
    assert "same_filing_inserted_word" in vetoes


# -- B: one direct line of several reporting owners, split by a footnote -------------------------

def _holdings(rec):
    names = party_names(rec)
    return {names[c.source]: c for c in rec.claims
            if c.relation.value == "beneficial_owner_of" and c.shares is not None}


def test_joint_direct_line_split_by_the_footnote():
    # line 256: <value>21845887</value> <footnoteId id="F3"/> (one line for the ten trusts);
    # line 271, F3: "(i) Fund IV Trust owns an aggregate of 3,242,469 shares of Common Stock and
    # GP IV Trust owns an aggregate of 810,617 shares of Common Stock, (ii) Fund IV (AI) Trust
    # owns an aggregate of 256,769 shares ... (iii) Euro Fund Trust owns an aggregate of
    # 1,035,366 shares ..."
    rec = holdout_record(JMI)
    held = _holdings(rec)
    assert {n: c.shares for n, c in held.items()} == {
        "JMI Equity Fund IV Trust": 3242469, "JMI Associates IV Trust": 810617,
        "JMI Equity Fund IV (AI) Trust": 256769, "JMI Associates IV (AI) Trust": 64192,
        "JMI Euro Equity Fund IV Trust": 1035366, "JMI Associates Euro IV Trust": 258842,
        "JMI Equity Fund V Trust": 12233551, "JMI Associates V Trust": 3058388,
        "JMI Equity Fund V (AI) Trust": 708554, "JMI Associates V (AI) Trust": 177139}
    assert sum(c.shares for c in held.values()) == 21845887
    assert all(c.direct is True for c in held.values())
    assert not [w for w in rec.warnings if w.code.startswith("joint-holding")]


def test_joint_direct_line_without_a_split_is_kept_joint_and_warned():
    from graphkit.parsers.ownership_xml import parse_ownership_xml
    from graphkit.source import SourceText
    xml = (HOLDOUT_DIR / JMI).read_text().replace('<footnoteId id="F3"/>', "")
    rec = parse_ownership_xml(SourceText("jmi.xml", xml))
    held = _holdings(rec)
    assert {c.shares for c in held.values()} == {21845887}
    assert all(c.note.startswith("joint: ") for c in held.values())
    warning, = [w for w in rec.warnings if w.code == "joint-holding"]
    assert warning.message.startswith("jmi.xml:2") and "10 reporting owners" in warning.message


@pytest.mark.parametrize("text, found", [
    ("(i) Acme Fund IV Trust owns an aggregate of 3,242,469 shares of Common Stock",
     ("Acme Fund IV Trust", "3,242,469")),
    ("and Acme GP IV Trust owns an aggregate of 810,617 shares", ("Acme GP IV Trust", "810,617")),
    ("(ii) Acme Fund (AI) Trust owns an aggregate of 256,769 shares", ("Acme Fund (AI) Trust", "256,769")),
    ("; Acme Partners, L.P. directly holds 500 shares", ("Acme Partners, L.P.", "500")),
    ("F3: Beta LLC beneficially owns a total of 1,000 shares", ("Beta LLC", "1,000")),
    ("Following the sale, Acme Fund held 500 shares", None),  # a past holding
    ("Acme Fund owns an interest in 500 shares", None),
    ("Following the sale, the Fund, which owns 500 shares", None),
])
def test_owner_amount_pattern(text, found):
    from graphkit.parsers.ownership_joint import OWNER_AMOUNT
    m = OWNER_AMOUNT.search(text)
    assert (m and (m["name"], m["shares"])) == found if found else m is None


@pytest.mark.parametrize("text, term", [
    ('distributed by Acme Fund IV (AI) Trust ("Fund IV (AI) Trust") and', "Fund IV (AI) Trust"),
    ('Acme Capital Fund II (QP), L.P. ("Fund (QP)")', "Fund (QP)"),
    ('Acme Capital Fund, L.P. ("ACF")', "ACF"),
    ('Acme Capital Fund, L.P. ("the (larger) fund")', None),  # no series mark
])
def test_defined_term_with_a_series_mark(text, term):
    m = DEFINED_TERM.search(text)
    assert (m["term"] if m else None) == term


# -- C: amounts owned that run on from one nature of ownership to the next ------------------------

def test_running_total_across_natures_is_one_holding():
    # line 271 (By 401(k) for spouse, bought 500): <value>5409</value>, the 4,909 of the row
    # before (By 401(k) Plan for self) + 500; line 315 (As custodian for daughter, bought 200):
    # <value>5609</value>; line 639, the last row: <value>6748</value>; F26 (line 681): "...
    # 500 shares held in an individual retirement account for the benefit of Mr. Ernst's
    # spouse; and 200 shares held as custodian for Mr. Ernst's daughter."
    rec = holdout_record("ernst_ufcs_2009_form4a.xml")
    held = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"]
    assert [(c.shares, c.direct) for c in held] == [(6748, False)]
    assert held[0].note.startswith("total of every nature of ownership (By 401(k) Plan for self")
    warning, = [w for w in rec.warnings if w.code == "running-total"]
    assert warning.line == 639


def _row(nature, shares, acquired, after):
    from graphkit.parsers.ownership_running import TransactionRow
    return TransactionRow(nature=nature, shares=shares, acquired=acquired, owned_after=after)


@pytest.mark.parametrize("rows, running", [
    # one total: each change of nature continues the row before
    ([("self", 100, False, 900), ("spouse", 500, True, 1400), ("trust", 200, True, 1600)], True),
    # approximate plan amounts drift within a nature; the changes still continue
    ([("self", 100, False, 900), ("child", 50, False, 850), ("self", 10, True, 862),
      ("spouse", 500, True, 1362)], True),
    # independent holdings: each nature continues its own amount
    ([("self", 100, False, 900), ("spouse", 500, True, 1400), ("self", 100, False, 800),
      ("spouse", 100, False, 1300)], False),
    # one change that continues is chance
    ([("self", 100, False, 900), ("spouse", 500, True, 1400)], False),
    # no transaction shares: nothing to compare
    ([("self", None, None, 900), ("spouse", None, None, 1400), ("trust", None, None, 1600)], False),
])
def test_runs_on(rows, running):
    from graphkit.parsers.ownership_running import runs_on
    assert runs_on([_row(*r) for r in rows]) is running


# -- A: defined terms of Form D clarifications and the chains of general partners they name ------

STONEPEAK = "stonepeak_credit_feeder_2026_d.xml"


def test_clarification_terms_name_the_general_partner_chain():
    rec = holdout_record(STONEPEAK)
    gp = relation_pairs(rec, "general_partner_of")
    assert gp == {
        # line 54: The general partner of the Issuer (the &quot;GP&quot;)
        ("Stonepeak Credit Associates II LP",
         "Stonepeak Infrastructure Credit Fund II Rated Note Feeder LP"),
        # line 72: The general partner of the GP (&quot;GP of the GP&quot;)
        ("Stonepeak Credit GP Investors II LP", "Stonepeak Credit Associates II LP"),
        # line 90: The general partner of the GP of the GP (&quot;Holdings&quot;)
        ("Stonepeak GP Investors Holdings LP", "Stonepeak Credit GP Investors II LP"),
        # line 108: The general partner of Holdings (&quot;Upper Holdings&quot;)
        ("Stonepeak GP Investors Upper Holdings LP", "Stonepeak GP Investors Holdings LP"),
        # line 126: The general partner of Upper Holdings (&quot;Holdings Manager&quot;)
        ("Stonepeak GP Investors Holdings Manager LLC", "Stonepeak GP Investors Upper Holdings LP"),
    }
    terms = {p.name: [a.name for a in p.aliases if a.how.value == "defined_term"]
             for p in rec.parties}
    # "Holdings" is bound (the chain above) but a generic word is no alias
    # (graphkit.parsers.generic_terms); "GP of the GP" stays one
    assert terms["Stonepeak GP Investors Holdings LP"] == []
    assert terms["Stonepeak Credit GP Investors II LP"] == ["GP of the GP"]


def test_signer_title_of_a_defined_term():
    # line 286-287: <nameOfSigner>Adrienne Saunders</nameOfSigner>
    # <signatureTitle>SR Mging Director, GC and CCO of Holdings Manager</signatureTitle>
    rec = holdout_record(STONEPEAK)
    names = party_names(rec)
    officer = [(names[c.target], c.title) for c in rec.claims if c.relation.value == "officer_of"
               and names[c.source] == "Adrienne Saunders"]
    assert ("Stonepeak GP Investors Holdings Manager LLC", "SR Mging Director, GC and CCO") in officer


@pytest.mark.parametrize("text, term", [
    ('The general partner of the Issuer (the "GP")', "GP"),
    ('The general partner of the GP ("GP of the GP")', "GP of the GP"),
    ("Investment manager (“Manager”).", "Manager"),
    ('General Partner ("GP") of the Issuer', None),  # a term not at the end is another's
    ("Managing Member of the General Partner", None),
])
def test_clarification_term_pattern(text, term):
    from graphkit.parsers.formd_terms import CLARIFICATION_TERM
    m = CLARIFICATION_TERM.search(text)
    assert (m["term"] if m else None) == term


@pytest.mark.parametrize("text, role, ref", [
    ("The general partner of Holdings", "general partner", "Holdings"),
    ("general partner of the GP of the GP", "general partner", "the GP of the GP"),
    ("Sole Managing Member of Upper Holdings.", "Managing Member", "Upper Holdings"),
    ("Chief Financial Officer", None, None),
    ("Director", None, None),
])
def test_role_of_reference_pattern(text, role, ref):
    from graphkit.parsers.formd_terms import ROLE_OF_REFERENCE
    m = ROLE_OF_REFERENCE.match(text)
    assert ((m["role"], m["ref"]) if m else (None, None)) == (role, ref)


def test_chain_without_terms_and_unknown_references():
    from graphkit.parsers.formd_terms import resolve_role_targets
    clar = {"p1": "General Partner of the Fund",
            "p2": "general partner of the general partner",
            "p3": "General Partner of the general partner of the general partner",
            "p4": "Manager of Beacon Holdings"}  # names no related person: nothing
    got = {k: (r.value, t) for k, (r, t) in resolve_role_targets(clar, ["p1"]).items()}
    assert got == {"p1": ("general_partner_of", "issuer"), "p2": ("general_partner_of", "p1"),
                   "p3": ("general_partner_of", "p2")}


@pytest.mark.parametrize("title, hit", [
    ("SR Managing Director, GC and CCO of Holdings Manager",
     ("officer_of", "SR Managing Director, GC and CCO", "p5")),
    ("Managing Director of the Holdings Manager", ("officer_of", "Managing Director", "p5")),
    ("Sole Managing Member of Holdings Manager", ("managing_member_of", None, "p5")),
    ("President", None),
    ("President of Beacon Corp", None),
])
def test_title_at_term(title, hit):
    from graphkit.parsers.formd_terms import title_at_term
    got = title_at_term(title, {"holdings manager": "p5"})
    assert (got and (got[0].value, *got[1:])) == hit


# -- H: the issuer's former names -------------------------------------------------------------

def test_issuer_previous_name_is_a_former_name_alias():
    # line 22-24: <issuerPreviousNameList><previousName>Canopy Technologies Inc.</previousName>
    # line 25-27: <edgarPreviousNameList><value>None</value> (no name)
    rec = holdout_record("notion_labs_2020_d.xml")
    issuer = rec.party(rec.issuer.party_id)
    assert [(a.name, a.how.value) for a in issuer.aliases] == [
        ("Canopy Technologies Inc.", "former_name")]


@pytest.mark.parametrize("inner, names", [
    ("<issuerPreviousNameList><previousName>Beacon Tech Inc.</previousName>"
     "<previousName>Beacon Labs LLC</previousName></issuerPreviousNameList>",
     ["Beacon Tech Inc.", "Beacon Labs LLC"]),
    ("<previousName>Beacon Tech Inc.</previousName>", ["Beacon Tech Inc."]),  # older schemas
    ("<edgarPreviousNameList><value>Beacon Tech Inc</value></edgarPreviousNameList>",
     ["Beacon Tech Inc"]),
    ("<issuerPreviousNameList><value>None</value></issuerPreviousNameList>"
     "<edgarPreviousNameList><value>N/A</value></edgarPreviousNameList>", []),
])
def test_previous_name_paths(inner, names):
    from graphkit.parsers.formd_xml import parse_formd_xml
    from graphkit.source import SourceText
    xml = (f"<edgarSubmission><primaryIssuer><entityName>Acme Labs, Inc.</entityName>{inner}"
           "</primaryIssuer></edgarSubmission>")
    rec = parse_formd_xml(SourceText(path="d.xml", text=xml))
    assert [a.name for a in rec.party("issuer").aliases] == names
