"""Reading check boxes as printed, converted or scanned.

A paper form that went through OCR or an HTML conversion prints its boxes in many ways: ballot
glyphs (☒ ☑ checked, ☐ unchecked), a filled square (■ checked, □ unchecked), ``[X]`` / ``[ ]``,
``(X)`` / ``( )``, and HTML inputs (``<input checked="" type="checkbox"/>`` vs
``<input type="checkbox"/>``). :func:`find_checkboxes` finds every box in a piece of text with the
label printed after it; :func:`read_options` matches those labels, OCR-tolerantly, to the options
a form question offers, so that a damaged label ("Benefcial Owner") still counts.

Examples
--------
>>> [(b.label, b.checked) for b in find_checkboxes("☐ Promoter ☒ Director")]
[('Promoter', False), ('Director', True)]
>>> checked_options("[X] Rule 506 [ ] ULOE", ["Rule 504", "Rule 506", "ULOE"])
['Rule 506']
>>> is_checked('<input checked="" type="checkbox"/>')
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

from graphkit import regex_cache

#: One check box as printed. Checked: "☒", "☑", "■", "✔", "✓", "✗", "✘", "[X]", "[x]", "(X)",
#: "|X|", '<input checked="" type="checkbox"/>'. Unchecked: "☐", "□", "[ ]", "[]", "( )",
#: '<input type="checkbox"/>'.
CHECKBOX_GLYPH = regex_cache.compile(r"""
    (?P<html><input\b[^>]*\btype\s*=\s*["']?checkbox["']?[^>]*>)   # <input ... type="checkbox"/>
  | (?P<on>[☒☑■✔✓✗✘])                                            # ☒ ballot box with X
  | (?P<on_ascii>[\[(|]\s?[xX]\s?[\])|])                           # [X]  (x)  |X|
  | (?P<off>[☐□])                                                  # ☐ empty ballot box
  | (?P<off_ascii>\[\s?\]|\(\s\))                                  # [ ]  []  ( )
""", re.VERBOSE)

#: The HTML ``checked`` attribute inside an input tag: '<input checked="" type="checkbox"/>'
HTML_CHECKED = regex_cache.compile(r"""
    <input\b[^>]*\bchecked\b     # checked, checked="", checked="checked"
""", re.VERBOSE | re.IGNORECASE)

#: Where a label printed after a box ends: the next box, a line break, a tab, or bold markup
#: "**" (in "☒ New Filing ☐ Amendment**PROCESSED" the label "Amendment" ends at "**").
LABEL_END = regex_cache.compile(r"""
    [☒☑■✔✓✗✘☐□]           # next glyph
  | <input\b               # next HTML box
  | [\[(|]\s?[xX ]?\s?[\])|]  # next ASCII box: [X] [ ] (x)
  | \n | \t | \*\*          # line break, tab, bold markup
""", re.VERBOSE)

#: Least fuzzy similarity (0-100) for a printed label to count as a form option.
LABEL_MIN_SCORE = 80


class Checkbox(BaseModel):
    """A box read from the text: its label as printed, whether it is checked, and where it is.

    ``start``/``end`` are character offsets of the glyph and label (``end`` exclusive).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str
    checked: bool
    glyph: str
    start: int
    end: int


def is_checked(glyph: str) -> bool | None:
    """Whether ``glyph`` is a checked box (True), an empty box (False), or no box (None).

    >>> is_checked("☒"), is_checked("☐"), is_checked("[ ]"), is_checked("Director")
    (True, False, False, None)
    """
    m = CHECKBOX_GLYPH.fullmatch(glyph.strip())
    if m is None:
        return None
    if m["html"]:
        return bool(HTML_CHECKED.match(m["html"]))
    return bool(m["on"] or m["on_ascii"])


def find_checkboxes(text: str, start: int = 0, end: int | None = None) -> list[Checkbox]:
    """Every box in ``text[start:end]`` with the label printed after it.

    The label runs to the next box, line break, tab or ``**``; offsets are into ``text``.

    >>> b = find_checkboxes("x ☒ corporation☐ business trust")
    >>> [(x.label, x.checked, x.start) for x in b]
    [('corporation', True, 2), ('business trust', False, 15)]

    See also
    --------
    read_options
    """
    end = len(text) if end is None else end
    out: list[Checkbox] = []
    for m in CHECKBOX_GLYPH.finditer(text, start, end):
        stop = LABEL_END.search(text, m.end(), end)
        label_end = stop.start() if stop else end
        label = " ".join(text[m.end():label_end].split())
        out.append(Checkbox(label=label, checked=bool(is_checked(m.group())), glyph=m.group(),
                            start=m.start(), end=label_end))
    return out


def match_option(label: str, options: Sequence[str], min_score: int = LABEL_MIN_SCORE
                 ) -> str | None:
    """The option ``label`` stands for, tolerating OCR damage; None if none is close enough.

    A label that merely starts with an option ("other (please specify): REIT") counts too.

    >>> match_option("Benefcial Owner", ["Promoter", "Beneficial Owner", "Director"])
    'Beneficial Owner'
    >>> match_option("Directors", ["Director"]) , match_option("Dealer", ["Director"])
    ('Director', None)
    """
    low = label.lower().strip(" :.")
    best, best_score = None, 0.0
    for opt in options:
        o = opt.lower()
        score = fuzz.ratio(low, o)
        if len(low) > len(o) + 3:  # longer label: compare its head with the option
            score = max(score, fuzz.ratio(low[: len(o)], o))
        if score > best_score:
            best, best_score = opt, score
    return best if best_score >= min_score else None


def read_options(text: str, options: Sequence[str], start: int = 0, end: int | None = None,
                 min_score: int = LABEL_MIN_SCORE) -> dict[str, Checkbox]:
    """The boxes in ``text[start:end]`` whose labels match ``options``, keyed by option.

    The first box matching an option wins; unmatched boxes are left out.

    >>> r = read_options("☐ Promoter ☒ Benefcial Owner", ["Promoter", "Beneficial Owner"])
    >>> {k: v.checked for k, v in r.items()}
    {'Promoter': False, 'Beneficial Owner': True}
    """
    out: dict[str, Checkbox] = {}
    for box in find_checkboxes(text, start, end):
        opt = match_option(box.label, options, min_score)
        if opt is not None and opt not in out:
            out[opt] = box
    return out


def checked_options(text: str, options: Sequence[str], start: int = 0, end: int | None = None
                    ) -> list[str]:
    """The options of ``options`` whose boxes are checked in ``text[start:end]``, in form order.

    >>> checked_options("☒ Actual☐ Estimated", ["Actual", "Estimated"])
    ['Actual']
    """
    found = read_options(text, options, start, end)
    return [o for o in options if o in found and found[o].checked]
