"""Form D and Form 4 XML readings fixed after the eighth review (/tmp/s8/review.md).

Each defect gets a test on a real filing of tests/fixtures/filings/holdout/ (its line quoted)
and a table of made-up examples for the rule or pattern behind it.
"""

from __future__ import annotations

import pytest

from tests.holdout import holdout_record, relation_pairs

STONEPEAK = "stonepeak_credit_feeder_2026_d.xml"


# -- D1/D2: a Form D term is its related person's only after the person's own description ------

def test_stonepeak_terms_stay_with_their_general_partners():
    # line 54: The general partner of the Issuer (the &quot;GP&quot;)
    # line 90: The general partner of the GP of the GP (&quot;Holdings&quot;)
    # line 144-216: the five persons have no clarification: no term, no person-to-person claim
    rec = holdout_record(STONEPEAK)
    terms = {p.name: [a.name for a in p.aliases if a.how.value == "defined_term"]
             for p in rec.parties}
    # "GP" and "Holdings" are bound to the general partners (the chain below and in
    # test_xml_forms_unseen8), but generic words are no aliases (graphkit.parsers.generic_terms)
    assert terms["Stonepeak Credit Associates II LP"] == []
    assert terms["Stonepeak GP Investors Holdings LP"] == []
    assert terms["Adrienne Saunders"] == [] and terms["Michael Dorrell"] == []
    assert ("Stonepeak GP Investors Holdings Manager LLC",
            "Stonepeak GP Investors Upper Holdings LP") in relation_pairs(rec, "general_partner_of")


@pytest.mark.parametrize("clar, terms", [
    # the person's own description, then its term
    ({"p1": 'The general partner of the Issuer (the "GP")'}, {"gp": "p1"}),
    ({"p4": 'The general partner of Holdings ("Upper Holdings")'}, {"upper holdings": "p4"}),
    ({"p2": 'The general partner of the GP ("GP of the GP")'}, {"gp of the gp": "p2"}),
    # another name set off by a comma: the term is that party's, not a related person's
    ({"p6": 'Director of the general partner of the Issuer, Acme GP Ltd. (the "General '
            'Partner")'}, {"general partner": None}),
    # the term is the description of the party the role is held at (or its initials)
    ({"p6": 'Director of the general partner of the Issuer (the "GP")', "p1": "General partner"},
     {"gp": "p1"}),
    ({"p3": 'Investment manager of the master fund (the "Fund")'}, {"fund": None}),
    # an issuer word after "of the Issuer" names the issuer (no related person's term)
    ({"p1": 'The general partner of the Issuer (the "Partnership")'}, {}),
    ({"p1": 'General partner of the Company ("the Company")'}, {}),
    # a role word is no term of a person
    ({"p6": 'Managing Member of Holdings Manager (the "Managing Member")'}, {}),
])
def test_clarification_terms_owner(clar, terms):
    from graphkit.parsers.formd_terms import clarification_terms
    assert clarification_terms(clar, ["p1"], ["p6"]) == terms


@pytest.mark.parametrize("clar, got", [
    # "the Fund" defined for a master fund is not the issuer, nor the investment manager
    ({"p3": 'Investment manager of the master fund (the "Fund")',
      "p4": "The general partner of the Fund"}, {}),
    # "the Partnership" defined after "of the Issuer" is the issuer
    ({"p1": 'The general partner of the Issuer (the "Partnership")',
      "p2": "The general partner of the Partnership"},
     {"p1": ("general_partner_of", "issuer"), "p2": ("general_partner_of", "issuer")}),
    # a role held at a person is refused
    ({"p6": 'Managing Member of Holdings Manager ("Dorrell")', "p7": "Member of Dorrell"}, {}),
])
def test_role_targets_with_foreign_terms(clar, got):
    from graphkit.parsers.formd_terms import resolve_role_targets
    res = resolve_role_targets(clar, ["p1"], ["p6", "p7"])
    assert {k: (r.value, t) for k, (r, t) in res.items()} == got


