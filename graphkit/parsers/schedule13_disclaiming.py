"""Who disclaims beneficial ownership in a Schedule 13D/13G text: the parties the Items'
disclaimers (:func:`~graphkit.parsers.schedule13_items.find_disclaimers`) stand for.

A disclaimer by all the reporting persons marks each of them but those it leaves out (an
exception's names: :mod:`graphkit.parsers.schedule13_exceptions`; the holder named in its
object); when an excepted name answers to no party, whom it leaves out is unknown and no one is
marked (:func:`_unknown_excepted`). A disclaimer by named parties marks those parties, a group's
members included (:func:`~graphkit.parsers.schedule13_groups.expand_collective`). Where each
disclaimer of a party covers part of its holding only (:func:`disclaims_in_part`: its
pecuniary interest kept, or another holder's shares), its claims say so
(:func:`mark_disclaimed_in_part`).

Examples
--------
>>> from graphkit.source import SourceText
>>> from graphkit.parsers.schedule13_items import find_disclaimers
>>> book = PartyBook(); ids = {book.add(n).id for n in ("Acme Fund LP", "Jane Roe")}
>>> src = SourceText(path="x", text="The Reporting Persons, other than Acme Fund LP, disclaim "
...                  "beneficial ownership of the Shares.")
>>> [book.get(i).name for i in disclaiming_parties(find_disclaimers(src), book, [], ids)]
['Jane Roe']
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.models import Claim, Party, PartyKind, PartyRole
from graphkit.names import guess_kind
from graphkit.parsers.partybook import PartyBook, squeeze
from graphkit.parsers.partybook_names import HONORIFIC_SURNAME, surname_of
from graphkit.parsers.prose import DefinedTerm, find_collective_terms  # noqa: F401 (doctests)
from graphkit.parsers.schedule13_groups import EACH_OF_THE, expand_collective
from graphkit.parsers.cue_search import fold_text
from graphkit.parsers.schedule13_items import (COVER_DISCLAIMED, DISCLAIMS, DISCLAIMS_CUE,
                                               Disclaimer)
from graphkit.parsers.type_codes import kind_from_type_codes
from graphkit.parsers.xmldoc import same_person_name
from graphkit.source import SourceText


def disclaiming_parties(disclaimers: list[Disclaimer], book: PartyBook,
                        groups: list[DefinedTerm], reporting_ids: set[str]) -> set[str]:
    """The ids of the parties that disclaim beneficial ownership: every reporting person for
    a disclaimer by all ("Each of the Reporting Persons disclaims"), the members of a group
    the filing defines ("Each of the Acme GP and the Acme Individual Reporting Persons
    disclaims": each individual, a group only as the disclaiming clause's subject, never
    "the Shares held by the Acme Funds"), and each party named, a person also by a shorter spelling
    of the name ("Jane Roe disclaims" of "Jane Q. Roe").

    >>> from graphkit.source import SourceText
    >>> from graphkit.parsers.schedule13_items import find_disclaimers
    >>> src = SourceText(path="x", text='Jane Q. Roe and John Doe are referred to herein as '
    ...     'the "Acme Individuals". Each of Acme GP, LLC and the Acme Individuals disclaims '
    ...     'beneficial ownership. Richard Miles disclaims beneficial ownership of such shares.')
    >>> book = PartyBook()
    >>> ids = [book.add(n).id for n in ("Jane Q. Roe", "John Doe", "Acme GP, LLC",
    ...                                  "Richard T. Miles", "Acme Fund, L.P.")]
    >>> sorted(disclaiming_parties(find_disclaimers(src), book, find_collective_terms(src),
    ...                            set(ids)))
    ['p1', 'p2', 'p3', 'p4']
    """
    out: set[str] = set()
    for d in disclaimers:
        # "...; however, John Doe disclaims": John Doe's own (review s20); never when the
        # clause names another party: "John Doe (together with Jane Roe)" (review s21)
        others_named = any(_a_party(n, book, groups, reporting_ids)
                           or named_party(n, book, reporting_ids) is not None
                           for n in d.own_mentioned)
        own = None if others_named else _own_subject_ids(d.own_subject, book, groups,
                                                         reporting_ids)
        if own is not None:
            out |= own
            continue
        if d.everyone and _unknown_excepted(d.excepted, book, groups, reporting_ids):
            continue  # "other than J. Roe": whom it leaves out is unknown (review s18 H3)
        if d.everyone and any(_a_party(n, book, groups, reporting_ids) for n in d.mentioned):
            continue  # "Except insofar as Jane Roe is concerned" (review s19 M5)
        if d.everyone or d.sole_filer and len(reporting_ids) == 1:
            others = _left_out_ids(d.left_out, book, groups)
            out |= reporting_ids - others  # "of the Shares held by Acme Fund": not the fund's
        subjects = {EACH_OF_THE.sub("", n) for n in d.subjects}
        for name in d.names:
            if d.everyone and name in d.left_out:
                continue  # "Other than Fund I, the Reporting Persons disclaim" (review own17 H2)
            name = EACH_OF_THE.sub("", name)  # "Each of Acme GP, LLC"
            members = expand_collective(name, groups, book)
            if members is not None:
                if name in subjects:  # never the group of "the Shares held by the Acme Funds"
                    out |= {p.id for p in members}
                continue
            p = named_party(name, book, reporting_ids)
            if p is not None:
                out.add(p.id)
    return out


def named_party(name: str, book: PartyBook, reporting_ids: set[str]) -> Optional[Party]:
    """The party a disclaimer's ``name`` stands for: its own, a person's by another spelling
    ("Jane Roe" of "Jane Q. Roe", never "Roberta" of "Robert"), or a reporting person's by a
    title and surname ("Mrs. Holding").

    >>> book = PartyBook(); ids = {book.add("Jane Q. Roe").id}
    >>> named_party("Jane Roe", book, ids).name, named_party("J. Doe", book, ids)
    ('Jane Q. Roe', None)
    """
    p = book.lookup(name, fuzzy=False)
    if p is None and len(name.split()) >= 2 and guess_kind(name) is PartyKind.PERSON:
        p = book.lookup(name)
        p = p if p is not None and p.kind is PartyKind.PERSON \
            and same_person_name(name, p.name) else None
    return p if p is not None else titled_reporting_person(name, book, reporting_ids)


def _own_subject_ids(names: list[str], book: PartyBook, groups: list[DefinedTerm],
                     reporting_ids: set[str]) -> Optional[set[str]]:
    """The ids of the parties the names of a disclaiming clause's own subject
    (:attr:`Disclaimer.own_subject`) stand for: a defined group's members or a named party,
    for each; None when one answers to neither (the disclaimer then reads as by all).

    >>> book = PartyBook(); ids = {book.add(n).id for n in ("Acme Fund LP", "Jane Roe")}
    >>> _own_subject_ids(["Jane Roe"], book, [], ids), _own_subject_ids(["Jane Roe", "Doe"],
    ...                                                                  book, [], ids)
    ({'p2'}, None)
    """
    out: set[str] = set()
    for name in names:
        name = EACH_OF_THE.sub("", name)
        members = expand_collective(name, groups, book)
        if members is None:
            p = named_party(name, book, reporting_ids)
            members = [p] if p is not None else []
        if not members:
            return None
        out |= {p.id for p in members}
    return out or None


def _left_out_ids(names: list[str], book: PartyBook, groups: list[DefinedTerm]) -> set[str]:
    """The ids of the parties a disclaimer by all leaves out (:attr:`Disclaimer.left_out`):
    each name's party, or the members of the group it names ("held by the Funds"; review own17
    H1). A name no party or group answers to is no filer's."""
    out: set[str] = set()
    for name in names:
        members = expand_collective(name, groups, book)
        if members is not None:
            out |= {p.id for p in members}
            continue
        p = book.lookup(name)
        if p is not None:
            out.add(p.id)
    return out


