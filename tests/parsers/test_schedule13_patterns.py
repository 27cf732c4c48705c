"""The named patterns of the Schedule 13D/13G text modules, each on real lines of corpus filings.

One test per pattern (STYLE.md): the line it was written for matches, and a near miss does not.
Patterns of :mod:`graphkit.parsers.signatures` are tested in ``test_signatures.py``, those of
:mod:`graphkit.parsers.partybook` in ``test_partybook.py``.
"""

from __future__ import annotations

from graphkit.parsers import schedule13_claims as claims
from graphkit.parsers import schedule13_cover as cover
from graphkit.parsers import schedule13_items as items
from graphkit.parsers import schedule13_text as text13


# --- schedule13_cover ------------------------------------------------------------------------

def test_line_row_number():
    # capitalgroup_warnerlambert_1994: the row number on a line of its own, under its label
    m = cover.LINE_ROW_NUMBER.search("                              5\n         NUMBER OF")
    assert m and m["num"] == "5"
    m = cover.LINE_ROW_NUMBER.search("       BENEFICIALLY           6\n")
    assert m and m["num"] == "6" and m["pre"].strip() == "BENEFICIALLY"
    # a value is not a row number: "800" stands in the same column
    assert cover.LINE_ROW_NUMBER.search("         NUMBER OF                 800") is None


def test_row_citizenship_wrapped():
    # keycolony_intlaircraft_2000: the label wraps in a narrow column
    t = "6.   Citizenship or Place\n     of Organization                            Delaware"
    m = cover.ROW_CITIZENSHIP.search(t)
    assert m and t[m.end():].strip() == "Delaware"


def test_row_dispositive_disposition():
    # oneliberty_brt_1996: "DISPOSITION" for "DISPOSITIVE"
    assert cover.ROW_SOLE_DISPOSITIVE.search("9.   SOLE DISPOSITION POWER - 30,048")
    assert cover.ROW_SHARED_DISPOSITIVE.search("10.  SHARED DISPOSITION POWER -")
    assert cover.ROW_SOLE_DISPOSITIVE.search("SOLE VOTING POWER") is None


def test_first_item():
    # wesmar_s2golf_2000: an amendment restating Items 3, 5, 6, 7 has no Item 1
    assert cover.FIRST_ITEM.search("Item 3.  Source and Amount of Funds and Other Consideration.")
    assert cover.FIRST_ITEM.search(" ITEM 1(a)       NAME OF ISSUER:")
    # a cover row citing an item is not a heading
    assert cover.FIRST_ITEM.search("         Required Pursuant To Items 2(d) or 2(e)") is None


def test_none_word():
    # capitalgroup_warnerlambert_1994: power cells in capitals
    assert cover.NONE_WORD.sub("None", "       6\n                                   NONE\n") \
        == "       6\n                                   None\n"
    assert cover.NONE_WORD.search("NONEXISTENT") is None


def test_leading_dot_percent():
    # keycolony_intlaircraft_2000: ".7%" is 0.7 percent
    line = "     amount in Row (11)                         .7%"
    fixed = cover.LEADING_DOT_PERCENT.sub(r"0\g<p>", line)
    assert fixed.endswith("0.7%") and len(fixed) == len(line)
    assert cover.LEADING_DOT_PERCENT.search("   10.7%") is None


def test_less_than():
    # oneliberty_brt_1996: no number to read
    assert cover.LESS_THAN.search("\nLess than 1%\n")
    assert cover.LESS_THAN.search("\n17.23\n") is None


def test_bare_percent():
    # oneliberty_brt_1996: the percent row printed without "%"
    region = " REPRESENTED BY AMOUNT IN   \n24.05\n______________14.  TYPE OF\n"
    [(s, e, r)] = cover._bare_percent(region)
    assert r.value == 24.05 and region[s:e] == "24.05"
    assert cover.BARE_PERCENT.search("PERSON - 2,110,933") is None


def test_number_token():
    # a row number glued to a rule line is no number
    assert cover.NUMBER_TOKEN.findall("\n24.05\n____________14.  TYPE") == ["24.05"]


def test_dotted_place():
    # carlmarks_piperjaffray_1996: citizenship "U.S.A."
    assert cover.DOTTED_PLACE.match("U.S.A.")
    assert cover.DOTTED_PLACE.match("Delaware") is None


def test_name_id_suffix():
    # oneliberty_brt_1996: masked SSN and printed EIN after the name
    assert cover.NAME_ID_SUFFIX.sub("", "Fredric H. Gould - ###-##-####") == "Fredric H. Gould"
    assert cover.NAME_ID_SUFFIX.sub("", "Gould Investors L.P. - 11-276-3164") == \
        "Gould Investors L.P."
    assert cover.NAME_ID_SUFFIX.search("Accipiter Life Sciences Fund II (QP), LP") is None


# --- schedule13_items ------------------------------------------------------------------------

def test_holder_heading():
    # carlmarks_piperjaffray_1996: Item 4 answered per holder under a name heading
    assert items.HOLDER_HEADING.match("                 CMMC")["who"] == "CMMC"
    assert items.HOLDER_HEADING.match("                 RUOCCO")["who"] == "RUOCCO"
    assert items.HOLDER_HEADING.match(" ITEM 4          OWNERSHIP:") is None
    assert items.HOLDER_HEADING.match("                 (a)  Amount Beneficially Owned:") is None


def test_amendment_line_above_issuer():
    # oneliberty_brt_1996: "(Amendment No. 3   )*" is not part of the issuer's name
    from graphkit.source import SourceText
    src = SourceText(path="x", text="SCHEDULE 13D\n   (Amendment No. 3   )*\nBRT Realty Trust\n"
                                    "________\n   (Name of Issuer)\n")
    assert items.read_front_page(src).issuer_name == "BRT Realty Trust"


# --- schedule13_text and schedule13_claims ---------------------------------------------------

def test_cover_note():
    # farallon_spiritfinance_2006: a note after the name of the reporting person
    assert text13.COVER_NOTE.sub("", "Jason E. Moment [See Preliminary Note]") == "Jason E. Moment"
    assert text13.COVER_NOTE.search("Farallon Capital Partners, L.P.") is None


def test_aggregate_of():
    # the record holders' stated total
    m = claims.AGGREGATE_OF.search("for an aggregate of 6,288,626 shares of Common Stock")
    assert m and m["num"] == "6,288,626"


def test_citizenship_rows_match_a_full_scan():
    # the windowed search finds exactly what scanning every position finds
    texts = ["4. Citizenship or Place of Organization   Delaware\n5. Sole Voting Power",
             "4.\tCitizens\thip\tor Place of Organization",
             "CITIZENSHIP OR PLACE\n   OF ORGANIZATION\n\nUnited States\nState of Organization x",
             "Place\nof\nOrganization", "of Organization", "a b of Organisation c of Organization"]
    for t in texts:
        for start in (0, 3):
            want = [m.span() for m in cover.ROW_CITIZENSHIP.finditer(t, start, len(t))]
            got = [m.span() for m in cover._citizenship_rows(t, start, len(t))]
            assert got == want, t
    assert cover.ORGANIZATION_END.search("Place of\tOrganisation")
