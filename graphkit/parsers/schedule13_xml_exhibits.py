"""Item 7 of a Schedule 13G answered in an exhibit document of its submission.

A parent holding company's 13G lists the subsidiaries that acquired the shares in Item 7. The
XML form gives that answer as text, and large filers write only "See Exhibit 99" there and
attach the list as a plain-text exhibit document (``<TYPE>EX-99``, described "ITEM 7"), one
subsidiary a line. The XML parser sees only its own document, so this step runs on the whole
submission: it finds the exhibit Item 7 names and makes each listed organization a subsidiary
(``parent_of``) of the one reporting organization classified "HC", as the text parser does for
lists printed in the filing itself. A text 13G whose Item 7 says "See Exhibit(2)" may attach
its answer the same way, as an exhibit described "ITEM 7 INFORMATION" that lists the
subsidiaries or classifies each in a sentence (:func:`add_text_exhibit_subsidiaries`).

Examples
--------
>>> see = item7_exhibit("<item7><subsidiaryIdentificationAndClassification>See Exhibit 99"
...                     "</subsidiaryIdentificationAndClassification></item7>")
>>> (see["kind"], see["id"])
('Exhibit', '99')
>>> item7_exhibit("<subsidiaryIdentificationAndClassification>Acme Ltd.<") is None
True
"""

from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from graphkit import regex_cache
from graphkit.errors import ParseError
from graphkit.models import Claim, FilingRecord, Party, PartyKind, PartyRole
from graphkit.parsers.schedule13_classified import INFORMATION_HEADING
from graphkit.parsers.schedule13_subsidiaries import (SEE_EXHIBIT, Subsidiary,
                                                      parent_holding_company, read_classified,
                                                      read_subsidiaries_sentence,
                                                      read_subsidiary_list)
from graphkit.parsers.sgml import SubmissionDocument
from graphkit.parsers.xmldoc import XmlDoc, name_key, next_claim_id
from graphkit.source import SourceText

#: The XML form's Item 7 answer, any namespace prefix: "<subsidiaryIdentificationAnd
#: Classification>See Exhibit 99</...>" (the answer's first 300 characters, up to any markup;
#: the answer itself is read as XML by :func:`item7_answer`)
ITEM7_ANSWER = regex_cache.compile(r"""
    <(?:\w+:)?subsidiaryIdentificationAndClassification>(?P<said>[^<]{0,300})
""", re.VERBOSE)

#: An exhibit's type or description naming Item 7: "EXHIBIT 99: ITEM 7", "ITEM7.txt"
NAMES_ITEM7 = regex_cache.compile(r"""\bitem[\s_-]*7\b""", re.VERBOSE | re.IGNORECASE)

#: The characters at the top of an exhibit searched for an "Item 7 Information" heading
HEAD_CHARS = 600

#: The note on each claim this step makes
NOTE = "Item 7 (exhibit): subsidiary of the parent holding company"


def item7_answer(xml_text: str) -> Optional[str]:
    """The XML form's Item 7 answer as the XML states it, a CDATA section, character
    references and comments read as the text they write (the first 300 characters), or None.

    >>> item7_answer("<a><subsidiaryIdentificationAndClassification><![CDATA[See Exhibit 99]]>"
    ...              "</subsidiaryIdentificationAndClassification></a>")
    'See Exhibit 99'
    >>> item7_answer("<a><subsidiaryIdentificationAndClassification>&#83;ee Exhibit A"
    ...              "<!-- list --></subsidiaryIdentificationAndClassification></a>")
    'See Exhibit A'
    """
    found = ITEM7_ANSWER.search(xml_text)
    if found is None:
        return None
    try:
        doc = XmlDoc(SourceText("item7", xml_text))
    except ParseError:
        return found["said"]
    said = doc.text(".//subsidiaryIdentificationAndClassification")
    return found["said"] if said is None else said[:300]


def item7_exhibit(xml_text: str) -> Optional[re.Match]:
    """The "See Exhibit 99" of the XML form's Item 7 answer, or None when it gives none."""
    answer = item7_answer(xml_text)
    return SEE_EXHIBIT.search(answer) if answer else None


def exhibit_for(see: re.Match, exhibits: Sequence[SubmissionDocument]
                ) -> Optional[SubmissionDocument]:
    """The exhibit document ``see`` ("See Exhibit 99") names: the one whose type numbers it
    ("EX-99", "EX-99.1" for "Exhibit 99"), preferring one described or filed as Item 7.

    >>> from graphkit.source import SourceText
    >>> docs = [SubmissionDocument(type="EX-24", source=SourceText(path="x", text="")),
    ...         SubmissionDocument(type="EX-99", description="EXHIBIT 99: ITEM 7",
    ...                            source=SourceText(path="x", text=""))]
    >>> exhibit_for(SEE_EXHIBIT.search("See Exhibit 99"), docs).type
    'EX-99'
    """
    wanted = see["id"].upper()
    numbered = [d for d in exhibits if (d.type or "").upper().removeprefix("EX-").split(".")[0]
                == wanted.split(".")[0] and not d.binary]
    for d in numbered:
        if NAMES_ITEM7.search(f"{d.description or ''} {d.filename or ''}"):
            return d
    return numbered[0] if len(numbered) == 1 else None


