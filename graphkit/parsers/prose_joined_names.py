"""A name read from prose that is one side of a party's name joined by "and" or "&".

The prose patterns end a name at "and" (a list: "Acme Fund LP and Beta Fund LP"), so a party
whose own name holds the word ("Baker and Lowe Associates", "Roe & Sons Holdings, LLC") is read
from "Jane Roe is the sole shareholder of Baker and Lowe Associates" as "Lowe Associates", a
party of its own that the filing never names. When the filing's cover or roster has made the
whole name a party and the sentence writes that whole name, the part read is that party
(:func:`whole_joined_name`). So is a part read of a known name whose other words the patterns
do not take, where the sentence writes the part only inside that name: "Acme Offshore Fund" of
"Acme Offshore Fund (Cayman)" (:func:`whole_name_around`).

Examples
--------
>>> whole_joined_name("Lowe Associates", "Jane Roe controls Baker and Lowe Associates.",
...                   ["Baker and Lowe Associates", "Jane Roe"])
'Baker and Lowe Associates'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Optional

from graphkit import regex_cache
from graphkit.names import ORGANIZATION_WORDS
from graphkit.parsers.prose import ProseFinding
from graphkit.parsers.prose_lists import entity_kind

#: The word that joins the parts of one name, or two names of a list: the " and " of "Baker and
#: Lowe Associates", the " & " of "Roe & Sons Holdings, LLC", " AND " in capitals
JOINER = regex_cache.compile(r"""
    \s+(?:and|AND|And|&)\s+     # "and" or "&" between spaces
    """, re.VERBOSE)

#: What is not a word for comparing names: "L.P." and "LP", "Lowe  Associates," and
#: "Lowe Associates" are the same (e.g. the ", " of "Roe & Sons Holdings, LLC")
_NOT_WORD = regex_cache.compile(r"""
    [^\w&']+                    # spaces, stops, commas, parentheses
    """, re.VERBOSE)

#: What stands between two names of one list in a keyed sentence (:func:`_key`): " and of "
#: of "director of roe capital and of willow and roe capital", the space left of a comma
LIST_GLUE = regex_cache.compile(r"""
    \s*(?:(?:and|or|&)\s+)?(?:(?:of|in|for|to|with)\s+)?     # "and of ", "", "or "
    """, re.VERBOSE)


@lru_cache(maxsize=4096)  # (the party book's names, keyed again for every finding)
def _key(text: str) -> str:
    """``text`` in lower case with its punctuation and spacing made one space.

    >>> _key("Roe & Sons  Holdings, L.L.C.")
    'roe & sons holdings l l c'
    """
    return " ".join(_NOT_WORD.sub(" ", text.casefold().replace("\u2019", "'")).split())


def whole_joined_name(name: str, said: str, known: Iterable[str],
                      resolved: Callable[[str], bool] = lambda name: False) -> Optional[str]:
    """The name of ``known`` of which ``name`` is the part before or after an "and" or "&",
    when every place the sentence ``said`` writes ``name`` lies inside that whole name; None
    when there is none, or several, or when both sides are parties (:func:`_two_parties`).

    Parameters
    ----------
    name : str
        A holder's or held party's name as a prose pattern read it ("Lowe Associates").
    said : str
        The sentence it was read from.
    known : iterable of str
        The names and spellings of the filing's parties read so far.
    resolved : callable
        Whether the filing's parties answer to a name in other words than ``known`` spells
        ("Roe" for Jane Roe).

    Examples
    --------
    >>> known = ["Roe & Sons Holdings, LLC", "Acme Fund LP"]
    >>> whole_joined_name("Sons Holdings, LLC", "Roe & Sons Holdings, LLC is the manager.", known)
    'Roe & Sons Holdings, LLC'
    >>> whole_joined_name("Roe", "Roe & Sons Holdings, LLC is the manager.", known)
    'Roe & Sons Holdings, LLC'

    A sentence that does not write the whole name keeps the part: "Acme Fund LP and Sons
    Holdings, LLC" names two parties. So does one that writes the part once on its own too:
    "Roe" is the sole member of "Roe & Sons Holdings, LLC".

    >>> whole_joined_name("Sons Holdings, LLC", "Acme Fund LP and Sons Holdings, LLC", known)
    >>> whole_joined_name("Roe", "Roe is the sole member of Roe & Sons Holdings, LLC.", known)
    """
    part = _key(name)
    known = list(known)
    if not part:
        return None
    sentence = f" {_key(said)} "
    found = set()
    for whole in known:
        others = _other_sides(part, whole)
        if others and not _two_parties(name, others, known, resolved) and \
                _only_inside(sentence, f" {part} ", f" {_key(whole)} "):
            found.add(whole)
    return sorted(found)[0] if len({_key(w) for w in found}) == 1 else None


def _other_sides(part: str, whole: str) -> list[str]:
    """The other side of each "and" or "&" of ``whole`` that has ``part`` (keyed by
    :func:`_key`) as one side.

    >>> _other_sides("roe", "Roe & Sons Holdings, LLC"), _other_sides("roe", "Acme LLC")
    (['Sons Holdings, LLC'], [])
    """
    if not _joined(whole):
        return []
    return [other for m in JOINER.finditer(whole)
            for side, other in ((whole[:m.start()], whole[m.end():]),
                                (whole[m.end():], whole[:m.start()])) if _key(side) == part]


@lru_cache(maxsize=4096)
def _joined(name: str) -> bool:
    """Whether ``name`` has an "and" or "&" (:data:`JOINER`): most names have none."""
    return JOINER.search(name) is not None


def _two_parties(name: str, others: list[str], known: list[str],
                 resolved: Callable[[str], bool]) -> bool:
    """Whether ``name`` and the other side of the joined name it was read of are both names
    of the filing's parties (spelt in ``known``, or ``resolved``): two parties listed
    ("Acme Fund LP and Beta Fund LP", a cover's name for both and each a party), not one.

    >>> _two_parties("Beta LP", ["Acme LP"], ["Acme LP and Beta LP", "Acme LP", "Beta LP"],
    ...              lambda name: False)
    True

    So when one side is spelt in ``known`` and each other is a party or a firm's name of its
    own (:func:`_names_a_firm`), a party maybe not read yet: "Acme LP" and "Beta LP" of "Acme
    LP and Beta LP"; not "Jane Roe" of "Jane Roe & Co." (a bare "Co." names no firm).

    >>> [_two_parties(a, [b], ["Acme LP and Beta LP", "Acme LP"], lambda name: False)
    ...  for a, b in (("Acme LP", "Beta LP"), ("Beta LP", "Acme LP"))]
    [True, True]
    >>> _two_parties("Jane Roe", ["Co."], ["Jane Roe & Co.", "Jane Roe"], lambda name: False)
    False
    """
    keys = {_key(k) for k in known}

    def party(n: str) -> bool:
        return _key(n) in keys or resolved(n)
    if party(name) and all(party(o) for o in others):
        return True
    sides = [name, *others]
    return any(_key(n) in keys for n in sides) and \
        all(party(n) or _names_a_firm(n) for n in sides)


def _names_a_firm(name: str) -> bool:
    """Whether ``name`` is a firm's name of its own: an organization word (:func:`~graphkit.
    parsers.prose_lists.entity_kind`) and a word of its own besides ("Beta LP"; not "Co.",
    "Sons").

    >>> _names_a_firm("Beta LP"), _names_a_firm("Co."), _names_a_firm("Sons")
    (True, False, False)
    """
    words = _key(name).split()
    return entity_kind(name) is not None and any(w not in ORGANIZATION_WORDS for w in words)


def _places(sentence: str, key: str) -> list[int]:
    """Where ``key`` starts in ``sentence`` (overlapping places too).

    >>> _places(" roe and roe ", " roe ")
    [0, 8]
    """
    out, at = [], sentence.find(key)
    while at >= 0:
        out.append(at)
        at = sentence.find(key, at + 1)
    return out


def _only_inside(sentence: str, part: str, whole: str) -> bool:
    """Whether ``sentence`` writes ``whole`` and every place it writes ``part`` lies inside
    a place it writes ``whole`` (all three keyed by :func:`_key` and set off by spaces).

    >>> _only_inside(" roe manages roe & co ", " roe ", " roe & co ")
    False
    >>> _only_inside(" jane manages roe & co ", " roe ", " roe & co ")
    True
    """
    spans = [(i, i + len(whole)) for i in _places(sentence, whole)]
    return bool(spans) and all(any(a <= at and at + len(part) <= b for a, b in spans)
                               for at in _places(sentence, part))


def _listed_alone(sentence: str, part: str, whole: str) -> bool:
    """Whether ``sentence`` writes ``part`` on its own next to ``whole`` in one list (only
    :data:`LIST_GLUE` between them; all three keyed by :func:`_key` and set off by spaces):
    then a finding of the part is that name's own, not a side of the whole's.

    >>> _listed_alone(" a director of roe capital and of willow and roe capital ",
    ...               " roe capital ", " willow and roe capital ")
    True
    >>> _listed_alone(" jo owns roe capital and is a director of willow and roe capital ",
    ...               " roe capital ", " willow and roe capital ")
    False
    """
    spans = [(i, i + len(whole)) for i in _places(sentence, whole)]
    for at in _places(sentence, part):
        end = at + len(part)
        if any(a <= at and end <= b for a, b in spans):
            continue
        if any(LIST_GLUE.fullmatch(sentence[end - 1:a + 1]) if end <= a + 1 else
               LIST_GLUE.fullmatch(sentence[b - 1:at + 1]) if b <= at + 1 else False
               for a, b in spans):
            return True
    return False


def whole_name_before(name: str, before: str, known: Iterable[str],
                      resolved: Callable[[str], bool] = lambda name: False) -> Optional[str]:
    """The name of ``known`` that ``name`` ends, joined by "and" or "&" to the words the text
    ``before`` it ends with; None when there is none, or several, or when both sides are
    parties (:func:`_two_parties`, ``resolved`` as for :func:`whole_joined_name`). For a
    definition whose reading starts at the part: 'Baker and Lowe Associates ("BLA")' read as
    'Lowe Associates ("BLA")'.

    >>> whole_name_before("Lowe Associates", "This statement is filed by Baker and ",
    ...                   ["Baker and Lowe Associates"])
    'Baker and Lowe Associates'
    >>> whole_name_before("Lowe Associates", "filed by Acme Fund LP and ",
    ...                   ["Baker and Lowe Associates"]) is None
    True
    """
    part = _key(name)
    known = list(known)
    if not part:
        return None
    found = set()
    for whole in known:
        key = _key(whole)
        others = _other_sides(part, whole)
        if not key.endswith(" " + part) or not others or \
                _two_parties(name, others, known, resolved):
            continue
        said = _key(before[-len(whole) - 20:] + " " + name)
        if f" {said}".endswith(f" {key}"):
            found.add(whole)
    return sorted(found)[0] if len({_key(w) for w in found}) == 1 else None


def whole_name_around(name: str, said: str, known: Iterable[str]) -> Optional[str]:
    """The name of ``known`` that holds ``name`` word for word with more words around it,
    when every place the sentence ``said`` writes ``name`` lies inside that whole name: the
    part a prose pattern read of a name whose other words it does not take ("Acme Offshore
    Fund" of "Acme Offshore Fund (Cayman)", with no legal form after the place). None when
    there is none, or several, or ``name`` is a party's name itself.

    >>> known = ["Acme Offshore Fund (Cayman)", "Jane Roe"]
    >>> whole_name_around("Acme Offshore Fund", "Jane Roe manages Acme Offshore Fund (Cayman).",
    ...                   known)
    'Acme Offshore Fund (Cayman)'
    >>> whole_name_around("Acme Offshore Fund", "Acme Offshore Fund and Acme Offshore Fund "
    ...                   "(Cayman) are funds.", known) is None   # once alone: a name of its own
    True
    """
    part = f" {_key(name)} "
    known = list(known)
    if part == "  " or any(f" {_key(k)} " == part for k in known):
        return None
    sentence = f" {_key(said)} "
    if part not in sentence:
        return None
    found = set()
    for whole in known:
        key = f" {_key(whole)} "
        if part in key and _only_inside(sentence, part, key):
            found.add(whole)
    return sorted(found)[0] if len({_key(w) for w in found}) == 1 else None


def with_whole_names(finding: ProseFinding, known: Iterable[str],
                     is_new: Callable[[str], bool] = lambda name: True,
                     resolved: Callable[[str], bool] = lambda name: False) -> ProseFinding:
    """``finding`` with its holder and held party named in full where either is one side of a
    known name joined by "and" (:func:`whole_joined_name`, ``resolved`` as there), or a
    part of one for which ``is_new`` holds, one that would be made a party of its own
    (:func:`whole_name_around`); ``finding`` itself when neither is. A part the filing would
    not read at all ("A.J" of "A.J. Roe") stays unread: the sentence may have been cut wrong
    around it.

    >>> from graphkit.models import Evidence
    >>> from graphkit.relations import Relation
    >>> said = "Jane Roe is the sole shareholder of Baker and Lowe Associates"
    >>> f = ProseFinding(relation=Relation.SHAREHOLDER_OF, holder="Jane Roe",
    ...                  held="Lowe Associates", evidence=Evidence(source="x", text=said))
    >>> with_whole_names(f, ["Baker and Lowe Associates"]).held
    'Baker and Lowe Associates'
    >>> with_whole_names(f, ["Baker and Lowe Associates", "Baker Corp.", "Lowe Associates"],
    ...                  resolved=lambda n: n == "Baker").held   # "Baker": Baker Corp.
    'Lowe Associates'
    """
    known = list(known)
    update = {}
    for field in ("holder", "held"):
        name = getattr(finding, field)
        said = finding.evidence.text
        whole = whole_joined_name(name, said, known, resolved) if name else None
        if whole is None and name and is_new(name):
            whole = whole_name_around(name, said, known)
        if whole is not None:
            update[field] = whole
    return finding.model_copy(update=update) if update else finding


def with_sibling_wholes(read: ProseFinding, named: ProseFinding,
                        wholes: dict[tuple, set[str]]) -> ProseFinding:
    """``named`` (``read`` as :func:`with_whole_names` gave it) with a part it kept named in
    full where the other side of that joined name, read as another finding of the same
    statement (same relation, sentence and other party), was made the whole name: a pattern
    reads "a director of Willow and Roe Capital" as two findings, "Willow" and "Roe Capital",
    and the second stays itself when the sentence writes "Roe Capital" alone as well.
    ``wholes`` holds, for each statement, the whole names its findings were read as so far
    (this call adds ``named``'s).

    >>> from graphkit.models import Evidence
    >>> from graphkit.relations import Relation
    >>> said = "Jo Roe owns Roe Capital and is a director of Willow and Roe Capital"
    >>> def read(held):
    ...     return ProseFinding(relation=Relation.DIRECTOR_OF, holder="Jo Roe", held=held,
    ...                         evidence=Evidence(source="x", text=said))
    >>> wholes, known = {}, ["Willow and Roe Capital"]
    >>> [with_sibling_wholes(read(n), with_whole_names(read(n), known), wholes).held
    ...  for n in ("Willow", "Roe Capital")]
    ['Willow and Roe Capital', 'Willow and Roe Capital']
    """
    update = {}
    for field, other in (("holder", "held"), ("held", "holder")):
        name, now = getattr(read, field), getattr(named, field)
        key = (read.relation, read.evidence.text, field, getattr(named, other))
        if now != name:
            wholes.setdefault(key, set()).add(now)
        elif name:
            hits = {w for w in wholes.get(key, ()) if _other_sides(_key(name), w)}
            sentence = f" {_key(read.evidence.text)} "
            if len(hits) == 1 and not _listed_alone(sentence, f" {_key(name)} ",
                                                    f" {_key(next(iter(hits)))} "):
                update[field] = hits.pop()
    return named.model_copy(update=update) if update else named
