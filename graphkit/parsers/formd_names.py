"""Form D related persons' name fields: what an empty field holds, and an entity typed across
the first, middle and last name fields, reassembled.

Examples
--------
>>> related_person_name("N/A", None, "Acme GP, LLC")
('Acme GP, LLC', <PartyKind.ORGANIZATION: 'organization'>, True)
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit.models import PartyKind
from graphkit.names import clean_name, guess_kind, org_words

#: Values of a name field that mean "left empty": "N/A", "NA", "None", "NONE.", "-", "n/a".
EMPTY_FIELD = re.compile(r"""
    ^\s*(?:n\.?\s?/?\s?a\.?|none\.?|not\s+applicable\.?|-+|\.)?\s*$     # N/A
""", re.VERBOSE | re.IGNORECASE)

#: A legal-form word typed alone in a name field: "Ltd.", "LLC", "L.P.", "Inc.", "LP".
LEGAL_FORM_ONLY = re.compile(r"""
    ^\s*(?:ltd|l\.?l\.?c|l\.?p|inc|corp|co|l\.?l\.?p|plc|gmbh|s\.?a|n\.?v|b\.?v)\.?\s*$   # LLC
""", re.VERBOSE | re.IGNORECASE)


def related_person_name(first: Optional[str], middle: Optional[str], last: Optional[str]
                        ) -> tuple[str, PartyKind, bool]:
    """Name, kind and whether it was reassembled, from the three name fields of a related
    person.

    Form D caveat: filers often type an entity into the person name fields (firstName "Ltd."
    lastName "Acme Fund Group", or firstName "N/A" lastName "Acme Fund II GP, LLC"); the name is
    reassembled as last name, then the legal-form word typed as first name, "N/A" dropped.

    >>> related_person_name("Ltd.", None, "Acme Fund Group")
    ('Acme Fund Group Ltd.', <PartyKind.ORGANIZATION: 'organization'>, True)
    >>> related_person_name("LLC", None, "Fund GP,")
    ('Fund GP, LLC', <PartyKind.ORGANIZATION: 'organization'>, True)
    >>> related_person_name("N/A", "N/A", "Acme, LLC")
    ('Acme, LLC', <PartyKind.ORGANIZATION: 'organization'>, True)
    >>> related_person_name("Xiaoming (Sam)", None, "Li")
    ('Xiaoming (Sam) Li', <PartyKind.PERSON: 'person'>, False)
    """
    f, m, la = (None if x is None or EMPTY_FIELD.match(x) else x.strip()
                for x in (first, middle, last))
    if f and LEGAL_FORM_ONLY.match(f):  # entity typed across the fields
        name = clean_name(" ".join(x for x in (la, m, f) if x)) if la else f
        return name, PartyKind.ORGANIZATION, True
    if not f and la:
        return clean_name(" ".join(x for x in (m, la) if x)), guess_kind(la) \
            if not org_words(la) else PartyKind.ORGANIZATION, first is not None
    name = clean_name(" ".join(x for x in (f, m, la) if x))
    if org_words(name) or "&" in name:
        return name, PartyKind.ORGANIZATION, False
    if not la or not f:
        return name, guess_kind(name), False
    return name, PartyKind.PERSON, False

