"""A person's name with an accented letter or a lower-case surname particle is read whole in
prose (:data:`graphkit.parsers.prose_name_patterns.NAME`).

The fixture ``tests/fixtures/filings/nm47/1997_SC_13DA_1026797_accent_particle.txt`` is the
Universal Seismic Associates 13D/A of ``1997_SC_13DA_1026797.txt`` with its reporting person
"Robert J. Kecseg" written "José da Silva Jr." ("Mr. Kecseg": "Mr. da Silva"; name-substitution
sweep, nm47). "(ii) José da Silva Jr. is the beneficial owner of 39,300 shares" was read as a
second holder "Silva Jr." of the same 39,300 shares: the name stopped at "é" and at "da". The
original gives one holder of 39,300 shares (0.75%) besides Michael T. Kanarellis (215,900,
4.13%).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose_name_patterns import NAME

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "nm47"


@pytest.mark.parametrize("text, name", [
    ("José da Silva Jr. is the beneficial owner", "José da Silva Jr."),
    ("Jan van der Berg is a director", "Jan van der Berg"),
    ("Ana de la Cruz owns 100 shares", "Ana de la Cruz"),
    ("Ludwig von Roe serves as trustee", "Ludwig von Roe"),
    ("Søren Müller is the manager", "Søren Müller"),
    ("JOSÉ DA SILVA is the manager", "JOSÉ DA SILVA"),
    ("MÜLLER HOLDINGS GMBH owns", "MÜLLER HOLDINGS GMBH"),
])
def test_name_reads_accents_and_particles(text: str, name: str) -> None:
    assert re.match(NAME, text, re.VERBOSE).group() == name


@pytest.mark.parametrize("text, name", [
    ("Jane Roe da", "Jane Roe"),                   # a particle before no capitalised word
    ("Jane Roe and Acme LP", "Jane Roe"),          # "and" still ends a person's name
    ("Acme Fund LP de facto controls", "Acme Fund LP"),
])
def test_particle_only_before_a_capital(text: str, name: str) -> None:
    assert re.match(NAME, text, re.VERBOSE).group() == name


def test_edited_filing_has_one_holder_of_its_shares() -> None:
    rep = parse_path(FIXTURES / "1997_SC_13DA_1026797_accent_particle.txt")
    (rec,) = rep.records
    names = {p.id: p.name for p in rec.parties}
    assert "Silva Jr." not in names.values()
    held = sorted((names[c.source], c.shares, c.percent) for c in rec.claims
                  if c.relation.value == "beneficial_owner_of")
    assert held == [("José da Silva Jr.", 39300, 0.75), ("Michael T. Kanarellis", 215900, 4.13)]
