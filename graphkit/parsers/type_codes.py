"""What a Schedule 13D/13G "type of reporting person" code says about who reports.

Row 12 (13G) or 14 (13D) of each cover page classifies its reporting person: "IN" an
individual; "CO" a corporation, "PN" a partnership, "BK" a bank, "BD" a broker-dealer and so
on for the other kinds of institution. A party's kind is first guessed from its name's shape,
and a two-word corporate name ("Acme Beta", a firm named after its founders) looks like a
person's; the code the filer chose settles it. "HC" (parent holding company *or* control
person), "IA" (an adviser may be an individual) and "OO" (other) say nothing of the kind.
Filers copy cover pages, codes and all, from one person to the next: a party that signs the
filing in its own name is a natural person whatever its cover says, and a name that ends in a
legal form is an organization's (:func:`graphkit.parsers.partybook_kinds.settle_kinds`).

Examples
--------
>>> kind_from_type_codes(["HC", "CO"]).value, kind_from_type_codes(["IN"]).value
('organization', 'person')
>>> kind_from_type_codes(["HC"]) is None, kind_from_type_codes(["IN", "CO"]) is None
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

from graphkit.models import PartyKind

#: Codes only an institution can carry: broker-dealer, bank, insurance company, investment
#: company, employee benefit plan, savings association, church plan, corporation,
#: partnership, non-U.S. institution
ENTITY_CODES = frozenset("BD BK IC IV EP SA CP CO PN FI".split())
#: The code of an individual
PERSON_CODE = "IN"


def kind_from_type_codes(codes: Iterable[str]) -> Optional[PartyKind]:
    """The kind the type ``codes`` of one reporting person state, or None when they state none
    (only "HC", "IA", "OO") or contradict each other ("IN" beside an institution's code)."""
    codes = {c.upper() for c in codes}
    entity = bool(codes & ENTITY_CODES)
    if PERSON_CODE in codes:
        return None if entity else PartyKind.PERSON
    return PartyKind.ORGANIZATION if entity else None
