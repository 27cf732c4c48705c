"""Review W and review D14 fixes of Item 4, the dates and the Item 2(b) addresses, on made-up
filings.

The whole made-up filings are in ``tests/fixtures/filings/items15/`` (review W's, their parties
invented); the one-change probes are rebuilt here from the corpus filing
``13g/asen_culp_2006_sc13g.txt`` (one reporting person, R. Scott Asen: 657,000 shares, 5.6%,
sole 600,000, shared 57,000) with its Item 4 or cover rows replaced (:func:`_asen`). Every
value asserted is the one the made-up filing prints.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path, parse_source
from graphkit.parsers.schedule13_item4 import TABLE_LINE, _is_caption, read_item4_values
from graphkit.source import SourceText
from tests.conftest import corpus_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "items15"


def _asen(item4: str | None = None, blank: tuple[str, ...] = (), no_cover: bool = False,
          replace: tuple[tuple[str, str], ...] = ()):
    """The Asen 13G with its Item 4 replaced by ``item4``, the cover cells in ``blank`` (a
    cell's text: "657,000 shares", "5.6%") emptied, its cover page cut out (``no_cover``) and
    each (old, new) of ``replace`` made; its one record."""
    text = corpus_file("13g/asen_culp_2006_sc13g.txt").read_text()
    if item4 is not None:
        a, b = text.index("ITEM 4. OWNERSHIP"), text.index("ITEM 5. OWNERSHIP")
        text = text[:a] + "ITEM 4. OWNERSHIP\n\n" + item4 + "\n\n" + text[b:]
    for cell in blank:
        assert f"     {cell}\n- ---" in text, cell
        text = text.replace(f"     {cell}\n- ---", "\n- ---", 1)
    if no_cover:
        a = text.index("<PAGE>", text.index("(Date of Event"))
        text = text[:a] + "<PAGE>\n\n" + text[text.index("ITEM 1(A)."):]
    for old, new in replace:
        assert old in text, old
        text = text.replace(old, new)
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    return rec


def _item4(a_answer: str, b_answer: str = "5.6%") -> str:
    """An Item 4 whose (a) and (b) answers stand on lines of their own under their captions."""
    return f"""     (a) Amount beneficially owned:

          {a_answer}

     (b) Percent of class:

          {b_answer}

     (c) Number of shares as to which such person has:

          (i) Sole power to vote or to direct the vote: 600,000

          (ii) Shared power to vote or to direct the vote: 57,000

          (iii) Sole power to dispose or to direct the disposition of: 600,000

          (iv) Shared power to dispose or to direct the disposition of: 57,000
"""


def _holding(rec):
    [c] = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"]
    return (c.shares, c.percent, c.sole_voting, c.shared_voting, c.sole_dispositive,
            c.shared_dispositive)


def _codes(rec) -> list[str]:
    return [w.code for w in rec.warnings]


# --- 1. Item 4 per-person lines followed by "shares" or a mark (review W M2, D14 M2) -------

@pytest.mark.parametrize("line, who, val", [
    ("Fund I: 4,210,339 shares", "Fund I", "4,210,339"),
    ("     Acme Capital Management, LLC: 1,500,000 shares", "Acme Capital Management, LLC",
     "1,500,000"),
    ("Mr. Smith: 1,600,000 shares of Common Stock", "Mr. Smith", "1,600,000"),
    ("Acme: 1,500,000(1)", "Acme", "1,500,000"),
    ("Acme Fund, L.P.    9.9%*", "Acme Fund, L.P.", "9.9%"),
    ("ACMV\t19.42%", "ACMV", "19.42%"),
    ("Total: 657,000 shares", "Total", "657,000"),
])
def test_table_line(line, who, val):
    m = TABLE_LINE.search(line)
    assert (m["who"], m["val"]) == (who, val)


@pytest.mark.parametrize("line", [
    "Mr. Smith: 1,600,000 shares (of which 100,000 are held directly)",
    "CUSIP  360921100                                                Page 3 of 5",
    "CUSIP No.  833964109                13G                    Page  5 of  6 Pages",
    "Acme: 1,500,000 shares held directly",
    "     657,000 shares",
])
def test_table_line_negative(line):
    assert TABLE_LINE.search(line) is None


@pytest.mark.parametrize("who", [
    "As of December 31, 2006", "Total", "Common Stock", "Class A Common Stock",
    "Shares beneficially owned", "Aggregate Amount Beneficially Owned", "The Reporting Person",
    "Percent of Class", "Reporting Persons as a group", "December 31, 2006",
    "Mr. Roe may be deemed to beneficially own",
])
def test_caption_who(who):
    assert _is_caption(who)


@pytest.mark.parametrize("who", ["Fund I", "Acme Capital Management, LLC", "Mr. Smith", "TCMV",
                                 "Acme Fund of the Americas", "Commonwealth Partners"])
def test_caption_who_negative(who):
    assert not _is_caption(who)


def _values(text: str) -> list[tuple]:
    src = SourceText(path="x.txt", text=text)
    return [(v.who, v.field, v.reading.value) for v in read_item4_values(src, 0, len(text))]


def test_item4_lines_with_shares():
    text = ("Item 4. Ownership.\n(a) Amount beneficially owned:\nFund I: 4,210,339 shares\n"
            "Fund I-A: 388,020 shares\nReporting Persons as a group: 4,598,359 shares\n"
            "(b) Percent of class:\nFund I: 9.1%\nFund I-A: 0.8%\n")
    assert _values(text) == [("Fund I", "aggregate", 4210339), ("Fund I-A", "aggregate", 388020),
                             ("Fund I", "percent", 9.1), ("Fund I-A", "percent", 0.8)]


@pytest.mark.parametrize("answer", ["As of December 31, 2006: 657,000 shares",
                                    "As of December 31, 2006: 657,000", "Total: 657,000 shares",
                                    "Common Stock:  657,000 shares", "Total:  657,000 shares(1)",
                                    "The Reporting Person: 657,000 shares",
                                    "Shares beneficially owned: 657,000 shares"])
def test_item4_caption_line_is_the_answer(answer):
    text = f"Item 4. Ownership\n(a) Amount beneficially owned:\n\n     {answer}\n"
    assert _values(text) == [(None, "aggregate", 657000)]


@pytest.mark.parametrize("answer", ["Common Stock: 600,000 shares\n     Total: 657,000 shares",
                                    "Common Stock: 600,000 shares\n     Warrants: 57,000 shares",
                                    "Directly: 600,000 shares\n     Indirectly: 57,000 shares"])
def test_item4_parts_are_no_answer(answer):
    """Parts and a total under captions: which is the holding is not said; no answer of the
    lone filer is read (the first, 600,000, was read before; "Warrants" names no party)."""
    text = f"Item 4. Ownership\n(a) Amount beneficially owned:\n\n     {answer}\n"
    assert [v for v in _values(text) if v[0] is None] == []


def test_f14_item4_lines_with_shares_whole_filing():
    """Review W f14: every cover says "See Item 4"; Item 4 lists "Fund I: 4,210,339 shares"."""
    [rec] = parse_path(FIXTURES / "f14_item4_lines_shares.htm").records
    names = {p.id: p.name for p in rec.parties}
    got = {names[c.source]: (c.shares, c.percent, c.sole_voting, c.shared_voting)
           for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    assert got == {
        "Copperline Partners Fund I, L.P.": (4210339, 9.1, 0, 4210339),
        "Copperline Partners Fund I-A, L.P.": (388020, 0.8, 0, 388020),
        "Copperline Partners GP I, L.L.C.": (4598359, 9.9, 0, 4598359),
        "Yusuf K. Demir": (4610859, 9.9, 12500, 4598359)}
    assert "missing-value" not in _codes(rec)


@pytest.mark.parametrize("answer", ["As of December 31, 2006: 657,000 shares",
                                    "As of December 31, 2006: 657,000", "Total: 657,000 shares",
                                    "Common Stock:  657,000 shares", "R. Scott Asen: 657,000 shares",
                                    "Mr. Asen: 657,000 shares",
                                    "Mr. Asen may be deemed to beneficially own: 657,000 shares"])
@pytest.mark.parametrize("cover", ["blank", "none"])
def test_asen_item4_caption_answer_fills_the_holding(answer, cover):
    """Review D14 M2: the lone filer's answer under a caption fills a blank or missing cover."""
    rec = _asen(_item4(answer), blank=("657,000 shares",) if cover == "blank" else (),
                no_cover=cover == "none")
    assert _holding(rec) == (657000, 5.6, 600000, 57000, 600000, 57000)


def test_asen_item4_parts_leave_the_aggregate_missing():
    """Parts under captions: the aggregate is warned missing, not taken as the first part."""
    rec = _asen(_item4("Common Stock: 600,000 shares\n          Warrants: 57,000 shares"),
                blank=("657,000 shares",))
    assert _holding(rec)[0] is None
    assert "missing-value" in _codes(rec)


def test_asen_item4_percent_under_a_date():
    rec = _asen(_item4("657,000 shares", "As of December 31, 2006:  5.6%"), blank=("5.6%",))
    assert _holding(rec)[:2] == (657000, 5.6)
