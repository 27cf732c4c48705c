"""Readings fixed after the holdout evaluations k to o (sixth session): real Schedule 13D/13G
filings graphkit had never seen, in tests/fixtures/filings/holdout/.

Fractional unit counts on cover pages, "Its principal business is to act as the sole general
partner of", "advised by", a "By:" entity's capacity in brackets, entity names and titles
wrapped over lines in signature blocks, a trustee's cover name that runs onto the next line,
words broken by a hyphen at a line end, a name that lacks the first word of another, Item 2(c)
and Item 6 answers, a letter printed after the signature, row numbers glued to their labels,
dash cells after a colon, caption variants, and item headings in HTML table cells.
"""

from __future__ import annotations

import pytest

from graphkit.models import FilingRecord, PartyRole
from graphkit.ocr import quantity_tokens, read_quantity
from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose_clause_patterns import ADVISED_BY
from graphkit.parsers.prose_holding_patterns import RECORD_HOLDER
from graphkit.parsers.prose_patterns import PRINCIPAL_BUSINESS_ROLE
from graphkit.parsers.prose_sentence_patterns import LINE_END_HYPHEN
from graphkit.parsers.prose_sentences import one_line, sentence_spans
from graphkit.parsers.schedule13_cover_patterns import (COLON_DASH_CELL, DASHED_ZERO_PERCENT, FIRST_ITEM,
                                                      NAME_ID_SUFFIX, OPEN_CAPACITY,
                                                      ROW_NUMBER, ROW_SHARED_DISPOSITIVE)
from graphkit.parsers.schedule13_front import CLASS_CAPTION, EVENT_CAPTION
from graphkit.parsers.schedule13_item2 import OCCUPATION_PARTS
from graphkit.parsers.schedule13_item6 import CLIENTS_FOLLOW
from graphkit.parsers.signature_lines import OF_THE_BOARD, TITLE_OPEN_END
from graphkit.parsers.signature_names import HYPHEN_END, NAME_JOIN_END
from graphkit.parsers.signature_section import SECTION_END
from tests.holdout import holdout_record as _record, party_names as _names, relation_pairs as _rels


def _holding(rec: FilingRecord, name: str):
    names = _names(rec)
    return next(c for c in rec.claims if c.relation.value == "beneficial_owner_of"
                and names[c.source] == name)


# --- fractional unit counts (2002 SC 13D/A No. 22, limited partnership units) ----------------

def test_fractional_unit_counts_are_read_rounded_with_a_warning():
    # lines 172-181: "SHARED VOTING POWER  31,797.3 UNITS", ... "19,310.65 UNITS"
    rec = _record("2002_SC_13DA_201529.txt")
    aimco = _holding(rec, "AIMCO Properties, L.P.")
    assert (aimco.shares, aimco.percent, aimco.shared_voting, aimco.shared_dispositive,
            aimco.sole_voting) == (31797, 63.95, 31797, 31797, None)
    raw = {(r.field, r.raw, r.method) for r in aimco.readings}
    assert ("aggregate", "31,797.3", "fraction-rounded") in raw
    insignia = _holding(rec, "INSIGNIA PROPERTIES, L.P.")
    assert (insignia.shares, insignia.percent) == (19311, 39.3)  # 19,310.65 rounded half up
    madison = _holding(rec, "MADISON RIVER PROPERTIES, L.L.C.")
    assert madison.shares == 2690  # a whole count, no warning of its own
    codes = [w.code for w in rec.warnings]
    assert codes.count("fractional-shares") == 5
    assert not {"unread-cover-number", "missing-value"} & set(codes)


@pytest.mark.parametrize("raw, value", [
    ("31,797.3", 31797), ("19,310.65", 19311), ("15711.8844", 15712), ("1,000.5", 1001)])
def test_fractional_quantity_reads_rounded_half_up(raw, value):
    r = read_quantity(raw)
    assert (r.value, r.repaired, r.method) == (value, True, "fraction-rounded")


@pytest.mark.parametrize("raw, value, method", [
    ("5,639.301", 5639301, "dot-as-comma"),  # three decimals: a dot grouping thousands
    ("31,797", 31797, None)])
def test_three_decimals_stay_an_ocr_repair(raw, value, method):
    r = read_quantity(raw)
    assert (r.value, r.method) == (value, method)


