"""From clusters to entities: canonical name, kind, stable readable id.

The canonical name is the fullest properly written legal name of the cluster: a written-out
name beats a bare acronym or defined term, mixed case beats signature-block capitals, a stated
legal form beats a bare brand, "First Last" beats "Last, First", the most frequent spelling
beats rarer (often OCR-damaged) ones, and a period before the legal form ("Fund-V. L.P.")
counts against a spelling. A person's courtesy title ("Mr. Arden R. Pellwood") is no part of the
name: a spelling without one is preferred, and one left is dropped when a full name remains
("Mr. Pellwood" stays as written).

A person known only as "Last, First M." (Form D) or "LAST FIRST M" (EDGAR ownership headers) is
displayed as "First M. Last" (:func:`natural_order`), capitals turned to proper case; the
spellings as written stay the entity's aliases. A spelling written in natural order is preferred
when there is one.

Examples
--------
>>> canonical_name({"QMV": 2, "QUILLON MESA MANAGEMENT V, L.L.C": 1,
...                 "Quillon Mesa Management-V, L.L.C.": 2, "Quillon Mesa": 1}, "organization")
'Quillon Mesa Management-V, L.L.C.'
>>> canonical_name({"Pellwood, Arden R.": 1, "Arden R. Pellwood": 1}, "person")
'Arden R. Pellwood'
>>> canonical_name({"Pellwood, Arden R.": 1}, "person")
'Arden R. Pellwood'
>>> canonical_name({"PELLWOOD ARDEN R": 3}, "person")
'Arden R. Pellwood'
>>> canonical_name({"Mr. Arden R. Pellwood": 1}, "person")
'Arden R. Pellwood'
>>> slugify("Acme Capital Fund II, L.P.")
'acme-capital-fund-ii-lp'
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Mapping, Optional, Union

from graphkit import regex_cache
from graphkit.models import PartyKind
from graphkit.name_degrees import strip_degrees
from resolvers.names import analyze
from resolvers.normalize import normalize_name
from resolvers.persons import PARTICLES, SUFFIXES
from resolvers.vetoes import is_generic

# A period where a comma belongs, before the legal form: "Fund-V. L.P." (OCR or typing slip).
PERIOD_BEFORE_FORM = regex_cache.compile(
    r"""
    [^\s.]{1,}\.\s+                 # a word ending in a period, e.g. "Fund-V."
    (?:L\.?\s?P|L\.?\s?L\.?\s?C|Inc|Ltd|Corp|C\.?\s?V)\.?\s*$    # then the form at the end
    """,
    re.VERBOSE | re.IGNORECASE,
)


# A courtesy title before a person's name: "Mr. Arden R. Pellwood", "MS. JANE ROE", "Dr Jane
# Roe" (not "Mrs.": "Mrs. John Roe" may name a wife by her husband's name, so it stays; nor a
# title joined to another, "Mr. and Mrs. John Roe", a couple holding jointly)
COURTESY_TITLE = regex_cache.compile(
    r"""
    ^(?:Mr|Ms|Miss|Mx|Dr|MR|MS|MISS|MX|DR)\.?\s+   # "Mr. "
    (?!(?:and|And|AND|&)(?:\s|$))                # not "Mr. and Mrs. ..."
    """,
    re.VERBOSE,
)

#: The fewest words of a name (suffixes not counted) left after a courtesy title is dropped:
#: "Mr. Pellwood" and "Mr. Pellwood, Jr." keep their title
MIN_UNTITLED_WORDS = 2


def strip_courtesy(name: str) -> str:
    """A person's name without the courtesy title before a full name (a given name and a
    surname; "Jr.", "M.D." not counted).

    >>> strip_courtesy("Mr. Arden R. Pellwood"), strip_courtesy("Mr. Pellwood")
    ('Arden R. Pellwood', 'Mr. Pellwood')
    >>> strip_courtesy("Mr. Pellwood, Jr."), strip_courtesy("Mrs. Arden Pellwood")
    ('Mr. Pellwood, Jr.', 'Mrs. Arden Pellwood')
    >>> strip_courtesy("Mr. and Mrs. Arden Pellwood")
    'Mr. and Mrs. Arden Pellwood'
    """
    m = COURTESY_TITLE.match(name)
    if m is None:
        return name
    rest = name[m.end():]
    words = [w for part in rest.split(",") if re.sub(r"[\s.]", "", part.casefold()) not in SUFFIXES
             for w in re.split(r"[\s.]+", part) if w and w.casefold() not in SUFFIXES]
    return rest if len(words) >= MIN_UNTITLED_WORDS else name


def _comma_order(name: str) -> bool:
    """Written "Last, First" (a comma not followed only by a suffix)."""
    if "," not in name:
        return False
    tail = name.split(",", 1)[1]
    words = [w for w in re.split(r"[\s.,]+", tail.casefold()) if w]
    return not all(w in SUFFIXES for w in words)


def name_quality(name: str, count: int, kind: Union[PartyKind, str], spelled: int = 0) -> tuple:
    """Sort key (higher is better) for choosing the canonical name of an entity.

    ``count`` is how often this exact spelling was seen; ``spelled`` how often any spelling
    with the same normalized form was (signature capitals vote for their proper-case twin,
    while an OCR-damaged spelling seen once stays alone). An organization's spelling with its
    legal form outranks one in proper case without ("T. ROWE PRICE ASSOCIATES, INC." over its
    defined term "Price Associates").
    """
    kind = PartyKind(kind)
    info = analyze(name, kind)
    written_out = not info.acronym
    proper_case = info.has_lower
    if kind == PartyKind.PERSON:
        return (written_out, proper_case, strip_courtesy(name) == name,
                not _comma_order(name), spelled, count,
                len(info.tokens), len(name), name)
    return (written_out, not is_generic(info), bool(info.forms), proper_case, spelled,
            not PERIOD_BEFORE_FORM.search(name), count, len(info.tokens), len(name), name)


# Words of a person name as written: letters with inner hyphens or apostrophes ("O'Neil").
NAME_WORD = regex_cache.compile(r"""[^\W\d_]+(?:['\-][^\W\d_]+)*\.?""", re.VERBOSE)
# Particles kept lower case inside a surname turned to proper case ("Van der Berg").
_LOWER_PARTICLES = frozenset(PARTICLES)


def _proper_case(words: list[str]) -> list[str]:
    """Signature capitals turned to proper case: "O'NEIL-QUENBY" → "O'Neil-Quenby"."""
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i > 0 and low.rstrip(".") in _LOWER_PARTICLES:
            out.append(low)
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), low))
    return out


