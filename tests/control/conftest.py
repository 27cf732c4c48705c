"""A hand-built copy of the sample's expected graph (../shared/gold/seeds.json), typed.

The 13G (``000_ef32b5b89d46cac3.txt``, event date 2013-12-31): five funds hold the issuer; their
general partner TCMV reports the same 6,288,626 shares (19.42%) as a joint filer; four persons
are members of TCMV. The paper Form D (``002_28a909641369b00a.txt``, signed 2003-11-28): related
persons as directors, officers and beneficial owners. Line numbers are those of the samples.
"""

from __future__ import annotations

import datetime as dt
import sys
import types

import networkx as nx
import pytest

from graphkit.graph import EdgeData, NodeData
from graphkit.models import Evidence, Identifier

G13 = "000_ef32b5b89d46cac3.txt"
FORMD = "002_28a909641369b00a.txt"
EVENT_13G = dt.date(2013, 12, 31)
FILED_13G = dt.date(2014, 2, 14)
SIGNED_D = dt.date(2003, 11, 28)

NODES = {
    "qualys": ("Qualys, Inc.", "organization", [], [Identifier(scheme="cusip", value="74758T303")]),
    "tcmv": ("Trident Capital Management-V, L.L.C.", "organization",
             ["TCMV", "Trident Capital"], []),
    "tcv": ("Trident Capital Fund-V, L.P.", "organization", ["TCV"], []),
    "tcva": ("Trident Capital Fund-V Affiliates Fund, L.P.", "organization", ["TCVA"], []),
    "tcvaq": ("Trident Capital Fund-V Affiliates Fund (Q), L.P.", "organization", ["TCVAQ"], []),
    "tcvp": ("Trident Capital Fund-V Principals Fund, L.P.", "organization", ["TCVP"], []),
    "tcvcv": ("Trident Capital Parallel Fund-V, C.V.", "organization", ["TCVCV"], []),
    "dixon": ("Donald R. Dixon", "person", ["Dixon, Donald R."], []),
    "meekin": ("Peter T. Meekin", "person", [], []),
    "moragne": ("John H. Moragne", "person", [], []),
    "mccormack": ("Robert C. McCormack", "person", [], []),
    "courtot": ("Philippe Courtot", "person", ["Courtot, Philippe"], []),
    "eschelbeck": ("Gerhard Eschelbeck", "person", ["Eschelbeck, Gerhard"], []),
    "saltzman": ("Eric Saltzman", "person", ["Saltzman, Eric"], []),
    "vieux": ("Alex S. Vieux", "person", ["Vieux, Alex S."], []),
    "grp": ("GRP Partners", "organization", [], []),
    "mercury": ("Mercury Interactive Ventures", "organization", [], []),
    "abs": ("ABS Ventures", "organization", [], []),
}

#: (holder, shares, percent, evidence line) of the 13G cover pages
HOLDINGS_13G = [
    ("tcmv", 6288626, 19.42, 40),
    ("tcv", 5639301, 17.42, 67),
    ("tcva", 32770, 0.1, 91),
    ("tcvaq", 31269, 0.1, 115),
    ("tcvp", 156856, 0.48, 139),
    ("tcvcv", 428430, 1.32, 165),
]
FUNDS = ["tcv", "tcva", "tcvaq", "tcvp", "tcvcv"]
MEMBERS = ["dixon", "meekin", "moragne", "mccormack"]
ITEM2 = ("TCMV serves as the sole general partner of TCV, TCVA, TCVAQ and TCVP, and as the sole "
         "investment general partner of TCVCV.")
ITEM4 = "The members of TCMV are Donald R. Dixon, Peter T. Meekin, John H. Moragne and Robert C."

#: (party, relation, title, evidence line) of the Form D related persons
FORMD_CLAIMS = [
    ("courtot", "beneficial_owner_of", None, 91), ("courtot", "officer_of", "Executive Officer", 91),
    ("courtot", "director_of", None, 91), ("eschelbeck", "officer_of", "Executive Officer", 99),
    ("saltzman", "officer_of", "Executive Officer", 107),
    ("dixon", "beneficial_owner_of", None, 115), ("dixon", "director_of", None, 115),
    ("vieux", "director_of", None, 123), ("tcmv", "beneficial_owner_of", None, 131),
    ("grp", "beneficial_owner_of", None, 139), ("mercury", "beneficial_owner_of", None, 149),
    ("abs", "beneficial_owner_of", None, 157),
]


