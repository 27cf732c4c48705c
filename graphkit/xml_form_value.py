"""The value of the XML element that names a filing's form (``<documentType>`` of Forms 3/4/5,
``<submissionType>`` of an ``edgarSubmission``), read with plain string scans.

One pattern over "blanks, comments, CDATA, value, blanks, comments" backtracked with the cube
of a long blank run (review rv47f); these scans look at each character a bounded number of
times. When the
element is not near the top, :func:`own_form_value` reads only the root's own element (a child
of the root or of its ``<headerData>``), never one quoted in a remark's CDATA or a footnote.

>>> xml_value("documentType", "<documentType><!-- form --><![CDATA[4]]></documentType>")
'4'
"""

from __future__ import annotations

import html
import re
from typing import Iterator, Optional

from graphkit import regex_cache

#: The tags of the elements that name the form
FORM_TAGS = ("documentType", "submissionType")

#: The opening tag of an element that names the form: "<documentType>", "<ns1:submissionType >"
XML_FORM_OPEN = {tag: regex_cache.compile(rf"""<(?:\w+:)?{tag}\s*>""", re.VERBOSE)
                 for tag in FORM_TAGS}

#: The closing tag of those elements, e.g. "</documentType>", "</ns1:submissionType >"
XML_FORM_CLOSE = {tag: regex_cache.compile(rf"""</(?:\w+:)?{tag}\s*>""", re.VERBOSE)
                  for tag in FORM_TAGS}

#: The opening tag of an edgarSubmission's header: "<headerData>", "<ns1:headerData >"
XML_HEADER_OPEN = regex_cache.compile(r"""<(?:\w+:)?headerData[\s>]""", re.VERBOSE)

#: Blanks, skipped around a value: " \r\n"
_BLANKS = regex_cache.compile(r"""\s*""", re.VERBOSE)

#: A value's characters, up to markup or a CDATA end: "4/A " in "4/A </documentType>"
_VALUE_CHARS = regex_cache.compile(r"""[^<\]]*""", re.VERBOSE)

#: Markup whose content holds no elements, by its opening and closing marks: comments, CDATA
#: sections, processing instructions
_SECTIONS = {"<!--": "-->", "<![CDATA[": "]]>", "<?": "?>"}

#: Such a section, closed, dropped before tags are counted: "<!-- <a> -->", "<![CDATA[<b>]]>"
_SECTION = regex_cache.compile(r"""
    <!--[\s\S]*?--> | <!\[CDATA\[[\s\S]*?\]\]> | <\?[\s\S]*?\?>
""", re.VERBOSE)


class _NextFind:
    """Where ``needle`` is first found at or after a place of ``text``, found once per stretch:
    many unclosed "<!--" each look up the same end, not one scan of the rest of the file each."""

    def __init__(self, text: str, needle: str) -> None:
        self.text, self.needle, self.begun, self.at = text, needle, len(text) + 1, -1

    def after(self, start: int) -> int:
        if not (self.begun <= start and (self.at == -1 or self.at >= start)):
            self.begun, self.at = start, self.text.find(self.needle, start)
        return self.at


def _skip_blanks_and_comments(text: str, pos: int, ends: _NextFind) -> int:
    """The place after the blanks and comments at ``pos``; -1 at a comment never closed."""
    while True:
        pos = _BLANKS.match(text, pos).end()
        if not text.startswith("<!--", pos):
            return pos
        end = ends.after(pos + 4)
        if end == -1:
            return -1
        pos = end + 3


def _element_value(tag: str, text: str, pos: int, ends: _NextFind) -> Optional[str]:
    """The raw value of the element whose opening tag ends at ``pos``: blanks and comments
    around it, the value maybe in a CDATA section; None when the content is other markup."""
    pos = _skip_blanks_and_comments(text, pos, ends)
    if pos == -1:
        return None
    if text.startswith("<![CDATA[", pos):
        pos = _BLANKS.match(text, pos + 9).end()
    value_end = _VALUE_CHARS.match(text, pos).end()
    value, pos = text[pos:value_end], value_end
    if text.startswith("]]>", pos):
        pos += 3
    pos = _skip_blanks_and_comments(text, pos, ends)
    if pos == -1 or not XML_FORM_CLOSE[tag].match(text, pos):
        return None
    return value


def _opening_tags(tag: str, text: str) -> Iterator[re.Match[str]]:
    """The opening tags of ``tag`` in ``text``, found by the name with str.find (a pattern
    search tries each "<" of a 50 MB file in turn)."""
    at = text.find(tag)
    while at != -1:
        lt = text.rfind("<", max(0, at - 64), at)
        m = XML_FORM_OPEN[tag].match(text, lt) if lt != -1 else None
        if m is not None:
            yield m
        at = text.find(tag, at + len(tag))


