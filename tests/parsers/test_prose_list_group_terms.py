"""A defined term after a list of several parties is the whole list's, never an alias of the
last name: 'Beacon, Delta Corp. or Games (hereinafter referred to as the "Parties")'."""

import pytest

from graphkit.parsers.prose_term_patterns import (COLLECTIVE_WORDS, GROUP_TERM_TAIL,
                                                  LIST_OR_JOIN_END)
from graphkit.parsers.prose_terms import find_defined_terms
from graphkit.source import SourceText
from tests.short_13d import parties, short_13d


def _terms(text):
    return [(t.term, t.name, t.collective)
            for t in find_defined_terms(SourceText(path="x.txt", text=text))]


@pytest.mark.parametrize("text, expected", [
    # a term for the whole list
    ('held by Beacon, Delta Corp. or Games (hereinafter referred to as the "Parties") are',
     [("Parties", "Games", True)]),
    ('Acme Fund, L.P. and Beta Capital, Inc. (the "Investors") own shares.',
     [("Investors", "Beta Capital, Inc.", True)]),
    ('Jane Roe and/or Acme Inc. (the "Sellers") own shares.', [("Sellers", "Acme Inc.", True)]),
    ('Jane Roe or John Doe (the "Principal Holders") own shares.',
     [("Principal Holders", "John Doe", True)]),
    ('Acme Corp. and Beta LLC (the "Reporting Parties") own shares.',
     [("Reporting Parties", "Beta LLC", True)]),
    # a term of the last name alone
    ('Jane Roe and Acme Investors, L.P. ("Investors") own shares.',
     [("Investors", "Acme Investors, L.P.", False)]),
    ('Jane Roe and Acme Investors, L.P. ("Acme Investors") own shares.',
     [("Acme Investors", "Acme Investors, L.P.", False)]),
    ('Jane Roe and Acme Corp. (the "Company") own shares.', [("Company", "Acme Corp.", False)]),
    ('Jane Roe and Beta Holdings, Inc. ("Beta") own shares.', [("Beta", "Beta Holdings, Inc.", False)]),
    # a group word with no list before it: one party's term (a buyer in an agreement)
    ('Acme Corp. (the "Sellers") owns shares.', [("Sellers", "Acme Corp.", False)]),
])
def test_term_after_a_list(text, expected):
    assert _terms(text) == expected


def test_patterns():
    assert "parties" in COLLECTIVE_WORDS
    assert GROUP_TERM_TAIL.search("the Investors") and GROUP_TERM_TAIL.search("Purchasers")
    assert not GROUP_TERM_TAIL.search("Acme Investors Fund")
    assert not GROUP_TERM_TAIL.search("Trustee")
    assert LIST_OR_JOIN_END.search("Beacon, Delta Corp. or ")
    assert LIST_OR_JOIN_END.search("Jane Roe and/or ") and LIST_OR_JOIN_END.search("Roe & ")
    assert not LIST_OR_JOIN_END.search("Beacon, Delta Corp. ")
    assert not LIST_OR_JOIN_END.search("Jane Ror ")


def test_list_term_is_no_alias_of_the_last_party():
    rec = short_13d(item3=(
        'Zenith Games Corporation ("Games") is a wholly-owned subsidiary of Beacon. Games owns '
        '70,000 shares of Common Stock. The shares held by Beacon, Delta Corp. or Games '
        '(hereinafter referred to as the "Parties") are subject to registration rights.'))
    assert parties(rec)["Zenith Games Corporation"] == ["Games"]
    assert not any("Parties" in aliases for aliases in parties(rec).values())


