"""Exceptions in a disclaimer by all the reporting persons: whom "other than ..." leaves out.

A Schedule 13D/13G often disclaims for the reporting persons as a whole and leaves some of
them out: "Other than Acme Fund LP, the Reporting Persons disclaim ...", "The Reporting
Persons, other than Jane Roe, disclaim ...", "Each of the Reporting Persons, other than the
Master Fund, disclaims ...". An exception is read (:func:`read_exceptions`) as one of three
kinds (:class:`ExceptionKind`):

- a list of names and nothing else ("Jane Roe and John Doe", 'Acme Master Fund, L.P. (the
  "Master Fund")', "the Master Fund, which holds the Shares directly"): those parties are
  left out, provided each name answers to a party or a defined group (checked where the
  parties are known: :func:`graphkit.parsers.schedule13_disclaiming.disclaiming_parties`);
- words that are about no person ("as set forth herein", "to the extent of their pecuniary
  interest therein", "for purposes of Section 13(d)"): no one is left out;
- anything else ("the general partner of the Funds", "the record holder", "the Master Fund's
  general partner", "with respect to their direct holdings", "jane roe"): whom it leaves out
  is not read, so no one is known to disclaim (a missed disclaimer beats a wrong one).

Examples
--------
>>> t = "The Reporting Persons, other than Jane Roe and John Doe, disclaim beneficial ownership."
>>> [(e.kind.value, e.names) for e in read_exceptions(t, 0, 0, t.index("disclaim"))]
[('names', ['Jane Roe', 'John Doe'])]
"""

from __future__ import annotations

import re
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from graphkit import regex_cache
from graphkit.parsers.prose import NAME

_F = re.VERBOSE | re.IGNORECASE

#: The words opening an exception: "other than", "except", "except for", "excluding",
#: "besides", "apart from" (not "exception", "excepted")
EXCEPTION_CUE = regex_cache.compile(r"""
    \b(?:other\s+than|except(?:\s+for)?|excluding|besides|apart\s+from)\b
""", _F)
#: An exception about no person, at its start: "as set forth herein", "to the extent of their
#: pecuniary interest therein", "insofar as", "for purposes of Section 13(d)", "its pecuniary
#: interest therein", "their respective pecuniary interests", "in their capacities as general
#: partners", "the Reporting Persons' pecuniary interest", "Jane Roe's pecuniary interest" (an
#: interest, not its holder), "with respect to its pecuniary interest therein", "where otherwise
#: noted", "the foregoing", "that ...", "if required by law", "pursuant to Rule 13d-3", "in
#: connection with Section 16", "in his or her individual capacity"; not "as to the Shares held
#: by it" (a holding, like "with respect to"), "Jane Roe as to her pecuniary interest". A name
#: of a party inside ("insofar as Jane Roe is concerned") is checked where the parties are
#: known (:attr:`DisclaimerException.mentions`)
NOT_ABOUT_PERSONS = regex_cache.compile(r"""
    as\b(?!\s+(?:to|regards|for)\b) | (?:to|insofar|where|that|if|under)\b
  | for\s+(?:the\s+)?purposes?\s+of\b | pursuant\s+to\b | in\s+connection\s+with\b
  | (?:in\s+the\s+case\s+of\s+)?the\s+foregoing\b
  | (?:(?:with\s+respect|in\s+respect|as)\s+to\s+|in\s+the\s+case\s+of\s+)?
    (?:(?:the|each|its|their|his|her|such|any)\s+|(?-i:[A-Z][\w.\-]*)(?:'s|’s|'|’)?\s+){0,4}
    (?:respective\s+|own\s+)*(?:pecuniary|economic|proportionate)\s+interests?\b
  | in\s+(?:its|their|his|her|his\s+or\s+her)\s+(?:respective\s+)?(?:individual\s+)?
    capacit(?:y|ies)\b
""", _F)
#: A disclaimer that keeps the holder's pecuniary interest, anywhere in its sentence: "except
#: to the extent of its pecuniary interest therein", "Except for its pecuniary interest
#: therein, the Reporting Persons disclaim", "other than to the extent of his economic
#: interest", "in excess of their pecuniary interest"; not "the Fund, in which he has a
#: pecuniary interest", nor a disclaimer "of all such securities"
PECUNIARY_KEPT = regex_cache.compile(r"""
    \b(?:except|other\s+than|save|excluding|in\s+excess\s+of|beyond)\b
    [^.;]{0,120}?\b(?:pecuniary|economic|proportionate)\s+interests?\b
""", _F)
#: The bracket or dash that opens an exception set off by it, right before its words: "(" of
#: "Each of the Reporting Persons (other than Acme Fund LP) disclaims", "[", "—", "–", " - "
EXCEPTION_BRACKET = regex_cache.compile(r"""(?:(?P<open>[(\[—–])|\s(?P<dash>-{1,2}))\s*$""", re.VERBOSE)
#: The dash closing an exception a dash opened: "— other than Acme Fund LP —", "- ... -"
CLOSING_DASH = regex_cache.compile(r"""[—–]|\s-{1,2}(?=\s)""", re.VERBOSE)
#: Where an exception of the disclaiming clause stands, the text before its words: at the
#: clause's start ("Other than ..."), right after its subject ("The Reporting Persons, other
#: than", "Each Reporting Person (except"); not "all Shares other than"
CUE_PLACE = regex_cache.compile(r"""(?:^|\breporting\s+persons?)[\s,(\[—–-]{0,8}$""", _F)
#: What closes an exception before the clause goes on, taken off its end: the commas, the
#: "and" of "Other than Fund I, and except ...", the adverbs of ", each expressly disclaim"
EXCEPTION_TRAILER = regex_cache.compile(r"""
    (?:[\s,]|\b(?:and|each|hereby|expressly|specifically|also|individually|further)\b)+$
""", _F)
#: An aside after an excepted name, dropped before the name is looked up: its definition
#: ('(the "Master Fund")', '("Fund I")') or a relative clause in brackets ("(which holds the
#: Shares directly)")
NAME_ASIDE = regex_cache.compile(r"""
    \s*\((?:(?i:who|which)\b[^()]{0,120}
         |[^()"“”]{0,40}["“][^"“”()]{1,40}["”][^()]{0,60})\)
""", re.VERBOSE)
#: One excepted name, with "the" before it and an aside after it: "the Master Fund", 'Acme
#: Master Fund, L.P. (the "Master Fund")', "Ms. Roe", "JANE ROE", "the Master Fund (which holds
#: the Shares directly)" (never in lower case; a definition the name holds is taken off after)
EXCEPTED_NAME = regex_cache.compile(rf"""
    (?:[Tt]he\s+|THE\s+)?(?P<name>{NAME})(?:{NAME_ASIDE.pattern})?
""", re.VERBOSE)
#: Between two excepted names: ", ", ", and ", " and " (the "and" of "Roe and Co." is the
#: name's: :data:`~graphkit.parsers.prose.NAME`)
EXCEPTED_SEPARATOR = regex_cache.compile(r"""\s*,\s*(?:and\s+)?|\s+and\s+""", re.VERBOSE)
#: A relative clause after the last excepted name, to the exception's end: ", who is the sole
#: member of the General Partner", ", which holds the Shares directly"; no comma in it, nor a
#: later name after "and" (", which holds its shares directly and Fund I-A" lists Fund I-A)
EXCEPTED_RELATIVE = regex_cache.compile(r"""
    \s*,\s*(?i:who|which)\s(?:(?!\band\s+(?:[Tt]he\s+)?[A-Z])[^,;])*
""", re.VERBOSE)
#: A name's last word whose stop is its own: "L.P.", "Inc.", "Ltd.", "Co.", "Jr." (a stop after
#: any other ends the sentence)
LEGAL_STOP = regex_cache.compile(r"""(?:(?<=\.)[A-Z]\.|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Bros|Ltda|Cie)\.)$""",
                                 re.VERBOSE)
