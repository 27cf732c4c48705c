"""Page furniture that a typed filing's page break put inside a paragraph, taken out.

A typed Schedule 13D/13G is paginated: where a page ends inside a paragraph, the page's footer
or the next page's header ("Page 7 of 12", "CUSIP No. 123456789   13D   Page 3", "<PAGE>")
sits between two lines of one sentence. Read as part of the sentence it joins a name ("Page 7
of 12" / "Roe Investors L.P." read "12 Investors L.P.") or cuts a list of officers short. Such
a line, between two lines of text of which one is prose (no blank line on either side), or
right after a line of prose where a paragraph ends ("owned by Roe Fund L.P." / "Page 7 of 12" /
blank: read with it, "Roe Fund L.P. Page 7 of 12"), is dropped before the text is read; a
header after a blank line, or between a cover page's rules and cells, is left as it is, unless
the sentence plainly goes on across it (:func:`goes_on`): then the whole break, blank lines,
"<PAGE>", a page number ("4", "4 of 9") and header, is dropped ("Membership Units from" /
blank / "4" / blank / "Acme Lakes to Roe"), and the paragraph reads as one; a bare number is a
page's only beside "<PAGE>", a form feed or a header, or in the file's page sequence, and never
before what it counts ("of" / "750" / "shares of Common Stock" keeps its 750). The
shortened text carries a :class:`~graphkit.source.TextOrigin`, so evidence cites the file's own
lines and offsets.
An HTML filing printed for paper does the same with a line of its own ("officer<br>Page 3 of 5
Pages<br>and a director"): its converted text loses that line too, and its map is composed
with the conversion's, so evidence still cites the HTML's lines.

Examples
--------
>>> text = ("the general partners of\\nPage 7 of 12\\nRoe Investors L.P. are Jane Roe and\\n"
...         "John Doe.\\n")
>>> out = drop_page_furniture(SourceText("a.txt", text))
>>> out.text
'the general partners of\\nRoe Investors L.P. are Jane Roe and\\nJohn Doe.\\n'
>>> out.line_of(out.text.index("Roe Investors"))
3
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from graphkit import regex_cache
from graphkit.parsers.cue_search import fold_text
from graphkit.source import SourceText, TextOrigin

__all__ = ["drop_page_furniture", "in_paragraph", "PAGE_LINE", "PROSE_LINE_WORDS", "TABLE_GAP"]

#: The pieces of a page's header or footer: "<PAGE>", "SCHEDULE 13D", "13G/A", "CUSIP No.
#: 123456789", "Page 3 of 12 Pages", an HTML table's cells of them ("CUSIP No. 123456789 | 13D |
#: Page 9 of 13 Pages")
_PAGE_PIECES = r"""
    [ \t]*(?:(?:<PAGE>|(?:(?:SCHEDULE|SC)[ \t]+)?13[ \t]?[DG](?:/A)?
        |CUSIP[ \t]*(?:No\.?|Number|\#)?[ \t]*:?[ \t]*[0-9A-Z]{6}[ \t-]?[0-9A-Z]{2}[ \t-]?[0-9A-Z]
        |Page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?(?:[ \t]+Pages)?
        )[ \t]*\|?[ \t]*)+$"""
#: A line of page furniture, its pieces in any order, with a page number or "<PAGE>": "Page 7 of
#: 12", "<PAGE>", "CUSIP No. 123456789   13D   Page 3", "Schedule 13D   Page 3 of 12 Pages";
#: never "SCHEDULE 13D" alone (the form's title on its front page) nor "-0-" (a zero)
PAGE_LINE = regex_cache.compile(r"""
    ^(?=.*(?:<PAGE>|Page[ \t]+\d))""" + _PAGE_PIECES, re.VERBOSE | re.IGNORECASE)
#: A page's header with no page number: "Schedule 13D", "CUSIP No. 123456789   13D" (part of a
#: page break only next to a page's number or "<PAGE>": alone, it may be the form's title)
PAGE_HEADER_LINE = regex_cache.compile(r"^" + _PAGE_PIECES, re.VERBOSE | re.IGNORECASE)
#: A page's number on a line of its own: "4", "- 4 -", "4 of 9" (between blank lines, in a typed
#: text or an HTML filing's), after "<PAGE>" or a form feed ("<PAGE>   8"); never "-0-" (a
#: cover's zero). A bare one is a page's only beside "<PAGE>", a form feed or a page's header,
#: or where the file's pages number it (page 3 before a "4"): "750" may be a count of shares
PAGE_NUMBER_LINE = regex_cache.compile(r"""
    ^[ \t\f]*(?:<PAGE>[ \t]*)?(?:-[ \t]*)?(?P<page>[1-9]\d{0,2})(?:[ \t]*-)?
    (?:[ \t]+of[ \t]+\d{1,3})?[ \t]*$
""", re.VERBOSE)
#: The page's number in a line of page furniture: "Page 7 of 12" (7), "CUSIP No. 123456789
#: 13D  Page 3" (3)
PAGE_NUMBER_IN_LINE = regex_cache.compile(r"""Page[ \t]+(?P<page>\d{1,3})""",
                                          re.VERBOSE | re.IGNORECASE)
#: The start of a line that counts what a number before it gives, so that the number is no
#: page's: "shares of Common Stock", "Units", "thousand shares", "percent of the class"
OPENS_COUNT = regex_cache.compile(r"""
    ^[ \t]*(?:shares?|units?|thousand|million|billion|hundred|percent|per[ \t]+cent)\b
""", re.VERBOSE | re.IGNORECASE)
#: The end of a line that a count on the next line may go on: a word ("held", "an aggregate
#: of", "beneficial ownership includes"), a comma or a colon ("owned, in the aggregate," / "750",
#: "the following:"), never a number ("owns 1,000,000" / "2": the "2" is no second count but
#: the page's), a percent, a stop or a closing parenthesis ("Item 5(a)")
ENDS_WORD = regex_cache.compile(r"""[^\s\d%.)][ \t]*$""", re.VERBOSE)
#: The end of a line whose sentence plainly goes on: a word that never ends one, or a comma
#: ("Membership Units from", "the persons named in Item 2 and")
OPEN_END = regex_cache.compile(r"""
    (?:\b(?:of|from|to|by|the|a|an|and|or|nor|between|among|with|in|into|for|on|at|that|as
        |than|under|upon|per|its|their|his|her)|,)[ \t]*$
