"""A percent of class taken on a larger base: the outstanding shares plus shares the holder
may acquire, as Rule 13d-3(d)(1) asks. Such a percent is a note, not a mismatch, only when
counts the filing states as acquirable make up the difference.
"""

from __future__ import annotations

import pytest

from graphkit.models import Reading
from graphkit.parse import parse_path
from graphkit.parsers.schedule13_acquirable import (ACQUIRABLE_THEN_COUNT, COUNT_THEN_ACQUIRABLE,
                                                    acquirable_base, acquirable_counts)
from graphkit.parsers.schedule13_reconcile import Candidate, choose_holding
from graphkit.source import SourceText
from tests.conftest import corpus_file
from tests.holdout import holdout_record


def test_as_converted_base_of_a_real_13d_is_noted_not_a_mismatch():
    # line 216: "*Of this amount, 14,231,001 shares relate to the Reporting Person's voting
    # power over shars of the issuer's Series A convertible  preferred stock, which votes on
    # an as-converted basis"; lines 428-433: "34.6% of the 63,667,797 shares"; row 11: 26,940,499
    rec = holdout_record("2001_SC_13D_913665.txt")
    assert "percent-mismatch" not in [w.code for w in rec.warnings]
    note = next(w for w in rec.warnings if w.code == "percent-larger-base")
    assert "34.6% printed is 26,940,499 of 77,898,798" in note.message
    assert "the 63,667,797 outstanding plus 14,231,001 shares" in note.message


def test_group_members_notes_and_warrants_make_their_bases():
    # mmcap_cybergy, 49,148,217 outstanding: "SNDT Communications Inc." 11,745,400 shares,
    # 19.3%, on 9,113,600 shares issuable upon conversion of notes and 2,631,800 of preferred;
    # "Talari Industries LLC" 250,000 shares, 1.0% (above 0.51%): a mismatch
    rec = parse_path(corpus_file("13d/mmcap_cybergy_sc13d.html")).records[0]
    by_name = {w.message.split(":")[0]: w for w in rec.warnings if w.code.startswith("percent-")}
    sndt = by_name["SNDT Communications Inc."]
    assert sndt.code == "percent-larger-base"
    assert "of 60,893,617: the 49,148,217 outstanding plus 9,113,600 + 2,631,800" in sndt.message
    assert by_name["Talari Industries LLC"].code == "percent-mismatch"


def test_form_instructions_and_a_low_percent_stay_a_mismatch():
    # the old 13G's Item 4 instruction names acquirable shares but states no count of them
    text = ("Item 4. Ownership. Provide the following information ... and identify those "
            "shares which there is a right to acquire.\n(a) Amount beneficially owned: 265,010"
            "\n(b) Percent of class: 5.5%\nThe percent is based on 4,500,000 shares outstanding.")
    assert acquirable_counts(text) == []
    assert acquirable_base(5.5, 265010, 4500000, acquirable_counts(text)) is None


@pytest.mark.parametrize("text, counts", [
    ("(a) 56,941,550 shares of common stock issuable upon conversion of convertible promissory "
     "notes, (b) 22,784,000 shares of common stock issuable upon conversion of preferred",
     [56941550, 22784000]),
    ("the 594,098 shares issuable upon the exercise of options subject to the Irrevocable "
     "Proxy, the 5,559,610 shares subject to the Warrant", [594098, 5559610]),
    ("Includes 1,000,000 shares underlying warrants", [1000000]),
    ("warrants to purchase 500,000 shares of Common Stock", [500000]),
    ("upon conversion of the Notes into 1,250,000 shares", [1250000]),
    ("options to acquire up to 10,000 shares", [10000]),
    ("the 100,000 shares include 50,000 shares issuable upon exercise", [50000]),
])
def test_acquirable_counts_found(text, counts):
    assert acquirable_counts(text) == counts


@pytest.mark.parametrize("text", [
    "1,000 shares were sold. The warrants expire in 2005.",      # another sentence
    "identify those shares which there is a right to acquire",   # no count
    "on March 1, 2001 the Issuer issued 2,000,000 shares",       # no acquiring words
    "exercise of its rights under the agreement as to 1,000,000 shares",
])
def test_acquirable_counts_refused(text):
    assert not COUNT_THEN_ACQUIRABLE.search(text) and not ACQUIRABLE_THEN_COUNT.search(text)


