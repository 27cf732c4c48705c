"""Form D related persons' name fields: what an empty field holds, an entity typed across
the first, middle and last name fields, reassembled, and a capacity typed after a name.

Form D caveat: a filer sometimes types the capacity a person holds into the name field, after
the name: "Roe, Trustee of the Roe Family Trust" (last name), "Roe, Jane (Managing Member of
the General Partner)" (the paper form's one field). Its words ("Trust", "Partner") would make
the whole an organization's name; :func:`split_name_capacity` parts the name from it.

Examples
--------
>>> related_person_name("N/A", None, "Acme GP, LLC")
('Acme GP, LLC', <PartyKind.ORGANIZATION: 'organization'>, True)
>>> split_name_capacity("Roe, Jane (Managing Member of the General Partner)").role
'Managing Member of the General Partner'
"""

from __future__ import annotations

import re
from typing import Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import PartyKind
from graphkit.names import clean_name, guess_kind, org_words
from graphkit.parsers.formd_clarify import ClarificationKind, read_clarification

#: Values of a name field that mean "left empty": "N/A", "N.A.", "NA", "None", "NONE.", "-",
#: "n/a"; "NA" without a stop or slash only in one case, as "Na" is a given name ("Na Xu")
EMPTY_FIELD = regex_cache.compile(r"""
    ^\s*(?:n\.?\s?/\s?a\.?|n\.\s?a\.?|(?-i:NA|na|N\ A)\.?              # N/A, N.A., NA
          |none\.?|not\s+applicable\.?|-+|\.)?\s*$                      # None, -
""", re.VERBOSE | re.IGNORECASE)

#: A legal-form word typed alone in a name field: "Ltd.", "LLC", "L.P.", "Inc.", "LP", "S.A.",
#: "SA"; "SA", "NV", "BV" without stops only in capitals, as "Sa" is a given name ("Sa Fe")
LEGAL_FORM_ONLY = regex_cache.compile(r"""
    ^\s*(?:ltd|l\.?l\.?c|l\.?p|inc|corp|co|l\.?l\.?p|plc|gmbh                     # LLC
          |[snb]\.\s?[av]|(?-i:SA|NV|BV))\.?\s*$                                 # S.A., SA
""", re.VERBOSE | re.IGNORECASE)

#: The legal forms and the empty field that :data:`LEGAL_FORM_ONLY` and :data:`EMPTY_FIELD` read
#: only in capitals (in title case they are given names: "Sa Fe", "Na Xu"), as typed before an
#: entity's name in the last name field, where no given name stands: "Sa" of firstName "Sa"
#: lastName "Acme Capital" is its "SA"
_CAPITALS_ONLY = frozenset({"SA", "NV", "BV", "NA"})


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
    >>> related_person_name("Na", None, "Xu")[:2], related_person_name("Sa", None, "Fe")[:2]
    (('Na Xu', <PartyKind.PERSON: 'person'>), ('Sa Fe', <PartyKind.PERSON: 'person'>))

    Beside an entity's name (a word of a business's name, :func:`~graphkit.names.org_words`),
    "Sa" and "Na" are no given names: "Sa" is its legal form, "Na" an empty field, as "SA" and
    "NA" are:

    >>> related_person_name("Sa", None, "Acme Capital")[0]
    'Acme Capital SA'
    >>> related_person_name("Na", None, "Acme Capital")[0]
    'Acme Capital'
    """
    if first and last and first.strip().upper() in _CAPITALS_ONLY and org_words(last):
        first = first.strip().upper()  # "Sa" / "Na" before an entity's name: "SA" / "NA"
    f, m, la = (None if x is None or EMPTY_FIELD.match(x) else x.strip()
                for x in (first, middle, last))
    if f and LEGAL_FORM_ONLY.match(f):  # entity typed across the fields
        name = clean_name(" ".join(x for x in (la, m, f) if x)) if la else f
        return name, PartyKind.ORGANIZATION, True
    if not f and la:
        return clean_name(" ".join(x for x in (m, la) if x)), guess_kind(la) \
            if not org_words(la) else PartyKind.ORGANIZATION, first is not None
    name = clean_name(" ".join(x for x in (f, m, la) if x))
    words = org_words(name)
    if words and la and len(f) <= 3 and words == {f.lower()} and f.istitle():  # "Sa", not "SA"
        return name, PartyKind.PERSON, False
    if words or "&" in name:
        return name, PartyKind.ORGANIZATION, False
    if not la or not f:
        return name, guess_kind(name), False
    return name, PartyKind.PERSON, False



#: A trustee's capacity typed after a name, with the trust (group ``trust``): ", Trustee of the
#: Roe Family Trust", ", as Co-Trustee of the Roe 2010 Trust", " - Trustee for the Roe Trust"
TRUSTEE_OF = regex_cache.compile(r"""
    \s*(?:,|\s-|\s–)\s*(?:as\s+)?(?:the\s+|a\s+)?(?:co-?|successor\s+)?trustees?
    \s+(?:of|for|to)\s+(?:the\s+)?(?P<trust>[^,()]+?)\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A trustee's capacity alone at the end of a name, the trust not named: ", Trustee" of "Jane
