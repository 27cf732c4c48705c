"""Who holds a bare plural role set off after a list: "Jane Roe and John Doe, members of Acme GP LLC".

:data:`graphkit.parsers.prose_patterns.HOLDER_THE_ROLE_OF` reads such a role with no article
(group ``bare``) only after a list of persons. The comma list before it often opens with the
filing's entities ("filed by Acme Fund LP ("Fund"), Acme GP LLC ("GP"), Jane Roe and John Doe,
members of GP"): only the unbroken run of persons just before the role holds it
(:func:`bare_role_holders`), and two at least, each a whole person's name ("Messrs. Roe and
Doe" gives "Doe", no name: nothing is read). The held list keeps only entities and ends before
the holder of a next appositive ("Trustees of the Roe Trust, and Richard Miles, Trustee of the
Miles Trust": not Richard Miles) (:func:`bare_role_held`). Nothing is read for a role said to
have ended ("members of Acme GP LLC until 2004") nor for the filing's issuer ("members of the
Issuer": for a company outside the United States its members are its shareholders), for a
family, board or committee ("members of the Roe Family": no party, :data:`GROUP_HELD`), nor for
a held list that "respectively" follows further on ("trustees of the Roe Trust and the Doe Trust,
respectively": the list read ends before "and the Doe Trust", and which holder holds which is
lost; a "respectively" right after the list pairs it in order, see
:func:`graphkit.parsers.prose_roles.role_pairs`).

Examples
--------
>>> bare_role_holders(["Acme Fund LP", "Acme GP LLC", "Jane Roe", "John Doe"])
['Jane Roe', 'John Doe']
>>> bare_role_holders(["Messrs. Roe", "Doe"])
[]
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_aside_patterns import TRUST_DATE
from graphkit.parsers.prose_lists import entity_kind, split_names, trim_name
from graphkit.parsers.prose_patterns import ROLES
from resolvers.given_names import known_given_name

_F = re.VERBOSE

#: A person's name with an honorific: "Mr. Roe", "Mrs. Jane Roe", "Dr. Doe"
HONORIFIC_NAME = regex_cache.compile(r"""(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][A-Za-z'\-]+""", _F)

#: A person's name with a middle initial: "Jamiel A. Akhtar", "Jane Q. Roe, Jr."
MIDDLE_INITIAL_NAME = regex_cache.compile(r"""
    [A-Z][A-Za-z'\-]+\s+[A-Z]\.\s+[A-Z][A-Za-z'\-]+(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?""", _F)

#: The holder of a next appositive right after a held list: ", Trustee of " of "Trustees of
#: the Roe Trust, and Richard Miles, Trustee of the Miles Trust"
NEXT_ROLE_AFTER = regex_cache.compile(rf"""
    \s*,\s*(?:(?:the|its|a|an)\s+)?{ROLES}\s+(?:of|to|for)\s""", _F)

#: Words after a held list that end the role or tie it to a time: " until" of "members of
#: Acme GP LLC until March 2004", " prior to", " through", " from"
ENDED_AFTER = regex_cache.compile(r"""
    \s*,?\s*(?:until|prior\s+to|through|from|formerly|since)\b""", _F)

#: The filing's issuer by its defined word: "Issuer", "Company" (as held: "members of the Issuer")
ISSUER_TERM = regex_cache.compile(r"""(?:the\s+)?(?:Issuer|Company|Registrant)""", _F)


#: A held name that is a group of persons, no party: "Roe Family", "the Board", "Investment
#: Committee" (not "Roe Family Office LLC", "Roe Family Trust")
GROUP_HELD = regex_cache.compile(r"""\b(?:Family|Board|Committee)\s*$""", _F)

#: "respectively" later in the sentence than the held list ("the Roe Trust| and the Doe Trust,
#: respectively"), not right after it (", respectively", paired in order by the caller)
RESPECTIVELY_LATER = regex_cache.compile(r"""
    (?!\s*+(?:,\s*+)?respectively\b)[^;]*?\brespectively\b""", _F)


def is_person_name(name: str) -> bool:
    """Whether ``name`` is a whole person's name: an honorific and a surname ("Mr. Roe"), or
    two to five words with no organization word that open with a known given name or hold a
    middle initial. A surname alone ("Doe") or a defined term ("Management") is not.

    >>> is_person_name("Jane Roe"), is_person_name("Jamiel Q. Akhtar"), is_person_name("Mr. Roe")
    (True, True, True)
    >>> is_person_name("Doe"), is_person_name("Partners II"), is_person_name("Acme GP LLC")
    (False, False, False)
    """
    name = name.strip()
    if not name or entity_kind(name) is not None:
        return False
    if HONORIFIC_NAME.fullmatch(name) or MIDDLE_INITIAL_NAME.fullmatch(name):
        return True
    words = name.replace(",", " ").split()
    return 2 <= len(words) <= 5 and known_given_name(words[0].lower())


#: A name shaped as a person's: two to four capitalised words of letters (a hyphen or an
#: apostrophe inside), no dot, e.g. "Ngozi Adeyemi-Roe" (a given name the list of known given
#: names lacks); not "Messrs. Roe"
PERSON_SHAPED = regex_cache.compile(r"""
    [A-Z][a-z]+(?:['’\-][A-Za-z][a-z]+)*(?:\s+[A-Z][a-z]+(?:['’\-][A-Za-z][a-z]+)*){1,3}
""", _F)


def bare_role_holders(holders: list[str]) -> list[str]:
    """The holders of a bare plural role: the unbroken run of persons ending the list
    ``holders``, or none when fewer than two or one name of the run is no whole person's
    ("Messrs. Roe and Doe"). A person is a name :func:`is_person_name` reads, or one shaped
    as a person's (:data:`PERSON_SHAPED`, with no organization word) beside one it reads.

    >>> bare_role_holders(["Jane Roe", "John Doe", "Mary Major"])
    ['Jane Roe', 'John Doe', 'Mary Major']
    >>> bare_role_holders(["Jane Roe", "Acme GP LLC", "John Doe"])
    []
    >>> bare_role_holders(["John K. Roe", "Ngozi Adeyemi-Roe"])
    ['John K. Roe', 'Ngozi Adeyemi-Roe']
    >>> bare_role_holders(["Priya Doe", "Ngozi Roe"])
    []
    """
    run: list[str] = []
    known = False
    for name in reversed(holders):
        name_ = trim_name(name)
        if is_person_name(name_):
            known = True
        elif PERSON_SHAPED.fullmatch(name_) is None or entity_kind(name_) is not None:
            break
        run.insert(0, name)
    return run if len(run) >= 2 and known else []


def bare_role_held(flat: str, held: str, end: int) -> list[str]:
    """The parties of the held list ``held`` (ending at ``end`` of ``flat``) that a bare plural
    role is of: no person (the holder of a next appositive), not the last name when the
    next appositive follows; none for a role that ended, for the issuer, for a party of a
    party ("of the Board of Acme"), a family, board or committee, a trust named with its date,
    or a list that "respectively" follows further on.

    >>> flat = "Jane Roe and John Doe, Trustees of the Roe Trust, and Richard Miles, Trustee of X"
    >>> bare_role_held(flat, "Roe Trust, and Richard Miles", flat.index(", Trustee"))
    ['Roe Trust']
    >>> flat = "Jane Roe and John Doe, members of Acme GP LLC until March 2004"
    >>> bare_role_held(flat, "Acme GP LLC", flat.index(" until"))
    []
    >>> flat = "Jane Roe and John Doe, trustees of the Roe Trust and the Doe Trust, respectively"
    >>> bare_role_held(flat, "Roe Trust", flat.index(" and the Doe"))
    []
    """
    if (not held or " of " in held or ISSUER_TERM.fullmatch(held.strip())
            or TRUST_DATE.match(flat, end) or ENDED_AFTER.match(flat, end)
            or RESPECTIVELY_LATER.match(flat, end)):
        return []
    names = split_names(held)
    if any(GROUP_HELD.search(trim_name(n)) for n in names):
        return []  # "members of the Roe Family", "members of the Board"
    if len(names) > 1 and NEXT_ROLE_AFTER.match(flat, end):
        names = names[:-1]  # "..., and Richard Miles, Trustee of": Richard Miles holds the next
    return [n for n in names if not is_person_name(trim_name(n))]