def test_two_group_terms_joined_by_or_are_both_the_lists():
    # 1999 SC 13D/A 1052262, Amendment No. 1: "filed by Jack Mark Benun, Mark Jack Benun and
    # Isaac Maurice Levy (collectively, the "Reporting Group" or the "Management
    # Shareholders")": before, neither term was read as a group (the "or" was not read)
    from graphkit.parsers.prose_terms import find_collective_terms
    from tests.conftest import ROOT
    path = ROOT / "tests" / "fixtures" / "filings" / "totals31" / "1999_SC_13DA_1052262_primary.txt"
    src = SourceText(path=str(path), text=path.read_text())
    groups = {t.term: t.members for t in find_collective_terms(src)}
    three = ("Jack Mark Benun", "Mark Jack Benun", "Isaac Maurice Levy")
    assert groups["Reporting Group"] == three
    assert groups["Management Shareholders"] == three


@pytest.mark.parametrize("text, terms", [
    (' (collectively, the "Reporting Group" or the "Management Shareholders")',
     ("Reporting Group", "Management Shareholders")),
    (' (together, "Roe Group", or "Holders")', ("Roe Group", "Holders")),
    (' (the "Issuer" or "Company")', None),            # no group's opening: one party's terms
    (' (collectively, the "Funds")', None),            # one term: TERM_SUFFIX reads it
])
def test_group_terms_or_pattern(text, terms):
    from graphkit.parsers.prose_term_patterns import GROUP_TERMS_OR
    m = GROUP_TERMS_OR.match(text)
    assert ((m["term"], m["term2"]) if m else None) == terms


@pytest.mark.parametrize("folder, name, term, members", [
    # 'This Statement is filed by Clarus Capital Group Management LP, a Delaware limited
    # partnership ("Clarus") and Ephraim Fields (together, the "Reporting Persons")'
    ("", "2007_SC_13D_929545.txt", "Reporting Persons",
     ("Clarus Capital Group Management LP", "Ephraim Fields")),
    # 'The Schedule 13D of Time Warner Inc., a Delaware corporation ("Time Warner") and Warner
    # Communications Inc., a Delaware corporation ("WCI") (collectively, the "Reporting Persons")'
    ("rv34", "timewarner_atari_1994_sc13da_cut.txt", "Reporting Persons",
     ("Time Warner Inc.", "Warner Communications Inc.")),
    # 'filed jointly by Crestview Capital Master, LLC ("Crestview") and Crestview Capital
    # Partners, LLC ("Crestview Partners") (each, a "Reporting Person" and, collectively, the
    # "Reporting Persons")'
    ("", "2007_SC_13DA_1303225.txt", "Reporting Persons",
     ("Crestview Capital Master, LLC", "Crestview Capital Partners, LLC")),
])
def test_a_group_after_members_with_asides_and_terms(folder, name, term, members):
    # before, no group was read: each member's aside or term broke the list
    from graphkit.parsers.prose_terms import find_collective_terms
    from tests.conftest import ROOT
    path = ROOT / "tests" / "fixtures" / "filings" / folder / name
    src = SourceText(path=str(path), text=path.read_text(errors="replace"))
    assert (term, members) in [(t.term, t.members) for t in find_collective_terms(src)]


@pytest.mark.parametrize("text, aside", [
    (", a Delaware limited partnership (", ", a Delaware limited partnership"),
    (", a Japanese corporation,", ", a Japanese corporation"),
    (", an individual (", ", an individual"),
    (", a citizen of the United States of America (",
     ", a citizen of the United States of America"),
    (", a fund managed by Roe Capital LLC (", None),      # a name in it: no aside
    (", a Delaware limited partnership that owns", None),  # no comma or parenthesis after
])
def test_member_aside(text, aside):
    from graphkit.parsers.prose_term_patterns import MEMBER_ASIDE
    m = MEMBER_ASIDE.match(text)
    assert (m.group(0) if m else None) == aside


@pytest.mark.parametrize("text, found", [
    (' ("Acme") and Jane Roe', ' ("Acme")'),
    (' ("WCI") (collectively, the "Reporting Persons")', ' ("WCI")'),
    (' ("Acme") is a fund', None),
])
def test_member_term(text, found):
    from graphkit.parsers.prose_term_patterns import MEMBER_TERM
    m = MEMBER_TERM.match(text)
    assert (m.group(0) if m else None) == found


