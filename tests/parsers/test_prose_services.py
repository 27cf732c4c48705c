"""An adviser that "provides investment advisory services to" a fund, or to accounts the filing
names by a term, is their investment manager (session 41).

The real case: corpus 13g/asen_culp_2006_sc13g.txt, Item 4: "The Reporting Person is the
President of Asen and Co., which provides certain advisory services to accounts (the "Managed
Accounts") that own 57,000 shares." Before, only the presidency was read: the accounts holding
57,000 shares had no link to the adviser, so ``controllers`` could not reach them.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_services_patterns import PROVIDES_SERVICES_TO, PROVIDES_SERVICES_TO_CUE
from graphkit.source import SourceText
from tests.conftest import corpus_file, record_links


def _found(text: str) -> list[tuple[str, str, str]]:
    src = SourceText(path="x.txt", text=text)
    return sorted((f.relation.value, f.holder, f.held) for f in find_relationships(src))


def test_the_real_adviser_of_the_managed_accounts():
    rec = parse_path(corpus_file("13g/asen_culp_2006_sc13g.txt")).records[0]
    names = {p.id: p.name for p in rec.parties}
    assert record_links(rec) == {("R. Scott Asen", "officer_of", "Asen and Co."),
                                 ("Asen and Co.", "investment_manager_of", "Managed Accounts")}
    [held] = [c for c in rec.claims if names[c.source] == "Managed Accounts"]
    assert held.shares == 57_000


@pytest.mark.parametrize("text, found", [
    ("Acme Advisors LLC provides investment advisory services to Roe Fund LP.",
     [("investment_manager_of", "Acme Advisors LLC", "Roe Fund LP")]),
    ("Acme Management LLC provides investment management services to Roe Fund LP and Roe Fund "
     "II LP.", [("investment_manager_of", "Acme Management LLC", "Roe Fund II LP"),
                ("investment_manager_of", "Acme Management LLC", "Roe Fund LP")]),
    ("Acme Advisors LLC, which provides advisory services to Roe Fund LP, may be deemed to own "
     "the shares.", [("investment_manager_of", "Acme Advisors LLC", "Roe Fund LP")]),
    ('Acme Advisors LLC provides discretionary investment management services to certain managed '
     'accounts (collectively, the "Accounts").',
     [("investment_manager_of", "Acme Advisors LLC", "Accounts")]),
    # not an adviser's services, or to no fund named
    ("Acme Advisors LLC provides administrative services to Roe Fund LP.", []),
    ("Acme Capital LLC provides management services to Roe Fund LP.", []),
    ("Acme Securities LLC provides financial advisory services to Roe Corp.", []),
    ("Acme Advisors LLC provides advisory services to the Issuer.", []),
    ("Acme Advisors LLC provides advisory services to its clients.", []),
    ("The fees paid to Acme Advisors LLC for advisory services to Roe Fund LP are described.", []),
])
def test_provides_services_to(text, found):
    assert _found(text) == found


@pytest.mark.parametrize("text, holder, held", [
    ("Acme Advisors LLC also renders investment advisory services to Roe Fund LP.",
     "Acme Advisors LLC", "Roe Fund LP."),
    ('Jane Roe is the President of Acme and Co., which provides certain advisory services to '
     'accounts (the "Managed Accounts") that own shares.', "Acme and Co.", "Managed Accounts"),
])
def test_pattern(text, holder, held):
    assert PROVIDES_SERVICES_TO_CUE.search(text)
    m = PROVIDES_SERVICES_TO.search(text)
    assert (m["holder"], m["held"]) == (holder, held)


@pytest.mark.parametrize("text", [
    "Acme Advisors LLC provides services to Roe Fund LP.",
    "Acme Advisors LLC receives advisory services from Roe Fund LP.",
])
def test_pattern_negative(text):
    assert PROVIDES_SERVICES_TO.search(text) is None
