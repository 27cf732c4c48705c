"""Reading relationships and defined terms out of filing prose.

Schedule 13D/13G Items 2 and 4, XML ``<comments>`` and Form 4 footnotes say in sentences who
controls whom: "TCMV serves as the sole general partner of TCV, TCVA and TCVP", "The members of
X are A, B and C", "X is a wholly-owned subsidiary of Y", "X was the record holder of 32,770
shares". This module finds such sentences and returns typed findings with the names *as
written* (full names or defined terms); deciding which party a name means is the caller's job
(see :class:`graphkit.parsers.partybook.PartyBook`).

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText(path="x.txt", text='Acme Management, L.L.C. ("AM") serves as the sole '
...     'general partner of Acme Fund, L.P. and Acme Fund II, L.P.')
>>> [(t.term, t.name) for t in find_defined_terms(src)]
[('AM', 'Acme Management, L.L.C.')]
>>> [(f.relation.value, f.holder, f.held) for f in find_relationships(src)]
... # doctest: +NORMALIZE_WHITESPACE
[('general_partner_of', 'Acme Management, L.L.C.', 'Acme Fund, L.P.'),
 ('general_partner_of', 'Acme Management, L.L.C.', 'Acme Fund II, L.P.')]
"""

from __future__ import annotations

import re
from typing import Optional

from pydantic import BaseModel, ConfigDict

from graphkit.models import Evidence
from graphkit.ocr import read_quantity
from graphkit.relations import Relation
from graphkit.source import SourceText


class DefinedTerm(BaseModel):
    """A term the filing defines for a name: ``Full Name ("ABBR")``.

    ``collective`` marks terms for groups or things rather than one party ("TCMV Members",
    "Record Shares", "Reporting Persons").
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    term: str
    name: str
    collective: bool = False
    members: tuple[str, ...] = ()
    evidence: Evidence


class ProseFinding(BaseModel):
    """One relationship stated in a sentence, from ``holder`` to ``held`` (names as written).

    ``held`` is empty for record-holder sentences, whose target is the issuer of the filing.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    relation: Relation
    holder: str
    held: str
    evidence: Evidence
    shares: Optional[int] = None
    title: Optional[str] = None
    note: Optional[str] = None
    pattern: str = ""


# --- building blocks -----------------------------------------------------------------------

#: Legal-form suffixes that follow a comma inside a name: ", L.P.", ", L.L.C.", ", Inc.", ", C.V."
_LEGAL = r"""(?:L\.?\s?L\.?\s?L\.?\s?P\.?|L\.?\s?L\.?\s?C\.?|L\.?\s?L\.?\s?P\.?|L\.?\s?P\.?|Inc\.?
    |Ltd\.?|Limited|Corp\.?|Co\.|C\.?\s?V\.?|N\.?\s?V\.?|B\.?\s?V\.?|S\.?\s?A\.?|GmbH|AG|plc|PLC
    |LLC|LP|LLP|INC\.?|LTD\.?|CORP\.?|Jr\.?|Sr\.?|III|II|G\.\s?P\.|GP)(?![A-Za-z])"""
#: One word of a name: capitalised or numeral word, "&", a "(Q)" series mark, or a connector.
_WORD = r"""(?:[A-Z0-9][A-Za-z0-9.'\-]*|&|\([A-Z]{1,4}\)|of(?=\s+[A-Z])|de(?=\s+[A-Z])
    |for(?=\s+[A-Z])|and(?=\s+[A-Z][a-z]+\s+(?:Co|Company|Partners)\b))"""
#: A name as printed in prose: "Trident Capital Fund-V Affiliates Fund (Q), L.P.", "TCMV",
#: "Donald R. Dixon", "Maurer Ross & Co., Incorporated".
NAME = rf"""(?:[A-Z][A-Za-z0-9.'\-]*(?:(?:\s+|,\s*(?={_LEGAL}))(?:{_LEGAL}|{_WORD}))*
    (?:\s*\((?:the\s+)?["“][^"“”()]{{1,40}}["”]\))?)"""