""", re.VERBOSE)
#: An Item's heading, which opens no sentence's rest: "Item 5.  Ownership of Five Percent"
ITEM_HEADING = regex_cache.compile(r"""^[ \t]*Item[ \t]+\d""", re.VERBOSE | re.IGNORECASE)
#: The start of a line that goes on with a sentence: a lower-case word, no list label
#: ("such documents, forms of which", never "a. The Company" nor "ii) Roe")
OPENS_LOWER = regex_cache.compile(r"""^[ \t]*[a-z]+\b(?![.)])""", re.VERBOSE)
#: A name's defined term opening a line ('("Acme Overseas") and Roe', '(the "Fund")'), which no
#: paragraph opens
OPENS_TERM = regex_cache.compile(r"""^[ \t]*\((?:the[ \t]+)?["“]""", re.VERBOSE)
#: The end of a line that ends with a name, the one a term on the next line defines: "Acme
#: Partners IV, L.P.", "Roe Fund", "Acme Inc."
ENDS_NAME = regex_cache.compile(r"""(?:\b[A-Z][A-Za-z&'\-]*\.?|(?:\b[A-Z]\.)+)[ \t]*$""",
                                re.VERBOSE)
#: Words of a line of prose: two lower-case words ("and was joined in by")
PROSE_LINE_WORDS = regex_cache.compile(r"""\b[a-z]{2,}\b.*\b[a-z]{2,}\b""", re.VERBOSE)
#: A gap between two cells of a table row, never in prose: "Jane Roe     1,000" (three blanks)
TABLE_GAP = regex_cache.compile(r"""\S[ \t]{3,}\S""", re.VERBOSE)
#: A line of justified prose, its words spread by up to three blanks to fill the column (60
#: characters at least, six words or more, no tab), which :data:`TABLE_GAP` takes for a table's:
#: 'share,  of  the  Surviving  Corporation  (the  "Surviving   Corporation  Stock")'
JUSTIFIED_LINE = regex_cache.compile(r"""
    ^[ ]*(?=\S[^\t]{59})(?:\S+[ ]{1,3}){5,}\S+[ ]*$
""", re.VERBOSE)


def _table_row(line: str) -> bool:
    """Whether ``line`` has a table's gap between cells (:data:`TABLE_GAP`), no justified prose
    (:data:`JUSTIFIED_LINE`, two lower-case words in it at least).

    >>> _table_row("Jane Roe     1,000"), _table_row("share,  of  the  Surviving   Corporation  "
    ...                                             "(the  Surviving  Corporation  Stock)")
    (True, False)
    """
    return TABLE_GAP.search(line) is not None and not (
        JUSTIFIED_LINE.match(line) and PROSE_LINE_WORDS.search(line))


def _prose(line: str) -> bool:
    return PROSE_LINE_WORDS.search(line) is not None and not _table_row(line)


def _inside_paragraph(lines: list[str], i: int) -> bool:
    """Whether furniture line ``i`` stands inside a paragraph or ends one (see
    :func:`in_paragraph`)."""
    return 0 < i and in_paragraph(lines[i - 1], lines[i + 1] if i + 1 < len(lines) else "")


def in_paragraph(before: str, after: str) -> bool:
    """Whether a line of page furniture between the lines ``before`` and ``after`` stands
    inside a paragraph or ends one: right after a line of prose, with a line of text or a blank
    after it (read as part of the paragraph, it would end its last sentence: "owned by Roe
    Fund L.P. Page 7 of 12"); or between two lines of text, no blank, prose on one side at least.
    A cover page's header stands between rules, row labels and cells, or after a blank line.

    >>> in_paragraph("the general partners of", "Roe Investors L.P. are")
    True
    >>> in_paragraph("the shares owned by Roe Fund L.P.", "")
    True
    >>> in_paragraph("14. TYPE OF REPORTING PERSON     PN", "-----"), in_paragraph("", "Item 4")
    (False, False)
    """
    if not before.strip() or PAGE_LINE.match(before) or _table_row(before):
        return False
    if not after.strip():
        return _prose(before)
    if PAGE_LINE.match(after) or _table_row(after):
        return False
    return _prose(before) or _prose(after)


def goes_on(before: str, after: str) -> bool:
    """Whether the sentence of the line ``before`` plainly goes on at the line ``after``, a
    page break between them (see :func:`drop_page_furniture`): ``before`` is prose and ends with
    a word that never ends a sentence (:data:`OPEN_END`: "Units from" / "Acme Lakes to"),
    or with no full stop ("Units;" / "and (ii)") and ``after`` opens with a lower-case word
    (:data:`OPENS_LOWER`); or
    ``before`` ends with a name and ``after`` opens with its defined term (:data:`OPENS_TERM`).
    Neither is a row of a table, nor page furniture.

    >>> goes_on("the transfer of 2,000 Membership Units from", "Acme Lakes to Roe, and")
    True
    >>> goes_on("by reference to the full text", "such documents, forms of which are attached")
    True
    >>> goes_on("and Roe and Acme Partners IV, L.P.", '("Acme") and Roe and Beta LLC')
    True
    >>> goes_on("the shares were bought for investment.", "the Fund holds no other shares")
    False
    >>> goes_on("Item 4.  Purpose of the transaction", "The Fund bought the shares")
    False
    """
    if (not before.strip() or not after.strip() or PAGE_LINE.match(before)
            or PAGE_LINE.match(after) or _table_row(before) or _table_row(after)):
        return False
    if OPENS_TERM.match(after):
        return ENDS_NAME.search(before) is not None and _prose(after)
    if not _prose(before):
        return False
    if OPEN_END.search(before) and after.lstrip()[:1].isupper():  # "Acme Lakes to Roe"
        return _prose(after) and ITEM_HEADING.match(after) is None
    return OPENS_LOWER.match(after) is not None and before.rstrip()[-1:] not in ".:!?"


def _page_runs(lines: list[str]) -> list[tuple[int, int]]:
    """The runs ``(first, last)`` of blank lines and page furniture (:data:`PAGE_LINE`,
    :data:`PAGE_NUMBER_LINE`, :data:`PAGE_HEADER_LINE`) with a blank line and a page's sign
    (:func:`_run_has_page_sign`), between two lines of text. Each run is found from its blank
    lines: only the lines next to them are read as furniture.

    >>> _page_runs(["Units from", "", "<PAGE>", "", "Acme Lakes", "", "of them."])
    [(1, 3)]
    """
    runs = []
    found: list[list[tuple[int, int]]] = []

    def pages() -> list[tuple[int, int]]:  # the file's page numbers, read once if asked
        if not found:
            found.append(_page_numbers(lines))
        return found[0]

    blank = [not line.strip() for line in lines]
    i, n = 0, len(lines)
    while i < n:
        if not blank[i]:
            i += 1
            continue
        first = i  # the furniture right above the blank lines belongs to the run too
        while first > 0 and not blank[first - 1] and _furniture(lines[first - 1]):
            first -= 1
        j, furnished = i, first < i
        while j < n and (blank[j] or _furniture(lines[j])):
            furnished = furnished or not blank[j]
            j += 1
        # blank lines alone are a paragraph's gap: a page's sign is a line of furniture
        if furnished and 0 < first and j < n and _run_has_page_sign(lines, first, j, pages):
            runs.append((first, j - 1))
        i = j + 1
    return runs


#: The first characters (after spaces, tabs and form feeds; lower-cased) a line of page
#: furniture may have: of :data:`PAGE_LINE`, :data:`PAGE_NUMBER_LINE`, :data:`PAGE_HEADER_LINE`
_FURNITURE_OPENERS = frozenset("<-123456789scp")


def _furniture(line: str) -> bool:
    """Whether ``line`` is page furniture: a page's sign or a page's header (read only on a
    line opening as furniture may, or with any other letter than ASCII, which a case-blind
    match may fold to one).

    >>> _furniture("   - 4 -"), _furniture("Page 3 of 9"), _furniture("The shares")
    (True, True, False)
    """
    first = line.lstrip(" \t\f")[:1]
    if not first or (first.isascii() and first.lower() not in _FURNITURE_OPENERS):
        return False
    return _page_sign(line) or _page_header(line)


def _page_sign(line: str) -> bool:
    return _page_line(line) or _page_number(line) is not None


#: The first characters (after spaces, tabs and form feeds) a :data:`PAGE_NUMBER_LINE` may have
_NUMBER_OPENERS = frozenset("<-123456789")
#: The first characters (after spaces and tabs, lower-cased) a :data:`PAGE_HEADER_LINE` may have
_HEADER_OPENERS = frozenset("<s1cp")


def _page_line(line: str) -> bool:
    """Whether :data:`PAGE_LINE` matches ``line``, tried only where "page" stands (any case):
    every match holds "<PAGE>" or "Page N" (most lines of a filing hold neither).

    >>> _page_line("CUSIP No. 123456789   13D   Page 3"), _page_line("Item 4. Purpose")
    (True, False)
    """
    return "page" in line.lower() and PAGE_LINE.match(line) is not None


def _page_number(line: str) -> Optional[re.Match[str]]:
    """:data:`PAGE_NUMBER_LINE`'s match of ``line``, tried only on a line opening with what
    it may open with (a digit, "-", "<PAGE>").

    >>> _page_number("  - 4 -")["page"], _page_number("The shares") is None
    ('4', True)
    """
    first = line.lstrip(" \t\f")[:1]
    return PAGE_NUMBER_LINE.match(line) if first and first in _NUMBER_OPENERS else None


def _page_header(line: str) -> bool:
    """Whether :data:`PAGE_HEADER_LINE` matches ``line``, tried only on a line opening with
    what a header may ("<PAGE>", "Schedule", "SC", "13D", "CUSIP", "Page"; any other letter
    than ASCII, which a case-blind match may fold to one).

    >>> _page_header("Schedule 13D"), _page_header("Acme Fund")
    (True, False)
    """
    first = line.lstrip(" \t")[:1]
    return bool(first) and (first.lower() in _HEADER_OPENERS or not first.isascii()) \
        and PAGE_HEADER_LINE.match(line) is not None


def _page_numbers(lines: list[str]) -> list[tuple[int, int]]:
    """The page numbers the text shows, ``(line, number)``: bare ("4", "- 4 -", "<PAGE>   9")
    or in a line of furniture ("Page 4 of 9")."""
    found = []
    for i, line in enumerate(lines):
        m = _page_number(line) or (_page_line(line) and PAGE_NUMBER_IN_LINE.search(line))
        if m:
            found.append((i, int(m.group("page"))))
    return found


def _run_has_page_sign(lines: list[str], i: int, j: int,
                       pages: Callable[[], list[tuple[int, int]]]) -> bool:
    """Whether the run ``lines[i:j]`` of blanks and furniture holds a page's sign: a line of
    :data:`PAGE_LINE` ("Page 4 of 9", "<PAGE>"), or a page's number after "<PAGE>" or a form
    feed, or a bare number ("4", "- 4 -") next to a page's header or a form feed or that fits
    the file's page sequence (page 3 before it or page 5 after it, for a "4"). A bare number
    right before what it counts ("750" / "shares of Common Stock") is never a page's."""
    run = lines[i:j]
    if not any(line.strip() for line in run):
        return False  # blank lines only: a paragraph's gap (a sign is a line of text)
    numbers = [line for line in run if _page_number(line)]
    bare = [k for k in range(i, j) if _page_number(lines[k])
            and "<PAGE>" not in lines[k] and "\f" not in lines[k]]
    last = max((k for k in range(i, j) if lines[k].strip()), default=-1)
    if last in bare and OPENS_COUNT.match(lines[j]):  # "750" / "shares", never "5" / "<PAGE>"
        return False
    if len(numbers) > len(bare) or any(_page_line(line) for line in run):
        return True
    if any("\f" in line or (line.strip() and _page_header(line)) for line in run):
        return bool(bare)
    return any(_fits_page_sequence(k, pages()) for k in bare)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _count_before_break(lines: list[str], first: int, last: int) -> Optional[int]:
    """The line of a bare number opening the page break ``lines[first:last + 1]`` that counts
    what the next page opens with, kept: "held" / "750" / "<PAGE>" / "shares of Common Stock".
    The number is a line of the paragraph: right under its last line, no blank between, at its
    margin, and only "<PAGE>", a page's header or blank lines after it. None when there is
    none, or when the number may be the page's own: set off by a blank line or indented as a
    footer ("per" / "" / "        5" / "<PAGE>" / "share"), or in the file's page sequence.

    >>> lines = ["Acme Fund held", "750", "", "<PAGE>", "", "shares of Common Stock"]
    >>> _count_before_break(lines, 1, 4)
    1
    >>> lines[1] = "                 750"  # a page's footer
    >>> _count_before_break(lines, 1, 4) is None
    True
    >>> lines[:2] = ["Acme Fund held 1,000,000", "2"]  # a count above: "2" is the page's
    >>> _count_before_break(lines, 1, 4) is None
    True
    """
    line = lines[first]
    if (not OPENS_COUNT.match(lines[last + 1]) or not ENDS_WORD.search(lines[first - 1])
            or _page_number(line) is None
            or "<PAGE>" in line or "\f" in line
            or _indent(line) > _indent(lines[first - 1])):
        return None
    for k in range(first + 1, last + 1):
        if lines[k].strip() and (_page_number(lines[k]) or not (
                _page_line(lines[k]) or _page_header(lines[k]))):
            return None  # "<PAGE>   4", a second number: the page's
    return None if _fits_page_sequence(first, _page_numbers(lines)) else first


def _fits_page_sequence(k: int, pages: list[tuple[int, int]]) -> bool:
    """Whether the bare number on line ``k`` follows the page before it or precedes the next
    one (``pages``: :func:`_page_numbers`), the nearest with another number on either side."""
    number = next(page for at, page in pages if at == k)
    before = [page for at, page in pages if at < k and page != number]
    after = [page for at, page in pages if at > k and page != number]
    return (bool(before) and before[-1] == number - 1) or (bool(after) and after[0] == number + 1)


def drop_page_furniture(src: SourceText) -> SourceText:
    """``src`` without the page furniture lines that stand inside a paragraph (``src`` itself
    when there is none).

    A converted text (an HTML filing's, with an ``origin`` of its own) keeps citing the HTML:
    the map of the lines kept is the one they had.

    >>> plain = SourceText("a.txt", "Item 4.\\n\\nPage 3 of 9\\n\\nThe shares were bought")
    >>> drop_page_furniture(plain) is plain  # between blank lines: a page break, kept
    True
    >>> count = SourceText("a.txt", "owned an aggregate of\\n\\n750\\n\\nshares of Common Stock")
    >>> drop_page_furniture(count) is count  # no page numbered around it: the sentence's number
    True
    >>> html = SourceText("a.html", "bought by\\nPage 3 of 9\\nRoe Fund", origin=TextOrigin(
    ...     starts=[0, 10, 22], offsets=[3, 20, 40], lines=[1, 2, 3]))
    >>> out = drop_page_furniture(html)
    >>> out.text, out.line_of(out.text.index("Roe")), out.file_offset(out.text.index("Roe"))
    ('bought by\\nRoe Fund', 3, 40)

    See also
    --------
    graphkit.parse.parse_source : drops them from every Schedule 13D/13G text it reads, typed
    or converted from HTML.
    """
    text = src.text
    lines = text.split("\n")
    folded = fold_text(text).split("\n")  # "page" (any case) stands in every PAGE_LINE
    drop = [PAGE_LINE.match(line) is not None and _inside_paragraph(lines, i)
            if "page" in fold else False for i, (line, fold) in enumerate(zip(lines, folded))]
    for first, last in _page_runs(lines):  # "Units from" / "" / "4" / "" / "Acme Lakes to"
        if goes_on(lines[first - 1], lines[last + 1]):
            drop[first:last + 1] = [True] * (last + 1 - first)
            count = _count_before_break(lines, first, last)
            if count is not None:  # "of" / "750" / "<PAGE>" / "shares": the 750 is kept
                drop[count] = False
    if not any(drop):
        return src
    origin = _kept_origin(lines, drop) if src.origin is None else \
        _kept_converted(lines, drop, src.origin)
    return SourceText(path=src.path, text="\n".join(l for l, d in zip(lines, drop) if not d),
                      offset=src.offset, line_offset=src.line_offset,
                      warnings=list(src.warnings), origin=origin)


def _kept_origin(lines: list[str], drop: list[bool]) -> TextOrigin:
    """The map of a typed text's kept lines: each from its own line and offset of the file."""
    starts: list[int] = []
    offsets: list[int] = []
    numbers: list[int] = []
    pos = off = 0
    for number, (line, dropped) in enumerate(zip(lines, drop), start=1):
        if not dropped:
            starts.append(pos)
            offsets.append(off)
            numbers.append(number)
            pos += len(line) + 1
        off += len(line) + 1
    return TextOrigin(starts=starts, offsets=offsets, lines=numbers)


def _kept_converted(lines: list[str], drop: list[bool], old: TextOrigin) -> TextOrigin:
    """The map of a converted text's kept lines, composed with the map ``old`` it had: an
    anchor where each kept line starts, and the anchors ``old`` has inside it, moved along."""
    starts: list[int] = []
    offsets: list[int] = []
    numbers: list[int] = []
    pos = at = 0  # where the line starts in the new text, and in the old one
    k = 0  # the first anchor of ``old`` past the start of the line
    n_old = len(old.starts)
    for line, dropped in zip(lines, drop):
        end = at + len(line)
        while k < n_old and old.starts[k] <= at:
            k += 1
        if not dropped:
            off, number = old.locate(at)
            starts.append(pos)
            offsets.append(off)
            numbers.append(number)
            while k < n_old and old.starts[k] <= end:
                starts.append(old.starts[k] - at + pos)
                offsets.append(old.offsets[k])
                numbers.append(old.lines[k])
                k += 1
            pos += len(line) + 1
        at = end + 1
    return TextOrigin(starts=starts, offsets=offsets, lines=numbers)