@pytest.mark.parametrize("text, tokens", [
    ("SHARED VOTING POWER   31,797.3 UNITS", ["31,797.3"]),
    ("Percent of Class 63.95%", []),          # a percent, no count
    ("Percent: 1,234.5%", []),
    ("damaged percent 0001.02/0", []),       # "1.02/0" is a percent read by OCR
    ("Aggregate 1,353.4681", []),            # a dot for a comma and a footnote digit: no fraction
])
def test_quantity_tokens_with_a_fraction(text, tokens):
    assert [t for _, _, t in quantity_tokens(text)] == tokens


# --- prose: "Its principal business", "advised by", holdings in units --------------------------

def test_its_principal_business_binds_to_the_party_introduced_before():
    # lines 481-486: "(2) AIMCO-GP, Inc., a Delaware corporation, with principal office at ...
    # Its principal business is to act as the sole general partner of AIMCO Properties and
    # AIMCO." ("AIMCO" is defined nowhere: only AIMCO Properties is bound)
    rec = _record("2002_SC_13DA_201529.txt")
    assert _rels(rec, "general_partner_of") == {("AIMCO-GP, INC.", "AIMCO Properties, L.P.")}


def test_principal_business_pattern_reads_its():
    m = PRINCIPAL_BUSINESS_ROLE.search(
        "Its principal business is to act as the sole general partner of Acme Properties.")
    assert (m["its"], m["role"], m["held"]) == (
        "Its", "the sole general partner", "Acme Properties.")


def test_advised_by_makes_the_adviser_the_investment_manager():
    # lines 351-353: "The Income Fund of America, Inc., an investment company registered under
    # the Investment Company Act of 1940, which is advised by Capital Research and Management
    # Company ("CRMC"), is the beneficial owner of 4,732,277 shares"
    rec = _record("2008_SC_13G_1091973.txt")
    assert ("Capital Research and Management Company", "The Income Fund of America, Inc.") in \
        _rels(rec, "investment_manager_of")
    ifa = _holding(rec, "The Income Fund of America, Inc.")
    assert (ifa.shares, ifa.percent, ifa.sole_voting, ifa.sole_dispositive) == (
        4732277, 8.0, 4732277, 0)


@pytest.mark.parametrize("text, held, holder, advised", [
    ("Acme Fund, L.P., a private investment fund managed by Acme Capital LLC, owns 5 shares.",
     "Acme Fund, L.P.", "Acme Capital LLC", None),
    ("Acme Fund is advised by Acme Advisers, Inc., which votes the shares.",
     "Acme Fund", "Acme Advisers, Inc.", "advised"),
])
def test_advised_by_pattern(text, held, holder, advised):
    m = ADVISED_BY.search(text)
    assert (m["held"], m["holder"], m["adv"]) == (held, holder, advised)


@pytest.mark.parametrize("text", [
    "Acme Fund bought shares from accounts managed by Acme Capital.",  # no appositive, no "is"
    "The shares are held in accounts advised by Acme Advisers.",
    "John Doe, a partner of a fund managed by Beta Capital LLC, owns 100 shares.",  # the fund's
    "Jane Roe, an employee of the investment company that is managed by Beta Capital LLC, owns 1.",
])
def test_advised_by_needs_the_fund_as_subject(text):
    assert ADVISED_BY.search(text) is None


@pytest.mark.parametrize("text", [
    "None of the Funds is advised by Acme Capital LLC.",
    "Neither Acme Fund, L.P. nor Beta Fund, L.P. is advised by Gamma Capital LLC.",
])
def test_advised_by_denied_gives_nothing(text):
    from graphkit.parsers.prose import find_relationships
    from graphkit.source import SourceText
    assert find_relationships(SourceText(path="x.txt", text=text)) == []


def test_a_block_with_a_signer_of_its_own_does_not_join_the_next():
    # the first block's signature is unreadable ("By: *"): its party is not signed for by the
    # next block's signer, but its "By:" chain still holds
    from graphkit.parsers.signatures import read_signatures
    from graphkit.source import SourceText
    text = ("SIGNATURE\n\nACME FUND, L.P.\nBy: ACME GP, LLC, its General Partner\nBy: *\n"
            "Jane Roe, Managing Member\n\nBETA FUND, L.P.\nBy: BETA GP, LLC, its General "
            "Partner\nBy: /s/ John Doe\nJohn Doe, Managing Member\n")
    sec = read_signatures(SourceText(path="x.txt", text=text))
    assert [(g.signer, g.on_behalf_of) for g in sec.signatures] == [("John Doe", ["BETA FUND, L.P."])]
    assert ("general_partner_of", "ACME GP, LLC", "ACME FUND, L.P.") in {
        (f.relation.value, f.holder, f.held) for f in sec.findings}


