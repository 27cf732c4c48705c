"""A role a party "has been appointed as", in a relative clause or before what it is responsible
for: "SB Global Advisers Limited, which has been appointed as manager of Acme Fund LP", "Acme
Advisers Ltd, which has been appointed as manager and is responsible for making final decisions
related to the acquisition and disposal of Acme Fund LP's investments"; and one a party "has
appointed" another as: "The Board of Directors of the Issuer has appointed Jane Q. Roe as a
director of the Issuer" (:data:`HAS_APPOINTED_AS_ROLE`).

:data:`~graphkit.parsers.prose_clause_patterns.ELECTED_TO_ROLE` reads "Acme Advisers Ltd has
been appointed as manager of Acme Fund LP" (the holder right before the verb);
:data:`APPOINTED_AS_ROLE` reads the same role after ", which", and a role with no "of" whose
held party is the one whose investments the holder "is responsible for" deciding on: a manager
of a fund's investments is its investment manager.

Examples
--------
>>> s = ("Acme Advisers Limited, which has been appointed as manager and is responsible for "
...      "making final decisions related to the acquisition and disposal of Acme Fund II-2 "
...      "L.P.'s investments, including as held by Acme Beaver LLC.")
>>> [(m["holder"], m["role"], appointed_held(m)) for m in APPOINTED_AS_ROLE.finditer(s)]
[('Acme Advisers Limited', 'manager', 'Acme Fund II-2 L.P.')]
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from graphkit import regex_cache
from graphkit.parsers.prose_name_patterns import giving_back
from graphkit.parsers.prose_patterns import _LIST_END, _NAME, HELD_NAMES, NAMES, ROLES

_F = re.VERBOSE

#: "X, which has been appointed as manager of Y"; "X, which has been appointed as manager and is
#: responsible for making final decisions related to the acquisition, structuring, financing and
#: disposal of Y's investments" (``held2``); "X has been appointed as investment manager and is
#: responsible for the investment decisions of Y" (``held3``). Its names give letters back
#: (:func:`~graphkit.parsers.prose_name_patterns.giving_back`): "XYZhas been appointed" reads "XYZ".
APPOINTED_AS_ROLE = regex_cache.compile(giving_back(rf"""
    (?<![A-Za-z])(?P<holder>{_NAME})\s*,?\s*(?:which\s+|who\s+)?
    (?:(?:has|have)\s+been|was|were|is|are)\s+appointed\s+(?:as\s+)?(?:the\s+|its\s+|an?\s+)?
    (?P<role>{ROLES})
    (?:\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{HELD_NAMES}){_LIST_END}
      |\s+and\s+(?:is|are)\s+responsible\s+for\s+[^;]{{0,300}}?
       (?:\b(?:of|for|on\s+behalf\s+of)\s+(?:the\s+)?(?P<held2>{_NAME})['’]s\s+investments?\b
         |\binvestments?(?:\s+decisions)?\s+(?:of|for|on\s+behalf\s+of)\s+(?:the\s+)?
          (?P<held3>{_NAME}){_LIST_END}))
"""), _F)

#: "The Board of Directors of the Issuer has appointed Jane Q. Roe as a director of the Issuer",
#: "Acme Fund has appointed Acme Advisers LLC as investment manager of the Fund", "has elected
#: Jane Q. Roe and John A. Doe to the Board of Directors of Acme Corp." (group ``board``: the
#: role is director): the party appointed holds the role. Only "has"/"have" (also "has also",
#: "has duly"), never after a modal or "to" ("shall have appointed ... as a director", a
#: condition of an agreement, "to have elected") nor with "not" between.
HAS_APPOINTED_AS_ROLE = regex_cache.compile(giving_back(rf"""
    (?<![A-Za-z])(?<!shall\s)(?<!will\s)(?<!would\s)(?<!should\s)(?<!may\s)(?<!might\s)
    (?<!must\s)(?<!could\s)(?<!to\s)(?:has|have)\s+(?:also\s+|duly\s+)?(?:appointed|elected)\s+
    (?P<holder>{NAMES})\s+
    (?:as\s+(?:the\s+|an?\s+)?(?P<role>{ROLES})
      |to\s+(?:the\s+)?(?P<board>[Bb]oard\s+of\s+[Dd]irectors))
    \s+of\s+(?:the\s+)?(?P<held>{_NAME}){_LIST_END}
