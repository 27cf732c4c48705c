"""Paper Form D (graphkit.parsers.formd_text): values read from the 2003 seed, and OCR damage."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.errors import ParseError
from graphkit.parsers import formd_text as ft
from graphkit.parsers.formd_text import parse_formd_text
from graphkit.source import SourceText
from tests.conftest import SEED_FORMD

SEED_TEXT = SEED_FORMD.read_text(encoding="utf-8")


def parse(text: str = SEED_TEXT):
    return parse_formd_text(SourceText(path="seed.txt", text=text))


@pytest.fixture(scope="module")
def rec():
    return parse()


def roles_of(rec, name):
    pid = next(p.id for p in rec.parties if p.name == name)
    return sorted(c.relation.value for c in rec.claims if c.source == pid)


def test_issuer_and_offering(rec):
    off = rec.offering
    assert (rec.form, rec.family.value, rec.issuer.name) == ("D", "form_d", "Qualys, Inc.")
    assert rec.issuer.address == "1600 Bridge Parkway, Redwood Shores, CA 94065"
    assert off.offering_name == "Series B Preferred Stock Financing"
    assert off.exemptions == ["Rule 506"] and off.is_amendment is False
    assert off.entity_type == "corporation"
    assert (off.month_of_incorporation, off.year_of_incorporation) == (12, 1999)
    assert off.jurisdiction == "Delaware" and rec.party("issuer").jurisdiction == "Delaware"
    assert off.phone == "(650) 801-6135"
    assert off.business == "Provider of network security audits and vulnerability management"


def test_amounts_and_investors(rec):
    off = rec.offering
    assert off.total_offering_amount == 28684072.04
    assert off.total_amount_sold == 27701668.92
    assert (off.accredited_investors, off.non_accredited_investors) == (20, 0)
    got = {r.field: r.value for r in off.readings}
    assert got["total_expenses"] == 50000.0
    assert got["adjusted_gross_proceeds"] == 28634072.04


def test_arithmetic_warning_is_the_real_mismatch(rec):
    # uses of proceeds (11,035,000.08 + 17,599,071.96) equal the adjusted gross proceeds, but
    # the form prints 27,701,668.92 (the amount sold) as "Total Payments Listed"
    codes = [(w.code, w.line) for w in rec.warnings]
    assert codes == [("sum-mismatch", 336)]
    assert "27,701,668.92" in rec.warnings[0].message


def test_related_persons_and_boxes(rec):
    assert roles_of(rec, "Courtot, Philippe") == ["beneficial_owner_of", "director_of",
                                                 "officer_of"]
    assert roles_of(rec, "Eschelbeck, Gerhard") == ["officer_of"]
    assert roles_of(rec, "Saltzman, Eric") == ["officer_of"]
    assert roles_of(rec, "Dixon, Donald R.") == ["beneficial_owner_of", "director_of"]
    assert roles_of(rec, "Vieux, Alex S.") == ["director_of"]
    for org in ("Trident Capital", "GRP Partners", "Mercury Interactive Ventures",
                "ABS Ventures"):
        assert roles_of(rec, org) == ["beneficial_owner_of"]
    kinds = {p.name: p.kind.value for p in rec.parties}
    assert kinds["Courtot, Philippe"] == "person" and kinds["Trident Capital"] == "organization"
    assert len(rec.parties) == 10  # issuer + 9 filled blocks; the 5 empty blocks are skipped
    dixon = next(p for p in rec.parties if p.name == "Dixon, Donald R.")
    assert dixon.addresses == ["505 Hamilton Avenue, Suite 200, Palo Alto, CA 94301"]


def test_signature_and_title(rec):
    assert rec.signature_date == dt.date(2003, 11, 28)
    assert len(rec.signatures) == 1  # federal and state blocks are the same signature
    sig = rec.signatures[0]
    assert (sig.signer, sig.title, sig.on_behalf_of) == ("Eric Saltzman",
                                                        "Chief Financial Officer",
                                                        ["Qualys, Inc."])
    saltzman = next(p for p in rec.parties if p.name == "Saltzman, Eric")
    assert [a.name for a in saltzman.aliases] == ["Eric Saltzman"]
    officer = next(c for c in rec.claims if c.source == saltzman.id)
    assert officer.title == "Chief Financial Officer"
    assert all(c.as_of == dt.date(2003, 11, 28) for c in rec.claims)


def test_every_claim_and_party_has_evidence(rec):
    assert all(c.evidence and c.evidence[0].line for c in rec.claims)
    assert all(p.evidence for p in rec.parties if p.id != "issuer" or p.evidence)
    courtot = next(p for p in rec.parties if p.name == "Courtot, Philippe")
    assert courtot.evidence[0].line == 93 and courtot.evidence[0].text == "Courtot, Philippe"


def test_header_cik_goes_on_issuer():
    from graphkit.models import HeaderCompany, SubmissionHeader
    hdr = SubmissionHeader(accession_number="0000000000-03-000001",
                           companies=[HeaderCompany(role="filer", name="QUALYS INC",
                                                    cik="1107843")])
    r = parse_formd_text(SourceText(path="seed.txt", text=SEED_TEXT), hdr)
    assert r.issuer.cik == "0001107843"
    assert r.party("issuer").identifiers[0].value == "0001107843"
    assert r.accession_number == "0000000000-03-000001"


# --- OCR damage ------------------------------------------------------------------------------

def test_damaged_glyphs_and_labels():
    text = (SEED_TEXT.replace("☒ Beneficial Owner", "[X] Benefcial Owner")
            .replace("☐ Promoter", "[ ] Prornoter")
            .replace("Full Name (Last name first, if individual)",
                     "Full Narne (Last name flrst, if individual)"))
    r = parse(text)
    assert roles_of(r, "Courtot, Philippe") == ["beneficial_owner_of", "director_of",
                                               "officer_of"]
    assert roles_of(r, "ABS Ventures") == ["beneficial_owner_of"]


def test_missing_block_and_name_warn():
    start = SEED_TEXT.index("Check Box(es) that Apply: ☐ Promoter ☐ Beneficial Owner ☒ Executive"
                            " Officer ☐ Director ☐ General and/or Managing Partner\n\nFull Name"
                            " (Last name first, if individual)\n\nEschelbeck")
    text = SEED_TEXT[:start] + SEED_TEXT[start:].replace("Eschelbeck, Gerhard\n", "\n", 1)
    r = parse(text)
    assert "Eschelbeck, Gerhard" not in {p.name for p in r.parties}
    assert any(w.code == "empty-related-person" for w in r.warnings)
    assert roles_of(r, "Saltzman, Eric") == ["officer_of"]


def test_amount_damage_warns_on_sum():
    # the seed prints "\\$" (an escaped dollar sign from its conversion)
    r = parse(SEED_TEXT.replace("Equity.....\t\\$ 28,684,072.04", "Equity.....\t\\$ 28,684,O72.04")
              .replace("Total.....\t\\$ 28,684,072.04", "Total.....\t\\$ 28,648,072.04"))
    assert r.offering.total_offering_amount == 28648072.04
    assert any(w.code == "sum-mismatch" and "aggregate offering price" in w.message
               for w in r.warnings)


def test_not_a_form_d_raises():
    with pytest.raises(ParseError, match="x.txt"):
        parse_formd_text(SourceText(path="x.txt", text="nothing here\n"))


# --- patterns --------------------------------------------------------------------------------

def test_money_pattern():
    assert ft.MONEY.search("Total.....\t\\$ 28,684,072.04\t").group("num") == "28,684,072.04"
    assert ft.MONEY.search("$11,035,000.08").group("num") == "11,035,000.08"
    assert ft.read_money("\\$ 0.00", "x").value == 0.0
    assert ft.read_money("$ N/A", "x") is None


def test_incorporation_date_pattern():
    m = ft.INCORPORATION_DATE.search("Month\n1 **2**Year\n9 **9**☒ Actual")
    assert (m["month"].strip(" *"), m["year"].strip(" *")) == ("1 **2", "9 **9")


def test_jurisdiction_code_pattern():
    m = ft.JURISDICTION_CODE.search("FN for other foreign jurisdiction)\n\nD E**GENERAL")
    assert m["code"] == "D E"


def test_investor_row_pattern():
    rows = ft.INVESTOR_ROW.findall("Accredited investors\t20\t\\$ 1.00\n"
                                   "Non-accredited Investors.....\t0\t\\$ 0.00\n")
    assert rows == [("", "20"), ("Non-", "0")]


def test_signature_patterns():
    m = ft.SIGNER.search("Name of Signer (Print or Type) Jane Roe\tTitle of Signer (Print or "
                         "Type) Treasurer\t")
    assert (m["name"], m["title"].strip()) == ("Jane Roe", "Treasurer")
    m = ft.SIGNATURE_ISSUER.search("Issuer (Print or Type) Acme, Inc.\tSignature \tDate "
                                   "May 1, 2003")
    assert (m["issuer"], m["date"]) == ("Acme, Inc.", "May 1, 2003")


def test_name_of_pattern_and_section_heading():
    m = ft.NAME_OF.search("Name of Issuer (☐ check if this is an amendment and name has "
                          "changed, and indicate change.)**Acme**")
    assert m["what"] == "Issuer" and m.group().endswith(")")
    assert ft.SECTION_HEADING.search("\nB. INFORMATION ABOUT OFFERING\n")["letter"] == "B"
    assert ft.NOBODY.match("N/A") and not ft.NOBODY.match("Nash, Al")


def test_person_or_organization():
    assert ft.person_or_organization("Dixon, Donald R.").value == "person"
    assert ft.person_or_organization("Mercury Interactive Ventures").value == "organization"
    assert ft.person_or_organization("Sequoia").value == "organization"


def test_lifted_caption_and_value_patterns():
    from graphkit.parsers import formd_text as ft

    assert ft.MIDDLE_INITIAL.search("John Q. Public") and not ft.MIDDLE_INITIAL.search("Acme Q.")
    assert ft.FILING_UNDER_CAPTION.split("Acme Fund LP  Filing  Under (Check box)")[0] == \
        "Acme Fund LP  "
    assert ft.TYPE_OF_FILING.search("Type of Filing:  [X] New Filing").end() == 15
    assert ft.PHONE_DIGITS.search("(212) 555-0100") and not ft.PHONE_DIGITS.search("ext. 12")
    assert ft.PLEASE_SPECIFY.sub("", "Other (please specify):") == "Other"
    assert ft.NOT_DIGIT.sub("", "1 9-98") == "1998"
