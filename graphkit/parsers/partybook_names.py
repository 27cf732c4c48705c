"""How the names of one filing's parties are read and compared: the tuned constants, name
keys, near-twin and veto checks and abbreviation costs that
:class:`~graphkit.parsers.partybook.PartyBook` links spellings with.

>>> near_twins("Acme Capital Fund-V, L.P.", "Acme Capital Fund-V Affiliates Fund, L.P.")
True
>>> squeeze("ACME CAPITAL FUND-V, L.P.") == squeeze("Acme Capital Fund-V L.P.")
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping, Optional

from graphkit import regex_cache
from graphkit.names import ORGANIZATION_WORDS, clean_name, org_words, strip_degrees
from graphkit.parsers.legal_forms import (  # noqa: F401  (re-exported)
    LEGAL_FORMS, SPELLED_LEGAL_FORMS)
from resolvers.compare import info_of
from resolvers.persons import SUFFIXES, parse_person
from resolvers.vetoes import find_vetoes

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

#: What prose calls the issuer, squeezed ("the Issuer", "Company"): the filing's issuer
#: party unless the filing defines the word for another party.
ISSUER_WORDS = frozenset({"issuer", "theissuer", "company", "thecompany"})

#: Words an acronym may drop at no cost: "Fund", "Partners", a legal form, also spelled out
#: ("ACM" of "Acme Capital Management, Limited Partnership", as of "..., L.P.")
ACRONYM_FREE_WORDS = frozenset("fund funds the of and & partners l p".split()) | set(LEGAL_FORMS) \
    | {w for words, _ in SPELLED_LEGAL_FORMS for w in words}

_ROMAN = regex_cache.compile(r"""^(?:x{0,3})(?:ix|iv|v?i{0,3})$""", re.VERBOSE)  # "v", "iv", "xii"
#: The letters of :data:`_ROMAN`: a word with another letter is no numeral (a cheap first test)
_ROMAN_LETTERS = frozenset("ivx")

#: The generational suffixes of :mod:`resolvers.persons` ("jr", "iii", "2nd"): a name holding
#: none of them (lower case) has none (a cheap first test before reading the whole name)
GENERATION_CUES = tuple(sorted(w for w, g in SUFFIXES.items() if g))

#: Names remembered by each cached helper below. A filing names its parties a few dozen ways
#: and every lookup compares each spelling with every other, so the same names come back
#: thousands of times per filing; the helpers are pure and return immutable values.
NAME_CACHE_SIZE = 16384

#: The dots and spaces of dotted initials, dropped to join them: "L. L.C" -> "LLC"
INITIAL_DOTS = regex_cache.compile(r"""[.\s]""", re.VERBOSE)
#: What separates the words of a name: anything but letters, digits and "&", e.g. ", " of
#: "Acme, L.P."
TOKEN_SPLIT = regex_cache.compile(r"""[^A-Za-z0-9&]+""", re.VERBOSE)
#: A series mark in parentheses: "(Q)", "(QP)", "(2)"
SERIES_MARK = regex_cache.compile(r"""\(([A-Za-z0-9]{1,4})\)""", re.VERBOSE)
#: What :func:`squeeze` drops from a lower-cased name: all but letters and digits, e.g. ", "
NOT_KEY_CHAR = regex_cache.compile(r"""[^a-z0-9]""", re.VERBOSE)
#: What separates the words of a person's name: anything but letters, apostrophes and hyphens,
#: and a generation's ordinal: "3d" of "Jane Q. Roe 3d" (the "d" after the digit is no word)
PERSON_TOKEN_SPLIT = regex_cache.compile(r"""(?:[^A-Za-z'\-]|(?<=[2-4])(?:[NnRr][Dd]|[Tt][Hh]|[Dd])\b)+""")

#: Dotted initials that make one word: "L.L.C." -> "LLC", "C.V." -> "CV", "D.E." -> "DE"
DOTTED_INITIALS = regex_cache.compile(r"""
    (?<![A-Za-z])((?:[A-Za-z]\.){1,3}[A-Za-z])\.?(?![A-Za-z])   # L.L.C.  C.V.  L.P.
""", re.VERBOSE)


#: A surname on its own, as prose names a filer once introduced: "Roe", "O'Hara", "Roe-Smith",
#: "ROE" (one capitalised word, or one in capitals; bound only to the one person of the filing
#: with that surname, so an abbreviation no person bears is left to the other look-ups)
BARE_SURNAME = regex_cache.compile(r"""
    ^(?:[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)?      # Roe, Roe-Smith
      |[A-Z]{2,}(?:['\-][A-Z]{2,})?)$           # ROE, ROE-SMITH
""", re.VERBOSE)

#: A courtesy title before a person's name: "Mr. Kenneth Doe", "Mrs. Roe", "Dr Jane Q. Roe",
#: "MR. KENNETH DOE" (a filing in capitals)
HONORIFIC = regex_cache.compile(r"""
    ^(?P<title>Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)\.?\s+     # Mr. Kenneth Doe, MR. KENNETH DOE
    (?P<rest>[A-Z].*)$
""", re.VERBOSE)
#: A person named by title and surname only: "Mr. Doe", "Mrs. Roe-Smith", "Dr. O'Hara", "MR. DOE 3d"
HONORIFIC_SURNAME = regex_cache.compile(r"""
    ^(?P<title>Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)\.?\s+     # Mr. Doe, MR. DOE
    (?P<surname>[A-Z][A-Za-z'\-]+)(?:,?\s+(?P<suffix>[JjSs][Rr]\.?|II|III|IV|[2-4](?:d|nd|rd|th)))?$
""", re.VERBOSE)
#: Every "title Surname" in a text, for :meth:`PartyBook.note_honorifics`: "Mrs. Roe"
HONORIFIC_MENTION = regex_cache.compile(r"""
    (?P<title>M(?<!\wM)(?:r|rs|s|iss))\.?\s+(?P<surname>[A-Z][A-Za-z'\-]+)   # Mrs. Roe
""", re.VERBOSE)  # "M" first, no word before it (as \b would say): the scan skips ahead fast
#: A couple: two titles before one surname, "Mr. and Mrs. Roe", "Mr. & Ms. O'Hara", "Mrs. and
#: Dr. Roe-Smith", "Dr. and Mrs. Roe", "Mr. and Mrs. Roe Jr." (the surname's generation in
#: group ``suffix``); each title with the surname names one person ("Mr. Roe", "Mrs. Roe").
#: Not "Mr. and Mrs. John Roe" (a couple by the husband's full name) nor "Mr. and Mrs. Roe's".
#: The first title is a "M" or "D" one, with no letter before it (a scan of a whole filing
#: skips ahead fast to each capital M or D).
COUPLE_SURNAME = regex_cache.compile(r"""
    (?P<first>[MD](?<![A-Za-z][MD])(?:(?<=M)(?:rs|r|s)|(?<=D)r))\.?\s+(?:and|&)\s+   # Mr. and
    (?P<second>Mrs|Ms|Mr|Dr)\.?\s+                              # Mrs.
    (?P<surname>[A-Z](?:[A-Za-z\-]|'(?=[A-Z]))+)(?![A-Za-z'\-])  # Roe, O'Hara
    (?P<suffix>,?\s+(?:Jr|Sr)\.?(?![A-Za-z])|\s+(?:II|III|IV)(?![A-Za-z]))?   # Roe Jr.
    (?!\s+[A-Z](?:[a-z]|\.))                                 # not "Mrs. John (A.) Roe"
""", re.VERBOSE)
#: A couple by the husband's full name: "Mr. and Mrs. John Roe", "Dr. and Mrs. John A. Roe,
#: Jr.", "Mr. and Mrs. J. Roe" (each title with the name names one person: "Mr. John Roe", "Mrs. John Roe"; the
#: generation "Jr." is the suffix's, with its period). Not after an article: "The Mr. and Mrs.
#: John Roe Foundation" names an organization (so does a name that ends in or is followed by
#: an organization word: :func:`names_a_couple`).
COUPLE_FULL_NAME = regex_cache.compile(r"""
    (?<![Tt]he\s)(?<!THE\s)                                        # not "The Mr. and Mrs. ..."
    (?P<first>[MD](?<![A-Za-z][MD])(?:(?<=M)r|(?<=D)r))\.?\s+(?:and|&)\s+(?P<second>Mrs|Ms)\.?\s+
    (?P<name>(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+[A-Z]\.)?(?:\s+(?!(?:Jr|Sr)(?![A-Za-z]))[A-Z](?:[A-Za-z\-]|'(?=[A-Z]))+)+
      (?:,?\s+(?:Jr|Sr)\.?(?![A-Za-z])|\s+(?:II|III|IV)(?![A-Za-z]))?)
""", re.VERBOSE)
#: The word right after a match (for :func:`names_a_couple`): " Trust" of "... Roe Jr. Trust"
_NEXT_WORD = regex_cache.compile(r"""\s+(?P<word>[A-Za-z]+)""", re.VERBOSE)
#: Organization words that are also surnames: as a couple's surname, the last word of its name,
#: they name no organization ("Mr. and Mrs. David Bank are the general partners")
_SURNAME_ORG_WORDS = frozenset({"bank", "master"})
#: The surname of a couple's name: its last word before any generation ("Bank" of "David Bank Jr.")
_SURNAME = regex_cache.compile(r"""(?P<word>[A-Za-z]+)(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?$""", re.VERBOSE)


def _organization_words(name: str) -> set[str]:
    """The organization words of a couple's name or the word after it, and "estate"."""
    return org_words(name) | {w.lower() for w in name.split()} & {"estate"}


def names_a_couple(m: re.Match[str]) -> bool:
    """Whether the :data:`COUPLE_FULL_NAME` match ``m`` names two persons: not when its name
    holds an organization word or one follows it (a foundation or trust named after them), but
    for a surname that is one (:data:`_SURNAME_ORG_WORDS`: "Bank" of "Mr. and Mrs. David Bank").

    >>> couple = lambda text: names_a_couple(COUPLE_FULL_NAME.search(text))
    >>> couple("Mr. and Mrs. John Roe are"), couple("Mr. and Mrs. John Roe Charitable Trust")
    (True, False)
    >>> couple("Mr. and Mrs. John Roe Jr. Trust is"), couple("Mr. and Mrs. John Roe Jr. are")
    (False, True)
    >>> couple("Mr. and Mrs. David Bank are"), couple("Mr. and Mrs. David Bank Foundation is")
    (True, False)
    >>> couple("Mr. and Mrs. John Roe Estate is"), couple("Mr. and Mrs. John Roe Jr. Estate")
    (False, False)
    """
    words, surname = _organization_words(m["name"]), _SURNAME.search(m["name"])
    if surname and words == {surname["word"].lower()} and words <= _SURNAME_ORG_WORDS:
        words = set()  # "David Bank": a person's surname
    after = _NEXT_WORD.match(m.string, m.end())
    return not words and not (after is not None and _organization_words(after["word"]))


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
CAPACITY = regex_cache.compile(r"""
    ^(?:as\s+)?(?:co-?)?(?:trustee|executor|executrix|custodian|guardian|administrator|conservator)s?
    \s+(?:of|for|under)\s+(?P<of>\S.*)$
""", re.VERBOSE | re.IGNORECASE)


#: A capacity after a name, at its end: "Acme Bank, N.A., TRUSTEE", "Jane Q. Roe, as Trustee",
#: "Acme Trust Company, Co-Trustees" (the party is the name before it)
TRAILING_CAPACITY = regex_cache.compile(r"""
    ,?\s+(?:as\s+)?(?:co-?)?(?:trustee|executor|executrix|custodian|guardian|administrator
    |conservator)s?\.?\s*$
""", re.VERBOSE | re.IGNORECASE)
#: How every :data:`TRAILING_CAPACITY` name ends (lower-cased, without a final stop): a cheap
#: test before the pattern
CAPACITY_ENDINGS = ("trustee", "trustees", "executor", "executrix", "custodian", "guardian",
                    "administrator", "conservator", "executors", "custodians", "guardians",
                    "administrators", "conservators")


@lru_cache(maxsize=NAME_CACHE_SIZE)
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


@lru_cache(maxsize=NAME_CACHE_SIZE)
def capacity_of(name: str) -> Optional[str]:
    """The party a capacity names: "Trustee of DFT" -> "DFT"; None when not a capacity.

    >>> capacity_of("Trustee of ACF"), capacity_of("Acme Trust")
    ('ACF', None)
    """
    m = CAPACITY.match(name.strip())
    return m["of"].strip() if m else None


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
    if "." not in name:
        return name  # dotted initials hold a dot
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


#: A legal form ending a name, spelled out or abbreviated: ", Limited Partnership", " L.P."; a
#: whole word, never the end of one ("Taco", "Zinc")
BARE_LEGAL = regex_cache.compile(r"""
    (?:,?\s*\b(?:limited\s+partnership|limited\s+liability\s+company|incorporated|corporation
    |l\.?\s?l\.?\s?c\.?|l\.?\s?p\.?|inc\.?|ltd\.?|corp\.?|co\.?))+\s*$
""", re.VERBOSE | re.IGNORECASE)


#: "The" opening a name, not part of what tells it apart: "The " of "The Acme Group"
BARE_ARTICLE = regex_cache.compile(r"""^\s*the\s+""", re.VERBOSE | re.IGNORECASE)

#: "Fund" ending a name once its legal form is gone: "Acme Onshore Fund" of "Acme Onshore Fund LP"
TRAILING_FUND = regex_cache.compile(r"""[\s,]+fund\s*$""", re.VERBOSE | re.IGNORECASE)
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
    key = squeeze(short)
    # cheap test first: the stem below is ``full`` cut short at its end, so its key starts
    # ``squeeze(full)`` (squeeze works letter by letter), and a key of other letters or too
    # short a key is never it
    if len(key) < SHORT_FORM_MIN_CHARS or not squeeze(full).startswith(key):
        return False
    if BARE_LEGAL.search(short) and BARE_LEGAL.sub("", short) != short:
        return False  # a short form states no legal form
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
    """The :func:`squeeze` key of ``name`` without its leading article and its ending legal
    form (cached): "The Acme Group" and "Acme Group, Inc." have one bare key.

    >>> _bare_key("The Acme Group"), _bare_key("ACME GROUP, INC.")
    ('acmegroup', 'acmegroup')
    """
    return squeeze(BARE_LEGAL.sub("", BARE_ARTICLE.sub("", name)))


@lru_cache(maxsize=NAME_CACHE_SIZE)
def discriminators(name: str) -> Mapping[str, frozenset[str]]:
    """What sets a name apart from its near-twins: numbers, series, vehicle words, legal form.

    Cached: the mapping returned is read-only and shared between callers.

    >>> d = discriminators("Acme Capital Fund-V Affiliates Fund (Q), L.P.")
    >>> sorted(d["number"]), sorted(d["series"]), sorted(d["vehicle"]), sorted(d["legal"])
    (['v'], ['q'], ['affiliates'], ['lp'])
    >>> sorted(discriminators("Acme Fund, Limited Partnership")["legal"])
    ['lp']
    >>> discriminators("Acme Co., Limited Partnership") == discriminators("Acme Co., L.P.")
    True
    """
    raw = compact_initials(name)
    series = frozenset(s.lower() for s in SERIES_MARK.findall(raw)) if "(" in raw else frozenset()
    toks = [t.lower() for t in _tokens(name)]
    number = frozenset(t for t in toks if (t.isdigit() and len(t) <= 4)
                       or (t != "" and len(t) <= 4 and _ROMAN_LETTERS.issuperset(t)
                           and _ROMAN.match(t) and t not in series))
    vehicle = frozenset(t for t in toks if t in VEHICLE_WORDS)
    spelled = next(((words, f) for words, f in SPELLED_LEGAL_FORMS
                    if tuple(toks[-len(words):]) == words), None)
    if spelled is not None:  # the spelled form read as its code: "company limited partnership"
        toks = toks[:-len(spelled[0])] + [spelled[1]]
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
    # the vetoes of resolvers.compare(a, b), which for two names are find_vetoes' alone: its
    # score and the models of its verdict are not needed here
    return any(name != "kind_mismatch" for name, _, _ in find_vetoes(info_of(a), info_of(b)))


@lru_cache(maxsize=NAME_CACHE_SIZE)
def generation_of(name: str) -> str:
    """The generational suffix of a person's name ("jr", "sr", "ii", ...), or "".

    Within one filing, two persons alike but for a suffix that only one of them bears are
    two people, father and son (:func:`resolvers.vetoes.same_filing_suffix`).

    >>> generation_of("John Q. Roe, Jr."), generation_of("ROE, JOHN Q., JR."), generation_of("John Q. Roe")
    ('jr', 'jr', '')
    """
    if name.isascii() and not any(c in name.lower() for c in GENERATION_CUES):
        # (an ASCII name is read as it is, and its words are pieces of it)
        return ""
    return parse_person(name).suffix


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _person_key(name: str) -> tuple[str, str, str] | None:
    """(first, middle initials, last) of a person's name in either order, lower case; a
    degree after it ("Jane Q. Roe, Ph.D."; :func:`~graphkit.names.strip_degrees`) is no word."""
    n = strip_degrees(clean_name(name))
    if "," in n:
        last, _, first = n.partition(",")
        n = f"{first} {last}"
    toks = [t for t in PERSON_TOKEN_SPLIT.split(n) if t and t.lower() not in
            {"mr", "ms", "mrs", "dr", "jr", "sr", "ii", "iii", "iv"}]
    if len(toks) < 2:
        return None
    return toks[0].lower(), "".join(t[0].lower() for t in toks[1:-1]), toks[-1].lower()


#: A word of a name, for comparing names word by word: "Boston", "L.P.", "Fund-V"
_NAME_WORD = regex_cache.compile(r"""[^\s,]+""", re.VERBOSE)


def lacks_leading_words(name: str, other: str) -> bool:
    """True when ``name``, printed whole (opening with a capital), is ``other`` without its
    first word or words: another party of the same family ("Acme Limited Partnership" and
    "Beacon Acme Limited Partnership"), not the same name cut off by a page or a column
    ("pital Fund-V Principals Fund, L.P." opens inside a word, and still matches).

    >>> lacks_leading_words("Acme Limited Partnership", "Beacon Acme Limited Partnership")
    True
    >>> lacks_leading_words("pital Fund-V, L.P.", "Acme Capital Fund-V, L.P.")
    False
    >>> lacks_leading_words("Acme Fund, L.P.", "The Acme Fund, L.P.")  # an article is no word
    False
    >>> lacks_leading_words("Rowe Price Associates, Inc.", "T. Rowe Price Associates, Inc.")
    False
    >>> lacks_leading_words("Acme Capital Partners", "Each of Acme Capital Partners")
    False
    """
    if not name[:1].isupper():
        return False
    words = _distinctive_words(name)
    others = _distinctive_words(other)
    return len(others) > len(words) and others[len(others) - len(words):] == words


#: Leading words that set no party apart: articles, titles, the words of a list or a caption
#: ("The", "Sir", "Mr.", "Each of", "Reporting Person:"); an initial ("T.") is dropped too
LEAD_FILLER = frozenset("""
    the each of and both sir mr mrs ms dr messrs reporting person persons filing name
""".split())


def _distinctive_words(name: str) -> list[str]:
    """The words of ``name``, lower-cased, from its first that sets a party apart.

    >>> _distinctive_words("Each of T. Rowe Price Associates, Inc.")
    ['rowe', 'price', 'associates', 'inc.']
    """
    words = [w.lower() for w in _NAME_WORD.findall(name)]
    k = 0
    while k < len(words) - 1 and (words[k].strip(".:") in LEAD_FILLER or
                                  len(words[k].strip(".")) == 1):
        k += 1
    return words[k:]
