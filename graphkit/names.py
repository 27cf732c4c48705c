"""Telling persons from organizations, and tidying names as printed.

Parsers keep every name *as written*; these helpers only decide a party's kind and strip
layout debris (leading bullets, trailing punctuation, doubled spaces). Identity across spellings
is the resolver's business.

Examples
--------
>>> guess_kind("Trustco Capital Fund-V, L.P.")
<PartyKind.ORGANIZATION: 'organization'>
>>> guess_kind("Doe, Jane R.")
<PartyKind.PERSON: 'person'>
>>> guess_kind("ROE RICHARD E")
<PartyKind.PERSON: 'person'>
>>> guess_kind("XYZ Partners")
<PartyKind.ORGANIZATION: 'organization'>
>>> clean_name("  Acme Capital Fund-V. L.P.;  ")
'Acme Capital Fund-V. L.P.'
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphkit import regex_cache
from graphkit.models import PartyKind
from graphkit.name_degrees import strip_degrees  # noqa: F401  (re-exported)
from graphkit.organization_words import ORGANIZATION_WORDS, opens_institution_before
from resolvers.legal_forms import PERSON_NAME_FORMS

#: Names remembered by each cached helper below: pure functions of one name, asked about the
#: same names again and again (every spelling of every party of a filing, and the common
#: names of all filings).
NAME_CACHE_SIZE = 16384

#: One word of a person's name: a capitalised word or an initial ("Jane", "Q.", "O'Neil"), or
#: two or three initials written together ("C.W." of "Richard C.W. Roe", "J.R.R.")
_GIVEN = r"(?:(?:[A-Z]\.){2,3}(?![A-Za-z])|[A-Z][A-Za-z'\-]*\.?)"

#: Two or three initials written together, as one word: "C.W.", "N.A.", "S.p.A."
JOINED_INITIALS = regex_cache.compile(r"(?:[A-Za-z]\.){2,3}")

#: "Last, First M." as printed in Form D "Full Name (Last name first, if individual)"
LAST_FIRST = regex_cache.compile(r"""
    ^\s*(?P<last>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)?)\s*,\s*
    (?P<first>""" + _GIVEN + r"""(?:\s+""" + _GIVEN + r"""){0,3})\s*$
