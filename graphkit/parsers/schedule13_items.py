"""Schedule 13D/13G text outside the cover rows: Items 1, 2 and 4 (and, re-exported, the front page).

The front page (issuer, class, CUSIP, event date, amendment number) is read by
:mod:`graphkit.parsers.schedule13_front`. Item 2 names the persons filing (often with defined
terms; their citizenship is read by :mod:`graphkit.parsers.schedule13_citizenship`); Item 4
repeats the holdings, sometimes as per-person tables ("ACVA<tab>32,770") and record-holder
sentences (read by :mod:`graphkit.parsers.schedule13_item4`), and states the number of shares
outstanding the percentages are based on (read by :mod:`graphkit.parsers.schedule13_outstanding`).

Examples
--------
>>> t = "Item 1. (a) Name of Issuer\\nItem 2. (a) Name of Person Filing\\nItem 4. Ownership"
>>> sorted(find_items(SourceText(path="x", text=t)))
[1, 2, 4]
"""

from __future__ import annotations

import re
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit import regex_cache
from graphkit.models import Evidence
from graphkit.parsers.cue_search import finditer_lines, fold_text
from graphkit.parsers.prose import NAME, sentence_spans
from graphkit.parsers.schedule13_disclaim_subject import (  # noqa: F401  (re-exported)
    EVERYONE_DISCLAIMS, LATER_DISCLAIM, SOLE_FILER_DISCLAIMS, SubjectKind, read_own_subject)
from graphkit.parsers.schedule13_exceptions import (EXCEPTION_CUE, LEGAL_STOP, PECUNIARY_KEPT,
                                                    DisclaimerException, ExceptionKind,
                                                    names_go_on, read_exceptions)
from graphkit.parsers.schedule13_front import (  # noqa: F401  (re-exported)
    AMENDMENT, CAPTION_OPEN, CLASS_CAPTION, CLOSING_PAREN, CUSIP_CAPTION, EVENT_CAPTION,
    FORM_TITLE, ISSUER_CAPTION, LETTER_OR_DIGIT, MARKDOWN_MARK, RULE_LINE, FrontPage,
    read_front_page)
from graphkit.parsers.schedule13_item4 import (  # noqa: F401  (re-exported)
    HOLDER_HEADING, ITEM4_PART, LOWER_WORD, NEXT_ITEM_HEADING, PAGE_FURNITURE, SUB_ITEM_CAPTION,
    TABLE_LINE, TWO_LETTERS, TableValue, _first_value, _refers_elsewhere, _value_end,
    read_item4_values)
