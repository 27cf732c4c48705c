"""How one filing's persons are found by a surname, alone or with a title ("Roe", "Mr. Roe",
"Mrs. Roe 3d"), and which sex the filing states each to be: the person lookups of
:class:`~graphkit.parsers.partybook.PartyBook` (a mixin; the book holds the state it reads:
its parties, the sexes and surnames it noted, the spouses kept from bare surnames).

Examples
--------
>>> from graphkit.parsers.partybook import PartyBook
>>> book = PartyBook(); _ = book.add("Fred H. Doe"); _ = book.add("Jane Doe")
>>> book.note_honorifics("Fred H. Doe and his wife, Jane Doe, own it.")
>>> book.lookup("Mr. Doe").name, book.is_ambiguous("Doe")
('Fred H. Doe', True)
"""

from __future__ import annotations

from typing import Optional

from graphkit.models import Identifier, Party, PartyKind  # noqa: F401  (Identifier: doctests)
from graphkit.names import INITIAL_DOT, guess_kind
from graphkit.parsers.partybook_names import (BARE_SURNAME, COUPLE_SURNAME, FEMALE_TITLE_CUES,
                                              FEMALE_TITLES, HONORIFIC, HONORIFIC_MENTION,
                                              HONORIFIC_SURNAME,
                                              MALE_TITLES, _person_key, generation_of, squeeze,
                                              surname_of)
from graphkit.parsers.stated_sex import stated_sexes
from resolvers.persons import SUFFIXES


def strip_honorific(name: str) -> str:
    """A person's name without its leading courtesy title, when a full name remains.

    >>> strip_honorific("Mr. Kenneth Doe"), strip_honorific("Mr. Doe"), strip_honorific("Acme")
    ('Kenneth Doe', 'Mr. Doe', 'Acme')
    >>> strip_honorific("Mr. J.Q. Roe, Jr.")   # initials written together: read as "J. Q."
    'J.Q. Roe, Jr.'
    >>> strip_honorific("Mrs. Doe's Cookies, Inc.")   # a company's name: kept whole
    "Mrs. Doe's Cookies, Inc."
    """
    m = HONORIFIC.match(name)
    if m is None or len(m["rest"].split()) < 2 or guess_kind(
            INITIAL_DOT.sub(". ", m["rest"])) is not PartyKind.PERSON:
        return name
    return m["rest"]


