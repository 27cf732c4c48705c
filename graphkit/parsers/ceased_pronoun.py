"""Exit reports named by a pronoun: "As a result, it ceased to be the beneficial owner ...".

A pronoun names the filing's one reporting person only when it refers to it: the sentence of
the report, or the one before, names the filer (by name, defined term or "the Reporting
Person"), and names no other party the pronoun could mean ("it": an organization; "he",
"she": a person). "Acme Sub LLC, a former subsidiary of the Reporting Person, sold all of its
shares. As a result, it ceased ..." is Acme Sub's exit, not the filer's; "He has ceased ..."
after "Mr. John Roe, the Reporting Person's husband, transferred his shares" is the husband's.
A pronoun of the other sex than the filing states for the filer ("he" of a woman), or one with
no antecedent in reach, names no one: a false exit is worse than a missed one.

Examples
--------
>>> from graphkit.models import Party
>>> fund = SoleFiler(Party(id="p2", name="Acme Fund, L.P.", kind="organization"))
>>> names = {"Acme Fund, L.P.": "p2", "Fund": "p2"}.get
>>> pronoun_holder("it", fund, "The Fund sold 1,000 Shares. As a result, it ", names)
'p2'
>>> pronoun_holder("it", fund, "Acme Sub LLC, a subsidiary of the Fund, sold its shares. "
...                "As a result, it ", names) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple, Optional

from graphkit import regex_cache
from graphkit.models import Party, PartyKind
from graphkit.names import org_words
from graphkit.parsers.partybook_kinds import legal_stem
from graphkit.parsers.partybook_names import ISSUER_WORDS, squeeze
from graphkit.parsers.type_codes import kind_from_type_codes

_F = re.VERBOSE | re.IGNORECASE

#: A holder named by a pronoun: "it", "he", "she" ("On May 1, 2021, it ceased ...")
PRONOUN = regex_cache.compile(r"""^ (?: (?P<it> it ) | (?P<he> he ) | she ) $""", _F)

#: What the words before a pronoun name, first match at each place: the filer as "the
#: Reporting Person" (``filer``); a party by a common noun after a determiner or a possessive
#: ("a former subsidiary", "the Reporting Person's husband": ``org``, ``person``, or ``either``
#: kind); a name in capitals, with its title or legal form ("Mr. John Roe", "Acme Fund II,
#: L.P.": ``name``, told apart by :func:`_mentions`).
MENTION = regex_cache.compile(r"""
    (?P<filer> \b (?: the \s+ )? (?: reporting | filing ) \s+ persons? \b | \bthe \s+ undersigned\b )
  | (?: \b (?: the | a | an | its | his | her | their | such | another | one ) | ['’]s ) \s+
    (?: [a-z][\w-]* \s+ ){0,2}?                        # "former", "wholly-owned"
    (?: (?P<org> (?: subsidiar(?: y | ies ) | fund | funds | partnership | trust | entity
                   | corporation | vehicle ) \b )
      | (?P<person> (?: husband | wife | spouse | son | daughter | father | mother | brother
                      | sister | child | children | widow | executor | executrix ) \b )
      | (?P<either> (?: affiliate | general \s+ partner | manager | adviser | advisor | trustee
                      | parent | member | nominee | designee ) s? \b ) )
  | (?P<name> \b (?-i: (?: (?: Mr | Mrs | Ms | Miss | Dr ) \.? \s+ )?
                  [A-Z][\w'’&.-]* (?: (?: [ \t]+ | [ \t]* \n [ \t]* )
                                   (?: (?: of | and | & | de | van | von ) [ \t]+ )?
                                   [A-Z][\w'’&.-]* )*
                  (?: , [ \t]* (?: Inc | L\.?P | LLC | L\.L\.C | Ltd | Corp | LLP | N\.A | S\.A )
                      \b \.? )? ) )
""", _F)

#: Words that open a run of capitals without naming anyone ("On May 1", "As a result", "It"),
#: and words no person's name holds ("Common Stock", "Item 4"): a run of capitals is a
#: person's name only without them
_LEAD_WORDS = frozenset("""
    on as in at after before upon the a an by for since following pursuant accordingly
    consequently therefore thus subsequently because due if when while during through with
    from to of and or but each all both any such its his her their this that these those it
    he she they we no none see january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
_NOT_NAME_WORDS = frozenset("""
    common stock shares share class item items schedule securities exchange act rule rules
    preferred series units warrants notes statement amendment issuer agreement plan board
    directors cover page note section form percent ordinary depositary date event company
    commission
""".split())
#: A title that states a sex ("Mr." a man; "Mrs.", "Ms.", "Miss" a woman)
_TITLE_SEX = {"mr": True, "mrs": False, "ms": False, "miss": False}


class SoleFiler(NamedTuple):
    """The filing's one reporting person, and its sex as the filing states it (True a man,
    False a woman, None unstated: :meth:`~graphkit.parsers.partybook.PartyBook.stated_sex`)."""

    party: Party
    male: Optional[bool] = None


class Mention(NamedTuple):
    """A party named in the words before a pronoun: the filer, or another party of ``kinds``;
    ``male`` is the sex a title states ("Mr. Roe")."""

    filer: bool
    kinds: frozenset[PartyKind]
    male: Optional[bool] = None


_BOTH = frozenset(PartyKind)
_ORG = frozenset({PartyKind.ORGANIZATION})
_PERSON = frozenset({PartyKind.PERSON})


def _mentions(context: str, filer_id: str,
              lookup: Callable[[str], Optional[str]]) -> Iterator[Mention]:
    """The parties ``context`` names, in order (see :data:`MENTION`); a name or common noun
    that ``lookup`` resolves to ``filer_id`` ("the Fund" of a filer so defined) is the filer.

    >>> [(m.filer, sorted(k.value for k in m.kinds)) for m in _mentions(
    ...     "On May 1, 2020, Acme Sub LLC, a former subsidiary of the Reporting Person, sold",
    ...     "p2", lambda n: None)]
    [(False, ['organization']), (False, ['organization']), (True, [])]
    """
    for m in MENTION.finditer(context):
        if m["filer"]:
            yield Mention(True, frozenset())
            continue
        if not m["name"]:
            noun = m["org"] or m["person"] or m["either"]
            if lookup(noun) == filer_id:  # "the Fund": the filer's defined term
                yield Mention(True, frozenset())
            else:
                yield Mention(False, _ORG if m["org"] else _PERSON if m["person"] else _BOTH)
            continue
        for words in _segments(m["name"].split()):
            mention = _name_mention(words, filer_id, lookup)
            if mention is not None:
                yield mention


def _segments(words: list[str]) -> Iterator[list[str]]:
    """``words`` (a run of capitals) cut where a sentence ends ("Shares." of "Shares. As"),
    each without the words that open it naming no one (:data:`_LEAD_WORDS`)."""
    part: list[str] = []
    for w in words:
        if part or w.lower().strip(".,") not in _LEAD_WORDS:
            part.append(w)
        bare = w.rstrip(".")
        if part and w.endswith(".") and len(bare) > 3 and "." not in bare and \
                bare.lower() != "corp":
            yield part  # "Shares." ends its sentence
            part = []
    if part:
        yield part


def _name_mention(words: list[str], filer_id: str,
                  lookup: Callable[[str], Optional[str]]) -> Optional[Mention]:
    """The party a name in capitals (``words``) names: the filer (``lookup``), a person
    (titled, or two words or more that name no security or document), an organization (its
    words or legal form), another party ``lookup`` knows, or None (a word alone that names no
    party: "Shares", "Securities"; the issuer).

    >>> _name_mention(["Acme", "Sub", "LLC"], "p2", lambda n: None).kinds == _ORG
    True
    >>> _name_mention(["Securities"], "p2", lambda n: None) is None
    True
    """
    name = " ".join(words).rstrip(",")
    male = _TITLE_SEX.get(words[0].lower().rstrip("."))
    found = lookup(name)
    if found == filer_id:
        return Mention(True, frozenset(), male)
    if male is not None or words[0].lower().rstrip(".") == "dr":
        return Mention(False, _PERSON, male)  # "Mr. John Roe"
    if len(words) == 1 and (found is None or squeeze(name) in ISSUER_WORDS):
        return None  # "Shares", "Securities", "the Issuer" (which holds none of its class)
    if org_words(name) or "&" in name or legal_stem(name) is not None:
        return Mention(False, _ORG)  # "Acme Sub LLC", "the Fund" of another party
    if len(words) > 1 and not any(w.lower().strip(".,") in _NOT_NAME_WORDS for w in words):
        return Mention(False, _PERSON)  # "John Roe"
    return None if found is None else Mention(False, _BOTH)  # another party's term


def pronoun_holder(word: str, sole: Optional[SoleFiler], context: str,
                   lookup: Callable[[str], Optional[str]]) -> Optional[str]:
    """The party id a holder named by a pronoun (:data:`PRONOUN`) stands for: the filing's one
    reporting person (``sole``) when the pronoun fits its kind ("it" an organization, "he" or
    "she" a person; its cover's type codes first) and its stated sex, and ``context`` (the
    sentence before and the report's own up to the pronoun) names it and no other party of
    that kind (:func:`_mentions`, names resolved by ``lookup``); else None: several reporting
    persons, another antecedent, none, or another word.

    >>> roe = SoleFiler(Party(id="p3", name="Jane Roe", kind="person", type_codes=["IN"]))
    >>> names = {"Jane Roe": "p3", "Ms. Roe": "p3"}.get
    >>> pronoun_holder("she", roe, "Ms. Roe sold 1,000 Shares. As a result, she ", names)
    'p3'
    >>> pronoun_holder("he", roe._replace(male=False), "Jane Roe sold them; he ", names) is None
    True
    >>> pronoun_holder("she", roe, "On May 1, 2021, she ", names) is None  # no antecedent
    True
    """
    m = PRONOUN.match(word)
    if m is None or sole is None:
        return None
    party = sole.party
    it = bool(m["it"])
    if it != ((kind_from_type_codes(party.type_codes) or party.kind) is PartyKind.ORGANIZATION):
        return None
    male = None if it else bool(m["he"])
    if male is not None and sole.male is not None and sole.male is not male:
        return None  # "he" of a woman
    want = PartyKind.ORGANIZATION if it else PartyKind.PERSON
    named = False
    for mention in _mentions(context, party.id, lookup):
        if mention.filer:
            if male is not None and mention.male is not None and mention.male is not male:
                return None  # "Mr. Roe ... she"
            named = True
        elif want in mention.kinds:
            return None  # another party the pronoun may mean: whose exit?
    return party.id if named else None
