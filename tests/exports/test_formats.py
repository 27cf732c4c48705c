"""Neo4j CSV, FollowTheMoney and BODS 0.4 exports: structure and validation."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from graphkit.exports import export_graph
from graphkit.exports.bods import bods_statements
from graphkit.relations import RELATIONS
from tests.conftest import shared_path
from tests.fixtures.view_graphs import HOSTILE

# ------------------------------------------------------------------------------- Neo4j


def _csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_neo4j_headers_types_and_ids(gold, tmp_path):
    out = export_graph(gold, "neo4j", tmp_path / "neo")
    nodes, rels = _csv(out / "nodes.csv"), _csv(out / "relationships.csv")
    assert nodes[0][:3] == ["entity_id:ID", "name", "kind"] and nodes[0][-1] == ":LABEL"
    assert "aliases:string[]" in nodes[0]
    assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    for col in ("shares:long", "percent:double", "sole_voting:long", "as_of:date",
                "disclaims:boolean", "evidence"):
        assert col in rels[0]
    assert len(nodes) - 1 == gold.number_of_nodes() and len(rels) - 1 == gold.number_of_edges()
    assert all(len(r) == len(nodes[0]) for r in nodes) and all(len(r) == len(rels[0])
                                                                 for r in rels)
    ids = {r[0] for r in nodes[1:]}
    assert all(r[0] in ids and r[1] in ids for r in rels[1:])  # every end is a node
    h = rels[0]
    types = {r.value.upper() for r in RELATIONS}
    for r in rels[1:]:
        row = dict(zip(h, r))
        assert row[":TYPE"] in types
        if row["shares:long"]:
            int(row["shares:long"])
        if row["percent:double"]:
            float(row["percent:double"])
        if row["as_of:date"]:
            dt.date.fromisoformat(row["as_of:date"])
        assert row["disclaims:boolean"] in ("", "true", "false")
    labels = {r[0]: r[-1] for r in nodes[1:]}
    assert labels["qualys"] == "Entity;Organization;Issuer"
    assert labels["dixon"] == "Entity;Person"
    tcmv = dict(zip(nodes[0], next(r for r in nodes[1:] if r[0] == "tcmv")))
    assert tcmv["aliases:string[]"].split(";")[1] == "TCMV"
    bo = dict(zip(h, next(r for r in rels[1:] if r[2] == "BENEFICIAL_OWNER_OF"
                          and r[0] == "tcv")))
    assert bo["shares:long"] == "5639301" and bo["percent:double"] == "17.42"
    assert any(HOSTILE in r[h.index("evidence")] for r in rels[1:])
    assert "neo4j-admin database import full" in (out / "README.txt").read_text()


# ------------------------------------------------------------------------------- FtM

def _ftm(gold, tmp_path):
    path = export_graph(gold, "ftm", tmp_path / "g.ftm.json")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_ftm_structure(gold, tmp_path):
    ents = _ftm(gold, tmp_path)
    assert len(ents) == gold.number_of_nodes() + gold.number_of_edges()
    assert len({e["id"] for e in ents}) == len(ents)
    by_schema = {}
    for e in ents:
        by_schema.setdefault(e["schema"], []).append(e)
        assert all(isinstance(v, list) and all(isinstance(x, str) for x in v)
                   for v in e["properties"].values())
    assert {s: len(v) for s, v in by_schema.items()} == {
        "Company": 1, "Organization": 9, "Person": 8, "Directorship": 11, "Membership": 4,
        "Ownership": 12}
    own = next(e for e in by_schema["Ownership"]
               if e["properties"].get("sharesCount") == ["6288626"])
    assert own["properties"]["percentage"] == ["19.42"]
    assert own["properties"]["date"] == ["2013-12-31"]
    assert any(HOSTILE in d for e in ents for d in e["properties"].get("description", []))


def test_ftm_validates_with_followthemoney(gold, tmp_path):
    """Every entity loads in the followthemoney model, every property exists and cleans, and
    every entity reference points to an exported entity of a schema the property accepts."""
    ftm = pytest.importorskip("followthemoney", reason="followthemoney not installed")
    from followthemoney import model
    from followthemoney.exc import InvalidData
    ents = _ftm(gold, tmp_path)
    schemas = {e["id"]: model.get(e["schema"]) for e in ents}
    for e in ents:
        schema = schemas[e["id"]]
        assert schema is not None and not schema.abstract, e["schema"]
        try:
            proxy = model.get_proxy(e, cleaned=False)
        except InvalidData as exc:  # pragma: no cover - shows the message
            pytest.fail(f"{e['schema']}: {exc}")
        for name, values in e["properties"].items():
            prop = schema.get(name)
            assert prop is not None, f"{e['schema']} has no property {name}"
            for value in values:
                assert prop.type.clean(value, proxy=proxy) is not None, (name, value)
                if prop.type.name == "entity":
                    assert value in schemas, f"dangling reference {name}={value}"
                    assert schemas[value].is_a(prop.range), (e["schema"], name,
                                                             schemas[value].name)
        for req in schema.required:
            assert e["properties"].get(req), f"{e['schema']} lacks required {req}"
    assert ftm.__name__ == "followthemoney"


# ------------------------------------------------------------------------------- BODS

@pytest.fixture(scope="module")
def bods_validator():
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource
    folder = shared_path("schemas", "bods-0.4")
    resources = []
    for p in sorted(folder.glob("*.json")):
        doc = json.loads(p.read_text(encoding="utf-8"))
        resources.append((doc["$id"], Resource.from_contents(doc)))
    registry = Registry().with_resources(resources)
    schema = json.loads((folder / "statement.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


def test_bods_validates_against_schema(gold, tmp_path, bods_validator):
    path = export_graph(gold, "bods", tmp_path / "g.bods.json")
    statements = json.loads(path.read_text(encoding="utf-8"))
    errors = sorted(bods_validator.iter_errors(statements), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
    assert len(statements) == gold.number_of_nodes() + gold.number_of_edges()
    assert len({s["statementId"] for s in statements}) == len(statements)


def test_bods_rejects_a_broken_statement(gold, bods_validator):
    """The validator is live: a statement with a short id and a bad interest type fails."""
    st = bods_statements(gold, publication_date=dt.date(2024, 1, 1))
    st[-1]["statementId"] = "short"
    st[-1]["recordDetails"]["interests"][0]["type"] = "friendship"
    assert len(list(bods_validator.iter_errors(st))) >= 2


def test_bods_content(gold):
    st = bods_statements(gold, publication_date=dt.date(2024, 1, 1))
    records = {s["recordId"]: s for s in st}
    parties = [s for s in st if s["recordType"] != "relationship"]
    assert st[:len(parties)] == parties  # parties come before the relationships naming them
    rel = records["000_ef32b5b89d46cac3.txt#bo-tcmv"]
    assert rel["recordDetails"]["subject"] == "qualys"
    assert rel["recordDetails"]["interestedParty"] == "tcmv"
    assert rel["recordDetails"]["interests"][0] == {
        "type": "shareholding", "details": "beneficial owner of", "directOrIndirect": "unknown",
        "share": {"exact": 19.42}, "startDate": "2013-12-31"}
    assert rel["statementDate"] == "2013-12-31"
    assert records["dixon"]["recordType"] == "person"
    assert records["qualys"]["recordDetails"]["identifiers"] == [
        {"id": "74758T303", "schemeName": "CUSIP"}]
    officer = next(s for s in st if s["recordType"] == "relationship"
                   and s["recordDetails"]["interestedParty"] == "saltzman")
    assert officer["recordDetails"]["interests"][0]["type"] == "seniorManagingOfficial"
    assert officer["recordDetails"]["interests"][0]["details"] == "Chief Financial Officer"
    assert bods_statements(gold, publication_date=dt.date(2024, 1, 1)) == st  # stable ids
