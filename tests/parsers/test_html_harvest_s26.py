"""Findings on real Schedule 13D/13G filings whose main document is HTML (harvest s26), each
read by a general rule and tested here on made-up text.

1. An owner list whose names carry an appositive of their kind: "Acme Partners is owned by Acme
   Holdings, a Delaware limited liability company, and Acme, a Delaware limited partnership."
   (a real 2009 13D's Item 2) gave only the first owner; every owner is now read
   (:data:`graphkit.parsers.prose_owned_patterns.OWNER_LIST_TAIL`).
2. A bare line "Amendment No. 1" under "SCHEDULE 13G" (a real 2010 13G/A) gave no amendment
   number; it is read in the front page's head only (title to the issuer's caption), never from
   an exhibit or an item. An initial statement has amendment number None however it prints its
   line: "(Amendment No. )", "(Amendment No. __)", "(Amendment No.:0)" (which gave 0, and a
   form "SC 13G/A" when no SEC header named the form).
3. A CUSIP field left blank (an LLC's membership units, a real 2009 13D/A) gave the warning
   "the CUSIP field '1 | Names of Reporting Persons ...' holds no CUSIP" (the cover's next row
   read as the field); now "cusip-blank", quoting nothing.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_source
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_list_asides import KIND_ASIDE_RE
from graphkit.parsers.prose_owned_patterns import OWNER_LIST_TAIL, owned_by_matches, owner_names
from graphkit.parsers.schedule13_amendment import BARE_AMENDMENT, amendment_number, front_head
from graphkit.parsers.schedule13_cusip import COVER_ROW_CELL
from graphkit.parsers.schedule13_front import read_front_page
from graphkit.source import SourceText


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


def _owned(held: str, *owners: str) -> set[tuple[str, str, str]]:
    return {("shareholder_of", o, held) for o in owners}


# --- 1. owners with appositives ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Acme Partners, LLC is owned by Acme Holdings, LLC, a Delaware limited liability company, "
     "and Acme Capital, LP, a Delaware limited partnership.",
     _owned("Acme Partners, LLC", "Acme Holdings, LLC", "Acme Capital, LP")),
    ("Acme GP LLC is owned by Alpha Ltd., a Cayman Islands exempted company, Beta Corp., a "
     "Delaware corporation, and Gamma LLC.",
     _owned("Acme GP LLC", "Alpha Ltd.", "Beta Corp.", "Gamma LLC")),
    ("Acme GP LLC is wholly owned by Alpha Corp., a Delaware corporation.",  # one: as it was
     _owned("Acme GP LLC", "Alpha Corp.")),
    ("Acme GP LLC is owned by Alpha LP, a limited partnership organized and existing under the "
     "laws of the State of Delaware, and Beta LLC.",  # the aside's "and" is no list's
     _owned("Acme GP LLC", "Alpha LP", "Beta LLC")),
    ("Acme Fund LP is owned by Alpha Holdings, L.P., a Delaware limited partnership, and Beta "
     "Partners, L.P., a Delaware limited partnership.",
     _owned("Acme Fund LP", "Alpha Holdings, L.P.", "Beta Partners, L.P.")),
    ("Acme Fund LP is owned by Jane Roe, a citizen of Canada, and John Doe, a citizen of the "
     "United States.",
     _owned("Acme Fund LP", "Jane Roe", "John Doe")),
    ("Acme Fund LP is owned by Alpha Inc., an affiliate of Beta Corp. and Gamma LLC, and Delta "
     "LLC.",  # the names inside the aside own nothing
     _owned("Acme Fund LP", "Alpha Inc.", "Delta LLC")),
])
def test_owners_with_appositives(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {f for f in _found(text) if f[0] == "shareholder_of"} == expected


@pytest.mark.parametrize("text, expected", [
    # a place after the aside's comma is no owner: the list is read as before (first owner)
    ("Acme GP LLC is owned by Alpha Corp., a company organized under the laws of Ontario, "
     "Canada, and Beta LLC.", _owned("Acme GP LLC", "Alpha Corp.")),
    ("Acme Fund LP is owned by Jane Roe, a resident of Austin, Texas, and John Doe.",
     _owned("Acme Fund LP", "Jane Roe")),
    # the name after ", and" opens a clause of its own: no owner
    ("Acme Fund LP is owned by Alpha Inc., a Delaware corporation, and Beta GP LLC, as its "
     "general partner, may be deemed to control it.", _owned("Acme Fund LP", "Alpha Inc.")),
    ("Acme Fund LP is owned by Alpha Inc., a Delaware corporation, and Beta GP LLC, a Delaware "
     "limited liability company, is its general partner.", _owned("Acme Fund LP", "Alpha Inc.")),
    ("Acme Fund LP is owned by Alpha Inc., a Delaware corporation, and Beta GP LLC is its "
     "general partner.", _owned("Acme Fund LP", "Alpha Inc.")),
    ("Acme Fund LP is owned by Alpha Inc., a Delaware corporation, and its officers.",
     _owned("Acme Fund LP", "Alpha Inc.")),
    ("Acme Fund LP is owned by Alpha Inc., a Delaware corporation, and Jane Roe's family trust.",
     _owned("Acme Fund LP", "Alpha Inc.")),
    # a choice names no owner for certain, with the aside as without
    ("Acme Fund LP is owned by Alpha Inc., a Delaware corporation, or John Doe.", set()),
])
def test_owner_list_not_read_on(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {f for f in _found(text) if f[0] == "shareholder_of"} == expected


@pytest.mark.parametrize("last", [
    "John Q. Doe, as trustee of the Doe Trust.", "John Q. Doe's family trust.",
    "Gamma Co. Ltd., as its general partner, may be deemed to control the Fund.",
    "St. Regis Partners, L.P., a Delaware limited partnership, and certain employees.",
    "Mr. Doe, through a family trust.",
    # review s26-owned-2: the sentence splitter cuts at other abbreviations
    "Lehman Bros. Holdings Inc.", "Beta Intl. Holdings Ltd.", "Beta Capital Mgmt. LLC",
    "Messrs. Doe and Roe.",
])
def test_a_stop_after_an_initial_or_abbreviation_cuts_no_owner(last: str) -> None:
    """Review s26-owned: "John Q" or "Gamma Co" was taken for a whole last owner."""
    text = f"Acme GP LLC is owned by Alpha Corp., a Delaware corporation, and {last}"
    owners = {h for rel, h, held in _found(text) if rel == "shareholder_of" and held ==
              "Acme GP LLC"}
    assert owners == {"Alpha Corp."}


def test_an_owned_by_inside_an_earlier_owners_aside_is_still_read() -> None:
    text = ("Acme GP LLC is owned by Beta Corp., a corporation wholly owned by Gamma Holdings "
            "Inc., and Delta LLC, a Delaware limited liability company.")
    assert _found(text) >= _owned("Acme GP LLC", "Beta Corp.", "Delta LLC") | _owned(
        "Beta Corp.", "Gamma Holdings Inc.")


def test_defined_term_owners() -> None:
    """The real shape: the owners are terms defined earlier (bound to their parties when the
    filing's record is built; the prose reads them as written)."""
    text = ('Acme Holdings, LLC ("Acme Holdings") and Acme, LP ("Acme") are the reporting '
            'persons. Acme Partners, LLC ("Acme Partners") is owned by Acme Holdings, a '
            'Delaware limited liability company, and Acme, a Delaware limited partnership.')
    assert {f for f in _found(text) if f[0] == "shareholder_of"} == \
        _owned("Acme Partners, LLC", "Acme Holdings", "Acme")


def test_owner_list_tail_pattern() -> None:
    flat = ", a Delaware corporation, Beta Corp., a Delaware corporation, and Gamma LLC."
    m = OWNER_LIST_TAIL.match(flat)
    assert m is not None and m["last"] == "Gamma LLC."
    assert OWNER_LIST_TAIL.match(", a Delaware corporation, and Beta LLC is its manager.") is None
    assert OWNER_LIST_TAIL.match(", a corporation of Ontario, Canada, and Beta LLC.") is None
    assert OWNER_LIST_TAIL.match(", a Delaware corporation.") is None  # no list


def test_kind_aside_pattern() -> None:
    assert KIND_ASIDE_RE.match(", a Delaware limited liability company, and").group() == \
        ", a Delaware limited liability company"
    assert KIND_ASIDE_RE.match(', a Delaware corporation ("Beta"), and').group() == \
        ', a Delaware corporation ("Beta")'
    assert KIND_ASIDE_RE.match(", a partnership whose partner is Acme GP, L.P., and").group() \
        == ", a partnership whose partner is Acme GP, L.P."
    assert KIND_ASIDE_RE.match(", the Roe Family Trust, and") is None


def test_matches_keep_positions() -> None:
    flat = ("Acme GP LLC is owned by Alpha Ltd., a Cayman Islands exempted company, and Beta "
            "Corp., a Delaware corporation.")
    [m] = owned_by_matches(flat)
    assert owner_names(m["holder"]) == ["Alpha Ltd.", "Beta Corp."]
    assert flat[m.start("held"):m.end("held")] == "Acme GP LLC"
    assert flat[m.end("holder") - 10:m.end("holder")] == "Beta Corp."


# --- 2. amendment number on a bare line; an original's ------------------------------------------

def _front(head: str, after: str = "") -> str:
    return ("SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\n" + head +
            "\n\nAcme Widgets, Inc.\n(Name of Issuer)\n\nCommon Stock\n(Title of Class of "
            "Securities)\n\n00099A109\n(CUSIP Number)\n\nDecember 31, 2009\n(Date of Event "
            "Which Requires Filing of this Statement)\n\n" + after)


@pytest.mark.parametrize("head, form, number", [
    ("SCHEDULE 13G\n\nAmendment No. 1\n\n(Rule 13d-102)", "SC 13G/A", 1),
    ("SCHEDULE 13D\nUnder the Securities Exchange Act of 1934\nAMENDMENT NO. 2*", "SC 13D/A", 2),
    ("Amendment No. 3\nSCHEDULE 13G", "SC 13G/A", 3),  # printed above the title
    ("SCHEDULE 13G\nAmendment No.: 4", "SC 13G/A", 4),
    # originals: no number, however the line is printed
    ("SCHEDULE 13G\n(Amendment No. )*", "SC 13G", None),
    ("SCHEDULE 13D\n(Amendment No. __)*", "SC 13D", None),
    ("SCHEDULE 13G\n(Amendment No.:0)", "SC 13G", None),
    ("SCHEDULE 13G\n(Amendment No. 0 )*", "SC 13G", None),
    ("SCHEDULE 13G", "SC 13G", None),
    # as before
    ("SCHEDULE 13G\n(Amendment No. 5)*", "SC 13G/A", 5),
    ("SCHEDULE 13G\nAmendment No. 6 to Schedule 13G", "SC 13G/A", 6),
])
def test_front_page_amendment(head: str, form: str, number: int | None) -> None:
    fp = read_front_page(SourceText(path="x.txt", text=_front(head)))
    assert (fp.form, fp.amendment_number) == (form, number)


@pytest.mark.parametrize("after", [
    "Item 4. Purpose of Transaction\n\nOn June 1, 2009 the parties entered into\n\n"
    "Amendment No. 1\n\nto the Credit Agreement.",
    "Exhibit 99.1\n\nAmendment No. 1\n",
    "Page 2 of 6 Pages\n\nAmendment No. 1\n",
])
def test_bare_amendment_line_after_the_head_is_not_read(after: str) -> None:
    """A bare line after the issuer's caption (an exhibit's title, an item's text, a later
    page) is no amendment number of the statement."""
    fp = read_front_page(SourceText(path="x.txt", text=_front("SCHEDULE 13G", after)))
    assert (fp.form, fp.amendment_number) == ("SC 13G", None)


def test_bare_amendment_in_a_filing() -> None:
    text = ("<DOCUMENT>\n<TYPE>SC 13G/A\n<SEQUENCE>1\n<TEXT>\n" +
            _front("SCHEDULE 13G\n\nAmendment No. 1\n\n(Rule 13d-102)") +
            "CUSIP No. 00099A109\n\n1. NAMES OF REPORTING PERSONS\n\nAcme Capital LLC\n\n"
            "4. CITIZENSHIP OR PLACE OF ORGANIZATION\n\nDelaware\n\n"
            "9. AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON\n\n1,000,000\n\n"
            "11. PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (9)\n\n7.3%\n</TEXT>\n</DOCUMENT>\n")
    [rec] = parse_source(SourceText(path="x.txt", text=text))
    assert (rec.form, rec.amendment_number) == ("SC 13G/A", 1)


@pytest.mark.parametrize("line, number", [
    ("Amendment No. 1", 1), ("  AMENDMENT NO. 2*", 2), ("Amendment No.: 3", 3),
    ("Amendment Number Four", 4), ("Amendment #5", 5),
    ("Amendment No. 1 to the Credit Agreement", None),  # not alone on its line
    ("as amended by Amendment No. 1", None),
])
def test_bare_amendment_pattern(line: str, number: int | None) -> None:
    m = BARE_AMENDMENT.search(line)
    assert (amendment_number(m["num"]) if m else None) == number


def test_front_head_bounds() -> None:
    assert front_head((200, 212), 260, 9000) == (80, 260)  # to the issuer's caption
    assert front_head((200, 212), 5000, 9000) == (80, 1712)  # a caption far away
    assert front_head((50, 62), None, 300) == (0, 300)  # no caption: 400, within the text


# --- 3. a blank CUSIP field ---------------------------------------------------------------------

_BLANK_CUSIP = ("SCHEDULE 13D\nAmendment No. 3 to\n\nAcme Energy, LLC\n(Name of Issuer)\n\n"
                "Membership Units\n(Title of Class of Securities)\n\n(CUSIP Number)\n\n"
                "Jane Roe\n100 Main Street\n\nFebruary 18, 2009\n(Date of Event Which Requires "
                "Filing of this Statement)\n\nCUSIP No.\n\n{row}\n\n"
                "2 | Check the Appropriate Box if a Member of a Group\n")


@pytest.mark.parametrize("row", [
    "1 | Names of Reporting Persons S.S. or I.R.S. Identification No. of above persons "
    "Acme Holdings, LLC",
    "(1) NAME OF REPORTING PERSON Acme Holdings, LLC",
    "1. S.S. or I.R.S. Identification No. of Above Person",
])
def test_blank_cusip_field_said_blank(row: str) -> None:
    fp = read_front_page(SourceText(path="x.txt", text=_BLANK_CUSIP.format(row=row)))
    assert fp.cusip is None
    assert [(w.code, w.message) for w in fp.warnings] == \
        [("cusip-blank", "x.txt: the CUSIP field is blank: no CUSIP read")]


@pytest.mark.parametrize("row", [
    "1. NAMES OF REPORTING PERSONS 45678A103",
    "1 | Names of Reporting Persons | 45678A103",
])
def test_a_cusip_in_the_first_row_cell_is_read_not_called_blank(row: str) -> None:
    """Review s26-owned: a CUSIP printed in the first cover row's cell is read, as on main."""
    fp = read_front_page(SourceText(path="x.txt", text=_BLANK_CUSIP.format(row=row)))
    assert fp.cusip == "45678A103"
    assert "cusip-blank" not in [w.code for w in fp.warnings]


def test_unreadable_cusip_still_quoted() -> None:
    """A field that holds something unreadable is still quoted."""
    text = _BLANK_CUSIP.format(row="1 | Names of Reporting Persons").replace(
        "CUSIP No.\n", "CUSIP No. 0009032931\n")
    fp = read_front_page(SourceText(path="x.txt", text=text))
    assert [w.code for w in fp.warnings] == ["cusip-unreadable"]
    assert "'0009032931'" in fp.warnings[0].message


@pytest.mark.parametrize("value, matches", [
    ("1 | Names of Reporting Persons S.S. or I", True),
    ("(1) NAME OF REPORTING PERSON", True),
    ("1. I.R.S. Identification Nos. of above persons", True),
    ("12345A105", False), ("1 2345 A10 5", False), ("13G Page 2 of 9", False),
    ("1 Names", False),
])
def test_cover_row_cell_pattern(value: str, matches: bool) -> None:
    assert bool(COVER_ROW_CELL.match(value)) is matches
