"""Business addresses compared after normalization.

"710 Larchmont Avenue, Suite 200, Fairview, CA 94025" and "c/o Acme 710 Larchmont Avenue,
Suite 200 Fairview, California 94025" are one address: the care-of part is dropped, street
words and state names are abbreviated, punctuation goes, and the comparison key is the house
number, the first street word and the five-digit ZIP code (or the whole normalized text when
those are missing).

Examples
--------
>>> a = address_key("710 Larchmont Avenue, Suite 200, Fairview, CA 94025")
>>> b = address_key("c/o Acme 710 Larchmont Avenue, Suite 200 Fairview, California 94025")
>>> a == b, a
(True, '710 larchmont 94025')
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphkit import regex_cache
from resolvers.normalize import fold_text

# A care-of prefix up to the first number: "c/o Wrenfield Capital 710 Larchmont" → "710 Larchmont".
CARE_OF = regex_cache.compile(
    r"""
    ^\s*(?:c\s*/\s*o|care\s+of)\b      # "c/o", "C / O", "care of"
    [^0-9]*                             # the addressee's name
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Five-digit US ZIP code, optionally ZIP+4: "94025", "94025-1234".
ZIP_CODE = regex_cache.compile(r"""\b(\d{5})(?:-\d{4})?\b""", re.VERBOSE)

STREET_WORDS: dict[str, str] = {
    "avenue": "ave", "av": "ave", "street": "st", "str": "st", "road": "rd", "boulevard": "blvd",
    "drive": "dr", "lane": "ln", "place": "pl", "court": "ct", "suite": "ste", "floor": "fl",
    "parkway": "pkwy", "highway": "hwy", "square": "sq", "building": "bldg", "north": "n",
    "south": "s", "east": "e", "west": "w", "room": "rm", "plaza": "plz", "center": "ctr",
    "centre": "ctr",
}
STATE_NAMES: dict[str, str] = {
    "alabama": "al", "alaska": "ak", "arizona": "az", "arkansas": "ar", "california": "ca",
    "colorado": "co", "connecticut": "ct", "delaware": "de", "florida": "fl", "georgia": "ga",
    "hawaii": "hi", "idaho": "id", "illinois": "il", "indiana": "in", "iowa": "ia",
    "kansas": "ks", "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md",
    "massachusetts": "ma", "michigan": "mi", "minnesota": "mn", "mississippi": "ms",
    "missouri": "mo", "montana": "mt", "nebraska": "ne", "nevada": "nv", "ohio": "oh",
    "oklahoma": "ok", "oregon": "or", "pennsylvania": "pa", "tennessee": "tn", "texas": "tx",
    "utah": "ut", "vermont": "vt", "virginia": "va", "washington": "wa", "wisconsin": "wi",
    "wyoming": "wy",
}


@lru_cache(maxsize=100_000)
def normalize_address(text: str) -> str:
    """Lower-case address words with care-of, punctuation and long forms removed.

    >>> normalize_address("c/o Acme, 1 Main Street, Suite 5, Boston, Massachusetts 02110")
    '1 main st ste 5 boston ma 02110'
    """
    text = CARE_OF.sub("", fold_text(text)).casefold()
    words = re.sub(r"[^\w]+", " ", text).split()
    return " ".join(STATE_NAMES.get(w, STREET_WORDS.get(w, w)) for w in words)


@lru_cache(maxsize=100_000)
def address_key(text: str) -> str:
    """The comparison key of an address: house number, first street word, ZIP code.

    >>> address_key("225 Orchard Street, Boston, MA 02110")
    '225 orchard 02110'
    >>> address_key("Somewhere without numbers")
    'somewhere without numbers'
    """
    norm = normalize_address(text)
    words = norm.split()
    zips = ZIP_CODE.findall(norm)
    if words and words[0].isdigit() and len(words) > 1 and zips:
        return f"{words[0]} {words[1]} {zips[-1]}"
    return norm