#: Roe, Trustee", " (Co-Trustee)", ", TTEE"
BARE_TRUSTEE = regex_cache.compile(r"""
    \s*(?:,\s*|\(\s*)(?:as\s+)?(?:co-?|successor\s+)?(?:trustees?|ttee)\.?\s*\)?\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A role in brackets at the end of a name: "Roe, Jane (Managing Member of the General
#: Partner)", "Jane Roe (CEO)" (group ``role``; kept only when it reads as a role)
ROLE_IN_BRACKETS = regex_cache.compile(r"""
    \s*\((?P<role>[^()]{2,120})\)\s*\.?\s*$
""", re.VERBOSE)

#: A role after the last comma of a name: "Roe, Jane, Managing Member of the General Partner",
#: "Acme GP, LLC, General Partner" (group ``role``; kept only when it reads as a role)
ROLE_AFTER_COMMA = regex_cache.compile(r"""
    \s*,\s*(?P<role>[^,()]{2,120}?)\s*\.?\s*$
""", re.VERBOSE)

#: What a clarification reading says when the words read are not a role (a nickname "(Sam)",
#: a place "(Cayman)", a suffix "Jr.")
_NOT_A_ROLE = (ClarificationKind.NOTE, ClarificationKind.OFFICER_OF_ADVISER)


class NameCapacity(BaseModel):
    """A related person's name with the capacity typed after it parted off: ``name`` the name
    alone; ``trust`` the trust it is trustee of; ``role`` a role as a clarification states it
    ("Managing Member of the General Partner"); ``capacity`` the words parted off, and
    ``typed`` the whole, as typed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    typed: str
    name: str
    trust: Optional[str] = None
    role: Optional[str] = None
    capacity: Optional[str] = None


def split_name_capacity(name: str) -> NameCapacity:
    """Part a capacity typed after a name (see the module caveat): a trustee's of a trust
    (:data:`TRUSTEE_OF`) or of none named (:data:`BARE_TRUSTEE`), or a role that reads as a clarification does (:func:`~graphkit.
    parsers.formd_clarify.read_clarification`), in brackets (:data:`ROLE_IN_BRACKETS`) or
    after the last comma (:data:`ROLE_AFTER_COMMA`). A name with none is kept whole.

    >>> n = split_name_capacity("Doe, John R., Trustee of the Doe Family Trust")
    >>> n.name, n.trust, n.capacity
    ('Doe, John R.', 'Doe Family Trust', 'Trustee of the Doe Family Trust')
    >>> split_name_capacity("Acme GP, LLC, General Partner").name
    'Acme GP, LLC'
    >>> n = split_name_capacity("Jane Roe, Trustee"); n.name, n.capacity
    ('Jane Roe', 'Trustee')
    >>> [split_name_capacity(x).name for x in ("Xiaoming Li (Sam)", "Acme Fund (Cayman)",
    ...                                         "Fund GP, LLC", "Roe, Jane, Jr.")]
    ['Xiaoming Li (Sam)', 'Acme Fund (Cayman)', 'Fund GP, LLC', 'Roe, Jane, Jr.']
    """
    m = TRUSTEE_OF.search(name)
    if m is not None and m.start() > 0 and (m["trust"][:1].isupper() or m["trust"][:1].isdigit()):
        return NameCapacity(typed=name, name=name[:m.start()].strip(), trust=m["trust"],
                            capacity=name[m.start():].strip(" ,-–"))
    m = BARE_TRUSTEE.search(name)
    if m is not None and m.start() > 0 and "trust" not in name[:m.start()].lower():
        # "Jane Roe, Trustee": a trustee of a trust not named (not "The Roe Family Trust,
        # Jane Roe, Trustee": the trust's name, then its trustee's, kept whole)
        return NameCapacity(typed=name, name=name[:m.start()].strip(),
                            capacity=name[m.start():].strip(" ,()."))
    for pattern in (ROLE_IN_BRACKETS, ROLE_AFTER_COMMA):
        m = pattern.search(name)
        if m is None or m.start() == 0:
            continue
        read = read_clarification(m["role"])
        if read is not None and read.kind not in _NOT_A_ROLE:
            return NameCapacity(typed=name, name=name[:m.start()].strip(), role=read.text,
                                capacity=m["role"].strip())
    return NameCapacity(typed=name, name=name)


def role_in_first_name(first: Optional[str], last: Optional[str]) -> Optional[NameCapacity]:
    """The capacity a filer typed as the first name of an entity, its name (with a word of a
    business's name, :func:`~graphkit.names.org_words`) in the last name field (firstName "General Partner", lastName "Acme GP II, LLC"): the role, read as the
    clarification "General Partner" reads, with the name alone; None for any other first name.

    >>> n = role_in_first_name("General Partner", "Acme GP II, LLC")
    >>> n.name, n.role, n.capacity
    ('Acme GP II, LLC', 'General Partner', 'General Partner')
    >>> role_in_first_name("Jane", "Roe"), role_in_first_name("GP", "N/A")
    (None, None)
    >>> role_in_first_name("Manager", "Roe") is None   # an entity's name only
    True
    """
    if not first or not last or EMPTY_FIELD.match(last) or not org_words(last):
        return None  # a person's surname after it: no entity's capacity
    role = first.strip()
    read = read_clarification(role)
    if read is None or read.kind is not ClarificationKind.ROLE_AT_ISSUER or \
            read.text.lower() != role.lower():
        return None
    return NameCapacity(typed=f"{role} {last.strip()}", name=last.strip(), role=read.text,
                        capacity=role)