def test_beneficial_holding_in_units_of_a_party_without_cover():
    m = RECORD_HOLDER.search("Walcott beneficially owns 1,570,000 Units, representing 28.1%")
    assert (m["holder3"], m["shares3"]) == ("Walcott", "1,570,000")


# --- signature blocks --------------------------------------------------------------------------

def test_by_entity_with_its_capacity_in_brackets_and_a_wrapped_name():
    # lines 578-585: "AIMCO PROPERTIES, L.P." / "By: AIMCO-GP, INC." / "(General Partner)" /
    # ... "APARTMENT INVESTMENT AND" / "MANAGEMENT COMPANY" ... one signature "of each of the
    # foregoing entities"
    rec = _record("2002_SC_13DA_201529.txt")
    (sig,) = rec.signatures
    assert (sig.signer, sig.title) == ("Patrick J. Foye", "Executive Vice President")
    assert sig.on_behalf_of == [
        "AIMCO PROPERTIES, L.P.", "AIMCO-GP, INC.", "APARTMENT INVESTMENT AND MANAGEMENT COMPANY",
        "INSIGNIA PROPERTIES, L.P.", "AIMCO/IPT, INC.", "MADISON RIVER PROPERTIES, L.L.C."]
    assert "unmatched-signature-name" not in {w.code for w in rec.warnings}


def test_entity_names_wrapped_over_lines_sign_for_the_right_party():
    # lines 446-457: "LASALLE INVESTMENT" / "MANAGEMENT, INC." and "LASALLE INVESTMENT" /
    # "MANAGEMENT" / "(SECURITIES), L.P.", each over "By:/s/ Marci S. McCready"
    rec = _record("2010_SC_13G_1289236.txt")
    assert [s.on_behalf_of for s in rec.signatures] == [
        ["LASALLE INVESTMENT MANAGEMENT, INC."],
        ["LASALLE INVESTMENT MANAGEMENT (SECURITIES), L.P."]]
    inc = next(p for p in rec.parties if p.name == "LaSalle Investment Management, Inc.")
    assert "LASALLE INVESTMENT MANAGEMENT" not in inc.all_names()  # the L.P.'s name, cut off
    assert "unmatched-signature-name" not in {w.code for w in rec.warnings}


def test_title_wrapped_over_three_lines():
    # lines 229-231: "Carter B. Chase, Executive" / "Vice President and General" / "Counsel"
    rec = _record("1994_SC_13DA_36208.txt")
    assert [(s.signer, s.title) for s in rec.signatures] == [
        ("Carter B. Chase", "Executive Vice President and General Counsel")]


def test_trustee_cover_name_and_signature_wrapped_with_a_hyphen():
    # cover lines 145-146: "First Interstate Bank of Arizona, N.A., as Trustee for" / "The Dial
    # Corp Employee Equity Trust"; prose lines 238-240 "First Inter-" / "" / "state Bank of
    # Arizona, N.A., as trustee of the Trust"; signature "FIRST INTERSTATE BANK OF ARI-" /
    # "ZONA, N.A., Trustee", "Title: Assistant Vice" / "President"
    rec = _record("1994_SC_13DA_884219.txt")
    reporting = [p.name for p in rec.parties if PartyRole.REPORTING_PERSON in p.roles]
    assert reporting == ["First Interstate Bank of Arizona, N.A."]
    assert _rels(rec, "trustee_of") == {
        ("First Interstate Bank of Arizona, N.A.", "Dial Corp Employee Equity Trust")}
    bank = _holding(rec, "First Interstate Bank of Arizona, N.A.")
    assert (bank.shares, bank.percent, bank.sole_voting) == (3923933, 8.5, 3923933)
    assert "Bank of Arizona, N.A." not in _names(rec).values()
    (sig,) = rec.signatures
    assert (sig.signer, sig.title, sig.on_behalf_of) == (
        "Charles J. Pavella", "Assistant Vice President",
        ["FIRST INTERSTATE BANK OF ARIZONA, N.A., Trustee"])
    assert "unmatched-signature-name" not in {w.code for w in rec.warnings}


