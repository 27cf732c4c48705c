"""The subject of a disclaiming clause that follows a clause about all the reporting persons.

A sentence often says first what all the reporting persons may be deemed to own and then who
disclaims: "Each of the Reporting Persons may be deemed to share beneficial ownership of the
Shares; however, John Doe disclaims beneficial ownership thereof." The subject of the clause
whose verb is "disclaim(s)" decides who disclaims (review s20, "the same on main"): the
earlier clause's "each of the Reporting Persons" never widens a subject of the disclaiming
clause's own. :func:`read_own_subject` reads that subject (:class:`OwnSubject`):

- none of its own ("... may be deemed to own the Shares but disclaims"), or one standing for
  all the reporting persons ("each of them", "they", "each", "it", "each Reporting Person"):
  :attr:`SubjectKind.ALL`, the disclaimer stays the reporting persons' as a whole;
- names read whole as a list ("John Doe", "the Adviser and John Doe", "each of the Master Fund
  and the Offshore Fund", "Jane Roe, as managing member of the General Partner,"):
  :attr:`SubjectKind.NAMED`, only they disclaim;
- anything else ("he" after a clause about all of them, "neither the Adviser nor John Doe",
  "the undersigned", "as to which certain of them"): :attr:`SubjectKind.UNREAD`, no one is
  known to disclaim (a missed disclaimer beats a wrong one).

Examples
--------
>>> read_own_subject("Each of the Reporting Persons may be deemed to share beneficial "
...                  "ownership of the Shares; however, John Doe ").names
['John Doe']
>>> read_own_subject("Each of the Reporting Persons may be deemed to own the Shares but ").kind
<SubjectKind.ALL: 'all'>
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit import regex_cache
from graphkit.parsers.schedule13_exceptions import ExceptionKind, read_exception

_F = re.VERBOSE | re.IGNORECASE

#: "Each reporting person ... disclaims", "Each of the Reporting Persons disclaims" (searched
#: in the clause before "disclaim"; a disclaimer by all of them, unless a later clause names a
#: subject of its own: :func:`read_own_subject`)
EVERYONE_DISCLAIMS = regex_cache.compile(r"""
    each\s+(?:of\s+the\s+)?reporting\s+persons?
""", _F)
#: What may stand right before "each (of the) Reporting Person(s)" in an object, not a subject:
#: "held by", "the general partner of", "together with", "controls" of "Jane Roe, who controls
#: each Reporting Person, disclaims"
BEFORE_OBJECT = regex_cache.compile(r"""
    \b(?:by|of|for|to|with|among|from|controls?|manages?|advises?|owns?|holds?)\s+$
""", _F)
#: Where a disclaiming clause may open with a subject of its own (the end of the last match
#: before "disclaim"): ";" of "...; John Doe disclaims", "but" of ", but John Doe disclaims",
#: "however," of "; however, John Doe", "although", "while", "whereas", "yet", "that" of "provided,
#: however, that John Doe", "as to which" of "..., as to which John Doe disclaims" (never a
#: bare "which", "who": "Each of the Reporting Persons, which may be deemed to ..., disclaims")
CLAUSE_OPENING = regex_cache.compile(r"""
    [;:] | \b(?:but|however|although|though|while|whereas|yet|that|as\s+to\s+which)\b,?
""", _F)
#: Where a subject may start after an earlier clause or an opening phrase, within the
#: disclaiming clause: ", and" of "..., and John Doe disclaims", " and " of "... of the Shares
#: and John Doe disclaims", ", and," of "..., and, except to the extent of his pecuniary
#: interest, John Doe disclaims", ", " of "pursuant to Rule 13d-4, John Doe disclaims" (a list of
#: names is read from its first such place: "Jane Roe and John Doe")
SUBJECT_START = regex_cache.compile(r""",\s*(?:and\b,?\s*)?|\s+and\b,?\s*""", re.VERBOSE)
#: A verb of a clause before a :data:`SUBJECT_START`, which then may open the disclaiming
#: clause: "may" of "Each Reporting Person may be deemed to own the Shares and John Doe
#: disclaims"; none in "Each Reporting Person and each Acme Member disclaims" (a list)
CLAUSE_VERB = regex_cache.compile(r"""
    \b(?:may|might|can|could|would|should|shall|will|must|is|are|was|were|be|been|has|have
    |had|does|do|did|owns?|owned|holds?|held|controls?|controlled)\b
""", _F)
#: What may stand between the subject and "disclaim", taken off its end: "each", "also",
#: "hereby", "expressly" ... of "The Adviser and John Doe each expressly disclaim"
SUBJECT_TAIL = regex_cache.compile(r"""
    (?:\s|\b(?:each|also|hereby|expressly|specifically|further|therefore|thus|accordingly
    |individually|nevertheless)\b)*$
