"""The time limit on one file: a regex stuck in C is stopped, and nothing else is touched."""

from __future__ import annotations

import logging
import re
import signal
import threading
import time

import pytest

from graphkit import time_limit as tl
from graphkit.errors import ParseError, TimeLimitExceeded
from graphkit.time_limit import can_limit, time_limit

#: A pattern and text that backtrack for years: (2^40 ways to split the a's before failing)
STUCK = (re.compile(r"(a+)+b"), "a" * 40)


def _stuck() -> None:
    STUCK[0].match(STUCK[1])


def test_a_regex_stuck_in_c_is_stopped_and_the_error_names_the_file():
    t0 = time.monotonic()
    with pytest.raises(TimeLimitExceeded) as err:
        with time_limit(0.3, "filings/slow.txt") as limited:
            assert limited is True
            _stuck()
    assert 0.25 < time.monotonic() - t0 < 5
    assert isinstance(err.value, ParseError)  # one hierarchy: a batch reports it like others
    assert str(err.value).startswith("filings/slow.txt: stopped after 0.3 s, the time limit "
                                     "for one file; ")
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_error_names_the_graphkit_function_it_stopped_in():
    from graphkit.batch import _parse_limited  # a graphkit frame above the stuck code

    report = _parse_limited("x.txt", lambda path: _stuck(), 0.3)
    assert report.status.value == "failed"
    assert report.reason.startswith("x.txt: stopped after 0.3 s, the time limit for one file "
                                    "(in graphkit.batch._parse_limited); ")
    assert 0.25 < report.seconds < 5


def test_code_done_in_time_runs_as_if_no_limit_and_the_handler_is_restored():
    def mine(signum, frame):
        pass

    before = signal.signal(signal.SIGALRM, mine)
    try:
        with time_limit(5, "fast.txt") as limited:
            assert limited and signal.getsignal(signal.SIGALRM) is not mine
            assert sum(range(1000)) == 499500
        assert signal.getsignal(signal.SIGALRM) is mine
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, before)


@pytest.mark.parametrize("seconds", [None, 0, -1])
def test_no_limit_asked_for_sets_no_timer(seconds, caplog):
    with caplog.at_level(logging.WARNING), time_limit(seconds, "a.txt") as limited:
        assert limited is False
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert not caplog.records


def test_another_timer_running_is_left_alone_with_one_warning(caplog, monkeypatch):
    monkeypatch.setattr(tl, "_WARNED", set())
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: None)
    signal.setitimer(signal.ITIMER_REAL, 30)
    try:
        with caplog.at_level(logging.WARNING):
            for _ in range(3):
                with time_limit(0.1, "a.txt") as limited:
                    assert limited is False
        assert 25 < signal.getitimer(signal.ITIMER_REAL)[0] <= 30  # the other timer still runs
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert [r.getMessage() for r in caplog.records] == [
        "files are parsed without a time limit: another ITIMER_REAL timer is running in this "
        "process"]


def test_outside_the_main_thread_it_warns_and_does_not_limit(caplog, monkeypatch):
    monkeypatch.setattr(tl, "_WARNED", set())
    seen = []

    def run():
        seen.append(can_limit())
        with time_limit(0.1, "a.txt") as limited:
            seen.append(limited)

    with caplog.at_level(logging.WARNING):
        t = threading.Thread(target=run)
        t.start()
        t.join()
    assert seen == ["signals reach only the main thread, and this is another thread", False]
    assert "without a time limit" in caplog.records[0].getMessage()


def test_a_stop_swallowed_by_an_except_comes_again():
    # a logging handler's except (Handler.emit) must not let the file run on unlimited
    t0 = time.monotonic()
    swallowed = 0
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.3, "a.txt"):
            for _ in range(3):
                try:
                    _stuck()
                except Exception:
                    swallowed += 1
            _stuck()
    assert swallowed == 3
    assert time.monotonic() - t0 < 0.3 + 3 * tl.REPEAT + 3
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_allow_wrap_up_gives_stopped_code_time_then_stops_it_again():
    with time_limit(0.2, "a.txt"):
        with pytest.raises(TimeLimitExceeded):
            _stuck()
        tl.allow_wrap_up(5)
        assert 4 < signal.getitimer(signal.ITIMER_REAL)[0] <= 5
        tl.allow_wrap_up(0.2)
        t0 = time.monotonic()
        with pytest.raises(TimeLimitExceeded):
            _stuck()
        assert time.monotonic() - t0 < 2
    tl.allow_wrap_up(5)  # no limit in force: nothing
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@pytest.mark.parametrize("seconds", [float("inf"), 1e12, float("nan")])
def test_an_endless_limit_is_none(seconds, caplog):
    with caplog.at_level(logging.INFO), time_limit(seconds, "a.txt") as limited:
        assert limited is False
    assert not caplog.records and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
