"""Footnote marks typeset as superscripts in HTML filings, kept apart from the text they follow.

A typeset cover page prints a footnote mark as a small raised digit right after a number:
``<font>1,000</font><font style="font-size: 70%; vertical-align: text-top">1</font>`` or
``1,000<sup>1</sup>``. Read as plain text the digit is glued on ("1,0001"), which no share
count reader can take apart. :mod:`graphkit.parsers.html_text` writes such a mark as "(1)"
instead ("1,000(1)"), the way text filings print footnote marks, which the cover reader blanks
(:data:`~graphkit.parsers.schedule13_cover_patterns.FOOTNOTE_MARK`). Only the digit comes from
the HTML; the brackets are added and map to the tags around it.

A mark is a superscript element (``<sup>``, or an inline element styled ``vertical-align:
super``, or ``top``/``text-top`` with a font smaller than its text's) holding one or two
digits and nothing else. Ordinals ("1<sup>st</sup>") and table cells aligned to the top
(``<td style="vertical-align: top">5</td>``, a row number) are no footnote marks.

Examples
--------
>>> from lxml import etree
>>> doc = etree.fromstring('<p>1,000<sup>1</sup> and 5<font style="FONT-SIZE: 70%; '
...                        'VERTICAL-ALIGN: text-top">2</font> on the 1<sup>st</sup></p>',
...                        etree.HTMLParser())
>>> [footnote_mark(el) for el in doc.iter("sup", "font")]
['1', '2', None]
"""

from __future__ import annotations

import re
from typing import Optional

from lxml import etree

from graphkit import regex_cache

#: A raised inline element's style: "vertical-align: super", "VERTICAL-ALIGN: text-top",
#: "vertical-align:top" (``align`` is the word after the colon)
RAISED_STYLE = regex_cache.compile(r"""vertical-align \s*:\s* (?P<align>super|text-top|top) \b""",
                                   re.VERBOSE | re.IGNORECASE)

#: A font size smaller than the text around it: "font-size: 70%", "font-size:.8em",
#: "FONT-SIZE: smaller", "font-size: 6pt" (a size in points or pixels counts as small only when
#: no body text is printed that small: at most :data:`SMALL_POINTS` / :data:`SMALL_PIXELS`)
SMALL_FONT = regex_cache.compile(r"""
    font-size \s*:\s*
    (?: (?P<pct>\d+(?:\.\d+)?) \s*%
      | (?P<em>\d*\.?\d+) \s*em\b
      | (?P<pt>\d+(?:\.\d+)?) \s*pt\b
      | (?P<px>\d+(?:\.\d+)?) \s*px\b
      | (?P<word>smaller|x-small|xx-small)\b )
""", re.VERBOSE | re.IGNORECASE)

#: Largest font size in points (and in pixels) taken as a raised mark's, not body text's
SMALL_POINTS = 7.0
SMALL_PIXELS = 9.0

#: Most digits a footnote mark has ("1", "12"); a longer raised number is text
MARK_DIGITS = 2


def is_small_font(style: str) -> bool:
    """Whether ``style`` sets a font smaller than body text (:data:`SMALL_FONT`).

    >>> is_small_font("FONT-SIZE: 70%"), is_small_font("font-size: 10pt"), is_small_font("")
    (True, False, False)
    """
    m = SMALL_FONT.search(style)
    if m is None:
        return False
    if m["word"]:
        return True
    if m["pct"]:
        return float(m["pct"]) < 100
    if m["em"]:
        return float(m["em"]) < 1
    if m["pt"]:
        return float(m["pt"]) <= SMALL_POINTS
    return float(m["px"]) <= SMALL_PIXELS


def is_raised(el: etree._Element) -> bool:
    """Whether ``el`` is typeset as a superscript (see the module notes).

    >>> from lxml import etree
    >>> p = etree.fromstring('<p><span style="vertical-align: top">1</span>'
    ...                      '<span style="vertical-align: super">2</span></p>',
    ...                      etree.HTMLParser())[0][0]
    >>> [is_raised(el) for el in p]
    [False, True]
    """
    tag = el.tag
    if isinstance(tag, str) and tag.lower() == "sup":
        return True
    style = el.get("style")
    if not style:
        return False
    m = RAISED_STYLE.search(style)
    if m is None:
        return False
    return m["align"].lower() == "super" or is_small_font(style)


def footnote_mark(el: etree._Element) -> Optional[str]:
    """The digits of ``el`` when it is a raised footnote mark holding nothing else; else None.

    >>> from lxml import etree
    >>> p = etree.fromstring('<p><sup>12</sup><sup>123</sup><sup>2<b>x</b></sup></p>',
    ...                      etree.HTMLParser())[0][0]
    >>> [footnote_mark(el) for el in p]
    ['12', None, None]
    """
    text = el.text
    if not text or len(text) > MARK_DIGITS or not (text.isascii() and text.isdigit()):
        return None
    if len(el) or not is_raised(el):
        return None
    return text
