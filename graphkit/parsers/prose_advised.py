"""Which funds an adviser advises or manages, read from a match of
:data:`~graphkit.parsers.prose_clause_patterns.ADVISED_BY`.

A fund is the subject ("Acme Fund LP is managed by Acme Capital LLC"), and so is a list of funds
("Acme Fund LP and Beta Fund LP (together, the "Funds") are managed by ...", "Each of Acme
Fund LP and Beta Fund LP is advised by ..."): each fund is the adviser's. Listed advisers after
a list of funds pair with them in order when "respectively" follows.

Examples
--------
>>> flat = "Acme Fund LP and Beta Fund LP are managed by Acme Capital LLC."
>>> advised_pairs(flat, ADVISED_BY.search(flat))
[('Acme Capital LLC', 'Acme Fund LP'), ('Acme Capital LLC', 'Beta Fund LP')]
"""

from __future__ import annotations

import re

from graphkit.parsers.prose_clause_patterns import (  # noqa: F401  (ADVISED_BY: the examples)
    ADVISED_BY, RESPECTIVE_ADVISERS)
from graphkit.parsers.prose_guards import after_preposition, not_asserted, subject_denied
from graphkit.parsers.prose_lists import split_names, trim_name
from graphkit.parsers.prose_openings import subject_list


def advised_pairs(flat: str, m: re.Match[str]) -> list[tuple[str, str]]:
    """The (adviser, fund) pairs a match ``m`` of :data:`ADVISED_BY` in ``flat`` states; none
    when its funds are denied ("None of the Funds is advised by") or are the object of a
    preposition, not the subject ("The Shares held by A and B are managed by"). A list of funds
    is the subject only from where its clause opens (:func:`~graphkit.parsers.prose_openings.
    subject_list`): not "Acme GP LLC" of "Jane Roe controls Acme GP LLC, and A and B are ...".

    >>> flat = ("Acme Fund LP and Beta Fund LP are managed by Acme Capital LLC and Beta "
    ...         "Capital LLC, respectively.")
    >>> advised_pairs(flat, ADVISED_BY.search(flat))
    [('Acme Capital LLC', 'Acme Fund LP'), ('Beta Capital LLC', 'Beta Fund LP')]
    >>> flat = "The Shares held by Acme Fund LP and Beta Fund LP are managed by Acme Capital LLC."
    >>> advised_pairs(flat, ADVISED_BY.search(flat))
    []
    >>> flat = "Jane Roe controls Acme GP LLC, and Acme Fund LP and Beta Fund LP are managed by Xi."
    >>> advised_pairs(flat, ADVISED_BY.search(flat))   # the clause's own subject
    [('Xi', 'Acme Fund LP'), ('Xi', 'Beta Fund LP')]
    >>> flat = "Acme Sub LLC is member-managed by Acme Holdings LLC and Beta Holdings LLC."
    >>> advised_pairs(flat, ADVISED_BY.search(flat))
    [('Acme Holdings LLC', 'Acme Sub LLC'), ('Beta Holdings LLC', 'Acme Sub LLC')]
    """
    group = "held" if m["held"] else "funds" if m["funds"] else "listed"
    if not_asserted(flat, m.start(group), m[group]) or subject_denied(flat, m.start(group)):
        return []  # "None of the Funds is advised by ...", "Neither A nor B is ...", "None of
        # A and B is ..."
    at = m.start(group)
    if (m["listed"] or m["are"]) and after_preposition(flat, at - 4 if flat.endswith(
            "the ", 0, at) else at):
        return []  # "The Shares held by (the) A and B are managed by ...": not A and B
    listed = m[group] if group != "listed" else subject_list(flat, at, m.end(group))
    if listed is None:
        return []  # "Shares held in accounts of A and B are managed by": no subject list
    funds = [trim_name(t) for t in split_names(listed)]  # "X controls A, and B and C are": B, C
    if m["mm"]:  # "member-managed by A and B": each member
        return [(trim_name(h), t) for h in split_names(m["holder"]) for t in funds]
    more = RESPECTIVE_ADVISERS.match(flat, m.end()) if len(funds) > 1 else None
    if more is not None and m["its2"]:
        return []  # "... by X, their investment manager, and Y, respectively": X is both's
        # and one's; no pairing holds (review rv47b 5)
    if more is not None:  # "A and B are managed by X and Y, respectively"
        advisers = [trim_name(h) for h in split_names(m["holder"] + more["more"])]
        return list(zip(advisers, funds)) if len(advisers) == len(funds) else []
    return [(trim_name(m["holder"]), t) for t in funds]


def advised_role(m: re.Match[str]) -> str:
    """The role a match ``m`` of :data:`ADVISED_BY` gives its adviser: the one named before it
    ("managed by its general partner, Acme GP LLC": general partner; group ``its``) or after it
    ("managed by Acme GP LLC, its general partner": group ``its2``), else the
    verb's: "advised by", investment adviser; "member-managed by", managing member; "managed
    by", manager. "Member-managed" names the role itself and wins over a role named: "Acme
    Fund LP is member-managed by Acme Capital LP, its investment manager": managing member.

    >>> [advised_role(ADVISED_BY.search(f)) for f in (
    ...  "Acme Partners LP is managed by its general partner, Acme GP LLC.",
    ...  "Acme Sub LLC is managed by its managing member, Acme Holdings LLC.",
    ...  "Acme Partners LP is managed by Acme GP LLC, its general partner.",
    ...  "Acme Fund LP is advised by Acme Capital LLC.", "Acme Fund LP is managed by Acme LLC.")]
    ['general partner', 'managing member', 'general partner', 'investment adviser', 'manager']
    >>> advised_role(ADVISED_BY.search(
    ...     "Acme Fund LP is member-managed by Acme Capital LP, its investment manager."))
    'managing member'
    """
    if m["mm"]:  # "member-managed by X, its investment manager": the verb says it
        return "managing member"
    if its := m["its"] or m["its2"]:  # "by its general partner, X", "by X, its general partner"
        return " ".join(its.split())
    return "investment adviser" if m["adv"] else "managing member" if m["mm"] else "manager"
