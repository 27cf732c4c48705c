"""Analysis of one name: its normalized tokens, legal form, fund markers, vehicle words, kind.

:func:`analyze` is computed once per distinct (name, kind) and cached; features and vetoes read
the resulting :class:`NameInfo` and never re-parse text.

Examples
--------
>>> info = analyze("Wrenfield Capital Fund-V Affiliates Fund (Q), L.P.")
>>> info.core, info.forms, sorted(info.numbers), sorted(info.series), sorted(info.roles)
(('wrenfield', 'capital', 'fund', 'v', 'affiliates', 'fund', 'q'), ('LP',), [5], ['q'], ['affiliates', 'fund'])
>>> analyze("Don F. Reddick").kind.value
'person'
>>> analyze("D.E. Vosk & Co").kind.value
'organization'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from graphkit import regex_cache
from graphkit.models import PartyKind
from resolvers.legal_forms import split_legal_form
from resolvers.normalize import fold_text, normalize_name
from resolvers.ocr import damage_fold, ocr_fold
from resolvers.persons import PersonName, parse_person
from resolvers.tuning import ROLE_TYPO_MIN_LETTERS

# Vehicle and role words: a fund and its "Parallel", "Affiliates", "(QP)", "Offshore" siblings,
# its "GP" and its "Management" company are different parties. Spelling → canonical word.
ROLE_WORDS: dict[str, str] = {
    "parallel": "parallel", "affiliates": "affiliates", "affiliate": "affiliates",
    "affiliated": "affiliates", "principals": "principals", "principal": "principals",
    "entrepreneurs": "entrepreneurs", "entrepreneur": "entrepreneurs",
    "onshore": "onshore", "offshore": "offshore", "overseas": "offshore", "domestic": "onshore",
    "master": "master", "feeder": "feeder", "coinvest": "coinvest", "coinvestment": "coinvest",
    "coinvestors": "coinvest", "qp": "qp", "gp": "gp", "management": "management",
    "manager": "manager", "managers": "manager", "advisors": "advisors", "advisers": "advisors",
    "adviser": "advisors", "advisor": "advisors", "advisory": "advisors",
    "partners": "partners", "partnership": "partners", "holdings": "holdings",
    "holding": "holdings", "institutional": "institutional", "associates": "associates",
    "investors": "investors", "investments": "investments", "fund": "fund", "funds": "fund",
    "founders": "founders", "employees": "employees", "sidecar": "sidecar",
    "opportunities": "opportunities", "opportunity": "opportunities", "special": "special",
    "aggregator": "aggregator", "intermediate": "intermediate", "blocker": "blocker",
    "trustee": "trustee", "cayman": "cayman", "international": "international",
    "securities": "securities", "group": "group",
}

# Words that make a name an organization (besides a legal form).
ORG_WORDS: frozenset[str] = frozenset(ROLE_WORDS) | frozenset(
    "capital ventures venture bank bancorp trust estate foundation company corporation "
    "enterprises equity equities research global asset assets financial finance insurance "
    "industries industry technologies therapeutics pharmaceuticals health solutions systems "
    "properties realty services resources motor motors group university family limited "
    "and of for the".split()
)

# Number words: "Fund Two" = "Fund 2"; ordinals "Second" = "2nd" = 2; tens combine with a
# following unit ("Forty-Four" = "Forty 4" = 44). "fourty" is a common misspelling of forty.
NUMBER_WORDS: dict[str, int] = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split())
} | {
    w: i + 1 for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split())
} | {
    w: 10 * (i + 3) for i, w in enumerate(
        "thirty forty fifty sixty seventy eighty ninety".split())
} | {"fourty": 40}
# Tens that take a following unit: "twenty one" = 21.
TENS: frozenset[int] = frozenset(range(20, 100, 10))

# Abbreviated words of organization names, spelled out so both spellings compare alike
# ("First Bank Int'l" = "First Bank International", "Acme Corp. Holdings" = "Acme Corporation
# Holdings"). Keys are normalized tokens ("Int'l" → "intl", "U.S." → "us").
WORD_ABBREVIATIONS: dict[str, str] = {
    "intl": "international", "corp": "corporation", "mfg": "manufacturing",
    "natl": "national", "assn": "association", "assoc": "associates", "bros": "brothers",
    "mgmt": "management", "mgt": "management", "hldgs": "holdings", "hldg": "holding",
    "ptnrs": "partners", "svcs": "services", "us": "united states", "usa": "united states",
}

# Roman numerals made of I, V, X only (1–39): "Fund II", "Management V", "Fund XII".
# L, C, D, M are left out: as single letters they are far more often initials ("D. E. Vosk").
ROMAN_NUMERAL = regex_cache.compile(
    r"""
    ^(?=[ivx])            # not empty
    x{0,3}                # tens: x, xx, xxx
    (ix|iv|v?i{0,3})$     # units: ix, iv, v, vi..viii, i..iii
    """,
    re.VERBOSE,
)
# Ordinal numbers written with digits: "1st", "2nd", "23rd", "4th".
ORDINAL = regex_cache.compile(r"""^(\d+)(st|nd|rd|th)$""", re.VERBOSE)
# Parenthesized parts of a name as written: "(Q)", "(Offshore)", "(Schweiz)".
PARENTHESIZED = regex_cache.compile(r"""\(([^()]*)\)""", re.VERBOSE)
# A bare acronym written as its own name: "WCVA", "QZV", "BGI" (2–7 capitals or digits).
BARE_ACRONYM = regex_cache.compile(r"""^[A-Z][A-Z0-9&]{1,6}$""", re.VERBOSE)

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def roman_to_int(token: str) -> Optional[int]:
    """The value of a roman numeral token of I, V and X, else None.

    >>> roman_to_int("xii"), roman_to_int("iv"), roman_to_int("vix")
    (12, 4, None)
    """
    if not ROMAN_NUMERAL.match(token):
        return None
    total = 0
    for i, c in enumerate(token):
        v = _ROMAN_VALUES[c]
        nxt = _ROMAN_VALUES[token[i + 1]] if i + 1 < len(token) else 0
        total += -v if v < nxt else v
    return total


# A roman numeral with OCR damage: "IIl" or "II1" for "III" (l and 1 read for I).
DAMAGED_ROMAN = regex_cache.compile(r"""^(?=.*[ivx])[ivxl1]{2,}$""", re.VERBOSE)
# A word with OCR digits in it: "Gr0wth", "Capita1", "Ve1faji" (at least 5 characters), or a
# shorter word whose OCR digit sits between two letters, after three or before three: "C0ve",
# "n0x", "Mil1", "5haw" (but not "A1", "S3" or "5th": series markers and ordinals).
OCR_DIGIT_WORD = regex_cache.compile(
    r"""
    ^(?=.*[^\W\d_])[^\W_]{5,}$          # five or more characters, some of them letters
    | ^[^\W\d_]+[015][^\W\d_]+$           # a digit between letters: c0ve, n0x
    | ^[^\W\d_]{3,}[015]$                 # three letters and a final digit: mil1
    | ^[0158][^\W\d_]{3,}$                # a first digit and three letters: 5haw, 8thc
    """,
    re.VERBOSE,
)


def token_number(token: str) -> Optional[int]:
    """The number a token stands for (digits, roman, number word, ordinal), else None.

    >>> token_number("2"), token_number("ii"), token_number("second"), token_number("3rd")
    (2, 2, 2, 3)
    >>> token_number("iil")
    3
    """
    if token.isdigit():
        return int(token)
    m = ORDINAL.match(token)
    if m:
        return int(m.group(1))
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    if DAMAGED_ROMAN.match(token):
        token = token.replace("l", "i").replace("1", "i")
    return roman_to_int(token)


def spell_out(core: tuple[str, ...]) -> tuple[str, ...]:
    """Organization words in one spelling: abbreviations written out, number words and
    ordinals as digits ("Forty-Four" → "44", "1st" → "1"), so equal numbers compare equal.

    >>> spell_out(("first", "bank", "intl"))
    ('1', 'bank', 'international')
    >>> spell_out(("brigade", "forty", "four")), spell_out(("brigade", "forty", "4"))
    (('brigade', '44'), ('brigade', '44'))
    >>> spell_out(("acme", "fund", "ii"))
    ('acme', 'fund', 'ii')
    """
    out: list[str] = []
    for t in core:
        t = WORD_ABBREVIATIONS.get(t, t)
        if " " in t:
            out.extend(t.split())
            continue
        m = ORDINAL.match(t)
        n = NUMBER_WORDS.get(t, int(m.group(1)) if m else None)
        if n is None and t.isdigit() and len(t) == 1:
            n = int(t)
        if n is None:
            out.append(t)
        elif out and out[-1].isdigit() and int(out[-1]) in TENS and 0 < n < 10 and (
                t in NUMBER_WORDS or len(t) == 1):
            out[-1] = str(int(out[-1]) + n)  # "forty four", "forty 4"
        else:
            out.append(str(n))
    return tuple(out)


@dataclass(frozen=True)
class NameInfo:
    """Everything the features and vetoes need to know about one name."""

    raw: str
    norm: str
    tokens: tuple[str, ...]
    core: tuple[str, ...]  # tokens without the legal form
    forms: tuple[str, ...]  # legal-form codes, e.g. ("LP",)
    compact: str  # core joined without spaces
    folded: str  # compact with OCR-confusable glyphs folded
    kind: PartyKind
    numbers: frozenset[int]
    series: frozenset[str]  # series letters and mixed tokens: "a" of "IV-A", "q" of "(Q)"
    roles: frozenset[str]  # canonical vehicle / role words
    qualifiers: frozenset[str]  # other parenthesized words: "schweiz", "uk"
    stem: tuple[str, ...]  # core minus numbers, series, roles
    lead_number: Optional[int]  # a number opening the name ("First", "1st", "3"): part of its stem
    words: tuple[str, ...]  # core with OCR-split role and number words rejoined ("ma nagement")
    person: Optional[PersonName]
    acronym: bool  # written as a bare acronym ("WCVA")
    has_lower: bool  # written with lower-case letters (not signature capitals)


# The words of :data:`ORG_WORDS` of six letters or more with the damage of
# :func:`resolvers.ocr.damage_fold` folded ("Corporatiou"), and those of nine or more as written
# (one letter off is damage too: "Coiporation")
_DAMAGED_ORG_WORDS = frozenset(damage_fold(w) for w in ORG_WORDS if len(w) >= 6)
_LONG_ORG_WORDS = [w for w in ORG_WORDS if len(w) >= 9]


@lru_cache(maxsize=100_000)
def _org_word(token: str) -> bool:
    """Whether a token is a word of :data:`ORG_WORDS`, maybe damaged by a scan.

    >>> _org_word("corporatiou"), _org_word("coiporation"), _org_word("corporate")
    (True, True, False)
    """
    if token in ORG_WORDS:
        return True
    if len(token) >= 6 and damage_fold(token) in _DAMAGED_ORG_WORDS:
        return True
    return len(token) >= 9 and process.extractOne(
        token, _LONG_ORG_WORDS, scorer=Levenshtein.distance, score_cutoff=1) is not None


#: The digits a scan reads for letters inside a word of an organization's name: 0/O, 1/l,
#: 5/S, 8/B (never a digit closing the word: "Fund3", "Select8" are numbered)
_WORD_DIGITS = str.maketrans("0158", "olsb")


def _letter_word(token: str) -> bool:
    """Whether a token with digits is a word of letters a scan damaged (:data:`OCR_DIGIT_WORD`),
    not a number or series mark: "gr0wth", "capita1", "5haw", "8ancorp", "ena8le"; not
    "fund3", "select8", "a1".

    >>> [_letter_word(t) for t in ("gr0wth", "5haw", "8ancorp", "fund3", "select8", "a1")]
    [True, True, True, False, False, False]
    """
    if not OCR_DIGIT_WORD.match(token):
        return False
    return ocr_fold(token).isalpha() or (token[-1].isalpha() and
                                         token.translate(_WORD_DIGITS).isalpha())


def _digit_word(token: str) -> bool:
    """Whether a token holds a digit that is no letter a scan mistook ("R0E", "D0E": a
    person's name may hold those); a word that a scan's digit leaves a word of an organization
    ("Fund5": "Funds") is one with a digit.

    >>> _digit_word("fund2"), _digit_word("r0e"), _digit_word("2"), _digit_word("fund5")
    (True, False, True, True)
    >>> _digit_word("fund3"), _digit_word("8roe"), _digit_word("5mith")
    (True, False, False)
    """
    if not any(c.isdigit() for c in token):
        return False
    return not _letter_word(token) or _org_word(ocr_fold(token))


def guess_kind(raw: str, tokens: tuple[str, ...], forms: tuple[str, ...]) -> PartyKind:
    """Person or organization, from the words of a name alone.

    >>> guess_kind("Kevin C. Quaile", ("kevin", "c", "quaile"), ())
    <PartyKind.PERSON: 'person'>
    >>> guess_kind("QZV Partners", ("qzv", "partners"), ())
    <PartyKind.ORGANIZATION: 'organization'>
    """
    if forms or "&" in raw or any(_org_word(t) or _digit_word(t) for t in tokens):
        return PartyKind.ORGANIZATION
    if BARE_ACRONYM.match(raw.strip()) or len(tokens) < 2 or len(tokens) > 6:
        return PartyKind.ORGANIZATION
    return PartyKind.PERSON


_FOLDED_ROLES: dict[str, str] = {ocr_fold(k): v for k, v in ROLE_WORDS.items()}
# The role words with the further damage of :func:`resolvers.ocr.damage_fold` folded ("Partriers",
# "Fnnd"); words of four letters or more only ("gp", "qp" are matched as written)
_DAMAGED_ROLES: dict[str, str] = {damage_fold(k): v for k, v in ROLE_WORDS.items() if len(k) >= 4}
_LONG_ROLES = [k for k in _FOLDED_ROLES if len(k) >= ROLE_TYPO_MIN_LETTERS]


@lru_cache(maxsize=100_000)
def role_of(token: str) -> Optional[str]:
    """The canonical role word a token spells, tolerating OCR damage ("Advi5ors", "Managoment").

    >>> role_of("advi5ors"), role_of("managoment"), role_of("capital")
    ('advisors', 'management', None)
    >>> role_of("partriers"), role_of("fnnd"), role_of("fond")
    ('partners', 'fund', None)
    """
    if token in ROLE_WORDS:
        return ROLE_WORDS[token]
    folded = ocr_fold(token)
    if folded in _FOLDED_ROLES:
        return _FOLDED_ROLES[folded]
    if len(token) >= 4 and (damaged := damage_fold(token)) in _DAMAGED_ROLES:
        return _DAMAGED_ROLES[damaged]
    if len(token) >= ROLE_TYPO_MIN_LETTERS:
        hit = process.extractOne(folded, _LONG_ROLES, scorer=Levenshtein.distance, score_cutoff=1)
        if hit:
            return _FOLDED_ROLES[hit[0]]
    return None


def rejoin_split_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Join OCR-split pieces that together spell a role or number word ("Ma nagement").

    >>> rejoin_split_words(("acme", "ma", "nagemen", "t", "fu", "nd"))
    ('acme', 'management', 'fund')
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for k in (3, 2):
            piece = "".join(tokens[i:i + k])
            if i + k > len(tokens):
                continue
            # Two roman numerals never follow each other in a name: "Fund V I" is "Fund VI".
            roman = all(ROMAN_NUMERAL.match(t) for t in tokens[i:i + k]) and ROMAN_NUMERAL.match(piece)
            # A role word broken by OCR, even with a damaged letter ("Af filiatos").
            if roman or ((ocr_fold(piece) in _FOLDED_ROLES or (
                    len(piece) >= ROLE_TYPO_MIN_LETTERS and role_of(piece)
                    and not any(role_of(t) or token_number(t) is not None for t in tokens[i:i + k])))
                         and not all(role_of(t) for t in tokens[i:i + k])
                         # a number in digits is a number, not an OCR letter ("Fund 5")
                         and not any(t.isdigit() for t in tokens[i:i + k])):
                out.append(piece)
                i += k
                break
        else:
            out.append(tokens[i])
            i += 1
    return tuple(out)


def _markers(core: tuple[str, ...], paren_tokens: set[str]):
    numbers: set[int] = set()
    series: set[str] = set()
    roles: set[str] = set()
    stem: list[str] = []
    seen_number = False
    for i, t in enumerate(core):
        if i == 0 and len(core) > 1 and t.isdigit():
            stem.append(t)  # "3 Willow", "First Quenby": a number opening a name is its brand
            continue
        n = token_number(t) if (i > 0 or len(core) == 1) else None
        nxt = core[i + 1] if i + 1 < len(core) else ""
        if n is not None and t.isalpha() and len(t) == 1 and len(nxt) > 1 and not role_of(nxt) \
                and token_number(nxt) is None and not any(c.isdigit() for c in nxt):
            n = None  # "V entures", "Pabera x Equity": a letter split off a word, not a number
        if n is not None:
            numbers.add(n)
            seen_number = True
        elif role_of(t):
            roles.add(role_of(t))
        elif any(c.isdigit() for c in t) and not _letter_word(t):
            series.add(t)
        elif len(t) == 1 and (seen_number or t in paren_tokens or (i == len(core) - 1 and i > 1)):
            series.add(t)
        else:
            stem.append(t)
    return frozenset(numbers), frozenset(series), frozenset(roles), tuple(stem)


@lru_cache(maxsize=300_000)
def analyze(raw: str, kind: Optional[PartyKind] = None) -> NameInfo:
    """Analyze a name as written; ``kind`` overrides the guess from its words.

    Parameters
    ----------
    raw : str
        The name as written.
    kind : PartyKind, optional
        Known kind (from the filing); guessed from the words when None.

    Returns
    -------
    NameInfo

    >>> sorted(analyze("Heronsgate Life Sciences Fund II (QP), L.P.").roles)
    ['fund', 'qp']
    >>> sorted(analyze("KQPF VIII Co-Invest 4-A GP, L.P.").series)
    ['a']
    >>> analyze("WCVA").acronym
    True
    """
    norm = normalize_name(raw)
    tokens = tuple(norm.split())
    core, forms = split_legal_form(tokens)
    if kind is None:
        kind = guess_kind(raw, tokens, forms)
    else:  # "person" and PartyKind.PERSON are one key of the cache: keep the enum either way
        kind = PartyKind(kind)
    person = parse_person(raw) if kind == PartyKind.PERSON else None
    folded_raw = fold_text(raw)
    paren_tokens: set[str] = set()
    qualifiers: set[str] = set()
    for inner in PARENTHESIZED.findall(folded_raw):
        words = normalize_name(inner).split()
        paren_tokens.update(words)
        if len(words) == 1 and (len(words[0]) == 1 or words[0] in ROLE_WORDS):
            continue
        qualifiers.update(w for w in words if w not in ROLE_WORDS)
    lead_number = None
    if kind == PartyKind.PERSON:
        numbers, series, roles, stem = frozenset(), frozenset(), frozenset(), core
        words = core
    else:
        core = spell_out(core)
        words = rejoin_split_words(core)
        numbers, series, roles, stem = _markers(words, paren_tokens)
        if len(words) > 1 and words[0].isdigit():
            lead_number = int(words[0])
    compact = "".join(core)
    return NameInfo(
        raw=raw, norm=norm, tokens=tokens, core=core, forms=forms, compact=compact,
        folded=ocr_fold(compact), kind=kind, numbers=numbers, series=series, roles=roles,
        qualifiers=frozenset(qualifiers), stem=stem, lead_number=lead_number, words=words,
        person=person,
        acronym=bool(BARE_ACRONYM.match(raw.strip())) and not forms,
        has_lower=any(c.islower() for c in raw),
    )
