"""A person's name printed surname first in a signature block ("Name: Roe, Jane", "/s/ Roe,
Jane", "attorney-in-fact for Roe, Jane"), put in natural order ("Jane Roe") as the signer or
the principal of an attorney-in-fact: one person, written one way across the filing's claims.

Only a given name is put first: one the table of given names knows
(:mod:`resolvers.given_names`), an initial, or a name with a middle initial ("Roe, Jane Q.").
A given name the table does not know ("Roe, Kay") is put first when something else says it is
one: a title after a second comma ("Roe, Kay, Trustee": a firm is not printed so), or the
filing's text naming the person in natural order ("Kay Roe" on a cover page). A suffix, a
degree, an office or its abbreviation ("Roe, Jr.", "Doe, Esq.", "Roe, VP", "Roe, Founder") and
a firm of two surnames ("Roe, Ross") stay as written.

Examples
--------
>>> first_name_first("Roe, Jane"), first_name_first("ROE, JANE Q.")
('Jane Roe', 'JANE Q. ROE')
>>> first_name_first("Acme, Inc."), first_name_first("Roe, President"), first_name_first("Roe, VP")
('Acme, Inc.', 'Roe, President', 'Roe, VP')
>>> first_name_first("Roe, Jane, Trustee"), first_name_first("Roe, Kay, Trustee")
('Jane Roe, Trustee', 'Kay Roe, Trustee')
>>> first_name_first("Roe, Kay"), first_name_first("Roe, Kay", text="KAY ROE\\n...")
('Roe, Kay', 'Kay Roe')
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.partybook_names import TRAILING_CAPACITY
from graphkit.parsers.signature_lines import is_title_line
from graphkit.parsers.signature_names import names_entity
from resolvers.given_names import known_given_name
from resolvers.persons import SUFFIXES

#: A person's name printed surname first, a given name alone (and an initial) after the
#: comma: "Roe, Jane", "ROE, JANE Q." (not "Jane Roe, Richard Poe": two persons' names)
SURNAME_FIRST = regex_cache.compile(r"""
    ^[ \t]*[A-Za-z'\-]+,[ \t]*[A-Z][A-Za-z'\-]*\.?(?:[ \t]+[A-Z]\.?)?[ \t]*$
""", re.VERBOSE)
#: A name printed surname first (group ``name``) with a title after a second comma (group
#: ``title``): "Roe, Jane, Trustee", "ROE, JANE Q., CO-TRUSTEE"
SURNAME_FIRST_TITLED = regex_cache.compile(r"""
    ^(?P<name>[ \t]*[A-Za-z'\-]+,[ \t]*[A-Z][A-Za-z'\-]*\.?(?:[ \t]+[A-Z]\.?)?)
    [ \t]*,[ \t]*(?P<title>[^,]+?)[ \t]*$