""", re.VERBOSE)

#: A bare person name: two to four capitalised words or initials, e.g. "Jane R. Doe",
#: "JOHN H. ROE", "R. Jane Doe", "Roe, Jr.", "John Q. Roe 3d" (a generation written "2d",
#: "3d", "4th"); initials written together after the first word only ("Jane Q.R. Roe"; not
#: "J.P. Acme", most often a company named after its founder); "JR." and "SR." as a name
#: typed in capitals prints them ("JOHN H. ROE, JR."), never with "OF" ("ESTATE OF JOHN ROE")
PERSON_WORDS = regex_cache.compile(r"""
    ^(?!.*\bOF\b)(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?
    [A-Z][A-Za-z'\-]*\.?(?:\s+""" + _GIVEN + r"""){1,4}
    (?:,?\s+(?:Jr|Sr|JR|SR|II|III|IV|[2-4](?:d|nd|rd|th)))?\.?$
""", re.VERBOSE)

_WORD = regex_cache.compile(r"[A-Za-z]+")

#: The first word of a name and the particle after it, in any case: "BANCO DE ACME", "Caisse
#: des Roe" (an institution where the word is one in the particle's case style: :func:`~graphkit.
#: organization_words.opens_institution_before`)
FIRST_WORD_PARTICLE = regex_cache.compile(r"""
    ^\s*(?P<first>\S+)\s+(?P<particle>(?i:de|des|di|du|da|das|do|dos|del|della))\s
""", re.VERBOSE)

#: The dot after a single initial followed by another: the first "." of "L.L.C." (-> "LLC.")
INITIAL_DOT = regex_cache.compile(r"""(?<=\b[A-Za-z])\.(?=[A-Za-z]\b\.?)""", re.VERBOSE)


def org_words(name: str) -> set[str]:
    """The organization words present in ``name``.

    >>> sorted(org_words("Acme Capital Management, L.L.C."))
    ['capital', 'llc', 'management']
    """
    return set(_org_words(name))


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _org_words(name: str) -> frozenset[str]:
    """:func:`org_words` as a frozen set (cached; the caller gets a copy it may change)."""
    compact = INITIAL_DOT.sub("", name)  # L.L.C. -> LLC.
    words = {w.lower() for w in _WORD.findall(compact.replace(".", ""))}
    return frozenset(words & ORGANIZATION_WORDS)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def guess_kind(name: str) -> PartyKind:
    """``person`` or ``organization`` from the name alone.

    Any organization word (legal form or business noun) makes an organization; otherwise a name
    shaped like a person's ("First M. Last", "Last, First", "LAST FIRST M") is a person, and
    anything else an organization. A degree after a name is none of its words ("Jane Roe,
    Ph.D."; :func:`~graphkit.name_degrees.strip_degrees`).

    >>> guess_kind("JOHN H. ROE, JR.").value, guess_kind("ESTATE OF JOHN A. ROE, JR.").value
    ('person', 'organization')
    >>> guess_kind("BANCO DE ACME").value, guess_kind("JANE DE ROE").value
    ('organization', 'person')
    """
    if _org_words(name) or "&" in name or _form_at_end(name) or \
            ((m := FIRST_WORD_PARTICLE.match(name)) and
             opens_institution_before(m["first"], m["particle"])):
        return PartyKind.ORGANIZATION  # also "BANCO DE ACME", in capitals like "JANE DE ROE"
    n = strip_degrees(clean_name(name))
    if LAST_FIRST.match(n) or PERSON_WORDS.match(n):
        return PartyKind.PERSON
    return PartyKind.ORGANIZATION


def _form_at_end(name: str) -> bool:
    """True when the name ends in a legal form that may also be a person's initials or surname
    (:data:`~resolvers.legal_forms.PERSON_NAME_FORMS`), written where it is a form: after the
    last comma ("Acme Bank, N.A.", "Acme, AG"), or as initials written together ("Acme N.A.").

    >>> _form_at_end("Acme Bank, N.A."), _form_at_end("Acme N.A.")
    (True, True)
    >>> _form_at_end("Roe, J.Q."), _form_at_end("Roe Richard C.W.")
    (False, False)
    """
    head, comma, tail = name.rpartition(",")
    if not (comma and head.strip()):
        last = name.split()[-1] if len(name.split()) > 1 else ""
        tail = last if JOINED_INITIALS.fullmatch(last) else ""
    words = [w.lower() for w in _WORD.findall(tail)]
    return bool(words) and (" ".join(words) in PERSON_NAME_FORMS
                            or "".join(words) in PERSON_NAME_FORMS)


_EDGE_JUNK = " \t\r\n;:,•·*-–—_|\"'"

#: Three question marks inside a name, where EDGAR's ASCII copy put one character of three
#: UTF-8 bytes: a thin, zero-width or no-break space or a dash between two words ("Acme
#: Partners???Fund I GP LP"), read as a space; a curly apostrophe after a lone O, D or L or
#: before "s" ("O???Brien", "Roe???s": group ``apostrophe``), read as "'"; a dash between
#: digits ("2020???2021": group ``dash``), read as "-". Two ("Soci??t??": an accented letter)
#: are kept, as is one ("Fund?"): which letter or mark it was cannot be told.
EDGAR_LOST_SPACE = regex_cache.compile(r"""
    (?P<apostrophe>(?<=(?<![A-Za-z])[ODLodl])\?{3}(?=[A-Z])|(?<=[A-Za-z])\?{3}(?=s(?![A-Za-z])))
    |(?P<dash>(?<=[0-9])\?{3}(?=[0-9]))
    |(?<=[A-Za-z0-9.,)])\?{3}(?=[A-Za-z0-9(])""", re.VERBOSE)


def _lost_character(m: re.Match[str]) -> str:
    """What EDGAR's "???" of :data:`EDGAR_LOST_SPACE` stood for."""
    return "'" if m["apostrophe"] else "-" if m["dash"] else " "


@lru_cache(maxsize=NAME_CACHE_SIZE)
def clean_name(name: str) -> str:
    """Strip layout debris around a name and squeeze inner whitespace; keep the spelling (a
    character EDGAR replaced by "???" between two words is read as a space).

    >>> clean_name("  Acme Partners???Fund I GP LP, "), clean_name("O???Brien Roe???s Trust")
    ('Acme Partners Fund I GP LP', "O'Brien Roe's Trust")
    """
    if "???" in name:
        name = EDGAR_LOST_SPACE.sub(_lost_character, name)
    n = " ".join(name.split())
    n = n.strip(_EDGE_JUNK)
    if n.endswith(",") or n.endswith(";"):
        n = n[:-1]
    return n


#: A trust named together with its trustee, as cover pages print a trust that reports: "THE
#: ACME FAMILY TRUST, JANE Q. ROE, TRUSTEE", "Roe Family Trust, Jane Roe, as Co-Trustee"
TRUST_WITH_TRUSTEE = regex_cache.compile(r"""
    ^(?P<trust>[A-Za-z].*?\bTrust)\s*,\s+
    (?P<trustee>[A-Za-z][A-Za-z.'\- ]{2,60}?)\s*,\s+(?:as\s+)?(?:co-?)?trustee\.?$
""", re.VERBOSE | re.IGNORECASE)


def split_trustee(name: str) -> tuple[str, str | None]:
    """The trust and its trustee of a name that states both; ``(name, None)`` otherwise.

    >>> split_trustee("THE ACME FAMILY TRUST, JANE Q. ROE, TRUSTEE")
    ('THE ACME FAMILY TRUST', 'JANE Q. ROE')
    >>> split_trustee("Acme Trust Company, Inc.")
    ('Acme Trust Company, Inc.', None)
    >>> split_trustee("Acme Trust, National Association, as Trustee")   # a bank, no person
    ('Acme Trust, National Association, as Trustee', None)
    """
    m = TRUST_WITH_TRUSTEE.match(clean_name(name))
    if m is None or not _reads_as_person(m["trustee"]):
        return name, None
    return m["trust"], m["trustee"]


#: Words of a bank's or other body's name that read like a person's: "National Association"
NOT_A_PERSON_WORD = regex_cache.compile(r"""\b(?:association|national|republic|federal)\b""",
                                        re.VERBOSE | re.IGNORECASE)


def _reads_as_person(name: str) -> bool:
    """True for a name that reads as a person's: two to five words, none of an organization's
    nor of a body's name that looks like a person's ("National Association").

    A trustee named after a trust may as well be a bank ("..., National Association, as
    Trustee"): only a person's name is split off as one.

    >>> _reads_as_person("DAVID J. ROE"), _reads_as_person("Jane Roe")
    (True, True)
    >>> _reads_as_person("National Association"), _reads_as_person("First Republic")
    (False, False)
    """
    words = name.split()
    return 2 <= len(words) <= 5 and not org_words(name) and not NOT_A_PERSON_WORD.search(name) \
        and guess_kind(name) is PartyKind.PERSON
