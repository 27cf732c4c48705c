"""The claims of a Schedule 13D/13G text filing's prose findings: each name of a finding bound to
a party of the filing (or made a party of its own), and the relation claimed between them.

A biography names its person by title and surname ("Mr. Roe has served as ...") and the full
name only in the roster of directors and officers (Instruction C: "John Q. Roe | 48 |
Director"), which is read after the prose. :meth:`ProseClaims.add` sets aside the findings
that name a person the book does not know yet by title and surname (:func:`awaits_roster`), so
that they are read after the roster and bind to the roster's person instead of becoming a bare
party "Mr. Roe".

Examples
--------
>>> from graphkit.models import Evidence
>>> book = PartyBook(); acme = book.add("Acme Corp.")
>>> f = ProseFinding(relation=Relation.DIRECTOR_OF, holder="Mr. Roe", held="Acme Corp.",
...                  evidence=Evidence(source="x", text="Mr. Roe is a director of Acme Corp."),
...                  pattern="holder_is_role_of")
>>> claims = []; reader = ProseClaims(SourceText("x", ""), book, claims, [], [])
>>> reader.add([f], roster_pending=True), claims, reader.later == [f]
([], [], True)
>>> _ = book.add("John Q. Roe")       # the roster's row
>>> reader.add(reader.later), [(book.get(c.source).name, c.relation.value) for c in claims]
([], [('John Q. Roe', 'director_of')])
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache

from graphkit.models import Claim, FilingWarning, Party, PartyKind, PartyRole
from graphkit.parsers.power_claims import STATED_NOTES
from graphkit.parsers.filer_terms import filer_parties
from graphkit.parsers.generic_terms import generic_name
from graphkit.parsers.partybook import PartyBook, capacity_of
from graphkit.parsers.partybook_names import FEMALE_TITLES, HONORIFIC_SURNAME
from graphkit.parsers.prose import DefinedTerm, ProseFinding
from graphkit.parsers.prose_joined_names import with_sibling_wholes, with_whole_names
from graphkit.parsers.prose_name_patterns import legal_form_only
from graphkit.parsers.prose_percent_owned import SHORT_FORM, held_company
from graphkit.parsers.prose_role_of_role import RoleReference, holder_kind, role_reference
from graphkit.parsers.prose_roles import (HELD_PERSON, held_person_message, held_relation,
                                          role_relations)
from graphkit.parsers.prose_unbound import UNBOUND_HELD, UNBOUND_HOLDER, unbound_message
from graphkit.parsers.schedule13_cover_patterns import NAME_ID_NOT_GIVEN, NAME_ID_SUFFIX
from graphkit.parsers.xml_prose import filer_by_leading_words
from graphkit.parsers.schedule13_terms import bind_later_term
from graphkit.parsers.schedule13_claims import (add_claim, expand_collective,
                                                officer_of_partnership, plausible_new_party)
from graphkit.relations import Relation, held_kind_fits
from graphkit.source import SourceText


def awaits_roster(f: ProseFinding, book: PartyBook) -> bool:
    """True when ``f`` names someone by title and surname alone ("Mr. Roe") whom the book
    does not know yet: the roster read later may name that person in full. Not "Ms. Roe" nor
    "Mrs. Roe": the roster states no one's sex, and a woman so titled in a biography is as
    often a wife or mother outside it (the roster's "Mark Roe" is not "Ms. Roe").

    >>> from graphkit.models import Evidence
    >>> book = PartyBook(); _ = book.add("Jane Q. Roe")
    >>> ev = Evidence(source="x", text="")
    >>> f = lambda holder: ProseFinding(relation=Relation.DIRECTOR_OF, holder=holder,
    ...                                 held="Acme Corp.", evidence=ev, pattern="p")
    >>> awaits_roster(f("Mr. Doe"), book), awaits_roster(f("Ms. Roe"), book)
    (True, False)
    >>> awaits_roster(f("Ms. Doe"), book), awaits_roster(f("Dr. Doe"), book)
    (False, True)
    >>> awaits_roster(f("John Doe"), book)
    False
    """
    for name in (f.holder, f.held):
        m = HONORIFIC_SURNAME.match(name.strip()) if name and name[0] in "MD" else None
        if m is not None and m["title"].lower() not in FEMALE_TITLES \
                and book.lookup(name) is None:
            return True
    return False


#: Where a paragraph starts: after a blank line (or the text's start)
PARAGRAPH_START = regex_cache.compile(r"""\n[ \t]*\n""", re.VERBOSE)
#: The full name a roster paragraph opens with, then a comma: "Jon Roe, Acme Corp., ...",
#: "Jon Q. Roe, 1 Main St."
ENTRY_NAME = regex_cache.compile(r"""
    ^\s*(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?P<surname>[A-Z][A-Za-z'\-]+))\s*,
""", re.VERBOSE)


def entry_full_name(text: str, pos: int, surname: str) -> Optional[str]:
    """The full name a roster paragraph that holds ``pos`` opens with, given and surname, when
    its surname is ``surname`` and the paragraph names no other person of that surname (by
    another full name, or another honorific: "Mr. Roe and Mrs. Roe"): "Jon Roe, Acme Corp., 1
    Main St. Mr. Roe is an officer of ...".

    >>> text = "Officers:\\n\\n  Jon Roe, Acme Corp., 1 Main St. Mr. Roe is a director of Acme."
    >>> entry_full_name(text, text.index("Mr."), "Roe"), entry_full_name(text, 60, "Doe")
    ('Jon Roe', None)
    >>> text = "Officers:\\n\\nMary Roe, 1 Main St. Mr. Roe and Mrs. Roe are directors."
    >>> entry_full_name(text, text.index("Mr."), "Roe") is None
    True
    """
    starts = [m.end() for m in PARAGRAPH_START.finditer(text, max(0, pos - 600), pos)]
    head_start = starts[-1] if starts else max(0, pos - 600)
    m = ENTRY_NAME.match(text[head_start:pos])
    if m is None or m["surname"] != surname:
        return None
    stop = PARAGRAPH_START.search(text, pos, pos + 600)
    paragraph = text[head_start + m.end():stop.start() if stop else min(len(text), pos + 600)]
    titles = {t.rstrip(".") for t in SAME_SURNAME_TITLE.findall(paragraph.replace(surname, "\0"))}
    others = [n for n in SAME_SURNAME_NAME.findall(paragraph.replace(surname, "\0"))]
    return m["name"] if len(titles) <= 1 and not others else None


#: An honorific before a surname (the surname replaced by a NUL): "Mr. \0", "Mrs \0"
SAME_SURNAME_TITLE = regex_cache.compile(r"""\b(Mrs?|Ms|Miss|Dr)\.?\s+(?=\x00)""", re.VERBOSE)
#: A given name before a surname (the surname replaced by a NUL): "Mary \0", "Jon Q. \0"
SAME_SURNAME_NAME = regex_cache.compile(r"""
    (?<![A-Za-z.])(?!(?:Mrs?|Ms|Miss|Dr)\b)[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?=\x00)
""", re.VERBOSE)


def unbound_warning(src: SourceText, name: str, f: ProseFinding, where: Optional[int]
                    ) -> FilingWarning:
    """The warning that ``name``, the holder or held party of ``f``, binds to no party: the
    relation ``f`` states is not read (no party is guessed for it).

    >>> from graphkit.models import Evidence
    >>> f = ProseFinding(relation=Relation.MANAGING_MEMBER_OF, holder="Roe", held="Acme LLC",
    ...                  evidence=Evidence(source="x", text="Roe is the managing member of "
    ...                                    "Acme LLC."), pattern="holder_is_role_of")
    >>> w = unbound_warning(SourceText("x", "Roe is ..."), "Roe", f, 0)
    >>> w.code, w.line, w.message   # doctest: +NORMALIZE_WHITESPACE
    ('prose-holder-unbound', 1, "'Roe', the holder of the relation managing_member_of, binds to
    no party of the filing (no name, spelling, defined term or person of that surname) and is
    not made one; the relation is not read")

    A party named by a role it holds ("the manager of the Trust") binds to none when no
    relation read gives that role to one party alone:

    >>> f = f.model_copy(update={"held": "the manager of the Trust"})
    >>> unbound_warning(SourceText("x", "..."), f.held, f, 0).message  # doctest: +ELLIPSIS
    "'the manager of the Trust', the held party of ... (no relation read gives that role to ...
    """
    holder = name == f.holder
    why = "no relation read gives that role to one party" if role_reference(name) else \
        "no name, spelling, defined term or person of that surname"
    return src.warn(UNBOUND_HOLDER if holder else UNBOUND_HELD,
                    unbound_message(name, f.relation.value, holder, why), where)


def unread_percent_warning(src: SourceText, f: ProseFinding, where: Optional[int]
                           ) -> FilingWarning:
    """The warning that the percent stated with the holding ``f`` ('6.0 7.', its ``unread``),
    its sign misread by OCR, is not read: the holding's percent is left empty, never 7 or
    6.07 (at the damaged percent's line, else at ``where``, the sentence's).

    >>> from graphkit.models import Evidence
    >>> text = "Acme LP owns 320,000 Units, representing approximately\\n6.0 7. of the Units."
    >>> f = ProseFinding(relation=Relation.BENEFICIAL_OWNER_OF, holder="Acme LP", held="",
    ...                  evidence=Evidence(source="x", text=""), shares=320000, unread="6.0 7.")
    >>> w = unread_percent_warning(SourceText("x.txt", text), f, 0)
    >>> w.code, w.line, w.message   # doctest: +NORMALIZE_WHITESPACE
    ('unread-prose-number', 2, "x.txt: the holding (320,000) of Acme LP states the percent
    '6.0 7.', its sign misread by OCR; not read")
    """
    at = src.text.find(f.unread or "", where) if where is not None else -1
    count = f" ({f.shares:,})" if f.shares is not None else ""
    return src.warn("unread-prose-number", f"{src.path}: the holding{count} of {f.holder} "
                    f"states the percent {f.unread!r}, its sign misread by OCR; not read",
                    at if at >= 0 else where)


#: The stand-in for a party :meth:`ProseClaims._resolve` would make (read without making it)
_WOULD_ADD = Party(id="", name="(new party)", kind=PartyKind.ORGANIZATION)


class ProseClaims:
    """Adds the claims of prose findings to ``claims``, binding their names in ``book``.

    Parameters
    ----------
    src : SourceText
        The filing (for the warnings' places).
    book : PartyBook
        The filing's parties; a plausible name no party bears becomes a party of its own.
    claims : list of Claim
        The filing's claims, added to.
    reporting : list of Party
        The reporting persons ("the Reporting Person" of one filer is that filer).
    groups : list of DefinedTerm
        The collective terms ("the Acme Funds"), each expanded to its members.
    later : list of DefinedTerm, optional
        The terms whose party was not read when the terms were bound ('Employees' Stock
        Ownership Plan ("Plan")'), each bound at its first mention to the party its name names
        then (:func:`~graphkit.parsers.schedule13_terms.bind_later_term`).

    Attributes
    ----------
    record : dict
        The holdings stated without a held party, by the one holder's id (a record holder's
        shares), for the holdings read later.
    later : list of ProseFinding
        The findings set aside until the roster is read (see :meth:`add`).
    """

    def __init__(self, src: SourceText, book: PartyBook, claims: list[Claim],
                 reporting: list[Party], groups: list[DefinedTerm],
                 later: Optional[list[DefinedTerm]] = None) -> None:
        self.src, self.book, self.claims = src, book, claims
        self.reporting, self.groups = reporting, groups
        self._later_terms = list(later or [])
        self.record: dict[str, list[ProseFinding]] = {}
        self.later: list[ProseFinding] = []
        self._unbound: set[str] = set()
        self._said = ""  # the text of the finding read (where a short name is said)

    def _resolve(self, name: str, dry: bool = False) -> Optional[Party]:
        """The party ``name`` binds to, made one of its own if plausible (with ``dry``, no
        party is made: a stand-in is returned for the one that would be)."""
        book = self.book
        if (ref := role_reference(name)) is not None:  # "the manager of the Trust"
            return self._role_holder(ref)
        name = capacity_of(name) or name  # "Trustee of DFT": the relation is DFT's
        # "Roe Family Trust 13-1234567", "... S.S. No. Not Applicable": no part of the name
        name = NAME_ID_NOT_GIVEN.sub("", NAME_ID_SUFFIX.sub("", name) if "-" in name
                                     else name) or name
        p = book.lookup(name)
        by_role = filer_parties(name, self.reporting) if p is None else None
        if by_role is not None:  # "the Reporting Person": the one filer, of several none
            return by_role[0] if len(by_role) == 1 else None
        if p is None and book.is_ambiguous(name):
            return None  # "Mr. Doe" of two persons named Doe: not guessed, no party of its own
        if p is None:  # "Acme" of a filer "Acme Partners Limited Partnership" (an amendment's)
            p = filer_by_leading_words(name, self.reporting, book, self._said)
        if p is None and plausible_new_party(name):
            p = _WOULD_ADD if dry else book.add(name, role=PartyRole.NAMED)
        return p

    def _role_holder(self, ref: RoleReference) -> Optional[Party]:
        """The one party the claims read so far give the role of ``ref`` in the party it
        names ("the manager of the Trust": the Trust's one investment manager; "the corporate
        general partner of GLP": its one organization general partner, :func:`~graphkit.
        parsers.prose_role_of_role.holder_kind`); None when they give none or several, or the
        party is none of the filing's."""
        held = self.book.lookup(ref.name)
        if held is None:
            by_role = filer_parties(ref.name, self.reporting)
            held = by_role[0] if by_role is not None and len(by_role) == 1 else None
        if held is None:
            return None
        relations = {held_relation(rel, title, ref.role, held.name)[0]
                     for rel, title in role_relations(ref.role)}
        kind = holder_kind(ref.role)
        holders = {c.source for c in self.claims if c.target == held.id and
                   c.relation in relations}
        holders = {h for h in holders if kind is None or self.book.get(h).kind is kind}
        return self.book.get(holders.pop()) if len(holders) == 1 else None

    def _resolve_all(self, name: str, dry: bool = False) -> list[Party]:
        members = expand_collective(name, self.groups, self.book,  # each fund of "the Funds"
                                    lambda member: self._resolve(member, dry))
        if members is not None:
            return members
        p = self._resolve(name, dry)
        return [p] if p is not None else []

    def _entry_person(self, name: str, where: int) -> None:
        """Make the person a paragraph opens with ("Jon Roe, Acme Corp., ...") a party known
        also as ``name`` ("Mr. Roe", said in that paragraph), if its surname is the same."""
        m = HONORIFIC_SURNAME.match(name.strip())
        full = entry_full_name(self.src.text, where, m["surname"]) if m else None
        if full is not None and self.book.lookup(full) is None:
            self.book.add(full, role=PartyRole.NAMED, kind=PartyKind.PERSON)
            self.book.add(name, kind=PartyKind.PERSON)  # linked to it as a spelling

    def _where(self, f: ProseFinding) -> Optional[int]:
        """Where in the text ``f`` was read, for a warning (None when not known)."""
        return None if f.evidence.start is None else self.src.text_pos(f.evidence.start)

    def add(self, findings: list[ProseFinding], roster_pending: bool = False
            ) -> list[FilingWarning]:
        """Claim what each of ``findings`` states, in order; a warning for each name that may
        be several persons' ("Mr. Doe" of two Does), or that is a generic word no term of the
        filing binds ("the Fund", no party: :func:`~graphkit.parsers.generic_terms.
        generic_name`), whose findings are not read. With
        ``roster_pending``, a finding that :func:`awaits_roster` (as the book stands when it
        comes up) is kept in :attr:`later` instead, to be added after the roster."""
        book, warnings = self.book, []

        def resolved(name: str) -> bool:
            return book.lookup(name) is not None
        wholes: dict[tuple, set[str]] = {}
        for f in findings:  # the book as it stands at each finding, its parties made so far
            whole = with_whole_names(  # "Lowe Associates" of "Baker and Lowe Associates"
                f, [n for n, _ in book.names()],
                lambda n: not resolved(n) and plausible_new_party(n), resolved)
            f = with_sibling_wholes(f, whole, wholes)  # and "Willow" of "Willow and Lowe ..."
            self._said = f.evidence.text
            if roster_pending and awaits_roster(f, book):
                self.later.append(f)
                continue
            if f.unread is not None:  # "6.0 7.": a percent whose sign OCR misread
                warnings.append(unread_percent_warning(self.src, f, self._where(f)))
            if awaits_roster(f, book) and (where := self._where(f)) is not None:  # the roster
                self._entry_person(f.holder, where)  # read none: "Jon Roe, <address>. Mr. Roe"
            for name in (f.holder, f.held):
                if not name or name in self._unbound or book.lookup(name) is not None or \
                        bind_later_term(book, self._later_terms, name) is not None:
                    continue
                where = self._where(f)
                if role_reference(name) is not None:
                    if self._resolve(name) is None:  # no claim read says who holds that role
                        warnings.append(unbound_warning(self.src, name, f, where))
                elif book.is_ambiguous(name):
                    self._unbound.add(name)
                    warnings.append(self.src.warn(
                        "ambiguous-name", f"{name!r} may name more than one person of the "
                        f"filing; the {f.relation.value} relation stated about it is not read",
                        where))
                elif legal_form_only(name) and expand_collective(name, self.groups, book) is None:
                    self._unbound.add(name)  # "Ltd." of a name whose words were not read
                    warnings.append(self.src.warn(
                        "legal-form-name", f"{name!r} was read as a legal form alone, the words "
                        f"of its name not read; the {f.relation.value} relation stated about "
                        "it is not read", where))
                elif generic_name(name) and filer_parties(name, self.reporting) is None and \
                        expand_collective(name, self.groups, book) is None:
                    self._unbound.add(name)  # "the Fund" of a filing with no term "Fund"
                    warnings.append(self.src.warn(
                        "generic-name", f"{name!r} is a generic word, no term of the filing read "
                        f"binds it to a party; the {f.relation.value} relation stated about it "
                        "is not read", where))
                elif filer_parties(name, self.reporting) is None and \
                        not self._resolve_all(name, dry=True):
                    self._unbound.add(name)  # "Roe" of a filing that names no person Roe
                    warnings.append(unbound_warning(self.src, name, f, where))
            if role_reference(f.held) is not None and self._resolve(f.held) is None:
                continue  # "the general partner of Roe LP" that no claim names: its holder's
                # role binds to nothing, and the holder is made no party for it
            if f.pattern == "owned_by" and not self._resolve_all(f.held, dry=True):
                continue  # "the Shares are owned jointly by A and B": no holder made a party
            if f.pattern == SHORT_FORM and not all(held_company(p.name) for p in (
                    self._resolve_all(f.held, dry=True) or [_WOULD_ADD])):  # (no name: None)
                continue  # "owns 60% of Beta": a party the filing names, an operating company
            holders = self._resolve_all(f.holder)
            if f.relation is Relation.BENEFICIAL_OWNER_OF and not f.held:
                if len(holders) == 1:
                    self.record.setdefault(holders[0].id, []).append(f)
                continue
            for holder in holders:
                for held in self._resolve_all(f.held):
                    if held.id == holder.id:
                        continue
                    if PartyRole.REPORTING_PERSON not in holder.roles:
                        book.add_role(holder, PartyRole.NAMED)
                    if PartyRole.REPORTING_PERSON not in held.roles and \
                            PartyRole.ISSUER not in held.roles:
                        book.add_role(held, PartyRole.NAMED)
                    if officer_of_partnership(f, held):
                        continue
                    # the role read for the party bound, not for its term: "the managers of
                    # AC", AC an LLC's term, run it
                    rel, title = held_relation(f.relation, f.title, f.role, held.name)
                    if not held_kind_fits(rel, held.kind):  # "general partner of Jane Roe"
                        warnings.append(self.src.warn(HELD_PERSON, held_person_message(
                            rel, held.name), self._where(f)))
                        continue
                    add_claim(self.claims, rel, holder.id, held.id, f.evidence,
                              title=title, percent=f.percent,
                              note=f.note if f.pattern in STATED_NOTES or f.pattern == "owned_by"
                              else None)
        return warnings
