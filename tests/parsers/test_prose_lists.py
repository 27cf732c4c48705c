"""Lists of names: splitting them, and which names a clause after a list is about."""

from __future__ import annotations

import re

import pytest

from graphkit.parsers.prose_lists import entity_kind, held_names
from graphkit.parsers.prose_patterns import LISTED_ARTICLE, THE_NAMES
from graphkit.parsers.prose_term_patterns import TERM_SUFFIX


@pytest.mark.parametrize("name,kind", [
    ("Acme Fund II, L.P.", "lp"), ("Acme Fund, LP", "lp"), ("Acme Fund", "fund"),
    ("Roe Family Trust", "trust"), ("Jane Q. Roe, Jr. Trust", "trust"),
    ("Acme Holdings Incorporated", "inc"), ("Acme Holdings, Inc.", "inc"),
    ("Acme Trust Company", "co"), ('Acme Fund, L.P. (the "Fund")', "lp"),
    ("Jane Q. Roe", None), ("Roe", None),
])
def test_entity_kind(name, kind):
    assert entity_kind(name) == kind


@pytest.mark.parametrize("held,names", [
    ("the Acme Trust and the Beta Trust", ["Acme Trust", "Beta Trust"]),
    ("Acme Trust, the Beta Trust, and the Gamma Trust", ["Acme Trust", "Beta Trust", "Gamma Trust"]),
    ("Acme Fund, L.P. and Acme Fund II, L.P.", ["Acme Fund, L.P.", "Acme Fund II, L.P."]),
    ("Acme Fund, L.P. and Acme Offshore Fund, Ltd.", ["Acme Offshore Fund, Ltd."]),
    ("Acme Fund and Beta Corp.", ["Beta Corp."]),
    ("Jane Q. Roe and John Doe", ["John Doe"]),
    ("Jane Q. Roe and the Roe Trust", ["Roe Trust"]),
    ('Acme Fund, L.P. and Acme Offshore, Ltd. (the "Funds")',
     ["Acme Fund, L.P.", 'Acme Offshore, Ltd. (the "Funds")']),
])
def test_held_names(held, names):
    assert held_names(held) == names


def test_listed_article():
    # "the" after a list separator, before a name
    assert LISTED_ARTICLE.sub(lambda m: m["sep"], "Acme Trust, the Beta Trust and the Gamma "
                              "Trust") == "Acme Trust, Beta Trust and Gamma Trust"
    assert LISTED_ARTICLE.search("Acme Trust and the shares") is None


def test_the_names():
    pat = re.compile(THE_NAMES, re.VERBOSE)
    m = pat.match("Acme Trust, the Beta Trust and the Gamma Trust, of which")
    assert m[0] == "Acme Trust, the Beta Trust and the Gamma Trust"
    # a legal form's comma stays with its name
    m = pat.match("Acme Fund, L.P. and the Acme Fund II, L.P., of which")
    assert m[0] == "Acme Fund, L.P. and the Acme Fund II, L.P."


def test_term_suffix():
    # ' (the "Fund")'
    assert TERM_SUFFIX.search('Acme Fund, L.P. (the "Fund")')[0] == ' (the "Fund")'
    assert TERM_SUFFIX.search("Acme Fund, L.P.") is None


def test_list_opening_leading_the_and_letters():
    from graphkit.parsers.prose_lists import LEADING_THE, LETTERS, LIST_OPENING

    assert LIST_OPENING.sub("", "Each of Acme and Beta") == "Acme and Beta"
    assert LIST_OPENING.sub("", "both  Acme and Beta") == "Acme and Beta"
    assert LIST_OPENING.sub("", "Acme, each of them") == "Acme, each of them"
    assert LEADING_THE.sub("", "the Acme Trust") == "Acme Trust"
    assert LEADING_THE.sub("", "the trustees") == "the trustees"
    assert LETTERS.findall('(the "Reporting-Persons 2")') == ["the", "Reporting", "Persons"]
