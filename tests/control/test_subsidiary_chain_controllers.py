"""Controllers of an issuer held through a chain of subsidiaries stated as relative clauses.

Review rv39 H1: on Exxon Mobil's Form 4 on ProPetro (2026-05-20,
tests/fixtures/filings/rv39/exxon_propetro_2026_form4.xml) ``controllers "ProPetro"`` listed
EXXON MOBIL CORP and Pioneer Natural Resources Pumping Services LLC as two unrelated tops of
chains. The footnote's chain makes one: Exxon over Pioneer Natural Resources Company, over
Pioneer Natural Resources USA, Inc., over the Pumping subsidiary that holds the shares.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.control import find_controllers
from graphkit.pipeline import build

EXXON = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv39" / \
    "exxon_propetro_2026_form4.xml"


def test_one_top_and_the_whole_chain():
    answer = find_controllers(build([EXXON]).graph, "ProPetro")
    tops = {u.party.name for u in answer.ultimate + answer.exited}
    assert tops == {"EXXON MOBIL CORP"}  # was also Pioneer Natural Resources Pumping Services LLC
    chains = [[s.source.name for s in p.steps] + [p.steps[-1].target.name] for p in answer.paths]
    assert ["EXXON MOBIL CORP", "Pioneer Natural Resources Company",
            "Pioneer Natural Resources USA, Inc.", "Pioneer Natural Resources Pumping Services LLC",
            "ProPetro Holding Corp."] in chains
