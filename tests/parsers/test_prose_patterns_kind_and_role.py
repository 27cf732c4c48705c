"""The appositive role after the kind of entity its holder is: 'Acme GP LP, a Delaware limited
partnership and the general partner of Acme Fund ("AGP"), ...' (HOLDER_THE_ROLE_OF, group
``kind``): the holder holds the role of one named party; a list after it is not read on."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_patterns import HOLDER_THE_ROLE_OF, HOLDER_THE_ROLE_OF_CUE
from graphkit.source import SourceText


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))]


def test_pattern_reads_the_kind_and_the_role():
    m = HOLDER_THE_ROLE_OF.search("Acme GP LP, a Delaware limited partnership and the general "
                                  "partner of Acme Fund (\"AGP\"), manages")
    assert (m["holder"], m["kind"], m["role"], m["held"] or m["held1"]) == (
        "Acme GP LP", ", a Delaware limited partnership", "the general partner",
        'Acme Fund ("AGP")')  # the term is taken off the name later
    m = HOLDER_THE_ROLE_OF.search("Acme GP LP, the general partner of Acme Fund, manages")
    assert (m["holder"], m["kind"], m["role"]) == ("Acme GP LP", None, "the general partner")


@pytest.mark.parametrize("text", [
    ", the general partner of ", " and the general partner of ", " and its investment adviser to "])
def test_cue(text):
    assert HOLDER_THE_ROLE_OF_CUE.search(text) is not None


def test_cue_needs_a_role():
    assert HOLDER_THE_ROLE_OF_CUE.search(" and the owner of record of ") is None


def test_chain_of_two_kind_appositives_with_terms():
    text = ('Other persons that may be deemed to control Acme Fund II are (a) Acme Capital '
            'Management II Limited Partnership, a Delaware limited partnership and the general '
            'partner of Acme Fund II ("ACM II"), whose principal business is to manage '
            'investments, (b) Acme Capital II Corp., a Delaware corporation and the general '
            'partner of ACM II ("ACC II"), whose principal business is to manage investments, '
            'and Acme Trade.')
    assert _read(text) == [
        ("general_partner_of", "Acme Capital Management II Limited Partnership", "Acme Fund II"),
        ("general_partner_of", "Acme Capital II Corp.", "ACM II")]


@pytest.mark.parametrize("text, expected", [
    ("Acme GP LLC, a Delaware limited liability company and the managing member of Acme "
     "Fund LLC, manages investments.",
     [("managing_member_of", "Acme GP LLC", "Acme Fund LLC")]),
    ("Acme Trust, a Texas trust and the sole shareholder of Acme Inc., holds shares.",
     [("shareholder_of", "Acme Trust", "Acme Inc.")]),
    # a list after the held name: only the first is held (Jane Roe is a further person listed)
    ("The Reporting Persons are Acme Fund LP, a Delaware limited partnership and the investment "
     "adviser to Beta Fund Ltd., and Jane Roe.",
     [("investment_manager_of", "Acme Fund LP", "Beta Fund Ltd.")]),
    ("Acme GP LLC, a Delaware limited liability company and the general partner of Acme Fund I "
     "and Acme Fund II, may be deemed to own the shares.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund I")]),
    # the next appositive still chains on from the held name
    ("Acme Holdings, a Delaware corporation and the sole member of Acme GP LLC, the general "
     "partner of Acme Fund LP, may be deemed to own the shares.",
     [("member_of", "Acme Holdings", "Acme GP LLC"),
      ("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
])
def test_kind_appositive(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    # a comma after the kind: a list of parties, not an appositive of the holder
    "Acme GP LLC, a Delaware limited liability company, and the general partner of Acme Fund LP "
    "may be deemed to own the shares.",
    # a person's descriptor is no kind of entity
    "Jane Roe, a United States citizen and the sole member of Acme GP LLC, owns shares.",
    # no role
    "Acme Fund LP, a Delaware limited partnership and the record holder of the Shares, votes.",
])
def test_not_a_kind_appositive(text):
    assert [r for r in _read(text) if r[0] != "beneficial_owner_of"] == []


# review s23-enron 4: a list marked as one ("each of A and B") after the kind is held whole

@pytest.mark.parametrize("text, expected", [
    ("Acme GP LP, a Delaware limited partnership and the general partner of each of Acme Fund I, "
     "L.P. and Acme Fund II, L.P., may be deemed to share the power to vote.",
     [("general_partner_of", "Acme GP LP", "Acme Fund I, L.P."),
      ("general_partner_of", "Acme GP LP", "Acme Fund II, L.P.")]),
    ("Acme GP LP, a Delaware limited partnership and the general partner of both Acme Fund I, "
     "L.P. and Acme Fund II, L.P., may be deemed to share the power to vote.",
     [("general_partner_of", "Acme GP LP", "Acme Fund I, L.P."),
      ("general_partner_of", "Acme GP LP", "Acme Fund II, L.P.")]),
    ("Acme GP LP, a Delaware limited partnership and the general partner of each of Acme Fund I, "
     "L.P., Acme Fund II, L.P. and Acme Fund III, L.P., and Beta Capital Corp., a Delaware "
     "corporation, may be deemed to share the power to vote.",
     [("general_partner_of", "Acme GP LP", "Acme Fund I, L.P."),
      ("general_partner_of", "Acme GP LP", "Acme Fund II, L.P."),
      ("general_partner_of", "Acme GP LP", "Acme Fund III, L.P.")]),
    # a term after the list: the holder's or the last fund's cannot be told; one name held
    ('Acme GP LP, a Delaware limited partnership and the general partner of each of Acme Fund I '
     'and Acme Fund II ("AGP"), and Beta Capital Corp. may be deemed to share the power to vote.',
     [("general_partner_of", "Acme GP LP", "Acme Fund I")]),
    # no mark: the first name only, as before
    ("Acme GP LP, a Delaware limited partnership and the general partner of Acme Fund I, L.P., "
     "and Beta Capital Corp. may be deemed to share the power to vote.",
     [("general_partner_of", "Acme GP LP", "Acme Fund I, L.P.")]),
])
def test_marked_list_after_the_kind(text, expected):
    assert _read(text) == expected
