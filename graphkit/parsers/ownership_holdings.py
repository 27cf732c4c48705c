"""Holding lines of Forms 3, 4 and 5: whose shares each line of Table I counts, and how.

Table I gives, per line, the amount owned after the reported transactions, whether the
reporting owner holds it directly (``D``) or indirectly (``I``) and, for an indirect line, the
"nature of indirect beneficial ownership". The nature is most often a kind of holder ("By
spouse", "by trust", "By 401(k)", "Held by LLC"), sometimes the holder's own name ("By Acme
Family Trust", "Acme Holdings, LLC"). :func:`add_holding_claims` turns one line into claims:

* each reporting owner ``beneficial_owner_of`` the issuer with the line's shares (a form filed
  jointly reports one set of holdings for all owners: overlapping, never to be summed);
* a holder the nature names (:func:`named_holder`) is the record holder of those shares: a
  party of its own with a *direct* ``beneficial_owner_of`` claim, next to the owner's indirect
  one;
* a line held "By" one of the reporting owners themselves (a fund filing with its manager) is
  that owner's *direct* holding, not an indirect one through itself.

Amounts are whole shares; a fractional amount (dividend reinvestment: "15711.8844") is rounded
half up (:func:`read_share_amount`: "1,000.5" -> 1001) and :func:`fraction_warning` says so, for
the amounts that make claims. An amount that cannot be a number of shares (a typing error of
hundreds of digits) makes no claim and :func:`amount_warning` says so.

Examples
--------
>>> named_holder("By Acme Family Trust"), named_holder("by trust"), named_holder("By spouse")
('Acme Family Trust', None, None)
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Optional, Sequence

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import Claim, Evidence, FilingWarning, Party, PartyKind, PartyRole
from graphkit.names import clean_name, org_words
from graphkit.ocr import round_half_up
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose_name_patterns import LEGAL_COMMA
from graphkit.parsers.ownership_trustees import (NatureTrust, add_trustee_claims,
                                                  is_trust_name, read_trustees,
                                                  split_trust_nature, strip_trust_date)
from graphkit.parsers.xml_disclaimers import disclaiming_ids
from graphkit.parsers.xmldoc import (ABBREVIATION_END, add_party, find_party, next_claim_id,
                                    number_text)
from graphkit.source import SourceText
from graphkit.table_lines import title_key

#: Words that open a nature of ownership before the holder: "By ", "Held by ", "Owned of
#: record by the ", "Through ", "via "
NATURE_LEAD = regex_cache.compile(r"""
    ^\s*(?:(?:held|owned)\s+(?:of\s+record\s+)?)?(?:by|through|thru|via)\s+(?:the\s+)?
""", re.VERBOSE | re.IGNORECASE)

#: Footnote marks after the nature, one or several: " (1)", "[2]", "*", " (3)(4)", "(1),(2)",
#: and a bare number right after a final dot: "L.P.1". The marks open where a run of blanks
#: does (no blank before them): tried from inside a long run, each try would run to its end.
NATURE_MARK = regex_cache.compile(r"""
    (?<!\s)(?:(?:\s*+,)?\s*+(?:\(\d{1,2}\)|\[\d{1,2}\]|\*++))++\s*$
  | (?<=\.)\d{1,2}\s*$
