"""Defined terms that call a party a former one: 'Acme Corp. ("Old Acme")'.

A company merged into a party of the filing may have borne the same name as that party: "Acme
Corp. merged into Beta Inc., which then changed its name to Acme Corp. ... Before the merger,
Acme Corp. ("Old Acme") was a wholly-owned subsidiary of Acme Holdings, Inc." The filing keeps
the two apart only by the term: "Old Acme" is not the Acme Corp. that files. Bound like any
other term, it would give the filer the predecessor's history ("Acme Holdings, Inc. parent_of
Acme Corp.": a false control chain).

A term says predecessor when it puts "Old" before a short form of the name ("Old Acme", "Old
AC") or "(Old)" after it ("Acme (Old)") (:data:`PREDECESSOR_TERM`, :func:`is_predecessor_term`).
"Former Acme", "Predecessor Acme" and "the Predecessor" do not: filings call so a company that
still exists and goes on stating present facts ('Acme GP LLC (the "Predecessor") contributed its
business to Acme Fund, L.P. The Predecessor is the general partner of Acme Fund, L.P.': review
s25-old-2). Only a term says so, never a name: "Old Harbor Bancorp" is a company's name, and
"Old Harbor" its term. Nor does a term for a role ("Old GP", "Old Trustee": the same company in
a role it no longer holds, even where the role word is a word of its name; :data:`ROLE_TERM`)
or a thing ("Old Notes").

Such a term gets a party of its own only where the filing has already defined the same name by
another term in another sentence (:func:`predecessor_terms`): the name then names two parties,
the current one and the former. Its party is named after the antecedent with the term as a
qualifier (:func:`predecessor_name`, "Acme Corp. (Old Acme)"), which the resolver keeps apart
from "Acme Corp." (a parenthesized qualifier on one side only). Otherwise the term is bound as
any other: where no other definition names it (the former company may well be the only one of
that name in the filing); where the filer itself is defined by it first ('filed by Acme Corp.
("Old Acme") ... which will be renamed Acme Corp. (the "Surviving Corporation")'), unless a
later definition of the name is the filer's identity ('Acme Corp. ("Old Acme") was a
subsidiary of Beta Inc. This statement is filed by Acme Corp. (the "Reporting Person")');
where it is the term of the filer's own identity ("filed on behalf of"); and where the filing
says it is the same entity ("... and is the same entity for purposes of this Statement").

A former company is history, not the present graph: its party exists so that what the filing
says of it stays off the current party of its name. It holds and controls nothing now, so
every claim it is the holder or controller of, and every holding of it, is dropped with a
warning (:func:`drop_former_statements`: "Old Acme owned 1,000 shares of the Issuer, which
were transferred to the Reporting Person"); only what held or controlled it ("Old Acme was a
wholly-owned subsidiary of Acme Holdings, Inc.") is kept, which puts it in no control chain
over a current party.

Examples
--------
>>> is_predecessor_term("Old Acme", "Acme Corp.")
True
>>> is_predecessor_term("Old Harbor", "Old Harbor Bancorp")  # a company's name
False
>>> predecessor_name("Acme Corp.", "Old Acme")
'Acme Corp. (Old Acme)'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from graphkit import regex_cache
from graphkit.models import Claim, FilingWarning, PartyKind
from graphkit.names import guess_kind
from graphkit.parsers.partybook_acronyms import acronym_cost
from graphkit.parsers.partybook_names import squeeze
from graphkit.relations import HOLDING_RELATIONS, spec

if TYPE_CHECKING:  # (the party book reads no prose: the terms come from the caller)
    from graphkit.parsers.partybook import PartyBook
    from graphkit.parsers.prose_terms import DefinedTerm

#: A term that calls its party a former one: "Old Acme", "Old AC", "Acme (Old)" (not "Former
#: Acme", "Predecessor Acme", "the Predecessor": see the module). The short form (``short`` or
#: ``short_after``) is one to four words; whether it shortens the name is read apart
#: (:func:`is_predecessor_term`).
PREDECESSOR_TERM = regex_cache.compile(r"""
    ^(?:the\s+)?
    (?:
        (?P<marker>Old)\s+
        (?P<short>[A-Za-z0-9][A-Za-z0-9.&'\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.&'\-]*){0,3})
      | (?P<short_after>[A-Za-z0-9][A-Za-z0-9.&'\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.&'\-]*){0,3})
        \s*\(\s*(?P<marker_after>Old)\s*\)
    )$
