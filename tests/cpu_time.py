"""Guards against runaway patterns, measured in CPU time.

A few tests feed a parser an input that once made a pattern backtrack for minutes (a long line
of capitals, a list of eighty names) and check it now finishes. They are no benchmarks (speed
figures are in ``bench/``): the limit sits about ten times above the normal time, and it is
counted in the CPU time of the test process, so a machine busy with other jobs does not fail
them, while an exponential or quadratic regression still does.

>>> with cpu_seconds() as spent:
...     _ = sum(range(1000))
>>> 0 <= spent() < 1
True
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator


@contextmanager
def cpu_seconds() -> Iterator[Callable[[], float]]:
    """The CPU seconds this process spent since the block began (call the yielded function)."""
    began = time.process_time()
    yield lambda: time.process_time() - began
