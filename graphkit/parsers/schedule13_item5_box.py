"""The 13G Item 5 check box: "check the following [X]" says the holders ceased to own more
than five percent of the class.

The form asks: "If this statement is being filed to report the fact that as of the date hereof
the reporting person has ceased to be the beneficial owner of more than five percent of the
class of securities, check the following [ ]". Filers draw the box in many ways ("[X]",
"/X/", "(X)", "__X__", "☒", a Wingdings "þ", a bare "X"; empty: "[ ]", "[]", "/ /", "//",
"☐", "¨", "o"), after the sentence, on Item 5's caption line, or before the sentence.
:func:`read_item5_box` reads it into a :class:`~graphkit.models.Cessation`;
:func:`form_sentence_box` tells whether the form's sentence, where a filer wrote it elsewhere,
comes with a box (:mod:`graphkit.parsers.schedule13_ceased` reads the statements).

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText("x.txt", "Item 5. Ownership of Five Percent or Less of a Class\\nIf this "
...     "statement is being filed to report the fact that as of the date hereof the reporting "
...     "person has ceased to be the beneficial owner of more than five percent of the class of "
...     "securities, check the following [X].\\n")
>>> [(c.method, c.party_ids, c.date) for c in read_item5_box(src, 0, len(src.text))]
[('item 5 box', [], None)]
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.models import Cessation
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: What the 13G Item 5 box follows, then the box, ending its line: "check the following [X]",
#: "check the following. //", "OF A CLASS: / /", "OF A CLASS.     [X]", "check the following
#: ☒", "check the following þ" (Wingdings' checked box), "check the following ¨" (its empty
#: box); not "of a Class. X Not Applicable." (an X before a line's text checks that text).
#: The mark inside brackets or slashes is group ``inner``, a box drawn as one sign ``sign``.
#: A written answer ending the line answers it too: "check the following:" / "Yes" (group
#: ``yes``), "Yes [X] No [ ]" (group ``pair``, its marks ``yes_mark`` and ``no_mark``), after
#: "check the following" (group ``check``) only; "No", "N/A" or "Not applicable" there is no
#: box, and reports nothing.
ITEM5_BOX = regex_cache.compile(r"""
    (?: (?P<check> check \s+ (?: the \s+ following (?: \s+ box )? | here | this \s+ box ) )
      | of \s+ a \s+ class )
    [\s.:,|]*                                       # a table cell: " | "
    (?: \[ \s* (?P<inner>[^\]\s]?) \s* \]               # [X], [ ], []
      | / \s* (?P<inner2>[^/\s]?) \s* /                  # /X/, / /, //
      | \( \s* (?P<inner3>[^)\s]?) \s* \)                # (X), ( )
      | _++ [ \t]*+ (?P<inner4>[xX]) [ \t]*+ _++ | _{2,}+  # __X__, ____
      | (?P<sign>[☒☑⌧☐□■✓✔√þýü¨xXoq]) (?![A-Za-z0-9])  # ☒, þ, ¨, a bare X
      | (?(check)                                      # answers after "check ..." only:
          (?: (?P<pair> yes \s* \[ \s* (?P<yes_mark>[xX])? \s* \] [ \t]*  # Yes [X] No [ ]
                        no \s* \[ \s* (?P<no_mark>[xX])? \s* \] )
            | (?P<yes> yes ) \b )                        # "Yes" alone
          | (?!) )                                         # (not "... of a Class" / "Yes")
    )
    (?= [ \t]* [.;:]? [ \t]* (?: \n | $ ) )
""", _F)

#: A box before the form's sentence, as some filers lay Item 5 out: "_____  This statement is
#: being filed to report the fact that ... has ceased ...", "__X__ This statement ...", "[X]
#: This statement ...", "( )", "/ /", "☐", a bare "X" (or Wingdings' empty "o") opening the
#: line (group ``bare``); also in a table cell of its own before the form's whole question:
#: "[X] | If this statement is being filed ..." (an HTML row); a checked mark is group
#: ``mark`` (see :func:`checked_before`)
BOX_BEFORE_STATEMENT = regex_cache.compile(r"""
    (?: (?<![\w\]]) (?: _++ [ \t]*+ (?P<mark>[xX]) [ \t]*+ _++ | _{2,}+
                       | \[ \s*+ (?P<mark2>[xX])? \s*+ \] | \( \s*+ (?P<mark3>[xX])? \s*+ \)
                       | / [ \t]? (?P<mark4>[xX])? [ \t]? / | (?P<sign>[☒☑⌧þ☐□¨]) )
      | ^ [ \t]* (?P<bare> (?P<mark5>[xX]) | [oq] ) (?=[ \t]) )
    (?: \s+ | [ \t]* \| [ \t]* ) (?: if \s+ )? this \s+ statement \s+ is \s+ being \s+ filed \s+ to \s+ report
