"""One alias per spelling: which kind a party keeps when its filing ties one string to it twice.

A filing often prints a party's name the same way in two places that give two kinds of alias:
the cover page's "ACME CAPITAL, LLC" (a ``spelling``) is the signature block's "ACME CAPITAL,
LLC" (a ``signature``). The party keeps that string once, as the kind that says the most
(:data:`ALIAS_PRECEDENCE`); the place of the other stays in the party's ``evidence``. Every
reader of the aliases (the resolver's mentions, the exports, the HTML view, ``graphkit show``)
then sees each name once.

Examples
--------
>>> from graphkit.models import Evidence, Party
>>> p = Party(id="p1", name="Acme Capital, LLC", kind="organization")
>>> cover = Evidence(source="a.txt", line=3, text="ACME CAPITAL, LLC")
>>> signed = Evidence(source="a.txt", line=90, text="ACME CAPITAL, LLC")
>>> keep_alias(p, Alias(name="ACME CAPITAL, LLC", how="spelling", evidence=cover))
True
>>> keep_alias(p, Alias(name="ACME CAPITAL, LLC", how="signature", evidence=signed))
True
>>> [(a.name, a.how.value, a.evidence.line) for a in p.aliases], [e.line for e in p.evidence]
([('ACME CAPITAL, LLC', 'signature', 90)], [3])
"""

from __future__ import annotations

from graphkit.models import Alias, AliasKind, Party

#: Which kind a string keeps when one filing ties it to a party as two kinds (higher wins).
#: The graph reads each kind so (graphkit.graph.mentions_from_records): a ``spelling`` names
#: the party in every filing; a ``signature`` or ``natural_order`` does so too and also tells
#: the order a person writes the name in, so it wins over a bare spelling. A ``defined_term`` or an
#: ``abbreviation`` means the party only inside its own filing: it wins over any spelling, so
#: dropping a repeat never lets a filing's term join parties across filings (the resolver
#: already keys such a string as the term). A ``former_name`` is a name the party went by
#: before: its filing also using it as a current name makes that the one to keep.
ALIAS_PRECEDENCE: dict[AliasKind, int] = {
    AliasKind.DEFINED_TERM: 5,
    AliasKind.ABBREVIATION: 4,
    AliasKind.SIGNATURE: 3,
    AliasKind.NATURAL_ORDER: 2,
    AliasKind.SPELLING: 1,
    AliasKind.FORMER_NAME: 0,
}


def keep_alias(party: Party, alias: Alias) -> bool:
    """Keep ``alias`` on ``party`` unless it is the party's name or an alias of that spelling
    already; of two kinds for one spelling the one :data:`ALIAS_PRECEDENCE` ranks higher stays
    (in the first one's place, with a former name's ``until`` date if it had none), and the
    other's evidence joins the party's evidence. Return whether the aliases changed.

    >>> p = Party(id="p1", name="Jane Roe", kind="person")
    >>> keep_alias(p, Alias(name="JR", how="defined_term")), keep_alias(p, Alias(name="Jane Roe",
    ...     how="spelling")), keep_alias(p, Alias(name="JR", how="abbreviation"))
    (True, False, False)
    >>> [(a.name, a.how.value) for a in p.aliases]
    [('JR', 'defined_term')]
    >>> import datetime as dt
    >>> _ = keep_alias(p, Alias(name="Roe Corp", how="former_name", until=dt.date(1999, 1, 4)))
    >>> _ = keep_alias(p, Alias(name="Roe Corp", how="spelling"))
    >>> [(a.name, a.how.value, a.until) for a in p.aliases][-1]
    ('Roe Corp', 'spelling', datetime.date(1999, 1, 4))

    See also :meth:`graphkit.parsers.partybook.PartyBook.add`, which calls it for every
    spelling it links.
    """
    name = alias.name
    if name == party.name:
        return False
    for i, kept in enumerate(party.aliases):
        if kept.name != name:
            continue
        if alias.how is kept.how:
            return False
        if ALIAS_PRECEDENCE[alias.how] < ALIAS_PRECEDENCE[kept.how]:
            _cite(party, alias)
            return False
        if kept.until is not None and alias.until is None:  # a former name's date stays
            alias = alias.model_copy(update={"until": kept.until})
        if alias.evidence is None and kept.evidence is not None:
            alias = alias.model_copy(update={"evidence": kept.evidence})
        else:
            _cite(party, kept)
        party.aliases[i] = alias
        return True
    party.aliases.append(alias)
    return True


def _cite(party: Party, dropped: Alias) -> None:
    """Keep the place of an alias ``dropped`` for its spelling's other kind in the party's
    evidence (once)."""
    ev = dropped.evidence
    if ev is not None and all(e is not ev and e != ev for e in party.evidence):
        party.evidence.append(ev)
