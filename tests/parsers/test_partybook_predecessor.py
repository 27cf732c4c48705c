"""A predecessor of the same name as a party of the filing is a party of its own.

"Acme Storage, Inc. (the "Reporting Person") ... a California corporation known as Acme Storage,
Inc. ("Old ASI"). Old ASI was a wholly-owned subsidiary of ASI Holdings, Inc.": the filer is the
new Acme Storage, Inc.; "Old ASI" was bound to it, and ASI Holdings became its parent (a false
control chain over the filer). The term now names "Acme Storage, Inc. (Old ASI)", which the
party book and the resolver keep apart from the filer.
"""

from __future__ import annotations

import pytest

from graphkit.models import Evidence
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_predecessor import (
    FILER_IDENTITY, PREDECESSOR_TERM, ROLE_TERM, SAME_ENTITY, is_predecessor_term,
    predecessor_name, predecessor_terms)
from graphkit.parsers.prose_terms import DefinedTerm
from graphkit.parsers.schedule13_text import parse_schedule13_text
from graphkit.parsers.xmldoc import add_party, add_prose_claims
from graphkit.source import SourceText
from resolvers.compare import compare


def _cover(name: str) -> str:
    return (f"1. Names of Reporting Persons.  {name}\n"
            "4. Citizenship or Place of Organization  California\n"
            "5. Sole Voting Power 1,000 6. Shared Voting Power 0\n"
            "9. Aggregate Amount Beneficially Owned by Each Reporting Person 1,000\n"
            "11. Percent of Class Represented by Amount in Row (9) 5.0%\n"
            "14. Type of Reporting Person CO\n")


def _parsed(filer: str, prose: str):
    text = ("SCHEDULE 13D\nZeta Properties, Inc.\n(Name of Issuer)\n" + _cover(filer)
            + "Item 2. Identity and Background.\n" + prose + "\n")
    return parse_schedule13_text(SourceText(path="x.txt", text=text))


def _pairs(rec) -> set[tuple[str, str, str]]:
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims}


def _terms(rec) -> dict[str, list[str]]:
    return {p.name: sorted(a.name for a in p.aliases if a.how.value == "defined_term")
            for p in rec.parties}


OLD_ASI = ('This Statement is filed on behalf of Acme Storage, Inc. (the "Reporting Person"), a '
           'California corporation. On May 1, 1995, Acme Management, Inc. ("AMI") was merged (the '
           '"AMI Merger") with and into the Reporting Person. Prior to the AMI Merger, AMI was a '
           'subsidiary of a California corporation known as Acme Storage, Inc. ("Old ASI"). Old '
           'ASI was a wholly-owned subsidiary of ASI Holdings, Inc. ("ASH"), a California '
           'corporation owned by Jane Roe.')


# --- the pattern and the rule ------------------------------------------------------------------

@pytest.mark.parametrize("term", [
    "Old ASI", "Old Acme", "Acme (Old)", "OLD ACME", "the Old Acme Fund"])
def test_predecessor_term_pattern_matches(term):
    assert PREDECESSOR_TERM.match(term)


@pytest.mark.parametrize("term", [
    "New Acme", "Acme", "Old", "Reporting Person", "Acme Old Fund", "Olden Acme",
    "Old A B C D E",  # five words after the marker: no short form
    # filings call so a company that still exists (review s25-old-2): bound as any term
    "Former Acme", "Predecessor Acme", "the Predecessor", "Predecessor", "Predecessor Company"])
def test_predecessor_term_pattern_does_not_match(term):
    assert not PREDECESSOR_TERM.match(term)