@pytest.mark.parametrize("pattern, text, found", [
    (NAME_JOIN_END, "ACME INVESTORS OF", True), (NAME_JOIN_END, "ACME FUND, L.P.", False),
    (NAME_JOIN_END, "ACME PARTNERS AND", False),  # a list's "and": joined by the party book
    (NAME_JOIN_END, "BRAND", False),
    (HYPHEN_END, "BANK OF ARI-", True), (HYPHEN_END, "ACME - ", False),
    (TITLE_OPEN_END, "Assistant Vice", True), (TITLE_OPEN_END, "Vice President", False),
    (OPEN_CAPACITY, "Acme Bank, N.A., as Trustee for", True),
    (OPEN_CAPACITY, "Acme Bank, N.A., as Trustee", False),
    (SECTION_END, "                                   Very truly yours,", True),
    (SECTION_END, "Sincerely,", True),
    (SECTION_END, "Confirmed and Agreed to:", False),  # may be a joint filer's own sign-off
    (SECTION_END, "The parties confirmed and agreed to file jointly.", False),
    (OF_THE_BOARD, "Vice Chairman of the Board of Directors", True),
    (OF_THE_BOARD, "a member of the board", True),
    (OCCUPATION_PARTS, "Consultant, Acme Futures, Inc. and a director of the Issuer", True),
    (OCCUPATION_PARTS, "Chairman and Chief Executive Officer of Acme", False),
    (NAME_ID_SUFFIX, "Acme Oil Company of Texas-I.D. No. 84-0513668", True),
    (NAME_ID_SUFFIX, "Acme Fund-V, L.P.", False),
    (COLON_DASH_CELL, ": -\n", True), (COLON_DASH_CELL, ": - see Item 4\n", False),
    (ROW_NUMBER, "7)SOLE DISPOSITIVE POWER", True), (ROW_NUMBER, "(1)Acme", True),
    (ROW_NUMBER, "1,000)", False),
    (EVENT_CAPTION, "(Date of Event Which Required Filing of this Statement)", True),
    (CLASS_CAPTION, "(Title of Class of Security)", True),
    (ROW_SHARED_DISPOSITIVE, "SHARED DISPOSITVE POWER", True),
])
def test_named_patterns(pattern, text, found):
    assert (pattern.search(text) is not None) is found


# --- sentences and names ---------------------------------------------------------------------

@pytest.mark.parametrize("text, flat", [
    ("First Inter-\n   state Bank", "First Inter-state Bank"),
    ("should not be con-\n\n   strued as", "should not be con-strued as"),
    ("Acme Fund-\nV, L.P.", "Acme Fund-V, L.P."),
    ("the co-\ntrustee", "the co-trustee"),
    ("filed by:\n\na) Acme", "filed by: a) Acme"),  # no hyphen: the blank line is squeezed
])
def test_line_end_hyphen(text, flat):
    assert one_line(text) == flat


def test_line_end_hyphen_pattern():
    assert LINE_END_HYPHEN.search("Inter-\n\n  state") and not LINE_END_HYPHEN.search("A -\nB")


@pytest.mark.parametrize("text, count", [
    ("either the Trust or First Inter-\n\nstate Bank of Arizona is trustee.", 1),  # double-spaced
    ("This Schedule is filed by:\n\na) Acme Corp.;\n\nb) Beta Corp.", 3),          # a list
    ("filed on behalf of:\n\nii) Acme Fund, LP", 2),
    ("Item 2.\n\nIdentity and Background", 2),
])
def test_blank_line_in_a_double_spaced_sentence(text, count):
    assert len([s for s in sentence_spans(text) if text[s[0]:s[1]].strip()]) == count


def test_a_name_without_the_first_word_of_another_is_another_party():
    book = PartyBook()
    issuer = book.add("Beacon Acme Limited Partnership")
    assert book.lookup("Acme Limited Partnership") is None
    assert book.lookup("BEACON ACME LIMITED PARTNERSHIP") is issuer
    assert book.lookup("The Beacon Acme Limited Partnership") is issuer


# --- second round: Item 2(c), cover name with its I.D. number, a letter after the signature ----

