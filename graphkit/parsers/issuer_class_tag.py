"""A class tag after an issuer's legal form: the " CL" of "ACME HOLDINGS LTD. CL", " CL A" of
"ACME CORP CL A", " CLASS B" of "ACME INC CLASS B".

Some filers print the issuer's name as their securities data lists it, with the class of its
shares abbreviated after the company's name ("CL" for "class"). The tag names the class, not
the company: kept, it makes the issuer's name differ from the same company's name everywhere
else (the SGML header's subject company, other filings). It is taken off only right after a
legal form and at the end of the name, never inside a name ("CL Holdings Inc.", "ACL Inc.",
"Acme Class Action Fund LLC").

Examples
--------
>>> without_class_tag("ACME HOLDINGS LTD. CL"), without_class_tag("ACME CORP CL A")
('ACME HOLDINGS LTD.', 'ACME CORP')
>>> without_class_tag("CL Holdings Inc."), without_class_tag("ACL Inc.")
('CL Holdings Inc.', 'ACL Inc.')
"""

from __future__ import annotations

import re

from graphkit import regex_cache

#: A class tag after a legal form at the end of an issuer's name (group ``tag``): " CL" of
#: "ACME HOLDINGS LTD. CL", " CL A" of "ACME CORP CL A", " CLASS B" of "ACME INC CLASS B", " Cl.
#: A" of "Acme plc Cl. A"; the form is a word of its own ("LTD.", "Inc", "N.V.")
CLASS_TAG = regex_cache.compile(r"""
    (?:(?<![A-Za-z])(?:LTD|INC|CORP|CO|PLC|LLC|LP|NV|SA|AG|SE|LIMITED|CORPORATION|COMPANY
                      |INCORPORATED)\.?
      |(?<![A-Za-z.])(?:[A-Z]\.){2,3})                    # "N.V.", "L.P.", "L.L.C."
    (?P<tag>[ \t]+(?:CL|CLASS)\.?(?:[ \t]+[A-Z]\.?)?)$     # " CL", " CL A", " CLASS B"
""", re.VERBOSE | re.IGNORECASE)


def without_class_tag(name: str) -> str:
    """``name`` without a class tag after its legal form (:data:`CLASS_TAG`).

    >>> without_class_tag("Acme plc Cl. A"), without_class_tag("Acme N.V. CLASS B")
    ('Acme plc', 'Acme N.V.')
    >>> without_class_tag("Acme Class Action Fund LLC"), without_class_tag("Acme Inc.")
    ('Acme Class Action Fund LLC', 'Acme Inc.')
    """
    if "cl" not in name.lower():
        return name
    m = CLASS_TAG.search(name)
    return name[:m.start("tag")] if m else name