@pytest.mark.parametrize("term, name, expected", [
    ("Old ASI", "Acme Storage, Inc.", True),          # initials
    ("Old Acme", "Acme Widgets Corp.", True),         # a word of the name
    ("Old AWC", "Acme Widgets Corp.", True),
    ("Acme (Old)", "Acme Corp.", True),
    ("Former AWC", "Acme Widgets Corp.", False),      # "Former"/"Predecessor": may still exist
    ("Predecessor Acme", "Acme Corp.", False),
    ("the Predecessor", "Acme Corp.", False),
    ("Predecessor Partnership", "Acme Partners, L.P.", False),
    ("New Acme", "Acme Corp.", False),                # the current company: bound as usual
    ("Old Harbor", "Old Harbor Bancorp", False),      # a company's name that starts with Old
    ("Old Harbor Bancorp", "Old Harbor Bancorp", False),
    ("Former Trustee", "Acme Bank, N.A.", False),     # a role the same bank no longer holds
    ("Former General Partner", "Acme Management LLC", False),
    ("Old Notes", "Acme Corp.", False),               # securities
    ("Old Beta", "Acme Corp.", False),                # no short form of this name
    ("Old Roe", "Jane Roe", False),                   # a person
])
def test_is_predecessor_term(term, name, expected):
    assert is_predecessor_term(term, name) is expected


@pytest.mark.parametrize("term, expected", [
    ("Old ASI", "Acme Storage, Inc. (Old ASI)"),
    ("Acme (Old)", "Acme Storage, Inc. (Old)"), ("Old  ASI", "Acme Storage, Inc. (Old ASI)")])
def test_predecessor_name(term, expected):
    assert predecessor_name("Acme Storage, Inc.", term) == expected


def _defined(term: str, name: str, at: int) -> DefinedTerm:
    return DefinedTerm(term=term, name=name,
                       evidence=Evidence(source="x.txt", line=at, start=at, end=at + 10))


def test_predecessor_terms_need_another_definition_of_the_name():
    filer = _defined("Reporting Person", "Acme Storage, Inc.", 1)
    old = _defined("Old ASI", "Acme Storage, Inc.", 50)
    assert predecessor_terms([filer, old]) == [old]
    assert predecessor_terms([old]) == []  # the only Acme Storage of the filing: as today
    # two terms of one sentence ('Acme Corp. (the "Company" or "Old Acme")') name one party
    same = _defined("Company", "Acme Storage, Inc.", 50)
    assert predecessor_terms([same, old]) == []
    # another name: no clash
    assert predecessor_terms([_defined("Reporting Person", "Beta Inc.", 1), old]) == []
    # a predecessor term does not make another one a former company's
    assert predecessor_terms([_defined("Acme (Old)", "Acme Storage, Inc.", 1), old]) == []


# --- the party book ----------------------------------------------------------------------------

def test_bind_former_keeps_the_former_company_apart():
    book = PartyBook()
    filer = book.add("Acme Storage, Inc.", role="reporting_person")
    old = book.bind_former("Old ASI", "Acme Storage, Inc.")
    assert old.id != filer.id and old.name == "Acme Storage, Inc. (Old ASI)"
    assert [a.name for a in old.aliases] == ["Old ASI"]
    assert book.lookup("Old ASI").id == old.id
    assert book.lookup("Acme Storage, Inc. (Old ASI)").id == old.id
    for spelling in ("Acme Storage, Inc.", "ACME STORAGE INC", "Acme Storage. Inc"):
        assert book.lookup(spelling).id == filer.id, spelling  # (fuzzy never reaches it)
    assert book.add("ACME STORAGE, INC.", how="signature").id == filer.id


def test_bind_former_before_the_current_party_is_named():
    book = PartyBook()
    old = book.bind_former("Old ASI", "Acme Storage, Inc.")
    filer = book.add("Acme Storage Inc", role="reporting_person")
    assert filer.id != old.id and filer.name == "Acme Storage Inc"


# --- filings -----------------------------------------------------------------------------------

def test_old_term_of_the_filers_name_is_its_own_party():
    rec = _parsed("Acme Storage, Inc.", OLD_ASI)
    assert _pairs(rec) == {
        ("ASI Holdings, Inc.", "parent_of", "Acme Storage, Inc. (Old ASI)"),
        ("Acme Storage, Inc.", "beneficial_owner_of", "Zeta Properties, Inc.")}
    assert _terms(rec)["Acme Storage, Inc."] == ["Reporting Person"]
    assert _terms(rec)["Acme Storage, Inc. (Old ASI)"] == ["Old ASI"]


