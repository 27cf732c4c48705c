"""Lists of names in filing prose: splitting them, and which names a clause after one is about.

A list of names is printed "ACF, ACFA, ACFAQ and ACFP", "the Acme Trust, the Beta Trust and
the Gamma Trust" or "each of Acme Fund, L.P. and Acme Partners, LLC"; the commas before a legal
form (", L.P.") belong to the names. :func:`split_names` reads such a list into its names.

A relative clause after a list ("..., of which Jane Q. Roe is trustee") may be about every
name of the list or only the last: :func:`held_names` decides, and it reads the whole list only
when the filing's own words make it one group (a group term is defined for it, or every name
is an entity of one kind). When unsure, only the last name is read: a missing edge is better
than a wrong one.

Examples
--------
>>> split_names("Acme Fund, L.P., Acme Fund II, L.P. and Acme GP, L.L.C.")
['Acme Fund, L.P.', 'Acme Fund II, L.P.', 'Acme GP, L.L.C.']
>>> held_names("the Acme Trust and the Beta Trust")
['Acme Trust', 'Beta Trust']
>>> held_names("Acme Fund and Beta Corp.")
['Beta Corp.']
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.names import INITIAL_DOT, ORGANIZATION_WORDS, org_words
from graphkit.parsers.numbered_names import NUMBERED_NAME
from graphkit.parsers.partybook_names import COUPLE_FULL_NAME, COUPLE_SURNAME, names_a_couple
from graphkit.parsers.prose_aside_patterns import TRUST_DATE
from graphkit.parsers.prose_patterns import (
    LIST_SEPARATOR, LISTED_ARTICLE, PLURAL_TITLE, ROLE_OF_NAME, SHARED_HEAD)
from graphkit.parsers.prose_term_patterns import COLLECTIVE_WORDS, TERM_SUFFIX
from graphkit.parsers.word_search import ends_with_listed

#: The words that open a list as a whole: "each of Acme Fund and Beta Fund", "both Acme and
#: ...", "each of the Funds" (a group term's article with them)
LIST_OPENING = regex_cache.compile(r"""^(?:each\s+of|both)\s+(?:the\s+(?=(?-i:[A-Z])))?""",
                                   re.VERBOSE | re.IGNORECASE)

#: An article before a capitalised name at the start of a list: "the Acme Trust and ..."
LEADING_THE = regex_cache.compile(r"""^the\s+(?=[A-Z])""", re.VERBOSE)

#: The end of a bank's name that reads as a list: "Trust Company" after "State Street Bank"
#: of "State Street Bank and Trust Company", after "Boston Safe Deposit" of "Boston Safe Deposit
#: and Trust Company" ("Trust Company" alone is no party's name)
BANK_AND_TRUST = regex_cache.compile(r"""
    \b(?:Bank|Banking|Deposit|Savings)\s+and\s+Trust\s+(?:Company|Co\.?)
""", re.VERBOSE)

#: The words of organizations' names (:data:`~graphkit.names.ORGANIZATION_WORDS`) that may
#: stand after the "and" of a company's name, capitalised: "Management", "Investment"
_ORG_WORD_AFTER_AND = "|".join(sorted(
    (w.capitalize() for w in ORGANIZATION_WORDS if w.isalpha() and len(w) > 3),
    key=lambda w: (-len(w), w)))
#: The plural words of firms of people, which end a firm's name: "Partners" of "Acme Partners
#: and Investment Company each own" (two parties), not "Securities", "Holdings"
_PEOPLE_PLURAL_WORD = "Partners|Associates|Investors|Advisers|Advisors|Managers"
#: The words of a firm's business that stand before the "and" of its name: "Research" of
#: "Capital Research and Management Company", besides the words of organizations' names
_BUSINESS_WORD = "Research|Trading|Development|Exploration|Engineering"
#: The end of a company's name that reads as a list: a word, "and", a word of organizations'
#: names, then "Company" or "Co.": "Research and Management Company" of "Acme Research and
#: Management Company", "Trading and Investment Co." ("Management Company" alone is no party's
#: name); not "Acme LLC and Beta Capital Company" (two words before the company word), nor
#: after a plural word that ends a firm of people's name ("Acme Partners and Investment Company
#: each own"). After a word that is no business's (a surname, "Capital", "Holdings"), "of" goes
#: on with another firm's name ("Jane Roe and Trust Company of the West", "Roe Capital and Trust
#: Company of the West"; reviews rv47b 4, rv47g 3); after a business's word it is the name's
#: ("Capital Research and Management Company of Los Angeles"; review rv47e 5)
COMPANY_AND_WORD = regex_cache.compile(rf"""
    \b(?!(?:{_PEOPLE_PLURAL_WORD})\s)
    (?:(?P<firm>)(?=(?:{_BUSINESS_WORD})\s))?
    [A-Z][a-z]+\s+and\s+(?:{_ORG_WORD_AFTER_AND})
    \s+(?:Company|Co\.?)(?![A-Za-z])(?(firm)|(?!\s+of\b))
