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

from typing import Iterable, Optional

from graphkit.aliases import keep_alias
from graphkit.models import (Alias, AliasKind, Evidence, Identifier, Party, PartyKind,
                             PartyRole, unchecked)
from graphkit.parsers.partybook_kinds import StatedKind, kinds_clash, may_clash, new_party
from graphkit.names import clean_name, guess_kind, strip_degrees
from graphkit.parsers.partybook_acronyms import acronym_cost, may_abbreviate, names_another
from graphkit.parsers.partybook_spelling import Spelling
from graphkit.parsers.partybook_persons import PersonLookups, strip_honorific
from graphkit.parsers.partybook_predecessor import predecessor_name
from resolvers.compare import identifier_verdict

#: The fields a validating ``Alias(name=, how=, evidence=)`` call is given (for unchecked())
_ALIAS_GIVEN = frozenset({"name", "how", "evidence"})
from graphkit.parsers.partybook_names import (  # noqa: F401  (re-exported)
    ACRONYM_FREE_WORDS, ACRONYM_MAX_COST, BARE_LEGAL, BARE_SURNAME, CAPACITY, CLAUSE_WORDS,
    COUPLE_SURNAME,
    DOTTED_INITIALS, FEMALE_TITLES, FEMALE_TITLE_CUES, FUZZY_MARGIN, FUZZY_MIN, HONORIFIC,
    HONORIFIC_MENTION, HONORIFIC_SURNAME, INITIAL_DOTS, ISSUER_WORDS, LEGAL_FORMS,
    MALE_TITLES, NAME_CACHE_SIZE, NAME_LINK_WORDS, NOT_KEY_CHAR, PERSON_TOKEN_SPLIT,
    SERIES_MARK, SHORT_FORM_MIN_CHARS, SUFFIX_MIN_CHARS, TOKEN_SPLIT, TRAILING_CAPACITY,
    TRAILING_FUND, CAPACITY_ENDINGS, lacks_leading_words,
    VEHICLE_WORDS, capacity_of, compact_initials, discriminators, generation_of,
    looks_like_name, name_tokens, near_twins, short_form_of, squeeze,
    surname_of, vetoed, _bare_key, _person_key)