@pytest.mark.parametrize("percent, shares, outstanding, counts, base", [
    (34.6, 26940499, 63667797, [14231001], 77898798),
    (53.88, 19717461, 30442101, [13942451, 594098, 5559610], 36595809),  # two of three
    (5.05, 349708, 6518469, [200104], None),        # 5.20% on 6,718,573: not 5.05%
    (5.5, 265010, 4500000, [100000], None),         # 5.76% on 4,600,000
    (9.0, 1000, 10000, [5000], None),               # a count above the holding is not its
    (0.0, 1000, 10000, [100], None),
])
def test_acquirable_base(percent, shares, outstanding, counts, base):
    found = acquirable_base(percent, shares, outstanding, counts)
    assert (found[0] if found else None) == base


def _cands(agg: int, pct: float) -> list[Candidate]:
    return [Candidate(field=f, weight=1.0, reading=Reading(field=f, raw=str(v), value=v))
            for f, v in (("aggregate", agg), ("percent", pct))]


def test_larger_base_is_asked_only_when_the_percent_does_not_fit():
    asked = []

    def larger_base(p, a, o):
        asked.append((p, a, o))
        return acquirable_base(p, a, o, [500])
    h = choose_holding(_cands(1000, 10.0), 10000, larger_base=larger_base)
    assert not h.problems and not asked
    h = choose_holding(_cands(1000, 9.5), 10000, larger_base=larger_base)  # 10,500: fits
    assert [c for c, _ in h.problems] == ["percent-larger-base"] and asked == [(9.5, 1000, 10000)]
    h = choose_holding(_cands(1000, 9.0), 10000, larger_base=larger_base)  # 9.52% on 10,500
    assert [c for c, _ in h.problems] == ["percent-mismatch"]


def test_a_text_filing_without_stated_counts_keeps_the_mismatch():
    # made-up 13G: the percent is low, but nothing says the holder may acquire shares
    from graphkit.parsers.schedule13_text import parse_schedule13_text
    text = ("SCHEDULE 13G\nName of Issuer: Acme Corp.\nCUSIP No. 000000000\n"
            "1. NAME OF REPORTING PERSON\nBeta Capital LLC\n9. AGGREGATE AMOUNT BENEFICIALLY "
            "OWNED BY EACH REPORTING PERSON\n100,000\n11. PERCENT OF CLASS REPRESENTED BY AMOUNT "
            "IN ROW 9\n9.5%\nItem 4. The percent is based on 1,000,000 shares outstanding.\n")
    rec = parse_schedule13_text(SourceText(path="x.txt", text=text))
    assert [(w.code, w.message) for w in rec.warnings] == [
        ("percent-mismatch", "Beta Capital LLC: 9.5% printed, but 100,000 of 1,000,000 "
                             "outstanding is 10.00%")]
    with_counts = text + ("The 100,000 shares include 50,000 shares issuable upon exercise of "
                          "warrants.\n")
    rec = parse_schedule13_text(SourceText(path="x.txt", text=with_counts))
    assert [w.code for w in rec.warnings] == ["percent-larger-base"]


def _counts_searched_everywhere(text: str) -> list[int]:
    """acquirable_counts as the plain search of both patterns over the whole text."""
    found: dict[int, int] = {}
    for pattern in (COUNT_THEN_ACQUIRABLE, ACQUIRABLE_THEN_COUNT):
        for m in pattern.finditer(text):
            found.setdefault(int(next(g for g in m.groups() if g).replace(",", "")), m.start())
    return [n for n, _ in sorted(found.items(), key=lambda kv: kv[1])][:40]


def test_counts_read_near_their_words_are_those_of_the_whole_text():
    # the patterns run only near "warrant", "conver", "issuable", ... (_windows): the counts
    # must be those of searching every filing of the corpus everywhere, in the same order
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted(corpus_file("").rglob("*")) if p.is_file()]
    texts += ["including 14,231,001 shares issuable upon conversion",
              "the 5,559,610 shares ſubject to the Warrant",  # a long s, matched ignoring case
              "İ" * 300 + " warrants to purchase 500,000 shares"]
    got = [acquirable_counts(t) for t in texts]
    assert got == [_counts_searched_everywhere(t) for t in texts]
    assert [34176350, 22784000] == acquirable_counts(
        corpus_file("13d/mmcap_cybergy_sc13d.html").read_text(encoding="utf-8"))[:2]
