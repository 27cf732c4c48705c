"""The parties of one filing: one :class:`~graphkit.models.Party` per party, however written.

A filing names the same party several ways: the cover page (often OCR-damaged or cut short),
Item 2 (with a defined term), the signature block (in capitals), an abbreviation it never
defines. :class:`PartyBook` collects them and links each spelling to one party *within the
filing*, recording how (:class:`~graphkit.models.AliasKind`). It never merges near-twins: names
that differ in a fund number or series ("V" vs "VI", "(Q)"), a vehicle word ("Affiliates",
"Principals", "Parallel", ...), a stated legal form (L.P. vs L.L.C.) or kind (person vs
organization) stay apart.

Examples
--------
>>> book = PartyBook()
>>> p = book.add("Acme Capital Fund-V, L.P.", role="reporting_person")
>>> q = book.add("Acme Capital Fund-V Affiliates Fund, L.P.")
>>> book.add("Acme Capltal Fund-V. L.P.").id == p.id      # OCR damage: same party
True
>>> book.add("ACME CAPITAL FUND-V AFFILIATES FUND, L.P.", how="signature").id == q.id
True
>>> book.bind_term("ACV", "Acme Capital Fund-V, L.P.").id == p.id
True
>>> book.link_abbreviation("ACVA").id == q.id              # used, never defined
True
>>> book.lookup("ACVA").name
'Acme Capital Fund-V Affiliates Fund, L.P.'
>>> len(book.parties)
2
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import Iterable, Mapping, Optional

from rapidfuzz import fuzz

from graphkit.models import Alias, AliasKind, Evidence, Party, PartyKind, PartyRole
from graphkit.names import ORGANIZATION_WORDS, clean_name, guess_kind
from graphkit.parsers.stated_sex import stated_sexes
from resolvers import compare
from resolvers.persons import parse_person

# --- tuned constants (why each value) ---------------------------------------------------------

#: Least fuzzy ratio (0-100) for two organization spellings to be one party: OCR damage of a few
#: letters in a 30-letter name scores about 88-95; different funds of one family score < 85
#: once their discriminators are equal.
FUZZY_MIN = 86
#: Least length of a cut-off spelling matched by suffix ("pital Fund-V Principals Fund, L.P."):
#: short tails such as "Fund, L.P." are shared by every fund of a family.
SUFFIX_MIN_CHARS = 14
#: A fuzzy match must beat the runner-up by this much, else it is ambiguous and not linked.
FUZZY_MARGIN = 3
#: Highest acronym cost accepted when linking an undefined abbreviation (see
#: :func:`acronym_cost`): one skipped distinctive word.
ACRONYM_MAX_COST = 1

#: Words that set apart funds of one family (DESIGN.md, "discriminators that veto a merge").
#: "gp" sets a fund's general partner apart from the fund ("Acme Investors GP, LP" is not
#: "Acme Investors, LP").
VEHICLE_WORDS = frozenset("""
    affiliates principals parallel entrepreneurs offshore onshore master feeder qp institutional
    coinvest co-invest annex overseas international cayman gp