from graphkit.parsers.schedule13_outstanding import (  # noqa: F401  (re-exported)
    OUTSTANDING, read_outstanding)
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: Item headings: "Item 1.", "#### Item 4. Ownership", "ITEM 2(a)."
ITEM_HEADING = regex_cache.compile(r"""^[\s#*>]*Item\s*(?P<num>\d{1,2})\s*(?:[.:(]|\s)""", re.M | re.I)
#: Item 1(b): "Address of Issuer's Principal Executive Offices:"
ISSUER_ADDRESS = regex_cache.compile(r"""
    Address\s+of\s+(?:the\s+)?Issuer['’]?s\s+Principal\s+Executive\s+Offices?\s*:?
""", _F)
#: Item 1(a): "Name of Issuer:"
ISSUER_NAME_ITEM = regex_cache.compile(r"""\(a\)\s*Name\s+of\s+Issuer\s*:?""", _F)
#: "disclaims beneficial ownership", "disclaims any beneficial ownership", "expressly disclaims
#: such beneficial ownership", "disclaimed all beneficial ownership", "disclaims all such
#: beneficial ownership", "disclaims Section 16 beneficial ownership" (the law's section named)
DISCLAIMS = regex_cache.compile(r"""
    disclaim(?:s|ed)?\s*
    (?:,\s*for\s+(?:the\s+)?purposes\s+of\s+[^,;.]{1,80}(?:,\s*as\s+amended)?,\s*  # ", for
      # purposes of Section 16 (of the Securities Exchange Act of 1934, as amended),"
      |for\s+(?:the\s+)?purposes\s+of\s+Section\s+1[36](?:\([a-z]\))?      # "for purposes of
       (?:\s+of\s+the\s+(?:Securities\s+)?Exchange\s+Act(?:\s+of\s+1934)?)?\s+  # Section 16 ..."
      |for\s+Section\s+1[36](?:\([a-z]\))?\s+purposes\s+)?  # Section 16", "for Section 16 purposes"
    (?:(?:any|all|such)\s+){0,2}
    (?:Section\s+1[36](?:\([a-z]\))?                  # "Section 16", "Section 13(d)", "16(a)",
      (?:\s+(?:and|or)\s+(?:Section\s+)?1[36](?:\([a-z]\))?)?\s+)?  # "Section 13(d) and Section 16"
    beneficial\s+ownership
""", _F)
#: The word every :data:`DISCLAIMS` match opens with (looked for in the text lower-cased)
DISCLAIMS_CUE = "disclaim"
#: A cover page's own disclaimer, written in a row beside the number: "6,941,000  Beneficial
#: ownership disclaimed pursuant to Rule 13d-4", "The Reporting Person disclaims beneficial
#: ownership", "2,050 shares (with disclaimer of beneficial ownership as to 1,100 shares)" (the
#: row wraps at will). A named party disclaiming in a cover's footnote ("Mr. Roe
#: disclaims ...") may be another person than the cover's: Items' disclaimers name them.
COVER_DISCLAIMED = regex_cache.compile(r"""
    beneficial\s+ownership\s+(?:is\s+)?(?:hereby\s+)?disclaimed   # "Beneficial ownership disclaimed"
  | \(with\s+(?:a\s+)?disclaimer\s+of\s+beneficial\s+ownership\b   # "(with disclaimer of ..."
  | (?:the|each)\s+reporting\s+person\s+(?:expressly\s+)?disclaims\s+(?:any\s+)?
    beneficial\s+ownership                                       # "The Reporting Person disclaims ..."
""", _F)
#: Shares left out of the reported total, whose disclaimer qualifies no holding: "The above
#: does not include 1,000 shares owned by Mr. Roe's wife, as to which he disclaims ...", "Mr.
#: Roe no longer reports other shares held in trust for his children, as to which he ..."
NOT_INCLUDED = regex_cache.compile(r"""
    \b(?:does|do)\s+not\s+include\b|\b(?:is|are)\s+not\s+included\b   # does not include
  | \bexclud(?:es|ing|ed)\b                          # "Excludes 1,000 shares held by the Trust"
  | \bno\s+longer\s+reports?\b                        # "no longer reports other shares"
""", _F)
# --- small patterns of the readers below (compiled once: a filing's own patterns can push
# them out of the ``re`` module's cache) ---------------------------------------------------

#: Where Item 1(b)'s address ends: "(c)", "Item 2", a markdown heading
ISSUER_ADDRESS_END = regex_cache.compile(r"""\n\s*(?:\(c\)|Item\s*2|\#)""", _F)
#: A rule drawn under a heading or between lines, never part of an address: "------", "=====",
#: "_____" (three or more)
RULE = regex_cache.compile(r"""[-_=*]{3,}""", _F)
def find_items(src: SourceText, start: int = 0, end: int | None = None
               ) -> dict[int, tuple[int, int]]:
    """Spans of Items 1-10 of the statement, by item number (first heading of each wins).

    >>> t = "Item 1. (a) Name of Issuer\\nItem 2. (a) Name of Person Filing\\nItem 4. Ownership"
    >>> find_items(SourceText(path="x", text=t))
    {1: (0, 27), 2: (27, 61), 4: (61, 78)}
    """
    end = len(src.text) if end is None else end
    heads: list[tuple[int, int]] = []
    last = 0
    # the matches of ITEM_HEADING (a "^[\s#*>]*" lead, then "Item"), tried at "item" only
    for m in finditer_lines(ITEM_HEADING, src.text, fold_text(src.text), "item", start, end):
        n = int(m["num"])
        if 1 <= n <= 10 and n > last:
            heads.append((n, m.start()))
            last = n
    out: dict[int, tuple[int, int]] = {}
    for i, (n, s) in enumerate(heads):
        out[n] = (s, heads[i + 1][1] if i + 1 < len(heads) else end)
    return out


