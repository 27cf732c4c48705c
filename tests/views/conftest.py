"""Fixtures for the HTML view tests: hand-built graphs (see tests/fixtures/view_graphs.py)."""

from __future__ import annotations

import pytest

from tests.fixtures.view_graphs import gold_graph, tiny_graph


@pytest.fixture
def gold():
    return gold_graph()


@pytest.fixture
def tiny():
    return tiny_graph()