#: A list of names: "TCV, TCVA, TCVAQ and TCVP", "A and B", "each of X and Y".
NAMES = rf"""(?:(?:each\s+of\s+|both\s+)?{NAME}(?:\s*,\s*(?:and\s+)?{NAME}|\s+and\s+{NAME})*)"""
#: A role word: "sole investment general partner", "managing members", "investment adviser".
ROLE = r"""(?i:(?:(?:sole|managing|general|investment|co-|principal|controlling|majority|the|a|an
    |its|their|his|her|only|individual|corporate|administrative|special|senior)\s+)*
    (?:general\s+partners?|managing\s+members?|members?|investment\s+(?:managers?|advis[eo]rs?)
    |managers?|advis[eo]rs?|trustees?|co-trustees?|shareholders?|stockholders?|presidents?
    |chief\s+executive\s+officers?|directors?))"""
#: Two roles joined: "sole shareholder and president"
ROLES = rf"""(?:{ROLE}(?:\s*(?:,|and|&)\s*(?:the\s+)?{ROLE})*)"""

_F = re.VERBOSE
#: Where a list of held names may end: punctuation, the end, or a joining word, never a verb
#: ("general partner of Leviticus and Adam Hutt is ..." holds only "Leviticus").
_LIST_END = r"""(?=\s*(?:[,.;:)]|$)|\s+(?:and|as|which|who|with|in|to|for|by|may|that|each|has|have)\b)"""

#: "TCMV serves as the sole general partner of TCV, TCVA, TCVAQ and TCVP, and as the sole
#: investment general partner of TCVCV"; "A and B are the managing members of X";
#: "X is the investment manager to Y"; "X is the sole shareholder and president of Y".
HOLDER_IS_ROLE_OF = re.compile(rf"""
    (?P<holder>{NAMES})\s*,?\s+
    (?:is|are|was|were|serves|serve|served|acts|act|acted|also\s+serves)\s+(?:as\s+)?
    (?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{NAMES}){_LIST_END}
    (?:\s*,?\s*and\s+as\s+(?P<role2>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held2>{NAMES}){_LIST_END})?
""", _F)

#: "TCMV, as sole general partner of TCV, TCVA, TCVAQ and TCVP, and as sole investment general
#: partner of TCVCV, may also be deemed"; "X, in its capacity as investment manager of Y"
HOLDER_AS_ROLE_OF = re.compile(rf"""
    (?P<holder>{NAME})\s*,\s*(?:as|in\s+its\s+capacity\s+as|in\s+his\s+capacity\s+as)\s+
    (?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{NAMES})
    (?:\s*,?\s*and\s+as\s+(?P<role2>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held2>{NAMES}))?
""", _F)

#: "Acme Management, L.L.C., the general partner of AFP, ..." (appositive)
HOLDER_THE_ROLE_OF = re.compile(rf"""
    (?P<holder>{NAME})\s*,\s*(?P<role>(?:the|its|a)\s+{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{NAME})
""", _F)

#: "Acme Holdings is the sole member of AGP, which is the general partner of Acme Capital"
#: (a relative clause: AGP is the general partner of Acme Capital)
WHICH_IS_ROLE_OF = re.compile(rf"""
    (?P<holder>{NAME})\s*,\s*(?:which|who)\s+(?:is|are|was|serves\s+as|acts\s+as)\s+
    (?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{NAMES}){_LIST_END}
""", _F)

#: "The members of TCMV are Donald R. Dixon, Peter T. Meekin, John H. Moragne and Robert C.
#: McCormack"; "the general partner of Y is X"
ROLE_OF_HELD_IS = re.compile(rf"""
    (?<![A-Za-z])(?P<role>(?:[Tt]he|[Ii]ts)\s+{ROLES})\s+of\s+(?P<held>{NAME})\s+
    (?:is|are|was|were|include|includes)\s+(?P<holder>{NAMES})
""", _F)

#: "Y's investment manager, X" / "X, Y's general partner"
POSSESSIVE_ROLE = re.compile(rf"""
    (?P<holder>{NAME})\s*,\s*(?P<held>{NAME})['’]s\s+(?P<role>{ROLES})
  | (?P<held2>{NAME})['’]s\s+(?P<role2>{ROLES})\s*,\s*(?P<holder2>{NAME})
""", _F)