def _unknown_excepted(names: list[str], book: PartyBook, groups: list[DefinedTerm],
                      reporting_ids: set[str]) -> bool:
    """Whether a name an exception lists (:attr:`Disclaimer.excepted`) answers to no reporting
    person, nor to a group the filing defines whose every member is one ("Y. K. Demir", "the
    Funds" undefined, or with a member read as "GP I. Fund I"): then whom the disclaimer leaves
    out is unknown.

    >>> book = PartyBook(); ids = {book.add("Jane Roe").id}
    >>> [_unknown_excepted([n], book, [], ids) for n in ("Jane Roe", "Ms. Roe", "J. Roe")]
    [False, False, True]
    """
    for name in names:
        members = expand_collective(name, groups, book)
        if members is None:
            listed = [name]
        else:
            key = squeeze(EACH_OF_THE.sub("", name.strip()))
            defined = {g.term: g.members for g in groups if squeeze(g.term) == key}
            if not members or len(defined) != 1:
                return True  # "the Funds" undefined, or defined over no known party
            [listed] = defined.values()
        for n in listed:
            p = book.lookup(n)
            if p is None or p.id not in reporting_ids:
                return True
    return False


def _a_party(name: str, book: PartyBook, groups: list[DefinedTerm], reporting_ids: set[str]
             ) -> bool:
    """Whether ``name`` answers to a party or a defined group ("Jane Roe", "the Master Fund",
    "Ms. Roe"; not "Section 16", "Rule 13d-3", "Item 5").

    >>> book = PartyBook(); ids = {book.add("Jane Roe").id}
    >>> [_a_party(n, book, [], ids) for n in ("Jane Roe", "Ms. Roe", "Rule 13d-3")]
    [True, True, False]
    """
    name = EACH_OF_THE.sub("", name.strip())
    return bool(expand_collective(name, groups, book)) or book.lookup(name, fuzzy=False) \
        is not None or titled_reporting_person(name, book, reporting_ids) is not None


