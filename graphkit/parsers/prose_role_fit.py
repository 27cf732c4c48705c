"""Whether a party can hold the other end of a role, by the kind of entity its name says it is.

A partnership has general partners, a limited liability company managing members and members,
a trust trustees; a corporation, an LLC or a person has no general partner. Prose that could
tie a role to either of two names ("A is a limited partner of B, whose general partner is X")
asks which of them the role fits (:func:`held_fit`), and never takes a name that is no party
at all: an agreement, an Act, a regulator, the issuer's own word (:func:`no_party`).

Examples
--------
>>> held_fit("general_partner_of", "Beta Partners LP"), held_fit("general_partner_of", "Acme LLC")
(2, 0)
>>> no_party("Limited Partnership Agreement"), no_party("Beta Partners LP")
(True, False)
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.partybook_names import ISSUER_WORDS, squeeze
from graphkit.parsers.prose_lists import entity_kind

#: The kinds of entity (:func:`~graphkit.parsers.prose_lists.entity_kind`) that each role is
#: held in, by the relation it gives: a general partner's partnership, a (managing) member's
#: LLC, a trustee's trust
FITTING_KINDS: dict[str, frozenset[str]] = {
    "general_partner_of": frozenset("lp llp lllp partnership partners".split()),
    "managing_member_of": frozenset("llc lc pllc".split()),
    "member_of": frozenset("llc lc pllc".split()),
    "trustee_of": frozenset("trust unitrust".split()),
}

#: Kinds that no held party of such a role has: a corporation, an LLC, a bank or a company of
#: a country whose companies have no partners (AG, S.A., N.V., B.V., GmbH, Pte, Pty) has no
#: general partner (review own17 M2: "a feeder fund of Acme Master Fund AG, whose general
#: partner is" is the feeder's), a partnership, corporation or company limited no managing
#: member, a company no trustee. "& Co." and "Partners" stay open ("Roe, Ross & Co." may be a
#: partnership, "Acme Capital Partners" is often an LLC), and "Ltd." to a general partner (a
#: Texas limited partnership is a "Ltd.")
_COMPANIES = "gmbh ag sa nv bv pte pty"
UNFITTING_KINDS: dict[str, frozenset[str]] = {
    "general_partner_of": frozenset(f"llc lc pllc inc incorporated corp corporation plc bank "
                                    f"bancorp trust {_COMPANIES}".split()),
    "managing_member_of": frozenset(f"lp llp lllp partnership inc incorporated corp corporation "
                                    f"plc bank bancorp trust ltd {_COMPANIES}".split()),
    "member_of": frozenset("lp llp lllp partnership inc incorporated corp corporation plc bank "
                           "trust".split()),
    "trustee_of": frozenset(f"lp llp lllp partnership llc lc pllc inc incorporated corp "
                            f"corporation plc bank ltd {_COMPANIES}".split()),
}

#: The last word of a name that is no party: an agreement, a law, a regulator, e.g.
#: "Limited Partnership Agreement", "Delaware Revised Uniform Limited Partnership Act",
#: "Financial Industry Regulatory Authority", "Securities and Exchange Commission"
NO_PARTY_END = regex_cache.compile(r"""
    \b(?:Agreements?|Act|Acts|Authority|Commission|Comptroller|Code|Rules?|Regulations?|Law|Laws
    |Statute|Exchange)\.?$
""", re.VERBOSE | re.IGNORECASE)

def no_party(name: str) -> bool:
    """True when ``name`` is no party: an agreement, a law or a regulator (:data:`NO_PARTY_END`),
    or the filing's word for the issuer (:data:`~graphkit.parsers.partybook_names.ISSUER_WORDS`).

    >>> no_party("Financial Industry Regulatory Authority"), no_party("Company")
    (True, True)
    >>> no_party("Acme Fund LP"), no_party("Acme Capital Company")
    (False, False)
    """
    return bool(NO_PARTY_END.search(name.strip()) or squeeze(name) in ISSUER_WORDS)


def held_fit(relation: str, name: str) -> int:
    """How well ``name`` fits as the held party of ``relation``: 2 when its kind is the role's
    own (a general partner's partnership), 0 when it cannot be (an LLC's general partner, a
    person's trustee), 1 when its name does not tell (a fund, a holding company, a role not
    tied to a kind).

    >>> held_fit("managing_member_of", "Acme GP LLC"), held_fit("managing_member_of", "Acme Fund LP")
    (2, 0)
    >>> held_fit("trustee_of", "Jane Roe"), held_fit("investment_manager_of", "Acme Fund LP")
    (0, 1)
    >>> held_fit("general_partner_of", "Acme Fund")
    1
    """
    fitting = FITTING_KINDS.get(relation)
    if fitting is None:
        return 1
    kind = entity_kind(name)
    if kind is None:
        return 0  # a person's name (or a bare word): no partnership, LLC or trust
    if kind in fitting:
        return 2
    return 0 if kind in UNFITTING_KINDS[relation] else 1