def read_issuer_address(src: SourceText, start: int, end: int) -> Optional[str]:
    """Item 1(b): the address under "Address of Issuer's Principal Executive Offices"."""
    m = ISSUER_ADDRESS.search(src.text, start, end)
    if not m:
        return None
    tail = src.text[m.end():end]
    stop = ISSUER_ADDRESS_END.search(tail)
    addr = " ".join(RULE.sub(" ", tail[:stop.start() if stop else 300]).split()).strip(" -_=*")
    return addr[:200] or None


def cover_disclaims(src: SourceText, start: int, end: int) -> bool:
    """True when the cover page at ``start:end`` disclaims its own holding in one of its rows.

    >>> src = SourceText(path="x.txt", text="9  AGGREGATE AMOUNT\\n   6,941,000  Beneficial "
    ...                  "ownership\\n disclaimed pursuant to Rule 13d-4\\n10  CHECK BOX")
    >>> cover_disclaims(src, 0, len(src.text)), cover_disclaims(src, 0, 20)
    (True, False)
    >>> src = SourceText(path="x.txt", text="(1) Excludes 10 shares held by a trust, of which he "
    ...                  "is a trustee and disclaims beneficial ownership of such shares.")
    >>> cover_disclaims(src, 0, len(src.text))
    False
    """
    fold = fold_text(src.text)
    if fold.find(DISCLAIMS_CUE, start, end) == -1:
        return False  # every match holds "disclaim" (any case)
    for m in COVER_DISCLAIMED.finditer(src.text, start, end):
        # the sentence so far: "Excludes 1,000 shares held by the Trust, of which he is a
        # trustee and disclaims ..." disclaims shares left out of the holding, not the holding
        opening = max(src.text.rfind(".", start, m.start()), src.text.rfind("\n\n", start,
                                                                          m.start()), start)
        # "(with disclaimer ... as to 1,100 shares, which are excluded)": left out as well
        close = src.text.find(")", m.end(), end) if m.group(0).startswith("(") else m.start()
        if not NOT_INCLUDED.search(src.text, opening, close if close != -1 else end):
            return True
    return False


class Disclaimer(BaseModel):
    """A sentence disclaiming beneficial ownership: by everyone filing, or by named parties."""

    model_config = ConfigDict(extra="forbid")

    everyone: bool
    #: "the Reporting Person disclaims": the filer's, when it is the only one
    sole_filer: bool = False
    names: list[str] = Field(default_factory=list)
    #: the names that stand where the clause's subject does (:data:`DISCLAIMER_LEAD`,
    #: :data:`DISCLAIMER_TAIL`), not in an object ("the Shares held by the Acme Funds")
    subjects: list[str] = Field(default_factory=list)
    #: the parties a disclaimer by everyone leaves out: one excepted by name, the holder named
    #: in the disclaimed object ("the Shares held by Acme Fund, L.P."): :func:`left_out`
    left_out: list[str] = Field(default_factory=list)
    #: the names of :attr:`left_out` an exception lists ("The Reporting Persons, other than
    #: Jane Roe, disclaim"): each must answer to a party or a defined group, or no one is known
    #: to disclaim (review s18 H3)
    excepted: list[str] = Field(default_factory=list)
    #: the names inside an exception about no person ("Except insofar as Jane Roe is
    #: concerned"): when one answers to a party, no one is known to disclaim (review s19 M5)
    mentioned: list[str] = Field(default_factory=list)
    #: the names of the subject of a disclaiming clause of its own after a clause about all
    #: ("...; however, John Doe disclaims": :func:`read_own_subject`): when each answers to a
    #: party or a defined group, only they disclaim, else the disclaimer reads as above
    own_subject: list[str] = Field(default_factory=list)
    #: the other names in that clause (:attr:`OwnSubject.mentioned`): when one answers to a
    #: party or a defined group, the disclaimer reads as above, not as :attr:`own_subject`'s
    own_mentioned: list[str] = Field(default_factory=list)
    keeps_pecuniary: bool = False  # "... except to the extent of its pecuniary interest"
    evidence: Evidence


