"""An organization's name whose first word is two words joined by a slash: "Roe/Doe
Investments, L.P.".

The name patterns of :mod:`graphkit.parsers.prose_name_patterns` read no slash, so a match
of such a name opens after it ("Doe Investments, L.P."): a party the filing never names. Of
an organization the words before the slash are its name's when they open it (after "by",
"of", ...: :data:`SLASHED_LEAD`); of a person they are not ("Jane Roe/John Doe" lists two
persons), nor is the last word of another name ("Acme Fund LP/Beta Fund LP" lists two funds),
so those names are left as read.

Examples
--------
>>> flat = "held by Roe/Doe Investments, L.P., of which John Doe is the general partner"
>>> with_slashed_lead(flat, flat.index("Doe Inv"), "Doe Investments, L.P.")
'Roe/Doe Investments, L.P.'
>>> flat = "Jane Roe/John Doe are the general partners"
>>> with_slashed_lead(flat, flat.index("John"), "John Doe")
'John Doe'
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_bare_roles import is_person_name
from graphkit.parsers.prose_lists import entity_kind
from graphkit.parsers.prose_name_patterns import _LEGAL

#: A word that opens no name before a slash: a legal form, a caption word or a generic word
#: ("LP/" of "Acme Fund LP/Beta Fund LP", "Name/", "Company/")
_NOT_LEAD = r"""
    (?:LP|LLC|LLP|Inc|Ltd|Corp|Co|Fund|Funds|Trust|GP|NA|Name|Names|Power|Item|Class
        |Series|Title|Total|Note|Notes|Address|Row
        # a defined term or a generic word ("the Company/Beta Fund LP": review s25-ofwhich-2)
        |Company|Partnership|Corporation|Issuer|Registrant|Trustee|Trustees|Each|Common|Stock
        |Shares|Units|IRA|Account|Accounts|Partners|Partner|Bank|Group|Reporting|Filer|Adviser
        |Advisor|Manager|Sponsor|Holder|Purchaser|Entity|Owner|Estate|Foundation|Shareholder
        |Investor
        # a document's part or a date, never a name's ("Exhibit 2/", "Rule 13/", "June 30/")
        |Exhibit|Schedule|Section|Rule|Annex|January|February|March|April|May|June|July
        |August|September|October|November|December)"""
#: Capitalised words, each glued to the next by a slash, that open a name right before it:
#: "Roe/" of "held by Roe/Doe Investments, L.P.", "Roe/Doe/" of "of Roe/Doe/Major Partners LP",
#: "Roe / " of "by Roe / Doe LP"; or one or two words and a fund's number (a Roman numeral or
#: one or two digits; never "Roe 2000/"): "Acme IV/" of "and
#: Acme IV/Beta L.L.C." (a numbered lead; :func:`with_slashed_lead` takes no person's, "John
#: Doe III/"). Each word is no :data:`_NOT_LEAD`, after a boundary no name runs across: the
#: text's start, "by", "of", "the", "and", a parenthesis or quote, or a comma after a
#: lower-case word; not after another capitalised word ("Roe/" of "Jane Roe/Acme Partners LLC"
#: ends a name of its own).
SLASHED_LEAD = regex_cache.compile(r"""
    (?:^|(?<=\bby\s)|(?<=\bof\s)|(?<=\b[Tt]he\s)|(?<=\band\s)|(?<=[(“"])|(?<=[a-z],\s))
    (?:(?:(?!""" + _NOT_LEAD + r"""[ ]?/)[A-Z][A-Za-z0-9'&\-]{0,40}[ ]?/[ ]?){1,4}
      | (?:(?!""" + _NOT_LEAD + r"""[ ])[A-Z][A-Za-z0-9'&\-]{0,40}[ ]){1,2}  # "Acme IV/"
        (?:[IVX]{1,4}|\d{1,2})[ ]?/[ ]?
    )$
""", re.VERBOSE)
#: A legal form inside an organization's name: a name after the slash with one before its last
#: ("Beta LLC Gamma Partners LP") is two names, and the slash lists them; a list whose every
#: name has one names parties (:func:`graphkit.parsers.prose_group_terms._list_terms`)
LEGAL_FORM_IN = regex_cache.compile(rf"""(?<![A-Za-z])(?-i:{_LEGAL})""", re.VERBOSE)


def with_slashed_lead(flat: str, start: int, name: str) -> str:
    """``name``, read at ``start`` in ``flat``, with the slash-joined words right before it
    (:data:`SLASHED_LEAD`) when it is an organization's
    (:func:`~graphkit.parsers.prose_lists.entity_kind`); ``name`` as it is otherwise.

    >>> with_slashed_lead("by Roe/Doe Partners LP", 7, "Doe Partners LP")
    'Roe/Doe Partners LP'
    >>> with_slashed_lead("by Acme Fund LP/Beta LP", 16, "Beta LP")
    'Beta LP'
    >>> with_slashed_lead("by Acme Partners LP", 3, "Acme Partners LP")
    'Acme Partners LP'
    >>> with_slashed_lead("and Acme IV/Beta L.L.C.", 12, "Beta L.L.C.")
    'Acme IV/Beta L.L.C.'
    >>> with_slashed_lead("and John Doe III/Beta L.L.C.", 17, "Beta L.L.C.")
    'Beta L.L.C.'
    """
    if "/" not in flat[max(0, start - 2):start] or entity_kind(name) is None:
        return name
    if len(LEGAL_FORM_IN.findall(name)) > 1:
        return name  # "Acme/Beta LLC Gamma Partners LP": names of their own
    lead = SLASHED_LEAD.search(flat, max(0, start - 200), start)
    if lead is None or is_person_name(lead.group().rstrip("/ ")):
        return name  # "John Doe III/Acme LLC": a person's name ends its own
    return lead.group() + name


def slashed_helds(flat: str, start: int, held: str, helds: list[str]) -> list[str]:
    """``helds``, the names read from the match ``held`` at ``start`` in ``flat``, the first
    with the slash-joined words before it (:func:`with_slashed_lead`) when it opens ``held``.

    >>> flat = "by Roe/Doe Partners LP and Beta LP"
    >>> slashed_helds(flat, 7, "Doe Partners LP and Beta LP", ["Doe Partners LP", "Beta LP"])
    ['Roe/Doe Partners LP', 'Beta LP']
    """
    if not helds or not held.startswith(helds[0]):
        return helds
    return [with_slashed_lead(flat, start, helds[0])] + helds[1:]
