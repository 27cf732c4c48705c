"""Lines of a signature block read one at a time: printed titles, typed signers, labelled
fields, dates, and blocks printed side by side in columns.

:mod:`graphkit.parsers.signatures` walks a signature section line by line; this module says
what one line (or a short run of lines) is. Each pattern is named, compiled once and tried only
at a literal cue of its line. Party names printed over a signature and wrapped over lines are
joined again by :mod:`graphkit.parsers.signature_names`.

Examples
--------
>>> is_title_line("Senior Vice President, Secretary and General Counsel")
True
>>> split_name_title("JANE Q. ROE/MANAGING MEMBER", "Jane Q. Roe")
'MANAGING MEMBER'
>>> split_repeated_name("Jane Q. Roe Jane Q. Roe Vice President")
('Jane Q. Roe', 'Vice President')
>>> looks_like_person_name("JANE Q. ROE"), looks_like_person_name("APPENDIX A")
(True, False)
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.dates import DATE_TEXT
from graphkit.names import clean_name, org_words
from graphkit.parsers.person_name_parts import person_parts_fit
from graphkit.parsers.word_search import skip_spaces

#: A word of an officer's or signer's title: "President", "Chief Compliance Officer",
#: "Managing Member", "Attorney-in-Fact", "Authorized Signatory", "Trustee"
TITLE_WORD = regex_cache.compile(r"""
    \b(?:President|Officer|Secretary|Treasurer|Counsel|Director|Chairman|Chairwoman|Chair
    |CEO|CFO|COO|Member|Partner|Manager|Trustee|Co-Trustee|Attorney[- ]in[- ]Fact|Signatory
    |Representative|Principal|Executor|Executrix|Administrator|Controller|Comptroller
    |Individually)\b
""", re.I | re.VERBOSE)
#: A word that no title holds and that marks a line as prose or a caption: "Duly authorized
#: under Power of Attorney", "(Name/Title)", "Signature", "Date"
NOT_TITLE_WORD = regex_cache.compile(r"""
    \b(?:under|pursuant|behalf|dated?|signature|name|statement|by|filed?|power|see|the)\b|[()/:]
""", re.I | re.VERBOSE)
#: The board a chair or a director sits on, named in the title: "Chairman of the Board", "Vice
#: Chairman of the Board of Directors" (its "the" is no word of prose)
OF_THE_BOARD = regex_cache.compile(r"""\bof[ \t]+the[ \t]+Board(?:[ \t]+of[ \t]+Directors)?\b""", re.I | re.VERBOSE)
#: A word of an institution's name, never of a signer's title (which :func:`org_words` does not
#: know): "PRESIDENT AND FELLOWS OF ACME COLLEGE", "Regents of the University of Acme"
INSTITUTION_WORD = regex_cache.compile(r"""
    \b(?:College|University|Institute|Institution|Fellows|Regents|Society|Association|Hospital
    |School|Church|Museum|Academy)\b
""", re.I | re.VERBOSE)
#: An officer's title that holds a word of a business's name (which :func:`org_words` knows):
#: "Chief Financial Officer", "Chief Investment Officer", "Chief Credit Officer"
OFFICER_PHRASE = regex_cache.compile(r"""\bChief(?:[ \t]+[A-Z][A-Za-z]+){1,2}[ \t]+Officer\b""", re.I | re.VERBOSE)
#: A title and a name printed on one line with a slash: "JANE Q. ROE/MANAGING MEMBER",
#: "Jane Q. Roe / President & CEO" (the name and the title are one character or end on a
#: non-blank; each opens after the blanks before it, or is the last of them when nothing else
#: can open it: only there may backtracking into the blanks find a match)
NAME_SLASH_TITLE = regex_cache.compile(r"""
    ^[ \t|]*(?=[^ \t|]|[ \t|]/)(?P<name>[^/\n](?:[^/\n]*?[^/\n \t])??)[ \t]*+/
    [ \t]*(?=[^ \t]|[ \t]$)(?P<title>[^/\n](?:[^/\n]*?[^/\n \t])??)[ \t]*$
