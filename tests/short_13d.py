"""A made-up one-filer Schedule 13D in plain text, its Item 2 and Item 3 prose given by the test
(tests of how parties named in prose are told apart)."""

from __future__ import annotations

from graphkit.models import FilingRecord
from graphkit.parse import parse_source
from graphkit.source import SourceText

#: The filing: Beacon Media Inc. ("Beacon") reports 600,000 shares of Zenith Corporation
#: ("Zenith"); ``{item2}`` and ``{item3}`` are given by :func:`short_13d`
FILING = """SCHEDULE 13D

Zenith Corporation
(Name of Issuer)

Common Stock
(Title of Class of Securities)

037833100
(CUSIP Number)

1.  NAME OF REPORTING PERSON
    Beacon Media Inc.

2.  CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP   (a) [ ]  (b) [ ]

3.  SEC USE ONLY

4.  SOURCE OF FUNDS
    WC

6.  CITIZENSHIP OR PLACE OF ORGANIZATION
    Delaware

7.  SOLE VOTING POWER
    600,000

8.  SHARED VOTING POWER
    0

9.  SOLE DISPOSITIVE POWER
    600,000

10. SHARED DISPOSITIVE POWER
    0

11. AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON
    600,000

13. PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW 11
    6.1%

14. TYPE OF REPORTING PERSON
    CO

Item 1.  Security and Issuer.

The Statement relates to the Common Stock of Zenith Corporation
("Zenith"), a Nevada corporation.

Item 2.  Identity and Background.

This Statement is filed by Beacon Media Inc. ("Beacon"), a Delaware
corporation. {item2}

Item 3.  Source and Amount of Funds.

{item3}

Item 5.  Interest in Securities of the Issuer.

Beacon owns 600,000 shares of Common Stock, or 6.1% of the class.

                                  SIGNATURE

After reasonable inquiry and to the best of my knowledge and belief, I certify
that the information set forth in this statement is true, complete and correct.

Dated: February 10, 2005

BEACON MEDIA INC.

By: /s/ Jane Q. Roe
    Jane Q. Roe, President
"""


def short_13d(item2: str = "", item3: str = "") -> FilingRecord:
    """The record of :data:`FILING` with ``item2`` and ``item3`` as the prose of those Items."""
    text = FILING.format(item2=item2, item3=item3)
    return parse_source(SourceText(path="short_13d.txt", text=text))[0]


def parties(rec: FilingRecord) -> dict[str, list[str]]:
    """Each party's name and its aliases, in order."""
    return {p.name: [a.name for a in p.aliases] for p in rec.parties}


def claims(rec: FilingRecord) -> set[tuple[str, str, str, object]]:
    """Each claim of ``rec`` as (relation, source name, target name, shares)."""
    names = {p.id: p.name for p in rec.parties}
    return {(c.relation.value, names[c.source], names[c.target], c.shares) for c in rec.claims}
