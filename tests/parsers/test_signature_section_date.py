"""The date of a signature section (signature_section._section_date) and the date cell before a
party (signatures.DATE_CELL): review rv47d of the dt47 date styles. The texts are the shapes of
the real 2005_SC_13GA_873044.txt (SEC EDGAR, SC 13G/A of FMR Corp. on RadiSys Corporation,
2005: the certification "... at June 30, 2005 is true, complete and correct.", the date "July
11, 2005" over its "Date" caption, the attorney's "Duly authorized under Power of Attorney" /
"dated December 30, 1997 by and on behalf"), with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.parsers.signature_section import _running_prose, _section_date, _unlabelled_date
from graphkit.parsers.signatures import DATE_CELL, read_signatures
from graphkit.source import SourceText

D = dt.date
CERTIFY = ("After reasonable inquiry and to the best of my knowledge and belief, I certify\n"
           "that the information set forth in this Schedule 13G in connection with the\n"
           "Common Stock of Acme Corporation at June 30, 2005 is\ntrue, complete and correct.\n\n")
ATTORNEY = ("Jane Roe\nDuly authorized under Power of Attorney\n"
            "dated December 30, 1997 by and on behalf\nof Roe Capital LP\n")


def _date(text: str, block: str = "ACME LP"):
    return _section_date(text, 0, len(text), text.index(block) + len(block))


@pytest.mark.parametrize("date_line, signed", [
    ("11.07.2005\nDate\n", D(2005, 7, 11)),  # dotted: read by the last resort
    ("Jnly 11, 2005\nDate\n", None),  # damaged past reading: never another date
    ("Date:\n", None),  # no date printed
    ("2005/07/11\nDate\n", None),  # no rule reads it: never 2011-05-07
])
def test_block_date_never_the_certifications_nor_the_attorneys(date_line, signed):
    text = CERTIFY + date_line + "\nACME LP\n/s/ Jane Roe\nSignature\n\n" + ATTORNEY
    assert _date(text, "Signature") == signed


def test_last_resort_leaves_out_the_certification_and_wrapped_sentences():
    text = CERTIFY + "/s/ Jane Roe\n" + ATTORNEY
    assert _unlabelled_date(text, 0, len(text)) is None
    assert _unlabelled_date(text + "\nMay 1, 2006\n", 0, len(text) + 13) == D(2006, 5, 1)


def test_dated_line_going_on_a_sentence_above_the_block():
    # review rv47d item 4: the first block's "dated ..." line is a sentence's, not a date line
    text = ("I certify that the information is true.\nSigned under a Power of Attorney\n"
            "dated December 30, 1997, filed as Exhibit 1.\n\nACME LP\nBy: /s/ John Doe\n\n"
            "July 11, 2005\nDate\n")
    assert _date(text) == D(2005, 7, 11)
    text = ("I certify that the information is true.\n\nACME LP\nBy: /s/ John Doe\n"
            "Attorney-in-fact under Power of Attorney\ndated December 30, 1997, by and on behalf\n"
            "of ACME LP\n")
    assert _date(text) is None


def test_damaged_date_line_gives_way_to_a_readable_one_of_the_block():
    # review rv47d item 6: "Date: Jnly 11, 2005" over the block, "Date: July 12, 2005" in it
    text = ("I certify that the information is true.\nDate: Jnly 11, 2005\n\nACME LP\n"
            "By: /s/ John Doe\nDate: July 12, 2005\n")
    assert _date(text) == D(2005, 7, 12)


@pytest.mark.parametrize("value", [
    "Jnly 9, 1998 (For the period ended December 31, 1997)",
    "as of Jnly 9, 1998 (For the period ended December 31, 1997)",
    "11-Jul-05 (For the period ended June 30, 2005)",
])
def test_damaged_labelled_date_gives_no_date(value):
    for text in (f"I certify that the information is true.\n\nDate: {value}\nACME LP\n"
                 "By: /s/ John Doe\n",
                 "I certify that the information is true.\n\nACME LP\nBy: /s/ John Doe\n"
                 f"Name: John Doe\nDate: {value}\n"):
        assert _date(text) is None


def test_labelled_date_in_another_style_before_the_period():
    text = ("I certify that the information is true.\n\nACME LP\n"
            "Date: 11.7.2005 (For the period ended June 30, 2005)\nBy: /s/ John Doe\n")
    assert _date(text) == D(2005, 7, 11)


@pytest.mark.parametrize("line", [
    "1/5/00   Market Purchase   4,000", "\t05-31-94\t17,000\t$14.63 ",
    "            4/18/96                  84,500", "2005-07-11   Purchase  1,000",
    "1/5/00   Purchase   $4.50", "14 February 2001   Sale   2,000",
    # review rv47g item 2: a number or amount inside one cell of a trade's row
    "1/5/00   Sold 4,000 shares at $10.00", "1/5/00   Purchase 4,000 $10.00",
    "1/5/00  Market Purchase 4,000", "1/5/00\tSale\t4,000",
])
def test_date_cell_is_no_row_of_a_table_of_trades(line):
    # review rv47d item 7: 176 such rows of the inputs matched once the comma test went
    assert DATE_CELL.match(line) is None


@pytest.mark.parametrize("line, rest", [
    ("1/5/00    ACME LP", "ACME LP"), ("16 March 1994      ACME CORPORATION", "ACME CORPORATION"),
    ("March 16, 1994      ACME 2000 FUND, L.P.", "ACME 2000 FUND, L.P."),
    ("Dated:  December 19 , 2001          Roe Holdings LLC", "Roe Holdings LLC"),
    # review rv47e item 3: a digit inside the party's name opens no cell
    ("2/14/01          ACME 2000 FUND, L.P.", "ACME 2000 FUND, L.P."),
    ("14 February 2001          ACME 2000 FUND, L.P.", "ACME 2000 FUND, L.P."),
    ("February 14 2001          ACME 2000 FUND, L.P.", "ACME 2000 FUND, L.P."),
    ("02/14/2001          ACME 2000 FUND, L.P.", "ACME 2000 FUND, L.P."),
    ("2001-02-14          ACME 2000 FUND, L.P.", "ACME 2000 FUND, L.P."),
    ("Dated: 2/14/01          ACME 2000 FUND, L.P.", "ACME 2000 FUND, L.P."),
    # review rv47g item 2: a number opening a cell of the name, a lone "$" cell, are no number's
    ("2/14/01   ACME  2000 FUND, L.P.", "ACME  2000 FUND, L.P."),
    ("2/18/00   ACME FUND, L.P.   $", "ACME FUND, L.P.   $"),
])
def test_date_cell_before_a_party(line, rest):
    assert DATE_CELL.sub("", line).strip() == rest


@pytest.mark.parametrize("block", [
    # review rv47e item 2: a date right under a signing line is the block's, no sentence's
    "/s/ Jane Roe\nFebruary 14, 2001",
    "/s/ Jane Roe\n2/14/2001",
    "          /s/ Jane Roe\n          February 14, 2001",
    "/s/ Jane Roe\nJane Roe, individually\nFebruary 14, 2001",
    "/s/ Jane Roe\nJane Roe, as trustee\nFebruary 14, 2001",
    "ACME LP\nBy: /s/ Jane Roe, attorney-in-fact\nFebruary 14, 2001",
])
def test_date_under_a_signing_line(block):
    sec = read_signatures(SourceText(path="x.txt", text="SIGNATURE\n\n" + CERTIFY + block + "\n"))
    assert sec.date == D(2001, 2, 14)


@pytest.mark.parametrize("line, running", [
    ("Duly authorized under Power of Attorney", True),
    ("reports holdings as of", True),
    ("the Securities Exchange Act of", True),
    ("/s/ Jane Roe", False),
    ("By: /s/ Jane Roe, attorney-in-fact", False),
    ("Title: Chief executive officer", False),
    ("Jane Roe, individually", False),
])
def test_running_prose(line, running):
    assert _running_prose(line) is running


def test_date_cell_party_with_a_digit_signs():
    # review rv47e item 3: the block was read as signed for "2/14/01 ACME 2000 FUND, L.P."
    text = ("SIGNATURE\n\n" + CERTIFY + "Dated: 2/14/01          ACME 2000 FUND, L.P.\n"
            "                By: /s/ Jane Roe\n")
    sec = read_signatures(SourceText(path="x.txt", text=text))
    assert [(s.signer, s.on_behalf_of) for s in sec.signatures] == [
        ("Jane Roe", ["ACME 2000 FUND, L.P."])]
    assert sec.date == D(2001, 2, 14)


def test_date_cell_before_a_party_and_a_lone_dollar_cell():
    # review rv47g item 2: the shape of the real 2000_SC_13D_1029688.txt's signature line
    # "2/18/00   KEY COLONY FUND, L.P.   $" (names invented): the date is no part of the party
    text = ("SIGNATURE\n\n" + CERTIFY + "2/18/00   ACME FUND, L.P.   $\n"
            "By: /s/ Jane Roe\nGeneral Partner\n")
    sec = read_signatures(SourceText(path="x.txt", text=text))
    assert [s.on_behalf_of for s in sec.signatures] == [["ACME FUND, L.P. $"]]


def test_real_date_cell_with_a_lone_dollar_cell():
    # review rv47g item 2: fixtures/filings/dc47/2000_SC_13D_1029688_date_cell.txt (the real
    # 2000 SC 13D of Key Colony Fund, L.P. with its signature line typed "2/18/00   KEY COLONY
    # FUND, L.P.   $"): the date was read into the party's name, a party of its own
    from pathlib import Path

    from graphkit.parse import parse_path
    path = (Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "dc47"
            / "2000_SC_13D_1029688_date_cell.txt")
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    got = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    assert ("general_partner_of", "Alex R. Lieblong", "Key Colony Fund, L.P.") in got
    assert not any("2/18/00" in n for n in names.values())
    assert "unmatched-signature-name" not in {w.code for w in rec.warnings}