def _groups(text):
    from graphkit.parsers.prose_terms import find_collective_terms
    return [(t.term, t.members) for t in find_collective_terms(SourceText(path="x", text=text))]


@pytest.mark.parametrize("text", [
    # review rv46b: the list read without its members' terms began inside Acme's aside: the
    # group was (Beta Inc., Gamma LLC), Acme dropped and its parent added
    'Filed by Acme Corp. ("Acme"), a subsidiary of Beta Inc. ("Beta"), and Gamma LLC ("Gamma") '
    '(collectively, the "Filers").',
    'Filed by Roe LP, an affiliate of Acme Corp. ("Acme"), and Jane Roe (together, the '
    '"Reporting Persons").',
    'Filed by Roe LP ("Roe"), a fund managed by Acme Capital LLC, and Jane Roe (together, the '
    '"Reporting Persons").',
    'Filed by Jane Roe, a citizen of the United States, John Doe, a director of the Company, '
    'and Mary Poe (together, the "Reporting Persons").',
    'Filed by Acme Capital LP, a Delaware limited partnership ("Acme"), Beta Capital LP, an '
    'exempted company incorporated in the Cayman Islands ("Beta"), and Jane Roe (together, the '
    '"Reporting Persons").',
])
def test_no_member_is_a_name_inside_another_members_aside(text):
    assert _groups(text) == []


def test_a_list_after_an_aside_of_no_name_still_reads():
    assert _groups('Acme Capital LP ("Acme"), Roe Partners LP ("Roe") and Jane Roe '
                   '(collectively, the "Reporting Persons").') == [
        ("Reporting Persons", ("Acme Capital LP", "Roe Partners LP", "Jane Roe"))]
    # the aside of the first name read out: the list is whole again
    assert _groups('Acme Corp., a Delaware corporation, Roe LLC and Jane Roe (together, the '
                   '"Reporting Persons").') == [
        ("Reporting Persons", ("Acme Corp.", "Roe LLC", "Jane Roe"))]


@pytest.mark.parametrize("text", [
    # review rv46b: two terms joined by "or" after a list of securities or documents made
    # a group of parties of them
    'The Reporting Persons own Class A Common Stock and Class B Common Stock (collectively, '
    'the "Shares" or the "Common Stock") of the Issuer.',
    'On May 1, 2004, Acme Corp. entered into the Merger Agreement and the Voting Agreement '
    '(collectively, the "Agreements" or the "Transaction Documents").',
    'Acme Corp. holds the Series A Notes and Series B Notes (together, the "Notes" or the '
    '"Securities").',
])
def test_two_terms_or_of_things_are_no_group(text):
    assert _groups(text) == []


def test_two_terms_or_of_parties_are_both_groups():
    members = ("Roe Partners LP", "Doe Partners LP")
    assert _groups('Shares were bought from Roe Partners LP and Doe Partners LP (collectively, '
                   'the "Sellers" or the "Selling Holders").') == [
        ("Sellers", members), ("Selling Holders", members)]
    # a party's name with a thing's word in it: a term naming a group keeps the list's
    members = ("Acme Securities LLC", "Roe Securities Inc.")
    assert _groups('Shares were bought from Acme Securities LLC and Roe Securities Inc. '
                   '(collectively, the "Brokers" or the "Sellers").') == [
        ("Brokers", members), ("Sellers", members)]
    assert _groups('Acme Securities LLC and Roe Securities Inc. (collectively, the "Brokers" '
                   'or the "Notes").') == []                     # a term a thing's


