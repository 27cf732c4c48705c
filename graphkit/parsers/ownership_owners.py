"""Reporting owners and signers of Forms 3, 4 and 5: the spellings of an owner's name, and
signatures by an attorney-in-fact.

EDGAR prints a reporting owner under its conformed name: a person "Last First Middle" ("Roe
Jane Q"), an entity with a state tag ("ACME PARTNERS LP /MN"). The same filing, and other
filings, write the natural spelling ("Jane Q. Roe", "Acme Partners, L.P."), so
:func:`owner_spellings` gives those as aliases of the owner. A name is reversed only where
its order is known: the filing's own text prints it first name first ("/s/ Jane Roe" of "Roe
Jane"), or, without such text, it is in EDGAR's conformed shape; an entity without a legal
form ("ACME BETA") is not a person's name reversed, so two capital words with no initial
are reversed only for a director or officer.

Most Forms 4 are signed by an attorney-in-fact under a power of attorney: "/s/ John Doe, as
attorney-in-fact for Jane Q. Roe", "John Doe by Power of Attorney". :func:`read_signature` keeps
the person who signed as the signer, "Attorney-in-Fact" as the title, and the party signed
for (the one named, else the only reporting owner) in ``on_behalf_of``.

Examples
--------
>>> owner_spellings("Roe Jane Q", PartyKind.PERSON), owner_spellings("ACME LP /MN", PartyKind.ORGANIZATION)
(['Jane Q. Roe'], ['ACME LP'])
>>> s = read_signature("/s/ John Doe, as Attorney-in-Fact for Jane Q. Roe", ["Roe Jane Q"])
>>> (s.signer, s.title, s.on_behalf_of)
('John Doe', 'Attorney-in-Fact', ['Jane Q. Roe'])
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from graphkit import regex_cache
from graphkit.models import AliasKind, Evidence, Party, PartyKind, Signature
from graphkit.names import clean_name, org_words, split_trustee
from graphkit.parsers.xmldoc import ABBREVIATION_END, FILER_TERM, link_alias, name_key
from resolvers.given_names import known_given_name
from resolvers.normalize import strip_edgar_tag

#: A signature's lead before the name, once or twice: "/s/ ", "By: ", "By: /s/ "
SIGNED_LEAD = regex_cache.compile(r"""^(?:\s*(?:By\s*:|/s/))+\s*""", re.VERBOSE | re.IGNORECASE)

#: A comma before a suffix of the signer's name, closed up so the name holds no comma, and
#: "Esq." dropped: "John Doe, Jr., Attorney-in-Fact", "John Doe, Esq., Attorney-in-Fact"
SIGNER_SUFFIX = regex_cache.compile(r"""
    ,\s*(?:(?P<suffix>Jr|Sr)|Esq)\.?(?=\s*[,(]|\s+(?:as|by)\b)
""", re.VERBOSE | re.IGNORECASE)

#: What power of attorney is called in a signature: "Attorney-in-Fact", "attorney in fact",
#: "Power of Attorney", "POA"
_ATTORNEY = r"(?:attorney[\s\-]+in[\s\-]+fact|power\s+of\s+attorney|POA\b)"

#: Where the power of attorney is, after the attorney's capacity: "filed on 01/25/2026",
#: "filed 01/25/2024", "previously filed", "filed herewith", "dated May 1, 2020", "on file with
#: the Commission", "pursuant to Power of Attorney filed herewith" (nothing of the signer)
_POA_REFERENCE = r"""(?:\s*+,?\s*+
    (?:pursuant\s+to\s+(?:(?:a|the|his|her)\s+)?power\s+of\s+attorney\s+)?
    (?:previously\s+)?(?:filed|dated|on\s+file|executed)\b[\w\s/.,\-]*?)"""

#: A signer by power of attorney, and whom for: "/s/ John Doe, as Attorney-in-Fact for Jane
#: Roe", "John Doe, attorney-in-fact", "John Doe by Power of Attorney", "John Doe, By Power of
#: Attorney", "John Doe, power of attorney", "John Doe (attorney in fact) on behalf of Acme LLC",
#: "John Doe by power of Attorney filed on 01/25/2026" (:data:`_POA_REFERENCE`), "John Doe by
#: Power of Attorney For: Jane Roe"
ATTORNEY_SIGNATURE = regex_cache.compile(r"""
    ^\s*(?:/s/\s*)?(?P<signer>(?!\s)[^,()/]+?|\s)(?:\s*+[,(]\s*+|\s++(?=as\b|by\b|pursuant\b))
    (?:(?:as|by|pursuant\s+to)\s++)?(?:(?:the|a|an|his|her|its|their)\s++)?
    """ + _ATTORNEY + r"""\s*+(?:\)\s*+)?\**""" + _POA_REFERENCE + r"""?
    (?:\s*+,?\s*+(?:for|on\s+behalf\s+of):?\s+(?P<principal>.+?)|\s*+\.)?\s*+[,;]?\s*+$
""", re.VERBOSE | re.IGNORECASE)

#: The party signed for first, then its attorney: "Jane Roe by John Doe, Attorney-in-Fact",
#: "Jane Roe, by her attorney-in-fact John Doe", "Acme LLC, by John Doe, as attorney in fact"
#: (a name is one character or ends on a non-blank: ending inside a run of blanks, it would try
#: the rest of the run again at each blank)
PRINCIPAL_FIRST = regex_cache.compile(r"""
    ^(?P<principal>[^/()](?:[^/()]*?[^\s/()])??)(?:\s*+,\s++|\s++)by:?\s+
    (?:(?:his|her|its|their|the)\s++""" + _ATTORNEY + r"""(?:\s*+,\s+|\s+)
       (?P<after>[^,()/](?:[^,()/]*?[^\s,()/])??)\s*+\.?
      |(?!(?:the|a|his|her|its|their|power|attorney)\b)(?P<before>[^,()/](?:[^,()/]*?[^\s,()/])??)
       (?:\s*+,\s*+|\s++)(?:as\s++)?(?:(?:the|his|her|its|their)\s++)?""" + _ATTORNEY + r"""\s*+\**+\s*+\.?)$
""", re.VERBOSE | re.IGNORECASE)

#: Where the party signed for ends before more words: a date ("Jane Roe / 2023-01-01"), its
#: own signer ("Acme Partners, L.P., by Acme GP, LLC, its general partner"), another capacity
#: ("Jane Roe and as trustee"), a footnote mark ("Jane Roe (1)", "Jane Roe**")
PRINCIPAL_END = regex_cache.compile(r"""
    \s*+/.*$|(?:\s*+,\s++|\s++)by:?\s.*$|(?:\s*+,\s++|\s++)and\s++as\s.*$|\s*+,\s*+its\s.*$
  | (?:\s*+(?:\(\d{1,2}\)|\[\d{1,2}\]|\*++))++\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A trustee's capacity after the person signed for: "Jane Roe, Trustee", "Jane Roe, as
#: co-trustee"
TRUSTEE_CAPACITY = regex_cache.compile(r"""\s*,\s*(?:as\s+)?(?:co-?)?trustee\.?$""",
                                       re.VERBOSE | re.IGNORECASE)

#: "and" between two persons signed for: "Jane Roe and John Smith"
PERSONS_JOINED = regex_cache.compile(r"""\s+(?:and|&)\s+""", re.VERBOSE | re.IGNORECASE)


#: A single-letter initial of a conformed name, dotted in the natural spelling: "Q" of "Roe
#: Jane Q"
BARE_INITIAL = regex_cache.compile(r"""^[A-Za-z]$""", re.VERBOSE)

#: Lower-case particles that open a surname ("van Dyke", "de la Cruz"), kept with it
SURNAME_PARTICLES = frozenset("van von de der den del della di da du la le st mc mac".split())

#: Suffixes printed after the given names of a conformed name, kept at the end: "Roe Jane Jr"
NAME_SUFFIXES = frozenset("jr sr ii iii iv md phd esq".split())


def natural_order(conformed: str) -> Optional[str]:
    """A person's conformed name ("Last First Middle") in natural order, or None when the name
    is not in that shape (a comma, an initial first, fewer than two words).

    >>> natural_order("Roe Jane Q"), natural_order("ROE JANE QUINCY"), natural_order("Van Dyke Ann")
    ('Jane Q. Roe', 'JANE QUINCY ROE', 'Ann Van Dyke')
    >>> natural_order("Roe Jane Jr"), natural_order("Jane Q. Roe"), natural_order("Roe, Jane")
    ('Jane Roe Jr', None, None)
    """
    words = clean_name(conformed).split()
    if "," in conformed or len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return None  # "Roe, Jane" (read as such elsewhere), "J. Roe": no conformed order
    cut = 1
    while cut < len(words) - 1 and words[cut - 1].lower() in SURNAME_PARTICLES:
        cut += 1
    suffix = [w for w in words[cut:] if w.lower().strip(".") in NAME_SUFFIXES]
    given = [w for w in words[cut:] if w not in suffix]
    if not given or len(given[0].rstrip(".")) < 2:
        return None  # "Jane Q. Roe", "J. Roe": already in natural order
    if any(len(w.rstrip(".")) == 1 for w in given[:-1]) and len(given[-1].rstrip(".")) > 1:
        return None  # "Roe Jane Q. Doe"? an inner initial: natural order ("Jane Q. Roe")
    given = [w + "." if BARE_INITIAL.match(w) else w for w in given]
    return " ".join(given + words[:cut] + suffix)


def printed_first_name_first(conformed: str, natural: str, text: str) -> Optional[bool]:
    """Whether the filing's ``text`` prints a person first name first (True: "Jane Roe" of
    "ROE JANE Q"), only in the order given (False: "/s/ Jane Roe" of the name "Jane Roe"), or
    neither (None). Initials and case do not count.

    >>> printed_first_name_first("Roe Jane Q", "Jane Q. Roe", "/s/ John Doe for Jane Roe")
    True
    >>> printed_first_name_first("Jane Roe", "Roe Jane", "/s/ Jane Roe")
    False
    >>> printed_first_name_first("Roe Jane", "Jane Roe", "/s/ John Doe") is None
    True
    >>> printed_first_name_first("Jane Roe", "Roe Jane", "/s/ Jane Roe\\nJane Roe")
    False
    """
    if not text:
        return None
    # each line on its own: name_key drops spaces, and "Jane Roe" then "Roe" on the next line
    # would read "roejane" across the break
    seen = [name_key(line) for line in text.splitlines()]
    full = [w for w in natural.split() if len(w.rstrip(".")) > 1]
    wanted = (name_key(" ".join(full)), name_key(f"{full[0]} {full[-1]}"))
    if any(w in line for line in seen for w in wanted):
        return True
    given = [w for w in conformed.split() if len(w.rstrip(".")) > 1]
    as_given = name_key(" ".join(given[:2]))
    return False if any(as_given in line for line in seen) else None


def owner_spellings(name: str, kind: PartyKind, insider: bool = True,
                    text: Optional[str] = None) -> list[str]:
    """The natural spellings of a reporting owner's conformed name, to keep as its aliases.

    A person's name reversed (:func:`natural_order`, after EDGAR's state tag is dropped) when
    the filing's ``text`` (signatures, footnotes) prints it first name first, never when it
    prints it only as given ("/s/ Jane Roe"); without such text, when it has EDGAR's conformed
    shape: two words without an initial ("ACME BETA", an entity without a legal form, as well)
    only for a director or officer (``insider``). An entity's name without the state tag.

    >>> owner_spellings("Acme Fund LP", PartyKind.ORGANIZATION), owner_spellings("Roe", PartyKind.PERSON)
    ([], [])
    >>> owner_spellings("ACME BETA", PartyKind.PERSON, insider=False)
    []
    >>> owner_spellings("ROE JANE /NY", PartyKind.PERSON), owner_spellings("MC DONALD JOHN", PartyKind.PERSON)
    (['JANE ROE'], ['JOHN MC DONALD'])
    """
    if kind is PartyKind.PERSON:
        bare = clean_name(strip_edgar_tag(name))
        if org_words(bare):
            return []
        natural = natural_order(bare)
        if not natural or natural == name:
            return []
        order = printed_first_name_first(bare, natural, text or "")
        if order is None:
            words = bare.split()
            order = insider or len(words) > 2 or any(len(w.rstrip(".")) == 1 for w in words)
            # "MARY ANN ROE": EDGAR holds some names first name first already
            order = order and not _opens_with_given_name(words)
        return [natural] if order else []
    bare = strip_edgar_tag(name).strip()
    return [bare] if bare and bare != name.strip() else []


def _opens_with_given_name(words: list[str]) -> bool:
    """Whether a name's words open with a known given name and do not end with one: "MARY ANN
    ROE" is written first name first, "ROE MARY ANN" is not, nor is "ROE JANE Q".

    >>> [_opens_with_given_name(n.split()) for n in ("MARY ANN ROE", "ROE MARY ANN")]
    [True, False]
    """
    last = [w for w in words if len(w.rstrip(".")) > 1]
    return bool(last) and known_given_name(words[0].lower()) and \
        not known_given_name(last[-1].lower())


def link_owner_spellings(party: Party, name: str, person: bool, insider: bool,
                         text: Optional[str]) -> None:
    """Keep :func:`owner_spellings` of ``name`` (read as a ``person``'s when so) as aliases of
    ``party``, citing its last evidence: EDGAR's "Roe Jane" beside the "Jane Roe" the filing
    prints (a person's of kind ``natural_order``: the resolver names her so).

    >>> p = Party(id="p1", name="ROE JANE Q", kind="person")
    >>> link_owner_spellings(p, p.name, True, False, "/s/ Jane Q. Roe"); [a.name for a in p.aliases]
    ['JANE Q. ROE']
    """
    kind = PartyKind.PERSON if person else party.kind
    for spelling in owner_spellings(name, kind, insider=insider, text=text):
        link_alias(party, spelling, AliasKind.NATURAL_ORDER if kind is PartyKind.PERSON
                   else AliasKind.SPELLING, party.evidence[-1] if party.evidence else None)


def signed_for(principal: str, owners: Sequence[str]) -> list[str]:
    """The parties a signature by power of attorney names as signed for, cleaned.

    >>> signed_for("Jane Roe (1)", []), signed_for("Jane Roe.", []), signed_for("Jane Q.", [])
    (['Jane Roe'], ['Jane Roe'], ['Jane Q.'])
    >>> signed_for("the Reporting Person", ["ROE JANE"]), signed_for("Jane Roe and John Smith", [])
    (['ROE JANE'], ['Jane Roe', 'John Smith'])
    >>> signed_for("Acme Partners, L.P., by Acme GP, LLC, its general partner", [])
    ['Acme Partners, L.P.']
    """
    name = clean_name(PRINCIPAL_END.sub("", principal, count=1))
    name = PRINCIPAL_END.sub("", name).strip(" ,;")
    if not ABBREVIATION_END.search(name):
        name = name.rstrip(".")
    filer = FILER_TERM.match(name)
    if filer is not None:
        return list(owners) if filer["plural"] or filer["every"] or len(owners) == 1 else []
    trust, trustee = split_trustee(name)
    name = trust if trustee else TRUSTEE_CAPACITY.sub("", name)
    parts = PERSONS_JOINED.split(name)
    if len(parts) > 1 and all(len(p.split()) >= 2 and not org_words(p) for p in parts):
        return [clean_name(p) for p in parts]  # "Jane Roe and John Smith": two persons
    return [name] if name else []


def signed_name(text: str) -> str:
    """The name of a signature without its lead (:data:`SIGNED_LEAD`), the comma before a
    suffix closed up and "Esq." dropped (:data:`SIGNER_SUFFIX`).

    >>> signed_name("By: /s/ John Doe, Jr., Attorney-in-Fact")
    'John Doe Jr., Attorney-in-Fact'
    """
    return SIGNER_SUFFIX.sub(lambda m: f" {m['suffix']}." if m["suffix"] else "",
                             SIGNED_LEAD.sub("", text, count=1))


def read_signature(raw: str, owners: Sequence[str], date=None,
                   evidence: Optional[Evidence] = None) -> Signature:
    """The signature of a Form 3/4/5 as printed in its signature name.

    A signature by power of attorney (:data:`ATTORNEY_SIGNATURE`, :data:`PRINCIPAL_FIRST`) is
    split into the signer, the title "Attorney-in-Fact" and the party signed for
    (:func:`signed_for`): the one it names, else the form's only reporting owner (of several,
    none is guessed). Any other signature is kept as printed, without "/s/".

    >>> s = read_signature("Jane Roe by Power of Attorney", ["DOE JOHN"])
    >>> (s.signer, s.title, s.on_behalf_of)
    ('Jane Roe', 'Attorney-in-Fact', ['DOE JOHN'])
    >>> s = read_signature("Jane Roe, by her attorney-in-fact John Doe", ["ROE JANE"])
    >>> (s.signer, s.on_behalf_of)
    ('John Doe', ['Jane Roe'])
    >>> read_signature("/s/ Jane Roe", ["ROE JANE"]).signer
    'Jane Roe'
    """
    text = " ".join(raw.split())
    bare = signed_name(text)
    m = PRINCIPAL_FIRST.match(bare)
    if m is not None:
        signer, principal = m["after"] or m["before"], m["principal"]
    else:
        m = ATTORNEY_SIGNATURE.match(bare)
        if m is None:
            return Signature(signer=text.removeprefix("/s/").strip(), date=date,
                             evidence=evidence)
        signer, principal = m["signer"], m["principal"]
    behalf = signed_for(principal, owners) if principal else []
    if not principal:
        behalf = list(owners) if len(owners) == 1 else []
    return Signature(signer=clean_name(signer), title="Attorney-in-Fact", date=date,
                     on_behalf_of=behalf, evidence=evidence)

