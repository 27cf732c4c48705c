"""Signature blocks that print the party signed for under the signer's name, not over it.

Most blocks name the party first and sign under it ("ACME FUND, L.P." / "By: /s/ Jane Roe" /
"Jane Roe, President"). Some print the signature first and the party last::

    /s/ Jane Q. Roe
    Jane Q. Roe, Chief Executive Officer
    Acme Energy, LLC

    /s/ Jane Q. Roe
    Jane Q. Roe, Chief Executive Officer
    Beta Energy, LLC

:func:`~graphkit.parsers.signatures.read_signatures` walks a section top down and gives each
party to the signature under it: here the first signature would sign for no one, the second
for Acme Energy, and Beta Energy would be left unsigned. :func:`realign_parties_below` gives
each party to the signature over it instead, only when the whole section has that shape: it
opens on a signature with no party over it and ends on a party with no signature under it,
every block is a "/s/" line, the signer's printed name and title, and one party, and every
signature has a title (a signer signs for an entity in a capacity). Any other section is left
as the walk read it.

Examples
--------
>>> from graphkit.models import Signature
>>> from graphkit.source import SourceText
>>> t = ("/s/ Jane Roe\\nJane Roe, President\\nAcme LLC\\n\\n"
...      "/s/ John Doe\\nJohn Doe, Manager\\nBeta LLC\\n")
>>> sec = SignatureSection(start=0, end=len(t), unsigned=["Beta LLC"], signatures=[
...     Signature(signer="Jane Roe", title="President"),
...     Signature(signer="John Doe", title="Manager", on_behalf_of=["Acme LLC"])])
>>> rows = [(0, 12, "/s/ Jane Roe"), (13, 32, "Jane Roe, President"), (33, 41, "Acme LLC"),
...         (42, 42, ""), (43, 55, "/s/ John Doe"), (56, 73, "John Doe, Manager"),
...         (74, 82, "Beta LLC")]
>>> realign_parties_below(SourceText(path="x.txt", text=t), sec, rows, 0)
True
>>> [(s.signer, s.on_behalf_of) for s in sec.signatures], sec.unsigned
([('Jane Roe', ['Acme LLC']), ('John Doe', ['Beta LLC'])], [])
>>> [(f.relation.value, f.holder, f.held) for f in sec.findings]
[('officer_of', 'Jane Roe', 'Acme LLC'), ('managing_member_of', 'John Doe', 'Beta LLC')]
"""

from __future__ import annotations

from typing import Optional

from graphkit.names import clean_name
from graphkit.parsers.signature_findings import SignatureSection, title_findings
from graphkit.parsers.signature_roles import BY_LINE
from graphkit.parsers.signature_section import SLASH_S
from graphkit.source import SourceText

#: Title findings (:func:`~graphkit.parsers.signature_findings.title_findings`) carry these
#: patterns; a section realigned holds no other finding
TITLE_PATTERNS = ("signature_officer", "signature_title")


def _blocks(lines: list[tuple[int, int, str]], parties: list[str]
            ) -> Optional[list[tuple[int, int]]]:
    """The (start, end) of each block of ``lines`` from the first "/s/" line on, when block k
    is a "/s/" line, one or two printed lines (the signer's name and title: no "/s/" and no
    "By:" line) and the line of ``parties[k]``, every "/s/" line has the same label before it
    (none, "By:", "Name:"), and nothing follows the last block but lines of digits alone (page
    numbers). None when the lines have any other shape.

    >>> rows = [(0, 4, "Dated: May 1"), (5, 17, "/s/ Jane Roe"), (18, 37, "Jane Roe, President"),
    ...         (38, 46, "Acme LLC"), (47, 48, "6")]
    >>> _blocks(rows, ["Acme LLC"])
    [(5, 46)]
    >>> _blocks(rows[:3], ["Acme LLC"]) is None, _blocks(rows, ["Beta LLC"]) is None
    (True, True)
    >>> _blocks(rows[1:4] + [(47, 60, "By: /s/ John Doe"), (61, 70, "John Doe, Manager"),
    ...                      (71, 79, "Beta LLC")], ["Acme LLC", "Beta LLC"]) is None
    True
    """
    first = next((k for k, (_, _, t) in enumerate(lines)
                  if "/s/" in t.lower() and SLASH_S.match(t)), None)
    if first is None:
        return None
    rows = [r for r in lines[first:] if r[2].strip()]
    while rows and rows[-1][2].strip(" \t|").isdigit():
        rows.pop()  # "6": the page's number under the last block
    out: list[tuple[int, int]] = []
    labels: set[str] = set()  # what stands before each "/s/": "", "by:", "name:"
    k = 0
    for party in parties:
        if k >= len(rows) or not ("/s/" in rows[k][2].lower() and SLASH_S.match(rows[k][2])):
            return None
        labels.add("".join(rows[k][2].lower().partition("/s/")[0].split()).strip("|"))
        end = next((j for j in range(k + 2, min(k + 4, len(rows)))
                    if clean_name(rows[j][2]).lower() == party.lower()), None)
        if end is None or any("/s/" in t.lower() or BY_LINE.match(t)
                              for _, _, t in rows[k + 1:end]):
            return None
        out.append((rows[k][0], rows[end][1]))
        k = end + 1
    # every block signs the same way: "/s/ Jane Roe" and "By: /s/ John Doe" under a party's
    # name are two layouts, not one
    return out if k == len(rows) and len(labels) == 1 else None


def realign_parties_below(src: SourceText, sec: SignatureSection,
                          lines: list[tuple[int, int, str]], s: int) -> bool:
    """Give each party of ``sec`` printed under a signature's block to that signature, when
    the section prints every party under its signer (see the module's docstring); ``lines``
    are the section's rows as :func:`~graphkit.parsers.signatures.read_signatures` walked them
    (offsets from ``s``). The title findings of the blocks are read again for the parties
    given. Returns True when the section was realigned; else leaves ``sec`` as it is.

    A block whose party stands over its signature ("Acme LLC" / "/s/ Jane Roe" / "Jane Roe,
    President") is read as the walk reads it: the first signature of such a section signs for
    a party, and no party is left unsigned under the last.
    """
    sigs = sec.signatures
    if len(sigs) < 2 or len(sec.unsigned) != 1 or sigs[0].on_behalf_of or \
            any(not sig.title for sig in sigs) or \
            any(len(sig.on_behalf_of) != 1 for sig in sigs[1:]) or \
            any(f.pattern not in TITLE_PATTERNS for f in sec.findings):
        return False
    parties = [sig.on_behalf_of[0] for sig in sigs[1:]] + sec.unsigned
    blocks = _blocks(lines, parties)
    if blocks is None:
        return False
    sec.signatures = [sig.model_copy(update={"on_behalf_of": [party]})
                      for sig, party in zip(sigs, parties)]
    sec.unsigned = []
    sec.findings = [f for sig, party, (a, b) in zip(sec.signatures, parties, blocks)
                    for f in title_findings(sig.signer, sig.title or "", party,
                                            src.evidence(a + s, b + s, section="signature"))]
    return True
