"""Terms a filing defines for a group of parties, with the members it names.

'Jane Roe and John Roe (the "Principal Holders")', '... are together referred to as the "Beta
Funds"', '("Acme II" and, together with Acme I, the "Acme Funds")': each defines a term for
several parties (:func:`find_collective_terms`); :func:`is_collective_name` tells a group's name
from one party's. Terms for one party are :func:`graphkit.parsers.prose_terms.find_defined_terms`.
"""

from __future__ import annotations

from graphkit.parsers.prose_bare_terms import ANY_TERM_CUE, quote_bare_terms
from graphkit.parsers.prose_caps import as_read, printed
from graphkit.parsers.prose_defined_term import DefinedTerm
from graphkit.parsers.prose_inner_groups import inner_list_groups
from graphkit.parsers.prose_lists import split_listed, term_suffix, trim_name
from graphkit.parsers.prose_slashed_names import LEGAL_FORM_IN
from graphkit.parsers.prose_sentences import cued_sentences, flat_sentence, sentences_with
from graphkit.parsers.prose_term_owner import abbreviates
from graphkit.parsers.prose_term_patterns import (
    ASIDE_BEFORE_LIST, COLLECTIVE_KEYWORD, COLLECTIVE_TAIL, COLLECTIVE_WORDS_CUE, DEFINITION_TERM,
    GROUP_OPENING, GROUP_TERM_TAIL, GROUP_TERMS_OR, LIST_ASIDE_TERM, LIST_DEFINED_AS,
    LIST_OR_JOIN_END, MEMBER_ASIDE, MEMBER_TERM, REFERRED_TO_AS, REFERRED_TO_AS_CUE,
    TERM_IN_PARENS, THING_WORD, TOGETHER_WITH, TOGETHER_WITH_CUE)
from graphkit.source import SourceText


def listed_before(flat: str, pos: int) -> bool:
    """True when the name at ``pos`` ends a list: "Jane Q. Roe and John Roe (the ...)",
    "Acme Corp., Beta LLC or Gamma Inc. (the ...)".

    >>> flat = 'held by Acme Corp., Beta LLC or Gamma Inc. (the "Investors")'
    >>> listed_before(flat, flat.index("Gamma")), listed_before(flat, flat.index("Acme"))
    (True, False)
    """
    return LIST_OR_JOIN_END.search(flat, max(0, pos - 8), pos) is not None


def names_a_group(term: str, name: str) -> bool:
    """True when ``term``, defined right after a list ending in ``name``, reads as the whole
    list's: its last word names several parties (:data:`COLLECTIVE_TAIL`,
    :data:`GROUP_TERM_TAIL`) and is no word of ``name``.

    >>> names_a_group("Investors", "Gamma Inc."), names_a_group("Investors", "Acme Investors, L.P.")
    (True, False)
    >>> names_a_group("Principal Holders", "John Roe"), names_a_group("Gamma", "Gamma Inc.")
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
        terms = (term_of(suffix.group(0)),) if suffix else (aside["term"],) if aside \
            else (both["term"], both["term2"])
        members = tuple(n for n in (trim_name(x) for x in split_listed(m["names"])) if n)
        if both is not None and (any(THING_WORD.search(t.strip().rpartition(" ")[2]) for t in
                terms) or not all(map(LEGAL_FORM_IN.search, members)) and any(map(
                THING_WORD.search, members)) and not any(names_a_group(t, members[-1])
                for t in terms)):  # a term's head word ("Note Holders"); parties' names
            continue  # 'Class A Stock and Class B Stock (collectively, the "Shares" or ...)'
        for term in terms:
            if len(members) < 2 or both is None and not names_a_group(term, members[-1]):
                continue  # 'Roe I, L.P. and Roe II, L.P. (together, the "Partnerships")'
            out.append((term, members))  # '"Roe Group" or "Holders"': both the list's
    return out


def term_of(definition: str) -> str:
    """The term of a definition in parentheses; of one defining a member's term and a group's,
    the group's (the last).

    >>> term_of(' (the "Principal Holders") '), term_of('(together, "Funds")')
    ('Principal Holders', 'Funds')
    >>> term_of(' (each, a "Fund" and together, the "Funds")')
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
               for t in (term_of(m.group(0)) for m in TERM_IN_PARENS.finditer(flat)))


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
