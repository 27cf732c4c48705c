"""Holding candidates of Schedule 13D/13G text: what the cover rows offer the reconciler."""

from __future__ import annotations

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
