"""Two companies of one filing whose names differ by a whole word before the same legal form
("Acme Games Corporation" / "Acme Corporation") are two parties; OCR damage, legal-form
spellings, punctuation and a dropped "The" still link one party's spellings."""

import pytest

from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_spelling import Spelling
from resolvers.names import analyze
from resolvers.vetoes import same_filing_inserted_word
from tests.short_13d import claims, parties, short_13d


@pytest.mark.parametrize("a, b, detail", [
    # a word before the legal form both names state: another company
    ("Zenith Games Corporation", "ZENITH CORPORATION", "games on one side only"),
    ("Zenith Games Corp.", "Zenith Corporation", "games on one side only"),
    ("Zenith International, Inc.", "Zenith Inc", "international on one side only"),
    ("Zenith Capital Partners, L.P.", "Zenith Capital, L.P.", "partners on one side only"),
    # one spelling of one company
    ("Zenith Games Incorporated", "ZENITH GAMES INC.", None),  # legal-form spellings
    ("The Zenith Corporation", "Zenith Corporation", None),  # a dropped "The"
    ("Zenith Company, Inc.", "Zenith, Inc.", None),  # a glue word
    ("Zenith & Co., Inc.", "Zenith, Inc.", None),
    ("Zenith Capltal Corp", "Zenith Cap ital Corp", None),  # OCR damage
    ("Zenith Games Corporation", "Zenith Games", None),  # no legal form: a short form
    ("Zenith Capital Partners", "Zenith Capital", None),  # cut short: left to other rules
])
def test_word_before_a_shared_legal_form(a, b, detail):
    assert same_filing_inserted_word(analyze(a), analyze(b)) == detail
    assert same_filing_inserted_word(analyze(b), analyze(a)) == detail


def test_party_book_keeps_the_company_with_a_word_more_apart():
    # the squeezed names are 87% alike: fuzzy matching alone linked them
    assert Spelling("Zenith Games Corporation").score("ZENITH CORPORATION", False) == 0.0
    book = PartyBook()
    issuer = book.add("ZENITH CORPORATION", role="issuer")
    book.bind_term("Zenith", "Zenith Corporation")
    games = book.bind_term("Games", "Zenith Games Corporation")
    assert games.id != issuer.id and games.name == "Zenith Games Corporation"
    assert [a.name for a in issuer.aliases] == ["Zenith Corporation", "Zenith"]
    # the forgiving matches still link each company's own spellings
    assert book.add("Zenlth Corporation").id == issuer.id  # OCR damage
    assert book.add("The Zenith Corporation").id == issuer.id  # an article
    assert book.add("ZENITH GAMES CORP").id == games.id  # legal-form spelling, capitals
    assert book.add("Zenith Games Corporation.").id == games.id  # punctuation
    assert len(book.parties) == 2


def test_a_subsidiary_with_a_word_more_is_not_merged_into_the_issuer():
    rec = short_13d(item3=(
        'Zenith and Zenith Games Corporation, a Delaware corporation and majority-owned '
        'subsidiary of Beacon ("Games") entered into an agreement. Games is a wholly-owned '
        'subsidiary of Beacon. Games owns 70,000 shares of Common Stock.'))
    assert parties(rec) == {"Zenith Corporation": ["Zenith"],
                            "Beacon Media Inc.": ["Beacon", "BEACON MEDIA INC."],
                            "Zenith Games Corporation": ["Games"], "Jane Q. Roe": []}
    assert claims(rec) == {
        ("parent_of", "Beacon Media Inc.", "Zenith Games Corporation", None),
        ("officer_of", "Jane Q. Roe", "Beacon Media Inc.", None),
        ("beneficial_owner_of", "Beacon Media Inc.", "Zenith Corporation", 600000),
        ("beneficial_owner_of", "Zenith Games Corporation", "Zenith Corporation", 70000)}