""", re.VERBOSE | re.IGNORECASE)

#: A word of a name or term, letters and digits: "Acme", "AC" in "Old AC"
WORD = regex_cache.compile(r"""[A-Za-z0-9]+""", re.VERBOSE)

#: The short form of a predecessor term that ends in a role, not a company: "GP" of "Old
#: GP", "General Partner", "Acme Manager" of "Old Acme Manager", "Trustee" of "Old
#: Trustee", "IM". The same company in a role it no longer holds ('Acme GP, LLC (the "Old
#: GP") resigned as general partner'), even where the role word is a word of its name.
ROLE_TERM = regex_cache.compile(r"""
    ^L\.?P\.?$                                           # "Old LP" (never "Old Acme LP")
  | \b(?: G\.?P\.?s? | IM | MM | RIA
         | (?:general|limited|managing)\s+partner | partner
         | (?:investment\s+)?(?:manager|sub-?adviser|sub-?advisor|adviser|advisor)
         | (?:managing\s+)?member | sponsor | co-?trustee | trustee | parent | investor
         | holder | custodian | administrator | agent | servicer | depositary | depository
         | owner | shareholder | stockholder | director | officer | lender | borrower
         | purchaser | seller | buyer | guarantor | nominee | subsidiary | affiliate
         | executor | fiduciary | beneficiary | grantor | settlor | underwriter
         | representative | operator | employer
       )\s*$
""", re.VERBOSE | re.IGNORECASE)

#: The filer's own identity in the sentence defining a term: "This Statement is filed on
#: behalf of Acme Corp. ("Old Acme")", "is being filed jointly by", "(a) Name of Reporting
#: Person: Acme Corp."
FILER_IDENTITY = regex_cache.compile(r"""
    \b(?:filed|submitted)\s+(?:jointly\s+)?(?:by|on\s+behalf\s+of)\b
  | \bnames?\s+of\s+(?:the\s+|each\s+)?(?:reporting|filing)\s+persons?\b
""", re.VERBOSE | re.IGNORECASE)

#: A definition that says the company is the same one after all: "Acme Corp. (the
#: "Predecessor") was reincorporated in Delaware and is the same entity", "remains the same
#: legal entity"
SAME_ENTITY = regex_cache.compile(r"""
    \b(?:is|are|remains?|was|were)\s+(?:treated\s+as\s+)?the\s+same\s+(?:legal\s+)?
    (?:entity|company|corporation|partnership|person|issuer|registrant)\b
