"""Legal forms as data: each stated form, its spellings (as normalized tokens) and its family.

A legal form is read from the end of a normalized name. Spellings include OCR damage that
survives normalization (``L P``, ``L.L.C`` without its last dot, ``C.V``), because a dropped dot
or a split token must not change the form. Two names of the same stem whose stated forms belong
to different families (a fund "L.P." and its general partner "L.L.C.") are different parties.

Examples
--------
>>> split_legal_form("wrenfield capital management v llc".split())
(('wrenfield', 'capital', 'management', 'v'), ('LLC',))
>>> split_legal_form("hon hai precision industry co ltd".split())
(('hon', 'hai', 'precision', 'industry'), ('CO', 'LTD'))
>>> form_family("CV")
'partnership'
"""

from __future__ import annotations

from typing import Sequence

from rapidfuzz.distance import Levenshtein

from resolvers.tuning import FORM_TYPO_MIN_LETTERS, TRUNCATED_FORM_MIN_LETTERS

# (code, family, spellings as normalized token strings). Families: partnership, llc, corporate,
# trust, fund-company, bank (a US national association is not a foreign Ltd of the same name). Codes in one family are still different forms (an L.P. and its parallel
# C.V. are two parties); spellings of one code are the same form.
LEGAL_FORM_TABLE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("LP", "partnership", ("lp", "l p", "limited partnership", "ltd partnership")),
    ("LLP", "partnership", ("llp", "l l p", "limited liability partnership")),
    ("LLLP", "partnership", ("lllp",)),
    ("GP_PARTNERSHIP", "partnership", ("general partnership",)),
    ("CV", "partnership", ("cv", "c v", "commanditaire vennootschap")),
    ("GMBH_CO_KG", "partnership", ("gmbh and co kg", "gmbh co kg", "gmbh and cokg")),
    ("KG", "partnership", ("kg", "kommanditgesellschaft")),
    ("LLC", "llc", ("llc", "l l c", "ll c", "l lc", "limited liability company", "lc", "pllc")),
    ("INC", "corporate", ("inc", "incorporated", "inc orporated")),
    ("CORP", "corporate", ("corp", "corporation", "cor p")),
    ("CO", "corporate", ("co", "company", "cos", "companies")),
    ("LTD", "corporate", ("ltd", "limited", "ltda", "l t d")),
    ("PLC", "corporate", ("plc", "p l c", "public limited company")),
    ("GMBH", "corporate", ("gmbh", "gesellschaft mit beschrankter haftung")),
    ("AG", "corporate", ("ag", "aktiengesellschaft", "aktiengeselschaft")),
    ("SA", "corporate", ("sa", "s a", "societe anonyme", "sociedad anonima")),
    ("SA_DE_CV", "corporate", ("sa de cv", "s a de c v", "sab de cv")),
    ("SARL", "corporate", ("sarl", "s a r l", "s a rl")),
    ("SAS", "corporate", ("sas",)),
    ("SPA", "corporate", ("spa", "s p a")),
    ("SRL", "corporate", ("srl", "s r l", "societatea cu raspundere limitata",
                          "societa a responsabilita limitata", "s de rl", "s de r l",
                          "sociedad de responsabilidad limitada")),
    ("NV", "corporate", ("nv", "n v", "naamloze vennootschap")),
    ("BV", "corporate", ("bv", "b v", "besloten vennootschap")),
    ("SE", "corporate", ("se", "societas europaea")),
    ("AB", "corporate", ("ab", "aktiebolag")),
    ("OY", "corporate", ("oy", "oyj")),
    ("AS", "corporate", ("asa",)),
    ("PTY_LTD", "corporate", ("pty ltd", "pty limited", "proprietary limited", "pty")),
    ("PTE_LTD", "corporate", ("pte ltd", "pte limited", "private limited", "pte")),
    ("PC", "corporate", ("pc", "p c", "professional corporation")),
    ("KK", "corporate", ("kk", "kabushiki kaisha")),
    ("RSC_LTD", "corporate", ("rsc limited", "rsc ltd")),
    ("SPC", "fund-company", ("spc", "segregated portfolio company")),
    ("TRUST", "trust", ("trust",)),
    ("JSC", "corporate", ("jsc", "ojsc", "pjsc", "cjsc", "oao", "zao", "pao", "ao", "jsco",
                          "joint stock company", "open joint stock company",
                          "public joint stock company", "closed joint stock company",
                          "joint stock co", "aktsionernoe obshchestvo",
                          "publichnoe aktsionernoe obshchestvo")),
    # Polish "Sp. z o.o." normalizes to "sp z oo" (the dotted "o.o." closes up).
    ("OOO", "llc", ("ooo", "tov", "sp z o o", "sp z oo", "spzoo", "sp zoo",
                    "spolka z ograniczona odpowiedzialnoscia")),
    ("NA", "bank", ("na", "n a", "national association")),
)

