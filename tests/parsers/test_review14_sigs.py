"""Signatures, review 14: a "By" line naming the capacity before the entity ("By its general
partner, Acme GP, L.P.", S6); a person signing by hand is never merged into the firm named
after her ("Jane Roe" / "Jane Roe, Inc.", S5), in the party book and in the signature reader;
a person's name printed surname first ("Name: Roe, Jane", "attorney-in-fact for Roe, Jane") is
read in natural order, "Jane Roe".
"""

from __future__ import annotations

import pytest

from graphkit.models import PartyKind
from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_kinds import (StatedKind, kinds_clash,
                                              legal_stem, new_party, party_kind, spelling_kind)
from graphkit.parsers.signature_capacity import PRINCIPAL_AGAIN, same_person
from graphkit.parsers.signature_surname_first import SURNAME_FIRST_TITLED, first_name_first
from graphkit.parsers.signature_role_first import (NAME_LABEL, ROLE_FIRST, ROLE_FIRST_OPEN,
                                                  TRAILING_NOTE, role_first_line)
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.holdout import relation_pairs


def _read(text: str):
    sec = read_signatures(SourceText(path="x.txt", text="SIGNATURE\n\n" + text))
    return ([(f.relation.value, f.holder, f.held, f.title) for f in sec.findings],
            [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures])


SIGNER = "By: /s/ John Doe\nName: John Doe\nTitle: Managing Member\n"


# --- S6: the capacity printed before the entity's name ----------------------------------------

@pytest.mark.parametrize("line, gp", [
    ("By its general partner, Acme GP, L.P.", "Acme GP, L.P."),
    ("By: its general partner, Acme GP, L.P.", "Acme GP, L.P."),
    ("By: Acme GP, L.P., its general partner", "Acme GP, L.P."),  # the usual order, as before
    ("BY ITS GENERAL PARTNER, ACME GP, L.P.", "ACME GP, L.P."),
    ("By its sole general partner Acme GP, L.P.", "Acme GP, L.P."),
    ("By: | its general partner, | Acme GP, L.P.", "Acme GP, L.P."),  # an HTML row's cells
    ("By its general partner,\nAcme GP, L.P.", "Acme GP, L.P."),  # the entity on the next line
    ("By: Its General Partner\n    Acme GP, L.P.", "Acme GP, L.P."),
])
def test_role_before_entity(line, gp):
    found, sigs = _read("ACME FUND, L.P.\n" + line + "\n" + SIGNER)
    assert found == [("general_partner_of", gp, "ACME FUND, L.P.", None),
                     ("managing_member_of", "John Doe", gp, None)]
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND, L.P."])]


@pytest.mark.parametrize("line", ["By its Manager, Acme Management LLC",
                                  "By: its Manager, Acme Management LLC",
                                  "By: Acme Management LLC, its Manager"])
def test_manager_before_entity(line):
    found, _ = _read("ACME FUND, L.P.\n" + line + "\n" + SIGNER)
    assert found == [("investment_manager_of", "Acme Management LLC", "ACME FUND, L.P.", None),
                     ("managing_member_of", "John Doe", "Acme Management LLC", None)]


@pytest.mark.parametrize("lines", [
    "By its general partner, Acme GP, L.P.\nBy its general partner, Acme GP Holdings LLC\n",
    "By: Acme GP, L.P., its general partner\nBy: its general partner, Acme GP Holdings LLC\n",
    "By its general partner, Acme GP, L.P.\nBy: Acme GP Holdings LLC, its general partner\n",
])
def test_role_before_entity_two_levels(lines):
    found, _ = _read("ACME FUND, L.P.\n" + lines + SIGNER)
    assert found == [("general_partner_of", "Acme GP, L.P.", "ACME FUND, L.P.", None),
                     ("general_partner_of", "Acme GP Holdings LLC", "Acme GP, L.P.", None),
                     ("managing_member_of", "John Doe", "Acme GP Holdings LLC", None)]


@pytest.mark.parametrize("line", [
    "By its President, Jane Roe",  # an officer's title: no link of the chain
    "By its general partner",  # no entity named
    "By: its general partner,\nJohn Doe",  # a person's name alone under it: no entity
])
def test_role_before_entity_negative(line):
    found, sigs = _read("ACME FUND, L.P.\n" + line + "\n" + SIGNER)
    assert found == []
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND, L.P."])]