""", re.VERBOSE)
#: The label of a field holding the name and title together: "Name/Title:  Jane Q. Roe,
#: President", "Name/Title  Attorney-In-Fact", "NAME/TITLE: Jane Roe - Director", "Name &
#: Title: Jane Roe, Executive Vice President", "Name and Title: ..."
NAME_TITLE_LINE = regex_cache.compile(r"""
    ^[ \t|]*Name[ \t]*(?:/|&|and)[ \t]*Title:?[ \t|]+(?P<v>[^\n]*?\S)[ \t]*$
""", re.I | re.VERBOSE)
#: A signer typed after "Signature:" without "/s/" (a conformed signature), with the mark of a
#: note on it: "Signature:  Jane Q. Roe", "Signature:     *Jane Q. Roe", "Signature: Jane Roe^"
SIGNATURE_NAME = regex_cache.compile(r"""
    ^[ \t|]*Signature:[ \t|]*[*^]?(?P<name>[A-Za-z][^\n*^]*?)[ \t]*[*^]?[ \t]*$
""", re.I | re.VERBOSE)
#: A "By:" line that names a signer (typed, no "/s/") or an entity with the capacity after a
#: comma and no "its": "By: Jane Q. Roe, Vice President", "By: Acme Holdings Inc., General
#: Partner", "By: Jane Q. Roe"
BY_NAME_ROLE = regex_cache.compile(r"""
    ^[ \t|]*By:?[ \t|]+(?P<name>[A-Za-z][^/\n,]*?(?:,[ \t]*(?:Inc|LLC|L\.L\.C|L\.P|LP|Ltd|Jr|Sr|III|II)
    \.?)?)[ \t]*(?:,[ \t]*(?P<role>[A-Za-z][^/\n]*?))?[ \t]*$
""", re.VERBOSE)
#: The opening of capacities printed after a signer's name, never a title by itself:
#: "Jane Q. Roe, individually, and as" / "managing member of Acme GP, L.L.C."
CAPACITY_LIST = regex_cache.compile(r"""^individually,?\s+and(?:\s+as\b.*)?$""", re.I | re.VERBOSE)
#: A courtesy title before a printed name: "Mr. Jane Roe, President" reads "Jane Roe, ..."
HONORIFIC = regex_cache.compile(r"""^[ \t]*(?:Mr|Mrs|Ms|Dr)\.?[ \t]+""", re.VERBOSE)
#: A tag of an SGML table in a text filing, never a name: "<S>", "<C>", "<TABLE>", "<PAGE>"
SGML_TAG = regex_cache.compile(r"""<[A-Za-z/][^<>\n]{0,20}>""", re.VERBOSE)
#: A line holding only a date (a cell of the block, or the date over a "Date" caption):
#: "July 11, 2005", "Dated:  July 2, 2007", "March 24, 2009 (Date)", "1/22/97", "11 July 2005",
#: "March 16, 1994       ACME CORPORATION" (the date cell before a party's name); any style of
#: :data:`graphkit.dates.DATE_TEXT` ("July 11th, 2005", "2005-07-11", "11th day of July, 2005")
DATE_ONLY_LINE = regex_cache.compile(r"""
    ^[ \t|]*(?:Dated?:?[ \t]*)?(?P<v>""" + DATE_TEXT.pattern + r""")
    [ \t]*(?:\(Date\)[ \t]*$|$|(?=[ \t]{2}))
