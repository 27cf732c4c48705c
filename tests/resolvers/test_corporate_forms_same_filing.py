"""One filing naming one name with two corporate forms names two bodies
(resolvers.vetoes.same_filing_corporate_forms).

Session 39, over all inputs: The Capital Group's 2005 SC 13G lists "Capital International
Limited", "Capital International S.A." and "Capital International, Inc." (three subsidiaries),
made one node; a 2004 SC 13D lists "Coconut Palm Capital Investors II, Ltd." and "... II, Inc."
as two reporting persons, made one node; the Celtics 1998 SC 13D/A describes "Brookwood
Investments Inc., a corporation" and "Brookwood Investments Ltd., a limited partnership".

Session 45, one graph of all inputs: FMR's 1994 SC 13D/A says "Fidelity Ventures Associates,
Inc. (FVA) ... is the managing general partner of a partnership called Fidelity Venture
Associates Limited (FVAL)"; the two names differ in one letter besides their forms and were
merged by score (0.86) into one node.
"""

from __future__ import annotations

import pytest

from graphkit.graph import build_graph
from graphkit.parse import parse_path
from resolvers import compare
from resolvers.models import Mention
from resolvers.vetoes import LOOSE_FORMS, same_filing_corporate_forms
from resolvers.names import analyze
from tests.conftest import ROOT

FILINGS = ROOT / "tests" / "fixtures" / "filings"


def _names(*paths):
    G = build_graph(r for p in paths for r in parse_path(p).records)
    return sorted(d["name"] for _, d in G.nodes(data=True))


def test_three_subsidiaries_of_one_group_stay_three():
    names = _names(FILINGS / "2005_SC_13G_50957.txt")
    assert [n for n in names if n.startswith("Capital International")] == [
        "Capital International Limited", "Capital International S.A.",
        "Capital International, Inc."]


def test_two_reporting_persons_ltd_and_inc_stay_two():
    names = _names(FILINGS / "holdout" / "2004_SC_13D_95366.txt")
    assert {"Coconut Palm Capital Investors II, Ltd.",
            "Coconut Palm Capital Investors II, Inc."} <= set(names)


def test_general_partner_and_its_partnership_one_letter_apart_stay_two():
    names = _names(FILINGS / "holdout" / "1994_SC_13DA_830134.txt")
    assert {"Fidelity Ventures Associates, Inc.",
            "Fidelity Venture Associates Limited"} <= set(names)


@pytest.mark.parametrize("a, b, veto", [
    ("Fidelity Ventures Associates, Inc.", "Fidelity Venture Associates Limited", "INC / LTD"),
    ("Acme Ventures Inc.", "Acme Venture Partners Limited", None),  # more than a letter apart
    ("Acme Holdings PLC", "Acme Holdings, Inc.", "PLC / INC"),
    ("Acme S.A.", "Acme, Inc.", "SA / INC"),
    ("Acme Corp.", "ACME INC", None),  # a U.S. corporation written loosely
    ("Acme Limited", "Acme PLC", None),  # a British company written loosely
    ("Acme Inc.", "Acme Inc", None),
    ("Acme Holdings", "Acme Holdings Inc.", None),  # one form unstated
])
def test_same_filing_corporate_forms(a, b, veto):
    assert same_filing_corporate_forms(analyze(a), analyze(b)) == veto


def test_loose_forms_are_pairs():
    assert all(len(pair) == 2 for pair in LOOSE_FORMS)


def test_only_within_one_filing():
    """Other filers write a party's form loosely: across filings the names are scored."""
    one = [Mention(id=f"{f}#1", name=n, kind="organization", filing=f)
           for f, n in (("a.txt", "Acme Holdings PLC"), ("a.txt", "Acme Holdings, Inc."))]
    two = [Mention(id=f"{f}#1", name=n, kind="organization", filing=f)
           for f, n in (("a.txt", "Acme Holdings PLC"), ("b.txt", "Acme Holdings, Inc."))]
    assert compare(*one).decided_by == "veto: same_filing_corporate_forms"
    assert "same_filing_corporate_forms" not in [v.name for v in compare(*two).vetoes]