""", _F | re.MULTILINE)

#: The signs :data:`ITEM5_BOX` reads as a checked box: crosses and ticks (Wingdings "þ", "ý"
#: and "ü" are its checked box, crossed box and tick)
CHECKED_SIGNS = frozenset("☒☑⌧■✓✔√þýüxX")

#: A box or an answer with the form's sentence, which make it the form's question: "[ ]",
#: "[X]", "/ /", "(  )", "____", "☐", "¨", "Not applicable", "N/A", "inapplicable" (a
#: checked mark is group ``mark``: then the box answers yes)
FORM_ANSWER = regex_cache.compile(r"""
    \[ \s* (?P<mark>[xX])? \s* \] | / \s? (?P<mark2>[xX])? \s? / (?!\w) | \( \s* [xX]? \s* \)
  | _{2,} | [☐□¨] | (?P<mark3>[☒☑⌧þ])
  | \bnot \s+ applicable\b | \bn/a\b | \binapplicable\b
""", _F)

#: A yes-or-no answer to the form's sentence ("Yes [ ] No [X]"), read by the box's own reader
YES_NO = regex_cache.compile(r"""\b(?: yes | no )\b""", _F)


def checked_before(m: re.Match) -> bool:
    """Whether a :data:`BOX_BEFORE_STATEMENT` match is a checked box."""
    return bool(m["mark"] or m["mark2"] or m["mark3"] or m["mark4"] or m["mark5"]
                or (m["sign"] or "") in CHECKED_SIGNS)


def _checked(m: re.Match) -> Optional[bool]:
    """Whether an :data:`ITEM5_BOX` match is a checked box (None when it reads no box)."""
    if m["yes"] or m["pair"]:
        return bool(m["yes"] or m["yes_mark"] and not m["no_mark"])
    sign = m["inner"] or m["inner2"] or m["inner3"] or m["inner4"] or m["sign"] or ""
    return sign in CHECKED_SIGNS


def read_item5_box(src: SourceText, start: int, end: int) -> list[Cessation]:
    """The cessation a 13G's Item 5 box reports, when checked, from ``src.text[start:end]``
    (the Item 5 section); [] when the box is empty or not found. A box both before the form's
    question and at its end: the one at its end, unless the one before is a box too and they
    disagree (then [], whose answer?).

    >>> src = SourceText("x.txt", "ITEM 5: OWNERSHIP OF FIVE PERCENT OR LESS OF A CLASS: / /")
    >>> read_item5_box(src, 0, len(src.text))
    []
    >>> src = SourceText("x.txt", "X  If this statement is being filed to report the fact ... "
    ...                  "check the following [ ].")
    >>> read_item5_box(src, 0, len(src.text))
    []
    """
    text = src.text
    box = ITEM5_BOX.search(text, start, end)
    before = BOX_BEFORE_STATEMENT.search(text, start, end)
    if before is not None and (box is None or before.start() < box.start()):
        checked = checked_before(before)
        if box is not None and bool(_checked(box)) is not checked:
            # a mark before the question and a box at its end that disagree: the box outweighs
            # a bare letter opening the line ("X  If this statement ... check the following
            # [ ]"); two boxes that disagree report nothing
            checked = bool(_checked(box)) if before["bare"] else False
        else:
            box = before
    else:
        checked = box is not None and _checked(box)
    if not checked or box is None:
        return []
    return [Cessation(method="item 5 box", evidence=src.evidence(box.start(), box.end(),
                                                                  section="Item 5"))]


def has_box(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (an Item 5) holds a check box, checked or not."""
    return ITEM5_BOX.search(text, start, end) is not None or \
        BOX_BEFORE_STATEMENT.search(text, start, end) is not None


def form_sentence_box(text: str, start: int, pos: int, stop: int) -> Optional[bool]:
    """Whether a box with the form's sentence "This statement is being filed to report the fact
    that ... has ceased ..." (from ``start``, its report at ``pos``, its end at ``stop``) is
    checked: one before it (:data:`BOX_BEFORE_STATEMENT`) or after it (:data:`FORM_ANSWER`);
    False for an answer ("Not applicable") or a yes-or-no pair ("Yes [ ] No [X]": the Item 5
    box reader's), None when there is no box.

    >>> s = "This statement is being filed to report the fact that ... has ceased ... class"
    >>> [form_sentence_box(t, 0, 60, len(s)) for t in (s + " [X]", s + ": N/A", "[X] " + s, s)]
    [True, False, True, None]
    """
    before = BOX_BEFORE_STATEMENT.search(text, max(0, start - 20), pos)
    if before is not None:
        return checked_before(before)
    reach = min(len(text), stop + 60)
    after = FORM_ANSWER.search(text, pos, reach)
    if after is not None:
        return bool(after["mark"] or after["mark2"] or after["mark3"]) and \
            YES_NO.search(text, pos, reach) is None
    if FORM_ANSWER.search(text, max(0, start - 20), start) is not None:
        return False
    return None
