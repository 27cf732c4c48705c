"""Form D issuers: an issuer's legal form, and which issuer or co-issuer a name in a
clarification names.

A clarification may name the issuer by its name ("General Partner of Acme Fund II-A, L.P.",
"CEO of Acme Biotech", "Managing Member of the General Partner of Acme Parallel Fund II"); a
name is an issuer's when it is that name but for an article, the legal form, case and
punctuation (:func:`named_issuer`). What a role means may hang on the issuer's legal form
("Managing Member" is an LLC's: :func:`issuer_form`).

Examples
--------
>>> issuer_form("Acme Fund I, L.P."), is_llc("Acme Fund I, LLC")
('lp', True)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from graphkit import regex_cache
from graphkit.models import PartyRole
from graphkit.parsers.formd_clarify import (Clarification, ClarificationKind,  # noqa: F401
                                            read_clarification)
from graphkit.parsers.partybook_names import _bare_key

if TYPE_CHECKING:  # the builder calls into this module
    from graphkit.parsers.formd_builder import FormDBuilder


#: The legal form at the end of an issuer's name, by its group: ``llc`` "LLC", "L.L.C.",
#: "Limited Liability Company"; ``lp`` "L.P.", "LP", "LLLP", "Limited Partnership"; ``other``
#: "Inc.", "Corp.", "Ltd.", "Trust" ("Acme Real Estate Fund I, LLC")
LEGAL_FORM_END = regex_cache.compile(r"""
    \b(?:(?P<llc>L\.?\s?L\.?\s?C|limited\s+liability\s+company)
      |(?P<lp>(?:L\.?\s?){1,2}L\.?\s?P|L\.?\s?P|limited\s+partnership)
      |(?P<other>inc|incorporated|corp|corporation|co|company|ltd|limited|trust|plc|S\.?A))
    \.?\s*$
