"""The name cell of a cover page: the reporting person's name read from the region of row 1.

:func:`~graphkit.parsers.schedule13_cover.find_cover_pages` reads each row of a cover page from
the region after its label; the name row's region is split into cells (:func:`split_cells`) and
the first cell that looks like a name, not a margin word, a checkbox letter or the cover's own
instructions (:func:`looks_like_name_cell`), is the name, joined with its wrapped second line
(:func:`read_name_cell`). :func:`is_party_name` says whether a name read so is a party's name,
not debris, when torn cover fragments are merged.

Examples
--------
>>> from graphkit.source import SourceText
>>> text = "1. Names of Reporting Persons\\n\\n   Acme Capital Partners\\n   (Offshore), Ltd.\\n"
>>> read_name_cell(SourceText(path="x.txt", text=text), text, 29, len(text)).value
'Acme Capital Partners (Offshore), Ltd.'
>>> [c for _, _, c in split_cells("  (See Instructions)   Acme Fund, L.P.", 0)]
['(See Instructions)', 'Acme Fund, L.P.']
>>> looks_like_name_cell("(See Instructions)"), is_party_name("Acme Fund, L.P.")
(False, True)
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator, Optional

from graphkit import regex_cache
from graphkit.models import Reading
from graphkit.names import PartyKind, guess_kind, org_words
from graphkit.parsers.cue_search import fold_case
from graphkit.parsers.numbered_names import NUMBERED_NAME
from graphkit.parsers.officer_titles import WHOLE_OFFICER_TITLE
from graphkit.parsers.schedule13_joint_names import (PERSON_WITH_INITIAL, joint_parties,
                                                      two_persons)
from graphkit.parsers.schedule13_cover_patterns import (CAPTION_LEAD, CONSOLIDATED_SUFFIX,
                                                        DOTLESS_FORM_STOP,
                                                        DOUBLE_SPACED_REST, HEADING_WORD,
                                                        IRS_NUMBER_LINE, MARGIN_WORDS, NAME_CELL_LEAD,
                                                        NAME_ID_ANSWER, NAME_TERM_CELL,
                                                        FORMER_NAME_TAIL, PERSON_CAPACITY,
                                                        NAME_ID_SUFFIX, NAME_LINE_ABOVE,
                                                        NAME_NINE_DIGIT_ID,
                                                        OPEN_CAPACITY, SKIPPED_LINE_ABOVE,
                                                        SUB_LABEL, TRUST_NAME_LINE,
                                                        WRAPPED_LINE_MIN)
from graphkit.parsers.tab_stops import at_tab_stop
from graphkit.source import SourceText


#: Cell boundaries: a line break, two or more tabs or spaces. A single tab is OCR tearing a
#: word or name apart ("Delawa\tre", "Wronfield\tCan\toital Fund-V") and is read as a space,
#: unless a tax or file number follows it: "Acme Bank, NA.,\t943112180" is a name typed with a
#: tab, then its I.R.S. number (six or more digits and dashes, ending its cell: not "Acme CLO\t
#: 2006-1, Ltd.", a name torn by the tab, nor a date "Roe Trust dated\t01-01-2001"). A run of
#: spaces between two lower-case letters (group ``torn``) may be such a tab expanded to its
#: column stop (as an editor or a browser's <pre> shows it): "Wronfield Can     oital Fund-V";
#: :func:`split_cells` reads it as a space only where it ends at a tab stop ("Jane Roe    see
#: Item 2" elsewhere is two cells; a cell after a capital, a digit or a mark always opens)
_CELL_SPLIT = regex_cache.compile(r"""
    \t{2,} | \t(?=[ ]) | (?<=[ ])\t | (?<![a-z ])[ ]{2,}+ | (?<![ ])[ ]{2,}+(?![a-z])
  | (?P<torn>(?<=[a-z])[ ]{2,}+(?=[a-z])) | \s*\n\s*
  | \t(?=[0-9][0-9-]{5,}[ \t]*(?:$|\t|[ ]{2}|\n))
     (?![0-9]{1,2}-[0-9]{1,2}-(?:[0-9]{4}|[0-9]{2})(?![0-9-]))  # "01-01-2001": a date
