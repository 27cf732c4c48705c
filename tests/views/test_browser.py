"""The HTML view in a real browser, with the network off.

Uses the ``playwright`` Python package driving Debian's Chromium (``apt-get install chromium``;
never ``playwright install``). Skips when either is missing, except under CI (``CI`` set), where
the browser check must run.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from graphkit.html_view import write_html
from tests.conftest import ROOT
from tests.fixtures.view_graphs import HOSTILE

ARTIFACTS = ROOT / "tests" / "_artifacts"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-headless-shell",
                       "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


def _chromium() -> str | None:
    for c in CHROMIUM_CANDIDATES:
        if Path(c).exists():
            return c
    return shutil.which("chromium") or shutil.which("chromium-headless-shell")


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the browser test "
                    "(apt-get install -y chromium; pip install playwright)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_or_fail("the playwright package is not installed")
    exe = _chromium()
    if exe is None:
        _skip_or_fail("no Debian chromium found (/usr/bin/chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_FLAGS)
        yield b
        b.close()


def _open(browser, path: Path):
    """Open ``path`` with every non-file request aborted and recorded; returns page + logs."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    log = {"requests": [], "failed": [], "errors": [], "dialogs": [], "console": []}
    page.on("pageerror", lambda e: log["errors"].append(str(e)))
    page.on("requestfailed", lambda r: log["failed"].append(r.url))
    page.on("console", lambda m: log["console"].append(f"{m.type}: {m.text}")
            if m.type in ("error", "warning") else None)

    def on_dialog(d):
        log["dialogs"].append(d.message)
        d.dismiss()
    page.on("dialog", on_dialog)

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            log["requests"].append(r.request.url)
            r.abort()
    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_function("window.graphkitView && window.graphkitView.drawn", timeout=15000)
    return page, log


def test_renders_gold_graph_offline(browser, gold, tmp_path):
    path = write_html(gold, tmp_path / "gold.html", title="Qualys, Inc. — sample filings")
    page, log = _open(browser, path)
    counts = page.evaluate("""() => ({nodes: graphkitView.nodes.length,
        edges: graphkitView.edges.length, shownNodes: graphkitView.nodeView.length,
        shownEdges: graphkitView.edgeView.length,
        positions: Object.keys(graphkitView.network.getPositions()).length})""")
    assert counts == {"nodes": gold.number_of_nodes(), "edges": gold.number_of_edges(),
                      "shownNodes": 18, "shownEdges": 27, "positions": 18}
    # controllers sit above what they control (top-down hierarchy: smaller y is higher)
    y = page.evaluate("() => graphkitView.network.getPositions()")
    assert y["dixon"]["y"] < y["tcmv"]["y"] < y["tcv"]["y"] < y["qualys"]["y"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "gold_view.png"))
    assert log["requests"] == [] and log["failed"] == []
    assert log["errors"] == [] and log["console"] == []
    page.close()


def test_evidence_stays_text(browser, gold, tmp_path):
    path = write_html(gold, tmp_path / "gold.html")
    page, log = _open(browser, path)
    edge_id = page.evaluate("""() => graphkitView.edges.get({filter: e =>
        e.tip.quotes.some(q => q.text.includes('<script>'))})[0].id""")
    shown = page.evaluate(f"() => graphkitView.showDetails('edge', {edge_id!r})")
    assert HOSTILE in shown  # shown verbatim, as text
    # the details panel and the tooltip element hold no element made from the evidence
    assert page.evaluate("() => document.querySelectorAll('#gk-details script, #gk-details b')"
                         ".length") == 0
    assert page.evaluate(f"""() => graphkitView.edges.get({edge_id!r}).title
        .querySelectorAll('script, b').length""") == 0
    # hover the edge so vis-network shows its tooltip, then check again
    pos = page.evaluate(f"""() => {{ const n = graphkitView.network;
        const e = graphkitView.edges.get({edge_id!r});
        const a = n.canvasToDOM(n.getPositions([e.from])[e.from]);
        const b = n.canvasToDOM(n.getPositions([e.to])[e.to]);
        return [(a.x + b.x) / 2, (a.y + b.y) / 2]; }}""")
    box = page.locator("#gk-network").bounding_box()
    page.mouse.move(box["x"] + pos[0], box["y"] + pos[1])
    page.wait_for_timeout(400)
    assert page.evaluate("() => document.querySelectorAll('.vis-tooltip script, .vis-tooltip b')"
                         ".length") == 0
    assert log["dialogs"] == [] and log["errors"] == [] and log["requests"] == []
    page.close()


def test_focus_filters_and_search(browser, gold, tmp_path):
    path = write_html(gold, tmp_path / "gold.html", highlight_issuer="Qualys, Inc.")
    page, log = _open(browser, path)
    path_nodes = page.evaluate("() => Object.keys(graphkitView.state.focus.nodes).sort()")
    assert path_nodes == sorted(["qualys", "tcmv", "tcv", "tcva", "tcvaq", "tcvp", "tcvcv",
                                 "dixon", "meekin", "moragne", "mccormack", "courtot", "grp",
                                 "mercury", "abs"])
    page.check("#gk-hide-rest")
    assert page.evaluate("() => graphkitView.nodeView.length") == 15
    assert sorted(page.evaluate("() => graphkitView.focus('ego', 'saltzman', 1)")) == \
        ["qualys", "saltzman"]
    assert page.evaluate("() => graphkitView.edgeView.length") == 1
    page.evaluate("() => graphkitView.focus('all')")
    page.uncheck("#gk-relations input[data-value=beneficial_owner_of]")
    assert page.evaluate("() => graphkitView.edgeView.length") == 27 - 12
    page.uncheck("#gk-kinds input[data-value=person]")
    assert page.evaluate("() => graphkitView.nodeView.length") == 10
    page.check("#gk-kinds input[data-value=person]")
    assert page.evaluate("() => graphkitView.search('tcvaq')") == ["tcvaq"]
    assert "Affiliates Fund (Q)" in page.inner_text("#gk-details")
    assert log["errors"] == [] and log["requests"] == []
    page.close()
