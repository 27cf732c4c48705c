"""Signatures and signers, leftovers 9: a Form 4 signature field that prints the signer's
capacity and the party after the name ("/s/ Jane Q. Roe, as Trustee, Acme Family Trust"), a
mistyped conformed-signature mark ("/a/ Jane Q. Roe"), a 13D XML title field repeating the
signer's name ("Jane Q. Roe / Vice President"); a Form D signer's title "of <term>" that holds
no office ("Former Director of Holdings", "Authorized Signatory of GP"); "*" and "**" notes,
each attorney signing for the signers of its own mark; and a CIK-less name of two parties with
different CIKs, which names neither."""

from __future__ import annotations

import pytest

from graphkit.parsers import signature_field as sf
from tests.holdout import fixture_record, holdout_record


def _sigs(rec):
    return [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures]


# --- 1. "<name>, as <capacity>, <entity>" in a Form 4 signature field -----------------------

def test_form4_trustee_signs_for_each_trust():
    # jmi_servicenow_2013_form4.xml l.275: "<signatureName>/s/ Harry S. Gruner, as Trustee, JMI
    # Equity Fund IV Trust</signatureName>" (and so for each of the ten trusts)
    rec = holdout_record("jmi_servicenow_2013_form4.xml")
    sigs = _sigs(rec)
    assert len(sigs) == 10
    assert sigs[0] == ("Harry S. Gruner", "Trustee", ["JMI Equity Fund IV Trust"])
    assert sigs[5] == ("Harry S. Gruner", "Trustee", ["JMI Associates Euro IV Trust"])
    owners = [p.name for p in rec.parties if "reporting_owner" in [r.value for r in p.roles]]
    assert [s[2][0] for s in sigs] == owners  # each trust signs its own signature


def test_form4_a_mark_for_s():
    # ernst_ufcs_2009_form4a.xml l.687: "<signatureName>/a/ Barrie W. Ernst</signatureName>"
    rec = holdout_record("ernst_ufcs_2009_form4a.xml")
    assert _sigs(rec) == [("Barrie W. Ernst", None, [])]


def test_13d_xml_title_repeating_the_signer():
    # icahn_iep_2026_schedule13da_am86.xml l.257-258: "<signature>/s/ Rowella
    # Asuncion-Gumabong</signature>" / "<title>Rowella Asuncion-Gumabong / Vice
    # President</title>"; l.322-323 (the last): "/s/ Carl C. Icahn" / "<title>CARL C. ICAHN"
    rec = fixture_record("icahn_iep_2026_schedule13da_am86.xml")
    sigs = _sigs(rec)
    assert sigs[0] == ("Rowella Asuncion-Gumabong", "Vice President", ["CCI Onshore LLC"])
    assert {s[1] for s in sigs[:-1]} == {"Vice President"}
    assert sigs[-1] == ("Carl C. Icahn", None, ["Carl C. Icahn"])


@pytest.mark.parametrize("raw, want", [
    ("/s/ Jane Q. Roe, as Trustee, Acme Family Trust", ("Jane Q. Roe", "Trustee", ["Acme Family Trust"])),
    ("Jane Q. Roe, Trustee of the Roe 2012 Irrevocable Trust",
     ("Jane Q. Roe", "Trustee", ["Roe 2012 Irrevocable Trust"])),
    ("/s/ Jane Q. Roe, Manager of Acme Capital Management, LLC, General Partner",
     ("Jane Q. Roe", "Manager", ["Acme Capital Management, LLC"])),
    ("/s/ Jane Q. Roe, Chief Executive Officer of Acme Holdings, Inc.",
     ("Jane Q. Roe", "Chief Executive Officer", ["Acme Holdings, Inc."])),
    ("/s/ Jane Q. Roe, Jr., as Co-Trustee", ("Jane Q. Roe Jr.", "Co-Trustee", [])),
    ("Jane Q. Roe, Vice President, Secretary", ("Jane Q. Roe", "Vice President, Secretary", [])),
    ("/S/ Jane Q. Roe, President", ("Jane Q. Roe", "President", [])),
    ("By: /a/ Jane Q. Roe", ("Jane Q. Roe", None, [])),
    # an attorney-in-fact is read as before
    ("/s/ John Doe, as Attorney-in-Fact for Jane Q. Roe",
     ("John Doe", "Attorney-in-Fact", ["Jane Q. Roe"])),
    # not a person and a capacity: kept as printed
    ("/s/ Acme Partners, L.P.", ("Acme Partners, L.P.", None, [])),
    ("/s/ Acme Family Trust, Jane Q. Roe, Trustee", ("Acme Family Trust, Jane Q. Roe, Trustee", None, [])),
    ("/s/ Jane Q. Roe, Trustee, Jane Doe", ("Jane Q. Roe, Trustee, Jane Doe", None, [])),
    ("/s/ Jane Q. Roe, Acme Capital", ("Jane Q. Roe, Acme Capital", None, [])),
])
def test_signature_field(raw, want):
    s = sf.read_signature_field(raw, [])
    assert (s.signer, s.title, s.on_behalf_of) == want


