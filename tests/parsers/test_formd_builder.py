"""Building a Form D record (graphkit.parsers.formd_builder): related persons from their name
fields, sales compensation recipients, warnings placed in the original file."""

from __future__ import annotations

from graphkit.parsers.formd_builder import FormDBuilder
from graphkit.source import SourceText


def builder() -> FormDBuilder:
    """A builder over a document cut from line 11 (character 900) of a file."""
    b = FormDBuilder(SourceText(path="sub.txt", text="<a>\n<b>\n<c>", offset=900,
                                line_offset=10))
    b.add_party("Fund, LP", "organization", ["issuer"], None, party_id="issuer")
    return b


def test_warn_by_local_position_or_by_evidence():
    b = builder()
    ev = b.src.evidence(8, 11)  # "<c>": line 13 of the file, start 908
    assert (ev.line, ev.start) == (13, 908)
    b.warn("a", "local position", 8)
    b.warn("b", "evidence", evidence=ev)
    b.warn("c", "the file")
    assert [(w.code, w.line) for w in b.warnings] == [("a", 13), ("b", 13), ("c", None)]


def test_related_person_entity_name_reassembled():
    b = builder()
    ev, name_ev = b.src.evidence(0, 11), b.src.evidence(4, 7)
    pid = b.add_related_person({"firstName": "LLC", "middleName": None, "lastName": "Fund GP,"},
                               "related person 1", ev, name_evidence=name_ev,
                               address="1 Main St, Miami, FL 33139")
    p = b.party(pid)
    assert (p.name, p.kind.value, [r.value for r in p.roles], p.addresses) == (
        "Fund GP, LLC", "organization", ["related_person"], ["1 Main St, Miami, FL 33139"])
    (r,) = p.readings
    assert (r.raw, r.method, r.evidence.line) == ("firstName='LLC'; lastName='Fund GP,'",
                                                  "entity-name-fields", 12)
    assert p.evidence == [ev]


def test_related_person_with_no_name_is_a_warning():
    b = builder()
    pid = b.add_related_person({"firstName": "N/A", "middleName": "", "lastName": "None"},
                               "related person 2", b.src.evidence(4, 7))
    assert pid is None and [p.id for p in b.parties] == ["issuer"]
    assert [(w.code, w.message, w.line) for w in b.warnings] == [
        ("empty-related-person", "related person 2: no name", 12)]


def test_recipient_and_broker_dealer_are_named_parties():
    b = builder()
    b.add_recipient("Christine Sandler", "Acme Securities LLC", "1558158", None,
                    "1 Main St, Miami, FL 33139")
    b.add_recipient("Christine Sandler", "Acme Securities LLC", "1558158", None, None)
    got = [(p.name, p.kind.value, [r.value for r in p.roles], p.addresses, p.readings[0].note)
           for p in b.parties[1:]]
    assert got == [
        ("Christine Sandler", "person", ["named"], ["1 Main St, Miami, FL 33139"],
         "sales compensation recipient; CRD 1558158; associated broker-dealer "
         "Acme Securities LLC"),
        ("Acme Securities LLC", "organization", ["named"], [],
         "broker-dealer associated with a sales compensation recipient")]
    assert b.claims == []


def test_recipient_empty_fields_are_skipped():
    b = builder()
    b.add_recipient("N/A", "None", "N/A", None)
    b.add_recipient("Jane Roe", None, "N/A", None)
    assert [(p.name, p.readings[0].note) for p in b.parties[1:]] == [
        ("Jane Roe", "sales compensation recipient")]


def test_not_key_char():
    from graphkit.parsers.formd_builder import NOT_KEY_CHAR

    assert NOT_KEY_CHAR.sub("", "acme, inc. (2)") == "acmeinc2"
