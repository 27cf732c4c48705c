"""Signature blocks of text filings: who signed, for whom, in what capacity, and when.

A block prints the names of the parties signing (often in capitals), then ``By:`` lines that
walk down a chain of general partners ("By: MR & Associates, its general partner"), then
``/s/ Name`` with the printed name and title. :func:`read_signatures` returns one
:class:`~graphkit.models.Signature` per signature, and the chain as
:class:`~graphkit.parsers.prose.ProseFinding` items.

A signature is a ``/s/`` line (or a name typed between slashes: "--//Jane Q. Roe//--"), a conformed one ("Signature:  Jane Q. Roe", "By: Jane Q. Roe,
Vice President") or a typed name over its printed twin or its title. The title may sit under
the printed name with no label, after a slash ("JANE ROE/MANAGING MEMBER") or in a
"Name/Title:" field; blocks printed side by side are read one column after the other
(:mod:`graphkit.parsers.signature_printed` reads one signature from its anchor line on,
:mod:`graphkit.parsers.signature_lines` the single lines; what a signature line and the
capacity lines under it say of the signer, :mod:`graphkit.parsers.signature_capacity`: "/s/
Jane Roe, by John Doe, Attorney-in-Fact", "Vice President, Acme Inc."). Where the section is and
its date (the first block's own, not a date of the certification sentence or of an exhibit after
it) are found by :mod:`graphkit.parsers.signature_section`; the relations a block states, and
the :class:`~graphkit.parsers.signature_findings.SignatureSection` that holds what is read, are
in :mod:`graphkit.parsers.signature_findings`.

Examples
--------
>>> from graphkit.source import SourceText
>>> t = ("SIGNATURE\\n\\nDate: February 4, 2014\\n\\nACME CAPITAL MANAGEMENT V, L.L.C\\n\\n"
...      "/s/ Jane Q. Doe\\n\\nJane Q. Doe\\n\\nACME FUND-V, L.P.\\nBy: Acme Capital Management V, "
...      "L.L.C., its general partner\\nBy: /s/ Jane Q. Doe\\nTitle: Managing Member\\n")
>>> sec = read_signatures(SourceText(path="x.txt", text=t))
>>> [(s.signer, s.title, s.date.isoformat(), s.on_behalf_of) for s in sec.signatures]
... # doctest: +NORMALIZE_WHITESPACE
[('Jane Q. Doe', None, '2014-02-04', ['ACME CAPITAL MANAGEMENT V, L.L.C']),
 ('Jane Q. Doe', 'Managing Member', '2014-02-04', ['ACME FUND-V, L.P.'])]
>>> [(f.relation.value, f.holder, f.held) for f in sec.findings]
... # doctest: +NORMALIZE_WHITESPACE
[('general_partner_of', 'Acme Capital Management V, L.L.C.', 'ACME FUND-V, L.P.'),
 ('managing_member_of', 'Jane Q. Doe', 'Acme Capital Management V, L.L.C.')]
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from graphkit import regex_cache
from graphkit.dates import DATE_TEXT, find_dates
from graphkit.names import clean_name, org_words
from graphkit.parsers.partybook import looks_like_name
from graphkit.parsers.prose import role_relations
from graphkit.parsers.signature_bare_marks import BARE_MARK, printed_under_mark
from graphkit.parsers.signature_by_links import by_entity, by_name_role
from graphkit.parsers.signature_capacity import slashed_signer
from graphkit.parsers.signature_captions import (captioned_signer, is_signature_caption,
                                                 same_signer)
from graphkit.parsers.signature_findings import (SignatureSection, add_block_findings,
                                                 add_printed_block, sign_for_earlier)
from graphkit.parsers.signature_lines import (  # noqa: F401  (printed_title re-exported)
    BY_NAME_ROLE, FIELD_LINE, NAME_TITLE_LINE, SGML_TAG, SIGNATURE_NAME, column_segments,
    is_title_line, looks_like_person_name, printed_title, typed_signer)
from graphkit.parsers.signature_names import (by_name_goes_on, continues_name, join_lines,
                                               unclosed_cut)
from graphkit.parsers.signature_neighbours import (by_follows, captioned_party,
                                                   name_title_caption_next, role_goes_on,
                                                   signature_next, slashed_next)
from graphkit.parsers.signature_roles import (  # noqa: F401  (re-exported)
    AS_ROLE_OF, BY_CAPACITY, Acting, BY_CAPACITY_OPEN, BY_LINE, BY_PARTY, CAPACITY_NEXT, CONTROL_TITLE,
    LIST_AND, NAME_CAPACITY_NEXT, ROLE_NEXT, TITLE_SEPARATOR, capacity_findings, entity_role_next,
    is_control_title, split_printed_run, trim_title)
from graphkit.parsers.signature_role_first import role_first_line
from graphkit.parsers.signature_printed import (  # noqa: F401  (re-exported)
    NAME_LINE, NAME_SUFFIX, PRINTED_LINES, TITLE_ITS, TITLE_LINE, read_signature)
from graphkit.parsers.signature_section import (  # noqa: F401  (re-exported)
    CERTIFICATION_CUE, DATE_LINE, HEADING_CUES, PROSE_LINE, SECTION_END, SECTION_END_CUES,
    SIGNATURE_HEADING, SLASH_S, _continues_sentence, _section_date, find_signature_section,
    labelled_date)
from graphkit.parsers.cue_search import fold_case
from graphkit.parsers.signature_layout import entities_below
from graphkit.parsers.signature_tab_columns import tab_column_segments
from graphkit.parsers.signature_table import table_segments
from graphkit.source import SourceText

#: A date cell printed before a party name on one line: "Dated:  July 2, 2007      ACME, LLC",
#: "DATED: JULY 2, 2007      ACME, LLC", "March 16, 1994      ACME CORPORATION", or as a
#: cell of an HTML table row: "Date: May 1, 2010 | Acme, Inc."; a tab alone parts the cells as
#: a run of spaces does: "Dated: July 2, 2007<TAB>ACME, LLC"; the date in any style of
#: :data:`graphkit.dates.DATE_TEXT`: "16 March 1994      ACME CORPORATION", "1/5/00    ACME LP",
#: with no later cell of the line a number or amount, nor "$4.50" or "4,000" in it, unless written
#: "March 16, 1994" (rows of trades "1/5/00   Market Purchase   4,000", "1/5/00   Sold 4,000
#: shares" are no date cells; "2/14/01   ACME  2000 FUND, L.P." and "2/18/00   ACME FUND   $"
#: are: a digit inside the name, a lone "$", is no number's cell)
DATE_CELL = regex_cache.compile(r"""
    ^[ \t]*(?:Dated?:?[ \t]*)?
    (?:[A-Z][A-Za-z]+\.?[ \t]+\d{1,2},[ \t]*\d{4}
      |(?:""" + DATE_TEXT.pattern + r""")
       (?![^\n]*(?:(?:[ \t]{2}|\t)[ \t]*\$?[ \t]*\d[\d,.]*[ \t]*(?:[ \t]{2}|\t|\n|$)
         |\$[ \t]*\d|(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,]))))
    (?:(?=(?:[ \t]{2,}|\t)\S)|[ \t]*\|(?=[ \t]*\S))
