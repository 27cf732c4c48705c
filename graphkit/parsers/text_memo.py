"""What one parse computes from a filing's whole text once, shared by its readers.

Several readers of one parse ask for the same thing of the same text (its case fold, the terms
it defines in quotes). :func:`per_text` keeps the value for the text asked last, found by
identity: it is shared within one parse, and never found again for another text, even one of
the same value (a filing parsed again starts afresh, so no result crosses from one file to the
next).

>>> calls = []
>>> @per_text
... def shout(text: str) -> str:
...     calls.append(text)
...     return text.upper()
>>> t = "acme"
>>> shout(t), shout(t), len(calls)
('ACME', 'ACME', 1)
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

T = TypeVar("T")


def per_text(fn: Callable[[str], T]) -> Callable[[str], T]:
    """``fn`` of a whole text, kept for the text it was asked of last (by identity).

    The pair (text, value) is read and replaced in one step each, so a thread that parses
    another text meanwhile can only cost a second computation, never give a wrong value.
    """
    last: list[tuple[object, object]] = [(object(), None)]  # no text is this placeholder

    @functools.wraps(fn)
    def kept(text: str) -> T:
        held = last[0]
        if held[0] is text:
            return held[1]  # type: ignore[return-value]
        value = fn(text)
        last[0] = (text, value)
        return value

    return kept