@pytest.mark.parametrize("before, aside", [
    ('Acme Corp. ("Acme"), a subsidiary of ', True),
    ('Acme Holdings, Inc., which is the parent of ', True),
    ('Acme Fund LP, a fund advised by the ', True),
    ('Acme Corp., a Delaware corporation, ', True),
    ('Filed by ', False),                                 # no aside: the list opens here
    ('Acme Corp. ("Acme") entered into an agreement with ', False),   # no comma: a verb
    ('In addition, the shares are held by ', False),      # no name before the comma
    # review rv46c: a lead-in of a capitalised word, a comma and lower-case words is no
    # member's aside (no legal form or term before the comma, or no relation word ending it)
    ('Pursuant to the Purchase Agreement, the shares were sold by ', False),
    ('In accordance with Rule 13d-1(k), the undersigned agree that ', False),
    ('On the Closing Date, the Issuer issued shares to ', False),
    ('Jane Roe, a director of ', True),                   # a person's aside
])
def test_aside_before_list_pattern(before, aside):
    from graphkit.parsers.prose_term_patterns import ASIDE_BEFORE_LIST
    assert (ASIDE_BEFORE_LIST.search(before) is not None) is aside


@pytest.mark.parametrize("name, thing", [
    ("Class A Common Stock", True), ("the Merger Agreement", True), ("Series B Notes", True),
    ("Transaction Documents", True), ("Roe Partners LP", False), ("Selling Holders", False),
    ("Stockton Capital LLC", False),                      # a word's start is no whole word
])
def test_thing_word_pattern(name, thing):
    from graphkit.parsers.prose_term_patterns import THING_WORD
    assert (THING_WORD.search(name) is not None) is thing


@pytest.mark.parametrize("text, found", [
    ('Jane Roe (together, the "Holders")', "(together"),
    ('Jane Roe (collectively the "Holders")', "(collectively"),
    ('Jane Roe ( together with Acme, the "Holders")', "( together"),
    ('Jane Roe (togetherness)', None),                   # a longer word
    ('Jane Roe (each, a "Holder")', None),
])
def test_group_opening_pattern(text, found):
    from graphkit.parsers.prose_term_patterns import GROUP_OPENING
    m = GROUP_OPENING.search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize("text, term, members", [
    # review rv46c: the lead-in before the list was taken for a member's aside, the group lost
    ('Pursuant to the Purchase Agreement, the shares were sold by Acme Fund LP and Roe Fund LP '
     '(together, the "Sellers").', "Sellers", ("Acme Fund LP", "Roe Fund LP")),
    ('In accordance with Rule 13d-1(k), the undersigned agree that Acme Capital LLC and Roe '
     'Partners LP (collectively, the "Reporting Persons") file one statement.',
     "Reporting Persons", ("Acme Capital LLC", "Roe Partners LP")),
    ('On the Closing Date, the Issuer issued shares to Acme Capital LLC and Roe Partners LP '
     '(collectively, the "Purchasers").', "Purchasers", ("Acme Capital LLC", "Roe Partners LP")),
])
def test_a_lead_in_before_a_list_is_no_members_aside(text, term, members):
    assert _groups(text) == [(term, members)]


@pytest.mark.parametrize("term, term2", [
    # review rv46c: a thing's word anywhere in the terms dropped the groups; the head word
    # (the last) says what a term names
    ("Note Holders", "Holders"), ("Option Holders", "Holders"), ("Plan Sponsors", "Sponsors"),
])
def test_two_terms_or_whose_head_word_is_a_partys(term, term2):
    members = ("Acme Fund LP", "Roe Fund LP")
    assert _groups(f'Acme Fund LP and Roe Fund LP (collectively, the "{term}" or the '
                   f'"{term2}") hold shares.') == [(term, members), (term2, members)]


def test_two_terms_or_after_names_each_with_a_legal_form():
    # a thing's word in a member's name is no thing's where every member has a legal form
    members = ("Acme Securities LLC", "Roe Securities Inc.")
    assert _groups('Acme Securities LLC and Roe Securities Inc. (collectively, the "Acme '
                   'Parties" or the "Roe Parties") own shares.') == [
        ("Acme Parties", members), ("Roe Parties", members)]
    # one member without a legal form: the guard stands
    assert _groups('Acme Securities LLC and Jane Roe (collectively, the "Acme Parties" or the '
                   '"Roe Parties") own shares.') == []
