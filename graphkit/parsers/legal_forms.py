"""The legal forms a party's name ends with, by class: "L.P." and "Limited Partnership" are one
class ("lp"), "Inc." and "Corporation" another ("corp"). Names whose stated forms fall in
different classes are different parties (:func:`graphkit.parsers.partybook_names.discriminators`).

Examples
--------
>>> LEGAL_FORMS["incorporated"], LEGAL_FORMS["lllp"]
('corp', 'lp')
>>> dict(SPELLED_LEGAL_FORMS)[("limited", "partnership")]
'lp'
"""

from __future__ import annotations

from graphkit.models import PartyKind
from resolvers.compare import info_of

#: Legal forms, by class; names whose stated forms fall in different classes are different.
LEGAL_FORMS = {
    "lp": "lp", "lllp": "lp", "llc": "llc", "llp": "llp", "inc": "corp", "corp": "corp",
    "corporation": "corp", "incorporated": "corp", "co": "corp", "company": "corp",
    "ltd": "ltd", "limited": "ltd", "cv": "cv", "nv": "nv", "bv": "bv", "sa": "sa",
    "gmbh": "gmbh", "ag": "ag", "plc": "plc", "kg": "kg", "spc": "spc",
}

#: Legal forms spelled out in words (lower case), read before :data:`LEGAL_FORMS` word by word:
#: "Acme Fund, Limited Partnership" is an "lp" (its word "limited" alone is a "ltd"), "Acme,
#: Limited Liability Company" an "llc" (its word "company" alone a "corp")
SPELLED_LEGAL_FORMS = ((("limited", "liability", "company"), "llc"),
                       (("limited", "liability", "partnership"), "llp"),
                       (("limited", "partnership"), "lp"))


def same_name_in_form_spellings(a: str, b: str) -> bool:
    """Whether two organization names are one name whose legal forms each place spells its own
    way: the same words, the same stated forms as the resolver reads them
    (:func:`resolvers.names.analyze`), and no parenthesized qualifier on one side only. A name
    stating no form, or other forms ("Co., L.P." / "L.P."), is not judged here.

    >>> same_name_in_form_spellings("ACME MANAGEMENT CO L P",
    ...                             "Acme Management Company, Limited Partnership")
    True
    >>> same_name_in_form_spellings("Acme Corporation", "ACME CORP")
    True
    >>> same_name_in_form_spellings("Acme Management, L.P.", "Acme Management Co., L.P.")
    False
    >>> same_name_in_form_spellings("Acme Capital", "ACME CAPITAL")
    False
    """
    x, y = info_of(a, PartyKind.ORGANIZATION), info_of(b, PartyKind.ORGANIZATION)
    return bool(x.forms and x.core) and (x.core, x.forms, x.qualifiers, x.series) == \
        (y.core, y.forms, y.qualifiers, y.series)