def test_the_real_passage():
    # a 1996 Schedule 13D (l.233-254): the filer is the new Public Storage, Inc.
    prose = (
        'This Statement on Schedule 13D is filed on behalf of Public Storage,\nInc. (the '
        '"Reporting Person"), a California corporation formerly known as\nStorage Equities, '
        'Inc. ("SEI"). On November 16, 1995, Public Storage Management,\nInc. ("PSMI"), a '
        'corporation controlled by B. Wayne Hughes and members of his\nfamily (collectively, '
        'the "Hughes Family"), was merged (the "PSMI Merger") with\nand into SEI, which then '
        'changed its name to Public Storage, Inc. Prior to the\nPSMI Merger, PSMI was a '
        'subsidiary of a California corporation known as Public\nStorage, Inc. ("Old PSI"). '
        'Old PSI was a wholly-owned subsidiary of PSI\nHoldings, Inc. ("PSH"), a California '
        'corporation owned and controlled by the\nHughes Family. Prior to the PSMI Merger, Old '
        'PSI merged with and into PSH, which\nwas followed by the merger of PSH with and into '
        'PSMI.')
    pairs = _pairs(_parsed("Public Storage, Inc.", prose))
    assert ("PSI Holdings, Inc.", "parent_of", "Public Storage, Inc. (Old PSI)") in pairs
    assert not any(r == "parent_of" and t == "Public Storage, Inc." for _, r, t in pairs)


@pytest.mark.parametrize("define, term", [
    ('a Delaware corporation known as Acme Corp. ("Old AC")', "Old AC"),
    ('a Delaware corporation known as Acme Corp. ("Old Acme")', "Old Acme"),
])
def test_other_predecessor_terms(define, term):
    rec = _parsed("Acme Corp.", 'This statement is filed by Acme Corp. (the "Reporting Person"). '
                  f'Beta Inc. merged into {define}. {term} was a wholly-owned subsidiary of '
                  'Beta Holdings LLC.')
    qualifier = term.removeprefix("The ")
    assert _pairs(rec) == {
        ("Beta Holdings LLC", "parent_of", f"Acme Corp. ({qualifier})"),
        ("Acme Corp.", "beneficial_owner_of", "Zeta Properties, Inc.")}


@pytest.mark.parametrize("filer, prose, parent", [
    # no clash: the former company is the only one of its name
    ("Beta Inc.", 'This statement is filed by Beta Inc. (the "Reporting Person"). Acme Corp. '
     '("Old Acme") merged into Beta Inc. in 1995. Old Acme was a wholly-owned subsidiary of '
     'Gamma Holdings, Inc.', ("Gamma Holdings, Inc.", "parent_of", "Acme Corp.")),
    # the filer calls itself so, and defines its name once
    ("Acme Corp.", 'This statement is filed by Acme Corp. ("Old Acme"). Old Acme is a '
     'wholly-owned subsidiary of Beta Holdings LLC.',
     ("Beta Holdings LLC", "parent_of", "Acme Corp.")),
    # a company whose name starts with "Old"
    ("Old Harbor Bancorp", 'This statement is filed by Old Harbor Bancorp (the "Reporting '
     'Person"). Old Harbor Bancorp ("Old Harbor") is a wholly-owned subsidiary of Harbor '
     'Holdings, Inc.', ("Harbor Holdings, Inc.", "parent_of", "Old Harbor Bancorp")),
    # "New Acme" is the current company
    ("Acme Corp.", 'This statement is filed by Acme Corp. (the "Reporting Person"). Acme Corp. '
     '("New Acme") is a wholly-owned subsidiary of Beta Holdings LLC.',
     ("Beta Holdings LLC", "parent_of", "Acme Corp.")),
])
def test_bound_as_before(filer, prose, parent):
    rec = _parsed(filer, prose)
    assert parent in _pairs(rec)
    assert not [p.name for p in rec.parties if p.name.endswith(")")]


