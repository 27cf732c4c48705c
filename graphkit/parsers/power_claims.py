"""Control read from power over another's securities or from the verb "control", kept only
where it adds.

"Acme GP LLC is the general partner of Acme Fund LP ... Acme GP LLC has sole voting and
dispositive power over the shares held by Acme Fund LP": the power is the general partner's, and
the second sentence adds no relation of its own; nor does "Acme Fund LP is controlled by Acme GP
LLC". :func:`drop_implied_power` drops a ``control_person_of`` claim read so (its note is one of
:data:`STATED_NOTES`) when the record already links the same two parties, in the same
direction, by a role that carries that power (general partner,
managing member, investment manager, trustee, parent company). A director, an officer, a member
or a shareholder holds no such power by the role alone: there the power says more, and stays.
"""

from __future__ import annotations

from graphkit.models import Claim, FilingRecord
from graphkit.parsers.prose_control_patterns import CONTROL_NOTE, INDIRECT_CONTROL_NOTE
from graphkit.parsers.prose_power_patterns import POWER_NOTE
from graphkit.relations import Relation

#: The note of a claim of control each pattern gives (by the pattern's name in
#: :data:`graphkit.parsers.prose_clause_patterns.HOLDERS_OF_LISTED`)
STATED_NOTES = {"power_over_held": POWER_NOTE, "power_exercised_by": POWER_NOTE,
                "controls": CONTROL_NOTE,
                "controlled_by": CONTROL_NOTE, "entity_controlled_by": CONTROL_NOTE}

#: The note of control a filing hedges: "Mr. Roe may be deemed to control the Issuer"
DEEMED_NOTE = "may be deemed to control"


def claim_note(pattern: str, stated: str, via_unnamed: bool = False) -> str:
    """The note of a claim the pattern ``pattern`` read from the words ``stated``: the hedge
    of "may be deemed to control" kept (:data:`DEEMED_NOTE`), and control through an entity
    left unnamed (``via_unnamed``) said so.

    >>> claim_note("controls", "Jane Roe may be deemed to control Acme GP LLC")
    'may be deemed to control'
    >>> claim_note("controlled_by", "Acme GP LLC is controlled by Jane Roe")
    'stated to control'
    >>> claim_note("controlled_by", "Acme GP LLC is controlled by an entity controlled by "
    ...            "Jane Roe", via_unnamed=True)
    'stated to control through an unnamed entity'
    """
    if pattern == "controls" and "deemed" in stated:
        return DEEMED_NOTE
    if via_unnamed:
        return INDIRECT_CONTROL_NOTE
    return STATED_NOTES[pattern]

#: Roles that carry the power over the held party's securities: with one of them, a claim of
#: that power says nothing more (the role is where the power comes from)
ROLE_RELATIONS = frozenset({
    Relation.GENERAL_PARTNER_OF, Relation.MANAGING_MEMBER_OF, Relation.INVESTMENT_MANAGER_OF,
    Relation.TRUSTEE_OF, Relation.PARENT_OF})

#: The notes of :data:`STATED_NOTES`, and the hedged and indirect ones
_NOTES = frozenset(STATED_NOTES.values()) | {DEEMED_NOTE, INDIRECT_CONTROL_NOTE}


def implied_power(claims: list[Claim]) -> list[Claim]:
    """The claims of ``claims`` read from power or control (:data:`STATED_NOTES`) whose two
    parties another claim already links by one of :data:`ROLE_RELATIONS`, the same way round.

    >>> from graphkit.models import Claim
    >>> c = lambda i, rel, src, note=None: Claim(id=i, relation=rel, source=src, target="fund",
    ...                                          note=note)
    >>> claims = [c("c1", Relation.GENERAL_PARTNER_OF, "gp"),
    ...           c("c2", Relation.CONTROL_PERSON_OF, "gp", POWER_NOTE),
    ...           c("c3", Relation.CONTROL_PERSON_OF, "roe", POWER_NOTE)]
    >>> [x.id for x in implied_power(claims)]
    ['c2']
    """
    roles = {(c.source, c.target) for c in claims if c.relation in ROLE_RELATIONS}
    return [c for c in claims if c.relation is Relation.CONTROL_PERSON_OF
            and c.note in _NOTES and (c.source, c.target) in roles]


def drop_implied_power(rec: FilingRecord) -> None:
    """Drop from ``rec`` the claims :func:`implied_power` finds (see the module's text), and
    power over the securities the issuer holds ("voting power with respect to <the issuer>":
    power over the issuer's stock, no control of the issuer read from it)."""
    issuer = rec.issuer.party_id if rec.issuer is not None else None
    drop = {id(c) for c in implied_power(rec.claims)} | {
        id(c) for c in rec.claims if c.note == POWER_NOTE and c.target == issuer}
    if drop:
        rec.claims = [c for c in rec.claims if id(c) not in drop]
