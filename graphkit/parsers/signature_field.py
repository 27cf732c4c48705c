"""A signature typed whole in one field of a form (a Form 3/4/5 ``signatureName``, the title of
a Schedule 13D/G XML signature): the signer's name, the capacity signed in and the party it is
held in, all on one line.

:mod:`graphkit.parsers.ownership_owners` reads a signature by power of attorney ("/s/ John Doe,
as Attorney-in-Fact for Jane Q. Roe"); this module reads the other signatures a field holds:
"/s/ Jane Q. Roe, as Trustee, Acme Family Trust" is Jane Q. Roe's, as Trustee, for the trust;
a conformed signature mark mistyped ("/a/ Jane Q. Roe") is dropped as "/s/" is; and a title
field that repeats the signer's name ("Jane Q. Roe / Vice President") holds only the title.

The capacity words are those of a printed title (:data:`~graphkit.parsers.signature_lines.
TITLE_WORD`), "Trustee" and "Manager" among them, which elsewhere are words of a business's
name. The signer's relation to the party is not read here: the readers of these forms keep the
signature as a record, as they keep "Attorney-in-Fact" for the party signed for.

Examples
--------
>>> s = read_signature_field("/s/ Jane Q. Roe, as Trustee, Acme Family Trust", [])
>>> (s.signer, s.title, s.on_behalf_of)
('Jane Q. Roe', 'Trustee', ['Acme Family Trust'])
>>> read_signature_field("/a/ Jane Q. Roe", ["ROE JANE Q"]).signer
'Jane Q. Roe'
>>> field_title("Jane Q. Roe / Vice President", "Jane Q. Roe")
'Vice President'
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from graphkit import regex_cache
from graphkit.parsers.schedule13_table_lines import NAME_NOTE
from graphkit.models import Evidence, Signature
from graphkit.names import clean_name
from graphkit.parsers.ownership_owners import read_signature, signed_name
from graphkit.parsers.signature_capacity import TITLE_PARTY_GAP, split_title_party
from graphkit.parsers.signature_lines import TITLE_WORD, is_title_line, looks_like_person_name
from graphkit.parsers.signature_names import LEGAL_END, names_entity
from graphkit.parsers.signature_roles import is_person_title
from graphkit.parsers.xmldoc import ABBREVIATION_END

#: A signer's name and, after a comma, the capacity signed in with the party it is held in
#: (group ``capacity``, which :func:`split_capacity` parts): "Jane Q. Roe, as Trustee, Acme
#: Family Trust", "Jane Q. Roe, President", "Jane Q. Roe, Manager of Acme Capital Management,
#: LLC, General Partner", "Jane Q. Roe, as the Trustee of the Acme Trust"
SIGNER_CAPACITY = regex_cache.compile(r"""
    ^(?P<signer>[^,()/]+?)\s*,\s*(?:as\s+)?(?:(?:the|a|an|its|his|her)\s+)?
    (?P<capacity>[A-Z][^\n]*?)\s*$
""", re.VERBOSE)
#: A party's name, then "By:" and the hand's conformed signature: "Jane Q. Roe by: /s/
#: John Doe, as Attorney-in-fact", "Acme Fund LP By : /s/ Richard Poe, Director",
#: "Acme Fund LP, By: Acme GP LLC, its general partner, By: /s/ John Doe, Managing Member", a
#: link signed "/s/" too ("Acme Fund LP, By : /s/ Acme GP LLC, its Manager, By : /s/ John Doe")
#: (group ``parties``: what is signed for, a chain of "By:" links; ``hand``: the signature)
SIGNED_BY_HAND = regex_cache.compile(r"""
    ^(?:/s/\s*)?(?P<parties>[^/]*?[^\s,/])\s*,?\s+by\s*:?\s*(?P<hand>/s/.+)$
