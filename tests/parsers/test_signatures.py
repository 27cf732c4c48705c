"""Signature blocks: the named patterns of :mod:`graphkit.parsers.signatures` on real lines of
corpus filings, and whole blocks read into signatures and control findings."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.parsers import signatures as sig
from graphkit.parsers.cue_search import fold_case, search_lines
from graphkit.parsers.signature_lines import column_segments
from graphkit.parsers.signature_tab_columns import tab_column_segments
from graphkit.parsers.signature_table import table_segments
from graphkit.source import SourceText
from tests.conftest import check_text_13_filings


def _read(text: str):
    return sig.read_signatures(SourceText(path="x.txt", text=text))


def _found(section):
    return [(f.relation.value, f.holder, f.held) for f in section.findings]


# --- one test per pattern --------------------------------------------------------------------

def test_slash_s():
    # wesmar_s2golf_2000 (a date cell before it), prescott_frozenfood_2013 (a table cell),
    # capitalgroup_warnerlambert_1994 ("Signature:" cell)
    for line, name in (("         April 7, 2000                By:  /s/ Richard M. Maurer",
                        "Richard M. Maurer"),
                       ("By: | /s/ Phil Frohlich", "Phil Frohlich"),
                       ("Signature:       /s/ Philip de Toledo", "Philip de Toledo")):
        assert sig.SLASH_S.match(line)["name"] == name
    assert sig.SLASH_S.match("                          By s/") is None


def test_by_line():
    # harraden_jvspac_2024, longitude_venus_2023: a "By:" line naming an entity
    assert sig.BY_LINE.match("By: | LONGITUDE CAPITAL PARTNERS II, LLC")
    assert sig.BY_LINE.match("                                 By:  Enable Capital Management,")
    assert sig.BY_LINE.match("By: | /s/ Patrick G. Enright") is None


def test_capacity_next():
    # accipiter_bthcvi_2007, longitude_venus_2023: the capacity on the line after "By:"
    m = sig.CAPACITY_NEXT.match("                                            its general partner")
    assert (m["w"], m["role"]) == ("its", "general partner")
    m = sig.CAPACITY_NEXT.match("Its: | General Partner")
    assert (m["w"], m["role"]) == ("Its", "General Partner")
    assert sig.CAPACITY_NEXT.match("Title: | Managing Member") is None


def test_by_capacity_open():
    # wesmar_s2golf_2000: the capacity wraps after "its"
    assert sig.BY_CAPACITY_OPEN.match(
        "                                      By:  Maurer Ross & Co., Incorporated, its")
    assert sig.BY_CAPACITY_OPEN.match("By: MR & Associates, its General Partner") is None


def test_by_capacity():
    # harraden_jvspac_2024
    m = sig.BY_CAPACITY.match("By: | HARRADEN CIRCLE INVESTORS GP, LLC, its general partner")
    assert m["name"].strip() == "HARRADEN CIRCLE INVESTORS GP, LLC" and m["role"] == "general partner"


def test_name_capacity_next():
    # enable_enerjex_2007: "By:  Enable Capital Management," / "LLC, its General Partner"
    assert sig.NAME_CAPACITY_NEXT.match("                                      LLC, its General Partner")
    assert sig.NAME_CAPACITY_NEXT.match("                                      Managing Member") is None


def test_title_its():
    # enable_enerjex_2007: "Mitchell S. Levine, its" / "Managing Member"
    assert sig.TITLE_ITS.sub("", "its Managing Member") == "Managing Member"
    assert sig.TITLE_ITS.sub("", "Itself Manager") == "Itself Manager"


def test_date_cell():
    # enable_enerjex_2007: the date and the first party on one line
    line = "Dated:  July 2, 2007             ENABLE CAPITAL MANAGEMENT, LLC"
    assert sig.DATE_CELL.sub("", line).strip() == "ENABLE CAPITAL MANAGEMENT, LLC"
    assert sig.DATE_CELL.search("Dated: February 11, 2022") is None
    # the same signature block printed in capitals
    line = "DATED:  JULY 2, 2007             ENABLE CAPITAL MANAGEMENT, LLC"
    assert sig.DATE_CELL.sub("", line).strip() == "ENABLE CAPITAL MANAGEMENT, LLC"


def test_inner_cell():
    # selectequity_entegris_2022: an HTML table row run together
    line = "By: Select Equity GP, LLC, its General Partner By: /s/ George S. Loening"
    assert [t for _, _, t in sig._split_lines(line)] == [
        "By: Select Equity GP, LLC, its General Partner", "By: /s/ George S. Loening"]
    assert sig.INNER_CELL.search("Name: George S. Loening Title: Managing Member")
    assert sig.INNER_CELL.search("George S. Loening, an individual") is None
    # one label, no second cell (2022_SC_13G_1127703, line 218)
    for label in ("Name & Title:", "Name and Title:", "NAME AND TITLE:", "Name / Title:"):
        assert sig.INNER_CELL.search(f"{label} Jane Roe, Vice President") is None, label
    assert [t for _, _, t in sig._split_lines(line.upper())] == [
        "BY: SELECT EQUITY GP, LLC, ITS GENERAL PARTNER", "BY: /S/ GEORGE S. LOENING"]


def test_name_continuation():
    # accipiter_bthcvi_2007: party names wrapped in the signature column
    assert sig.NAME_CONTINUATION.match("                                        (OFFSHORE), LTD.")
    assert sig.NAME_CONTINUATION.match("                                        LP")
    assert sig.NAME_CONTINUATION.match("                                        CANDENS CAPITAL, LLC") \
        is None


def test_control_title():
    for title in ("Managing Member", "President", "General Partner", "Director"):
        assert sig.CONTROL_TITLE.match(title)
    # an attorney or a vice president controls nothing
    assert sig.CONTROL_TITLE.match("Attorney-in-Fact") is None
    assert sig.CONTROL_TITLE.match("Vice President and Treasurer") is None


def test_section_end():
    # capitalgroup_warnerlambert_1994: the joint filing agreement under a bare heading
    assert sig.SECTION_END.search("\n                                   AGREEMENT\n")
    assert sig.SECTION_END.search("\nthis Agreement shall be\n") is None


# --- whole blocks ----------------------------------------------------------------------------

WESMAR = """Signatures.

                                      WESMAR PARTNERS
                                      By:  MR & Associates, its General Partner

         April 7, 2000                By:  /s/ Richard M. Maurer