def xml_values(tag: str, text: str) -> Iterator[tuple[int, Optional[str]]]:
    """Each ``tag`` element of ``text`` that holds a value only, in order: where it opens and
    its value (None for an empty one), as filers' software may write it: blanks and comments
    around it, in a CDATA section, character references ("&#52;" reads "4").

    >>> list(xml_values("documentType", "<a><documentType><b/></documentType>"
    ...                 "<documentType> &#52; </documentType></a>"))
    [(36, '4')]
    """
    ends = _NextFind(text, "-->")
    for m in _opening_tags(tag, text):
        raw = _element_value(tag, text, m.end(), ends)
        if raw is not None:
            value = html.unescape(raw).strip()  # "&#52;" is "4", as XML reads it
            yield m.start(), value or None  # "<x></x>" reads as "<x/>": no value


def xml_value(tag: str, text: str) -> Optional[str]:
    """The value of the first ``tag`` element of ``text`` that holds a value only (see
    :func:`xml_values`).

    >>> xml_value("documentType", "<documentType><!-- f --><![CDATA[ 4 ]]>\\n</documentType>")
    '4'
    >>> xml_value("documentType", "<documentType><b>4</b></documentType>") is None
    True
    """
    for _, value in xml_values(tag, text):
        return value
    return None


def _balance(text: str) -> int:
    """Elements opened less those closed in ``text`` after its sections are dropped: counts of
    "<", "</" and "/>" (no element list is built, so a 50 MB file takes a few scans)."""
    text = _SECTION.sub(" ", text)
    return (text.count("<") - 2 * text.count("</") - text.count("<!") - text.count("<?")
            - text.count("/>"))


class _OpenElements:
    """How many elements are open at places of ``text`` asked in order, each question going on
    from the last; None inside a comment, a CDATA section or a processing instruction."""

    def __init__(self, text: str, pos: int = 0) -> None:
        self.text, self.pos, self.depth, self.ended = text, pos, 0, False

    def at(self, place: int) -> Optional[int]:
        if self.ended or place < self.pos:
            return None  # in a section never closed, or one already passed over
        segment = self.text[self.pos:place]
        unclosed = [(at, closer) for opener, closer in _SECTIONS.items()
                    if (at := segment.rfind(opener)) != -1
                    and segment.find(closer, at + len(opener)) == -1]
        if not unclosed:
            self.depth += _balance(segment)
            self.pos = place
            return self.depth
        at, closer = min(unclosed)  # the place is in the section opened there
        end = self.text.find(closer, place)
        if end == -1:
            self.ended = True
            return None
        self.depth += _balance(segment[:at])
        self.pos = end + len(closer)
        return None


def own_form_value(tag: str, text: str) -> tuple[bool, Optional[str]]:
    """Whether ``text`` holds its root's own ``tag`` element, and its value: the first one
    that is a child of the root or of the root's ``<headerData>``, passing over those in a
    comment or CDATA section; (False, None) when the first such element sits elsewhere (a
    footnote quoting "<documentType>3</documentType>") or there is none.

    >>> own_form_value("submissionType", "<edgarSubmission><formData/><headerData>"
    ...                "<submissionType>D</submissionType></headerData></edgarSubmission>")
    (True, 'D')
    >>> own_form_value("documentType", "<ownershipDocument><footnote>Amends <documentType>3"
    ...                "</documentType></footnote></ownershipDocument>")
    (False, None)
    """
    open_elements = _OpenElements(text)
    for start, value in xml_values(tag, text):
        depth = open_elements.at(start)
        if depth not in (1, 2):
            continue  # in a comment or CDATA section, or deeper down
        if depth == 1 or _in_header(text, start):
            return True, value
        return False, None
    return False, None


def _in_header(text: str, place: int) -> bool:
    """Whether an element two deep at ``place`` is a child of the root's ``<headerData>``: the
    last header opened before it holds it, with no other element open between them."""
    name = text.rfind("headerData", 0, place)
    opened = text.rfind("<", 0, name) if name > 0 else -1
    m = XML_HEADER_OPEN.match(text, opened) if opened >= 0 else None
    if m is None or m.end() != name + len("headerData") + 1:
        return False  # the last mention is no opening tag: "</headerData>"
    return _OpenElements(text, text.find(">", opened) + 1).at(place) == 0
