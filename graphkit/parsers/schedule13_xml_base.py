"""The shares outstanding a Schedule 13D/13G XML filing bases its percents on, and the check of
each reporting person's percent against it.

The 2024+ XML form has no field for the count of shares outstanding: filers state it in the
ownership item (Item 4 of a 13G, Item 5 of a 13D) or in a reporting person's comments ("based on 28,590,000 Ordinary Shares outstanding as of
...", read by :func:`graphkit.parsers.schedule13_outstanding.read_outstanding`, as in text
filings). With the count, each person's ``classPercent`` is checked against its aggregate, as
:func:`graphkit.parsers.schedule13_reconcile.choose_holding` checks a cover page's: a percent
that is neither the aggregate's share of the count nor explained by shares the filing says may
be acquired (Rule 13d-3(d)(1)) is a ``percent-mismatch`` warning, never passed over (a
"0" percent beside 2,333,001 shares).

>>> from graphkit.source import SourceText
>>> blocks = [SourceText(path="x.xml", text="The percentage is based on 28,590,000 Ordinary "
...                      "Shares outstanding as of March 1, 2025.")]
>>> xml_outstanding(blocks, "Ordinary Shares").value
28590000
"""

from __future__ import annotations

from typing import Optional

from graphkit.models import Claim, FilingWarning, Reading
from graphkit.parsers.schedule13_acquirable import AcquirableCounts
from graphkit.parsers.schedule13_outstanding import read_outstanding
from graphkit.parsers.schedule13_reconcile import percent_agrees
from graphkit.source import SourceText


def xml_outstanding(blocks: list[SourceText], security_class: Optional[str]
                    ) -> Optional[Reading]:
    """The first count of shares outstanding stated in the prose ``blocks`` (the ownership
    item's first, as the caller orders them), or None."""
    for block in blocks:
        if "outstanding" not in block.text.lower():
            continue
        found = read_outstanding(block, security_class=security_class)
        if found is not None and found.value:
            return found
    return None


def check_percents(claims: list[Claim], outstanding: int, text: str, names: dict[str, str],
                   src: SourceText) -> list[FilingWarning]:
    """A ``percent-mismatch`` warning for each claim whose percent is not its shares' part of
    ``outstanding`` (nor of a larger base the prose ``text`` explains); ``names`` gives each
    claim's holder by party id.

    >>> c = Claim(id="c1", relation="beneficial_owner_of", source="p2", target="p1",
    ...           shares=2333001, percent=0.0)
    >>> [w.message for w in check_percents([c], 28590000, "", {"p2": "Acme Fund LP"},
    ...                                    SourceText(path="x.xml", text=""))]
    ['Acme Fund LP: 0.0% printed, but 2,333,001 of 28,590,000 outstanding is 8.16%']
    """
    acquirable = AcquirableCounts(text)
    out: list[FilingWarning] = []
    for c in claims:
        if c.shares is None or c.percent is None or c.shares > outstanding:
            continue
        if percent_agrees(float(c.percent), c.shares, outstanding) or \
                acquirable.base(float(c.percent), c.shares, outstanding) is not None:
            continue
        out.append(src.warn("percent-mismatch", f"{names.get(c.source, c.source)}: "
                            f"{c.percent}% printed, but {c.shares:,} of {outstanding:,} "
                            f"outstanding is {100.0 * c.shares / outstanding:.2f}%"))
    return out
