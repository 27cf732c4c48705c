"""Vetoes: discriminators that forbid a merge whatever the score.

Numbered funds are different funds; a fund's "Parallel", "Affiliates" or "(Q)" vehicle, its
"GP" and its "Management" company are different parties; an L.P. and an L.L.C. of one stem are
a fund and its general partner; Charles B. and Rupert H. Whitcombe are two people. Each veto is a
pure function returning the detail that triggered it, or ``None``; its docstring is shown to the
user.

Bare acronyms ("WCVA") and bare brand names ("Acme Capital") carry none of these markers, so
they are compared by context (defined terms, acronyms within a filing, the brand rule), never
vetoed on markers: :func:`cluster_vetoes` leaves them out.

Examples
--------
>>> from resolvers.names import analyze
>>> fund_number(analyze("Acme Fund II, L.P."), analyze("Acme Fund III, L.P."))
'2 / 3'
>>> fund_number(analyze("Acme Fund II, L.P."), analyze("Acme Fund 2, L.P.")) is None
True
>>> fund_number(analyze("Acme Forty-Four"), analyze("Acme 44")) is None
True
>>> vehicle_words(analyze("Acme Fund II, L.P."), analyze("Acme Fund II (QP), L.P."))
'qp on one side only'
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from rapidfuzz.distance import OSA, Levenshtein

from graphkit import regex_cache
from graphkit.models import PartyKind
from resolvers.features import person_match
from resolvers.given_names import same_given_name
from resolvers.legal_forms import forms_conflict
from resolvers.names import NameInfo, role_of, token_number
from resolvers.ocr import capitals_differ, ocr_fold, ocr_shaped, visual_fold
from resolvers.persons import PersonName, Reading
from resolvers.tuning import (DISTINCT_WORD_MIN_LETTERS, FIRST_NAME_SLIP_LETTERS, FULL_FIRST_NAME_MIN_LETTERS,
                              TYPO_WORD_MIN_LETTERS)

VetoFn = Callable[[NameInfo, NameInfo], Optional[str]]
VETOES: list[VetoFn] = []


def veto(fn: VetoFn) -> VetoFn:
    """Register a veto function."""
    VETOES.append(fn)
    return fn


def _orgs(a: NameInfo, b: NameInfo) -> bool:
    return a.kind == PartyKind.ORGANIZATION and b.kind == PartyKind.ORGANIZATION


def _fmt(x: frozenset) -> str:
    return ",".join(str(v) for v in sorted(x)) or "none"


@veto
def kind_mismatch(a: NameInfo, b: NameInfo) -> Optional[str]:
    """A natural person and an organization are never one party."""
    return f"{a.kind.value} / {b.kind.value}" if a.kind != b.kind else None


@veto
def fund_number(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Different fund numbers are different funds (II = 2, but II is not III)."""
    if _orgs(a, b) and a.numbers != b.numbers:
        return f"{_fmt(a.numbers)} / {_fmt(b.numbers)}"
    if _orgs(a, b) and a.lead_number != b.lead_number:  # "3 Willow" / "4 Willow"
        return " / ".join("none" if n is None else str(n) for n in (a.lead_number, b.lead_number))
    return None