""", re.VERBOSE | re.IGNORECASE)
#: A "By:" link between the parties of a :data:`SIGNED_BY_HAND` chain, e.g. ", By: " of "Acme
#: Fund LP, By: Acme GP LLC"
BY_LINK = regex_cache.compile(r"""(?:\s*+,\s++|\s++)by(?:\s*+:\s++|\s++)""", re.VERBOSE | re.IGNORECASE)

#: A party's own capacity after its name in a :data:`SIGNED_BY_HAND` chain, with "its", "the"
#: or "as" before it: ", its general partner" of "Acme GP LLC, its general partner"
CHAIN_CAPACITY = regex_cache.compile(r"""
    \s*,\s*(?:as\s+)?(?:its|the|their)\s+[A-Za-z][^,]*$
""", re.VERBOSE | re.IGNORECASE)

#: An entity's own capacity after its name, which the signer acts through: ", General Partner"
#: of "Acme Capital Management, LLC, General Partner", ", its Managing Member" (group ``title``)
ENTITY_CAPACITY_END = regex_cache.compile(r"""
    \s*,\s*(?:as\s+)?(?:(?:its|the)\s+)?(?P<title>[A-Z][^,\n]*?)\s*$
""", re.VERBOSE)
#: An entity's own capacity in a further party, after its name: ", the general partner of Acme
#: Fund LP" of "Acme GP, LLC, the general partner of Acme Fund LP", ", as Manager of Acme LLC",
#: ", Trustee of the Roe Trust" of "Acme Bank, N.A., Trustee of the Roe Trust"
#: (group ``title``; any case: the capacity is checked by :func:`is_capacity`)
ENTITY_CAPACITY_OF = regex_cache.compile(r"""
    \s*,\s*(?:as\s+)?(?:(?:its|the)\s+)?(?P<title>[A-Za-z][^,\n]*?)\s+of\s+(?:the\s+)?(?=[A-Z])
""", re.VERBOSE)
#: "and" between two capacities, each with its party: "Trustee of the Roe Trust and Manager of
#: Roe LLC", "President of Acme Inc., and Trustee of the Roe Trust" (the next capacity's title
#: opens with a capital; not "Acme Partners and Company")
CAPACITY_AND = regex_cache.compile(r"""
    (?:\s*+,\s++|\s++)and\s++(?:as\s++)?(?:(?:the|its)\s++)?(?=[A-Z][^,\n]*?\s+of\s)
""", re.VERBOSE)
#: A comma before a second capacity with its party (group ``title``, a person's title checked
#: by :func:`~graphkit.parsers.signature_roles.is_person_title`): ", Director of Beta Inc" of
#: "Director of Acme Inc, Director of Beta Inc", ", Vice President of Beta LLC"
CAPACITY_COMMA = regex_cache.compile(r"""
    \s*,\s+(?=(?P<title>[A-Z][A-Za-z\- ]*?)\s+of\s+[A-Z])
""", re.VERBOSE)
#: One who signs for herself, alone or before the capacities she holds as well: "Individually",
#: "individually and as Trustee of the Roe Trust" (group ``rest``), "In her individual capacity"
OWN_CAPACITY = regex_cache.compile(r"""
    ^(?:Individually|Personally|In\s+(?:his|her|its)\s+individual\s+capacity)
    (?:\s*,?\s+and\s+(?:as\s+)?(?:(?:the|its|a|an)\s+)?(?P<rest>[A-Z].*))?\s*$
