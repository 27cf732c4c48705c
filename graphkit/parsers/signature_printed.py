"""One signature of a signature block read from its anchor line (a "/s/" line, a conformed
"Signature:" line, a typed "By: Jane Q. Roe" or a typed name over its title): the printed name
and title on the lines under it ("Jane Q. Doe, President", "Name:" / "Title:" fields, "JANE
ROE/MANAGING MEMBER"), the capacity lines naming a party ("Vice President, Acme Inc.",
"Attorney in Fact for Jane Roe") and a statement of a power of attorney ("Duly authorized under
Power of Attorney dated May 1, 2000, by and on behalf of Jane Q. Roe 3d",
:mod:`graphkit.parsers.signature_attorney`), then the relations of its block.

:func:`graphkit.parsers.signatures.read_signatures` walks the section and finds the anchors;
this module reads each signature from its anchor on.

Examples
--------
>>> from graphkit.source import SourceText
>>> from graphkit.parsers.signature_findings import SignatureSection
>>> t = "/s/ Jane Q. Roe\\nJane Q. Roe\\nVice President, Secretary and Treasurer, Acme Co.\\n"
>>> lines = [(0, 15, "/s/ Jane Q. Roe"), (16, 27, "Jane Q. Roe"), (28, 77, t[28:77])]
>>> sec = SignatureSection(start=0, end=len(t))
>>> read_signature(SourceText(path="x.txt", text=t), 0, lines, 1, 0, 15, ("Jane Q. Roe", None),
...                sec, [], [], [], False, None, lambda line: False)
(3, 77)
>>> [(g.signer, g.title, g.on_behalf_of) for g in sec.signatures]
[('Jane Q. Roe', 'Vice President, Secretary and Treasurer', ['Acme Co.'])]
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.models import Signature
from graphkit.name_degrees import strip_leading_degree
from graphkit.names import PartyKind, clean_name, guess_kind, strip_degrees
from graphkit.parsers.signature_attorney import (NOTE_MARK_OPEN, mark_count, marked_for,
                                                 read_power_of_attorney)
from graphkit.parsers.signature_captions import is_signature_caption, printed_twin
from graphkit.parsers.signature_capacity import (NAME_SLASHES, OPEN_BY, TitleChain,
                                                 first_name_first, one_principal,
                                                 read_agency_name, read_capacity,
                                                 read_signed_name, read_title_chain)
from graphkit.parsers.signature_findings import (SignatureSection, add_block_findings,
                                                 signed_capacities, title_chain_findings,
                                                 title_findings)
from graphkit.parsers.partybook_names import squeeze
from graphkit.parsers.signature_names import LEGAL_END
from graphkit.parsers.signature_lines import (CAPACITY_LIST, HONORIFIC, NAME_TITLE_LINE,
                                              is_title_line, join_title, printed_title,
                                              slash_title, split_name_title,
                                              split_repeated_name)
from graphkit.parsers.signature_roles import (Acting, Agency, BY_LINE, split_printed_run,
                                              trim_title)
from graphkit.parsers.signature_section import SLASH_S
from graphkit.source import SourceText

#: "its" opening a printed title: "Jane Q. Doe, its Managing Member" (or cut: "Jane Q. Doe, its")
TITLE_ITS = regex_cache.compile(r"""^(?:its|as)\b\s*""", re.I | re.VERBOSE)

#: A title cut after "of", its party on the next line: "Managing Member of"
TITLE_CUT_OF = regex_cache.compile(r"""[ \t]of[ \t]*$""", re.VERBOSE)

#: The "(Date)" caption opening the line of the printed name, read as the "Date" that
#: :func:`~graphkit.parsers.signature_lines.printed_title` skips: "(Date)   Jane Roe, President"
DATE_CAPTION = regex_cache.compile(r"""^[ \t]*\(Date\)(?=[ \t])""", re.I | re.VERBOSE)
#: A note mark closing a printed title: "Authorized Signatory (1)", "Managing Member*"
TITLE_NOTE_MARK = regex_cache.compile(r"""[ \t]*(?:\([0-9]{1,2}\)|\*{1,3})[ \t]*$""", re.VERBOSE)

#: "Name: Jane Doe", "Title: Managing Member", "Its: President"
NAME_LINE = regex_cache.compile(r"""^[ \t]*Name:\s*(?P<v>[^\n]+?)\s*$""", re.M | re.I | re.VERBOSE)
TITLE_LINE = regex_cache.compile(r"""^[ \t]*(?:Title|Its):\s*(?P<v>[^\n]+?)\s*$""", re.M | re.I | re.VERBOSE)

#: A suffix after a signer's comma, part of the name: "Jr.", "III", "Esq." (not a title)
NAME_SUFFIX = regex_cache.compile(r"""\s*(?:Jr|Sr|JR|SR|I{2,3}|IV|Esq|ESQ)\.?\s*""")

#: How many lines after a "/s/" line may hold the printed name and title of the signer.
PRINTED_LINES = 5
#: The title of a signer who signs under a power of attorney
ATTORNEY_TITLE = "Attorney-in-Fact"


def _column(line: str, pos: int) -> int:
    """Where ``line[pos]`` shows on screen: a tab runs to the next stop of eight, so a filer who
    aligned a block with tabs lines it up as one who used spaces.

    >>> _column("\\tName/Title:\\tJane Roe", 13), _column("        Name/Title:     Jane Roe", 24)
    (24, 24)
    >>> _column("\\t\\t\\tAcme Capital LLC", 3)
    24
    """
    return len(line[:pos].expandtabs()) if "\t" in line[:pos] else pos


def _under_value(line: str, label: str, value_col: int) -> bool:
    """Whether ``line`` prints under the value of the labelled ``label`` line (its value at
    screen column ``value_col``): at that column, or, the value tabbed from its label and the
    line tabbed in, no further than the value and not left of the label: a filer who typed one
    tab for each run of spaces lines it up by eye, not to the column. A value one space after
    its label ("Title: President") sets a column a tab would reach, the line under it at the
    label's column heads the next block. A line right of its label and left of its value is
    under the value, its tabs expanded to their stops (as an editor shows them).

    >>> label = "\\tName/Title:\\tJane Roe, President"
    >>> _under_value("\\t\\t\\tAcme Corp.", label, 24), _under_value("\\tAcme Corp.", label, 24)
    (True, True)
    >>> _under_value("        Acme Corp.", "        Name/Title:     Jane Roe", 24)
    False
    >>> _under_value("\\tAcme Corp.", "\\tTitle: President", 15)
    False
    >>> _under_value("        Acme Corp.", "Name/Title:     Jane Roe", 16)
    True
    """
    indent = len(line) - len(line.lstrip())
    col = _column(line, indent)
    if col == value_col:
        return True
    label_at = _column(label, len(label) - len(label.lstrip()))
    if label_at < col < value_col:  # right of the label: a tab of each expanded to its stop
        return True
    return "\t" in line[:indent] and "\t" in label.strip() and label_at <= col <= value_col


def read_signature(src: SourceText, s: int, lines: list[tuple[int, int, str]], i: int,
                   ls: int, le: int, anchor: tuple[str, Optional[str]], sec: SignatureSection,
                   pending: list[str], acts: list[Acting], chain: list[tuple[str, str]],
                   unknown_by: bool, block_start: Optional[int], party_line,
                   below: bool = False) -> tuple[int, int]:
    """Read one signature from its anchor line (``lines[i - 1]``, at ``ls``-``le`` of the
    text): the printed name and title on the lines under it, then the findings of its block.
    Appends to ``sec``; returns the index of the first line after the block and its end.

    A statement of a power of attorney under the name ("Duly authorized under Power of Attorney
    ..., by and on behalf of Jane Roe") makes the signer an attorney-in-fact for the parties it
    names; a signature opening with a note mark ("*By: /s/ John Doe") is the attorney's for the
    signers marked with it above ("/s/ Jane Roe*"), who keep their own signatures. ``below``:
    the section prints the party signed for under the signer's name and title
    (:func:`~graphkit.parsers.signature_layout.entities_below`), the block ends with it."""
    signer, rest = split_repeated_name(clean_name(anchor[0]))  # an <HR> in an HTML cell
    title = anchor[1] and clean_name(anchor[1])
    if rest and title is None and is_title_line(rest):
        title = rest  # "/s/ Jane Roe Jane Roe Vice President": one table cell
    if title is None and OPEN_BY.search(signer) and i < len(lines) and lines[i][2].strip():
        signer = f"{signer} {lines[i][2].strip()}"  # "/s/ Jane Roe, by" / "John Doe, Attorney-..."
        le, i = lines[i][1] + s, i + 1
    typed = NAME_SLASHES.sub("", signer).lower()  # a line printing it again is no title
    principals: list[str] = []  # signed for by an attorney-in-fact: "Jane Roe, by John Doe, ..."
    agency: Optional[Agency] = None  # "Name: John Doe, as attorney-in-fact for Jane Roe"
    name_value: Optional[str] = None  # the name a "Name:" line prints
    if title is None:
        signer, title, principals = read_signed_name(signer)
    signed_as = title  # "Attorney-in-Fact" of "/s/ John Doe, as attorney-in-fact for Jane Roe"
    attorney = False  # signed under a power of attorney that a line under the name states
    # the printed name and title follow in the next few lines
    signer = first_name_first(signer, src.text)  # "/s/ Roe, Jane": no title "Jane"
    signer = strip_degrees(signer)  # "/s/ Jane Roe, Ph.D.": a degree, no title
    head, _, tail = signer.partition(",")
    if tail.strip() and not NAME_SUFFIX.fullmatch(tail):
        # "/s/ Jane Q. Doe, President", "/s/ Jane Doe, Esq. Attorney-in-Fact" (her degree first)
        signer, title = head.strip(), strip_leading_degree(tail.strip())
    wrapped = False  # a printed title cut after "its": "Jane Doe, its" / "Managing Member"
    block_end = le  # the block runs to the signer's printed name and title
    label_col: Optional[int] = None  # where the value of a "Name/Title:" line starts
    label = ""  # that labelled line
    caps = []  # capacity lines naming their party: "Senior Vice President, Acme Inc."
    after: Optional[str] = None  # a party printed under the value of a labelled line
    stop = i  # the index of the first line after the block
    seen = 0
    gap = False  # a blank line between the anchor and this line
    blank = False  # a blank line right before this line
    spaced: Optional[bool] = None  # a blank line before the first line under the anchor: the
    # block is printed double-spaced (as the rows of an HTML table read), blank lines part nothing
    j = i
    while j < len(lines) and seen < PRINTED_LINES:
        _, ne, nxt = lines[j]
        j += 1
        n = nxt.strip()
        blank, was_blank = not n, blank
        if not n:
            gap = True
            continue
        if not n.strip("-_ \t") or is_signature_caption(nxt):
            continue  # a rule line, all "[-_ \t]+", or the "(Signature)" caption under it
        seen += 1
        if spaced is None:
            spaced = was_blank
        nm = NAME_LINE.match(nxt)
        tm = TITLE_LINE.match(nxt)
        ntm = NAME_TITLE_LINE.match(nxt) if "itle" in nxt.lower() else None
        bare = HONORIFIC.sub("", nxt) if nxt.lstrip()[:1] == "M" or "Dr" in nxt else nxt
        if "," in bare or "." in bare:
            bare = _without_degree(bare)  # "Jane Roe, Ph.D.": her name printed again
        if "(" in bare:
            bare = DATE_CAPTION.sub("Date", bare)  # "(Date)   Jane Roe, President"
        # "Jane Q. Doe, President": the comma it needs is looked for first
        printed = printed_title(bare, signer) if signer and "," in nxt else None
        if printed is None and seen == 1 and title is None and signer and "," in nxt and \
                (twin := printed_twin(bare, signer)):
            printed = twin[1]  # "/s/ Jane Roe" / "Jane Q. Roe, President": the same signer
            if len(twin[0].split()) > len(signer.split()):
                signer = twin[0]  # the printed name with a middle name "/s/ Jane Roe" leaves out
        if printed is not None and LEGAL_END.match(printed):
            printed = None  # "JANE ROE, INC.": the firm named after her, no title of hers
        elif printed is not None:
            printed = strip_leading_degree(printed)  # "Jane Roe, Ph.D., President"
        if wrapped:
            wrapped = False
            if not (nm or tm or SLASH_S.match(nxt) or BY_LINE.match(nxt)) and \
                    not party_line(nxt):
                title = clean_name(n)
                block_end, stop = ne + s, j
                continue
        if below and seen > 1 and not pending and party_line(nxt) and not SLASH_S.match(nxt) \
                and not is_title_line(n) and not n.lower().startswith(signer.lower() or "\0") \
                and read_capacity(n) is None:
            after = clean_name(n)  # "/s/ Jane Roe" / "Jane Roe, President" / "Acme Energy, LLC"
            block_end, stop = ne + s, j
            break
        if nxt.lstrip(" \t|")[:2].lower() == "by" and BY_LINE.match(nxt):
            break  # "By: Acme GP, LLC": the block of the next signature
        if ("ttorney" in nxt or "TTORNEY" in nxt) and \
                (poa := read_power_of_attorney(lines, j - 1, signer, party_line)) is not None:
            # "Duly authorized under Power of Attorney dated ..." / "..., by and on behalf of
            # Jane Roe", "John Doe, pursuant to a Power of Attorney filed ..."
            # the signer is no attorney of herself ("a Power of Attorney granted to John Doe on
            # behalf of Jane Roe" under Jane Roe's own signature names her attorney, not her)
            own = [p for p in poa[0] if p not in principals and p.lower() != signer.lower()]
            principals += own
            attorney, j = attorney or bool(own), poa[1]
            stop = j  # the block (and its date) ends before it: "... dated May 1, 1997, by"
        elif seen == 1 and signer and clean_name(bare).lower() in (signer.lower(), typed) and \
                not (gap and party_line(nxt)):  # not "JANE ROE" heading the next block
            if signer.isupper() and not n.isupper() and clean_name(bare).lower() == signer.lower():
                signer = clean_name(bare)  # "/s/ JANE ROE" over the printed "Jane Roe"
            block_end, stop = ne + s, j
        elif printed and title is None:
            title = clean_name(TITLE_ITS.sub("", printed)) or None
            wrapped = title is None
            block_end, stop = ne + s, j
            if title:  # "Jane Roe, Executive" / "Vice President"
                title, j, block_end = _join_title(lines, j, s, title, block_end)
                stop = j
        elif ntm:  # "Name/Title:  Jane Roe, President", "Name/Title  Attorney-In-Fact"
            label_col, label = _column(nxt, ntm.start("v")), nxt
            block_end, stop = ne + s, j
            if title is None and (title := split_name_title(ntm["v"], signer)):
                # "Jane Roe, Executive Vice" / "President"
                title, j, block_end = _join_title(lines, j, s, title, block_end)
                stop = j
        elif nm:
            value = nm["v"]
            if (ag := read_agency_name(value)) is not None:  # "John Doe, as attorney-in-fact
                value, agency = ag  # for Jane Roe", "Jane Roe, by John Doe, as ...": her title
            name_value = first_name_first(strip_degrees(clean_name(value)), src.text)  # "Roe, Jane"
            signer = signer or name_value
            if guess_kind(value) is PartyKind.PERSON and not \
                    (value.isupper() and name_value.lower() == signer.lower()):
                signer = name_value  # not "JOHN DOE" under "/s/ John Doe"
            label_col, label = _column(nxt, nm.start("v")), nxt
            block_end, stop = ne + s, j
        elif tm:
            title = clean_name(tm["v"])
            label_col, label = _column(nxt, tm.start("v")), nxt
            block_end, stop = ne + s, j
            title, j, block_end = _join_title(lines, j, s, title, block_end)
            stop = j
        elif "/" in nxt and title is None and slash_title(nxt, signer):
            title = slash_title(nxt, signer)  # "JANE ROE/MANAGING MEMBER"
            block_end, stop = ne + s, j
        elif title is None and (spaced or not was_blank) and \
                is_title_line(unmarked := TITLE_NOTE_MARK.sub("", n)) and not SLASH_S.match(nxt):
            # "Jane Roe" / "Senior Vice President": an unlabelled title follows the name with
            # no blank line between (after one, a capitalised line heads the next block),
            # unless every line of the block stands after a blank line; a note mark after it
            # ("Authorized Signatory (1)") is no part of it
            title = clean_name(unmarked)
            block_end, stop = ne + s, j
            title, j, block_end = _join_title(lines, j, s, title, block_end)
            stop = j
        elif title is None and "," in n and (whole := _chain_line(lines, j, s, n)) is not None:
            # "Jane Roe" / "Managing Member of Acme GP LLC, its general partner", or wrapped
            # at a comma: "Managing Member, Acme GP LLC," / "General Partner of Acme Fund LP":
            # the chain read below, as under a "Title:" label
            title, j, block_end = whole
            stop = j
        elif title is None and signer and (run := split_printed_run(n, signer)) is not None:
            # "Jane Quinn Roe Head of Sales ACME S.P.A.": the lines of one HTML table cell
            if len(run.name.split()) > len(signer.split()):
                signer = run.name  # the printed name with a middle name "/s/ Jane Roe" leaves out
            title = run.title
            after = run.party or after
            block_end, stop = ne + s, j
        elif (cap := read_capacity(n)) is not None:
            block_end, stop = ne + s, j
            if cap.ends(n):  # "Acme Capital Corp., Vice President," / "Secretary and ..."
                whole, j, block_end = join_title(lines, j, s, cap.title, block_end)
                cap, stop = cap._replace(title=whole), j
            caps.append(cap)  # "Senior Vice President, Acme Inc.", "Attorney in Fact for Jane Roe"
            if cap.open_end and j < len(lines) and lines[j][2].strip() and \
                    not read_capacity(lines[j][2]):
                block_end, j = lines[j][1] + s, j + 1  # "... pursuant to Power of" / "Attorney"
                stop = j
        elif SLASH_S.match(nxt) or party_line(nxt):
            if label_col is not None and not pending and party_line(nxt) and \
                    _under_value(nxt, label, label_col):
                after = clean_name(n)  # "Name/Title:  Jane Roe" / "             Acme Corp."
                block_end, stop = ne + s, j
            break
    mark = src.text[ls:le]  # "By /s/ Jane Roe*" (signed by the attorney of a note below)
    if "*" in mark and signer:
        if NOTE_MARK_OPEN.match(mark):  # "*By: /s/ John Doe": the attorney of the marked
            marked = marked_for(sec.marked, mark_count(mark))
            principals += [p for p in marked if p not in principals and p != signer]
            attorney = attorney or bool(marked)
            # signed for: a later note ("*By: /s/ Mary Major") is for the signers marked after
            sec.marked = [m for m in sec.marked if m[0] not in marked]
        else:
            sec.marked.append((signer, mark_count(mark)))
    if attorney and title is None:
        title = ATTORNEY_TITLE
    other: Optional[TitleChain] = None  # a title chain for a party not signed for
    if title and (" of" in title or "," in title) and \
            (link := _title_chain(lines, stop, s, title)) is not None:
        # "Jane Roe, Managing Member of" / "Acme GP, LLC, its general partner", "Title:
        # Authorized Signatory, Acme GP, LLC, its general partner": the chain's last link, as
        # "By: Acme GP, LLC, its general partner" over her signature prints it
        if _acts_for(link[0].party, chain[-1][0] if chain else "", pending or [after or ""]):
            title, chain, stop, block_end = link[0].title, chain + [link[0][1:3]], link[1], \
                max(block_end, link[2])
        else:  # "Managing Member of Roe GP LLC, the General Partner of Acme Fund LP", Acme
            # Fund LP not the party the block's chain acts for: links of their own
            other, title, stop, block_end = link[0], link[0].title, link[1], \
                max(block_end, link[2])
    if title and CAPACITY_LIST.match(title):
        title = None  # "individually, and as" / "managing member of ...": no one title
    cut = False  # "Managing Member of" (the rest lost): no control of the party signed for
    if title:
        title, cut = trim_title(title)
    if not signer:
        return stop, block_end
    named = list(pending) or ([after] if after else [])
    for t, behalf in signed_capacities(title, named, caps, principals):
        sec.signatures.append(Signature(signer=signer, title=t, on_behalf_of=behalf,
                                        evidence=src.evidence(ls, le, section="signature")))
    start = ls if block_start is None else block_start
    if agency is None and signed_as == ATTORNEY_TITLE and title != signed_as and \
            len(principals) == 1 and (one := one_principal(principals[0])) and \
            (name_value is None or name_value.lower() == one.lower()):
        agency = Agency(one)  # "By: /s/ John Doe, as attorney-in-fact for Jane Roe" / "Title:
        # Vice President": her title, as under "Name: John Doe, as attorney-in-fact for ...";
        # under "Name: John Doe" / "Title: General Counsel" the title is his, the name printed
    # the title printed under an attorney-in-fact's name is the principal's (none named: no one's)
    holder = signer if agency is None else agency.principal or ""
    add_block_findings(src, sec, holder, None if cut or caps or not holder or other else title,
                       named, acts, chain, unknown_by, start, block_end)
    if other is not None and holder:  # the title chain naming another party: its own links
        sec.findings += title_chain_findings(holder, other, [],
                                             src.evidence(start, block_end, section="signature"))
    for cap in caps if holder else []:  # "President, Acme Inc.": the title held in its party
        sec.findings += title_findings(holder, cap.title, cap.party,
                                       src.evidence(start, block_end, section="signature"))
    # the printed name and title read above are read: "Jane Roe, Trustee" is no party
    return stop, block_end


def _title_chain(lines: list[tuple[int, int, str]], j: int, s: int, title: str
                 ) -> Optional[tuple[TitleChain, int, int]]:
    """The title chain (:func:`~graphkit.parsers.signature_capacity.read_title_chain`) a
    signer's ``title`` states, on its line or with the line after it (``lines[j]``) when the
    title was cut after "of", with the index of the line after it and its end; None when it
    states none.

    >>> lines = [(0, 28, "Jane Roe, Managing Member of"), (29, 62, "Acme GP, LLC, its general "
    ...          "partner")]
    >>> _title_chain(lines, 1, 0, "Managing Member of")  # doctest: +NORMALIZE_WHITESPACE
    (TitleChain(title='Managing Member', entity='Acme GP, LLC', role='general partner',
                party=None), 2, 62)
    >>> _title_chain(lines, 1, 0, "Managing Member") is None
    True
    """
    if (one := read_title_chain(title)) is not None:
        return one, j, -1
    if j < len(lines) and TITLE_CUT_OF.search(title) and \
            (two := read_title_chain(f"{title} {lines[j][2].strip()}")) is not None:
        return two, j + 1, lines[j][1] + s
    return None


def _join_title(lines: list[tuple[int, int, str]], j: int, s: int, title: str,
                block_end: int) -> tuple[str, int, int]:
    """``title`` with its wrapped rest (:func:`~graphkit.parsers.signature_lines.join_title`),
    or with the line after it when the two print one title chain (:func:`_wrapped_chain`),
    and the index and end of the next line to read.

    >>> _join_title([(0, 9, "Executive"), (10, 24, "Vice President")], 1, 0, "Executive", 9)
    ('Executive Vice President', 2, 24)
    """
    return _wrapped_chain(lines, j, s, title) or join_title(lines, j, s, title, block_end)


def _wrapped_chain(lines: list[tuple[int, int, str]], j: int, s: int, title: str
                   ) -> Optional[tuple[str, int, int]]:
    """``title`` (read from ``lines[j - 1]``) with the line after it, the index and end of the
    line after that, when the two lines print one title chain (:func:`~graphkit.parsers.
    signature_capacity.read_title_chain`) that ``title`` alone is not: wrapped at a comma
    ("Managing Member, Acme GP LLC," / "General Partner of Acme Fund LP") or in its capacity
    ("..., its general" / "partner"); else None.

    >>> lines = [(0, 29, "Managing Member, Acme GP LLC,"), (30, 66, "General Partner of "
    ...          "Acme Fund, L.P.")]
    >>> _wrapped_chain(lines, 1, 0, "Managing Member, Acme GP LLC")
    ('Managing Member, Acme GP LLC, General Partner of Acme Fund, L.P.', 2, 66)
    >>> _wrapped_chain(lines[:1] + [(30, 45, "Vice President")], 1, 0, "Managing Member") is None
    True
    """
    if j >= len(lines) or not lines[j][2].strip() or read_title_chain(title) is not None:
        return None
    comma = lines[j - 1][2].rstrip().endswith(",") and not title.endswith(",")
    whole = f"{title}{',' if comma else ''} {clean_name(lines[j][2])}"
    return (whole, j + 1, lines[j][1] + s) if read_title_chain(whole) is not None else None


def _chain_line(lines: list[tuple[int, int, str]], j: int, s: int, line: str
                ) -> Optional[tuple[str, int, int]]:
    """The title chain printed unlabelled on ``line`` (``lines[j - 1]``), alone or wrapped onto
    the line after it (:func:`_wrapped_chain`), with the index and end of the next line to
    read; None when it prints none.

    >>> _chain_line([(0, 50, "Managing Member of Acme GP LLC, its general partner")], 1, 0,
    ...             "Managing Member of Acme GP LLC, its general partner")
    ('Managing Member of Acme GP LLC, its general partner', 1, 50)
    """
    title = clean_name(line)
    if read_title_chain(title) is not None:
        return title, j, lines[j - 1][1] + s
    return _wrapped_chain(lines, j, s, title)


def _acts_for(party: Optional[str], above: str, signed_for: list[str]) -> bool:
    """Whether the entity of a title chain acts for the party its capacity names (``party``,
    None when it names none: "its general partner"): the entity of the "By:" line above
    (``above``) or, with none, a party signed for; a title naming another party is no link of
    this block's chain.

    >>> _acts_for("Acme Fund, L.P.", "", ["ACME FUND, L.P."]), _acts_for(None, "", [])
    (True, True)
    >>> _acts_for("Acme Fund, L.P.", "Acme GP, L.P.", ["ACME FUND, L.P."])
    False
    """
    key = squeeze(party) if party else ""
    return not key or key in {squeeze(p) for p in ([above] if above else signed_for) if p}


def _without_degree(line: str) -> str:
    """A printed line without the degree after the name it prints (the line as it is when
    none): "Jane Roe, Ph.D." prints the name "Jane Roe" and no title.

    >>> _without_degree("   Jane Q. Roe, Ph.D."), _without_degree("Jane Roe, President")
    ('Jane Q. Roe', 'Jane Roe, President')
    """
    name = clean_name(line)
    plain = strip_degrees(name)
    return line if plain == name else plain
