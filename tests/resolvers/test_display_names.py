"""Display names of persons: "Last, First M." and EDGAR "LAST FIRST M" read "First M. Last".

The entity's ``name`` is what users see; every spelling as written stays in its aliases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.models import PartyKind
from graphkit.pipeline import build
from resolvers import resolve
from resolvers.entities import canonical_name, entity_id, natural_order, strip_courtesy
from resolvers.models import Mention

ORDER_CASES = [
    # (as written, display, reason)
    ("Pellwood, Arden", "Arden Pellwood", "Form D last name first"),
    ("Pellwood, Arden R.", "Arden R. Pellwood", "Form D with middle initial"),
    ("Pellwood, Arden R", "Arden R. Pellwood", "initial without its period gets one"),
    ("PELLWOOD ARDEN R", "Arden R. Pellwood", "EDGAR header order, capitals to proper case"),
    ("VOSK D E", "D. E. Vosk", "EDGAR order with two initials"),
    ("O'NEIL-HART MARA J", "Mara J. O'Neil-Hart", "apostrophe and hyphen parts capitalized"),
    ("Ostrander, Lyle T., Jr.", "Lyle T. Ostrander, Jr.", "suffix stays at the end"),
    ("OSTRANDER LYLE T JR", "Lyle T. Ostrander, Jr", "EDGAR order with a suffix"),
    ("VAN DER BERG, JAN", "Jan van der Berg", "particles lower case inside the name"),
]


@pytest.mark.parametrize("written,display,reason", ORDER_CASES, ids=[c[2] for c in ORDER_CASES])
def test_natural_order(written, display, reason):
    assert natural_order(written) == display, reason


@pytest.mark.parametrize("written", ["Arden R. Pellwood", "ARDEN R. PELLWOOD", "PELLWOOD ARDEN",
                                     "Arden Pellwood, Jr."])
def test_natural_order_leaves_natural_or_unclear_names(written):
    assert natural_order(written) is None


def test_as_written_natural_order_is_preferred():
    counts = {"Pellwood, Arden R.": 3, "Arden R. Pellwood": 1, "PELLWOOD ARDEN R": 2}
    assert canonical_name(counts, PartyKind.PERSON) == "Arden R. Pellwood"


def test_proper_case_comma_spelling_beats_capitals_when_reordered():
    counts = {"Pellwood, Arden R.": 1, "PELLWOOD ARDEN R": 4}
    assert canonical_name(counts, "person") == "Arden R. Pellwood"


def test_organizations_are_never_reordered():
    assert canonical_name({"Quillon, Mesa & Co.": 1}, "organization") == "Quillon, Mesa & Co."


def test_resolved_entity_displays_first_last_and_keeps_spellings():
    ms = [Mention(id="a", name="Pellwood, Arden R.", filing="f1", kind=PartyKind.PERSON),
          Mention(id="b", name="PELLWOOD ARDEN R", filing="f2", kind=PartyKind.PERSON)]
    r = resolve(ms)
    (e,) = r.entities
    assert e.name == "Arden R. Pellwood"
    assert e.id == entity_id("Arden R. Pellwood", "person") == "person:arden-r-pellwood"
    assert {"Pellwood, Arden R.", "PELLWOOD ARDEN R"} <= set(e.aliases)


COURTESY_CASES = [
    # (spellings, display, reason)
    ({"Daniel J. Roe": 1, "Mr. Daniel J. Roe": 1}, "Daniel J. Roe",
     "the spelling without a courtesy title wins over the longer one with it"),
    ({"Mr. Daniel J. Roe": 2}, "Daniel J. Roe", "a lone titled spelling is shown without it"),
    ({"MS. JANE ROE": 1}, "JANE ROE", "capitals: the title dropped, the name as written"),
    ({"Mrs. John Roe": 1, "John Roe": 1}, "Mrs. John Roe",
     "Mrs. may name a wife by her husband's name: kept"),
    ({"Mr. Roe, Jr.": 1}, "Mr. Roe, Jr.", "a surname and a suffix: no full name would remain"),
    ({"Dr Jane Roe": 1}, "Jane Roe", "no period after the title"),
    ({"Mr. Roe": 1}, "Mr. Roe", "a surname alone keeps its title: no full name would remain"),
]


@pytest.mark.parametrize("counts,display,reason", COURTESY_CASES,
                         ids=[c[2] for c in COURTESY_CASES])
def test_courtesy_title_is_no_part_of_a_display_name(counts, display, reason):
    assert canonical_name(counts, PartyKind.PERSON) == display, reason


def test_courtesy_title_kept_in_organization_names():
    assert canonical_name({"Mr. Coffee Holdings Inc.": 1}, "organization") \
        == "Mr. Coffee Holdings Inc."


def test_resolved_entity_drops_a_courtesy_title_and_keeps_the_spelling():
    ms = [Mention(id="a", name="Daniel J. Roe", filing="f1", kind=PartyKind.PERSON,
                  aliases=("Mr. Daniel J. Roe",))]
    (e,) = resolve(ms).entities
    assert (e.name, e.id) == ("Daniel J. Roe", "person:daniel-j-roe")
    assert "Mr. Daniel J. Roe" in e.aliases


@pytest.mark.parametrize("name,stripped", [
    ("Mr. Daniel J. Roe", "Daniel J. Roe"), ("Dr Jane Roe", "Jane Roe"),
    ("Mr. Roe", "Mr. Roe"), ("Mr. Roe, Jr.", "Mr. Roe, Jr."), ("Mr. Roe Jr.", "Mr. Roe Jr."),
    ("Dr. Roe, M.D.", "Dr. Roe, M.D."), ("Mrs. John Roe", "Mrs. John Roe"),
    ("Mr. Daniel Roe, Jr.", "Daniel Roe, Jr."),
    # a joint holder line (review s23-roster2 L1): "Mr." joined by "and" is never stripped
    ("Mr. and Mrs. John Roe", "Mr. and Mrs. John Roe"),
    ("MR. AND MRS. JOHN ROE", "MR. AND MRS. JOHN ROE"),
    ("Dr. & Mrs. John Roe", "Dr. & Mrs. John Roe"), ("Mr. Andrew Roe", "Andrew Roe"),
])
def test_strip_courtesy(name, stripped):
    assert strip_courtesy(name) == stripped


def test_a_couple_keeps_its_titles_as_the_display_name():
    ms = [Mention(id="a", name="Mr. and Mrs. John Roe", filing="f1", kind=PartyKind.PERSON)]
    (e,) = resolve(ms).entities
    assert (e.name, e.id) == ("Mr. and Mrs. John Roe", "person:mr-and-mrs-john-roe")


def test_an_organization_is_shown_by_its_legal_name_not_a_short_term():
    # 2022 SC 13G (tests/fixtures/filings/totals31/2022_SC_13G_1127703.txt), Item 2(a):
    # '(1) T. ROWE PRICE ASSOCIATES, INC. ("Price Associates")': the defined term in proper
    # case outranked the capitals; the node was "Price Associates", id org:price-associates
    assert canonical_name({"T. ROWE PRICE ASSOCIATES, INC.": 2, "Price Associates": 4},
                          PartyKind.ORGANIZATION) == "T. ROWE PRICE ASSOCIATES, INC."
    # with a legal form both ways, proper case still wins
    assert canonical_name({"ACME CAPITAL LLC": 3, "Acme Capital, LLC": 1},
                          PartyKind.ORGANIZATION) == "Acme Capital, LLC"
    from pathlib import Path
    from graphkit.pipeline import build
    path = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "totals31" / \
        "2022_SC_13G_1127703.txt"
    G = build([path]).graph
    node = G.nodes["org:t-rowe-price-associates-inc"]
    assert node["name"] == "T. ROWE PRICE ASSOCIATES, INC."
    assert "Price Associates" in node["aliases"]


# -- EDGAR's conformed name beside the one the filing prints (review rvF LOW-4, session 37) ---

RV37 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv37"


@pytest.mark.parametrize("filing, shown", [
    ("zuckerberg_meta_2025_form4.xml", "Mark Zuckerberg"),  # was "Zuckerberg Mark"
    ("musk_tesla_2026_form4.xml", "Elon Musk"),  # signed "... For: Elon Musk"; was "Musk Elon"
    ("berkshire_oxy_2022_form4.xml", "Warren E. Buffett"),  # "/s/ Warren E. Buffett, on
    # behalf of himself and each other reporting person"; was "WARREN E. BUFFETT"
])
def test_a_form4_owner_is_shown_as_the_filing_prints_him(filing, shown):
    G = build([RV37 / filing]).graph
    people = [d["name"] for _, d in G.nodes(data=True) if d.get("kind") == "person"]
    assert shown in people


def test_a_natural_spelling_outranks_the_conformed_one_seen_more():
    assert canonical_name({"Roe Jane": 3, "Jane Roe": 1}, "person",
                          natural=["Jane Roe"]) == "Jane Roe"
    # a signature "Roe, Jane" says no order: the conformed spelling is not turned down for it
    assert canonical_name({"Roe Jane": 3, "Jane Roe": 1}, "person",
                          natural=["Roe, Jane"]) == "Roe Jane"


def test_a_signature_outranks_a_turned_edgar_name():
    # review rv38 MEDIUM-3: EDGAR's "MARY ANN ROE" is first name first already; turned, it read
    # "ANN ROE MARY", which outranked her signature "/s/ Mary Ann Roe"
    rv38 = RV37.parent / "rv38"
    signed = build([rv38 / "n1_mary_ann_roe_signed.xml", rv38 / "n2_mary_ann_roe_unsigned.xml"])
    alone = build([rv38 / "n2_mary_ann_roe_unsigned.xml"])
    for G, shown in ((signed.graph, "Mary Ann Roe"), (alone.graph, "MARY ANN ROE")):
        assert [d["name"] for _, d in G.nodes(data=True) if d.get("kind") == "person"] == [shown]
