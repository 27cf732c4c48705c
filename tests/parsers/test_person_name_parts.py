"""A person's name typed under a signature with accented letters or a surname particle is a
signer's name (:mod:`graphkit.parsers.person_name_parts`,
:func:`graphkit.parsers.signature_lines.looks_like_person_name`,
:data:`graphkit.parsers.signature_section.PROSE_LINE`).

The fixture ``nm47/1997_SC_13DA_1026797_accent_particle.txt`` (the Universal Seismic 13D/A
with "Robert J. Kecseg" written "José da Silva Jr.") lost its second signer: the typed name
under the rule was read as a line of prose ("da") and as no person's name ("José"). The
original gives two signers, Michael T. Kanarellis and Robert J. Kecseg.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.person_name_parts import NAME_PART, person_parts_fit
from graphkit.parsers.signature_lines import looks_like_person_name
from graphkit.parsers.signature_section import PROSE_LINE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "nm47"


@pytest.mark.parametrize("part", ["José", "MÜLLER", "Søren", "Łukasz", "O'Neil", "Smith-Jones",
                                  "Q.", "Jr.", "ROE"])
def test_name_part(part: str) -> None:
    assert NAME_PART.match(part)


@pytest.mark.parametrize("part", ["da", "roe", "3", "×Roe", "Roe,"])
def test_not_name_part(part: str) -> None:
    assert not NAME_PART.match(part)


@pytest.mark.parametrize("name", ["José da Silva Jr.", "Jan van der Berg", "Ana de la Cruz",
                                  "JOSÉ DA SILVA", "Søren Müller"])
def test_typed_person_names(name: str) -> None:
    assert looks_like_person_name(name)
    assert PROSE_LINE.search(name) is None


def test_particle_never_ends_a_name() -> None:
    assert not person_parts_fit(["van", "Roe"])
    assert not person_parts_fit(["Jane", "Roe", "de"])
    assert not looks_like_person_name("under the Act")
    assert PROSE_LINE.search("the Securities and Exchange Commission under the Act")


def test_edited_filing_keeps_both_signers() -> None:
    (rec,) = parse_path(FIXTURES / "1997_SC_13DA_1026797_accent_particle.txt").records
    assert [s.signer for s in rec.signatures] == ["Michael T. Kanarellis", "José da Silva Jr."]


# Review rv47c (LOW): with the particles, institutions' names whose first word is a Romance
# noun read as persons, and a lower-case Extended-A letter opened a name word.
@pytest.mark.parametrize("name", ["Banco de Chile", "Caisse de Depot", "Banque de France",
                                  "Credit du Nord", "Fondo de Pensiones", "Instituto de Credito",
                                  "Grupo de Inversiones Suramericana", "Casa de Bolsa",
                                  "Corporacion de Inversiones", "Fundacion de Roe",
                                  "Banco di Napoli", "Cassa di Risparmio", "CAISSE DE DEPOT",
                                  "Corporación de Roe", "Société de Roe"])
def test_institution_names_are_no_persons(name: str) -> None:
    assert not looks_like_person_name(name)


def test_only_capitals_open_a_name_word() -> None:
    assert not person_parts_fit(["łukasz", "Roe"])
    assert not NAME_PART.match("żak")
    assert person_parts_fit(["Łukasz", "Roe"]) and person_parts_fit(["Jane", "Wałęsa"])
    assert looks_like_person_name("ŁUKASZ ROE")  # capitals of Extended-A too


def test_institution_in_capitals_is_an_organization() -> None:
    """``nm47/2016_SC_13G_1469372_caps_institution.txt``: the MSG Networks 13G of Ariel
    Investments, LLC with the adviser written "CAISSE DE DEPOT" (graphkit.names.guess_kind)."""
    from graphkit.names import guess_kind
    assert guess_kind("CAISSE DE DEPOT").value == "organization"
    assert guess_kind("JOAO DA SILVA").value == "person"  # a particle after a given name
    (rec,) = parse_path(FIXTURES / "2016_SC_13G_1469372_caps_institution.txt").records
    kinds = {p.name: p.kind.value for p in rec.parties}
    assert kinds["CAISSE DE DEPOT"] == "organization"
    names = {p.id: p.name for p in rec.parties}
    assert {(names[c.source], c.relation.value, names[c.target], c.title, c.shares, c.percent)
            for c in rec.claims} == {
        ("CAISSE DE DEPOT", "beneficial_owner_of", "MSG Networks Inc", None, 3355502, 5.5),
        ("Wendy D. Fox", "officer_of", "CAISSE DE DEPOT",
         "Vice President/Chief Compliance Officer", None, None)}


@pytest.mark.parametrize("parts, fits", [
    # review rv47g item 7: an institution's first word refuses a person only before a particle
    # in the same case style; "CASA JOHN" may be John Casa (EDGAR's LAST FIRST order)
    (["CASA", "JOHN"], True), (["Casa", "De", "Paul"], True),
    (["BANCO", "DE", "ACME"], False), (["Banco", "de", "Acme"], False),
])
def test_institution_word_before_a_particle(parts, fits) -> None:
    assert person_parts_fit(parts) is fits


@pytest.mark.parametrize("name, kind", [
    ("Casa De Paul", "person"), ("CASA DE PAUL", "organization"),
    ("Banco de Acme", "organization"), ("CASA JOHN", "person"),
])
def test_guess_kind_particle_case_style(name, kind) -> None:
    from graphkit.names import guess_kind
    assert guess_kind(name).value == kind
