"""Text normalization for party names: Unicode, mojibake, punctuation, case.

Every function here is idempotent: applying it to its own output changes nothing. The
normalized form is lower-case, ASCII where the script allows it (accents dropped), with
punctuation replaced by single spaces, ``&`` spelled ``and``, dotted abbreviations closed up
(``L.P.`` → ``lp``, ``G.P.`` → ``gp``) and EDGAR state tags (``/NY/``) removed.

Examples
--------
>>> normalize_name("Wrenfield Capital Fund-V, L.P.")
'wrenfield capital fund v lp'
>>> normalize_name("MARLOWE PARTNERS L L C/CA")
'marlowe partners l l c'
>>> normalize_name("Bellamy & Stroud Co.")
'bellamy and stroud co'
>>> normalize_name("Wrenfield Capital Fund-V. L.P.") == normalize_name("Wrenfield Capital Fund-V, L.P.")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from graphkit import regex_cache

try:  # anyascii (ISC licence, pure Python, no dependencies): Latin spellings of every script
    from anyascii import anyascii as _anyascii
except ImportError:  # pragma: no cover - then only Cyrillic is transliterated (table below)
    _anyascii = None

# Mojibake: UTF-8 bytes decoded as cp1252/latin-1, e.g. "â€™" for "’" or "Ã©" for "é".
MOJIBAKE_HINT = regex_cache.compile(
    r"""
    [\u00c2\u00c3\u00c5][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc]
    | \u00e2\u20ac                      # "â€" prefix of most punctuation, e.g. â€™
    """,
    re.VERBOSE,
)

# EDGAR conformed-name state tags, e.g. "MARLOWE PARTNERS L L C/CA" or "ORWELL QUENBY ... /NY/",
# and the mark of a successor company, as EDGAR's XML forms print it: "ACME INC\NEW", "\new\"
EDGAR_STATE_TAG = regex_cache.compile(
    r"""
    \s*[/\\]\s*(?:[A-Z]{2,3}|new)\s*[/\\]?\s*$   # "/CA", "/NY/", " /DE/", "\new" at the very end
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Dotted abbreviations: "L.P.", "L.L.C", "G.P.", "S.A.", "p.l.c." → closed up letters.
DOTTED_ABBREVIATION = regex_cache.compile(
    r"""
    (?<![^\W\d_])                       # not preceded by a letter
    ((?:[^\W\d_]\.){1,5}[^\W\d_])       # letter-dot-letter..., e.g. L.L.C or G.P
    \.?                                 # optional final dot
    (?![^\W\d_])                        # not followed by a letter
    """,
    re.VERBOSE,
)

# Hyphenated "co-invest" and similar words that must stay one token.
JOINED_WORDS = regex_cache.compile(r"\bco[\s\-]+(invest|investment|investors)\b", re.IGNORECASE)

# Anything that is not a letter or digit.
NON_ALNUM = regex_cache.compile(r"[\W_]+", re.UNICODE)

