"""Jurisdictions as stated in filings, read as one place with its ISO 3166 code.

A filing states where an organization was formed or whose citizen a person is in many ways:
"Delaware", "DE" (EDGAR's code), "State of Delaware", "Delaware, USA"; "United States",
"U.S.A.", "USA", "U.S. Citizen", "United States of America"; "Republic of Turkey"; "Ontario,
Canada". :func:`read_jurisdiction` reads each as one :class:`Jurisdiction`: a name in its common
English form and the ISO 3166 code (ISO 3166-1 alpha-2 for a country, ISO 3166-2 for a U.S.
state, a Canadian province or a nation of the United Kingdom), so a graph's nodes can be compared
and filtered by place, and exports can give the code the standards ask for (BODS, FollowTheMoney).
The text as stated is kept beside it.

The country and subdivision tables are ISO's, from ``pycountry`` (the maintained packaging of
the ISO 3166 databases); this module only adds the spellings filings use that ISO does not list
(:data:`PLACE_ALIASES`) and the common English names of a few countries whose ISO names read
otherwise (:data:`COMMON_NAMES`).

Two-letter codes are EDGAR's, never ISO 3166-1's: in a filing "CA" is California and "DE"
Delaware (a U.S. state's postal code), and a code of a letter and a digit is one of EDGAR's for
a place outside the United States (:mod:`graphkit.edgar_places`). "Georgia" is the U.S. state.
A text that names no place known here (a cell torn by OCR, "U.S. Permanent Resident") gives None:
the stated text stays where it was read, never a guess.

Examples
--------
>>> [read_jurisdiction(s).code for s in ("State of Delaware", "DE", "Delaware, USA")]
['US-DE', 'US-DE', 'US-DE']
>>> [read_jurisdiction(s).name for s in ("U.S.A.", "U.S. Citizen", "Republic of Turkey")]
['United States', 'United States', 'Turkey']
>>> read_jurisdiction("Ontario, Canada").code, read_jurisdiction("D5").name
('CA-ON', 'Brazil')
>>> read_jurisdiction("U.S. Permanent Resident") is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Optional

import pycountry
from anyascii import anyascii
from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.demonyms import DEMONYM_CODES, stated_adjective
from graphkit.edgar_places import edgar_place
from graphkit.models import FilingWarning

#: Spellings of places that ISO 3166 does not list, to the ISO code they mean, one
#: "CODE = spelling; spelling" per line (compared as :func:`place_key` makes them)
_ALIASES = """
    US = US; U.S.; USA; U.S.A.; U.S. of A.; America; United States of America; the United States
    GB = UK; U.K.; Great Britain; Britain; England and Wales; England & Wales
    GB-ENG = England
    GB-SCT = Scotland
    GB-WLS = Wales
    GB-NIR = Northern Ireland
    TR = Turkey; Republic of Turkey
    RU = Russia
    KR = Korea; Republic of Korea; S. Korea
    KP = Democratic People's Republic of Korea
    CN = PRC; P.R.C.; People's Republic of China; Mainland China
    TW = Republic of China; R.O.C.
    HK = Hong Kong SAR; Hong Kong S.A.R.; Hong Kong Special Administrative Region
    MO = Macau; Macau SAR; Macao SAR; Macau Special Administrative Region
    NL = Holland; The Netherlands; Kingdom of the Netherlands
    VG = BVI; B.V.I.; British Virgin Islands
    VI = USVI; US Virgin Islands; U.S. Virgin Islands; United States Virgin Islands
    BS = The Bahamas; Commonwealth of the Bahamas
    CW = Curacao
    CI = Ivory Coast; Cote d'Ivoire
    CZ = Czech Republic
    AE = UAE; U.A.E.
    CD = Democratic Republic of the Congo; DR Congo
    VN = Viet Nam
    LA = Laos
    FM = Micronesia
    PS = Palestine; Palestinian Territory; Palestinian Territories
    GE = Georgia (country); Republic of Georgia
    CA-NL = Newfoundland; Newfoundland, Canada
    BN = Brunei
    CV = Cape Verde
    FK = Falkland Islands
    SH = Saint Helena; St. Helena
    SZ = Swaziland
    VA = Vatican City; Vatican; Holy See
    MF = Saint Martin; St. Martin