def add_exhibit_subsidiaries(rec: FilingRecord, xml_text: str,
                             exhibits: Sequence[SubmissionDocument]) -> int:
    """Add to ``rec`` the subsidiaries listed in the exhibit its Item 7 names, as ``parent_of``
    claims of its one parent holding company. Returns how many claims were added (none when
    Item 7 names no exhibit, the exhibit is missing, or no single reporting organization is
    classified "HC")."""
    see = item7_exhibit(xml_text)
    if see is None:
        return 0
    doc = exhibit_for(see, exhibits)
    parent = parent_holding_company([p for p in rec.parties
                                     if PartyRole.REPORTING_PERSON in p.roles])
    if doc is None or parent is None:
        return 0
    return _link(rec, parent, read_subsidiary_list(doc.source, 0, section="Item 7 exhibit"))


def item7_document(exhibits: Sequence[SubmissionDocument]) -> Optional[SubmissionDocument]:
    """The one text exhibit that gives Item 7's answer: described or filed as Item 7 ("ITEM 7
    INFORMATION", "item7.txt") or headed so in its text; None when none or several.

    >>> from graphkit.source import SourceText
    >>> docs = [SubmissionDocument(type="EX-99.1", description="JOINT FILING AGREEMENT",
    ...                            source=SourceText(path="x", text="Agreement")),
    ...         SubmissionDocument(type="EX-99.2", description="ITEM 7 INFORMATION",
    ...                            source=SourceText(path="x", text="Acme & Co. is a bank."))]
    >>> item7_document(docs).type
    'EX-99.2'
    """
    found = [d for d in exhibits if not d.binary and (
        NAMES_ITEM7.search(f"{d.description or ''} {d.filename or ''}")
        or INFORMATION_HEADING.search(d.source.text, 0, HEAD_CHARS))]
    return found[0] if len(found) == 1 else None


def add_text_exhibit_subsidiaries(
        rec: FilingRecord, exhibits: Sequence[SubmissionDocument],
        as_text: Callable[[SubmissionDocument], SubmissionDocument] = lambda d: d) -> int:
    """Add to ``rec`` (a text 13G) the subsidiaries that the submission's Item 7 exhibit
    (:func:`item7_document`) names, listed one a line, in a sentence ("The relevant
    subsidiaries are ...") or classified one by one ("Acme & Co. is a broker or dealer
    registered ..."), as ``parent_of`` claims of its one parent holding company. Returns how
    many claims were added (none when the filing itself already named a subsidiary, or no
    single reporting organization is classified "HC"). ``as_text`` reads an exhibit as text
    (an HTML one converted), called only when an exhibit is to be read."""
    if any(c.relation.value == "parent_of" for c in rec.claims):
        return 0
    parent = parent_holding_company([p for p in rec.parties
                                     if PartyRole.REPORTING_PERSON in p.roles])
    if parent is None:
        return 0
    doc = item7_document([as_text(d) for d in exhibits])
    if doc is None:
        return 0
    src = doc.source
    subs = (read_subsidiary_list(src, 0, section="Item 7 exhibit")
            or read_subsidiaries_sentence(src, 0, len(src.text))
            or read_classified(src, 0, len(src.text)))
    return _link(rec, parent, subs)


def _link(rec: FilingRecord, parent: Party, subs: Sequence[Subsidiary]) -> int:
    """``parent`` ``parent_of`` each of ``subs``, a party of ``rec`` found by name or added."""
    by_key = {name_key(n): p for p in rec.parties for n in p.all_names()}
    added = 0
    for sub in subs:
        child = by_key.get(name_key(sub.name))
        if child is None:
            child = Party(id=f"p{len(rec.parties) + 1}", name=sub.name,
                          kind=PartyKind.ORGANIZATION, roles=[PartyRole.NAMED],
                          evidence=[sub.evidence])
            rec.parties.append(child)
            by_key[name_key(sub.name)] = child
        if child.id == parent.id:
            continue
        rec.claims.append(Claim(id=next_claim_id(rec.claims), relation="parent_of",
                                source=parent.id, target=child.id, note=NOTE,
                                evidence=[sub.evidence]))
        added += 1
    return added

