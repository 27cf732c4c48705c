"""Signatures of the old printed forms, whose captions stand under or beside blanks.

A Schedule 13D/G of the 1990s ends with a form to fill in: "Date", "Signature" and
"Name/Title" are captions printed under (or beside) the blank each one names. A filer who
types the form often leaves the signature blank empty (the paper copy was signed by hand)
and types only the date and the printed name with the title::

    Date February 13, 1995

    Signature

    Jane Q. Roe Assistant Vice President & Compliance Officer

or the printed name over its caption, with no "/s/" line at all::

    Jane Q. Roe, Vice President
    ---------------------------
    Name/Title

:mod:`graphkit.parsers.signatures` walks the block; this module says which line is the typed
signer of such a form: the line under a bare "Signature" caption, or over a "Name/Title"
caption, when it holds a person's name, alone, with its title after a comma, or run together
with a title made of office words (:func:`~graphkit.parsers.signature_roles.split_printed_run`).
The date beside or over its "Date" caption is read by
:mod:`graphkit.parsers.signature_section`.

Examples
--------
>>> is_signature_caption("(Signature)"), is_signature_caption("Signature:")
(True, True)
>>> captioned_signer("Jane Q. Roe Assistant Vice President & Compliance Officer")
'Jane Q. Roe Assistant Vice President & Compliance Officer'
>>> captioned_signer("Acme Holdings, Inc.") is None
True
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.names import clean_name
from graphkit.parsers.signature_lines import is_title_line, looks_like_person_name
from graphkit.parsers.signature_roles import split_printed_run
from graphkit.parsers.xmldoc import same_person_name

#: The caption of a signature blank, alone on its line: "Signature", "(Signature)",
#: "Signature:", "SIGNATURE" (a heading spelled the same way is the section's start, which the
#: walk never reads as a line)
SIGNATURE_CAPTION = regex_cache.compile(r"""^[ \t|]*\(?[ \t]*Signature[ \t]*\)?[ \t]*:?[ \t]*$""",
                                        re.I | re.VERBOSE)
#: The caption of the printed name, alone on its line: "Name/Title", "(Name/Title)", "Name and
#: Title", "Printed Name/Title", "Name & Title:"
NAME_TITLE_CAPTION = regex_cache.compile(r"""
    ^[ \t|]*\(?[ \t]*(?:Print(?:ed)?[ \t]+)?Name[ \t]*(?:/|and|&)[ \t]*Title[ \t]*\)?[ \t]*:?[ \t]*$
""", re.I | re.VERBOSE)


def is_signature_caption(line: str) -> bool:
    """True when ``line`` is the caption of a signature blank (:data:`SIGNATURE_CAPTION`).

    >>> is_signature_caption("Signature of Reporting Person"), is_signature_caption("Date")
    (False, False)
    """
    return len(line) < 60 and "ignature" in line.lower() and \
        SIGNATURE_CAPTION.match(line) is not None


def is_name_title_caption(line: str) -> bool:
    """True when ``line`` is the caption of a printed name and title
    (:data:`NAME_TITLE_CAPTION`).

    >>> is_name_title_caption("  (Name/Title)"), is_name_title_caption("Name/Title: Jane Roe")
    (True, False)
    """
    return len(line) < 60 and "itle" in line.lower() and \
        NAME_TITLE_CAPTION.match(line) is not None


def captioned_signer(line: str) -> Optional[str]:
    """``line`` cleaned when it reads as the typed signer of a captioned form: a person's name
    ("Jane Q. Roe"), a name with its title after a comma ("Jane Q. Roe, Vice President") or a
    name run together with a title of office words ("Jane Q. Roe Vice President"); else None.
    The caller reads the name and title apart (:func:`~graphkit.parsers.signature_printed.
    read_signature`).

    >>> captioned_signer("Jane Q. Roe, Vice President"), captioned_signer("Jane Q. Roe")
    ('Jane Q. Roe, Vice President', 'Jane Q. Roe')
    >>> captioned_signer("Jane Q. Roe Acme Fund, L.P.") is None
    True
    >>> captioned_signer("February 13, 1995") is None, captioned_signer("Vice President") is None
    (True, True)
    """
    text = clean_name(line)
    if not text or len(text) > 100:
        return None
    if looks_like_person_name(text):
        return text
    head, comma, tail = text.partition(",")
    if comma and looks_like_person_name(head) and is_title_line(tail):
        return text
    run = split_printed_run(text) if not comma else None
    return text if run is not None and not run.party else None


def same_signer(a: str, b: str) -> bool:
    """True when two person names printed in one signature block name the same signer: up to
    middle initials and word order (:func:`~graphkit.parsers.xmldoc.same_person_name`), or with
    the same surname and a first name one of them gives as its initial ("J. Q. Roe" for "Jane
    Q. Roe"). Two first names printed in full must be the same ("John A. Doe" is not "Jane A.
    Doe").

    >>> same_signer("Jane Roe", "Jane Q. Roe"), same_signer("J. Q. Roe", "JANE Q. ROE")
    (True, True)
    >>> same_signer("John A. Doe", "Jane A. Doe"), same_signer("J. Roe", "J. Rowe")
    (False, False)
    """
    if same_person_name(a, b):
        return True
    wa, wb = a.lower().replace(".", " ").split(), b.lower().replace(".", " ").split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1] or len(wa[-1]) < 2:
        return False
    fa, fb = wa[0], wb[0]
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def printed_twin(line: str, signer: str) -> Optional[tuple[str, str]]:
    """The (name, title) of ``line`` when it prints the ``signer`` of the "/s/" above it again,
    spelled a little differently, with a title after a comma: "/s/ Jane Roe" over the caption,
    "Jane Q. Roe, President" under it. None when the line names another person, or no title
    follows the name.

    >>> printed_twin("Jane Q. Roe, President", "Jane Roe")
    ('Jane Q. Roe', 'President')
    >>> printed_twin("John A. Doe, President", "Jane Roe") is None
    True
    >>> printed_twin("Jane Q. Roe, Jr.", "Jane Roe") is None
    True
    """
    head, comma, tail = clean_name(line).partition(",")
    head, tail = head.strip(), tail.strip()
    if not comma or not tail or not is_title_line(tail) or not looks_like_person_name(head):
        return None
    return (head, tail) if same_signer(head, signer) else None
