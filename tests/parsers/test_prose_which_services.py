"""A filer's typo in a relative clause of a role (:data:`graphkit.parsers.prose_patterns.
WHICH_IS_ROLE_OF`): "Acme Capital LP ..., which services as investment manager to Acme Master
Fund Limited" (for "serves") states the role all the same. A real 2004 Schedule 13G wrote so, and
graphkit lost the fund and the relation. "services" with no "as" after it is a verb of its own
("which services aircraft for") and reads no role.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_patterns import WHICH_IS_ROLE_OF, WHICH_IS_ROLE_OF_CUE
from graphkit.source import SourceText


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("text, expected", [
    ('Acme Capital LP, a United Kingdom limited partnership ("Acme"), which services as '
     'investment manager to Acme Alpha Master Fund Limited ("AAM") and certain managed accounts, '
     "with respect to the shares of Common Stock directly owned by AAM.",
     {("investment_manager_of", "Acme Capital LP", "Acme Alpha Master Fund Limited")}),
    ("Acme GP LLC, which services as the general partner of Acme Fund LP, may be deemed to own "
     "the Shares.", {("general_partner_of", "Acme GP LLC", "Acme Fund LP")}),
    ("Acme Capital LLC, which serves as investment manager to Acme Fund LP, may be deemed.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund LP")}),
    ("Acme Aviation Inc., which services aircraft for Acme Fund LP, is a Delaware corporation.",
     set()),
    ("Acme Aviation Inc., which services the accounts of Acme Fund LP, is a Delaware corporation.",
     set()),
])
def test_which_services_as_a_role(text, expected):
    assert _found(text) == expected


def test_the_pattern_and_its_cue():
    m = WHICH_IS_ROLE_OF.search("Acme Capital LP, which services as investment manager to Acme "
                                "Fund LP.")
    assert (m["holder"], m["role"], m["held"]) == ("Acme Capital LP", "investment manager",
                                                   "Acme Fund LP.")
    assert WHICH_IS_ROLE_OF_CUE.search(", which services as investment manager to ")
    assert not WHICH_IS_ROLE_OF_CUE.search(", which services investment managers of ")
