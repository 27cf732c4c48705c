"""An officer's title on Forms 3, 4 and 5, where the form sends the reader elsewhere for it.

A reporting owner's ``officerTitle`` is often no title but a pointer: "See Remarks", "See
Remarks below", "See Footnote (1)", "See Explanation of Responses". The title is then written
in the remarks or a footnote, mostly after a label ("Title: Senior Vice President of Quality"),
sometimes alone ("Chief Accounting Officer"). :func:`officer_title` gives the title found
there, and never the pointer itself: a pointer that leads to no title gives none (the claim
keeps the pointer in its note, so nothing is hidden).

Only a form with one owner sent elsewhere is read this way: remarks that name the titles of
several owners ("Mr. Roe: CEO; Ms. Doe: CFO") say whose title is whose in prose not read here.

Examples
--------
>>> officer_title("See Remarks", ["Title: Senior Vice President of Quality and Operations"])
'Senior Vice President of Quality and Operations'
>>> officer_title("Chief Financial Officer", ["Title: Treasurer"])
'Chief Financial Officer'
>>> officer_title("See Remarks", ["Exhibit 24 - Power of Attorney"]) is None
True
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.officer_titles import OFFICER_TITLE, opens_with_office

_F = re.VERBOSE | re.IGNORECASE

#: A title field that sends the reader elsewhere: "See Remarks", "see remarks below", "See
#: Footnote (1)", "Refer to Remarks", "See Explanation of Responses", "See Exhibit 99", "(1)"
REFERS_ELSEWHERE = regex_cache.compile(r"""
    ^\s*(?:
        (?:see|refer\s+to|as\s+(?:described|set\s+forth)\s+in)\b[^\n]{0,40}?
        \b(?:remarks?|footnotes?|explanations?|below|exhibits?|attached|attachment)\b[^\n]{0,30}
      | \(?\s*\d{1,2}\s*\)?[\s.]*
    )$
""", _F)
#: A title written after its label in the remarks or a footnote: "Title: Senior Vice President"
#: (group ``title``, to the end of its line or a semicolon)
TITLE_LABEL = regex_cache.compile(r"""
    \btitles?\s*(?::|-|\u2013|\bis\b)\s*(?P<title>[^;\n]{2,160})
""", _F)
#: A sentence's end inside a labelled title, where the title may stop: ". " of "CFO. Exhibit
#: 24"; never the dot of an abbreviation inside the title ("Sr. Vice President" is tried whole
#: when "Sr" alone is no title)
SENTENCE_END = regex_cache.compile(r"""\.\s+(?=[A-Z(])""", re.VERBOSE)
#: The most characters of a whole remark read as a title on its own (no label)
MAX_BARE_TITLE = 120


def officer_title(title: Optional[str], notes: list[str]) -> Optional[str]:
    """The officer's title: ``title`` as given, unless it sends the reader to the remarks or a
    footnote (:data:`REFERS_ELSEWHERE`); then the title written in ``notes`` (the remarks and
    footnotes, in that order), or None where none is.

    In ``notes`` a title is one after a label (:data:`TITLE_LABEL`), cut at the first sentence
    end after which it still opens with an office ("CFO. Exhibit 24 ..." is "CFO"), or a note
    that is itself a short title ("Chief Accounting Officer"). A labelled text that does not open
    with an office is still the filer's title ("Title: Head of Research").

    >>> officer_title("See Remarks", ["Title: CFO. Exhibit 24 - Power of Attorney"])
    'CFO'
    >>> officer_title("See Remarks", ["Title: Sr. Vice President, Finance"])
    'Sr. Vice President, Finance'
    >>> officer_title("See footnote 1", ["Shares held by the Roe Trust.", "Chief Legal Officer"])
    'Chief Legal Officer'
    >>> officer_title(None, []), officer_title("(1)", ["The Reporting Person is a director."])
    (None, None)
    """
    if title is None or REFERS_ELSEWHERE.match(title) is None:
        return title
    for note in notes:
        label = TITLE_LABEL.search(note)
        if label is not None:
            return _labelled(label.group("title"))
    for note in notes:
        bare = " ".join(note.split()).rstrip(".")
        if len(bare) <= MAX_BARE_TITLE and opens_with_office(bare):
            return bare
    return None


def _labelled(text: str) -> Optional[str]:
    """The title in ``text``, written after a label: up to the first sentence end where what
    comes before opens with an office, else all of it (without a closing dot).

    >>> _labelled("Chief Executive Officer and President. The reporting person ...")
    'Chief Executive Officer and President'
    >>> _labelled("Head of Research")
    'Head of Research'
    """
    text = " ".join(text.split())
    for end in SENTENCE_END.finditer(text):
        head = text[:end.start()]
        if OFFICER_TITLE.match(head) is not None and opens_with_office(head):
            return head
    return text.rstrip(". ") or None