@pytest.mark.parametrize("line, role, name", [
    ("By its general partner, Acme GP, L.P.", "general partner", "Acme GP, L.P."),
    ("By: its Manager, Acme Management LLC", "Manager", "Acme Management LLC"),
    ("BY: ITS GENERAL PARTNER | ACME GP, L.P.", "GENERAL PARTNER", "ACME GP, L.P."),
    ("By its investment adviser Acme Advisors, Inc.", "investment adviser", "Acme Advisors, Inc."),
    ("By: its managing member, Acme Holdings LLC,", "managing member", "Acme Holdings LLC"),
    ("By its trustee, Acme Trust Company", "trustee", "Acme Trust Company"),
])
def test_role_first_pattern(line, role, name):
    m = ROLE_FIRST.match(line)
    assert (m["role"], m["name"]) == (role, name)


@pytest.mark.parametrize("line", ["By: Acme GP, L.P., its general partner",
                                  "By its President, Jane Roe", "By: /s/ Jane Roe",
                                  "By its general partner,", "Its general partner, Acme GP"])
def test_role_first_pattern_negative(line):
    assert ROLE_FIRST.match(line) is None


@pytest.mark.parametrize("line, matches", [
    ("By its general partner,", True), ("By: Its General Partner", True),
    ("By: | its sole managing member:", True), ("By its general partner, Acme GP", False),
    ("By: its President", False)])
def test_role_first_open_pattern(line, matches):
    assert bool(ROLE_FIRST_OPEN.match(line)) is matches


@pytest.mark.parametrize("line, nxt, out", [
    ("By its general partner,", "Acme GP, L.P.", ("By: Acme GP, L.P., its general partner", True)),
    ("By its general partner,", "By: /s/ Jane Roe", None),
    ("By its general partner,", "Jane Roe", None),  # the signer's printed name
    ("By its general partner,", "Managing Member", None),
    ("By: Acme GP, L.P.,", "its general partner", None),
])
def test_role_first_line(line, nxt, out):
    assert role_first_line(line, nxt) == out


# --- S5: a person is never merged into the firm named after her -------------------------------

def _cover(name: str, code: str) -> str:
    return (f"1. Names of Reporting Persons.  {name}\n"
            "4. Citizenship or Place of Organization  Delaware\n"
            "5. Sole Voting Power 0 6. Shared Voting Power 1,000\n"
            "9. Aggregate Amount Beneficially Owned by Each Reporting Person 1,000\n"
            "11. Percent of Class Represented by Amount in Row (9) 5.0%\n"
            f"12. Type of Reporting Person {code}\n")


def _filing(tmp_path, covers: list[tuple[str, str]], signatures: str, item2: str = "",
            item4: str = ""):
    """The record of a made-up Schedule 13G with a cover page for each (name, type code) of
    ``covers``, Item 2 ``item2``, Item 4 ``item4`` and the signature blocks ``signatures``."""
    text = ("SCHEDULE 13G\nAcme, Inc.\n(Name of Issuer)\nCommon Stock\n(Title of Class of "
            "Securities)\n000000000\n(CUSIP Number)\nMay 1, 2020\n(Date of Event Which "
            "Requires Filing of this Statement)\n" + "".join(_cover(n, c) for n, c in covers) +
            "Item 1(a). Name of Issuer: Acme, Inc.\n" +
            (f"Item 2(a). Name of Person Filing: {item2}\n" if item2 else "") +
            (f"Item 4. Ownership.\n{item4}\n" if item4 else "") +
            "\nSIGNATURE\n\nDate: May 5, 2020\n\n" + signatures)
    path = tmp_path / "made_up_sc13g.txt"
    path.write_text(text)
    return parse_path(path).records[0]


def _parties(rec) -> dict[str, str]:
    return {p.name: p.kind.value for p in rec.parties}


FIRM_BLOCK = "{firm}\nBy: /s/ Jane Roe\nName: Jane Roe\nTitle: {title}\n"
OWN_BLOCK = "/s/ Jane Roe\nJane Roe\n"


