"""Jurisdictions read as one place with its ISO 3166 code (:mod:`graphkit.jurisdictions`).

The stated texts are the ones real filings of the corpus and the fixtures state (each case
names its filing); the graph and export tests build graphs from those filings.
"""

from __future__ import annotations

import pytest

from graphkit import jurisdictions as jd
from graphkit.edgar_places import EDGAR_PLACE_NAMES
from graphkit.exports.bods import bods_statements
from graphkit.exports.ftm import ftm_entities
from graphkit.graph import build_graph, find_node, node_data
from graphkit.parse import parse_path
from tests.conftest import ROOT, corpus_file

FIXTURES = ROOT / "tests" / "fixtures" / "filings"

#: (stated, name, ISO code, the filing that states it)
READ = [
    ("Delaware", "Delaware", "US-DE", "seeds 13G: Trident Capital Fund-V, L.P."),
    ("State of Delaware", "Delaware", "US-DE", "13g/glazer_avid_2024_sc13g.nc: Glazer Capital"),
    ("DE", "Delaware", "US-DE", "Form D XML <jurisdictionOfInc>"),
    ("Delaware, USA", "Delaware", "US-DE", "13g/amhequity_cvd_2020_sc13ga.txt"),
    ("State or Oregon, USA", "Oregon", "US-OR", "2008_SC_13D_1336738.txt (OCR 'or' for 'of')"),
    ("Commonwealth of Massachusetts", "Massachusetts", "US-MA", "corpus cover row 6"),
    ("TX", "Texas", "US-TX", "Form 3/4 XML <stateOfIncorporation>"),
    ("United States", "United States", "US", "13D XML <citizenshipOrOrganization> X1"),
    ("U.S.A.", "United States", "US", "test_schedule13_corpus_gaps: a 13G/A cover"),
    ("USA", "United States", "US", "covers of 13G"),
    ("United States of America", "United States", "US", "covers of 13D"),
    ("U.S. Citizen", "United States", "US", "13d/sofinnova_ocera_2013_sc13d.txt: James I. Healy"),
    ("United States Citizen", "United States", "US", "a cover row 6"),
    ("Cayman Islands", "Cayman Islands", "KY", "covers of 13G"),
    ("Netherlands", "Netherlands", "NL", "seeds 13G: Trident Capital Parallel Fund-V, C.V."),
    ("Republic of Turkey", "Turkey", "TR", "covers15/k01_html_name_not_applicable.htm: Demir"),
    ("Commonwealth of the Bahamas", "Bahamas", "BS", "13g/franklin_humana_1998_sc13g.txt"),
    ("People\u2019s Republic of China", "China", "CN", "rv37/hna_parkhotels_2018_sc13da.txt"),
    ("Hong Kong Special Administrative Region", "Hong Kong", "HK", "a 13D cover row 6"),
    ("Russian Federation", "Russia", "RU", "a 13D cover row 6"),
    ("Ontario, Canada", "Ontario", "CA-ON", "a 13G cover row 4"),
    ("England", "England", "GB-ENG", "covers of 13D"),
    ("Georgia", "Georgia", "US-GA", "a 13G cover (the U.S. state, not the country)"),
    ("D5", "Brazil", "BR", "EDGAR's code in XML"),
    ("X1", "United States", "US", "EDGAR's code in XML"),
    ("A6", "Ontario", "CA-ON", "EDGAR's code in XML"),
    ("CA", "California", "US-CA", "EDGAR's code: California, never Canada"),
    ("PR", "Puerto Rico", "PR", "EDGAR's code of Puerto Rico: ISO 3166-1"),
]


@pytest.mark.parametrize("stated, name, code, source", READ)
def test_read_jurisdiction(stated, name, code, source):
    j = jd.read_jurisdiction(stated)
    assert j is not None, source
    assert (j.name, j.code, j.stated) == (name, code, stated), source


@pytest.mark.parametrize("stated", [
    "U.S. Permanent Resident",  # no citizenship
    "Eurocredit Investments, Ltd. is a Maltese corporation and",  # a sentence torn into a cell
    "UNITED",  # a cell cut short
    "First Union Corporation - North Carolina",
    "ZZ", "Q9", "", "   ",
])
def test_no_place_read(stated):
    assert jd.read_jurisdiction(stated) is None


def test_country_of_a_state():
    assert jd.read_jurisdiction("State of New York").country == "US"
    assert jd.read_jurisdiction("Alberta, Canada").country == "CA"


@pytest.mark.parametrize("text, key", [
    ("U.S.A.", "usa"), ("People\u2019s Republic of China", "peoples republic of china"),
    ("Cura\u00e7ao", "curacao"), ("England & Wales", "england and wales"),
    ("  Delaware ,  USA ", "delaware usa"),
])
def test_place_key(text, key):
    assert jd.place_key(text) == key


@pytest.mark.parametrize("text, full", [
    ("DE", True), ("D5", True), ("1A", True), ("DEL", False), ("D", False), ("55", False),
])
def test_edgar_code_pattern(text, full):
    assert bool(jd.EDGAR_CODE.fullmatch(text)) is full


@pytest.mark.parametrize("key, unwrapped", [
    ("state of delaware", "delaware"), ("state or oregon usa", "oregon usa"),
    ("commonwealth of the bahamas", "the bahamas"), ("the bahamas", "bahamas"),
    ("us citizen", "us"), ("citizen of brazil", "brazil"),
    ("united states", "united states"), ("statesman", "statesman"),
])
def test_place_wrapping_pattern(key, unwrapped):
    assert jd.PLACE_WRAPPING.sub("", key, count=1) == unwrapped