def test_former_role_and_old_notes_are_no_former_company():
    rec = _parsed("Acme Bank, N.A.", 'This statement is filed by Acme Bank, N.A. (the '
                  '"Reporting Person"). Acme Bank, N.A. (the "Former Trustee") was replaced as '
                  'trustee by Beta Trust Company. The 8% Notes of Acme Bank, N.A. (the "Old '
                  'Notes") were exchanged.')
    assert [p.name for p in rec.parties] == ["Zeta Properties, Inc.", "Acme Bank, N.A."]
    assert _terms(rec)["Acme Bank, N.A."] == ["Former Trustee", "Reporting Person"]


def test_prior_to_an_event_was_a_subsidiary_gives_nothing():
    rec = _parsed("Acme Holdings Corp.", 'This statement is filed by Acme Holdings Corp. (the '
                  '"Reporting Person"). Prior to the merger, Acme Widgets Inc. was a '
                  'wholly-owned subsidiary of Acme Holdings Corp.')
    assert _pairs(rec) == {("Acme Holdings Corp.", "beneficial_owner_of", "Zeta Properties, Inc.")}


def test_xml_prose_binds_the_former_company_apart():
    def claims_of(item: str) -> list[tuple[str, str, str]]:
        book = PartyBook()
        issuer = add_party(book, "Zeta Properties, Inc.", roles=["issuer"])
        filers = [add_party(book, "Acme Storage, Inc.", roles=["reporting_person"])]
        claims: list = []
        assert add_prose_claims([SourceText("x.xml", item)], book, claims, issuer.id,
                                filers=filers) == []
        return [(book.get(c.source).name, c.relation.value, book.get(c.target).name)
                for c in claims]
    assert claims_of('Acme Storage, Inc. (the "Reporting Person") files this statement. A '
                     'California corporation known as Acme Storage, Inc. ("Old ASI") was merged '
                     'into AMI. Old ASI was a wholly-owned subsidiary of ASI Holdings, Inc. '
                     '("ASH").') == [("ASI Holdings, Inc.", "parent_of",
                                      "Acme Storage, Inc. (Old ASI)")]
    assert claims_of('Acme Storage, Inc. ("Old ASI") files this statement. Old ASI is a '
                     'wholly-owned subsidiary of ASI Holdings, Inc. ("ASH").') == [
        ("ASI Holdings, Inc.", "parent_of", "Acme Storage, Inc.")]


@pytest.mark.parametrize("other, same", [
    ("Acme Storage, Inc.", False), ("ACME STORAGE INC", False), ("Acme Storage Inc", False),
    ("Acme Storage, Inc. (Old ASI)", True)])
def test_resolver_keeps_the_former_company_apart(other, same):
    assert compare("Acme Storage, Inc. (Old ASI)", other, "organization").same is same


# --- round 2: a former role is no former company -----------------------------------------------

@pytest.mark.parametrize("short", [
    "GP", "G.P.", "General Partner", "Acme GP", "Manager", "Investment Manager", "Adviser",
    "Advisor", "Sponsor", "Trustee", "Managing Member", "IM", "MM", "LP", "Parent", "Holder"])
def test_role_term_matches(short):
    assert ROLE_TERM.search(short)


@pytest.mark.parametrize("short", [
    "Acme", "ASI", "Acme LP", "Acme Partners", "Acme Holdings", "Acme Trust", "Acme Management",
    "Acme Advisors"])
def test_role_term_does_not_match(short):
    assert not ROLE_TERM.search(short)


@pytest.mark.parametrize("term, name", [
    ("Former GP", "Acme GP, LLC"), ("Former GP", "Acme Capital III GP LLC"),
    ("Former General Partner", "Acme General Partner LLC"), ("Former Manager", "Acme Manager LLC"),
    ("Former Adviser", "Acme Adviser LLC"), ("Former Sponsor", "Acme Sponsor LLC"),
    ("Former Trustee", "Acme Trustee Company"), ("Predecessor Trustee", "Acme Trustee Company"),
    ("Old Acme GP", "Acme GP, LLC"), ("Former LP", "Acme LP"), ("Former IM", "Acme IM LLC")])
def test_a_former_role_is_no_predecessor(term, name):
    assert is_predecessor_term(term, name) is False