""", re.VERBOSE | re.IGNORECASE)


def issuer_form(name: str, entity_type: Optional[str] = None) -> Optional[str]:
    """An issuer's legal form, "llc", "lp" or "other": by the legal form its name ends with
    (:data:`LEGAL_FORM_END`), else by the entity type the form states ("Limited Liability
    Company", "Limited Partnership"); None when neither says.

    >>> issuer_form("Acme Fund I, LLC", "Limited Partnership"), issuer_form("Acme Fund I, L.P.")
    ('llc', 'lp')
    >>> issuer_form("Acme Fund I", "Limited Liability Company"), issuer_form("Acme Fund I")
    ('llc', None)
    """
    m = LEGAL_FORM_END.search(name)
    if m is not None:
        return next(k for k, v in m.groupdict().items() if v)
    kind = (entity_type or "").lower()
    return ("llc" if "limited liability company" in kind else
            "lp" if "partnership" in kind else "other" if kind else None)


def is_llc(name: str, entity_type: Optional[str] = None) -> bool:
    """Whether an issuer is a limited liability company (:func:`issuer_form`).

    >>> is_llc("Acme Fund I, LLC"), is_llc("Acme Fund I, L.P."), is_llc("Acme Fund I")
    (True, False, False)
    """
    return issuer_form(name, entity_type) == "llc"


def issuer_of(b: FormDBuilder, role: Clarification) -> Optional[str]:
    """The id of the issuer a role at the issuer, a box's role or a title is stated of:
    "issuer" (the primary issuer) when the role names none by its name, else the issuer or
    co-issuer so named (:func:`named_issuer`; a title's also by a shortened name: "CEO of
    AcmeBio"), else None (another party). Roles of other kinds: "issuer".

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Fund II, L.P.", "organization", ["issuer"], None, party_id="issuer")
    >>> _ = b.add_party("Acme Fund II-A, L.P.", "organization", ["issuer"], None, party_id="p1")
    >>> [issuer_of(b, read_clarification(t)) for t in ("General Partner", "General Partner of "
    ...     "Acme Fund II-A, L.P.", "General Partner of Acme GP, LLC")]
    ['issuer', 'p1', None]
    """
    if role.named is None or role.kind not in NAMED_ISSUER_KINDS:
        return "issuer"
    return named_issuer(b, role.named, short=role.kind == ClarificationKind.TITLE)


#: The kinds of reading whose ``named`` party is an issuer (:func:`issuer_of`)
NAMED_ISSUER_KINDS = frozenset({ClarificationKind.ROLE_AT_ISSUER, ClarificationKind.BOX,
                                ClarificationKind.TITLE})


def names_issuer(b: FormDBuilder, name: Optional[str], short: bool = False) -> bool:
    """Whether ``name`` is the issuer's name, or a co-issuer's, but for an article, its legal
    form, case and punctuation ("Managing Member of the General Partner of Acme Fund II");
    ``short``: or a shortened name (:func:`named_issuer`).

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Fund II, L.P.", "organization", ["issuer"], None, party_id="issuer")
    >>> names_issuer(b, "Acme Fund II"), names_issuer(b, "Acme Fund III"), names_issuer(b, None)
    (True, False, False)
    """
    return named_issuer(b, name, short) is not None


#: The fewest letters of a shortened issuer name ("Acme" of "Acme Biotech, Inc."): fewer
#: ("AB") start too many names
SHORT_NAME_MIN = 4


def _words(name: str) -> list[str]:
    """The words of ``name`` in lower case, letters and digits only: "Acme Holdings, L.L.C." ->
    ["acme", "holdings", "llc"] (so "Acme, Inc." never opens "Acme Income Fund": review s17c)."""
    return re.findall(r"[0-9a-z]+", re.sub(r"(?<=[A-Za-z])\.(?=[A-Za-z]\.)", "", name).lower())


#: A description after a name, in apposition: ", a Delaware limited partnership" of "General
#: Partner of Acme Growth Fund II, a Delaware limited partnership" (review formd16 M3)
DESCRIBED = regex_cache.compile(r"""
    ,\s+an?\s+(?:[A-Z][\w.\-]*\s+){0,3}(?i:limited\s+partnership|limited\s+liability\s+company
      |corporation|exempted\s+company|company|statutory\s+trust|trust)\s*\.?\s*$
""", re.VERBOSE)


def named_issuer(b: FormDBuilder, name: Optional[str], short: bool = False) -> Optional[str]:
    """The id of the issuer (or else co-issuer) whose name ``name`` is, but for an article,
    its legal form, case and punctuation; ``short``: or whose name starts with ``name``
    ("Acme", "AcmeBio" of "Acme Biotech, Inc.": an officer's title "of AcmeBio" is not sure to
    be held elsewhere, and stays the issuer's); None when it names none.

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Biotech, Inc.", "organization", ["issuer"], None, party_id="issuer")
    >>> named_issuer(b, "ACME BIOTECH"), named_issuer(b, "AcmeBio")
    ('issuer', None)
    >>> named_issuer(b, "AcmeBio", short=True)
    'issuer'
    >>> named_issuer(b, "Acme Holdings", True) is None, named_issuer(b, "Acme Bio Inc.", True) is None
    (True, True)
    >>> named_issuer(b, "the Acme Biotech, a Delaware corporation")
    'issuer'
    >>> named_issuer(b, "Acme Biotech Inc", short=True)  # a name that opens the issuer's
    'issuer'
    """
    key = _bare_key(DESCRIBED.sub("", name or ""))
    if not key:
        return None
    # a name with its legal form is whole: "Acme Capital, LLC" is not "Acme Capital Fund I,
    # L.P." (review formd17 H2), but opens "Acme Holdings LLC - Series A" (review s17b M2)
    formed = LEGAL_FORM_END.search((name or "").strip()) is not None
    whole = _words(DESCRIBED.sub("", name or ""))
    hits = [p.id for p in b.parties if PartyRole.ISSUER in p.roles and (
        _bare_key(p.name) == key or short and (
            _words(p.name)[:len(whole)] == whole if formed
            else len(key) >= SHORT_NAME_MIN and _bare_key(p.name).startswith(key)))]
    return "issuer" if "issuer" in hits else (hits[0] if hits else None)
