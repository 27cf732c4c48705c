"""Schedule 13G Item 7 told as a sentence: "Acme & Co. is a broker or dealer registered ...".

Many parent holding companies answer Item 7 not with a list but with one sentence per
subsidiary, giving its Item 3 classification in words, in Item 7 itself or in an exhibit headed
"Item 7 Information" that Item 7 sends the reader to ("See Exhibit(2)")::

    ITEM 7 INFORMATION

    Acme & Co. is a broker or dealer registered under Section 15 of the Act and an investment
    adviser registered under Section 203 of the Investment Advisers Act of 1940.

:func:`classified_names` finds the names such sentences classify; the caller
(:func:`graphkit.parsers.schedule13_subsidiaries.item7_subsidiaries`) checks that each is an
organization's name and links it to the one parent holding company.

Examples
--------
>>> text = "ITEM 7 INFORMATION\\n\\n  Acme & Co. is a broker or dealer registered under ..."
>>> [(text[s:e], cls) for s, e, cls in classified_names(text, 0, len(text))]
[('Acme & Co.', 'broker or dealer')]
>>> information_exhibit(text, 0)
(0, 75)
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.prose_lists import split_names
from graphkit.parsers.prose_sentences import sentence_spans

#: A sentence opening with a name and classifying it as an Item 3 kind of institution: "Acme &
#: Co. is a broker or dealer registered ...", "Acme Trust Company, N.A. is a bank as defined in
#: Section 3(a)(6)", "Acme Advisers LLC is an investment adviser"; matched at a sentence's
#: start (:func:`~graphkit.parsers.prose_sentences.sentence_spans`), the name on one line
#: (group ``name``; a name wrapped over two lines is not read, as one with "dba" and a second
#: name often is), the kind in words (group ``kind``, any case). A list of names is read when
#: the sentence says each is of the kind: "Each of Acme Bank, N.A. and Beta Bank is a bank",
#: "Both ... are banks", "Acme Bank and Beta Bank are banks" (group ``list``: "Each of"/"Both",
#: or the plural ``are``; :func:`classified_names` splits it). A parent holding company, a
#: control person or "a bank holding company" is no subsidiary's kind; a sentence opening with
#: another list word ("Neither A nor B is", "None of") or the filer's term is not read; nor one
#: denying the link (:data:`NOT_A_SUBSIDIARY`)
CLASSIFIED_AS = regex_cache.compile(r"""
    \s*
    (?:Item[ \t]*7[.:]?[ \t]+|\(?\d{1,2}[.)][ \t]+)?  # "Item 7. ", "1. ": no part of the name
    (?!(?i:(?:none|all|any)\s+of|either|neither|the\s+reporting)\b)  # no list of these
    (?P<list>(?i:each\s+of|both)\s+)?
    (?P<name>[A-Z][^\n]{2,120}?)
    \s+(?i:(?:is|(?P<are>are))\s+(?(are)|an?\s+))(?i:(?:each|both)\s+)?(?(are)(?i:an?\s+)?|)
    (?i:registered\s+)?
    (?P<kind>(?i:brokers?(?:\s+or\s+|\s*-\s*|\s+)dealers?|banks?|investment\s+advis[eo]rs?
       |insurance\s+compan(?:y|ies)|investment\s+compan(?:y|ies)|savings\s+associations?))
    \b(?!\s+(?i:holding\s+compan|affiliate))  # "a bank holding company" is no bank
""", re.VERBOSE | re.MULTILINE)

#: A plural ending of a kind's word: "banks", "companies" (never the "s" of "savings")
PLURAL_END = regex_cache.compile(r"""(?<!saving)(?:(?<=compan)ies|s)\b""", re.VERBOSE)

#: A sentence saying the classified company is no subsidiary of the filer: "affiliated with,
#: but not a subsidiary of", "is not a subsidiary of", "unaffiliated with"
NOT_A_SUBSIDIARY = regex_cache.compile(r"""
    \bnot\s+(?:a\s+|an\s+)?(?:wholly[- ]owned\s+)?subsidiar|\bunaffiliated\b|\bnot\s+affiliated\b
""", re.VERBOSE | re.IGNORECASE)

#: The heading of an exhibit that gives Item 7's answer, alone on its line: "ITEM 7
#: INFORMATION", "Item 7 Information:"
INFORMATION_HEADING = regex_cache.compile(r"""
    ^[ \t]*Item[ \t]+7[ \t]+Information[ \t]*:?[ \t]*$