""", _F)
#: "each" (or "all", "both") standing alone as the subject, right before "disclaim" (its
#: adverbs after it): ", and each expressly disclaims", "; however, except to the extent of its
#: pecuniary interest, each disclaims"; not "The Adviser and John Doe each disclaim"
EACH_ALONE = regex_cache.compile(r"""
    (?:^|[,;:(]|\b(?:and|but|however|yet|that|although|though|while))\s*(?:each|all|both)
    (?:\s+(?:also|hereby|expressly|specifically|further|individually))*\s*$
""", _F)
#: An aside set off by commas after the subject, right before its tail: ", however," of "John
#: Doe, however, disclaims", ", as managing member of the General Partner," of "Jane Roe, as
#: managing member of the General Partner, disclaims", ", although it may be deemed to own the
#: Shares," (no comma, semicolon or bracket inside), or in brackets: " (the managing member of
#: the General Partner)"; never one adding to the subject: ", and
#: each of the Reporting Persons,", ", like each of the Reporting Persons,", ", together with
#: the Adviser,"
SUBJECT_ASIDE = regex_cache.compile(r"""
    (?:,(?!\s*(?:and|or|nor|plus|like|as\s+well\s+as|(?:together|along)\s+with|as\s+do(?:es)?
    |in\s+addition\s+to)\b)[^,;()]{1,120},|\s*\([^()]{1,120}\))\s*$
""", _F)
#: Words before a list of names of the subject, taken off its start: "however," of "; however,
#: John Doe", "each of" of "each of the Adviser and John Doe", "both", "both of"
SUBJECT_LEAD = regex_cache.compile(r"""
    ^[\s,]*(?:however\b,?\s*)?(?:(?:each|both)(?:\s+of)?\s+)?
""", _F)
#: The last words of a subject standing for all the reporting persons: "each of them", "they",
#: "each", "it", "all of them", "each such Reporting Person", "such persons", "each of the
#: foregoing", "he or it"; not "he", "she" (a person the clause about all does not single out),
#: "certain of them"
ALL_OF_THEM = regex_cache.compile(r"""
    ^[\s,]*(?:however\b,?\s*)?
    (?: (?:each|all|both)(?:\s+of\s+(?:them|these|those|the\s+foregoing(?:\s+\w+)?))?
      | they | it | (?:he|she)\s+or\s+it | it\s+or\s+(?:he|she)
      | (?:each\s+|all\s+)?such\s+(?:\w+\s+)?(?:persons?|entit(?:y|ies)|filers?)
    )?[\s,]*$
""", _F)
#: "Each (of the) Reporting Person(s)" as a clause's subject, before its verb (an exception or
#: aside between): "Each of the Reporting Persons may be deemed", "Other than Jane Roe, each
#: Reporting Person has", "Each Reporting Person, other than the Master Fund, is"; what a
#: pronoun of the disclaiming clause ("each", "it", "each of them") stands for; not "the Shares
#: held by each Reporting Person; however, it disclaims"
EVERYONE_SUBJECT = regex_cache.compile(r"""
    \beach\s+(?:of\s+the\s+)?reporting\s+persons?\b
    (?:\s*\([^()]{0,200}\)|\s*,[^;]{0,200}?,)?\s*,?\s*(?:(?:also|hereby|jointly)\s+)*
    (?:may|might|can|could|would|should|shall|will|must|is|are|was|were|has|have|had|does
    |owns?|holds?|shares?|controls?|beneficially)\b
""", _F)
#: Words of the reporting persons in the disclaiming clause, which then is theirs as a whole:
#: "each Reporting Person", "the Filing Persons"
FILERS_WORDS = regex_cache.compile(r"""\b(?:reporting|filing)\s+persons?\b""", _F)


class SubjectKind(str, Enum):
    """How the subject of a disclaiming clause after a clause about all was read."""

    #: none of its own, or one standing for all the reporting persons: all of them disclaim
    ALL = "all"
    #: names read whole as a list: only they disclaim
    NAMED = "named"
    #: anything else: no one is known to disclaim
    UNREAD = "unread"


class OwnSubject(BaseModel):
    """The subject of a disclaiming clause, as read: its kind and, for
    :attr:`SubjectKind.NAMED`, its names as written (without "the" or an aside)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: SubjectKind
    names: list[str] = Field(default_factory=list)


def read_own_subject(before: str) -> OwnSubject:
    """The subject of the disclaiming clause that ``before`` (a sentence up to its "disclaim",
    whose earlier clause speaks of all the reporting persons) closes.

    The sentence is left the reporting persons' when its last "each (of the) Reporting
    Person(s)" is neither a clause's subject (:data:`EVERYONE_SUBJECT`) nor an object
    (:data:`BEFORE_OBJECT`): "Each of the Reporting Persons, other than the Master Fund, which
    is the record holder, and Jane Roe, disclaims" is its exception's to read. The subject
    ends before its tail (:data:`SUBJECT_TAIL`), or before an aside (:data:`SUBJECT_ASIDE`)
    when read so. Its clause opens after the last :data:`CLAUSE_OPENING`, or after an "and"
    (:data:`SUBJECT_START`) that follows the earlier clause's verb (:data:`CLAUSE_VERB`): the
    first ", and", else the last " and". A clause with words of the reporting persons
    (:data:`FILERS_WORDS`), or whose last words are none or stand for all of them
    (:data:`ALL_OF_THEM`), keeps the disclaimer the reporting persons'. Else its subject is
    read from the first place in it (:data:`SUBJECT_START`, lead words :data:`SUBJECT_LEAD`
    taken off) from which the rest reads whole as names
    (:func:`~graphkit.parsers.schedule13_exceptions.read_exception`); failing that, no one is
    known to disclaim.

    >>> t = "Each of the Reporting Persons may be deemed to own the Shares; however, "
    >>> [read_own_subject(t + s).kind.value for s in ("each of them ", "he ", "the Adviser, ")]
    ['all', 'unread', 'named']
    >>> read_own_subject(t + "the Adviser and John Doe each ").names
    ['Adviser', 'John Doe']
    >>> read_own_subject(t + "Jane Roe, as managing member of the General Partner, ").names
    ['Jane Roe']
    >>> read_own_subject("Each Reporting Person may be deemed to own the Shares, but neither "
    ...                  "the Adviser nor John Doe ").kind.value
    'unread'
    >>> read_own_subject("Each Reporting Person may be deemed a member of a group, and each "
    ...                  "Reporting Person ").kind.value
    'all'
    >>> read_own_subject("Each Reporting Person, although it may be deemed to own the "
    ...                  "Shares, ").kind.value
    'all'
    """
    if EACH_ALONE.search(before):  # "..., and each disclaims"
        return _all_of_them(before)
    last = None
    for last in EVERYONE_DISCLAIMS.finditer(before):
        pass
    if last is not None and not EVERYONE_SUBJECT.match(before, last.start()) and \
            not BEFORE_OBJECT.search(before, 0, last.start()):
        return OwnSubject(kind=SubjectKind.ALL)  # "Each ..., other than A, which is ..., and B,"
    end = SUBJECT_TAIL.search(before).start()
    aside = SUBJECT_ASIDE.search(before, 0, end)
    if aside is not None:  # "Jane Roe, as managing member of ..., disclaims": "Jane Roe"
        own = _read_subject(before, aside.start())  # (not "; however, the Adviser,")
        if own is not None and own.kind is not SubjectKind.UNREAD:
            return own
    return _read_subject(before, end) or OwnSubject(kind=SubjectKind.ALL)


def _read_subject(before: str, end: int) -> Optional[OwnSubject]:
    """The subject of the disclaiming clause ending at ``end`` of ``before`` (its tail and
    aside off), as :func:`read_own_subject` reads it; None when the clause has none ("... but
    disclaims")."""
    end = len(before[:end].rstrip(" ,"))
    opening = max((o.end() for o in CLAUSE_OPENING.finditer(before, 0, end)), default=0)
    breaks = list(SUBJECT_START.finditer(before, opening, end))  # a last "and": no subject
    verb = None
    for verb in CLAUSE_VERB.finditer(before, opening, end):
        pass
    # after the earlier clause's verb, the clause opens at its first ", and" ("..., and Acme GP
    # LLC and Jane Roe"), else at its last " and" ("... held by A and B and Jane Roe": a miss
    # at worst, never a name of the earlier clause's object)
    joins = [s for s in breaks if verb is not None and s.start() >= verb.end()
             and "and" in s.group(0).lower()]
    commas = [s for s in joins if "," in s.group(0)]
    clause = commas[0].end() if commas else joins[-1].end() if joins else opening
    last = before[max([clause] + [s.end() for s in breaks]):end]
    if not last.strip(" ,"):
        return None  # "... may be deemed to own the Shares but disclaims"
    if FILERS_WORDS.search(before, clause, end):
        return OwnSubject(kind=SubjectKind.ALL)  # "; however, each Reporting Person"
    if ALL_OF_THEM.fullmatch(last):
        return _all_of_them(before)  # "; however, each of them"
    for start in [clause] + [s.end() for s in breaks if s.start() >= clause]:
        text = before[start:end]
        kind, names = read_exception(text[SUBJECT_LEAD.match(text).end():].strip(" ,"))
        if kind is ExceptionKind.NAMES:
            return OwnSubject(kind=SubjectKind.NAMED, names=names)
    return OwnSubject(kind=SubjectKind.UNREAD)  # "he", "neither ... nor", "the undersigned"


def _all_of_them(before: str) -> OwnSubject:
    """What a pronoun subject ("each", "it", "each of them") of the disclaiming clause closing
    ``before`` stands for: all the reporting persons when the earlier clause's subject is
    theirs (:data:`EVERYONE_SUBJECT`), else someone unread ("John Doe may be deemed to own the
    Shares held by each Reporting Person; however, it disclaims").

    >>> _all_of_them("Each Reporting Person may be deemed to own the Shares, but it ").kind.value
    'all'
    >>> _all_of_them("The Adviser may be deemed to own the Shares held by each Reporting "
    ...              "Person, but it ").kind.value
    'unread'
    """
    everyone = EVERYONE_SUBJECT.search(before) is not None
    return OwnSubject(kind=SubjectKind.ALL if everyone else SubjectKind.UNREAD)