""", re.VERBOSE | re.IGNORECASE)
#: A title word that is a word of a business's name as well ("Acme Trustee Services", "Acme
#: Managers"): "Trustee", "Co-Trustee", "Manager"
BUSINESS_TITLE_WORD = regex_cache.compile(r"""\b(?:Co-)?Trustee\b|\bManager\b""", re.VERBOSE | re.IGNORECASE)
#: "the" before the party a capacity is held in: "Trustee of the Acme Trust"
PARTY_THE = regex_cache.compile(r"""^the\s+(?=[A-Z])""", re.VERBOSE)
#: What parts a signer's name from the title printed after it in one field: "/" of "Jane Q.
#: Roe / Vice President", ", " of "Jane Q. Roe, President", " - ", or a space alone ("Jane Q.
#: Roe Global Head of Compliance")
NAME_TITLE_GAP = regex_cache.compile(r"""^[\s,/\-–]+""", re.VERBOSE)
#: A word of a title that :data:`~graphkit.parsers.signature_lines.TITLE_WORD` does not hold,
#: printed after a signer's name in one field: "Global Head of Compliance", "Co-Founder",
#: "Senior Analyst"
FIELD_TITLE_WORD = regex_cache.compile(r"""\b(?:Head|Founder|Co-Founder|Analyst|Associate|Advisor|Adviser
    |Agent)\b""", re.VERBOSE | re.IGNORECASE)
#: A department or board a title is held in, between its title and the party: "Research",
#: "Investor Relations", "Sales and Marketing", "the Board of Directors", "Research and Head of
#: Trading" (a second title of a department), after "Director of" in "Director of Research of
#: Acme Corp"; never a name's words ("Government" of "Government of Acme Investment Corp")
_DEPARTMENT_NAME = r"""(?:(?:Investor|Public|Client)\s+Relations|Research|Finance|Operations
    |Sales|Marketing|Trading|Investments?|Compliance|Accounting|Tax|Taxation|Risk(?:\s+Management)?
    |Legal|Administration|Human\s+Resources|Technology|Strategy|Treasury|Portfolio\s+Management
    |(?:Corporate|Business)\s+Development|Private\s+Equity|Fixed\s+Income|Equities)"""
_DEPARTMENT_ONE = rf"""(?:(?:the\s+)?Board(?:\s+of\s+(?:Directors|Managers|Trustees))?
    |{_DEPARTMENT_NAME}(?:\s*(?:,|and|&)\s*(?:and\s+)?{_DEPARTMENT_NAME})*)"""
DEPARTMENT = regex_cache.compile(rf"""
    {_DEPARTMENT_ONE}(?:\s+(?:and|&)\s+(?:[A-Z][\w\-]*\s+){{1,4}}of\s+{_DEPARTMENT_ONE})?
