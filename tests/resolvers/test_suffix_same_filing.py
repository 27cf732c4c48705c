"""A suffix on one side only: two people inside one filing, one person across filings."""

from __future__ import annotations

from resolvers import compare, resolve
from resolvers.models import Mention

FATHER = Mention(id="f1#1", name="Hollis K. Marbury", kind="person", filing="f1")
SON = Mention(id="f1#2", name="Hollis K. Marbury, Jr.", kind="person", filing="f1")
ELSEWHERE = Mention(id="f2#1", name="Hollis K. Marbury", kind="person", filing="f2")


def test_one_filing_one_suffix_is_two_people():
    c = compare(FATHER, SON)
    assert not c.same and c.decided_by == "veto: same_filing_suffix"
    assert compare(SON, FATHER).same is False


def test_across_filings_missing_suffix_is_allowed():
    assert compare(ELSEWHERE, SON).same
    assert compare("Hollis K. Marbury", "Hollis K. Marbury, Jr.", kind="person").same


def test_no_filing_is_not_one_filing():
    a = Mention(id="a", name="Hollis K. Marbury", kind="person")
    b = Mention(id="b", name="Hollis K. Marbury, Jr.", kind="person")
    assert compare(a, b).same


def test_resolve_keeps_father_and_son_of_one_filing_apart():
    r = resolve([FATHER, SON, ELSEWHERE])
    assert r.entity_of["f1#1"] == r.entity_of["f2#1"]
    assert r.entity_of["f1#1"] != r.entity_of["f1#2"]


def test_different_suffixes_veto_names_itself():
    c = compare("Hollis K. Marbury, Jr.", "Hollis K. Marbury, Sr.", kind="person")
    assert [v.name for v in c.vetoes] == ["generational_suffix"]
