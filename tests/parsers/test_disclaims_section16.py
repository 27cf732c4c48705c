"""The disclaimer's Section 16 wordings: "disclaims, for purposes of Section 16, beneficial
ownership", "disclaims Section 16(a) beneficial ownership" (review rvC M2, session 35: each
was missed, so a Form 4 line stayed undisclaimed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_items import DISCLAIMS

META_FORM4 = (Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv37"
              / "zuckerberg_meta_2025_form4.xml")
#: The real footnote's words, and the variants put in their place
REAL = "The reporting person disclaims beneficial ownership of shares held by CZI Holdings"


@pytest.mark.parametrize("text, hit", [
    ("Jane Roe disclaims, for purposes of Section 16, beneficial ownership of the shares", True),
    ("each disclaim, for purposes of Section 16 of the Exchange Act, beneficial ownership", True),
    ("The Reporting Person disclaims Section 16(a) beneficial ownership of the shares", True),
    ("disclaims Section 13(d) and Section 16 beneficial ownership", True),
    ("disclaims for Section 16 purposes beneficial ownership", True),
    ("disclaims for purposes of Section 16 beneficial ownership", True),
    ("disclaims any beneficial ownership", True),
    ("disclaims Section 13(d) beneficial ownership", True),
    # review rv37 M1: the Act named in full, with its "as amended"
    ("disclaims, for purposes of Section 16 of the Securities Exchange Act of 1934, as amended, "
     "beneficial ownership", True),
    ("disclaims for purposes of Section 16 of the Exchange Act beneficial ownership", True),
    # no disclaimer of ownership
    ("disclaims, except as set forth herein, any obligation", False),
    ("disclaims membership in a group", False),
])
def test_disclaims_pattern(text, hit):
    assert (DISCLAIMS.search(text) is not None) is hit


@pytest.mark.parametrize("wording", [
    "The reporting person disclaims, for purposes of Section 16, beneficial ownership of shares "
    "held by CZI Holdings",
    "The reporting person disclaims Section 16 beneficial ownership of shares held by CZI "
    "Holdings",
    REAL,
])
def test_form4_footnote_wordings_disclaim_the_line(tmp_path, wording):
    xml = META_FORM4.read_text(encoding="utf-8")
    assert REAL in xml
    path = tmp_path / "form4.xml"
    path.write_text(xml.replace(REAL, wording), encoding="utf-8")
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    lines = sorted((names[c.source], c.shares, c.disclaims) for c in rec.claims
                   if c.shares is not None)
    assert lines == [("CZI Holdings, LLC", 242_340, None), ("Zuckerberg Mark", 242_340, True),
                     ("Zuckerberg Mark", 351_470_516, None)]
