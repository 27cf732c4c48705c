"""Control sentences read across filers and eras (session 45, px45).

Real filing: the 2006 13D/A of Marxe and Greenhouse on Remedent
(``fixtures/filings/2006_SC_13DA_1078037.txt``), Item 2, lines 207-213: "... the general partner
of and investment adviser to Special Situation Fund III QP, L.P. AWM also is the general partner
of and investment adviser to Special Situations Cayman Fund, L.P. (?Cayman?)." The sentence was
not parted after "L.P." and "also is" was no verb of a role: AWM's two roles over the Cayman
fund were lost, and the subject once read was "... QP, L.P. AWM" (another fund's name).

The 1998 13D/A of the Gastons on Boston Celtics LP (corpus
``13d/celtics_gaston_1998_sc13da.txt``), Item 5, lines 426-429 (the sentence opens at "Mr. Gaston
and Ms. Gaston each own"): "Paul E. Gaston, the son of Mr. and Ms. Gaston, is the sole
stockholder, officer and director of the general partner of Walcott." A list of roles in a party
named by a role, after a kinship aside: read as three roles in "the general partner of Walcott";
the filing names no general partner of Walcott, so each is warned unbound (not bound to a guess).

The 2000 13G/A of Idanta Partners on Hi/fn (``fixtures/filings/cover/2000_SC_13GA_1065246.txt``,
corpus ``13g/idanta_hifn_2000_sc13ga.txt``), lines 315-318: "Idanta Partners Ltd. is referred to
as "IPL", Dunn Family Trust, David J. Dunn, Trustee, are referred to as "DFT" and "DJD,"
respectively, and Jonathan Huberman is referred to as "JH"." No term was read: "DFT, a general
partner of IPL" was warned unbound (prose-holder-unbound).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_referred_terms import REFERRED_TO_EACH, referred_terms
from graphkit.parsers.prose_terms import find_defined_terms
from graphkit.parsers.prose_openings import LEGAL_STOP_BEFORE_NAME, clause_subjects
from graphkit.parsers.prose_patterns import HOLDER_IS_ROLE_OF
from graphkit.parsers.prose_role_of_role import HOLDER_ROLE_OF_ROLE, find_role_of_roles
from graphkit.source import SourceText
from tests.conftest import corpus_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def rels(text):
    return sorted((f.relation.value, f.holder, f.held)
                  for f in find_relationships(SourceText(path="t.txt", text=text)))


def claims_by_name(rec):
    names = {p.id: p.name for p in rec.parties}
    return [(names[c.source], c.relation.value, names[c.target], c) for c in rec.claims]


# --- 1. "X also is the general partner of and investment adviser to Y" --------------------------

@pytest.mark.parametrize("text, expected", [
    ("ACL also is the general partner of and investment adviser to Roe Cayman Fund, L.P.",
     [("general_partner_of", "ACL", "Roe Cayman Fund, L.P."),
      ("investment_manager_of", "ACL", "Roe Cayman Fund, L.P.")]),
    ("ACL also serves as the general partner of Roe Fund, L.P.",
     [("general_partner_of", "ACL", "Roe Fund, L.P.")]),
    # the sentence before not parted after its legal form: the subject is the term after it
    ("Acme GP LLC is the adviser to Roe Fund, L.P. ACL also is the general partner of Doe "
     "Fund, L.P.",
     [("general_partner_of", "ACL", "Doe Fund, L.P."),
      ("investment_manager_of", "Acme GP LLC", "Roe Fund, L.P")]),
    # no verb: "also" alone reads nothing
    ("ACL also the general partner of Roe Fund, L.P.", []),
])
def test_also_is_role_of(text, expected):
    assert rels(text) == expected


def test_also_is_pattern():
    m = HOLDER_IS_ROLE_OF.search("ACL also is the general partner of Roe Fund, L.P.")
    assert (m["holder"], m["role"]) == ("ACL", "the general partner")
    assert HOLDER_IS_ROLE_OF.search("ACL also the general partner of Roe Fund, L.P.") is None


def test_legal_stop_before_term():
    flat = "the adviser to Roe Fund, L.P. ACL also is the general partner"
    assert clause_subjects(flat, flat.index("Roe"), flat.index(" also")) == ["ACL"]
    assert LEGAL_STOP_BEFORE_NAME.search("Roe Fund, L.P. ACL")
    assert not LEGAL_STOP_BEFORE_NAME.search("Roe Ross & Co. LLC")
    # one name after a word whose object it is, no stop inside: kept whole
    flat = "the adviser to Roe Fund LP is the general partner"
    assert clause_subjects(flat, flat.index("Roe"), flat.index(" is")) == ["Roe Fund LP"]


def test_remedent_cayman_fund_roles():
    rec = parse_path(FIXTURES / "2006_SC_13DA_1078037.txt").records[0]
    got = [(h, r, c) for h, r, t, c in claims_by_name(rec)
           if t == "Special Situations Cayman Fund, L.P." and r != "beneficial_owner_of"]
    assert sorted((h, r) for h, r, _ in got) == [
        ("AWM Investment Company, Inc.", "general_partner_of"),
        ("AWM Investment Company, Inc.", "investment_manager_of")]
    for _, _, c in got:
        assert [(e.line, e.end_line) for e in c.evidence] == [(207, 213)]
        assert "L.P. AWM also is the general partner of and investment adviser to" \
            in c.evidence[0].text
    # the other fund is no general partner of the Cayman fund
    assert not [h for h, r, t, _ in claims_by_name(rec)
                if h.startswith("Special Situations Fund III") and r != "beneficial_owner_of"]


# --- 2. "X, the son of Y, is the sole stockholder, officer and director of the GP of Z" --------

def role_of_roles(text):
    return [(f.relation.value, f.holder, f.held, f.title)
            for f in find_role_of_roles(SourceText(path="t.txt", text=text))]


@pytest.mark.parametrize("text, expected", [
    ("John Roe, the son of Mr. and Ms. Roe, is the sole stockholder, officer and director of "
     "the general partner of Roe Partners.",
     [("shareholder_of", "John Roe", "the general partner of Roe Partners", None),
      ("officer_of", "John Roe", "the general partner of Roe Partners", "Officer"),
      ("director_of", "John Roe", "the general partner of Roe Partners", None)]),
    # set off by commas, no verb: still the son, not "Ms. Roe"
    ("John Roe, the son of Mr. and Ms. Roe, the sole stockholder of the general partner of Roe "
     "Partners, may be deemed to own the Units.",
     [("shareholder_of", "John Roe", "the general partner of Roe Partners", None)]),
    # an aside that is no kinship is no holder's aside
    ("John Roe, the owner of Acme Corp., is the sole stockholder of the general partner of Roe "
     "Partners.", []),
])
def test_roles_of_role_after_kin(text, expected):
    assert role_of_roles(text) == expected


def test_roles_of_role_pattern():
    m = HOLDER_ROLE_OF_ROLE.search("Jane Roe, the daughter of John Roe, is the president and "
                                   "director of the general partner of Roe Fund LP.")
    assert (m["holder"], m["role"], m["held"]) == (
        "Jane Roe", "the president and director", "the general partner of Roe Fund LP.")


def test_celtics_walcott_general_partner():
    path = corpus_file("13d/celtics_gaston_1998_sc13da.txt")
    text = path.read_text(errors="replace")
    found = [(f.relation.value, f.holder, f.held, f.evidence.line)
             for f in find_role_of_roles(SourceText(path=str(path), text=text))]
    assert found == [(rel, "Paul E. Gaston", "the general partner of Walcott", 426)
                     for rel in ("shareholder_of", "officer_of", "director_of")]
    rec = parse_path(path).records[0]
    unbound = [w for w in rec.warnings if w.code == "prose-held-unbound"
               and "the general partner of Walcott" in w.message]
    assert [w.line for w in unbound] == [426, 426, 426]
    # no party is made of the role reference, and Paul E. Gaston holds no role of a guess
    assert not [p for p in rec.parties if "general partner of" in p.name]
    assert not [c for h, r, t, c in claims_by_name(rec)
                if h == "Paul E. Gaston" and r != "beneficial_owner_of"]


# --- 3. 'A, B, Trustee, are referred to as "X" and "Y," respectively' ---------------------------

@pytest.mark.parametrize("flat, expected", [
    ('As defined in the previous filing, Acme Partners Ltd. is referred to as "APL", Roe Family '
     'Trust, Jane Roe, Trustee, are referred to as "RFT" and "JR," respectively, and John Doe is '
     'referred to as "JD".',
     [("Acme Partners Ltd.", "APL"), ("Roe Family Trust", "RFT"), ("Jane Roe", "JR"),
      ("John Doe", "JD")]),
    # out of order: no term is the short form of the name paired with it
    ('Roe Family Trust and Jane Roe are referred to as "JR" and "RFT," respectively.', []),
    # two terms with no "respectively": which is whose is not told
    ('Roe Family Trust and Jane Roe are referred to as "RFT" and "JR".', []),
    # a group's term: left to the collective terms
    ('Acme Fund LP and Beta Fund LP are referred to as the "Funds".', []),
])
def test_referred_terms(flat, expected):
    assert referred_terms(flat) == expected


def test_referred_to_each_pattern():
    m = REFERRED_TO_EACH.search('Roe Family Trust, Jane Roe, Trustee, are referred to as "RFT" '
                                'and "JR," respectively')
    assert m["terms"] == '"RFT" and "JR,"' and m["resp"]
    assert REFERRED_TO_EACH.search('A and B are together referred to as the "Funds"') is None


def test_idanta_dunn_terms_bind():
    path = FIXTURES / "cover" / "2000_SC_13GA_1065246.txt"
    src = SourceText(path=str(path), text=path.read_text(errors="replace"))
    terms = {(t.term, t.name, t.evidence.line) for t in find_defined_terms(src)}
    assert {("DFT", "Dunn Family Trust", 315), ("DJD", "David J. Dunn", 315),
            ("IPL", "Idanta Partners Ltd.", 315), ("JH", "Jonathan Huberman", 315)} <= terms
    rec = parse_path(path).records[0]
    assert "prose-holder-unbound" not in {w.code for w in rec.warnings}
    got = {(h, r, t) for h, r, t, _ in claims_by_name(rec)}
    assert {("The Dunn Family Trust", "general_partner_of", "Idanta Partners Ltd."),
            ("David J. Dunn", "trustee_of", "The Dunn Family Trust")} <= got