@pytest.mark.parametrize("firm, code, title, relation", [
    ("Roe Capital LLC", "OO", "Managing Member", "managing_member_of"),
    ("Jane Roe Capital LLC", "OO", "Managing Member", "managing_member_of"),
    ("Jane Roe Capital", "OO", "Managing Member", "managing_member_of"),
    ("Jane Roe Trust", "OO", "Trustee", "trustee_of"),
    # the firm's name is hers with a legal form: the names were linked as one party
    ("Jane Roe LLC", "OO", "Managing Member", "managing_member_of"),
    ("Jane Roe, Inc.", "CO", "President", "officer_of"),
    ("Jane Roe & Co.", "BD", "President", "officer_of"),
])
@pytest.mark.parametrize("firm_first", [True, False])
def test_signer_and_firm_stay_two_parties(tmp_path, firm, code, title, relation, firm_first):
    covers = [(firm, code), ("Jane Roe", "IN")]
    blocks = [FIRM_BLOCK.format(firm=firm.upper(), title=title), OWN_BLOCK]
    if not firm_first:
        covers, blocks = covers[::-1], blocks[::-1]
    rec = _filing(tmp_path, covers, "\n".join(blocks))
    assert _parties(rec) == {"Acme, Inc.": "organization", firm: "organization",
                             "Jane Roe": "person"}
    assert relation_pairs(rec, relation) == {("Jane Roe", firm)}
    assert relation_pairs(rec, "beneficial_owner_of") == {(firm, "Acme, Inc."),
                                                          ("Jane Roe", "Acme, Inc.")}


@pytest.mark.parametrize("firm, code", [("Jane Roe, Inc.", "CO"), ("JANE ROE LLC", "OO"),
                                        ("Jane Roe & Co.", "BD")])
def test_signer_of_firm_named_after_her_is_a_person(tmp_path, firm, code):
    # the firm reports alone; she signs for it: her hand signature is no spelling of its name
    rec = _filing(tmp_path, [(firm, code)], FIRM_BLOCK.format(firm=firm.upper(),
                                                              title="President"))
    assert _parties(rec) == {"Acme, Inc.": "organization", firm: "organization",
                             "Jane Roe": "person"}
    assert relation_pairs(rec, "officer_of") == {("Jane Roe", firm)}


def test_firm_without_legal_form_still_one_party(tmp_path):
    # negative neighbour: a firm's name printed without its legal form is still the firm
    # ("Celtic Intermediate" / "Celtic Intermediate Corp.", test_partybook)
    rec = _filing(tmp_path, [("Acme Beta Holdings, Inc.", "CO")],
                  "ACME BETA HOLDINGS\nBy: /s/ Jane Roe\nName: Jane Roe\nTitle: President\n")
    assert _parties(rec) == {"Acme, Inc.": "organization",
                             "Acme Beta Holdings, Inc.": "organization", "Jane Roe": "person"}


@pytest.mark.parametrize("firm", ["Jane Roe LLC", "Jane Roe, Inc.", "Jane Roe & Co.",
                                  "JANE ROE LLC"])
def test_partybook_stated_person_is_not_the_firm(firm):
    book = PartyBook()
    org = book.add(firm)
    person = book.add("Jane Roe", stated_kind=PartyKind.PERSON)
    assert person.id != org.id and person.kind is PartyKind.PERSON
    assert book.lookup("Jane Roe").id == person.id  # exact now: the person
    assert book.add(firm.upper()).id == org.id  # the firm's own spelling still the firm
    # without a stated kind the name is still read as the firm's short name (as before)
    other = PartyBook()
    assert other.add("Jane Roe").id == other.add(firm).id


def test_partybook_firm_is_not_the_stated_person():
    book = PartyBook()
    person = book.add("Jane Roe", stated_kind=PartyKind.PERSON)
    assert book.add("Jane Roe, Inc.").id != person.id
    book = PartyBook()
    person = book.add("Jane Roe")
    person.type_codes.append("IN")  # the cover's type code states a person
    assert book.add("Jane Roe LLC").id != person.id
    assert book.add("Jane Q. Roe").id == person.id  # a person's spelling still links


def test_partybook_celtic_rule_kept():
    book = PartyBook()
    corp = book.add("Celtic Intermediate Corp.")
    assert book.lookup("Celtic Intermediate") is corp
    assert book.add("Celtic Intermediate").id == corp.id


@pytest.mark.parametrize("name, kind", [("Jane Roe, Inc.", "organization"),
                                        ("Jane Roe & Co.", "organization"),
                                        ("Acme Fund, L.P.", "organization"), ("Jane Roe", None),
                                        ("Celtic Intermediate", None), ("Jane Roe Trust", None)])
def test_spelling_kind(name, kind):
    got = spelling_kind(name)
    assert (got.value if got else None) == kind


@pytest.mark.parametrize("codes, stated, kind", [
    (["IN"], None, "person"), (["CO"], None, "organization"), (["HC"], None, None),
    ([], StatedKind(PartyKind.PERSON), "person"), (["OO"], None, None)])
def test_party_kind(codes, stated, kind):
    p = new_party("p1", "Jane Roe", PartyKind.PERSON)
    p.type_codes.extend(codes)
    got = party_kind(p, {"p1": stated} if stated else {})
    assert (got.value if got else None) == kind
    assert kinds_clash("Jane Roe LLC", None, p, {"p1": stated} if stated else {}) is \
        (kind == "person")