""", re.VERBOSE)

#: A run of ASCII letters, a word of a term: "Reporting", "Persons" in '(the "Reporting Persons")'
LETTERS = regex_cache.compile(r"""[A-Za-z]+""", re.VERBOSE)


def split_names(text: str) -> list[str]:
    """Split a list of names as printed, keeping legal-form commas inside names.

    >>> split_names("ACF, ACFA, ACFAQ and ACFP")
    ['ACF', 'ACFA', 'ACFAQ', 'ACFP']
    >>> split_names("each of Acme Fund, L.P. and Acme Partners, LLC")
    ['Acme Fund, L.P.', 'Acme Partners, LLC']
    >>> split_names("Messrs. Roe and Jane Q. Doe")
    ['Mr. Roe', 'Jane Q. Doe']
    >>> split_names("Acme Fund LP, Acme GP LLC and Messrs. Roe and Doe")   # the title shared
    ['Acme Fund LP', 'Acme GP LLC', 'Mr. Roe', 'Mr. Doe']
    >>> split_names("Acme Corp. Pension and Profit Sharing Trusts")   # one shared head
    ['Acme Corp. Pension and Profit Sharing Trusts']
    >>> split_names("1867 Acme Financial Corporation and 3 Acme Partners, L.P.")
    ['1867 Acme Financial Corporation', '3 Acme Partners, L.P.']
    >>> split_names("Mr. and Mrs. Roe and Acme Trust")
    ['Mr. Roe', 'Mrs. Roe', 'Acme Trust']
    >>> split_names("Mr. and Mrs. John Roe Foundation and Acme Trust")
    ['Mr. and Mrs. John Roe Foundation', 'Acme Trust']
    >>> split_names("State Street Bank and Trust Company and Acme Trust")
    ['State Street Bank and Trust Company', 'Acme Trust']
    >>> split_names("Roe Research and Management Company and Acme Trust")
    ['Roe Research and Management Company', 'Acme Trust']
    """
    text = LIST_OPENING.sub("", text.strip())
    if "and Trust" in text:  # "State Street Bank and Trust Company": one bank's name
        text = BANK_AND_TRUST.sub(lambda m: m[0].replace(" and ", "\x00and\x00"), text)
    if " Co" in text and " and " in text:  # "Roe Research and Management Company": one
        text = COMPANY_AND_WORD.sub(lambda m: m[0].replace(" and ", "\x00and\x00"), text)
    couple = "and M" in text or "and D" in text or "& " in text
    if couple:  # "Mr. and Mrs. Roe"
        text = split_couples(text)
    # each part, and whether "and" joins it to the part before ("Doe" of "Roe and Doe")
    parts = list(zip([p.strip(" ,") for p in LIST_SEPARATOR.split(text)],
                     [False] + ["and" in m[0] for m in LIST_SEPARATOR.finditer(text)]))
    if couple:  # "Mr." of "Mr. and Mrs. John Roe Foundation", no couple: one name
        parts = _lone_titles_joined(parts)
    names = [(p, joined) for p, joined in parts
             if p and (p[0].isupper() or p[0].isdigit() and NUMBERED_NAME.match(p))]
    if len(names) >= 2 and SHARED_HEAD.search(names[-1][0]) and \
            ends_with_listed(text, names[-1][0]) and \
            not org_words(names[-2][0].split()[-1]) and \
            not SHARED_HEAD.search(names[-2][0] + "s"):  # "Acme Pension and Profit Sharing Trusts"
        names[-2:] = [(f"{names[-2][0]} and {names[-1][0]}", names[-2][1])]
    return _plural_titled([(n.replace("\x00", " "), joined) for n, joined in names])


def _plural_titled(names: list[tuple[str, bool]]) -> list[str]:
    """The names of ``names`` (each with whether "and" joins it to the name before) with a
    plural title ("Messrs.", "Mses.", "Mmes.", "Drs.") that opens one of them given, singular,
    to it and to each later name of one word of its own group: "Messrs. Roe and Doe" are "Mr.
    Roe" and "Mr. Doe", wherever the title stands in the list (the surname binds to its person,
    and a bare surname is no party's name). The group ends at the first later name joined by
    "and" ("Messrs. Roe, Doe and Smith"): in "Messrs. Roe and Doe, and Zenith" Zenith is no
    "Mr. Zenith". A "Drs." group is read only when it is of different surnames alone
    (:func:`_surnames_only`) or of whole names (:func:`_full_names`): else it is left whole.

    >>> _plural_titled([("Acme LLC", False), ("Mses. Roe", False), ("Doe", True),
    ...                 ("Zenith", True), ("John Q. Major", False)])
    ['Acme LLC', 'Ms. Roe', 'Ms. Doe', 'Zenith', 'John Q. Major']
    """
    out: list[str] = []
    title = None
    unread = 0  # names left of a group that is not read
    for k, (name, joined) in enumerate(names):
        if unread:
            unread -= 1
            continue
        plural = PLURAL_TITLE.match(name)
        if plural and plural["title"] == "Drs" and not _surnames_only(names, k) and \
                not _full_names(names, k):
            # "Drs. John and Jane Roe": first names and the surname they share, or "Drs. Roe
            # and Roe": left whole, one name that is no party's (no "Dr. John")
            unread = _group_size(names, k) - 1
            out.append(" and ".join(n for n, _ in names[k:k + unread + 1]))
            continue
        if plural:
            title = _SINGULAR_TITLE[plural["title"]]
            name = name[plural.end():]
        out.append(f"{title} {name}" if title and len(without_term(name).split()) == 1 else name)
        if joined and not plural:  # the group's last name: "Doe" of "Messrs. Roe and Doe"
            title = None
    return out


def _surnames_only(names: list[tuple[str, bool]], k: int) -> bool:
    """Whether the group a plural title opens at ``names[k]`` is of surnames alone, each
    different: "Drs. Roe and Doe", not "Drs. John and Jane Roe" (first names, then the surname
    they share, which a title given to each would lose: "Dr. John") nor "Drs. Roe and Roe".

    >>> _surnames_only([("Drs. Roe", False), ("Doe", True)], 0)
    True
    >>> _surnames_only([("Drs. John", False), ("Jane Roe", True)], 0)
    False
    """
    group = _group(names, k)
    return all(len(n.split()) == 1 for n in group) and len(set(group)) == len(group) > 1


#: A middle initial: "Q." of "Jane Q. Roe"
_INITIAL = regex_cache.compile(r"""[A-Z]\.""", re.VERBOSE)


def _full_names(names: list[tuple[str, bool]], k: int) -> bool:
    """Whether the group a plural title opens at ``names[k]`` is of whole names beyond doubt:
    each name before the last with a middle initial between given name and surname ("Drs. Jane
    Q. Roe and John Doe": "Jane Q. Roe" and "John Doe"). Not "Drs. John and Jane Roe", "Drs.
    John A. and Jane B. Roe" nor "Drs. Mary Ann and John Roe" (given names, then the surname
    they share), nor "Drs. Jane Roe and John Doe", which reads like the last.

    >>> _full_names([("Drs. Jane Q. Roe", False), ("John Doe", True)], 0)
    True
    >>> [_full_names([(a, False), (b, True)], 0) for a, b in (("Drs. John", "Jane Roe"),
    ...  ("Drs. John A.", "Jane B. Roe"), ("Drs. Mary Ann", "John Roe"))]
    [False, False, False]
    """
    group = [n.split() for n in _group(names, k)]
    # every name before the last one whole beyond doubt: given name, middle initial, surname
    # ("Jane Q. Roe"); "Mary Ann" or "John A." may be given names the last name's surname ends
    return len(group) > 1 and len(group[-1]) >= 2 and all(
        len(n) >= 3 and _INITIAL.fullmatch(n[-2]) and not _INITIAL.fullmatch(n[-1])
        for n in group[:-1])


def _group(names: list[tuple[str, bool]], k: int) -> list[str]:
    """The names of the group a plural title opens at ``names[k]``, the title taken off.

    >>> _group([("Drs. Roe", False), ("Doe", True), ("Acme LLC", True)], 0)
    ['Roe', 'Doe']
    """
    return [without_term(PLURAL_TITLE.sub("", name) if j == k else name)
            for j, (name, _) in enumerate(names[k:k + _group_size(names, k)], k)]


def _group_size(names: list[tuple[str, bool]], k: int) -> int:
    """How many names the group a plural title opens at ``names[k]`` holds: up to the first
    later name joined by "and" ("Drs. Roe, Doe and Major, and Acme LLC": three)."""
    for j in range(k + 1, len(names)):
        if names[j][1]:
            return j - k + 1
    return len(names) - k


#: A courtesy title left alone by a list's split: "Mr." of "Mr. and Mrs. John Roe Foundation",
#: "The Mr." of "The Mr. and Mrs. John Roe Foundation" (a name :func:`split_couples` leaves
#: whole)
LONE_TITLE = regex_cache.compile(r"""(?:[Tt]he\s+)?(?:Mr|Dr)\.?""", re.VERBOSE)


def _lone_titles_joined(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """``parts`` (each with whether "and" joins it to the part before) with each lone title
    (:data:`LONE_TITLE`) joined again to the part after it.

    >>> _lone_titles_joined([("Mr.", False), ("Mrs. John Roe Foundation", True),
    ...                      ("Acme Trust", True)])
    [('Mr. and Mrs. John Roe Foundation', False), ('Acme Trust', True)]
    """
    joined: list[tuple[str, bool]] = []
    for part, and_before in parts:
        if joined and LONE_TITLE.fullmatch(joined[-1][0]):
            joined[-1] = (f"{joined[-1][0]} and {part}", joined[-1][1])
        else:
            joined.append((part, and_before))
    return joined


def split_couples(text: str) -> str:
    """``text`` with each couple titled by one surname (:data:`COUPLE_SURNAME`) written as two
    persons: "Mr. and Mrs. Roe" is "Mr. Roe and Mrs. Roe" (never a person "Mr").

    >>> split_couples("Mr. and Mrs. Roe, by virtue of"), split_couples("Mr. and Mrs. John Roe")
    ('Mr. Roe and Mrs. Roe, by virtue of', 'Mr. John Roe and Mrs. John Roe')
    >>> split_couples("Dr. and Mrs. Roe"), split_couples("Mr. and Mrs. Roe Jr. are")
    ('Dr. Roe and Mrs. Roe', 'Mr. Roe Jr. and Mrs. Roe Jr. are')
    >>> split_couples("the Mr. and Mrs. John Roe Foundation")   # an organization's name
    'the Mr. and Mrs. John Roe Foundation'
    """
    text = COUPLE_SURNAME.sub(lambda m: f"{m['first']}. {m['surname']}{m['suffix'] or ''} and "
                              f"{m['second']}. {m['surname']}{m['suffix'] or ''}", text)
    return COUPLE_FULL_NAME.sub(
        lambda m: f"{m['first']}. {m['name']} and {m['second']}. {m['name']}"
        if names_a_couple(m) else m.group(0), text)


def split_listed(text: str) -> list[str]:
    """:func:`split_names` of a list whose later names may each have an article, and a trust's
    date (:data:`~graphkit.parsers.prose_aside_patterns.TRUST_DATE`).

    >>> split_listed("the GP and the Acme Management Company")
    ['GP', 'Acme Management Company']
    >>> split_listed("Roe Trust dated January 1, 2000 and the Doe Trust u/a/d 6/1/2001")
    ['Roe Trust', 'Doe Trust']
    """
    text = TRUST_DATE.sub("", text)
    return split_names(LISTED_ARTICLE.sub(lambda m: m["sep"], LEADING_THE.sub("", text.strip())))


def listed_parties(text: str) -> list[str]:
    """:func:`split_names` of a held list without its later names that are a role of a party:
    "Chairman of Beta Corp." of "the controlling shareholder of Acme Corp. and Chairman of Beta
    Corp." states another role, and names no party held in the first.

    >>> listed_parties("Acme Corp. and Chairman of Beta Corp.")
    ['Acme Corp.']
    >>> listed_parties("Acme Fund LP, Beta Fund LP and Gamma Fund LP")
    ['Acme Fund LP', 'Beta Fund LP', 'Gamma Fund LP']
    """
    names = split_names(text)
    return names[:1] + [n for n in names[1:] if not ROLE_OF_NAME.match(n)]


#: The singular of a plural title: each of "Messrs. Roe and Doe" is a "Mr."
_SINGULAR_TITLE = {"Messrs": "Mr.", "Mses": "Ms.", "Mmes": "Mrs.", "Drs": "Dr."}


def held_names(held: str) -> list[str]:
    """The names of a list that a relative clause after it ("..., of which X is trustee") is
    about.

    Every name, when the list is one group in the filing's own words: a group term is defined
    for it ('Acme Fund, LP and Acme Fund II, LP (the "Funds")'), or every name is an entity of
    the same kind ("the Acme Trust and the Beta Trust", "Acme Fund, LP and Acme Fund II, LP":
    see :func:`entity_kind`). Otherwise only the last name: in "Acme Fund and Beta Corp., of
    which Jane Roe is president" the clause reads as being about Beta Corp. alone, and a list
    with a person in it ("Jane Roe and the Acme Trust, of which ...") is never one group. The
    list is one coordination by construction: "held by Acme Trust and by Beta Trust" (a
    repeated "by") or "1,000 shares owned by Acme Trust and 450 shares owned by Beta Trust"
    are two phrases, and only the last reaches the clause.

    >>> held_names('Acme Fund, LP and Acme Fund II, LP (the "Funds")')
    ['Acme Fund, LP', 'Acme Fund II, LP (the "Funds")']
    >>> held_names("Acme Fund, LP and Acme Fund II, LP")
    ['Acme Fund, LP', 'Acme Fund II, LP']
    >>> held_names("the Acme Trust, the Roe Family Trust and the Jane Q. Roe, Jr. Trust")
    ['Acme Trust', 'Roe Family Trust', 'Jane Q. Roe, Jr. Trust']
    >>> held_names("Jane Q. Roe and the Acme Trust")
    ['Acme Trust']
    """
    held = LEADING_THE.sub("", held.strip())
    names = split_listed(held)
    suffix = term_suffix(held)
    if suffix and {w.lower() for w in LETTERS.findall(suffix.group(0))} \
            & COLLECTIVE_WORDS:
        return names
    kinds = {entity_kind(n) for n in names}
    if len(kinds) == 1 and None not in kinds:
        return names
    return names[-1:]


#: Spellings of one legal form or entity noun, read as one kind: "Inc." and "Incorporated"
_KIND_SPELLINGS = {"incorporated": "inc", "corporation": "corp", "limited": "ltd",
                   "companies": "co", "company": "co", "funds": "fund"}

#: Words of a name: letters, after the dots of initials are joined ("L.L.C." -> "LLC")
_NAME_WORD = regex_cache.compile(r"""[A-Za-z]+""", re.VERBOSE)


def entity_kind(name: str) -> Optional[str]:
    """The kind of entity a name says it is: its last organization word (a legal form or an
    entity noun, in one spelling), or None for a name without one (a person's).

    >>> entity_kind("Acme Fund II, L.P."), entity_kind("Acme Fund"), entity_kind("Roe Trust")
    ('lp', 'fund', 'trust')
    >>> entity_kind("Acme Holdings Incorporated"), entity_kind("Jane Q. Roe") is None
    ('inc', True)
    """
    name = without_term(name)
    words = [w.lower() for w in _NAME_WORD.findall(INITIAL_DOT.sub("", name).replace(".", ""))]
    kinds = [w for w in words if w in ORGANIZATION_WORDS]
    if not kinds:
        return None
    return _KIND_SPELLINGS.get(kinds[-1], kinds[-1])


#: A date that opens a sentence, before its subject: "In 2020 ", "Since March 2019 ", "During
#: 2020, ", "On March 3, 2021 " (of "In 2020 Acme Partners LP is the general partner"): the
#: year is no part of the name ("2020 Partners LP" opens with its year where no date stands).
#: Not after "Through", "After", "From" or "By", which open a name as often: "Through 2020
#: Partners LP, Jane Roe controls ...".
OPENING_DATE = r"""(?:(?:In|On|Since|During|Until|Beginning|Starting|Effective|As\s+of)\s+
    (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+
      (?:[0-9]{1,2}(?:st|nd|rd|th)?,?\s+)?)?
    (?:19|20)[0-9]{2}(?![0-9]),?\s+)"""

#: A reference to a filing of the form before the name of its filer, no part of the name:
#: "Schedule 13D of " ("The Schedule 13D of Acme Holdings Inc."), "Statement on Schedule 13G
#: of ", "Amendment No. 2 to the Schedule 13D of ", "13D/A of ", "SCHEDULE 13G FILED BY " (any
#: case)
FORM_REFERENCE = r"""
    (?i:(?:joint\s+)?(?:amendment\s+(?:no\.?\s*\d+\s+)?(?:to|of)\s+(?:the\s+)?)?
      (?:statement\s+)?(?:on\s+)?(?:(?:the\s+)?(?:joint\s+)?schedules?\s+)?13[dg](?:/a)?
      (?:\s+statement)?\s+(?:of|by|for|filed\s+by)\s+)
"""
#: Words before a name that are no part of it: "The", "Each", "the Issuer's Common Stock of",
#: a date (:data:`OPENING_DATE`), a reference to a filing (:data:`FORM_REFERENCE`)
_LEADING_JUNK = regex_cache.compile(rf"""
    ^(?:(?:(?:Shares\s+of\s+)?(?:the\s+)?(?:Issuer's\s+)?(?:Common|Preferred|Ordinary|Class\s+[A-Z])
        \s+(?:Stock|Shares)\s+of)\s+)?
    (?:(?:Chairman\s+of\s+)?(?:the\s+)?Board\s+of\s+(?:Directors\s+of\s+)?)?
    (?:{OPENING_DATE}|{FORM_REFERENCE}
      |(?:This|The|Each|Both|Statement|Schedule|Item|Items|By|Of|In|On|As|Its|Their|And|Also
        |Accordingly|Therefore|Pursuant|Under|Messrs|Mses|Mmes)\b\.?\s+(?:of\s+)?)*
""", re.VERBOSE)


#: A sentence's full stop left on a name: "ACFCV." (kept on "Inc.", "L.P.", "Jr.", and on
#: their capitals as a name typed in capitals prints them: "ACME, INC.", "JOHN ROE, JR.")
_FINAL_STOP = regex_cache.compile(r"""
    (?<=[A-Za-z]{2})(?<!Inc)(?<!Corp)(?<!Ltd)(?<!Co)(?<!Jr)(?<!Sr)
    (?<!\bINC)(?<!\bCORP)(?<!\bLTD)(?<!\bCO)(?<!\bJR)(?<!\bSR)\.$
""", re.VERBOSE)


#: A short form in parentheses, without quotes, after a name: " (AV)" of "Acme Ventures, Inc.
#: (AV)" (read as the name's short form only when its letters are the name's initials: "Acme
#: Fund (QP)" is a fund of its own)
_BARE_SHORT_FORM = regex_cache.compile(r"""\s*\((?P<abbr>[A-Z]{2,6})\)$""", re.VERBOSE)


def trim_name(name: str) -> str:
    """A name as read from prose, without its definition, a sentence's full stop or the words
    before it that are no part of it ("The", "Each", "the Issuer's Common Stock of"), nor a
    short form of its initials in parentheses ("Acme Ventures, Inc. (AVI)").

    >>> trim_name('The Acme Fund, L.P. ("AF")'), trim_name("Each ACFCV.")
    ('Acme Fund, L.P.', 'ACFCV')
    >>> trim_name("Acme Ventures, Inc. (AV)"), trim_name("Acme Fund (QP)")
    ('Acme Ventures, Inc.', 'Acme Fund (QP)')
    >>> trim_name("The Schedule 13D of Acme Holdings Inc.")
    'Acme Holdings Inc.'
    >>> trim_name("ACME HOLDINGS, INC."), trim_name("ACFCO.")
    ('ACME HOLDINGS, INC.', 'ACFCO')
    """
    name = without_term(" ".join(name.split())).strip(" ,;:")
    if name.endswith("."):  # the stop is the last character: no line break is left
        name = _FINAL_STOP.sub("", name)
    if name.endswith(")") and (bare := _BARE_SHORT_FORM.search(name)) is not None:
        if _initials(name[:bare.start()]).startswith(bare["abbr"]):
            name = name[:bare.start()]
    return name[_LEADING_JUNK.match(name).end():]  # it matches at the start, if only ""


def _initials(name: str) -> str:
    """The first letters of the words of ``name``: "RPLP" of "Roe Partners Limited Partnership"."""
    return "".join(w[0] for w in LETTERS.findall(name))


#: Where a capitalised word opens, at the start or after a space: "R", "P" of "Roe Partners"
_WORD_OPENING = regex_cache.compile(r"""(?:^|(?<=\s))[A-Z]""", re.VERBOSE)


def initials_tail(name: str, abbr: str) -> str:
    """The longest tail of ``name``, from a capitalised word on, whose words' initials ``abbr``
    opens ("" when none): the name a short form like "RPLP" stands for.

    >>> initials_tail("Roe Partners Limited Partnership", "RPLP")
    'Roe Partners Limited Partnership'
    >>> initials_tail("Shares of Roe Partners Limited Partnership", "RPLP")
    'Roe Partners Limited Partnership'
    >>> initials_tail("Acme Capital Corp.", "RPLP")
    ''
    """
    for w in _WORD_OPENING.finditer(name):
        if _initials(name[w.start():]).startswith(abbr):
            return name[w.start():]
    return ""


def term_suffix(name: str) -> re.Match[str] | None:
    """The definition that ends ``name`` (:data:`TERM_SUFFIX`), or None.

    Every match of the pattern ends with ")" and then only spaces, so a name ending otherwise
    is not searched: the pattern opens with spaces and is tried at every position.

    >>> term_suffix('Acme Fund, LP (the "Fund")').group(0), term_suffix("Acme Fund (Q)")
    (' (the "Fund")', None)
    """
    if not name.rstrip().endswith(")"):
        return None
    return TERM_SUFFIX.search(name)


def without_term(name: str) -> str:
    """``name`` without the definition that ends it (see :func:`term_suffix`).

    >>> without_term('Acme Fund, LP (the "Fund")'), without_term("Acme Fund (Q)")
    ('Acme Fund, LP', 'Acme Fund (Q)')
    """
    if not name.rstrip().endswith(")"):
        return name
    return TERM_SUFFIX.sub("", name)