@pytest.mark.parametrize("text, want", [
    ("Trustee", True), ("Co-Trustee", True), ("Manager", True), ("Managing Member", True),
    ("Vice President, Secretary", True), ("Chief Financial Officer", True),
    ("Acme Trust", False), ("Trustee, Jane Roe", False), ("Manager, Acme Capital", False),
    ("trustee", False), ("Trustee of the Acme Trust", False), ("Acme Managers", False),
])
def test_is_capacity(text, want):
    assert sf.is_capacity(text) is want


@pytest.mark.parametrize("text, want", [
    (", General Partner", "General Partner"), (", its Managing Member", "Managing Member"),
    (", as general partner", None), ("Acme LLC", None),
])
def test_entity_capacity_end(text, want):
    m = sf.ENTITY_CAPACITY_END.search(text)
    assert (m["title"] if m else None) == want


@pytest.mark.parametrize("text, want", [
    ("/s/ Jane Roe", "Jane Roe"), ("/a/ Jane Roe", "Jane Roe"), ("By: /s/Jane Roe", "Jane Roe"),
    ("/S/ Jane Roe", "Jane Roe"), ("Jane Roe", "Jane Roe"), ("/ab/ Jane Roe", "/ab/ Jane Roe"),
    ("A/S Acme", "A/S Acme"),
])
def test_signature_mark(text, want):
    assert sf.SIGNATURE_MARK.sub("", text) == want


@pytest.mark.parametrize("text, want", [
    ("Jane Roe, President", ("Jane Roe", "President")),
    ("Jane Roe, as the Trustee of the Acme Trust", ("Jane Roe", "Trustee of the Acme Trust")),
    ("Acme LLC", None), ("Jane Roe, president", None),
])
def test_signer_capacity(text, want):
    m = sf.SIGNER_CAPACITY.match(text)
    assert ((m["signer"], m["capacity"]) if m else None) == want


@pytest.mark.parametrize("title, signer, want", [
    ("Jane Q. Roe / Vice President", "Jane Q. Roe", "Vice President"),
    ("JANE Q. ROE", "Jane Q. Roe", None), ("Jane Q. Roe, Trustee", "Jane Q. Roe", "Trustee"),
    ("Vice President", "Jane Q. Roe", "Vice President"), (None, "Jane Q. Roe", None),
    ("Jane Q. Roeberts Trust Officer", "Jane Q. Roe", "Jane Q. Roeberts Trust Officer"),
    ("Jane Q. Roe Global Head of Compliance", "Jane Q. Roe", "Global Head of Compliance"),
    ("Jane Q. Roe - Managing Member of Acme Capital, LLC", "Jane Q. Roe",
     "Managing Member of Acme Capital, LLC"),
])
def test_field_title(title, signer, want):
    assert sf.field_title(title, signer) == want


@pytest.mark.parametrize("text, want", [
    (" / Vice President", "Vice President"), (", President", "President"),
    (" - Director", "Director"), (" – Director", "Director"), (" Head of Sales", "Head of Sales"),
    ("President", "President"),
])
def test_name_title_gap(text, want):
    assert sf.NAME_TITLE_GAP.sub("", text) == want