@pytest.mark.parametrize("ref, key, hit", [
    ("the general partner of the Issuer", "general partner", True),
    ("the general partner of the Issuer", "gp", True),
    ("the master fund", "fund", True),
    ("the Issuer, Acme GP Ltd.", "acme gp", True),
    ("Holdings", "upper holdings", False),
    ("the GP", "gp of the gp", False),
    ("Upper Holdings", "holdings manager", False),
    ("the Issuer", "gp", False),
])
def test_names_the_object(ref, key, hit):
    from graphkit.parsers.formd_terms import names_the_object
    assert names_the_object(ref, key) is hit


@pytest.mark.parametrize("term, hit", [
    ("Managing Member", True), ("the General Partner", True), ("GP", True),
    ("Investment Adviser", True), ("Holdings Manager", False), ("Mr. Roe", False),
])
def test_role_term_pattern(term, hit):
    from graphkit.parsers.formd_terms import ROLE_TERM
    assert bool(ROLE_TERM.match(term)) is hit


# -- D3/D4: a joint line's split reads the line's class, after the transaction, in every sentence -

JMI = "jmi_servicenow_2013_form4.xml"


def test_jmi_split_amounts_of_common_stock_following_the_distributions():
    # line 271: Immediately following the Distributions, (i) Fund IV Trust owns an aggregate of
    # 3,242,469 shares of Common Stock and GP IV Trust owns an aggregate of 810,617 shares of
    # Common Stock, (ii) ...
    rec = holdout_record(JMI)
    names = {p.id: p.name for p in rec.parties}
    own = {names[c.source]: c.shares for c in rec.claims
           if c.relation.value == "beneficial_owner_of" and c.direct
           and c.security_class == "Common Stock" and "own part" in (c.note or "")}
    assert own["JMI Equity Fund IV Trust"] == 3242469
    assert own["JMI Associates IV Trust"] == 810617


@pytest.mark.parametrize("footnote, title, got", [
    ("F3: (i) Fund IV owns an aggregate of 1,200 shares of Common Stock and Acme GP IV, L.L.C. "
     "owns 300 shares of Common Stock.", "Common Stock", {"p1": 1200, "p2": 300}),
    # another class than the line's: skipped
    ("F3: Fund IV owns an aggregate of 500 shares of Series A Preferred Stock and Acme GP IV, "
     "L.L.C. owns 300 shares of Common Stock.", "Common Stock", {"p2": 300}),
    ("F3: Fund IV owns 500 shares of the Issuer's Class B Common Stock.", "Class A Common Stock",
     {}),
    ("F3: Fund IV owns 500 shares of the Issuer's Common Stock.", "Common Stock, par value $.01",
     {"p1": 500}),
    # the amount before the transaction is skipped; a sentence after ". " is read
    ("F3: Prior to the Distributions, Fund IV owns an aggregate of 4,572,146 shares of Common "
     "Stock. Fund IV owns an aggregate of 3,242,469 shares of Common Stock following the "
     "Distributions.", "Common Stock", {"p1": 3242469}),
    ("F3: Fund IV owns 3,242,469 shares of Common Stock. Acme GP IV, L.L.C. owns 810,617 "
     "shares of Common Stock.", "Common Stock", {"p1": 3242469, "p2": 810617}),
    ("F3: Fund IV owns 100 shares before the sale.", "Common Stock", {}),
    # two amounts of one owner: none
    ("F3: Fund IV owns 100 shares. Fund IV owns 200 shares.", "Common Stock", {}),
])
def test_owner_amounts_class_and_time(footnote, title, got):
    from graphkit.parsers.ownership_joint import owner_amounts
    from graphkit.parsers.partybook import PartyBook
    book = PartyBook()
    a = book.bind_term("Fund IV", "Acme Fund IV, L.P.")
    b = book.add("Acme GP IV, L.L.C.")
    assert owner_amounts([footnote], book, [a, b], title) == got