#: A name as prose writes it (:data:`graphkit.parsers.prose.NAME`), compiled once here (a
#: filing's own patterns can push it out of the ``re`` module's cache): "Acme GP, LLC"
PROSE_NAME = regex_cache.compile(NAME, re.VERBOSE)

#: "The Reporting Persons" (plural) as the whole subject right before "disclaim", opening its
#: clause: "The Reporting Persons expressly disclaim beneficial ownership ...", "..., and the
#: Reporting Persons disclaim" (matched on the text before "disclaim"), with an exception set
#: off by commas: "The Reporting Persons, other than Jane Roe, disclaim" (whom it leaves out
#: is :func:`left_out`'s); not "None of the Reporting Persons", "Certain of the Reporting
#: Persons", "held by the Reporting Persons. X"
ALL_FILERS = regex_cache.compile(r"""
    (?:^|[;:]\s*|,\s*|\b(?:and|but|that)\s+)
    (?P<subject>the\s+reporting\s+persons)
    (?:\s*,\s*(?:other\s+than|except(?:\s+for)?|excluding|besides|apart\s+from)\s[^;]*?,)?
    \s+(?:(?:each|hereby|expressly|specifically|also)\s+)*$
""", _F)
#: Words of the securities, never a party excepted: "the Shares" of "Except for the Shares
#: held directly by the Master Fund"
_SECURITIES = r"""(?:Shares|Securities|Common\s+Stock|Stock|Units|Interests)\b"""
#: The words of the reporting persons as a whole, never a name of a list: "Reporting Persons",
#: "Filing Persons", "Filers"
_FILERS = r"""(?:Reporting\s+Persons?|Filing\s+Persons?|Filers)\b"""
#: Words leaving some parties out of a disclaimer, before a name: "Other than Acme Fund, L.P.,
#: Jane Roe disclaims", "Except for Acme Fund, L.P." (searched before "disclaim"; the names it
#: reads never disclaim); not "Except as otherwise set forth herein", "Except to the extent of".
#: A disclaimer by all the reporting persons reads its exceptions whole
#: (:func:`~graphkit.parsers.schedule13_exceptions.read_exceptions`)
ALL_BUT = regex_cache.compile(rf"""
    (?:\b(?:other\s+than|except\s+for|excluding|besides|apart\s+from)\s+(?!as\b|to\b)
      | \b[Ee]xcept\s+(?-i:(?=[A-Z])(?!As\b|To\b)))
    (?:the\s+)?(?-i:(?P<name>(?!{_SECURITIES}){NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)
      (?:the\s+)?(?!{_FILERS}){NAME})*))?
""", _F)
#: A name after ", and" that goes on with a list, not a clause: "Beta Fund, L.P." of "Except
#: for Acme Fund, L.P., and Beta Fund, L.P., each ..." (never "each of", "the Reporting
#: Persons", "none of")
LIST_GOES_ON = regex_cache.compile(r"""(?!(?:Each|The|None|All|Neither|No|Any)\b)[A-Z]""", re.VERBOSE)
#: Where the clause opening a disclaimer starts (its last match before "disclaim"): ", and",
#: ", but", ";" (an exception in an earlier clause, "... all of the Shares other than those
#: held by Jane Roe, and each of the Reporting Persons disclaims", is not the disclaimer's)
CLAUSE_OPENS = regex_cache.compile(r""",\s+(?:and|but)\s+|;\s*""", _F)
#: Where the disclaimed object's clause ends (searched after "beneficial ownership"): ", and
#: this report shall not be deemed ...", "; ", " except to the extent"
OBJECT_END = regex_cache.compile(r""",\s+(?:and|but)\s|;|\sexcept\s""", _F)
#: The holder named in the disclaimed object, who does not disclaim its own holding (group
#: ``holder``): "Acme Fund, L.P." of "... of the Shares held by Acme Fund, L.P." (searched after
#: "beneficial ownership"; "held by them", "held by the Reporting Persons" name none)
HELD_BY_HOLDER = regex_cache.compile(rf"""
    \b(?:held|owned)\s+(?:directly\s+|of\s+record\s+)?by\s+(?:each\s+of\s+)?(?:the\s+)?
    (?-i:(?P<holder>(?!{_FILERS}){NAME}
      (?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?!{_FILERS}){NAME})*))
""", _F)