# Spellings that also end persons' names, as initials or a surname ("Robert A.G.", "Lucio L.
# Co", "John Sa"): a name ending in one states a legal form only where it shows it is one (after
# a comma, as "& Co.", or after a company word; see graphkit.parsers.partybook_kinds).
PERSON_NAME_FORMS: frozenset[str] = frozenset("""
    co cos sa ag nv bv cv kg na se ab oy oyj spa srl lc pc ao kk sas asa
""".split()) | frozenset({"s a", "n v", "b v", "c v", "n a", "s p a", "s r l", "p c"})

# Leading words that carry no identity ("The Bank for International Settlements").
LEADING_NOISE: frozenset[str] = frozenset({"the"})
# Legal forms written before the name (East European usage: "JSC Gazprom", "LLC Iskusstvo").
LEADING_FORM_WORDS: frozenset[str] = frozenset(
    "jsc ojsc pjsc cjsc oao zao pao ooo tov llc srl joint open public closed limited "
    "societatea aktsionernoe publichnoe".split())
# Leading forms that are never a word of the name itself, so they are read as a form even when
# the name also ends in one ("JSC Volga Missiles Corp." states JSC and Corp.); "Limited" or
# "Public" before a name ending in a form are words of the name.
UNAMBIGUOUS_LEADING_FORMS: frozenset[str] = frozenset(
    "jsc ojsc pjsc cjsc oao zao pao ooo tov srl".split())
# Words that begin a legal-form word but are words of names, never a cut-off form
# ("Acme Partners" is not "Acme Partnership").
NOT_TRUNCATED_FORMS: frozenset[str] = frozenset({"partner", "partners", "limit", "general"})
# Trailing words left when a form is cut off ("D.E. Vosk & Co." → "d e vosk and").
TRAILING_NOISE: frozenset[str] = frozenset({"and", "of"})

# Spelling (tuple of tokens) → code; longest spellings are tried first.
_SPELLINGS: dict[tuple[str, ...], str] = {}
_FAMILY: dict[str, str] = {}
for _code, _family, _spellings in LEGAL_FORM_TABLE:
    _FAMILY[_code] = _family
    for _s in _spellings:
        _SPELLINGS[tuple(_s.split())] = _code
_MAX_LEN = max(len(k) for k in _SPELLINGS)

#: Every token that can be part of a legal-form spelling (used to skip them in acronyms).
FORM_TOKENS: frozenset[str] = frozenset(t for k in _SPELLINGS for t in k)
# Last words of spellings, for completing a form cut off by a field limit ("compan").
_FINAL_WORDS: frozenset[str] = frozenset(k[-1] for k in _SPELLINGS)
# Spellings long enough to be recognized with one wrong letter ("joynt stock company").
# One wrong letter leaves either a spelling's last word or all its other words as spelled (a
# one-word spelling keeps its first two letters), so long spellings are indexed by both.
_MISSPELT_INDEX: dict[tuple, list[tuple[tuple[str, ...], str]]] = {}
for _k, _code in _SPELLINGS.items():
    if len(" ".join(_k)) >= FORM_TYPO_MIN_LETTERS:
        _keys = [("last", len(_k), _k[-1]), ("head", len(_k), _k[:-1])] if len(_k) > 1 \
            else [("one", 1, _k[0][:2])]
        for _key in _keys:
            _MISSPELT_INDEX.setdefault(_key, []).append((_k, _code))