def add_claim(G: nx.MultiDiGraph, key: str, source: str, target: str, relation: str, *,
              filing: str = G13, form: str = "SC 13G", as_of: dt.date | None = EVENT_13G,
              filed: dt.date | None = FILED_13G, line: int = 1, text: str = "", **numbers) -> None:
    """Add one typed claim (EdgeData, dumped as JSON as in graph.json)."""
    ed = EdgeData(relation=relation, filing=filing, form=form, as_of=as_of, filed=filed,
                  claim=key, evidence=[Evidence(source=filing, line=line, text=text)],
                  **numbers)
    G.add_edge(source, target, key=key, **ed.model_dump(mode="json"))


def build_sample() -> nx.MultiDiGraph:
    """The expected graph of the two sample filings."""
    G = nx.MultiDiGraph()
    for nid, (name, kind, aliases, ids) in NODES.items():
        in_13g = nid in ("qualys", "tcmv", *FUNDS, *MEMBERS)
        in_d = nid in ("qualys", "tcmv", "dixon", *(p for p, *_ in FORMD_CLAIMS))
        filings = [f for f, yes in ((G13, in_13g), (FORMD, in_d)) if yes]
        merges = []
        if nid == "tcmv":
            merges = [f"{G13}#p1 = {FORMD}#p9 [brand-at-address, 0.74]: "
                      "'Trident Capital' is the brand of TCMV at 505 Hamilton Avenue"]
        if nid == "dixon":
            merges = [f"{G13}#p7 = {FORMD}#p4 [score, 0.97]: person names equal up to order"]
        nd = NodeData(name=name, kind=kind, aliases=aliases, identifiers=ids, filings=filings,
                      merges=merges)
        G.add_node(nid, **nd.model_dump(mode="json"))
    for holder, shares, percent, line in HOLDINGS_13G:
        add_claim(G, f"{G13}#c-{holder}", holder, "qualys", "beneficial_owner_of",
                  line=line, text=f"9. Aggregate Amount Beneficially Owned {shares:,}",
                  shares=shares, percent=percent, sole_voting=shares, sole_dispositive=shares,
                  security_class="Common Stock", disclaims=True,
                  disclaims_in_part=True)  # "except to the extent of their pecuniary"
    for fund in FUNDS:
        add_claim(G, f"{G13}#gp-{fund}", "tcmv", fund, "general_partner_of", line=190,
                  text=ITEM2)
    for m in MEMBERS:
        add_claim(G, f"{G13}#m-{m}", m, "tcmv", "member_of", line=239, text=ITEM4)
    for party, rel, title, line in FORMD_CLAIMS:
        add_claim(G, f"{FORMD}#{rel}-{party}", party, "qualys", rel, filing=FORMD, form="D",
                  as_of=SIGNED_D, filed=None, line=line, text="Check Box(es) that Apply",
                  title=title)
    G.graph.update({"format": "graphkit-graph/1", "filings": [G13, FORMD], "warnings": [
        {"code": "ocr-repair", "source": G13, "line": 50,
         "message": "'5.639,301' read as 5,639,301 (agrees with record-holder total)"}],
        "stale_judgements": []})
    return G


@pytest.fixture
def sample() -> nx.MultiDiGraph:
    """A fresh copy of the sample's expected graph."""
    return build_sample()


@pytest.fixture
def sample_file(tmp_path, sample):
    """The sample graph written as graph.json."""
    from graphkit.graph import write_graph
    return write_graph(sample, tmp_path / "graph.json")


@pytest.fixture
def run_cli(capsys):
    """Run ``graphkit ARGS...`` in-process: returns (exit code, stdout, stderr)."""
    try:
        import graphkit.cli_build  # noqa: F401  (written by another module owner)
    except ImportError:
        stub = types.ModuleType("graphkit.cli_build")
        stub.register = lambda sub: None
        sys.modules["graphkit.cli_build"] = stub
    from graphkit.cli import main

    def run(*argv: str):
        code = main(list(argv))
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


@pytest.fixture
def claim():
    """The :func:`add_claim` helper, for tests that extend the sample."""
    return add_claim
