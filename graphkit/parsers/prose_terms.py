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

from graphkit import regex_cache
from graphkit.parsers.prose_bare_terms import (ANY_TERM_CUE, quote_bare_terms,
                                              unfounded_bare_term)
from graphkit.parsers.prose_caps import as_read, printed
from graphkit.parsers.prose_defined_term import DefinedTerm
from graphkit.parsers.prose_group_terms import (  # noqa: F401  (the last two re-exported)
    listed_before, names_a_group, term_of, find_collective_terms, is_collective_name)
from graphkit.parsers.prose_lists import (
    LETTERS, entity_kind, initials_tail, term_suffix, trim_name)
from graphkit.parsers.prose_term_patterns import (
    BARE_SHORT_FORM_CUE, BARE_SHORT_FORM_NAME, COLLECTIVE_WORDS, DEFINED_TERM,
    DESCRIBED_OF_NAME, GIVEN_NAMES, GROUP_DEFINITION, HONORIFIC_TERM, OR_SHORT_FORM_CUE,
    OR_SHORT_FORM_NAME)
from graphkit.parsers.prose_patterns import ROLE, ROLE_OF_NAME
from graphkit.parsers.prose_referred_terms import (REFERRED_TO_EACH_ANCHOR, REFERRED_TO_EACH_CUE,
                                                   referred_terms)
from graphkit.parsers.prose_term_owner import (
    ALNUM_WORD, HOLDER_BEFORE_ROLE, abbreviates, holder_of_role_before, owner_of_term)
from graphkit.parsers.prose_slashed_names import with_slashed_lead
from graphkit.parsers.prose_sentences import (cue_positions, cued_sentences, flat_sentence,
                                              sentences_at)
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
                t_in = term_of(inner.group(0))
                t_in = printed(t_in) if in_capitals else t_in
                group = GROUP_DEFINITION.match(inner.group(0)) is not None  # "(together, the
                out.append(DefinedTerm(term=t_in, name=name, collective=group,  # "Funds")"
                                       evidence=src.evidence(s, e, section="defined term",
                                                             text=f'{name} ("{t_in}")')))
            words = {w.lower() for w in LETTERS.findall(term)}
            collective = bool(words & COLLECTIVE_WORDS) or bool(m["group"]) or (
                names_a_group(term, name) and listed_before(flat, m.start("name")))
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
