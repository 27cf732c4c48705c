"""A term for a predecessor company of the same name ('a corporation known as Beacon Media Inc.
("Old Beacon")') names a party of its own, never the current party of that name."""

import pytest

from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.predecessor_terms import PREDECESSOR_TERM, names_a_predecessor
from tests.short_13d import claims, parties, short_13d


@pytest.mark.parametrize("term, name, expected", [
    ("Old Beacon", "Beacon Media Inc.", True),
    ("Old BMI", "Beacon Media Inc.", True),  # its initials
    ("Former Beacon Media", "Beacon Media, Inc.", True),
    ("the Predecessor Beacon", "Beacon Media Inc.", True),
    ("Prior Beacon", "Beacon Media Inc.", True),
    ("Beacon", "Beacon Media Inc.", False),  # the name's own term
    ("Old Beacon", "Old Beacon Bancorp", False),  # "Old" is a word of the name
    ("Former Parent", "Beacon Holdings, Inc.", False),  # a role, no short form of the name
    ("Old Zenith", "Beacon Media Inc.", False),  # no short form of this name
    ("Old B", "Beacon Media Inc.", False),  # one letter is no short form
    ("Older Beacon", "Beacon Media Inc.", False),
])
def test_names_a_predecessor(term, name, expected):
    assert names_a_predecessor(term, name) is expected


def test_pattern():
    assert PREDECESSOR_TERM.match("Old Beacon")["short"] == "Beacon"
    assert PREDECESSOR_TERM.match("the Former ABC")["word"] == "Former"
    assert PREDECESSOR_TERM.match("Oldham Trust") is None
    assert PREDECESSOR_TERM.match("Old " + "a " * 5000) is None  # no blow-up: one pass


def test_bind_term_gives_the_predecessor_a_party_of_its_own():
    book = PartyBook()
    now = book.add("Beacon Media Inc.", role="reporting_person")
    book.bind_term("Reporting Person", "Beacon Media Inc.")
    old = book.bind_term("Old Beacon", "Beacon Media Inc.")
    assert (old.id != now.id, old.name, old.kind.value) == (True, "Old Beacon", "organization")
    assert [a.name for a in now.aliases] == ["Reporting Person"]
    assert book.lookup("Old Beacon").id == old.id
    assert book.lookup("BEACON MEDIA INC.").id == now.id
    # with no current party of that name the term is bound as any other
    fresh = PartyBook().bind_term("Old Zenith", "Zenith Corporation")
    assert fresh.name == "Zenith Corporation" and [a.name for a in fresh.aliases] == ["Old Zenith"]


def test_the_predecessors_parent_is_not_the_filers():
    rec = short_13d(item2=(
        'Prior to the merger, Delta Corp. was a subsidiary of a California corporation known '
        'as Beacon Media Inc. ("Old Beacon"). Old Beacon was a wholly-owned subsidiary of '
        'Omega Holdings, Inc. ("Omega").'))
    assert parties(rec)["Beacon Media Inc."] == ["Beacon", "BEACON MEDIA INC."]
    assert ("parent_of", "Omega Holdings, Inc.", "Old Beacon", None) in claims(rec)
    assert not any(c[0] == "parent_of" and c[2] == "Beacon Media Inc." for c in claims(rec))