@pytest.mark.parametrize("key, rest, country", [
    ("delaware usa", "delaware", "usa"), ("pennsylvania united states", "pennsylvania",
                                          "united states"),
    ("ontario canada", "ontario", "canada"), ("usa", None, None),
])
def test_within_country_pattern(key, rest, country):
    m = jd.WITHIN_COUNTRY.match(key)
    assert (m and m["rest"], m and m["country"]) == (rest, country)


def test_key_patterns():
    assert jd.KEY_DROPPED.sub("", "u.s.a. people's") == "usa peoples"
    assert jd.KEY_SPACE.sub(" ", "delaware, usa") == "delaware usa"


def test_settle_jurisdiction():
    assert jd.settle_jurisdiction(["Delaware", "State of Delaware", "Cayman Islands"]) == \
        ("Delaware", "US-DE")
    assert jd.settle_jurisdiction(["Cayman Islands", "Delaware"]) == ("Cayman Islands", "KY")
    assert jd.settle_jurisdiction(["UNITED", "USA"]) == ("United States", "US")
    assert jd.settle_jurisdiction(["U.S. Permanent Resident "]) == \
        ("U.S. Permanent Resident", None)


def test_places_disagree():
    assert not jd.places_disagree(["US-DE", "US", "US-DE"])
    assert jd.places_disagree(["US-DE", "US-NY"])
    assert jd.places_disagree(["KY", "US"])
    assert not jd.places_disagree([])


def _graph(*paths):
    return build_graph(r for p in paths for r in parse_path(p).records)


def test_graph_nodes_read_places():
    """Cover rows 6 of real filings: "U.S. Citizen", "State of Delaware", "Commonwealth of the
    Bahamas" become one place each, with the text as stated kept in the records."""
    sofinnova = corpus_file("13d/sofinnova_ocera_2013_sc13d.txt")
    glazer = corpus_file("13g/glazer_avid_2024_sc13g.nc")
    franklin = corpus_file("13g/franklin_humana_1998_sc13g.txt")
    G = _graph(sofinnova, glazer, franklin)
    places = {}
    for name in ("James I. Healy", "Glazer Capital, LLC", "Templeton Global Advisors Limited"):
        nd = node_data(G, find_node(G, name))
        places[name] = (nd.jurisdiction, nd.jurisdiction_code)
    assert places == {"James I. Healy": ("United States", "US"),
                      "Glazer Capital, LLC": ("Delaware", "US-DE"),
                      "Templeton Global Advisors Limited": ("Bahamas", "BS")}
    stated = {p.jurisdiction for r in parse_path(glazer).records for p in r.parties
              if p.name == "Glazer Capital, LLC"}
    assert stated == {"State of Delaware"}


def test_graph_keeps_a_place_not_read():
    """A stated text that names no place known is kept as stated, without a code."""
    path = FIXTURES / "2008_SC_13D_1336738.txt"
    G = _graph(path)
    nd = node_data(G, find_node(G, "Puroil Technology Inc."))
    assert (nd.jurisdiction, nd.jurisdiction_code) == ("Oregon", "US-OR")


def test_exports_give_codes(seed_13g):
    G = _graph(seed_13g)
    parallel = find_node(G, "Trident Capital Parallel Fund-V, C.V.")
    [bods] = [s for s in bods_statements(G) if s["recordId"] == parallel]
    assert bods["recordDetails"]["jurisdiction"] == {"name": "Netherlands", "code": "NL"}
    [ftm] = [e for e in ftm_entities(G) if e["properties"].get("name") ==
             ["Trident Capital Parallel Fund-V, C.V."]]
    assert ftm["properties"]["jurisdiction"] == ["nl"]


def test_bods_nationality_of_a_person():
    G = _graph(corpus_file("13d/sofinnova_ocera_2013_sc13d.txt"))
    healy = find_node(G, "James I. Healy")
    [bods] = [s for s in bods_statements(G) if s["recordId"] == healy]
    assert bods["recordDetails"]["nationalities"] == [{"name": "United States", "code": "US"}]


def test_places_apart_across_filings_warned():
    """FMR Corp. is "Commonwealth of Massachusetts" in a 1994 SC 13D/A and "Delaware" in a 2005
    SC 13G/A (Item 4): one node (one CIK), and a warning naming both filings."""
    old = FIXTURES / "holdout" / "1994_SC_13DA_830134.txt"
    new = FIXTURES / "2005_SC_13GA_873044.txt"
    G = _graph(old, new)
    nd = node_data(G, find_node(G, "FMR Corp."))
    assert {str(old), str(new)} <= set(nd.filings)
    warned = [w for w in G.graph["warnings"] if w["code"] == "places-disagree"]
    assert len(warned) == 1
    message = warned[0]["message"]
    assert message.startswith("FMR Corp.: its filings state places apart: ")
    assert "Massachusetts, US-MA (" in message and "Delaware, US-DE (" in message
    assert old.name in message and new.name in message
    assert f"Its node reads {nd.jurisdiction};" in message


def test_every_edgar_code_reads_a_place():
    """Each code of EDGAR's table names an ISO place, but the Netherlands Antilles (dissolved in
    2010: no ISO code today)."""
    missing = {c: n for c, n in EDGAR_PLACE_NAMES.items() if jd.read_jurisdiction(c) is None}
    assert missing == {"P8": "Netherlands Antilles"}
    assert (jd.read_jurisdiction("2Q").name, jd.read_jurisdiction("2Q").code) == ("Georgia", "GE")
    assert jd.read_jurisdiction("UK").code == "GB"  # two letters that are no EDGAR code