def _with_initial_dots(words: list[str]) -> list[str]:
    return [f"{w}." if len(w) == 1 and w.isalpha() else w for w in words]


def natural_order(name: str) -> Optional[str]:
    """"First M. Last" for a person name written "Last, First M." or EDGAR's "LAST FIRST M";
    ``None`` for a name already in natural order (or one that cannot be told apart).

    An all-capitals name without a comma is read as EDGAR's order only when it ends in a lone
    initial after a surname ("PELLWOOD ARDEN R", "VOSK D E"); "ARDEN R. PELLWOOD" or a two-word
    "PELLWOOD ARDEN" are left as written.

    >>> natural_order("Pellwood, Arden R."), natural_order("PELLWOOD ARDEN R")
    ('Arden R. Pellwood', 'Arden R. Pellwood')
    >>> natural_order("VAN DER BERG, JAN"), natural_order("Ostrander, Lyle T., Jr.")
    ('Jan van der Berg', 'Lyle T. Ostrander, Jr.')
    >>> natural_order("Arden R. Pellwood") is None, natural_order("ARDEN R. PELLWOOD") is None
    (True, True)

    A degree after the name is dropped, never read as a given name ("Roe, Ph.D." is no
    "Ph. D. Roe"; :func:`~graphkit.name_degrees.strip_degrees`):

    >>> natural_order("Arden Pellwood, Ph.D."), natural_order("Pellwood, Arden, M.D.")
    ('Arden Pellwood', 'Arden Pellwood')
    """
    text = name.strip()
    if (plain := strip_degrees(text)) != text:
        return natural_order(plain) or plain
    parts = [p.strip() for p in text.split(",") if p.strip()]
    suffixes = [p for p in parts[1:] if _is_suffix(p)]
    parts = [p for p in parts if p not in suffixes]
    upper = not any(c.islower() for c in text)
    if len(parts) == 2:
        surname, given = NAME_WORD.findall(parts[0]), NAME_WORD.findall(parts[1])
    elif len(parts) == 1 and "," not in text and upper:
        words = NAME_WORD.findall(parts[0])
        tail = []
        while len(words) > 3 and _is_suffix(words[-1]):
            tail.insert(0, words.pop())
        if len(words) < 3 or len(words[0]) < 2 or len(words[-1].rstrip(".")) != 1:
            return None
        surname, given = words[:1], words[1:]
        suffixes = suffixes + [" ".join(tail)] if tail else suffixes
    else:
        return None
    if not surname or not given:
        return None
    words = _with_initial_dots(given) + surname
    if upper:
        words = _proper_case(words)
        suffixes = [_suffix_case(x) for x in suffixes]
    return " ".join(words) + "".join(f", {x}" for x in suffixes)


