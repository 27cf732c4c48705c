"""Readings fixed after the holdout evaluation s (eighth session): real Schedule 13D filings
graphkit had never seen, in tests/fixtures/filings/holdout/.

A compact "Item N:\\tvalue" cover numbered as the 13D cover (rows 7-10 powers, 11 aggregate,
13 percent, 14 type).
"""

from __future__ import annotations

import pytest

from graphkit.parsers import schedule13_cover_compact as compact
from graphkit.source import SourceText
from tests.holdout import holdout_record as _record


# --- compact covers numbered as a 13D cover --------------------------------------------------

def test_compact_13d_cover_numbers():
    # lines 81-87: "Item 7:\t161,387" "Item 8:\tNone" "Item 9:\t731,287" "Item 10:\tNone"
    # "Item 11:\t903,691" "Item 13:\t12.12%" "Item 14:\tHC"
    rec = _record("1994_SC_13DA_830134.txt")
    fmr = next(p for p in rec.parties if p.name == "FMR Corp.")
    assert fmr.type_codes == ["HC"]
    [own] = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"]
    facts = {k: v for k, v in own.facts().items() if v is not None}
    assert facts == {"shares": 903691, "percent": 12.12, "sole_voting": 161387,
                     "shared_voting": 0, "sole_dispositive": 731287, "shared_dispositive": 0}
    assert not any("row 13" in w.message for w in rec.warnings)


_13G_ROWS = "Item 5:\t100\nItem 7:\t300\nItem 9:\t400\nItem 11:\t5.0%\nItem 12:\tIA\n"
_13D_ROWS = "Item 7:\t100\nItem 9:\t300\nItem 11:\t400\nItem 13:\t5.0%\nItem 14:\tIA\n"


@pytest.mark.parametrize("rows,expected", [
    (_13G_ROWS, (100, 300, 400, 5.0)),                     # 13G numbering: 12 rows
    (_13D_ROWS, (100, 300, 400, 5.0)),                     # 13D numbering: rows 13 and 14
    (_13D_ROWS.replace("Item 14:\tIA\n", ""), (100, 300, 400, 5.0)),  # row 13 alone tells it
    (_13G_ROWS.replace("Item 12:\tIA\n", ""), (100, 300, 400, 5.0)),  # no row above 11: 13G
])
def test_compact_cover_numbering(rows, expected):
    text = "Item 1:\tReporting Person - Acme Holdings LLC\n" + rows
    [cp] = compact.find_compact_cover_pages(SourceText(path="x.txt", text=text))
    assert tuple(cp.first(f) for f in ("sole_voting", "sole_dispositive", "aggregate",
                                       "percent")) == expected


def test_compact_13d_numbering_is_per_page():
    # a 13G page after a 13D page keeps its own numbering
    text = ("Item 1:\tReporting Person - Acme Holdings LLC\n" + _13D_ROWS
            + "Item 1:\tReporting Person - Acme Advisors LLC\n" + _13G_ROWS)
    d, g = compact.find_compact_cover_pages(SourceText(path="x.txt", text=text))
    assert (d.first("aggregate"), g.first("aggregate")) == (400, 400)
    assert (d.first("percent"), g.first("percent")) == (5.0, 5.0)
