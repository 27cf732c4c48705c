"""A Form 3/4/5 line "By Spouse" whose spouse reports the same shares as a holder of its own.

Two spouses who both file Forms 4 on one issuer (a director and an officer, a director and a
ten percent owner) often each report the other's shares on a line of their own: Jane Roe's
"By Spouse" line is John Roe's direct holding, and his "By Spouse" line is hers. Adding each
owner's lines (:mod:`graphkit.table_lines`) would count both holdings twice. The line names no
party, so no parser can give its record holder; :func:`spouse_record` finds it among the other
holders of the issuer:

* a person of the owner's surname (:func:`surname_words`; a Form 3/4/5 names its owners as
  EDGAR does, surname first: "Roe Jane", "Roe John"; never a shared given name: "Roe John" and
  "Doe John" are no spouses),
* who files apart (a co-filer of the owner's form is the joint-filer rules' business),
* whose own lines show the same shares: its direct line holds what the owner's spouse line
  holds, or its own spouse line holds what the owner holds directly,
* and the only such holder.

That holder is then the line's record holder, counting it itself, and the owner's atom leaves
the line out (:func:`graphkit.table_lines.line_atom`). A spouse who does not file, or files
under another surname, leaves the line in the owner's holding, as the form states it.

Examples
--------
>>> SPOUSE_NATURE.search("By Spouse") is not None, SPOUSE_NATURE.search("By Acme Trust")
(True, None)
"""

from __future__ import annotations

import re
from typing import Mapping, Optional, Sequence

import networkx as nx

from graphkit import regex_cache
from graphkit.table_lines import LineKey, line_key, line_nature
from resolvers.given_names import known_given_name
from resolvers.persons import PARTICLES

#: The nature of an indirect line held through the owner's husband or wife: "By Spouse", "By
#: wife", "Held by Husband", "By Spouse (1)". Not a line naming its holder ("By Spouse's IRA"
#: is still the spouse's; "By Spouse Trust" is a trust, no person's own holding).
SPOUSE_NATURE = regex_cache.compile(r"""
    ^\W*(?:(?:held\s+)?by\s+)?(?:my\s+|his\s+|her\s+|the\s+)?(?:spouse|wife|husband)
    (?:'s\s+(?:ira|401\s*\(k\)\s*(?:plan)?|account)|\s+(?:ira|account))?
    \s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\*|\d)*\W*$
""", re.VERBOSE | re.IGNORECASE)

#: The words of a person's name, for telling two spouses: letters only, two or more
_NAME_WORD = regex_cache.compile(r"[a-z]{2,}")
#: Words before a surname or after it that are none: "Mr.", "Dr.", "Jr.", "III"
_NOT_SURNAME = frozenset("mr mrs ms miss dr jr sr ii iii iv md phd esq".split())


def surname_words(name: str) -> set[str]:
    """The words that may be the surname of a person's name, lower case: the words before a
    comma ("Roe, Jane"; "Van Dyke, Jane": "dyke"), else those of its first and last word
    (EDGAR's "Roe Jane Q", or "Jane Roe"; "Smith-Roe Jane": "smith" and "roe") that are no
    known given name, particle, courtesy title or suffix ("Roe John" and "John Roe": "roe").

    >>> surname_words("Roe Jane"), surname_words("Jane Q. Roe"), surname_words("Roe, Jane Q.")
    ({'roe'}, {'roe'}, {'roe'})
    >>> sorted(surname_words("Smith-Roe Jane")), surname_words("Dr. Roe John, Jr.")
    (['roe', 'smith'], {'roe'})
    >>> surname_words("Van Dyke John"), surname_words("J")
    ({'dyke'}, set())
    """
    parts = [p for p in name.lower().split(",")  # not a part of suffixes only: ", Jr."
             if any(w not in _NOT_SURNAME for w in _NAME_WORD.findall(p))]
    if not parts:
        return set()
    if len(parts) > 1:  # "Roe, Jane": the surname before the comma
        return {w for w in _NAME_WORD.findall(parts[0]) if w not in _NOT_SURNAME | PARTICLES}
    tokens = [t for t in parts[0].split()
              if any(w not in _NOT_SURNAME for w in _NAME_WORD.findall(t))]
    first = [t for t in tokens if t.strip(".") not in PARTICLES][:1]  # "Van Dyke John": dyke
    ends = {w for t in (first + tokens[-1:]) for w in _NAME_WORD.findall(t)
            if w not in _NOT_SURNAME and w not in PARTICLES}
    return {w for w in ends if not known_given_name(w)} or ends


def _surnames(G: nx.MultiDiGraph, h: str) -> set[str]:
    """The surnames of every spelling of the party ``h`` (:func:`surname_words`)."""
    data = G.nodes[h]
    names = [data.get("name") or ""] + [a if isinstance(a, str) else a.get("name") or ""
                                        for a in data.get("aliases") or []]
    return {w for n in names for w in surname_words(n)}


def _spouse_line(d: Mapping) -> bool:
    """True when the claim ``d`` is an indirect line held through the owner's spouse."""
    return d.get("direct") is False and SPOUSE_NATURE.search(line_nature(d)) is not None


