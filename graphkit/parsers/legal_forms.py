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
