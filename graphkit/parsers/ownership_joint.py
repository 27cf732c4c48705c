"""A direct holding line of Table I reported once for several reporting owners.

A Form 4 filed jointly by several funds prints one line of shares held directly ("D") with
one amount: the funds' total, since no two owners hold the same shares directly. A footnote
on the line often splits it: "(i) Acme Fund IV Trust owns an aggregate of 3,242,469 shares of
Common Stock and Acme GP IV Trust owns an aggregate of 810,617 shares". :func:`owner_amounts`
reads such a split (:data:`OWNER_AMOUNT`), and :func:`add_joint_holding_claims` gives each
owner its own amount. An owner the footnotes give no amount keeps the line's total, noted as
the joint figure of all owners (never its own holding), and a ``joint-holding`` warning names
the file and the line; a split whose amounts do not add up to the total is warned about too
(``joint-holding-sum``).

An indirect line ("I") of several owners is another matter: a fund's shares are beneficially
owned by its general partner and manager as well, so each owner's claim to the whole amount is
right (overlapping, never to be summed); :func:`~graphkit.parsers.ownership_holdings.add_holding_claims`
gives it, and :func:`drop_sibling_claims` takes it back from a fund beside the line's holder
that holds a line of its own (a sibling of the same manager holds none of the other's shares).

Examples
--------
>>> m = OWNER_AMOUNT.search("(ii) Acme Fund (AI) Trust owns an aggregate of 1,000 shares of it")
>>> m["name"], m["shares"]
('Acme Fund (AI) Trust', '1,000')
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from graphkit import regex_cache
from graphkit.models import Claim, FilingWarning, Party, PartyKind
from graphkit.parsers.ownership_holdings import FOOTNOTE_HOLDER, HoldingLine
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose_name_patterns import LEGAL_COMMA
from graphkit.parsers.xmldoc import next_claim_id
from graphkit.relations import CONTROL_RELATIONS, Relation
from graphkit.table_lines import JOINT_TOTAL

#: One owner's own amount in a footnote, after "(i) ", ", ", "; ", ": ", "and " or a sentence's
#: end ("... Distributions. Acme Fund owns"): "(i) Acme Fund IV Trust owns an aggregate of
#: 3,242,469 shares of Common Stock", "and Acme GP, LLC directly holds 500 shares",
#: "Acme Fund (AI) Trust beneficially owns a total of 1,000 shares" (never "held": a past
#: holding, nor a name across a comma but a legal form's: "Following the sale, Acme Fund owns
#: ...", "Acme Fund, L.P. owns ..."); the class after "shares of" is ``security``: "Series A
#: Preferred Stock", "the Issuer's Common Stock"
OWNER_AMOUNT = regex_cache.compile(r"""
    (?:^|(?<=\)\s)|(?<=[,;:]\s)|(?<=\band\s)|(?<=[a-z0-9)]\.\s))
    (?P<name>[A-Z](?:[^,;:]|,\s(?=(?:L\.?\s?L\.?\s?C|L\.?\s?P|Inc|Ltd|Corp)\b)){1,80}?)\s+
    (?:(?:directly|beneficially)\s+)?(?:owns|holds)\s+
    (?:(?:directly|of\s+record)\s+)?(?:(?:an\s+aggregate|a\s+total)\s+of\s+)?
    (?P<shares>\d{1,3}(?:,\d{3})+|\d+)\s+shares\b
    (?:\s+of\s+(?:the\s+Issuer['’]s\s+|the\s+Company['’]s\s+)?
       (?P<security>[A-Z][\w$-]*(?:\s[A-Z0-9][\w$-]*){0,5}))?
""", re.VERBOSE)

#: Words saying an amount is the one before the transaction, in the amount's sentence: "Prior
#: to the Distributions, Acme Fund owns ...", "... owns 500 shares before the sale"
BEFORE_TRANSACTION = regex_cache.compile(r"""
    \b(?:prior\s+to|before|immediately\s+preceding)\b
