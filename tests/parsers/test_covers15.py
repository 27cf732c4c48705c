"""Review W and C14 fixes of the Schedule 13D/13G cover pages, on made-up filings.

The hand-written whole filings are in ``tests/fixtures/filings/covers15/``; variants are made
from them by changing one cell. Every value asserted is the one the made-up filing prints.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path, parse_source
from graphkit.parsers import schedule13_reporting as rep
from graphkit.parsers.schedule13_cover_names import _ends_trust_name, read_name_cell
from graphkit.parsers.schedule13_cover_patterns import TRUST_NAME_LINE
from graphkit.source import SourceText

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "covers15"

#: the facts of a claim this file compares
_FACTS = ("shares", "percent", "sole_voting", "shared_voting", "sole_dispositive",
          "shared_dispositive")


def _fixture(name: str):
    [rec] = parse_path(FIXTURES / name).records
    return rec


def _variant(name: str, old: str, new: str):
    """The record of fixture ``name`` with ``old`` (which it must hold) replaced by ``new``."""
    text = (FIXTURES / name).read_text()
    assert old in text
    [rec] = parse_source(SourceText(path="probe.txt", text=text.replace(old, new)))
    return rec


def _holdings(rec) -> dict[str, tuple]:
    """Each holder's name and its facts (:data:`_FACTS`), in the record's order."""
    names = {p.id: p.name for p in rec.parties}
    return {names[c.source]: tuple(getattr(c, f) for f in _FACTS) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}


def _relations(rec, relation: str) -> list[tuple[str, str]]:
    names = {p.id: p.name for p in rec.parties}
    return [(names[c.source], names[c.target]) for c in rec.claims
            if c.relation.value == relation]


def _reporting(rec) -> list[str]:
    return [p.name for p in rec.parties if "reporting_person" in {r.value for r in p.roles}]


def _codes(rec) -> set[str]:
    return {w.code for w in rec.warnings}


# --- H6. a cover named in a trustee's capacity ------------------------------------------------

#: Paul's own cover and the trust's: 100,000 (0.8%) and 700,000 (5.4%), sole
_PAUL = (100000, 0.8, 100000, 0, 100000, 0)
_TRUST = (700000, 5.4, 700000, 0, 700000, 0)
#: the trust's name row of f28, wrapped over two lines
_WRAPPED = "     Paul D. Ashby, as Trustee of the Ashby\n     Family Trust dated June 1, 1995\n"


@pytest.mark.parametrize("name", ["f28_trustee_wrapped.txt", "f28b_trustee_one_line.txt",
                                  "f28c_dated_trust.txt"])
def test_the_trustees_second_cover_is_the_trusts(name):
    # "Paul D. Ashby" files a cover of his own; the second cover is "Paul D. Ashby, as Trustee
    # of the Ashby Family Trust dated June 1, 1995" (f28 wraps it after "the Ashby"; f28c
    # names the trust alone): the trust holds 700,000 with Paul its trustee, and no party is
    # named after Paul in his capacity
    rec = _fixture(name)
    assert _holdings(rec) == {"Paul D. Ashby": _PAUL, "Ashby Family Trust": _TRUST}
    assert _reporting(rec) == ["Paul D. Ashby", "Ashby Family Trust"]
    assert _relations(rec, "trustee_of") == [("Paul D. Ashby", "Ashby Family Trust")]
    assert [p.name for p in rec.parties] == ["Granite Harbor Bancorp", "Paul D. Ashby",
                                             "Ashby Family Trust"]
    assert [p.kind.value for p in rec.parties] == ["organization", "person", "organization"]
    assert not _codes(rec)


def test_a_dated_trust_keeps_its_name_as_written_as_an_alias():
    rec = _fixture("f28c_dated_trust.txt")
    trust = next(p for p in rec.parties if p.name == "Ashby Family Trust")
    assert [(a.name, a.how.value) for a in trust.aliases] == [
        ("Ashby Family Trust dated June 1, 1995", "spelling")]


@pytest.mark.parametrize("row", [
    "     Paul D. Ashby, as Trustee of the Ashby\n",   # the trust cut off, no second line
    "     Paul D. Ashby, as Trustee\n",                # no trust named at all
    "     Paul D. Ashby, Trustee\n",
])
def test_a_trust_not_named_whole_gets_no_party_and_a_warning(row):
    # the holding is the trust's (Paul's own is on his first cover), but its name cannot be
    # read: no party named after Paul, nothing merged into his own holding
    rec = _variant("f28_trustee_wrapped.txt", _WRAPPED, row)
    assert _holdings(rec) == {"Paul D. Ashby": _PAUL}
    assert "trust-not-named" in _codes(rec)
    [w] = [w for w in rec.warnings if w.code == "trust-not-named"]
    assert "(700,000) is given to no one" in w.message
    assert "ocr-repair" not in _codes(rec) and "value-conflict" not in _codes(rec)


def _second_cover_alone() -> str:
    """f28 without Paul's own cover (the first of its two)."""
    text = (FIXTURES / "f28_trustee_wrapped.txt").read_text()
    first, second = [i for i in range(len(text)) if text.startswith("CUSIP No. 387541105 ", i)]
    return text[:first] + text[second:]


