"""Instruction C rosters: the directors and executive officers of a corporate reporting person.

Schedule 13D's Instruction C makes a corporate filer list "the name, business address and
present principal occupation" of each executive officer and director, usually in a Schedule I,
Annex A or Appendix: who runs the company that holds the shares. :func:`read_rosters` finds
each roster by its lead (a heading or sentence: "Directors and Executive Officers of Acme
Corp.", "the executive officers and directors of Acme Corp. ("Acme") are as follows:"; a lead
with no single organization, "... of the Reporting Persons", takes the organization name lines
that head each table) and reads its rows, in a fixed-column text table (columns found from the
header's underlines or labels, positions wrapping onto the following lines) or in an HTML
table converted to text (cells joined by " | "). :func:`add_roster_claims` turns the rows into
``director_of`` and ``officer_of`` claims by the rules of
:mod:`graphkit.parsers.schedule13_roster_titles`.

Domain caveats: a roster states roles at the roster's organization only where the position
column says so; a role at another employer ("President of Acme Bank", "Partner, Roe & Co.") is
given to that employer only when it is a party of the filing, and otherwise not read. A roster
whose organization is no party of the filing, or names two ("of Acme Corp. and Acme Bank"),
gives no claim. Rows that name an organization (a general partner in a partnership's table)
are left to the prose. A table under an appendix heading that no lead names ("SCHEDULE A" over
"Name | Title | Citizenship") gives only the roles its rows state at a party they name
("Member of the Board of Directors of Acme Bank"). An occupation cell that prints the title, the
employer and its address one after the other gives the title to the employer when it is a party
and to no one when it is not.

Examples
--------
>>> from graphkit.source import SourceText
>>> text = ("Directors and Executive Officers of Acme Widget Corporation\\n\\n"
...         "Name | Business Address | Position\\n"
...         "Jane Q. Roe | 1 Main Street | President & Director\\n"
...         "John A. Doe | 1 Main Street | Vice President of Sales\\n")
>>> [(r.orgs, [(w.name, w.roles) for w in r.rows])
...  for r in read_rosters(SourceText("x", text), 0, len(text))]
[(['Acme Widget Corporation'], [('Jane Q. Roe', 'President & Director'), ('John A. Doe', 'Vice President of Sales')])]
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from graphkit import regex_cache
from graphkit.models import Claim, FilingWarning, Party, PartyKind, PartyRole
from graphkit.names import org_words
from graphkit.parsers.cue_search import find_all, fold_text
from graphkit.parsers.filer_terms import filer_parties
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose_terms import is_collective_name
from graphkit.parsers.schedule13_claims import add_claim
from graphkit.parsers.schedule13_roster_refs import (HEADER_REACH, POSITION_WITH, note_reference,
                                                     referenced_org)
from graphkit.parsers.schedule13_roster_rows import Roster, RosterRow, org_name_line, read_rows
from graphkit.parsers.schedule13_roster_titles import (NO_EMPLOYER, OFFICER_TITLE, names_employer,
                                                       read_roles, split_employers)
from graphkit.relations import Relation
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: Literal cues (lower case) of a roster's lead: every ROSTER_LEAD match opens with one (the
#: words after them may wrap onto the next line, so the cue is the first word alone)
ROSTER_CUES = ("director", "officer")

#: The lead of a roster, tried at each cue: "Directors and Executive Officers of Acme Corp.",
#: "executive officers and directors of Acme Corp. ("Acme") are as follows:", "each director
#: and executive officer of Acme Corp. are set forth below", "Executive Officers and Directors
#: of\n   Acme Corp." (the organization on the next line), "DIRECTORS AND EXECUTIVE OFFICERS"
#: (a heading under its organization's name), "... of the Reporting Persons" (a group: the
#: organization lines below name each table's organization), "directors and executive officers
#: of\n\nAcme Corp." (an HTML heading whose organization is the next paragraph)
ROSTER_LEAD = regex_cache.compile(r"""
    (?P<roles>directors?\s+and\s+(?:executive\s+)?officers?|officers?\s+and\s+directors?)
    (?:\s+of(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)
       (?P<org>[A-Za-z][^\n(:;"“”]{1,100}?)
       (?=[ \t]*[(“"]|[ \t]+(?:are|is|follows?|as\s+follows|set\s+forth|listed|named|hereto
          |and\s+their|who)\b|[ \t]*[:;]|[ \t]*\n|[ \t]*$
          |\.\s+(?:The|Each|All|Such|Unless|Except|Its|Their|This|These|None|No|Both|Any)\b)
       (?:[ \t]*\([ \t]*["“]?(?P<term>[^"”()\n]{1,40})["”][ \t]*\))?
    )?
""", _F)

#: A roster heading alone on its line, with no organization: "DIRECTORS AND EXECUTIVE
#: OFFICERS", "Board of Directors and Officers:" (its organization is the name line above)
BARE_HEADING = regex_cache.compile(r"""
    [ \t]*(?:board\s+of\s+)?(?:directors\s+and\s+(?:executive\s+)?officers
    |(?:executive\s+)?officers\s+and\s+directors)[ \t]*:?[ \t]*$
""", _F | re.MULTILINE)

#: A heading alone on its line that names one kind of post and the organization, its table's
#: rows all holding that post: "DIRECTORS OF ACME CORP." over one table and "EXECUTIVE
#: OFFICERS OF ACME CORP." over the next, "Executive Officers of Acme Corp.:", "Board of
#: Directors of Acme Corp. ("Acme")" (never a sentence: "the directors of the Company shall",
#: "Directors of Acme Corp. are listed below", "Officers of Acme Corp. and their business
#: addresses"; nor a sentence's wrapped line, which opens in lower case: "executive officers
#: of Acme Corp. and Acme Bank" -- the caller checks, :func:`_is_role_heading`)
ROLE_HEADING = regex_cache.compile(r"""
    [ \t]*(?:board[ \t]+of[ \t]+)?(?P<roles>(?P<director>directors)|(?:executive[ \t]+)?officers)
    [ \t]+of[ \t]+(?P<org>[A-Za-z](?:(?!\b(?:is|are|was|were|has|have|shall|will|may|who
       |which|their|its)\b)[^\n(:;"“”]){1,100}?)
    (?:[ \t]*\([ \t]*["“]?(?P<term>[^"”()\n]{1,40})["”][ \t]*\))?[ \t]*:?[ \t]*$
""", _F | re.MULTILINE)

#: Literal cues (lower case) of SCHEDULE_HEADING
SCHEDULE_CUES = ("schedule", "annex", "appendix")

#: An appendix heading alone on its line: "SCHEDULE A", "Schedule I", "Annex 1", "Appendix B".
#: A roster under it that no lead names is read only for the roles its rows give at a party
#: the row names ("Member of the Board of Directors of Acme Bank")
SCHEDULE_HEADING = regex_cache.compile(r"""
    (?:schedule|annex|appendix)[ \t]+(?:[A-Z]|[IVX]{1,4}|\d{1,2})[ \t]*$
""", _F | re.MULTILINE)

#: Where the address of an occupation cell begins ("President / Acme Corp. / c/o Acme Corp. /
#: 10 Main Street", the lines joined): "c/o", a post office box, a suite, or a street number
#: ("1 Main Street", "1585 Broadway") -- not a number inside an employer's name, which a
#: company word follows within a few words ("3M Company", "Alpha 1 Holdings LLC", "40 North
#: Management LLC")
OCCUPATION_ADDRESS = regex_cache.compile(r"""
    \s(?:c/o\s|p\.?[ ]?o\.?[ ]+box\b|suite\s
    |\d[\w-]*(?![\w-]*(?:\s+[A-Z][\w&'.-]*){0,3}?\s+(?:company|co|corp|corporation|inc
        |incorporated|llc|l\.l\.c|lp|l\.p|llp|ltd|limited|holdings?|partners|management
        |capital|group|fund|bank|trust|advisors|associates|ventures|plc|ag|sa|nv|gmbh)\b))
""", re.VERBOSE | re.IGNORECASE)

#: A word after a space that opens with a capital: where an employer's name may start in an
#: occupation cell ("President and Chief Executive Officer Acme Corp.")
WORD_AFTER_SPACE = regex_cache.compile(r"""(?<=\s)[A-Z]""", re.VERBOSE)

#: The link or comma left before an employer's name: "President of", "Partner,"
ROLES_BEFORE_EMPLOYER = regex_cache.compile(r"""(?:[ \t,]+(?:of|at|with)?)*[ \t,]*$""", re.VERBOSE)

#: How far a roster may run after its lead (characters): a few pages of tables
MAX_ROSTER_CHARS = 40_000

#: The longest position or occupation cell read (characters): a longer one is prose (a
#: biography or a paragraph caught in the column), not a position, and its roles are not read
MAX_POSITION_CHARS = 500

def _lead_org(text: str, m: re.Match[str]) -> Optional[str]:
    """The organization of a lead: its "of" clause, or for a bare heading the organization
    name line just above it (over address lines)."""
    if m["org"]:
        return m["org"].strip()
    line_start = text.rfind("\n", 0, m.start()) + 1
    if text[line_start:m.start()].strip() or not BARE_HEADING.match(text, line_start):
        return None
    pos, seen = line_start - 1, 0
    while pos > 0 and seen < 5:
        prev = text.rfind("\n", 0, pos) + 1
        line = text[prev:pos]
        pos = prev - 1
        if not line.strip():
            continue
        seen += 1
        org = org_name_line(line)
        if org is not None:
            return org
    return None


#: The words before a singular lead: "each director and executive officer of Acme Corp." (a
#: row's "Chief Executive Officer and Director" is no lead)
EACH_BEFORE = regex_cache.compile(r"""\beach\s+(?:executive\s+)?$""", re.IGNORECASE)


#: A future or proposed board in the words before a lead: "Upon consummation of the Merger,
#: the persons set forth below will become the directors and officers of", "nominate the
#: following individuals for election as directors and officers of", "the proposed directors
#: and officers" (not the persons who hold the posts now: no roster)
FUTURE_BEFORE = regex_cache.compile(r"""
    \b(?:will|shall|would|to)\s+(?:become|be|serve)\b
    |\bupon\s+(?:the\s+)?(?:consummation|closing|completion|effectiveness)\b
    |\bnominat(?:e|es|ed|ing|ion)\b|\bfor\s+election\b|\bpropos(?:e|es|ed|ing)\b
    |\bdesignat(?:e|es|ed|ing)\b
""", _F)

#: The end of a sentence or paragraph before a lead: its sentence starts after the last one
SENTENCE_END = regex_cache.compile(r"""[.;:]\s|\n[ \t]*\n""", re.VERBOSE)

#: How far back a lead's sentence is searched for FUTURE_BEFORE (characters)
MAX_LEAD_SENTENCE = 300


def _is_future(text: str, at: int) -> bool:
    """True when the sentence before ``at`` (a lead) speaks of a future or proposed board."""
    lo = max(0, at - MAX_LEAD_SENTENCE)
    begin = max((e.end() for e in SENTENCE_END.finditer(text, lo, at)), default=lo)
    return FUTURE_BEFORE.search(text, begin, at) is not None


def _is_lead(text: str, m: re.Match[str]) -> bool:
    """True for a roster's lead: plural ("directors and executive officers"), or singular after
    "each"; with an organization, a colon ("... of:") or alone on its line; never of a future
    or proposed board (:data:`FUTURE_BEFORE`)."""
    if _is_future(text, m.start()):
        return False
    words = m["roles"].lower().split()
    plural = words[0].endswith("s") and words[-1].endswith("s")
    if not plural and not EACH_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False
    if m["org"]:
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    return text.startswith(":", m.end()) or text.startswith(" of:", m.end()) or (
        not text[line_start:m.start()].strip() and BARE_HEADING.match(text, line_start)
        is not None)


def _role_heading(text: str, at: int, end: int) -> Optional[re.Match[str]]:
    """The :data:`ROLE_HEADING` of the line whose cue (:data:`ROSTER_CUES`) stands at ``at``:
    a heading opens with a capital ("DIRECTORS OF ACME", "Executive Officers of Acme"), never
    of a future or proposed board (:data:`FUTURE_BEFORE`)."""
    line_start = text.rfind("\n", 0, at) + 1
    m = ROLE_HEADING.match(text, line_start, end)
    if m is None or not m.start("roles") <= at < m.end("roles"):
        return None
    first = text[line_start:m.end()].lstrip()
    if not first[:1].isupper() or _is_future(text, m.start("roles")):
        return None
    return m


def read_rosters(src: SourceText, start: int, end: int) -> list[Roster]:
    """The rosters of directors and executive officers in ``src.text[start:end]``.

    Tried only at the literal cues of :data:`ROSTER_CUES`; each roster runs from its lead to
    the next lead, a stop heading
    (:data:`~graphkit.parsers.schedule13_roster_rows.STOP_HEADING`), a paragraph of prose, or
    :data:`MAX_ROSTER_CHARS`.

    See also
    --------
    add_roster_claims : the claims of the rows.
    """
    text = src.text
    fold = fold_text(text)
    leads: list[re.Match[str]] = []
    refs: dict[str, Optional[str]] = {}  # appendix label -> the organization a sentence gives it
    for cue in ROSTER_CUES:
        for at in find_all(fold, cue, start, end):
            if at and (text[at - 1].isalnum()):
                continue
            m = ROSTER_LEAD.match(text, at, end)
            if m is not None:
                note_reference(text, m, refs)  # "... is set forth in Appendix A"
            if m is not None and _is_lead(text, m):
                leads.append(m)
                continue
            m = _role_heading(text, at, end)
            if m is not None:
                leads.append(m)
    for cue in SCHEDULE_CUES:
        for at in find_all(fold, cue, start, end):
            line_start = text.rfind("\n", 0, at) + 1
            if text[line_start:at].strip():
                continue
            m = SCHEDULE_HEADING.match(text, at, end)
            if m is not None:
                leads.append(m)
    leads.sort(key=lambda m: m.start())
    out: list[Roster] = []
    prev_org: Optional[str] = None
    for i, m in enumerate(leads):
        if i + 1 < len(leads) and leads[i + 1].start() < m.end():
            continue  # "officers and directors" inside "directors and officers and directors"
        stop = min(leads[i + 1].start() if i + 1 < len(leads) else end, m.end() + MAX_ROSTER_CHARS)
        if m.re is SCHEDULE_HEADING:  # the organization a sentence points here, else none:
            # the rows' own employers only
            org = referenced_org(m.group(0), refs)
            rosters = read_rows(src, m.span(), org, None, stop)
            if org and ([r.orgs for r in rosters] != [[org]] or POSITION_WITH.search(
                    text, m.end(), min(stop, m.end() + HEADER_REACH))):
                org = None  # name lines head its tables, or "Position with the Issuer"
            out.extend(r.model_copy(update={"orgs": [org] if org else [], "from_heading": True})
                       for r in rosters)
            continue
        org = _lead_org(text, m)
        if org is None:  # a sentence under its heading: "... of Acme Corp." / "The names ..."
            org = prev_org
        section = None if m.re is not ROLE_HEADING else "director" if m["director"] else "officer"
        rosters = read_rows(src, m.span(), org, m["term"].strip() if m["term"] else None, stop,
                            section)
        out.extend(rosters)
        prev_org = org if not rosters else None
    return out


def _roster_party(name: str, book: PartyBook, filers: Sequence[Party]) -> Optional[Party]:
    """The organization a roster names, if it is a party of the filing: by a name or term the
    filing uses, or "the Reporting Person" of a filing with one; never a group."""
    if is_collective_name(name):
        return None
    by_role = filer_parties(name, filers)
    if by_role is not None:
        return by_role[0] if len(by_role) == 1 else None
    party = book.lookup(name, fuzzy=False)
    if party is None or party.kind is not PartyKind.ORGANIZATION:
        return None
    return party


def add_roster_claims(src: SourceText, book: PartyBook, claims: list[Claim], start: int,
                      end: int, filers: Sequence[Party]) -> list[FilingWarning]:
    """Read the rosters in ``src.text[start:end]`` (:func:`read_rosters`) into ``claims``:
    each row's person (added to ``book``) is ``director_of`` and ``officer_of`` (with the
    titles) the roster's organization, as its position states
    (:mod:`~graphkit.parsers.schedule13_roster_titles`), and of another employer it names that
    is a party of the filing. Returns a warning for each roster whose organization is no party
    of the filing (its rows are not read).

    ``filers`` are the reporting persons ("the Reporting Person" of a roster's lead).

    >>> from graphkit.source import SourceText
    >>> text = ("Executive Officers and Directors of Acme Widget Corporation\\n\\n"
    ...         "Name | Position\\nJane Q. Roe | Chief Executive Officer and Director\\n")
    >>> book = PartyBook(); acme = book.add("Acme Widget Corporation")
    >>> claims = []
    >>> add_roster_claims(SourceText("x", text), book, claims, 0, len(text), [acme])
    []
    >>> [(book.get(c.source).name, c.relation.value, c.title) for c in claims]
    [('Jane Q. Roe', 'officer_of', 'Chief Executive Officer'), ('Jane Q. Roe', 'director_of', None)]
    """
    warnings: list[FilingWarning] = []
    for roster in read_rosters(src, start, end):
        orgs = [_roster_party(n, book, filers) for n in roster.orgs]
        if roster.from_heading and None in orgs:
            orgs = []  # an appendix pointed to as another's roster: as if pointed to by no one
        if not orgs:  # no organization: the roles the rows give at a party they name
            before = len(claims)
            for row in roster.rows:
                _add_row(row, None, book, claims)
            if len(claims) > before or roster.from_heading:
                continue
        if not orgs or any(o is None for o in orgs):
            where = src.text_pos(roster.evidence.start) if roster.evidence.start is not None \
                else None
            warnings.append(src.warn(
                "roster-unbound", f"a roster of directors and officers of "
                f"{' / '.join(roster.orgs) or 'no one organization'!r} names no party of the "
                f"filing; its {len(roster.rows)} rows are not read", where))
            continue
        # a table that marks its directors ("Director; ...") lists every other row as an
        # executive officer, even one whose offices it prints at another employer
        for org in orgs:
            if org is not None and roster.term and book.lookup(roster.term, fuzzy=False) is None:
                book.bind_term(roster.term, org.name, evidence=roster.evidence)
        own = {o.id for o in orgs if o is not None}
        marks_seats = any(_states_seat(row, book, own) for row in roster.rows)
        for org in orgs:
            if org is not None:
                for row in roster.rows:
                    _add_row(row, org, book, claims, marks_seats)
    return warnings


def _occupation_roles(cell: str, book: PartyBook) -> tuple[str, Optional[Party]]:
    """(roles text, employer) of an occupation cell that prints the title, the employer and its
    address one after the other ("President / Acme Corp. / 10 Main Street", joined by spaces):
    the address cut off; an employer at the end that is a party returned (None: the roster's
    own); the roles at one that is no party dropped ("Chairman Acme Foundation": "")."""
    cut = OCCUPATION_ADDRESS.search(cell)
    occ = cell[:cut.start()] if cut is not None else cell
    for m in WORD_AFTER_SPACE.finditer(occ):
        party = _employer_party(occ[m.start():].strip(" ,."), book)
        if party is not None:
            return ROLES_BEFORE_EMPLOYER.sub("", occ[:m.start()]), party
    last = max((m.end() for m in OFFICER_TITLE.finditer(occ)), default=0)
    tail = occ[last:].strip(" ,.")
    if last and tail[:1].isupper() and names_employer(tail, any_name=True):
        return "", None  # the title is held at an employer that is no party
    return occ, None


def _employer_party(employer: str, book: PartyBook) -> Optional[Party]:
    """The organization party an employer's name names, if any: the whole name, else the name
    before a comma ("Acme Corp., New York, New York")."""
    name = employer
    while name:
        party = book.lookup(name, fuzzy=False)
        if party is not None:
            return party if party.kind is PartyKind.ORGANIZATION else None
        comma = name.rfind(",")
        name = name[:comma].strip() if comma > 0 else ""
    return None


def _states_seat(row: RosterRow, book: PartyBook, own: set[str]) -> bool:
    """True when a row states a board seat at the roster's own organization (its party ids
    ``own``): "Director; Chairman, Acme Bank", "Director-ACME", a DIRECTORS section; not a
    seat at an employer it names."""
    if row.section == "director" or read_roles(row.name_title)[0]:
        return True
    if row.occupation_only:
        return False
    for part, employer in split_employers(row.roles[:MAX_POSITION_CHARS],
                                          known=lambda name: _employer_party(name, book)
                                          is not None):
        party = _employer_party(employer, book) if employer else None
        if (employer is None or (party is not None and party.id in own)) \
                and read_roles(part)[0]:
            return True
    return False


def _add_row(row: RosterRow, org: Optional[Party], book: PartyBook, claims: list[Claim],
             marks_seats: bool = False) -> None:
    """The claims of one roster row about ``org`` (and other employers it names; with no
    ``org``, those only). ``marks_seats``: the row's table states each director's seat, so a
    row of a position column that states no role at ``org`` but offices elsewhere ("Chairman,
    Acme Pipeline Group") is one of ``org``'s executive officers ("Executive Officer")."""
    if row.section == "skip":
        return
    held: dict[str, tuple[Party, bool, list[str]]] = {}  # id -> (party, director, titles)

    def note(party: Optional[Party], director: bool, titles: list[str]) -> None:
        if party is None:
            return
        _, d, t = held.get(party.id, (party, False, []))
        held[party.id] = (party, d or director, t + [x for x in titles if x not in t])

    note(org, *read_roles(row.name_title))
    if row.section == "director":
        note(org, True, [])
    roles = row.roles if len(row.roles) <= MAX_POSITION_CHARS else ""
    roles, at = _occupation_roles(roles, book) if row.occupation_only else (roles, None)
    elsewhere = False  # an office the row holds at another employer (or maybe there)
    here = False  # a part the row states at ``org`` (read or not: "Nonexecutive Deputy Chairman")
    # a principal occupation may be held anywhere: any name after "of", "at" or a comma is
    # its employer ("President, Acme University"), read only when it is a party
    parts = split_employers(roles, any_name=row.occupation_only,
                            known=lambda name: _employer_party(name, book) is not None)
    for i, (part, employer) in enumerate(parts):
        if employer == NO_EMPLOYER and i + 1 < len(parts):
            # the head of a list of titles ("Chairman," of "Chairman, President and Chief
            # Executive Officer, Acme Bank"): the list's employer's when it is a party
            employer = parts[i + 1][1] or NO_EMPLOYER
        if employer is None:
            if at is not None:
                note(at, *read_roles(part))
            elif not (row.occupation_only and row.name_title):
                here = True
                note(org, *read_roles(part))
            continue
        other = _employer_party(employer, book)
        if other is None or org is None or other.id != org.id:
            elsewhere = elsewhere or bool(read_roles(part)[1])
        else:
            here = True
        if other is not None:
            note(other, *read_roles(part))
    if org is not None and row.section == "officer" and not held[org.id][2]:
        note(org, False, ["Executive Officer"])
    if org is not None and marks_seats and elsewhere and not here and not row.occupation_only \
            and row.section is None and held[org.id][1:] == (False, []):
        note(org, False, ["Executive Officer"])
    person: Optional[Party] = None
    for party, director, titles in held.values():
        if not director and not titles:
            continue
        if person is None:
            # an exact name or term only: scoring each of a long table's persons against
            # every party grows with the square of the table
            person = book.add(row.name, kind=PartyKind.PERSON, evidence=row.evidence,
                              fuzzy=False)
            if person is None or person.kind is not PartyKind.PERSON:
                return
            if PartyRole.REPORTING_PERSON not in person.roles:
                book.add_role(person, PartyRole.NAMED)
        if titles:
            add_claim(claims, Relation.OFFICER_OF, person.id, party.id, row.evidence,
                      title=", ".join(titles))
        if director:
            add_claim(claims, Relation.DIRECTOR_OF, person.id, party.id, row.evidence)