def titled_reporting_person(name: str, book: PartyBook, reporting_ids: set[str]
                            ) -> Optional[Party]:
    """The reporting person that ``name``, a title and a surname ("Mrs. Roe"), stands for: the
    one person of the filing with that surname, counting a reporting person whose cover page
    types it an individual ("IN") before the cover's type settles its kind (a name whose last
    word reads as a company's: "Jane Orme Holding"); None when the surname is two persons' or
    titled for both sexes (:meth:`PartyBook.is_ambiguous`), or no reporting person's.

    >>> book = PartyBook(); p = book.add("Jane Orme Holding"); p.type_codes.append("IN")
    >>> titled_reporting_person("Mrs. Holding", book, {p.id}).name
    'Jane Orme Holding'
    >>> titled_reporting_person("Mrs. Holding", book, set()) is None
    True
    """
    titled = HONORIFIC_SURNAME.match(name.strip())
    if titled is None or book.is_ambiguous(name):
        return None
    low = titled["surname"].lower()
    hits = [p for p in book.parties
            if (p.kind is PartyKind.PERSON or kind_from_type_codes(p.type_codes)
                is PartyKind.PERSON) and any(surname_of(n) == low for n in p.all_names())]
    return hits[0] if len(hits) == 1 and hits[0].id in reporting_ids else None


def mark_disclaimed_in_part(claims: list[Claim], in_part: set[str]) -> int:
    """Set ``disclaims_in_part`` on the disclaimed claims (``disclaims``) of the parties in
    ``in_part``: those every disclaimer of which covers part of their holding only
    (:func:`disclaims_in_part`), so that their ownership is not disclaimed in full. Returns how
    many claims were marked.

    >>> from graphkit.relations import Relation
    >>> claims = [Claim(id="c1", source="p1", target="p9", disclaims=True,
    ...                 relation=Relation.BENEFICIAL_OWNER_OF),
    ...           Claim(id="c2", source="p2", target="p9", disclaims=True,
    ...                 relation=Relation.BENEFICIAL_OWNER_OF)]
    >>> mark_disclaimed_in_part(claims, {"p1"}), [c.disclaims_in_part for c in claims]
    (1, [True, None])
    """
    marked = [c for c in claims if c.disclaims and c.source in in_part]
    for c in marked:
        c.disclaims_in_part = True
    return len(marked)


#: The holder named in a disclaimer's object, after the disclaiming words: "... of the shares of
#: Preferred Stock issued to Acme Trading", "of the Units owned of record by Roe Partners", "of
#: the 3,000 Common Shares ... beneficially owned by Acme-Japan" (``holder``: a capitalized name)
OTHERS_SHARES = regex_cache.compile(r"""
    \b(?:held|owned|issued|issuable|granted)\s+
    (?:(?:of\s+record|directly|indirectly|beneficially)\s+)?(?:by|to)\s+
    (?P<holder>(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s(?:[A-Z][\w.&'’\-]*|of|and|&)){0,6})
""", re.VERBOSE)
#: The other filers' shares as a disclaimer's object: "held by the other Reporting Persons",
#: "owned by each other", "by one another"
OTHER_FILERS = regex_cache.compile(r"""
    \b(?:the\s+|each\s+)?other\s+(?:reporting\s+persons?|filers?|members?)\b
  | \beach\s+other\b | \bone\s+another\b
""", re.VERBOSE | re.IGNORECASE)


