"""Which name a term defined after ", the <role> of <Other>" is (task dt43,
prose_term_owner.holder_of_role_before, prose_term_patterns.THE_ROLE_BEFORE_NAME).

DEFINED_TERM's descriptor opens only with "a"/"an", so after ", the general partner of Acme Fund
LP" the definition read the nearest name: ("Roe Capital") went to Acme Fund LP. The term now goes
to the name before the role when it abbreviates that name and not the nearest one. No filing of
the corpus has such a sentence (the one ", the sole member of HLS (the "Sole Member")" of
2022_SC_13D_1283140 defines a role, read by _role_holder): invented names only.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.prose_term_owner import abbreviates, holder_of_role_before
from graphkit.parsers.prose_term_patterns import THE_ROLE_BEFORE_NAME
from graphkit.parsers.prose_terms import find_defined_terms
from graphkit.source import SourceText


@pytest.mark.parametrize("text, term, bound", [
    # wrong before: the term went to the name after the role
    ('Roe Capital LLC, the general partner of Acme Fund LP ("Roe Capital"), holds 5 shares.',
     "Roe Capital", "Roe Capital LLC"),
    ('Roe Capital LLC, the sole member of Acme Fund LP ("Roe") holds', "Roe", "Roe Capital LLC"),
    ('Acme Fund LP, the owner of Roe Capital LLC ("Acme") holds', "Acme", "Acme Fund LP"),
    ('Roe Capital LLC, the investment manager of the Acme Fund LP ("RC") holds', "RC",
     "Roe Capital LLC"),
    ('Item 2. This statement is filed by Roe Capital LLC, the sole general partner of Acme Fund '
     'LP ("Roe").', "Roe", "Roe Capital LLC"),
    # right before and still: the nearest name's, or a role's holder, or a descriptor's name
    ('Roe Capital LLC, a subsidiary of Acme Fund LP ("Roe")', "Roe", "Roe Capital LLC"),
    ('Roe Capital LLC, the general partner of Acme Fund LP (the "General Partner")',
     "General Partner", "Roe Capital LLC"),
    ('Jane Roe, the President of Acme Corp. ("Acme")', "Acme", "Acme Corp."),
    ('Acme Bank, a subsidiary of Acme Holdings Inc. ("Holdings")', "Holdings",
     "Acme Holdings Inc."),
    ('Roe Capital LLC, the general partner of Acme Fund LP ("Fund") holds', "Fund",
     "Acme Fund LP"),
    ('Roe Capital LLC, the general partner of Roe Fund LP ("Roe") holds', "Roe", "Roe Fund LP"),
    ('Roe Capital LLC, the general partner of Acme Fund LP ("Beta") holds', "Beta",
     "Acme Fund LP"),
])
def test_term_after_role_of_other(text, term, bound):
    assert [(t.term, t.name) for t in find_defined_terms(SourceText("x.txt", text))] == \
        [(term, bound)]


@pytest.mark.parametrize("text, role", [
    ("Roe Capital LLC, the general partner of ", "general partner "),
    ("Roe Capital LLC, the sole member of the ", "sole member "),
    ("Acme Fund LP, the owner of ", "owner "),
])
def test_the_role_before_name(text, role):
    assert THE_ROLE_BEFORE_NAME.search(text)["role"] == role


@pytest.mark.parametrize("text", [
    "Roe Capital LLC, a general partner of ",   # "a": DEFINED_TERM's descriptor reads it
    "Roe Capital LLC, the President of ",       # a title: the name read holds it
    "Roe Capital LLC, the fund managed by ",    # no "of"
    "Roe Capital LLC the general partner of ",  # no comma
])
def test_the_role_before_name_not(text):
    assert THE_ROLE_BEFORE_NAME.search(text) is None


def test_holder_of_role_before():
    flat = 'Roe Capital LLC, the general partner of Acme Fund LP ("Roe Capital")'
    at = flat.index("Acme")
    assert holder_of_role_before(flat, at, "Roe Capital", "Acme Fund LP") == "Roe Capital LLC"
    assert holder_of_role_before(flat, at, "Acme", "Acme Fund LP") == "Acme Fund LP"
    assert holder_of_role_before(flat, at, "Beta", "Acme Fund LP") == "Acme Fund LP"
    assert abbreviates("RCL", "Roe Capital LLC") and not abbreviates("Roe", "Acme Fund LP")
