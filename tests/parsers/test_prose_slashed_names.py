"""Names with a slash inside (graphkit.parsers.prose_slashed_names), on real filings."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parsers.page_breaks import drop_page_furniture
from graphkit.parsers.prose_slashed_names import SLASHED_LEAD, with_slashed_lead
from graphkit.parsers.prose_terms import find_defined_terms
from graphkit.reading import read_source

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"
#: Motient's Schedule 13D on Rare Medium: 'and AIF IV/RRRR L.L.C.  ("AIF IV")', line 280
MOTIENT = FILINGS / "holdout" / "2001_SC_13D_913665.txt"


def test_numbered_lead_pattern():
    assert SLASHED_LEAD.search("and Motient and AIF IV/").group() == "AIF IV/"
    assert SLASHED_LEAD.search("held by Acme Beta 20/").group() == "Acme Beta 20/"
    # review rv46c: a number of three or four digits is a year's or a rule's, no fund's
    assert SLASHED_LEAD.search("held by Acme Beta 2000/") is None
    assert SLASHED_LEAD.search("and Acme Fund IV/") is None  # a fund's own name ends there
    assert SLASHED_LEAD.search("and Roe Partners II/") is None
    assert SLASHED_LEAD.search("Jane Roe and Acme Doe Beta IV/") is None  # three words


@pytest.mark.parametrize("flat", [
    # review rv46c: a document's part, a rule or a date before a slash opened the name after it
    "of Exhibit 2/Acme Capital LLC", "and Schedule 2/Acme Capital LLC",
    "and Section 2/Acme Capital LLC", "and Rule 13/Acme Capital LLC",
    "and Item 4/Acme Capital LLC", "and Annex 1/Acme Capital LLC",
    "and June 30/Acme Capital LLC", "and Roe 2000/Acme Capital LLC",
])
def test_no_document_part_or_date_leads(flat):
    name = "Acme Capital LLC"
    assert with_slashed_lead(flat, flat.index(name), name) == name


@pytest.mark.parametrize("lead, taken", [
    ("Exhibit/", False), ("Rule/", False), ("May/", False), ("Company/", False),
    ("Roe/", True), ("Exhibits/", True),               # a word's start is no whole word
])
def test_not_lead_fragment(lead, taken):
    """The words of _NOT_LEAD open no name before a slash; other capitalised words do."""
    assert (SLASHED_LEAD.search("held by " + lead) is not None) is taken


def test_numbered_lead_of_a_person_is_not_taken():
    flat = "held by John Doe III/Acme Partners LLC"
    assert with_slashed_lead(flat, flat.index("Acme"), "Acme Partners LLC") == "Acme Partners LLC"


def test_real_numbered_name_stays_whole():
    # line 280: the name was cut at the slash and the term bound to "RRRR L.L.C.", a party the
    # filing never names (so a wrong member of the group "Rare Medium Stockholders")
    src = drop_page_furniture(read_source(MOTIENT))
    terms = {t.term: t.name for t in find_defined_terms(src)}
    assert terms["AIF IV"] == "AIF IV/RRRR L.L.C."
    assert "RRRR L.L.C." not in terms.values()
    assert terms["Apollo Fund IV"] == "Apollo Investment Fund IV, L.P."