"""), _F)

#: What, before a match of :data:`HAS_APPOINTED_AS_ROLE` in its sentence, makes it no statement
#: that the appointment was made: a word opening a condition or a time clause ("If the Issuer
#: has appointed", "whether", "until", "after", "unless", "once", "when", "upon", "to the extent",
#: "provided that", "in the event", "as soon as", "so long as", "a condition ... that"), or a
#: quotation mark (a statement quoted: 'which states that "the Issuer has appointed ..."').
APPOINTMENT_UNSTATED = regex_cache.compile(r"""
    \b(?:if|whether|until|till|unless|once|when|whenever|after|before|upon|provided|providing
      |assuming|conditions?|conditioned|to\s+the\s+extent|in\s+the\s+event|in\s+case
      |as\s+soon\s+as|(?:so|as)\s+long\s+as|subject\s+to)\b
  | ["\u201c\u201d]
""", re.I | re.VERBOSE)

#: A party appointed who has left the office since, told after the appointment: "Jane Roe
#: resigned", "she has since resigned", "he was removed" (``who``: the word before the verb,
#: the appointee's last name or a pronoun; "John Doe, who resigned" is someone else).
LEFT_OFFICE = regex_cache.compile(r"""
    \b(?P<who>[A-Za-z]+)(?:\s+(?:has|had|have|subsequently|later|since|then|also|each|both))*\s+
    (?:resigned|retired|stepped\s+down|(?:was|were|has\s+been|have\s+been)\s+removed
      |ceased\s+to\s+(?:be|serve))\b
""", re.VERBOSE)

#: Where a paragraph ends: a blank line
PARAGRAPH_END = regex_cache.compile(r"""\n[ \t]*\n""", re.VERBOSE)

#: Cue of :data:`APPOINTED_AS_ROLE`: "appointed as manager"
APPOINTED_AS_ROLE_CUE = regex_cache.compile(r"""\bappointed\s""", _F)


def appointed_held(m: re.Match[str]) -> str:
    """The held party (or list) of a match of :data:`APPOINTED_AS_ROLE`.

    >>> appointed_held(APPOINTED_AS_ROLE.search("Acme Advisers Ltd, which was appointed as "
    ...     "investment manager and is responsible for the investments of Acme Fund LP, which"))
    'Acme Fund LP'
    """
    return m["held"] or m["held2"] or m["held3"]


class Appointment(NamedTuple):
    """A role read from an "appointed" sentence: its holder (or list of holders), the role,
    the held party (or list) and the name of the pattern that read it."""

    holder: str
    role: str
    held: str
    pattern: str


def find_appointments(flat: str, after: str = "") -> Iterator[Appointment]:
    """The roles the "appointed" sentence ``flat`` gives: :data:`APPOINTED_AS_ROLE` ("X, which
    has been appointed as manager of Y") and :data:`HAS_APPOINTED_AS_ROLE` ("has appointed X
    as a director of Y"; "to the Board of Directors of Y": director). ``after``: the text after
    the sentence; an appointee said to have left the office there, in its paragraph, holds no
    role (:func:`left_office`), nor one appointed in a condition or a quotation
    (:data:`APPOINTMENT_UNSTATED`).

    >>> s = ("The Board of Directors of the Issuer has appointed Jane Q. Roe as a director of "
    ...      "the Issuer, effective May 1.")
    >>> [tuple(a) for a in find_appointments(s)]
    [('Jane Q. Roe', 'director', 'Issuer', 'has_appointed_as_role')]
    >>> list(find_appointments("The Issuer shall have appointed Jane Q. Roe as a director of "
    ...                        "the Issuer."))
    []
    >>> list(find_appointments("If the Issuer has appointed Jane Q. Roe as a director of the "
    ...                        "Issuer, Acme Fund will vote for her."))
    []
    >>> list(find_appointments(s, after=" On June 10, 1998 Jane Q. Roe resigned."))
    []
    """
    for m in APPOINTED_AS_ROLE.finditer(flat):
        yield Appointment(m["holder"], m["role"], appointed_held(m), "appointed_as_role")
    for m in HAS_APPOINTED_AS_ROLE.finditer(flat):
        if APPOINTMENT_UNSTATED.search(flat, 0, m.start()) or \
                left_office(m["holder"], flat[m.end():] + after):
            continue
        yield Appointment(m["holder"], m["role"] or "director", m["held"],
                          "has_appointed_as_role")


def left_office(holders: str, text: str) -> bool:
    """Whether ``text`` (what follows an appointment of ``holders``) says, before its paragraph
    ends, that one of them left the office (:data:`LEFT_OFFICE`): by the last word of a name,
    or "he", "she", "they".

    >>> left_office("Jane Roe", ". On June 10, 1998 Jane Roe resigned as a director.")
    True
    >>> left_office("Jane Roe", ", and on June 10 she resigned from the board.")
    True
    >>> left_office("Jane Roe", " to replace John Doe, who resigned as a director.")
    False
    >>> left_office("Jane Roe", ".\\n\\nJohn Roe resigned.")
    False
    """
    text = PARAGRAPH_END.split(text, maxsplit=1)[0]
    who = {"he", "she", "they"} | {n.split()[-1].lower() for n in
                                   re.split(r",|\band\b", holders) if n.split()}
    return any(m["who"].lower() in who for m in LEFT_OFFICE.finditer(text))