""", re.VERBOSE | re.MULTILINE)


def split_cells(text: str, offset: int, column: int = 0) -> Iterator[tuple[int, int, str]]:
    """The cells of ``text`` as ``(start, end, cell)``, placed at ``offset``; made as they are
    asked for (readers stop at the first cell they can use). ``column`` is the screen column
    ``text`` opens at (a torn word's run of spaces ends at a tab stop: no cell boundary).

    >>> text = "Acme Can" + " " * 8 + "oital Fund-V   see Item 2"  # the run ends at column 16
    >>> [" ".join(c.split()) for _, _, c in split_cells(text, 0)]
    ['Acme Can oital Fund-V', 'see Item 2']
    """
    pos = 0
    for m in _CELL_SPLIT.finditer(text + "\n"):
        if m["torn"] is not None and at_tab_stop(text, m.end(), column):
            continue  # a tab expanded inside a word: read as a space
        cell = text[pos:m.start()]
        s = len(cell) - len(cell.lstrip())
        cell = cell.strip().replace("\t", " ")
        if cell:
            yield offset + pos + s, offset + pos + s + len(cell), cell
        pos = m.end()


#: Three (ASCII) letters, anywhere in a cell: "Acme" has them, "1. A" has not. (A search stops
#: at the third letter; dropping every other character to count them cost a new string.)
THREE_LETTERS = regex_cache.compile(r"""[A-Za-z] (?:[^A-Za-z]*[A-Za-z]){2}""", re.VERBOSE)
#: A checkbox letter opening a cell: "(a)", "b)"
BOX_LETTER = regex_cache.compile(r"""^\(?[a-z]\)""", re.VERBOSE)
#: Words of the cover's own instructions in a cell (any case), never a name: "(See
#: Instructions)", "if a Member of a Group" (the rest of row 2's label); looked for in the cell
#: lower-cased (:func:`fold_case`): a case-insensitive search of them tries every position
INSTRUCTION_WORDS = ("instructions", "entities only", "identification", "check", "appropriate",
                     "member of a group")
#: Any of :data:`INSTRUCTION_WORDS` in a cell lower-cased: one case-sensitive search, which
#: skips ahead by their first letters
INSTRUCTION_WORD = regex_cache.compile("|".join(map(re.escape, INSTRUCTION_WORDS)))


def looks_like_name_cell(cell: str) -> bool:
    """True when ``cell`` (of a name row) can hold a name: it opens with a letter, "(" or "&",
    or is a company's name opening with a number (:data:`NUMBERED_NAME`), holds three letters,
    and is no margin word, checkbox letter or instruction of the cover.

    >>> looks_like_name_cell("Acme Capital Fund-V, L.P."), looks_like_name_cell("(a) [ ]")
    (True, False)
    >>> looks_like_name_cell("1867 ACME FINANCIAL CORPORATION"), looks_like_name_cell("1,000 Shares")
    (True, False)
    """
    # the cheapest test first: most cells that are no name open with a digit or a mark
    if not cell or not (cell[0].isalpha() or cell[0] in "(&" or
                        cell[0].isdigit() and NUMBERED_NAME.match(cell)):
        return False
    if not THREE_LETTERS.search(cell) or MARGIN_WORDS.match(cell):
        return False
    if BOX_LETTER.match(cell) or cell.startswith("["):
        return False
    return not INSTRUCTION_WORD.search(fold_case(cell))


def is_party_name(name: str) -> bool:
    """True when a cover-page name cell reads as a party name (not debris).

    >>> is_party_name("Acme Capital Fund-V, L.P."), is_party_name("(a) [ ]")
    (True, False)
    """
    return looks_like_name_cell(name) and (bool(org_words(name)) or
                                           guess_kind(name) is PartyKind.PERSON or len(name) > 6)


def without_lead(cell: tuple[int, int, str]) -> tuple[int, int, str]:
    """A cell without the punctuation that opens it after a label (:data:`NAME_CELL_LEAD`).

    >>> without_lead((10, 30, ": Acme Corp. |"))
    (12, 30, 'Acme Corp. |')
    """
    s, e, text = cell
    m = NAME_CELL_LEAD.match(text)
    return (s + m.end(), e, text[m.end():]) if m else cell


#: How the wrapped second line of a name opens: "(Offshore), Ltd.", "LLC", "& Co.", a word in
#: lower case
#: A word broken at the end of a line by a hyphen, its rest on the next: "ACME LIFE SCI-"
#: (a scan or a typist's hyphenation; not a dash after a space)
HYPHENATED_END = regex_cache.compile(r"""[A-Za-z]-\s*$""", re.VERBOSE)
_CONTINUATION = regex_cache.compile(r"""^(?:\(|L\.?\s?[LP]|Inc|Ltd|Limited|LLC|Corp|&|[a-z])""", re.VERBOSE)


def read_name_cell(src: SourceText, clean: str, start: int, end: int) -> Optional[Reading]:
    """The first name-like cell of a region (joined with a wrapped second line). A lone
    sub-label before it (:data:`SUB_LABEL`, "(a) Jane Q. Roe") is blanked; of two or more
    ("(a) Acme Fund  (b) Acme GP") none is, and no name is read: the page is not one person's.
    Two names on lines of their own, one under the other, that name two parties (each
    opening its line after a sub-label or none: "(a) Jane Q. Roe" / "(b) John A. Doe", see
    :func:`_stacked_pair`) are read as the one cover name "Jane Q. Roe and John A. Doe", as
    other filers print it on one line: each reports the cover's numbers.

    >>> text = "(entities only) (a) Jane Q. Roe\\n"
    >>> read_name_cell(SourceText(path="x.txt", text=text), text, 15, len(text)).value
    'Jane Q. Roe'
    >>> text = "(entities only) (a) Acme Fund, L.P. (b) Acme GP LLC\\n"
    >>> read_name_cell(SourceText(path="x.txt", text=text), text, 15, len(text)) is None
    True
    >>> text = "\\n   (a) Jane Q. Roe\\n   (b) John A. Doe\\n"
    >>> read_name_cell(SourceText(path="x.txt", text=text), text, 0, len(text)).value
    'Jane Q. Roe and John A. Doe'
    """
    region = clean[start:end]
    paired = False  # two sub-labels, each opening its line: a name only of the two together
    if "(" in region:
        subs = list(islice(SUB_LABEL.finditer(region), 3))
        paired = len(subs) == 2 and all(_opens_line(region, m.start()) for m in subs)
        for m in subs if len(subs) == 1 or paired else ():
            region = region[:m.start()] + " " * (m.end() - m.start()) + region[m.end():]
    blanked = clean if not paired else clean[:start] + region + clean[end:]  # labels blanked
    column = start - (clean.rfind("\n", 0, start) + 1)
    cells = list(islice((c for c in map(without_lead, split_cells(region, start, column))
                         if looks_like_name_cell(c[2])), 3))
    if not cells:
        return None
    s, e, name = cells[0]
    line_end = clean.find("\n", e, end)
    rest = clean[e:end if line_end == -1 else line_end]
    # "JANE  Q.  ROE": spaced by two spaces throughout, never "Acme Capital LP  Delaware"
    if " " not in name and rest.startswith("  ") and DOUBLE_SPACED_REST.match(rest):
        e += len(rest.rstrip())
        cells = [cells[0]] + [c for c in cells[1:] if c[0] >= e]
    elif "(" in rest and NAME_TERM_CELL.match(rest):  # 'ACME FUND, L.P.  (the "Fund")'
        e += len(rest.rstrip())
        cells = [cells[0]] + [c for c in cells[1:] if c[0] >= e]
    elif rest.strip() and TRUST_NAME_LINE.match(name + rest):
        e += len(rest.rstrip())  # "Roe Family Trust dated" + "    01-01-2001": a tab expanded
        cells = [cells[0]] + [c for c in cells[1:] if c[0] >= e]
    name = src.text[s:e].replace("\t", " ")
    for s2, e2, nxt in cells[1:2]:
        between = src.text[e:s2]
        line_start = src.text.rfind("\n", 0, s2)
        first_of_line = not blanked[line_start + 1:s2].strip()
        joined_line = between.count("\n") == 1 and first_of_line
        if joined_line and nxt[:1].isalpha() and HYPHENATED_END.search(name):
            name, e = f"{name.rstrip()[:-1]}{src.text[s2:e2]}", e2  # "ACME LIFE SCI-" / "ENCES"
        elif joined_line and (_CONTINUATION.match(nxt) or name.rstrip().endswith((",", "&", " of",
                                                                                   " and"))
                              or _wraps_capacity(src.text, s, s2, name, nxt)):
            name, e = f"{name} {src.text[s2:e2]}", e2
        elif joined_line and _stacked_pair(blanked, (s, e, name), cells[1], cells[2:],
                                           labelled=paired):
            name, e, paired = f"{name} and {nxt}", e2, False
    if paired:
        return None  # "(a) Acme Fund" / "(b) Jane Roe, Trustee": no one name of the page
    name = without_run_on(" ".join(name.split()))
    if "-" in name:  # every NAME_ID_SUFFIX holds a "-"
        name = NAME_ID_SUFFIX.sub("", name)
    elif name[-1:].isdigit():
        name = NAME_NINE_DIGIT_ID.sub("", name)
    if "," in name:
        name = CONSOLIDATED_SUFFIX.sub("", name)
    name = name.strip(" ;:,|")
    if name.endswith("."):
        stop = DOTLESS_FORM_STOP.search(name)  # "ACME BANK, NA.": the cell's stop
        name = name[:stop.start("stop")] if stop else name
    if not looks_like_name_cell(name):
        return None
    return Reading(field="name", raw=src.text[s:e], value=name,
                   evidence=src.evidence(s, e, section="cover page"))


def without_run_on(name: str) -> str:
    """A cover name without what its cell prints under it and a table's cell reads on the
    same line (an HTML ``<br>`` is a space): the I.R.S. number row's answer
    (:data:`NAME_ID_ANSWER`), a former name (:data:`FORMER_NAME_TAIL`), and a person's
    title or capacity (:data:`PERSON_CAPACITY`, an officer's title) after a person's name
    with an initial.

    >>> without_run_on("Yusuf K. Demir Not Applicable"), without_run_on("Jane Q. Roe Managing Member")
    ('Yusuf K. Demir', 'Jane Q. Roe')
    >>> without_run_on("Acme GP I, L.L.C. F/K/A Acme GP, LLC")
    'Acme GP I, L.L.C.'
    >>> without_run_on("Acme General Partner, LLC"), without_run_on("Jane Q. Roe Trustee")
    ('Acme General Partner, LLC', 'Jane Q. Roe Trustee')
    """
    low = name.lower()
    if "n/a" in low or "appl" in low or "omitted" in low or "required" in low:
        name = NAME_ID_ANSWER.sub("", name)
    if "f/k/a" in low or "formerly" in low:
        cut = FORMER_NAME_TAIL.sub("", name)
        name = cut if looks_like_name_cell(cut) else name
    words = name.split()
    for i in range(2, len(words)):  # "Jane Q. Roe" + "Chief Executive Officer", the longest
        person, title = " ".join(words[:i]), " ".join(words[i:])
        if (PERSON_CAPACITY.match(title) or WHOLE_OFFICER_TITLE.match(title)) \
                and PERSON_WITH_INITIAL.match(person):
            return person
    return name


def _opens_line(text: str, at: int) -> bool:
    """Whether only spaces stand between the start of its line and ``text[at]``."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


def _column(text: str, at: int) -> int:
    """The column of ``text[at]`` on its line."""
    return at - (text.rfind("\n", 0, at) + 1)


def _stacked_pair(clean: str, first: tuple[int, int, str], second: tuple[int, int, str],
                  after: list[tuple[int, int, str]], labelled: bool = False) -> bool:
    """Whether the name cells ``first`` and ``second`` (of ``clean``, on two lines in a row)
    are two parties' names printed one under the other: each is the whole of its line, in the
    same column; no third name stands under them (three names are no pair); and "first and
    second" names two parties (:func:`~graphkit.parsers.schedule13_joint_names.two_persons`,
    :func:`~graphkit.parsers.schedule13_joint_names.joint_parties`), not one firm's name
    written on two lines. Without sub-labels ("(a)", "(b)", ``labelled``) the second line
    may be anything printed under a name ("Not Applicable", "Managing Member", a firm's
    name): only two persons of one surname are read as a pair (a couple, as filers print
    them).

    >>> t = "  Jane Q. Roe\\n  John A. Roe\\n"
    >>> _stacked_pair(t, (2, 13, "Jane Q. Roe"), (16, 27, "John A. Roe"), [])
    True
    >>> t = "  Jane Q. Roe\\n  John A. Doe\\n"
    >>> _stacked_pair(t, (2, 13, "Jane Q. Roe"), (16, 27, "John A. Doe"), [])
    False
    >>> _stacked_pair(t, (2, 13, "Jane Q. Roe"), (16, 27, "John A. Doe"), [], labelled=True)
    True
    >>> t = "  Acme Research\\n  Management Inc.\\n"
    >>> _stacked_pair(t, (2, 15, "Acme Research"), (18, 33, "Management Inc."), [])
    False
    """
    (s, e, name), (s2, e2, nxt) = first, second
    if clean[e:s2].strip() or _column(clean, s) != _column(clean, s2):
        return False
    line_end = clean.find("\n", e2)
    if clean[e2:len(clean) if line_end == -1 else line_end].strip():
        return False  # more on the second name's line: no name of its own
    if after and after[0][0] == clean.find("\n", e2) + 1 + _column(clean, s) \
            and _opens_line(clean, after[0][0]):
        return False
    joined = f"{name} and {nxt}"
    pair = two_persons(joined)
    if labelled:
        return pair is not None or joint_parties(joined) is not None
    return pair is not None and pair[0].split()[-1].lower() == pair[1].split()[-1].lower()


def read_name_above(src: SourceText, clean: str, label: int, floor: int = 0
                    ) -> Optional[Reading]:
    """The name printed on a line of its own just above the row-1 caption at ``label`` (not
    before ``floor``), for a cover whose name row is empty: blank lines and rules may stand
    between (:data:`SKIPPED_LINE_ABOVE`), and the name's I.R.S. number must
    (:data:`IRS_NUMBER_LINE`), else a page heading above the caption (the issuer's name,
    "Common Stock") would be read; the line above the name must be blank, a rule or the page's
    heading (blanked in ``clean``), so the name is no paragraph's last line; and it must read as
    a party's name (:data:`NAME_LINE_ABOVE`).

    >>> text = ("\\nAcme Investments, Ltd. and Jane Q. Roe\\n00-000000\\n"
    ...         "______\\n1.   NAME OF REPORTING PERSONS\\n")
    >>> read_name_above(SourceText(path="x.txt", text=text), text, text.index("NAME")).value
    'Acme Investments, Ltd. and Jane Q. Roe'
    >>> text = "the shares held by\\nAcme Investments, Ltd.\\n1. NAME OF REPORTING PERSONS\\n"
    >>> read_name_above(SourceText(path="x.txt", text=text), text, text.index("NAME")) is None
    True
    >>> text = "\\n        Beta Systems, Inc.\\n______\\n1.   NAME OF REPORTING PERSONS\\n"
    >>> read_name_above(SourceText(path="x.txt", text=text), text, text.index("NAME")) is None
    True
    """
    line_start = clean.rfind("\n", floor, label) + 1
    if not line_start or not CAPTION_LEAD.match(clean[line_start:label]):
        return None
    end = line_start - 1  # the end of the line above
    numbered = False  # an I.R.S. number passed over
    for _ in range(5):
        start = clean.rfind("\n", floor, end) + 1
        line = clean[start:end]
        if SKIPPED_LINE_ABOVE.match(line):
            numbered = numbered or IRS_NUMBER_LINE.match(line) is not None
            if not start:
                return None
            end = start - 1
            continue
        m = NAME_LINE_ABOVE.match(line)
        if m is None or not numbered or HEADING_WORD.search(m["name"]) \
                or not _party_like(m["name"]):
            return None
        above = clean[clean.rfind("\n", floor, max(start - 1, 0)) + 1:max(start - 1, 0)]
        if start and not SKIPPED_LINE_ABOVE.match(above):
            return None
        s, e = start + m.start("name"), start + m.end("name")
        return Reading(field="name", raw=src.text[s:e], value=m["name"],
                       evidence=src.evidence(s, e, section="cover page"))
    return None


def _party_like(name: str) -> bool:
    """Whether a line read above the caption is a party's name: a company's (a word of one)
    or a person's.

    >>> _party_like("Acme Investments, Ltd."), _party_like("Jane Q. Roe"), _party_like("Notes")
    (True, True, False)
    """
    return is_party_name(name) and (bool(org_words(name)) or guess_kind(name) is PartyKind.PERSON)


def _wraps_capacity(text: str, s: int, s2: int, name: str, nxt: str) -> bool:
    r"""Whether the name cell ``name`` at ``text[s:]`` wraps onto the cell ``nxt`` at ``s2``,
    on the next line: the name runs long (:data:`WRAPPED_LINE_MIN`) and ends inside a capacity
    phrase (:data:`OPEN_CAPACITY`), and the next line starts with a capital in the same column.

    >>> t = ("  Acme Bank of North Carolina, N.A., as Trustee for the M.A.\n"
    ...      "  Roe Company Associates Ownership Trust\n")
    >>> first = t[2:t.index("\n")]
    >>> _wraps_capacity(t, 2, t.index("Roe"), first, "Roe Company")
    True
    >>> _wraps_capacity(t, 2, t.index("Roe") + 1, first, "oe Company")
    False
    """
    if not nxt[:1].isupper():
        return False
    m = OPEN_CAPACITY.search(name)
    if m is None:
        return False
    if len(name) < WRAPPED_LINE_MIN and m["bare"].strip(" \t") \
            and not _ends_trust_name(m[0], nxt):
        return False  # a short line ends a name, unless it ends on "for": "..., as Trustee for"
    return s - (text.rfind("\n", 0, s) + 1) == s2 - (text.rfind("\n", 0, s2) + 1)


def _ends_trust_name(capacity: str, nxt: str) -> bool:
    """Whether the next line ``nxt`` ends the trust's name that a trustee's ``capacity``
    phrase ("as Trustee of the Roe", at the end of a short line) opens: the phrase holds no
    "Trust" of its own and the line ends on "Trust" (:data:`TRUST_NAME_LINE`), so neither
    line is a name alone.

    >>> _ends_trust_name(", as Trustee of the Roe", "Family Trust dated June 1, 1995")
    True
    >>> _ends_trust_name(", as Trustee of the Roe Trust", "Family Trust")   # ended
    False
    >>> _ends_trust_name(", as Custodian for Jane", "Roe Family Trust")   # no trustee
    False
    >>> _ends_trust_name(", as Trustee of the Roe", "Acme Trust Company")   # no trust's name
    False
    """
    words = capacity.lower().replace(".", " ").split()
    return any(w.endswith(("trustee", "trustees")) for w in words) and "trust" not in words \
        and TRUST_NAME_LINE.match(nxt) is not None
