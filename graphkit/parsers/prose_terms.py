"""Defined terms of filing prose: ``Full Name ("ABBR")`` and terms for groups of parties.

A filing names a party in full once and then by a term it defines: 'Acme Capital Fund-V, L.P.
("ACF")', 'Acme Management, L.L.C. (the "General Partner")'. Groups are defined the same way
('Jane Q. Roe and John R. Doe (the "Members")') or in a sentence ('BF, BF II and Gamma are together
referred to herein as the "Beta Funds"'). This module reads both; the patterns live in
:mod:`graphkit.parsers.prose_patterns`, and only the sentences holding a pattern's cue are read
(:mod:`graphkit.parsers.prose_sentences`).

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText(path="x.txt", text='Acme Management, L.L.C. ("AM") is a manager.')
>>> [(t.term, t.name) for t in find_defined_terms(src)]
[('AM', 'Acme Management, L.L.C.')]
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import Evidence
from graphkit.parsers.prose_bare_terms import (ANY_TERM_CUE, quote_bare_terms,
                                              unfounded_bare_term)
from graphkit.parsers.prose_caps import as_read, printed
from graphkit.parsers.prose_inner_groups import inner_list_groups
from graphkit.parsers.prose_lists import (
    LETTERS, entity_kind, initials_tail, split_listed, term_suffix, trim_name)
from graphkit.parsers.prose_term_patterns import (
    ASIDE_BEFORE_LIST, BARE_SHORT_FORM_CUE, BARE_SHORT_FORM_NAME, COLLECTIVE_KEYWORD,
    COLLECTIVE_TAIL, COLLECTIVE_WORDS, COLLECTIVE_WORDS_CUE, DEFINED_TERM, DEFINITION_TERM,
    DESCRIBED_OF_NAME, GIVEN_NAMES, GROUP_DEFINITION, GROUP_OPENING, GROUP_TERM_TAIL,
    GROUP_TERMS_OR, HONORIFIC_TERM, MEMBER_ASIDE, MEMBER_TERM, THING_WORD,
    LIST_ASIDE_TERM, LIST_DEFINED_AS, LIST_OR_JOIN_END, OR_SHORT_FORM_CUE, OR_SHORT_FORM_NAME,
    REFERRED_TO_AS, REFERRED_TO_AS_CUE, TERM_IN_PARENS, TOGETHER_WITH, TOGETHER_WITH_CUE)
from graphkit.parsers.prose_patterns import ROLE, ROLE_OF_NAME
from graphkit.parsers.prose_referred_terms import (REFERRED_TO_EACH_ANCHOR, REFERRED_TO_EACH_CUE,
                                                   referred_terms)
from graphkit.parsers.prose_term_owner import (
    ALNUM_WORD, HOLDER_BEFORE_ROLE, abbreviates, holder_of_role_before, owner_of_term)
from graphkit.parsers.prose_slashed_names import LEGAL_FORM_IN, with_slashed_lead
from graphkit.parsers.prose_sentences import (
    cue_positions, cued_sentences, flat_sentence, sentences_at, sentences_with)
from graphkit.source import SourceText
from resolvers.names import BARE_ACRONYM  # a company's short name: "PWAM", "ACM"

#: :data:`DEFINED_TERM` as :func:`find_defined_terms` scans a sentence for it: the same matches,
#: found faster. Three tests up front skip where none is found: its name opens with a capital or
#: a digit, before the "(" of its definition, and never right after a capital ("CME" of "ACME":
#: the name read from there reads from that capital as well, its first word taking the capital
#: in, and the scan finds the match from the capital first; a match ends in ")", so no scan goes
#: on from inside a word)
DEFINED_TERM_SCAN = regex_cache.compile(r"""(?<![A-Z])(?=[A-Z0-9])(?=[^(]*\()""" + DEFINED_TERM.pattern,
                                        DEFINED_TERM.flags)

#: The words of a firm's name before a comma that is part of it, right before the name a
#: definition read: "Roe, " of 'Roe, Doe & Co. ("Roe Doe")', "Acme Lynd, " of "Acme Lynd,
#: Pierce, Fenn & Roe" (searched back from the name: it ends there)
COMMA_NAME_HEAD = regex_cache.compile(r"""
    (?<![A-Za-z0-9.'&\-])(?P<head>[A-Z][A-Za-z'\-]*(?:\s+[A-Z][A-Za-z'\-]*){0,2}),\s*$
""", re.VERBOSE)

#: A capitalised word going on after a name: " Holdings" of "Jane Roe Holdings", " Family"
NAME_GOES_ON = regex_cache.compile(r"""[ \t]+[A-Z]""", re.VERBOSE)

#: A term that is a role: '(the "Trustee")', '(the "General Partner")', '(the "Manager")'
ROLE_TERM = regex_cache.compile(rf"""{ROLE}""", re.VERBOSE)

#: A role stated of the name that follows it: "as trustee of the ", ", the general partner of "
#: (searched back from the name: it ends there)
ROLE_BEFORE_NAME = regex_cache.compile(rf"""
    (?<![A-Za-z])(?P<role>{ROLE})\s+(?:of|for|to)\s+(?:the\s+)?$
""", re.VERBOSE)

class DefinedTerm(BaseModel):
    """A term the filing defines for a name: ``Full Name ("ABBR")``.

    ``collective`` marks terms for groups or things rather than one party ("ACM Members",
    "Record Shares", "Reporting Persons").
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    term: str
    name: str
    collective: bool = False
    members: tuple[str, ...] = ()
    evidence: Evidence



def find_defined_terms(src: SourceText, start: int = 0, end: int | None = None
                       ) -> list[DefinedTerm]:
    """Every ``Full Name ("ABBR")`` definition in ``src.text[start:end]``, in order.

    Also reads ``(the "ABBR")``, ``(hereinafter "X")`` and ``("X" and together with ...)``.
    Terms for groups or things ("ACM Members", "Record Shares") come back with
    ``collective=True``.

    >>> src = SourceText(path="s.txt", text='filed by Acme Capital Fund-V, L.P. ("ACF") and '
    ...     'Jane Q. Roe and John R. Doe (the "Members")')
    >>> [(t.term, t.name, t.collective) for t in find_defined_terms(src)]
    [('ACF', 'Acme Capital Fund-V, L.P.', False), ('Members', 'John R. Doe', True)]

    See also
    --------
    find_relationships
    """
    end = len(src.text) if end is None else end
    out: list[DefinedTerm] = []
    for s, e in cued_sentences(ANY_TERM_CUE, src.text, start, end):
        # a sentence in capitals is read as mixed case; names and terms given back as printed
        flat, in_capitals = as_read(flat_sentence(src.text, s, e), src.text)
        flat, bare = quote_bare_terms(flat)  # "Acme Fund, L.P. (the Fund)": as if quoted
        for m in DEFINED_TERM_SCAN.finditer(flat):
            name = trim_name(m["name"])
            term = " ".join(m["term"].split())
            if not name or not term or name == term:
                continue  # 'John Doe, Trustee, ("Trustee")': the word defines only itself
            if bare and unfounded_bare_term(bare, m.start("term") - 1, name):
                continue  # "Jane Roe (the General Partner)": no quotes, no entity's name
            name = owner_of_term(term, name, m["descriptor"])
            if not abbreviates(term, name):  # 'Roe LLC, the sole member of Acme LP ("Roe")'
                name = holder_of_role_before(flat, m.start("name"), term, name)
            if not abbreviates(term, name) and OCR_CUT_WORD.search(
                    flat, max(0, m.start("name") - 24), m.start("name")):
                continue  # '8ay Acme Holdings LP ("BAHLP")': a first word torn by OCR
            if not abbreviates(term, name):  # 'Roe, Doe & Co. ("Roe Doe")'
                name = _with_comma_head(flat, m.start("name"), term, name)
            if name == m["name"]:  # 'Roe/Doe Investments, L.P. (the "Partnership")'
                name = with_slashed_lead(flat, m.start("name"), name)
            holder = _role_holder(flat, m.start("name"), term, name)
            if holder is not None:  # 'Acme Bank, as trustee of the Trust (the "Trustee")'
                if not holder:
                    continue  # the role's holder is not named: the term is not the name's
                name = holder
            elif _names_described(flat, m.start("name"), term, name):
                continue  # 'a ... client of ACM (the "Separate Account")': the client's
            role_of = ROLE_OF_NAME.match(name)  # 'the President of Acme Management Ltd. ("Acme")'
            if role_of is not None and abbreviates(term, role_of["name"]):
                name = trim_name(role_of["name"])
            honorific = HONORIFIC_TERM.match(term)
            if honorific is not None and (entity_kind(name) is not None
                                          or BARE_ACRONYM.match(name)):
                # 'Jane Q. Roe, President of Roe Corp. ("Ms. Roe")': the person's term; so
                # 'Peter S. Park, as the sole member of PWAM ("Mr. Park")' (a company's term)
                name = person_with_surname(flat[:m.start("name")], honorific["surname"])
                if not name:
                    continue  # no person of that name before it: the term is no company's
            inner = term_suffix(" ".join(m["name"].split()))
            if in_capitals:
                name, term = printed(name), printed(term)
            if inner:  # 'Acme Equity, LLC ("AE"), a New York LLC (each a "Reporting Person")'
                t_in = _term_of(inner.group(0))
                t_in = printed(t_in) if in_capitals else t_in
                group = GROUP_DEFINITION.match(inner.group(0)) is not None  # "(together, the
                out.append(DefinedTerm(term=t_in, name=name, collective=group,  # "Funds")"
                                       evidence=src.evidence(s, e, section="defined term",
                                                             text=f'{name} ("{t_in}")')))
            words = {w.lower() for w in LETTERS.findall(term)}
            collective = bool(words & COLLECTIVE_WORDS) or bool(m["group"]) or (
                _names_a_group(term, name) and _listed_before(flat, m.start("name")))
            ev = src.evidence(s, e, section="defined term",
                              text=f'{name} ("{term}")')
            out.append(DefinedTerm(term=term, name=name, collective=collective, evidence=ev))
    return out + _bare_short_forms(src, start, end)


#: The short forms read by :func:`_bare_short_forms`: each cue with its anchor (a string every
#: match holds, and how far after its start: :func:`~graphkit.parsers.prose_sentences.
#: cue_positions`; none for a cue opening with a string), and what reads the (name, term) pairs
#: of a sentence holding it
_Reader = Callable[[str], list[tuple[str, str]]]
_SHORT_FORM_READERS: tuple[tuple[re.Pattern[str], tuple[str, int], _Reader], ...] = (
    (BARE_SHORT_FORM_CUE, ("", 0), lambda flat: [_short_form(m)
                                                 for m in BARE_SHORT_FORM_NAME.finditer(flat)]),
    (OR_SHORT_FORM_CUE, ("", 0),
     lambda flat: [_short_form(m) for m in OR_SHORT_FORM_NAME.finditer(flat)]),
    (REFERRED_TO_EACH_CUE, REFERRED_TO_EACH_ANCHOR, referred_terms))


def _bare_short_forms(src: SourceText, start: int, end: int) -> list[DefinedTerm]:
    """Short forms of a name's initials without quotes, in parentheses or after ", or": "Acme
    Ventures, Inc. (AVI)" defines "AVI" (not "Acme Fund (QP)": no short form of "Acme Fund");
    "Roe Partners Limited Partnership, or RPLP." defines "RPLP"; and terms "referred to as"
    ('Acme Partners Ltd. is referred to as "APL"': :func:`~graphkit.parsers.
    prose_referred_terms.referred_terms`).

    >>> src = SourceText(path="x.txt", text="Acme Ventures, Inc. (AVI) and Acme Fund (QP) act "
    ...     "for Roe Partners Limited Partnership, or RPLP, Beta Fund, or LLC, and Jane Roe, or "
    ...     "ABC Corp.")
    >>> [(t.term, t.name) for t in _bare_short_forms(src, 0, len(src.text))]
    [('AVI', 'Acme Ventures, Inc.'), ('RPLP', 'Roe Partners Limited Partnership')]
    """
    out: list[DefinedTerm] = []
    for cue, anchor, read in _SHORT_FORM_READERS:
        positions = cue_positions(cue, src.text, start, end, *anchor)
        for s, e in sentences_at(positions, src.text, start, end):
            for name, term in read(flat_sentence(src.text, s, e)):
                if name:
                    out.append(DefinedTerm(term=term, name=name, evidence=src.evidence(
                        s, e, section="defined term", text=f'{name} ("{term}")')))
    return out


def _short_form(m: re.Match[str]) -> tuple[str, str]:
    """The name and short form of a match of :data:`BARE_SHORT_FORM_NAME` or
    :data:`OR_SHORT_FORM_NAME`, or ("", "") when the letters are not the name's initials."""
    if m.re is OR_SHORT_FORM_NAME:
        return initials_tail(trim_name(m["name"]), m["abbr"]), m["abbr"]
    written = m.group(0)
    name = trim_name(written)
    if name and name != written and written.startswith(name):  # the initials dropped
        return name, written[len(name):].strip(" ()")
    return "", ""


def person_with_surname(text: str, surname: str) -> str:
    """The last person's name in ``text`` that ends in ``surname`` ("" if none): the owner of a
    term "Mr. Roe" defined after a company's name, as in 'Jane Q. Roe, in her capacity as the
    President of Roe Corp. ("Ms. Roe")'.

    >>> person_with_surname("Jane Q. Roe, in her capacity as the President of Roe Corp. ", "Roe")
    'Jane Q. Roe'
    >>> person_with_surname("The President of Roe Corp. ", "Roe")
    ''

    A name that goes on ("Jane Roe Holdings", "The Jane Roe Family Trust") is no person's, and
    two persons of the surname leave the owner unsure:

    >>> person_with_surname("The Jane Roe Family Trust, of which Acme Corp. ", "Roe")
    ''
    >>> person_with_surname("Mary Roe, the spouse of John Roe, President of Roe Corp. ", "Roe")
    ''
    """
    found: set[str] = set()
    for m in re.finditer(rf"""{GIVEN_NAMES}{re.escape(surname)}(?![A-Za-z0-9'\-])""", text):
        name = trim_name(m.group(0))
        if name and name != surname and not NAME_GOES_ON.match(text, m.end()):
            found.add(name)
    return found.pop() if len(found) == 1 else ""  # two of that surname: whose it is is unsure


def _with_comma_head(flat: str, at: int, term: str, name: str) -> str:
    """``name`` with the words before it that a comma parts from it, when the term
    abbreviates the longer name and not ``name``: a firm's name may hold a comma
    ("Roe, Doe & Co."), which a name in prose does not go over.

    >>> flat = 'filed by Acme Fund, L.P. ("AF"), Roe, Doe & Co. ("Roe Doe") and'
    >>> _with_comma_head(flat, flat.index("Doe &"), "Roe Doe", "Doe & Co.")
    'Roe, Doe & Co.'
    >>> flat = 'Roe, Doe, Lufkin & Roe Securities Corp. ("RDLR")'
    >>> _with_comma_head(flat, flat.index("Lufkin"), "RDLR", "Lufkin & Roe Securities Corp.")
    'Roe, Doe, Lufkin & Roe Securities Corp.'
    >>> flat = 'Acme Fund, L.P. ("AF"), Beta Capital ("Beta")'
    >>> _with_comma_head(flat, flat.index("Beta Capital"), "Beta", "Beta Capital")
    'Beta Capital'
    """
    start, longer = at, name
    for _ in range(3):  # "Acme Lynd, Pierce, Fenn & Roe": up to three heads
        m = COMMA_NAME_HEAD.search(flat, max(0, start - 60), start)
        if m is None:
            return name
        start, longer = m.start("head"), f"{m['head']}, {longer}"
        if abbreviates(term, longer) or abbreviates(term.replace("&", ""), longer):
            return longer
    return name


def _role_holder(flat: str, at: int, term: str, name: str) -> Optional[str]:
    """For a term that is a role stated of ``name`` ('Acme Bank, as trustee of the Trust (the
    "Trustee")'), the role's holder named before the role (the term is the holder's), or ""
    when no holder is named there; None when the term is no such role.

    >>> flat = 'either the Trust or Acme Bank, N.A., as trustee of the Trust (the "Trustee")'
    >>> _role_holder(flat, flat.rindex("Trust ("), "Trustee", "Trust")
    'Acme Bank, N.A.'
    >>> flat = 'Jane Q. Roe, the President of Acme Management Ltd. (the "President")'
    >>> _role_holder(flat, flat.index("President"), "President",
    ...              "President of Acme Management Ltd.")
    'Jane Q. Roe'
    >>> flat = 'Acme GP, LLC, the general partner of Acme Fund, L.P. (the "Fund")'
    >>> _role_holder(flat, flat.index("Acme Fund"), "Fund", "Acme Fund, L.P.") is None
    True
    """
    if not ROLE_TERM.fullmatch(term):
        return None
    role_of = ROLE_OF_NAME.match(name)
    if role_of is not None:  # the role opens the name read: "President of Acme Ltd."
        role, cut = role_of["role"], at
    else:
        before = ROLE_BEFORE_NAME.search(flat, max(0, at - 80), at)
        if before is None:
            return None
        role, cut = before["role"], before.start()
    if not set(ALNUM_WORD.findall(term.lower())) <= set(ALNUM_WORD.findall(role.lower())):
        return None  # another role: 'the general partner of Acme GP (the "Manager")'
    m = HOLDER_BEFORE_ROLE.search(flat, max(0, cut - 160), cut)
    return trim_name(m["holder"]) if m is not None else ""


def _names_described(flat: str, at: int, term: str, name: str) -> bool:
    """True when ``term`` repeats the words of the thing described right before ``name``
    (:data:`~graphkit.parsers.prose_term_patterns.DESCRIBED_OF_NAME`) and is no short form of
    ``name``: the term is that thing's, which the filing does not name, not ``name``'s.

    >>> flat = 'the Filers and a separate account advisory client of ACM (the "Separate Account")'
    >>> _names_described(flat, flat.index("ACM"), "Separate Account", "ACM")
    True
    >>> flat = 'Jane Roe, the sole member of Acme GP, LLC (the "General Partner")'
    >>> _names_described(flat, flat.index("Acme GP"), "General Partner", "Acme GP, LLC")
    False
    >>> flat = 'an affiliate of Acme Holdings Inc. (the "Holdings")'
    >>> _names_described(flat, flat.index("Acme"), "Holdings", "Acme Holdings Inc.")
    False
    """
    words = set(ALNUM_WORD.findall(term.lower()))
    if not words or abbreviates(term, name):
        return False
    m = DESCRIBED_OF_NAME.search(flat, max(0, at - 120), at)
    return m is not None and words <= set(ALNUM_WORD.findall(m["words"]))


#: A word an OCR misread opens with a digit, right before a name: the "8ay " of "8ay
#: Acme Holdings LP ("BAHLP")" (the name read is then another party's, cut short)
OCR_CUT_WORD = regex_cache.compile(r"""(?<![\w.,])[0-9][a-z]{2,}\s+\Z""", re.VERBOSE)


def _listed_before(flat: str, pos: int) -> bool:
    """True when the name at ``pos`` ends a list: "Jane Q. Roe and John Roe (the ...)",
    "Acme Corp., Beta LLC or Gamma Inc. (the ...)".

    >>> flat = 'held by Acme Corp., Beta LLC or Gamma Inc. (the "Investors")'
    >>> _listed_before(flat, flat.index("Gamma")), _listed_before(flat, flat.index("Acme"))
    (True, False)
    """
    return LIST_OR_JOIN_END.search(flat, max(0, pos - 8), pos) is not None


def _names_a_group(term: str, name: str) -> bool:
    """True when ``term``, defined right after a list ending in ``name``, reads as the whole
    list's: its last word names several parties (:data:`COLLECTIVE_TAIL`,
    :data:`GROUP_TERM_TAIL`) and is no word of ``name``.

    >>> _names_a_group("Investors", "Gamma Inc."), _names_a_group("Investors", "Acme Investors, L.P.")
    (True, False)
    >>> _names_a_group("Principal Holders", "John Roe"), _names_a_group("Gamma", "Gamma Inc.")
    (True, False)
    """
    if is_collective_name(term):
        return True
    return GROUP_TERM_TAIL.search(term.strip()) is not None and not abbreviates(term, name)


def _list_terms(src: SourceText, start: int, end: int) -> list[DefinedTerm]:
    """Group terms defined right after a list of names: 'Jane Q. Roe and John Roe, Jr. (the
    "Principal Holders")' defines "Principal Holders" as both persons; '(collectively, the
    "Roe Group" or the "Principal Holders")' defines both terms so (:data:`GROUP_TERMS_OR`).

    >>> src = SourceText(path="x", text='This is filed by Jane Roe, John Roe and Mary Doe '
    ...     '(collectively, the "Roe Group" or the "Principal Holders").')
    >>> terms = _list_terms(src, 0, len(src.text))
    >>> [(t.term, t.members) for t in terms]  # doctest: +NORMALIZE_WHITESPACE
    [('Roe Group', ('Jane Roe', 'John Roe', 'Mary Doe')),
     ('Principal Holders', ('Jane Roe', 'John Roe', 'Mary Doe'))]

    A list whose members each have an aside or a term of their own ('Acme Capital LP, a
    Delaware limited partnership ("Acme"), and Jane Roe (together, the "Reporting Persons")')
    is read without them (:data:`MEMBER_ASIDE`, :data:`MEMBER_TERM`) when it gives no group
    as written.

    >>> src = SourceText(path="x", text='Filed by Acme Capital LP, a Delaware limited '
    ...     'partnership ("Acme"), and Jane Roe (together, the "Reporting Persons").')
    >>> [(t.term, t.members) for t in _list_terms(src, 0, len(src.text))]
    [('Reporting Persons', ('Acme Capital LP', 'Jane Roe'))]
    """
    out: list[DefinedTerm] = []
    for s, e in cued_sentences(ANY_TERM_CUE, src.text, start, end):
        flat = quote_bare_terms(flat_sentence(src.text, s, e))[0]  # "(together, the Funds)"
        found = _groups_after_lists(flat)
        if not found and GROUP_OPENING.search(flat):
            found = _groups_after_lists(MEMBER_TERM.sub("", MEMBER_ASIDE.sub("", flat)))
        for term, members in found:
            ev = src.evidence(s, e, section="defined term", text=f'{", ".join(members)} ("{term}")')
            out.append(DefinedTerm(term=term, name=members[-1], collective=True,
                                   members=members, evidence=ev))
    return out


def _groups_after_lists(flat: str) -> list[tuple[str, tuple[str, ...]]]:
    """The group terms of :func:`_list_terms` in the sentence ``flat``, each with its members."""
    out: list[tuple[str, tuple[str, ...]]] = []
    if not _defines_a_group(flat) and GROUP_TERMS_OR.search(flat) is None:
        return out  # the term after a list below is one of these: none is a group's
    for m in LIST_DEFINED_AS.finditer(flat):
        if ASIDE_BEFORE_LIST.search(flat, max(0, m.start() - 120), m.start()):
            continue  # 'Acme Corp., a subsidiary of Beta Inc., and Gamma LLC': Beta is no member
        suffix = term_suffix(m["names"])
        aside = LIST_ASIDE_TERM.match(flat, m.end()) if suffix is None else None
        both = GROUP_TERMS_OR.match(flat, m.end()) if suffix is None and aside is None else None
        if suffix is None and aside is None and both is None:
            continue
        # or ", members of Acme GP LLC, who may control Acme GP LLC ("Managers")": the list's
        terms = (_term_of(suffix.group(0)),) if suffix else (aside["term"],) if aside \
            else (both["term"], both["term2"])
        members = tuple(n for n in (trim_name(x) for x in split_listed(m["names"])) if n)
        if both is not None and (any(THING_WORD.search(t.strip().rpartition(" ")[2]) for t in
                terms) or not all(map(LEGAL_FORM_IN.search, members)) and any(map(
                THING_WORD.search, members)) and not any(_names_a_group(t, members[-1])
                for t in terms)):  # a term's head word ("Note Holders"); parties' names
            continue  # 'Class A Stock and Class B Stock (collectively, the "Shares" or ...)'
        for term in terms:
            if len(members) < 2 or both is None and not _names_a_group(term, members[-1]):
                continue  # 'Roe I, L.P. and Roe II, L.P. (together, the "Partnerships")'
            out.append((term, members))  # '"Roe Group" or "Holders"': both the list's
    return out


def _term_of(definition: str) -> str:
    """The term of a definition in parentheses; of one defining a member's term and a group's,
    the group's (the last).

    >>> _term_of(' (the "Principal Holders") '), _term_of('(together, "Funds")')
    ('Principal Holders', 'Funds')
    >>> _term_of(' (each, a "Fund" and together, the "Funds")')
    'Funds'
    """
    terms = DEFINITION_TERM.findall(definition)
    return terms[-1].strip() if terms else ""


def _defines_a_group(flat: str) -> bool:
    """True when a definition in ``flat`` (:data:`TERM_IN_PARENS`) is of a group term.

    The definition that ends a list read by :func:`_list_terms` is one of these (the same
    parenthesis: a definition holds none), so a sentence without one defines no group there.

    >>> _defines_a_group('Jane Q. Roe and John Roe (the "Principal Holders") own it')
    True
    >>> _defines_a_group('Acme Fund, L.P. ("AF") and Beta, L.P. ("Beta")')
    False
    """
    return any(is_collective_name(t) or GROUP_TERM_TAIL.search(t) is not None
               for t in (_term_of(m.group(0)) for m in TERM_IN_PARENS.finditer(flat)))


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
    # any case: "TOGETHER REFERRED TO" of a filing in capitals is read from its stand-in
    for s, e in sentences_with(COLLECTIVE_WORDS_CUE, COLLECTIVE_KEYWORD, src.text, start, end,
                               ignore_case=True):
        flat, in_capitals = as_read(flat_sentence(src.text, s, e), src.text)
        found: list[tuple[str, list[str]]] = []
        if REFERRED_TO_AS_CUE.search(flat):
            for m in REFERRED_TO_AS.finditer(flat):
                found.append((m["term"], split_listed(m["names"])))
        if TOGETHER_WITH_CUE.search(flat):
            for m in TOGETHER_WITH.finditer(flat):
                found.append((m["term"], [m["first"]] + split_listed(m["names"])))
        found += inner_list_groups(flat)  # '(Acme, Roe and Doe, collectively, the "Filers")'
        for term, names in found:
            members = tuple(n for n in (trim_name(x) for x in names) if n)
            term = " ".join(term.split()).strip(" .,")
            if in_capitals:
                members, term = tuple(printed(n) for n in members), printed(term)
            if len(members) < 2 or not term:
                continue
            ev = src.evidence(s, e, section="defined term", text=f'{", ".join(members)} ("{term}")')
            out.append(DefinedTerm(term=term, name=members[-1], collective=True,
                                   members=members, evidence=ev))
    out += _list_terms(src, start, end)
    return out


def is_collective_name(name: str) -> bool:
    """True when a name as written reads as a group, not one party.

    >>> is_collective_name("the Managing Members"), is_collective_name("Tinicum Partners, L.P.")
    (True, False)
    """
    return bool(COLLECTIVE_TAIL.search(name.strip()))