@pytest.mark.parametrize("text, name, security", [
    ("(i) Acme Fund Trust owns an aggregate of 3,242,469 shares of Common Stock and",
     "Acme Fund Trust", "Common Stock"),
    ("the sale. Acme Fund owns 7 shares of Series A Preferred Stock.", "Acme Fund",
     "Series A Preferred Stock"),
    ("and Acme GP, LLC directly holds 500 shares", "Acme GP, LLC", None),
    ("Jane Q. Roe owns 5 shares", "Jane Q. Roe", None),
    ("F3: Acme Fund, L.P. owns 9 shares of Common Stock. Beta Fund owns", "Acme Fund, L.P.",
     "Common Stock"),
    ("Acme Fund held 500 shares", None, None),  # a past holding
])
def test_owner_amount_pattern(text, name, security):
    from graphkit.parsers.ownership_joint import OWNER_AMOUNT
    m = OWNER_AMOUNT.search(text)
    assert ((m["name"], m["security"]) if m else (None, None)) == (name, security)


@pytest.mark.parametrize("text, hit", [
    ("Prior to the Distributions, Acme Fund owns", True),
    ("Acme Fund owns 5 shares before the sale", True),
    ("Immediately following the Distributions, Acme Fund owns", False),
    ("Acme Fund owns 5 shares after the sale", False),
])
def test_before_transaction_pattern(text, hit):
    from graphkit.parsers.ownership_joint import BEFORE_TRANSACTION
    assert bool(BEFORE_TRANSACTION.search(text)) is hit


@pytest.mark.parametrize("text, sentences", [
    ("Prior to it, A owns 5 shares. B owns 6 shares.", 2),
    ("Acme Fund, L.P. owns 5 shares.", 1),
    ("Jane Q. Roe owns 5 shares", 1),
])
def test_sentence_end_pattern(text, sentences):
    from graphkit.parsers.ownership_joint import SENTENCE_END
    assert len(SENTENCE_END.split(text)) == sentences


# --- D5: a nature left at 0 and another begun from 0 prove no running total -------------------

def _row(nature: str, shares: int, acquired: bool, after: int):
    from graphkit.parsers.ownership_running import TransactionRow
    return TransactionRow(nature=nature, shares=shares, acquired=acquired, owned_after=after)


@pytest.mark.parametrize("rows, expected", [
    # review rt1: "By 2018 GRAT" D 10,000 -> 0; direct A 10,000 -> 10,000; "By 2019 GRAT" D
    # 5,000 -> 5,000: direct 10,000 and 2019 GRAT 5,000 are two holdings, not one total of 5,000
    ([("2018 GRAT", 10000, False, 0), ("direct", 10000, True, 10000),
      ("2019 GRAT", 5000, False, 5000)], False),
    # review rt2: direct D 3,000 -> 0; trust A 3,000 -> 3,000; spouse D 1,000 -> 2,000
    ([("direct", 3000, False, 0), ("trust", 3000, True, 3000), ("spouse", 1000, False, 2000)],
     False),
    # a true running total: each nature's row goes on from the row before (as ernst_ufcs)
    ([("self", 100, True, 6000), ("daughter", 200, True, 6200), ("spouse", 548, True, 6748)],
     True),
])
def test_running_total_needs_continuations_from_a_holding(rows, expected) -> None:
    from graphkit.parsers.ownership_running import runs_on
    assert runs_on([_row(*r) for r in rows]) is expected


# --- former names that say there is none ---------------------------------------------------------

@pytest.mark.parametrize("value, empty", [
    ("NONE.", True), ("None", True), ("Not Applicable.", True), ("N/A", True), ("-", True),
    ("No previous names", True), ("No prior name.", True), ("Same", True),
    ("Same as above", True),
    ("Beacon Tech Inc.", False), ("Samson Holdings LLC", False), ("None Such Corp.", False),
])
def test_former_name_fields_that_name_nothing(value: str, empty: bool) -> None:
    from graphkit.parsers.formd_roles import EMPTY_FIELD
    from graphkit.parsers.formd_xml import NO_FORMER_NAME
    assert bool(EMPTY_FIELD.match(value) or NO_FORMER_NAME.match(value)) is empty
