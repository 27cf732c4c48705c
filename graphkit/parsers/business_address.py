"""Item 2(b) of Schedules 13D/13G: the principal business office of the reporting persons.

Two shapes occur:

- one address for named parties: "The address of the principal business office of each of
  A, B and C is: <address>";
- one address for every reporting person, printed under the caption "(b) Address of Principal
  Business Office or, if none, Residence:".

Addresses are context for the resolver (a bare brand name at the same address as a family's
management company joins that company), so they are read as printed, with evidence.

Examples
--------
>>> from graphkit.source import SourceText
>>> t = ("(b) Address of Principal Business Office or, if none, Residence:\\n\\n"
...      "The address of the principal business office of each of AB and CD is:\\n\\n"
...      "c/o Acme 1 Main Street, Suite 2 Springfield, Ohio 45501\\n\\n(c) Citizenship:")
>>> [(o.names, o.address) for o in read_business_addresses(SourceText(path="x", text=t))]
[(['AB', 'CD'], 'c/o Acme 1 Main Street, Suite 2 Springfield, Ohio 45501')]
>>> t = ("The address of the principal business office of each of the Reporting Persons other\\n"
...      "than Mr. Smith is 500 Park Avenue, New York.\\n\\n(c) Citizenship")
>>> [(o.names, o.excepted) for o in read_business_addresses(SourceText(path="x", text=t))]
[([], ['Mr. Smith'])]
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from pydantic import BaseModel, Field

from graphkit import regex_cache
from graphkit.models import Evidence
from graphkit.parsers.cue_search import find_all, finditer_at, fold_text, space_back
from graphkit.parsers.prose import split_names
from graphkit.source import SourceText

#: "The address of the principal business office of each of ACMV, ACVA and ACVP is:" — the
#: names are captured, on one line or wrapped onto a next one without figures ("each of the
#: Investment Manager and\n Mr. Smith is"; :func:`_names_wrap` tells which wraps are names);
#: "is" a whole word (not the "Is" of "the Issuer is"), after a relative clause set off among
#: the names ("Mr. Smith, who is its managing member, is": see :data:`RELATIVE_ASIDE`); the
#: address follows on the same or the next non-empty lines.
ADDRESS_OF_EACH = regex_cache.compile(r"""
    (?:the\s+)?(?:business\s+)?address\s+of\s+the\s+principal\s+(?:business\s+)?office
    \s+of\s+(?:each\s+of\s+)?
    (?P<names>[^:\n]{2,400}?(?:\n[ \t]*[^:\n\d\s][^:\n\d]{0,200}?)?)
    (?:\s*,\s*(?:who|which|that)\s[^,:\n]{1,100}?,)?\s+(?:is|are)\b\s*:?\s*
""", re.VERBOSE | re.IGNORECASE)
#: The relative pronoun that opens the address itself, left at the end of the names: ",
#: which" of "the principal business office of the Fund, which is 500 Park Avenue"
RELATIVE_END = regex_cache.compile(r"""\s*,\s*(?:who|which)$""", re.VERBOSE | re.IGNORECASE)
#: A relative clause (or pronoun) among the names of an :data:`ADDRESS_OF_EACH`, after a comma
#: (no part of them: ", who is its managing member," of "the Investment Manager and Mr. Smith,
#: who is its managing member, is") or without one ("the Reporting Persons who are individuals
#: is": only some of them, which ones unsaid)
RELATIVE_ASIDE = regex_cache.compile(r"""\s*,\s*(?:who|which|that)\s[^,]*(?:,|$)""",
                                     re.VERBOSE | re.IGNORECASE)
#: A restrictive relative clause left in the names, after the asides are cut: " who are
#: individuals" (the address is some of the persons', which ones is not read)
RESTRICTIVE = regex_cache.compile(r"""\b(?:who|which|that)\b""", re.VERBOSE | re.IGNORECASE)
#: The names of an :data:`ADDRESS_OF_EACH` that are the issuer's words: "the Issuer", "the
#: Company" (its office is no reporting person's, unless one is so called)
THE_ISSUER = regex_cache.compile(r"""(?:the\s+)?(?:Issuer|Company)""", re.VERBOSE | re.IGNORECASE)

#: "(b) Address of Principal Business Office or, if none, Residence:" — the Item 2(b) caption.
ADDRESS_CAPTION = regex_cache.compile(r"""
    \(b\)\s*Address\s+of\s+Principal\s+Business\s+Office(?:\s+or,?\s+if\s+none,?\s+Residence)?
    \s*:?[ \t]*