""", re.VERBOSE | re.IGNORECASE)


def is_predecessor_term(term: str, name: str) -> bool:
    """True when ``term``, defined for the organization ``name``, calls it a former company.

    The term's short form must shorten ``name`` (its words are words of the name, or it is an
    acronym of it), and the marker word must be no word of the name: a company named "Old
    Harbor Bancorp" is not a former "Harbor".

    >>> [is_predecessor_term(t, "Acme Corp.") for t in ("Old AC", "the Predecessor", "Acme (Old)")]
    [True, False, True]
    >>> [is_predecessor_term(t, "Acme Corp.") for t in ("New Acme", "Old Notes", "Old Beta")]
    [False, False, False]
    >>> is_predecessor_term("Former Acme", "Acme Bank"), is_predecessor_term("Old Roe", "Jane Roe")
    (False, False)
    >>> is_predecessor_term("Old GP", "Acme GP, LLC")  # a role it no longer holds
    False
    """
    m = PREDECESSOR_TERM.match(" ".join(term.split()))
    if m is None or guess_kind(name) is PartyKind.PERSON:
        return False
    marker = (m["marker"] or m["marker_after"]).lower()
    words = [w.lower() for w in WORD.findall(name)]
    if marker in words:
        return False  # "Old Harbor Bancorp" ("Old Harbor"): the company's own name
    short = m["short"] or m["short_after"]
    if ROLE_TERM.search(short):
        return False  # "Old GP" of "Acme GP, LLC": the same company, a role it left
    return _shortens(short, words, name)


def _shortens(short: str, words: list[str], name: str) -> bool:
    """True when ``short`` is words of ``name`` ("Acme") or an acronym of it ("AC").

    >>> _shortens("AC", ["acme", "corp"], "Acme Corp.")
    True
    >>> _shortens("Trustee", ["acme", "bank"], "Acme Bank")
    False
    """
    own = [w.lower() for w in WORD.findall(short)]
    if own and all(w in words for w in own):
        return True
    return len(own) == 1 and len(short) > 1 and short.isupper() and \
        acronym_cost(short, name) is not None


def predecessor_name(name: str, term: str) -> str:
    """The name of the former company ``term`` defines for ``name``: the name qualified by
    the term ("(Old)" alone where the term ends so).

    >>> predecessor_name("Acme Corp.", "Old AC")
    'Acme Corp. (Old AC)'
    >>> predecessor_name("Acme Corp.", "Acme (Old)")
    'Acme Corp. (Old)'
    """
    term = " ".join(term.split())
    m = PREDECESSOR_TERM.match(term)
    if m is not None and m["marker_after"]:
        qualifier = m["marker_after"]
    else:
        qualifier = term[4:] if term.lower().startswith("the ") else term
    return f"{name} ({qualifier})"


def predecessor_terms(defined: Sequence[DefinedTerm],
                      clause: Optional[Callable[[DefinedTerm], str]] = None
                      ) -> list[DefinedTerm]:
    """The terms of ``defined`` (in the order of the text) that name a former company apart
    from a current one: a predecessor term (:func:`is_predecessor_term`) for a name that an
    earlier definition, or one of the filer's identity, in another sentence, gives a term
    that is not one.

    ``clause`` gives the text of the clause defining a term (its evidence text if None): a
    term of the filer's own identity (:data:`FILER_IDENTITY`) or one said to be the same
    entity (:data:`SAME_ENTITY`) is no former company's.

    >>> from graphkit.models import Evidence
    >>> from graphkit.parsers.prose_terms import DefinedTerm
    >>> ev = lambda n: Evidence(source="x.txt", line=n, start=n, end=n + 1)
    >>> filer = DefinedTerm(term="Reporting Person", name="Acme Corp.", evidence=ev(1))
    >>> old = DefinedTerm(term="Old Acme", name="Acme Corp.", evidence=ev(9))
    >>> later = DefinedTerm(term="Surviving Corporation", name="Acme Corp.", evidence=ev(20))
    >>> [t.term for t in predecessor_terms([filer, old])], predecessor_terms([old, later])
    (['Old Acme'], [])
    """
    text_of = clause or (lambda t: t.evidence.text)
    found: list[DefinedTerm] = []
    for i, t in enumerate(defined):
        if not is_predecessor_term(t.term, t.name):
            continue
        key = squeeze(t.name)
        others = [j for j, o in enumerate(defined) if squeeze(o.name) == key
                  and _sentence(o) != _sentence(t) and not is_predecessor_term(o.term, o.name)]
        # the first of its name is the filer itself ('filed by Acme Corp. ("Old Acme") ...
        # will be renamed Acme Corp. (the "Surviving Corporation")'), unless a later one is
        # the filer's identity ('This statement is filed by Acme Corp. (the "Reporting
        # Person")')
        if not any(j < i or FILER_IDENTITY.search(text_of(defined[j])) for j in others):
            continue
        text = text_of(t)
        if FILER_IDENTITY.search(text) or SAME_ENTITY.search(text):
            continue
        found.append(t)
    return found


def drop_former_statements(claims: list[Claim], book: PartyBook) -> list[FilingWarning]:
    """Drop from ``claims`` (in place) what makes a former company (``book.former_ids``) a
    present holder or controller: each claim it is the source of, and each holding of it.
    What held or controlled it ("Acme Holdings, Inc. parent_of Acme Corp. (Old Acme)") is
    kept. Returns a ``former-company-statement`` warning for each claim dropped.

    >>> from graphkit.parsers.partybook import PartyBook
    >>> from graphkit.relations import Relation
    >>> book = PartyBook(); zeta = book.add("Zeta Inc."); hold = book.add("Acme Holdings Inc.")
    >>> old = book.bind_former("Old Acme", "Acme Corp.")
    >>> claims = [Claim(id="c1", relation=Relation.BENEFICIAL_OWNER_OF, source=old.id,
    ...                 target=zeta.id, shares=1000),
    ...           Claim(id="c2", relation=Relation.PARENT_OF, source=hold.id, target=old.id)]
    >>> [w.code for w in drop_former_statements(claims, book)], [c.id for c in claims]
    (['former-company-statement'], ['c2'])
    """
    former = book.former_ids
    if not former:
        return []
    warnings: list[FilingWarning] = []
    kept: list[Claim] = []
    for c in claims:
        if c.source in former or (c.target in former and c.relation in HOLDING_RELATIONS):
            ev = c.evidence[0] if c.evidence else None
            warnings.append(FilingWarning(
                code="former-company-statement", source=ev.source if ev else "",
                line=ev.line if ev else None,
                message=f"{book.get(c.source).name} {spec(c.relation).label} "
                        f"{book.get(c.target).name}: a former company's, not read as a present "
                        "relation" + (f" ({ev.text[:80]!r})" if ev else "")))
            continue
        kept.append(c)
    claims[:] = kept
    return warnings


def _sentence(t: DefinedTerm) -> tuple[str, int | None, int | None]:
    """Where the sentence defining ``t`` is (two terms of one sentence name one party)."""
    return t.evidence.source, t.evidence.start, t.evidence.end
