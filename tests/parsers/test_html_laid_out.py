"""A typed text saved as HTML: runs of no-break spaces are its columns, kept as wide as shown.

From about 2000 to 2012 many filers sent their typed Schedule 13D/13G to EDGAR as HTML whose
lines end in ``<br>`` and whose columns are runs of ``&nbsp;`` ("Word save as HTML",
``<font face=Courier>``). Squeezed to one space, "Name/Title:&nbsp;&nbsp;&nbsp;Jane Roe" lost
the column the signature reader finds the signer's entity by.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.html_rows import COLLAPSED, LAID_OUT, squeeze_spaces
from graphkit.parsers.html_text import html_to_text
from tests.conftest import corpus_file

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"
#: 13g/capitalgroup_warnerlambert_1994_sc13g.txt, its <TEXT> one line a <br>, spaces &nbsp;
CAPITAL_BR = FILINGS / "hx46" / "capitalgroup_warnerlambert_1994_sc13g_br.txt"

NBSP = "\u00a0"


def test_laid_out_pattern():
    assert LAID_OUT.search(f"Power{NBSP}{NBSP}{NBSP}1,000")[0] == NBSP * 3
    assert LAID_OUT.search(f"a {NBSP} {NBSP} b")[0] == f"{NBSP} {NBSP} "  # Word's "&nbsp; "
    assert LAID_OUT.search(f"Item 1.{NBSP} Security{NBSP}and") is None  # one each: prose
    assert COLLAPSED.sub(" ", f" \t{NBSP}\u2002 ") == f" {NBSP} "


def test_squeeze_keeps_laid_out_runs_only():
    assert squeeze_spaces(f"Sole{NBSP}{NBSP}{NBSP} 1,000  shares") == "Sole    1,000 shares"
    assert squeeze_spaces(f"a \t{NBSP} {NBSP}  b") == "a     b"  # " ", nbsp, " ", nbsp, " "
    assert squeeze_spaces(f"Item 1.{NBSP} Security") == "Item 1. Security"


def test_typed_lines_keep_columns_and_indents():
    html = (f"<html><body><font face=Courier>Name/Title:{NBSP * 3}Jane Roe<br>\n"
            f"{NBSP * 4}Roe Capital LP<br>\n<b>A</b>{NBSP * 2}<b>B</b> and{NBSP}C<br>\n"
            f"<p>{NBSP}</p>\nEnd</font></body></html>")
    assert html_to_text(html).split("\n") == [
        "Name/Title:   Jane Roe", "     Roe Capital LP", " A  B and C", "", " End"]


def test_typeset_cells_still_squeezed():
    html = f"<table><tr><td>5.{NBSP}{NBSP}</td><td>Sole{NBSP}{NBSP}Voting Power</td></tr></table>"
    assert html_to_text(html) == "5. | Sole Voting Power"


def _facts(path: Path) -> tuple[set, set]:
    rec = parse_path(path).records[0]
    name = {p.id: p.name for p in rec.parties}
    claims = {(name[c.source], c.relation.value, name[c.target], c.shares, c.percent,
               c.sole_voting, c.shared_voting, c.sole_dispositive, c.shared_dispositive)
              for c in rec.claims}
    sigs = {(s.signer, s.title, tuple(s.on_behalf_of)) for s in rec.signatures}
    return claims, sigs


def test_capital_group_saved_as_br_html_reads_as_its_text():
    claims, sigs = _facts(CAPITAL_BR)
    # the signature block's "Name/Title:" column: each officer signs for his own company
    assert sigs == {
        ("Philip de Toledo", "Vice President and Treasurer", ("The Capital Group, Inc.",)),
        ("Paul G. Haaga, Jr.", "Senior Vice President",
         ("Capital Research and Management Company",))}
    officers = {(s, t) for s, r, t, *_ in claims if r == "officer_of"}
    assert officers == {("Philip de Toledo", "The Capital Group, Inc."),
                        ("Paul G. Haaga, Jr.", "Capital Research and Management Company")}
    assert ("The Capital Group, Inc.", "beneficial_owner_of", "WARNER LAMBERT CO.", 6941000,
            5.16, 800, 0, 6941000, 0) in claims
    assert ("Capital Research and Management Company", "beneficial_owner_of",
            "WARNER LAMBERT CO.", 6940200, 5.16, 0, 0, 6940200, 0) in claims


def test_capital_group_br_html_matches_the_text_filing():
    text = corpus_file("13g/capitalgroup_warnerlambert_1994_sc13g.txt")
    assert _facts(CAPITAL_BR) == _facts(text)