""".split())

#: Legal forms, by class; names whose stated forms fall in different classes are different.
LEGAL_FORMS = {
    "lp": "lp", "lllp": "lp", "llc": "llc", "llp": "llp", "inc": "corp", "corp": "corp",
    "corporation": "corp", "incorporated": "corp", "co": "corp", "company": "corp",
    "ltd": "ltd", "limited": "ltd", "cv": "cv", "nv": "nv", "bv": "bv", "sa": "sa",
    "gmbh": "gmbh", "ag": "ag", "plc": "plc", "kg": "kg", "spc": "spc",
}

#: What prose calls the issuer, squeezed ("the Issuer", "Company"): the filing's issuer
#: party unless the filing defines the word for another party.
ISSUER_WORDS = frozenset({"issuer", "theissuer", "company", "thecompany"})

#: Words an acronym may drop at no cost.
ACRONYM_FREE_WORDS = frozenset("fund funds the of and & partners l p".split()) | set(LEGAL_FORMS)

_ROMAN = re.compile(r"""^(?:x{0,3})(?:ix|iv|v?i{0,3})$""", re.VERBOSE)  # "v", "iv", "xii"

#: Names remembered by each cached helper below. A filing names its parties a few dozen ways
#: and every lookup compares each spelling with every other, so the same names come back
#: thousands of times per filing; the helpers are pure and return immutable values.
NAME_CACHE_SIZE = 16384

#: The dots and spaces of dotted initials, dropped to join them: "L. L.C" -> "LLC"
INITIAL_DOTS = re.compile(r"""[.\s]""", re.VERBOSE)
#: What separates the words of a name: anything but letters, digits and "&", e.g. ", " of
#: "Acme, L.P."
TOKEN_SPLIT = re.compile(r"""[^A-Za-z0-9&]+""", re.VERBOSE)
#: A series mark in parentheses: "(Q)", "(QP)", "(2)"
SERIES_MARK = re.compile(r"""\(([A-Za-z0-9]{1,4})\)""", re.VERBOSE)
#: What :func:`squeeze` drops from a lower-cased name: all but letters and digits, e.g. ", "
NOT_KEY_CHAR = re.compile(r"""[^a-z0-9]""", re.VERBOSE)
#: What separates the words of a person's name: anything but letters, apostrophes and hyphens
PERSON_TOKEN_SPLIT = re.compile(r"""[^A-Za-z'\-]+""", re.VERBOSE)

#: Dotted initials that make one word: "L.L.C." -> "LLC", "C.V." -> "CV", "D.E." -> "DE"
DOTTED_INITIALS = re.compile(r"""
    (?<![A-Za-z])((?:[A-Za-z]\.){1,3}[A-Za-z])\.?(?![A-Za-z])   # L.L.C.  C.V.  L.P.
""", re.VERBOSE)


#: A surname on its own, as prose names a filer once introduced: "Roe", "O'Hara", "Roe-Smith"
#: (one capitalised word; bound only to the one person of the filing with that surname)
BARE_SURNAME = re.compile(r"""^[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)?$""")

#: A courtesy title before a person's name: "Mr. Kenneth Doe", "Mrs. Roe", "Dr Jane Q. Roe"
HONORIFIC = re.compile(r"""
    ^(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<rest>[A-Z].*)$     # Mr. Kenneth Doe
""", re.VERBOSE)
#: A person named by title and surname only: "Mr. Doe", "Mrs. Roe-Smith", "Dr. O'Hara"
HONORIFIC_SURNAME = re.compile(r"""
    ^(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<surname>[A-Z][A-Za-z'\-]+)$   # Mr. Doe
""", re.VERBOSE)
#: Every "title Surname" in a text, for :meth:`PartyBook.note_honorifics`: "Mrs. Roe"
HONORIFIC_MENTION = re.compile(r"""
    (?P<title>M(?<!\wM)(?:r|rs|s|iss))\.?\s+(?P<surname>[A-Z][A-Za-z'\-]+)   # Mrs. Roe
""", re.VERBOSE)  # "M" first, no word before it (as \b would say): the scan skips ahead fast
#: Titles by the sex they state; "Dr." states none.
MALE_TITLES = frozenset({"mr"})
#: Cheap string cues, one of which any female title of :data:`HONORIFIC_MENTION` contains.
FEMALE_TITLE_CUES = ("Mrs", "Ms", "Miss")
FEMALE_TITLES = frozenset({"mrs", "ms", "miss"})


#: Lower-case words of a clause, never of a party's name: "and were not acquired and are not
#: held in connection with or as a"
CLAUSE_WORDS = frozenset("""a an and are as be been being by for has have held in is not or that
    to was were which who with""".split())
#: Lower-case words a name may hold: "Bank of the West", "Smith and Sons"
NAME_LINK_WORDS = frozenset({"of", "the", "and", "de", "du", "van", "von", "der", "la", "le", "y"})
#: A capacity, not a party: "Trustee of DFT" (the signer is trustee of DFT)
CAPACITY = re.compile(r"""
    ^(?:as\s+)?(?:co-?)?(?:trustee|executor|executrix|custodian|guardian|administrator|conservator)s?
    \s+(?:of|for|under)\s+(?P<of>\S.*)$
""", re.VERBOSE | re.IGNORECASE)


def looks_like_name(name: str) -> bool:
    """True when ``name`` reads as a party's name: capitalised words, not a clause, not a
    bare descriptor ("a Delaware limited partnership") and not a capacity ("Trustee of X").

    >>> looks_like_name("Acme Partners, L.P."), looks_like_name("Acme Research and Management Company")
    (True, True)
    >>> looks_like_name("a Texas limited partnership"), looks_like_name("Trustee of ACF")
    (False, False)
    >>> looks_like_name("and were not acquired and are not held in connection with or as a")
    False
    >>> looks_like_name("Foundation"), looks_like_name("the Partnership")  # generic nouns
    (False, False)
    """
    words = [w for w in TOKEN_SPLIT.split(name) if w]
    if not words or CAPACITY.match(name.strip()):
        return False
    named = [w for w in words if w.lower() != "the"]
    if len(named) == 1 and named[0].lower() in ORGANIZATION_WORDS:
        return False  # "the Foundation": a reference to a party named elsewhere, not a name
    if words[0].islower() and words[0] not in NAME_LINK_WORDS - {"of", "and"}:
        return False  # "a Texas limited partnership", "and were not ..."
    lower = [w for w in words if w.islower()]
    if any(w in CLAUSE_WORDS - NAME_LINK_WORDS for w in lower):
        return False
    return len(lower) * 2 <= len(words)


def capacity_of(name: str) -> Optional[str]:
    """The party a capacity names: "Trustee of DFT" -> "DFT"; None when not a capacity.

    >>> capacity_of("Trustee of ACF"), capacity_of("Acme Trust")
    ('ACF', None)
    """
    m = CAPACITY.match(name.strip())
    return m["of"].strip() if m else None


def strip_honorific(name: str) -> str:
    """A person's name without its leading courtesy title, when a full name remains.

    >>> strip_honorific("Mr. Kenneth Doe"), strip_honorific("Mr. Doe"), strip_honorific("Acme")
    ('Kenneth Doe', 'Mr. Doe', 'Acme')
    >>> strip_honorific("Mrs. Doe's Cookies, Inc.")   # a company's name: kept whole
    "Mrs. Doe's Cookies, Inc."
    """
    m = HONORIFIC.match(name)
    if m is None or len(m["rest"].split()) < 2 or guess_kind(m["rest"]) is not PartyKind.PERSON:
        return name
    return m["rest"]


def surname_of(name: str) -> Optional[str]:
    """The surname of a person's name (lower case), in either word order, or None.

    >>> surname_of("Jane Q. Roe"), surname_of("ROE, JANE Q."), surname_of("Roe")
    ('roe', 'roe', None)
    """
    pk = _person_key(name)
    return pk[2] if pk else None


def compact_initials(name: str) -> str:
    """Join dotted initials into words.

    >>> compact_initials("Acme Capital Parallel Fund-V, C.V.")
    'Acme Capital Parallel Fund-V, CV'
    >>> compact_initials("Donald R. Doe")
    'Donald R. Doe'
    """
    return DOTTED_INITIALS.sub(lambda m: INITIAL_DOTS.sub("", m.group(1)), name)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _tokens(name: str) -> tuple[str, ...]:
    """:func:`name_tokens` as a tuple (cached)."""
    return tuple(t for t in TOKEN_SPLIT.split(compact_initials(name)) if t)


def name_tokens(name: str) -> list[str]:
    """The words of a name, with dotted initials joined, as printed (case kept).

    >>> name_tokens("Acme Capital Fund-V Affiliates Fund (Q), L.P.")
    ['Acme', 'Capital', 'Fund', 'V', 'Affiliates', 'Fund', 'Q', 'LP']
    """
    return list(_tokens(name))


#: A legal form ending a name, spelled out or abbreviated: ", Limited Partnership", " L.P."
BARE_LEGAL = re.compile(r"""
    (?:,?\s*(?:limited\s+partnership|limited\s+liability\s+company|incorporated|corporation
    |l\.?\s?l\.?\s?c\.?|l\.?\s?p\.?|inc\.?|ltd\.?|corp\.?|co\.?))+\s*$
""", re.VERBOSE | re.IGNORECASE)


#: "Fund" ending a name once its legal form is gone: "Acme Onshore Fund" of "Acme Onshore Fund LP"
TRAILING_FUND = re.compile(r"""[\s,]+fund\s*$""", re.VERBOSE | re.IGNORECASE)
#: Least length (squeezed) of a short form read by :func:`short_form_of`: "Acme Onshore" is
#: distinctive, "Acme" is not.
SHORT_FORM_MIN_CHARS = 10


@lru_cache(maxsize=NAME_CACHE_SIZE)
def short_form_of(short: str, full: str) -> bool:
    """True when ``short`` is ``full`` without its legal form and a final "Fund".

    Amendments use the short names their original statement defined ("Acme Onshore" for
    "ACME ONSHORE FUND LP") without defining them again.

    >>> short_form_of("LionCo Onshore", "LIONCO ONSHORE FUND LP")
    True
    >>> short_form_of("LionCo", "LIONCO FUND LP"), short_form_of("LionCo Onshore", "LionCo Fund")
    (False, False)
    """
    if BARE_LEGAL.search(short) and BARE_LEGAL.sub("", short) != short:
        return False  # a short form states no legal form
    key = squeeze(short)
    stem = squeeze(TRAILING_FUND.sub("", BARE_LEGAL.sub("", full)))
    return len(key) >= SHORT_FORM_MIN_CHARS and key == stem and len(short.split()) >= 2


@lru_cache(maxsize=NAME_CACHE_SIZE)
def squeeze(name: str) -> str:
    """Lower-case letters and digits only: the key for exact and fuzzy comparison.

    >>> squeeze("ACME CAPITAL MANAGEMENT V, L.L.C") == squeeze("Acme Capital Management-V, L.L.C.")
    True
    """
    return NOT_KEY_CHAR.sub("", name.lower())


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _bare_key(name: str) -> str:
    """The :func:`squeeze` key of ``name`` without its ending legal form (cached)."""
    return squeeze(BARE_LEGAL.sub("", name))


@lru_cache(maxsize=NAME_CACHE_SIZE)
def discriminators(name: str) -> Mapping[str, frozenset[str]]:
    """What sets a name apart from its near-twins: numbers, series, vehicle words, legal form.

    Cached: the mapping returned is read-only and shared between callers.

    >>> d = discriminators("Acme Capital Fund-V Affiliates Fund (Q), L.P.")
    >>> sorted(d["number"]), sorted(d["series"]), sorted(d["vehicle"]), sorted(d["legal"])
    (['v'], ['q'], ['affiliates'], ['lp'])
    """
    raw = compact_initials(name)
    series = frozenset(s.lower() for s in SERIES_MARK.findall(raw))
    toks = [t.lower() for t in _tokens(name)]
    number = frozenset(t for t in toks if (t.isdigit() and len(t) <= 4)
                       or (t != "" and _ROMAN.match(t) and t not in series and len(t) <= 4))
    vehicle = frozenset(t for t in toks if t in VEHICLE_WORDS)
    tail = toks[-2:] if toks else []
    legal = frozenset(LEGAL_FORMS[t] for t in tail if t in LEGAL_FORMS)
    return MappingProxyType({"number": number - series, "series": series, "vehicle": vehicle,
                             "legal": legal})


@lru_cache(maxsize=NAME_CACHE_SIZE)
def near_twins(a: str, b: str) -> bool:
    """True when two names differ in a discriminator, so they must never be merged.

    >>> near_twins("Acme Fund-V Affiliates Fund, L.P.", "Acme Fund-V Affiliates Fund (Q), L.P.")
    True
    >>> near_twins("Acme Capital Management-V, L.L.C.", "ACME CAPITAL MANAGEMENT V, L.L.C")
    False
    """
    da, db = discriminators(a), discriminators(b)
    for key in ("number", "series", "vehicle"):
        if da[key] != db[key]:
            return True
    return bool(da["legal"] and db["legal"] and da["legal"] != db["legal"])


@lru_cache(maxsize=NAME_CACHE_SIZE)
def vetoed(a: str, b: str) -> bool:
    """True when the resolver vetoes ``a`` and ``b`` as one party (different legal forms,
    distinctive words, numbers, vehicle words, ...): fuzzy linking inside a filing forgives
    OCR damage only, never what :func:`resolvers.compare` calls a difference.

    >>> vetoed("Acme Global Investors, NA.", "Acme Global Investors, LTD")
    True
    >>> vetoed("Acme Japan Ltd", "Acme Canada Ltd"), vetoed("Acme Management LLC", "Acme Group Management LLC")
    (True, True)
    >>> vetoed("Acme Capltal Fund-V. L.P.", "Acme Capital Fund-V, L.P.")
    False
    """
    return any(v.name != "kind_mismatch" for v in compare(a, b).vetoes)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def generation_of(name: str) -> str:
    """The generational suffix of a person's name ("jr", "sr", "ii", ...), or "".

    Within one filing, two persons alike but for a suffix that only one of them bears are
    two people, father and son (:func:`resolvers.vetoes.same_filing_suffix`).

    >>> generation_of("John Q. Roe, Jr."), generation_of("ROE, JOHN Q., JR."), generation_of("John Q. Roe")
    ('jr', 'jr', '')
    """
    return parse_person(name).suffix


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _person_key(name: str) -> tuple[str, str, str] | None:
    """(first, middle initials, last) of a person's name in either order, lower case."""
    n = clean_name(name)
    if "," in n:
        last, _, first = n.partition(",")
        n = f"{first} {last}"
    toks = [t for t in PERSON_TOKEN_SPLIT.split(n) if t and t.lower() not in
            {"mr", "ms", "mrs", "dr", "jr", "sr", "ii", "iii"}]
    if len(toks) < 2:
        return None
    return toks[0].lower(), "".join(t[0].lower() for t in toks[1:-1]), toks[-1].lower()


@lru_cache(maxsize=NAME_CACHE_SIZE)
def acronym_cost(abbr: str, name: str) -> Optional[int]:
    """How well ``abbr`` abbreviates ``name``: 0 is a clean acronym, None is no acronym.

    An acronym takes initials of words in order, numerals and series marks whole ("V", "Q")
    and legal forms whole ("CV"). Dropping "Fund", "Partners" or a legal form is free; dropping
    another word costs 1, a numeral or series mark 2, the first word 5.

    >>> acronym_cost("ACVA", "Acme Capital Fund-V Affiliates Fund, L.P.")
    0
    >>> acronym_cost("ACVA", "Acme Capital Fund-V Affiliates Fund (Q), L.P.")
    2
    >>> acronym_cost("ACVCV", "Acme Capital Parallel Fund-V, C.V.")
    1
    >>> acronym_cost("XYZ", "Acme Capital Fund-V, L.P.") is None
    True
    """
    toks = _tokens(name)
    series = discriminators(name)["series"]
    a = abbr.upper()
    n, m = len(toks), len(a)
    inf = 10 ** 6
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i, tok in enumerate(toks):
        low = tok.lower()
        if low in ACRONYM_FREE_WORDS:
            skip = 0
        elif (low.isdigit() or _ROMAN.match(low)) or low in series:
            skip = 2
        else:
            skip = 1
        if i == 0:
            skip = 5
        whole = tok.upper() if (len(tok) <= 4 and (tok.isupper() or tok.isdigit()
                                                   or low in series)) else None
        for j in range(m + 1):
            c = best[i][j]
            if c >= inf:
                continue
            best[i + 1][j] = min(best[i + 1][j], c + skip)
            if j < m and tok[0].upper() == a[j]:
                best[i + 1][j + 1] = min(best[i + 1][j + 1], c)
            if whole and a.startswith(whole, j) and len(whole) > 1:
                best[i + 1][j + len(whole)] = min(best[i + 1][j + len(whole)], c)
    cost = best[n][m]
    return None if cost >= inf else cost


class PartyBook:
    """The parties of one filing, looked up by any of their names or terms.

    Parameters
    ----------
    prefix : str
        Prefix of the party ids this book hands out ("p" gives "p1", "p2", ...).

    Notes
    -----
    Matching order for a new spelling: the same squeezed name or term; the same person name up
    to order and initials; then OCR-tolerant similarity or a cut-off suffix, among parties that
    are not near-twins (:func:`near_twins`), with a clear winner (:data:`FUZZY_MARGIN`).
    """

    def __init__(self, prefix: str = "p") -> None:
        self._prefix = prefix
        self._parties: list[Party] = []
        self._keys: dict[str, str] = {}  # squeezed name/term -> party id
        self._held_surnames: set[str] = set()  # titled by both sexes: "Mr. X" and "Mrs. X"
        self._sexes: list[tuple[str, bool]] = []  # (full name, is a man) the filing states

    # -- reading --------------------------------------------------------------------------

    @property
    def parties(self) -> list[Party]:
        """The parties so far, in order of first mention."""
        return list(self._parties)

    def get(self, party_id: str) -> Party:
        """The party with id ``party_id``.

        Raises
        ------
        KeyError
            If the book holds no such party.
        """
        for p in self._parties:
            if p.id == party_id:
                return p
        raise KeyError(f"party {party_id!r} not in party book")

    def lookup(self, name: str, fuzzy: bool = True) -> Optional[Party]:
        """The party known by ``name`` (a name, spelling or term), or None.

        >>> book = PartyBook(); _ = book.add("Donald R. Doe")
        >>> book.lookup("DOE, DONALD R.").name
        'Donald R. Doe'
        """
        key = squeeze(name)
        if not key:
            return None
        if key in self._keys:
            return self.get(self._keys[key])
        if key in ISSUER_WORDS:
            bare = key.removeprefix("the")
            if bare in self._keys:  # "the Company" of a filing that defines "Company"
                return self.get(self._keys[bare])
            issuers = self.with_role(PartyRole.ISSUER)
            return issuers[0] if len(issuers) == 1 else None
        titled = HONORIFIC_SURNAME.match(name.strip())
        if titled is not None:
            return self._by_surname(titled["surname"], titled["title"])
        if BARE_SURNAME.match(name.strip()):  # "Roe" as "Mr. Roe": the one person so named
            hit = self._by_surname(name.strip())
            if hit is not None or self._surname_count(name.strip()) > 1:
                return hit
        return self._match(name) if fuzzy else None

    def _surname_count(self, surname: str) -> int:
        low = surname.lower()
        return sum(1 for p in self._parties if p.kind is PartyKind.PERSON
                   and any(surname_of(n) == low for n in p.all_names()))

    def note_honorifics(self, text: str) -> None:
        """Read which surnames ``text`` gives titles of both sexes ("Mr. X" and "Mrs. X"):
        "Mr. X" then names none of the persons, as two people share the name.

        >>> book = PartyBook(); _ = book.add("Fred H. Doe")
        >>> book.lookup("Mr. Doe").name
        'Fred H. Doe'
        >>> book.note_honorifics("Mr. Doe and Mrs. Doe own it."); book.lookup("Mr. Doe") is None
        True
        """
        sexes: dict[str, set[bool]] = {}
        self._sexes += stated_sexes(text)
        if "Mr" not in text or not any(t in text for t in FEMALE_TITLE_CUES):
            return  # most filings title no woman: nothing can clash
        for m in HONORIFIC_MENTION.finditer(text):
            title = m["title"].lower()
            sexes.setdefault(m["surname"].lower(), set()).add(title in MALE_TITLES)
        self._held_surnames |= {name for name, seen in sexes.items() if len(seen) > 1}

    def is_ambiguous(self, name: str) -> bool:
        """True when ``name`` is a title and surname ("Mr. Doe") that could mean several
        persons of the filing: two persons share the surname, or the filing titles it for both
        sexes. Such a name is left unbound rather than made a party of its own.

        >>> book = PartyBook(); _ = book.add("Fred H. Doe"); _ = book.add("Jane Doe")
        >>> book.is_ambiguous("Mr. Doe"), book.is_ambiguous("Mr. Roe"), book.is_ambiguous("Doe")
        (True, False, True)
        """
        titled = HONORIFIC_SURNAME.match(name.strip())
        if titled is None and BARE_SURNAME.match(name.strip()) and squeeze(name) not in self._keys:
            return self._surname_count(name.strip()) > 1  # "Roe" of two persons named Roe
        if titled is None or squeeze(name) in self._keys:
            return False
        if self._by_surname(titled["surname"], titled["title"]) is not None:
            return False  # the filing states the sex of every other person so named
        low = titled["surname"].lower()
        return low in self._held_surnames or sum(
            1 for p in self._parties if p.kind is PartyKind.PERSON
            and any(surname_of(n) == low for n in p.all_names())) > 1

    def _by_surname(self, surname: str, title: Optional[str] = None) -> Optional[Party]:
        """The one person of the filing with ``surname``, or None if none or several.

        With a ``title`` that states a sex ("Mr", "Mrs"), persons the filing states to be of
        the other sex (:func:`~graphkit.parsers.stated_sex.stated_sexes`) do not count, even
        when the filing titles the surname for both sexes; nothing is guessed from given names.

        >>> book = PartyBook(); _ = book.add("Fred H. Doe"); _ = book.add("Jane Doe")
        >>> book.lookup("Mr. Doe") is None, book.lookup("Ms. Roe") is None
        (True, True)
        >>> _ = book.add("Kay Roe"); book.lookup("Roe").name, book.lookup("Doe") is None
        ('Kay Roe', True)
        >>> book.note_honorifics("Fred H. Doe and his wife, Jane Doe, own it. Mrs. Doe votes.")
        >>> book.lookup("Mr. Doe").name, book.lookup("Mrs. Doe") is None
        ('Fred H. Doe', True)
        """
        low = surname.lower()
        hits = [p for p in self._parties if p.kind is PartyKind.PERSON
                and any(surname_of(n) == low for n in p.all_names())]
        male = None if title is None or title.lower() not in MALE_TITLES | FEMALE_TITLES \
            else title.lower() in MALE_TITLES
        if male is not None and len(hits) > 1:
            hits = [p for p in hits if self._stated_sex(p) is not (not male)]
            return hits[0] if len(hits) == 1 else None
        if low in self._held_surnames:
            return None
        return hits[0] if len(hits) == 1 else None

    def _stated_sex(self, party: Party) -> Optional[bool]:
        """True for a man, False for a woman, as the filing states it; None when unstated
        or stated both ways."""
        keys = {_person_key(n) for n in party.all_names()} - {None}
        said = {male for name, male in self._sexes
                if (pk := _person_key(name)) is not None and any(
                    pk[0] == k[0] and pk[2] == k[2] for k in keys)}
        return said.pop() if len(said) == 1 else None

    def _match(self, name: str) -> Optional[Party]:
        kind = guess_kind(name)
        pk = _person_key(name) if kind is PartyKind.PERSON else None
        key = squeeze(name)
        scored: list[tuple[float, Party]] = []
        legal = discriminators(name)["legal"]
        for p in self._parties:
            best = 0.0
            p_legal = discriminators(p.name)["legal"]
            if legal and p_legal and legal != p_legal:
                continue  # "X L.P." is never "X G.P. Inc.", whatever its short term says
            for other in p.all_names():
                if len(squeeze(other)) < 5 or other.isupper() and " " not in other.strip():
                    continue  # terms and short codes match exactly only
                if pk is not None and p.kind is PartyKind.PERSON:
                    if generation_of(name) != generation_of(other):
                        continue  # "John Roe, Jr." is not "John Roe" of the same filing
                    ok = _person_key(other)
                    if ok and ok[0] == pk[0] and ok[2] == pk[2] and (
                            not ok[1] or not pk[1] or ok[1] == pk[1]):
                        best = max(best, 99.0)
                        continue
                if near_twins(name, other):
                    continue
                bare = _bare_key(name)
                if len(bare) >= 6 and bare == _bare_key(other):
                    best = max(best, 96.0)  # "ACME PARTNERS" / "Acme Partners Limited Partnership"
                    continue  # also when the bare name alone looked like a person's
                if (p.kind is PartyKind.PERSON) != (kind is PartyKind.PERSON) and \
                        fuzz.ratio(key, squeeze(other)) < 95:
                    continue
                okey = squeeze(other)
                score = fuzz.ratio(key, okey)
                if len(key) >= SUFFIX_MIN_CHARS and okey.endswith(key) and len(key) * 2 >= len(okey):
                    score = max(score, 95.0)
                if score >= FUZZY_MIN and vetoed(name, other):
                    score = 0.0  # similar, but a legal form, word or number sets them apart
                if short_form_of(name, other) or short_form_of(other, name):
                    score = max(score, 96.0)  # "Acme Onshore" / "ACME ONSHORE FUND LP"
                best = max(best, score)
            if best >= FUZZY_MIN:
                scored.append((best, p))
        if not scored:
            return None
        scored.sort(key=lambda t: -t[0])
        if len(scored) > 1 and scored[0][0] - scored[1][0] < FUZZY_MARGIN:
            return None
        return scored[0][1]

    # -- writing --------------------------------------------------------------------------

    def add(self, name: str, *, role: PartyRole | str | None = None,
            evidence: Evidence | None = None, how: AliasKind | str = AliasKind.SPELLING,
            kind: PartyKind | str | None = None, create: bool = True) -> Optional[Party]:
        """Add a spelling: link it to the party it names, or start a new party.

        Returns the party, or None when ``create`` is false and no party matches. A spelling
        that differs from the party's name is kept as an alias of kind ``how``.
        """
        name = clean_name(name)
        if not squeeze(name):
            return None
        party = self.lookup(name)
        if party is None:
            if not create:
                return None
            bare = strip_honorific(name)
            party = Party(id=f"{self._prefix}{len(self._parties) + 1}", name=bare,
                          kind=PartyKind(kind) if kind else guess_kind(name))
            if bare != name:
                self._alias(party, name, AliasKind(how), evidence)
                self._keys.setdefault(squeeze(bare), party.id)
            self._parties.append(party)
        else:
            self._alias(party, name, AliasKind(how), evidence)
            self._prefer_article(party, name)
        self._keys.setdefault(squeeze(name), party.id)
        if role is not None:
            self.add_role(party, role)
        if evidence is not None and evidence not in party.evidence:
            party.evidence.append(evidence)
        return party

    @staticmethod
    def _prefer_article(party: Party, name: str) -> None:
        """Name the party by the spelling with its leading "The" when one turns up.

        Prose drops the article ("Acme Group, Inc." out of "The Acme Group, Inc. ("AG")");
        the cover page and signature keep it, and the name as written is the fuller one.

        >>> book = PartyBook(); p = book.add("Acme Group, Inc.")
        >>> book.add("THE ACME GROUP, INC.").name
        'The Acme Group, Inc.'
        """
        if squeeze(name) != "the" + squeeze(party.name):
            return
        old = party.name
        party.name = f"The {old}" if name.isupper() and not old.isupper() else name
        party.aliases = [a for a in party.aliases if a.name != party.name]
        if not any(a.name == old for a in party.aliases):
            party.aliases.append(Alias(name=old, how=AliasKind.SPELLING))

    def _alias(self, party: Party, name: str, how: AliasKind,
               evidence: Evidence | None) -> None:
        if name == party.name or any(a.name == name and a.how == how for a in party.aliases):
            return
        party.aliases.append(Alias(name=name, how=how, evidence=evidence))

    def bind_term(self, term: str, name: str, *, evidence: Evidence | None = None,
                  role: PartyRole | str | None = None, create: bool = True) -> Optional[Party]:
        """Bind a defined term (``Full Name ("TERM")``) to the party ``name`` names.

        >>> book = PartyBook()
        >>> book.bind_term("ACV", "Acme Capital Fund-V, L.P.").aliases[0].how.value
        'defined_term'
        """
        party = self.add(name, role=role, evidence=evidence, create=create)
        if party is None:
            return None
        self._alias(party, term, AliasKind.DEFINED_TERM, evidence)
        self._keys[squeeze(term)] = party.id
        return party

    def link_abbreviation(self, abbr: str, *, evidence: Evidence | None = None
                          ) -> Optional[Party]:
        """Link an abbreviation the filing uses but never defines, by acronym.

        The organization whose name the abbreviation spells most cleanly
        (:func:`acronym_cost`) wins, if it is a clear winner within
        :data:`ACRONYM_MAX_COST`; parties that already have a defined term pay 1 extra.
        """
        if squeeze(abbr) in self._keys:
            return self.get(self._keys[squeeze(abbr)])
        costs: list[tuple[int, Party]] = []
        for p in self._parties:
            if p.kind is not PartyKind.ORGANIZATION:
                continue
            names = [p.name] + [a.name for a in p.aliases if a.how is not AliasKind.DEFINED_TERM]
            cs = [c for c in (acronym_cost(abbr, n) for n in names) if c is not None]
            if not cs:
                continue
            extra = 1 if any(a.how is AliasKind.DEFINED_TERM for a in p.aliases) else 0
            costs.append((min(cs) + extra, p))
        if not costs:
            return None
        costs.sort(key=lambda t: t[0])
        if costs[0][0] > ACRONYM_MAX_COST or (len(costs) > 1 and costs[1][0] == costs[0][0]):
            return None
        party = costs[0][1]
        self._alias(party, abbr, AliasKind.ABBREVIATION, evidence)
        self._keys[squeeze(abbr)] = party.id
        return party

    def add_role(self, party: Party, role: PartyRole | str) -> None:
        """Give ``party`` a role in this filing (once)."""
        r = PartyRole(role)
        if r not in party.roles:
            party.roles.append(r)

    def with_role(self, role: PartyRole | str) -> list[Party]:
        """The parties that play ``role``, in order."""
        r = PartyRole(role)
        return [p for p in self._parties if r in p.roles]

    def names(self) -> Iterable[tuple[str, str]]:
        """Every (name or term, party id) the book knows, for scanning text."""
        for p in self._parties:
            for n in p.all_names():
                yield n, p.id