class PersonLookups:
    """Surname and sex lookups over a party book's persons (mixed into
    :class:`~graphkit.parsers.partybook.PartyBook`, which sets the attributes read here)."""

    _parties: list[Party]
    _quiet: set[str]
    _sexes: list[tuple[str, bool]]
    _held_surnames: set[str]
    _twins: set[str]
    _keys: dict

    def _persons_named(self, surname: str, bare: bool = False) -> list[Party]:
        """The persons of the book with ``surname`` (in any case) in a name or spelling, in
        order (``bare``: for a surname alone, not those of :meth:`quiet_surname`).

        >>> from graphkit.parsers.partybook import PartyBook
        >>> book = PartyBook(); _ = book.add("Jane Roe"); _ = book.add("Roe LLC")
        >>> [p.name for p in book._persons_named("ROE")]
        ['Jane Roe']
        """
        low = surname.lower()
        # (every name of a party: the name, then each alias, as in Party.all_names())
        return [p for p in self._parties if p.kind is PartyKind.PERSON and (
            surname_of(p.name) == low or any(surname_of(a.name) == low for a in p.aliases))
            and not (bare and p.id in self._quiet)]

    def quiet_surname(self, party: Party) -> None:
        """Let no bare surname ("Roe") name ``party``, a person the filing names only as a
        spouse holding shares ("1,100 shares owned by his wife"), until it is added again: a
        bare "Roe" stays the other person's; a title ("Mrs. Roe") still counts her.

        >>> from graphkit.parsers.partybook import PartyBook
        >>> book = PartyBook(); john = book.add("John Roe"); jane = book.add("Jane Roe")
        >>> book.quiet_surname(jane); book.lookup("Roe") is john, book.is_ambiguous("Roe")
        (True, False)
        """
        self._quiet.add(party.id)

    def note_honorifics(self, text: str) -> None:
        """Read which surnames ``text`` gives titles of both sexes ("Mr. X" and "Mrs. X"):
        "Mr. X" then names none of the persons, as two people share the name.

        >>> from graphkit.parsers.partybook import PartyBook
        >>> book = PartyBook(); _ = book.add("Fred H. Doe")
        >>> book.lookup("Mr. Doe").name
        'Fred H. Doe'
        >>> book.note_honorifics("Mr. Doe and Mrs. Doe own it."); book.lookup("Mr. Doe") is None
        True
        >>> from graphkit.parsers.partybook import PartyBook
        >>> book = PartyBook(); _ = book.add("Fred H. Doe")
        >>> book.note_honorifics("Mr. and Mrs. Doe own it."); book.lookup("Mrs. Doe") is None
        True
        """
        sexes: dict[str, set[bool]] = {}
        self._sexes += stated_sexes(text)
        if "Mr" not in text or not any(t in text for t in FEMALE_TITLE_CUES):
            return  # most filings title no woman: nothing can clash
        for m in HONORIFIC_MENTION.finditer(text):
            title = m["title"].lower()
            sexes.setdefault(m["surname"].lower(), set()).add(title in MALE_TITLES)
        for m in COUPLE_SURNAME.finditer(text):
            said = {t.lower() for t in (m["first"], m["second"])} - {"dr"}  # "Mr. and Mrs. X"
            sexes.setdefault(m["surname"].lower(), set()).update(t in MALE_TITLES for t in said)
        self._held_surnames |= {name for name, seen in sexes.items() if len(seen) > 1}

    def is_ambiguous(self, name: str) -> bool:
        """True when ``name`` is a title and surname ("Mr. Doe") that could mean several
        persons of the filing: two persons share the surname, or the filing titles it for both
        sexes; or when it is the name of two parties with different identifiers (two CIKs).
        Such a name is left unbound rather than made a party of its own.

        >>> from graphkit.parsers.partybook import PartyBook
        >>> book = PartyBook(); _ = book.add("Fred H. Doe"); _ = book.add("Jane Doe")
        >>> book.is_ambiguous("Mr. Doe"), book.is_ambiguous("Mr. Roe"), book.is_ambiguous("Doe")
        (True, False, True)
        >>> cik = lambda v: [Identifier(scheme="cik", value=v)]
        >>> _ = book.add("Acme Fund IV, L.P.", identifiers=cik("2"))
        >>> _ = book.add("Acme Fund IV, L.P.", identifiers=cik("3"))
        >>> book.is_ambiguous("Acme Fund IV LP"), book.lookup("Acme Fund IV, L.P.") is None
        (True, True)
        """
        if squeeze(name) in self._twins:
            return True
        titled = HONORIFIC_SURNAME.match(name.strip())
        if titled is None and BARE_SURNAME.match(name.strip()) and squeeze(name) not in self._keys:
            return len(self._persons_named(name.strip(), bare=True)) > 1  # two persons named Roe
        if titled is None or squeeze(name) in self._keys:
            return False
        if self._by_surname(titled["surname"], titled["title"], titled["suffix"]) is not None:
            return False  # the filing states the sex of every other person so named
        low = titled["surname"].lower()
        return low in self._held_surnames or len(self._persons_named(low)) > 1

    def _by_surname(self, surname: str, title: Optional[str] = None,
                    suffix: Optional[str] = None,
                    named: Optional[list[Party]] = None) -> Optional[Party]:
        """The one person of the filing with ``surname``, or None if none or several
        (``named``: the persons with the surname, when the caller has them already).

        With a generational ``suffix`` ("3d" of "Mr. Roe 3d") only persons of that generation
        count: "Mr. Roe, Jr." is John Q. Roe, Jr., not his father John Q. Roe.

        With a ``title`` that states a sex ("Mr", "Mrs"), persons the filing states to be of
        the other sex (:func:`~graphkit.parsers.stated_sex.stated_sexes`) do not count, even
        when the filing titles the surname for both sexes; nothing is guessed from given names.

        >>> from graphkit.parsers.partybook import PartyBook
        >>> book = PartyBook(); _ = book.add("Fred H. Doe"); _ = book.add("Jane Doe")
        >>> book.lookup("Mr. Doe") is None, book.lookup("Ms. Roe") is None
        (True, True)
        >>> _ = book.add("Kay Roe"); book.lookup("Roe").name, book.lookup("Doe") is None
        ('Kay Roe', True)
        >>> book.note_honorifics("Fred H. Doe and his wife, Jane Doe, own it. Mrs. Doe votes.")
        >>> book.lookup("Mr. Doe").name, book.lookup("Mrs. Doe") is None
        ('Fred H. Doe', True)

        Of two persons so named, one stated a woman, the other is a man when the filing titles
        the surname for both sexes ("Mr. and Mrs. Doe"); without that, "Mrs." may be either (one
        stated a man proves nothing of the other):

        >>> book.note_honorifics("Mr. and Mrs. Doe vote."); book.lookup("Mrs. Doe").name
        'Jane Doe'
        """
        low = surname.lower()
        hits = self._persons_named(surname) if named is None else named
        if suffix:
            gen = SUFFIXES[suffix.lower().rstrip(".")]
            hits = [p for p in hits if any(generation_of(n) == gen for n in p.all_names())]
        male = None if title is None or title.lower() not in MALE_TITLES | FEMALE_TITLES \
            else title.lower() in MALE_TITLES
        if male is not None and len(hits) == 1 and self.stated_sex(hits[0]) is (not male):
            return None  # "Mr. Doe" of the one Doe stated a woman ("Jane Doe, the wife of ...")
        if male is not None and len(hits) > 1:
            sexes = [self.stated_sex(p) for p in hits]
            if len(hits) == 2 and low in self._held_surnames and sexes.count(None) == 1 \
                    and False in sexes:
                # "Mr. Roe" and "Mrs. Roe" of two persons named Roe, one stated a woman ("his
                # wife, Jane Roe"): the other is the man. Not the other way round: one stated
                # a man may have a father or brother of the name, and "Mrs. Roe" be no party
                sexes = [True if x is None else x for x in sexes]
            hits = [p for p, x in zip(hits, sexes) if x is not (not male)]
            return hits[0] if len(hits) == 1 else None
        if low in self._held_surnames:
            return None
        return hits[0] if len(hits) == 1 else None

    def stated_sex(self, party: Party) -> Optional[bool]:
        """True for a man, False for a woman, as the filing states it (:meth:`note_honorifics`);
        None when unstated or stated both ways.

        >>> from graphkit.parsers.partybook import PartyBook
        >>> book = PartyBook(); p = book.add("Jane Roe"); book.note_honorifics("Ms. Jane Roe.")
        >>> book.stated_sex(p), book.stated_sex(book.add("John Doe"))
        (False, None)
        """
        keys = {_person_key(n) for n in party.all_names()} - {None}
        said = {male for name, male in self._sexes
                if (pk := _person_key(name)) is not None and any(
                    pk[0] == k[0] and pk[2] == k[2] for k in keys)}
        return said.pop() if len(said) == 1 else None
