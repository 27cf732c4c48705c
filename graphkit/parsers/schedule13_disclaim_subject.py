"""The subject of a disclaiming clause that follows a clause about all the reporting persons.

A sentence often says first what all the reporting persons may be deemed to own and then who
disclaims: "Each of the Reporting Persons may be deemed to share beneficial ownership of the
Shares; however, John Doe disclaims beneficial ownership thereof." The subject of the clause
whose verb is "disclaim(s)" decides who disclaims (review s20, "the same on main"): the
earlier clause's "each of the Reporting Persons" never widens a subject of the disclaiming
clause's own. :func:`read_own_subject` reads that subject (:class:`OwnSubject`):

- none of its own ("... may be deemed to own the Shares but disclaims", "... but, except to
  the extent of its pecuniary interest therein, disclaims", "... and, pursuant to Rule 13d-4,
  disclaims", "... but nonetheless disclaims"), or one standing for all the reporting persons
  ("each of them", "they", "each", "it", "each Reporting Person", "each of the undersigned",
  "each member of the group", "he or she"): :attr:`SubjectKind.ALL`, the disclaimer stays the
  reporting persons' as a whole (with its exceptions: "... but, other than Fund I, disclaims");
- names read whole as a list ("John Doe", "the Adviser and John Doe", "each of the Master Fund
  and the Offshore Fund", "Jane Roe, as managing member of the General Partner,"):
  :attr:`SubjectKind.NAMED`, only they disclaim;
- anything else ("he" after a clause about all of them, "neither the Adviser nor John Doe",
  "as to which certain of them"): :attr:`SubjectKind.UNREAD`, no one is known to disclaim (a
  missed disclaimer beats a wrong one). An absent subject is never UNREAD (review s21).

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
from graphkit.parsers.prose_name_patterns import legal_form_only
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
#: A :data:`CLAUSE_OPENING` that joins two main clauses (after which a clause may go on
#: without a subject of its own, :data:`NO_SUBJECT`): ";", ":", "but", "however", "yet"; not
#: "although", "while", "that", "as to which"
COORDINATING = regex_cache.compile(r"""[;:]|but\b|however\b|yet\b""", _F)
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
#: Adverbs that may stand between a subject and "disclaim" (shared by :data:`SUBJECT_TAIL` and
#: :data:`EACH_ALONE`): "expressly", "nonetheless", "otherwise", "in any event" ...
_ADVERBS = r"""(?:also|hereby|expressly|specifically|explicitly|further|therefore|thus|accordingly
    |individually|separately|respectively|jointly|severally|solely|nevertheless|nonetheless
    |otherwise|still|consequently|hence|likewise|similarly|additionally
    |in\s+(?:all|any)\s+(?:events?|cases?)|as\s+such|as\s+a\s+result)"""
#: What may stand between the subject and "disclaim", taken off its end: "each", "also",
#: "hereby", "expressly", "nonetheless", "otherwise" ... of "The Adviser and John Doe each
#: expressly disclaim", "but nonetheless disclaims", "but they otherwise disclaim"
SUBJECT_TAIL = regex_cache.compile(rf"""
    (?:\s|\b(?:each|{_ADVERBS})\b)*$
