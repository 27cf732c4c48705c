"""Item 5(a) checked against the cover pages when it also speaks of preferred stock
(:func:`graphkit.parsers.schedule13_item5.check_item5_total`).

A real 1995 Schedule 13D (found in a public repository; not in the corpus) put 3,768,922
shares (79.6%) on its cover while Item 5(a) said "THORN may be deemed to be the beneficial owner
of an aggregate of 3,268,922 shares of Common Stock and 10,000 shares of Preferred Stock ...
(representing approximately 77.2 percent of the outstanding Common Stock)". graphkit gave no
warning: the preferred stock's count and percent made Item 5(a) look like a split among holders.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.schedule13_item5 import BASE_COUNT, OF_PREFERRED, check_item5_total
from graphkit.source import SourceText

ITEM5 = ("(a) Pursuant to the Company's Form 10-Q, there were 4,236,438 shares of Common Stock "
         "and 14,000 shares of Preferred Stock issued and outstanding. Acme may be deemed to "
         "beneficially own an aggregate of {common} shares of Common Stock and 10,000 "
         "shares of Preferred Stock (representing approximately {pct} percent of the outstanding "
         "Common Stock and 71.4 percent of\nthe outstanding Preferred Stock).\n(b) Acme has sole "
         "power.")


def _check(common: str, pct: str, aggregate: int, cover_pct: float, cls: str = "Common Stock"):
    src = SourceText(path="x.txt", text=ITEM5.format(common=common, pct=pct))
    return [w.message for w in check_item5_total(src, 0, len(src.text), [aggregate],
                                                 [cover_pct], cls)]


def test_a_stale_cover_is_warned_past_the_preferred_stock():
    assert _check("3,268,922", "77.2", 3768922, 79.6) == [
        "Item 5(a) states 3,268,922 shares (77.2%); the cover pages state 3,768,922 shares "
        "(79.6%)"]


def test_agreeing_item5_gives_no_warning():
    assert _check("3,268,922", "77.2", 3268922, 77.2) == []


def test_a_cover_class_not_read_keeps_every_count():
    # review s24-last M2: no class read: nothing is left out (Item 5(a) states several counts:
    # no warning, as before)
    assert _check("3,268,922", "77.2", 10000, 71.4, "") == []


def test_a_side_sentence_on_a_beneficial_owner_is_no_restatement():
    # review s24-last M1
    src = SourceText(path="x.txt", text="(a) The information on the cover pages is incorporated "
                     "by reference. Mr. Roe's wife is the beneficial owner of 50,000 Shares which "
                     "are not included.\n(b) Sole.")
    assert check_item5_total(src, 0, len(src.text), [1500000], [9.1], "Common Stock") == []


def test_a_preferred_cover_reads_the_preferred_counts():
    # the cover is of the preferred stock: its counts are not left out, and Item 5(a) states
    # two counts (a split): no warning, as before
    assert _check("3,268,922", "77.2", 10000, 71.4, "Preferred Stock") == []


@pytest.mark.parametrize("after, hit", [
    (" shares of Preferred Stock", True), (" shares of Series A Convertible Preferred Stock", True),
    (" percent of\nthe outstanding Preferred Stock", True), ("% of the Issuer's Preferred Stock", True),
    (" shares of Common Stock", False), (" shares of Common Stock issuable upon conversion of "
                                         "the Preferred Stock", False),
    (" percent of the outstanding Common Stock", False)])
def test_of_preferred(after, hit):
    assert (OF_PREFERRED.match(after) is not None) is hit


def test_there_were_is_a_base_count():
    m = BASE_COUNT.search("there were 4,236,438 shares of Common Stock")
    assert m is not None and m["num3"] == "4,236,438"