# --- the signature reader: the firm printed after her own block -------------------------------

@pytest.mark.parametrize("firm", ["JANE ROE, INC.", "Jane Roe, Inc.", "JANE ROE LLC",
                                  "JANE ROE, L.P."])
@pytest.mark.parametrize("own", ["/s/ Jane Roe\nJane Roe\n", "/s/ Jane Roe\nJANE ROE\n"])
def test_firm_after_own_block_is_no_title(firm, own):
    # "/s/ Jane Roe" / "Jane Roe" / blank / "JANE ROE, INC.": the firm heads the next block,
    # not her printed name with the title "INC."
    found, sigs = _read(own + "\n" + firm + "\nBy: /s/ Jane Roe\nName: Jane Roe\n"
                        "Title: Managing Member\n")
    assert sigs == [("Jane Roe", None, []), ("Jane Roe", "Managing Member", [firm])]
    assert found == [("managing_member_of", "Jane Roe", firm, None)]


def test_printed_name_with_title_after_comma_kept():
    # negative neighbour: "Jane Roe, President" under her "/s/" is her title
    _, sigs = _read("ACME CORP.\n/s/ Jane Roe\nJane Roe, President\n")
    assert sigs == [("Jane Roe", "President", ["ACME CORP."])]


# --- a name printed surname first: "Roe, Jane" is Jane Roe --------------------------------------

