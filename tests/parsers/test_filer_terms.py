"""The filer named by its role: one definition for the statements and the ownership forms."""

from graphkit.models import Party
from graphkit.parsers import filer_terms, schedule13_text, xmldoc
from graphkit.parsers.filer_terms import (EACH_FILER, FILER_TERM, FILER_WORDS, filer_parties,
                                          names_a_filer_role)

JANE = Party(id="p1", name="Jane Q. Roe", kind="person")
ACME = Party(id="p2", name="Acme Fund, L.P.", kind="organization")


def test_one_definition():
    assert xmldoc.FILER_TERM is FILER_TERM and xmldoc.filer_parties is filer_parties
    assert not hasattr(schedule13_text, "FILER_TERM")
    assert filer_terms.EACH_FILER is xmldoc.EACH_FILER


def test_filer_term_pattern():
    assert FILER_TERM.match("such reporting person")["plural"] is None
    assert FILER_TERM.match("Each Reporting Person")["every"] == "Each"
    assert not FILER_TERM.match("Acme Reporting Person LLC")


def test_each_filer_and_filer_words():
    assert EACH_FILER.search("each of the Reporting Persons is a member")
    assert FILER_WORDS.search("No Reporting Person") and not FILER_WORDS.search("Acme Corp")


def test_filer_parties():
    assert filer_parties("the Reporting Person", [JANE]) == [JANE]
    assert filer_parties("the Reporting Person", [JANE, ACME]) == []
    assert filer_parties("the Reporting Persons", [JANE, ACME]) == [JANE, ACME]
    assert filer_parties("Jane Q. Roe", [JANE]) is None


def test_role_words_are_no_party():
    assert names_a_filer_role("Neither Reporting Person")
    assert not schedule13_text._plausible_new_party("No Reporting Person")
