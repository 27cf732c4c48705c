"""A cover name that names two parties: two persons ("Jane Q. Roe and John A. Doe", "Jane Roe
and John Roe JTWROS"), or a company and a person, or two companies ("Acme Investments, Ltd. and
Jane Q. Roe"); each then reports the cover's numbers. A firm's name holding "and" ("Roe and
Company", "Acme Research and Management Inc.") is one name.

>>> two_persons("Jane Q. Roe and John A. Doe")
('Jane Q. Roe', 'John A. Doe')
>>> joint_parties("Acme Fund, L.P. and Acme GP, LLC")
('Acme Fund, L.P.', 'Acme GP, LLC')
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.models import PartyKind
from graphkit.names import guess_kind, org_words

#: A cover name that joins two names with "and": "Jane Q. Roe and John A. Doe" (whether
#: both are persons' names is :func:`two_persons`'s to tell)
TWO_PERSON_NAMES = regex_cache.compile(r"""
    ^(?P<a>[^,&;()]+?)\s+and\s+(?P<b>[^,&;()]+)$
""", re.VERBOSE | re.IGNORECASE)

#: How two persons hold together, after their names on one cover: "Jane Roe and John Roe
#: JTWROS", "..., JT TEN", "..., Trustees", "... TTEES", "... TIC", "..., as joint tenants"
OWNERSHIP_MARK = regex_cache.compile(r"""
    ,?\s+(?:JTWROS|JT[ ]?TEN|JT[ ]?WROS|TIC|TEN[ ]?COM|TTEES?|Trustees|Co-?Trustees
    |as\s+(?:joint\s+tenants|tenants\s+in\s+common|co-?trustees|trustees)
     (?:\s+with\s+(?:full\s+)?rights?\s+of\s+survivorship)?)\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A cover name joining a company and a person, or two companies, with "and": "Acme
#: Investments, Ltd. and Jane Q. Roe", "Acme Fund, L.P. and Acme GP, LLC" (each side is told
#: by :func:`joint_parties`; one "and" is tried after another: "Roe and Doe Holdings, Inc. and
#: Jane Q. Roe" splits at the second; "AND" as a name typed in capitals prints it)
JOINED_AT = regex_cache.compile(r"""\s+(?:and|AND)\s+""", re.VERBOSE)

#: The legal form that ends a company's name: ", Ltd.", " Inc.", ", L.P.", " LLC", " Corp."
LEGAL_FORM_END = regex_cache.compile(r"""
    [,\s](?:Inc|Ltd|Limited|L\.?\s?L\.?\s?C|L\.?\s?P|L\.?\s?L\.?\s?P|Corp|Corporation|Co|Company
    |plc|N\.\s?V|S\.\s?A|B\.\s?V|GmbH|AG)\.?$
""", re.VERBOSE | re.IGNORECASE)

#: Words that name no firm on their own, before a legal form: the "Co., LLC" of "J.Q. Roe and
#: Co., LLC", "Associates, Inc.", "Sons Co.", "Subsidiaries, Inc." (a firm's name holding
#: "and", not a second party)
GENERIC_FIRM_WORD = regex_cache.compile(r"""
    ^(?:&|and|the|co|company|companies|associates|sons|brothers|partners|affiliates
    |subsidiaries|subsidiary|group|holdings)$
""", re.VERBOSE | re.IGNORECASE)

#: A person's name with an initial, as one side of a joined cover name: "Jane Q. Roe",
#: "John Q.R. Doe", "J. Gary Roe, Jr." (a name without one, "Acme Research", may be a firm's)
PERSON_WITH_INITIAL = regex_cache.compile(r"""
    ^(?=.*\b[A-Z]\.)
    (?:(?:[A-Z]\.)+|[A-Z][a-z'\-]+)(?:\s+(?:(?:[A-Z]\.)+|[A-Z][a-z'\-]+)){1,4}
    (?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?$
""", re.VERBOSE)

#: A person's name in EDGAR's inverted order, a bare initial last: "Marxe Austin W",
#: "Roe Jane Q" (the natural order writes "Jane Q. Roe")
INVERTED_PERSON = regex_cache.compile(r"""
    ^(?P<last>[A-Z][A-Za-z'\-]+)\s+(?P<given>[A-Z][A-Za-z'\-]+)\s+(?P<initial>[A-Z])$
""", re.VERBOSE)


