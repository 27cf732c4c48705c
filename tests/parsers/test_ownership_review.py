"""Forms 3/4/5: the defects a review found in holding lines, owner spellings and signatures.

Synthetic forms use made-up names (Widget Inc., Jane Roe); real filings come from
tests/fixtures/filings/ and their values are those printed in the filing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.models import PartyKind
from graphkit.parse import parse_path
from graphkit.parsers.ownership_holdings import (NATURE_MARK, POSSESSIVE, TRUSTEE_NATURE,
                                                 WORD_PART, named_holder, read_share_amount)
from graphkit.parsers.ownership_owners import (PERSONS_JOINED, PRINCIPAL_END, PRINCIPAL_FIRST,
                                               SIGNED_LEAD, SIGNER_SUFFIX, TRUSTEE_CAPACITY,
                                               owner_spellings, printed_first_name_first,
                                               read_signature, signed_for)
from graphkit.parsers.ownership_text import read_table_one
from graphkit.parsers.ownership_xml import parse_ownership_xml
from graphkit.parsers.xmldoc import (EACH_FILER, LEADING_THE, LIST_BEFORE, PLURAL_TERM,
                                     names_a_list, to_number)
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def _owner(name, rel="<isDirector>1</isDirector>", cik="0000000009"):
    return (f"<reportingOwner><reportingOwnerId><rptOwnerCik>{cik}</rptOwnerCik><rptOwnerName>"
            f"{name}</rptOwnerName></reportingOwnerId><reportingOwnerRelationship>{rel}"
            "</reportingOwnerRelationship></reportingOwner>")


def _row(shares="1500", di="D", nature=None, nat_fn=""):
    nat = (f"<natureOfOwnership><value>{nature}</value>{nat_fn}</natureOfOwnership>"
           if nature is not None else "")
    return ("<nonDerivativeTransaction><securityTitle><value>Common Stock</value></securityTitle>"
            "<postTransactionAmounts><sharesOwnedFollowingTransaction><value>"
            f"{shares}</value></sharesOwnedFollowingTransaction></postTransactionAmounts>"
            f"<ownershipNature><directOrIndirectOwnership><value>{di}</value>"
            f"</directOrIndirectOwnership>{nat}</ownershipNature></nonDerivativeTransaction>")


def _form(owners, rows, footnotes="", sigs=("/s/ John Doe",)):
    s = "".join(f"<ownerSignature><signatureName>{x}</signatureName><signatureDate>2023-01-02"
                "</signatureDate></ownerSignature>" for x in sigs)
    fn = f"<footnotes>{footnotes}</footnotes>" if footnotes else ""
    xml = ("<ownershipDocument><documentType>4</documentType><periodOfReport>2022-12-12"
           "</periodOfReport><issuer><issuerCik>0000000002</issuerCik><issuerName>Widget Inc."
           "</issuerName><issuerTradingSymbol>WDGT</issuerTradingSymbol></issuer>"
           f"{''.join(owners)}<nonDerivativeTable>{''.join(rows)}</nonDerivativeTable>"
           f"{fn}{s}</ownershipDocument>")
    return parse_ownership_xml(SourceText("f4.xml", xml))


def _named(rec):
    return [p.name for p in rec.parties if "named" in [r.value for r in p.roles]]


# -- 1, 9: amounts ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, shares", [
    ("$1,000.5", 1001), ("1,000.5%", 1001), ("100.50", 101), ("0.4", 0), (" 1,000.75 ", 1001),
    ("15711.8844", 15712), ("9" * 400, None), ("9" * 400 + ".5", None), ("N/A", None)])
def test_share_amounts_round_half_up_and_never_raise(raw, shares):
    assert read_share_amount(raw) == shares


def test_amount_with_dollar_sign_is_read_with_a_fraction_warning():
    rec = _form([_owner("Roe Jane")], [_row(shares="$1,000.5")])
    assert [c.shares for c in rec.claims if c.shares is not None] == [1001]
    (w,) = [w for w in rec.warnings if w.code == "fractional-shares"]
    assert "rounded half up to 1001" in w.message


def test_amount_of_hundreds_of_digits_is_a_warning_not_a_crash():
    rec = _form([_owner("Roe Jane")], [_row(shares="9" * 400 + ".5")])
    assert [c.shares for c in rec.claims if c.shares is not None] == []
    assert [w.code for w in rec.warnings] == ["share-amount-unreadable"]
    assert to_number("9" * 400) is None


def test_fraction_warning_counts_only_amounts_that_make_claims():
    # two transactions on one line: only the last amount (whole) is the holding
    rec = _form([_owner("Roe Jane")], [_row(shares="100.5"), _row(shares="200")])
    assert [c.shares for c in rec.claims if c.shares is not None] == [200]
    assert not [w for w in rec.warnings if w.code == "fractional-shares"]
    rec = _form([_owner("Roe Jane")], [_row(shares="0.4")])
    assert [w.code for w in rec.warnings] == ["fractional-shares"]  # rounds to 0: warned


def test_text_form_fraction_warning_on_a_real_filing():
    # McGuirk / Isabella Bank Form 4 (text): 15711.8844 shares on line 135, three fractions
    rec = parse_path(FILINGS / "mcguirk_isabella_2024_form4.txt").records[0]
    (w,) = [w for w in rec.warnings if w.code == "fractional-shares"]
    assert w.line == 135 and "15711.8844" in w.message and "rounded half up to 15712" in w.message
    assert "3 amount(s)" in w.message


# -- 2-5: the holder a nature names --------------------------------------------------------------

@pytest.mark.parametrize("nature", [
    "BY TRUST FOR CHILDREN", "BY LLC OF SPOUSE", "BY TRUST FBO CHILDREN", "By Trust FBO Children",
    "By Grantor Retained Annuity Trust", "By QTIP Trust", "By Spousal Lifetime Access Trust",
    "By Donor Advised Fund", "By Trust A", "By Trust No. 2", "By Mother-in-law Trust",
    "By Jane Roe, Trustee", "By Parents' Trust", "By Spouse's Trust"])
def test_descriptions_of_holders_name_no_party(nature):
    assert named_holder(nature) is None
    assert _named(_form([_owner("Roe Jane")], [_row(di="I", nature=nature)])) == []


@pytest.mark.parametrize("nature, holder", [
    ("By Jane Roe, Trustee of the Roe Trust", "Roe Trust"),
    ("By O'Neil Family Trust", "O'Neil Family Trust"),
    ("By D'Amato Holdings, LLC", "D'Amato Holdings, LLC"),
    ("By O’Brien Trust", "O’Brien Trust"),
    ("By Acme Fund II, L.P. (3)(4)", "Acme Fund II, L.P."),
    ("By Acme Fund II, L.P.(1),(2)", "Acme Fund II, L.P."),
    ("By Acme Fund II, L.P.1", "Acme Fund II, L.P."),
    ("BY ACME FAMILY TRUST", "ACME FAMILY TRUST"),
    ("By Roe Family Trust", "Roe Family Trust")])
def test_named_holders(nature, holder):
    assert named_holder(nature) == holder
    assert _named(_form([_owner("Roe Jane")], [_row(di="I", nature=nature)])) == [holder]


def test_holder_patterns():
    assert NATURE_MARK.search(" (3)(4)") and NATURE_MARK.search("L.P.1")
    assert not NATURE_MARK.search("Trust No. 2")
    assert POSSESSIVE.search("Spouse's") and POSSESSIVE.search("Parents' Trust")
    assert not POSSESSIVE.search("O'Neil") and not POSSESSIVE.search("O’Brien")
    m = TRUSTEE_NATURE.match("Jane Roe, Trustee of the Roe Trust")
    assert (m["trustee"], m["trust"]) == ("Jane Roe", "Roe Trust")
    assert not TRUSTEE_NATURE.match("Acme Trustee Services LLC")
    assert WORD_PART.findall("mother-in-law") == ["mother", "in", "law"]


# -- 11: a nature wrapped over two lines of a text Table I ---------------------------------------

def test_wrapped_nature_cell_is_joined():
    t = ("Table I -- Non-Derivative Securities\n<TABLE>\n"
         "<S>      <C>   <C> <C><C>   <C><C>  <C>     <C>  <C>\n"
         "Common   |     |   | |     |  |    |250    |I   |By Acme Capital|\n"
         "         |     |   | |     |  |    |       |    |Partners, L.P. |\n</TABLE>")
    assert [(r.nature, r.shares) for r in read_table_one(t)] == [
        ("By Acme Capital Partners, L.P.", 250)]


# -- 6, 10, 12: prose of footnotes ---------------------------------------------------------------

_NOTE = '<footnote id="F1">{}</footnote>'


def test_each_reporting_person_is_every_owner():
    rec = _form([_owner("Roe Jane"), _owner("ACME CAPITAL LLC", "<isTenPercentOwner>1"
                                            "</isTenPercentOwner>", "0000000011")],
                [_row(di="I", nature="See footnote", nat_fn='<footnoteId id="F1"/>')],
                _NOTE.format("Each Reporting Person is a member of Acme GP, LLC."))
    members = [(rec.party(c.source).name, rec.party(c.target).name) for c in rec.claims
               if c.relation.value == "member_of"]
    assert members == [("Roe Jane", "Acme GP, LLC"), ("ACME CAPITAL LLC", "Acme GP, LLC")]
    assert EACH_FILER.search("each of the Reporting Persons is") and not EACH_FILER.search(
        "the Reporting Person is")


def test_ambiguous_reporting_person_makes_no_other_party():
    rec = _form([_owner("Roe Jane"), _owner("ACME CAPITAL LLC", "<isTenPercentOwner>1"
                                            "</isTenPercentOwner>", "0000000011")],
                [_row(di="I", nature="See footnote", nat_fn='<footnoteId id="F1"/>')],
                _NOTE.format("The Reporting Person is the general partner of Acme Fund, L.P."))
    assert _named(rec) == []
    assert [w.code for w in rec.warnings] == ["reporting-person-ambiguous"]


def test_plural_term_of_a_list_is_no_alias_of_its_last_name():
    # Boersma / Dutch Bros Form 4, footnote: 'DM Trust Aggregator, LLC and DM Individual
    # Aggregator, LLC (the "DM Trusts")': the term is both LLCs', not the last one's
    rec = parse_path(FILINGS / "boersma_dutchbros_2025_form4.xml").records[0]
    party = next(p for p in rec.parties if p.name == "DM Individual Aggregator, LLC")
    assert "DM Trusts" not in [a.name for a in party.aliases]
    assert not [p for p in rec.parties if p.name == "DM Trusts"]


def test_list_term_patterns():
    assert names_a_list("Acme Trusts", "Beta Aggregator, LLC", "held by Acme Aggregator, LLC and ")
    assert not names_a_list("Acme Trust", "Beta Aggregator, LLC", "Acme Aggregator, LLC and ")
    assert PLURAL_TERM.search("Trusts") and not PLURAL_TERM.search("Class")
    assert not PLURAL_TERM.search("Status")
    assert LIST_BEFORE.search("Acme LLC, ") and not LIST_BEFORE.search("held by ")
    assert LEADING_THE.sub("", "the Acme Trusts") == "Acme Trusts"


# -- 7: owner spellings --------------------------------------------------------------------------

@pytest.mark.parametrize("name, insider, spellings", [
    ("MORGAN STANLEY", False, []), ("ACME BETA", False, []), ("ROE JANE", True, ["JANE ROE"]),
    ("ROE JANE Q", False, ["JANE Q. ROE"]), ("ROE JANE /NY", True, ["JANE ROE"]),
    ("MC DONALD JOHN", True, ["JOHN MC DONALD"]), ("Roe Jane Q", True, ["Jane Q. Roe"])])
def test_owner_spellings(name, insider, spellings):
    assert owner_spellings(name, PartyKind.PERSON, insider=insider) == spellings


def test_owner_in_natural_order_is_not_reversed_when_the_filing_prints_it_so():
    rec = _form([_owner("Jane Roe")], [_row()], sigs=["/s/ Jane Roe"])
    assert [a.name for a in rec.parties[1].aliases] == []
    rec = _form([_owner("MORGAN STANLEY", "<isTenPercentOwner>1</isTenPercentOwner>")], [_row()])
    assert [a.name for a in rec.parties[1].aliases] == []
    assert printed_first_name_first("SZE JANE", "JANE SZE", "for Jane Sze") is True


def test_owner_spellings_on_real_filings():
    # Sze / Turtle Beach: "SZE JULIA", signed "for Julia Sze"; McMahon / Snowflake Form 5:
    # "McMahon John Dennis", footnotes "the John McMahon 1995 Family Trust"
    sze = parse_path(FILINGS / "sze_turtlebeach_2023_form4.xml").records[0].party("p2")
    assert [a.name for a in sze.aliases][:1] == ["JULIA SZE"]
    mcm = parse_path(FILINGS / "mcmahon_snowflake_2022_form5.xml").records[0].party("p2")
    assert [a.name for a in mcm.aliases] == ["John Dennis McMahon"]


# -- 8: signatures by an attorney-in-fact --------------------------------------------------------

@pytest.mark.parametrize("raw, owners, signer, behalf", [
    ("Jane Roe by John Doe, Attorney-in-Fact", ["ROE JANE"], "John Doe", ["Jane Roe"]),
    ("By: John Doe, Attorney-in-Fact", ["ROE JANE"], "John Doe", ["ROE JANE"]),
    ("By: /s/ John Doe, Attorney-in-Fact", ["ROE JANE"], "John Doe", ["ROE JANE"]),
    ("/s/ John Doe as Attorney-in-Fact for Jane Roe (1)", ["ROE JANE"], "John Doe", ["Jane Roe"]),
    ("/s/ John Doe, Attorney-in-Fact for the Reporting Person", ["ROE JANE"], "John Doe",
     ["ROE JANE"]),
    ("John Doe, attorney-in-fact for Acme Partners, L.P., by Acme GP, LLC, its general partner",
     ["ACME PARTNERS LP"], "John Doe", ["Acme Partners, L.P."]),
    ("/s/ John Doe, Attorney-in-Fact for Jane Roe and John Smith", ["ROE JANE", "SMITH JOHN"],
     "John Doe", ["Jane Roe", "John Smith"]),
    ("/s/ John Doe, attorney-in-fact for Jane Roe.", ["ROE JANE"], "John Doe", ["Jane Roe"]),
    ("Jane Roe, by her attorney-in-fact John Doe", ["ROE JANE"], "John Doe", ["Jane Roe"]),
    ("John Doe, Esq., Attorney-in-Fact", ["ROE JANE"], "John Doe", ["ROE JANE"]),
    ("John Doe, Jr., Attorney-in-Fact", ["ROE JANE"], "John Doe Jr.", ["ROE JANE"]),
    ("/s/ John Doe, Attorney-in-Fact for Jane Roe / 2023-01-01", ["ROE JANE"], "John Doe",
     ["Jane Roe"]),
    ("John Doe, as attorney-in-fact for Jane Roe and as trustee", ["ROE JANE"], "John Doe",
     ["Jane Roe"]),
    ("/s/ John Doe, Attorney-in-Fact for Jane Roe, Trustee", ["ROE JANE"], "John Doe",
     ["Jane Roe"]),
])
def test_attorney_signatures(raw, owners, signer, behalf):
    s = read_signature(raw, owners)
    assert (s.signer, s.title, s.on_behalf_of) == (signer, "Attorney-in-Fact", behalf)


def test_signatures_that_are_not_by_attorney_stay_as_printed():
    raw = "Acme Partners, L.P., By: Acme GP, LLC, its general partner, By: /s/ Jane Roe, Manager"
    assert (read_signature(raw, ["X"]).signer, read_signature(raw, ["X"]).title) == (raw, None)
    assert read_signature("/s/ Jane Roe", ["ROE JANE"]).signer == "Jane Roe"


def test_signature_patterns():
    assert SIGNED_LEAD.sub("", "By: /s/ John Doe") == "John Doe"
    assert SIGNER_SUFFIX.sub("", "John Doe, Esq., Attorney") == "John Doe, Attorney"
    m = PRINCIPAL_FIRST.match("Jane Roe by John Doe, Attorney-in-Fact")
    assert (m["principal"], m["before"]) == ("Jane Roe", "John Doe")
    assert not PRINCIPAL_FIRST.match("John Doe by Power of Attorney")
    assert PRINCIPAL_END.sub("", "Jane Roe (1)") == "Jane Roe"
    assert PRINCIPAL_END.sub("", "Acme LP, by Acme GP, LLC") == "Acme LP"
    assert TRUSTEE_CAPACITY.sub("", "Jane Roe, as co-trustee") == "Jane Roe"
    assert PERSONS_JOINED.split("Jane Roe & John Smith") == ["Jane Roe", "John Smith"]
    assert signed_for("Acme Fund and Beta Fund, L.P.", []) == ["Acme Fund and Beta Fund, L.P."]