@pytest.mark.parametrize("row", [
    "     Paul D. Ashby, Trustee of the Ashby Family Trust\n",
    "     Paul D. Ashby, as Trustee of the Ashby Family Trust dated June 1, 1995\n",
    "     Paul D. Ashby, as Trustee of the Ashby\n     Family Trust dated June 1, 1995\n",
])
def test_a_lone_trustee_reports_and_is_trustee_of_the_trust(row):
    # a trustee with no cover of its own: the trustee reports (as n07_trustee: "Paul D.
    # Ashby, as Trustee of the Ashby Family Trust"), the trust is held
    text = _second_cover_alone()
    [rec] = parse_source(SourceText(path="probe.txt", text=text.replace(_WRAPPED, row)))
    assert _holdings(rec) == {"Paul D. Ashby": _TRUST}
    assert ("Paul D. Ashby", "Ashby Family Trust") in _relations(rec, "trustee_of")
    assert [p.name for p in rec.parties] == ["Granite Harbor Bancorp", "Paul D. Ashby",
                                             "Ashby Family Trust"]


@pytest.mark.parametrize("row", [
    "     Paul D. Ashby and Mary T. Ashby, Trustees of the Ashby Family Trust\n",
    "     Paul D. Ashby and Mary T. Ashby, as Trustees of the Ashby Family Trust\n",
])
def test_two_trustees_on_one_cover_each_report_and_are_trustees(row):
    text = _second_cover_alone()
    [rec] = parse_source(SourceText(path="probe.txt", text=text.replace(_WRAPPED, row)))
    assert _holdings(rec) == {"Paul D. Ashby": _TRUST, "Mary T. Ashby": _TRUST}
    assert _relations(rec, "trustee_of")[:2] == [("Paul D. Ashby", "Ashby Family Trust"),
                                                 ("Mary T. Ashby", "Ashby Family Trust")]
    assert sorted(p.name for p in rec.parties) == [
        "Ashby Family Trust", "Granite Harbor Bancorp", "Mary T. Ashby", "Paul D. Ashby"]


def test_two_dated_trusts_of_one_name_keep_their_dates():
    text = (FIXTURES / "f28c_dated_trust.txt").read_text()
    text = text.replace("     Paul D. Ashby\n", "     Ashby Family Trust dated May 5, 2001\n", 1)
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    assert list(_holdings(rec)) == ["Ashby Family Trust dated May 5, 2001",
                                    "Ashby Family Trust dated June 1, 1995"]


def _name(text: str) -> str | None:
    r = read_name_cell(SourceText(path="x.txt", text=text), text, 0, len(text))
    return None if r is None else r.value


@pytest.mark.parametrize("text, name", [
    ("\n     Paul D. Ashby, as Trustee of the Ashby\n     Family Trust dated June 1, 1995\n",
     "Paul D. Ashby, as Trustee of the Ashby Family Trust dated June 1, 1995"),
    ("\n     Jane Q. Roe, as Co-Trustee of the Roe\n     FAMILY TRUST\n",
     "Jane Q. Roe, as Co-Trustee of the Roe FAMILY TRUST"),
    # the first line's trust is whole: the second line is no part of it
    ("\n     Jane Q. Roe, as Trustee of the Roe Trust\n     John A. Doe\n",
     "Jane Q. Roe, as Trustee of the Roe Trust"),
    # no trust's name on the second line: a bank's, a person's, a note
    ("\n     Jane Q. Roe, as Trustee of the Roe\n     Acme Trust Company\n",
     "Jane Q. Roe, as Trustee of the Roe"),
    ("\n     Jane Q. Roe, as Trustee of the Roe\n     Not Applicable\n",
     "Jane Q. Roe, as Trustee of the Roe"),
    ("\n     Jane Q. Roe, as Custodian for Jane\n     Roe Family Trust\n",
     "Jane Q. Roe, as Custodian for Jane"),
    # a column further in: another cell, not the name's line
    ("\n     Jane Q. Roe, as Trustee of the Roe\n         Family Trust\n",
     "Jane Q. Roe, as Trustee of the Roe"),
])
def test_a_trustees_name_wrapped_before_the_trust_ends(text, name):
    assert _name(text) == name


def test_trust_patterns():
    assert TRUST_NAME_LINE.match("Family Trust dated June 1, 1995")
    assert TRUST_NAME_LINE.match("Trust u/a/d 1/1/2000")
    assert TRUST_NAME_LINE.match("FAMILY TRUST")
    assert TRUST_NAME_LINE.match("Acme Trust Company") is None
    assert TRUST_NAME_LINE.match("Jane Q. Roe") is None
    assert TRUST_NAME_LINE.match("Family Trust, Jane Q. Roe, Trustee") is None
    assert _ends_trust_name(", as Trustee of the Roe", "Family Trust")
    assert not _ends_trust_name(", as Trustee of the Roe Trust", "Family Trust")
    assert not _ends_trust_name(", as custodian for the Roe", "Family Trust")
    m = rep.TRUST_NAME.search("Roe Family Trust dated June 1, 1995")
    assert m is not None and m["date"] == " dated June 1, 1995"
    assert rep.TRUST_NAME.search("Roe Family Trust")["date"] is None
    assert rep.TRUST_NAME.search("Roe Trust Company") is None


