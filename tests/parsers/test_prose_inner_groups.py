"""A group term whose members are listed inside its own parentheses
(:mod:`graphkit.parsers.prose_inner_groups`, review rv46b item 8)."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose_inner_groups import (DEFINED_IN_PARENS, INNER_LIST_TERM,
                                                 inner_list_groups)
from graphkit.parsers.prose_terms import find_collective_terms
from graphkit.source import SourceText
from tests.conftest import ROOT


def test_the_members_listed_in_the_groups_parentheses():
    # 1994 SC 13D/A 3000, Item 1: 'filed by Mitsui & Co., Ltd., a Japanese corporation
    # ("Mitsui-Japan"), Intermodal Terminal Inc., a Delaware corporation wholly-owned
    # indirectly by Mitsui-Japan ("Intermodal"), and Tonami Transportation Co., Ltd., a
    # Japanese corporation ("Tonami") (Mitsui-Japan, Intermodal and Tonami, collectively, the
    # "Reporting Persons")': before, no group was read (the list is inside the parenthesis)
    path = ROOT / "tests" / "fixtures" / "filings" / "1994_SC_13DA_3000.txt"
    src = SourceText(path=str(path), text=path.read_text(errors="replace"))
    groups = {t.term: t.members for t in find_collective_terms(src)}
    assert groups["Reporting Persons"] == ("Mitsui-Japan", "Intermodal", "Tonami")


@pytest.mark.parametrize("text", [
    # a listed name no term of the sentence: its party is not certain
    'Acme Corp. ("Acme") and Roe LLC (Acme and Roe LLC, collectively, the "Holders").',
    # the term defined after the list, not before it
    '(Acme and Roe, collectively, the "Holders") Acme Corp. ("Acme"), Roe LLC ("Roe").',
    # one name: no group
    'Acme Corp. ("Acme") (Acme, collectively, the "Holders").',
])
def test_no_group_where_a_member_is_uncertain(text):
    assert inner_list_groups(text) == []


@pytest.mark.parametrize("text, names, term", [
    ('(Acme, Roe and Doe, collectively, the "Reporting Persons")', "Acme, Roe and Doe",
     "Reporting Persons"),
    ('(Acme and Roe together, "Holders")', "Acme and Roe", "Holders"),
    ('(collectively, the "Holders")', None, None),        # no list: TERM_SUFFIX's
])
def test_inner_list_term_pattern(text, names, term):
    m = INNER_LIST_TERM.search(text)
    assert ((m["names"], m["term"]) if m else (None, None)) == (names, term)


@pytest.mark.parametrize("text, term", [
    ('Acme Corp. ("Acme")', "Acme"), ('Roe Fund LP (the "Fund")', "Fund"),
    ('(together, the "Funds")', None),                     # a group's
])
def test_defined_in_parens_pattern(text, term):
    m = DEFINED_IN_PARENS.search(text)
    assert (m["term"] if m else None) == term


def test_terms_defined_for_securities_make_no_group():
    # review rv46c: a group of terms each defined for a class of stock is no group of parties
    assert inner_list_groups('Acme bought Series A Preferred Stock ("Series A") and Series B '
                             'Preferred Stock ("Series B") (Series A and Series B, collectively, '
                             'the "Preferred") from Roe Corp.') == []
    # one member's term defined for a party, one for a security: no group either
    assert inner_list_groups('Acme Corp. ("Acme") and the Series B Notes ("Series B") (Acme and '
                             'Series B, together, the "Holders")') == []
    assert inner_list_groups('Acme Capital LLC ("Acme") and Roe Fund LP ("Roe") (Acme and Roe, '
                             'together, the "Reporting Persons")') == [
        ("Reporting Persons", ["Acme", "Roe"])]


def test_member_named_securities_in_a_group_of_parties():
    # the same Item 1 with its third member named 'Tonami Securities ("Tonami")' (no legal
    # form; fixtures/filings/id47): the group is read as in the original, and the parse keeps
    # the original's reporting persons
    from graphkit.parse import parse_path
    path = ROOT / "tests" / "fixtures" / "filings" / "id47" / \
        "1994_SC_13DA_3000_member_securities.txt"
    src = SourceText(path=str(path), text=path.read_text(errors="replace"))
    groups = {t.term: t.members for t in find_collective_terms(src)}
    assert groups["Reporting Persons"] == ("Mitsui-Japan", "Intermodal", "Tonami")
    rec = parse_path(path).records[0]
    assert sorted(p.name for p in rec.parties if "reporting_person" in {r.value for r in p.roles}) \
        == ["Intermodal Terminal Inc.", "Mitsui & Co., Ltd.", "Tonami Transportation Co., Ltd."]


@pytest.mark.parametrize("text, groups", [
    ('Acme Capital LLC ("Acme") and Roe Securities ("Roe") (Acme and Roe, together, the '
     '"Reporting Persons")', [("Reporting Persons", ["Acme", "Roe"])]),
    ('ACME CAPITAL LLC ("Acme") and ROE SECURITIES ("Roe") (Acme and Roe, together, the '
     '"Filers")', [("Filers", ["Acme", "Roe"])]),
    # a class of securities, or a group of things, stays no member
    ('Acme Capital LLC ("Acme") and the Series B Securities ("Series B") (Acme and Series B, '
     'together, the "Holders")', []),
    ('Roe Securities ("Roe") and Doe Securities ("Doe") (Roe and Doe, together, the '
     '"Offered")', []),
    ('Acme Capital LLC ("Acme") and Convertible Securities ("Convertible") (Acme and '
     'Convertible, together, the "Holders")', []),
])
def test_firm_named_securities(text, groups):
    assert inner_list_groups(text) == groups


@pytest.mark.parametrize("before, term, firm", [
    ("and Roe Securities ", "Roe", True),
    ("and ROE SECURITIES", "Roe", True),
    ("and Roe Securities ", "Roe Securities", False),     # the term names securities
    ("the Registrable Securities ", "Registrable", False),
    ("a Japanese dealer in securities ", "Tonami", False),  # no capitalized name before it
])
def test_securities_name_end(before, term, firm):
    from graphkit.parsers.prose_inner_groups import firm_named_securities
    assert firm_named_securities(before, term) is firm