def two_persons(name: str) -> Optional[tuple[str, str]]:
    """The two persons of a cover name that joins two persons' names with "and" ("Jane Q. Roe
    and John Doe"), or None: each side must read as a person's name of two to five words, with
    no word of an organization's. How they hold together ("JTWROS", "as joint tenants",
    "Trustees") is no part of the names, and a name in inverted order ("Roe Jane Q") is read
    in natural order.

    >>> two_persons("Jane Q. Roe and John A. Doe")
    ('Jane Q. Roe', 'John A. Doe')
    >>> two_persons("Jane Roe and John Roe JTWROS"), two_persons("Roe Jane Q and Doe John A")
    (('Jane Roe', 'John Roe'), ('Jane Q. Roe', 'John A. Doe'))
    >>> two_persons("Roe and Doe Holding Corp") is None, two_persons("Roe and Doe") is None
    (True, True)
    """
    name = name.strip()
    while True:
        bare = OWNERSHIP_MARK.sub("", name)
        if bare == name:
            break
        name = bare
    m = TWO_PERSON_NAMES.match(name)
    if m is None:
        return None
    a, b = m["a"].strip(), m["b"].strip()
    for side in (a, b):
        if not 2 <= len(side.split()) <= 5 or org_words(side) or \
                guess_kind(side) is not PartyKind.PERSON:
            return None
    return _natural_order(a), _natural_order(b)


def joint_parties(name: str) -> Optional[tuple[str, str]]:
    """The two parties of a cover name that joins a company and a person, or two companies,
    with "and" ("Acme Investments, Ltd. and Jane Q. Roe"), or None. A company's side must end
    in its legal form (:data:`LEGAL_FORM_END`), so a firm's name holding "and" is one name
    ("Roe and Company", "Acme Research and Management Inc."); a person's side reads as a
    person's name with an initial (:data:`PERSON_WITH_INITIAL`). Two persons are
    :func:`two_persons`'s.

    >>> joint_parties("Acme Investments, Ltd. and Jane Q. Roe")
    ('Acme Investments, Ltd.', 'Jane Q. Roe')
    >>> joint_parties("Acme Fund, L.P. and Acme GP, LLC")
    ('Acme Fund, L.P.', 'Acme GP, LLC')
    >>> joint_parties("ACME INVESTMENTS, LTD. AND JANE Q. ROE")
    ('ACME INVESTMENTS, LTD.', 'JANE Q. ROE')
    >>> joint_parties("Roe and Company"), joint_parties("Acme Research and Management Inc.")
    (None, None)
    >>> joint_parties("Jane Q. Roe and John A. Doe") is None
    True
    >>> joint_parties("J.Q. Roe and Co., LLC"), joint_parties("Jane Q. Roe and Associates, Inc.")
    (None, None)
    """
    name = name.strip(" .,;") if not LEGAL_FORM_END.search(name.strip()) else name.strip()
    for m in JOINED_AT.finditer(name):
        a, b = name[:m.start()].strip(" ,"), name[m.end():].strip()
        kinds = [joint_side_kind(a), joint_side_kind(b)]
        if None not in kinds and PartyKind.ORGANIZATION in kinds:
            return a, b
    return None


def joint_side_kind(side: str) -> Optional[PartyKind]:
    """The kind of one side of a joined cover name: a company's name ending in its legal form,
    a person's name with an initial, or None (no party's name on its own).

    >>> joint_side_kind("Acme Investments, Ltd").value, joint_side_kind("John Q.R. Doe").value
    ('organization', 'person')
    >>> joint_side_kind("Acme Research"), joint_side_kind("Inc.")
    (None, None)
    >>> joint_side_kind("Co., LLC"), joint_side_kind("Associates, Inc."), joint_side_kind("Sons Co.")
    (None, None, None)
    >>> joint_side_kind("its subsidiary Acme Co.") is None
    True
    >>> joint_side_kind("JOHN Q.R. DOE").value, joint_side_kind("ACME RESEARCH")
    ('person', None)
    """
    if not side[:1].isupper() and not side[:1].isdigit():
        return None  # "its wholly-owned subsidiary Acme Co.": no name of its own
    form = LEGAL_FORM_END.search(side)
    if form is not None and len(side.split()) >= 2:
        words = [w.strip(".,") for w in side[:form.start()].split()]
        if all(GENERIC_FIRM_WORD.match(w) for w in words if w):
            return None  # "Co., LLC" of "J.Q. Roe and Co., LLC": one firm's name
        return PartyKind.ORGANIZATION
    # a name typed in capitals read as if in title case: "JANE Q. ROE" as "Jane Q. Roe"
    if PERSON_WITH_INITIAL.match(side.title() if side.isupper() else side) and \
            not org_words(side):
        return PartyKind.PERSON
    return None


def _natural_order(name: str) -> str:
    """A person's name in natural order: "Roe Jane Q" -> "Jane Q. Roe"; others as written."""
    m = INVERTED_PERSON.match(name)
    return f"{m['given']} {m['initial']}. {m['last']}" if m else name
