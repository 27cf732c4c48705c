"""The two seed filings (Qualys 13G of Trident Capital; Qualys paper Form D) resolve to the 18
entities of ../shared/gold/seeds.json — no more, no fewer, no false merges.

Mentions are built the way a parser reads the filings: every cover-page name as printed
(including OCR damage: "Tridont Can oital ...", "Fund-V. L.P.", "C.V" without its dot, and the
truncated "pital Fund-V Principals Fund, L.P."), the Item 2 names with their defined terms,
the undefined "TCVA" of Item 4 as its own mention, the signature-block capitals, and the Form D
names "Last, First" with their addresses. The truncated cover name is supported by the resolver
itself (truncated-name rule inside one filing); the parser does not need to repair it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from resolvers import Mention, explain_pair, resolve
from tests.conftest import shared_path

G, D = "000_ef32b5b89d46cac3.txt", "002_28a909641369b00a.txt"
G_ADDR = "c/o Trident Capital 505 Hamilton Avenue, Suite 200 Palo Alto, California 94301"
D_ADDR = "505 Hamilton Avenue, Suite 200, Palo Alto, CA 94301"
ORG, PERSON = "organization", "person"

# (mention id, gold id, name, kind, aliases, address, controls)
SEED_MENTIONS = [
    # 13G cover pages, names as printed (OCR damage kept)
    ("g#cover1", "tcmv", "Trident Capital Management-V, L.L.C.", ORG, (), None, 0),
    ("g#cover2", "tcv", "Trident Capital Fund-V. L.P.", ORG, (), None, 0),
    ("g#cover3", "tcva", "Trident Capital Fund-V Affiliates Fund, L.P.", ORG, (), None, 0),
    ("g#cover4", "tcvaq", "Tridont Can oital Fund-V Affiliates Fund (Q), L.P.", ORG, (), None, 0),
    ("g#cover5", "tcvp", "pital Fund-V Principals Fund, L.P.", ORG, (), None, 0),
    ("g#cover6", "tcvcv", "Trident Capital Parallel Fund-V, C.V", ORG, (), None, 0),
    # 13G Item 2: names with the defined terms the filing binds to them
    ("g#item2-1", "tcmv", "Trident Capital Management-V, L.L.C.", ORG, ("TCMV",), G_ADDR, 5),
    ("g#item2-2", "tcv", "Trident Capital Fund-V, L.P.", ORG, ("TCV",), None, 0),
    ("g#item2-3", "tcvaq", "Trident Capital Fund-V Affiliates Fund (Q), L.P.", ORG, ("TCVAQ",), G_ADDR, 0),
    ("g#item2-4", "tcvp", "Trident Capital Fund-V Principals Fund, L.P.", ORG, ("TCVP",), G_ADDR, 0),
    ("g#item2-5", "tcvcv", "Trident Capital Parallel Fund-V, C.V.", ORG, ("TCVCV",), G_ADDR, 0),
    # 13G Item 4: "TCVA" is used without being defined; the members of TCMV
    ("g#item4-tcva", "tcva", "TCVA", ORG, (), G_ADDR, 0),
    ("g#item4-tcv", "tcv", "TCV", ORG, (), None, 0),
    ("g#member1", "dixon", "Donald R. Dixon", PERSON, (), None, 0),
    ("g#member2", "meekin", "Peter T. Meekin", PERSON, (), None, 0),
    ("g#member3", "moragne", "John H. Moragne", PERSON, (), None, 0),
    ("g#member4", "mccormack", "Robert C. McCormack", PERSON, (), None, 0),
    ("g#issuer", "qualys", "Qualys, Inc.", ORG, (), "1600 Bridge Parkway, Redwood City, California 94065", 0),
    # 13G signature block (capitals, "L.L.C" without its last dot)
    ("g#sig1", "tcmv", "TRIDENT CAPITAL MANAGEMENT V, L.L.C", ORG, (), None, 0),
    ("g#sig2", "tcv", "TRIDENT CAPITAL FUND-V, L.P.", ORG, (), None, 0),
    ("g#sig3", "tcva", "TRIDENT CAPITAL FUND-V AFFILIATES FUND, L.P.", ORG, (), None, 0),
    ("g#sig4", "tcvaq", "TRIDENT CAPITAL FUND-V AFFILIATES FUND (Q), L.P.", ORG, (), None, 0),
    ("g#sig5", "tcvp", "TRIDENT CAPITAL FUND-V PRINCIPALS FUND, L.P.", ORG, (), None, 0),
    ("g#sig6", "tcvcv", "TRIDENT CAPITAL PARALLEL FUND-V, C.V.", ORG, (), None, 0),
    ("g#signer", "dixon", "Donald R. Dixon", PERSON, (), None, 0),
    # Form D: issuer and related persons ("Last name first, if individual")
    ("d#issuer", "qualys", "Qualys, Inc.", ORG, (), "1600 Bridge Parkway, Redwood Shores, CA 94065", 0),
    ("d#rp1", "courtot", "Courtot, Philippe", PERSON, (), "1600 Bridge Parkway, Redwood Shores, CA 94065", 0),
    ("d#rp2", "eschelbeck", "Eschelbeck, Gerhard", PERSON, (), "1600 Bridge Parkway, Redwood Shores, CA 94065", 0),
    ("d#rp3", "saltzman", "Saltzman, Eric", PERSON, (), "1600 Bridge Parkway, Redwood Shores, CA 94065", 0),
    ("d#rp4", "dixon", "Dixon, Donald R.", PERSON, (), D_ADDR, 0),
    ("d#rp5", "vieux", "Vieux, Alex S.", PERSON, (), "1931 Old Middlefield Way, Suite Z, Mountain View, CA 94043", 0),
    ("d#rp6", "tcmv", "Trident Capital", ORG, (), D_ADDR, 0),
    ("d#rp7", "grp", "GRP Partners", ORG, (), "2121 Avenue of the Stars, Suite 1630, Los Angeles, CA 90067", 0),
    ("d#rp8", "mercury", "Mercury Interactive Ventures", ORG, (), "Building A, 1325 Borregas Avenue, Sunnyvale, CA 94089", 0),
    ("d#rp9", "abs", "ABS Ventures", ORG, (), "225 Franklin Street, Boston, MA 02110", 0),
]


def seed_mentions() -> list[Mention]:
    out = []
    for mid, _, name, kind, aliases, addr, controls in SEED_MENTIONS:
        out.append(Mention(id=mid, name=name, kind=kind, aliases=aliases,
                           filing=G if mid.startswith("g#") else D,
                           addresses=(addr,) if addr else (), controls=controls))
    return out


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@pytest.fixture(scope="module")
def resolution():
    return resolve(seed_mentions())


def test_partition_is_exactly_the_gold_clusters(resolution):
    gold_of = {mid: gold for mid, gold, *_ in SEED_MENTIONS}
    by_entity: dict[str, set[str]] = defaultdict(set)
    for mid, eid in resolution.entity_of.items():
        by_entity[eid].add(gold_of[mid])
    # no entity holds two gold entities ...
    assert {eid: golds for eid, golds in by_entity.items() if len(golds) > 1} == {}
    # ... and each gold entity is exactly one entity
    entities_of_gold: dict[str, set[str]] = defaultdict(set)
    for mid, eid in resolution.entity_of.items():
        entities_of_gold[gold_of[mid]].add(eid)
    assert {g: e for g, e in entities_of_gold.items() if len(e) > 1} == {}
    assert len(resolution.entities) == 18


def test_gold_names_each_in_one_node(resolution):
    gold = json.loads(shared_path("gold", "seeds.json").read_text())
    node_of_name: dict[str, set[str]] = defaultdict(set)
    for e in resolution.entities:
        for n in (e.name, *e.aliases):
            node_of_name[_key(n)].add(e.id)
    for ent in gold["entities"]:
        nodes = set().union(*(node_of_name.get(_key(n), set()) for n in ent["names"]))
        assert len(nodes) == 1, (ent["id"], nodes)
        node = resolution.entity(nodes.pop())
        assert node.kind.value == ent["kind"]
    for x, y in gold["must_not_merge"]:
        nx = {eid for n in next(e["names"] for e in gold["entities"] if e["id"] == x)
              for eid in node_of_name.get(_key(n), ())}
        ny = {eid for n in next(e["names"] for e in gold["entities"] if e["id"] == y)
              for eid in node_of_name.get(_key(n), ())}
        assert not nx & ny, (x, y)


@pytest.mark.parametrize("mention_id,canonical,entity_id", [
    ("g#item2-1", "Trident Capital Management-V, L.L.C.", "org:trident-capital-management-v-llc"),
    ("g#cover2", "Trident Capital Fund-V, L.P.", "org:trident-capital-fund-v-lp"),
    ("g#cover3", "Trident Capital Fund-V Affiliates Fund, L.P.", "org:trident-capital-fund-v-affiliates-fund-lp"),
    ("g#cover4", "Trident Capital Fund-V Affiliates Fund (Q), L.P.", "org:trident-capital-fund-v-affiliates-fund-q-lp"),
    ("g#cover5", "Trident Capital Fund-V Principals Fund, L.P.", "org:trident-capital-fund-v-principals-fund-lp"),
    ("g#cover6", "Trident Capital Parallel Fund-V, C.V.", "org:trident-capital-parallel-fund-v-cv"),
    ("d#rp4", "Donald R. Dixon", "person:donald-r-dixon"),
    ("d#rp1", "Philippe Courtot", "person:philippe-courtot"),  # written "Courtot, Philippe"
    ("d#issuer", "Qualys, Inc.", "org:qualys-inc"),
])
def test_canonical_names_and_ids(resolution, mention_id, canonical, entity_id):
    e = resolution.entity(resolution.entity_of[mention_id])
    assert (e.name, e.id) == (canonical, entity_id)


def test_person_written_last_first_keeps_its_spelling_as_alias(resolution):
    e = resolution.entity(resolution.entity_of["d#rp1"])
    assert e.name == "Philippe Courtot" and "Courtot, Philippe" in e.aliases


def test_management_company_aliases_and_brand_step(resolution):
    e = resolution.entity("org:trident-capital-management-v-llc")
    assert set(e.aliases) == {"Trident Capital Management-V, L.L.C.", "TCMV",
                              "TRIDENT CAPITAL MANAGEMENT V, L.L.C", "Trident Capital"}
    brand = [s for s in e.merges if s.rule == "brand-at-address"]
    assert len(brand) == 1
    assert any("505 hamilton 94301" in r for r in brand[0].reasons)
    assert any("controls 5 parties" in r for r in brand[0].reasons)
    assert set(e.addresses) == {G_ADDR, D_ADDR}


def test_every_merge_is_explained(resolution):
    for e in resolution.entities:
        assert len(e.merges) == len(e.mention_ids) - 1, e.id
        for s in e.merges:
            assert s.reasons and s.rule


def test_undefined_acronym_and_truncated_name_rules(resolution):
    rules = {s.rule for e in resolution.entities for s in e.merges}
    assert {"acronym", "truncated-name", "defined-term", "score", "same-name"} <= rules
    tcva = resolution.entity(resolution.entity_of["g#item4-tcva"])
    step = next(s for s in tcva.merges if s.rule == "acronym")
    assert "TCVA" in step.reasons[0]


def test_explain_pair_brand_to_signature_spelling(resolution):
    ex = explain_pair(resolution, seed_mentions(), "Trident Capital", "TRIDENT CAPITAL MANAGEMENT V, L.L.C")
    assert ex.same_entity and ex.entity_id == "org:trident-capital-management-v-llc"
    assert [s.rule for s in ex.path][0] == "brand-at-address"
    assert "brand-at-address" in ex.explain()
    apart = explain_pair(resolution, seed_mentions(), "TCV", "TCVP")
    assert not apart.same_entity
