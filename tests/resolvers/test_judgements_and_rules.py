"""Judgements (same / not_same / unsure, stale), context rules and named patterns."""

from __future__ import annotations

import pytest

from graphkit.models import Identifier
from resolvers import Judgement, Mention, compare, load_judgements, resolve, save_judgements
from resolvers.addresses import CARE_OF, ZIP_CODE, address_key
from resolvers.judgements import JudgementFileError
from resolvers.names import BARE_ACRONYM, DAMAGED_ROMAN, ORDINAL, PARENTHESIZED, ROMAN_NUMERAL
from resolvers.normalize import DOTTED_ABBREVIATION, EDGAR_STATE_TAG, MOJIBAKE_HINT


def m(i, name, filing="f", **kw):
    return Mention(id=i, name=name, filing=filing, **kw)


def test_judgement_file_round_trip_and_comments(tmp_path):
    p = tmp_path / "j.csv"
    js = [Judgement(a="Acme Fund", b="Acme Fund (Q)", verdict="not_same", note="Q vehicle"),
          Judgement(a="A, B", b="C \"D\"", verdict="unsure")]
    save_judgements(js, p)
    p.write_text("# reviewed by hand\n" + p.read_text())
    assert load_judgements(p) == js


def test_judgement_file_errors_name_the_file_and_line(tmp_path):
    p = tmp_path / "j.csv"
    p.write_text("a,b,verdict\nX,Y,maybe\n")
    with pytest.raises(JudgementFileError, match=r"j.csv:2: verdict 'maybe'"):
        load_judgements(p)
    with pytest.raises(JudgementFileError, match="cannot read"):
        load_judgements(tmp_path / "missing.csv")


def test_not_same_wins_even_transitively():
    ms = [m("1", "Acme Holdings Inc."), m("2", "ACME HOLDINGS INC", "g"), m("3", "Acme Holdings, Inc", "h")]
    assert len(resolve(ms).entities) == 1
    # Judgements match names after normalization: two spellings of one normalized name cannot be
    # told apart by a judgement, so such a "not_same" leaves them together.
    res = resolve(ms, [Judgement(a="Acme Holdings Inc.", b="Acme Holdings, Inc", verdict="not_same")])
    assert res.entity_of["1"] == res.entity_of["3"]
    ms2 = [m("1", "Acme Capital Partners"), m("2", "Acme Capital Partner", "g"), m("3", "Acme Capitol Partners", "h")]
    res = resolve(ms2, [Judgement(a="Acme Capital Partner", b="Acme Capitol Partners", verdict="not_same")])
    assert res.entity_of["2"] != res.entity_of["3"]
    assert res.split_by_judgement


def test_same_judgement_forces_merge_and_stale_is_reported():
    ms = [m("1", "Acme Fund II, L.P."), m("2", "Acme Fund 2 Feeder, L.P.", "g")]
    assert resolve(ms).entity_of["1"] != resolve(ms).entity_of["2"]
    js = [Judgement(a="Acme Fund II, L.P.", b="ACME FUND 2 FEEDER LP", verdict="same"),
          Judgement(a="Gone Fund", b="Acme Fund II, L.P.", verdict="unsure")]
    res = resolve(ms, js)
    assert res.entity_of["1"] == res.entity_of["2"]
    assert res.stale_judgements == [js[1]]
    e = res.entity(res.entity_of["1"])
    assert e.merges[0].rule == "judgement"


def test_identifiers_link_and_veto():
    cik = lambda v: (Identifier(scheme="cik", value=v),)  # noqa: E731
    ms = [m("1", "Alpha Beta Corp", identifiers=cik("0000123")), m("2", "ABC Holdings", "g", identifiers=cik("123")),
          m("3", "Alpha Beta Corp.", "h", identifiers=cik("999"))]
    res = resolve(ms)
    assert res.entity_of["1"] == res.entity_of["2"] != res.entity_of["3"]
    assert compare(ms[0], ms[2]).vetoes[0].name == "identifier"
    assert compare(ms[0], ms[1]).same


