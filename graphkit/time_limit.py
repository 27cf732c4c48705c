"""A limit on the wall time of parsing one file, so that no input can hang a batch.

A pattern that backtracks badly on text nobody foresaw (a garbled OCR page, a list of a thousand
names) can take minutes on one file. :func:`time_limit` stops the code it guards once its seconds
have passed, by raising :class:`~graphkit.errors.TimeLimitExceeded` from a ``SIGALRM`` handler:
CPython checks for signals between bytecodes and inside a running regular expression, so even a
regex stuck in C is stopped. The batch (:func:`graphkit.batch.parse_many`) guards each file with
it, in this process or in each worker, and reports a stopped file as failed with the reason.

The limit needs ``signal.setitimer`` (POSIX: Linux, macOS) and the main thread of its process.
Elsewhere (Windows, a thread of a server), or while another ``ITIMER_REAL`` timer is running,
it does not stop anything: it logs once why not, and the guarded code runs unlimited. One call
into C that does not check for signals (lxml parsing a whole page) is not interrupted either;
the stop comes when it returns.

Once stopped, the code is stopped again every :data:`REPEAT` seconds until it leaves the guard,
so that an ``except`` somewhere (a logging handler's) cannot swallow the stop and run on
unlimited; code that catches the stop to keep what it has read calls :func:`allow_wrap_up`.

Examples
--------
>>> import re
>>> try:
...     with time_limit(0.2, "slow.txt"):
...         re.match(r"(a+)+b", "a" * 40)  # years of backtracking, stopped after 0.2 s
... except TimeLimitExceeded as exc:
...     print(exc.message.split(";")[0])
stopped after 0.2 s, the time limit for one file
>>> with time_limit(None, "fast.txt") as limited:  # no limit: a no-op
...     limited
False
"""

from __future__ import annotations

import logging
import signal
import threading
from contextlib import contextmanager
from types import FrameType
from typing import Iterator, Optional

from graphkit.errors import TimeLimitExceeded

__all__ = ["TIME_LIMIT", "time_limit", "allow_wrap_up", "can_limit", "TimeLimitExceeded"]

log = logging.getLogger(__name__)

#: Seconds of wall time one file may take before it is stopped and reported failed. The largest
#: filings take under a second (a 4 MB 13G document 0.3 s); minutes mean a pattern stuck on
#: text it backtracks on, which would otherwise hold its worker for hours
TIME_LIMIT = 120.0
#: Seconds between stops once the limit is past (see the module's text)
REPEAT = 1.0
#: Seconds :func:`allow_wrap_up` gives stopped code to finish what it has read
WRAP_UP = 10.0

#: A limit this long or longer is none (about 30 years: the timer refuses far longer ones)
FOREVER = 1e9

#: Whether a limit of :func:`time_limit` is in force in this process (only its main thread
#: can hold one)
_ACTIVE = False

#: Why a limit could not be set, each logged once per process (a batch asks for every file)
_WARNED: set[str] = set()


def can_limit() -> Optional[str]:
    """None when :func:`time_limit` can stop code here, else why not (in words).

    >>> can_limit() is None  # POSIX, main thread, no other timer running
    True
    """
    if not hasattr(signal, "setitimer"):
        return "this platform has no interval timer (signal.setitimer)"
    if threading.current_thread() is not threading.main_thread():
        return "signals reach only the main thread, and this is another thread"
    if signal.getitimer(signal.ITIMER_REAL)[0]:
        return "another ITIMER_REAL timer is running in this process"
    return None


def _where(frame: Optional[FrameType]) -> str:
    """The innermost graphkit or resolvers function of ``frame``'s stack, e.g.
    "graphkit.parsers.prose.find_relationships", or "" if none (for the report: where it stuck)."""
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith(("graphkit.", "resolvers.")) and module != __name__:
            return f"{module}.{frame.f_code.co_name}"
        frame = frame.f_back
    return ""


@contextmanager
def time_limit(seconds: Optional[float], source: Optional[str] = None) -> Iterator[bool]:
    """Stop the guarded code with :class:`~graphkit.errors.TimeLimitExceeded` once ``seconds``
    of wall time have passed; yield whether a limit is in force.

    Parameters
    ----------
    seconds : float or None
        The limit; None, 0 or less, NaN, or :data:`FOREVER` or more sets none.
    source : str, optional
        The file being parsed, named in the error.

    The error names the function it stopped in. Where no limit can be set (:func:`can_limit`)
    one warning is logged and the code runs unlimited. The previous ``SIGALRM`` handler is
    restored on the way out.
    """
    global _ACTIVE
    asked = bool(seconds and 0 < seconds < FOREVER)  # NaN compares False: no limit
    why_not = can_limit() if asked else "no limit asked for"
    if why_not is not None:
        if asked and why_not not in _WARNED:
            _WARNED.add(why_not)
            # a platform without the timer is said once, quietly: README says so
            (log.info if "platform" in why_not else log.warning)(
                "files are parsed without a time limit: %s", why_not)
        yield False
        return
    armed = True

    def expired(signum: int, frame: Optional[FrameType]) -> None:
        if not armed:  # the guarded code has just finished: let it keep what it made
            return
        where = _where(frame)
        raise TimeLimitExceeded(
            f"stopped after {seconds:g} s, the time limit for one file"
            + (f" (in {where})" if where else "")
            + "; some text in it makes the parsers run too long: please report the file "
            "(--time-limit sets a longer limit, 0 none)",
            source=source)

    previous = signal.signal(signal.SIGALRM, expired)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)  # type: ignore[arg-type]
        _ACTIVE = True
        yield True
    finally:
        armed = _ACTIVE = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def allow_wrap_up(seconds: float = WRAP_UP) -> None:
    """Give the code just stopped by :func:`time_limit` ``seconds`` before the next stop, to
    wrap up what it has read (a submission keeps its documents read); nothing if no limit is in
    force."""
    if _ACTIVE:
        signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)
