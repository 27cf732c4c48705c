"""'a subsidiary of Y holds N%' opening a clause of its own is no parent of the name before it
(graphkit.parsers.prose_guards.subsidiary_opens_clause): "Acme Corp. owns 63% of Acme LP, a
subsidiary of Beta Corp. holds 25%" says nothing of who Acme LP's parent is."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_guards import VERB_AFTER_PARENT, subsidiary_opens_clause
from graphkit.source import SourceText


def rels(text):
    return [(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="t.txt", text=text))]


@pytest.mark.parametrize("after,hit", [
    (" holds 25%", True), (" owns 25.51%", True), (" has 30%", True),
    # not a verb of "a subsidiary" (review s24-ctl M1): a participle, a plural, "has been"
    (" held the rest", False), (" held in a margin account", False), (" have been pledged", False),
    (" has been pledged", False), (" own 40%", False),
    # a stake must follow (review s24-ctl round 2): not " has sole voting power"
    (" has sole voting power", False), (" holds the remaining 40%", True), (" owns an interest", True),
    (", holds 25%", False), (", which holds", False), (" which holds", False), (".", False),
    (" Holdings", False), (" holdsworth", False)])
def test_verb_after_parent(after, hit):
    assert (VERB_AFTER_PARENT.match(after) is not None) is hit


@pytest.mark.parametrize("text", [
    # a minority held by an unnamed subsidiary of Gamma: no parent of Beta
    "Subsidiaries of Acme Corp. are the general partners of Beta LP and collectively own a 63.27% "
    "interest in Beta LP, a subsidiary of Gamma Inc. holds 25.51%, and subsidiaries of Delta "
    "Corporation hold the remainder.",
    "Acme LP owns 60% of the units of Beta Corp, a subsidiary of Gamma Inc. owns 40%.",
    "Acme LP holds an interest in Beta LP, a Delaware partnership and a subsidiary of Gamma Inc. "
    "holds 25.51%.",
    "Acme LP holds an interest in Beta LP, a subsidiary of GAMMA WEST holds 25.51%.",
])
def test_subsidiary_opening_a_clause_is_no_parent(text):
    assert [r for r in rels(text) if r[0] == "parent_of"] == []


@pytest.mark.parametrize("text,expected", [
    ("Beta LP, a subsidiary of Gamma Inc., holds 25%.", ("parent_of", "Gamma Inc.", "Beta LP")),
    # the subject of the verb, the closing comma left out: still Gamma's subsidiary
    ("Beta LP, a subsidiary of Gamma Inc. holds 25%.", ("parent_of", "Gamma Inc.", "Beta LP")),
    ("The Shares are held by Beta LP, a subsidiary of Gamma Inc., which holds them for Delta.",
     ("parent_of", "Gamma Inc.", "Beta LP")),
    ("The Shares are held of record by Beta LP, a subsidiary of Gamma Inc.",
     ("parent_of", "Gamma Inc.", "Beta LP")),
    ("The Shares are held by Beta LP, a Delaware partnership and a subsidiary of Gamma Inc.",
     ("parent_of", "Gamma Inc.", "Beta LP")),
    ("Beta LP is a wholly-owned subsidiary of Gamma Inc.", ("parent_of", "Gamma Inc.", "Beta LP")),
    # review s24-ctl M1/M2: a participle or plural verb after the parent, and a name that is the
    # subject after an opening phrase, are no new clause
    ("The Shares are held by Beta LP, a wholly-owned subsidiary of Gamma Inc. held in a margin "
     "account.", ("parent_of", "Gamma Inc.", "Beta LP")),
    ("In addition to Jane Roe, Beta LP, a wholly owned subsidiary of Gamma Inc. holds 500 "
     "Shares.", ("parent_of", "Gamma Inc.", "Beta LP")),
    ("The Shares are held for the account of Beta LP, a wholly owned subsidiary of Gamma Inc. "
     "has sole voting power.", ("parent_of", "Gamma Inc.", "Beta LP")),
])
def test_subsidiary_apposition_still_read(text, expected):
    assert [r for r in rels(text) if r[0] == "parent_of"] == [expected]


def test_guard_positions():
    flat = "Acme Corp. owns 63% of Acme LP, a subsidiary of Beta Corp. holds 25%"
    assert subsidiary_opens_clause(flat, flat.index("Acme LP"), flat.index(" holds"))
    assert not subsidiary_opens_clause(flat, flat.index("Acme LP"), flat.index(" 25%"))
