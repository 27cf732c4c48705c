"""Where an appositive about a role ends: "Jane Q. Roe, a Vice President of Acme Bank, ...".

:data:`graphkit.parsers.prose_patterns.HOLDER_THE_ROLE_OF` reads "X, the ROLE of Y" and lets
the held part be a list ("Acme GP, the general partner of Acme Fund I and Acme Fund II, may be
deemed"). Two kinds of sentence run such a list on past the appositive's end:

* a list of persons each with an appositive: "Jane Q. Roe, a Vice President of Acme Bank, John
  A. Doe, a Vice President of Acme Bank, and Mary S. Major, ..., were elected": the name after
  "Acme Bank" opens the next appositive (:data:`NEXT_APPOSITIVE`);
* a chain of appositives that ends in the clause's subject: "..., the general partner of Acme
  Fund, Jane Q. Roe may be deemed": the last name, joined by a bare comma and followed by a
  verb with no comma between, is the subject (:data:`SUBJECT_VERB_AFTER`).

:func:`appositive_held` cuts the held list there. A plural role after one name ("at the
Closing, the officers of Acme Corp. will continue") is no appositive at all
(:func:`lone_plural_role`): the name is the object of a preposition, the role the subject.
A title set off after a person's name ("Jane Q. Roe, Chairman of Acme LLC, ...") is read only
when it is an office (:func:`titled_person`).

"X, as the ROLE of Y, and A and B (by virtue of ...), have ..." ends the appositive at the comma
before "and": the names after it are further subjects of the clause, not held
(:func:`as_role_held`); so are those after "X, as the ROLE of Y, and B," when a plural verb
follows ("..., and Beta Fund, share voting power"). A pronoun ("his position as ...") is read
only when it may stand for its holder (:func:`pronoun_agrees`).

Examples
--------
>>> import re
>>> flat = "Jane Q. Roe, a Vice President of Acme Bank, John A. Doe, a Vice President of Acme Bank"
>>> m = re.search(r"(?P<held>Acme Bank, John A. Doe)", flat)
>>> appositive_held(flat, m, "held")
'Acme Bank'
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.models import PartyKind
from graphkit.names import guess_kind
from graphkit.parsers.prose_bare_roles import is_person_name
from graphkit.parsers.prose_lists import entity_kind, trim_name
from graphkit.parsers.prose_patterns import LIST_SEPARATOR, ROLES

_F = re.VERBOSE

#: The next appositive of a list of persons, right after a held list: ", a Vice President of "
#: of "Jane Q. Roe, a Vice President of Acme Bank, John A. Doe, a Vice President of ..."
NEXT_APPOSITIVE = regex_cache.compile(rf"""
    \s*,\s*(?:the|its|a|an)\s+{ROLES}\s+(?:of|to|for)\s
""", _F)

#: A verb right after a held list, with no comma before it: " may" of "the general partner of
#: Acme Fund, Jane Q. Roe may be deemed" (the last listed name is the subject of the clause)
SUBJECT_VERB_AFTER = regex_cache.compile(r"""
    \s+(?:may|might|is|are|has|have|shall|will|would|could|can|disclaims?|owns?|holds?)\b
