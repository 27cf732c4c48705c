"""The HTML view as a file: offline, escaped, built from the relation table."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from graphkit.errors import ExportError, NodeNotFound
from graphkit.html_view import (
    controllers_subgraph, ego_subgraph, embed_json, render_html, view_data, vis_script,
    write_html,
)
from graphkit.relations import RELATIONS
from tests.fixtures.view_graphs import HOSTILE


def _data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="gk-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def test_page_is_offline(gold, tmp_path):
    page = write_html(gold, tmp_path / "g.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
    markup = re.sub(r"<script\b.*?</script>", "", page, flags=re.S)
    assert not re.search(r"""\b(src|href)\s*=""", markup)  # no element loads anything
    assert "Content-Security-Policy" in page and "default-src &#x27;none&#x27;" in page
    assert page.count("<script") == 3 and page.count("</script>") == 3


def test_filing_text_never_becomes_markup(gold):
    page = render_html(gold, title='<img src=x onerror="alert(1)">')
    assert "<script>alert" not in page and "<b>tags</b>" not in page
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    data = _data(page)  # ...but the JSON still holds the exact text, for textContent
    quotes = [q["text"] for e in data["edges"] for q in e["tip"]["quotes"]]
    assert HOSTILE in quotes
    assert "</" not in page.split('id="gk-data">')[1].split("</script>")[0]


def test_embed_json_escapes_script_breakers():
    text = embed_json({"t": "</script><!-- & \u2028 https://x"})
    assert "<" not in text and ">" not in text and "&" not in text and "://" not in text
    assert json.loads(text) == {"t": "</script><!-- & \u2028 https://x"}


def test_vis_script_is_intact_and_link_free():
    s = vis_script()
    assert "http://" not in s and "https://" not in s and "</script" not in s.lower()
    assert "Apache License 2.0" in s and "MIT License" in s  # licence notice kept
    assert len(s) > 400_000 and "Network" in s


def test_view_data_from_relation_table(gold):
    d = view_data(gold, highlight_issuer="Qualys, Inc.")
    assert d["counts"] == {"nodes": 18, "edges": 27}
    assert len(d["nodes"]) == 18 and len(d["edges"]) == 27
    assert d["highlight"] == "qualys"
    order = [r.value for r in RELATIONS]
    assert [r["id"] for r in d["relations"]] == sorted(
        {"beneficial_owner_of", "general_partner_of", "member_of", "director_of",
         "officer_of"}, key=order.index)
    assert all(r["label"] == RELATIONS[r["id"]].label for r in d["relations"])
    assert {k["id"]: k["count"] for k in d["kinds"]} == {"person": 8, "organization": 9,
                                                         "issuer": 1}
    assert d["options"]["layout"]["hierarchical"]["direction"] == "UD"
    bo = next(e for e in d["edges"] if e["claim"].endswith("#bo-tcmv"))
    assert bo["label"] == "beneficial owner of\n19.42%"
    assert bo["from"] == "tcmv" and bo["to"] == "qualys"
    assert "6,288,626 shares · 19.42% of class" in bo["tip"]["lines"]
    assert "source: SC 13G, 000_ef32b5b89d46cac3.txt (filed 2014-02-14)" in bo["tip"]["lines"]
    assert bo["tip"]["quotes"][0]["cite"] == "000_ef32b5b89d46cac3.txt:44, cover page"
    assert len({e["id"] for e in d["edges"]}) == 27
    # parallel claims between one pair are bent apart
    courtot = [e for e in d["edges"] if e["from"] == "courtot"]
    assert len(courtot) == 3 and sum("smooth" in e for e in courtot) == 2


def test_controllers_subgraph(gold):
    H = controllers_subgraph(gold, "Qualys, Inc.")
    assert sorted(H) == sorted(["qualys", "tcmv", "tcv", "tcva", "tcvaq", "tcvp", "tcvcv",
                                "dixon", "meekin", "moragne", "mccormack", "courtot", "grp",
                                "mercury", "abs"])
    assert {d["relation"] for _, _, d in H.edges(data=True)} == {
        "beneficial_owner_of", "general_partner_of", "member_of"}
    assert sorted(controllers_subgraph(gold, "tcvp")) == sorted(
        ["tcvp", "tcmv", "dixon", "meekin", "moragne", "mccormack"])
    assert list(controllers_subgraph(gold, "saltzman")) == ["saltzman"]
    with pytest.raises(NodeNotFound):
        controllers_subgraph(gold, "Nobody Holdings Ltd")


def test_ego_subgraph(gold):
    assert sorted(ego_subgraph(gold, "TCVAQ", 1)) == ["qualys", "tcmv", "tcvaq"]
    assert ego_subgraph(gold, "tcvaq", 0).number_of_nodes() == 1
    assert ego_subgraph(gold, "meekin", 2).number_of_nodes() == 11  # tcmv, its funds, members, issuer
    with pytest.raises(ValueError):
        ego_subgraph(gold, "tcvaq", -1)


def test_bad_graph_is_an_export_error(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("x", name="X")  # no kind
    with pytest.raises(ExportError, match="node 'x'"):
        write_html(G, tmp_path / "x.html")
    G.nodes["x"]["kind"] = "person"
    G.add_edge("x", "x", key="c9", relation="director_of", form="D")  # no filing
    with pytest.raises(ExportError, match=r"edge 'x' -> 'x' \('c9'\) breaks the graph contract"):
        write_html(G, tmp_path / "x.html")
    with pytest.raises(ExportError, match="cannot write"):
        write_html(nx.MultiDiGraph(), tmp_path / "missing" / "x.html")


def test_empty_graph_renders(tmp_path):
    page = write_html(nx.MultiDiGraph(), tmp_path / "e.html").read_text(encoding="utf-8")
    assert _data(page)["counts"] == {"nodes": 0, "edges": 0}


def test_every_relation_has_its_own_colour():
    # a relation added to the table without a colour would fail the legend of any graph
    # holding it (the palette is zipped with the table)
    from graphkit.html_view import RELATION_PALETTE
    assert len(RELATION_PALETTE) >= len(RELATIONS)
    assert len(set(RELATION_PALETTE[:len(RELATIONS)])) == len(RELATIONS)
