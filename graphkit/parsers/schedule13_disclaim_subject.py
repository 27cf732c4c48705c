"""The subject of a disclaiming clause: after a clause about all the reporting persons, or of
a sentence with no such clause.

A sentence often says first what all the reporting persons may be deemed to own and then who
disclaims: "Each of the Reporting Persons may be deemed to share beneficial ownership of the
Shares; however, John Doe disclaims beneficial ownership thereof." When the disclaiming clause
opens after a clause boundary and its subject reads whole as names ("John Doe", "the Adviser
and John Doe", "Jane Roe, as managing member of the General Partner,"), only they disclaim
(review s20, "the same on main"), provided each name answers to a party or a defined group
and no other name of the clause does, outside a role or a definition ("John Doe (together with
Jane Roe)" is main's: :func:`~graphkit.parsers.schedule13_disclaiming.disclaiming_parties`),
and no other "disclaim" follows in the sentence ("..., and each other Reporting Person
disclaims ..." is main's). A clear negation
("neither the Adviser nor John Doe disclaims", "John Doe does not disclaim") disclaims nothing.
Every other sentence ("... but disclaims", "... but, as of June 30, 2024, disclaims", "...;
however, each of them other than the Master Fund disclaims", "he") is read as any disclaimer
of all the reporting persons, with its exceptions (review s21: a list of wordings with no
subject of their own is never complete).

A sentence with no clause about all is read the same way (``after_all=False``) where its
disclaiming clause has no verb before "disclaim" but at a clear opening: "Jane Roe, as managing
member of the General Partner, disclaims" is Jane Roe's alone, "As general partner of the
Master Fund, the General Partner may be deemed to own the Shares, but the General Partner
disclaims" the General Partner's, "John Doe does not disclaim" no one's. A clause start found
after a verb-like word is not trusted there ("a trust dated May 1, 2010, and John Doe each
disclaims"; review s22b), nor is a "disclaim" with no subject of its own ("..., but each
disclaims"): those read as on main. A relative clause right
before the tail ("Jane Roe, who controls the General Partner, disclaims") says who the subject
is; its names are not the subject's (:data:`RELATIVE_ASIDE`). Where no subject reads whole as
names of parties, every name before "disclaim" is read, as before.

Examples
--------
>>> read_own_subject("Each of the Reporting Persons may be deemed to share beneficial "
...                  "ownership of the Shares; however, John Doe ").names
['John Doe']
>>> read_own_subject("Each of the Reporting Persons may be deemed to own the Shares but ") is None
True
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit import regex_cache
from graphkit.parsers.prose_name_patterns import LEGAL_COMMA, legal_form_only
from graphkit.parsers.schedule13_exceptions import (EXCEPTED_NAME, EXCEPTION_CUE, ExceptionKind,
                                                    read_exception)

_F = re.VERBOSE | re.IGNORECASE

#: "the Reporting Person" (singular) as the subject right before "disclaims", opening its
#: clause: "Pursuant to Rule 13d-4, the Reporting Person disclaims all such beneficial
#: ownership" (the sole filer's), also after the subject's first predicate: "The Reporting Person
#: is a managing member of Acme GP LLC and disclaims"; not an object: "Each of the directors of
#: the Reporting Person disclaims", "Roe, as the sole stockholder of the Reporting Person,
#: disclaims"
SOLE_FILER_DISCLAIMS = regex_cache.compile(r"""
    (?:^|[,;:]\s*|\bthat\s+)the\s+reporting\s+person
    (?:\s+(?:is|serves|acts|was|may|holds|controls|owns|has)\b   # "is a member of Acme GP LLC
       (?:(?!\b(?:who|which|whose|whom)\b           # and"; no clause or subject of its own in
          |,?\s+and\s+(?:(?-i:[A-Z])|the\s+\w+['’]s))  # it: "who holds", "and Acme GP, LLC",
        [^;:])*?,?\s+and)?                            # "and the reporting person's spouse"
    \s*(?:(?:hereby|expressly|specifically|also)\s+)*$
""", _F)

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
#: "Each (of the) Reporting Person(s)" as a clause's subject, before its verb (an exception or
#: aside between): "Each of the Reporting Persons may be deemed", "Each Reporting Person, other
#: than the Master Fund, is"; not "Each of the Reporting Persons, other than the Master Fund,
#: which is the record holder, and Jane Roe, disclaims" (an exception, not a clause)
EVERYONE_SUBJECT = regex_cache.compile(r"""
    \beach\s+(?:of\s+the\s+)?reporting\s+persons?\b
    (?:\s*\([^()]{0,200}\)|\s*,[^;]{0,200}?,)?\s*,?\s*(?:(?:also|hereby|jointly)\s+)*
    (?:may|might|can|could|would|should|shall|will|must|is|are|was|were|has|have|had|does
    |owns?|holds?|shares?|controls?|beneficially)\b
""", _F)
#: Where a disclaiming clause may open with a subject of its own (the end of the last match
#: before "disclaim"): ";" of "...; John Doe disclaims", "but" of ", but John Doe disclaims",
#: "however," of "; however, John Doe", "although", "while", "whereas", "yet", "that" of "provided,
#: however, that John Doe", "as to which" of "..., as to which John Doe disclaims" (never a
#: bare "which", "who": "Each of the Reporting Persons, which may be deemed to ..., disclaims")
CLAUSE_OPENING = regex_cache.compile(r"""
    [;:] | \b(?:but|however|although|though|while|whereas|yet|that|as\s+to\s+which)\b,?
""", _F)
#: Where a subject may start after an earlier clause, within the disclaiming clause: ", and" of
#: "..., and John Doe disclaims", " and " of "... of the Shares and John Doe disclaims", ", and,"
#: of "..., and, except to the extent of his pecuniary interest, John Doe disclaims", ", "
SUBJECT_START = regex_cache.compile(r""",\s*(?:and\b,?\s*)?|\s+and\b,?\s*""", re.VERBOSE)
#: A verb of a clause before a :data:`SUBJECT_START`, which then may open the disclaiming
#: clause: "may" of "Each Reporting Person may be deemed to own the Shares and John Doe
#: disclaims"; none in "Each Reporting Person and each Acme Member disclaims" (a list)
CLAUSE_VERB = regex_cache.compile(r"""
    \b(?:may|might|can|could|would|should|shall|will|must|is|are|was|were|be|been|has|have
    |had|does|do|did|owns?|owned|holds?|held|controls?|controlled)\b
""", _F)
#: A relative pronoun: a verb after it is a relative clause's ("Jane Roe, who controls the
#: General Partner and the Adviser"), never the earlier clause's (:func:`_clause_start`)
RELATIVE = regex_cache.compile(r"""\b(?:who|whom|whose|which)\b""", _F)
#: What may stand between the subject and "disclaim", taken off its end: "each", "also",
#: "hereby", "expressly", "nonetheless", "otherwise" ... of "The Adviser and John Doe each
#: expressly disclaim" (an adverb not listed leaves the subject unread: a reading as main's)
SUBJECT_TAIL = regex_cache.compile(r"""
    (?:\s|\b(?:each|also|hereby|expressly|specifically|explicitly|further|therefore|thus
    |accordingly|individually|separately|respectively|jointly|severally|solely|nevertheless
    |nonetheless|otherwise|still|consequently|hence|likewise|similarly|additionally)\b)*$
""", _F)
#: A negation right before "disclaim": "does not disclaim", "shall not be deemed to disclaim",
#: "has never disclaimed"
NEGATED = regex_cache.compile(r"""
    \b(?:not|never|no\s+longer)\s+(?:(?:be\s+deemed\s+to|expressly|hereby|specifically)\s+)*$
""", _F)
#: A subject that names who does not disclaim: "neither the Adviser nor John Doe"
NEITHER = regex_cache.compile(r"""[\s,]*neither\b""", _F)
#: A character of an aside: none of ``,;()``, but a comma before a legal form (in its case), as
#: the ", L.P." of ", as general partner of Acme Master Fund, L.P.,"
_ASIDE_CHAR = rf"""(?:[^,;()]|{LEGAL_COMMA})"""
#: An aside set off by commas after the subject, right before its tail: ", however," of "John
#: Doe, however, disclaims", ", as managing member of the General Partner," of "Jane Roe, as
#: managing member of the General Partner, disclaims" (no comma, semicolon or bracket inside
#: but a legal form's: ", as general partner of Acme Master Fund, L.P.,"), or in brackets: "
#: (the managing member of the General Partner)"; never one adding to the subject: ", and each
#: of the Reporting Persons,", ", like each of the Reporting Persons,", ", together with the
#: Adviser,", ", with John Doe,"
SUBJECT_ASIDE = regex_cache.compile(rf"""
    (?:,(?!\s*(?:and|or|nor|plus|like|as\s+well\s+as|(?:(?:together|along)\s+)?with|as\s+do(?:es)?
    |in\s+addition\s+to)\b){_ASIDE_CHAR}{{1,120}},|\s*\([^()]{{1,120}}\))\s*$
""", _F)
#: A relative clause set off after the subject, right before its tail, which says who the
#: subject is and adds no one to it: ", who controls the General Partner," of "Jane Roe, who
#: controls the General Partner, disclaims", ", which is controlled by John Doe,", ", who is the
#: managing member of Acme GP, LLC," (no comma inside but a legal form's: only the last aside,
#: never "Fund I, which holds the shares, and Fund I-A, which ...,": review s22 H1); the
#: subject ends before it
RELATIVE_ASIDE = regex_cache.compile(rf"""
    ,\s*(?:who|whom|whose|which)\b{_ASIDE_CHAR}{{1,200}},\s*$
""", _F)
#: A name's role set off inside a list of names, before the list goes on (dropped before the
#: list is read): ", as general partner of the Master Fund" of "the General Partner, as general
#: partner of the Master Fund, and the Adviser", ", in her capacity as managing member of the
#: General Partner", " (as investment manager of the Master Fund)"; never ", as well as" (it
#: adds a name)
ROLE_IN_LIST = regex_cache.compile(r"""
    ,\s*(?:as|in\s+(?:its|his|her|their)\s+capacit(?:y|ies)\s+as)\s+(?!well\s+as\b|do(?:es)?\b)
      [^,;()]{1,120}(?=,\s*and\s)
  | \s*\(\s*(?:as|in\s+(?:its|his|her|their)\s+capacit(?:y|ies)\s+as)\s+[^()]{1,120}\)
""", _F)
#: Words before a list of names of the subject, taken off its start: "however," of "; however,
#: John Doe", "each of" of "each of the Adviser and John Doe", "both", "both of"
SUBJECT_LEAD = regex_cache.compile(r"""
    ^[\s,]*(?:however\b,?\s*)?(?:(?:each|both)(?:\s+of)?\s+)?
""", _F)
#: A leading clause of concession or cause about all the reporting persons, to its first comma
#: (the subject of the sentence's main clause comes after it): "Although each of the Reporting
#: Persons may be deemed to share beneficial ownership of the Shares," of "Although ..., John
#: Doe disclaims", "While each Reporting Person may be deemed ...,", "Because each ...,",
#: "Notwithstanding that each ...,"
LEADING_CLAUSE = regex_cache.compile(r"""
    \s*(?:although|though|even\s+though|while|whereas|because|since|as|given\s+that
    |notwithstanding(?:\s+the\s+fact)?\s+that)\s+each\s+(?:of\s+the\s+)?reporting\s+persons?\b
    [^,;()]{1,300},
""", _F)
#: The first word of a role that names a party after it, set off by commas: "its" of "its
#: managing member, Jane Roe,", "the" of "the sole director of the Offshore Fund, John Doe,"
DETERMINER = regex_cache.compile(r"""(?:the|its|his|her|their)\b""", _F)
#: Another "disclaim" after the first of a sentence: "...; however, John Doe disclaims beneficial
#: ownership of the Shares held by the Master Fund, and each other Reporting Person disclaims
#: ..." (the first clause's subject is not all who disclaim: the sentence reads as on main)
LATER_DISCLAIM = regex_cache.compile(r"""\bdisclaim""", _F)
#: An aside opening with an exception inside a named subject: ", other than the Offshore Fund,"
#: of "the Funds, other than the Offshore Fund, disclaim", " (but not the Adviser)", ", unlike
#: Jane Roe," (whom it leaves out is not read here: the sentence reads as on main)
ASIDE_EXCEPTION = regex_cache.compile(r"""
    [,(]\s*(?:other\s+than|except|excluding|exclusive\s+of|besides|apart\s+from|aside\s+from
    |save|(?:but|and)\s+not|not|rather\s+than|instead\s+of|unlike|as\s+opposed\s+to
    |with\s+the\s+exception\s+of|without)\b
""", _F)
#: A role or a definition set off in a disclaiming clause, whose names neither are its subject
#: nor add to it: ", as managing members of the General Partner" of "Jane Roe and John Doe, as
#: managing members of the General Partner, each disclaim", ", in her capacity as trustee of
#: the Roe Trust", ", each in its capacity as a control person of the Master Fund", ", the
#: managing member of the General Partner", "the sole director of the Offshore Fund" of "the
#: sole director of the Offshore Fund, John Doe,", ' (the "Adviser")', '(collectively, the
#: "Control Persons")'; never ", as with Jane Roe", ", as well as John Doe", ", as does the
#: Adviser", ", as Jane Roe does", "as to Jane Roe", ", a co-trustee with Jane Roe" (their
#: names are :attr:`OwnSubject.mentioned`); a legal form's comma is the role's: ", as general
#: partner of Acme Master Fund, L.P."
ROLE_OR_DEFINITION = regex_cache.compile(rf"""
    (?:^|[,(])\s*(?:each\s+)?
      (?:as\s+(?!(?:with|well|does|do|did|is|are|was|were|has|have|had|also|in|of|to|for|if
      |such|much|so|opposed|compared|against|though|the\s+case)\b)
      (?!{_ASIDE_CHAR}*\b(?:does|do|did)\b)
      |in\s+(?:its|his|her|their)\s+(?:respective\s+)?capacit(?:y|ies)\b){_ASIDE_CHAR}*
  | (?:^|[,(])\s*(?:the|a|an|its|his|her|their)\s+(?:(?!(?:and|or|with)\b)[a-z][\w-]*\s+){{1,3}}
      (?:of|to)\s{_ASIDE_CHAR}*
  | \(\s*[^()"“”]{{0,40}}["“][^"“”()]{{1,40}}["”]\s*\)
""", _F)
#: A comma, where the main clause after a :data:`LEADING_CLAUSE` may start
COMMA = regex_cache.compile(r""",""", re.VERBOSE)
#: The reporting persons as a whole or the others, named in a disclaiming clause beside its
#: subject: "the other Reporting Persons" of "John Doe, no less than the other Reporting
#: Persons, disclaims", "as each Reporting Person does", "all of the Filers", "the remaining
#: undersigned" (the sentence reads as on main); not "John Doe, one of the undersigned,"
ALL_IN_CLAUSE = regex_cache.compile(r"""
    \b(?:each|every|all|other|remaining)\s+(?:of\s+the\s+)?(?:other\s+)?
    (?:reporting\s+persons?|filers?|undersigned)\b
""", _F)
#: What ends a name found in a clause, taken off: a possessive's "'s" ("Adviser's"), a comma
NAME_END = regex_cache.compile(r"""(?:['’]s?|[\s,])+$""", re.VERBOSE)
#: The most commas after a :data:`LEADING_CLAUSE` tried as the start of the main clause
MAX_LEADING_COMMAS = 8


class SubjectKind(str, Enum):
    """How the subject of a disclaiming clause after a clause about all was read."""

    #: names read whole as a list: only they disclaim (when each answers to a party or group)
    NAMED = "named"
    #: "neither ... nor", "does not disclaim": no one disclaims
    NEGATED = "negated"


class OwnSubject(BaseModel):
    """The subject of a disclaiming clause, as read: its kind and, for
    :attr:`SubjectKind.NAMED`, its names as written (without "the" or an aside)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: SubjectKind
    names: list[str] = Field(default_factory=list)
    #: the other names in the clause, outside a role or a definition (:data:`ROLE_OR_DEFINITION`):
    #: "Jane Roe" of "John Doe (together with Jane Roe)", "the Adviser" of "the Adviser's sole
    #: member, John Doe,"; when one answers to a party or a defined group, the clause may add
    #: it or say whom it stands for, and the sentence reads as on main (review s21, third round)
    mentioned: list[str] = Field(default_factory=list)


def read_own_subject(before: str, plural: bool = False, after_all: bool = True
                     ) -> Optional[OwnSubject]:
    """The subject of the disclaiming clause that ``before`` (a sentence up to its "disclaim",
    whose earlier clause speaks of all the reporting persons) closes, when it departs from a
    disclaimer by all: names, or a negation; None otherwise (the sentence is read as a
    disclaimer by all the reporting persons, with its exceptions). ``plural``: the verb is
    "disclaim", whose subject is never one name in the singular ("the General Partner, as to
    which Jane Roe is managing member, and John Doe disclaim" is not John Doe's alone).

    The subject ends before an aside (:data:`SUBJECT_ASIDE`; a legal form's ", LLC," only
    when the name with it reads as none), or else before its tail (:data:`SUBJECT_TAIL`). Its
    clause opens after a comma after a leading clause about all of them
    (:data:`LEADING_CLAUSE`; tried from the last, never for a subject closed by a comma:
    "Because each ... is a member of a group with John Doe, Jane Roe, and the Adviser, each
    disclaims"), or where :func:`_clause_start` says; the sentence
    is all of theirs without such a place. The words from there read whole as names
    (:func:`_read_names`), or from the first comma after a phrase that excepts no one
    (:func:`_after_phrase`: "except to the extent of his pecuniary interest therein, John
    Doe", "the Adviser's managing member, Jane Roe"). A reading is given up (None) when an
    aside inside the subject opens with an exception (:data:`ASIDE_EXCEPTION`) or the clause
    names all the reporting persons or the others (:data:`ALL_IN_CLAUSE`); the clause's other
    names go with it (:attr:`OwnSubject.mentioned`, :func:`_mentioned`). The caller reads no
    subject when another "disclaim" follows in the sentence (:data:`LATER_DISCLAIM`).

    >>> t = "Each of the Reporting Persons may be deemed to own the Shares; however, "
    >>> [read_own_subject(t + s) for s in ("each of them ", "he ", "as of June 30, 2024, ")]
    [None, None, None]
    >>> read_own_subject(t + "the Adviser and John Doe each ").names
    ['Adviser', 'John Doe']
    >>> read_own_subject(t + "Jane Roe, as managing member of the General Partner, ").names
    ['Jane Roe']
    >>> read_own_subject(t + "neither the Adviser nor John Doe ").kind.value
    'negated'
    >>> read_own_subject(t + "Acme GP, LLC, ").names
    ['Acme GP, LLC']
    >>> read_own_subject(t + "John Doe (together with Jane Roe) ").mentioned
    ['Jane Roe']
    >>> read_own_subject(t + "the Master Fund, other than the Offshore Fund, ") is None
    True
    """
    if NEGATED.search(before):
        return OwnSubject(kind=SubjectKind.NEGATED)  # "John Doe does not disclaim"
    end = SUBJECT_TAIL.search(before).start()
    aside = SUBJECT_ASIDE.search(before, 0, end)
    stops = [end] if aside is None else [end, aside.start()] \
        if legal_form_only(aside.group(0).strip(" ,")) else [aside.start(), end]  # "Acme GP,
    # LLC, disclaims", "Jane Roe, who is a member of Acme GP, LLC," | "Jane Roe, as ..., disclaims"
    relative = RELATIVE_ASIDE.search(before, 0, end)
    if relative is not None:  # "Jane Roe, who controls the General Partner," (its names
        stops.insert(0, relative.start())  # are no subject's: never "mentioned")
    lead = LEADING_CLAUSE.match(before)
    for stop in stops:
        if lead is not None:  # "Although each ... may be deemed to own the Shares, John Doe"
            begin = lead.end()
            commas = [c.start() for c in COMMA.finditer(before, lead.end() - 1, stop)]
            starts = [at + 1 for at in reversed(commas[-MAX_LEADING_COMMAS:])] \
                if not before[:stop].rstrip().endswith(",") else []
        else:
            begin = _clause_start(before, stop, from_start=not after_all)
            if begin is None:
                return None  # no clause of its own: "..., which is the record holder, and"
            if NEITHER.match(before, begin):
                return OwnSubject(kind=SubjectKind.NEGATED)
            starts = [begin] + _after_phrase(before, begin, stop)
        for start in starts:
            names = _read_names(before[start:stop])
            if names is not None and not (plural and len(names) == 1 and
                                          not names[0].endswith("s")):
                if ASIDE_EXCEPTION.search(before, start, end) or \
                        ALL_IN_CLAUSE.search(before, begin, end):
                    return None  # "the Funds, other than the Offshore Fund, disclaim", "John
                    # Doe, as each Reporting Person does, disclaims"
                told = stop if relative is not None and stop == relative.start() else end
                return OwnSubject(kind=SubjectKind.NAMED, names=names,
                                  mentioned=_mentioned(before[begin:told], names))
    return None


def _clause_start(before: str, stop: int, from_start: bool = False) -> Optional[int]:
    """Where the disclaiming clause ending at ``stop`` of ``before`` opens: after the earlier
    clause's verb (never one after a :data:`RELATIVE`), at its first ", and" ("..., and Acme GP
    LLC and Jane Roe") that closes no list of the earlier clause's object (the Oxford ", and"
    of "held by Fund I, Fund I-A, and GP I, and Jane Roe": no comma between the verb, or the "and"
    before, and it), else at its last ", and", else at its one " and" ("... of the Shares and
    John Doe"; never one of several: "held by A and B and Jane Roe", nor one with a comma
    between the verb and it, closing a series: "held by the Master Fund, John Doe and Jane
    Roe"); else after the last
    :data:`CLAUSE_OPENING`; None without either, or when the sentence's last "each (of the)
    Reporting Person(s)" is no clause's subject nor an object (an exception's list may go on:
    "Each ..., other than A, which is ..., and B,").

    >>> read_own_subject("Each Reporting Person may be deemed to own the Shares held by Fund I, "
    ...                  "Fund I-A, and GP I, and Jane Roe ").names
    ['Jane Roe']
    """
    last = None
    for last in EVERYONE_DISCLAIMS.finditer(before, 0, stop):
        pass
    if last is not None and not EVERYONE_SUBJECT.match(before, last.start()) and \
            not BEFORE_OBJECT.search(before, 0, last.start()):
        return None
    stop = len(before[:stop].rstrip(" ,"))
    opening = max((o.end() for o in CLAUSE_OPENING.finditer(before, 0, stop)), default=0)
    relative = RELATIVE.search(before, opening, stop)
    verb = None
    for verb in CLAUSE_VERB.finditer(before, opening, relative.start() if relative else stop):
        pass
    if verb is None:  # no earlier clause: the sentence's own subject, when it may open it
        return opening if opening or from_start else None
    if from_start:  # a verb-like word may be a name's or an aside's ("a trust dated May 1",
        return None  # "the funds that hold the Shares"): read as on main (review s22b H2)
    joins = [s for s in SUBJECT_START.finditer(before, verb.end(), stop)
             if "and" in s.group(0).lower()]
    commas = [s for s in joins if "," in s.group(0)]
    since = verb.end()
    for s in joins:
        if "," in s.group(0) and "," not in before[since:s.start()]:
            return s.end()
        since = s.end()
    if commas:
        return commas[-1].end()
    if len(joins) == 1 and "," not in before[verb.end():joins[0].start()]:
        return joins[0].end()  # never the "and" of a series: "held by A, John Doe and Jane Roe"
    return None if joins else opening or None


def _after_phrase(before: str, start: int, stop: int) -> list[int]:
    """Where a subject may start after a phrase opening the clause at ``start``: after its first
    comma ("except to the extent of his pecuniary interest therein, John Doe", "the Adviser's
    managing member, Jane Roe,"), unless the phrase excepts someone ("other than the Master
    Fund, the Adviser disclaims" is the Adviser's exception, not its subject), or a subject
    closed by a comma follows a phrase that does not open as a name does (:data:`DETERMINER`:
    the list of "as to Jane Roe, John Doe and the Adviser, disclaims" is the phrase's).

    >>> t = "but, other than the Master Fund, the Adviser"
    >>> _after_phrase(t, 3, len(t))
    []
    >>> t = "but, as to the Master Fund, the Adviser"
    >>> [t[at:] for at in _after_phrase(t, 3, len(t))]
    [' the Adviser']
    """
    at = start + len(before[start:stop]) - len(before[start:stop].lstrip(" ,"))
    comma, subject = before.find(",", at, stop), before[:stop].rstrip()
    closed = subject.endswith(",") and not legal_form_only(subject[:-1].rsplit(",", 1)[-1])
    if comma == -1 or closed and not DETERMINER.match(before, at):
        return []  # (never the ", LLC," of "by virtue of Rule 13d-4, Acme GP, LLC, disclaims")
    cue = EXCEPTION_CUE.search(before, at, comma)
    if cue is not None and read_exception(before[cue.end():comma].strip())[0] \
            is not ExceptionKind.NO_PARTY:
        return []
    return [comma + 1]


def _read_names(text: str) -> Optional[list[str]]:
    """The names ``text`` (a subject, lead words :data:`SUBJECT_LEAD` taken off, roles inside
    a list :data:`ROLE_IN_LIST` dropped when needed) reads whole as
    (:func:`~graphkit.parsers.schedule13_exceptions.read_exception`), never a legal form alone.

    >>> _read_names(" each of the Adviser and John Doe, "), _read_names("LLC"), _read_names("he")
    (['Adviser', 'John Doe'], None, None)
    """
    text = text[SUBJECT_LEAD.match(text).end():].strip(" ,")
    for words in (text, ROLE_IN_LIST.sub("", text)):
        kind, names = read_exception(words)
        if kind is ExceptionKind.NAMES and not any(legal_form_only(n) for n in names):
            return names
    return None


def _mentioned(clause: str, names: list[str]) -> list[str]:
    """The names in ``clause`` (a disclaiming clause to its tail) other than its subject's
    ``names``, outside a role or a definition (:data:`ROLE_OR_DEFINITION`), without a
    possessive's "'s" (:attr:`OwnSubject.mentioned`).

    >>> _mentioned("John Doe (together with Jane Roe)", ["John Doe"])
    ['Jane Roe']
    >>> _mentioned("Jane Roe, as managing member of the General Partner,", ["Jane Roe"])
    []
    >>> _mentioned("the Adviser's sole member, John Doe,", ["John Doe"])
    ['Adviser']
    """
    masked = ROLE_OR_DEFINITION.sub(lambda m: " " * len(m.group(0)), clause)
    found = [NAME_END.sub("", n["name"]) for n in EXCEPTED_NAME.finditer(masked)]
    subject = {n.rstrip(".") for n in names}  # "Acme GP, L.L.C." read as a subject or not
    return [n for n in found if n and n.rstrip(".") not in subject]
