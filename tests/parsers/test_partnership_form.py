"""Whether a partnership filer holds its signers' titles itself: a general partnership or a
limited liability partnership does; one named "& Co." that the cover or the text calls a
limited partnership does not (its signer is an officer of its general partner). Made-up
filings."""

from __future__ import annotations

import pytest

from graphkit.models import Party, PartyKind, Reading
from graphkit.parsers.partnership_form import (GENERAL_PARTNERSHIP_NAME,
                                               LIMITED_PARTNERSHIP_AFTER_NAME,
                                               LIMITED_PARTNERSHIP_WORDS,
                                               note_limited_partnerships, own_officers)
from graphkit.source import SourceText
from tests.short_13g import relations, short_13g

SIGNED = "/s/ Jane Q. Roe\n----------\nSignature\n\nJane Q. Roe\nGeneral Counsel\nName/Title"
#: a block naming the filer over its officer's signature
BLOCK = "{upper}\n\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\nTitle: Vice President"


@pytest.mark.parametrize("name", ["Roe, Doe & Co.", "Roe & Company", "Roe and Company",
                                  "Roe Capital Management, LLP", "Roe Capital L.L.P.",
                                  "Roe Limited Liability Partnership"])
def test_general_partnership_names(name):
    assert GENERAL_PARTNERSHIP_NAME.search(name)


@pytest.mark.parametrize("name", ["Roe Capital, L.P.", "Roe Capital LP", "Roe Partners",
                                  "Roe & Co., L.P.", "Roe Company, Inc.", "Roe & Coleman",
                                  "Roe Limited Partnership"])
def test_not_general_partnership_names(name):
    assert GENERAL_PARTNERSHIP_NAME.search(name) is None


@pytest.mark.parametrize("raw", ["Delaware limited partnership", "a Delaware Limited Partnership",
                                 "Cayman Islands exempted limited partnership", "Delaware LP",
                                 "Delaware L.P.", "New York limited\npartnership"])
def test_limited_partnership_words(raw):
    assert LIMITED_PARTNERSHIP_WORDS.search(raw)


@pytest.mark.parametrize("raw", ["New York", "Delaware LLP", "Delaware L.L.P.",
                                 "Delaware limited liability partnership", "New York general "
                                 "partnership", "Delaware limited liability company",
                                 "Help Desk", "Alps"])
def test_not_limited_partnership_words(raw):
    assert LIMITED_PARTNERSHIP_WORDS.search(raw) is None


@pytest.mark.parametrize("after, phrase", [
    (', a New York limited partnership, is', ', a New York limited partnership'),
    (' ("Acme"), a Delaware limited partnership', ' ("Acme"), a Delaware limited partnership'),
    (' (the \u201cFirm\u201d) is a limited partnership', ' (the \u201cFirm\u201d) is a limited '
                                                        'partnership'),
    (' was an exempted limited\npartnership', ' was an exempted limited\npartnership'),
])
def test_limited_partnership_after_name(after, phrase):
    assert LIMITED_PARTNERSHIP_AFTER_NAME.match(after)[0] == phrase


@pytest.mark.parametrize("after", [
    ", a New York general partnership", ", a Delaware limited liability partnership",
    ", a Delaware corporation and the general partner of Acme Fund, a limited partnership",
    " and Acme Fund, a Delaware limited partnership", ". Acme Fund is a limited partnership",
    " is a general partner of a limited partnership", " is the sole general partner of the "
    "limited partnership",
])
def test_not_limited_partnership_after_name(after):
    assert LIMITED_PARTNERSHIP_AFTER_NAME.match(after) is None


def test_own_officers_of_a_general_partnership_unless_read_limited():
    acme = Party(id="p1", name="Acme Partners & Co.", kind=PartyKind.ORGANIZATION,
                 type_codes=["PN"], jurisdiction="New York")
    assert own_officers(acme)
    assert not own_officers(acme.model_copy(update={"jurisdiction": "Delaware, limited "
                                                                    "partnership"}))
    acme.readings.append(Reading(field="jurisdiction", raw="Delaware limited partnership",
                                 value="Delaware"))
    assert not own_officers(acme)
    assert not own_officers(Party(id="p2", name="Acme Partners, L.P.",
                                  kind=PartyKind.ORGANIZATION))


def test_note_limited_partnerships_reads_the_phrase_after_any_name():
    src = SourceText(path="x.txt", text="Item 2. The Filer, Acme & Company, is a Delaware\n"
                                        "limited partnership.  Roe & Co. is a New York firm.")
    acme = Party(id="p1", name="ACME & COMPANY", kind=PartyKind.ORGANIZATION)
    roe = Party(id="p2", name="Roe & Co.", kind=PartyKind.ORGANIZATION)
    fund = Party(id="p3", name="Acme Fund, L.P.", kind=PartyKind.ORGANIZATION)
    note_limited_partnerships(src, [acme, roe, fund])
    assert [(r.field, r.raw, r.value) for r in acme.readings] == [
        ("legal_form", "is a Delaware limited partnership", "limited partnership")]
    assert acme.readings[0].evidence.line == 1
    assert roe.readings == [] and fund.readings == []
    assert not own_officers(acme) and own_officers(roe)


@pytest.mark.parametrize("place", ["Delaware limited partnership", "a New York Limited Partnership",
                                   "Delaware LP"])
@pytest.mark.parametrize("filer", ["Acme Partners & Co.", "Acme & Company"])
def test_limited_partnership_named_and_co_gives_no_officer(filer, place):
    """The cover's place cell says limited partnership: the signer's title is its general
    partner's, signed under the filer's name or under no name."""
    for signature in (SIGNED, BLOCK.format(upper=filer.upper())):
        rec = short_13g(filer=filer, codes="PN", place=place, signature=signature)
        assert relations(rec) == set()
        assert rec.parties[1].jurisdiction in ("Delaware", "New York")


@pytest.mark.parametrize("place", ["New York", "New York general partnership",
                                   "Delaware limited liability partnership"])
def test_general_partnership_named_and_co_gives_officer(place):
    filer = "Acme Partners & Co."
    rec = short_13g(filer=filer, codes="PN", place=place, signature=SIGNED)
    assert relations(rec) == {("officer_of", "Jane Q. Roe", filer, "General Counsel")}
    rec = short_13g(filer=filer, codes="PN", place=place,
                    signature=BLOCK.format(upper=filer.upper()))
    assert relations(rec) == {("officer_of", "Jane Q. Roe", filer, "Vice President")}


def test_limited_partnership_said_in_the_text_gives_no_officer():
    filer = "Acme Partners & Co."
    rec = short_13g(filer=filer, codes="PN", place="New York",
                    signature="Acme Partners & Co. is a New York limited partnership.\n\n"
                              + BLOCK.format(upper=filer.upper()))
    assert relations(rec) == set()
    assert [r.raw for r in rec.parties[1].readings if r.field == "legal_form"] == [
        "is a New York limited partnership"]


def test_cut_place_keeps_its_raw_cell_on_the_party():
    rec = short_13g(filer="Acme Holdings, Inc.", codes="CO", place="Delaware corporation")
    acme = rec.parties[1]
    assert acme.jurisdiction == "Delaware"
    assert [(r.raw, r.value, r.method) for r in acme.readings if r.field == "jurisdiction"] == [
        ("Delaware corporation", "Delaware", "place-without-form")]
