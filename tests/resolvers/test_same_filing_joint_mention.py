"""A mention naming a party both ways, and the check for two parties of one filing
(resolvers.resolve._Resolver._same_filing; review note of session 45).

One mention carrying both names is its filing's word that they are one party: it never makes
its filing one of two parties. A filing that also names the two as two parties of their own
still keeps them apart: joining there would fold three of its parties into one.
"""

from __future__ import annotations

from resolvers import resolve
from resolvers.models import Mention

FULL, SHORT = "Acme Capital Master LP", "Acme Master LP"  # "capital" inserted: two in one filing


def _m(mid: str, name: str, aliases: tuple[str, ...] = ()) -> Mention:
    return Mention(id=mid, name=name, kind="organization", aliases=aliases,
                   filing=mid.split("#")[0])


def test_one_mention_naming_both_joins_the_names_across_filings():
    r = resolve([_m("a#1", FULL, (SHORT,)), _m("b#1", FULL), _m("c#1", SHORT)])
    assert r.entity_of["a#1"] == r.entity_of["b#1"] == r.entity_of["c#1"]


def test_its_own_filing_naming_them_apart_as_well_still_vetoes():
    r = resolve([_m("a#1", FULL, (SHORT,)), _m("a#2", FULL), _m("a#3", SHORT)])
    assert len({r.entity_of[m] for m in ("a#1", "a#2", "a#3")}) == 3


def test_another_filing_naming_them_apart_still_vetoes():
    r = resolve([_m("a#1", FULL, (SHORT,)), _m("b#2", FULL), _m("b#3", SHORT)])
    assert r.entity_of["b#2"] != r.entity_of["b#3"]


def test_two_parties_of_one_filing_without_a_joint_mention():
    r = resolve([_m("a#2", FULL), _m("a#3", SHORT), _m("b#1", FULL), _m("c#1", SHORT)])
    assert r.entity_of["a#2"] == r.entity_of["b#1"] != r.entity_of["a#3"] == r.entity_of["c#1"]
