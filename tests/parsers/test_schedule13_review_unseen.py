"""Review fixes of the Schedule 13D/13G filing reading, on real submissions (their EDGAR
headers) and on the sentences the review wrote: the header's reporting persons (group members
plus the filer, persons' names in natural order, a FILED BY line joining two persons), a
percent's base that is a holding, "plus" figures of one holder, exhibit lists that are no
subsidiary lists, and two persons on one cover.

The unseen filings are in tests/fixtures/filings/; the corpus filings in /work/shared/corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.models import PartyKind, PartyRole
from graphkit.parse import parse_path, parse_source
from graphkit.parsers import schedule13_header as hdr
from graphkit.parsers import schedule13_outstanding as outstanding
from graphkit.parsers import schedule13_subsidiaries as subs
from graphkit.parsers import schedule13_joint_names as joint13
from graphkit.parsers import schedule13_reporting as reporting13
from graphkit.parsers.sgml import split_submission
from graphkit.reading import read_source
from graphkit.source import SourceText

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings"
CORPUS = Path("/work/shared/corpus")


def _header(path: Path):
    return split_submission(read_source(path)).header


def _codes(rec) -> list[str]:
    return [w.code for w in rec.warnings]


# --- 1. the header's reporting persons: group members plus the filer --------------------------

def test_group_members_leave_out_the_filer():
    # GROUP MEMBERS: GEORGE S. LOENING; FILED BY: Select Equity Group, L.P. (CIK 0001592643)
    names = hdr.header_reporting_names(_header(CORPUS / "13g" /
                                               "selectequity_entegris_2022_sc13g.txt"))
    assert [(h.name, h.cik) for h in names] == [
        ("GEORGE S. LOENING", None), ("Select Equity Group, L.P.", "0001592643")]


def test_the_filer_repeated_among_the_group_members_is_one_person():
    # GROUP MEMBERS: GASTON DON F, PAULA GASTON; FILED BY: GASTON DON F (CIK 0000315398)
    names = hdr.header_reporting_names(_header(CORPUS / "13d" /
                                               "celtics_gaston_1998_sc13da.txt"))
    assert [h.name for h in names] == ["Don F. Gaston", "PAULA GASTON"]


def test_same_company_twice_in_group_members_is_one():
    # GROUP MEMBERS: FRANKLIN RESOURCES INC and FRANKLIN RESOURCES, INC.; RUPERT H. JOHNSON, JR.
    names = hdr.header_reporting_names(_header(CORPUS / "13g" /
                                               "franklin_humana_1998_sc13g.txt"))
    got = [h.name for h in names]
    assert sum(n.startswith("FRANKLIN RESOURCES") for n in got) == 1
    assert "RUPERT H. JOHNSON, JR." in got
    assert hdr.header_party_kind("RUPERT H. JOHNSON, JR.") is PartyKind.PERSON


SEL_BODY = """
<DOCUMENT>
<TYPE>SC 13G
<TEXT>
                                 SCHEDULE 13G

Item 1(a).  Name of Issuer:  Entegris, Inc.

Item 4.  Ownership.

   (a) Amount beneficially owned: 7,000,000
   (b) Percent of class: 5.2%

