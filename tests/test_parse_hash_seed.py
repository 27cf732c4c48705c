"""A parse is the same whatever Python's hash seed: users cite it, so no set's iteration order
may choose a party, a claim or a name.

The fixture is a name-substitution variant (session 47, nm47) of Snyder Associated Companies'
SC 13D on Superior Well Services (2005); a sweep that built it under two hash seeds wrote two
different texts (the sweep's own set of spellings), which once read as the parser depending on
the seed. Each text parses the same under every seed; this test keeps it so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

VARIANT = ROOT / "tests" / "fixtures" / "filings" / "hs47" / "2005_SC_13D_1333324_names_o26.txt"

# the whole parse as JSON, less the time it took
CHILD = """
import json, sys
from graphkit.parse import parse_path
report = parse_path(sys.argv[1])
print(json.dumps(report.model_dump(mode="json", exclude={"seconds"}), sort_keys=True))
"""


def _parse_with_seed(seed: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-c", CHILD, str(VARIANT)], env=env, cwd=ROOT,
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def test_variant_parses_the_same_under_two_hash_seeds():
    first, second = _parse_with_seed("0"), _parse_with_seed("1")
    assert first == second
    (record,) = first["records"]
    names = {p["id"]: p["name"] for p in record["parties"]}
    # the reporting person as the variant names it, and its attorney-in-fact's signature
    assert [p["name"] for p in record["parties"] if "reporting_person" in p["roles"]] == [
        "Baker and Lowe Associates"]
    assert [(s["signer"], s["title"], s["on_behalf_of"]) for s in record["signatures"]] == [
        ("Li Wei", "Attorney-in-Fact", ["Baker and Lowe Associates"])]
    # the table row "Henry St. John III ... Vice President, Controller" (the original's
    # Daniel G. Boylstein, a name the sweep gave two people)
    assert ("Henry St. John III", "officer_of", "Baker and Lowe Associates",
            "Vice President, Controller") in {
        (names[c["source"]], c["relation"], names[c["target"]], c["title"])
        for c in record["claims"]}
