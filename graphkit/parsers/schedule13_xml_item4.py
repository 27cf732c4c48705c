"""Item 4 of a 2024+ Schedule 13G XML form: the numbers it states for the filing as a whole.

The 13G schema asks Item 4 for the numbers of the cover page again (``items/item4``):
``amountBeneficiallyOwned`` (row 9), ``classPercent`` (row 11) and
``numberOfSharesPersonHas/{sole,shared}PowerOrDirectTo{Vote,Dispose}`` (rows 5 to 8). Each is
free text of up to 20,000 characters: most filers answer "See Row 9 of the cover page", some
print the bare numbers. On a 13G/A the cover page's numbers are optional, and a filer may leave
them out and state the numbers in Item 4 alone.

Item 4 speaks for the filing as a whole, not for one reporting person: its numbers are one
person's holding only when the filing has one reporting person (as the text path takes Item 4
lines that name no one as the lone filer's:
:func:`graphkit.parsers.schedule13_claims.holder_candidates`). Only an answer that is one
number is read (:func:`read_item4_number`): a bare number ("1234567", "6.1%",
:data:`~graphkit.parsers.xmldoc.XML_NUMBER`), the dashed zero "-0-" common on 13G pages, or a
number of shares ("1,234,567 shares of Common Stock", :data:`ITEM4_STATED`). An answer in words
("See Row 9 of the cover page", "Each of Acme ... may be deemed to own 1,000 shares") or with a
footnote mark ("1,234,567 (1)") gives none.

Examples
--------
>>> doc = XmlDoc(SourceText("x.xml", "<edgarSubmission><formData><items><item4>"
...     "<amountBeneficiallyOwned>1234567</amountBeneficiallyOwned>"
...     "<classPercent>See Row 11 of the cover page.</classPercent>"
...     "</item4></items></formData></edgarSubmission>"))
>>> answer = read_item4_answer(doc)
>>> answer.values, answer.stated(), answer.readings[0].evidence.section
({'shares': 1234567}, '1,234,567 shares', 'Item 4 (a)')
"""

from __future__ import annotations

import re
from typing import Optional, Union

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import Evidence, Reading
from graphkit.parsers.xmldoc import XmlDoc, to_number
from graphkit.source import SourceText  # noqa: F401  (the doctests)

#: Where Item 4 states each number of a holding: the claim's field, the path under ``item4``
#: and the sub-item as the printed form labels it
ITEM4_FIELDS = (
    ("shares", "amountBeneficiallyOwned", "(a)"),
    ("percent", "classPercent", "(b)"),
    ("sole_voting", "numberOfSharesPersonHas/solePowerOrDirectToVote", "(c)(i)"),
    ("shared_voting", "numberOfSharesPersonHas/sharedPowerOrDirectToVote", "(c)(ii)"),
    ("sole_dispositive", "numberOfSharesPersonHas/solePowerOrDirectToDispose", "(c)(iii)"),
    ("shared_dispositive", "numberOfSharesPersonHas/sharedPowerOrDirectToDispose", "(c)(iv)"),
)

#: An Item 4 answer that states one number in words of its own, beyond a bare number: the
#: dashed zero "-0-" (group ``zero``; "- 0 -", "-0- shares", "-0-%"), "1234567 shares",
#: "1,234,567 shares of Common Stock.", "0 shares of the Issuer's Class A Common Stock"
#: (group ``num``; ``unit`` "%" or the shares); not "1,234,567 (1)" nor "See Row 9"
ITEM4_STATED = regex_cache.compile(r"""
    \A\s*(?:(?P<zero>-+\s*0\s*-+)|(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?))
    \s*(?P<unit>%
      | shares?(?:\s+of\s+(?:the\s+)?(?:Issuer['’]s\s+)?(?:[A-Za-z]+\s+){0,3}?
                (?:stock|shares|units|ADSs?))?                # "shares of Common Stock"
    )?
    \s*\.?\s*\Z
""", re.VERBOSE | re.IGNORECASE)

#: The note of a reading taken from Item 4 for a reporting person's holding
ITEM4_NOTE = "taken from Item 4: the cover page states no number and there is one reporting person"