""", re.I | re.VERBOSE)
#: The rest of a party name wrapped onto the next line of a signature block: "(OFFSHORE), LTD.",
#: "LP" (after "ACME FUND II (QP),")
NAME_CONTINUATION = regex_cache.compile(r"""
    ^[ \t]*(?:\([A-Za-z0-9 ]{1,20}\),?[ \t]*)?
    (?:(?:L\.?[ ]?P|L\.?[ ]?L\.?[ ]?C|LTD|Ltd|INC|Inc|LIMITED|Limited|CORP|Corp)\.?)?[ \t]*$
""", re.VERBOSE)
#: Where a run-together table row holds a second cell: "... its General Partner By: /s/ Jane",
#: "Name: Jane Doe Title: Managing Member" (or in capitals: "NAME: JANE DOE TITLE: ..."),
#: "Acme Gold Corporation /s/ Jane Roe" (the party's cell before the signature's; not after
#: "By", "By:" or "Signature:", nor after a note mark: "* By: /s/ John Doe"; nor one label
#: "Name & Title:", "Name and Title:"). The cells of an
#: HTML table row joined by " | " are parted first
#: (:func:`~graphkit.parsers.signature_table.table_segments`).
INNER_CELL = regex_cache.compile(r"""
    (?<=[^\s*])(?<![&/])(?<!\band)(?<!\bAND)[ \t]+(?=(?:By|BY|Title|TITLE|Name|NAME):)
  | (?<=[A-Za-z.,)])(?<!\bBy)(?<!\bBY)(?<!\bby)[ \t]+(?=/[sS]/)