- ----------------------------------         ---------------------------
               Date                        Richard M. Maurer, President

                                      MR & ASSOCIATES
                                      By:  Maurer Ross & Co., Incorporated, its
                                           General Partner


         April 7, 2000                By:  /s/ Richard M. Maurer
- ----------------------------------         ---------------------------
               Date                        Richard M. Maurer, President
"""


def test_wesmar_chain_through_wrapped_capacity():
    found = _found(_read(WESMAR))
    assert ("general_partner_of", "MR & Associates", "WESMAR PARTNERS") in found
    assert ("general_partner_of", "Maurer Ross & Co., Incorporated", "MR & ASSOCIATES") in found
    assert ("officer_of", "Richard M. Maurer", "Maurer Ross & Co., Incorporated") in found


ENABLE = """Signature

Dated:  July 2, 2007             ENABLE CAPITAL MANAGEMENT, LLC

                                 By:  /s/ Mitchell S. Levine
                                      --------------------------
                                      Mitchell S. Levine, its
                                      Managing Member

                                 ENABLE GROWTH PARTNERS, L.P.
                                 By:  Enable Capital Management,
                                      LLC, its General Partner

                                 By:  /s/ Mitchell S. Levine
                                      --------------------------
                                      Mitchell S. Levine, its
                                      Managing Member
"""


def test_enable_wrapped_names_and_titles():
    sec = _read(ENABLE)
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("Mitchell S. Levine", "Managing Member", ["ENABLE CAPITAL MANAGEMENT, LLC"]),
        ("Mitchell S. Levine", "Managing Member", ["ENABLE GROWTH PARTNERS, L.P."])]
    found = _found(sec)
    assert ("general_partner_of", "Enable Capital Management, LLC",
            "ENABLE GROWTH PARTNERS, L.P.") in found
    assert ("managing_member_of", "Mitchell S. Levine", "ENABLE CAPITAL MANAGEMENT, LLC") in found


HARRADEN = """SIGNATURE