# --- 2. a Form D signer's title "of <term>": an office only when it is one ------------------

STONEPEAK = "stonepeak_credit_feeder_2026_d.xml"
SIGNER_TITLE = "SR Mging Director, GC and CCO of Holdings Manager"


def _formd_with_title(title: str):
    from graphkit.parsers.formd_xml import parse_formd_xml
    from graphkit.source import SourceText
    from tests.holdout import HOLDOUT
    text = (HOLDOUT / STONEPEAK).read_text()
    assert text.count(SIGNER_TITLE) == 1
    return parse_formd_xml(SourceText(path=STONEPEAK, text=text.replace(SIGNER_TITLE, title)))


def _signer_claims(rec):
    names = {p.id: p.name for p in rec.parties}
    return [(c.relation.value, names[c.target], c.title) for c in rec.claims
            if names[c.source] == "Adrienne Saunders" and "signature title" in (c.note or "")]


def test_formd_signer_title_at_a_term():
    # stonepeak_credit_feeder_2026_d.xml l.286-287: "<nameOfSigner>Adrienne Saunders" /
    # "<signatureTitle>SR Mging Director, GC and CCO of Holdings Manager"; l.126 defines
    # "Holdings Manager": 'The general partner of Upper Holdings ("Holdings Manager")'
    rec = holdout_record(STONEPEAK)
    assert _signer_claims(rec) == [("officer_of", "Stonepeak GP Investors Holdings Manager LLC",
                                    "SR Mging Director, GC and CCO")]


@pytest.mark.parametrize("title, want", [
    ("Authorized Signatory of Holdings Manager", []),
    ("Former Director of Holdings", []),
    ("Past President of Holdings Manager", []),
    ("Attorney-in-Fact of Holdings Manager", []),
    ("Director of Holdings", [("director_of", "Stonepeak GP Investors Holdings LP", None)]),
    ("Independent Director of Holdings",
     [("director_of", "Stonepeak GP Investors Holdings LP", None)]),
    ("Managing Director of Holdings",
     [("officer_of", "Stonepeak GP Investors Holdings LP", "Managing Director")]),
])
def test_formd_signer_title_variants(title, want):
    assert _signer_claims(_formd_with_title(title)) == want


@pytest.mark.parametrize("title, hit", [
    ("Former Director", True), ("Past President", True), ("Retired Managing Director", True),
    ("Ex-Chairman", True), ("Authorized Signatory", True), ("Attorney-in-Fact", True),
    ("Authorized Person", True), ("Authorised Agent", True),
    ("Director", False), ("Managing Director", False), ("Chief Executive Officer", False),
    ("Authorized Officer", False), ("Formerly Managing Partner", True), ("Agency Head", False),
])
def test_no_office_title(title, hit):
    from graphkit.parsers.formd_terms import NO_OFFICE_TITLE
    assert bool(NO_OFFICE_TITLE.search(title)) is hit


# --- 3. "*" and "**" notes: each attorney signs for the signers of its own mark -----------------

def _read(text: str):
    from graphkit.parsers.signatures import read_signatures
    from graphkit.source import SourceText
    return [(s.signer, s.title, s.on_behalf_of)
            for s in read_signatures(SourceText(path="x.txt", text=text)).signatures]


TWO_NOTES = """SIGNATURE

After reasonable inquiry, I certify that the information set forth in this statement is true.

Date: May 1, 2020

/s/ Jane Q. Roe*
Jane Q. Roe

/s/ Richard Roe**
Richard Roe

*By: /s/ John Doe
John Doe, Attorney-in-Fact

**By: /s/ Mary Major
Mary Major, Attorney-in-Fact
"""


def test_two_note_marks_two_attorneys():
    assert _read(TWO_NOTES) == [
        ("Jane Q. Roe", None, []), ("Richard Roe", None, []),
        ("John Doe", "Attorney-in-Fact", ["Jane Q. Roe"]),
        ("Mary Major", "Attorney-in-Fact", ["Richard Roe"])]