@veto
def fund_series(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Different series letters or classes are different vehicles (IV vs IV-A, "(Q)")."""
    if _orgs(a, b) and a.series != b.series:
        return f"{_fmt(a.series)} / {_fmt(b.series)}"
    return None


@veto
def vehicle_words(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Different vehicle or role words are different parties (Parallel, GP, Management...)."""
    if _orgs(a, b) and a.roles != b.roles:
        diff = sorted(a.roles ^ b.roles)
        return f"{','.join(diff)} on one side only"
    return None


@veto
def legal_form(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Stated legal forms of different kinds (L.P. vs L.L.C.) are a fund and its GP."""
    if forms_conflict(a.forms, b.forms):
        return f"{a.forms[-1]} / {b.forms[-1]}"
    return None


@veto
def qualifier(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Different qualifiers in parentheses (countries, cities) are different companies."""
    if a.qualifiers and b.qualifiers and a.qualifiers != b.qualifiers:
        return f"{_fmt(a.qualifiers)} / {_fmt(b.qualifiers)}"
    return None


#: A qualifier in parentheses inside a name, a word of the name after it (not a legal form):
#: "(HK)" of "Acme Tourism (HK) Group Co., Ltd."; not "(Cayman)" of "Acme Holdings (Cayman) Ltd."
INNER_QUALIFIER = regex_cache.compile(r"""
    \([A-Za-z][A-Za-z.\ ]{0,20}\)\s+
    (?!(?:Inc|Ltd|LLC|L\.L\.C|LP|L\.P|LLP|Limited|Corp|Corporation|Co|Company|plc|PLC|S\.A|SA
         |N\.V|NV|GmbH|AG|B\.V|BV|Pte|Pty)\b)[A-Za-z]
""", re.VERBOSE)


@veto
def inner_qualifier(a: NameInfo, b: NameInfo) -> Optional[str]:
    """A qualifier inside one name only ("Acme Tourism (HK) Group") names a company of its own."""
    if not _orgs(a, b):
        return None
    for x, y in ((a, b), (b, a)):
        if x.qualifiers and not y.qualifiers and INNER_QUALIFIER.search(x.raw):
            return f"{_fmt(x.qualifiers)} / none"
    return None


@veto
def person_names(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Different first names or middle initials are different people."""
    if a.person is None or b.person is None:
        return None
    return person_match(a.person, b.person).conflict or None


def _runs_within(run: tuple[str, ...], names: tuple[str, ...]) -> bool:
    n = len(run)
    return 0 < n <= len(names) and any(names[i:i + n] == run for i in range(len(names) - n + 1))


def _first_names_compatible(x: Reading, y: Reading) -> bool:
    """Whether two readings' first given names may be one person's (see :func:`full_first_names`)."""
    if not x.given or not y.given:
        return True
    fx, fy = x.given[0], y.given[0]
    if min(len(fx), len(fy)) < FULL_FIRST_NAME_MIN_LETTERS:
        return True  # an initial: judged by the initial rules
    if fx.startswith(fy) or fy.startswith(fx):  # "Chris" / "Christopher"
        return True
    if fx == "".join(g[0] for g in y.given) or fy == "".join(g[0] for g in x.given):
        return True  # initials written joined ("DE" / "David E.")
    if "".join(x.given) == "".join(y.given):  # "Jean Marie" / "Jeanmarie"
        return True
    if _runs_within(x.given, y.given[1:]) or _runs_within(y.given, x.given[1:]):
        return True  # a second given name used alone ("Boris" / "Alexandre Boris")
    if OSA.distance(fx, fy) <= FIRST_NAME_SLIP_LETTERS:
        return True  # one slip ("Donald" / "Ronald", a swap "Donlad") is left to the score
    return same_given_name(fx, fy) or visual_fold(fx) == visual_fold(fy)  # not damage_fold:
    # first names differ in its letters ("Marion" / "Manon", "Adrian" / "Adnan")


def _usable_readings(p: PersonName) -> list[Reading]:
    """Readings whose surname is not a lone initial (when another reading has a real one)."""
    real = [r for r in p.readings if len("".join(r.surname)) > 1]
    return real or list(p.readings)


@veto
def full_first_names(a: NameInfo, b: NameInfo) -> Optional[str]:
    """First names written out in full that are not one name (Dora / Alma) are different people."""
    if a.person is None or b.person is None:
        return None
    ra, rb = _usable_readings(a.person), _usable_readings(b.person)
    if not ra or not rb or any(_first_names_compatible(x, y) for x in ra for y in rb):
        return None
    return f"{ra[0].given[0]} / {rb[0].given[0]}"


@veto
def generational_suffix(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Different generational suffixes (Jr. / Sr. / II / III) are different people."""
    if a.person is None or b.person is None:
        return None
    sa, sb = a.person.suffix, b.person.suffix
    return f"{sa} / {sb}" if sa and sb and sa != sb else None


def same_filing_suffix(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Two persons of one filing, only one marked Jr./Sr./II, are two people (father and son).

    Not registered in :data:`VETOES`: it holds only for two mentions of one filing (filings
    often drop "Jr." elsewhere), so callers apply it when they know both names share a filing.

    >>> from resolvers.names import analyze
    >>> same_filing_suffix(analyze("Hollis K. Marbury", "person"), analyze("Hollis K. Marbury, Jr.", "person"))
    'none / jr'
    """
    if a.person is None or b.person is None:
        return None
    sa, sb = a.person.suffix, b.person.suffix
    if bool(sa) == bool(sb):
        return None
    return f"{sa or 'none'} / {sb or 'none'}"


#: Words a filing drops or adds in one party's name without naming another party: "Acme
#: Capital Fund Partners" / "Acme Capital Partners", "Acme and Co." / "Acme Co."
GLUE_WORDS = frozenset("and of fund funds co company the".split())


def same_filing_inserted_word(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Two organizations of one filing, one with a word inside its name the other lacks, are
    two parties (a fund and its "Euro" twin).

    Not registered in :data:`VETOES` (like :func:`same_filing_suffix`): other filers may write
    a party's name shorter. A word added at either end is left to the other rules (a name cut
    short, or another party's leading name); numbers, role and glue words
    (:data:`GLUE_WORDS`) have rules of their own. When both names state a legal form, the form
    closes each name, so a word right before it is inside the name too: "Acme Games
    Corporation" is not "Acme Corporation" (neither name was cut short).

    >>> from resolvers.names import analyze
    >>> same_filing_inserted_word(analyze("Acme Euro Equity Fund IV Trust"), analyze("Acme Equity Fund IV Trust"))
    'euro on one side only'
    >>> same_filing_inserted_word(analyze("Acme Equity Fund IV Trust"), analyze("Acme Equity Fund IV Trust, L.P.")) is None
    True
    >>> same_filing_inserted_word(analyze("Acme Capital"), analyze("Acme Capital Partners")) is None
    True
    >>> same_filing_inserted_word(analyze("Acme Games Corporation"), analyze("ACME CORP."))
    'games on one side only'
    """
    if not _orgs(a, b) or abs(len(a.words) - len(b.words)) != 1:
        return None
    long, short = (a.words, b.words) if len(a.words) > len(b.words) else (b.words, a.words)
    # inner words only; the last word too when a stated legal form follows it in both names
    last = len(long) if a.forms and b.forms else len(long) - 1
    for k in range(1, last):
        if long[:k] + long[k + 1:] == short:
            word = long[k]
            if (len(word) < DISTINCT_WORD_MIN_LETTERS or not word.isalpha()
                    or word in GLUE_WORDS or token_number(word) is not None):
                return None
            return f"{word} on one side only"
    return None


#: Stated forms that name two bodies when one filing writes both after one name: "Company"
#: and "Corporation" or "Incorporated" (a trust company and the holding company of its name)
COMPANY_FORM = "CO"
CORPORATION_FORMS = frozenset({"CORP", "INC"})


def same_filing_company_form(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Two organizations of one filing, one name closed by "Company" and the other by
    "Corporation" or "Inc.", are two parties: "The Northern Trust Company" is the bank that
    "Northern Trust Corporation" holds.

    Not registered in :data:`VETOES` (like :func:`same_filing_suffix`): other filers may write
    a party's form loosely, but one filing naming both means two bodies.

    >>> from resolvers.names import analyze
    >>> same_filing_company_form(analyze("The Acme Trust Company"), analyze("Acme Trust Corporation"))
    'CO / CORP'
    >>> same_filing_company_form(analyze("Acme Trust Co."), analyze("ACME TRUST COMPANY")) is None
    True
    >>> same_filing_company_form(analyze("Acme & Co., Inc."), analyze("Acme Inc.")) is None
    True
    """
    if not _orgs(a, b) or a.words != b.words or not a.forms or not b.forms:
        return None
    last = {a.forms[-1], b.forms[-1]}
    other = last - {COMPANY_FORM}
    if COMPANY_FORM in last and len(other) == 1 and other <= CORPORATION_FORMS:
        return f"{COMPANY_FORM} / {other.pop()}"
    return None


#: Pairs of stated forms one filer may write for one body: a U.S. corporation's "Inc." and
#: "Corporation", a British company's "Limited" and "PLC"
LOOSE_FORMS = (frozenset({"INC", "CORP"}), frozenset({"LTD", "PLC"}))


def same_filing_corporate_forms(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Two organizations of one filing, their names alike but closed by different forms
    ("PLC" and "Inc.", "S.A." and "Inc."), are two bodies: a parent and its subsidiary.

    Not registered in :data:`VETOES` (like :func:`same_filing_suffix`): other filers write a
    party's form loosely, but one filing naming both means two bodies. "Inc." and
    "Corporation", "Limited" and "PLC" may be one body written loosely (:data:`LOOSE_FORMS`).

    >>> from resolvers.names import analyze
    >>> same_filing_corporate_forms(analyze("Acme PLC"), analyze("Acme, Inc."))
    'PLC / INC'
    >>> same_filing_corporate_forms(analyze("Acme Corp."), analyze("ACME INC")) is None
    True

    The names may differ by one letter besides (a plural, a slip): a filing naming "Acme
    Ventures Associates, Inc." the general partner of "Acme Venture Associates Limited" names
    two bodies.

    >>> same_filing_corporate_forms(analyze("Acme Ventures Associates, Inc."),
    ...                             analyze("Acme Venture Associates Limited"))
    'INC / LTD'
    """
    if not _orgs(a, b) or not _one_letter_apart(a.words, b.words) or not a.forms or not b.forms:
        return None
    fa, fb = a.forms[-1], b.forms[-1]
    if fa == fb or frozenset({fa, fb}) in LOOSE_FORMS:
        return None
    return f"{fa} / {fb}"


def _one_letter_apart(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The same words, or words that differ by one letter in all ("Ventures" / "Venture")."""
    return x == y or Levenshtein.distance(" ".join(x), " ".join(y)) <= 1


#: The vetoes that hold for two names of one filing only (not in :data:`VETOES`)
SAME_FILING_VETOES: tuple[VetoFn, ...] = (same_filing_suffix, same_filing_inserted_word,
                                          same_filing_company_form, same_filing_corporate_forms)


def _abbreviates(x: str, y: str) -> bool:
    """``x`` is a shortening of ``y``: same first letter, its letters in order ("intl")."""
    if len(x) >= len(y) or x[0] != y[0]:
        return False
    it = iter(y)
    return all(c in it for c in x)


@veto
def distinct_words(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Word for word alike names whose distinctive words differ beyond OCR damage ("Anka" / "Anpa",
    "DG" / "WC")."""
    if not _orgs(a, b) or len(a.words) != len(b.words):
        return None
    # Exactly one word differs: the other words hold their places, so no word was split or joined.
    diff = [(x, y) for x, y in zip(a.words, b.words) if ocr_fold(x) != ocr_fold(y)]
    if len(diff) != 1:
        return None
    for x, y in diff:
        if min(len(x), len(y)) < DISTINCT_WORD_MIN_LETTERS:
            if _initials_apart(x, y):  # "DG" / "WC": no slip changes every letter
                return f"{x} / {y}"
            continue
        if role_of(x) or role_of(y) or token_number(x) is not None or token_number(y) is not None:
            continue  # numbers and vehicle words have their own vetoes
        fx, fy = ocr_fold(x), ocr_fold(y)
        if not (fx.isalpha() and fy.isalpha()) or ocr_shaped(x, y) and not capitals_differ(x, y):
            continue
        if _abbreviates(fx, fy) or _abbreviates(fy, fx):
            continue
        if (min(len(fx), len(fy)) >= TYPO_WORD_MIN_LETTERS
                and Levenshtein.distance(visual_fold(x), visual_fold(y)) <= 1):
            continue  # one slip in a long word ("Organisation", "Citygroup") is a typo
        return f"{x} / {y}"
    return None


def _initials_apart(x: str, y: str) -> bool:
    """Two short words of letters ("DG" / "WC", lower case as in NameInfo) that differ in every
    letter, however read: not one slip of a scan ("JP" / "IP" differ in one).

    >>> _initials_apart("dg", "wc"), _initials_apart("jp", "ip"), _initials_apart("a", "b")
    (True, False, False)
    """
    if len(x) != len(y) or len(x) < 2 or not (x.isalpha() and y.isalpha()):
        return False
    vx, vy = visual_fold(x), visual_fold(y)
    return all(p != q for p, q in zip(vx, vy)) and not ocr_shaped(x, y)


#: The compass points a word of a name opens with, and the rest of it: "west" + "guard" of
#: "WestGUARD", "north" "east" + "" of "Northeast" (lower case: the words of NameInfo)
COMPASS_WORD = regex_cache.compile(r"""
    ^(?P<points>(?:north|south)?(?:east|west)|north|south)(?P<rest>[a-z]*)$
""", re.VERBOSE)


@veto
def compass_points(a: NameInfo, b: NameInfo) -> Optional[str]:
    """Names differing in a compass point ("EastGUARD" / "WestGUARD") are different companies."""
    if not _orgs(a, b) or len(a.words) != len(b.words):
        return None
    for x, y in zip(a.words, b.words):
        mx, my = COMPASS_WORD.match(x), COMPASS_WORD.match(y)
        if mx is None or my is None or mx["points"] == my["points"]:
            continue
        if ocr_fold(mx["rest"]) == ocr_fold(my["rest"]):
            return f"{x} / {y}"
    return None


def is_generic(info: NameInfo) -> bool:
    """A bare acronym or a bare brand name: no legal form, number, series or role word.

    >>> from resolvers.names import analyze
    >>> is_generic(analyze("WCVA")), is_generic(analyze("Acme Capital"))
    (True, True)
    >>> is_generic(analyze("Acme Capital Partners"))
    False
    """
    if info.acronym:
        return True
    return (info.kind == PartyKind.ORGANIZATION and not info.forms and not info.numbers
            and not info.series and not info.roles and len(info.core) <= 3)


def find_vetoes(a: NameInfo, b: NameInfo) -> list[tuple[str, str, str]]:
    """Every veto that fires on a pair: (name, doc line, detail)."""
    out = []
    for fn in VETOES:
        detail = fn(a, b)
        if detail:
            out.append((fn.__name__, (fn.__doc__ or "").strip().splitlines()[0], detail))
    return out


def cluster_vetoes(a: NameInfo, b: NameInfo) -> list[tuple[str, str, str]]:
    """Vetoes that keep two names out of one cluster (generic names are left to context).

    >>> from resolvers.names import analyze
    >>> cluster_vetoes(analyze("TCV"), analyze("Acme Fund V, L.P."))
    []
    >>> [v[0] for v in cluster_vetoes(analyze("Acme Fund V, L.P."), analyze("Acme Fund VI, L.P."))]
    ['fund_number']
    """
    if a.kind != b.kind:
        return find_vetoes(a, b)[:1]
    if is_generic(a) or is_generic(b):
        return []
    return find_vetoes(a, b)