def test_a_predecessor_lp_is_one():
    assert is_predecessor_term("Old Acme LP", "Acme LP") is True


def test_former_gp_of_a_named_party_binds_to_it():
    # v14 of the review: the GP's own name, no former company
    rec = _parsed("Acme Storage, Inc.", 'This Statement is filed on behalf of Acme Storage, Inc. '
                  '(the "Reporting Person"), a California corporation, and Acme GP, LLC ("Acme '
                  'GP"). On May 1, 1996, Acme GP, LLC (the "Former GP") resigned as general '
                  'partner of Beta Partners Ltd. The Former GP is a wholly-owned subsidiary of the '
                  'Reporting Person.')
    assert ("Acme Storage, Inc.", "parent_of", "Acme GP, LLC") in _pairs(rec)
    assert not [p.name for p in rec.parties if p.name.endswith(")")]
    assert _terms(rec)["Acme GP, LLC"] == ["Acme GP", "Former GP"]


def _xml_claims(item: str, filers: tuple[str, ...] = ("Acme Storage, Inc.",)):
    book = PartyBook()
    issuer = add_party(book, "Zeta Properties, Inc.", roles=["issuer"])
    parties = [add_party(book, f, roles=["reporting_person"]) for f in filers]
    claims: list = []
    warnings = add_prose_claims([SourceText("x.xml", item)], book, claims, issuer.id,
                                filers=parties)
    return ({(book.get(c.source).name, c.relation.value, book.get(c.target).name)
             for c in claims}, [p.name for p in book.parties], [w.code for w in warnings])


def test_xml_former_gp_binds_to_the_gp():
    # x2 of the review: a control chain over a reporting person is kept
    claims, parties, _ = _xml_claims(
        'This joint statement is filed by Jane Roe, Acme Capital GP LLC (the "GP"), and Acme '
        'Capital Fund, L.P. (the "Fund"). The GP is the sole general partner of the Fund. Acme '
        'Capital GP LLC (the "Former GP") was until 2020 the general partner of Delta Fund, L.P. '
        'The Former GP is a wholly-owned subsidiary of Acme Holdings LLC.',
        ("Jane Roe", "Acme Capital GP LLC", "Acme Capital Fund, L.P."))
    assert ("Acme Holdings LLC", "parent_of", "Acme Capital GP LLC") in claims
    assert not [p for p in parties if p.endswith(")")]


# --- round 2: the filer itself named first by the predecessor term ------------------------------

def test_predecessor_terms_need_the_other_definition_first():
    old = _defined("Old ASI", "Acme Storage, Inc.", 1)
    later = _defined("Surviving Corporation", "Acme Storage, Inc.", 50)
    assert predecessor_terms([old, later]) == []
    filer = _defined("Company", "Acme Storage, Inc.", 0)
    assert predecessor_terms([filer, old, later]) == [old]
    # ... or the later one to be the filer's identity (v10 of the review)
    clauses = {"Old ASI": 'a California corporation known as Acme Storage, Inc. ("Old ASI")',
               "Reporting Person": 'This Statement is filed on behalf of Acme Storage, Inc. (the '
                                   '"Reporting Person")'}
    rp = _defined("Reporting Person", "Acme Storage, Inc.", 80)
    assert predecessor_terms([old, rp], lambda t: clauses[t.term]) == [old]


@pytest.mark.parametrize("clause, split", [
    ('This Statement is filed on behalf of Acme Storage, Inc. ("Old ASI")', False),
    ('This joint statement is being filed jointly by Acme Storage, Inc. ("Old ASI")', False),
    ('Acme Storage, Inc. (the "Old ASI") was reincorporated in 1995 and is the same entity', False),
    ('a California corporation known as Acme Storage, Inc. ("Old ASI")', True)])
def test_predecessor_terms_read_the_defining_clause(clause, split):
    filer = _defined("Company", "Acme Storage, Inc.", 0)
    old = _defined("Old ASI", "Acme Storage, Inc.", 50)
    assert predecessor_terms([filer, old], lambda t: clause) == ([old] if split else [])


