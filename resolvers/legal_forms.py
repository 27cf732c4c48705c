"""Legal forms as data: each stated form, its spellings (as normalized tokens) and its family.

A legal form is read from the end of a normalized name. Spellings include OCR damage that
survives normalization (``L P``, ``L.L.C`` without its last dot, ``C.V``), because a dropped dot
or a split token must not change the form. Two names of the same stem whose stated forms belong
to different families (a fund "L.P." and its general partner "L.L.C.") are different parties.

Examples
--------
>>> split_legal_form("trident capital management v llc".split())
(('trident', 'capital', 'management', 'v'), ('LLC',))
>>> split_legal_form("hon hai precision industry co ltd".split())
(('hon', 'hai', 'precision', 'industry'), ('CO', 'LTD'))
>>> form_family("CV")
'partnership'
"""

from __future__ import annotations

from typing import Sequence

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
    ("SRL", "corporate", ("srl", "s r l")),
    ("NV", "corporate", ("nv", "n v", "naamloze vennootschap")),
    ("BV", "corporate", ("bv", "b v", "besloten vennootschap")),
    ("SE", "corporate", ("se", "societas europaea")),
    ("AB", "corporate", ("ab", "aktiebolag")),
    ("OY", "corporate", ("oy", "oyj")),
    ("AS", "corporate", ("asa",)),
    ("PTY_LTD", "corporate", ("pty ltd", "pty limited", "proprietary limited")),
    ("PTE_LTD", "corporate", ("pte ltd", "pte limited", "private limited")),
    ("KK", "corporate", ("kk", "kabushiki kaisha")),
    ("RSC_LTD", "corporate", ("rsc limited", "rsc ltd")),
    ("SPC", "fund-company", ("spc", "segregated portfolio company")),
    ("TRUST", "trust", ("trust",)),
    ("JSC", "corporate", ("jsc", "ojsc", "pjsc", "cjsc", "oao", "zao", "pao", "ao",
                          "joint stock company", "open joint stock company",
                          "public joint stock company", "closed joint stock company")),
    ("OOO", "llc", ("ooo", "tov", "sp z o o", "spolka z ograniczona odpowiedzialnoscia")),
    ("NA", "bank", ("na", "n a", "national association")),
)

# Leading words that carry no identity ("The Bank for International Settlements").
LEADING_NOISE: frozenset[str] = frozenset({"the"})
# Legal forms written before the name (East European usage: "JSC Gazprom", "LLC Iskusstvo").
LEADING_FORM_WORDS: frozenset[str] = frozenset(
    "jsc ojsc pjsc cjsc oao zao pao ooo tov llc joint open public closed limited".split())
# Trailing words left when a form is cut off ("D.E. Shaw & Co." → "d e shaw and").
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
    for size in range(min(_MAX_LEN, len(tokens) - 1), 0, -1):
        code = _SPELLINGS.get(tuple(tokens[-size:]))
        if code:
            return size, code
    return None


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


def split_legal_form(tokens: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split normalized tokens into (core tokens, stated legal-form codes in order).

    At least one core token is always kept, so "Trust" alone stays a name. A leading "the"
    is dropped from the core.

    >>> split_legal_form(["the", "bank", "for", "international", "settlements"])
    (('bank', 'for', 'international', 'settlements'), ())
    >>> split_legal_form(["sofinnova", "venture", "partners", "vi", "gmbh", "and", "co", "kg"])
    (('sofinnova', 'venture', 'partners', 'vi'), ('GMBH_CO_KG',))
    """
    core = list(tokens)
    forms: list[str] = []
    while len(forms) < MAX_STACKED_FORMS:
        hit = match_form_at_end(core)
        if not hit:
            break
        size, code = hit
        del core[-size:]
        forms.insert(0, code)
    while len(core) > 1 and core[0] in LEADING_NOISE:
        core.pop(0)
    if not forms and len(core) > 1 and core[0] in LEADING_FORM_WORDS:
        hit = match_form_at_start(core)
        if hit:
            del core[: hit[0]]
            forms.append(hit[1])
    while len(core) > 1 and core[-1] in TRAILING_NOISE:
        core.pop()
    return tuple(core), tuple(forms)


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
    """
    if not a or not b:
        return False
    fa, fb = _FAMILY[a[-1]], _FAMILY[b[-1]]
    if fa != fb:
        return True
    return fa == "partnership" and a[-1] != b[-1]