def all_filers_disclaim(sentence: str, m: re.Match[str]) -> bool:
    """Whether the disclaimer ``m`` (of :data:`DISCLAIMS`) in ``sentence`` is the reporting
    persons' as a whole: "The Reporting Persons" opens its clause (:data:`ALL_FILERS`). Those
    it leaves out are :func:`left_out`.

    >>> t = "The Reporting Persons disclaim beneficial ownership except to the extent of ..."
    >>> all_filers_disclaim(t, DISCLAIMS.search(t))
    True
    >>> t = "None of the Reporting Persons disclaim beneficial ownership of the Shares."
    >>> all_filers_disclaim(t, DISCLAIMS.search(t))
    False
    """
    return ALL_FILERS.search(sentence, 0, m.start()) is not None


def clause_exceptions(sentence: str, m: re.Match[str]) -> list[DisclaimerException]:
    """The exceptions of a disclaimer by all the reporting persons (``m`` in ``sentence``),
    read whole (:func:`~graphkit.parsers.schedule13_exceptions.read_exceptions`) within the
    clause that opens it (:data:`CLAUSE_OPENS`), before or after its subject ("the Reporting
    Persons": :data:`ALL_FILERS`; "each of the Reporting Persons": :data:`EVERYONE_DISCLAIMS`).

    >>> t = ("Other than the Shares reported herein, the Reporting Persons, other than Jane Roe, "
    ...      "disclaim beneficial ownership.")
    >>> [(e.kind.value, e.names) for e in clause_exceptions(t, DISCLAIMS.search(t))]
    [('unread', []), ('names', ['Jane Roe'])]
    """
    opens = [0]  # where the disclaimer's clause may open: ", and each of the Reporting Persons
    for c in CLAUSE_OPENS.finditer(sentence, 0, m.start()):  # disclaims", not the ", and" of a
        if LIST_GOES_ON.match(sentence, c.end()) is None and \
                EXCEPTION_CUE.match(sentence, c.end()) is None and \
                not names_go_on(sentence, opens[-1], c.start()):  # list ("Except for A, and B,
            opens.append(c.end())  # each", "other than A, and the B,") or of exceptions
    filers = ALL_FILERS.search(sentence, 0, m.start())
    each = [e.start() for e in EVERYONE_DISCLAIMS.finditer(sentence, 0, m.start())]
    later = [e for e in each if e >= opens[-1]]
    subject = filers.start("subject") if filers else (later or each or [m.start()])[-1]
    # the subject's clause: "Each of the Reporting Persons, other than Jane Roe, may be deemed
    # to own the Shares, but disclaims" reads to "disclaim" (unread: review s19 H2)
    opens = max(o for o in opens if o <= subject)
    return read_exceptions(sentence, opens, subject, m.start())


def left_out(sentence: str, m: re.Match[str],
             exceptions: Optional[list[DisclaimerException]] = None) -> Optional[list[str]]:
    """The parties a disclaimer by all the reporting persons (``m`` in ``sentence``) leaves out:
    those its exceptions name (``exceptions``, else :func:`clause_exceptions`: "Other than the
    Master Fund, the Reporting Persons disclaim"), and the holder named in its object, who does
    not disclaim its own holding (:data:`HELD_BY_HOLDER`, within the object's clause:
    :data:`OBJECT_END`). None when an exception is not read whole as names or as about no
    person ("other than the general partner of the Funds", "Except for shares held by it
    directly"): then no one is known to disclaim.

    >>> t = ("Each of the Reporting Persons disclaims beneficial ownership of the Shares held by "
    ...      "Acme Fund, L.P.")
    >>> left_out(t, DISCLAIMS.search(t))
    ['Acme Fund, L.P.']
    >>> t = "Other than the Master Fund, the Reporting Persons disclaim beneficial ownership."
    >>> left_out(t, DISCLAIMS.search(t))
    ['Master Fund']
    >>> t = ("The Reporting Persons disclaim beneficial ownership except to the extent of their "
    ...      "interest, and none is the owner of the shares held by the Master Fund.")
    >>> left_out(t, DISCLAIMS.search(t))
    []
    >>> t = ("Except for its pecuniary interest therein, the Reporting Persons disclaim "
    ...      "beneficial ownership of the shares held by Fund I and Fund I-A.")
    >>> left_out(t, DISCLAIMS.search(t))
    ['Fund I', 'Fund I-A']
    >>> t = "The Reporting Persons, other than the record holder, disclaim beneficial ownership."
    >>> left_out(t, DISCLAIMS.search(t)) is None
    True
    """
    exceptions = clause_exceptions(sentence, m) if exceptions is None else exceptions
    if any(e.kind is ExceptionKind.UNREAD for e in exceptions):
        return None  # "other than the record holder": whom is unsaid (review s18 H1, H2, M1)
    out = [n for e in exceptions for n in e.names]
    end = OBJECT_END.search(sentence, m.end())
    held = HELD_BY_HOLDER.search(sentence, m.end(), end.start() if end else len(sentence))
    if held is not None:
        out += _listed(held["holder"])
    return out