def test_item2_occupation_after_the_forms_caption_and_joined_by_and():
    # "(a) Name; Stephen W. Edwards" / "(c) Present principal occupation or employment and the
    # name, ... in which such employment is conducted;" / "Consultant, Planned Futures, Inc. and
    # a director of the Issuer."
    rec = _record("2003_SC_13DA_715081.txt")
    assert _rels(rec, "director_of") == {("STEPHEN W. EDWARDS", "Upbancorp, Inc.")}


def test_cover_name_with_a_glued_id_number_and_a_board_title():
    # line 124 "Wilshire Oil Company of Texas-I.D. No. 84-0513668"; lines 230-232
    # "By:/s/ Sherry Wilzig Izak" / "Sherry Wilzig Izak" / "Chairman of the Board"
    rec = _record("1994_SC_13DA_52988.txt")
    wilshire = next(p for p in rec.parties if PartyRole.REPORTING_PERSON in p.roles)
    assert wilshire.name == "Wilshire Oil Company of Texas"
    assert [i.value for i in wilshire.identifiers if i.scheme.value == "irs_ein"] == ["84-0513668"]
    assert [(s.signer, s.title) for s in rec.signatures] == [
        ("Sherry Wilzig Izak", "Chairman of the Board")]
    assert (_holding(rec, "Wilshire Oil Company of Texas").shares,
            _holding(rec, "Wilshire Oil Company of Texas").percent) == (1482760, 6.0)


def test_a_letter_printed_after_the_signature_is_not_signed_by_the_filing():
    # line 152 "/s/ Paul R. Hundt" / "Vice President" signs the statement; lines 236-239
    # "Sincerely," / "/s/ R. S. Evans" close a letter printed after it (no exhibit heading)
    rec = _record("1994_SC_13DA_820392.txt")
    assert [(s.signer, s.title) for s in rec.signatures] == [("Paul R. Hundt", "Vice President")]
    assert "R. S. Evans" not in _names(rec).values()


def test_zero_percent_between_dashes():
    # row 13 "-0-%" beside "-0-" in every share row: a holding of nothing, no missing value
    rec = _record("2003_SC_13DA_715081.txt")
    h = _holding(rec, "STEPHEN W. EDWARDS")
    assert (h.shares, h.percent) == (0, 0.0)
    assert "missing-value" not in {w.code for w in rec.warnings}


@pytest.mark.parametrize("text, zero", [("  -0-%", True), ("- 0 - %", True), ("-0-", False),
                                        ("10.0%", False)])
def test_dashed_zero_percent_pattern(text, zero):
    assert (DASHED_ZERO_PERCENT.search(text) is not None) is zero


def test_item6_clients_held_for_by_the_adviser():
    # lines 375-380: "Capital World Investors holds more than five percent of the outstanding
    # Class A Common Stock of Suncom Wireless Holdings, Inc. as of December 31, 2007 on behalf of
    # each of the following client(s):" / "American High-Income Trust" / "The Income Fund of
    # America, Inc."
    rec = _record("2008_SC_13G_1091973.txt")
    assert {h for h in _rels(rec, "investment_manager_of") if h[0] == "Capital World Investors"} \
        == {("Capital World Investors", "American High-Income Trust"),
            ("Capital World Investors", "The Income Fund of America, Inc.")}


@pytest.mark.parametrize("text, holder", [
    ("Acme Investors holds more than five percent of the Common Stock of Acme Corp. as of May 1, "
     "2007 on behalf of each of the following client(s):\n", "Acme Investors"),
    ("Acme Bank holds 6% on behalf of the following clients:\n", "Acme Bank"),
])
def test_clients_follow_pattern(text, holder):
    assert CLIENTS_FOLLOW.search(text)["holder"] == holder


def test_clients_follow_needs_the_list_cue():
    assert CLIENTS_FOLLOW.search("Acme Investors holds 6% on behalf of its clients.\n") is None


# --- third round: holdout n ---------------------------------------------------------------------

def test_row_numbers_glued_to_labels_and_dash_cells_after_a_colon():
    # HTML lines 98-102: "5)SOLE VOTING POWER: 1,909,915", "6)SHARED VOTING POWER: -",
    # "7)SOLE DISPOSITIVE POWER: 2,163,915", "8)SHARED DISPOSITIVE POWER: -", "9)AGGREGATE
    # ...: 2,163,915": the next row's number is no value of the row before
    rec = _record("2005_SC_13G_1094831.txt")
    h = _holding(rec, "Lazard Asset Management LLC")
    assert (h.shares, h.percent, h.sole_voting, h.shared_voting, h.sole_dispositive,
            h.shared_dispositive) == (2163915, 6.7, 1909915, 0, 2163915, 0)
    assert "value-conflict" not in {w.code for w in rec.warnings}