""", re.VERBOSE)

def line_of(title: Optional[str], direct: Optional[bool], nature: Optional[str]) -> tuple:
    """What makes rows of Table I one holding: the security
    (:func:`graphkit.table_lines.title_key`), direct or not, and the nature of ownership
    without its footnote marks (:data:`NATURE_MARK`) or case.

    >>> line_of("Common Stock (1)", False, "By Acme Partners, L.P.(1)") == line_of(
    ...     "COMMON STOCK", False, "by Acme Partners, L.P.")
    True
    """
    bare = NATURE_MARK.sub("", nature or "")
    return title_key(title), direct, " ".join(bare.lower().split())


#: A word of a holder's name: "Acme", "L.P.", "2017", "O'Neil", "Co-Invest"
HOLDER_WORD = regex_cache.compile(r"""[A-Za-z0-9][A-Za-z0-9.'’\-]*""", re.VERBOSE)

#: A possessive, which makes the nature a description, not a name: "Spouse's", "person’s",
#: "Parents'" (never the apostrophe inside a name: "O'Neil", "D'Amato", "O’Brien")
POSSESSIVE = regex_cache.compile(r"""\w['’](?:s\b|(?!\w))""", re.VERBOSE)

#: A trustee named in the nature, with the trust held for if any: "Jane Roe, Trustee",
#: "Jane Roe, Trustee of the Roe Trust", "Jane Roe as co-trustee", "Jane Roe TTEE" (the trustee
#: is one character or ends on a non-blank, as in
#: :data:`~graphkit.parsers.ownership_owners.PRINCIPAL_FIRST`)
TRUSTEE_NATURE = regex_cache.compile(r"""
    ^(?P<trustee>.(?:.*?\S)??)(?:\s*+,\s++|\s++)(?:as\s++)?(?:co-?)?(?:trustees?|ttees?)\b\.?
    (?:(?:\s*+,)?\s*+(?:of|for|under)\s+(?:the\s+)?(?P<trust>.+))?$
""", re.VERBOSE | re.IGNORECASE)

#: A trustee's word, in no holder's name: "TTEE", "TTEES", "Trustee", "Co-Trustees" ("Jane Roe
#: TTEE Roe Trust" and "Roe Trust, John Roe Trustee" are titles, not a holder's name)
TTEE_WORD = regex_cache.compile(r"""\b(?:ttees?|trustees?)\b""", re.VERBOSE | re.IGNORECASE)

#: A part of a hyphenated word, each read on its own: "Mother", "in", "law" of "Mother-in-law"
WORD_PART = regex_cache.compile(r"""[^\-]+""", re.VERBOSE)

#: Two holders in one nature: "Acme Fund, L.P. and Beta Fund, L.P.", "Acme LLC; Beta LLC"
JOINED_HOLDERS = regex_cache.compile(r"""\s+(?:and|&)\s+|\s*;\s*""", re.VERBOSE | re.IGNORECASE)

#: Lower-case words a holder's name may hold ("Bank of the West", "Roe and Doe Trust"); in any
#: case they name nobody ("TRUST FOR CHILDREN")
NAME_JOINERS = frozenset("of the and for de du da di van von der la le y".split())

#: Words that describe a kind of holder rather than name one (lower case, dots dropped): "By
#: Family Trust", "Held by minor child", "By Spouse IRA", "By Revocable Trust" name nobody.
GENERIC_HOLDER_WORDS = frozenset("""
    by through held owned record indirect indirectly direct directly beneficial benefit
    family revocable irrevocable rev irr living children childrens child minor minors kids
    spouse spouses wife husband daughter daughters son sons grandchildren grandchild mother
    father parents parent brother sister relative relatives
    ira iras roth sep 401k 401 k 403b plan plans profit sharing retirement pension deferred
    compensation esop espp custodian custodial utma ugma gift charitable remainder annuity grat
    grats crt crut clat marital dynasty generation skipping gst exempt nonexempt non qualified
    personal residence qprt blind voting joint tenants tenancy entity entities various certain
    affiliate affiliates affiliated controlled see footnote footnotes note notes reporting
    person persons owner owners issuer his her their its own self individual estate insurance
    education savings account accounts private general limited liability company partnership
    fbo fbo's benefit as in law grantor grantors retained qtip spousal lifetime access slat
    donor advised daf no number one two three four five trustee trustees cotrustee co
    successor testamentary descendants descendant heirs nephew niece grandson granddaughter
    stepson stepdaughter stepchildren nominee nominees under agreement dated dtd uad ua u
""".split())

#: A footnote that names the holder of a line's shares: "The shares are held by The Roe Software
#: Irrevocable Trust for which ...", "These securities are held of record by Acme Holdings,
#: L.P.", a sentence that opens with the verb: "Held by the Roe Family Trust.", "Held directly
#: by ...", "Represents shares held by ...", or with the shares: "Shares held by Acme Ventures
#: II, L.P. ("AV II")."; "are directly held by" (group ``name``, to the first clause after it;
#: :func:`footnote_holder` checks that it names an entity); not "Includes 500 shares held by"
#: (part of the line)
FOOTNOTE_HOLDER = regex_cache.compile(rf"""
    (?:\b(?:shares|securities|stock|units)\s+(?:are|were|is|was)\s+
      |(?:^|(?<=:\s)|(?<=[a-z0-9)]\.\s))
       (?:(?:represents\s+)?(?:the\s+)?(?:shares|securities)\s+)?)
    (?:(?:directly|indirectly)\s+)?(?:held|owned)\s+                 # "are directly held by"
    (?:(?:of\s+record|directly|indirectly)\s+)?by\s+(?:the\s+)?
    (?P<name>[A-Z0-9](?:[^,;()\n]|{LEGAL_COMMA})
    {{1,120}}?)                                                     # "Acme Fund, L.P"
    (?=\s*(?:(?!{LEGAL_COMMA}),|[;(]|\.(?:\s|$)|\s+(?:for|of|in|which|whose|that|under|as
    |and)\s)|\s*$)
""", re.VERBOSE | re.IGNORECASE)
#: A Roman numeral, which tells a series apart but names nobody: "Trust II"
ROMAN = regex_cache.compile(r"""^[IVX]+$""", re.VERBOSE)


def named_holder(nature: Optional[str]) -> Optional[str]:
    """The entity a nature of ownership names as the holder, or None for a kind of holder.

    A name is an entity's when it carries an organization word (a legal form, "Trust",
    "Fund", "Partners", "Foundation"...) and a word of its own besides the words of kinds of
    holders (:data:`GENERIC_HOLDER_WORDS`). A description ("trust for children", "Spouse's
    IRA") or two holders in one line name none.

    >>> named_holder("By Acme Holdings, L.P."), named_holder("Roe 2012 Irrevocable Trust (1)")
    ('Acme Holdings, L.P.', 'Roe 2012 Irrevocable Trust')
    >>> [named_holder(n) for n in ("Held by LLC", "By 401(k)", "By Family Trust", "By LP")]
    [None, None, None, None]
    >>> named_holder("By Spouse's Trust"), named_holder("By Acme LLC and Beta LLC")
    (None, None)
    """
    holder = nature_holder(nature)
    return holder.trust if holder is not None else None


def nature_holder(nature: Optional[str]) -> Optional[NatureTrust]:
    """The holder a nature of ownership names (:func:`named_holder`) with the trustees named
    with it when it is a trust (:func:`~graphkit.parsers.ownership_trustees.
    split_trust_nature`): "Roe Family Trust dtd 4/15/2014, Jane Roe and John Roe TTEE" names
    the Roe Family Trust, Jane Roe and John Roe its trustees.

    >>> nature_holder("By Roe Family Trust dtd 4/15/2014, Jane Roe and John Roe TTEE")
    NatureTrust(trust='Roe Family Trust', trustees=('Jane Roe', 'John Roe'))
    >>> nature_holder("By Roe Family Trust u/a/d 1/1/2000 (1)").trustees
    ()
    >>> nature_holder("By Family Trust dtd 1/1/2000, Jane Roe TTEE") is None
    True
    >>> nature_holder("Jane Roe, Trustee of the Roe Trust").trustees
    ('Jane Roe',)
    >>> nature_holder("Jane Roe, Trustee of the Roe Family Trust dtd 4/15/2014")
    NatureTrust(trust='Roe Family Trust', trustees=('Jane Roe',))
    >>> nature_holder("Roe Family Trust TTEE"), nature_holder("Roe Trust Company, Jane Roe TTEE")
    (NatureTrust(trust='Roe Family Trust', trustees=()), None)
    """
    if not nature:
        return None
    name = clean_name(NATURE_MARK.sub("", NATURE_LEAD.sub("", nature, count=1)))
    trustee = TRUSTEE_NATURE.match(strip_trust_date(name) or name)
    if trustee is not None and trustee["trust"]:  # "Jane Roe, Trustee of the Roe Trust dtd
        held = nature_holder(trustee["trust"])    # 1/1/2000": the trust, never the phrase
        if held is None or held.trustees or not is_trust_name(held.trust):
            return held
        if TTEE_WORD.search(trustee["trust"]):  # "John Roe, Trustee of the Roe Trust, and
            return NatureTrust(trust=held.trust)     # Jane Roe, Trustee of the Doe Trust": whose?
        return NatureTrust(trust=held.trust, trustees=read_trustees(trustee["trustee"]) or ())
    titled = split_trust_nature(name)
    if titled is not None:  # "Roe Trust dtd 1/1/2000, Jane Roe TTEE": the trust holds
        trust = _holder_name(NATURE_MARK.sub("", titled.trust))
        return NatureTrust(trust=trust, trustees=titled.trustees) if trust else None
    if trustee is not None:  # "Jane Roe, Trustee": no holder named
        return None
    name = _holder_name(name)
    return NatureTrust(trust=name) if name else None


def _holder_name(name: str) -> Optional[str]:
    """``name`` when it is an entity's (see :func:`named_holder`), else None; a trustee's
    abbreviation in it makes it a title, not a name ("Jane Roe TTEE Roe Trust").

    >>> _holder_name("Roe Family Trust"), _holder_name("Jane Roe TTEE Roe Trust")
    ('Roe Family Trust', None)
    >>> _holder_name("Roe Family Trust, John Roe Trustee")

    """
    if not name or not org_words(name) or POSSESSIVE.search(name) or TTEE_WORD.search(name):
        return None
    if sum(1 for part in JOINED_HOLDERS.split(name) if org_words(part)) > 1:
        return None
    return name if _has_own_word(name) else None


def footnote_holder(footnotes: Sequence[str]) -> Optional[str]:
    """The entity the footnotes of a line name as the holder of its shares, when one does and
    no other is named (:data:`FOOTNOTE_HOLDER`, then :func:`named_holder`): a nature of
    ownership that says only "Trust" or "See footnote" leaves the name to them.

    >>> footnote_holder(["F3: The shares are held by The Roe Software Irrevocable Trust for "
    ...                  "which the Reporting Person's family members are the beneficiaries."])
    'Roe Software Irrevocable Trust'
    >>> footnote_holder(["F1: Held directly by the Roe Family Trust."])
    'Roe Family Trust'
    >>> footnote_holder(["F2: Represents shares held by Acme Capital Partners, L.P."])
    'Acme Capital Partners, L.P.'
    >>> footnote_holder(["F1: Held by the Roe Family Trust and the Doe Family Trust."])
    >>> footnote_holder(["F1: The shares are held by a trust for the benefit of his children."])
    >>> footnote_holder(["F1: Shares held by Acme Fund LP.", "F2: Shares held by Beta Fund LP."])
    """
    matches = [(f, m) for f in footnotes for m in FOOTNOTE_HOLDER.finditer(f)]
    if any(MORE_HOLDERS.match(f, m.end()) for f, m in matches):
        return None  # "Held by the Roe Trust and the Doe Trust": no one holder of the line
    names = {named_holder(_with_dot(m["name"], f, m.end())) for f, m in matches}
    names.discard(None)
    return names.pop() if len(names) == 1 else None


#: More holders, or a part of the line, right after a holder's name: " and the Doe Family
#: Trust", ", Acme Holdings LLC", " (10,000 shares)"
MORE_HOLDERS = regex_cache.compile(r"""
    \.?\s*(?:(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?[A-Z0-9]|\(\s*[\d,]+\s+shares)
""", re.VERBOSE)


def _with_dot(name: str, text: str, end: int) -> str:
    """``name`` with the dot after it in ``text`` (at ``end``) when it ends an abbreviation
    (:data:`~graphkit.parsers.xmldoc.ABBREVIATION_END`), as a legal form's: "Acme
    Fund, L.P" of "held by Acme Fund, L.P. Acme GP is ..." is "Acme Fund, L.P.".

    >>> _with_dot("Acme Fund, L.P", "Acme Fund, L.P. Acme", 14), _with_dot("Roe Trust", "x.", 1)
    ('Acme Fund, L.P.', 'Roe Trust')
    """
    if text.startswith(".", end) and ABBREVIATION_END.search(name + "."):
        return name + "."
    return name


def _has_own_word(name: str) -> bool:
    """Whether ``name`` has a word of its own: of two letters or more, neither a joiner, nor a
    word of kinds of holders, nor an organization word, nor a Roman numeral. Capitals are read
    word by word as mixed case is; a lower-case word other than a joiner makes a description.

    >>> _has_own_word("Roe Family Trust"), _has_own_word("TRUST FOR CHILDREN")
    (True, False)
    >>> _has_own_word("Mother-in-law Trust"), _has_own_word("Trust A"), _has_own_word("O'Neil Trust")
    (False, False, True)
    """
    own = False
    for word in HOLDER_WORD.findall(name):
        bare = word.replace(".", "").lower()
        if word[0].islower() and bare not in NAME_JOINERS:
            return False  # a description: "trust for the children", "shares held by"
        for part in WORD_PART.findall(bare):
            letters = sum(c.isalpha() for c in part)
            own = own or (letters >= 2 and part not in NAME_JOINERS
                          and part not in GENERIC_HOLDER_WORDS and not org_words(part)
                          and not ROMAN.match(part.upper()))
    return own


class HoldingLine(BaseModel):
    """One security line of Table I, as read from the form (passed from the XML and text
    parsers to :func:`add_holding_claims`)."""

    model_config = ConfigDict(frozen=True)

    title: str
    direct: Optional[bool]
    nature: Optional[str]  # the nature of ownership as printed
    note: Optional[str]  # the nature with the line's footnotes
    shares: int
    evidence: Evidence
    #: where the nature of ownership is printed (``evidence`` when not told apart)
    nature_evidence: Optional[Evidence] = None
    raw: str = ""  # the amount as printed, e.g. "15,711.8844"
    footnotes: tuple[str, ...] = ()  # every footnote of the line, "F3: text" (amount's too)
    #: the date of the transaction after which ``shares`` are owned (a Form 4's last row of the
    #: line); None when the amount speaks at the period of report (a holding row, a Form 3 or 5)
    as_of: Optional[dt.date] = None


def add_holding_claims(book: PartyBook, claims: list[Claim], owners: Sequence[Party],
                       issuer_id: str, line: HoldingLine, as_of=None) -> None:
    """Add the claims of one holding line: each owner's, and the named record holder's.

    The claims are dated by the line's own date (:attr:`HoldingLine.as_of`, the transaction
    after which the amount is owned) where it has one, else by ``as_of``.

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); issuer = book.add("Widget Inc."); jane = book.add("Roe Jane")
    >>> ev = SourceText("f4.xml", "1500").evidence(0, 4)
    >>> claims = []
    >>> add_holding_claims(book, claims, [jane], issuer.id, HoldingLine(
    ...     title="Common Stock", direct=False, nature="By Acme Family Trust",
    ...     note="By Acme Family Trust", shares=1500, evidence=ev))
    >>> [(book.get(c.source).name, c.shares, c.direct) for c in claims]
    [('Roe Jane', 1500, False), ('Acme Family Trust', 1500, True)]
    """
    named = nature_holder(line.nature) if line.direct is not True else None
    holder_name = named.trust if named else (
        footnote_holder(line.footnotes) if line.direct is not True else None)
    holder = find_party(book, holder_name) if holder_name else None
    if holder is not None and (holder.kind is PartyKind.PERSON
                               or PartyRole.ISSUER in holder.roles):
        holder = None  # a trust named after a person is not that person
        holder_name = None
    for owner in owners:
        claims.append(_claim(claims, owner, issuer_id, line, as_of,
                             direct=True if owner is holder else line.direct))
    if holder_name is None:
        return
    if holder not in owners:
        if holder is None:
            holder = add_party(book, holder_name, roles=["named"], evidence=line.evidence)
        claims.append(_claim(claims, holder, issuer_id, line, as_of, direct=True))
    if named is not None and named.trustees:  # "Roe Trust, Jane Roe TTEE": her trust
        add_trustee_claims(book, claims, owners, holder, named.trustees, line.evidence,
                           line.nature_evidence)


def _claim(claims: list[Claim], party: Party, issuer_id: str, line: HoldingLine, as_of,
           direct: Optional[bool]) -> Claim:
    return Claim(id=next_claim_id(claims), relation="beneficial_owner_of", source=party.id,
                 target=issuer_id, shares=line.shares, direct=direct,
                 security_class=line.title, note=line.note, as_of=line.as_of or as_of,
                 evidence=[line.evidence])


def mark_disclaimers(line: HoldingLine, line_claims: Sequence[Claim], book: PartyBook,
                     owners: Sequence[Party]) -> None:
    """Set ``disclaims`` on the claims of ``line`` whose holder its footnotes say disclaims
    beneficial ownership (:func:`~graphkit.parsers.xml_disclaimers.disclaiming_ids`). The
    form's remarks are not read for it: they do not say which lines they cover ("the
    securities reported herein as indirectly owned" leaves the direct line out).

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); issuer = book.add("Widget Inc."); jane = book.add("Roe Jane")
    >>> ev = SourceText("f4.xml", "1500").evidence(0, 4)
    >>> line = HoldingLine(title="Common Stock", direct=False, nature="By spouse", note=None,
    ...     shares=1500, evidence=ev, footnotes=("F1: The reporting person disclaims beneficial "
    ...     "ownership of these shares except to the extent of her pecuniary interest.",))
    >>> claims = []
    >>> add_holding_claims(book, claims, [jane], issuer.id, line)
    >>> mark_disclaimers(line, claims, book, [jane])
    >>> [(book.get(c.source).name, c.disclaims) for c in claims]
    [('Roe Jane', True)]
    """
    path = line.evidence.source
    blocks = [SourceText(path, note.split(": ", 1)[-1]) for note in line.footnotes]
    if not any("disclaim" in b.text.lower() for b in blocks):
        return
    disclaimed = disclaiming_ids(blocks, book, owners)
    for claim in line_claims:
        if claim.source in disclaimed:
            claim.disclaims = True


#: The largest plausible number of shares of one holding; a longer figure is a typing error
MAX_SHARES = 10**15


def read_share_amount(raw: Optional[str]) -> Optional[int]:
    """The whole number of shares of an amount as printed, rounded half up; None when it is no
    number of shares (empty, "N/A", hundreds of digits).

    >>> read_share_amount("15,711.8844"), read_share_amount("$1,000.5"), read_share_amount("0.5")
    (15712, 1001, 1)
    >>> read_share_amount("1,000.5%"), read_share_amount("9" * 400), read_share_amount("N/A")
    (1001, None, None)
    """
    num = number_text(raw)
    if num is None:
        return None
    value = Decimal(num)
    if abs(value) > MAX_SHARES:
        return None
    return round_half_up(value)


#: A share amount with a fraction that is not all zeros: "15711.8844", "1,000.5" (not "100.00")
FRACTIONAL_AMOUNT = regex_cache.compile(r"""\.\d*[1-9]""", re.VERBOSE)


def fraction_warning(path: str, lines: Sequence[HoldingLine]) -> Optional[FilingWarning]:
    """The warning for the fractional amounts of ``lines`` (those that make claims), rounded
    half up to whole shares; one per form, citing the first; None when all are whole.

    >>> from graphkit.source import SourceText
    >>> ev = SourceText("f4.xml", "15711.8844").evidence(0, 10)
    >>> line = HoldingLine(title="Common Stock", direct=True, nature=None, note=None,
    ...                    shares=15712, evidence=ev, raw="15711.8844")
    >>> fraction_warning("f4.xml", [line, line]).message  # doctest: +NORMALIZE_WHITESPACE
    'f4.xml:1: fractional share amount 15711.8844 (Common Stock, Table I) rounded half up to
     15712; 2 amount(s) of this form rounded to whole shares'
    """
    fractions = [x for x in lines if FRACTIONAL_AMOUNT.search(x.raw)]
    if not fractions:
        return None
    first = fractions[0]
    line = first.evidence.line
    return FilingWarning(
        code="fractional-shares", source=path, line=line,
        message=f"{path}:{line}: fractional share amount {first.raw.strip()} ({first.title}, "
                f"Table I) rounded half up to {first.shares}; {len(fractions)} amount(s) of "
                "this form rounded to whole shares")


def amount_warning(path: str, line: Optional[int], raw: str, title: str) -> FilingWarning:
    """The warning for an amount owned that is no number of shares, so makes no claim.

    >>> amount_warning("f4.xml", 9, "9" * 40, "Common Stock").code
    'share-amount-unreadable'
    """
    shown = raw if len(raw) <= 40 else raw[:37] + "..."
    return FilingWarning(
        code="share-amount-unreadable", source=path, line=line,
        message=f"{path}:{line}: amount owned {shown!r} ({title}, Table I) is not a number "
                "of shares; the line makes no holding claim")
