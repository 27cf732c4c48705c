"""Lines of a list of names, one name a line, that end a sentence at their line break.

Item 2(a) of a Schedule 13G often lists the filers one a line, with no blank line and no stop
between them, and a sentence right after the last::

    Acme Growth Partners (Cayman) L.P.
    Acme Capital (Cayman) Ltd.
    Jane Q. Roe
    Acme Capital (Cayman) Ltd. is the general partner of Acme Growth Partners (Cayman) L.P.

Nothing in :data:`~graphkit.parsers.prose_sentence_patterns.SENTENCE_END` ends a sentence there,
so the squeezed sentence read the four lines as one name, the general partner. A line that is
a whole organization's name ending in its legal form (:data:`NAME_LINE`, group ``org``) ends a
sentence at its line break when the next line opens with a capitalised word that does not go
on with a name ("Fund II", "Trust": :data:`~graphkit.parsers.prose_sentence_subjects.NAME_WORDS`).
A whole line of a person's name (group ``person``: "Jane Q. Roe"), or of a name in
capitals ("ACME FUND, L.P."), ends one only inside such a list: when the line before or after
it is a name line too, as a lone short line may be a wrapped sentence's, and a line in
capitals a wrapped sentence's in capitals. A wrapped sentence goes on: "... the general partner of Acme" /
"Fund, L.P." (the line holds more than a name), "... held by" / "Acme Holdings, Inc." / "Fund
II, L.P." (the next line goes on with the name).

Examples
--------
>>> t = "Acme Fund, L.P.\\nAcme GP, LLC\\nJane Q. Roe\\nAcme GP, LLC is the general partner."
>>> [t[s:e] for s, e in list_line_breaks(t, 0, len(t))]
['\\n', '\\n', '\\n']
>>> list_line_breaks("the general partner of Acme\\nFund, L.P. Jane Roe", 0, 47)
[]
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_name_patterns import PLACE_IN_PARENS
from graphkit.parsers.prose_sentence_subjects import NAME_WORDS, PLAN_WORDS

#: A legal form that ends a name at the end of its line: "L.P.", "LLC", "Ltd.", "Limited",
#: "Inc.", "Corporation", "S.A.", in capitals "LTD.", "INC."
_LINE_FORM = r"""(?:L\.\s?P\.|LP|L\.\s?L\.\s?C\.|LLC|L\.\s?L\.\s?P\.|LLP|Inc\.?|INC\.?|Ltd\.?|LTD\.?
    |Limited|LIMITED|Corp\.?|CORP\.?|Corporation|CORPORATION|Co\.|CO\.|Company|COMPANY|plc|PLC
    |GmbH|AG|S\.\s?A\.|N\.\s?V\.|B\.\s?V\.)"""

#: Words in capitals that join the words of a sentence, never a line's whole name: "IS", "OF",
#: "BY", "A" ("THE SHARES ARE HELD BY ACME FUND, L.P.", "(VI) ACME PARTNERS, L.L.C., A
#: DELAWARE LIMITED" are no name lines); a name in capitals that holds one ("BANK OF ACME
#: CORP.") ends no sentence at its line break, as on one line
_CAPS_JOINER = r"""(?:IS|ARE|WAS|WERE|THE|BY|OF|TO|AND|OR|NOR|AS|IN|ON|AT|FOR|WITH|FROM|ITS|HELD
    |OWNED|A|AN|EACH|BOTH|WHICH|WHO|THAT)\b"""
#: The first word of a name line: "Beta", "ACME", "Acme," (no mark in parentheses: "(vi)")
_FIRST_WORD = rf"""(?:(?!{_CAPS_JOINER})[A-Z0-9][A-Za-z0-9.'&\-]*,?)"""
#: A later word of a name line: "Partners,", "&", "(Cayman)", "(Q)", "of"
_LINE_WORD = rf"""(?:{_FIRST_WORD}|&|{PLACE_IN_PARENS},?|\([A-Z]{{1,4}}\),?|of|and|de|for)"""

#: A whole line that is one name (from its start): an organization's ending in its legal form
#: (group ``org``: "    Acme Growth Partners (Cayman) L.P.", "ACME GP, LLC", "(Cayman) L.P."
#: wrapped from the line before) or a person's of two or three words (group ``person``,
#: its first and last words ``first``, ``last``: "Jane Q. Roe", "MITCHELL S. LEVINE",
#: "Jane Roe, Jr."). Nothing follows the name on its line: "Acme Fund, L.P.," goes on with
#: the sentence ("..., on its own behalf"). The next line opens with a capitalised word (group
#: ``next``) that joins no sentence ("AND BETA FUND, L.P.", "By: Acme GP, LLC" of a signature
#: block). Which words go on with a name ("Fund II", "Capital Management") is checked on the
#: match (:func:`_name_line`): a pattern of them all, tried at each line, is slow.
_NAME_LINE = rf"""
    [ \t]*
    (?:(?P<org>{PLACE_IN_PARENS}[ \t]+{_LINE_FORM}                           # "(Cayman) L.P."
        |{_FIRST_WORD}(?:[ \t]+{_LINE_WORD}){{0,7}}[ \t]+{_LINE_FORM})    # "Acme Fund (Cayman) L.P."
      |(?P<person>(?!{_CAPS_JOINER})(?P<first>[A-Z][a-z]+|[A-Z]{{2,}})      # "Jane"
        (?:[ \t]+[A-Z]\.)?                                                # " S."
        [ \t]+(?!{_CAPS_JOINER})(?P<last>[A-Z][A-Za-z'\-]*[A-Za-z])        # " Roe"
        (?:,?[ \t]+(?:Jr|Sr|JR|SR)\.?)?))                                 # ", Jr."
    [ \t]*(?=\r?\n[ \t]*(?P<next>(?!{_CAPS_JOINER}|By\b)[A-Z][A-Za-z]*))  # "Beta ..."
"""
#: What every :data:`_NAME_LINE` match after a line break holds, checked first, as most lines
#: are prose: the line opens with the name's first character ("Acme", "(Cayman)"), its last
#: character before the break is a letter, a stop, a space or "\r" (the name ends in a legal
#: form, "Jr." or a last name), and the next line opens with a capital. Where the name's legal
#: form is broken by a line break ("L." / "P.") that break is the first: a stop before it and a
#: capital after it. Trying the whole pattern at each line of prose is slow.
_NAME_LINE_SHAPE = r"""(?=[ \t]*+[A-Z0-9(][^\n]*+(?<=[A-Za-z. \t\r])\n[ \t]*+[A-Z])"""
#: :data:`_NAME_LINE` after its line break, which the engine scans for (a text's first line is
#: tried with :data:`FIRST_NAME_LINE`)
NAME_LINE = regex_cache.compile(r"\n" + _NAME_LINE_SHAPE + _NAME_LINE, re.VERBOSE)
#: :data:`_NAME_LINE` at the start of a stretch of text
FIRST_NAME_LINE = regex_cache.compile(_NAME_LINE, re.VERBOSE)
#: A roman numeral, which goes on with a name on the next line ("Acme Fund, L.P." / "II")
_ROMAN = regex_cache.compile(r"[IVX]+")
#: The capitalised words opening the next line (up to a word in lower case or the line's end):
#: "Retirement Savings Plan" of "Retirement Savings Plan, of which ..."
CAPITALISED_RUN = regex_cache.compile(r"""(?:[A-Z0-9&][A-Za-z0-9.'&\-]*,?[ \t]*)+""", re.VERBOSE)


def _name_line(m: re.Match[str]) -> bool:
    """True when the :data:`NAME_LINE` match ``m`` is one: the next line opens a new name, not
    one that goes on ("Fund II", "Trust", "II": :data:`~graphkit.parsers.prose_sentence_subjects.
    NAME_WORDS`), and a person's words are no organization's ("Capital Management")."""
    words = [m.group("next")]
    if m.group("person") is not None:
        words += [m.group("first"), m.group("last")]
    run = CAPITALISED_RUN.match(m.string, m.start("next"))
    goes_on = [w.strip(",").lower() for w in run.group(0).split()] if run else []
    if any(w in PLAN_WORDS for w in goes_on):
        return False  # "Acme Corp." / "Retirement Savings Plan": one name
    return not any(w.lower() in NAME_WORDS for w in words) and not _ROMAN.fullmatch(words[0])


def list_line_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence ends at the line breaks of a list of names, one a line, in
    ``text[start:end]``: each a span from the end of the name's line (after its stop) to the
    start of the next line's first word. See :data:`NAME_LINE`.

    >>> t = "Acme Fund (Cayman) L.P.\\n  Acme GP Ltd. is its general partner."
    >>> [(t[:s], t[e:e + 7]) for s, e in list_line_breaks(t, 0, len(t))]
    [('Acme Fund (Cayman) L.P.', 'Acme GP')]
    >>> list_line_breaks("Jane Roe\\nAcme GP LLC is the general partner.", 0, 44)  # no list
    []
    """
    lines: list[tuple[int, int, int, bool]] = []  # (line start, stop, next start, list only)
    first = FIRST_NAME_LINE.match(text, start, end) if start == 0 or text[start - 1] == "\n" else None
    for m in ([first] if first else []) + list(NAME_LINE.finditer(text, start, end)):
        if not _name_line(m):
            continue
        org = m.group("org")
        listed_only = org is None or not any(c.islower() for c in org)  # a person's, in capitals
        lines.append((_line_start(text, m.end()), m.end("org" if org is not None else "person"),
                      m.start("next"), listed_only))
    breaks: list[tuple[int, int]] = []
    for i, (line, stop, nxt, listed_only) in enumerate(lines):
        if listed_only:
            after = i + 1 < len(lines) and lines[i + 1][0] == _line_start(text, nxt)
            before = i > 0 and _line_start(text, lines[i - 1][2]) == line
            if not (after or before):
                continue
        breaks.append((stop, nxt))
    return breaks


def _line_start(text: str, pos: int) -> int:
    """The start of the line holding ``pos``."""
    return text.rfind("\n", 0, pos) + 1
