"""The Schedule 13G/13D text parser on the seed filing (OCR'd Qualys 13G) and its patterns."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from graphkit.errors import ParseError
from graphkit.models import AliasKind, HeaderCompany, PartyRole, SubmissionHeader
from graphkit.parsers import schedule13_cover as cover
from graphkit.parsers import schedule13_citizenship as citizenship
from graphkit.parsers import schedule13_items as items
from graphkit.parsers.schedule13_text import parse_schedule13_text
from graphkit.source import SourceText
from tests.conftest import SEED_13G


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@pytest.fixture(scope="module")
def seed():
    src = SourceText(path=SEED_13G.name, text=SEED_13G.read_text())
    return parse_schedule13_text(src)


def _party(rec, name):
    for p in rec.parties:
        if any(_key(n) == _key(name) for n in p.all_names()):
            return p
    raise AssertionError(f"{name} not among {[p.name for p in rec.parties]}")


def test_seed_front_page(seed):
    assert seed.form == "SC 13G" and seed.family.value == "schedule_13g"
    assert seed.amendment_number is None
    assert seed.issuer.name == "Qualys, Inc." and seed.issuer.cusip == "74758T303"
    assert seed.issuer.address == "1600 Bridge Parkway, Redwood City, California 94065"
    assert seed.event_date == dt.date(2013, 12, 31)
    assert seed.signature_date == dt.date(2014, 2, 4)
    assert seed.outstanding_shares.value == 32375299
    assert seed.security_class.startswith("Common Stock")


RP = {  # name: (term, shares, percent, jurisdiction)
    "Trident Capital Management-V, L.L.C.": ("TCMV", 6288626, 19.42, "Delaware"),
    "Trident Capital Fund-V, L.P.": ("TCV", 5639301, 17.42, "Delaware"),
    "Trident Capital Fund-V Affiliates Fund, L.P.": ("TCVA", 32770, 0.10, "Delaware"),
    "Trident Capital Fund-V Affiliates Fund (Q), L.P.": ("TCVAQ", 31269, 0.10, "Delaware"),
    "Trident Capital Fund-V Principals Fund, L.P.": ("TCVP", 156856, 0.48, "Delaware"),
    "Trident Capital Parallel Fund-V, C.V.": ("TCVCV", 428430, 1.32, "Netherlands"),
}


def test_seed_reporting_persons(seed):
    rps = [p for p in seed.parties if PartyRole.REPORTING_PERSON in p.roles]
    assert sorted(p.name for p in rps) == sorted(RP)
    for name, (term, _, _, place) in RP.items():
        p = _party(seed, name)
        assert p.name == name and p.kind.value == "organization" and p.jurisdiction == place
        assert term in p.all_names()
    assert _party(seed, "TCVA").aliases[-1].how is AliasKind.ABBREVIATION
    assert _party(seed, "TCMV").type_codes == ["OO"]


def test_seed_aliases(seed):
    def has(name, alias, how):
        assert any(a.name == alias and a.how is how for a in _party(seed, name).aliases), alias
    has("TCMV", "TRIDENT CAPITAL MANAGEMENT V, L.L.C", AliasKind.SIGNATURE)
    has("TCVAQ", "Tridont Can oital Fund-V Affiliates Fund (Q), L.P.", AliasKind.SPELLING)
    has("TCVP", "pital Fund-V Principals Fund, L.P.", AliasKind.SPELLING)
    has("TCVCV", "Trident Capital Parallel Fund-V, C.V", AliasKind.SPELLING)
    has("TCVA", "TRIDENT CAPITAL FUND-V AFFILIATES FUND, L.P.", AliasKind.SIGNATURE)
    for term in ("TCMV", "TCV", "TCVAQ", "TCVP", "TCVCV"):
        has(term, term, AliasKind.DEFINED_TERM)


def test_seed_persons(seed):
    people = {p.name: p for p in seed.parties if p.kind.value == "person"}
    assert set(people) == {"Donald R. Dixon", "Peter T. Meekin", "John H. Moragne",
                           "Robert C. McCormack"}
    assert PartyRole.SIGNER in people["Donald R. Dixon"].roles
    assert all(PartyRole.NAMED in p.roles for p in people.values())
    assert len(seed.parties) == 11  # issuer + 6 reporting persons + 4 members


def test_seed_holdings(seed):
    issuer = seed.issuer.party_id
    bo = [c for c in seed.claims if c.relation.value == "beneficial_owner_of"]
    assert len(bo) == 6
    for name, (_, shares, pct, _) in RP.items():
        [c] = [c for c in bo if c.source == _party(seed, name).id]
        assert c.target == issuer and c.as_of == dt.date(2013, 12, 31)
        assert (c.shares, c.percent) == (shares, pct)
        assert (c.sole_voting, c.shared_voting, c.sole_dispositive, c.shared_dispositive) == \
            (shares, 0, shares, 0)
        assert c.disclaims is True
        assert c.readings and c.evidence


def test_seed_readings_keep_raw_text(seed):
    tcv = next(c for c in seed.claims if c.source == _party(seed, "TCV").id)
    raws = {(r.field, r.raw) for r in tcv.readings}
    assert ("sole_voting", "5.639,301") in raws and ("shared_voting", "iil") in raws
    tcvcv = next(c for c in seed.claims if c.source == _party(seed, "TCVCV").id)
    [r] = [r for r in tcvcv.readings if r.raw == "420, 420"]
    assert r.value == 428430 and r.repaired and r.method == "arithmetic"
    tcvaq = next(c for c in seed.claims if c.source == _party(seed, "TCVAQ").id)
    assert any(r.raw == "0.109/" and r.value == 0.1 for r in tcvaq.readings)
    assert any(" ".join(r.raw.split()) == "Delawa re" and r.value == "Delaware"
               for r in _party(seed, "TCMV").readings)


def test_seed_control_chain(seed):
    tcmv = _party(seed, "TCMV").id
    gp = {seed.party(c.target).name for c in seed.claims
          if c.relation.value == "general_partner_of" and c.source == tcmv}
    assert gp == set(RP) - {"Trident Capital Management-V, L.L.C."}
    members = {seed.party(c.source).name for c in seed.claims
               if c.relation.value == "member_of" and c.target == tcmv}
    assert members == {"Donald R. Dixon", "Peter T. Meekin", "John H. Moragne",
                       "Robert C. McCormack"}
    persons = {p.id for p in seed.parties if p.kind.value == "person"}
    assert not [c for c in seed.claims
                if c.relation.value == "beneficial_owner_of" and c.source in persons]
    assert len(seed.claims) == 6 + 5 + 4


def test_seed_signatures(seed):
    assert [s.signer for s in seed.signatures] == ["Donald R. Dixon"] * 2
    assert seed.signatures[0].on_behalf_of == ["TRIDENT CAPITAL MANAGEMENT V, L.L.C"]
    assert len(seed.signatures[1].on_behalf_of) == 5
    assert all(s.date == dt.date(2014, 2, 4) for s in seed.signatures)


def test_seed_warnings(seed):
    codes = [w.code for w in seed.warnings]
    assert "ocr-repair" in codes  # "420, 420" read as 428,430
    assert "sum-mismatch" not in codes and "percent-mismatch" not in codes


def test_header_ciks_and_form():
    src = SourceText(path=SEED_13G.name, text=SEED_13G.read_text())
    hdr = SubmissionHeader(form_type="SC 13G", companies=[
        HeaderCompany(role="subject_company", name="Qualys, Inc.", cik="0001107843"),
        HeaderCompany(role="filed_by", name="TRIDENT CAPITAL FUND-V LP", cik="0000000001")])
    rec = parse_schedule13_text(src, hdr)
    assert [i.value for i in rec.party(rec.issuer.party_id).identifiers
            if i.scheme.value == "cik"] == ["0001107843"]
    assert [i.value for i in _party(rec, "TCV").identifiers] == ["0000000001"]


def test_nothing_to_read_raises():
    with pytest.raises(ParseError):
        parse_schedule13_text(SourceText(path="empty.txt", text="   \n  "))


def test_no_cover_page_warns():
    rec = parse_schedule13_text(SourceText(path="x.txt", text=(
        "SCHEDULE 13D\nAcme, Inc.\n(Name of Issuer)\nItem 1. Security and Issuer\n")))
    assert [w.code for w in rec.warnings] == ["no-cover-page", "no-reporting-person"]
    assert rec.issuer.name == "Acme, Inc."


# --- named patterns, each on a real line ------------------------------------------------

@pytest.mark.parametrize("pattern,line", [
    (cover.ROW_NAME, "1. Names of Reporting Persons."),
    (cover.ROW_NAME, "(1)    NAME OF REPORTING PERSONS"),
    (cover.ROW_IRS, "S.S. OR I.R.S. IDENTIFICATION NO. OF ABOVE PERSON"),
    (cover.ROW_GROUP, "2.\t\t\tAppropriate Box if a Member of a Group (See Instructions)"),
    (cover.ROW_SEC_USE, "3.\tSEC Us\te OĪ\tnly"),
    (cover.ROW_SOURCE, "(4)    SOURCE OF FUNDS **"),
    (cover.ROW_LEGAL, "CHECK BOX IF DISCLOSURE OF LEGAL PROCEEDINGS IS"),
    (cover.ROW_CITIZENSHIP, "4.\tCitizens\thip\tor Place of Organization"),
    (cover.ROW_CITIZENSHIP, "4.\tCitizens\tшЀ\ty of Frace of Organization"),
    (cover.ROW_SOLE_VOTING, "\t\t5.\t. Sole Voting\t\t"),
    (cover.ROW_SHARED_VOTING, "\tShares neficially\t0.\tShared voling Fower"),
    (cover.ROW_SOLE_DISPOSITIVE, "(9)  SOLE DISPOSITIVE POWER"),
    (cover.ROW_SHARED_DISPOSITIVE, "\t\t0.\tShared Dispositive Fower"),
    (cover.ROW_AGGREGATE, "<i>J</i> .\t71881080\titt 1\tmiount Beneficiary Owned by Each Reporting Person"),
    (cover.ROW_AGGREGATE, "\t\t\t\t-\n- -----\n(9) Aggregate\n      831,185"),  # barclays_unionbancal
    (cover.ROW_EXCLUDES, "IN ROW (11) EXCLUDES CERTAIN SHARES **"),
    (cover.ROW_PERCENT, "11.\tPercent\tof C\tClass Represented by Amount in Row (9)"),
    (cover.ROW_TYPE, "12. Type of Reporting Person (see Instructions)"),
    (cover.CUSIP_REF, "CUSII\tSIP No. 74758T 303 Page 4 of 13"),
    (cover.PAGE_REF, "(Page 2 of 9 Pages)"),
    (cover.ROW_REF, "BY AMOUNT IN ROW (11)"),
    (cover.IRS_NUMBER, "          13-3470777"),
    (items.FORM_TITLE, "# **SCHEDULE 13G**"),
    (items.AMENDMENT, "**Under the Securities Exchange Act of 1934** (Amendment No. )*"),
    (items.ISSUER_CAPTION, "(Name of Issuer)"),
    (items.CLASS_CAPTION, "Common Stock, Par Value \\$0.001 per share (Title of Class of Securities)"),
    (items.CUSIP_CAPTION, "> 74758T 303 (CUSIP Number)"),
    (items.EVENT_CAPTION, "**December 31, 2013** (Date of Event which Requires Filing of this Statement)"),
    (items.ISSUER_ADDRESS, "(b) Address of Issuer's Principal Executive Offices:"),
    (items.OUTSTANDING, "calculated based on 32,375,299 shares of Common Stock of Qualys, Inc. "
                        "(\"Qualys\") outstanding as of December 31, 2013"),
    (items.DISCLAIMS, "each TCMV Member disclaims beneficial ownership of such shares"),
    (items.NOT_INCLUDED, "The above does not include 25,565 Beneficial Shares owned by"),
    (citizenship.TERM_PLACE, "TCVCV—Netherlands"),
    (items.TABLE_LINE, "TCVCV\t428 430"),
    (items.ITEM4_PART, "(iii) Sole power to dispose or to direct the disposition of"),
])
def test_named_pattern_matches_real_line(pattern, line):
    assert pattern.search(line), (pattern.pattern[:60], line)


def test_cover_regions_of_torn_seed_pages():
    src = SourceText(path=SEED_13G.name, text=SEED_13G.read_text())
    pages = cover.find_cover_pages(src)
    named = [str(cp.names[0].value) for cp in pages if cp.names]
    assert named == ["Trident Capital Management-V, L.L.C.", "Trident Capital Fund-V, L.P.",
                     "Trident Capital Fund-V Affiliates Fund, L.P.",
                     "Tridont Can oital Fund-V Affiliates Fund (Q), L.P.",
                     "pital Fund-V Principals Fund, L.P.", "Trident Capital Parallel Fund-V, C.V"]
    tcvcv = pages[-1]
    assert [r.value for r in tcvcv.values["sole_voting"]] == [420420, 428430]
    assert [r.value for r in tcvcv.values["percent"]] == [1.32, 1.02]
    assert [j.value for j in tcvcv.jurisdiction] == ["Netherlands"]


@pytest.mark.parametrize("text, found", [
    ("held by ACVA and SVP VI.", ["ACVA", "SVP"]),          # "VI": two letters only
    ("ACVA-II, X-ACVA, ACVAx, 9ACVA, ACVA9", ["ACVA9"]),      # no word or "-" either side
    ("ACV ABCDEFGHIJ TCVA", ["ACV", "TCVA"]),                # eight letters at most
    ("TCV", ["TCV"]), ("éTCV", []), ("(TCV)", ["TCV"]),
])
def test_abbreviation(text, found):
    from graphkit.parsers.schedule13_text import ABBREVIATION
    assert [m["abbr"] for m in ABBREVIATION.finditer(text)] == found


def test_abbreviation_looks_behind_the_search_start():
    # a search from inside a word finds no abbreviation there, as before the start of the text
    from graphkit.parsers.schedule13_text import ABBREVIATION
    assert [m["abbr"] for m in ABBREVIATION.finditer("xTCV TCV", 1)] == ["TCV"]
    assert [m["abbr"] for m in ABBREVIATION.finditer("x TCV", 2)] == ["TCV"]


def test_three_letters_name_of_issuer_and_cover_name_term():
    from graphkit.parsers.schedule13_reporting import COVER_NAME_TERM
    from graphkit.parsers.schedule13_text import NAME_OF_ISSUER, THREE_LETTERS

    assert THREE_LETTERS.search("12 Acme") and not THREE_LETTERS.search("A1 B2 --")
    assert NAME_OF_ISSUER.search("Item 1(a). NAME OF ISSUER:\n   Acme, Inc.\n")["n"] == "Acme, Inc."
    assert NAME_OF_ISSUER.search("Name of Issuer  Acme Corp")["n"] == "Acme Corp"
    assert COVER_NAME_TERM.sub("", 'Acme Fund, L.P. (the "Fund")') == "Acme Fund, L.P."
    assert COVER_NAME_TERM.search('Acme Fund, L.P. (“AF”) ')["t"] == "AF"
    assert COVER_NAME_TERM.search('Acme ("AF") Fund') is None


def test_definition_pos_finds_the_quoted_term():
    from graphkit.parsers.prose import DefinedTerm
    from graphkit.parsers.schedule13_text import definition_pos

    text = 'Row 14: CO. This amends the statement of Acme Fund, L.P. (the "Acme\n  Fund").'
    src = SourceText(path="x.txt", text=text)
    ev = src.evidence(12, len(text), section="defined term", text="x")
    assert definition_pos(src, DefinedTerm(term="Acme Fund", name="Acme Fund, L.P.",
                                           evidence=ev)) == text.index('"Acme')
    assert definition_pos(src, DefinedTerm(term="Beta", name="Beta", evidence=ev)) == 12