""", _F)
#: "each" (or "all", "both") standing alone as the subject, right before "disclaim" (its
#: adverbs after it): ", and each expressly disclaims", "; however, except to the extent of its
#: pecuniary interest, each disclaims"; not "The Adviser and John Doe each disclaim" (nor the
#: "each" after an aside closing a named subject: "Jane Roe and John Doe, as managing members of
#: the General Partner, each disclaim", :func:`read_own_subject`)
EACH_ALONE = regex_cache.compile(rf"""
    (?:^|[,;:(]|\b(?:and|but|however|yet|that|although|though|while))\s*(?:each|all|both)
    (?:\s+{_ADVERBS})*\s*$
""", _F)
#: A clause with no subject of its own, only phrases set off by commas (or brackets) that speak
#: of no person, and adverbs, between its opening and "disclaim": " except to the extent of its
#: pecuniary interest therein, " of "... but, except to the extent of its pecuniary interest
#: therein, disclaims", "pursuant to Rule 13d-4 under the Act, ", " other than Fund I, " (an
#: exception, read as the reporting persons' own), " for purposes of Section 16, ", " in any
#: event, ", " accordingly, "; not " except to the extent of his interest, John Doe " (a subject
#: after the phrase), nor a phrase without its closing comma (it might run on into a name)
NO_SUBJECT = regex_cache.compile(rf"""
    (?:[\s,]*(?:\b{_ADVERBS}\b
      | \b(?:except|excepting|other\s+than|save|pursuant|under|in|for|to|as|with|without|by
        |after|subject|notwithstanding|consistent|regardless|upon|on|at|within|given|because
        |since|although|though|while|if|unless|where|when|insofar|inasmuch)\b[^,;]{{0,160}},
      | \(\s*(?:except|other\s+than|pursuant|under|in|for|to|as|with|subject|notwithstanding
        |insofar)\b[^()]{{0,160}}\)))*[\s,]*
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
#: The last words of a subject standing for all the reporting persons: "each of them", "they",
#: "each", "it", "all of them", "each such Reporting Person", "such persons", "each of the
#: foregoing", "he or it", "he or she", "each of such persons", "each person", "each of the
#: persons named above", "each member of the group"; not "he", "she" (a person the clause about
#: all does not single out), "certain of them", "each person named in Item 2(a)"
ALL_OF_THEM = regex_cache.compile(r"""
    ^[\s,]*(?:however\b,?\s*)?
    (?: (?:each|all|both)(?:\s+of\s+(?:them|these|those|the\s+foregoing(?:\s+\w+)?))?
      | they | it | (?:he|she)\s+or\s+(?:it|she|he) | it\s+or\s+(?:he|she)
      | (?:(?:each|all)\s+(?:of\s+)?)?such\s+(?:\w+\s+)?(?:persons?|entit(?:y|ies)|filers?)
      | (?:each|every|all)\s+(?:of\s+the\s+)?(?:persons?|members?\s+of\s+the\s+group)
        (?:\s+(?:named|listed|identified)\s+(?:above|herein))?
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
#: "each Reporting Person", "the Filing Persons", "each Reporting Entity", "each of the Filers",
#: "each of the undersigned" (in a joint filing, all who sign it)
FILERS_WORDS = regex_cache.compile(r"""
    \b(?:(?:reporting|filing)\s+(?:persons?|entit(?:y|ies))|filers|each\s+filer|undersigned)\b
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
#: A comma, where the main clause after a :data:`LEADING_CLAUSE` may start
COMMA = regex_cache.compile(r""",""", re.VERBOSE)
#: The most commas after a :data:`LEADING_CLAUSE` tried as the start of the main clause
MAX_LEADING_COMMAS = 8


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

    After a leading clause about all of them ("Although each of the Reporting Persons may be
    deemed ..., John Doe"), names read after it are the subject (:func:`_after_leading_clause`).
    The sentence is left the reporting persons' when its last "each (of the) Reporting
    Person(s)" is neither a clause's subject (:data:`EVERYONE_SUBJECT`) nor an object
    (:data:`BEFORE_OBJECT`): "Each of the Reporting Persons, other than the Master Fund, which
    is the record holder, and Jane Roe, disclaims" is its exception's to read. The subject
    ends before its tail (:data:`SUBJECT_TAIL`), or before an aside (:data:`SUBJECT_ASIDE`,
    never a legal form's ", LLC,") when read so; names before an aside are read before a lone
    "each" after it (:data:`EACH_ALONE`: "Jane Roe and John Doe, as managing members of the
    General Partner, each"). Its clause opens after the last :data:`CLAUSE_OPENING`, or after an "and"
    (:data:`SUBJECT_START`) that follows the earlier clause's verb (:data:`CLAUSE_VERB`)
    (:func:`_clause_start`). A clause of only phrases that name no one (:data:`NO_SUBJECT`)
    has no subject of its own. A clause with words of the reporting persons
    (:data:`FILERS_WORDS`), or whose last words are none or stand for all of them
    (:data:`ALL_OF_THEM`), keeps the disclaimer the reporting persons'. Else its subject is
    read from the first place in it (:data:`SUBJECT_START`, lead words :data:`SUBJECT_LEAD`
    taken off; roles inside a list, :data:`ROLE_IN_LIST`, dropped when needed) from which the
    rest reads whole as names
    (:func:`~graphkit.parsers.schedule13_exceptions.read_exception`), never a legal form alone;
    failing that, no one is known to disclaim.

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
    >>> read_own_subject("Each Reporting Person may be deemed to own the Shares but, except to "
    ...                  "the extent of its pecuniary interest therein, ").kind.value
    'all'
    >>> read_own_subject(t + "Acme GP, LLC, ").names
    ['Acme GP, LLC']
    """
    lead = _after_leading_clause(before)
    if lead is not None:  # "Although each of the Reporting Persons may ..., John Doe"
        return lead
    end = SUBJECT_TAIL.search(before).start()
    aside = form = SUBJECT_ASIDE.search(before, 0, end)
    if aside is not None and legal_form_only(aside.group(0).strip(" ,")):
        aside = None  # the ", LLC," of "Acme GP, LLC, disclaims" is its name's
    else:
        form = None
    if EACH_ALONE.search(before):  # "..., and each disclaims"
        own = _read_subject(before, aside.start()) if aside is not None else None
        if own is not None and own.kind is SubjectKind.NAMED:
            return own  # "Jane Roe and John Doe, as managing members of ..., each"
        return _all_of_them(before)
    last = None
    for last in EVERYONE_DISCLAIMS.finditer(before):
        pass
    if last is not None and not EVERYONE_SUBJECT.match(before, last.start()) and \
            not BEFORE_OBJECT.search(before, 0, last.start()):
        return OwnSubject(kind=SubjectKind.ALL)  # "Each ..., other than A, which is ..., and B,"
    if aside is not None:  # "Jane Roe, as managing member of ..., disclaims": "Jane Roe"
        own = _read_subject(before, aside.start())  # (not "; however, the Adviser,")
        if own is not None and own.kind is not SubjectKind.UNREAD:
            return own
    own = _read_subject(before, end)
    if form is not None and (own is None or own.kind is not SubjectKind.NAMED):
        named = _read_subject(before, form.start())  # "Jane Roe, who is the managing member
        if named is not None and named.kind is SubjectKind.NAMED:  # of Acme GP, LLC,"
            return named
    return own or OwnSubject(kind=SubjectKind.ALL)


def _after_leading_clause(before: str) -> Optional[OwnSubject]:
    """The names of the main clause's subject after a :data:`LEADING_CLAUSE` of ``before``
    ("Although each of the Reporting Persons may be deemed to own the Shares, John Doe"), read
    from the last comma after which they read whole as names (never a legal form alone: the
    "LLC" of "Acme GP, LLC"); None without such a clause or such names (the sentence is then
    read as any other).

    >>> _after_leading_clause("Although each Reporting Person may be deemed to own the Shares "
    ...                       "held by the Master Fund, the Offshore Fund and the Adviser, "
    ...                       "Acme GP, LLC ").names
    ['Acme GP, LLC']
    >>> _after_leading_clause("Although each Reporting Person may be deemed to own the "
    ...                       "Shares, each of them ") is None
    True
    """
    m = LEADING_CLAUSE.match(before)
    if m is None:
        return None
    commas = [c.start() for c in COMMA.finditer(before, m.end() - 1)]
    for at in reversed(commas[-MAX_LEADING_COMMAS:]):
        own = read_own_subject(before[at + 1:])
        if own.kind is SubjectKind.NAMED and not any(legal_form_only(n) for n in own.names):
            return own
    return None


def _read_subject(before: str, end: int) -> Optional[OwnSubject]:
    """The subject of the disclaiming clause ending at ``end`` of ``before`` (its tail and
    aside off), as :func:`read_own_subject` reads it; None when the clause has none ("... but
    disclaims", "... but, except to the extent of its pecuniary interest therein, disclaims":
    :data:`NO_SUBJECT`)."""
    raw_end, end = end, len(before[:end].rstrip(" ,"))
    openings = list(CLAUSE_OPENING.finditer(before, 0, end))
    opening = max((o.end() for o in openings), default=0)
    breaks = list(SUBJECT_START.finditer(before, opening, end))  # a last "and": no subject
    verb = None
    for verb in CLAUSE_VERB.finditer(before, opening, end):
        pass
    clause = _clause_start(before, opening, breaks, verb)
    # no subject after a coordinating opening ("but", "; however,": not the "while" of "the
    # Fund's general partner, while in that capacity, disclaims") or an "and" after the verb
    starts = [o.end() for o in openings if COORDINATING.match(o.group(0))]
    if any(NO_SUBJECT.fullmatch(before, at, raw_end)
           for at in starts + ([clause] if clause != opening else [])):
        return None  # "... but, pursuant to Rule 13d-4 under the Act, disclaims"
    last = before[max([clause] + [s.end() for s in breaks]):end]
    if not last.strip(" ,"):
        return None  # "... may be deemed to own the Shares but disclaims"
    if FILERS_WORDS.search(before, clause, end):
        return OwnSubject(kind=SubjectKind.ALL)  # "; however, each Reporting Person"
    if ALL_OF_THEM.fullmatch(last):
        return _all_of_them(before)  # "; however, each of them"
    for start in [clause] + [s.end() for s in breaks if s.start() >= clause]:
        text = before[start:end]
        text = text[SUBJECT_LEAD.match(text).end():].strip(" ,")
        for words in (text, ROLE_IN_LIST.sub("", text)):
            kind, names = read_exception(words)
            if kind is ExceptionKind.NAMES and not any(legal_form_only(n) for n in names):
                return OwnSubject(kind=SubjectKind.NAMED, names=names)
    return OwnSubject(kind=SubjectKind.UNREAD)  # "he", "neither ... nor", "Mr. Smith"


def _clause_start(before: str, opening: int, breaks: list[re.Match[str]],
                  verb: Optional[re.Match[str]]) -> int:
    """Where the disclaiming clause of ``before`` opens: after the earlier clause's ``verb``,
    at its first ", and" ("..., and Acme GP LLC and Jane Roe") that closes no list of the
    earlier clause's object (the Oxford ", and" of "held by Fund I, Fund I-A, and GP I, and
    Demir": no comma between the verb, or the "and" before, and it), else at its last ", and",
    else at its last " and" ("... held by A and B and Jane Roe": a miss at worst, never a name
    of the earlier clause's object); else at ``opening``.

    >>> read_own_subject("Each Reporting Person may be deemed to own the Shares held by Fund I, "
    ...                  "Fund I-A, and GP I, and Demir ").names
    ['Demir']
    """
    if verb is None:
        return opening
    joins = [s for s in breaks if s.start() >= verb.end() and "and" in s.group(0).lower()]
    commas = [s for s in joins if "," in s.group(0)]
    since = verb.end()
    for s in joins:
        if "," in s.group(0) and "," not in before[since:s.start()]:
            return s.end()
        since = s.end()
    return commas[-1].end() if commas else joins[-1].end() if joins else opening


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
