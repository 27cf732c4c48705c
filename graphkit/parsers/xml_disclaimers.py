"""Who disclaims beneficial ownership in the prose of an XML form: a Schedule 13D/13G reporting
person's comment, a Form 3/4/5 footnote or its remarks.

Only a disclaimer *of beneficial ownership* counts
(:data:`~graphkit.parsers.schedule13_items.DISCLAIMS`): "the reporting persons disclaim that they
constitute a group" disclaims a group, not the shares, and "does not disclaim beneficial
ownership" (:data:`NEGATED`) disclaims nothing. Who disclaims is read as in a text filing's
Items (:func:`~graphkit.parsers.schedule13_disclaiming.disclaiming_parties`): each reporting person
for "Each of the Reporting Persons disclaims", the parties named as the subject ("Each of Acme
GP LLC and Jane Roe disclaims"; not a holder named before it: "held by Acme Fund LLC, of which
Acme Capital LLC is the managing member; as such, Acme Capital LLC disclaims"), all of them for
"The Reporting Persons disclaim"
(:func:`~graphkit.parsers.schedule13_items.all_filers_disclaim`: not "None of the Reporting
Persons", nor "Other than X, the Reporting Persons"), and "the Reporting Person" for the one the
text speaks for: the person whose comment it is (``own``), else the only reporting owner of the
form. In a person's own comment no subject ("Disclaims beneficial ownership except ...") is that
person; a subject "he"/"she" (a person) or "it" (an entity) is the party whose name opens the
sentence, else that person.

Examples
--------
>>> from graphkit.source import SourceText
>>> book = PartyBook(); fund = book.add("Acme Fund LP"); gp = book.add("Acme GP LLC")
>>> jane = book.add("Jane Roe")
>>> text = ("Each of Acme GP LLC and Jane Roe disclaims beneficial ownership of the shares "
...         "except to the extent of its or her pecuniary interest therein.")
>>> sorted(disclaiming_ids([SourceText("f4.xml", text)], book, [fund, gp, jane]))
['p2', 'p3']
>>> text = "Despite such shared ownership, the reporting persons disclaim that they are a group."
>>> disclaiming_ids([SourceText("x.xml", text)], book, [fund, gp, jane], own=jane)
set()
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from graphkit import regex_cache
from graphkit.models import Party, PartyKind
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import DefinedTerm, find_collective_terms, sentence_spans
from graphkit.parsers.schedule13_disclaim_subject import NEGATED
from graphkit.parsers.schedule13_disclaiming import disclaiming_parties, disclaims_in_part
from graphkit.parsers.schedule13_items import (COVER_DISCLAIMED, DISCLAIMS, PROSE_NAME,
                                               find_disclaimers)
from graphkit.parsers.xmldoc import find_party
from graphkit.source import SourceText

#: A pronoun as the subject right before "disclaims", opening its clause: "..., and he
#: disclaims", "as to which it disclaims", "She disclaims"
PRONOUN_SUBJECT = regex_cache.compile(r"""
    (?:^|[,;:]\s*|\b(?:and|but|which|whom|that)\s+)(?P<pronoun>he|she|it)\s+
    (?:(?:hereby|expressly|specifically|also)\s+)*$