"""

#: ISO code to the common English name, where ISO's reads otherwise ("Türkiye", "Virgin
#: Islands, British"); every other country is named by ISO's common name, else its name
COMMON_NAMES = {
    "TR": "Turkey", "RU": "Russia", "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands", "CD": "Democratic Republic of the Congo",
    "MO": "Macau", "CZ": "Czech Republic", "CI": "Ivory Coast", "PS": "Palestine",
    "FM": "Micronesia", "US-VI": "U.S. Virgin Islands", "BN": "Brunei",
    "FK": "Falkland Islands", "SH": "Saint Helena", "VA": "Vatican City",
}

#: Territories of the United States that ISO 3166-1 lists as countries of their own, read by
#: their ISO 3166-1 code (as BODS asks for a country), not ``US-PR``
US_TERRITORIES = frozenset({"PR", "GU", "VI", "AS", "MP", "UM"})

#: Nations of the United Kingdom, ISO 3166-2 (read by name, not by code)
UK_NATIONS = frozenset({"GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"})

#: A code as EDGAR writes it: a U.S. state's two letters, or a letter and a digit (either
#: order) for a place outside the United States, e.g. "DE", "D5", "1A"
EDGAR_CODE = regex_cache.compile(r"""
    [A-Za-z]{2} | [A-Za-z][0-9] | [0-9][A-Za-z]   # "DE", "D5", "1A"
""", re.VERBOSE)

#: Words around a place's name that leave it the same place, taken off one at a time when the
#: whole text is no place: "State of Delaware", "State or Oregon" (OCR's "or"), "Commonwealth
#: of Massachusetts", "the Bahamas", "Republic of Turkey"; "U.S. Citizen", "citizen of Brazil"
PLACE_WRAPPING = regex_cache.compile(r"""
    ^ (?: the | (?: state | commonwealth | territory | province | republic | kingdom
                  | citizen | citizens | citizenship | resident ) \ o[fr] ) \ +   # "state of "
  | \ + (?: citizens? | citizenship | national | nationality | corporation ) $    # " citizen"
""", re.VERBOSE)

#: A country after a state or province, taken off when what is left is one of the country's:
#: "Delaware, USA" (group ``rest``: "delaware", ``country``: "usa"), "Ontario, Canada"
WITHIN_COUNTRY = regex_cache.compile(r"""
    ^ (?P<rest> .+? ) \ (?P<country> usa | us | united \ states (?: \ of \ america)? | canada ) $
