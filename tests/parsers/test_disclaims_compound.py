"""Disclaimers after the reporting person's first predicate ("is a managing member of Acme GP,
LLC and disclaims") and of "Section 16 beneficial ownership" (session 34 review rvB M2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_items import DISCLAIMS, SOLE_FILER_DISCLAIMS

RV35 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "rv35"


@pytest.mark.parametrize("text", [
    "disclaims beneficial ownership",
    "disclaims Section 16 beneficial ownership",
    "disclaim any Section 13(d) beneficial ownership",
])
def test_disclaims_pattern(text):
    assert DISCLAIMS.search(text) is not None


@pytest.mark.parametrize("before, sole", [
    ("The reporting person ", True),
    ("Pursuant to Rule 13d-4, the Reporting Person hereby ", True),
    ("The reporting person is a managing member of Acme GP, LLC and ", True),
    ("The reporting person serves as one of the managing members of Acme GP, LLC, and ", True),
    # another subject before the verb: not the reporting person's own clause
    ("The reporting person is a member of Acme GP and John Doe ", False),
    ("Each of the directors of the Reporting Person ", False),
    ("Jane Roe, as the sole stockholder of the Reporting Person, ", False),
    ("The reporting person is a member of Acme GP; Acme GP ", False),
    # review rvC H3: another subject or a relative clause before "and disclaims"
    ("The reporting person is a limited partner of Acme Fund I, L.P., and Acme GP, LLC, its "
     "general partner, has sole voting and investment power over the shares and ", False),
    ("The reporting person is a limited partner of Acme Fund I, L.P. and Acme GP, LLC holds "
     "voting power over the shares and ", False),
    ("The reporting person is the father of John Doe, who holds the shares as trustee and ",
     False),
    ("The reporting person owns no interest in Acme Fund I, L.P., and John Doe, the reporting "
     "person's spouse, is a managing member of its general partner and ", False),
    ("The reporting person may be deemed to share beneficial ownership with her spouse and ",
     True),
    # "and" inside the predicate, before a word in lower case: the same clause goes on
    ("The reporting person is a member of Acme GP, LLC and may be deemed to share voting and "
     "dispositive power over the shares held by Acme Fund I, L.P., and ", True),
])
def test_sole_filer_disclaims_pattern(before, sole):
    assert (SOLE_FILER_DISCLAIMS.search(before) is not None) is sole


def _claims(name: str) -> list[tuple[str, str, int | None, bool | None]]:
    rec = parse_path(RV35 / name).records[0]
    names = {p.id: p.name for p in rec.parties}
    return sorted((names[c.source], names[c.target], c.shares, c.disclaims)
                  for c in rec.claims if c.relation.value == "beneficial_owner_of")


@pytest.mark.parametrize("name", ["x02.xml", "x05.xml"])
def test_form4_footnote_disclaimer_marks_the_indirect_line(name):
    # F1 is on the indirect 1,000,000 line only; the direct 5,000 stays undisclaimed
    assert _claims(name) == [
        ("Acme Fund I, L.P.", "Widget Therapeutics, Inc.", 1_000_000, None),
        ("Roe Jane", "Widget Therapeutics, Inc.", 5_000, None),
        ("Roe Jane", "Widget Therapeutics, Inc.", 1_000_000, True),
    ]
