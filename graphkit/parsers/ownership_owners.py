"""Reporting owners and signers of Forms 3, 4 and 5: the spellings of an owner's name, and
signatures by an attorney-in-fact.

EDGAR prints a reporting owner under its conformed name: a person "Last First Middle" ("Roe
Jane Q"), an entity with a state tag ("ACME PARTNERS LP /MN"). The same filing, and other
filings, write the natural spelling ("Jane Q. Roe", "Acme Partners, L.P."), so
:func:`owner_spellings` gives those as aliases of the owner.

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

from graphkit.models import Evidence, PartyKind, Signature
from graphkit.names import clean_name, org_words
from resolvers.normalize import strip_edgar_tag

#: A signer by power of attorney, and whom for: "/s/ John Doe, as Attorney-in-Fact for Jane
#: Roe", "John Doe, attorney-in-fact", "John Doe by Power of Attorney", "John Doe, By Power of
#: Attorney", "John Doe, power of attorney", "John Doe (attorney in fact) on behalf of Acme LLC"
ATTORNEY_SIGNATURE = re.compile(r"""
    ^\s*(?:/s/\s*)?(?P<signer>[^,()/]+?)\s*(?:,\s*|\s+(?=as\b|by\b|pursuant\b)|\s*\(\s*)
    (?:(?:as|by|pursuant\s+to)\s+)?(?:(?:the|a|an)\s+)?
    (?:attorney[\s\-]+in[\s\-]+fact|power\s+of\s+attorney)\s*\)?\s*\**
    (?:\s*,?\s*(?:for|on\s+behalf\s+of)\s+(?P<principal>[^/]+?)|\s*\.)?\s*[,;]?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A single-letter initial of a conformed name, dotted in the natural spelling: "Q" of "Roe
#: Jane Q"
BARE_INITIAL = re.compile(r"""^[A-Za-z]$""", re.VERBOSE)

#: Lower-case particles that open a surname ("van Dyke", "de la Cruz"), kept with it
SURNAME_PARTICLES = frozenset("van von de der den del della di da du la le st".split())

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


def owner_spellings(name: str, kind: PartyKind) -> list[str]:
    """The natural spellings of a reporting owner's conformed name, to keep as its aliases.

    A person's name reversed (:func:`natural_order`); an entity's without EDGAR's state tag.

    >>> owner_spellings("Acme Fund LP", PartyKind.ORGANIZATION), owner_spellings("Roe", PartyKind.PERSON)
    ([], [])
    """
    if kind is PartyKind.PERSON:
        if org_words(name):
            return []
        natural = natural_order(name)
        return [natural] if natural and natural != name else []
    bare = strip_edgar_tag(name).strip()
    return [bare] if bare and bare != name.strip() else []


def read_signature(raw: str, owners: Sequence[str], date=None,
                   evidence: Optional[Evidence] = None) -> Signature:
    """The signature of a Form 3/4/5 as printed in its signature name.

    A signature by power of attorney (:data:`ATTORNEY_SIGNATURE`) is split into the signer,
    the title "Attorney-in-Fact" and the party signed for: the one it names, else the form's
    only reporting owner (of several, none is guessed). Any other signature is kept as
    printed, without "/s/".

    >>> s = read_signature("Jane Roe by Power of Attorney", ["DOE JOHN"])
    >>> (s.signer, s.title, s.on_behalf_of)
    ('Jane Roe', 'Attorney-in-Fact', ['DOE JOHN'])
    >>> read_signature("/s/ Jane Roe", ["ROE JANE"]).signer
    'Jane Roe'
    """
    text = " ".join(raw.split())
    m = ATTORNEY_SIGNATURE.match(text)
    if m is None:
        return Signature(signer=text.removeprefix("/s/").strip(), date=date, evidence=evidence)
    principal = clean_name(m["principal"] or "")
    behalf = [principal] if principal else list(owners) if len(owners) == 1 else []
    return Signature(signer=clean_name(m["signer"]), title="Attorney-in-Fact", date=date,
                     on_behalf_of=behalf, evidence=evidence)
