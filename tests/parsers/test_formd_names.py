"""Form D related persons' name fields (graphkit.parsers.formd_names): an entity whose legal
form "Sa" or the empty field "Na" is typed, in title case, as its first name (session 45, cv45).

Real filing: the 2023 Form D of AP Fund IV, a series of Inference Technology Partners, LP
(corpus ``formd_xml/apfund_iv_belltower_2023_d.xml``) types its director entity as firstName
"Ltd." lastName "Belltower Fund Group"; the fixtures ``cv45/apfund_iv_belltower_2023_d_*``
type that first name "Sa" and "Na" instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.models import PartyKind
from graphkit.parse import parse_path
from graphkit.parsers.formd_names import related_person_name
from tests.conftest import corpus_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


@pytest.mark.parametrize("first, last, name, kind", [
    ("Sa", "Acme Capital", "Acme Capital SA", PartyKind.ORGANIZATION),
    ("SA", "Acme Capital", "Acme Capital SA", PartyKind.ORGANIZATION),
    ("Nv", "Acme Holdings", "Acme Holdings NV", PartyKind.ORGANIZATION),
    ("Na", "Acme Fund Group", "Acme Fund Group", PartyKind.ORGANIZATION),
    ("NA", "Acme Fund Group", "Acme Fund Group", PartyKind.ORGANIZATION),
    # beside a person's surname they stay given names
    ("Sa", "Fe", "Sa Fe", PartyKind.PERSON),
    ("Na", "Xu", "Na Xu", PartyKind.PERSON),
])
def test_a_legal_form_typed_as_first_name_of_an_entity(first, last, name, kind):
    assert related_person_name(first, None, last)[:2] == (name, kind)


def _related(path: Path) -> set[str]:
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    return {names[c.source] for c in rec.claims if c.relation.value == "managing_member_of"}


@pytest.mark.parametrize("fixture, name", [
    ("apfund_iv_belltower_2023_d_sa_first.xml", "Belltower Fund Group SA"),   # was "Sa Bell..."
    ("apfund_iv_belltower_2023_d_na_first.xml", "Belltower Fund Group"),      # was "Na Bell..."
])
def test_the_entity_reads_its_name_first(fixture, name):
    assert _related(FIXTURES / "cv45" / fixture) == {name}


def test_the_real_filing_is_unchanged():
    assert _related(corpus_file("formd_xml/apfund_iv_belltower_2023_d.xml")) == \
        {"Belltower Fund Group Ltd."}