#: "X is a wholly-owned subsidiary of Y" (Y is the parent of X)
SUBSIDIARY_OF = re.compile(rf"""
    (?P<held>{NAME})\s*,?\s+(?:is|was)\s+(?:a|an)\s+(?:direct\s+|indirect\s+)?
    (?:wholly[\s-]+owned\s+)?subsidiary\s+of\s+(?P<holder>{NAME})
""", _F)

#: "X is wholly owned by Y" (Y is the shareholder of X)
OWNED_BY = re.compile(rf"""
    (?P<held>{NAME})\s*,?\s+(?:is|was|are)\s+(?:wholly|majority|jointly)[\s-]+owned\s+
    (?:and\s+controlled\s+)?by\s+(?P<holder>{NAMES})
""", _F)

#: "TCVA was the record holder of 32,770 shares of Common Stock"; "X directly owns 1,000 shares"
RECORD_HOLDER = re.compile(rf"""
    (?P<holder>{NAME})\s+(?:is|was|are|were)\s+(?:the\s+)?(?:record\s+(?:holder|owner)|holder\s+of\s+record)
    \s+of\s+(?:an\s+aggregate\s+of\s+)?(?P<shares>[0-9lIoO][0-9lIoO,.\s]*[0-9])\s+shares
  | (?P<holder2>{NAME})\s+(?:directly\s+)?(?:owns|holds|held|owned)\s+(?:directly\s+)?
    (?:of\s+record\s+)?(?P<shares2>[0-9][0-9,.]*[0-9])\s+shares
""", _F)

#: ``Full Name ("ABBR")``, ``(the "ABBR")``, ``(hereinafter "X")``, ``("X" and together ...)``
DEFINED_TERM = re.compile(rf"""
    (?P<name>{NAME})\s*
    (?:,\s+(?:a|an)\s+[^,()"“”]{{3,160}}?\s*)?     # ', a Delaware limited partnership'
    \(\s*(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?
      |(?P<group>collectively\s+(?:the\s+)?|each\s+(?:a\s+)?)|individually\s+)?
    ["“”'](?P<term>[^"“”'()]{{1,60}}?)["“”']
    (?:\s*(?:,|and|or)\s*,?\s+[^)]{{0,120}})?\s*\)
""", _F)

#: "AF, AF II and Beta are together referred to herein as the "Acme Funds.""
REFERRED_TO_AS = re.compile(rf"""
    (?P<names>{NAMES})\s+(?:are|shall\s+be|will\s+be)\s+(?:together\s+|collectively\s+)?
    (?:referred\s+to|defined)\s+(?:herein\s+)?as\s+(?:the\s+)?["“](?P<term>[^"“”]{{2,60}}?)[.,]?["”]
""", _F)

#: '("Acme Small Cap II" and, together with Acme Small Cap, the "Small Cap Funds")'
TOGETHER_WITH = re.compile(rf"""
    ["“](?P<first>[^"“”]{{1,60}})["”]\s*(?:,\s*)?and\s*,?\s+(?:together|collectively)\s+with\s+
    (?P<names>{NAMES})\s*,?\s+(?:collectively\s+)?(?:the\s+)?["“](?P<term>[^"“”]{{2,60}})["”]
""", _F)

#: Last words that make an undefined name a group: "the Managing Members", "Reporting Persons".
COLLECTIVE_TAIL = re.compile(r"""
    \b(?:persons|funds|members|entities|managers|owners|holders|shareholders|stockholders
    |subsidiaries|principals)\.?$
""", re.VERBOSE | re.IGNORECASE)

#: Words that make a defined term a group or a thing rather than one party.
COLLECTIVE_WORDS = frozenset("""
    members shares persons funds entities partners stock securities notes warrants act agreement
    schedule statement commission group managers owners holders units interests rule
    """.split())

#: Sentence boundary: ". " before a capital, where the dot does not end an initial or a legal form.
SENTENCE_END = re.compile(r"""
    (?<=[A-Za-z0-9)"”%])(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bInc)(?<!\bCorp)(?<!\bLtd)
    [.;]\s+(?=[A-Z(])        # "... TCVCV. The members of TCMV ..."
  | \n\s*\n                   # a blank line
""", re.VERBOSE)

