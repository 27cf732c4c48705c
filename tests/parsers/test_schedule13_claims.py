"""Holding candidates of Schedule 13D/13G text: what the cover rows offer the reconciler."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.models import Reading
from graphkit.ocr import CELL_PARTS, quantity_candidates
from graphkit.parsers.schedule13_claims import cover_candidates
from graphkit.parsers.schedule13_cover import CoverPage


@given(st.text(alphabet="0123456789,.lIoO -%/\t\u00a0NnEeOo", max_size=14))
@settings(max_examples=500, deadline=None)
def test_cell_without_a_space_has_no_alternative_readings(raw):
    # cover_candidates skips quantity_candidates for such cells: it would give nothing more
    if CELL_PARTS.search(raw) is None:
        assert quantity_candidates(raw)[1:] == []


def test_cell_of_two_numbers_offers_both():
    # a cell such as "420, 420" may be one number or two: both are candidates
    cp = CoverPage(index=1, start=0, end=10, values={"aggregate": [
        Reading(field="aggregate", raw="420, 420", value=420420)]})
    assert [(c.reading.value, c.weight) for c in cover_candidates([cp])] == [
        (420420, 1.0), (420, 0.15)]


def test_each_of_the():
    from graphkit.parsers.schedule13_claims import EACH_OF_THE
    assert EACH_OF_THE.sub("", "Each of the Acme Funds") == "Acme Funds"
    assert EACH_OF_THE.sub("", "Theodore Fund") == "Theodore Fund"  # "the" needs a space after


def _disclaiming(text, names, groups_text=""):
    from graphkit.parsers.prose import find_collective_terms
    from graphkit.parsers.schedule13_claims import disclaiming_parties
    from graphkit.parsers.schedule13_items import find_disclaimers
    from graphkit.parsers.partybook import PartyBook
    from graphkit.source import SourceText
    book = PartyBook()
    ids = {n: book.add(n).id for n in names}
    src = SourceText(path="x", text=groups_text + text)
    got = disclaiming_parties(find_disclaimers(src), book, find_collective_terms(src),
                              set(ids.values()))
    return sorted(n for n, i in ids.items() if i in got)


def test_group_in_an_object_of_the_disclaimer_is_not_disclaiming():
    funds = 'Acme Fund I, L.P. and Acme Fund II, L.P. are referred to herein as the "Acme Funds". '
    names = ["Acme Fund I, L.P.", "Acme Fund II, L.P.", "Acme GP, LLC"]
    assert _disclaiming("As the general partner of the Acme Funds, Acme GP, LLC may be deemed "
                        "to beneficially own the Shares held by the Acme Funds, but Acme GP, "
                        "LLC disclaims beneficial ownership of such Shares.", names,
                        funds) == ["Acme GP, LLC"]
    assert _disclaiming("Each of Acme GP, LLC and the Acme Funds disclaims beneficial "
                        "ownership.", names, funds) == names  # the subject: each member
    reporting = 'John Q. Roe and Acme GP, LLC (the "Reporting Persons"). '
    assert _disclaiming("Although Mr. Roe may be deemed to beneficially own the Shares held "
                        "by the other Reporting Persons, he disclaims beneficial ownership of "
                        "such Shares.", ["John Q. Roe", "Acme GP, LLC"], reporting) == []


def test_disclaimer_by_a_shorter_name_only_of_the_same_person():
    assert _disclaiming("Robert Smith disclaims beneficial ownership.",
                        ["Roberta Smith"]) == []
    assert _disclaiming("Francis Doe disclaims beneficial ownership.", ["Frances Doe"]) == []
    assert _disclaiming("Jane Roe disclaims beneficial ownership.", ["Jane Q. Roe"]) == [
        "Jane Q. Roe"]


def test_the_reporting_persons_disclaim_is_every_filer():
    # schedule13_items.EVERYONE_DISCLAIMS had a "the reporting persons disclaim" alternative
    # that could never match (it searches the text before "disclaim"); ALL_FILERS, shared with
    # the XML reader, reads it now
    names = ["Acme Fund, L.P.", "Acme GP, LLC"]
    assert _disclaiming("The Reporting Persons expressly disclaim beneficial ownership of the "
                        "Shares except to the extent of their pecuniary interest therein.",
                        names) == names
    # a disclaimer of group status disclaims no shares (corpus BML 13D/A, Item 5)
    assert _disclaiming("Despite such shared beneficial ownership, the reporting persons "
                        "disclaim that they constitute a statutory group.", names) == []


@pytest.mark.parametrize("text", [
    # review main16 H1: not all the reporting persons
    "None of the Reporting Persons disclaim beneficial ownership of the Shares.",
    "Certain of the Reporting Persons disclaim beneficial ownership of the Shares.",
    "Except for Acme Fund, L.P., the Reporting Persons disclaim beneficial ownership of the Shares.",
    "The Reporting Persons disclaim beneficial ownership of the Shares held by Acme Fund, L.P. "
    "except to the extent of their pecuniary interest therein.",
])
def test_not_every_filer_disclaims(text):
    assert _disclaiming(text, ["Acme Fund, L.P.", "Acme GP, LLC"]) == []