""", re.VERBOSE)
#: What stands right after every :data:`INNER_CELL` match (its look-ahead's literals): a
#: segment without one has no second cell. A search for these skips ahead by their first
#: characters; :data:`INNER_CELL`, whose branches open with look-behinds and blanks, is tried at
#: every position and gives back each blank of a deep indent one by one.
INNER_CELL_CUE = regex_cache.compile(r"""(?:By|BY|Title|TITLE|Name|NAME):|/[sS]/""", re.VERBOSE)
#: Where a "By" line goes on to the next link of its chain, or to the signature, after a
#: comma: ", by its general partner, " of "By its investment advisor, Acme Advisors, Inc., by
#: its general partner, Acme GP LLC", ", by /s/" of "By its general partner, Acme GP, L.P., by
#: /s/ John Doe" (each part is read as a line of its own, the comma dropped; looked for only in
#: a line opening with "By")
BY_CHAIN_LINK = regex_cache.compile(r"""
    [ \t]*,[ \t]*(?=(?i:by):?[ \t]+(?:(?i:its|their)[ \t]|/[sS]/))
""", re.VERBOSE)
#: Words of the prose around signatures, never a signing party's name (anywhere in a line,
#: any case), and the words of :data:`BOILERPLATE` that are not plain literals.
BOILERPLATE_WORDS = (
    "undersigned", "certif", "reasonable", "inquiry", "knowledge", "belief", "executed",
    "behalf", "attorney", "pursuant", "signature", "statement", "correct", "complete",
    "foregoing", "cusip", "exhibit", "schedule",
)
#: Any of :data:`BOILERPLATE_WORDS` in a line lower-cased (:func:`fold_case`): one search of
#: literals, which the regex engine skips to by their first letters
BOILERPLATE_WORD = regex_cache.compile("|".join(BOILERPLATE_WORDS))
#: "page" as a word: "Page 7", not "Pagemaster"
PAGE_WORD = regex_cache.compile(r"""\bpage\b""", re.I | re.VERBOSE)
#: A line of the prose around signatures: one of :data:`BOILERPLATE_WORDS`, "page" as a word,
#: or "Date" opening the line: "I certify that...", "Page 9 of 9", "Date: May 1, 2000"
BOILERPLATE = regex_cache.compile("|".join(BOILERPLATE_WORDS) + r"|\bpage\b|^date", re.I)


def is_boilerplate(line: str) -> bool:
    """``BOILERPLATE.search(line)``, with its literal words looked for in the line
    lower-cased (:func:`fold_case` turns every character that the pattern matches to a letter
    of a word into that letter) by a case-sensitive search, which skips ahead by their first
    letters: a case-insensitive one tries its alternatives at every position.

    >>> is_boilerplate("ACME FUND, L.P."), is_boilerplate("I CERTIFY"), is_boilerplate("Page 3")
    (False, True, True)
    """
    low = fold_case(line)
    if BOILERPLATE_WORD.search(low) or low.startswith("date"):
        return True
    return "page" in low and PAGE_WORD.search(line) is not None


def _is_party_line(line: str) -> bool:
    line = clean_name(line)
    if not line or len(line) > 90 or is_boilerplate(line) or line.startswith(("/", "(")):
        return False
    if "<" in line and SGML_TAG.search(line):
        return False  # "<S> <C>": the column tags of an SGML table
    if "\\" in line:
        return False  # "S\\JANE Q. ROE": a conformed signature, not a party's name
    if PROSE_LINE.search(line):
        return False  # a sentence, or a line cut from one
    if FIELD_LINE.match(line) or not looks_like_name(line):
        return False  # also "a Texas limited partnership" under the entity's name
    if DATE_TEXT.fullmatch(line.rstrip(". ")):
        return False  # "JANUARY 27, 1998": a date in capitals over the parties' names
    return bool(org_words(line)) or (line.isupper() and len(line.split()) >= 2)


def _split_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines of ``text`` as (start, end, line), with the cells of an HTML table row parted
    (:func:`~graphkit.parsers.signature_table.table_segments`), cells run together put back on
    lines of their own ("By: Acme GP, LLC, its General Partner By: /s/ Jane Doe"),
    and blocks printed side by side read one column after the other
    (:func:`~graphkit.parsers.signature_lines.column_segments`).

    >>> [t for _, _, t in _split_lines("By: Acme GP, its General Partner By: /s/ Jane Doe\\nx")]
    ['By: Acme GP, its General Partner', 'By: /s/ Jane Doe', 'x']
    >>> [t for _, _, t in _split_lines("By its adviser, Acme LLC, by its manager, Acme GP LLC")]
    ['By its adviser, Acme LLC', 'by its manager, Acme GP LLC']
    """
    out: list[tuple[int, int, str]] = []
    for pos, end in table_segments(text, tab_column_segments(text, column_segments(text))):
        # a cut never spans a line break ("[ \t]+" before "By:" or "/s/")
        seg = text[pos:end]
        cuts = list(INNER_CELL.finditer(text, pos, end)) \
            if INNER_CELL_CUE.search(text, pos, end) else []
        # "By its adviser, A, by its GP, B" (every BY_CHAIN_LINK holds a comma)
        if "," in seg and seg.lstrip(" \t|")[:2].lower() == "by":
            cuts = sorted(cuts + list(BY_CHAIN_LINK.finditer(text, pos, end)),
                          key=lambda m: m.start())
        for m in cuts:
            if m.start() < pos:
                continue  # within a cut taken already
            out.append((pos, m.start(), text[pos:m.start()]))
            pos = m.end()
        out.append((pos, end, text[pos:end] if cuts else seg))
    return out