def _listed(names: str) -> list[str]:
    """The names of a list (``names`` as :data:`ALL_BUT` or :data:`HELD_BY_HOLDER` read it),
    each without a sentence's stop: "Fund I and Fund I-A" -> ["Fund I", "Fund I-A"]; "Ms. Roe."
    -> ["Ms. Roe"] (a legal form keeps its stop: "Acme Fund, L.P."); no possessive ("the
    Adviser's clients" hold their own)."""
    out = []
    for n in PROSE_NAME.finditer(names):
        name = n.group(0).rstrip(" ,")
        if name.endswith(("'s", "\u2019s")):
            continue  # "held by the Adviser's clients": the clients hold
        if name.endswith(".") and not LEGAL_STOP.search(name):
            name = name[:-1]
        out.append(name)
    return out


#: Where a disclaiming clause starts, after the last of these before "disclaims": "As the
#: general partner of the Acme Funds, Acme GP, LLC may be deemed ..., but Acme GP, LLC
#: disclaims" (or the sentence's start)
DISCLAIMER_CLAUSE_BREAK = regex_cache.compile(r"""
    ,\s+but\s+|;\s+|,\s+however,\s+
""", _F)
#: What may stand before a name that opens a disclaiming clause, or between the names of its
#: subject: "Each of Acme GP, LLC and the Acme Individuals disclaims"; never "held by"
DISCLAIMER_LEAD = regex_cache.compile(r"""
    [\s,]*(?:(?:and|but|each|of|the|both|all|however)[\s,]+)*
""", _F)
#: What may stand between the subject's name and its "disclaims": "The Acme Funds each
#: expressly disclaim"; no comma: "Jane Roe, as the manager of the Acme Funds, disclaims"
DISCLAIMER_TAIL = regex_cache.compile(r"""
    \s*(?:(?:each|also|hereby|expressly|specifically|further|therefore|thus
    |accordingly|individually)\s+)*
""", _F)


def disclaimer_subjects(before: str) -> list[str]:
    """The names of the subject of the disclaiming clause that ``before`` (a sentence up to
    its "disclaim") closes: the names opening its clause (:data:`DISCLAIMER_CLAUSE_BREAK`,
    :data:`DISCLAIMER_LEAD`) and the one right before "disclaim" (:data:`DISCLAIMER_TAIL`).

    >>> disclaimer_subjects("As the general partner of the Acme Funds, Acme GP, LLC may be "
    ...     "deemed to own the Shares held by the Acme Funds, but Acme GP, LLC ")
    ['Acme GP, LLC']
    >>> disclaimer_subjects("Each of Acme GP, LLC and the Acme Individuals ")
    ['Each of Acme GP, LLC', 'Acme Individuals']
    >>> disclaimer_subjects("Although Jane Roe may be deemed to own the Shares held by the "
    ...                     "other Reporting Persons, she ")
    ['Although Jane Roe']
    """
    cut = max((b.end() for b in DISCLAIMER_CLAUSE_BREAK.finditer(before)), default=0)
    out: list[str] = []
    lead = cut
    for n in PROSE_NAME.finditer(before, cut):
        if DISCLAIMER_LEAD.fullmatch(before, lead, n.start()):
            out.append(n.group(0))
            lead = n.end()
        elif DISCLAIMER_TAIL.fullmatch(before, n.end()):
            out.append(n.group(0))
    return out


