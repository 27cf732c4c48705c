"""Form D and Form 4 XML filings of the eighth unseen set ("t"), fixed after the evaluation.

The filings are in tests/fixtures/filings/holdout/ under the evaluation's names (README.md says
where each came from). Each defect gets a test on the real filing (its line quoted) and a table
of made-up examples for the rule or pattern behind it.
"""

from __future__ import annotations

import pytest

from graphkit.models import Identifier
from graphkit.parsers.partybook import PartyBook
from resolvers.compare import compare, identifier_verdict
from resolvers.models import Mention
from resolvers.names import analyze
from resolvers.resolve import resolve
from resolvers.vetoes import same_filing_inserted_word
from tests.holdout import holdout_record

JMI = "jmi_servicenow_2013_form4.xml"


def _cik(value: str) -> list[Identifier]:
    return [Identifier(scheme="cik", value=value)]


# -- D: different CIKs, or a word inserted inside a name, are different parties -----------------

def test_reporting_owners_with_different_ciks_stay_apart():
    # line 104-105: <rptOwnerCik>0001562075</rptOwnerCik>
    #               <rptOwnerName>JMI Euro Equity Fund IV Trust</rptOwnerName>
    # (CIK 0001562073 is "JMI Equity Fund IV Trust", 0001562120 "JMI Associates Euro IV Trust")
    rec = holdout_record(JMI)
    owners = [p for p in rec.parties if "reporting_owner" in [r.value for r in p.roles]]
    assert len(owners) == 10
    ciks = {p.name: [i.value for i in p.identifiers if i.scheme.value == "cik"] for p in owners}
    assert ciks["JMI Equity Fund IV Trust"] == ["0001562073"]
    assert ciks["JMI Euro Equity Fund IV Trust"] == ["0001562075"]
    assert ciks["JMI Associates IV Trust"] == ["0001562072"]
    assert ciks["JMI Associates Euro IV Trust"] == ["0001562120"]


@pytest.mark.parametrize("a, b, apart", [
    ("Acme Euro Equity Fund IV Trust", "Acme Equity Fund IV Trust", True),
    ("Acme Associates Euro IV Trust", "Acme Associates IV Trust", True),
    ("Beacon Global Growth Partners, L.P.", "Beacon Growth Partners, L.P.", True),
    ("Acme Capital Fund Partners, L.P.", "Acme Capital Partners, L.P.", False),  # glue word
    ("Acme Capital Partners", "Acme Capital", False),  # a word at the end: cut short
    ("Acme Equity Fund IV Trust", "Acme Equity Fund IV Trust, L.P.", False),
    ("Acme Fund II Trust", "Acme Fund Trust", False),  # numbers have their own veto
])
def test_same_filing_inserted_word(a, b, apart):
    assert (same_filing_inserted_word(analyze(a), analyze(b)) is not None) is apart


def test_party_book_keeps_a_twin_with_an_inserted_word_apart():
    book = PartyBook()
    fund = book.add("Acme Equity Fund IV Trust")
    assert book.add("Acme Euro Equity Fund IV Trust").id != fund.id
    assert book.add("Acme Equlty Fund IV Trust").id == fund.id  # OCR damage still links


def test_party_book_never_joins_two_ciks():
    book = PartyBook()
    a = book.add("Acme Equity Fund IV Trust", identifiers=_cik("1"))
    b = book.add("ACME EQUITY FUND IV TRUST", identifiers=_cik("2"))  # same name, other CIK
    assert a.id != b.id and [i.value for i in b.identifiers] == ["2"]
    assert book.add("Acme Equity Fund IV Trust", identifiers=_cik("0000000001")).id == a.id
    assert book.add("Acme Equity Fund IV Trust").id == a.id  # no CIK: the name decides


@pytest.mark.parametrize("a, b, verdict", [
    (["1562073"], ["0001562073"], True),
    (["1562073"], ["1562075"], False),
    (["1562073"], [], None),
])
def test_identifier_verdict(a, b, verdict):
    ids = lambda vs: [Identifier(scheme="cik", value=v) for v in vs]  # noqa: E731
    assert identifier_verdict(ids(a), ids(b))[0] is verdict


def test_resolver_never_merges_two_ciks_nor_one_filings_twins():
    ms = [Mention(id="f1#1", name="Acme Equity Fund IV Trust", filing="f1",
                  identifiers=tuple(_cik("1"))),
          Mention(id="f2#1", name="ACME EQUITY FUND IV TRUST", filing="f2",
                  identifiers=tuple(_cik("2"))),
          Mention(id="f3#1", name="Acme Equity Fund IV Trust", filing="f3"),
          Mention(id="f4#1", name="Beacon Equity Fund Trust", filing="f4"),
          Mention(id="f4#2", name="Beacon Euro Equity Fund Trust", filing="f4")]
    ent = resolve(ms).entity_of
    assert ent["f1#1"] != ent["f2#1"]
    assert ent["f4#1"] != ent["f4#2"]
    vetoes = [v.name for v in compare(ms[3], ms[4]).vetoes]
    assert "same_filing_inserted_word" in vetoes