def test_one_mark_for_two_signers():
    text = TWO_NOTES.replace("Roe**", "Roe*").split("**By")[0]
    assert _read(text)[-1] == ("John Doe", "Attorney-in-Fact", ["Jane Q. Roe", "Richard Roe"])


def test_one_mark_still_read_on_the_real_filing():
    # 2015_SC_13G_730263.txt l.613-630: "By /s/ F. William McNabb III*" ... "*By: /s/ Glenn
    # Booraem" / "Glenn Booraem, pursuant to a Power of Attorney filed September 9, 2013"
    rec = fixture_record("holdout/2015_SC_13G_730263.txt")
    assert _sigs(rec)[-1] == ("Glenn Booraem", "Attorney-in-Fact", ["F. William McNabb III"])


@pytest.mark.parametrize("line, n", [
    ("/s/ Jane Q. Roe*", 1), ("/s/ Richard Roe**", 2), ("***By: /s/ John Doe", 3),
    ("By /s/ Jane Roe *", 1), ("/s/ Jane Roe", 0),
])
def test_mark_count(line, n):
    from graphkit.parsers.signature_attorney import NOTE_MARK, mark_count
    assert mark_count(line) == n
    assert bool(NOTE_MARK.search(line)) is (n > 0)


@pytest.mark.parametrize("marked, count, want", [
    ([("Jane Roe", 1), ("Richard Roe", 2)], 1, ["Jane Roe"]),
    ([("Jane Roe", 1), ("Richard Roe", 2)], 2, ["Richard Roe"]),
    ([("Jane Roe", 1), ("Richard Roe", 1)], 1, ["Jane Roe", "Richard Roe"]),
    ([("Jane Roe", 1)], 2, ["Jane Roe"]),  # marks that do not match as printed
    ([], 1, []),
])
def test_marked_for(marked, count, want):
    from graphkit.parsers.signature_attorney import marked_for
    assert marked_for(marked, count) == want


# --- 4. a CIK-less name of two parties with different CIKs names neither ------------------------

def _cik(v):
    from graphkit.models import Identifier
    return [Identifier(scheme="cik", value=v)]


FUND = "Acme Partners Fund IV, L.P."


def test_book_cikless_name_first_then_two_ciks():
    from graphkit.parsers.partybook import PartyBook
    book = PartyBook()
    p = book.add(FUND)
    assert book.add(FUND, identifiers=_cik("2")) is p  # the first CIK: the same party
    q = book.add(FUND, identifiers=_cik("3"))
    assert q is not p
    assert book.lookup(FUND) is None and book.is_ambiguous("ACME PARTNERS FUND IV LP")
    assert book.add(FUND, identifiers=_cik("3")) is q and book.add(FUND, identifiers=_cik("2")) is p


def test_book_ciks_first_then_a_cikless_name():
    from graphkit.parsers.partybook import PartyBook
    book = PartyBook()
    p, q = book.add(FUND, identifiers=_cik("2")), book.add(FUND, identifiers=_cik("3"))
    assert p is not q and len(book.parties) == 2
    assert book.lookup(FUND) is None and book.is_ambiguous(FUND)


@pytest.mark.parametrize("first, second, ambiguous", [
    (_cik("2"), _cik("2"), False),  # one party named twice with its CIK
    (_cik("2"), [], False),  # one CIK'd party named again without it
    ([], [], False),
    (_cik("2"), _cik("3"), True),
])
def test_book_twins_only_with_different_ciks(first, second, ambiguous):
    from graphkit.parsers.partybook import PartyBook
    book = PartyBook()
    book.add(FUND, identifiers=first)
    book.add(FUND, identifiers=second)
    assert book.is_ambiguous(FUND) is ambiguous
    assert (book.lookup(FUND) is None) is ambiguous