""", re.VERBOSE)


#: A word that may be a given name the table does not know: a capitalised word of letters, with
#: an apostrophe after its first letter or a hyphen ("Kay", "Priya", "D'Arcy", "Anne-Marie"), or
#: in capitals ("KAY", "D'ARCY"); not "Ph.D.", "M.D." nor a letter alone
GIVEN_SHAPE = regex_cache.compile(r"""
    ^(?:[A-Z](?:'[A-Z])?[a-z]+(?:-[A-Z][a-z]+)?      # "Kay", "D'Arcy", "Anne-Marie"
      |[A-Z](?:'[A-Z])?[A-Z]+(?:-[A-Z]{2,})?)$        # "KAY", "D'ARCY"
""", re.VERBOSE)
#: Words printed after a surname's comma that name no one, though neither the table of given
#: names nor the titles of :func:`~graphkit.parsers.signature_lines.is_title_line` know them:
#: offices abbreviated, degrees, capacities and words of status ("Roe, VP", "Roe, CPA", "Roe,
#: Founder", "Roe, Personally", "Roe, Deceased"), lower-cased
NOT_GIVEN_NAMES = frozenset(SUFFIXES) | frozenset("""
    vp svp evp avp ceo cfo coo cto cio cco gc mba llm jd dds rn esquire
    owner founder cofounder co-founder partner member manager principal agent proxy nominee
    personally individually deceased beneficiary grantor settlor donor receiver liquidator
    fiduciary custodian guardian trustee executor executrix administrator conservator attorney
    director officer president chairman chairwoman secretary treasurer controller signatory
""".split())
#: The natural order of a name printed surname first, as a template of a pattern filled with
#: the given name and the surname (each escaped): "Kay Roe", "KAY Q. ROE" for "Roe, Kay" (any
#: case, a middle initial between)
NATURAL_ORDER = r"""(?<![A-Za-z]){given}[ \t]+(?:[A-Za-z]\.?[ \t]+)?{last}(?![A-Za-z])"""


def _given_name(given: str) -> bool:
    """True when ``given``, the words after the comma, read as a given name: one the table
    knows, or with an initial ("J.", "Jane Q."); not "VP", "Jr.", "Esq.", "Poe".

    >>> _given_name("Jane"), _given_name("J."), _given_name("Kay Q."), _given_name("CPA")
    (True, True, True, False)
    """
    words = given.split()
    if any(len(w.rstrip(".")) == 1 for w in words):
        return True
    return bool(words) and known_given_name(words[0].rstrip(".").lower())


def _may_be_given(given: str, last: str) -> bool:
    """True when ``given``, one word after the surname ``last`` and its comma, may be a given
    name the table does not know (:data:`GIVEN_SHAPE`): not a word of
    :data:`NOT_GIVEN_NAMES`, nor in capitals unless the surname is too ("Roe, VP").

    >>> _may_be_given("Kay", "Roe"), _may_be_given("KAY", "ROE"), _may_be_given("VP", "Roe")
    (True, True, False)
    >>> _may_be_given("Founder", "Roe"), _may_be_given("Ph.D.", "Roe")
    (False, False)
    """
    return GIVEN_SHAPE.match(given) is not None and given.lower() not in NOT_GIVEN_NAMES and \
        (not given.isupper() or last.isupper())


def _natural_order(name: str, text: str, titled: bool) -> str | None:
    """``name``, printed surname first (:data:`SURNAME_FIRST`), in natural order when the
    words after its comma are a given name (:func:`_given_name`), or may be one and the name is
    ``titled`` or ``text`` names it in natural order (:data:`NATURAL_ORDER`); else None."""
    if not SURNAME_FIRST.match(name) or names_entity(name):
        return None
    last, _, given = name.partition(",")
    last, given = last.strip(), given.strip()
    if is_title_line(given):
        return None  # "Roe, Director"
    if not _given_name(given):
        if not _may_be_given(given, last):
            return None  # "Roe, Jr.", "Roe, VP", "Roe, Founder"
        if not titled and re.search(NATURAL_ORDER.format(given=re.escape(given),
                                                         last=re.escape(last)),
                                    text, re.I) is None:
            return None  # "Roe, Ross": no "Ross Roe" in the filing
    return f"{given} {last}"


def first_name_first(name: str, text: str = "") -> str:
    """``name`` in natural order when it is a person's printed surname first
    (:data:`SURNAME_FIRST`) and a given name after the comma (:func:`_natural_order`; one the
    table does not know when ``text``, the filing's, names the person in natural order): "Roe,
    Jane Q." is "Jane Q. Roe", "Roe, Jane, Trustee" "Jane Roe, Trustee" (a title after a
    second comma, :data:`SURNAME_FIRST_TITLED`); any other name as it is (a firm's "Acme,
    Inc.", "Roe, Ross", a name and title "Roe, Director", "Roe, VP", "Jane Roe, Jr.").

    >>> first_name_first("O'Roe, Jane"), first_name_first("Jane Roe, Jr."), first_name_first("Roe, J.")
    ("Jane O'Roe", 'Jane Roe, Jr.', 'J. Roe')
    >>> first_name_first("Roe, Founder, Trustee"), first_name_first("Roe, VP", text="VP Roe")
    ('Roe, Founder, Trustee', 'Roe, VP')
    """
    titled = SURNAME_FIRST_TITLED.match(name)
    if titled is not None and (is_title_line(titled["title"]) or
                               TRAILING_CAPACITY.match(" " + titled["title"])) and \
            (natural := _natural_order(titled["name"], text, titled=True)) is not None:
        return f"{natural}, {titled['title']}"  # "Roe, Jane, Trustee", "Roe, Kay, Trustee"
    return _natural_order(name, text, titled=False) or name