@pytest.mark.parametrize("text", [
    "This Statement is filed on behalf of Acme Corp.", "is being filed by Acme Corp.",
    "is filed jointly by", "submitted on behalf of", "Name of Reporting Person: Acme Corp.",
    "Names of Reporting Persons"])
def test_filer_identity_matches(text):
    assert FILER_IDENTITY.search(text)


@pytest.mark.parametrize("text", [
    "a California corporation known as Acme Corp.", "a profile filed with the Commission",
    "acting on behalf of Acme Corp."])
def test_filer_identity_does_not_match(text):
    assert not FILER_IDENTITY.search(text)


@pytest.mark.parametrize("text, hit", [
    ("was reincorporated in 1995 and is the same entity for purposes of this Statement", True),
    ("remains the same legal entity", True), ("is treated as the same company", True),
    ("is the same address", False), ("the same entity", False),
    ("was merged into the surviving entity", False)])
def test_same_entity(text, hit):
    assert bool(SAME_ENTITY.search(text)) is hit


@pytest.mark.parametrize("prose", [
    # v13 of the review: the filer is "Old ASI"; the Surviving Corporation is to come
    'This Statement is filed on behalf of Acme Storage, Inc. ("Old ASI"), a California '
    'corporation. Old ASI is a wholly-owned subsidiary of ASI Holdings, Inc. ("ASH"). Pursuant '
    'to the Merger Agreement, Old ASI will merge with and into Beta Equities, Inc., which will '
    'then be renamed Acme Storage, Inc. (the "Surviving Corporation").',
    # v02 of the review: the predecessor is said to be the same entity
    'This Statement is filed on behalf of Acme Storage, Inc. (the "Reporting Person"), a '
    'California corporation. Acme Storage, Inc. (the "Predecessor") was reincorporated in '
    'California in 1995 and is the same entity for purposes of this Statement. The Predecessor '
    'is a wholly-owned subsidiary of ASI Holdings, Inc. ("ASH").'])
def test_the_filer_itself_keeps_its_parent(prose):
    rec = _parsed("Acme Storage, Inc.", prose)
    assert ("ASI Holdings, Inc.", "parent_of", "Acme Storage, Inc.") in _pairs(rec)
    assert not [p.name for p in rec.parties if p.name.endswith(")")]


def test_old_term_before_the_filers_identity_is_a_former_company():
    # v10 of the review: the former company first, the filer after
    rec = _parsed("Acme Storage, Inc.", 'Prior to the AMI Merger, AMI was a subsidiary of a '
                  'California corporation known as Acme Storage, Inc. ("Old ASI"). Old ASI was a '
                  'wholly-owned subsidiary of ASI Holdings, Inc. ("ASH"), a California '
                  'corporation. This Statement on Schedule 13D is filed on behalf of Acme Storage, '
                  'Inc. (the "Reporting Person"), a California corporation.')
    assert _pairs(rec) == {
        ("ASI Holdings, Inc.", "parent_of", "Acme Storage, Inc. (Old ASI)"),
        ("Acme Storage, Inc.", "beneficial_owner_of", "Zeta Properties, Inc.")}


# --- round 2: a former company holds and controls nothing now -----------------------------------

def test_a_former_companys_holding_and_roles_are_dropped_with_a_warning():
    # v24 of the review: the shares were transferred to the filer; the former company is no
    # holder of the issuer, nor general partner of anything now
    rec = _parsed("Acme Storage, Inc.", OLD_ASI + " Old ASI owned 418,094 shares of Common "
                  "Stock Series C of the Issuer, representing 19.4% of such class, which were "
                  "transferred to the Reporting Person in the AMI Merger. Old ASI was the general "
                  "partner of Beta Partners Ltd.")
    assert _pairs(rec) == {
        ("ASI Holdings, Inc.", "parent_of", "Acme Storage, Inc. (Old ASI)"),
        ("Acme Storage, Inc.", "beneficial_owner_of", "Zeta Properties, Inc.")}
    held = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"]
    assert [c.shares for c in held] == [1000]
    dropped = sorted(w.message.split(":")[0] for w in rec.warnings
                     if w.code == "former-company-statement")
    assert dropped == [
        "Acme Storage, Inc. (Old ASI) beneficial owner of Zeta Properties, Inc.",
        "Acme Storage, Inc. (Old ASI) general partner of Beta Partners Ltd."]