_LONG_SIZES = sorted({key[1] for key in _MISSPELT_INDEX}, reverse=True)

# Codes that may be stacked at the end ("Co., Ltd.", "S.A. de C.V."), at most this many.
MAX_STACKED_FORMS = 2


def form_family(code: str) -> str:
    """The family of a legal-form code (``partnership``, ``llc``, ``corporate``, ...).

    >>> form_family("LLC")
    'llc'
    """
    return _FAMILY[code]


def match_form_at_end(tokens: Sequence[str]) -> tuple[int, str] | None:
    """The longest legal-form spelling ending ``tokens``: (its token count, its code), or None.

    >>> match_form_at_end(["acme", "gmbh", "and", "co", "kg"])
    (4, 'GMBH_CO_KG')
    >>> match_form_at_end(["acme"]) is None
    True
    """
    exact = None
    for size in range(min(_MAX_LEN, len(tokens) - 1), 0, -1):
        code = _SPELLINGS.get(tuple(tokens[-size:]))
        if code:
            exact = size, code
            break
    misspelt = match_misspelt_form_at_end(tokens)
    return misspelt if misspelt and (not exact or misspelt[0] > exact[0]) else exact


def match_misspelt_form_at_end(tokens: Sequence[str]) -> tuple[int, str] | None:
    """The longest long legal-form spelling ending ``tokens`` with one wrong letter
    ("joynt stock company").

    >>> match_misspelt_form_at_end(["volga", "joynt", "stock", "company"])
    (3, 'JSC')
    >>> match_misspelt_form_at_end(["volga", "stock", "company"]) is None
    True
    """
    for size in _LONG_SIZES:  # longest first
        if size >= len(tokens):
            continue
        end = tuple(tokens[-size:])
        keys = [("last", size, end[-1]), ("head", size, end[:-1])] if size > 1 \
            else [("one", 1, end[0][:2])]
        for key in keys:
            for spelling, code in _MISSPELT_INDEX.get(key, ()):
                if Levenshtein.distance(" ".join(end), " ".join(spelling), score_cutoff=1) <= 1:
                    return size, code
    return None


def complete_truncated_form(tokens: Sequence[str]) -> tuple[str, ...]:
    """The tokens with a last word cut off by a field limit completed to its legal form
    ("... joint stock compan" → "... joint stock company"), when that reading is unambiguous.

    >>> complete_truncated_form(["volga", "joint", "stock", "compan"])[-1]
    'company'
    >>> complete_truncated_form(["volga", "limited", "partners"])[-1]
    'partners'
    """
    tokens = tuple(tokens)
    last = tokens[-1] if len(tokens) > 1 else ""
    if (len(last) < TRUNCATED_FORM_MIN_LETTERS or last in _FINAL_WORDS
            or last in NOT_TRUNCATED_FORMS):
        return tokens
    found: list[tuple[int, str, tuple[str, ...]]] = []  # (spelling size, code, completed)
    for word in sorted(_FINAL_WORDS):
        if word.startswith(last):
            candidate = tokens[:-1] + (word,)
            for size in range(min(_MAX_LEN, len(candidate) - 1), 0, -1):
                code = _SPELLINGS.get(candidate[-size:])
                if code:
                    found.append((size, code, candidate))
                    break
    if not found:
        return tokens
    # The reading that explains the most words wins ("joint stock compan" is "joint stock
    # company", not "companies"); two forms explaining as many words leave the name as written.
    top = max(f[0] for f in found)
    best = [f for f in found if f[0] == top]
    return best[0][2] if len({f[1] for f in best}) == 1 else tokens


def match_form_at_start(tokens: Sequence[str]) -> tuple[int, str] | None:
    """The longest legal-form spelling opening ``tokens`` ("JSC Gazprom", "LLC Iskusstvo").

    >>> match_form_at_start(["open", "joint", "stock", "company", "gasprom"])
    (4, 'JSC')
    """
    for size in range(min(_MAX_LEN, len(tokens) - 1), 0, -1):
        code = _SPELLINGS.get(tuple(tokens[:size]))
        if code and size >= 1 and (size > 1 or len(tokens[0]) > 1):
            return size, code
    return None