class PartyBook(PersonLookups):
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
        self._by_id: dict[str, Party] = {}  # the parties by id (ids are never reused)
        self._keys: dict[str, str] = {}  # squeezed name/term -> party id
        # squeezed names that two parties of different identifiers bear ("Acme Fund IV, L.P."
        # of CIK 2 and of CIK 3): without an identifier such a name names neither
        self._twins: set[str] = set()
        self._held_surnames: set[str] = set()  # titled by both sexes: "Mr. X" and "Mrs. X"
        self._quiet: set[str] = set()  # persons no bare surname names (:meth:`quiet_surname`)
        self._sexes: list[tuple[str, bool]] = []  # (full name, is a man) the filing states
        # (spelling, other is a person) -> other spelling -> how alike (:meth:`Spelling.score`)
        self._pair_scores: dict[tuple[str, bool], dict[str, float]] = {}
        self._stated: dict[str, StatedKind] = {}  # party id -> the kind stated when named
        self._apart: set[str] = set()  # former companies: named only by name or term (bind_former)
        # names whose degree is part of them (keep_degree) -> the kind of a new party of one
        self._whole: dict[str, Optional[PartyKind]] = {}

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
        try:
            return self._by_id[party_id]
        except KeyError:
            raise KeyError(f"party {party_id!r} not in party book") from None

    def lookup(self, name: str, fuzzy: bool = True,
               kind: Optional[PartyKind] = None) -> Optional[Party]:
        """The party known by ``name`` (a name, spelling or term), or None. A person's name
        of the stated ``kind`` never names the party of that name with a legal form, nor the
        other way round (:func:`~graphkit.parsers.partybook_kinds.kinds_clash`): "Jane Roe"
        signing by hand is not "Jane Roe LLC".

        >>> book = PartyBook(); _ = book.add("Donald R. Doe"); _ = book.add("Jane Roe LLC")
        >>> book.lookup("DOE, DONALD R.").name, book.lookup("Jane Roe", kind=PartyKind.PERSON)
        ('Donald R. Doe', None)
        """
        key = squeeze(name)
        if not key or key in self._twins:
            return None  # a name of two parties with different CIKs: neither (is_ambiguous)
        if key in self._keys:
            return self._by_id[self._keys[key]]  # get(): every key names a party of the book
        if kind is not PartyKind.ORGANIZATION and key not in self._whole and \
                (plain := strip_degrees(name)) != name:
            return self.lookup(plain, fuzzy, kind)  # "Jane Roe, Ph.D." is "Jane Roe"
        if key in ISSUER_WORDS:
            bare = key.removeprefix("the")
            if bare in self._keys:  # "the Company" of a filing that defines "Company"
                return self.get(self._keys[bare])
            issuers = self.with_role(PartyRole.ISSUER)
            return issuers[0] if len(issuers) == 1 else None
        titled = HONORIFIC_SURNAME.match(name.strip())
        if titled is not None:
            return self._by_surname(titled["surname"], titled["title"], titled["suffix"])
        if BARE_SURNAME.match(name.strip()):  # "Roe" as "Mr. Roe": the one person so named
            named = self._persons_named(name.strip(), bare=True)
            hit = self._by_surname(name.strip(), named=named)
            if hit is not None and name.isupper() and not any(n.isupper()
                                                              for n in hit.all_names()):
                # a word in capitals ("FORD") names a person only where persons are printed
                # in capitals; in mixed case it is a company's or a term's
                hit = None
            if hit is not None or len(named) > 1:
                return hit
        hit = self._match(name, (), kind) if fuzzy else None
        if hit is None and name.rstrip(" .").lower().endswith(CAPACITY_ENDINGS):
            bare = TRAILING_CAPACITY.sub("", name)
            if bare != name and bare.strip():  # "Acme Bank, N.A., TRUSTEE": the bank
                return self.lookup(bare, fuzzy, kind)
        return hit

    def _match(self, name: str, identifiers: tuple[Identifier, ...] = (),
               kind: Optional[PartyKind] = None) -> Optional[Party]:
        whole = self._whole
        if whole and squeeze(name) in whole:
            return None  # "Jane Roe, M.D." kept whole (keep_degree): named exactly only
        spelling: Optional[Spelling] = None  # read when a pair is first scored
        scored: list[tuple[float, Party]] = []
        legal = discriminators(name)["legal"]
        stated = self._stated
        # a filing looks the same spelling up again and again: each pair is scored once
        of_org = self._pair_scores.setdefault((name, False), {})
        of_person = self._pair_scores.setdefault((name, True), {})
        clashes = may_clash(name, kind)  # (most spellings clash with no party: no test)
        for p in self._parties:
            if p.id in self._apart:
                continue  # "Acme Corp. (Old Acme)": no spelling of "Acme Corp." is the former
            if identifiers and p.identifiers and identifier_verdict(p.identifiers,
                                                                    identifiers)[0] is False:
                continue  # another CIK: another party, however alike the names
            if whole and squeeze(p.name) in whole:
                continue  # nor is a party of a name kept whole named by another spelling
            if clashes and kinds_clash(name, kind, p, stated):
                continue  # "Jane Roe" (a person, stated) is not "Jane Roe LLC"
            if legal and (p_legal := discriminators(p.name)["legal"]) and legal != p_legal:
                continue  # "X L.P." is never "X G.P. Inc.", whatever its short term says
            p_person = p.kind is PartyKind.PERSON
            scores = of_person if p_person else of_org
            best = 0.0
            # every name of the party (a repeated alias scores the same again: all_names()
            # without its de-duplication)
            for other in (p.name, *[a.name for a in p.aliases]):
                score = scores.get(other)
                if score is None:
                    spelling = spelling or Spelling(name)
                    score = scores[other] = spelling.score(other, p_person)
                if score > best:
                    best = score
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
            kind: PartyKind | str | None = None, create: bool = True,
            fuzzy: bool = True, identifiers: Iterable[Identifier] = (),
            stated_kind: PartyKind | None = None) -> Optional[Party]:
        """Add a spelling: link it to the party it names, or start a new party.

        Returns the party, or None when ``create`` is false and no party matches. A spelling
        that differs from the party's name is kept as an alias of kind ``how``. With ``fuzzy``
        false the spelling is linked only by an exact name, spelling or term (no scoring
        against every party: for the many persons of a long table). ``identifiers`` (a CIK)
        are given to the party; a party with another identifier of the same scheme is never
        the one a spelling names (:func:`~resolvers.compare.identifier_verdict`).
        ``stated_kind``, the kind the filing states for the spelling (a hand signer, ``how``
        "signature", is a person; a cover's type code "IN"), keeps a person's name from the
        party of that name with a legal form and back (:meth:`lookup`); a new party is still of
        ``kind`` (or the kind its name reads as).

        >>> book = PartyBook(); _ = book.add("Jane Quincy Roe")
        >>> book.add("Jane Q. Roe", fuzzy=False).name
        'Jane Q. Roe'
        >>> cik = lambda v: [Identifier(scheme="cik", value=v)]
        >>> a = book.add("Acme Fund IV Trust", identifiers=cik("1"))
        >>> book.add("Acme Fund IV Trust.", identifiers=cik("2")).id == a.id
        False
        """
        name = clean_name(name)
        key = squeeze(name)
        if not key:
            return None
        ids = tuple(identifiers)
        if key in self._twins:  # the twin of this CIK; without one the first (see lookup)
            party = self._match(name, ids) if ids else self.get(self._keys[key])
        else:
            party = self.lookup(name, fuzzy, stated_kind)
        if party is not None and ids and identifier_verdict(party.identifiers, ids)[0] is False:
            party = self._match(name, ids, stated_kind) if fuzzy else None
        if party is None:
            if not create:
                return None
            bare = strip_honorific(name)
            if key not in self._whole and stated_kind is not PartyKind.ORGANIZATION and \
                    (kind is None or PartyKind(kind) is PartyKind.PERSON):
                bare = strip_degrees(bare)  # the name, not its degree: "Jane Roe, Ph.D."
            party = new_party(f"{self._prefix}{len(self._parties) + 1}", bare,
                              PartyKind(kind) if kind else self._whole.get(key) or
                              guess_kind(name))
            if bare != name:
                self._alias(party, name, _kind_of(how), evidence)
                self._keys.setdefault(squeeze(bare), party.id)
            self._parties.append(party)
            self._by_id[party.id] = party
        else:
            self._alias(party, name, _kind_of(how), evidence)
            self._prefer_article(party, name)
            self._quiet.discard(party.id)  # named again: a bare surname may be hers
        if stated_kind is not None and party.kind is stated_kind:
            said = StatedKind(stated_kind, _kind_of(how) is AliasKind.SIGNATURE)
            if party.id not in self._stated or said.signed > self._stated[party.id].signed:
                self._stated[party.id] = said  # a hand signature outweighs a type code
        first = self._keys.setdefault(key, party.id)
        if ids:
            party.identifiers.extend(i for i in ids if i not in party.identifiers)
        if first != party.id and ids and \
                identifier_verdict(self.get(first).identifiers, ids)[0] is False:
            self._twins.add(key)  # "Acme Fund IV, L.P." of CIK 2, now of CIK 3 as well
        if role is not None:
            self.add_role(party, role)
        if evidence is not None and not _cites(party.evidence, evidence):
            party.evidence.append(evidence)
        return party

    def keep_degree(self, name: str, kind: Optional[PartyKind] = None) -> None:
        """Keep the degree at the end of ``name`` as a word of it: an organization named
        after a doctor ("John Roe, M.D." filing with the type code CO), or a reporting person
        whose cover name differs from another's by a degree alone ("Jane Roe, M.D." beside
        "Jane Roe": two covers, two persons). ``name`` then never names the party of its name
        without the degree, a new party of it is named so, of ``kind`` when given, and is
        named by that name only (no fuzzy match either way).

        >>> book = PartyBook(); roe = book.add("John Roe")
        >>> book.keep_degree("John Roe, M.D.", PartyKind.ORGANIZATION)
        >>> firm = book.add("John Roe, M.D.")
        >>> firm.id != roe.id, firm.name, firm.kind.value
        (True, 'John Roe, M.D.', 'organization')
        """
        self._whole[squeeze(clean_name(name))] = kind

    def keeps_degree(self, name: str) -> bool:
        """Whether ``name`` was told to keep its degree (:meth:`keep_degree`): named only by
        that very name, never matched to a person in another order or without the degree."""
        return squeeze(clean_name(name)) in self._whole

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
        _rename(party, f"The {old}" if name.isupper() and not old.isupper() else name)

    @staticmethod
    def prefer_cased(party: Party, name: str) -> None:
        """Name the party by ``name`` when its name is the same words in capitals: a cover
        page's "Acme Capital, Inc." over "ACME CAPITAL, INC." read first (an exhibit's power of
        attorney defining a term); the capitals stay an alias.

        >>> book = PartyBook(); p = book.add("ACME CAPITAL, INC.")
        >>> book.prefer_cased(book.add("Acme Capital, Inc."), "Acme Capital, Inc."); p.name
        'Acme Capital, Inc.'
        """
        if not party.name.isupper() or name.isupper() or squeeze(name) != squeeze(party.name):
            return
        _rename(party, name)

    def _alias(self, party: Party, name: str, how: AliasKind,
               evidence: Evidence | None) -> None:
        if name == party.name or any(a.name == name and a.how == how for a in party.aliases):
            return
        if type(name) is str and (evidence is None or type(evidence) is Evidence):
            # a str, an AliasKind member and an Evidence: nothing to validate (see unchecked())
            alias = unchecked(Alias, {"name": name, "how": how, "evidence": evidence,
                                      "until": None}, _ALIAS_GIVEN)
        else:
            alias = Alias(name=name, how=how, evidence=evidence)
        keep_alias(party, alias)  # one alias per spelling (a cover's name signed again)

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

    @property
    def former_ids(self) -> frozenset[str]:
        """The ids of the former companies :meth:`bind_former` made.

        >>> book = PartyBook(); old = book.bind_former("Old Acme", "Acme Corp.")
        >>> book.former_ids == {old.id}
        True
        """
        return frozenset(self._apart)

    def bind_former(self, term: str, name: str, *, evidence: Evidence | None = None
                    ) -> Party:
        """Bind a term that calls ``name`` a former company ("Old Acme") to a party of its own,
        named :func:`~graphkit.parsers.partybook_predecessor.predecessor_name`, apart from the
        current party ``name`` names: only that name or the term ever looks it up.

        >>> book = PartyBook(); filer = book.add("Acme Corp.")
        >>> old = book.bind_former("Old Acme", "Acme Corp.")
        >>> old.name, book.lookup("Old Acme").id == old.id, book.lookup("ACME CORP").id == filer.id
        ('Acme Corp. (Old Acme)', True, True)
        """
        party = self.add(predecessor_name(name, term), evidence=evidence,
                         kind=PartyKind.ORGANIZATION, fuzzy=False)
        assert party is not None  # (a new party is always made for a non-empty name)
        self._apart.add(party.id)
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
        party = self.abbreviated_party(abbr)
        if party is not None:
            self.bind_abbreviation(abbr, party, evidence=evidence)
        return party

    def abbreviated_party(self, abbr: str) -> Optional[Party]:
        """The organization :meth:`link_abbreviation` would link ``abbr`` to, or None; the
        book is left as it is (a caller may then build the evidence for a link only).

        >>> book = PartyBook(); _ = book.add("Acme Capital Fund-V Affiliates Fund, L.P.")
        >>> book.abbreviated_party("ACVA").name, book.abbreviated_party("XYZ")
        ('Acme Capital Fund-V Affiliates Fund, L.P.', None)
        """
        # Only a cost within ACRONYM_MAX_COST can win, and only an equal cost can tie with it:
        # the first party with the lowest such cost wins unless another one has it too.
        best: Optional[Party] = None
        best_cost, tied = ACRONYM_MAX_COST, False
        for p in self._parties:
            if p.kind is not PartyKind.ORGANIZATION:
                continue
            # (may_abbreviate: the cheap test that ends most calls, before the cached call)
            cost = acronym_cost(abbr, p.name) if may_abbreviate(abbr, p.name) else None
            extra = 0
            for a in p.aliases:
                if a.how is AliasKind.DEFINED_TERM:
                    extra = 1  # (a defined term is no spelling to abbreviate)
                    continue
                c = acronym_cost(abbr, a.name) if may_abbreviate(abbr, a.name) else None
                if c is not None and (cost is None or c < cost):
                    cost = c
            if cost is None or cost + extra > best_cost:
                continue
            if best is not None and cost + extra == best_cost:
                tied = True
            else:
                best, best_cost, tied = p, cost + extra, False
        return None if tied or best is None or names_another(abbr, best, self._parties) else best

    def bind_abbreviation(self, abbr: str, party: Party, *,
                          evidence: Evidence | None = None) -> None:
        """Record ``abbr`` as an abbreviation of ``party`` (see :meth:`abbreviated_party`)."""
        self._alias(party, abbr, AliasKind.ABBREVIATION, evidence)
        self._keys[squeeze(abbr)] = party.id

    def add_role(self, party: Party, role: PartyRole | str) -> None:
        """Give ``party`` a role in this filing (once)."""
        r = role if type(role) is PartyRole else PartyRole(role)  # (an enum call costs more)
        if r not in party.roles:
            party.roles.append(r)

    def with_role(self, role: PartyRole | str) -> list[Party]:
        """The parties that play ``role``, in order."""
        r = role if type(role) is PartyRole else PartyRole(role)
        return [p for p in self._parties if r in p.roles]

    def names(self) -> Iterable[tuple[str, str]]:
        """Every (name or term, party id) the book knows, for scanning text."""
        for p in self._parties:
            for n in p.all_names():
                yield n, p.id


def _kind_of(how: AliasKind | str) -> AliasKind:
    """``AliasKind(how)``, without the enum call when ``how`` is one already."""
    return how if type(how) is AliasKind else AliasKind(how)


def _cites(evidence: list[Evidence], ev: Evidence) -> bool:
    """``ev in evidence``, comparing whole records only where their places agree (comparing
    two models field by field costs twenty times more than comparing two numbers)."""
    start, end = ev.start, ev.end
    return any(e is ev or (e.start == start and e.end == end and e == ev) for e in evidence)


def _rename(party: Party, name: str) -> None:
    """Name ``party`` by ``name``, its old name kept as an alias (``name`` no longer one)."""
    old, party.name = party.name, name
    party.aliases = [a for a in party.aliases if a.name != name]
    if not any(a.name == old for a in party.aliases):
        party.aliases.append(Alias(name=old, how=AliasKind.SPELLING))