""", re.VERBOSE)
#: What follows a signer's name in a title field that goes on with the name: a suffix ("Jr.,
#: President", " III", ", Esq."; "Sr." only before a comma or the end: "Sr. VP" is a title), a
#: possessive ("'s Attorney-in-fact")
NAME_GOES_ON = regex_cache.compile(r"""
    ^(?:['\u2019]s\b
      |[\s,]*(?:(?:Jr|I{2,3}|IV|Esq)\b\.?|Sr\b\.?(?=\s*(?:,|$))))
""", re.VERBOSE)
#: A signer signing for itself and the other reporting persons, after its name: ", on behalf
#: of himself and each other reporting person hereunder", " individually and on behalf of all
#: other Reporting Persons", ", for herself and on behalf of each other Reporting Person", ",
#: on behalf of herself and the other reporting persons" (group ``others``: the others too)
FOR_SELF_AND_OTHERS = regex_cache.compile(r"""
    \s*,?\s*(?:individually\s+and\s+)?(?:on\s+behalf\s+of|for)\s+
    (?:(?:himself|herself|itself|themselves)
       (?:\s*,?\s+and\s+(?:(?:on\s+behalf\s+of|for)\s+)?)?)?
    (?P<others>(?:each|all|every|the)\s+(?:of\s+the\s+)?other\s+reporting\s+(?:persons?|owners?)
      (?:\s+(?:hereunder|herein|named\s+(?:herein|above)))?)?
    \s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: The mark of a conformed signature, "/s/", or a letter mistyped for its "s" ("/a/ Jane Q.
#: Roe"), with a "By:" before it: "/s/ Jane Q. Roe", "By: /s/ Jane Q. Roe", "/S/Jane Q. Roe"
SIGNATURE_MARK = regex_cache.compile(r"""^\s*(?:By\s*:\s*)?/[a-z]/\s*""", re.VERBOSE | re.IGNORECASE)


def conformed_name(field: str) -> str:
    """The name a signature field signs: without :data:`SIGNATURE_MARK` before it and a
    footnote mark after it (:data:`~graphkit.parsers.schedule13_table_lines.NAME_NOTE`: the
    "*" of "/s/ Jane Roe*" that a note "*Attorney-in-fact" explains).

    >>> conformed_name("/s/ Jane Roe*"), conformed_name("By: /S/ Jane Q. Roe (1)")
    ('Jane Roe', 'Jane Q. Roe')
    """
    return NAME_NOTE.sub("", SIGNATURE_MARK.sub("", field)).strip()


def is_capacity(text: str) -> bool:
    """True when ``text`` is only a signer's title (:func:`~graphkit.parsers.signature_lines.
    is_title_line`, each part between commas with a title word): "Trustee", "Manager", "Chief
    Executive Officer", "Vice President, Secretary"; its words "Trustee" and "Manager"
    (:data:`BUSINESS_TITLE_WORD`) are no words of a business's name here.

    >>> is_capacity("Trustee"), is_capacity("Co-Trustee"), is_capacity("General Partner")
    (True, True, True)
    >>> is_capacity("Acme Trust"), is_capacity("Trustee of the Acme Trust"), is_capacity("trustee")
    (False, False, False)
    >>> is_capacity("Trustee, Jane Roe"), is_capacity("Manager, Acme Capital")
    (False, False)
    """
    t = text.strip()
    if not t[:1].isupper() or len(t) > 60 or not all(TITLE_WORD.search(p) for p in t.split(",")):
        return False
    return is_title_line(BUSINESS_TITLE_WORD.sub("Officer", t))


def split_capacity(capacity: str) -> Optional[tuple[Optional[str], list[str]]]:
    """The title and the parties (none when it names none) of the capacity a signer signs in,
    or None when it is no title. It parts at the first "," or "of" with a title before it and
    an entity's name after it, or a later one where the title gains a department or the gap is
    a comma (:func:`_title_party`: "Director of Research, Acme Inc" is a Director of Research's,
    for Acme Inc; "Director of Government of Acme Investment Corp" a Director's), and the party ends where a capacity of its own starts (:func:`party_end`:
    "Acme GP, LLC, the general partner of Acme Fund LP" is Acme GP, LLC). Capacities joined by
    "and" (:data:`CAPACITY_AND`) are read each apart, their titles joined: "Trustee of the Roe
    Trust and Manager of Roe LLC". One who signs for herself (:data:`OWN_CAPACITY`:
    "Individually") holds no title.

    >>> split_capacity("Trustee, Acme Equity Fund IV Trust")
    ('Trustee', ['Acme Equity Fund IV Trust'])
    >>> split_capacity("Manager of Acme Capital Management, LLC, General Partner")
    ('Manager', ['Acme Capital Management, LLC'])
    >>> split_capacity("Trustee of the Acme Trust"), split_capacity("President")
    (('Trustee', ['Acme Trust']), ('President', []))
    >>> split_capacity("Director of Research, Acme Inc")
    ('Director of Research', ['Acme Inc'])
    >>> split_capacity("Trustee of the Roe Trust and Manager of Roe LLC")
    ('Trustee and Manager', ['Roe Trust', 'Roe LLC'])
    >>> split_capacity("Individually"), split_capacity("Individually and as Trustee of Roe Trust")
    ((None, []), ('Trustee', ['Roe Trust']))
    >>> split_capacity("Acme Holdings, LLC") is None, split_capacity("Trustee, Jane Roe") is None
    (True, True)
    """
    own = OWN_CAPACITY.match(capacity)
    if own is not None:
        if not own["rest"]:
            return None, []
        capacity = own["rest"]  # "Individually and as Trustee of the Roe Trust"
    if is_capacity(capacity):
        return capacity, []
    parts = [_title_party(p) for p in capacity_parts(capacity)]
    if len(parts) > 1 and all(p is not None and p[1] for p in parts):
        titles = list(dict.fromkeys(p[0] for p in parts))  # "Trustee of X and Trustee of Y"
        return " and ".join(titles), [p[1] for p in parts]
    one = _title_party(capacity)
    return None if one is None else (one[0], [one[1]] if one[1] else [])


def capacity_parts(capacity: str) -> list[str]:
    """The capacities of one signer, each with its party: parted at "and"
    (:data:`CAPACITY_AND`) and at a comma before a person's title of another party
    (:data:`CAPACITY_COMMA`, :func:`~graphkit.parsers.signature_roles.is_person_title`); not
    before an entity's own capacity ("Manager of Acme Capital, LLC, General Partner of Acme
    Fund LP": Acme Capital's).

    >>> capacity_parts("Director of Acme Inc, Director of Beta Inc")
    ['Director of Acme Inc', 'Director of Beta Inc']
    >>> capacity_parts("Manager of Acme Capital, LLC, General Partner of Acme Fund LP")
    ['Manager of Acme Capital, LLC, General Partner of Acme Fund LP']
    """
    out: list[str] = []
    for part in CAPACITY_AND.split(capacity):
        start = 0
        for m in CAPACITY_COMMA.finditer(part):
            if is_person_title(m["title"]):
                out.append(part[start:m.start()])
                start = m.end()
        out.append(part[start:])
    return out


def _title_party(capacity: str) -> Optional[tuple[str, str]]:
    """One capacity parted into its title and its party at the first gap that leaves a title
    before it and an entity's name after it ("Director" of "Director of Government of Acme
    Investment Corporation"); a later gap only when the words the title gains are a
    department (:data:`DEPARTMENT`: "Director of Investor Relations of Acme Corp") or the gap
    is a comma ("Vice President of Investments, Acme Trust Company"). None when no gap does.

    >>> _title_party("Chief Investment Officer of State of Acme Investment Board")
    ('Chief Investment Officer', 'State of Acme Investment Board')
    >>> _title_party("Chairman of the Board of Directors of Acme Inc")
    ('Chairman of the Board of Directors', 'Acme Inc')
    """
    found = None
    since = 0  # where the title's words after the gap taken start
    for m in TITLE_PARTY_GAP.finditer(capacity):
        title, party = clean_name(capacity[:m.start()]), clean_name(capacity[m.end():])
        party = PARTY_THE.sub("", party)
        # the title gains a department: "Member of the Board of Managers", "Vice President
        # of Investments" (words of a business's name, which is_capacity refuses)
        department = found is not None and DEPARTMENT.fullmatch(capacity, since, m.start())
        if not (department or is_capacity(title)) or not party[:1].isupper() or \
                not names_entity(party):
            continue
        anchor = found is None or "," in m.group()  # the first gap, or a comma
        if anchor or department:
            found = (title, party_end(party))
            since = m.end() if anchor else since
    return found


def party_end(party: str) -> str:
    """``party`` without the capacity it holds itself, printed after its name: ", General
    Partner", ", its Managing Member", ", the general partner of Acme Fund LP" (the entity
    the signer acts through is the party signed for).

    >>> party_end("Acme GP, LLC, the general partner of Acme Fund LP")
    'Acme GP, LLC'
    >>> party_end("Acme Capital, LLC, General Partner"), party_end("Acme Holdings, Inc.")
    ('Acme Capital, LLC', 'Acme Holdings, Inc.')
    """
    end = ENTITY_CAPACITY_END.search(party)
    if end is not None and is_capacity(end["title"]):
        return party[:end.start()]  # "Acme Capital Management, LLC, General Partner"
    for m in ENTITY_CAPACITY_OF.finditer(party):
        title = m["title"]
        if is_capacity(title[:1].upper() + title[1:]):
            return party[:m.start()]  # "Acme GP, LLC, the general partner of Acme Fund LP"
    return party


def read_signature_field(raw: str, owners: Sequence[str], date=None,
                         evidence: Optional[Evidence] = None) -> Signature:
    """The signature a Form 3/4/5 prints in its signature field: one by power of attorney as
    :func:`~graphkit.parsers.ownership_owners.read_signature` reads it; else the signer's name
    without its mark (:data:`SIGNATURE_MARK`), with the capacity after it
    (:data:`SIGNER_CAPACITY`, :func:`split_capacity`) as the title and its party as the party
    signed for. A signature it cannot part is kept as printed.

    >>> s = read_signature_field("/s/ Jane Q. Roe, Manager of Acme Capital, LLC, General Partner", [])
    >>> (s.signer, s.title, s.on_behalf_of)
    ('Jane Q. Roe', 'Manager', ['Acme Capital, LLC'])
    >>> s = read_signature_field("Jane Q. Roe, Jr., Trustee", [])
    >>> (s.signer, s.title)
    ('Jane Q. Roe Jr.', 'Trustee')
    >>> read_signature_field("/s/ Acme Partners, L.P.", []).signer
    'Acme Partners, L.P.'

    A party's name before "By: /s/" is the party signed for (:data:`SIGNED_BY_HAND`), each of
    a chain of them:

    >>> s = read_signature_field("Jane Q. Roe by: /s/ John Doe, as "
    ...                          "Attorney-in-fact", [])
    >>> (s.signer, s.title, s.on_behalf_of)
    ('John Doe', 'Attorney-in-Fact', ['Jane Q. Roe'])
    >>> s = read_signature_field("Acme Fund LP, By: Acme GP LLC, its general partner, By: /s/ "
    ...                          "John Doe, Managing Member", [])
    >>> (s.signer, s.title, s.on_behalf_of)
    ('John Doe', 'Managing Member', ['Acme Fund LP', 'Acme GP LLC'])

    A signer signing for itself and each other reporting person (:data:`FOR_SELF_AND_OTHERS`)
    signs for every owner:

    >>> s = read_signature_field("/s/ Jane Q. Roe, on behalf of herself and each other "
    ...                          "reporting person hereunder", ["ROE JANE Q", "ACME LLC"])
    >>> (s.signer, s.title, s.on_behalf_of)
    ('Jane Q. Roe', None, ['ROE JANE Q', 'ACME LLC'])
    """
    raw = SIGNATURE_MARK.sub("/s/ ", raw, count=1)
    own = FOR_SELF_AND_OTHERS.search(raw)
    if own is not None and own.start() > 0 and (own["others"] or "self" in own[0].lower()):
        # "/s/ Jane Roe, on behalf of herself and each other reporting person": her signature,
        # for every reporting owner
        sig = read_signature_field(raw[:own.start()], owners, date=date, evidence=evidence)
        if not own["others"]:  # "for itself": the party of its chain, if any ("Acme LLC, By:")
            return sig
        return sig.model_copy(update={"on_behalf_of": list(owners)})
    chain = SIGNED_BY_HAND.match(" ".join(raw.split()))
    if chain is not None:  # "Jane Q. Roe by: /s/ John Doe, as Attorney-in-fact"
        # (no owners: the parties signed for are the chain's, and those the hand names itself)
        sig = read_signature_field(chain["hand"], [], date=date, evidence=evidence)
        if sig.title is None:  # a person signing for a party: after her name, her title
            m = SIGNER_CAPACITY.match(sig.signer)  # ("Head of Corporate Legal Department")
            if m is not None and looks_like_person_name(m["signer"]):
                sig = sig.model_copy(update={"signer": clean_name(m["signer"]),
                                             "title": m["capacity"]})
        parties = [_without_capacity(p) for p in BY_LINK.split(chain["parties"])]
        signed_for = [p for p in parties if p] + [
            p for p in sig.on_behalf_of if p not in parties]
        return sig.model_copy(update={"on_behalf_of": signed_for})
    sig = read_signature(raw, owners, date=date, evidence=evidence)
    if sig.title is not None or "," not in sig.signer:
        return sig
    m = SIGNER_CAPACITY.match(signed_name(" ".join(raw.split())))  # "Jane Roe, Jr., Trustee"
    if m is None or not looks_like_person_name(m["signer"]):
        return sig
    capacity = m["capacity"]
    if not ABBREVIATION_END.search(capacity):
        capacity = capacity.rstrip(".")  # "Jane Roe, Trustee." (not "..., Acme Holdings, Inc.")
    parts = split_capacity(capacity)
    if parts is None:
        return sig
    return sig.model_copy(update={"signer": clean_name(m["signer"]), "title": parts[0],
                                  "on_behalf_of": parts[1]})


def _without_capacity(party: str) -> str:
    """A party of a signature chain without its capacity after its name (:data:`CHAIN_CAPACITY`
    or a title, :func:`is_capacity`): "Acme GP LLC, its general partner" -> "Acme GP LLC",
    "Acme GP LLC, General Partner" -> "Acme GP LLC"; "Acme Partners, L.P." stays whole.

    >>> _without_capacity("Acme GP LLC, its general partner"), _without_capacity("Acme, L.P.")
    ('Acme GP LLC', 'Acme, L.P.')
    """
    cut = CHAIN_CAPACITY.search(party)
    if cut is None:
        end = ENTITY_CAPACITY_END.search(party)
        cut = end if end is not None and is_capacity(end["title"]) else None
    return (party[:cut.start()] if cut is not None else party).strip()


def field_title(title: Optional[str], signer: str) -> Optional[str]:
    """A signature's title field without the signer's name printed before it ("Jane Q. Roe /
    Vice President", :data:`NAME_TITLE_GAP`); None when it holds only the name. The field is
    kept as printed only when what follows the name goes on with a longer name
    (:data:`NAME_GOES_ON`, or after a space alone :func:`extends_name`: "Jane Roe Jr.,
    President", "Jane Roe Trust, Trustee", "Jane Roe's Attorney-in-fact"); any other rest is
    the title, however abbreviated ("CCO", "EVP", after a comma "GP").

    >>> field_title("JANE Q. ROE", "Jane Q. Roe") is None, field_title("President", "Jane Roe")
    (True, 'President')
    >>> field_title("Jane Roe Global Head of Compliance", "Jane Roe")
    'Global Head of Compliance'
    >>> field_title("Jane Roe Jr., President", "Jane Roe"), field_title("Jane Roe, CCO", "Jane Roe")
    ('Jane Roe Jr., President', 'CCO')
    """
    if not title or not signer or not title.lower().startswith(signer.lower()) or \
            title[len(signer):len(signer) + 1].isalnum():
        return title  # not "Jane Q. Roeberts Trust Officer" of Jane Q. Roe
    rest = title[len(signer):]
    if not clean_name(rest).strip(" .,"):
        return None  # "JANE Q. ROE" alone
    if NAME_GOES_ON.match(rest):
        return title  # "Jane Roe Jr., President", "Jane Roe's Attorney-in-fact"
    gap = NAME_TITLE_GAP.match(rest)
    spaced = gap is not None and not gap.group().strip()  # "Jane Roe Trust", not "Jane Roe, GP"
    rest = clean_name(rest[gap.end():] if gap else rest)
    return title if spaced and extends_name(rest) and not names_a_title(rest) else rest


def extends_name(rest: str) -> bool:
    """True when ``rest``, printed after a signer's name in one field with no title of its
    own (:func:`names_a_title`), goes on with a longer name: an organization's or a trust's
    ("Revocable Trust", "Trust, Trustee", "Partners, LLC", "Family Foundation").

    >>> extends_name("Revocable Trust"), extends_name("Partners, LLC, Managing Member")
    (True, True)
    >>> extends_name("CCO"), extends_name("Authorized Signer"), extends_name("Operations")
    (False, False, False)
    """
    head = rest.split(",", 1)[0]
    return names_entity(head)


def names_a_title(text: str) -> bool:
    """True when ``text``, printed after a signer's name in one field, is a title: a capacity
    (:func:`is_capacity`), a title with the party it is held in ("Managing Member of Acme
    Capital, LLC"), or a title opening with a word of :data:`FIELD_TITLE_WORD` ("Global Head
    of Compliance"); not the rest of a longer name ("Jr., President", "Trust, Trustee").

    >>> names_a_title("Vice President"), names_a_title("Managing Member of Acme Capital, LLC")
    (True, True)
    >>> names_a_title("attorney-in-fact*"), names_a_title("Authorized Signatory, Acme GP LP")
    (True, True)
    >>> names_a_title("Jr., President"), names_a_title("Trust, Trustee")
    (False, False)
    """
    if is_capacity(text) or split_title_party(text) is not None:
        return True
    head = TITLE_PARTY_GAP.split(text, maxsplit=1)[0]  # "Global Head" of "... of Compliance"
    return bool(TITLE_WORD.search(head) or FIELD_TITLE_WORD.search(head)) and \
        LEGAL_END.search(head) is None  # "Authorized Signatory, Acme GP LP, its general partner"