#: Separators in a list of names: ", ", ", and ", " and " (not the comma before ", L.P.").
LIST_SEPARATOR = re.compile(rf"""
    \s*,(?!\s*{_LEGAL})\s*(?:and\s+)?   # "TCV, TCVA" / "TCVAQ, and TCVP"
  | \s+and\s+                        # "TCVAQ and TCVP"
""", re.VERBOSE)

_ROLE_RELATION: tuple[tuple[str, Relation], ...] = (
    ("general partner", Relation.GENERAL_PARTNER_OF),
    ("managing member", Relation.MANAGING_MEMBER_OF),
    ("member", Relation.MEMBER_OF),
    ("trustee", Relation.TRUSTEE_OF),
    ("shareholder", Relation.SHAREHOLDER_OF),
    ("stockholder", Relation.SHAREHOLDER_OF),
    ("president", Relation.OFFICER_OF),
    ("officer", Relation.OFFICER_OF),
    ("director", Relation.DIRECTOR_OF),
    ("manag", Relation.INVESTMENT_MANAGER_OF),
    ("advis", Relation.INVESTMENT_MANAGER_OF),
)


def role_relations(role: str) -> list[tuple[Relation, Optional[str]]]:
    """The relations a role phrase states, each with a title for officer roles.

    >>> role_relations("the sole investment general partner")
    [(<Relation.GENERAL_PARTNER_OF: 'general_partner_of'>, None)]
    >>> [(r.value, t) for r, t in role_relations("sole shareholder and president")]
    [('shareholder_of', None), ('officer_of', 'President')]
    """
    out: list[tuple[Relation, Optional[str]]] = []
    for part in re.split(r"\s*(?:,|\band\b|&)\s*", role.lower()):
        for key, rel in _ROLE_RELATION:
            if key in part:
                title = None
                if rel is Relation.OFFICER_OF:
                    m = re.search(r"(chief\s+executive\s+officer|president|officer)", part)
                    title = m.group(1).title() if m else None
                if (rel, title) not in out:
                    out.append((rel, title))
                break
    return out