def _form4(owners, footnote):
    from graphkit.parsers.ownership_xml import parse_ownership_xml
    from graphkit.source import SourceText
    own = "".join(
        f"<reportingOwner><reportingOwnerId><rptOwnerCik>{c}</rptOwnerCik><rptOwnerName>{n}"
        "</rptOwnerName></reportingOwnerId><reportingOwnerRelationship><isTenPercentOwner>1"
        "</isTenPercentOwner></reportingOwnerRelationship></reportingOwner>" for n, c in owners)
    xml = ("<ownershipDocument><documentType>4</documentType><periodOfReport>2022-12-12"
           "</periodOfReport><issuer><issuerCik>0000000009</issuerCik><issuerName>Widget Inc."
           f"</issuerName></issuer>{own}<footnotes><footnote id=\"F1\">{footnote}</footnote>"
           "</footnotes></ownershipDocument>")
    return parse_ownership_xml(SourceText("f4.xml", xml))


def test_form4_footnote_name_of_two_ciks_is_not_read():
    note = f"Acme GP, LLC is the general partner of {FUND}"
    rec = _form4([(FUND, "0000000002"), (FUND, "0000000003"), ("Acme GP, LLC", "0000000004")],
                 note)
    assert [p.name for p in rec.parties].count(FUND) == 2
    assert not [c for c in rec.claims if c.relation.value == "general_partner_of"]
    assert [w.code for w in rec.warnings] == ["ambiguous-name"]
    # one CIK'd party named again without its CIK is that party
    rec = _form4([(FUND, "0000000002"), ("Acme GP, LLC", "0000000004")], note)
    names = {p.id: p.name for p in rec.parties}
    assert [(names[c.source], names[c.target]) for c in rec.claims
            if c.relation.value == "general_partner_of"] == [("Acme GP, LLC", FUND)]
    assert not rec.warnings


def test_real_owners_named_again_without_ciks_stay_bound():
    # jmi_servicenow_2013_form4.xml: ten trusts, each with its own rptOwnerCik (l.105
    # "JMI Euro Equity Fund IV Trust" CIK 0001562075), named again without CIKs in footnote F3
    # ('JMI Equity Fund IV Trust ("Fund IV Trust")') and in the signatures
    rec = holdout_record("jmi_servicenow_2013_form4.xml")
    owners = [p for p in rec.parties if "reporting_owner" in [r.value for r in p.roles]]
    assert len(owners) == 10 and all(len(p.identifiers) == 1 for p in owners)
    assert "Fund IV Trust" in [a.name for a in owners[0].aliases]
    assert not [w for w in rec.warnings if w.code == "ambiguous-name"]


@pytest.mark.parametrize("title, expected", [
    # review: an office joined to an authority to sign is still an office
    ("Vice President and Authorized Signatory of GP", ("officer_of", "Vice President and "
                                                       "Authorized Signatory")),
    ("General Counsel, Authorized Signatory of GP", ("officer_of", "General Counsel, "
                                                     "Authorized Signatory")),
    ("Independent Director of GP", ("director_of", None)),
    ("Authorized Signatory of GP", None),
    ("Attorney-in-Fact and Authorized Signatory of GP", None),
    ("Former Director of GP", None),
    ("Ex-Chairman of GP", None),
    ("Transfer Agent of GP", None),
])
def test_formd_title_parts_keep_offices(title, expected):
    from graphkit.parsers.formd_terms import title_at_term
    got = title_at_term(title, {"gp": "p1"})
    assert (got and (got[0].value, got[1])) == expected


@pytest.mark.parametrize("name", ["/a/ Adrienne Saunders", "By: /s/ Adrienne Saunders"])
def test_formd_signer_mark(tmp_path, name):
    # a Form D signer's mark goes as the 13D/G XML signer's does (SIGNATURE_MARK); the real
    # filing prints "<nameOfSigner>Adrienne Saunders</nameOfSigner>"
    from graphkit.parse import parse_path
    from tests.holdout import HOLDOUT
    text = (HOLDOUT / "stonepeak_credit_feeder_2026_d.xml").read_text()
    path = tmp_path / "d.xml"
    path.write_text(text.replace("<nameOfSigner>Adrienne Saunders</nameOfSigner>",
                                 f"<nameOfSigner>{name}</nameOfSigner>"))
    [rec] = parse_path(path).records
    assert [s.signer for s in rec.signatures] == ["Adrienne Saunders"]