Date: November 12, 2024

HARRADEN CIRCLE INVESTORS, LP

HARRADEN CIRCLE SPECIAL OPPORTUNITIES, LP

By: | HARRADEN CIRCLE INVESTORS GP, LP, its general partner

By: | HARRADEN CIRCLE INVESTORS GP, LLC, its general partner

By: | /s/ Frederick V. Fortmiller, Jr.

Title: | Managing Member
"""


def test_harraden_one_gp_for_two_funds():
    found = _found(_read(HARRADEN))
    for fund in ("HARRADEN CIRCLE INVESTORS, LP", "HARRADEN CIRCLE SPECIAL OPPORTUNITIES, LP"):
        assert ("general_partner_of", "HARRADEN CIRCLE INVESTORS GP, LP", fund) in found
    assert ("general_partner_of", "HARRADEN CIRCLE INVESTORS GP, LLC",
            "HARRADEN CIRCLE INVESTORS GP, LP") in found
    assert ("managing_member_of", "Frederick V. Fortmiller, Jr.",
            "HARRADEN CIRCLE INVESTORS GP, LLC") in found


def test_trustee_signing_for_a_trust_and_printed_title_is_no_party():
    # 13g/idanta_hifn_2000_sc13ga.txt, lines 416-428: the printed "David J. Dunn, Trustee" of
    # one block is not a party of the next block
    text = ("Signatures:\n\nDated: February 8, 2000\n\nACME FAMILY TRUST\n\n\n"
            "By:      /s/ Jane Q. Roe\n         -----------------\n"
            "         Jane Q. Roe, Trustee\n\n\nJOHN DOE\n\n\n"
            "         /s/ John Doe\n         ---------------------\n         John Doe\n")
    section = _read(text)
    assert [(s.signer, s.title, s.on_behalf_of) for s in section.signatures] == [
        ("Jane Q. Roe", "Trustee", ["ACME FAMILY TRUST"]), ("John Doe", None, ["JOHN DOE"])]
    assert _found(section) == [("trustee_of", "Jane Q. Roe", "ACME FAMILY TRUST")]


def test_control_title_trustee():
    assert sig.CONTROL_TITLE.match("Trustee") and sig.CONTROL_TITLE.match("Co-Trustee")


def test_exhibit_letter_in_quotes_ends_the_section():
    # 13g/idanta_hifn_2000_sc13ga.txt line 435: 'EXHIBIT "A"' (the joint filing agreement)
    assert sig.SECTION_END.search('                                   EXHIBIT "A"\n')
    assert sig.SECTION_END.search("EXHIBIT A\n") and sig.SECTION_END.search("EXHIBIT 99.1\n")


@pytest.mark.parametrize("line", [
    # 13g/idanta_hifn_2000_sc13ga.txt line 438: a sentence of the joint filing agreement
    "the Securities and Exchange Commission under the Securities Exchange Act of",
    "Acme Capital Management under the Investment Advisers Act",
    "Acme Fund, L.P., by its", "Acme Partners Ltd. is filing", "Acme Holdings and the",
])
def test_prose_line_is_no_party(line):
    assert sig.PROSE_LINE.search(line)
    assert not sig._is_party_line(line)


@pytest.mark.parametrize("line", [
    "IDANTA PARTNERS LTD.", "THE DUNN FAMILY TRUST", "Bank of the West", "Philip de Toledo",
    "eBay Inc.", "Acme Fund II (QP), L.P.", "Roe & Doe Co.", "O'Neil Capital, L.L.C.",
])
def test_names_are_not_prose_lines(line):
    assert not sig.PROSE_LINE.search(line)


def test_sentence_before_a_signature_block_is_no_party():
    # a sentence wrapped so that a line of it holds organization words, then a signature
    text = ("Signature\n\nDated: February 8, 2000\n\n"
            "Pursuant to Rule 13d-1(k)(1) of the General Rules and Regulations of\n"
            "the Securities and Exchange Commission under the Securities Exchange Act of\n"
            "1934, as amended, the undersigned agree that this statement is filed on\n"
            "behalf of them.\n\nACME PARTNERS LTD.\na Texas limited partnership\n\n"
            "By:      /s/ Jane Q. Roe\n         ---------\n         Jane Q. Roe, General Partner\n")
    section = _read(text)
    assert [(s.signer, s.title, s.on_behalf_of) for s in section.signatures] == [
        ("Jane Q. Roe", "General Partner", ["ACME PARTNERS LTD."])]


# --- the fast searches find exactly what a plain search finds ----------------------------------

#: Lines of signature blocks, prose around them, and characters that a case-insensitive search
#: matches to an ASCII letter ("ſ", "İ", "ı", the Kelvin sign).
SIGNATURE_PIECES = [
    "SIGNATURE", "### **SIGNATURES**", "Signatures:", "  Signature.", "SIGNATURE PAGE",
    "ſIGNATURE", "SİGNATURE", "sıgnature", "EXHIBIT A", 'EXHIBIT "A"', "Exhibit Index",
    "INDEX TO EXHIBITS", "JOINT FILING AGREEMENT", "AGREEMENT", "AGREEMENT OF JOINT FILING",
    "See Exhibit 1", "joint", "agreement ", "İNDEX TO EXHİBİTS", "ACME FUND, L.P.",
    "By: /s/ Jane Q. Doe", "/S/ JANE DOE", "/ſ/ Jane", "Page 3 of 9", "Pagemaster Inc.",
    "Date: May 1, 2000", "DATED: May 1", "dated", "I certify that", "CERTİFY", "\u212anowledge",
    "the undersigned", "By: Acme GP, LLC, its General Partner By: /s/ Jane Doe",
    "Name: Jane Doe Title: Managing Member", "  ", "\t", "|", "", "x",
]


def _first_split_lines(text):
    """``_split_lines`` as first written: each line of ``^.*$`` (or each column cell of a
    line, where blocks stand side by side, typed in columns or in tab cells, or each cell of a
    table row), cut at INNER_CELL."""
    out = []
    for a, b in table_segments(text, tab_column_segments(text, column_segments(text))):
        pos = a
        for cut in sig.INNER_CELL.finditer(text[a:b]):
            out.append((pos, a + cut.start(), text[pos:a + cut.start()]))
            pos = a + cut.end()
        out.append((pos, b, text[pos:b]))
    return out


def _assert_signature_searches_agree(text):
    fold = fold_case(text)
    for start in sorted({0, min(3, len(text)), len(text) // 2, len(text)}):
        for pat, cues in ((sig.SIGNATURE_HEADING, sig.HEADING_CUES),
                          (sig.SECTION_END, sig.SECTION_END_CUES)):
            want = pat.search(text, start)
            got = search_lines(pat, text, fold, cues, start)
            assert (got and got.span()) == (want and want.span()), (pat.pattern, start)
    assert sig._split_lines(text) == _first_split_lines(text)
    for line in text.split("\n"):
        assert sig.is_boilerplate(line) == bool(sig.BOILERPLATE.search(line)), line


@given(st.lists(st.sampled_from(SIGNATURE_PIECES + ["\n", " ", "  ", "\n\n"]), max_size=30))
@settings(max_examples=300, deadline=None)
def test_signature_searches_agree_on_generated_blocks(pieces):
    _assert_signature_searches_agree("".join(pieces))


def test_signature_searches_agree_on_corpus():
    check_text_13_filings(_assert_signature_searches_agree)


def test_name_suffix():
    # "/s/ Jane Q. Doe, Jr." keeps its suffix; "/s/ Jane Q. Doe, President" has a title
    assert sig.NAME_SUFFIX.fullmatch(" Jr.") and sig.NAME_SUFFIX.fullmatch(" III")
    assert sig.NAME_SUFFIX.fullmatch(" President") is None


# --- the printed title is read as the pattern made for each signer read it ---------------------

def _printed_title_pattern(line, signer):
    m = re.match(rf"^\s*(?:Date\s+)?{re.escape(signer)}\s*,\s*(?P<t>[^\n]+?)\s*$", line, re.I)
    return m["t"] if m else None


@pytest.mark.parametrize("line, signer, title", [
    ("Jane Q. Doe, President", "Jane Q. Doe", "President"),
    ("  JANE Q. DOE ,  Managing Member  ", "Jane Q. Doe", "Managing Member"),
    ("Date   Jane Doe, Trustee", "Jane Doe", "Trustee"),
    ("Date Jane Doe, Trustee", "Date Jane", None),
    ("Jane Doe,   ", "Jane Doe", " "),
    ("Jane Doe,", "Jane Doe", None),
    ("Jane Doe Jr., Trustee", "Jane Doe", None),
    ("Jane Doe\u00a0, Trustee\u00a0", "Jane Doe", "Trustee"),
    ("ſam Roe, Trustee", "Sam Roe", "Trustee"),   # "ſ" matches "s" in the pattern
    ("\u212aim Roe, Trustee", "Kim Roe", "Trustee"),  # the Kelvin sign matches "k"
])
def test_printed_title(line, signer, title):
    assert sig.printed_title(line, signer) == title == _printed_title_pattern(line, signer)


def _assert_printed_titles_agree(text):
    for line in text.split("\n"):
        if "," not in line:
            continue
        head = line.split(",")[0]
        for signer in {head.strip(), head.strip().upper(), head.strip()[:8], "Date",
                       " ".join(head.split()[1:])}:
            if signer:
                assert sig.printed_title(line, signer) == _printed_title_pattern(line, signer)


def test_printed_titles_agree_on_corpus():
    check_text_13_filings(_assert_printed_titles_agree)


@given(st.lists(st.sampled_from(["Jane", "DOE", "doe", "Date", "DATE", ",", " ", "  ", "\t",
                                 "\u00a0", "ſ", "İ", "x", "Trustee", "its"]), max_size=12),
       st.lists(st.sampled_from(["Jane", "Doe", "Date", " ", ",", "ſ", "s", "i"]), min_size=1,
                max_size=4))
@settings(max_examples=500, deadline=None)
def test_printed_titles_agree_on_generated_lines(pieces, name):
    line, signer = "".join(pieces), "".join(name)
    assert sig.printed_title(line, signer) == _printed_title_pattern(line, signer)


# --- review fixes -------------------------------------------------------------------------

_CERT = ("SIGNATURE\n\nAfter reasonable inquiry and to the best of my knowledge and belief, I "
         "certify\nthat the information set forth in this statement is true, complete and "
         "correct.\n\nDated: May 1, 2000\n\n")


def _sigs(section):
    return [(s.signer, s.title, s.on_behalf_of) for s in section.signatures]


def test_date_wrapped_from_the_certification_loses_to_the_blocks_date():
    text = ("SIGNATURE\n\nAfter reasonable inquiry I certify that the information set forth "
            "in this\nstatement is true. This amendment reports holdings as of\n"
            "December 31, 2019\n\nACME LP\n\nBy: /s/ Jane Roe\nName: Jane Roe\n"
            "Title: President\nDate: February 14, 2020\n")
    assert _read(text).date.isoformat() == "2020-02-14"
    # a date standing alone between the certification and the block is the block's date
    alone = ("SIGNATURE\n\nAfter reasonable inquiry I certify that this is true.\n\n"
             "February 14, 2020\n\nACME LP\n\nBy: /s/ Jane Roe\nTitle: President\n")
    assert _read(alone).date.isoformat() == "2020-02-14"


def test_continues_sentence():
    text = "reports holdings as of\nDecember 31, 2019\nACME LP"
    assert sig._continues_sentence(text, 23, 40)
    assert not sig._continues_sentence("is true.\nMay 1, 2000\n", 9, 20)
    assert sig._continues_sentence("May 1, 2000\nand is true", 0, 11)


@pytest.mark.parametrize("party", ["PRESIDENT AND FELLOWS OF ACME COLLEGE",
                                   "PRINCIPAL OFFICERS OF ACME"])
def test_party_after_a_blank_line_is_no_title(party):
    # the party heads the next block: the signer above it gets no title from it
    text = (_CERT + f"/s/ Jane Roe\nJane Roe\n\n{party}\n\n"
            "By: /s/ John Doe\nName: John Doe\nTitle: Treasurer\n")
    assert _sigs(_read(text)) == [("Jane Roe", None, []), ("John Doe", "Treasurer", [party])]


def test_title_after_blank_lines_in_a_double_spaced_block():
    # an HTML table read as text: a blank line between all rows (sofinnova_ocera_2013)
    text = (_CERT + "ACME FUND, L.P.\n\nBy: | /s/ Jane Roe\n\nJane Roe\n\nAttorney-in-Fact\n\n"
            "BETA FUND, L.P.\n\nBy: | /s/ Jane Roe\n\nManaging Member\n")
    assert _sigs(_read(text)) == [("Jane Roe", "Attorney-in-Fact", ["ACME FUND, L.P."]),
                                  ("Jane Roe", "Managing Member", ["BETA FUND, L.P."])]


@pytest.mark.parametrize("entity", ["Acme Stanley", "Acme Square", "Acme Worldwide"])
def test_typed_by_name_over_another_by_line_is_an_entity(entity):
    text = (_CERT + f"ACME LP\nBy: {entity}\nBy: /s/ Jane Roe\nName: Jane Roe\n"
            "Title: Managing Director\n")
    sec = _read(text)
    assert _sigs(sec) == [("Jane Roe", "Managing Director", ["ACME LP"])]
    assert _found(sec) == []  # the entity's capacity is unknown: no control is read


def test_typed_by_signer_still_read():
    # "By: W. Whitney George, Vice President" (2007_SC_13GA_906304) has no "By:" under it
    text = _CERT + "ACME CORP\n\nBy: Jane Q. Roe, Vice President\n"
    assert _sigs(_read(text)) == [("Jane Q. Roe", "Vice President", ["ACME CORP"])]


def test_typed_signers_in_columns():
    text = (_CERT + "ACME CORP                     BETA CORP\n\n"
            "JOHN DOE                      JANE ROE\nPRESIDENT                     SECRETARY\n")
    assert _sigs(_read(text)) == [("JOHN DOE", "PRESIDENT", ["ACME CORP"]),
                                  ("JANE ROE", "SECRETARY", ["BETA CORP"])]


def test_three_blocks_side_by_side():
    text = (_CERT + "BETA LP              GAMMA LP             DELTA LP\n"
            "By: /s/ Jane Roe     By: /s/ John Doe     By: /s/ Jim Poe\n"
            "     Jane Roe, President  John Doe, Manager    Jim Poe, Trustee\n")
    assert _sigs(_read(text)) == [("Jane Roe", "President", ["BETA LP"]),
                                  ("John Doe", "Manager", ["GAMMA LP"]),
                                  ("Jim Poe", "Trustee", ["DELTA LP"])]


def test_long_left_title_under_two_columns():
    text = (_CERT + "ACME FUND, L.P.                    BETA FUND, L.P.\n"
            "By: /s/ Jane Roe                   By: /s/ John Doe\n"
            "Name: Jane Roe                     Name: John Doe\n"
            "Title: Managing Member of the General Partner of Acme\n")
    assert _sigs(_read(text)) == [
        ("Jane Roe", "Managing Member of the General Partner of Acme", ["ACME FUND, L.P."]),
        ("John Doe", None, ["BETA FUND, L.P."])]


def test_bare_signature_then_blank_line_then_a_block_of_its_own():
    # "/s/ Jane Roe" (individually), a blank line, then a block she signs for an LLC: two
    # signatures (the block printed right under a "/s/", with no blank line, is that signature's)
    t = ("SIGNATURE\n\nDate: May 1, 2010\n\n/s/ Jane Roe\n\nACME CAPITAL, LLC\n\n"
         "By Jane Roe, Managing Member\n")
    sec = sig.read_signatures(SourceText(path="x.txt", text=t))
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("Jane Roe", None, []), ("Jane Roe", "Managing Member", ["ACME CAPITAL, LLC"])]
