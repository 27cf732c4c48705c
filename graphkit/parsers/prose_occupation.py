"""Item 2(c) of a Schedule 13D: a person's "present principal occupation or employment and the
name ... of any corporation or other organization in which such employment is conducted".

Filings state it with a possessive ("Jane Roe's present principal occupation is President of
Acme Corp.", "Mr. Roe's principal occupation is serving as Managing Member of Acme Capital
LLC") or, in the sentence after the one that introduces the person, with "Her"/"His": "Jane
Roe is a citizen of the United States. Her principal occupation is Chief Executive Officer of
Acme Capital LLC." "His"/"Her" is bound only when it is safe (:func:`pronoun_person`): the
sentence before opens with one person's name as its subject, names no other person, and
nothing in the filing gives that person the other sex ("Mr. Roe" for "Her", "she" in that
sentence for "His"). Only the present is read ("is", not "was"); an occupation with no
organization ("private investor", "retired") gives nothing.

Examples
--------
>>> text = "Jane Roe's present principal occupation is President of Acme Corp."
>>> [(o.holder, o.role, o.held) for o in principal_occupations(text, (0, len(text)), text)]
[('Jane Roe', 'President', 'Acme Corp.')]
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import PartyKind
from graphkit.names import guess_kind
from graphkit.parsers.prose_antecedent import previous_sentence
from graphkit.parsers.prose_bare_roles import is_person_name
from graphkit.parsers.prose_guards import past_role
from graphkit.parsers.prose_lists import trim_name
from graphkit.parsers.prose_patterns import _LIST_END, _NAME, ROLES
from graphkit.parsers.prose_possessive_offices import BOARD_OF, DEGREE_ASIDE
from graphkit.parsers.prose_roles import role_relations
from graphkit.parsers.prose_sentences import flat_sentence
from graphkit.relations import Relation

_F = re.VERBOSE

#: "Jane Roe's present principal occupation is President of Acme Corp."; "Mr. Roe's principal
#: occupation is serving as Managing Member of Acme Capital LLC"; "... is as the Chief
#: Executive Officer of the Issuer"; "Her principal occupation is Chief Executive Officer of
#: Acme Capital LLC" opening a sentence (group ``pron``); "Managing Director at Acme LLC". Not
#: "Director of Research at Acme Corp." (a department: the name after "of" is followed by "at").
PRINCIPAL_OCCUPATION = regex_cache.compile(rf"""
    (?:(?P<holder>{_NAME})['’]s|^(?P<pron>Her|His))\s+
    (?:present\s+|current\s+)?principal\s+(?:occupation|employment)
    (?:\s+(?:or|and)\s+employment)?\s+is\s+
    (?:(?:serving|acting)\s+as\s+|as\s+)?
    (?P<role>{ROLES})\s+(?:of|at|with)\s+(?:the\s+)?(?P<held>{_NAME})
    (?!\s+at\s)(?!\.?\s*,?\s+and\s+[A-Z]){_LIST_END}   # one name: not "of Acme Corp. and Beta"
""", _F)

#: An occupation's held name that is no company: a part of one ("Research Department of Acme
#: Corp.", "the Investment Banking Division of Acme Securities LLC", "Acme Bank Research
#: Department") or a possessor's ("Acme Corp.'s Research Department")
NOT_A_COMPANY = regex_cache.compile(r"""
    ['’‘]s(?![A-Za-z])
    |\b(?:Division|Department|Group|Unit|Desk|Office|DIVISION|DEPARTMENT|GROUP|UNIT|DESK|OFFICE)
      \s+(?:of|OF)\s
    |\b(?:Division|Department|DIVISION|DEPARTMENT)\.?$
""", _F)

#: The held name a bare "Member" is of: a limited liability company ("Member of Acme Capital
#: LLC"), not a board or a body ("Member of the Acme Corp. Board", "Member of Parliament of Canada")
LLC_END = regex_cache.compile(r"""\b(?:LLC|L\.\s?L\.\s?C)\.?$""", _F)

#: The subject opening the sentence before a "Her"/"His" one: one name (after a list marker
#: "(a)", "1.", "b)"; not the initial of "M. Jane Roe"), a degree set off by commas, then its
#: verb: "Jane Roe, Ph.D., is a citizen of"; not a list ("Jane Roe and John Doe are")
ONE_SUBJECT = regex_cache.compile(rf"""
    ^(?:(?:\((?:[0-9]{{1,2}}|[a-zA-Z]|[ivx]{{1,4}})\)|(?:[0-9]{{1,2}}|[a-z]|[ivx]{{1,4}})[.)])\s+)?
    (?P<name>{_NAME})(?:{DEGREE_ASIDE})?\s*,?\s+(?:is|serves|has|was)\s
""", _F)

#: A person's name with a title of address: "Mr. Roe", "Ms. Jane Roe", "Dr. Roe" (group
#: ``title``, then the surname last)
TITLED_PERSON = regex_cache.compile(r"""
    \b(?P<title>Mr|Mrs|Ms|Miss|Messrs|Drs?)\.?\s+(?P<name>(?:[A-Z][A-Za-z'\-]*\.?\s+){0,3}[A-Z][A-Za-z'\-]+)
""", _F)

#: Where a person's name may start, and its first words (group ``name``; looked for at every
#: capital, so that runs overlap): "Jane Roe" of "married to Jane Roe", "Jane Q. Roe", "M. Dale
#: Skeen" (an initial before a given name, group ``initial``), "Jane Roe" of "the Jane Roe Trust"
NAMED_PERSON = regex_cache.compile(r"""
    (?<![A-Za-z'\-])(?=(?P<name>(?P<initial>[A-Z]\.\s+)?[A-Z][a-z][A-Za-z'\-]*
        (?:\s+[A-Z]\.)?\s+[A-Z][A-Za-z'\-]+))
""", _F)

#: A subject that is a defined term or a role, no person's name: "The General Partner", "Each
#: Reporting Person" (a word that opens it), "Filing Person", "Managing Member" (a word in it)
DEFINED_SUBJECT = regex_cache.compile(r"""
    ^(?:The|THE|Each|EACH|Such|SUCH|Said|SAID|Any|ANY)\s
    |(?i:\b(?:person|part(?:y|ies|ner)|filer|entity|member|manager|advis|director|officer
             |president|trustee|holder|owner|chair|secretar|treasurer))
""", _F)

#: A pronoun that gives a person's sex: "he", "his", "him", "she", "her", "hers"
SEXED_PRONOUN = regex_cache.compile(r"""\b(?P<he>[Hh]e|[Hh]is|[Hh]im)\b|\b(?:[Ss]he|[Hh]ers?)\b""",
                                    _F)

_MALE_TITLES = frozenset({"Mr", "Messrs"})
_FEMALE_TITLES = frozenset({"Mrs", "Ms", "Miss"})


class Occupation(BaseModel):
    """A present principal occupation read by :func:`principal_occupations`: ``holder`` (a
    person's name as written) is ``role`` of ``held``."""

    model_config = ConfigDict(frozen=True)

    holder: str
    role: str
    held: str


def principal_occupations(text: str, span: tuple[int, int], flat: str) -> Iterator[Occupation]:
    """The principal occupations the sentence ``flat`` (``text[span[0]:span[1]]`` on one line)
    states (:data:`PRINCIPAL_OCCUPATION`); "Her"/"His" stands for the person
    :func:`pronoun_person` finds in the sentence before, or for no one.

    >>> text = ("Jane Roe, Ph.D., is a citizen of the United States. Her principal occupation "
    ...         "is Chief Executive Officer of Acme Capital LLC.")
    >>> start = text.index("Her")
    >>> [(o.holder, o.held) for o in principal_occupations(text, (start, len(text)),
    ...                                                     text[start:])]
    [('Jane Roe', 'Acme Capital LLC')]
    >>> list(principal_occupations(text, (0, 0), "Jane Roe's principal occupation is investing."))
    []
    """
    if "principal" not in flat:
        return
    for m in PRINCIPAL_OCCUPATION.finditer(flat):
        if m["pron"]:
            holder = pronoun_person(text, span[0], m["pron"])
        else:
            holder = m["holder"]
            if guess_kind(trim_name(holder)) is PartyKind.ORGANIZATION:
                holder = None  # a company has a principal business, not an occupation
        held = trim_name(m["held"])
        if (holder and BOARD_OF.match(flat, m.end("role")) is None  # not "a member of the
                # Board of Directors of" (read by possessive_offices)
                and not NOT_A_COMPANY.search(held)
                and (LLC_END.search(held) or all(r is not Relation.MEMBER_OF
                                                 for r, _ in role_relations(m["role"])))
                and not past_role(flat, m.start(), len(flat), past_verb=True)):  # "... from
            # 1999 to 2004", "until her retirement", "a position she held until 2004"
            yield Occupation(holder=holder, role=m["role"], held=held)


def pronoun_person(text: str, pos: int, pronoun: str) -> Optional[str]:
    """The person ``pronoun`` ("Her", "His") opening the sentence at ``pos`` of ``text`` stands
    for: the one subject of the sentence before (:data:`ONE_SUBJECT`), a person's name, when
    that sentence names no other titled person and the filing gives the person no other sex
    (:func:`_sex_of`); else None.

    >>> t = "Mr. Roe is a citizen of Canada. Her principal occupation is ..."
    >>> pronoun_person(t, t.index("Her"), "Her") is None
    True
    >>> t = "Jane Roe and John Doe are citizens of Canada. His principal occupation is ..."
    >>> pronoun_person(t, t.index("His"), "His") is None
    True
    >>> t = "Jane Roe is a citizen of Canada. Her principal occupation is ..."
    >>> pronoun_person(t, t.index("Her"), "Her")
    'Jane Roe'
    """
    before = previous_sentence(text, pos)
    if before is None:
        return None
    sentence = flat_sentence(text, *before).strip()
    m = ONE_SUBJECT.match(sentence)
    if m is None:
        return None
    name = trim_name(m["name"])
    if guess_kind(name) is not PartyKind.PERSON or DEFINED_SUBJECT.search(m["name"].strip()):
        return None  # "The General Partner is a Delaware limited partnership. His ..."
    surname = name.split()[-1]
    others = [t for t in TITLED_PERSON.finditer(sentence, m.end())
              if t["name"].split()[-1] != surname]
    if others or _names_another(sentence[m.end():], name):
        return None  # "Jane Roe is married to Mr. Doe / John Doe. His ...": whose cannot be told
    if (pronoun.lower() != "his") in _sexes(text, name, sentence):
        return None  # "Mr. Roe ... Her", or "Mr. Roe" and "Mrs. Roe" both in the filing
    return name


def _names_another(rest: str, name: str) -> bool:
    """Whether ``rest`` (the sentence after its subject ``name``) names a person other than
    ``name`` (:data:`NAMED_PERSON`): a given name the library knows, or a middle initial
    (:func:`~graphkit.parsers.prose_bare_roles.is_person_name`), or an initial before two
    words ("M. Dale Skeen"), even inside a trust's name ("the John Doe Trust").

    >>> _names_another(" is married to John Doe.", "Jane Roe")
    True
    >>> _names_another(" is a citizen of the United States of America.", "Jane Roe")
    False
    >>> _names_another(" is the sole trustee of the Jane Roe Trust.", "Jane Roe")
    False
    """
    for p in NAMED_PERSON.finditer(rest):
        other = p["name"]
        if name.endswith(other):
            continue  # the subject again: "Jane Roe ... the Jane Roe Trust"
        if is_person_name(other) or (p["initial"] and guess_kind(other) is PartyKind.PERSON):
            return True
    return False


def _sexes(text: str, name: str, sentence: str) -> set[bool]:
    """The sexes ``text`` gives the person ``name`` (True male, False female; both when it
    gives both, none when it says nothing): the titles of address before the surname anywhere
    in ``text`` ("Mr. Roe", "Ms. Jane Roe") and the sexed pronouns of ``sentence``, the one
    naming the person.

    >>> sorted(_sexes("Mr. Roe and Mrs. Roe own shares.", "Jane Roe", ""))
    [False, True]
    """
    surname = name.split()[-1]
    found: set[bool] = set()
    for t in TITLED_PERSON.finditer(text):
        if t["name"].split()[-1] == surname:
            if t["title"] in _MALE_TITLES:
                found.add(True)
            elif t["title"] in _FEMALE_TITLES:
                found.add(False)
    for p in SEXED_PRONOUN.finditer(sentence):
        found.add(bool(p["he"]))
    return found