def split_names(text: str) -> list[str]:
    """Split a list of names as printed, keeping legal-form commas inside names.

    >>> split_names("TCV, TCVA, TCVAQ and TCVP")
    ['TCV', 'TCVA', 'TCVAQ', 'TCVP']
    >>> split_names("each of Acme Fund, L.P. and Acme Partners, LLC")
    ['Acme Fund, L.P.', 'Acme Partners, LLC']
    """
    text = re.sub(r"^(?:each\s+of|both)\s+", "", text.strip())
    parts = [p.strip(" ,") for p in LIST_SEPARATOR.split(text)]
    return [p for p in parts if p and p[0].isupper()]


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text[start:end]``.

    >>> t = "TCMV serves as GP of TCV. The members of TCMV are A B."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['TCMV serves as GP of TCV', 'The members of TCMV are A B.']
    """
    end = len(text) if end is None else end
    spans = []
    pos = start
    for m in SENTENCE_END.finditer(text, start, end):
        if text[pos:m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        spans.append((pos, end))
    return spans


def _flat(text: str) -> str:
    """Squeeze layout whitespace (line breaks, tabs) so patterns see one line."""
    return re.sub(r"[ \t\r\n]+", " ", text)


def find_defined_terms(src: SourceText, start: int = 0, end: int | None = None
                       ) -> list[DefinedTerm]:
    """Every ``Full Name ("ABBR")`` definition in ``src.text[start:end]``, in order.

    Also reads ``(the "ABBR")``, ``(hereinafter "X")`` and ``("X" and together with ...)``.
    Terms for groups or things ("TCMV Members", "Record Shares") come back with
    ``collective=True``.

    >>> src = SourceText(path="s.txt", text='filed by Trident Capital Fund-V, L.P. ("TCV") and '
    ...     'Donald R. Dixon and Peter T. Meekin (the "Members")')
    >>> [(t.term, t.name, t.collective) for t in find_defined_terms(src)]
    [('TCV', 'Trident Capital Fund-V, L.P.', False), ('Members', 'Peter T. Meekin', True)]

    See also
    --------
    find_relationships
    """
    end = len(src.text) if end is None else end
    out: list[DefinedTerm] = []
    for s, e in sentence_spans(src.text, start, end):
        flat = _flat(src.text[s:e])
        if "(" not in flat:
            continue
        for m in DEFINED_TERM.finditer(flat):
            name = _trim_name(m["name"])
            term = " ".join(m["term"].split())
            if not name or not term:
                continue
            inner = _TERM_SUFFIX.search(" ".join(m["name"].split()))
            if inner:  # 'AMH Equity, LLC ("AMH"), a New York LLC (each a "Reporting Person")'
                t_in = re.sub(r"""^\s*\((?:the\s+)?["“]|["”]\)\s*$""", "", inner.group(0))
                out.append(DefinedTerm(term=t_in, name=name, evidence=src.evidence(
                    s, e, section="defined term", text=f'{name} ("{t_in}")')))
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", term)}
            collective = bool(words & COLLECTIVE_WORDS) or bool(m["group"])
            ev = src.evidence(s, e, section="defined term",
                              text=f'{name} ("{term}")')
            out.append(DefinedTerm(term=term, name=name, collective=collective, evidence=ev))
    return out


def find_collective_terms(src: SourceText, start: int = 0, end: int | None = None
                          ) -> list[DefinedTerm]:
    """Terms the filing defines for a group of parties, with the members it names.

    >>> src = SourceText(path="s.txt", text='BF, BF II and Gamma are together referred to '
    ...     'herein as the "Beta Funds." Acme II, L.P. ("Acme II" and, together with Acme '
    ...     'I, the "Acme Funds") is a fund.')
    >>> [(t.term, t.members) for t in find_collective_terms(src)]
    [('Beta Funds', ('BF', 'BF II', 'Gamma')), ('Acme Funds', ('Acme II', 'Acme I'))]

    See also
    --------
    find_defined_terms
    """
    end = len(src.text) if end is None else end
    out: list[DefinedTerm] = []
    for s, e in sentence_spans(src.text, start, end):
        flat = _flat(src.text[s:e])
        if "together" not in flat and "collectively" not in flat and "referred" not in flat:
            continue
        found: list[tuple[str, list[str]]] = []
        for m in REFERRED_TO_AS.finditer(flat):
            found.append((m["term"], split_names(m["names"])))
        for m in TOGETHER_WITH.finditer(flat):
            found.append((m["term"], [m["first"]] + split_names(m["names"])))
        for term, names in found:
            members = tuple(n for n in (_trim_name(x) for x in names) if n)
            term = " ".join(term.split()).strip(" .,")
            if len(members) < 2 or not term:
                continue
            ev = src.evidence(s, e, section="defined term", text=f'{", ".join(members)} ("{term}")')
            out.append(DefinedTerm(term=term, name=members[-1], collective=True,
                                   members=members, evidence=ev))
    return out


def is_collective_name(name: str) -> bool:
    """True when a name as written reads as a group, not one party.

    >>> is_collective_name("the Managing Members"), is_collective_name("Tinicum Partners, L.P.")
    (True, False)
    """
    return bool(COLLECTIVE_TAIL.search(name.strip()))


_LEADING_JUNK = re.compile(r"""
    ^(?:(?:(?:Shares\s+of\s+)?(?:the\s+)?(?:Issuer's\s+)?(?:Common|Preferred|Ordinary|Class\s+[A-Z])
        \s+(?:Stock|Shares)\s+of)\s+)?
    (?:(?:Chairman\s+of\s+)?(?:the\s+)?Board\s+of\s+(?:Directors\s+of\s+)?)?
    (?:(?:This|The|Each|Both|Statement|Schedule|Item|Items|By|Of|In|On|As|Its|Their|And|Also
        |Accordingly|Therefore|Pursuant|Under)\b\.?\s+)*
""", re.VERBOSE)


#: A definition after a name: ' ("TCMV")', ' (the "Fund")'
_TERM_SUFFIX = re.compile(r"""\s*\((?:the\s+)?["“][^"“”()]+["”]\)\s*$""", re.VERBOSE)


#: A sentence's full stop left on a name: "TCVCV." (kept on "Inc.", "L.P.", "Jr.")
_FINAL_STOP = re.compile(r"""(?<=[A-Za-z]{2})(?<!Inc)(?<!Corp)(?<!Ltd)(?<!Co)(?<!Jr)(?<!Sr)\.$""",
                         re.VERBOSE)


def _trim_name(name: str) -> str:
    name = _TERM_SUFFIX.sub("", " ".join(name.split())).strip(" ,;:")
    name = _FINAL_STOP.sub("", name)
    name = _LEADING_JUNK.sub("", name)
    return name


def find_relationships(src: SourceText, start: int = 0, end: int | None = None
                       ) -> list[ProseFinding]:
    """Every relationship stated in the prose of ``src.text[start:end]``, in order.

    Lists fan out: "X serves as general partner of A and B" gives two findings. Record-holder
    sentences give ``beneficial_owner_of`` findings with ``shares`` and an empty ``held``.

    >>> src = SourceText(path="s.txt", text="The members of TCMV are Donald R. Dixon, Peter T. "
    ...     "Meekin and Robert C. McCormack. TCVA was the record holder of 32,770 shares of "
    ...     "Common Stock.")
    >>> [(f.relation.value, f.holder, f.held, f.shares) for f in find_relationships(src)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('member_of', 'Donald R. Dixon', 'TCMV', None),
     ('member_of', 'Peter T. Meekin', 'TCMV', None),
     ('member_of', 'Robert C. McCormack', 'TCMV', None),
     ('beneficial_owner_of', 'TCVA', '', 32770)]

    See also
    --------
    find_defined_terms, split_names
    """
    end = len(src.text) if end is None else end
    out: list[ProseFinding] = []
    seen: set[tuple] = set()

    def emit(rel: Relation, holder: str, held: str, ev: Evidence, pattern: str,
             shares: int | None = None, title: str | None = None) -> None:
        holder, held = _trim_name(holder), _trim_name(held)
        if not holder or (held == "" and rel is not Relation.BENEFICIAL_OWNER_OF):
            return
        if holder == held:
            return
        key = (rel, holder, held, shares, title)
        if key in seen:
            return
        seen.add(key)
        out.append(ProseFinding(relation=rel, holder=holder, held=held, evidence=ev,
                                shares=shares, title=title, pattern=pattern))

    for s, e in sentence_spans(src.text, start, end):
        flat = _flat(src.text[s:e])
        if len(flat) > 2000:
            flat = flat[:2000]
        ev = src.evidence(s, e, section="prose")
        for name, pat in (("holder_is_role_of", HOLDER_IS_ROLE_OF),
                          ("holder_as_role_of", HOLDER_AS_ROLE_OF),
                          ("which_is_role_of", WHICH_IS_ROLE_OF),
                          ("holder_the_role_of", HOLDER_THE_ROLE_OF)):
            for m in pat.finditer(flat):
                holders = split_names(m["holder"])
                if name != "holder_is_role_of":
                    holders = holders[-1:]
                for role_g, held_g in (("role", "held"), ("role2", "held2")):
                    if not m.groupdict().get(held_g):
                        continue
                    for rel, title in role_relations(m[role_g]):
                        for h in holders:
                            for t in split_names(m[held_g]):
                                emit(rel, h, t, ev, name, title=title)
        for m in ROLE_OF_HELD_IS.finditer(flat):
            for rel, title in role_relations(m["role"]):
                for h in split_names(m["holder"]):
                    emit(rel, h, m["held"], ev, "role_of_held_is", title=title)
        for m in POSSESSIVE_ROLE.finditer(flat):
            holder = m["holder"] or m["holder2"]
            held = m["held"] or m["held2"]
            for rel, title in role_relations(m["role"] or m["role2"]):
                emit(rel, holder, held, ev, "possessive_role", title=title)
        for m in SUBSIDIARY_OF.finditer(flat):
            emit(Relation.PARENT_OF, m["holder"], m["held"], ev, "subsidiary_of")
        for m in OWNED_BY.finditer(flat):
            for h in split_names(m["holder"]):
                emit(Relation.SHAREHOLDER_OF, h, m["held"], ev, "owned_by")
        for m in RECORD_HOLDER.finditer(flat):
            raw = m["shares"] or m["shares2"]
            r = read_quantity(raw)
            shares = r.value if r is not None and isinstance(r.value, int) else None
            emit(Relation.BENEFICIAL_OWNER_OF, m["holder"] or m["holder2"], "", ev,
                 "record_holder", shares=shares)
    return out
