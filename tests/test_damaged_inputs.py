"""Every corpus file, damaged at reproducible random places, still gives a clear outcome.

A "parser error" is an exception a parser did not expect, caught at the top so the batch goes
on; it names the file but not what is wrong with it. None may occur. More cases:
``python bench/damaged_inputs.py``.
"""

from __future__ import annotations

import logging

import pytest

from graphkit.models import ParseStatus
from graphkit.parse import parse_path
from tests.conftest import CORPUS, shared_path
from tests.damage import DAMAGE_KINDS, damage


def _files():
    if not CORPUS.exists():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv")


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_damaged_corpus_files_never_end_in_a_parser_error(kind, tmp_path, caplog):
    shared_path("corpus")
    caplog.set_level(logging.CRITICAL)
    bugs = []
    for i, p in enumerate(_files()):
        f = tmp_path / f"{p.stem}.{kind}{p.suffix}"
        f.write_bytes(damage(p.read_bytes(), kind, seed=i))
        r = parse_path(f)
        if r.reason and "parser error" in r.reason:
            bugs.append(r.reason)
        if r.status is ParseStatus.FAILED:
            assert str(f) in r.reason  # a failure names the file
    assert bugs == []