""", re.VERBOSE)


#: What a place's key leaves out: dots and apostrophes, e.g. of "U.S.A.", "People's"
KEY_DROPPED = regex_cache.compile(r"""[.'`]""", re.VERBOSE)

#: What a place's key reads as a space: any other run of non-letters and non-digits, e.g. ", "
KEY_SPACE = regex_cache.compile(r"""[^a-z0-9]+""", re.VERBOSE)


class Jurisdiction(BaseModel):
    """A place as one :func:`read_jurisdiction` reads it: its name, its ISO 3166 code (a
    country's ISO 3166-1 alpha-2, or ISO 3166-2 for a part of one) and the text as stated."""

    model_config = ConfigDict(frozen=True)

    name: str
    code: str
    stated: str

    @property
    def country(self) -> str:
        """The ISO 3166-1 code of the country the place is in.

        >>> read_jurisdiction("Ontario, Canada").country
        'CA'
        """
        return self.code[:2]


def place_key(text: str) -> str:
    """``text`` as places are compared: ASCII, lower case, no dots or apostrophes, other
    punctuation a space, spaces squeezed.

    >>> place_key("  People’s Republic of China "), place_key("U.S.A.")
    ('peoples republic of china', 'usa')
    >>> place_key("Delaware, USA")
    'delaware usa'
    """
    plain = KEY_DROPPED.sub("", anyascii(text).lower().replace("&", " and "))
    return " ".join(KEY_SPACE.sub(" ", plain).split())


def _named(code: str) -> str:
    """The common English name of the place with ISO ``code``."""
    if code in COMMON_NAMES:
        return COMMON_NAMES[code]
    if "-" in code:
        sub = pycountry.subdivisions.get(code=code)
        return sub.name if sub is not None else code
    c = pycountry.countries.get(alpha_2=code)
    return getattr(c, "common_name", None) or c.name


#: The table :func:`_places` makes on first use (ISO's tables load in a quarter second): a
#: fixed table, not a cache of inputs, so it is kept for the process
_PLACES: dict[str, str] = {}


def _places() -> dict[str, str]:
    """Every spelling known here (:func:`place_key`) to its ISO code: ISO's countries (name,
    official and common name), U.S. states, Canadian provinces, then :data:`PLACE_ALIASES`."""
    if _PLACES:
        return _PLACES
    places: dict[str, str] = {}  # made whole, then published at once (threads may read it)
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if name:
                places[place_key(name)] = c.alpha_2
    for country in ("US", "CA"):
        for sub in pycountry.subdivisions.get(country_code=country):
            short = sub.code[3:]
            code = short if country == "US" and short in US_TERRITORIES else sub.code
            places[place_key(sub.name)] = code  # "georgia": the U.S. state, not the country
    places.update(PLACE_ALIASES)
    _PLACES.update(places)  # (one step under the interpreter lock)
    return _PLACES


#: Spellings ISO does not list, to their ISO code (from ``_ALIASES``): {"usa": "US", ...}
PLACE_ALIASES: dict[str, str] = {
    place_key(spelling): code.strip()
    for code, spellings in (row.split("=", 1) for row in _ALIASES.strip().splitlines())
    for spelling in spellings.split(";")}


def _us_state(code: str) -> Optional[str]:
    """The ISO code of the U.S. state (or territory) with postal ``code``, e.g. "US-DE"."""
    sub = pycountry.subdivisions.get(code=f"US-{code.upper()}")
    if sub is None:
        return None
    return code.upper() if code.upper() in US_TERRITORIES else sub.code


def _code_of(key: str) -> Optional[str]:
    """The ISO code of the place ``key`` (:func:`place_key`) names, its wrapping words taken
    off one at a time (:data:`PLACE_WRAPPING`); a state or province may be followed by its
    country (:data:`WITHIN_COUNTRY`)."""
    places = _places()
    for _ in range(4):  # "the state of delaware usa": a few wrappings at most
        if key in places:
            return places[key]
        within = WITHIN_COUNTRY.match(key)
        if within is not None:
            code = places.get(within["rest"])
            country = "CA" if within["country"] == "canada" else "US"
            if code is not None and code.startswith(country + "-"):
                return code
        unwrapped = PLACE_WRAPPING.sub("", key, count=1)
        if unwrapped == key or not unwrapped:
            return None
        key = unwrapped
    return None


def read_jurisdiction(stated: str) -> Optional[Jurisdiction]:
    """The place ``stated`` names, as one :class:`Jurisdiction`; None if it names none known.

    Parameters
    ----------
    stated : str
        A jurisdiction of organization or a citizenship as a filing states it: a name, EDGAR's
        code of a U.S. state ("DE") or of another place ("D5"), with or without wrapping words
        ("State of", "Commonwealth of", "citizen"), or the place's adjective before what the
        party is ("a Maltese corporation": :mod:`graphkit.demonyms`).

    Returns
    -------
    Jurisdiction or None
        None for a text that names no place known here: the caller keeps the text as stated.

    >>> j = read_jurisdiction("State or Oregon, USA")
    >>> j.name, j.code, j.stated
    ('Oregon', 'US-OR', 'State or Oregon, USA')
    >>> read_jurisdiction("Commonwealth of the Bahamas").code, read_jurisdiction("CA").name
    ('BS', 'California')
    >>> read_jurisdiction("UK").code, read_jurisdiction("ZZ") is None
    ('GB', True)
    >>> read_jurisdiction("a Maltese corporation").name, read_jurisdiction("Canadian citizen").code
    ('Malta', 'CA')
    >>> read_jurisdiction("a Delaware limited partnership").code
    'US-DE'
    >>> read_jurisdiction("Acme Investments, Ltd. is a Maltese corporation and") is None
    True

    See also
    --------
    graphkit.edgar_places.edgar_place : EDGAR's codes of places outside the United States.
    """
    text = stated.strip()
    code: Optional[str] = None
    if EDGAR_CODE.fullmatch(text):
        code = _us_state(text) if text.isalpha() else None
        if code is None:
            named = edgar_place(text)
            code = _code_of(place_key(named)) if named else None
    if code is None:
        code = _code_of(place_key(text))
    if code is None and (adjective := stated_adjective(text)) is not None:
        # "a Maltese corporation", "Canadian citizen", "a Delaware limited partnership"
        code = DEMONYM_CODES.get(adjective) or _code_of(place_key(adjective))
    if code is None:
        return None
    return Jurisdiction(name=_named(code), code=code, stated=stated)


def settle_jurisdiction(stated: Iterable[str]) -> tuple[Optional[str], Optional[str]]:
    """One place for a party stated in several filings (or several times): the name and ISO
    code read most often (the first such on a tie); the first text stated, without a code,
    when none is read.

    >>> settle_jurisdiction(["DE", "State of Delaware", "Cayman Islands"])
    ('Delaware', 'US-DE')
    >>> settle_jurisdiction(["U.S. Permanent Resident"]), settle_jurisdiction([])
    (('U.S. Permanent Resident', None), (None, None))
    """
    texts = [s for s in stated if s and s.strip()]
    read = [j for j in map(read_jurisdiction, texts) if j is not None]
    if not read:
        return (texts[0].strip(), None) if texts else (None, None)
    counts = Counter(j.code for j in read)
    best = max(counts, key=lambda c: counts[c])  # (max keeps the first of equals)
    return next(j.name for j in read if j.code == best), best


def places_disagree(codes: Iterable[str]) -> bool:
    """Whether ``codes`` name places apart: neither inside the other ("US-DE" is inside "US",
    "US-DE" and "KY" are apart).

    >>> places_disagree(["US-DE", "US"]), places_disagree(["US-DE", "KY"])
    (False, True)
    """
    distinct = sorted(set(codes), key=len)
    return any(not b.startswith(a) for i, a in enumerate(distinct) for b in distinct[i + 1:])


def places_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether the places of one side (ISO codes) are all apart from the other side's: no
    place of ``a`` is inside one of ``b``, nor the reverse; never so when a side has none.

    >>> places_apart({"US-DE"}, {"KY"}), places_apart({"US-DE"}, {"US", "KY"})
    (True, False)
    >>> places_apart(set(), {"KY"})
    False
    """
    a, b = set(a), set(b)
    return bool(a and b) and not any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def places_apart_warning(party: str, stated: Sequence[tuple[str, str]], chosen: Optional[str]
                         ) -> Optional[FilingWarning]:
    """The warning for a ``party`` whose filings state places apart (:func:`places_disagree`):
    two parties merged into one, a place misread, or a party that moved; None when they agree.
    ``stated`` holds each ``(text as stated, filing)``; ``chosen`` is the place the party's
    node takes (:func:`settle_jurisdiction`).

    >>> stated = [("Delaware", "a.txt"), ("DE", "b.txt"), ("Cayman Islands", "c.txt")]
    >>> w = places_apart_warning("Acme Fund LP", stated, "Delaware")
    >>> print(w.code, w.source); print(w.message)  # doctest: +NORMALIZE_WHITESPACE
    places-disagree a.txt
    Acme Fund LP: its filings state places apart: Delaware, US-DE (a.txt, b.txt); Cayman
    Islands, KY (c.txt). Its node reads Delaware; two parties merged into one, or a place
    misread?
    >>> stated = [("Delaware", "a.txt"), ("USA", "b.txt")]
    >>> places_apart_warning("Acme Fund LP", stated, "Delaware") is None
    True
    """
    places: dict[str, tuple[str, list[str]]] = {}
    for text, filing in stated:
        j = read_jurisdiction(text)
        if j is not None:
            filings = places.setdefault(j.code, (j.name, []))[1]
            if filing not in filings:
                filings.append(filing)
    if not places_disagree(places):
        return None
    ranked = sorted(places.items(), key=lambda kv: -len(kv[1][1]))  # (stable: first on a tie)
    listed = "; ".join(f"{name}, {code} ({', '.join(filings)})"
                       for code, (name, filings) in ranked)
    return FilingWarning(code="places-disagree", source=ranked[0][1][1][0],
                         message=f"{party}: its filings state places apart: {listed}. Its "
                                 f"node reads {chosen}; two parties merged into one, or a "
                                 "place misread?")
