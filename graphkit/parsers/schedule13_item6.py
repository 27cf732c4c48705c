"""Item 6 of a Schedule 13G or 13D: the clients an adviser holds the shares for, listed by name.

Item 6 ("Ownership of More than Five Percent on Behalf of Another Person") names who may receive
the dividends or the proceeds of a sale. An investment adviser often answers it with its
clients, one per line after the sentence that says so::

    Capital Acme Investors holds more than five percent of the outstanding Common Stock of
    Acme Corp. as of December 31, 2007 on behalf of each of the following client(s):

         Acme High-Income Trust
         The Acme Income Fund, Inc.

:func:`read_item6_clients` reads each listed client as held by the sentence's subject through
an ``investment_manager_of`` finding, citing the sentence and the list. Only a list that follows
"on behalf of ... client(s):" is read, and only lines that look like names.

Examples
--------
>>> from graphkit.source import SourceText
>>> text = ("Item 6. Acme Investors holds more than five percent of the Common Stock on behalf "
...         "of each of the following client(s):\\n\\n  Acme High-Income Trust\\n  Beta Fund, "
...         "Inc.\\n\\nItem 7. N/A")
>>> [(f.relation.value, f.holder, f.held) for f in read_item6_clients(SourceText("x.txt", text))]
... # doctest: +NORMALIZE_WHITESPACE
[('investment_manager_of', 'Acme Investors', 'Acme High-Income Trust'),
 ('investment_manager_of', 'Acme Investors', 'Beta Fund, Inc.')]
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.partybook import looks_like_name
from graphkit.parsers.prose import ProseFinding
from graphkit.parsers.prose_patterns import NAME
from graphkit.relations import Relation
from graphkit.source import SourceText

#: The sentence that leads to a list of clients: "Acme Investors holds more than five percent of
#: the outstanding Common Stock of Acme Corp. as of ... on behalf of each of the following
#: client(s):" (the holder is the sentence's subject; a stop before a lower-case word, "Corp.
#: as of", ends no sentence)
CLIENTS_FOLLOW = regex_cache.compile(rf"""
    (?:^|(?<=[.:])\s+|\n)[ \t]*(?P<holder>{NAME})\s+hold(?:s|ing)?\s+
    (?:[^.;]|\.(?=\s*[a-z,])){{0,300}}?on\s+behalf\s+of\s+(?:each\s+of\s+)?the\s+following\s+clients?(?:\(s\))?\s*:[ \t]*\n
""", re.VERBOSE)

#: The stop of a sentence or a caption inside the words read as the holder: "Item 6. Acme",
#: "Acme Corp..  Capital Acme Investors" (not the initial of "T. Rowe Acme")
SENTENCE_STOP = regex_cache.compile(r"""(?:(?<=[0-9])|(?<=[a-z]{2}))[.:]+\s+(?=[A-Z])""", re.VERBOSE)

#: A list line's own marks around the client's name: a leading number or bullet ("(1) ",
#: "2. ", "- "), a trailing footnote mark or percent ("(1)", "(5.3%)")
LIST_MARKS = regex_cache.compile(r"""^(?:\(?\d{1,2}[.)]|[-•*·])[ \t]+|[ \t]*\((?:\d{1,2}|[\d.]+%)\)$""",
                                 re.VERBOSE)
#: Where a list line's first cell ends: a table's "|", a gap of two spaces or more, or a number
#: ("Acme Trust | 100,000 | 5.2%", "Acme Trust      600,000     5.1%")
CELL_END = regex_cache.compile(r"""[ \t]*\||[ ]{2,}|\t|[ \t]+(?=[$\d])""", re.VERBOSE)
#: A line that points elsewhere rather than naming a client: "See Exhibit A", "Not applicable"
NOT_A_CLIENT = regex_cache.compile(r"""^(?:see|refer|not\s+applicable|none|n/a)\b""", re.I | re.VERBOSE)

#: Most lines of a client list read (a longer run is a table of something else)
MAX_CLIENTS = 40


def read_item6_clients(src: SourceText, start: int = 0, end: Optional[int] = None
                       ) -> list[ProseFinding]:
    """The clients Item 6 (``src.text[start:end]``) lists as held for by an adviser, as
    ``investment_manager_of`` findings from the adviser to each client, in order.

    >>> read_item6_clients(SourceText("x.txt", "Item 6. Not applicable."))
    []
    >>> text = ("Acme Investors holds 6% on behalf of the following clients:\\n(1) Acme Trust | "
    ...         "100,000 | 5.2%\\nBeta Fund, Inc.(1)\\nGamma Fund    600,000    5.1%\\nSee Exhibit A")
    >>> [f.held for f in read_item6_clients(SourceText("x.txt", text))]
    ['Acme Trust', 'Beta Fund, Inc.', 'Gamma Fund']
    """
    text = src.text
    end = len(text) if end is None else end
    out: list[ProseFinding] = []
    m = CLIENTS_FOLLOW.search(text, start, end)
    if m is None:
        return out
    clients: list[str] = []
    pos = m.end()
    while pos < end and len(clients) < MAX_CLIENTS:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        line = text[pos:line_end].strip()
        if line:
            name = LIST_MARKS.sub("", CELL_END.split(LIST_MARKS.sub("", line), 1)[0]).strip()
            if NOT_A_CLIENT.match(line) or not looks_like_name(name) or \
                    line.lower().startswith("item"):
                break
            clients.append(name)
        elif clients:
            break  # the blank line after the list
        pos = line_end + 1
    if not clients:
        return out
    holder = " ".join(SENTENCE_STOP.split(m["holder"])[-1].split())
    evidence = src.evidence(m.start("holder"), min(pos, end), section="Item 6")
    return [ProseFinding(relation=Relation.INVESTMENT_MANAGER_OF, holder=holder, held=c,
                         evidence=evidence, pattern="item6_clients") for c in clients]