class Item4Answer(BaseModel):
    """The numbers a 13G XML's Item 4 states, by claim field (``shares``, ``percent``,
    ``sole_voting``...), each with its reading (note :data:`ITEM4_NOTE`), and the evidence of
    Item 4 as a whole."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    values: dict[str, Union[int, float]]
    readings: list[Reading]
    evidence: Evidence

    def stated(self) -> str:
        """The aggregate and percent stated, in words: "1,234,567 shares and 6.1%".

        >>> ev = Evidence(source="x.xml")
        >>> Item4Answer(values={"percent": 0.0}, readings=[], evidence=ev).stated()
        '0%'
        """
        parts = [f"{self.values['shares']:,} shares" if "shares" in self.values else "",
                 f"{self.values['percent']:g}%" if "percent" in self.values else ""]
        return " and ".join(p for p in parts if p) or "voting and dispositive powers"


def xml_reading(field: str, raw: Optional[str], value: Optional[Union[int, float]],
                ev: Evidence, note: Optional[str] = None) -> Optional[Reading]:
    """The reading of an XML number ``raw`` taken as ``value``, None when nothing is printed; a
    whole-number field given a fraction ("2164071.69") says it was rounded, after ``note``.

    >>> xml_reading("shares", "2164071.69", 2164072, Evidence(source="x.xml")).note
    'fractional amount rounded'
    >>> xml_reading("shares", None, None, Evidence(source="x.xml")) is None
    True
    """
    if raw is None:
        return None
    rounded = isinstance(value, int) and "." in raw and raw.split(".")[1].strip("0% ")
    notes = [n for n in (note, "fractional amount rounded" if rounded else None) if n]
    return Reading(field=field, raw=raw, value=value, note="; ".join(notes) or None,
                   evidence=ev)


def read_item4_number(raw: Optional[str], percent: bool = False
                      ) -> Optional[Union[int, float]]:
    """The number an Item 4 answer ``raw`` states: a bare number (as the cover page's are read),
    else one of :data:`ITEM4_STATED`, "-0-" being 0; a whole number for shares, a float for a
    ``percent``; None for anything else, and for shares stated as a percent or the reverse.

    >>> read_item4_number("-0-"), read_item4_number("-0-", percent=True)
    (0, 0.0)
    >>> read_item4_number("1,234,567 shares of Common Stock"), read_item4_number("6.1%", True)
    (1234567, 6.1)
    >>> read_item4_number("1,234,567 shares", percent=True), read_item4_number("See Row 9")
    (None, None)
    """
    value = to_number(raw)
    if value is None:
        m = ITEM4_STATED.match(raw or "")
        if m is None or m["unit"] and (m["unit"] == "%") != percent:
            return None
        value = 0.0 if m["zero"] else float(m["num"].replace(",", ""))
    return value if percent else int(round(value))


def read_item4_answer(doc: XmlDoc) -> Optional[Item4Answer]:
    """The numbers of the 13G Item 4 of ``doc`` (:data:`ITEM4_FIELDS`, each read by
    :func:`read_item4_number`), or None when it states none (no Item 4, or answers in words
    only).

    >>> doc = XmlDoc(SourceText("x.xml", "<edgarSubmission><formData><items><item4>"
    ...     "<amountBeneficiallyOwned>-0-</amountBeneficiallyOwned><classPercent>0%"
    ...     "</classPercent></item4></items></formData></edgarSubmission>"))
    >>> read_item4_answer(doc).values
    {'shares': 0, 'percent': 0.0}
    """
    item4 = doc.first(".//items/item4", ".//item4")
    if item4 is None:
        return None
    values: dict[str, Union[int, float]] = {}
    readings: list[Reading] = []
    for field, path, sub_item in ITEM4_FIELDS:
        value = read_item4_number(doc.text(path, at=item4), percent=field == "percent")
        if value is None:
            continue
        values[field] = value
        reading = xml_reading(field, doc.text(path, at=item4), value, doc.evidence(
            doc.first(path, at=item4), section=f"Item 4 {sub_item}"), note=ITEM4_NOTE)
        readings += [reading] if reading is not None else []
    if not values:
        return None
    shown = ", ".join(f"{r.field} {r.raw}" for r in readings)
    return Item4Answer(values=values, readings=readings,
                       evidence=doc.evidence(item4, section="Item 4", text=f"Item 4: {shown}"))
