"""One alias per spelling (graphkit.aliases): a party keeps a string its filing ties to it twice
once, as the kind that says the most, and the place of the other stays in its evidence."""

from __future__ import annotations

import pytest

from graphkit.aliases import ALIAS_PRECEDENCE, keep_alias
from graphkit.graph import mentions_from_records
from graphkit.models import Alias, AliasKind, Evidence, Party
from graphkit.parse import parse_path
from tests.conftest import ROOT, corpus_file

FIXTURES = ROOT / "tests" / "fixtures" / "filings"


def _aliases(path, name: str) -> tuple[list[tuple[str, str, int]], list[int]]:
    (rec,) = parse_path(path).records
    (party,) = [p for p in rec.parties if p.name == name]
    return ([(a.name, a.how.value, a.evidence.line) for a in party.aliases],
            [e.line for e in party.evidence])


def test_cover_name_signed_again_is_one_signature_alias():
    # 2004_SC_13GA_80255: the cover's "T. ROWE PRICE ASSOCIATES, INC." (line 131) is signed
    # again (line 386); it was kept twice, as a spelling and as a signature
    aliases, places = _aliases(FIXTURES / "2004_SC_13GA_80255.txt",
                               "T. Rowe Price Associates, Inc.")
    assert aliases == [("Price Associates", "defined_term", 255),
                       ("T. ROWE PRICE ASSOCIATES, INC.", "signature", 386)]
    assert places == [255, 131, 386]  # the cover's place is still cited


def test_thirteen_d_cover_and_signature_block():
    # 2007_SC_13D_929545: cover line 151, signature block line 414
    aliases, places = _aliases(FIXTURES / "2007_SC_13D_929545.txt",
                               "Clarus Capital Group Management LP")
    assert aliases == [("Clarus", "defined_term", 282),
                       ("CLARUS CAPITAL GROUP MANAGEMENT LP", "signature", 414)]
    assert places == [282, 151, 414]


def test_resolver_mention_gets_the_spelling_once_and_as_signed():
    (rec,) = parse_path(FIXTURES / "2004_SC_13GA_80255.txt").records
    (m,) = [m for m in mentions_from_records([rec]) if m.name == "T. Rowe Price Associates, Inc."]
    assert (m.aliases, m.terms, m.signed) == (
        ("T. ROWE PRICE ASSOCIATES, INC.",), ("Price Associates",),
        ("T. ROWE PRICE ASSOCIATES, INC.",))


def test_form4_signature_outranks_the_turned_conformed_name():
    # mammen_10x_2023_form4: EDGAR's "Mammen Mathai" turned (line 81) is what the signature
    # prints (line 229): one alias, of kind signature; the owner's line stays cited
    aliases, places = _aliases(corpus_file("form4/mammen_10x_2023_form4.txt"), "Mammen Mathai")
    assert aliases == [("Mathai Mammen", "signature", 229)]
    assert places == [81]


def test_no_fixture_party_repeats_a_spelling():
    # the Accipiter 13G of 2007 names seven filers, each on its cover and signed again
    for path in [FIXTURES / "2004_SC_13GA_80255.txt", *sorted((FIXTURES / "ch44").glob(
            "accipiter_bthcvi_2007_*.txt"))]:
        for rec in parse_path(path).records:
            for p in rec.parties:
                names = [a.name for a in p.aliases]
                assert len(names) == len(set(names)), (path.name, p.name, names)


def _party() -> Party:
    return Party(id="p1", name="Acme Capital, LLC", kind="organization")


def _ev(line: int) -> Evidence:
    return Evidence(source="a.txt", line=line, text="ACME CAPITAL")


@pytest.mark.parametrize("first, second, kept", [
    ("spelling", "signature", "signature"),
    ("signature", "spelling", "signature"),
    ("natural_order", "signature", "signature"),
    ("spelling", "natural_order", "natural_order"),
    ("spelling", "defined_term", "defined_term"),  # a filing's term never joins filings
    ("abbreviation", "signature", "abbreviation"),
    ("former_name", "spelling", "spelling"),
    ("former_name", "defined_term", "defined_term"),
])
def test_kind_that_says_more_wins_either_order(first, second, kept):
    p = _party()
    keep_alias(p, Alias(name="ACME CAPITAL", how=first, evidence=_ev(1)))
    keep_alias(p, Alias(name="ACME CAPITAL", how=second, evidence=_ev(2)))
    (alias,) = p.aliases
    assert alias.how.value == kept
    assert alias.evidence.line == (1 if kept == first else 2)
    assert [e.line for e in p.evidence] == [2 if kept == first else 1]


def test_repeat_of_one_kind_and_the_name_itself_are_not_kept():
    p = _party()
    assert keep_alias(p, Alias(name="ACME", how="spelling", evidence=_ev(1)))
    assert not keep_alias(p, Alias(name="ACME", how="spelling", evidence=_ev(2)))
    assert not keep_alias(p, Alias(name="Acme Capital, LLC", how="signature"))
    assert [(a.name, a.evidence.line) for a in p.aliases] == [("ACME", 1)] and p.evidence == []


def test_winner_without_a_place_takes_the_other_ones_and_keeps_its_position():
    p = _party()
    keep_alias(p, Alias(name="ACME", how="spelling", evidence=_ev(4)))
    keep_alias(p, Alias(name="AC", how="defined_term"))
    keep_alias(p, Alias(name="ACME", how="signature"))
    assert [(a.name, a.how.value, a.evidence and a.evidence.line) for a in p.aliases] == [
        ("ACME", "signature", 4), ("AC", "defined_term", None)]


def test_every_kind_is_ranked_once():
    assert set(ALIAS_PRECEDENCE) == set(AliasKind)
    assert len(set(ALIAS_PRECEDENCE.values())) == len(AliasKind)


@pytest.mark.parametrize("second", ["spelling", "signature", "defined_term"])
def test_a_former_name_replaced_by_a_current_kind_keeps_its_date(second):
    # review rv46b: the former name's "until" date was lost when the same string came again
    # as a spelling (EDGAR's FORMER CONFORMED NAME printed on the cover too)
    import datetime as dt
    p = _party()
    keep_alias(p, Alias(name="ACME CAPITAL", how="former_name", until=dt.date(1999, 1, 4),
                        evidence=_ev(1)))
    keep_alias(p, Alias(name="ACME CAPITAL", how=second, evidence=_ev(2)))
    (alias,) = p.aliases
    assert (alias.how.value, alias.until) == (second, dt.date(1999, 1, 4))
