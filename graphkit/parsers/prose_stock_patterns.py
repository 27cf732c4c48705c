"""The patterns of a party's stated part of a company's stock or interests: "Jane Q. Roe owns
24.9% of the outstanding voting common stock of Acme Corp.", "Acme Holdings, Inc. owns all of
the outstanding membership interests of Acme GP, LLC", "Acme Holdings, Inc. owns all of the
outstanding equity interests of Acme Sub LLC". Re-exported by
:mod:`graphkit.parsers.prose_patterns`; :mod:`graphkit.parsers.prose` reads the matches as
``shareholder_of`` (100% for "all of").

Examples
--------
>>> m = PERCENT_OF_STOCK.search("Acme Holdings, Inc. owns all of the outstanding equity "
...                             "interests of Acme Sub LLC.")
>>> m["holder"], m["all"], m["held"]
('Acme Holdings, Inc.', 'all', 'Acme Sub LLC.')
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_name_patterns import _NAME, NAMES

_F = re.VERBOSE

#: A name with a company's legal form last, right after "in": "in Acme Sub LLC", "in Acme
#: Sub, Inc." (not "in March 2020", "in Delaware entities")
_IN_COMPANY = r"""in(?=\s+(?:the\s+)?(?:[A-Z0-9][\w.&'\-]*,?\s+){1,6}
    (?:LLC|L\.L\.C\.|Limited\s+Liability\s+Company|L\.P\.|LP|Inc\b|Corp\b|Corporation|Ltd\b
      |Limited)(?![A-Za-z]))"""

#: The whole of a company's ownership, read only after "all of the" (a part of these interests
#: may be an investor's, and gives no control): "the outstanding equity interests of", "the
#: issued and outstanding ownership interests in", "the partnership interests of", "the general
#: partnership interests of", "the capital stock of". Not a partnership's limited partner
#: interests ("all of the limited partner interests in Acme Resources, Ltd."): an investor's,
#: its general partner controls it.
_ALL_INTERESTS = rf"""(?:issued\s+and\s+)?(?:outstanding\s+)?
    (?:(?:[Ee]quity|[Oo]wnership|(?:[Gg]eneral\s+)?[Pp]artnership)\s+[Ii]nterests?
      |[Cc]apital\s+[Ss]tock)
    \s+(?:of|{_IN_COMPANY})"""

#: :data:`_ALL_INTERESTS` alone, for its tests: "outstanding equity interests of"
ALL_INTERESTS = regex_cache.compile(_ALL_INTERESTS, _F)

#: The ownership a deemed holding is owed to, in place of "owns": "may be deemed to beneficially
#: own the shares by virtue of its direct ownership of" (group ``pron``: the holder's pronoun),
#: ", by virtue of its direct ownership of" (an aside before the verb: "Acme Holdings Inc., by
#: virtue of its direct ownership of all of the outstanding capital stock of Acme Bank, N.A., may
#: be deemed"), "through its ownership of". Not an indirect ownership (through parties not
#: named), nor a deemed clause naming another party the pronoun may be ("may be deemed to share
#: power with Beta LLC by virtue of its ownership of": no "with", "by", "and", "from" there)
_BY_ITS_OWNERSHIP = r"""
    (?:\s+(?:may|might|could|is|are|shall)\s+(?:also\s+)?(?:be\s+)?deemed\s+to\s+
       (?:(?!\b(?:with|by|and|from)\s)[^.;,()"“”]){1,80}?)?
    \s*,?\s+(?:by\s+virtue\s+of|by\s+reason\s+of|as\s+a\s+result\s+of|through)
    \s+(?P<pron>its|his|her)\s+(?:direct\s+)?ownership\s+of"""
#: :data:`_BY_ITS_OWNERSHIP` alone, for its tests: " by virtue of its direct ownership of"
BY_ITS_OWNERSHIP = regex_cache.compile(_BY_ITS_OWNERSHIP, _F)

#: A footnote mark after a stake's percent sign, a regex fragment: the "*" of "owns 24.9%* of"
#: and the " (1)" of "owns 24.9% (1) of" (the note is the filer's, the stake the same)
PERCENT_NOTE = r"""(?:\*{1,3}|[ ]?\([0-9]{1,2}\))?"""

#: "Jane Q. Roe and John R. Roe, Jr. (the "Principal Holders") each own in excess of 10% of the
#: outstanding Common Stock of AHI" (each is a shareholder of AHI; the filing's own issuer, "the
#: Issuer"/"the Company", is left to the cover page's ownership rows); an LLC's membership
#: interests too, and all of them: "Acme Holdings, Inc. owns all of the outstanding membership
#: interests of Acme GP, LLC" (group ``all``: 100%), "60% of the membership interests in" a
#: name with an LLC's legal form (not "in March 2020"). Not a partnership's interests, which its
#: investors hold (:mod:`graphkit.parsers.prose_percent_owned` reads a majority of them), but
#: all of a company's equity, ownership or partnership interests or capital stock
#: (:data:`ALL_INTERESTS`): "Acme Holdings, Inc. owns all of the outstanding equity interests
#: of Acme Sub LLC"; the same owed a deemed holding (:data:`_BY_ITS_OWNERSHIP`): "Acme Holdings,
#: Inc. may be deemed to beneficially own the shares by virtue of its direct ownership of all of
#: the outstanding capital stock of Acme Bank".
PERCENT_OF_STOCK = regex_cache.compile(rf"""
    (?P<holder>{NAMES})
    (?:\s+(?:each\s+|also\s+|directly\s+)?(?:owns?|holds?|owned|held)|{_BY_ITS_OWNERSHIP})\s+
    (?:(?:(?P<over>in\s+excess\s+of|more\s+than|over)\s+|(?:approximately|about)\s+)?
       (?P<pct>[0-9]+(?:\.[0-9]+)?)\s*(?:%|percent|per\s+cent){PERCENT_NOTE}
     |(?P<all>all))\s+of\s+the\s+
    (?:(?:issued\s+and\s+)?outstanding\s+
       (?:[A-Za-z]+\s+){{0,3}}?(?:[Ss]tock|[Ss]hares|[Ee]quity|[Ss]ecurities)\s+of
     |(?:issued\s+and\s+)?(?:outstanding\s+)?
       (?:[Mm]embership|[Ll]imited\s+[Ll]iability\s+[Cc]ompany)
       \s+(?:[Ii]nterests|[Uu]nits)\s+(?:of|in(?=\s+(?:the\s+)?(?:[A-Z0-9][\w.&'\-]*,?\s+){{1,6}}
       (?:LLC|L\.L\.C\.|Limited\s+Liability\s+Company)(?![A-Za-z])))  # "in" an LLC named so
     |(?(all){_ALL_INTERESTS}|(?!)))                                    # all of: ALL_INTERESTS
    \s+(?:the\s+)?(?!(?:Issuer|Company|Partnership|Trust)\b)(?P<held>{_NAME})
""", _F)
#: A part left out after :data:`PERCENT_OF_STOCK`'s company: ", other than the Class B interests
#: held by John Doe", ", except for a 1% interest held by ..."
PART_EXCEPTED = regex_cache.compile(r"""
    \s*,?\s*(?:other\s+than|except|excluding|but\s+not|save\s+for)\b
""", _F)
#: Cue of :data:`PERCENT_OF_STOCK`: "own in excess of 10% of the outstanding ", "owns all of the
#: membership ", "owns all of the equity ", "ownership of all of the outstanding "
PERCENT_OF_STOCK_CUE = regex_cache.compile(rf"""
    (?:owns?|holds?|owned|held|ownership\s+of)\s+
    (?:(?:in\s+excess\s+of|more\s+than|over|approximately|about)\s+)?
    (?:[0-9]+(?:\.[0-9]+)?\s*(?:%|percent|per\s+cent){PERCENT_NOTE}|all)\s+of\s+the\s+
    (?:issued\s+and\s+)?
    (?:outstanding|[Mm]embership|[Ll]imited\s+[Ll]iability|[Ee]quity|[Oo]wnership
      |(?:[Gg]eneral\s+)?[Pp]artnership|[Cc]apital)\s
""", _F)
#: Strings one of which every match of :data:`PERCENT_OF_STOCK_CUE` holds (see
#: :data:`~graphkit.parsers.prose_patterns.CUE_LITERALS`)
PERCENT_OF_STOCK_LITERALS = ("outstanding", "embership", "iability", "quity", "wnership",
                             "artnership", "apital")