def disclaims_in_part(d: Disclaimer, book: PartyBook, groups: list[DefinedTerm],
                      reporting_ids: set[str]) -> bool:
    """Whether disclaimer ``d`` covers part of its subjects' holdings only: it keeps their
    pecuniary interest (:attr:`Disclaimer.keeps_pecuniary`), or its object is the shares of
    the other filers (:data:`OTHER_FILERS`) or of another party of the filing
    (:data:`OTHERS_SHARES`), which that party's own holding counts. A disclaimer of shares
    owned by holders the filing does not name ("owned by the Funds", "held by its clients")
    covers all the holding.

    >>> from graphkit.source import SourceText
    >>> from graphkit.parsers.schedule13_items import find_disclaimers
    >>> book = PartyBook(); ids = {book.add(n).id for n in ("Acme Fund LP", "Acme Trading LLC")}
    >>> said = lambda t: disclaims_in_part(find_disclaimers(SourceText(path="x", text=t))[0],
    ...                                    book, [], ids)
    >>> said("Acme Fund LP disclaims beneficial ownership of the shares issued to Acme "
    ...      "Trading LLC."), said("Acme Fund LP disclaims beneficial ownership of the shares "
    ...      "held by the Funds it advises.")
    (True, False)
    """
    if d.keeps_pecuniary:
        return True
    text = d.evidence.text or ""
    at = DISCLAIMS.search(text)
    obj = text[at.end():] if at else text
    if OTHER_FILERS.search(obj):
        return True
    own = disclaiming_parties([d], book, groups, reporting_ids)
    for m in OTHERS_SHARES.finditer(obj):
        p = book.lookup(m["holder"])
        if p is not None and p.id not in own and PartyRole.ISSUER not in p.roles:
            return True
    return False


#: A number of shares a cover page's disclaimer names, in its clause: "as to 1,100,000
#: shares" of "2,050,000 shares (with disclaimer of beneficial ownership as to 1,100,000
#: shares)", "includes 1,100,000 shares as to which the Reporting Person disclaims ..." (group
#: ``count``; a count of thousands, never a percent, a year or a row number)
DISCLAIMED_COUNT = regex_cache.compile(r"""
    (?<![\d,.])(?P<count>\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,.%])   # "1,100,000"
    \s+(?:of\s+(?:the\s+|such\s+|these\s+)?)?shares\b            # " shares"
""", re.VERBOSE | re.IGNORECASE)

#: A disclaimer's object that refers to shares named before it: " of such shares", " as to
#: these shares"
REFERS_BACK = regex_cache.compile(r"""
    \s+(?:of|as\s+to|with\s+respect\s+to)\s+(?:such|these|those|the\s+foregoing)\s+shares\b
""", re.VERBOSE | re.IGNORECASE)

#: How far a cover disclaimer's clause may reach either side of its words (characters)
CLAUSE_REACH = 200


def cover_disclaims_in_part(src: SourceText, covers: list[tuple[int, int]],
                            shares: Optional[int]) -> bool:
    """Whether each disclaimer on the cover pages ``covers`` (``(start, end)`` of each) names
    a count of shares below the holding ``shares``: "2,050,000 shares (with disclaimer of
    beneficial ownership as to 1,100,000 shares)" disclaims the wife's 1,100,000, not the
    950,000 he owns. A disclaimer naming no count, or the whole holding, is in full.

    The clause of a disclaimer runs from the last "(" or end of a sentence before its words
    to the next ")" or end of a sentence (at most :data:`CLAUSE_REACH` either side); one whose
    object refers back ("of such shares", :data:`REFERS_BACK`) takes in the sentence before.

    >>> t = ("11 AGGREGATE AMOUNT\\n 2,050,000 shares (with disclaimer of beneficial "
    ...      "ownership as\\n to 1,100,000 shares)\\n12 CHECK BOX")
    >>> src = SourceText(path="x.txt", text=t)
    >>> cover_disclaims_in_part(src, [(0, len(t))], 2050000)
    True
    >>> cover_disclaims_in_part(src, [(0, len(t))], 1100000)  # the whole holding
    False
    >>> t = "9 AGGREGATE 6,941,000 Beneficial ownership disclaimed pursuant to Rule 13d-4"
    >>> cover_disclaims_in_part(SourceText(path="x.txt", text=t), [(0, len(t))], 6941000)
    False
    """
    text, found = src.text, False
    fold = fold_text(text)
    for start, end in covers:
        if fold.find(DISCLAIMS_CUE, start, end) == -1:
            continue  # every COVER_DISCLAIMED match holds "disclaim" (any case)
        for m in COVER_DISCLAIMED.finditer(text, start, end):
            lo = max(start, m.start() - CLAUSE_REACH)
            opening = m.start() if text.startswith("(", m.start()) else max(
                text.rfind("(", lo, m.start()), text.rfind(". ", lo, m.start()), lo)
            hi = min(end, m.end() + CLAUSE_REACH)
            close = min((i for i in (text.find(")", m.end(), hi), text.find(". ", m.end(), hi))
                         if i != -1), default=hi)
            if REFERS_BACK.match(text, m.end(), close):  # "... of such shares": the sentence
                opening = max(text.rfind(". ", lo, max(opening - 1, lo)) + 1, lo)  # before
            counts = [int(c["count"].replace(",", ""))
                      for c in DISCLAIMED_COUNT.finditer(text, opening, close)]
            if shares is None or not counts or max(counts) >= shares:
                return False  # a disclaimer of the whole holding
            found = True
    return found