Item 7.  Not applicable.
</TEXT>
</DOCUMENT>
"""


def test_no_lone_header_filer_gets_the_groups_item4_holding():
    # the real header of Select Equity's statement over a body without cover pages
    text = read_source(CORPUS / "13g" / "selectequity_entegris_2022_sc13g.txt").text
    text = text[:text.index("</SEC-HEADER>") + len("</SEC-HEADER>")] + SEL_BODY
    rec = parse_source(SourceText(path="sel.txt", text=text))[0]
    rp = {p.name: p for p in rec.parties if PartyRole.REPORTING_PERSON in p.roles}
    assert set(rp) == {"GEORGE S. LOENING", "Select Equity Group, L.P."}
    assert [i.value for i in rp["Select Equity Group, L.P."].identifiers] == ["0001592643"]
    assert not [c for c in rec.claims if c.shares == 7000000]  # whose it is is not said
    assert "no-holding" in _codes(rec) and "header-name-unmatched" not in _codes(rec)


# --- 6. persons' names in EDGAR's inverted order -----------------------------------------------

@pytest.mark.parametrize("conformed,natural", [
    ("GASTON DON F", "Don F. Gaston"),  # corpus celtics_gaston_1998_sc13da.txt
    ("KANARELLIS MICHAEL T", "Michael T. Kanarellis"),  # 1997_SC_13DA_1026797.txt
    ("VEST HERB D", "Herb D. Vest"),  # 1997_SC_13GA_900640.txt
    ("BODNER NAOMI", "Naomi Bodner"),  # 1995_SC_13DA_789851.txt
    ("DUPUY YVAN", "Yvan Dupuy"),  # 1997_SC_13D_1019830.txt
    ("VAN DER BERG JAN", "Jan van der Berg"),
    ("ROE JANE Q JR", "Jane Q. Roe Jr."),
    ("Horsey Charles W.", "Charles W. Horsey"),  # a filer's own case: 2014_SC_13DA_886475.txt
])
def test_conformed_person_name(conformed, natural):
    assert hdr.conformed_person_name(conformed) == natural


@pytest.mark.parametrize("name", [
    "DR. JAMES I. HEALY",  # corpus sofinnova_ocera_2013_sc13d.txt: natural order
    "RUPERT H. JOHNSON, JR.",  # corpus franklin_humana_1998_sc13g.txt
    "GEORGE S. LOENING", "TOWLE & CO", "ROYCE & ASSOCIATES LLC",
])
def test_natural_order_and_firms_are_not_inverted(name):
    assert hdr.conformed_person_name(name) is None
    assert all("," not in f or f == name for f in hdr.header_name_forms(name))


def test_header_cik_of_a_filer_name_in_its_own_case():
    # FILED BY: "Horsey Charles W." (CIK 0001452691); the cover names "Charles W. Horsey"
    rec = parse_path(FIXTURES / "2014_SC_13DA_886475.txt").records[0]
    p = next(p for p in rec.parties if p.name == "Charles W. Horsey")
    assert "0001452691" in [i.value for i in p.identifiers]
    assert "header-name-unmatched" not in _codes(rec)


def test_header_party_named_in_natural_order_keeps_the_conformed_alias():
    from graphkit.models import HeaderCompany, SubmissionHeader
    from graphkit.parsers.partybook import PartyBook
    book = PartyBook()
    [p] = hdr.reporting_from_header(SubmissionHeader(companies=[HeaderCompany(
        role="filed_by", name="VAN DER BERG JAN", cik="0000000009")]), book)
    assert (p.name, p.kind, [a.name for a in p.aliases]) == (
        "Jan van der Berg", PartyKind.PERSON, ["VAN DER BERG JAN"])


def test_filed_by_two_persons_is_split_and_its_cik_kept_off():
    # FILED BY: MARXE AUSTIN W & GREENHOUSE DAVID M (CIK 0001044321), both group members
    path = FIXTURES / "2006_SC_13DA_1078037.txt"
    h = _header(path)
    assert hdr.joined_persons("MARXE AUSTIN W & GREENHOUSE DAVID M") == [
        "MARXE AUSTIN W", "GREENHOUSE DAVID M"]
    names = [n.name for n in hdr.header_reporting_names(h)]
    assert names.count("AUSTIN W. MARXE") == 1 and "Austin W. Marxe" not in names
    rec = parse_path(path).records[0]
    assert "header-cik-joint" in _codes(rec) and "header-name-unmatched" not in _codes(rec)
    for name in ("Austin W. Marxe", "David M. Greenhouse"):
        p = next(p for p in rec.parties if p.name == name)
        assert not [i for i in p.identifiers if i.scheme.value == "cik"]


def test_joined_names_pattern():
    assert hdr.JOINED_NAMES.split("ROE JANE AND DOE JOHN") == ["ROE JANE", "DOE JOHN"]
    assert hdr.NAME_SUFFIX.search("JANE Q. ROE, JR.")["suffix"] == "JR"
    assert hdr.CONFORMED_WORD.match("O'NEIL") and not hdr.CONFORMED_WORD.match("roe")


# --- 2. a percent's base that is a holding ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Reporting Person owns 5.1% based on 500,000 shares of common stock held by him.",
    "The 7.5% is based on 1,000,000 shares purchased by the Reporting Persons.",
    "The Reporting Person holds 7.5%, based on 250,000 shares acquired on March 1.",
    "based on 12,345 outstanding options held",
    "The percentage is based on 1,234,567 shares held by the Reporting Person and 10,000,000 "
    "shares outstanding.",
    "represents 9.66% of the class, based on 2,500,000 shares owned by the Reporting Person "
    "divided by the shares outstanding",
])
def test_a_holding_is_no_base(text):
    assert outstanding.read_outstanding(SourceText(path="x", text=text)) is None


def test_percent_base_closing_its_row_or_said_outstanding():
    # 2003_SC_13D_1224014.txt: "9.66% at 5/19/03 based on 8,460,187 common shares" (row 13)
    rec = parse_path(FIXTURES / "2003_SC_13D_1224014.txt").records[0]
    assert rec.outstanding_shares.value == 8460187
    r = outstanding.read_outstanding(SourceText(path="x", text=(
        "9.66% of the outstanding shares based on 8,460,187 common shares reported in the 10-Q")))
    assert r.value == 8460187
    assert outstanding.OUTSTANDING_WORD.search("of the issued shares")
    assert outstanding.PERCENT_BASE.match("based on 8,460,187 common shares\n")["end"] is not None


# --- 3. "plus" figures: further issuer shares, or one holder's base --------------------------

@pytest.mark.parametrize("text,value,summed", [
    ("Percent of class is 9.1%, based on 10,000,000 shares outstanding as of May 1, 2020, plus "
     "100,000 shares issuable upon exercise of the warrants held by the Reporting Person.",
     10000000, False),
    ("based upon 85,000,000 outstanding shares as of May 1, plus 4,400,000 shares issued in "
     "the offering", 89400000, True),
    ("calculated based on 21,000,000 shares outstanding, plus 1,000,000 shares issued in the "
     "offering, plus 500,000 shares held by others", 21000000, False),  # both or neither
    ("based on 20,000,000 shares outstanding, plus 1,000,000 shares issued to the Fund, plus "
     "500,000 shares issued in the merger", 21500000, True),
])
def test_plus_figures(text, value, summed):
    r = outstanding.read_outstanding(SourceText(path="x", text=text))
    assert r.value == value
    assert (r.note or "").startswith("the sum of") is summed


def test_plus_patterns():
    assert outstanding.HOLDER_ONLY.search(" shares issuable upon exercise of its warrants")
    assert not outstanding.HOLDER_ONLY.search(" shares issued in the offering")
    assert outstanding.ISSUER_SHARES.search(" Depositary Units issued to the Reporting Persons")


# --- 4. exhibit lists that are no subsidiary lists --------------------------------------------

def _exhibit(item7: str, exhibit: str) -> list[str]:
    text = item7 + "\nItem 8.  Identification of Members of the Group.\n\n" + exhibit
    src = SourceText(path="x.txt", text=text)
    return [s.name for s in subs.read_exhibit_subsidiaries(src, 0, text.index("Item 8"))]


SEE_A = "Item 7.  Material to be Filed as Exhibits.\n\n   See Exhibit A\n"
CAPTION_7 = ("Item 7.  Identification and Classification of the Subsidiary Which Acquired the\n"
             "Security Being Reported on By the Parent Holding Company.\n\n   See Exhibit A\n")


@pytest.mark.parametrize("item7,exhibit,names", [
    (SEE_A, "Exhibit A\n\nDirectors and Executive Officers of Acme Holdings Inc.\n\n"
            "Acme Advisers, LLC\n", []),
    (SEE_A, "Exhibit A\n\nAcme Growth Fund, L.P.\nAcme Value Fund, L.P.\n", []),
    (CAPTION_7, "Exhibit A\n\nAcme Growth Fund, L.P.\n", []),  # funds: no subsidiaries
    (CAPTION_7, "Exhibit A\n\nJane Q. Roe\nAcme Advisers, LLC\n", []),  # a person first
    ("Item 7.  Not applicable. See Exhibit A for the joint filing agreement.\n",
     "Exhibit A\n\nSubsidiary\n\nAcme Advisers, LLC\n", []),
    (SEE_A, "Exhibit A\n\nSubsidiary\n\nAcme Advisers, LLC\nAcme Trust Company, N.A.\n",
     ["Acme Advisers, LLC", "Acme Trust Company, N.A."]),
    (CAPTION_7, "Exhibit A\n\nAcme Advisers, LLC\nAcme Fund Advisors\n",
     ["Acme Advisers, LLC", "Acme Fund Advisors"]),
])
def test_exhibit_subsidiaries(item7, exhibit, names):
    assert _exhibit(item7, exhibit) == names


def test_subsidiary_patterns():
    assert subs.FUND_NAME.search("Acme Growth Fund, L.P.") and subs.FUND_NAME.search("Acme Fund II")
    assert not subs.FUND_NAME.search("Acme Fund Advisors")
    assert subs.OTHER_LIST_HEADING.match("Directors and Executive Officers of Acme Holdings Inc.")
    assert subs.NOT_APPLICABLE.search("Not applicable.") and subs.SUBSIDIARY_WORD.search(
        "the subsidiaries")


# --- 5. two persons on one cover ------------------------------------------------------------

@pytest.mark.parametrize("name,pair", [
    ("Jane Roe and John Roe JTWROS", ("Jane Roe", "John Roe")),
    ("Jane Roe and John Roe JT TEN", ("Jane Roe", "John Roe")),
    ("Jane Roe and John Roe, Trustees", ("Jane Roe", "John Roe")),
    ("Jane Roe and John Roe TTEES", ("Jane Roe", "John Roe")),
    ("Jane Roe and John Roe TIC", ("Jane Roe", "John Roe")),
    ("Jane Roe and John Roe, as joint tenants", ("Jane Roe", "John Roe")),
    # the inverted form of 2006_SC_13DA_1078037.txt's header, on a cover
    ("Marxe Austin W and Greenhouse David M", ("Austin W. Marxe", "David M. Greenhouse")),
])
def test_two_persons(name, pair):
    assert reporting13.two_persons(name) == pair


def test_two_persons_patterns():
    assert joint13.OWNERSHIP_MARK.search("John Roe JTWROS")
    assert not joint13.OWNERSHIP_MARK.search("John Roe Trust")
    assert joint13.INVERTED_PERSON.match("Roe Jane Q") and not joint13.INVERTED_PERSON.match(
        "Jane Q. Roe")
