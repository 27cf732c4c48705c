"""Which reporting persons' names keep a degree at their end, before the party book reads them.

A degree after a person's name is no part of it ("Jane Q. Roe, Ph.D." is Jane Q. Roe:
:func:`graphkit.name_degrees.strip_degrees`), unless the filing says otherwise of that name:

- an organization named after a doctor: "John Roe, M.D." with an entity's type code (CO, PN,
  BK...: :data:`~graphkit.parsers.type_codes.ENTITY_CODES`) and not "IN", or with no
  entity's code nor "IN" (none, or "HC", "IA", "OO", which state no kind) and a filer of the
  submission header of that very name in that order ("JOHN ROE MD"; a person's is "ROE
  JOHN"): never the person John Roe;
- a reporting person whose name is another's with a degree added ("Jane Roe" and "Jane Roe,
  M.D."): two covers are two persons, mother and daughter, each with her own numbers (not
  "Jane Roe, Ph.D." and "Jane Roe, M.D., Ph.D.": one person listed twice).

The text and the XML Schedule 13D/G readers both call :func:`keep_degrees` with each reporting
person's name and type codes.

Examples
--------
>>> from graphkit.parsers.partybook import PartyBook
>>> book = PartyBook()
>>> keep_degrees(book, [("John Roe, M.D.", ["CO"]), ("John Roe", ["IN"]),
...                     ("Jane Doe, Ph.D.", ["IN"]), ("Mary Major, Ph.D.", ["HC"])], set())
>>> [book.add(n).name for n in ("John Roe, M.D.", "John Roe", "Jane Doe, Ph.D.",
...                             "Mary Major, Ph.D.")]
['John Roe, M.D.', 'John Roe', 'Jane Doe', 'Mary Major']
"""

from __future__ import annotations

from collections.abc import Iterable

from graphkit.models import PartyKind
from graphkit.name_degrees import strip_degrees
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_names import squeeze
from graphkit.parsers.type_codes import ENTITY_CODES, PERSON_CODE


def keep_degrees(book: PartyBook, named: Iterable[tuple[str, list[str]]],
                 firms: set[str]) -> None:
    """Tell ``book`` which of the reporting persons' names ``named`` (each with its type codes)
    keep the degree at their end (:meth:`~graphkit.parsers.partybook.PartyBook.keep_degree`);
    ``firms`` are the squeezed names of the submission header's filers. See the module."""
    named = [(n, [c.upper() for c in codes]) for n, codes in named]
    bare = {squeeze(n) for n, _ in named if strip_degrees(n) == n}  # names without a degree
    for name, codes in named:
        if strip_degrees(name) == name:
            continue
        entity = any(c in ENTITY_CODES for c in codes)  # "HC", "IA", "OO" state no kind
        if PERSON_CODE not in codes and (entity or squeeze(name) in firms):
            book.keep_degree(name, PartyKind.ORGANIZATION)
        elif squeeze(strip_degrees(name)) in bare:  # "Jane Roe" beside "Jane Roe, M.D."
            book.keep_degree(name)