""", re.VERBOSE | re.IGNORECASE)

#: The opening of a disclaimer without a subject: "Disclaims beneficial ownership ...",
#: "(1) Disclaims ...", "The reporting person's; disclaims"
NO_SUBJECT = regex_cache.compile(r"""^\s*(?:\(\w{1,3}\)\s*)?$""", re.VERBOSE)


def _pronoun_party(sentence: str, before: str, book: PartyBook,
                   own: Optional[Party]) -> Optional[Party]:
    """The party a pronoun subject of the disclaiming clause stands for: the party whose name
    opens the sentence ("Acme GP LLC may be deemed ..., but it disclaims"), else ``own`` (the
    person whose comment it is: "Includes shares held by the Trust, as to which he
    disclaims"), when "he"/"she" is a person's and "it" an entity's; else None."""
    m = PRONOUN_SUBJECT.search(before)
    if m is None:
        return None
    opening = PROSE_NAME.match(sentence)
    party = find_party(book, opening.group(0)) if opening else None
    party = party or own
    if party is None or (m["pronoun"].lower() == "it") is (party.kind is PartyKind.PERSON):
        return None
    return party


def disclaiming_ids(blocks: Sequence[SourceText], book: PartyBook, filers: Sequence[Party],
                    own: Optional[Party] = None, in_part: Optional[bool] = None) -> set[str]:
    """The ids of the parties that ``blocks`` say disclaim beneficial ownership (with
    ``in_part``, only by disclaimers that cover part of their holding (True) or all of it
    (False): :func:`~graphkit.parsers.schedule13_disclaiming.disclaims_in_part`).

    Parameters
    ----------
    blocks : sequence of SourceText
        The prose read together (a comment; the footnotes of a holding line and the remarks).
    book : PartyBook
        The filing's parties, to resolve the names of a disclaimer's subject.
    filers : sequence of Party
        The reporting persons (owners): "Each Reporting Person" and, of one, "the Reporting
        Person".
    own : Party, optional
        The reporting person whose comment ``blocks`` are: "the Reporting Person", a pronoun or
        no subject is this person.
    in_part : bool, optional
        Only the disclaimers of part of the holding (True: the pecuniary interest kept, another
        holder's shares) or of all of it (False).

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); roe = book.add("Jane Roe"); fund = book.add("Acme Fund LP")
    >>> said = lambda t, own=None: disclaiming_ids([SourceText("x", t)], book, [roe, fund], own)
    >>> said("The Reporting Person disclaims beneficial ownership.", own=roe)
    {'p1'}
    >>> said("The Reporting Person disclaims beneficial ownership.")  # which of two?
    set()
    >>> said("Ms. Roe does not disclaim beneficial ownership of the shares.", own=roe)
    set()
    >>> said("Shares held by her spouse, as to which she disclaims beneficial ownership.", roe)
    {'p1'}
    >>> text = "Ms. Roe disclaims beneficial ownership except to the extent of her pecuniary "
    >>> text += "interest."
    >>> [disclaiming_ids([SourceText("x", text)], book, [roe], roe, part) for part in (True, False)]
    [{'p1'}, set()]
    """
    groups = [t for b in blocks for t in find_collective_terms(b)]
    return {pid for block in blocks for s, e in sentence_spans(block.text)
            for pid in _sentence_disclaims(block, s, e, book, groups, filers, own, in_part)}


def _sentence_disclaims(block: SourceText, s: int, e: int, book: PartyBook,
                        groups: list[DefinedTerm], filers: Sequence[Party],
                        own: Optional[Party], in_part: Optional[bool] = None) -> set[str]:
    """The ids of the parties that the sentence ``block.text[s:e]`` says disclaim."""
    sentence = " ".join(block.text[s:e].split())
    m = DISCLAIMS.search(sentence)
    if m is None or NEGATED.search(sentence, 0, m.start()):
        return set()
    before = sentence[:m.start()]
    found: set[str] = set()
    for d in find_disclaimers(block, s, e):  # none for shares left out of the holding
        if in_part is not None and disclaims_in_part(
                d, book, groups, {p.id for p in filers}) is not in_part:
            continue
        # the subject's names only: "Shares held by Acme Fund LLC, of which Acme Capital LLC is
        # the managing member ... as to which Acme Capital LLC disclaims" is not the fund's
        subject = d.model_copy(update={"names": d.subjects})
        found |= disclaiming_parties([subject], book, groups, {p.id for p in filers})
        speaker = own if own is not None else filers[0] if len(filers) == 1 else None
        if speaker is not None and (d.sole_filer or COVER_DISCLAIMED.search(sentence)):
            found.add(speaker.id)  # "the Reporting Person disclaims", "as to which the ..."
        if own is not None and NO_SUBJECT.match(before):
            found.add(own.id)
        pronoun = _pronoun_party(sentence, before, book, own)
        if pronoun is not None:
            found.add(pronoun.id)
    return found