#: The longest exception read (a longer one is not read)
MAX_EXCEPTION = 400


class ExceptionKind(str, Enum):
    """How an exception of a disclaimer by all was read."""

    #: a list of names: the parties they name are left out
    NAMES = "names"
    #: about no person ("as set forth herein"): no one is left out
    NO_PARTY = "no_party"
    #: anything else: whom it leaves out is unknown, so no one is known to disclaim
    UNREAD = "unread"


class DisclaimerException(BaseModel):
    """One exception of a disclaimer by all, as read: its text's place in the sentence, its
    kind and the names it leaves out (for :attr:`ExceptionKind.NAMES`), as written."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int
    end: int
    kind: ExceptionKind
    names: list[str] = Field(default_factory=list)
    #: the names inside an exception about no person ("Jane Roe" of "insofar as Jane Roe is
    #: concerned"): when one answers to a party, whom it leaves out is unknown (review s19 M5)
    mentions: list[str] = Field(default_factory=list)


def read_exceptions(sentence: str, start: int, subject: int, stop: int
                    ) -> list[DisclaimerException]:
    """The exceptions between ``start`` (where the disclaiming clause opens) and ``stop``
    (its "disclaim") of ``sentence``, whose subject ("the Reporting Persons", "each of the
    Reporting Persons") starts at ``subject``: each runs from its words
    (:data:`EXCEPTION_CUE`) to the next exception, to the subject when it comes before the
    subject, or to ``stop`` (:data:`EXCEPTION_TRAILER` taken off), and is read by
    :func:`read_exception`.

    >>> t = ("Except as set forth herein, the Reporting Persons, other than Jane Roe, disclaim "
    ...      "beneficial ownership.")
    >>> [(e.kind.value, e.names) for e in read_exceptions(t, 0, 28, t.index("disclaim"))]
    [('no_party', []), ('names', ['Jane Roe'])]
    """
    cues = list(EXCEPTION_CUE.finditer(sentence, start, stop))
    out = []
    for i, cue in enumerate(cues):
        end = cues[i + 1].start() if i + 1 < len(cues) else stop
        if cue.start() < subject:
            end = min(end, subject)  # "Other than Fund I, the Reporting Persons"
        end = bracket_end(sentence, cue, end)  # "(other than Fund I) disclaims"
        text = sentence[cue.end():end]
        trailer = EXCEPTION_TRAILER.search(text)
        text = text[:trailer.start()] if trailer else text
        lead = len(text) - len(text.lstrip())
        kind, names = read_exception(text.strip())
        mentions = [n["name"] for n in EXCEPTED_NAME.finditer(text)] \
            if kind is ExceptionKind.NO_PARTY else []
        out.append(DisclaimerException(start=cue.end() + lead, end=cue.end() + len(text),
                                       kind=kind, names=names, mentions=mentions))
    return out


def bracket_end(sentence: str, cue: re.Match[str], end: int) -> int:
    """Where an exception set off by a bracket or dash (:data:`EXCEPTION_BRACKET`, right
    before its words ``cue``) ends: at its closing bracket or dash, when before ``end``.

    >>> t = "Each of the Reporting Persons (other than Jane Roe (the Adviser)) disclaims"
    >>> t[:bracket_end(t, EXCEPTION_CUE.search(t), len(t))]
    'Each of the Reporting Persons (other than Jane Roe (the Adviser)'
    >>> t = "Each Reporting Person — other than Jane Roe — disclaims"
    >>> t[:bracket_end(t, EXCEPTION_CUE.search(t), len(t))]
    'Each Reporting Person — other than Jane Roe '
    """
    opener = EXCEPTION_BRACKET.search(sentence, max(0, cue.start() - 8), cue.start())
    if opener is None:
        return end
    if opener["dash"] or opener["open"] in "—–":
        dash = CLOSING_DASH.search(sentence, cue.end(), end)
        return dash.start() if dash else end
    pair, depth = {"(": "()", "[": "[]"}[opener["open"]], 1
    for i in range(cue.end(), end):
        depth += (sentence[i] == pair[0]) - (sentence[i] == pair[1])
        if depth == 0:
            return i
    return end


def names_go_on(sentence: str, start: int, at: int) -> bool:
    """Whether a list of excepted names goes on over ``at`` (", and the Adviser", ", but ...")
    in the clause from ``start``: the last exception before ``at`` opens the clause or follows
    its subject ("Other than Jane Roe, John Doe, and ...", "The Reporting Persons, other than
    Jane Roe, and ...") and reads as names up to ``at`` (review s19 H1).

    >>> t = "The Reporting Persons, other than Jane Roe, John Doe, and the Adviser, disclaim"
    >>> names_go_on(t, 0, t.index(", and"))
    True
    >>> t = "Acme Fund LP holds all Shares other than those of Jane Roe, and each disclaims"
    >>> names_go_on(t, 0, t.index(", and"))
    False
    """
    cues = list(EXCEPTION_CUE.finditer(sentence, start, at))
    if not cues or not CUE_PLACE.search(sentence[start:cues[-1].start()]):
        return False
    return read_exception(sentence[cues[-1].end():at].strip())[0] is ExceptionKind.NAMES


def read_exception(text: str) -> tuple[ExceptionKind, list[str]]:
    """The kind of one exception's ``text`` (its words and closing comma taken off), and the
    names it lists, each without its aside (:data:`NAME_ASIDE`) or a sentence's stop.

    >>> read_exception('Acme Master Fund, L.P. (the "Master Fund") and Jane Roe')
    (<ExceptionKind.NAMES: 'names'>, ['Acme Master Fund, L.P.', 'Jane Roe'])
    >>> read_exception("to the extent of their pecuniary interest therein")[0].value
    'no_party'
    >>> [read_exception(t)[0].value for t in ("the general partner of the Funds",
    ...     "the Master Fund's general partner", "the record holder", "jane roe")]
    ['unread', 'unread', 'unread', 'unread']
    """
    if NOT_ABOUT_PERSONS.match(text):
        return ExceptionKind.NO_PARTY, []
    if not text or len(text) > MAX_EXCEPTION:
        return ExceptionKind.UNREAD, []
    names, at = [], 0
    while True:  # name by name, each read once (a list pattern matched whole backtracks
        n = EXCEPTED_NAME.match(text, at)  # over every reading of every legal form)
        if n is None:
            return ExceptionKind.UNREAD, []  # "the general partner of the Funds"
        name = NAME_ASIDE.sub("", n["name"]).rstrip(" ,")
        if name.endswith(("'s", "’s", "'", "’")):
            return ExceptionKind.UNREAD, []  # "Jane Roe's spouse": someone of hers
        if name.endswith(".") and not LEGAL_STOP.search(name):
            name = name[:-1]
        names.append(name)
        at = n.end()
        sep = EXCEPTED_SEPARATOR.match(text, at)
        if at == len(text) or EXCEPTED_RELATIVE.fullmatch(text, at):
            break  # "Jane Roe, who is the sole member of the General Partner"
        if sep is None or sep.end() == len(text):
            return ExceptionKind.UNREAD, []  # "Jane Roe as to 1,000 Shares"
        at = sep.end()
    return (ExceptionKind.NAMES, names) if names else (ExceptionKind.UNREAD, [])