""", re.M | re.VERBOSE)
#: A gap between two cells of a line printed in columns: "Roe          By: /s/ John Doe"
COLUMN_GAP = regex_cache.compile(r"""[ \t]{2,}""", re.VERBOSE)
#: The gap before a second "/s/" cell of a line, after the first "/s/":
#: "/s/ Jane Roe          By: /s/ John Doe", "/s/ Jane Roe          /s/ John Doe" (matched
#: after the first "/s/")
SECOND_CELL = regex_cache.compile(r"""[ \t]{2,}(?=\S)(?=[^\n]*/s/)""", re.I | re.VERBOSE)
#: Words of a name that are not a person's (as
#: :data:`~graphkit.parsers.person_name_parts.NAME_PART` would read them), with the
#: column headings of a table of officers ("NAME", "POSITION WITH", "PRINCIPAL OCCUPATION",
#: "CITIZENSHIP") that may follow a signature; the second set
#: holds business and institution nouns that :func:`org_words` does not know ("Acme Worldwide",
#: "Acme Square", "Acme College")
NOT_PERSON_WORDS = frozenset({"AND", "OF", "THE", "FOR", "APPENDIX", "EXHIBIT", "ANNEX",
                              "SCHEDULE", "GROUP", "ITEM", "PAGE", "DATE", "NOTE", "SIGNATURE",
                              "CUSIP", "BY", "NAME", "TITLE", "WITH", "POSITION", "POSITIONS",
                              "OCCUPATION", "EMPLOYMENT", "CITIZENSHIP", "ADDRESS"}) | frozenset("""
    WORLDWIDE SQUARE ADVISORY RESEARCH TRADING RESOURCES SOLUTIONS PROPERTIES REALTY ENERGY
    MEDIA NETWORKS INSURANCE ACQUISITION ACQUISITIONS SCIENCES BIOSCIENCES BRANDS SOFTWARE
    COMMUNICATIONS HEALTHCARE PHARMA FINANCE LENDING INVESTING INVESTOR CREDIT ESTATE ESTATES
    COLLEGE UNIVERSITY INSTITUTE FELLOWS REGENTS SOCIETY ASSOCIATION
