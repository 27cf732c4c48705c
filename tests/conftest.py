"""Shared test fixtures: where the sample filings and ../shared live.

Tests that need ``../shared`` (gold files, the corpus, the name-pair benchmark) skip with a clear
reason when it is absent; CI has it beside the checkout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "graphkit" / "samples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"

SEED_13G = SAMPLES / "000_ef32b5b89d46cac3.txt"
SEED_FORMD = SAMPLES / "002_28a909641369b00a.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the calling test when it is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (../shared is beside the checkout in CI)")
    return p


def corpus_file(name: str) -> Path:
    """A corpus filing by its MANIFEST path (e.g. ``13g/enable_enerjex_2007_sc13g.txt``)."""
    return shared_path("corpus", name)


def text_13_filings() -> list[Path]:
    """The Schedule 13D/13G text filings of the corpus (not the XML ones), by name."""
    return [p for p in sorted(shared_path("corpus").glob("13[dg]/*")) if p.suffix != ".xml"]


def check_text_13_filings(check) -> None:
    """Call ``check`` on the text of every Schedule 13D/13G text filing of the corpus."""
    for p in text_13_filings():
        check(p.read_text(errors="replace"))


@pytest.fixture
def seed_13g() -> Path:
    return SEED_13G


@pytest.fixture
def seed_formd() -> Path:
    return SEED_FORMD


def record_links(rec) -> set[tuple[str, str, str]]:
    """The (holder, relation, held) links of a parsed record by party name, its holdings left
    out: the control relations a filing states."""
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
            if c.relation.value != "beneficial_owner_of"}


def held_claims(path: Path) -> tuple[dict, list]:
    """The beneficial-ownership claims of ``path``'s first record by the holder's name, and the
    record's warnings."""
    from graphkit.parse import parse_path
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    held = {names[c.source]: c for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    return held, rec.warnings