def _signed_already(sec: SignatureSection, typed: str, pending: list[str]) -> bool:
    """True when ``typed`` (a captioned signer's line) prints again the name of the last
    signature read, with no party named between: the printed name under its own "/s/",
    spelled the same or a little differently ("/s/ Jane Roe" / "Jane Q. Roe, President",
    :func:`~graphkit.parsers.signature_captions.same_signer`)."""
    if pending or not sec.signatures:
        return False
    last = sec.signatures[-1].signer
    if typed.lower().startswith(last.lower()):
        return True
    run = split_printed_run(typed) if "," not in typed else None
    name = run.name if run is not None else typed.partition(",")[0]
    return same_signer(name, last)


def _firm_typed(typed: str, is_firm: Optional[Callable[[str], bool]]) -> bool:
    """True when ``typed`` (a captioned signer's line) names a reporting person that is an
    organization (``is_firm``), alone or run together with a title ("Acme Sachs Director"):
    a firm's name with no word of a business's name, the party signed for.

    >>> _firm_typed("Acme Sachs", lambda n: n == "ACME SACHS".title())
    True
    >>> _firm_typed("Jane Q. Roe, President", lambda n: False), _firm_typed("Jane Roe", None)
    (False, False)
    """
    if is_firm is None:
        return False
    run = split_printed_run(typed) if "," not in typed else None
    name = run.name if run is not None else typed.partition(",")[0].strip()
    return is_firm(name) or is_firm(typed)