""".split())


#: A joining word or mark that ends a title wrapped onto the next line: "Associate Counsel and"
#: / "Assistant Secretary", "Executive Vice President" / "and Secretary"
TITLE_JOIN = regex_cache.compile(r"""(?:\b(?:and|of)|[&,])$|^(?:and|&)\s""", re.I | re.VERBOSE)
#: The rest of a title after its "and": a word and a title noun, "Investment Counsel", "Portfolio
#: Manager" (which :func:`is_title_line` takes for a firm's name for its "Investment")
TITLE_AFTER_AND = regex_cache.compile(r"""^[A-Z][a-z]+[ \t]+(?:Counsel|Officer|Manager|Director)$""")
#: A word a title never ends with, so it goes on on the next line: "Assistant Vice" /
#: "President", "Executive" / "Vice President"
TITLE_OPEN_END = regex_cache.compile(r"""\b(?:Vice|Executive|Assistant|Senior|Chief|Managing|General|Deputy
    |Associate)$""", re.VERBOSE)


def is_title_line(line: str) -> bool:
    """True when ``line`` holds only a signer's title: "Vice President/Chief Compliance
    Officer", "Attorney-in-Fact", "MANAGING MEMBER" (not a caption or a sentence).

    >>> is_title_line("Attorney-in-Fact"), is_title_line("Duly authorized under Power of Attorney")
    (True, False)
    >>> is_title_line("Acme Partners, L.P."), is_title_line("(Name/Title)")
    (False, False)
    >>> is_title_line("PRESIDENT AND FELLOWS OF ACME COLLEGE")
    False
    >>> is_title_line("Executive Vice President and Chief Financial Officer")
    True
    >>> is_title_line("Chairman of the Board"), is_title_line("Member of the Board of Directors")
    (True, True)
    """
    t = line.strip()
    if not t or len(t) > 80 or not TITLE_WORD.search(t):
        return False
    bare = OFFICER_PHRASE.sub("Officer", t) if "hief" in t or "HIEF" in t else t
    plain = OF_THE_BOARD.sub("", t) if "oard" in t or "OARD" in t else t
    if NOT_TITLE_WORD.search(plain.replace("/", " ")) or org_words(bare) or \
            INSTITUTION_WORD.search(t):
        return False  # a caption, a sentence or a party's name ("PRESIDENT AND FELLOWS OF ...")
    if "," in t and looks_like_person_name(t.split(",")[0]):
        return False  # "Jane Roe, President": a name and its title
    return t[0].isupper()


def looks_like_person_name(line: str) -> bool:
    """True when ``line`` is a person's name as typed in a signature block: two to five parts,
    each an initial, a capitalised word or a suffix ("JANE Q. ROE", "Jane Q. Roe, Jr.").

    >>> looks_like_person_name("Jane Q. Roe, Jr."), looks_like_person_name("ACME FUND, L.P.")
    (True, False)
    >>> looks_like_person_name("Acme Worldwide"), looks_like_person_name("Acme Square")
    (False, False)
    """
    t = clean_name(line)
    parts = t.replace(",", " ").split()
    if not 2 <= len(parts) <= 5 or org_words(t) or TITLE_WORD.search(t):
        return False
    return person_parts_fit(parts, NOT_PERSON_WORDS)  # also "José da Silva", "Jan van der Berg"


def split_name_title(value: str, signer: str) -> Optional[str]:
    """The title in ``value`` when it starts with the signer's name and a separator (",", "-",
    "/"), or when it is a title alone; else None.

    >>> split_name_title("Jane Q. Roe - Senior Vice President", "Jane Q. Roe")
    'Senior Vice President'
    >>> split_name_title("Attorney-In-Fact", "Jane Q. Roe")
    'Attorney-In-Fact'
    >>> split_name_title("John Doe, President", "Jane Q. Roe") is None
    True
    """
    v = clean_name(HONORIFIC.sub("", value))
    if signer and v.lower().startswith(signer.lower()):
        rest = v[len(signer):].lstrip()
        if rest[:1] in (",", "-", "/", "–"):
            rest = clean_name(rest[1:])
            return rest or None
        return None
    return v if is_title_line(v) else None


def split_repeated_name(text: str) -> tuple[str, str]:
    """A name printed twice in a row (the signature and the printed name of one table cell)
    and what follows it: ("Jane Roe", "President") for "Jane Roe Jane Roe President"; the text
    and "" when no name repeats.

    >>> split_repeated_name("Jane Q. Roe")
    ('Jane Q. Roe', '')
    """
    words = text.split()
    for k in range(2, len(words) // 2 + 1):
        if [w.lower() for w in words[:k]] == [w.lower() for w in words[k:2 * k]]:
            return " ".join(words[:k]), " ".join(words[2 * k:])
    return text, ""


def _cut(line: str, x: int) -> Optional[int]:
    """Where ``line`` splits into a left and a right cell at about column ``x`` (the start of
    the right cell), len(line) when it ends before, None when a word runs across ``x`` and no
    gap follows it within :data:`OVERFLOW` characters.

    A left cell may run a few characters into the right column ("EXECUTIVE VICE PRESIDENT AND
    CFO   SECRETARY"): it stays whole, and the right cell starts after the gap.

    >>> _cut("Jane Roe          John Doe", 18), _cut("Jane Roe", 18), _cut("Jane Roe, Esq.", 6)
    (18, 8, None)
    >>> line = "Senior Managing Director   Secretary"
    >>> line[_cut(line, 18):]
    'Secretary'
    """
    if len(line.rstrip()) <= x:
        return len(line)
    if line[x - 1] in " \t" and line[x] not in " \t":
        return x
    for m in COLUMN_GAP.finditer(line, 0, x + 1):  # the gap before the right cell
        if m.end() >= x - 6 and m.end() < len(line):
            return m.end()
    m = COLUMN_GAP.search(line, x)  # a left cell running into the right column
    if m and x < m.start() <= x + OVERFLOW and m.end() < len(line.rstrip()):
        return m.end()
    return None


#: How far (in characters) a left cell may run into the right column of a block printed side
#: by side and still be read as the left cell: "EXECUTIVE VICE PRESIDENT AND CFO   SECRETARY"
OVERFLOW = 12


def _cuts(line: str, xs: list[int]) -> Optional[list[int]]:
    """Where ``line`` splits at each column start of ``xs`` (see :func:`_cut`), None when a
    word runs across one of them."""
    out: list[int] = []
    for x in xs:
        c = _cut(line, x)
        if c is None:
            return None
        out.append(max(c, out[-1]) if out else c)
    return out


def _slash_s_columns(line: str) -> list[int]:
    """The columns where a second, third ... "/s/" cell of ``line`` starts:
    "By: /s/ Jane Roe     By: /s/ John Doe     By: /s/ Jim Poe" starts three cells."""
    low = line.lower()
    p = low.find("/s/")
    xs: list[int] = []
    while p != -1 and low.find("/s/", p + 3) != -1:
        gap = SECOND_CELL.search(line, p + 3)
        if gap is None:
            break
        xs.append(gap.end())
        p = low.find("/s/", gap.end())
    return xs


def _typed_columns(text: str, spans: list[tuple[int, int]], i: int) -> list[int]:
    """The columns where a second, third ... typed signer of ``spans[i]`` starts, when the line
    holds only persons' names in cells ("JOHN DOE      JANE ROE") and the next line of text
    splits at the same columns into their titles or their names again ("PRESIDENT
    SECRETARY"); else [] (a line of names alone is no block of signers)."""
    line = text[spans[i][0]:spans[i][1]]
    first = len(line) - len(line.lstrip())
    if not line[first:first + 1].isupper():
        return []
    gaps = list(COLUMN_GAP.finditer(line, first, len(line.rstrip())))
    if not gaps:
        return []
    xs = [m.end() for m in gaps]
    names = [line[a:b].strip() for a, b in zip([first] + xs, xs + [len(line)])]
    if not all(looks_like_person_name(n) for n in names):
        return []
    for a, b in spans[i + 1:i + 4]:
        nxt = text[a:b]
        if not nxt.strip() or not nxt.strip("-_ \t"):
            continue  # a blank line or a rule under the names
        cuts = _cuts(nxt, xs)
        if cuts is None:
            return []
        cells = [nxt[c:d].strip() for c, d in zip([0] + cuts, cuts + [len(nxt)])]
        ok = all(not c or is_title_line(c) or clean_name(c).lower() == clean_name(n).lower()
                 for c, n in zip(cells, names))
        return xs if ok and any(cells) else []
    return []


def column_segments(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` as (start, end) spans, with a block printed in columns
    ("By: /s/ Jane Roe          By: /s/ John Doe", or typed signers "JANE ROE      JOHN DOE"
    over their titles) read one column after the other, left to right.

    The block is every line around a line with two or more "/s/" cells (or typed signers) that
    splits at the columns of its cells without cutting a word, and the fields or titles under
    it (no blank line between) that run on from the left column into the right one.

    >>> t = "ACME FUND         ACME GP\\nBy: /s/ Jane Roe  By: /s/ John Doe\\nNote: one long line"
    >>> [t[a:b] for a, b in column_segments(t)]
    ['ACME FUND', 'By: /s/ Jane Roe', 'ACME GP', 'By: /s/ John Doe', 'Note: one long line']
    >>> t = "JANE ROE      JOHN DOE\\nPRESIDENT     SECRETARY"
    >>> [t[a:b] for a, b in column_segments(t)]
    ['JANE ROE', 'PRESIDENT', 'JOHN DOE', 'SECRETARY']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    slashes = text.lower().count("/s/") >= 2
    out: list[tuple[int, int]] = []
    i = done = 0  # spans[:done] are read as columns already
    while i < len(spans):
        a, b = spans[i]
        line = text[a:b]
        xs = _slash_s_columns(line) if slashes and "/s/" in line.lower() else []
        if not xs and "  " in line.strip():
            xs = _typed_columns(text, spans, i)
        if not xs:
            out.append((a, b))
            i += 1
            continue
        lo = i
        while lo > done and _cuts(text[spans[lo - 1][0]:spans[lo - 1][1]], xs) is not None:
            lo -= 1
        cuts = [(s, e, _cuts(text[s:e], xs)) for s, e in spans[lo:i + 1]]
        hi = i + 1
        while hi < len(spans):
            s, e = spans[hi]
            c = _cuts(text[s:e], xs)
            if c is None:
                # a field or title of the left column running into the right one, with no
                # blank line before it: "Title: Managing Member of the General Partner of ..."
                prev = text[spans[hi - 1][0]:spans[hi - 1][1]]
                row = text[s:e]
                if not prev.strip() or len(row) - len(row.lstrip()) >= xs[0] or \
                        not (FIELD_LINE.match(row.strip()) or is_title_line(row)):
                    break
                c = [len(row)] * len(xs)
            cuts.append((s, e, c))
            hi += 1
        del out[len(out) - (i - lo):]
        out.extend((s, s + len(text[s:s + c[0]].rstrip())) for s, e, c in cuts)
        for k in range(len(xs)):
            for s, e, c in cuts:
                left, right = c[k], c[k + 1] if k + 1 < len(c) else e - s
                if left < right and text[s + left:s + right].strip():
                    out.append((s + left, s + left + len(text[s + left:s + right].rstrip())))
        i = done = hi
    return out


#: A signature-block line that labels a field, never a party: "By:", "Name:", "Title", "Its"
FIELD_LINE = regex_cache.compile(r"""^(?:By|Name|Title|Its|Date)\b""", re.VERBOSE | re.IGNORECASE)
#: A line naming a capacity an entity holds for a party, or the signer's own, never the rest
#: of an officer's title wrapped after a comma (:func:`join_title`): "General Partner", "its
#: Managing Member", "Manager", "as Trustee", "Investment Adviser", "Individually"
ENTITY_CAPACITY_LINE = regex_cache.compile(r"""
    ^(?:(?:its|as)[ \t]+)?(?:the[ \t]+)?(?:sole[ \t]+)?
    (?:(?:managing[ \t]+)?general[ \t]+partner|managing[ \t]+member|member|manager
      |co-?trustee|trustee|investment[ \t]+(?:adviser|advisor|manager)|individually
      |attorney[- \t]in[- \t]fact)\b
""", re.VERBOSE | re.IGNORECASE)


def printed_title(line: str, signer: str) -> Optional[str]:
    """The title printed after the signer's name on ``line`` ("Jane Q. Doe, President",
    "Date  JANE Q. DOE, Trustee"), or None.

    The same as the group "t" of
    ``re.match(rf"^\\s*(?:Date\\s+)?{re.escape(signer)}\\s*,\\s*(?P<t>[^\\n]+?)\\s*$", line, re.I)``
    for a line without a newline. String comparisons replace that pattern (one for each signer,
    a compile in every filing): they decide alone where the name and "Date" are ASCII, where
    ``str.lower`` compares as the case-insensitive pattern does; elsewhere ("ſ" matches "s")
    the pattern decides.

    >>> printed_title("  Jane Q. Doe ,  Managing Member ", "JANE Q. DOE")
    'Managing Member'
    >>> printed_title("Date: Jane Doe, Trustee", "Jane Doe") is None
    True
    """
    if not signer or not signer.isascii() or signer[0].isspace() or "\n" in line:
        return _printed_title_pattern(line, signer)
    i = skip_spaces(line, 0)
    starts = [i]
    head = line[i:i + 4]
    if not head.isascii():
        return _printed_title_pattern(line, signer)
    if head.lower() == "date":
        j = skip_spaces(line, i + 4)
        if j > i + 4:
            starts.insert(0, j)  # "Date" and its space are taken first when the name follows
    low = signer.lower()
    for k in starts:
        seg = line[k:k + len(signer)]
        if not seg.isascii():
            return _printed_title_pattern(line, signer)
        if seg.lower() != low:
            continue
        c = skip_spaces(line, k + len(signer))
        if c == len(line) or line[c] != ",":
            continue
        t = skip_spaces(line, c + 1)
        if t < len(line):
            return line[t:len(line.rstrip())]  # the shortest title with only space after it
        if t > c + 1:
            return line[t - 1]  # only spaces after the comma: the title is the last of them
    return None


def _printed_title_pattern(line: str, signer: str) -> Optional[str]:
    m = re.match(rf"^\s*(?:Date\s+)?{re.escape(signer)}\s*,\s*(?P<t>[^\n]+?)\s*$", line, re.I)
    return m["t"] if m else None


def _next_content(lines: list[tuple[int, int, str]], i: int, span: int = 3) -> str:
    """The first line from ``lines[i]`` on that is neither blank nor a rule ("-----"), among
    the next ``span`` lines ("" when none)."""
    for _, _, nxt in lines[i:i + span]:
        n = nxt.strip()
        if n and n.strip("-_ \t"):
            return n
    return ""


def typed_signer(line: str, lines: list[tuple[int, int, str]], i: int) -> bool:
    """True when ``line`` is a signer typed without "/s/": a person's name over the same name
    printed under a rule ("Jane Roe" / "-----" / "Jane Roe"), or over a title ("JANE ROE" /
    "VICE PRESIDENT")."""
    if not looks_like_person_name(line):
        return False
    nxt = _next_content(lines, i)
    return clean_name(nxt).lower() == clean_name(line).lower() or is_title_line(nxt)


def join_title(lines: list[tuple[int, int, str]], j: int, s: int, title: str,
                block_end: int) -> tuple[str, int, int]:
    """``title`` with its wrapped rest from ``lines[j]`` (and the line after) when one of them
    joins the two ("Associate Counsel and" / "Assistant Secretary", "Executive Vice President"
    / "and Secretary") or the title is left open ("Assistant Vice" / "President"), and the
    index and end of the next line to read.

    >>> lines = [(0, 9, "Executive"), (10, 35, "Vice President and General"), (36, 43, "Counsel")]
    >>> join_title(lines, 1, 0, "Executive", 9)
    ('Executive Vice President and General Counsel', 3, 43)

    A comma ending the title's line as printed (``lines[j - 1]``) leaves it open too, though
    the title read from it lost it: "Title: Vice President," / "Secretary and Treasurer".

    >>> lines = [(0, 22, "Title: Vice President,"), (23, 46, "Secretary and Treasurer")]
    >>> join_title(lines, 1, 0, "Vice President", 22)
    ('Vice President, Secretary and Treasurer', 2, 46)

    A capacity after that comma (:data:`ENTITY_CAPACITY_LINE`) is not the title's rest.

    >>> join_title([(0, 22, "Title: Vice President,"), (23, 38, "General Partner")], 1, 0,
    ...            "Vice President", 22)
    ('Vice President', 1, 22)
    """
    for _ in range(2):  # "Executive" / "Vice President and General" / "Counsel"
        if j >= len(lines):
            break
        _, ne, nxt = lines[j]
        n = clean_name(nxt)
        comma = j > 0 and lines[j - 1][2].rstrip().endswith(",") and not title.endswith(",")
        joined = TITLE_JOIN.search(title) or TITLE_JOIN.search(n) or TITLE_OPEN_END.search(title)
        if comma and not joined and ENTITY_CAPACITY_LINE.match(n):
            break  # "Vice President," / "General Partner": a capacity, no more of the title
        if not (n and (joined or comma) and len(n) <= 60 and
                not FIELD_LINE.match(n) and
                (is_title_line(n) or n.lower().startswith(("and ", "& ")) or
                 (title.endswith((" and", "&")) and TITLE_AFTER_AND.match(n)))):
            break
        title, j, block_end = f"{title}{',' if comma else ''} {n}", j + 1, ne + s
    return title, j, block_end


def slash_title(line: str, signer: str) -> Optional[str]:
    """The title of "JANE ROE/MANAGING MEMBER" when the name is the signer's."""
    m = NAME_SLASH_TITLE.match(line)
    if m and signer and clean_name(m["name"]).lower() == signer.lower():
        return clean_name(m["title"]) or None
    return None