#: Forms that are words of the name when a corporate form follows them: "The Acme Trust
#: Company" is a trust company (a bank) named "Acme Trust", never a trust, and not the "Acme &
#: Co." broker ("Acme Fund Trust, L.P." stays a trust's partnership)
NAME_PART_BEFORE_FORM = frozenset({"TRUST"})


def split_legal_form(tokens: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split normalized tokens into (core tokens, stated legal-form codes in order).

    At least one core token is always kept, so "Trust" alone stays a name. A leading "the"
    is dropped from the core.

    >>> split_legal_form(["the", "bank", "for", "international", "settlements"])
    (('bank', 'for', 'international', 'settlements'), ())
    >>> split_legal_form(["alderane", "venture", "partners", "vi", "gmbh", "and", "co", "kg"])
    (('alderane', 'venture', 'partners', 'vi'), ('GMBH_CO_KG',))
    >>> split_legal_form("the northern trust company".split())
    (('northern', 'trust'), ('CO',))
    """
    core = list(complete_truncated_form(tokens)) if tokens else []
    forms: list[str] = []
    while len(forms) < MAX_STACKED_FORMS:
        hit = match_form_at_end(core)
        if not hit:
            break
        size, code = hit
        if forms and code in NAME_PART_BEFORE_FORM and _FAMILY[forms[0]] == "corporate":
            break  # "Acme Trust Company": a trust company (a bank) named "Acme Trust"
        del core[-size:]
        forms.insert(0, code)
    while len(core) > 1 and core[0] in LEADING_NOISE:
        core.pop(0)
    if len(core) > 1 and core[0] in LEADING_FORM_WORDS:
        hit = match_form_at_start(core)
        if hit and (not forms or hit[0] > 1 or core[0] in UNAMBIGUOUS_LEADING_FORMS):
            del core[: hit[0]]
            if hit[1] not in forms:
                forms.insert(0, hit[1])
    while len(core) > 1 and core[-1] in TRAILING_NOISE:
        core.pop()
    return tuple(core), tuple(forms)


# "Co." / "Company" followed by another form ("Acme & Co., Inc.") is part of the name, not its form.
NAME_PART_FORMS = frozenset({"CO"})


def comparable_forms(a: Sequence[str], b: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The stated forms of two names as compared: when either name has "Co." before another form,
    "Co." is read as part of both names, so only the outer forms are compared.

    >>> comparable_forms(("CO", "INC"), ("CO", "LP"))
    (('INC',), ('LP',))
    >>> comparable_forms(("CO",), ("CO", "LP"))
    ((), ('LP',))
    >>> comparable_forms(("CO",), ("INC",))
    (('CO',), ('INC',))
    """
    inner = any(f in NAME_PART_FORMS for x in (a, b) for f in x[:-1])
    if not inner:
        return tuple(a), tuple(b)
    return (tuple(f for f in a if f not in NAME_PART_FORMS),
            tuple(f for f in b if f not in NAME_PART_FORMS))


def forms_conflict(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two stated legal forms name different kinds of body (both must be stated).

    Different families always conflict (L.P. vs L.L.C.); within the partnership family different
    codes conflict too (a fund's L.P. and its parallel C.V. or GmbH & Co. KG are two parties).
    Corporate spellings (Inc vs Corp vs Ltd) do not conflict here: they are scored, not vetoed.

    >>> forms_conflict(("LP",), ("LLC",))
    True
    >>> forms_conflict(("LP",), ("CV",))
    True
    >>> forms_conflict(("INC",), ("CORP",))
    False
    >>> forms_conflict((), ("LLC",))
    False
    >>> forms_conflict(("JSC", "CORP"), ("CORP", "JSC"))
    False
    >>> forms_conflict(("CO", "INC"), ("CO", "LP"))  # "Acme & Co., Inc." / "Acme & Co., L.P."
    True
    """
    a, b = comparable_forms(a, b)
    if not a or not b or set(a) & set(b):
        return False
    fa, fb = _FAMILY[a[-1]], _FAMILY[b[-1]]
    if fa != fb:
        return True
    return fa == "partnership" and a[-1] != b[-1]