""", re.VERBOSE | re.IGNORECASE)

#: Where an address stops: the next item letter "(c)", an "Item" heading, or a blank line
#: followed by another caption.
ADDRESS_END = regex_cache.compile(r"""
    \n\s*(?:\(c\)|Item\s*\d|\#|CUSIP\s+No)|\n\s*\n\s*\n
""", re.VERBOSE | re.IGNORECASE)

#: What parts the names of an :data:`ADDRESS_OF_EACH` that :func:`split_names` reads as no
#: names (defined terms: "the Master Fund", "the Investment Manager and Mr. Aalto"): a comma or
#: "and", with "the" before a term
TERM_LIST_SEPARATOR = regex_cache.compile(r"""\s*,\s*(?:and\s+)?|\s+and\s+""", re.VERBOSE)
LEADING_THE = regex_cache.compile(r"""^the\s+""", re.VERBOSE | re.IGNORECASE)
#: The filing's own word for all its reporting persons: "the Reporting Persons", "the Filers"
EVERY_FILER = regex_cache.compile(r"""(?:Reporting|Filing)\s+Persons?|Filers""", re.VERBOSE | re.IGNORECASE)
#: The filers an address of every filer leaves out: "each of the Reporting Persons other than
#: Mr. Smith", "... except Mr. Smith", "... except for Acme and Mr. Smith"
OTHER_THAN = regex_cache.compile(r"""\b(?:other\s+than|except(?:\s+for)?)\s+(?P<names>.+)$""",
                                 re.VERBOSE | re.IGNORECASE)

#: Where the first line of wrapped names may go on onto the next: a word or mark that joins
#: names ("each of the Investment Manager and", "the Reporting Persons other", "Acme,")
NAMES_JOIN_END = regex_cache.compile(r"""(?:\b(?:and|or|of|other|than)|[,(&])[ \t]*$""",
                                     re.VERBOSE | re.IGNORECASE)
#: A line that opens a sentence of its own ("The principal business office of Mr. Smith is",
#: "Each of ..."), the names not going on onto it unless the line before ends joining them
SENTENCE_OPENING = regex_cache.compile(r"""
    [ \t]*(?:The|Each|Its|Such|All|Both|This|That|These|Those|Their|His|Her|Our)\b
""", re.VERBOSE)
#: Words of an address's own sentence, never in a wrapped line of names ("The Investment
#: Manager's office is ...", "Mr. Smith's residence is ...")
ADDRESS_WORDS = regex_cache.compile(r"""\b(?:office|address|residence|principal|located)\b""",
                                    re.VERBOSE | re.IGNORECASE)
#: Longest wrapped line of names (characters): a name or two, not a sentence
MAX_NAMES_WRAP = 80

#: Longest address kept (characters).
MAX_ADDRESS = 200


class BusinessAddress(BaseModel):
    """One Item 2(b) address and the names it is given for (empty: every reporting person,
    but those ``excepted``)."""

    names: list[str]
    address: str
    evidence: Evidence
    #: of an address of every reporting person, the ones it is not ("other than Mr. Smith")
    excepted: list[str] = Field(default_factory=list)

    def of_issuer(self) -> bool:
        """Whether the names are the issuer's words (:data:`THE_ISSUER`): "The address of the
        principal business office of the Issuer is ..." gives the issuer's office, no
        reporting person's unless one is so called.

        >>> BusinessAddress(names=["Issuer"], address="1 Main St", evidence=Evidence(
        ...     source="x")).of_issuer()
        True
        """
        return bool(self.names) and all(THE_ISSUER.fullmatch(n) for n in self.names)


def _address_after(src: SourceText, pos: int, end: int) -> tuple[Optional[str], int]:
    tail_end = min(end, pos + 600)
    stop = ADDRESS_END.search(src.text, pos, tail_end)
    raw = src.text[pos:stop.start() if stop else tail_end]
    address = " ".join(raw.split())[:MAX_ADDRESS]
    return (address or None), (stop.start() if stop else tail_end)


def _names(raw: str) -> list[str]:
    """The names an address is given for: :func:`split_names`, and the defined terms listed
    with "the" ("the Master Fund", "each of the Investment Manager and Mr. Aalto").

    >>> _names("AB and CD"), _names("the Investment Manager and Mr. Aalto")
    (['AB', 'CD'], ['Mr. Aalto', 'Investment Manager'])
    >>> _names("each of the Reporting Persons")  # every reporting person
    []
    """
    names = split_names(raw)
    for piece in TERM_LIST_SEPARATOR.split(raw.strip()):
        term = LEADING_THE.sub("", piece).strip(" .")
        if EVERY_FILER.search(term):
            return []  # "each of the (other) Reporting Persons": every one
        if term != piece.strip(" .") and term and term not in names:
            names.append(term)
    return names


def _addresses_of_each(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``ADDRESS_OF_EACH.finditer(text, start, end)``, tried only where a match can open.

    Every match holds "address" (any case), opening there or at the "business" or "the"
    before it (white space between): only those positions are tried (a case-insensitive
    search tries every position of Item 2).

    >>> t = "x The Business  Address of the principal office of AB is: 1 Main St"
    >>> [m.start() for m in _addresses_of_each(t, 0, len(t))]
    [2]
    """
    fold = fold_text(text)
    starts: set[int] = set()
    for c in find_all(fold, "address", start, end):
        starts.add(c)
        q = space_back(fold, c, start)
        if q == c:
            continue
        if q - 8 >= start and fold.startswith("business", q - 8):
            starts.add(q - 8)
            r = space_back(fold, q - 8, start)
            if q - 8 > r and r - 3 >= start and fold.startswith("the", r - 3):
                starts.add(r - 3)  # "the business address"
        if q - 3 >= start and fold.startswith("the", q - 3):
            starts.add(q - 3)  # "the address"
    return (m for m in finditer_at(ADDRESS_OF_EACH, text, sorted(starts), start, end)
            if _names_wrap(m["names"]))


def _names_wrap(names: str) -> bool:
    r"""Whether wrapped names (an :data:`ADDRESS_OF_EACH` ``names`` on two lines) go on onto
    their second line: short (:data:`MAX_NAMES_WRAP`), no :data:`ADDRESS_WORDS`, and no
    :data:`SENTENCE_OPENING` unless the first line ends joining names (:data:`NAMES_JOIN_END`).
    Names on one line always do.

    >>> _names_wrap("the Investment Manager and\n   Mr. Smith"), _names_wrap("Abdul Aziz\n Al-Sulaiman")
    (True, True)
    >>> _names_wrap("the Reporting Persons\n The principal business office of Mr. Smith")
    False
    >>> _names_wrap("the Reporting Persons\n The Investment Manager's office")
    False
    """
    first, nl, rest = names.partition("\n")
    if not nl:
        return True
    if len(rest.strip()) > MAX_NAMES_WRAP or ADDRESS_WORDS.search(rest):
        return False
    return bool(NAMES_JOIN_END.search(first)) or not SENTENCE_OPENING.match(rest)


def read_business_addresses(src: SourceText, start: int = 0, end: int | None = None
                            ) -> list[BusinessAddress]:
    """Every Item 2(b) address in ``src.text[start:end]``, with the names it belongs to."""
    end = len(src.text) if end is None else end
    out: list[BusinessAddress] = []
    found = list(_addresses_of_each(src.text, start, end))
    for m, nxt in zip(found, found[1:] + [None]):  # an address ends where the next one opens
        address, stop = _address_after(src, m.end(), nxt.start() if nxt else end)
        names = RELATIVE_ASIDE.sub("", RELATIVE_END.sub("", " ".join(m["names"].split())))
        if RESTRICTIVE.search(names):
            continue  # "of the Reporting Persons who are individuals is": some, unsaid which
        if address:
            other = OTHER_THAN.search(names)
            out.append(BusinessAddress(
                names=_names(names[:other.start()] if other else names), address=address,
                excepted=_names(other["names"]) if other else [],
                evidence=src.evidence(m.start(), stop, section="Item 2(b)")))
    if out:
        return out
    for m in ADDRESS_CAPTION.finditer(src.text, start, end):
        address, stop = _address_after(src, m.end(), end)
        if address and not ADDRESS_OF_EACH.match(address):
            out.append(BusinessAddress(names=[], address=address,
                                       evidence=src.evidence(m.start(), stop, section="Item 2(b)")))
    return out
