"""A term defined for a thing described before a name is that thing's, not the name's (review
rvD HIGH-3, session 38): a real 2021 13D/A reads "the Reporting Persons and a separate account
investment advisory client of CCM (the “Separate Account”)", and "Separate Account" became an
alias of CCM, the adviser. The term repeats the words of the client described; the filing names
no such party, so no term is bound. Names in the sentences made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.graph import build_graph
from graphkit.errors import NodeNotFound
from graphkit.node_lookup import find_node
from graphkit.parse import parse_path
from graphkit.parsers.prose import find_defined_terms
from graphkit.parsers.prose_term_patterns import DESCRIBED_OF_NAME
from graphkit.source import SourceText

COLISEUM = (Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv38d"
            / "coliseum_gms_2021_sc13da.txt")


def _terms(text: str) -> list[tuple[str, str]]:
    return [(t.term, t.name) for t in find_defined_terms(SourceText("s.txt", text))]


@pytest.mark.parametrize("text, words", [
    ("and a separate account investment advisory client of ",
     "separate account investment advisory client "),
    ("held in an affiliated account of the ", "affiliated account "),
    ("one managed account for ", "managed account "),
    # not one thing described: a name, a list, a role of a named holder's
    ("held by Acme Fund of ", None),
    ("the shares and accounts of ", None),
    ("Jane Roe, as trustee of ", None),
])
def test_described_of_name_pattern(text, words):
    m = DESCRIBED_OF_NAME.search(text)
    assert (m["words"] if m else None) == words


@pytest.mark.parametrize("text, expected", [
    # the real wording (made-up adviser): the client's term, and the client is not named
    ('The source of funds used by the Reporting Persons and a separate account investment '
     'advisory client of ACM (the "Separate Account") was working capital.', []),
    ('Shares held in a managed account of Acme Capital, LLC (the "Managed Account").', []),
    ('an affiliate of Acme Holdings Inc. (the "Affiliate") holds 100 shares.', []),
    # the term is the name's: it repeats the name's words or initials, not the thing's
    ('a wholly-owned subsidiary of Acme Holdings Inc. ("Holdings") holds it.',
     [("Holdings", "Acme Holdings Inc.")]),
    ('an affiliate of Acme Holdings Inc. ("AHI") holds 100 shares.',
     [("AHI", "Acme Holdings Inc.")]),
    ('Jane Roe is the sole member of Acme GP, LLC (the "General Partner").',
     [("General Partner", "Acme GP, LLC")]),
    ('the general partner of Acme Fund, L.P. (the "Fund")', [("Fund", "Acme Fund, L.P.")]),
])
def test_term_of_a_thing_described(text, expected):
    assert _terms(text) == expected


def test_real_coliseum_separate_account_is_no_alias_of_the_adviser():
    rec = parse_path(COLISEUM).records[0]
    aliases = {p.name: sorted(a.name for a in p.aliases) for p in rec.parties}
    assert aliases["Coliseum Capital Management, LLC"] == [
        "CCM", "COLISEUM CAPITAL MANAGEMENT, LLC"]
    assert not [p.name for p in rec.parties if "Separate Account" in p.name]
    G = build_graph([rec])
    with pytest.raises(NodeNotFound):
        find_node(G, "Separate Account")
    assert G.nodes[find_node(G, "CCM")]["name"] == "Coliseum Capital Management, LLC"