@pytest.mark.parametrize("name, holder, trust", [
    ("Paul D. Ashby, as Trustee of the Ashby Family Trust dated June 1, 1995", "Paul D. Ashby",
     "Ashby Family Trust"),
    ("Paul D. Ashby, Trustee of the Ashby Family Trust", "Paul D. Ashby", "Ashby Family Trust"),
    ("Jane Q. Roe and John A. Roe, Trustees of the Roe Trust u/a/d 1/1/2000",
     "Jane Q. Roe and John A. Roe", "Roe Trust"),
    ("Paul D. Ashby, as Trustee of the Ashby", "Paul D. Ashby", None),
    # "Trustees of" inside a name, with no comma or "as" before it: no capacity
    ("Board of Trustees of the Roe Memorial Trust", "Board of Trustees of the Roe Memorial Trust",
     None),
    ("The Trustees of Roe College", "The Trustees of Roe College", None),
])
def test_as_trustee(name, holder, trust):
    assert rep.as_trustee(name) == (holder, trust)


@pytest.mark.parametrize("name, holder", [
    ("Paul D. Ashby, as Trustee of the Ashby", "Paul D. Ashby"),
    ("Paul D. Ashby, Trustee", "Paul D. Ashby"),
    ("Acme Bank, N.A., as Custodian", "Acme Bank, N.A."),
    ("Ashby Family Trust", None),
    ("Board of Trustees of the Roe Memorial Trust", None),
    ("Trustee", None),
])
def test_capacity_holder(name, holder):
    assert rep.capacity_holder(name) == holder


@pytest.mark.parametrize("name, bare", [
    ("Roe Family Trust u/a/d 1/1/2000", "Roe Family Trust"),
    ("Roe Family Trust, dated June 1, 1995", "Roe Family Trust"),
    ("Roe Family Trust UAD 1-1-2000", "Roe Family Trust"),
    ("Roe Family Trust", "Roe Family Trust"),
    ("Roe Trust Company dated June 1, 1995", "Roe Trust Company dated June 1, 1995"),
])
def test_undated_trust(name, bare):
    assert rep.undated_trust(name) == bare


def test_individually_and_as_trustee_in_prose():
    # f28c's Item 2(a): "Paul D. Ashby, individually and as Trustee of the Ashby Family Trust
    # dated June 1, 1995" (the trust's cover names the trust alone)
    from graphkit.parsers.prose_patterns import HOLDER_AS_ROLE_OF
    m = HOLDER_AS_ROLE_OF.search("Paul D. Ashby, individually and as Trustee of the Ashby "
                                 "Family Trust dated June 1, 1995")
    assert (m["holder"], m["role"], m["held"]) == ("Paul D. Ashby", "Trustee",
                                                   "Ashby Family Trust")
    assert HOLDER_AS_ROLE_OF.search("Paul D. Ashby, individually, and the Ashby Family "
                                    "Trust") is None


# --- H4. two classes in one cover cell ---------------------------------------------------------

_F12 = "f12_two_classes_in_a_cell.txt"
_CLASS_A = "Class A Common Stock, $0.01 par value"
_CLASS_B = "Class B Common Stock, $0.01 par value"