""", re.VERBOSE | re.IGNORECASE)

#: A sentence's end inside a footnote: "... the Distributions. Acme Fund owns" (not "L.P. owns"
#: nor "Jane Q. Roe")
SENTENCE_END = regex_cache.compile(r"""
    (?<=[a-z0-9)]\.)\s+(?=[A-Z(])
""", re.VERBOSE)

#: Words of a class name that say nothing of which class it is
_CLASS_FILLER = {"stock", "shares", "share", "the", "of", "par", "value"}


def same_security(stated: str, title: str) -> bool:
    """Whether the class a footnote states after "shares of" can be the line's ``title``: the
    words of one (bar "Stock" and the like) are all words of the other.

    >>> same_security("Common Stock", "Common Stock, par value $0.001")
    True
    >>> same_security("Series A Preferred Stock", "Common Stock")
    False
    """
    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[a-z0-9$]+", text.lower()) if w not in _CLASS_FILLER}
    a, b = words(stated), words(title)
    return a <= b or b <= a


def owner_amounts(footnotes: Sequence[str], book: PartyBook,
                  owners: Sequence[Party], title: Optional[str] = None) -> dict[str, int]:
    """The amounts ``footnotes`` state as each of ``owners``' own, by party id.

    A name that is no owner (by any name or defined term the book knows) is skipped; so is an
    amount of another class than ``title`` (:func:`same_security`) and one stated as held
    before the transaction (:data:`BEFORE_TRANSACTION` in its sentence); an owner given two
    different amounts gets none.

    >>> book = PartyBook(); a = book.bind_term("Fund IV", "Acme Fund IV, L.P.")
    >>> b = book.add("Acme GP IV, L.L.C.")
    >>> owner_amounts(["F3: (i) Fund IV owns an aggregate of 1,200 shares and Acme GP IV, "
    ...                "L.L.C. owns 300 shares."], book, [a, b])
    {'p1': 1200, 'p2': 300}
    >>> owner_amounts(["Acme Fund IV, L.P. owns 1,200 shares and Zeta LLC owns 9 shares"], book, [a])
    {'p1': 1200}
    >>> owner_amounts(["F3: Prior to the sale, Fund IV owns 1,500 shares of Common Stock. "
    ...                "Fund IV owns 1,200 shares of Common Stock following the sale. Acme GP "
    ...                "IV, L.L.C. owns 7 shares of Series A Preferred Stock."],
    ...               book, [a, b], "Common Stock")
    {'p1': 1200}
    """
    ids = {p.id for p in owners}
    found: dict[str, set[int]] = {}
    for text in footnotes:
        if " shares" not in text or not ("owns" in text or "holds" in text):
            continue  # (a cheap test before the pattern)
        for m in OWNER_AMOUNT.finditer(text):
            party = book.lookup(m["name"])
            if party is None or party.id not in ids:
                continue
            if m["security"] and title and not same_security(m["security"], title):
                continue  # "owns 500 shares of Series A Preferred Stock" on a common line
            if BEFORE_TRANSACTION.search(_sentence(text, m.start(), m.end())):
                continue  # "Prior to the Distributions, Acme Fund owns ..."
            found.setdefault(party.id, set()).add(int(m["shares"].replace(",", "")))
    return {pid: next(iter(amounts)) for pid, amounts in found.items() if len(amounts) == 1}


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``start``..``end`` (:data:`SENTENCE_END`)."""
    ends = [e.start() for e in SENTENCE_END.finditer(text)]
    begin = max((e for e in ends if e <= start), default=0)
    stop = min((e for e in ends if e >= end), default=len(text))
    return text[begin:stop]


def add_joint_holding_claims(book: PartyBook, claims: list[Claim], owners: Sequence[Party],
                             issuer_id: str, line: HoldingLine, path: str,
                             as_of=None, line_holders: Optional[set[str]] = None
                             ) -> list[FilingWarning]:
    """Add the claims of a direct ``line`` of several ``owners``: each owner's own amount where
    the line's footnotes state it (:func:`owner_amounts`), else the line's total noted as the
    joint figure of all owners; dated by the line's own date where it has one, else ``as_of``.
    Where the footnotes name the one owner holding it (:func:`direct_holder`), an owner no link
    to it is read for holds it indirectly, unless it is among ``line_holders`` (the ids of the
    owners that hold a line of the filing directly, :func:`line_holder_ids`: a peer fund).
    Returns the warnings (the file and line named).

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); issuer = book.add("Widget Inc.")
    >>> a, b = book.add("Acme Fund IV, L.P."), book.add("Acme GP IV, L.L.C.")
    >>> ev = SourceText("f4.xml", "1500").evidence(0, 4)
    >>> line = HoldingLine(title="Common Stock", direct=True, nature=None, note=None,
    ...                    shares=1500, evidence=ev,
    ...                    footnotes=("F3: Acme Fund IV, L.P. owns 1,200 shares.",))
    >>> claims = []
    >>> [w.code for w in add_joint_holding_claims(book, claims, [a, b], issuer.id, line, "f4.xml")]
    ['joint-holding']
    >>> [(book.get(c.source).name, c.shares) for c in claims]
    [('Acme Fund IV, L.P.', 1200), ('Acme GP IV, L.L.C.', 1500)]
    """
    amounts = owner_amounts(line.footnotes, book, owners, line.title)
    holder = None if amounts else direct_holder(line.footnotes, book, owners, line.shares)
    where = f"{path}:{line.evidence.line}"
    if holder is not None:  # one owner holds the line: the others hold none of it directly
        unlinked = _add_held_by(claims, owners, holder, issuer_id, line, as_of)
        peers = [o for o in unlinked if o.id in (line_holders or ())]
        unlinked = [o for o in unlinked if o not in peers]  # a fund holding a line of its own
        # beside this one is the holder's peer, none of whose shares it holds (review s34 rv5 H2)
        for owner in unlinked:  # (how is not read: the same shares, indirectly)
            note = f"held directly by {holder.name}, per the footnotes; link not read"
            claims.append(Claim(
                id=next_claim_id(claims), relation="beneficial_owner_of", source=owner.id,
                target=issuer_id, shares=line.shares, direct=False, security_class=line.title,
                note=" - ".join(x for x in (line.note, note) if x), as_of=line.as_of or as_of,
                evidence=[line.evidence]))
        return [FilingWarning(
            code="joint-holding-link", source=path, line=line.evidence.line,
            message=f"{where}: {line.shares} shares of {line.title} (Table I) are held "
                    f"directly by {holder.name}, per the footnotes; no link to it is read for "
                    f"{', '.join(o.name for o in unlinked)}: counted as held indirectly")
        ] if unlinked else []
    warnings: list[FilingWarning] = []
    for owner in owners:
        own = amounts.get(owner.id)
        if own is not None:
            note = f"own part of the {line.shares} shares reported jointly, per the footnotes"
        else:
            note = (f"joint: the {line.shares} shares of all {len(owners)} reporting owners, "
                    f"{JOINT_TOTAL}")
        claims.append(Claim(
            id=next_claim_id(claims), relation="beneficial_owner_of", source=owner.id,
            target=issuer_id, shares=own if own is not None else line.shares, direct=True,
            security_class=line.title, note=" - ".join(x for x in (line.note, note) if x),
            as_of=line.as_of or as_of, evidence=[line.evidence]))
    missing = [o.name for o in owners if o.id not in amounts]
    if missing:
        warnings.append(FilingWarning(
            code="joint-holding", source=path, line=line.evidence.line,
            message=f"{where}: {line.shares} shares of {line.title} (Table I) are held "
                    f"directly by {len(owners)} reporting owners together; no own amount "
                    f"stated for {', '.join(missing)}: kept as their joint total"))
    elif sum(amounts.values()) != line.shares:
        warnings.append(FilingWarning(
            code="joint-holding-sum", source=path, line=line.evidence.line,
            message=f"{where}: the owners' own amounts of {line.title} in the footnotes add "
                    f"up to {sum(amounts.values())}, not the line's {line.shares} shares"))
    return warnings


def direct_holder(footnotes: Sequence[str], book: PartyBook, owners: Sequence[Party],
                  shares: Optional[int] = None) -> Optional[Party]:
    """The one owner among ``owners`` the ``footnotes`` of a direct line say holds its shares
    ("The shares are held directly by Acme Fund I, L.P."), or None: no owner named, two named,
    or a list ("held by Acme Fund I and Acme Fund II").

    >>> book = PartyBook(); a, b = book.add("Acme Fund I, L.P."), book.add("Acme GP LLC")
    >>> direct_holder(["F1: The shares are held directly by Acme Fund I, L.P. Acme GP LLC is "
    ...                "its general partner."], book, [a, b]).name
    'Acme Fund I, L.P.'
    >>> direct_holder(["F1: The shares are held by Acme Fund I, L.P. and Acme GP LLC."], book,
    ...               [a, b]) is None
    True
    >>> direct_holder(["F2: Held directly by Acme GP LLC."], book, [a, b]).name
    'Acme GP LLC'

    A footnote about part of the line (of ``shares``), or about shares held with someone,
    names no holder of the whole line (:func:`_part_of_line`); nor does one naming who owns it
    indirectly:

    >>> [direct_holder([f], book, [a, b]) for f in (
    ...     "F1: 2,000 of these shares are held directly by Acme GP LLC.",
    ...     "F1: Held directly by Acme GP LLC (jointly with Acme Fund I, L.P.).",
    ...     "F1: The shares are owned indirectly by Acme GP LLC.")]
    [None, None, None]
    """
    found = set()
    for text in footnotes:
        for m in (*FOOTNOTE_HOLDER.finditer(text), *HELD_DIRECTLY_BY.finditer(text)):
            if "indirect" in m[0].lower():
                continue  # "owned indirectly by Acme GP LLC": not the line's holder
            if _part_of_line(text, m, shares):
                return None  # part of the line, or held with another: the joint total
            party = book.lookup(m["name"])
            if party is None or party not in owners or LIST_GOES_ON.match(text, m.end()):
                return None
            found.add(party.id)
    return next(p for p in owners if p.id in found) if len(found) == 1 else None


#: A footnote naming who holds a direct line, without "The shares are" (those are
#: :data:`~graphkit.parsers.ownership_holdings.FOOTNOTE_HOLDER`'s): "Held directly by Jane Roe.",
#: "Owned of record by Acme Fund I, L.P."
HELD_DIRECTLY_BY = regex_cache.compile(rf"""
    (?:^|(?<=:\s)|(?<=\.\s))(?:Shares\s+|Securities\s+)?(?:held|owned)\s+(?:directly|of\s+record)
    \s+by\s+(?:the\s+)?
    (?P<name>[A-Z0-9](?:[^,;()\n]|{LEGAL_COMMA}){{1,120}}?)
    (?=\s*(?:(?!{LEGAL_COMMA}),|[;(]|\.(?:\s|$)|\s+(?:for|of|in|which|whose|that|under|as
    |and)\s)|\s*$)
""", re.VERBOSE | re.IGNORECASE)

#: Before a holder's name, in its clause: words of part of the line ("2,000 of these shares
#: are held directly by John Roe", "the remaining shares", "a portion of the shares", "Includes
#: 2,000 shares held directly by") or an amount (the line's own amount is no part of it)
PART_BEFORE = regex_cache.compile(r"""
    \b(?:remaining|remainder|balance|portion|part|includ\w*|of\s+(?:these|the|such)\s+(?:shares
       |securities))\b
    |(?<![\w$.,])(?P<amount>\d{1,3}(?:,\d{3})+|\d+)(?![\w%])
""", re.VERBOSE | re.IGNORECASE)

#: Right after a holder's name: shares held with another ("Jane Roe, jointly with her spouse",
#: "Jane Roe (jointly with John Roe)", "Jane Roe as joint tenants ...", "together with John
#: Roe") or an amount of its own ("owned of record by Jane Roe: 3,000")
JOINT_AFTER = regex_cache.compile(r"""
    ^[\s,(]*(?:jointly|together\s+with|as\s+joint|in\s+joint|as\s+tenants|:\s*\d)
""", re.VERBOSE | re.IGNORECASE)

#: Where the clause of a holder's name begins: a sentence's end or a semicolon
CLAUSE_START = regex_cache.compile(r"""[.;]\s""", re.VERBOSE)


def _part_of_line(text: str, m: re.Match[str], shares: Optional[int]) -> bool:
    """True when the holder named by ``m`` in the footnote ``text`` holds part of the line, or
    holds it with another (:data:`PART_BEFORE`, :data:`JOINT_AFTER`).

    >>> t = "F1: 2,000 of these shares are held directly by John Roe"
    >>> _part_of_line(t, FOOTNOTE_HOLDER.search(t), 5000)
    True
    >>> t = "F1: 5,000 shares are held directly by John Roe."
    >>> _part_of_line(t, FOOTNOTE_HOLDER.search(t), 5000)
    False
    """
    begin = max((c.end() for c in CLAUSE_START.finditer(text, 0, m.start())), default=0)
    for p in PART_BEFORE.finditer(text, begin, m.start()):
        if not p["amount"] or shares is None or int(p["amount"].replace(",", "")) != shares:
            return True
    return JOINT_AFTER.match(text[m.end():m.end() + 40]) is not None


#: More names after a holder's name: ", and Acme Fund II", " and Jane Roe", ", Acme GP LLC"
LIST_GOES_ON = regex_cache.compile(r"""\.?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)[A-Z]""", re.VERBOSE)


def _add_held_by(claims: list[Claim], owners: Sequence[Party], holder: Party, issuer_id: str,
                 line: HoldingLine, as_of) -> list[Party]:
    """The claims of a direct ``line`` of several ``owners`` that ``holder``, one of them,
    holds (:func:`direct_holder`): its own, direct; indirect for the owners that the filing's
    claims so far (its footnotes' prose) put above an organization holder (its general
    partner, manager or member beneficially owns its shares); none for the owners below it or
    under one of its controllers (a fund it manages, a sibling fund), nor for the other owners
    of a person's line (they hold nothing of her own shares). Returns the owners left
    unlinked to an organization holder (a link not read): the caller gives them the line as
    held indirectly (but to a peer fund holding a line of its own).

    When the holder already holds the same shares of the same class of record on another line
    of the filing (an "I" line "By Acme Fund I" of its general partner), the two lines are one
    holding: this one adds nothing."""
    if any(c.source == holder.id and c.direct is True and c.shares == line.shares
           and c.target == issuer_id and c.security_class == line.title
           and c.relation == "beneficial_owner_of" for c in claims):
        return []
    person = holder.kind is PartyKind.PERSON
    above = set() if person else _controllers(claims, holder.id)
    # below the holder, or a sibling under one of its controllers: none of its shares
    related = {o.id for o in owners if not person and (
        holder.id in (up := _controllers(claims, o.id)) or up & above)}
    unlinked = [o for o in owners if o is not holder and not person
                and o.id not in above and o.id not in related]
    for owner in owners:
        if owner is not holder and (person or owner.id not in above):
            continue
        note = f"held directly by {holder.name}, per the footnotes"
        claims.append(Claim(
            id=next_claim_id(claims), relation="beneficial_owner_of", source=owner.id,
            target=issuer_id, shares=line.shares, direct=owner is holder,
            security_class=line.title, note=" - ".join(x for x in (line.note, note) if x),
            as_of=line.as_of or as_of, evidence=[line.evidence]))
    return unlinked


def line_holder_ids(lines: Sequence[HoldingLine], book: PartyBook,
                    owners: Sequence[Party]) -> set[str]:
    """The ids of the ``owners`` that the footnotes of a direct line of ``lines`` name as its
    one holder (:func:`direct_holder`): each holds shares of its own in the filing."""
    found = (direct_holder(line.footnotes, book, owners, line.shares) for line in lines
             if line.direct is True and len(owners) > 1)
    return {p.id for p in found if p is not None}


def drop_sibling_claims(claims: list[Claim], made: Sequence[tuple[HoldingLine, list[Claim]]],
                        owners: Sequence[Party], path: str = "",
                        line_holders: Optional[set[str]] = None) -> list[FilingWarning]:
    """Remove, from ``claims`` and each line's claims in ``made``, the claims of the reporting
    owners that hold nothing of an indirect line whose footnote names an organization outside
    them as its holder ("held directly by Beta Partners, L.P., a private fund managed by Acme
    Capital Management, LP"): the owners the filing's claims put below that holder or beside
    it, under one of its controllers (a sibling fund of the same manager), and not above it,
    when it holds a line of its own directly (in ``line_holders``, or as the line's one direct
    holder: a fund beside the holder; a feeder fund holding through it, with no line of its
    own, keeps its claim). The others keep theirs (the holder's controllers; an owner no link
    is read for). Returns a ``joint-holding-sibling`` warning for each line with claims removed.

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); issuer = book.add("Widget Inc.")
    >>> fund, im, beta = (book.add(n) for n in ("Acme Master Fund, Ltd.",
    ...     "Acme Capital Management, LP", "Beta Partners, L.P."))
    >>> ev = SourceText("f4.xml", "150").evidence(0, 3)
    >>> claims = [Claim(id=f"c{k}", relation="investment_manager_of", source=im.id,
    ...                 target=t.id, evidence=[ev]) for k, t in enumerate((fund, beta))]
    >>> held = [Claim(id=f"h{k}", relation="beneficial_owner_of", source=p.id, target=issuer.id,
    ...               shares=150, direct=d, evidence=[ev])
    ...         for k, (p, d) in enumerate(((fund, False), (im, False), (beta, True)))]
    >>> claims += held
    >>> line = HoldingLine(title="Common Stock", direct=False, nature=None, note=None,
    ...                    shares=150, evidence=ev)
    >>> [w.code for w in drop_sibling_claims(claims, [(line, held)], [fund, im], "f4.xml",
    ...                                      line_holders={fund.id})]
    ['joint-holding-sibling']
    >>> [book.get(c.source).name for c in held]
    ['Acme Capital Management, LP', 'Beta Partners, L.P.']
    """
    ids = {o.id for o in owners}
    warnings: list[FilingWarning] = []
    if len(ids) < 2:
        return warnings
    own = set(line_holders or ()) | {c.source for c in claims if c.direct is True and c.shares
                                     and c.source in ids}
    names = {o.id: o.name for o in owners}
    for line, line_claims in made:
        holders = [c.source for c in line_claims if c.direct is True and c.source not in ids]
        if line.direct is True or len(holders) != 1:
            continue
        above = _controllers(claims, holders[0])
        if not above & ids:
            continue  # no owner is read above the holder: whose it is, is not known
        drop = {c.id: c.source for c in line_claims if c.source in ids and c.source in own
                and c.source not in above and (
                    holders[0] in (up := _controllers(claims, c.source)) or up & above)}
        if drop:
            claims[:] = [c for c in claims if c.id not in drop]
            line_claims[:] = [c for c in line_claims if c.id not in drop]
            warnings.append(FilingWarning(
                code="joint-holding-sibling", source=path, line=line.evidence.line,
                message=f"{path}:{line.evidence.line}: {line.shares} shares of {line.title} "
                        f"(Table I) are held by another fund beside "
                        f"{', '.join(sorted(names[i] for i in set(drop.values())))}: not "
                        f"counted as theirs"))
    return warnings


def _controllers(claims: Sequence[Claim], held: str) -> set[str]:
    """The parties that ``claims`` state control ``held``, directly or through others."""
    up: dict[str, set[str]] = {}
    for c in claims:
        if Relation(c.relation) in CONTROL_RELATIONS:
            up.setdefault(c.target, set()).add(c.source)
    seen: set[str] = set()
    todo = [held]
    while todo:
        for s in up.get(todo.pop(), ()):
            if s not in seen:
                seen.add(s)
                todo.append(s)
    return seen


def is_joint(line: HoldingLine, owners: Sequence[Party]) -> bool:
    """Whether ``line`` is held directly by several reporting owners at once.

    >>> from graphkit.source import SourceText
    >>> line = HoldingLine(title="Common Stock", direct=True, nature=None, note=None,
    ...                    shares=1, evidence=SourceText("f", "1").evidence(0, 1))
    >>> is_joint(line, [None, None]), is_joint(line, [None])
    (True, False)
    """
    return line.direct is True and len(owners) > 1

