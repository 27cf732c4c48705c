"""Short surnames that differ only in vowels are two people (the surname_vowel veto).

Real case: the Form D of Notion Labs, Inc. (tests/fixtures/filings/holdout/notion_labs_2020_d.xml)
lists the related person "Huan Zhou" and is signed by "Huan Zhao"; the filing never says they are
one person, and Zhou and Zhao are two common surnames, so the graph keeps two nodes.
"""

from __future__ import annotations

import pytest

from graphkit.graph import build_graph
from graphkit.parse import parse_path
from resolvers import compare
from resolvers.names import analyze
from resolvers.vetoes import _vowel_apart, surname_vowel
from tests.conftest import ROOT

NOTION = ROOT / "tests" / "fixtures" / "filings" / "holdout" / "notion_labs_2020_d.xml"


def test_notion_related_person_and_signer_stay_apart():
    G = build_graph(parse_path(NOTION).records)
    persons = sorted(d["name"] for _, d in G.nodes(data=True) if d.get("kind") == "person")
    assert persons == ["Akshay Kothari", "Huan Zhao", "Huan Zhou", "Simon Last"]


@pytest.mark.parametrize("x, y, apart", [
    ("zhou", "zhao", True),       # two vowels changed, consonants kept
    ("chen", "chan", True),
    ("roe", "rae", True),
    ("chan", "chau", False),      # a consonant for a vowel: left to the score
    ("smith", "smyth", False),    # y is not counted a vowel
    ("johnsen", "johnson", False),  # longer than VOWEL_SURNAME_MAX_LETTERS
    ("zhou", "zhou", False),
    ("lee", "li", False),         # lengths differ
])
def test_vowel_apart(x, y, apart):
    assert _vowel_apart(x, y) is apart


def test_veto_names_the_surnames():
    assert surname_vowel(analyze("Huan Zhou", "person"), analyze("Zhao, Huan", "person")) == \
        "zhou / zhao"
    assert surname_vowel(analyze("Huan Zhou", "person"), analyze("Huan Zhou", "person")) is None
    assert surname_vowel(analyze("Acme Corp", None), analyze("Acma Corp", None)) is None


def test_compare_keeps_them_apart_but_not_a_digit():
    assert not compare("Huan Zhou", "Huan Zhao", kind="person").same
    assert compare("Huan Zhou", "Huan Zh0u", kind="person").same
