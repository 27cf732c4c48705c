"""Footnotes of Forms 3/4/5 that list the record holders of a line, each with its amount.

A parent that holds an issuer's shares through several subsidiaries or funds often lists them
in a footnote of the holding line, each name followed by the shares it holds directly::

    The shares ... are held by Acme Holdings Inc. ("Acme") indirectly through the following
    Acme subsidiaries: Acme Insurance Company (600), Acme Casualty Company (400).

A list too long for one footnote goes on in another that opens "(Continued from footnote 2)".
:func:`read_listed_holders` reads such a list (:data:`LIST_LEAD`, then one
:data:`LISTED_HOLDER` after another, across continued footnotes);
:func:`add_listed_holder_claims` makes each listed holder a party with a *direct*
``beneficial_owner_of`` claim for its amount of the line's security (the reporting owners keep
their indirect claims for the whole line), and ``parent_of`` claims from the parent when the
footnote calls the holders its subsidiaries. Amounts that do not add up to the line's amount
are kept as stated, with a warning; an amount with a fraction ("1,400.5") is rounded half up to
the whole shares a claim holds, with a warning naming the holder and the footnote.

Examples
--------
>>> from graphkit.source import SourceText
>>> note = SourceText("f4.xml", 'The shares are held by Acme Holdings Inc. ("Acme") indirectly '
...     "through the following Acme subsidiaries: Acme Insurance Company (600), and Acme "
...     "Casualty Company (400).")
>>> listed = read_listed_holders([("F2", note)])
>>> listed.parent, listed.subsidiaries, [(h.name, h.shares) for h in listed.holders]
('Acme Holdings Inc.', True, [('Acme Insurance Company', 600), ('Acme Casualty Company', 400)])
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import (Claim, Evidence, FilingWarning, Party, PartyKind, PartyRole,
                             Relation)
from graphkit.names import org_words
from graphkit.parsers.ownership_holdings import (FRACTIONAL_AMOUNT, HoldingLine,
                                                 read_share_amount)
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.xmldoc import FILER_TERM, find_party, next_claim_id
from graphkit.table_lines import title_key
from graphkit.source import SourceText

#: A defined term in brackets after a name or a list's kind (a part of :data:`LIST_LEAD`):
#: ("Acme"), (the "Funds"), (collectively, the "Funds")
_DEFINED_TERM = r"""\(\s*(?:collectively,?\s+)?(?:the\s+)?["“][^"”\n]{1,40}["”]\s*\)"""

#: The opening of a list of holders: who holds through them, and what they are, up to the
#: colon. "held by Acme Holdings Inc. ("Acme") indirectly through the following Acme
#: subsidiaries:" (group ``parent``, capitalized, up to the first " through " or " via ";
#: ``kind`` "subsidiaries"), "held indirectly by Acme Holdings Inc. through the following
#: subsidiaries:", "are held of record by the following entities:" (no parent), "held by the
#: following funds ("Funds"):", "owned as of March 1, 2024 by the following subsidiaries of
#: Acme Holdings Inc. ("Acme"):" (group ``owner``, the parent named after the kind)
LIST_LEAD = regex_cache.compile(rf"""
    \b(?:held|owned)\s+(?:of\s+record\s+|directly\s+|indirectly\s+)?
    (?:as\s+of\s+(?:[A-Za-z]+\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\s+)?
    by\s+                                                         # "as of March 1, 2024 by"
    (?:
        (?!the\s+following\b)(?:the\s+)?
        (?P<parent>(?-i:[A-Z0-9])(?:(?!\s(?:through|via)\s)[^()\n:;]){{0,150}}?)
                                                                  # "Acme Holdings Inc."
        \s*(?:{_DEFINED_TERM}\s*)?                                # ("Acme")
        ,?\s*(?:indirectly\s+|directly\s+)?(?:through|via)\s+
    )?
    the\s+following\s+
    (?:[A-Za-z0-9&.'’\-]+\s+){{0,4}}?                               # "Acme", "wholly owned"
    (?P<kind>subsidiaries|entities|funds|partnerships|affiliates|companies|trusts
      |vehicles|accounts)
    (?:\s+of\s+(?P<owner>(?-i:[A-Z])[^()\n:;"“]{{0,150}}?))?         # "of Acme Holdings Inc."
    \s*(?:{_DEFINED_TERM})?                                        # ("Funds")
    \s*:\s*
""", re.VERBOSE | re.IGNORECASE)

#: One holder of a list and its amount in brackets, after the separator from the one before:
#: "Acme Insurance Company (600)", ", and Acme Casualty Company (1,400.5)", "; Acme (UK) Ltd
#: (10,000 shares)", "Acme Fund LP (1,000 Shares)", "Roe Trust (1) (600)". A bracket inside a
#: name holds no digit first ("(UK)"), or is a label followed by the amount ("(1)" of "Roe
#: Trust (1) (600)", "(2012)" of "Roe Family Trust (2012) (1,000)"). An amount has a
#: thousands separator, a fraction, three digits or more, or the word "shares": a bare number
#: of one or two digits ("Roe Trust (1) and Roe Trust (2)") is a trust's number or a footnote
#: mark, never an amount, and ends the list there
LISTED_HOLDER = regex_cache.compile(r"""
    (?:\s*[,;]\s*|\s+)?(?:and\s+)?
    (?P<name>[A-Z0-9](?:[^();:\n]
        |\((?!\s*\d)[^()\n]{0,20}\)                  # "(UK)" of "Acme (UK) Ltd"
        |\(\s*\d[^()\n]{0,19}\)(?=\s*\(\s*\d)         # "(1)" of "Roe Trust (1) (600)"
    ){0,150}?)
    \s*\(\s*(?P<amount>
        \d{1,3}(?:,\d{3})+(?:\.\d+)?                    # "10,363,000", "1,400.5"
      | \d+\.\d+                                        # "12.5"
      | \d{3,}                                          # "600"
      | \d+(?=\s+(?i:shares?)\b)                        # "5 shares"
    )(?:\s+(?i:shares?))?\s*\)
    (?!\s*\(\s*\d)                                       # a label, an amount after it
""", re.VERBOSE)

#: Two parties joined in a list's parent, which names no one parent: " and " of "Acme
#: Holdings Inc. and Jane Roe", "&" of "Acme Inc. & Roe LLC" (not "Acme Fire & Marine Co.":
#: a legal form or a company word must end the part before it)
JOINED_NAMES = regex_cache.compile(r"""
    (?:Inc|Corp|Co|LLC|L\.L\.C|LP|L\.P|Ltd|Company|Corporation|Trust|Partners)\.?,?\s+(?:and|&)\s+
  | \s+and\s+(?:Mr|Ms|Mrs|Dr)\.?\s
""", re.VERBOSE)

#: What may end a list at the end of its footnote, which then goes on in the next:
#: "..., GEICO Secure Insurance Company (2,000,000)," (a comma or nothing, no full stop)
OPEN_END = regex_cache.compile(r"""\s*(?:,|;|,?\s*and)?\s*\Z""", re.VERBOSE)

#: A footnote that goes on from another: "(Continued from footnote 2)" (group ``number``)
CONTINUED = regex_cache.compile(r"""
    \A\s*\(?\s*continued\s+from\s+(?:footnote|note)\s+\(?(?P<number>\d{1,3})\)?\s*\)?\s*
    (?:[:.]\s*)?                                         # "Continued from footnote 2:"
""", re.VERBOSE | re.IGNORECASE)


class ListedHolder(BaseModel):
    """One holder of a footnote's list, with the amount printed beside it."""

    model_config = ConfigDict(frozen=True)

    name: str
    shares: int
    raw: str  # the amount as printed, "10,363,000"
    evidence: Evidence


class HolderList(BaseModel):
    """A footnote's list of holders: who holds through them, and each holder's amount."""

    model_config = ConfigDict(frozen=True)

    parent: Optional[str]  # "Acme Holdings Inc.", None for "held by the following funds:"
    subsidiaries: bool  # the footnote calls them the parent's subsidiaries
    holders: tuple[ListedHolder, ...]
    footnotes: tuple[str, ...]  # the ids of the footnotes it was read in, "F2", "F3"

    @property
    def total(self) -> int:
        """The listed amounts added up."""
        return sum(h.shares for h in self.holders)


def read_listed_holders(footnotes: Sequence[tuple[str, SourceText]],
                        others: Sequence[tuple[str, SourceText]] = ()) -> Optional[HolderList]:
    """The first list of holders with amounts in ``footnotes`` (``(id, text)`` pairs, as the
    form numbers them), read on in a footnote (of ``footnotes`` or ``others``) that opens
    "(Continued from footnote N)" where the list of footnote N runs to its end without a full
    stop; None when there is none.

    >>> from graphkit.source import SourceText
    >>> f2 = SourceText("f4.xml", "Held by the following funds: Acme Fund, L.P. (1,000), "
    ...                 "Acme Fund II, L.P. (2,000),")
    >>> f3 = SourceText("f4.xml", "(Continued from footnote 2) and Acme Fund (Q), L.P. (500).")
    >>> found = read_listed_holders([("F2", f2), ("F3", f3)])
    >>> [(h.name, h.shares) for h in found.holders], found.parent, found.footnotes, found.total
    ([('Acme Fund, L.P.', 1000), ('Acme Fund II, L.P.', 2000), ('Acme Fund (Q), L.P.', 500)], \
None, ('F2', 'F3'), 3500)
    >>> read_listed_holders([("F1", SourceText("f4.xml", "Held by Acme Fund, L.P. (1)."))])

    """
    every = list(footnotes) + [n for n in others if n not in footnotes]
    by_number = {_number(fid): fid for fid, _ in every}
    for fid, src in footnotes:
        lead = LIST_LEAD.search(src.text)
        if lead is None:
            continue
        holders, at = _holders(src, lead.end())
        if not holders:
            continue
        read = [fid]
        while OPEN_END.match(src.text, at) is not None:  # "... (2,000)," at the footnote's end
            follow = _continuation(every, by_number, fid)
            if follow is None:
                break
            fid, src, start = follow
            more, at = _holders(src, start)
            if not more:
                break
            holders += more
            read.append(fid)
        parent = lead["parent"] or lead["owner"]  # "subsidiaries of Acme Holdings Inc.:"
        return HolderList(parent=parent.strip() if parent else None,
                          subsidiaries=lead["kind"].lower() == "subsidiaries",
                          holders=tuple(holders), footnotes=tuple(read))
    return None


def _number(footnote_id: str) -> Optional[int]:
    """The number of a footnote id: 2 for "F2", None for an id without one."""
    digits = "".join(c for c in footnote_id if c.isdigit())
    return int(digits) if digits else None


def _continuation(footnotes: Sequence[tuple[str, SourceText]], by_number: dict, fid: str
                  ) -> Optional[tuple[str, SourceText, int]]:
    """The footnote that says it continues footnote ``fid``: its id, text, and where its own
    text starts (after "(Continued from footnote 2)")."""
    for other, src in footnotes:
        m = CONTINUED.match(src.text)
        if m is not None and by_number.get(int(m["number"])) == fid:
            return other, src, m.end()
    return None


def _holders(src: SourceText, at: int) -> tuple[list[ListedHolder], int]:
    """The holders listed one after another in ``src`` from ``at``, and where they end."""
    holders: list[ListedHolder] = []
    while True:
        m = LISTED_HOLDER.match(src.text, at)
        shares = read_share_amount(m["amount"]) if m is not None else None
        if m is None or shares is None:
            return holders, at
        name = " ".join(m["name"].split())
        holders.append(ListedHolder(name=name, shares=shares, raw=m["amount"],
                                    evidence=src.evidence(m.start("name"), m.end(),
                                                          section="footnote")))
        at = m.end()


def add_listed_holder_claims(book: PartyBook, claims: list[Claim], issuer_id: str,
                             line: HoldingLine, listed: HolderList, as_of=None,
                             line_total: Optional[int] = None) -> list[FilingWarning]:
    """Add the claims of the holders ``listed`` in a footnote of ``line``: each holder
    ``beneficial_owner_of`` the issuer with its amount of the line's security, held directly
    (it is the record holder), and the parent ``parent_of`` each holder when the footnote
    calls them its subsidiaries. Returns a warning when the amounts do not add up to the
    line's, and one for each amount with a fraction ("1,400.5"): a claim holds whole shares,
    so the amount is rounded half up, and the warning names the holder, the amount as printed
    and where it is.

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); issuer = book.add("Widget Inc."); acme = book.add("Acme Holdings Inc.")
    >>> note = SourceText("f4.xml", "Held by Acme Holdings Inc. through the following "
    ...     "subsidiaries: Acme Insurance Company (600), Acme Casualty Company (300).")
    >>> line = HoldingLine(title="Common Stock", direct=False, nature="See footnote",
    ...                    note=None, shares=1000, evidence=note.evidence(0, 4))
    >>> claims = []
    >>> warns = add_listed_holder_claims(book, claims, issuer.id, line,
    ...                                  read_listed_holders([("F2", note)]))
    >>> [(c.relation.value, book.get(c.source).name, book.get(c.target).name, c.shares)
    ...  for c in claims]  # doctest: +NORMALIZE_WHITESPACE
    [('parent_of', 'Acme Holdings Inc.', 'Acme Insurance Company', None),
     ('beneficial_owner_of', 'Acme Insurance Company', 'Widget Inc.', 600),
     ('parent_of', 'Acme Holdings Inc.', 'Acme Casualty Company', None),
     ('beneficial_owner_of', 'Acme Casualty Company', 'Widget Inc.', 300)]
    >>> warns[0].code
    'listed-holders-total'
    """
    parent = _parent(book, listed) if listed.subsidiaries else None
    where = "footnote" + ("s " if len(listed.footnotes) > 1 else " ") + \
        ", ".join(listed.footnotes)
    warnings: list[FilingWarning] = []
    for holder in listed.holders:
        party = find_party(book, holder.name) or _add(book, holder.name, holder.evidence)
        if party is None or party.id == issuer_id or parent is not None and party.id == parent.id:
            continue
        if parent is not None:
            _add_parent_claim(claims, parent, party, holder.evidence, where)
        if _holds_already(claims, party, issuer_id, line.title):
            continue  # its own line ("By Acme Fund LP", or a reporting owner's): counted there
        if FRACTIONAL_AMOUNT.search(holder.raw):
            warnings.append(_fraction_warning(holder, where))
        claims.append(Claim(
            id=next_claim_id(claims), relation=Relation.BENEFICIAL_OWNER_OF, source=party.id,
            target=issuer_id, shares=holder.shares, direct=True,
            security_class=line.title, as_of=line.as_of or as_of, evidence=[holder.evidence],
            note=f"record holder of {holder.raw} listed in {where} of the line"))
    total = line.shares if line_total is None else line_total
    if listed.total == total:
        return warnings
    first = listed.holders[0].evidence
    lines = "the line" if line_total is None else "the lines it is a footnote of"
    return warnings + [FilingWarning(
        code="listed-holders-total", source=first.source, line=first.line,
        message=f"{first.source}:{first.line}: the holders listed in {where} hold "
                f"{listed.total:,} in all, {lines} ({line.title}) {total:,}; each "
                "holder's amount is kept as stated")]


def _fraction_warning(holder: ListedHolder, where: str) -> FilingWarning:
    """The warning for a listed ``holder`` whose amount has a fraction, rounded half up to the
    whole shares of its claim.

    >>> from graphkit.source import SourceText
    >>> note = SourceText("f4.xml", "Acme Casualty Company (1,400.5)")
    >>> holder = ListedHolder(name="Acme Casualty Company", shares=1401, raw="1,400.5",
    ...                       evidence=note.evidence(0, 31))
    >>> _fraction_warning(holder, "footnote F2").message  # doctest: +NORMALIZE_WHITESPACE
    'f4.xml:1: Acme Casualty Company holds 1,400.5 shares as listed in footnote F2, a
     fraction; its claim holds whole shares: 1,401 (rounded half up)'
    """
    ev = holder.evidence
    return FilingWarning(
        code="listed-holders-fraction", source=ev.source, line=ev.line,
        message=f"{ev.source}:{ev.line}: {holder.name} holds {holder.raw} shares as listed in "
                f"{where}, a fraction; its claim holds whole shares: {holder.shares:,} "
                "(rounded half up)")


def _add_parent_claim(claims: list[Claim], parent: Party, child: Party, evidence: Evidence,
                      where: str) -> None:
    """``parent`` ``parent_of`` ``child``, once: a subsidiary listed again (for another
    security) adds its evidence to the claim already made."""
    for c in claims:
        if c.relation is Relation.PARENT_OF and c.source == parent.id and c.target == child.id:
            if evidence not in c.evidence:
                c.evidence.append(evidence)
            return
    claims.append(Claim(id=next_claim_id(claims), relation=Relation.PARENT_OF, source=parent.id,
                        target=child.id, evidence=[evidence],
                        note=f"stated in {where}: held through the following subsidiaries"))


def _holds_already(claims: list[Claim], party: Party, issuer_id: str, title: str) -> bool:
    """Whether ``party`` has a holding claim of the issuer's security ``title`` already: a
    line of its own, or one a line's nature names it the holder of."""
    key = title_key(title)
    return any(c.relation is Relation.BENEFICIAL_OWNER_OF and c.source == party.id
               and c.target == issuer_id and title_key(c.security_class) == key
               and c.shares is not None for c in claims)


def _parent(book: PartyBook, listed: HolderList) -> Optional[Party]:
    """The party the list's parent names, added when the form names it nowhere else; None for
    the reporting persons named as such ("held by the Reporting Person through ...") and for
    two parties joined (:data:`JOINED_NAMES`)."""
    if listed.parent is None or FILER_TERM.match(listed.parent) or \
            JOINED_NAMES.search(listed.parent):
        return None  # "Acme Holdings Inc. and Jane Roe": whose subsidiaries, not said
    return find_party(book, listed.parent) or _add(book, listed.parent,
                                                   listed.holders[0].evidence)


def _add(book: PartyBook, name: str, evidence: Evidence) -> Optional[Party]:
    """A party named in a list, added to ``book`` (or the one it names there)."""
    return book.add(name, role=PartyRole.NAMED, evidence=evidence,
                    kind=PartyKind.ORGANIZATION if org_words(name) else None)


def add_listed_holders(book: PartyBook, claims: list[Claim], issuer_id: str,
                       lines: Sequence[HoldingLine], notes: dict[str, SourceText],
                       as_of=None) -> list[FilingWarning]:
    """Add the claims of every list of holders in the footnotes of ``lines``
    (:func:`read_listed_holders`, :func:`add_listed_holder_claims`); ``notes`` are the form's
    footnotes by id. A list several lines of one security point to (one line per fund, one
    footnote for all) is read once, against their sum; for lines of another security it is
    not read again, with a warning.

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); issuer = book.add("Widget Inc.")
    >>> note = SourceText("f4.xml", "Held by the following funds: Acme Fund LP (600), "
    ...                   "Beta Fund LP (400).")
    >>> line = HoldingLine(title="Common Stock", direct=False, nature="See footnote",
    ...                    note=None, shares=1000, evidence=note.evidence(0, 4),
    ...                    footnotes=("F1: " + note.text,))
    >>> claims = []
    >>> add_listed_holders(book, claims, issuer.id, [line], {"F1": note})
    []
    >>> [(book.get(c.source).name, c.shares, c.direct) for c in claims]
    [('Acme Fund LP', 600, True), ('Beta Fund LP', 400, True)]
    """
    warnings: list[FilingWarning] = []
    read: dict[tuple[str, ...], tuple[HolderList, list[HoldingLine]]] = {}
    every = list(notes.items())
    for line in lines:
        ids = [f.split(": ", 1)[0] for f in line.footnotes]
        listed = read_listed_holders([(i, notes[i]) for i in ids if i in notes], every)
        if listed is not None:
            read.setdefault(listed.footnotes, (listed, []))[1].append(line)
    for listed, group in read.values():
        first = group[0]
        same = [x for x in group if title_key(x.title) == title_key(first.title)]
        for line in group[len(same):] if len(same) == len(group) else \
                [x for x in group if x not in same]:
            warnings.append(FilingWarning(
                code="listed-holders-shared", source=line.evidence.source,
                line=line.evidence.line,
                message=f"{line.evidence.source}:{line.evidence.line}: the holders listed in "
                        f"{', '.join(listed.footnotes)} are read for the line {first.title!r} "
                        f"({first.shares:,}) only, not again for {line.title!r} "
                        f"({line.shares:,})"))
        warnings += add_listed_holder_claims(
            book, claims, issuer_id, first, listed, as_of,
            line_total=sum(x.shares for x in same) if len(same) > 1 else None)
    return warnings
