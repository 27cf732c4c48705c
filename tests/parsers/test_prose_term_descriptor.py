"""A descriptor between a name and its defined term, opened by a comma or, after a legal
form's stop, by none ('Acme Lifestyle, Inc. a Delaware corporation ("Acme")': review LOW-11,
prose_term_patterns._DESCRIPTOR_OPENS). The opening without a comma binds no term wrongly; a
descriptor ending in another party's name ("a partner of Acme LP") did, with or without the
comma: the term "Acme" went to "Roe & Co." and now goes to the name it abbreviates (session 43,
RELATIVE_OF_TAIL widened from "subsidiary of"/"affiliate of" to any "<word> of <Name>").
No filing of the corpus has such a descriptor: invented names only.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.prose_term_patterns import DEFINED_TERM, RELATIVE_OF_TAIL
from graphkit.parsers.prose_terms import find_defined_terms
from graphkit.source import SourceText


@pytest.mark.parametrize("text, name, descriptor, term, bound", [
    # no comma after a legal form's stop: the descriptor opens, the term is the name's
    ('Acme Lifestyle, Inc. a Delaware corporation ("Acme") holds.', "Acme Lifestyle, Inc.",
     " a Delaware corporation ", "Acme", "Acme Lifestyle, Inc."),
    ('Acme Co. an investment adviser ("Adviser") holds shares.', "Acme Co.",
     " an investment adviser ", "Adviser", "Acme Co."),
    ('Acme Capital L.P. a Delaware limited partnership ("ACLP") holds.', "Acme Capital L.P.",
     " a Delaware limited partnership ", "ACLP", "Acme Capital L.P."),
    ('Acme Holdings Corp. an affiliate of Beta Holdings Inc. ("Beta") holds.',
     "Acme Holdings Corp.", " an affiliate of Beta Holdings Inc. ", "Beta",
     "Beta Holdings Inc."),
    # a descriptor ending in another party's name: the term is the one it abbreviates
    ('Roe & Co. a partner of Acme LP ("Acme") holds shares.', "Roe & Co.",
     " a partner of Acme LP ", "Acme", "Acme LP"),
    ('Roe & Co., a partner of Acme LP ("Acme") holds shares.', "Roe & Co.",
     ", a partner of Acme LP ", "Acme", "Acme LP"),
    ('Roe & Co. a general partner of Acme Fund L.P. (the "Fund") holds.', "Roe & Co.",
     " a general partner of Acme Fund L.P. ", "Fund", "Acme Fund L.P."),
    # ... and the name's own when it abbreviates that one, not the other
    ('Roe & Co. a general partner of Acme Fund L.P. (the "Roe") holds.', "Roe & Co.",
     " a general partner of Acme Fund L.P. ", "Roe", "Roe & Co."),
    ('Acme Tier II Corp. a wholly-owned subsidiary of Acme Parent ("Acme Tier II") holds.',
     "Acme Tier II Corp.", " a wholly-owned subsidiary of Acme Parent ", "Acme Tier II",
     "Acme Tier II Corp."),
])
def test_descriptor_after_legal_form(text, name, descriptor, term, bound):
    m = DEFINED_TERM.search(text)
    assert (m["name"], m["descriptor"], m["term"]) == (name, descriptor, term)
    assert [(t.term, t.name) for t in find_defined_terms(SourceText("x.txt", text))] == \
        [(term, bound)]


@pytest.mark.parametrize("text", [
    # no legal form's stop before: no descriptor opens without a comma
    'Acme Capital a Delaware corporation ("Acme") holds.',
    'Roe & Co a partner of Acme LP ("Acme") holds.',
])
def test_no_descriptor_without_stop(text):
    m = DEFINED_TERM.search(text)
    assert m is None or not m["descriptor"]


@pytest.mark.parametrize("descriptor, name", [
    (", a subsidiary of Acme Holdings Inc. ", "Acme Holdings Inc."),
    (" a partner of Acme LP ", "Acme LP"),
    (", the general partner of the Acme Fund L.P. ", "Acme Fund L.P."),
    (" a Delaware corporation ", None),
    (" an investment adviser ", None),
])
def test_relative_of_tail(descriptor, name):
    m = RELATIVE_OF_TAIL.search(descriptor)
    assert (m["name"].strip() if m else None) == name