# Cyrillic → Latin (a simple, reversible-enough scheme so "Лавров" meets "Lavrov").
_CYRILLIC = dict(zip("абвгдезийклмнопрстуфыэ", "abvgdezijklmnoprstufye")) | {
    "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ь": "", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u"}
_CYRILLIC |= {k.upper(): v.capitalize() for k, v in list(_CYRILLIC.items())}
_TRANSLIT = str.maketrans(_CYRILLIC)

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00b4": "'", "`": "'"})


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was decoded as cp1252 (``"â€™"`` → ``"’"``); else unchanged.

    >>> fix_mojibake("Caf\u00c3\u00a9 Holdings")
    'Café Holdings'
    >>> fix_mojibake("Plain")
    'Plain'
    """
    if not MOJIBAKE_HINT.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


# One character, one syllable: CJK ideographs ("习") and Hangul syllables ("재").
_SYLLABIC = regex_cache.compile(r"""[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]""", re.VERBOSE)


def transliterate(text: str) -> str:
    """Letters of other scripts spelled in Latin letters (Greek, Arabic, Armenian, Georgian,
    Hebrew, CJK...), by :mod:`anyascii`'s per-character table; unchanged if it is not installed.

    >>> transliterate("\u0392\u03b5\u03bd\u03b9\u03b6\u03ad\u03bb\u03bf\u03c2") in ("Venizelos", "\u0392\u03b5\u03bd\u03b9\u03b6\u03ad\u03bb\u03bf\u03c2")
    True
    """
    if _anyascii is None or text.isascii():
        return text
    # An ideograph or Hangul block is a syllable: spaced, so "习近平" reads "Xi Jin Ping" and one
    # changed character changes one word, not a letter of one long word.
    return "".join(c if c.isascii() else f" {_anyascii(c)} " if _SYLLABIC.match(c) else _anyascii(c)
                   for c in text)


def fold_text(text: str) -> str:
    """NFKC, mojibake repair, accents dropped, other scripts transliterated, quotes and dashes
    unified (case kept).

    >>> fold_text("Plenkovi\u0107 \u2013 Soci\u00e9t\u00e9")
    'Plenkovic - Societe'
    """
    text = unicodedata.normalize("NFKC", fix_mojibake(text))
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).translate(_TRANSLIT))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return transliterate(unicodedata.normalize("NFKC", text))


# Two-letter codes EDGAR appends to conformed names (US states, territories, provinces).
EDGAR_TAG_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU ON QC BC AB "
    "ADR NEW".split()
)


def strip_edgar_tag(text: str) -> str:
    """Drop an EDGAR state tag at the end of a conformed name (``/DE/``, ``/CA``).

    >>> strip_edgar_tag("LAKESIDE BANCORP INC /DE/")
    'LAKESIDE BANCORP INC'
    >>> strip_edgar_tag("Acme Fund GP/LP")
    'Acme Fund GP/LP'
    >>> strip_edgar_tag("Acme Therapeutics, Inc.\\\\new"), strip_edgar_tag("ACME CORP /NEW/")
    ('Acme Therapeutics, Inc.', 'ACME CORP')
    """
    m = EDGAR_STATE_TAG.search(text)
    if m and m.group(0).strip(" /\\").upper() in EDGAR_TAG_CODES:
        return text[: m.start()]
    return text


def _close_dots(match: re.Match[str]) -> str:
    return match.group(1).replace(".", "")


def _normalize_once(text: str) -> str:
    text = strip_edgar_tag(fold_text(text))
    text = DOTTED_ABBREVIATION.sub(_close_dots, text)
    text = JOINED_WORDS.sub(lambda m: "co" + m.group(1), text)
    text = text.replace("&", " and ").replace("'", "")
    text = unicodedata.normalize("NFKC", text.casefold())
    return " ".join(NON_ALNUM.sub(" ", text).split())


@lru_cache(maxsize=200_000)
def normalize_name(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name (idempotent).

    Parameters
    ----------
    text : str
        A name as written.

    Returns
    -------
    str
        Tokens separated by single spaces.

    >>> normalize_name("  Caf\u00e9   de Paris, S.A. ")
    'cafe de paris sa'
    >>> normalize_name("Rensford Partners Co-Invest LP")
    'rensford partners coinvest lp'

    See also
    --------
    resolvers.names.analyze : the full analysis of a name built on this form.
    """
    out = _normalize_once(text)
    for _ in range(3):  # reach a fixed point: some Unicode folds need a second pass
        again = _normalize_once(out)
        if again == out:
            break
        out = again
    return out


def compact(text: str) -> str:
    """The normalized name without spaces (joins OCR-split tokens such as "Can oital").

    >>> compact("Wronfield Can oital Fund-V")
    'wronfieldcanoitalfundv'
    """
    return normalize_name(text).replace(" ", "")
