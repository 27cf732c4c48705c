"""Person names: honorifics, suffixes, initials, and the orders names are written in.

SEC filings write one person several ways: "Arden R. Pellwood" in prose, "Pellwood, Arden R." in
a Form D ("Last name first, if individual"), "BRANNOCK MARCUS E" in EDGAR ownership headers (last
name first, no comma), "/s/ Arden R. Pellwood" in signatures. :func:`parse_person` reads every
plausible order; :func:`match_persons` compares two names under their best-fitting orders.

Examples
--------
>>> p = parse_person("Pellwood, Arden R.")
>>> p.readings[0]
Reading(given=('arden', 'r'), surname=('pellwood',))
>>> m = match_persons(parse_person("QUAILE KEVIN C"), parse_person("Kevin C. Quaile"))
>>> (m.surname, m.first, m.conflict)
(1.0, 1.0, '')
>>> match_persons(parse_person("Charles B. Whitcombe"), parse_person("Rupert H. Whitcombe")).conflict
'first names charles / rupert'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import Indel, Levenshtein

from graphkit import regex_cache
from graphkit.name_degrees import strip_degrees
from resolvers.given_names import known_given_name, same_given_name
from resolvers.normalize import fold_text
from resolvers.ocr import letters_for_digits
from resolvers.tuning import (FIRST_NAME_MIN_SIMILARITY, MIDDLE_NAME_MIN_SIMILARITY,
                              NICKNAME_SURNAME_MIN_SIMILARITY)

# Titles before a name; dropped ("Mr.", "Dr.", "Sheikh").
HONORIFICS: frozenset[str] = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady hon honorable rev reverend "
    "sheikh shaikh sheik his her excellency highness "
    # offices written before a name ("President Erdogan", "Gen. Smith")
    "president vice prime minister chairman chairwoman chancellor premier senator sen governor "
    "gov mayor judge justice ambassador king queen prince princess emir amir sultan ayatollah "
    "general gen colonel col major maj captain capt admiral adm".split()
)
# Generational and professional suffixes; kept apart ("Jr." vs "Sr." are two people). The
# older "2d" and "3d" are "2nd" and "3rd" ("John Q. Roe 3d").
SUFFIXES: dict[str, str] = {
    "jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "2nd": "ii", "2d": "ii",
    "iii": "iii", "3rd": "iii", "3d": "iii", "iv": "iv", "4th": "iv",
    "esq": "", "md": "", "phd": "", "cpa": "", "cfa": "", "jd": "",
}
# Particles that belong to the surname that follows ("van der Berg", "bin Laden", "da Silva").
PARTICLES: frozenset[str] = frozenset(
    "van von der den de del della da di le la al el bin ben ibn du dos das ter ten st".split()
)

# Splits a person name into words: spaces, dots (initials "D.E."), hyphens, slashes.
PERSON_WORD_SPLIT = regex_cache.compile(
    r"""
    [\s.\-/'"()]+                       # "D.E. Vosk" → D, E, Vosk; "Jean-Marie" → Jean, Marie
    """,
    re.VERBOSE,
)
# Signature prefix "/s/ " (e.g. "/s/ Arden R. Pellwood").
SIGNATURE_PREFIX = regex_cache.compile(r"""^\s*/s/\s*""", re.VERBOSE | re.IGNORECASE)


class Reading(NamedTuple):
    """One way to read a person name: given names (first, then middles) and surname words."""

    given: tuple[str, ...]
    surname: tuple[str, ...]


@dataclass(frozen=True)
class PersonName:
    """A parsed person name: its readings (most likely first), suffix, and all words."""

    readings: tuple[Reading, ...]
    suffix: str
    words: tuple[str, ...]


def _words(text: str) -> list[str]:
    return [w for w in PERSON_WORD_SPLIT.split(text.casefold()) if w and w != ","]


def _read_digits(words: list[str]) -> list[str]:
    """Words with OCR digits read as letters ("sech1n" → "sechin"); suffixes ("3rd") kept."""
    return [w if w in SUFFIXES else letters_for_digits(w) for w in words]


def _split_suffixes(words: list[str]) -> tuple[list[str], str]:
    suffix = ""
    while len(words) > 2 and words[-1] in SUFFIXES:
        suffix = SUFFIXES[words.pop()] or suffix
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return words, suffix


def _natural(words: list[str]) -> Reading:
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in PARTICLES:
        cut -= 1
    return Reading(tuple(words[:cut]), tuple(words[cut:]))


@lru_cache(maxsize=200_000)
def parse_person(name: str) -> PersonName:
    """Parse a person name as written into its plausible readings.

    Parameters
    ----------
    name : str
        e.g. ``"Frederick V. Haldane, Jr."``, ``"Pellwood, Arden R."``, ``"VOSK D E"``.

    Returns
    -------
    PersonName

    >>> parse_person("FREDERICK V. HALDANE, JR.").suffix
    'jr'
    >>> p = parse_person("Haldane, Frederick V. Jr.")
    >>> p.suffix, p.readings[0].given
    ('jr', ('frederick', 'v'))
    >>> [r.surname for r in parse_person("VOSK D E").readings]
    [('e',), ('vosk',)]
    >>> parse_person("Mr. Alex S. Marchetti").readings[0]
    Reading(given=('alex', 's'), surname=('marchetti',))
    >>> parse_person("Jane Q. Roe, Ph.D.").readings[0]
    Reading(given=('jane', 'q'), surname=('roe',))
    """
    # a dotted degree is no suffix word of the table: "Ph.D." splits into "ph" and "d"
    text = strip_degrees(fold_text(SIGNATURE_PREFIX.sub("", name)).strip())
    parts = [p for p in text.split(",") if p.strip()]
    # Drop comma-separated suffix parts ("..., Jr.", "..., M.D.").
    kept = [p for p in parts if not all(w in SUFFIXES for w in _words(p))]
    suffix = next((SUFFIXES[w] for p in parts if p not in kept for w in _words(p) if SUFFIXES[w]), "")
    readings: list[Reading] = []
    if len(kept) == 2:  # "Last, First M."
        last, _ = _split_suffixes(_words(kept[0]))
        given_words, suffix2 = _words(kept[1]), ""
        while len(given_words) > 1 and given_words[-1] in SUFFIXES:  # "Roe, John Q. Jr."
            suffix2 = SUFFIXES[given_words.pop()] or suffix2
        given, _ = _split_suffixes(given_words + ["_"])  # "_": honorifics only, keep one word
        given = [w for w in given if w != "_"]
        suffix = suffix or suffix2
        words = given + last
        if given and last:
            readings.append(Reading(tuple(given), tuple(last)))
    else:
        words, suffix2 = _split_suffixes(_words(" ".join(kept)))
        suffix = suffix or suffix2
    words = _read_digits(words)
    readings = [Reading(tuple(_read_digits(list(r.given))), tuple(_read_digits(list(r.surname))))
                for r in readings]
    if not readings:
        if len(words) == 1:
            readings.append(Reading((), tuple(words)))
        elif words:
            readings.append(_natural(words))
            upper = not any(c.islower() for c in text)
            # EDGAR "LAST FIRST M" order: capitals whose second word is a name, not an initial
            # ("BRIAN H. DUDLEY" is read in natural order only), or a trailing initial.
            if (upper and len(words[1]) > 1) or len(words[-1]) == 1:
                readings.append(Reading(tuple(words[1:]), (words[0],)))
    return PersonName(tuple(readings), suffix, tuple(words))


class PersonMatch(NamedTuple):
    """How two person names agree under their best readings (similarities 0..1)."""

    surname: float
    first: float
    middle: float
    conflict: str  # why they cannot be one person, or ""


def _sim(a: str, b: str) -> float:
    return Indel.normalized_similarity(a, b)


def _given_match(a: tuple[str, ...], b: tuple[str, ...], surname: float = 1.0) -> tuple[float, float, str]:
    """(first-name similarity, middle agreement, conflict) of two given-name lists.

    ``surname`` is the similarity of the surnames: a nickname ("Bill" for "William") is only
    taken for its formal name when the surnames agree.
    """
    if not a or not b:
        return 0.5, 0.5, ""
    fa, fb = a[0], b[0]
    if len(fa) == 1 or len(fb) == 1:
        first = 0.9 if fa[0] == fb[0] else 0.0
    else:
        first = max(_sim(fa, fb), 1.0 if "".join(a) == "".join(b) else 0.0)
        if surname >= NICKNAME_SURNAME_MIN_SIMILARITY and same_given_name(fa, fb):
            first = 1.0
        # A first name used alone may be a second given name of the longer form
        # ("Boris Ashdown" / "Alexandre Boris de Vere Ashdown"), and so may a run of given
        # names ("Boris de Vere Ashdown" / "Alexandre Boris de Vere Ashdown").
        if first < FIRST_NAME_MIN_SIMILARITY and (_within(a, b[1:]) or _within(b, a[1:])):
            return 0.8, 0.75, ""
        # Two different listed names ("Jason" / "John") are two people, unless one letter apart
        # ("Donald" / "Ronald", left to the score).
        if (first < 1.0 and known_given_name(fa) and known_given_name(fb)
                and not same_given_name(fa, fb) and Levenshtein.distance(fa, fb) > 1):
            return first, 0.0, f"first names {fa} / {fb}"
    if first < FIRST_NAME_MIN_SIMILARITY:
        return first, 0.0, f"first names {fa} / {fb}"
    ma, mb = a[1:], b[1:]
    if not ma or not mb:
        return first, 0.75 if (ma or mb) else 1.0, ""
    if sorted(ma) == sorted(mb):  # the same middle names in another order
        return first, 1.0, ""
    for x, y in zip(ma, mb):
        if x[0] != y[0]:
            return first, 0.0, f"middle names {x} / {y}"
        # Written out in full, as many on each side, and different ("Ibrahimovich" /
        # "Magomedovich"); a name with more middle names may list them in another way.
        if (len(ma) == len(mb) and len(x) > 1 and len(y) > 1
                and _sim(x, y) < MIDDLE_NAME_MIN_SIMILARITY):
            return first, 0.0, f"middle names {x} / {y}"
    return first, 1.0, ""


def _within(run: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """``run`` (whole given names) appears as a contiguous stretch of ``names``."""
    n = len(run)
    return 0 < n <= len(names) and any(names[i:i + n] == run for i in range(len(names) - n + 1))


def _initial_surname(r: Reading, p: PersonName) -> bool:
    """A reading whose surname is a lone initial, while the name has a reading that is not."""
    return len("".join(r.surname)) == 1 and any(len("".join(x.surname)) > 1 for x in p.readings)


def match_persons(a: PersonName, b: PersonName) -> PersonMatch:
    """Compare two parsed person names under every pair of readings; keep the best.

    >>> match_persons(parse_person("Pellwood, Arden R."), parse_person("Arden R. Pellwood"))
    PersonMatch(surname=1.0, first=1.0, middle=1.0, conflict='')
    >>> match_persons(parse_person("Hans O Friedrich"), parse_person("Hans Joachim Friedrich")).conflict
    'middle names o / joachim'
    """
    best: PersonMatch | None = None
    best_key = (-1.0, -1.0)
    for i, ra in enumerate(a.readings):
        for j, rb in enumerate(b.readings):
            if _initial_surname(ra, a) or _initial_surname(rb, b):
                continue  # "PALMER RAYMOND A" is not Mr. A: its other reading is used
            surname = _sim("".join(ra.surname), "".join(rb.surname))
            first, middle, conflict = _given_match(ra.given, rb.given, surname)
            # Prefer readings with no conflict, then the best total; written order breaks ties.
            key = (0.0 if conflict else 1.0, surname + first + middle - 0.01 * (i + j))
            if key > best_key:
                best_key, best = key, PersonMatch(surname, first, middle, conflict)
    if best is None:
        return PersonMatch(0.0, 0.0, 0.0, "no name words")
    return best  # suffixes (Jr. / Sr.) are judged by the generational_suffix veto