@pytest.mark.parametrize("signed, name_line, signer", [
    ("By: /s/ Jane Roe, by John Doe, attorney-in-fact for Roe, Jane", "", "John Doe"),
    ("By: /s/ Jane Roe, by John Doe, as attorney-in-fact for Jane Roe", "", "John Doe"),
    ("By: /s/ Roe, Jane, by John Doe, as attorney-in-fact", "", "John Doe"),
    ("By: /s/ John Doe, as attorney-in-fact for Roe, Jane", "", "John Doe"),
    ("By: /s/ John Doe", "Name: John Doe, as attorney-in-fact for Roe, Jane", "John Doe"),
    ("By: /s/ John Doe", "Name: Doe, John, as attorney-in-fact for Jane Roe", "John Doe"),
    ("By: /s/ Jane Roe", "Name: Roe, Jane", "Jane Roe"),
    ("By: /s/ Roe, Jane", "", "Jane Roe"),
])
def test_surname_first_principal_and_signer(signed, name_line, signer):
    name = f"    {name_line}\n" if name_line else ""
    found, sigs = _read(f"ACME HOLDINGS, INC.\n\n{signed}\n{name}    Title: Vice President\n")
    assert found == [("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "Vice President")]
    assert sigs[0][:2] == (signer, "Vice President")
    assert all(p in ("Jane Roe", "ACME HOLDINGS, INC.") for p in sigs[0][2])


@pytest.mark.parametrize("line, signer, title, behalf", [
    ("/s/ Jane Roe, by John Doe, attorney-in-fact for Roe, Jane", "John Doe", "Attorney-in-Fact",
     ["Jane Roe"]),
    ("/s/ John Doe, attorney-in-fact for Roe, Jane", "John Doe", "Attorney-in-Fact", ["Jane Roe"]),
    ("/s/ Roe, Jane", "Jane Roe", None, []),
    ("/s/ ROE, JANE Q.", "JANE Q. ROE", None, []),
    # negative neighbours: a suffix, a title after the comma, a firm
    ("/s/ Jane Roe, Jr.", "Jane Roe, Jr.", None, []),
    ("/s/ Jane Roe, President", "Jane Roe", "President", []),
    ("/s/ Roe, Director", "Roe", "Director", []),
])
def test_surname_first_signature_line(line, signer, title, behalf):
    _, sigs = _read(line + "\n")
    assert sigs == [(signer, title, behalf)]


def test_principal_named_twice_differently_is_no_agency():
    # "Jane Roe, by John Doe, attorney-in-fact for Richard Poe": two principals, as before
    found, sigs = _read("ACME HOLDINGS, INC.\n\nBy: /s/ Jane Roe, by John Doe, attorney-in-fact "
                        "for Richard Poe\n    Title: Vice President\n")
    assert sigs[0][0] == "Jane Roe" and "Richard Poe" not in sigs[0][2]


@pytest.mark.parametrize("name, natural", [
    ("Roe, Jane", "Jane Roe"), ("ROE, JANE Q.", "JANE Q. ROE"), ("O'Roe, Jane", "Jane O'Roe"),
    ("Roe, J.", "J. Roe"),
    # negative: as written
    ("Jane Roe", "Jane Roe"), ("Jane Roe, Jr.", "Jane Roe, Jr."), ("Acme, Inc.", "Acme, Inc."),
    ("Roe, Director", "Roe, Director"), ("Acme, L.P.", "Acme, L.P."),
    ("Jane Roe, Richard Poe", "Jane Roe, Richard Poe")])
def test_first_name_first(name, natural):
    assert first_name_first(name) == natural


@pytest.mark.parametrize("text, again", [
    ("Jane Roe, by John Doe, attorney-in-fact for Roe, Jane", "Roe, Jane"),
    ("Jane Roe by John Doe, as attorney in fact on behalf of Jane Roe.", "Jane Roe"),
    ("Jane Roe, by John Doe, attorney-in-fact", None),
    ("John Doe, attorney-in-fact (for Jane Roe)", None)])
def test_principal_again(text, again):
    m = PRINCIPAL_AGAIN.search(text)
    assert (m["again"] if m else None) == again


@pytest.mark.parametrize("a, b, same", [("Jane Roe", "Roe, Jane", True),
                                        ("JANE Q. ROE", "Roe, Jane Q.", True),
                                        ("Jane Roe", "Richard Poe", False),
                                        ("Jane Roe", "John Roe", False)])
def test_same_person(a, b, same):
    assert same_person(a, b) is same


def test_surname_first_principal_whole_filing(tmp_path):
    rec = _filing(tmp_path, [("Acme Holdings, Inc.", "CO")],
                  "ACME HOLDINGS, INC.\nBy: /s/ John Doe\nName: John Doe, as attorney-in-fact "
                  "for Roe, Jane\nTitle: Vice President\n")
    assert relation_pairs(rec, "officer_of") == {("Jane Roe", "Acme Holdings, Inc.")}
    assert "Roe, Jane" not in _parties(rec)


# === review S14 ===================================================================================
# --- 1-3. the person/firm veto: only a person's name against the same name with a legal form ---

def _kinds(rec) -> list[tuple[str, str, list[str]]]:
    return [(p.name, p.kind.value, sorted(r.value for r in p.roles)) for p in rec.parties]


@pytest.mark.parametrize("cover, heading, prose, name, relation", [
    # S14-1 (reviewer i2): "Acme Holdings, Incorporated" is still "Acme Holdings Inc."
    ("Acme Holdings Inc.", "ACME HOLDINGS, INCORPORATED", 'Acme Holdings, Incorporated ("Acme") '
     "and John Doe, its President and sole shareholder.", "Acme Holdings, Incorporated",
     ("officer_of", "President")),
    # (reviewer i1): "THE ACME FUND, L.P." heading the block is the fund
    ("Acme Fund, L.P.", "THE ACME FUND, L.P.", 'The Acme Fund, L.P. (the "Fund") and John Doe, '
     "the general partner of the Fund.", "The Acme Fund, L.P.",
     ("general_partner_of", "General Partner")),
])
def test_copied_in_code_on_a_firm_keeps_its_legal_spellings(tmp_path, cover, heading, prose,
                                                            name, relation):
    # the firm's cover copies the person's code "IN"; its own legal form outweighs it
    rec = _filing(tmp_path, [(cover, "IN"), ("John Doe", "IN")],
                  f"{heading}\nBy: /s/ John Doe\nName: John Doe\nTitle: {relation[1]}\n\n"
                  "/s/ John Doe\nJohn Doe\n", item2=prose)
    assert [n for n, _, _ in _kinds(rec)] == ["Acme, Inc.", name, "John Doe"]
    assert relation_pairs(rec, relation[0]) == {("John Doe", name)}
    assert relation_pairs(rec, "beneficial_owner_of") == {(name, "Acme, Inc."),
                                                          ("John Doe", "Acme, Inc.")}
    assert not [w for w in rec.warnings if w.code == "unmatched-signature-name"]


@pytest.mark.parametrize("cover, signed", [("John A. Smith", "John Smith"),
                                           ("John Doe", "John Q. Doe")])
def test_copied_pn_code_on_a_person_still_links_the_signature(tmp_path, cover, signed):
    # S14-2: the person's cover copies the fund's "PN"; the hand signature, alike but for a
    # middle initial, is still the reporting person, a person
    rec = _filing(tmp_path, [("Smith Partners, L.P.", "PN"), (cover, "PN")],
                  f"SMITH PARTNERS, L.P.\nBy: /s/ {signed}\nName: {signed}\n"
                  f"Title: General Partner\n\n/s/ {signed}\n{signed}\n",
                  item2=f'Smith Partners, L.P. ("Smith Partners") and {cover}, the general '
                        'partner of Smith Partners.')
    assert _kinds(rec) == [("Acme, Inc.", "organization", ["issuer"]),
                           ("Smith Partners, L.P.", "organization", ["reporting_person"]),
                           (cover, "person", ["reporting_person", "signer"])]
    assert relation_pairs(rec, "general_partner_of") == {(cover, "Smith Partners, L.P.")}


def test_double_initials_are_no_legal_form(tmp_path):
    # S14-3: "A.G." of "Robert A.G. Monks" is no "AG": one person, one holding
    rec = _filing(tmp_path, [("Robert A. Monks", "IN")], "/s/ Robert A. Monks\nRobert A. Monks\n",
                  item2='Robert A.G. Monks (the "Reporting Person").',
                  item4="(a) Robert A.G. Monks owns 1,000 shares directly.")
    assert _kinds(rec) == [("Acme, Inc.", "organization", ["issuer"]),
                           ("Robert A.G. Monks", "person", ["reporting_person", "signer"])]
    assert [(c.shares, c.percent) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"] == [(1000, 5.0)]


def test_surname_co_is_no_legal_form(tmp_path):
    # S14-3: "Lucio L. Co" is the person Lucio Co, not a company
    rec = _filing(tmp_path, [("Lucio Co", "IN"), ("Co Holdings, Inc.", "CO")],
                  "/s/ Lucio Co\nLucio Co\n\nCO HOLDINGS, INC.\nBy: /s/ Lucio Co\n"
                  "Name: Lucio Co\nTitle: Chairman\n",
                  item2='Lucio L. Co and Co Holdings, Inc. ("Co Holdings"), of which Lucio L. Co '
                        'is the Chairman.',
                  item4="(a) Co Holdings owns 1,000 shares directly. Lucio L. Co, as Chairman and "
                        "sole shareholder of\nCo Holdings, may be deemed to beneficially own "
                        "such shares.")
    assert [n for n, _, _ in _kinds(rec)] == ["Acme, Inc.", "Co Holdings, Inc.", "Lucio Co"]
    assert relation_pairs(rec, "officer_of") == {("Lucio Co", "Co Holdings, Inc.")}
    assert relation_pairs(rec, "shareholder_of") == {("Lucio Co", "Co Holdings, Inc.")}


@pytest.mark.parametrize("party, code, spelling", [
    # S14-1: a firm coded "IN" by a copied cover, and its own spellings
    ("Acme Fund, L.P.", "IN", "The Acme Fund, L.P."),
    ("Acme Capital Management, LLC", "IN", 'Acme Capital Management LLC ("ACM")'),
    ("Acme Holdings Inc.", "IN", "Acme Holdings, Incorporated"),
    ("Acme Global Opportunities Fund Ltd.", "IN", "Acme Global Opportunity Fund Ltd."),
    # S14-3: initials and surnames that read as legal forms
    ("Robert A. Monks", "IN", "Robert A.G. Monks"), ("Lucio Co", "IN", "Lucio L. Co"),
    ("John Sa", "IN", "John A. Sa"), ("John S. Smith", "IN", "John S.A. Smith"),
    ("Robert A. G. Monks", "IN", "ROBERT A.G. MONKS"),
    # S14-2: a person coded "PN" and the same person alike but for a middle initial
    ("John A. Smith", "PN", "John Smith"),
])
def test_partybook_no_veto_between_alike_names(party, code, spelling):
    book = PartyBook()
    p = book.add(party)
    p.type_codes.append(code)
    assert book.lookup(spelling) is p
    assert book.lookup(spelling, kind=PartyKind.PERSON if code == "PN" else None) is p


def test_partybook_signature_alike_but_for_an_initial_links_a_pn_person():
    # S14-2: a hand signature outweighs the copied code, as settle_kinds does
    book = PartyBook()
    p = book.add("John A. Smith", stated_kind=PartyKind.ORGANIZATION)  # the cover's "PN"
    assert book.add("John Smith", how="signature", stated_kind=PartyKind.PERSON) is p


def test_partybook_signature_outweighs_a_copied_code():
    # the person coded "CO" by a copied cover, signing by hand: the firm named after her with
    # a legal form is not her
    book = PartyBook()
    p = book.add("Jane Roe", stated_kind=PartyKind.ORGANIZATION)
    p.type_codes.append("CO")
    assert book.add("Jane Roe", how="signature", stated_kind=PartyKind.PERSON) is p
    assert book.add("Jane Roe LLC").id != p.id


@pytest.mark.parametrize("name, stem", [
    ("Jane Roe, Inc.", "janeroe"), ("Jane Roe LLC", "janeroe"), ("JANE ROE & CO.", "janeroe"),
    ("Jane Roe and Company", "janeroe"), ("Acme, S.A.", "acme"), ("Acme Holding Co.", "acmeholding"),
    ("Acme Fund, L.P.", "acmefund"), ("Acme Holdings Co., Ltd.", "acmeholdings"),
    ("Jane Roe Company", "janeroe"), ("Acme Bank, N.A.", "acmebank"),
    # negative: initials, surnames, a title after the comma
    ("Robert A.G. Monks", None), ("John S.A. Smith", None), ("Lucio L. Co", None),
    ("Lucio Co", None), ("John Sa", None), ("Maria Sa Pereira", None), ("Jane Roe", None),
    ("Jane Roe, Co-Trustee", None), ("Jane Roe Co-Trustee", None), ("Jane Roe, Jr.", None),
    ("Celtic Intermediate", None)])
def test_legal_stem(name, stem):
    assert legal_stem(name) == stem


@pytest.mark.parametrize("name, stem", [
    ("Acme, A.G.", "acme"), ("Roe & Co.", "roe"), ("Acme Pty", "acme"), ("Roe & Doe, P.C.", "roeanddoe"),
    ("Acme S.A. de C.V.", "acme"), ("Acme GmbH & Co. KG", "acme"), ("Acme Sp. z o.o.", "acme"),
    ("Acme Joint Stock Company", "acme"), ("Acme Fund L P", "acmefund"), ("Acme Bank N.A.", "acmebank"),
    ("Acme Holdings Co., Ltd.", "acmeholdings"), ("Jane Roe LLC,", "janeroe"),
    # no form where it stands: a form word inside the name, a given name after the comma,
    # a trust, initials after a person's name
    ("Acme LLC Fund", None), ("Roe, Jane", None), ("Roe Family Trust", None),
    ("John Roe Ab", None), ("Jane Roe Na", None), ("Acme Co", None)])
def test_legal_stem_forms_from_the_table(name, stem):
    """legal_stem reads the forms of resolvers.legal_forms' table, not a list of its own."""
    assert legal_stem(name) == stem


# --- 5. the role-first reader: a label or a defined term is no part of the entity's name ------

@pytest.mark.parametrize("lines", [
    "By its general partner\nName: Acme GP, L.P.",  # reviewer h1
    'By its general partner, Acme GP, L.P. ("Acme GP")',  # reviewer h2
    'By its general partner,\nAcme GP, L.P. (the "General Partner")',
    "By: Its General Partner\nEntity: Acme GP, L.P.",
])
def test_role_first_entity_without_label_or_term(lines):
    found, sigs = _read("ACME FUND, L.P.\n" + lines + "\n" + SIGNER)
    assert found == [("general_partner_of", "Acme GP, L.P.", "ACME FUND, L.P.", None),
                     ("managing_member_of", "John Doe", "Acme GP, L.P.", None)]
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND, L.P."])]


def test_role_first_entity_with_a_note():
    found, _ = _read("ACME FUND LLC\nBy: its Manager\nACME MANAGEMENT LLC (see Note 1)\n" + SIGNER)
    assert [f[1] for f in found] == ["ACME MANAGEMENT LLC", "John Doe"]


@pytest.mark.parametrize("line, behalf", [
    ("By its Manager, Dated: May 1, 2021", ["ACME FUND LLC"]),
    ("By its Manager,                 Dated: December 18, 2020", [])])  # as on main
def test_role_first_other_label_is_no_entity(line, behalf):
    found, sigs = _read("ACME FUND LLC\n" + line + "\n" + SIGNER)
    assert found == [] and sigs == [("John Doe", "Managing Member", behalf)]


def test_role_first_labelled_entity_whole_filing(tmp_path):
    # reviewer h1: no party "Name: Acme GP, L.P."; its links go to the reporting person
    rec = _filing(tmp_path, [("Acme Fund, L.P.", "PN"), ("Acme GP, L.P.", "PN"), ("John Doe", "IN")],
                  "ACME FUND, L.P.\nBy its general partner\nName: Acme GP, L.P.\nBy: /s/ John Doe\n"
                  "Name: John Doe\nTitle: Managing Member\n\n/s/ John Doe\nJohn Doe\n")
    assert [p.name for p in rec.parties] == ["Acme, Inc.", "Acme Fund, L.P.", "Acme GP, L.P.",
                                             "John Doe"]
    assert relation_pairs(rec, "general_partner_of") == {("Acme GP, L.P.", "Acme Fund, L.P.")}
    assert relation_pairs(rec, "managing_member_of") == {("John Doe", "Acme GP, L.P.")}


@pytest.mark.parametrize("text, out", [("Name: Acme GP, L.P.", "Acme GP, L.P."),
                                       ("  NAME:Acme GP, L.P.", "Acme GP, L.P."),
                                       ("Name of Entity: Acme GP LLC", "Acme GP LLC")])
def test_name_label_pattern(text, out):
    assert NAME_LABEL.sub("", text).strip() == out


@pytest.mark.parametrize("text", ["Dated: May 1, 2021", "Title: Manager", "Acme GP, L.P."])
def test_name_label_pattern_negative(text):
    assert NAME_LABEL.match(text) is None


@pytest.mark.parametrize("text, out", [('Acme GP, L.P. ("Acme GP")', "Acme GP, L.P."),
                                       ("ACME LLC (see Note 1)", "ACME LLC"),
                                       ('Acme GP (the "GP"),', "Acme GP")])
def test_trailing_note_pattern(text, out):
    assert TRAILING_NOTE.sub("", text) == out


@pytest.mark.parametrize("text", ["Acme Fund (Q), L.P.", "Acme GP, L.P."])
def test_trailing_note_pattern_negative(text):
    assert TRAILING_NOTE.search(text) is None


# --- 6. surname first: only a given name is put first ------------------------------------------

@pytest.mark.parametrize("word", ["VP", "SVP", "CPA", "CFA", "MD", "GC", "CTO", "Jr.", "Sr.",
                                  "III", "Esq.", "Owner", "Founder", "Personally", "Guardian",
                                  "Custodian", "Agent", "Attorney", "Grantor", "Settlor",
                                  "Nominee", "Beneficiary", "Deceased"])
def test_surname_and_title_or_suffix_not_flipped(word):
    # as on main: "Roe" with the title (or suffix) as printed, never "VP Roe"
    assert first_name_first(f"Roe, {word}") == f"Roe, {word}"
    _, sigs = _read(f"/s/ Roe, {word}\n")
    assert sigs[0][0] in ("Roe", f"Roe, {word}") and not sigs[0][0].endswith(" Roe")


@pytest.mark.parametrize("firm", ["Goldman, Sachs", "Lazard, Freres", "Brown, Brothers"])
def test_firm_of_two_surnames_not_flipped(firm):
    assert first_name_first(firm) == firm
    _, sigs = _read(f"/s/ {firm}\n")
    assert sigs[0][0] == firm.split(",")[0]  # as on main: never "Sachs Goldman"


@pytest.mark.parametrize("line, signer, title", [
    ("/s/ Roe, Jane, Trustee", "Jane Roe", "Trustee"),
    ("/s/ Roe, Jane Q., Trustee", "Jane Q. Roe", "Trustee"),
    ("/s/ ROE, JANE, CO-TRUSTEE", "JANE ROE", "CO-TRUSTEE"),
    ("/s/ Roe, Jane, Managing Member", "Jane Roe", "Managing Member"),
])
def test_surname_first_with_title(line, signer, title):
    _, sigs = _read(line + "\n")
    assert sigs == [(signer, title, [])]


@pytest.mark.parametrize("name, natural", [
    ("Roe, Jane, Trustee", "Jane Roe, Trustee"), ("Roe, J.", "J. Roe"),
    ("Roe, Kay Q.", "Kay Q. Roe"), ("Roe, Mary", "Mary Roe"),
    # negative: a suffix, an office, an unknown word after the comma, a title not a name
    ("Roe, Jr., Trustee", "Roe, Jr., Trustee"), ("Roe, Kay", "Roe, Kay"),
    ("Roe, Jane, Acme Holdings", "Roe, Jane, Acme Holdings")])
def test_first_name_first_s14(name, natural):
    assert first_name_first(name) == natural


@pytest.mark.parametrize("text, name, title", [("Roe, Jane, Trustee", "Roe, Jane", "Trustee"),
                                               ("ROE, JANE Q., CO-TRUSTEE", "ROE, JANE Q.",
                                                "CO-TRUSTEE")])
def test_surname_first_titled_pattern(text, name, title):
    m = SURNAME_FIRST_TITLED.match(text)
    assert (m["name"], m["title"]) == (name, title)


@pytest.mark.parametrize("text", ["Jane Roe, Trustee", "Roe, Jane", "Roe, Jane, Q, Trustee"])
def test_surname_first_titled_pattern_negative(text):
    assert SURNAME_FIRST_TITLED.match(text) is None