def spouse_record(G: nx.MultiDiGraph, claims: Mapping[str, Sequence[tuple[str, dict]]],
                  lines: Mapping[str, Mapping[LineKey, Optional[bool]]],
                  record: Mapping[LineKey, Mapping[str, Optional[bool]]]
                  ) -> dict[LineKey, str]:
    """``spouse line -> its holder``: for each owner's counted spouse line (``lines``, from
    :func:`graphkit.table_lines.held_lines`; ``claims``: each holder's claims; ``record``:
    who claims each line), the other holder holding those shares itself (module notes).

    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("jane", {"name": "Roe Jane", "kind": "person"}),
    ...                   ("john", {"name": "Roe John", "kind": "person"})])
    >>> ev = lambda f, n: [{"source": f, "start": n, "end": n + 1, "section": "Table I"}]
    >>> claims = {"jane": [("c1", {"evidence": ev("a", 1), "direct": True, "shares": 900,
    ...                            "filing": "a"}),
    ...                    ("c2", {"evidence": ev("a", 5), "direct": False, "shares": 1000,
    ...                            "filing": "a", "note": "By Spouse"})],
    ...           "john": [("c1", {"evidence": ev("b", 1), "direct": True, "shares": 1000,
    ...                            "filing": "b"})]}
    >>> lines = {"jane": {("a", 1, 2): True, ("a", 5, 6): False}, "john": {("b", 1, 2): True}}
    >>> spouse_record(G, claims, lines, {})
    {('a', 5, 6): 'john'}
    """
    shares: dict[str, dict[str, list[int]]] = {}  # holder -> "direct"/"spouse" -> amounts
    spouse_lines: dict[str, list[tuple[LineKey, dict]]] = {}
    filings: dict[str, set] = {}
    for h, mine in lines.items():
        if G.nodes[h].get("kind") != "person" or not mine:
            continue
        counted = [(key, d) for _, d in claims[h] if (key := line_key(d)) in mine]
        shares[h] = {"direct": [d.get("shares") or 0 for _, d in counted if d.get("direct")],
                     "spouse": [d.get("shares") or 0 for _, d in counted if _spouse_line(d)]}
        spouse_lines[h] = [(key, d) for key, d in counted if _spouse_line(d)]
        filings[h] = {d.get("filing") for _, d in claims[h]}
    words = {h: _surnames(G, h) for h in shares}
    out: dict[LineKey, str] = {}
    for h, mine in spouse_lines.items():
        for key, d in mine:
            if any(o != h for o in record.get(key, {})):
                continue  # a holder of record is known
            amount = d.get("shares") or 0
            found = [s for s in shares if s != h and words[s] & words[h]
                     and d.get("filing") not in filings[s]
                     and (amount in shares[s]["direct"]
                          or set(shares[s]["spouse"]) & set(shares[h]["direct"]))]
            if len(found) == 1:
                out[key] = found[0]
    return out


def with_spouses(record: Mapping[LineKey, Mapping[str, Optional[bool]]],
                 spouses: Mapping[LineKey, str]) -> dict[LineKey, dict[str, Optional[bool]]]:
    """``record`` with each spouse line of ``spouses`` held directly by its spouse.

    >>> with_spouses({("a", 5, 6): {"jane": False}}, {("a", 5, 6): "john"})
    {('a', 5, 6): {'jane': False, 'john': True}}
    """
    out = {key: dict(holders) for key, holders in record.items()}
    for key, s in spouses.items():
        out.setdefault(key, {})[s] = True
    return out


def spouse_reported(G: nx.MultiDiGraph, claims: Mapping[str, Sequence[tuple[str, dict]]]
                    ) -> set[LineKey]:
    """The spouse lines among ``claims`` (each holder's) that a later report replaces: a
    person of the owner's surname files Table I lines of its own after the line.
    Such a line is never carried over from an older filing (:mod:`graphkit.carried_lines`):
    the spouse's own newer report states those shares.

    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("jane", {"name": "Roe Jane", "kind": "person"}),
    ...                   ("john", {"name": "Roe John", "kind": "person"})])
    >>> ev = lambda f: [{"source": f, "start": 1, "end": 2, "section": "Table I"}]
    >>> spouse_reported(G, {
    ...     "jane": [("c1", {"evidence": ev("a"), "direct": False, "note": "By Spouse",
    ...                      "as_of": "2024-01-10"})],
    ...     "john": [("c1", {"evidence": ev("b"), "direct": True, "as_of": "2024-05-02"})]})
    {('a', 1, 2)}
    """
    persons = [h for h in claims if G.nodes[h].get("kind") == "person"]
    words = {h: _surnames(G, h) for h in persons}
    own = {h: [d for _, d in claims[h] if line_key(d) is not None and not _spouse_line(d)
               and d.get("direct") is True and not line_nature(d)] for h in persons}
    out: set[LineKey] = set()
    for h in persons:
        for _, d in claims[h]:
            key = line_key(d)
            if key is None or not _spouse_line(d):
                continue
            day = str(d.get("as_of") or "")
            if any(s != h and words[s] & words[h] and any(str(d2.get("as_of") or "") > day
                                                           for d2 in own[s])
                   for s in persons):
                out.add(key)
    return out
