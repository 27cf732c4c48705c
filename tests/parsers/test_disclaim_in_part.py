"""Whether each disclaimer of a holding covers part of it only (``disclaims_in_part``).

"Each reporting person ... disclaims beneficial ownership of such shares except to the extent
of their pecuniary interest" (the Trident 13G sample) leaves a fund owning its own record
shares, and so does "JEDI II disclaims beneficial ownership of the shares of Preferred Stock
issued to ECT" (another filer's shares); "Dimensional disclaims beneficial ownership of such
securities" (the DFA/Ashworth 13G/A, whose Funds own them) leaves the adviser none. The
queries read the difference (review rvE MEDIUM-2, session 37).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_disclaiming import OTHER_FILERS, OTHERS_SHARES
from graphkit.parsers.schedule13_exceptions import PECUNIARY_KEPT
from graphkit.pipeline import samples
from tests.conftest import corpus_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings"
DFA = FIXTURES / "rv38" / "dfa_ashworth_2003_sc13ga.txt"
ADVISER_XML = FIXTURES / "rv38" / "r3_disclaimed_adviser.xml"
#: the made Copperline 13G (session 17 review) and its Item 4 disclaimer
COPPERLINE = FIXTURES / "rev17" / "own17_e1.htm"
KEPT = ("The Reporting Persons disclaim beneficial ownership of the shares held by Fund I and "
        "Fund I-A, except to the extent of their pecuniary interest therein.")


def _holdings(path: Path) -> dict[str, tuple]:
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    return {names[c.source]: (c.shares, c.percent, c.disclaims, c.disclaims_in_part)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}


def test_pattern():
    for hit in ["except to the extent of its pecuniary interest therein",
                "Except for its pecuniary interest therein",
                "except to the extent of such Reporting Person\u2019s pecuniary interest",
                "other than to the extent of his economic interest",
                "in excess of their respective pecuniary interests",
                "except to the extent of their pecuniary interest, if any"]:
        assert PECUNIARY_KEPT.search(hit), hit
    for miss in ["disclaims beneficial ownership of all such securities",
                 "the Fund, in which he has a pecuniary interest",
                 "except as set forth herein. His pecuniary interest is small",
                 "for all other purposes"]:
        assert PECUNIARY_KEPT.search(miss) is None, miss


def test_other_holders_patterns():
    for text, holder in [("issued to ECT", "ECT"), ("owned of record by Roe Partners, L.P.",
                                                    "Roe Partners"),
                         ("beneficially owned by Acme-Japan", "Acme-Japan"),
                         ("held by the Master Fund", "the Master Fund")]:
        m = OTHERS_SHARES.search(text)
        assert m and m["holder"].rstrip(",") == holder, text
    for miss in ["held by its advisory clients", "owned by them", "held in trust"]:
        assert OTHERS_SHARES.search(miss) is None, miss
    for hit in ["held by the other Reporting Persons", "owned by each other",
                "held by one another"]:
        assert OTHER_FILERS.search(hit), hit
    assert OTHER_FILERS.search("held by the Reporting Persons") is None


def test_a_disclaimer_of_another_filers_shares_is_in_part():
    # "JEDI II disclaims beneficial ownership of the shares of Preferred Stock issued to ECT.":
    # JEDI II's own 3,026,634 (21.6%) are not disclaimed; "Enron disclaims beneficial
    # ownership of any shares of Preferred Stock" is of all of Enron's
    got = _holdings(FIXTURES / "rv35" / "enron_costilla_1998_sc13d_doc1.txt")
    assert got["Joint Energy Development Investments II Limited Partnership"] == (
        3026634, 21.6, True, True)
    assert got["Enron Corp."] == (4035512, 28.8, True, None)
    # "Intermodal disclaims beneficial ownership of the 3,000 Common Shares ... beneficially
    # owned by Mitsui-Japan"
    got = _holdings(FIXTURES / "1994_SC_13DA_3000.txt")
    assert got["Intermodal Terminal Inc."] == (256487, 1.3, True, True)


def test_dfa_disclaims_all_of_its_clients_shares():
    # Note 1: "Dimensional disclaims beneficial ownership of such securities"; Item 6: "...
    # owned by advisory clients of Dimensional Fund Advisors Inc. ... disclaims beneficial
    # ownership of all such securities"
    assert _holdings(DFA) == {"Dimensional Fund Advisors Inc.": (1046400, 7.87, True, None)}


def test_trident_funds_keep_their_pecuniary_interest():
    # "Each reporting person and each TCMV Member disclaims beneficial ownership of such
    # shares except to the extent of their pecuniary interest, if any"
    got = _holdings(next(p for p in samples() if p.name.startswith("000_")))
    assert got["Trident Capital Fund-V, L.P."] == (5639301, 17.42, True, True)
    assert all(v[2:] == (True, True) for v in got.values()) and len(got) == 6


def test_lioneye_master_fund_keeps_its_pecuniary_interest():
    # "Each Reporting Person disclaims beneficial ownership of such Shares except to the
    # extent of his or its pecuniary interest therein."
    got = _holdings(corpus_file("13d/lioneye_famousdaves_2015_sc13da.txt"))
    assert got["LIONEYE MASTER FUND LTD"] == (686997, 9.9, True, True)


def test_a_cover_page_disclaimer_keeps_nothing():
    # Capital Research's cover row 9: "6,940,200 Beneficial ownership disclaimed pursuant to
    # Rule 13d-4"
    got = _holdings(corpus_file("13g/capitalgroup_warnerlambert_1994_sc13g.txt"))
    assert got["Capital Research and Management Company"] == (6940200, 5.16, True, None)


@pytest.mark.parametrize("sentence, kept", [
    (KEPT, True),
    (KEPT.replace(", except to the extent of their pecuniary interest therein", ""), None),
])
def test_text_items_disclaimer(tmp_path, sentence, kept):
    text = COPPERLINE.read_text()
    assert KEPT in text
    path = tmp_path / "f.htm"
    path.write_text(text.replace(KEPT, sentence))
    got = _holdings(path)
    assert got["Copperline Partners GP I, L.L.C."][2:] == (True, kept)


@pytest.mark.parametrize("comment, kept", [
    ("Acme Fund Advisors Inc. disclaims beneficial ownership of all such securities.", None),
    ("Acme Fund Advisors Inc. disclaims beneficial ownership of all such securities, except to "
     "the extent of its pecuniary interest therein.", True),
])
def test_xml_comment_disclaimer(tmp_path, comment, kept):
    text = ADVISER_XML.read_text()
    old = "Acme Fund Advisors Inc. disclaims beneficial ownership of all such securities."
    assert old in text
    path = tmp_path / "f.xml"
    path.write_text(text.replace(old, comment))
    assert _holdings(path) == {"Acme Fund Advisors Inc.": (1046400, 7.87, True, kept)}