def _class_holdings(rec) -> list[tuple]:
    return [(c.security_class, *(getattr(c, f) for f in _FACTS)) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"]


def test_two_classes_in_one_cell_are_two_holdings():
    # "Class A: 1,000,000" / "Class B: 2,500,000" in rows 5, 7 and 9, "Class A: 4.3%" /
    # "Class B: 62.5%" in row 11, "-0-" in rows 6 and 8 (zero for both)
    rec = _fixture(_F12)
    assert _class_holdings(rec) == [
        (_CLASS_A, 1000000, 4.3, 1000000, 0, 1000000, 0),
        (_CLASS_B, 2500000, 62.5, 2500000, 0, 2500000, 0)]
    assert rec.issuer.cusip == "46145K104"  # "Class A: 46145K104" over "(CUSIP Numbers)"
    assert not _codes(rec)


@pytest.mark.parametrize("a, b", [("Class A Common Stock: ", "Class B Common Stock: "),
                                  ("CLASS A - ", "CLASS B - ")])
def test_class_labels_written_otherwise(a, b):
    text = (FIXTURES / _F12).read_text()
    cover = text.index("1.   NAMES OF REPORTING")
    cover_end = text.index("Item 1(a)")
    rows = text[cover:cover_end].replace("Class A: ", a).replace("Class B: ", b)
    [rec] = parse_source(SourceText(path="probe.txt", text=text[:cover] + rows + text[cover_end:]))
    assert [h[:3] for h in _class_holdings(rec)] == [(_CLASS_A, 1000000, 4.3),
                                                     (_CLASS_B, 2500000, 62.5)]


def test_two_class_percents_on_one_line():
    rec = _variant(_F12, "     Class A: 4.3%\n     Class B: 62.5%",
                   "     Class A: 4.3%; Class B: 62.5%")
    assert [h[:3] for h in _class_holdings(rec)] == [(_CLASS_A, 1000000, 4.3),
                                                     (_CLASS_B, 2500000, 62.5)]


def test_a_row_naming_two_classes_without_labels_warns():
    # (each value followed by its class, "1,000,000 Class A shares and 2,500,000 Class B
    # shares", is read per class since covers16: test_schedule13_covers16.py)
    rec = _variant(_F12, "     Class A: 1,000,000\n     Class B: 2,500,000\n--",
                   "     1,000,000 (Class A shares) and 2,500,000 (Class B shares)\n--")
    assert "classes-in-one-cell" in _codes(rec)
    # a row not read per class: the page is read as one holding, as main reads it (review
    # covers16 M2), with no title of either class
    assert _class_holdings(rec) == [(None, 1000000, 4.3, 1000000, 0, 1000000, 0)]


def test_a_value_stated_once_for_two_classes_is_neither_class():
    text = (FIXTURES / _F12).read_text()
    text = text.replace("                    Class A: 1,000,000\nNUMBER OF           Class B: "
                        "2,500,000\n", "                    3,500,000\nNUMBER OF\n")
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    # a row stated once: the per-class reading is partial, and the page is read as one
    # holding, as main reads it (review covers16 M2), with a warning and no class of the two
    # the title names (review covers17 M1)
    assert [h[:5] for h in _class_holdings(rec)] == [(None, 1000000, 4.3, 3500000, 0)]
    assert "class-value-unassigned" not in _codes(rec)
    assert "classes-in-one-cell" in _codes(rec)


def test_one_labelled_class_titles_the_holding():
    text = (FIXTURES / _F12).read_text()
    for a in ("     Class A: 1,000,000\n", "                    Class A: 1,000,000\n",
              "PERSON WITH         Class A: 1,000,000\n", "     Class A: 4.3%\n"):
        text = text.replace(a, "PERSON WITH\n" if a.startswith("PERSON") else "")
    text = text.replace("NUMBER OF           Class B: 2,500,000", "NUMBER OF    Class B: 2,500,000")
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    assert _class_holdings(rec) == [(_CLASS_B, 2500000, 62.5, 2500000, 0, 2500000, 0)]


@pytest.mark.parametrize("cell, cells", [
    ("  Class A: 1,000,000\n  Class B: 2,500,000", [("Class A", "1,000,000"),
                                                     ("Class B", "2,500,000")]),
    ("Class A Units: 10 CLASS B: -0-", [("Class A", "10"), ("Class B", "-0-")]),
    ("Class A - None  Class B - 5", [("Class A", "None"), ("Class B", "5")]),
    ("1,000,000 shares of Class A Common Stock", []),
    ("1,000,000 (1)  Class A: see note", []),
    ("Class Action: 5", []),
    ("Class A: 1  Class A: 2", []),  # a class twice: no cell is one class's
])
def test_class_cells(cell, cells):
    from graphkit.parsers.schedule13_cover_classes import class_cells
    assert [(label, cell[s:e].strip()) for label, s, e in class_cells(cell)] == cells


def test_class_title():
    from graphkit.parsers.schedule13_cover_classes import class_title
    both = f"{_CLASS_A} {_CLASS_B}"
    assert class_title("Class B", both) == _CLASS_B
    assert class_title("Class A", both) == _CLASS_A
    assert class_title("Class C", both) == "Class C"
    assert class_title("Class A", "Common Stock") == "Class A"


def test_cusip_caption_plural():
    from graphkit.parsers.schedule13_front import CUSIP_CAPTION
    for caption in ("(CUSIP Numbers)", "(CUSIP Nos.)", "(CUSIP Number)", "(CUSIP No.)"):
        assert CUSIP_CAPTION.fullmatch(caption), caption


def test_classes_named_after_every_value_warn_and_give_no_merged_title():
    # "1,000,000 (Class A) and 2,500,000 (Class B)" in every row: not read per class; the one
    # holding read is warned of and titled with no class (the front page's two titles run
    # together would name both). Without the parentheses the rows are read per class since
    # covers16 (test_schedule13_covers16.py).
    text = (FIXTURES / _F12).read_text()
    cover = text[text.index("1.   NAMES"):text.index("Item 1(a)")]
    rows = cover.replace("                    Class A: 1,000,000\nNUMBER OF           Class B: "
                         "2,500,000\n", "                    1,000,000 (Class A) and 2,500,000 "
                         "(Class B)\nNUMBER OF\n")
    rows = rows.replace("PERSON WITH         Class A: 1,000,000\n                    Class B: "
                        "2,500,000\n", "PERSON WITH         1,000,000 (Class A) and 2,500,000 "
                        "(Class B)\n")
    rows = rows.replace("     Class A: 1,000,000\n     Class B: 2,500,000\n",
                        "     1,000,000 (Class A) and 2,500,000 (Class B)\n")
    rows = rows.replace("     Class A: 4.3%\n     Class B: 62.5%",
                        "     4.3% (Class A) and 62.5% (Class B)")
    [rec] = parse_source(SourceText(path="probe.txt", text=text.replace(cover, rows)))
    assert [c.security_class for c in rec.claims if c.relation.value == "beneficial_owner_of"] \
        == [None]
    assert sorted(w.message.split(": the ")[1].split(" row")[0] for w in rec.warnings
                  if w.code == "classes-in-one-cell") == [
        "aggregate", "percent", "sole dispositive", "sole voting"]


# --- H8. depositary shares and the shares they stand for in one cell --------------------------

_H3 = "h3_ads_first.txt"
_ADS_CELL = "625,000 ADSs representing 1,250,000 Ordinary Shares"
_TITLE = "Common Stock, $1.00 par value"


def _shares(rec) -> list[tuple]:
    return [(c.shares, c.sole_voting, c.sole_dispositive, c.percent) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"]


def test_the_count_of_the_class_the_title_names():
    # the title is a class of shares ("Common Stock"): the shares' count, not the ADSs'
    rec = _fixture(_H3)
    assert _shares(rec) == [(1250000, 1250000, 1250000, 9.7)]
    assert not _codes(rec)


@pytest.mark.parametrize("title, cell, shares", [
    # the class is the ADSs: their count, whichever comes first
    ("American Depositary Shares, each representing two Ordinary Shares", _ADS_CELL, 625000),
    ("American Depositary Shares",
     "1,250,000 Ordinary Shares (represented by 625,000 ADSs)", 625000),
    # the class is the shares
    (_TITLE, "1,250,000 Ordinary Shares (represented by 625,000 ADSs)", 1250000),
    ("Ordinary Shares, par value $0.01 per share",
     "625,000 American Depositary Shares, representing 1,250,000 Ordinary Shares", 1250000),
])
def test_depositary_cells_by_title(title, cell, shares):
    text = (FIXTURES / _H3).read_text().replace(_ADS_CELL, cell).replace(_TITLE, title)
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    assert _shares(rec) == [(shares, shares, shares, 9.7)]


_ORDS = "Ordinary Shares, par value $0.01 per share"


@pytest.mark.parametrize("cell, note, shares", [
    # review covers15 H1: a ratio in digits after "each representing" is no count (a01, a07,
    # a11): the cell's count is kept, as before
    ("1,250,000 (1)", "     (1) Held as 625,000 ADSs, each representing 2 Ordinary Shares.\n",
     1250000),
    ("625,000 ADSs, each representing 2 Ordinary Shares", "", 625000),
    ("1,250,000 ADSs, each representing 1 Ordinary Share", "", 1250000),
])
def test_a_ratio_in_digits_is_never_the_count(cell, note, shares):
    text = (FIXTURES / _H3).read_text().replace(_TITLE, _ORDS).replace(_ADS_CELL, cell)
    if note:
        text = text.replace(f"     {cell}\n---", f"     {cell}\n\n{note}---")
        assert note in text
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    assert [s[:3] for s in _shares(rec)] == [(shares, shares, shares)]


def test_no_title_of_class_warns_and_keeps_the_first_count():
    text = (FIXTURES / _H3).read_text().replace(
        "                         Common Stock, $1.00 par value\n"
        "                        (Title of Class of Securities)\n", "")
    text = text.replace("Item 2(d).   Title of Class of Securities:  Common Stock, $1.00 par "
                        "value\n", "")
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    assert _shares(rec) == [(625000, 625000, 625000, 9.7)]
    [w] = [w for w in rec.warnings if w.code == "depositary-count"]
    assert "(625,000 and 1,250,000)" in w.message and "625,000 is kept" in w.message


@pytest.mark.parametrize("cell, found", [
    (_ADS_CELL, ("625,000", "ADSs", "1,250,000", "Ordinary Shares")),
    ("1,250,000 Ordinary Shares (represented by 625,000 ADSs)",
     ("1,250,000", "Ordinary Shares", "625,000", "ADSs")),
    ("1 250 000 shares, represented by an aggregate of 625 000 GDRs",
     ("1 250 000", "shares", "625 000", "GDRs")),
    ("625,000 ADSs, each representing two Ordinary Shares", None),  # a ratio, no count
    ("625,000 ADSs, each representing 2 Ordinary Shares", None),
    ("1,250,000 ADSs, each representing 1 Ordinary Share", None),
    ("625,000 ADSs representing 2 Ordinary Shares", None),  # no count of shares
    ("800,000 (1)", None),
    # OCR: a letter read for a digit in a group of either count (session 46 perturbation)
    ("625,O00 ADSs representing 1,250,000 Ordinary Shares",
     ("625,O00", "ADSs", "1,250,000", "Ordinary Shares")),
    ("62S,000 ADSs representing 1,25O,000 Ordinary Shares",
     ("62S,000", "ADSs", "1,25O,000", "Ordinary Shares")),
    ("625,O00 ADSs, each representing 2 Ordinary Shares", None),
    ("625,000 ADSs representing 1,250,00Ox Ordinary Shares", None),
])
def test_depositary_pair(cell, found):
    from graphkit.parsers.schedule13_depositary import DEPOSITARY_PAIR
    m = DEPOSITARY_PAIR.search(cell)
    assert (m and (m["n1"].strip(), m["u1"], m["n2"].strip(), m["u2"])) == found


@pytest.mark.parametrize("cell", [
    "400,000 shares of Common Stock representing 400,000 shares of Common Stock",  # one unit
    "100,000 shares underlying 100,000 warrants",   # no depositary unit
    "Represents 400,000 shares and 400,000 shares issuable upon exercise",
])
def test_cells_that_are_no_depositary_pair(cell):
    from graphkit.parsers.schedule13_depositary import depositary_count
    assert depositary_count(cell, _TITLE) is None


def test_class_is_depositary():
    from graphkit.parsers.schedule13_depositary import class_is_depositary
    assert class_is_depositary("American Depositary Shares, each representing one Class B "
                               "Ordinary Share")
    assert class_is_depositary("ADSs")
    assert not class_is_depositary("Class A Ordinary Shares, represented by ADSs")
    assert not class_is_depositary(_TITLE)
    assert class_is_depositary(None) is None


# --- M13. a guessed acronym that names another party; a cover-row defined term -----------------

_F10 = "f10_acronym_of_another.txt"


def test_no_acronym_guess_that_leads_another_partys_name():
    # "MFP" (in "... and MFP / Management Corp.") spells "McAllister Family Partners, L.P.",
    # but "MFP Management Corp." is another reporting person: no alias "MFP" for the fund.
    # Its cover names it 'MCALLISTER FAMILY PARTNERS, L.P.  (the "Partnership")': the term
    # is bound, and "MFP Management Corp. is the general partner of the Partnership" is read
    rec = _fixture(_F10)
    fund = next(p for p in rec.parties if p.name == "MCALLISTER FAMILY PARTNERS, L.P.")
    corp = next(p for p in rec.parties if p.name == "MFP MANAGEMENT CORP.")
    # (a generic term is bound, but no alias: graphkit.parsers.generic_terms; no "MFP" either)
    assert fund.aliases == []
    assert corp.aliases == []
    assert ("MFP MANAGEMENT CORP.", "MCALLISTER FAMILY PARTNERS, L.P.") in _relations(
        rec, "general_partner_of")


def test_an_abbreviation_two_parties_lead_with_is_no_ones():
    # 2017 SC 13G (FMR LLC): "FMR" leads "FMR LLC" and "FMR Co" (Fidelity Management &
    # Research Company's term): the abbreviation may mean either, and is given to neither
    [rec] = parse_path(FIXTURES.parent / "2017_SC_13G_1273801.txt").records
    names = {p.name: [a.name for a in p.aliases] for p in rec.parties}
    assert names["FMR LLC"] == []
    assert names["Fidelity Management & Research Company"] == ["FMR Co"]


def test_names_another():
    from graphkit.models import Alias, Party
    from graphkit.parsers.partybook import PartyBook
    from graphkit.parsers.partybook_acronyms import names_another
    fund = Party(id="p1", name="Acme Family Partners, L.P.", kind="organization")
    corp = Party(id="p2", name="Beta Holdings", kind="organization",
                 aliases=[Alias(name="AFP", how="defined_term")])
    assert names_another("AFP", fund, [fund, corp])  # a whole spelling of another
    assert not names_another("AFP", fund, [fund])
    book = PartyBook()
    book.add("Acme Family Partners, L.P.")
    assert book.abbreviated_party("AFP").name == "Acme Family Partners, L.P."
    # an affiliate named after the acronym is no other meaning of it (review covers15 M1)
    book.add("AFP Management Corp.")
    assert book.abbreviated_party("AFP").name == "Acme Family Partners, L.P."
    fmr, co = (Party(id=i, name=n, kind="organization") for i, n in (("p3", "FMR LLC"),
                                                                     ("p4", "FMR Co")))
    assert names_another("FMR", fmr, [fmr, co])  # both lead with it: either's


@pytest.mark.parametrize("name, relations", [
    # review covers15 M1: "HCM is the investment manager of Highland Crusader Fund, Ltd. HCM
    # GP, LLC is the general partner of HCM." beside the party "HCM GP, LLC"
    ("rv_r02_hcm.txt", {("investment_manager_of", "Highland Capital Management, L.P.",
                         "Highland Crusader Fund, Ltd."),
                        ("general_partner_of", "HCM GP, LLC",
                         "Highland Capital Management, L.P.")}),
    # "SVP is the investment manager of SVP Special Situations III LLC."
    ("rv_r01_svp.txt", {("investment_manager_of", "Strategic Value Partners, LLC",
                         "SVP Special Situations III LLC")}),
])
def test_an_acronym_an_affiliate_leads_with_is_linked(name, relations):
    rec = _fixture(name)
    got = {(rel, a, b) for rel in ("investment_manager_of", "general_partner_of")
           for a, b in _relations(rec, rel)}
    assert relations <= got


@pytest.mark.parametrize("rest, term", [
    ('  (the "Partnership")', True),
    ('   ("Fund")', True),
    ("  (See Item 2)", False),
    ('  (the "Partnership") Delaware', False),
    ('(the "Partnership")', False),  # no cell of its own
])
def test_name_term_cell(rest, term):
    from graphkit.parsers.schedule13_cover_patterns import NAME_TERM_CELL
    assert bool(NAME_TERM_CELL.match(rest)) is term


def test_a_cover_name_with_its_term_in_a_cell_of_its_own():
    text = '\n     ACME FAMILY PARTNERS, L.P.  (the "Partnership")\n'
    assert _name(text) == 'ACME FAMILY PARTNERS, L.P. (the "Partnership")'
    text = "\n     ACME FAMILY PARTNERS, L.P.  (See Item 2)\n"
    assert _name(text) == "ACME FAMILY PARTNERS, L.P."


# --- review C14 leftovers: a place after "See Item 2(c)"; an HTML name cell's second line -------

def test_a_place_after_a_reference_in_the_citizenship_row():
    # "See Item 2(c) - Cayman Islands" on the cover (Item 2(c) says "Delaware")
    rec = _fixture("f02_see_then_place.txt")
    [fund] = [p for p in rec.parties if p.name == "Acme Capital Partners, L.P."]
    assert fund.jurisdiction == "Cayman Islands"


@pytest.mark.parametrize("cell, place", [
    ("See Item 2(c) - Cayman Islands", "Cayman Islands"),
    ("See Item 2(c); Delaware", "Delaware"),
    ("As set forth in Item 2(c), Delaware", "Delaware"),
    ("See Items 2(a) and 2(c): Bermuda", "Bermuda"),
    ("Delaware (see Item 2(c))", "Delaware"),
    ("| Republic of Turkey", "Republic of Turkey"),   # a table cell's mark
    ("See Item 2(c)", None),
    ("See Item 2(c) - the reporting persons", None),  # no place after the reference
    ("See Item 2(c) below", None),
])
def test_citizenship_cells(cell, place):
    from graphkit.parsers.schedule13_citizenship import read_citizenship_cell as _citizenship
    text = f"\n     {cell}\n"
    r = _citizenship(SourceText(path="x.txt", text=text), text, 0, "cover page")
    assert (r.value if r is not None else None) == place


@pytest.mark.parametrize("second", ["Not Applicable", "Managing Member"])
def test_an_html_name_cells_second_line_is_no_part_of_the_name(second):
    # "<b>Yusuf K. Demir</b><br>Not Applicable" (k01; k02: "<br>Managing Member") in row 1 of
    # the fourth cover, "Republic of Turkey" in its row 4: one person, who reports 4,610,859
    [rec] = parse_source(SourceText(path="probe.htm", text=(
        FIXTURES / "k01_html_name_not_applicable.htm").read_text().replace(
        "</b><br>Not Applicable</td>", f"</b><br>{second}</td>")))
    assert _reporting(rec) == ["Copperline Partners Fund I, L.P.",
                               "Copperline Partners Fund I-A, L.P.",
                               "Copperline Partners GP I, L.L.C.", "Yusuf K. Demir"]
    [demir] = [p for p in rec.parties if p.name.startswith("Yusuf")]
    assert demir.jurisdiction == "Republic of Turkey"
    assert _holdings(rec)["Yusuf K. Demir"] == (4610859, 9.9, 12500, 4598359, 12500, 4598359)


@pytest.mark.parametrize("name, bare", [
    ("Yusuf K. Demir Not Applicable", "Yusuf K. Demir"),
    ("Jane Q. Roe N/A", "Jane Q. Roe"),
    ("Acme Fund, L.P. Intentionally Omitted", "Acme Fund, L.P."),
    ("Yusuf K. Demir Managing Member", "Yusuf K. Demir"),
    ("Jane Q. Roe Chief Executive Officer", "Jane Q. Roe"),
    ("Acme GP I, L.L.C. F/K/A Acme GP, LLC", "Acme GP I, L.L.C."),
    ("Acme Capital Partners, L.P. (formerly known as Acme Partners, L.P.)",
     "Acme Capital Partners, L.P."),
    # kept: a firm's words, a fiduciary's capacity, no person's name before a title
    ("Acme General Partner, LLC", "Acme General Partner, LLC"),
    ("Acme Managing Member LLC", "Acme Managing Member LLC"),
    ("Jane Q. Roe Trustee", "Jane Q. Roe Trustee"),
    ("Roe Partners Managing Member", "Roe Partners Managing Member"),
])
def test_without_run_on(name, bare):
    from graphkit.parsers.schedule13_cover_names import without_run_on
    assert without_run_on(name) == bare


def test_run_on_patterns():
    from graphkit.parsers.schedule13_cover_patterns import (FORMER_NAME_TAIL, NAME_ID_ANSWER,
                                                            PERSON_CAPACITY,
                                                            PLACE_AFTER_REFERENCE,
                                                            REFERENCE_AFTER_PLACE)
    assert NAME_ID_ANSWER.search("Jane Q. Roe Not Applicable")[0] == " Not Applicable"
    assert NAME_ID_ANSWER.search("Not Applicable Holdings, Inc.") is None
    assert FORMER_NAME_TAIL.search("Acme LLC f/k/a Beta LLC")[0] == " f/k/a Beta LLC"
    assert PERSON_CAPACITY.match("Managing Member") and PERSON_CAPACITY.match("Trustee") is None
    assert PLACE_AFTER_REFERENCE.match("See Item 2(c) - Cayman Islands")["place"] == \
        "Cayman Islands"
    assert REFERENCE_AFTER_PLACE.search("Delaware (see Item 2(c))")[0] == " (see Item 2(c))"


def test_a_note_naming_two_classes_keeps_a_one_class_title():
    # the title names one class; the aggregate row's note names Class B and Class A: warned,
    # the holding keeps its title (it is no run-together of two)
    text = (FIXTURES / _F12).read_text()
    cover = text[text.index("1.   NAMES"):text.index("Item 1(a)")]
    rows = cover.replace("                    Class A: 1,000,000\nNUMBER OF           Class B: "
                         "2,500,000\n", "                    1,000,000\nNUMBER OF\n")
    rows = rows.replace("PERSON WITH         Class A: 1,000,000\n                    Class B: "
                        "2,500,000\n", "PERSON WITH         1,000,000\n")
    rows = rows.replace("     Class A: 1,000,000\n     Class B: 2,500,000\n",
                        "     1,000,000 (1)\n     (1) Includes 100,000 Class B shares, each "
                        "convertible into one Class A share\n")
    rows = rows.replace("     Class A: 4.3%\n     Class B: 62.5%", "     4.3%")
    text = text.replace(cover, rows).replace(
        "                      Class B Common Stock, $0.01 par value\n", "")
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    assert _class_holdings(rec) == [(_CLASS_A, 1000000, 4.3, 1000000, 0, 1000000, 0)]
    assert "classes-in-one-cell" in _codes(rec)


# --- review covers15 H2-H4: a trustee's covers stay the trusts' -----------------------------

def _shares_of(rec) -> dict[str, int]:
    return {name: facts[0] for name, facts in _holdings(rec).items()}


def test_one_trustee_two_trusts_no_own_cover_keep_two_holdings():
    # H2 (m14): "Jane Q. Roe, Trustee of the Roe Family Trust" (700,000) and "..., Trustee of
    # the Roe Children's Trust" (300,000): each trust reports, Jane trustee of both
    rec = _fixture("rv_m14_trustee_two_trusts_no_own.txt")
    assert _shares_of(rec) == {"Roe Family Trust": 700000, "Roe Children's Trust": 300000}
    assert _relations(rec, "trustee_of") == [("Jane Q. Roe", "Roe Family Trust"),
                                             ("Jane Q. Roe", "Roe Children's Trust")]
    assert "ocr-repair" not in _codes(rec)


@pytest.mark.parametrize("name, trusts", [
    ("rv_m14_trustee_two_trusts_no_own.txt", {"Roe Family Trust", "Roe Children's Trust"}),
    ("rv_m05_two_dated_trusts.txt", {"Roe Trust dated June 1, 1995",
                                     "Roe Trust dated May 5, 2001"}),
])
def test_a_trust_typed_in_by_its_trustee_stays_an_organization(name, trusts):
    # each trust's cover is typed "IN" (its trustee's code): the trust is no natural person,
    # and the code is kept as a reading set aside
    rec = _fixture(name)
    kinds = {p.name: p.kind.value for p in rec.parties}
    assert {kinds[t] for t in trusts} == {"organization"}
    assert kinds["Jane Q. Roe"] == "person"
    for p in rec.parties:
        if p.name in trusts:
            assert p.type_codes == ["IN"]
            assert [(r.raw, r.method) for r in p.readings if r.field == "kind"] == [
                ("IN", "entity-word")]


@pytest.mark.parametrize("name, own", [
    ("rv_m05_two_dated_trusts.txt", {"Jane Q. Roe": 100000}),   # H3: Jane's own cover beside
    ("rv_m13_trustee_two_dated_no_own.txt", {}),                # and without it
])
def test_two_dated_trusts_of_one_name_keep_two_holdings(name, own):
    rec = _fixture(name)
    assert _shares_of(rec) == {**own, "Roe Trust dated June 1, 1995": 700000,
                               "Roe Trust dated May 5, 2001": 300000}
    assert {("Jane Q. Roe", "Roe Trust dated June 1, 1995"),
            ("Jane Q. Roe", "Roe Trust dated May 5, 2001")} <= set(_relations(rec, "trustee_of"))
    assert "ocr-repair" not in _codes(rec)


def test_joint_trustees_one_with_an_own_cover_the_trust_reports():
    # H4 (m04): "Jane Q. Roe" (100,000) and "Jane Q. Roe and John A. Roe, Trustees of the Roe
    # Family Trust" (700,000): the trust's holding is never merged into Jane's
    rec = _fixture("rv_m04_one_own_plus_joint_trustees.txt")
    assert _shares_of(rec) == {"Jane Q. Roe": 100000, "Roe Family Trust": 700000}
    assert _relations(rec, "trustee_of") == [("Jane Q. Roe", "Roe Family Trust"),
                                             ("John A. Roe", "Roe Family Trust")]
    assert "ocr-repair" not in _codes(rec)


def test_one_class_labelled_keeps_item_4_and_the_outstanding_check():
    # review covers15 M3 (c17): "Class A Common Stock: 1,000,000", the percent cell "See Item
    # 4", Item 4 states 4.3%: the holding is read as any other, its percent from Item 4
    rec = _fixture("rv_c17_one_label_pct_item4.txt")
    assert [h[:3] for h in _class_holdings(rec)] == [(_CLASS_A, 1000000, 4.3)]
