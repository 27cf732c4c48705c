"""Shared helper of the roster tests: the claims a roster gives, as plain tuples."""

from __future__ import annotations

from graphkit.models import PartyRole
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_roster import add_roster_claims
from graphkit.source import SourceText


def roster_claims(text: str, *orgs: str) -> list[tuple]:
    """(person, relation, organization, title) of each claim the rosters of ``text`` give, in
    order; the first of ``orgs`` is the filer (a reporting person), the others parties."""
    book = PartyBook()
    filers = [book.add(o, role=PartyRole.REPORTING_PERSON) for o in orgs[:1]]
    for o in orgs[1:]:
        book.add(o)
    claims: list = []
    add_roster_claims(SourceText("x", text), book, claims, 0, len(text), filers)
    return [(book.get(c.source).name, c.relation.value, book.get(c.target).name, c.title)
            for c in claims]


def position_table(org: str, *rows: str) -> str:
    """A roster of ``org``'s directors and executive officers: a "Name | Citizenship |
    Position and Occupation" table of ``rows``."""
    return (f"DIRECTORS AND EXECUTIVE OFFICERS OF {org}\n\n"
            "Name | Citizenship | Position and Occupation\n" + "".join(f"{r}\n" for r in rows))