def test_xml_former_company_holds_nothing():
    claims, _, codes = _xml_claims(
        'Acme Storage, Inc. (the "Reporting Person") files this statement. A California '
        'corporation known as Acme Storage, Inc. ("Old ASI") was merged into AMI. Old ASI was '
        'a wholly-owned subsidiary of ASI Holdings, Inc. ("ASH"). Old ASI was the general '
        'partner of Beta Partners Ltd.')
    assert claims == {("ASI Holdings, Inc.", "parent_of", "Acme Storage, Inc. (Old ASI)")}
    assert codes == ["former-company-statement"]


def test_drop_former_statements_keeps_what_held_it():
    from graphkit.models import Claim
    from graphkit.parsers.partybook_predecessor import drop_former_statements
    from graphkit.relations import Relation
    book = PartyBook()
    zeta, hold = book.add("Zeta Inc."), book.add("Acme Holdings Inc.")
    old = book.bind_former("Old Acme", "Acme Corp.")
    claims = [Claim(id="c1", relation=Relation.SHAREHOLDER_OF, source=hold.id, target=old.id),
              Claim(id="c2", relation=Relation.BENEFICIAL_OWNER_OF, source=hold.id,
                    target=old.id, shares=5),
              Claim(id="c3", relation=Relation.PARENT_OF, source=old.id, target=zeta.id),
              Claim(id="c4", relation=Relation.BENEFICIAL_OWNER_OF, source=hold.id,
                    target=zeta.id, shares=7)]
    assert len(drop_former_statements(claims, book)) == 2
    assert [c.id for c in claims] == ["c1", "c4"]


# --- round 2: no party of the name, no former company (XML) ------------------------------------

def test_xml_old_term_of_a_name_of_no_party_makes_none():
    # x3 of the review: "Acme Widgets Inc." names no party of the book: bound as before (none)
    claims, parties, _ = _xml_claims(
        'Acme Storage, Inc. (the "Reporting Person") files this statement. Acme Widgets Inc. '
        '("Acme") is a portfolio company. Before the merger, Acme Widgets Inc. ("Old Acme") was '
        'a wholly-owned subsidiary of the Reporting Person.')
    assert not [p for p in parties if p.endswith(")")]


@pytest.mark.parametrize("prose, expected", [
    # review s25-old-2 (y6): "the Predecessor" still exists and states present facts
    ('This statement is filed by Acme Capital GP LLC (the "Reporting Person"). In 2015, Acme '
     'Capital GP LLC (the "Predecessor") contributed its business to Delta Fund, L.P. The '
     'Predecessor is the general partner of Delta Fund, L.P.',
     ("Acme Capital GP LLC", "general_partner_of", "Delta Fund, L.P.")),
    # (q01) the filer's own parent stays on the filer
    ('This statement is filed on behalf of Acme Storage, Inc. (the "Reporting Person"). In 1991, '
     'Acme Storage, Inc. (the "Predecessor") contributed its business to the Issuer. The '
     'Predecessor is a wholly-owned subsidiary of ASI Holdings, Inc. ("ASH").',
     ("ASI Holdings, Inc.", "parent_of", "Acme Storage, Inc.")),
    ('This statement is filed by Acme Capital GP LLC (the "Reporting Person"). Acme Capital GP '
     'LLC ("Former Acme") is a wholly-owned subsidiary of Beta Holdings LLC.',
     ("Beta Holdings LLC", "parent_of", "Acme Capital GP LLC")),
])
def test_former_and_predecessor_terms_bind_as_any_term(prose, expected):
    pairs = _pairs(_parsed(expected[0] if expected[1] != "parent_of" else expected[2], prose))
    assert expected in pairs
    assert not any("(" in h or "(" in t for h, _, t in pairs)