""", re.VERBOSE | re.MULTILINE | re.IGNORECASE)

#: The end of an exhibit: the next document of a submission or the next exhibit's heading
EXHIBIT_END = regex_cache.compile(r"""
    ^[ \t]*(?:</DOCUMENT>|<DOCUMENT>|EXHIBIT[ \t]+[A-Z0-9][0-9.]{0,5}[ \t]*$)
""", re.VERBOSE | re.MULTILINE | re.IGNORECASE)

#: The most characters of an "Item 7 Information" exhibit read
EXHIBIT_CHARS = 4000


def classified_names(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of each name that a sentence of ``text[start:end]`` classifies
    as an Item 3 kind of institution (:data:`CLASSIFIED_AS`), the kind in words.

    >>> t = "Item 7. Acme Trust Company, N.A. is a bank as defined in Section 3(a)(6)."
    >>> [(t[s:e], k) for s, e, k in classified_names(t, 0, len(t))]
    [('Acme Trust Company, N.A.', 'bank')]
    """
    part = text[start:end]
    if " is a" not in part and " IS A" not in part and " are " not in part \
            and " ARE " not in part:
        return []
    out = []
    for s, e in sentence_spans(text, start, end):
        m = CLASSIFIED_AS.match(text, s, e)
        if m is None or _denied(text, m.end(), e):
            continue
        kind = " ".join(PLURAL_END.sub(lambda p: "y" if p[0] == "ies" else "", m["kind"]).split())
        if m["list"] or m["are"]:
            out += [(a, b, kind) for a, b in _listed(text, m.start("name"), m.end("name"))]
        else:
            out.append((m.start("name"), m.end("name"), kind))
    return out


def _listed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the names listed in ``text[start:end]`` ("Acme Bank, N.A. and Beta Bank"),
    each as printed; none when it lists fewer than two or one is not printed as split.

    >>> t = "Acme Bank, N.A., Beta Trust Company and Gamma & Co."
    >>> [t[s:e] for s, e in _listed(t, 0, len(t))]
    ['Acme Bank, N.A.', 'Beta Trust Company', 'Gamma & Co.']
    """
    names = split_names(text[start:end])
    spans, pos = [], start
    for name in names:
        at = text.find(name, pos, end)
        if at < 0:
            return []  # rewritten by the split ("Messrs. Roe and Doe"): not read
        spans.append((at, at + len(name)))
        pos = at + len(name)
    return spans if len(spans) > 1 else []


def _denied(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (the sentence after the classification) denies the
    classified company is a subsidiary (:data:`NOT_A_SUBSIDIARY`), not in a clause on another
    party ("..., which is not a subsidiary of any other entity" speaks of the parent).

    >>> _denied("X is a bank, but not a subsidiary of Y", 11, 38)
    True
    >>> t = "X is a bank owned by Y, which is not a subsidiary of any other entity"
    >>> _denied(t, 11, len(t))
    False
    """
    d = NOT_A_SUBSIDIARY.search(text, start, end)
    return d is not None and OTHER_CLAUSE.search(text, start, d.start()) is None


#: A relative clause on another party before a denial: "which", "that", "who"
OTHER_CLAUSE = regex_cache.compile(r"""\b(?:which|that|who|whose)\b""", re.VERBOSE)


def information_exhibit(text: str, pos: int) -> Optional[tuple[int, int]]:
    """The span of the first exhibit headed "Item 7 Information" after ``pos``: from its
    heading to the next exhibit or document, at most :data:`EXHIBIT_CHARS`; None when none.

    >>> t = "Item 7. See Exhibit(2)\\nEXHIBIT 99.2\\nITEM 7 INFORMATION\\nAcme\\n</DOCUMENT>"
    >>> s, e = information_exhibit(t, 10); t[s:e]
    'ITEM 7 INFORMATION\\nAcme\\n'
    """
    head = INFORMATION_HEADING.search(text, pos)
    if head is None:
        return None
    stop = min(len(text), head.end() + EXHIBIT_CHARS)
    nxt = EXHIBIT_END.search(text, head.end(), stop)
    return head.start(), nxt.start() if nxt else stop
