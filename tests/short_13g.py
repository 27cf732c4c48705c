"""A made-up one-filer Schedule 13G in plain text, its front page, cover row 4, type code and
signature block given by the test (tests of small misreadings of these parts)."""

from __future__ import annotations

from graphkit.models import FilingRecord
from graphkit.parse import parse_source
from graphkit.source import SourceText

#: The filing; each field in braces is given by :func:`short_13g`
FILING = """SCHEDULE 13G
{under_title}
Acme Widgets, Inc.
(Name of Issuer)

Common Stock
(Title of Class of Securities)

037833100
(CUSIP Number)
{event}
CUSIP No. 037833100

1.  NAME OF REPORTING PERSON
    {filer}

2.  CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP   (a) [ ]  (b) [ ]

3.  SEC USE ONLY

4.  CITIZENSHIP OR PLACE OF ORGANIZATION
    {place}

5.  SOLE VOTING POWER
    600,000

6.  SHARED VOTING POWER
    0

7.  SOLE DISPOSITIVE POWER
    600,000

8.  SHARED DISPOSITIVE POWER
    0

9.  AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON
    600,000

10. CHECK BOX IF THE AGGREGATE AMOUNT IN ROW (9) EXCLUDES CERTAIN SHARES  [ ]

11. PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW 9
    6.1%

12. TYPE OF REPORTING PERSON
    {codes}

Item 1(a).  Name of Issuer: Acme Widgets, Inc.

Item 2(a).  Name of Person Filing: {filer}

Item 4.     Ownership. See the cover page.

                                  SIGNATURE

After reasonable inquiry and to the best of my knowledge and belief, I certify
that the information set forth in this statement is true, complete and correct.

Dated: February 10, 2005

{signature}
"""

#: What each field holds unless the test gives it
DEFAULTS = {"under_title": "", "event": "", "filer": "Roe Capital Advisors, Inc.",
            "place": "Delaware", "codes": "IA",
            "signature": "/s/ Jane Q. Roe\nJane Q. Roe, President"}


def short_13g(**fields: str) -> FilingRecord:
    """The record of :data:`FILING` with ``fields`` in place of the :data:`DEFAULTS`."""
    text = FILING.format(**{**DEFAULTS, **fields})
    return parse_source(SourceText(path="short_13g.txt", text=text))[0]


def relations(rec: FilingRecord) -> set[tuple[str, str, str, object]]:
    """Each claim of ``rec`` but the holdings as (relation, source name, target name, title)."""
    names = {p.id: p.name for p in rec.parties}
    return {(c.relation.value, names[c.source], names[c.target], c.title) for c in rec.claims
            if c.relation.value != "beneficial_owner_of"}