def _is_suffix(text: str) -> bool:
    words = [w for w in re.split(r"[\s.]+", text.casefold()) if w]
    return bool(words) and all(w in SUFFIXES for w in words)


def _suffix_case(text: str) -> str:
    """"JR." → "Jr.", "III" stays "III"."""
    return text if text.rstrip(".").lower() in ("ii", "iii", "iv") else text.capitalize()


def canonical_name(counts: Mapping[str, int], kind: Union[PartyKind, str],
                   signed: Iterable[str] = (), natural: Iterable[str] = ()) -> str:
    """The best name of an entity among its spellings (spelling → times seen); a person written
    only last name first is displayed first name first (:func:`natural_order`).

    A person's ``signed`` spellings (as she signs, "/s/ Mary Ann Roe") rule out every other
    order of their words; without them, ``natural`` ones (EDGAR's conformed "Roe Jane" turned
    as the filing prints it) rule out the spellings that only turn them surname first. A
    signature "Roe, Jane" says no order.

    >>> canonical_name({"Roe Jane": 2, "Jane Roe": 1}, "person", natural=["Jane Roe"])
    'Jane Roe'
    >>> canonical_name({"MARY ANN ROE": 2, "ANN ROE MARY": 1, "Mary Ann Roe": 1}, "person",
    ...                signed=["Mary Ann Roe"], natural=["ANN ROE MARY"])
    'Mary Ann Roe'
    >>> canonical_name({"Roe Jane": 2, "Jane Roe": 1}, "person")
    'Roe Jane'
    """
    spelled: Counter = Counter()
    for n, c in counts.items():
        spelled[normalize_name(n)] += c
    if PartyKind(kind) == PartyKind.PERSON:
        counts = _in_written_order(counts, signed, natural)
    best = max(counts, key=lambda n: name_quality(n, counts[n], kind, spelled[normalize_name(n)]))
    if PartyKind(kind) == PartyKind.PERSON:
        return strip_courtesy(natural_order(best) or best)
    return best


def _order_words(name: str) -> list[str]:
    """The words of a name in lower case, without dots or commas, for comparing word orders."""
    return [w.lower() for w in NAME_WORD.findall(name.replace(".", " "))]


def _in_written_order(counts: Mapping[str, int], signed: Iterable[str],
                      natural: Iterable[str]) -> Mapping[str, int]:
    """``counts`` without a person's spellings in another order than she writes her name
    (see :func:`canonical_name`); all of them when none is left."""
    orders = [_order_words(n) for n in set(signed) if "," not in n]
    if orders:
        keep = {n: c for n, c in counts.items() if not any(
            sorted(w) == sorted(o) and w != o for o in orders for w in [_order_words(n)])}
    else:
        printed = [_order_words(n) for n in set(natural) if "," not in n]
        keep = {n: c for n, c in counts.items()
                if not any(_turned(_order_words(n), p) for p in printed)}
    return keep or counts


def _turned(words: list[str], printed: list[str]) -> bool:
    """``words`` are ``printed`` with the last word (the surname) put first."""
    return len(words) >= 2 and words != printed and words == printed[-1:] + printed[:-1]


def slugify(name: str) -> str:
    """Readable id part of a name: normalized words joined by hyphens.

    >>> slugify("Pellwood, Arden R.")
    'pellwood-arden-r'
    """
    return normalize_name(name).replace(" ", "-") or "unnamed"


def entity_id(name: str, kind: Union[PartyKind, str]) -> str:
    """``org:<slug>`` or ``person:<slug>`` (uniqueness is the caller's job).

    >>> entity_id("Jane Q. Doe", "person")
    'person:jane-q-doe'
    """
    prefix = "person" if PartyKind(kind) == PartyKind.PERSON else "org"
    return f"{prefix}:{slugify(name)}"