def test_event_caption_in_the_past_tense():
    # lines 104-106: "April 30, 2001" / "(Date of Event Which Required Filing of this Statement)"
    rec = _record("2003_SC_13G_1045280.txt")
    assert rec.event_date.isoformat() == "2001-04-30"


def test_misspelt_dispositive_row_and_singular_class_caption():
    # line 98 "(Title of Class of Security)"; line 193 "SHARED DISPOSITVE POWER   -0-"
    rec = _record("1997_SC_13D_1004740.txt")
    assert rec.security_class == "COMMON STOCK"
    h = _holding(rec, "1867 Western Financial Corporation")  # l.161 (the header name before)
    assert (h.shares, h.percent, h.sole_dispositive, h.shared_dispositive) == (
        436763, 10.03, 436763, 0)


def test_item_headings_in_table_cells_end_the_cover_page():
    # HTML table rows "Item 1 | (a). | Name of Issuer:" ...: the cover page ends at Item 1, so
    # the signature after Item 10 is read ("/s/ Neil L. Gloude", "Executive Vice President")
    rec = _record("2009_SC_13G_201461.txt")
    assert [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures] == [
        ("Neil L. Gloude", "Executive Vice President", ["Marsico Capital Management, LLC"])]
    assert rec.signature_date.isoformat() == "2009-02-11"


@pytest.mark.parametrize("text, found", [
    ("Item 1 | (a). | Name of Issuer:", True), ("Item 2. | Identity and Background", True),
    ("Item 1(a).  Name of Issuer", True), ("Items 1 and 2 of the cover", False),
])
def test_first_item_pattern(text, found):
    assert (FIRST_ITEM.search(text) is not None) is found


# --- review fixes of the last round ---------------------------------------------------------------

def test_item6_list_lines_are_cut_to_the_clients_name():
    from graphkit.parsers.schedule13_item6 import read_item6_clients
    from graphkit.source import SourceText
    text = ("Acme Advisers, Inc. holds more than five percent of the Common Stock on behalf of "
            "each of the following clients:\n(1) Acme Trust | 100,000 | 5.2%\nBeta Fund, Inc.(1)"
            "\nGamma Fund      600,000     5.1%\nDelta Fund (5.3%)\nSee Exhibit A\n")
    assert [(f.holder, f.held) for f in read_item6_clients(SourceText("x.txt", text))] == [
        ("Acme Advisers, Inc.", "Acme Trust"), ("Acme Advisers, Inc.", "Beta Fund, Inc."),
        ("Acme Advisers, Inc.", "Gamma Fund"), ("Acme Advisers, Inc.", "Delta Fund")]


@pytest.mark.parametrize("occupation, expected", [
    ("Consultant, Acme Futures, Inc. and a director of the Issuer.", [("director_of", "Issuer")]),
    ("Retired; a director of Beta Inc. until 2001", []),
    ("Investor; a director of Beta Inc. (resigned 2001)", []),
    ("Physician; a director of Beta Inc. from 1995 through 2001", []),
])
def test_item2_occupation_parts_of_a_past_role_give_nothing(occupation, expected):
    from graphkit.parsers.schedule13_item2 import read_item2_occupations
    from graphkit.source import SourceText
    src = SourceText("x.txt", f"(a) Name: Jane Q. Roe\n(c) Principal Occupation: {occupation}\n"
                              "(d) None\n")
    assert [(f.relation.value, f.held) for f in read_item2_occupations(src)] == expected


def test_a_closing_over_the_filings_own_typed_signature_ends_nothing():
    from graphkit.parsers.signatures import read_signatures
    from graphkit.source import SourceText
    text = ("SIGNATURE\n\nAfter reasonable inquiry I certify.\n\nDate: May 1, 2000\n\n"
            "Sincerely,\n\nACME LP\n\nBy: Jane Roe\nTitle: President\n")
    sec = read_signatures(SourceText("x.txt", text))
    assert [(g.signer, g.title, g.on_behalf_of) for g in sec.signatures] == [
        ("Jane Roe", "President", ["ACME LP"])]
