"""Read a made-up signature section and give back what tests compare: each signature as
(signer, title, parties signed for) and each relation found as (relation, holder, held)."""

from __future__ import annotations

from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText


def read_block(text: str) -> tuple[list[tuple], list[tuple[str, str, str]]]:
    """The signatures and findings of the first signature section of ``text``."""
    sec = read_signatures(SourceText(path="x.txt", text=text))
    return ([(s.signer, s.title, s.on_behalf_of) for s in sec.signatures],
            [(f.relation.value, f.holder, f.held) for f in sec.findings])