def _titled_under(lines: list, i: int, signer: str) -> bool:
    """Whether the line after ``lines[i]`` (a "/s/" line) prints ``signer``'s name with a
    title: "Jane Roe, Chief Executive Officer" (that title wins over one typed above).

    >>> _titled_under([(0, 0, "/s/ Jane Roe"), (0, 0, "Jane Roe, President")], 0, "Jane Roe")
    True
    >>> _titled_under([(0, 0, "/s/ Jane Roe"), (0, 0, "Name: Jane Roe")], 0, "Jane Roe")
    False
    """
    if i + 1 >= len(lines):
        return False
    name, comma, title = lines[i + 1][2].partition(",")
    return bool(comma and title.strip()) and same_signer(clean_name(name), signer)


def read_signatures(src: SourceText, start: int = 0,
                    is_firm: Optional[Callable[[str], bool]] = None,
                    day_first: Optional[bool] = None) -> SignatureSection:
    """Read the first signature section at or after ``start``.

    ``is_firm`` says whether a name is a reporting person's that is an organization: such a
    name under a "Signature" caption ("Signature" / "Acme Sachs", no word of a business's
    name) is the party signed for, not a typed signer (:func:`_firm_typed`). ``day_first``:
    the filing writes numeric dates day first, or (False) month first, or None: not known
    (:func:`graphkit.dates.numeric_order`, :func:`graphkit.dates.parse_date`).

    Returns an empty section (no signatures) when the filing has none.
    """
    span = find_signature_section(src, start)
    if span is None:
        return SignatureSection(start=start, end=start)
    s, e = span
    text = src.text
    sec = SignatureSection(start=s, end=e)
    first_end: Optional[int] = None  # where the first signature block ends
    pending: list[str] = []
    earlier: list[str] = []  # parties above whose own "By:" chain was read: signed for below
    chain_end = 0  # the index of the line after the last "By:" line of the chain
    unread_at, party_end = -1, 0  # the line after the last unread "By:" (no date), party line
    chain: list[tuple[str, str]] = []
    unknown_by = False
    acts: list[Acting] = []  # "ACME GP" / "as the General Partner of" / the funds under it
    open_sig: Optional[int] = None  # a "/s/" with no printed name: its block may follow it
    caption = False  # the line above is the caption of a signature blank: "Signature"
    captioned = -1  # the index of the line after a captioned signer's line
    block_start: Optional[int] = None  # where the block of the next signature begins
    typed_title: Optional[tuple[str, str]] = None  # "By: Jane Roe, Director" over her "/s/"
    pos = s
    lines = _split_lines(text[s:e])
    known: dict[str, bool] = {}  # line -> _is_party_line(line): a line is often asked twice

    def party_line(line: str) -> bool:
        if line not in known:
            known[line] = _is_party_line(line)
        return known[line]

    below = "/s/" in text[s:e] and entities_below(lines, party_line)  # "/s/ Jane Roe" / "Jane
    # Roe, President" / "Acme Energy, LLC": each party printed under its signer

    i = 0
    while i < len(lines):
        ls, le, line = lines[i]
        ls += s
        le += s
        i += 1
        if not line.strip():
            if not pending:
                open_sig = None  # "/s/ Jane Roe" / blank / "ACME GP, LLC": a block of its own
            continue  # a blank line: no "/s/", no "By:", no date cell, no party
        if is_signature_caption(line):
            caption = True  # "Signature" under a blank left empty: the printed name follows
            continue
        under_caption, caption = caption, caption and not line.strip(" \t-_=")  # a rule keeps it
        low = line.lower()
        anchor: Optional[tuple[str, Optional[str]]] = None  # (signer as typed, title)
        if "/s/" in low:  # the literal of SLASH_S
            sm = SLASH_S.match(line)
            anchor = (sm["name"], None) if sm else None
        elif "signature:" in low:  # "Signature:  Jane Q. Roe" (a conformed signature)
            nm = SIGNATURE_NAME.match(line)
            if nm and looks_like_person_name(nm["name"]):
                anchor = (nm["name"], None)
        elif "/" in line and (slashed := slashed_signer(line)):
            anchor = (slashed, None)  # "By:  --//Jane Q. Roe//--"
        if (anchor is None or not anchor[0].strip()) and "s/" in low and BARE_MARK.match(line) \
                and (under := printed_under_mark(lines, i)):
            anchor, i = (under[0], None), under[1]  # "By s/" / "Jane Q. Roe, Partner"
            le = lines[i - 1][1] + s
        # the "By:" patterns all open with "^[ \t|]*By" (any case): tried only on such lines
        if anchor is None and line.lstrip(" \t|")[:2].lower() == "by":
            if (first := role_first_line(line, lines[i][2] if i < len(lines) else "")):
                line, took = first  # "By its general partner, Acme GP, L.P.": the usual order
                i += took
            elif BY_CAPACITY_OPEN.match(line) and i < len(lines):
                line = line.rstrip() + " " + lines[i][2].strip()
                i += 1
            elif i < len(lines) and (whole := role_goes_on(line, lines[i][2])) is not None:
                line, i = whole, i + 1  # "By: Acme GP, LLC, its general" / "partner"
            elif BY_LINE.match(line) and i < len(lines) and NAME_CAPACITY_NEXT.match(lines[i][2]) \
                    and not (BY_LINE.match(lines[i][2]) and BY_CAPACITY.match(line)):
                # "LLC, its General Partner", "By Capital LLC, its ..." after "By: Stand" (not
                # "By Acme GP Holdings LLC, its ..." after "By: Acme GP, its general partner")
                line = line.rstrip() + " " + lines[i][2].strip()
                i += 1
            elif BY_LINE.match(line) and i < len(lines) and \
                    (role := entity_role_next(line, lines[i][2], chain[-1][0] if chain else
                                              pending[-1] if pending else "")):
                # "By: Acme GP, Inc." / "General Partner"
                line = f"{line.rstrip().rstrip(',')}, its {role}"
                i += 1
            elif BY_LINE.match(line) and i < len(lines) and CAPACITY_NEXT.match(lines[i][2]):
                cap = CAPACITY_NEXT.match(lines[i][2])
                line = f"{line.rstrip().rstrip(',')}, {cap['w']} {cap['role']}"  # "its general partner"
                i += 1
            elif BY_LINE.match(line) and i + 1 < len(lines) and by_name_goes_on(line, lines[i][2]) \
                    and (cap := CAPACITY_NEXT.match(lines[i + 1][2])):
                # "By: Acme Capital Management II" / "Limited Partnership," / "its general partner"
                line = f"{join_lines(line, lines[i][2]).rstrip(',')}, {cap['w']} {cap['role']}"
                i += 2
            elif line.rstrip().endswith(",") and i < len(lines) and is_title_line(lines[i][2]):
                line = f"{line.rstrip()} {lines[i][2].strip()}"  # "By Jane Roe," / "Managing Member"
                le = lines[i][1] + s
                i += 1
            bn = None if BY_CAPACITY.match(line) else by_name_role(line)  # not "By: Its GP"
            name = clean_name(bn["name"]) if bn else ""
            if (link := by_entity(line, bn)) is not None:  # "By: Acme Holdings Inc., General
                block_start = ls if block_start is None else block_start  # Partner"
                if unknown_by and unread_at > chain_end:
                    chain.append(("", ""))  # for the unread "By:" line above
                chain.append(link)
                chain_end = i
                continue
            if bn and looks_like_person_name(name) and (not bn["role"] or is_title_line(bn["role"])) \
                    and not by_follows(lines, i):
                # "By: Jane Q. Roe, Vice President" (typed); a name with another "By:" line
                # under it is an entity of the chain ("By: Acme Stanley" / "By: /s/ Jane Roe")
                anchor = (name, bn["role"])
                if open_sig == len(sec.signatures) - 1 and pending and \
                        sec.signatures[-1].signer.lower() == name.lower():
                    # "/s/ Jane Roe" / "ACME GP, LLC" / "By Jane Roe, Managing Member": the
                    # block printed under a signature restates its signer
                    add_printed_block(src, sec, bn["role"], pending, acts, chain, unknown_by,
                                      block_start if block_start is not None else ls, le)
                    sign_for_earlier(sec, earlier)
                    pending, chain, unknown_by, block_start, acts = [], [], False, None, []
                    earlier, open_sig, unread_at = [], None, -1
                    continue
            elif bn and (run := split_printed_run(name)) and not run.party and \
                    not by_follows(lines, i):
                anchor = (run.name, run.title)  # "By: Jane Q. Roe President" (an HTML cell)
            elif bn and bn["role"] and looks_like_person_name(name) and \
                    is_title_line(bn["role"]) and (signed := slashed_next(lines, i)) and \
                    same_signer(name, clean_name(signed)):
                # "By: Jane Roe, Director" / "By: /s/ Jane Roe": her name and title typed over
                # her own signature (a table row above the "/s/" row), no entity of a chain
                typed_title = (name, clean_name(bn["role"]))
                continue
            elif BY_LINE.match(line):
                unknown_by, unread_at = True, i if pending and not find_dates(line) else unread_at
        if anchor is None and (under_caption or name_title_caption_next(lines, i)) and \
                (typed := captioned_signer(line)) and not _signed_already(sec, typed, pending) \
                and not signature_next(lines, i) and not _firm_typed(typed, is_firm):
            anchor = (typed, None)  # "Signature" / "Jane Roe Vice President", or over "Name/Title"
            captioned = i  # the line after the captioned signer's
        elif anchor is None and "itle" in line.lower() and (nt := NAME_TITLE_LINE.match(line)) and \
                (typed := captioned_signer(nt["v"])):
            anchor = (typed, None)  # "Name/Title:  Jane Roe, President" beside its caption
        elif anchor is None and typed_signer(line, lines, i):
            anchor = (line, None)  # "JANE Q. ROE" / "VICE PRESIDENT", no "/s/"
        elif anchor is None and (dc := DATE_CELL.match(line)) and \
                typed_signer(line[dc.end():], lines, i):
            anchor = (line[dc.end():], None)  # "Date: May 1, 1994    Jane Roe" / "----" / "Jane Roe"
        if anchor and typed_title and anchor[1] is None and "," not in anchor[0] and \
                same_signer(clean_name(anchor[0]), typed_title[0]) and \
                not _titled_under(lines, i, typed_title[0]):
            anchor = (anchor[0], typed_title[1])  # the title typed over the "/s/" line
        if anchor:
            typed_title = None
            n_sigs = len(sec.signatures)
            i, block_end = read_signature(src, s, lines, i, ls, le, anchor, sec, pending,
                                          acts, chain, unknown_by, block_start, party_line,
                                          below)
            if captioned == i and len(sec.signatures) == n_sigs + 1 and not pending and \
                    captioned_party(lines, i, party_line):
                # "Jane Q. Roe, Managing Director" / "Acme Capital LLC" / "----" / "Name/Title"
                sec.signatures[-1] = sec.signatures[-1].model_copy(
                    update={"on_behalf_of": [clean_name(lines[i][2])]})
                i += 1
            captioned = -1
            if first_end is None and len(sec.signatures):
                first_end = block_end
            open_sig = n_sigs if len(sec.signatures) > n_sigs and block_end == le and \
                not pending and not chain else None
            if len(sec.signatures) > n_sigs:
                sign_for_earlier(sec, earlier)
            pending, chain, unknown_by, block_start, acts = [], [], False, None, []
            earlier, unread_at = [], -1
            continue
        am = AS_ROLE_OF.match(line) if pending and "as" in low else None
        if am and role_relations(am["role"]):
            # "ACME GP" / "as the General Partner of" / the funds it holds (not the parties
            # above it); "and as the Sole Member of" goes on with the same holder
            holder = acts[0].holder if am["also"] and acts else pending[-1]
            acts.append(Acting(holder, clean_name(am["role"]), len(pending)))
            continue
        if pending and LIST_AND.match(line):
            line = LIST_AND.sub("", line)  # "and ACME FUND III, L.P.": the last of a list
            if i < len(lines) and not party_line(line) and \
                    party_line(joined := join_lines(line, lines[i][2])):
                # "and on behalf of Acme Security" / "Insurance Company of Ohio"
                line, le, i = joined, lines[i][1] + s, i + 1
        line = DATE_CELL.sub("", line)  # "Dated:  July 2, 2007      ACME CAPITAL, LLC"
        if party_line(line) and not NAME_LINE.match(line) and not TITLE_LINE.match(line):
            if chain and pending and not unknown_by:
                # "ACME FUND, L.P." / "By: ACME GP, INC." / "(General Partner)" / "ACME GP,
                # INC." ... / one signature "of each of the foregoing": the chain holds for
                # the party above it, whose name the signature goes on to sign for, when the
                # next party follows the chain's last "By:" line (no signer of its own between)
                add_block_findings(src, sec, "", None, pending, acts, chain, False,
                                   ls if block_start is None else block_start, ls)
                if all(not lines[k][2].strip() for k in range(chain_end, i - 1)):
                    earlier, pending, chain, acts = earlier + pending, [], [], []
                else:
                    pending, chain, block_start, acts, earlier = [], [], None, [], []
            elif chain or (pending and sec.signatures and pos > ls):
                pending, chain, block_start, acts, earlier = [], [], None, [], []
            elif pending and unknown_by and party_end < unread_at < i - 1 and not acts and \
                    all(not lines[k][2].strip() for k in range(unread_at, i - 1)):
                earlier, pending = earlier + pending, []  # "FUND I" / "By: GP" (unread) / "" / "FUND J"
            if not pending:  # a new list: a "By:" line not read above it is none of its chain
                block_start, unknown_by, unread_at = ls, False, -1
            for _ in range(3):  # a name wrapped over up to four lines
                nxt = lines[i][2] if i < len(lines) else ""
                if not (nxt.strip() and NAME_CONTINUATION.match(nxt) or continues_name(line, nxt)):
                    break
                # "ACME FUND" / "(OFFSHORE), LTD.", "ACME SMALL-CAP" / "  VALUE FUND"
                line = join_lines(line, nxt)
                le = lines[i][1] + s
                i += 1
            party = unclosed_cut(clean_name(line))  # never half a parenthesis: "ACME (CAYMAN"
            if party:
                pending.append(party)
            pos, party_end = le, i
        elif pending and len(line.strip()) > 40 and not line.rstrip().endswith(":") and \
                PROSE_LINE.search(line):
            # a sentence after the names: they sign no block below it ("I, JANE ROE, the
            # Secretary of ACME CORP., certify that the foregoing ..."); one that ends with a
            # colon leads to the signature ("Executed by the undersigned as ... of:")
            if sec.signatures and not chain:
                sec.unsigned += pending  # "/s/ Jane Roe" / "Acme Sub LLC" / "* Signed by ..."
            pending, chain, unknown_by, block_start, acts = [], [], False, None, []
            earlier, unread_at = [], -1
    if sec.signatures and not chain:
        sec.unsigned += pending  # "/s/ Jane Roe" / "President" / "Acme Subsidiary LLC"
    # no signature read (a typed name under a blank rule): only a labelled date is its date
    sec.date = _section_date(text, s, e, first_end if first_end is not None else e, day_first) \
        if sec.signatures else labelled_date(text, s, e, day_first)
    sec.signatures = [sig.model_copy(update={"date": sec.date}) for sig in sec.signatures]
    return sec