def test_acronym_never_across_filings():
    ms = [m("1", "Acme Capital Fund V, L.P.", "f"), m("2", "ACFV", "g")]
    res = resolve(ms)
    assert res.entity_of["1"] != res.entity_of["2"]
    ms = [m("1", "Acme Capital Fund V, L.P.", "f"), m("2", "ACFV", "f")]
    assert resolve(ms).entity_of["1"] == resolve(ms).entity_of["2"]


def test_ambiguous_acronym_stays_alone():
    ms = [m("1", "Acme Beta Fund, L.P."), m("2", "Acme Bravo Fund, L.P."), m("3", "ABF")]
    res = resolve(ms)
    assert len({res.entity_of[x] for x in "123"}) == 3


def test_brand_joins_manager_not_fund():
    addr = "1 Main Street, Suite 5, Boston, MA 02110"
    ms = [m("1", "Acme Capital Fund II, L.P.", "f", addresses=("c/o Acme, 1 Main St., Ste 5, Boston, Massachusetts 02110",)),
          m("2", "Acme Capital Management II, L.L.C.", "f", addresses=(addr,), controls=1),
          m("3", "Acme Capital", "g", addresses=(addr,))]
    res = resolve(ms)
    assert res.entity_of["3"] == res.entity_of["2"] != res.entity_of["1"]
    # without a manager at the address the brand stays alone
    res = resolve([ms[0], ms[2]])
    assert res.entity_of["3"] != res.entity_of["1"]


def test_duplicate_mention_ids_raise():
    from resolvers import ResolveError
    with pytest.raises(ResolveError, match="'x' given twice"):
        resolve([m("x", "A Corp"), m("x", "B Corp")])


@pytest.mark.parametrize("pattern,text,hit", [
    (MOJIBAKE_HINT, "Caf\u00c3\u00a9", True), (MOJIBAKE_HINT, "Café", False),
    (EDGAR_STATE_TAG, "CARL MARKS MANAGEMENT CO L P /NY/", True), (EDGAR_STATE_TAG, "Acme Inc", False),
    (DOTTED_ABBREVIATION, "Trident L.L.C", True), (DOTTED_ABBREVIATION, "Fund-V. LP", False),
    (ROMAN_NUMERAL, "xiv", True), (ROMAN_NUMERAL, "ivx", False), (ROMAN_NUMERAL, "", False),
    (DAMAGED_ROMAN, "iil", True), (DAMAGED_ROMAN, "ill", True), (DAMAGED_ROMAN, "l", False),
    (ORDINAL, "2nd", True), (ORDINAL, "2x", False),
    (PARENTHESIZED, "Fund (QP), L.P.", True), (PARENTHESIZED, "Fund QP", False),
    (BARE_ACRONYM, "TCVA", True), (BARE_ACRONYM, "Tcva", False),
    (CARE_OF, "c/o Trident Capital 505 Hamilton", True), (CARE_OF, "505 Hamilton", False),
    (ZIP_CODE, "Palo Alto, CA 94301-1234", True), (ZIP_CODE, "Suite 200", False),
])
def test_named_patterns(pattern, text, hit):
    assert bool(pattern.search(text)) is hit


def test_address_normalization_matches_care_of_and_state_names():
    assert address_key("505 Hamilton Avenue, Suite 200, Palo Alto, CA 94301") == \
        address_key("c/o Trident Capital 505 Hamilton Avenue, Suite 200 Palo Alto, California 94301")


def test_judgement_errors_are_the_library_judgement_error(tmp_path):
    from graphkit.errors import GraphkitError, JudgementError
    assert JudgementFileError is JudgementError and issubclass(JudgementError, GraphkitError)
    with pytest.raises(JudgementError, match="cannot read"):
        load_judgements(tmp_path / "missing.csv")