def find_disclaimers(src: SourceText, start: int = 0, end: int | None = None
                     ) -> list[Disclaimer]:
    """Sentences that disclaim beneficial ownership, with who disclaims (names as written).

    A disclaimer of shares the filing says it leaves out of the total (:data:`NOT_INCLUDED`)
    is not one: the holding reported does not hold them.

    >>> src = SourceText(path="x.txt", text="Roe disclaims beneficial ownership of the Fund's "
    ...     "shares. The above does not include 10 shares of his wife, as to which Doe "
    ...     "disclaims beneficial ownership.")
    >>> [d.names for d in find_disclaimers(src)]
    [['Roe']]
    >>> src = SourceText(path="x.txt", text="The Reporting Persons expressly disclaim beneficial "
    ...     "ownership of the Shares except to the extent of their pecuniary interest therein.")
    >>> [d.everyone for d in find_disclaimers(src)]
    [True]
    """
    end = len(src.text) if end is None else end
    out = []
    # every DISCLAIMS match opens with "disclaim" (any case): where the folded text has none,
    # there is none to search for (the sentences lie within start:end)
    fold = fold_text(src.text)
    if fold.find(DISCLAIMS_CUE, start, end) == -1 or not DISCLAIMS.search(src.text, start, end):
        return out
    for s, e in sentence_spans(src.text, start, end):
        if fold.find(DISCLAIMS_CUE, s, e) == -1 or \
                not DISCLAIMS.search(src.text, s, e):  # only spaces differ from the sentence
            continue
        sent = " ".join(src.text[s:e].split())
        m = DISCLAIMS.search(sent)
        if not m:
            continue
        before = sent[:m.start()]
        if NOT_INCLUDED.search(before):
            continue  # shares outside the total: the holding itself is not disclaimed
        filers = all_filers_disclaim(sent, m)
        # "...; however, John Doe disclaims": John Doe's own subject (review s20), and "Jane
        # Roe, as managing member of the General Partner, disclaims": Jane Roe's, not the
        # General Partner's; never with another "disclaim" after it in the sentence
        after_all = EVERYONE_DISCLAIMS.search(before) is not None
        own_clause = not filers and LATER_DISCLAIM.search(sent, m.end()) is None
        own = (read_own_subject(before, m.group(0).split()[0].lower() == "disclaim",
                                after_all=after_all) if own_clause else None)
        if own is not None and own.kind is SubjectKind.NEGATED:
            continue  # "...; however, neither the Adviser nor John Doe disclaims"
        everyone = after_all or filers
        exceptions = clause_exceptions(sent, m) if everyone else []
        others = left_out(sent, m, exceptions) if everyone else []
        excepted = {n for b in ALL_BUT.finditer(before) if b["name"] for n in _listed(b["name"])}
        names = [n.group(0) for n in PROSE_NAME.finditer(before)  # never one excepted: "The
                 if n.group(0).rstrip(" ,") not in excepted  # Reporting Persons, other than
                 and not any(x.start <= n.start() < x.end for x in exceptions)]
        if others is None:  # "Except for certain of them, the Reporting Persons", "The
            everyone, others, names = False, [], []  # Reporting Persons, other than the record
            exceptions = []  # holder, disclaim": no one is known to (review s18 H2)
        out.append(Disclaimer(everyone=everyone, names=names,
                              sole_filer=SOLE_FILER_DISCLAIMS.search(before) is not None,
                              subjects=disclaimer_subjects(before), left_out=others,
                              own_subject=own.names if own is not None else [],
                              own_mentioned=own.mentioned if own is not None else [],
                              excepted=[n for e in exceptions for n in e.names],
                              mentioned=[n for e in exceptions for n in e.mentions],
                              keeps_pecuniary=PECUNIARY_KEPT.search(sent) is not None,
                              evidence=src.evidence(s, e, section="disclaimer")))
    return out
