"""A trust company (a bank) is not its holding company, nor the broker of its name.

"The Northern Trust Company" is the bank that "Northern Trust Corporation" holds; "Goldman
Sachs Trust Company" is not "Goldman, Sachs & Co." Both pairs meet in Item 7 answers of bank
holding companies ("X is a bank as defined in Section 3(a)(6)"), where the resolver merged the
bank into its parent and the parent_of edge vanished (review s28 M6).
"""

import pytest

from resolvers.compare import compare
from resolvers.legal_forms import split_legal_form
from resolvers.models import Mention
from resolvers.names import analyze
from resolvers.resolve import resolve
from resolvers.vetoes import same_filing_company_form


@pytest.mark.parametrize("name, core, forms", [
    ("the northern trust company", ("northern", "trust"), ("CO",)),
    ("goldman sachs trust company", ("goldman", "sachs", "trust"), ("CO",)),
    ("acme trust co ltd", ("acme", "trust"), ("CO", "LTD")),
    ("acme family trust", ("acme", "family"), ("TRUST",)),  # a trust
    ("acme equity fund iv trust lp", ("acme", "equity", "fund", "iv"), ("TRUST", "LP")),
])
def test_trust_before_a_corporate_form_is_a_word_of_the_name(name, core, forms):
    assert split_legal_form(name.split()) == (core, forms)


@pytest.mark.parametrize("a, b, same", [
    ("Goldman Sachs Trust Company", "Goldman, Sachs & Co.", False),
    ("Deutsche Bank Trust Company", "Deutsche Bank", False),  # bench nk_checks row 33
    ("The Northern Trust Company", "NORTHERN TRUST CO", True),
    ("Acme Trust Company", "Acme Trust Co.", True),
    ("Acme Family Trust", "ACME FAMILY TRUST", True),
])
def test_compare(a, b, same):
    assert compare(a, b).same is same


@pytest.mark.parametrize("a, b, detail", [
    ("The Northern Trust Company", "Northern Trust Corporation", "CO / CORP"),
    ("Wilmington Trust Company", "Wilmington Trust, Inc.", "CO / INC"),
    ("Acme Trust Co.", "ACME TRUST COMPANY", None),  # one form, two spellings
    ("Acme Corp.", "Acme Inc.", None),  # left to the scores
    ("Acme & Co., Inc.", "Acme Inc.", None),  # "& Co." inside the name
    ("Acme Company", "Acme Holdings Corporation", None),  # other words
])
def test_same_filing_company_form(a, b, detail):
    assert same_filing_company_form(analyze(a), analyze(b)) == detail
    assert same_filing_company_form(analyze(b), analyze(a)) == detail


def test_one_filing_naming_the_bank_and_its_parent_keeps_two_parties():
    ms = [Mention(id="f1#1", name="Northern Trust Corporation", filing="f1"),
          Mention(id="f1#2", name="The Northern Trust Company", filing="f1"),
          Mention(id="f2#1", name="NORTHERN TRUST CORP", filing="f2")]
    r = resolve(ms)
    assert r.entity_of["f1#1"] != r.entity_of["f1#2"]
    assert r.entity_of["f1#1"] == r.entity_of["f2#1"]