""", _F)

#: What follows a held list of "X, as the ROLE of Y, and A" when the names after ", and" are
#: further subjects of the clause: an aside telling why they act (" (by virtue of their
#: control of Acme GP)", " (in their capacity as ...)"), a verb with no comma before it (" have
#: the shared power", " may be deemed") or after a comma and "each"/"both" (", each may be
#: deemed"), or their own appositive (", as trustee of ...").
#: "Acme GP, as the general partner of Acme Fund, and Jane Q. Roe and John A. Doe (by virtue of
#: their control of Acme GP), have the shared power to vote"
SUBJECTS_AFTER = regex_cache.compile(r"""
    \s*\((?:by\s+virtue\s+of|through\s|because\s+of|in\s+(?:its|his|her|their)\s+capacit)
  | \s*,\s*(?:as|in\s+(?:its|his|her|their)\s+capacit(?:y|ies)\s+as)\s
  | \s+(?:may|might|are|have|share|shall|will|would|could|can|each|both|disclaim|own|hold)\b
  | \s*,\s*(?:each|both)\s+(?:may|might|shall|will|has|have|shares?|disclaims?)\b
""", _F)

#: A plural verb after a comma that ends the held list of "X, as the ROLE of Y, and B": " share"
#: of "Acme GP, as the general partner of Acme Fund, and Beta Fund, share voting power" (X, one
#: holder of a singular role, shares nothing alone: B is a further subject, not held). Not after
#: a list of three ("of Acme Fund, Beta Fund, and Gamma Fund, share": the list is held whole;
#: cut, it would be a two-name list with no "and", which no writer means)
PLURAL_VERB_AFTER = regex_cache.compile(r"""
    \s*,\s*(?:share|have|are|were|own|hold|disclaim)\b
""", _F)

#: The comma and "and" that close an appositive's held list: ", and " of "Acme Fund, and Jane"
COMMA_AND = regex_cache.compile(r"""\s*,\s*and\s+""", _F)

#: A plural role word at the end of a role phrase: "the officers", "the general partners",
#: "the chairmen" (no singular role ends so: "Vice President", "sole owner")
PLURAL_ROLE = regex_cache.compile(r"""(?:s|men)\s*$""", _F)

#: A name of several: "the Small Cap Funds", "Acme Partners" (its last word is plural)
PLURAL_NAME = regex_cache.compile(r"""[a-z]s\s*$""", _F)

#: The end of a list before the holder of an appositive: "Jane Q. Roe and " of "Jane Q. Roe
#: and John A. Doe, the managing members of ..."
LIST_BEFORE = regex_cache.compile(r"""(?:,|\band)\s*$""", _F)


#: A list of names marked as one by the words before it: "each of " of "each of Acme Fund I and
#: Acme Fund II", "both " of "both Acme Fund I and Acme Fund II"
LIST_MARKED = regex_cache.compile(r"""(?:each\s+of|both)\s""", _F)


def appositive_held(flat: str, m: re.Match[str], group: str) -> str:
    """The held list of the appositive match ``m`` (its ``group``) in ``flat``, without a last
    name that opens the next appositive or is the subject of the clause after it.

    >>> flat = "Acme Inc., the general partner of Acme Fund, Jane Q. Roe may be deemed"
    >>> m = re.search(r"(?P<held>Acme Fund, Jane Q. Roe)", flat)
    >>> appositive_held(flat, m, "held")
    'Acme Fund'
    >>> flat = "Acme GP, the general partner of Acme Fund I and Acme Fund II, may be deemed"
    >>> m = re.search(r"(?P<held>Acme Fund I and Acme Fund II)", flat)
    >>> appositive_held(flat, m, "held")
    'Acme Fund I and Acme Fund II'
    """
    held = m[group]
    if m.groupdict().get("kind") and (first := LIST_SEPARATOR.search(held)) is not None:
        return _kind_held(held, first)
    last = _last_match(LIST_SEPARATOR, held)
    if last is None:
        return held
    after = m.end(group)
    if NEXT_APPOSITIVE.match(flat, after) is not None or (
            "and" not in last.group(0) and SUBJECT_VERB_AFTER.match(flat, after) is not None):
        return held[:last.start()]
    return held


def _kind_held(held: str, first: re.Match[str]) -> str:
    """The names ``held`` by an appositive after the kind of entity its holder is, ``first``
    the first list separator in them: the first name only ("Acme GP, a Delaware corporation and
    the GP of A, and Jane Roe": A), or a list marked as one ("each of A and B", "both A and B"),
    up to the name after its first "and" ("each of A, B and C, and Jane Roe": A, B and C).

    >>> first = LIST_SEPARATOR.search("Acme Fund, and Jane Roe")
    >>> _kind_held("Acme Fund, and Jane Roe", first)
    'Acme Fund'
    >>> held = "each of Acme Fund I, Acme Fund II and Acme Fund III, and Jane Roe"
    >>> _kind_held(held, LIST_SEPARATOR.search(held))
    'each of Acme Fund I, Acme Fund II and Acme Fund III'
    >>> held = 'each of Acme Fund I and Acme Fund II ("AGP"), and Jane Roe'
    >>> _kind_held(held, LIST_SEPARATOR.search(held))
    'each of Acme Fund I'
    """
    if not LIST_MARKED.match(held):
        return held[:first.start()]
    seps = [s for s in LIST_SEPARATOR.finditer(held)]
    ands = [k for k, s in enumerate(seps) if "and" in s.group(0)]
    listed = held[:seps[ands[0] + 1].start()] if ands and ands[0] + 1 < len(seps) else held
    if not ands or "(" in listed:
        # "each of A, B": no list closed; 'each of A and B ("Acme GP")': whose term it is
        # cannot be told (the holder's, printed after the list), and it would name B
        return held[:first.start()]
    return listed


def as_role_held(flat: str, m: re.Match[str], group: str) -> str:
    """The held list of the "X, as ROLE of Y" match ``m`` (its ``group``) in ``flat``, without
    the names after its last ", and" when they are further subjects of the clause
    (:data:`SUBJECTS_AFTER`): "Acme GP, as the general partner of Acme Fund, and Jane Q. Roe
    and John A. Doe (by virtue of their control of Acme GP), have ..." holds only Acme Fund.

    >>> flat = ("Acme GP, as the general partner of Acme Fund, and Jane Q. Roe and John A. Doe "
    ...         "(by virtue of their control of Acme GP), have the shared power")
    >>> m = re.search(r"(?P<held>Acme Fund, and Jane Q. Roe and John A. Doe)", flat)
    >>> as_role_held(flat, m, "held")
    'Acme Fund'
    >>> flat = "Acme GP, as general partner of Acme Fund, Beta Fund, and Gamma Fund, may vote"
    >>> m = re.search(r"(?P<held>Acme Fund, Beta Fund, and Gamma Fund)", flat)
    >>> as_role_held(flat, m, "held")
    'Acme Fund, Beta Fund, and Gamma Fund'
    >>> flat = "Acme GP, as general partner of Acme Fund, and Beta Partners, L.P., each may vote"
    >>> m = re.search(r"(?P<held>Acme Fund, and Beta Partners, L.P.)", flat)
    >>> as_role_held(flat, m, "held")
    'Acme Fund'
    >>> flat = "Acme GP, as the general partner of Acme Fund, and Beta Fund, share voting power"
    >>> m = re.search(r"(?P<role>general partner) of (?P<held>Acme Fund, and Beta Fund)", flat)
    >>> as_role_held(flat, m, "held")
    'Acme Fund'
    >>> flat = "Acme GP, as general partner of Acme Fund, Beta Fund, and Gamma Fund, share power"
    >>> m = re.search(r"(?P<role>general partner) of (?P<held>Acme Fund, Beta Fund, and Gamma "
    ...               r"Fund)", flat)
    >>> as_role_held(flat, m, "held")
    'Acme Fund, Beta Fund, and Gamma Fund'
    """
    held = m[group]
    last = _last_match(COMMA_AND, held)
    if last is None:
        return held
    after = m.end(group)
    if SUBJECTS_AFTER.match(flat, after) is None and (
            PLURAL_VERB_AFTER.match(flat, after) is None or PLURAL_ROLE.search(m["role"] or "")
            or LIST_SEPARATOR.search(held, 0, last.start()) is not None):  # "A, B, and C,"
        return held
    return held[:last.start()]


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` (a list's last separator), or None."""
    last = None
    for last in pattern.finditer(text):
        pass
    return last


def lone_plural_role(flat: str, m: re.Match[str]) -> bool:
    """True when the appositive match ``m`` gives a plural role ("the officers") to one name
    that ends no list and is no plural: "at the Closing, the officers of Acme Corp. will
    continue to be ..." states no role of "Closing" ("the Acme Funds, the general partners of
    Acme Master Fund" does).

    >>> flat = "At the Closing, the officers of Acme Corp. will continue"
    >>> m = re.search(r"(?P<holder>Closing), (?P<role>the officers) of", flat)
    >>> lone_plural_role(flat, m)
    True
    >>> flat = "Jane Q. Roe and John A. Doe, the managing members of Acme GP"
    >>> m = re.search(r"(?P<holder>John A. Doe), (?P<role>the managing members) of", flat)
    >>> lone_plural_role(flat, m)
    False
    >>> flat = "may direct the Acme Funds, the general partners of Acme Master Fund, to vote"
    >>> m = re.search(r"(?P<holder>Acme Funds), (?P<role>the general partners) of", flat)
    >>> lone_plural_role(flat, m)
    False
    """
    return (PLURAL_ROLE.search(m["role"]) is not None
            and PLURAL_NAME.search(m["holder"]) is None
            and LIST_BEFORE.search(flat[max(0, m.start("holder") - 8):m.start("holder")]) is None)


def titled_person(holder: str, role: str) -> bool:
    """Whether an appositive title ("Jane Q. Roe, Chairman of Acme LLC, ...") is read: the
    holder is a person's name, and the title an office, not a bare "Director" or "Managing
    Director" (job titles: "Director of Research of Acme Capital").

    >>> titled_person("Jane Q. Roe", "Chairman"), titled_person("CPA", "President")
    (True, False)
    >>> titled_person("Jane Q. Roe", "Managing Director")
    False
    """
    bare_director = role.lower().split()[-1:] == ["director"] and " and " not in role.lower()
    return not bare_director and guess_kind(trim_name(holder)) is PartyKind.PERSON


#: The roles an entity holds of another, whose bare title after an entity's name states the
#: role ("Acme Capital Management, L.P., Manager of the Issuer"): never a job title
ENTITY_ROLE_TITLE = regex_cache.compile(r"""
    (?:(?:Sole|Investment|Managing)\s+)?(?:Manager|General\s+Partner|Managing\s+Member
      |Adviser|Advisor|Sponsor|Trustee)
""", re.VERBOSE | re.IGNORECASE)


def titled_entity(holder: str, role: str) -> bool:
    """Whether an appositive title after an organization's name is read: the role is an
    entity's (:data:`ENTITY_ROLE_TITLE`), as in "Acme Capital LP, Manager of the Issuer", and the
    name has an organization word (:func:`~graphkit.parsers.prose_lists.entity_kind`).

    >>> titled_entity("Acme Capital Management, L.P.", "Manager")
    True
    >>> titled_entity("Acme Capital Management, L.P.", "Director"), titled_entity("Jane Roe",
    ...                                                                            "Manager")
    (False, False)

    The holder names an organization by a word of one ("L.P.", "Bank"), not a credential
    the name before it carries ("Jane Roe, CPA, Trustee of"):

    >>> titled_entity("CPA", "Trustee"), titled_entity("Acme Bank, N.A.", "Trustee")
    (False, True)
    """
    return (ENTITY_ROLE_TITLE.fullmatch(role.strip()) is not None
            and entity_kind(trim_name(holder)) is not None)


def title_read(holder: str, role: str, ends_sentence: bool) -> bool:
    """Whether an appositive title with no article after ``holder`` is read: an entity's
    role after an organization (:func:`titled_entity`), or a person's office
    (:func:`titled_person`); a person's title ending the sentence only when it is a trustee's
    and the name a whole person's ("held of record by Jane Roe, Trustee of the Roe Trust.",
    not "Signed by Jane Roe, President of Acme Corp." nor "Roe, Jane, Trustee of").

    >>> title_read("Jane Roe", "Trustee", True), title_read("Jane Roe", "President", True)
    (True, False)
    >>> title_read("Jane Roe", "President", False), title_read("Jane", "Trustee", True)
    (True, False)
    """
    if titled_entity(holder, role):
        return True
    return titled_person(holder, role) and (not ends_sentence or (
        "rustee" in role and is_person_name(trim_name(holder))))


def pronoun_agrees(pronoun: str, holder: str) -> bool:
    """Whether ``pronoun`` ("his", "her", "its") may stand for ``holder``: a person's pronoun
    for no organization, "its" for no person.

    >>> pronoun_agrees("his", "Jane Q. Roe"), pronoun_agrees("his", "Acme Fund, L.P.")
    (True, False)
    >>> pronoun_agrees("its", "Acme Fund, L.P."), pronoun_agrees("its", "Mr. Roe")
    (True, False)
    """
    kind = guess_kind(trim_name(holder))
    if pronoun.lower() == "its":
        return kind is not PartyKind.PERSON
    return kind is not PartyKind.ORGANIZATION
