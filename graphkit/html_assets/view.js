/* graphkit HTML view: builds the network from the embedded JSON.
 * Text from filings is only ever set with textContent, never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gk-data").textContent);
  var QUOTE_MAX = 420;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function clip(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }

  /* A tooltip or details element from {title, lines, quotes, details}. */
  function tipElement(tip, full) {
    var box = el("div", "gk-tip");
    box.appendChild(el("div", "gk-tip-title", tip.title));
    (tip.lines || []).forEach(function (line) { box.appendChild(el("div", null, line)); });
    (tip.quotes || []).forEach(function (q) {
      box.appendChild(el("div", "gk-quote", full ? q.text : clip(q.text, QUOTE_MAX)));
      box.appendChild(el("div", "gk-cite", "— " + q.cite));
    });
    if (full) {
      (tip.details || []).forEach(function (d) { box.appendChild(el("div", "gk-detail", d)); });
    }
    return box;
  }

  document.getElementById("gk-title").textContent = data.title;
  document.title = data.title;
  document.getElementById("gk-counts").textContent =
    data.counts.nodes + " parties · " + data.counts.edges + " claims";

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({}, n, { title: tipElement(n.tip, false), baseColor: n.color });
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return Object.assign({}, e, { title: tipElement(e.tip, false), baseColor: e.color });
  }));

  var controlRel = {};
  data.controlRelations.forEach(function (r) { controlRel[r] = true; });
  var incoming = {}, outgoing = {};
  edges.forEach(function (e) {
    (incoming[e.to] = incoming[e.to] || []).push(e);
    (outgoing[e.from] = outgoing[e.from] || []).push(e);
  });

  var state = { hiddenKinds: {}, hiddenRelations: {}, focus: null, hideRest: false };

  function nodeShown(n) {
    if (!n || state.hiddenKinds[n.group_name]) { return false; }
    return !(state.hideRest && state.focus && state.focus.nodes[n.id] === undefined);
  }
  function edgeShown(e) {
    if (state.hiddenRelations[e.relation]) { return false; }
    if (state.hideRest && state.focus && !state.focus.edges[e.id]) { return false; }
    return nodeShown(nodes.get(e.from)) && nodeShown(nodes.get(e.to));
  }
  var nodeView = new vis.DataView(nodes, { filter: nodeShown });
  var edgeView = new vis.DataView(edges, { filter: edgeShown });
  var container = document.getElementById("gk-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  var view = { network: network, nodes: nodes, edges: edges, nodeView: nodeView,
               edgeView: edgeView, drawn: false, state: state };
  window.graphkitView = view;
  network.once("afterDrawing", function () { view.drawn = true; });

  function refresh(fit) {
    nodeView.refresh();
    edgeView.refresh();
    if (fit) { network.fit(); }
  }

  /* ---- focus: control path (upstream through control relations) or ego network ---- */
  function controlPath(start) {
    var seen = {}, used = {}, todo = [start];
    seen[start] = true;
    while (todo.length) {
      var v = todo.shift();
      (incoming[v] || []).forEach(function (e) {
        if (!e.control) { return; }
        used[e.id] = true;
        if (!seen[e.from]) { seen[e.from] = true; todo.push(e.from); }
      });
    }
    return { nodes: seen, edges: used };
  }
  function egoNetwork(start, depth) {
    var dist = {}, todo = [start], used = {};
    dist[start] = 0;
    while (todo.length) {
      var v = todo.shift();
      if (dist[v] >= depth) { continue; }
      (incoming[v] || []).concat(outgoing[v] || []).forEach(function (e) {
        var w = e.from === v ? e.to : e.from;
        if (dist[w] === undefined) { dist[w] = dist[v] + 1; todo.push(w); }
      });
    }
    edges.forEach(function (e) {
      if (dist[e.from] !== undefined && dist[e.to] !== undefined) { used[e.id] = true; }
    });
    return { nodes: dist, edges: used };
  }

  function paint() {
    var f = state.focus;
    nodes.update(nodes.map(function (n) {
      var on = !f || f.nodes[n.id] !== undefined;
      return { id: n.id, borderWidth: f && on ? 3 : 1,
               color: on ? n.baseColor : { background: "#f2f3f4", border: "#d5d8dc" },
               font: { color: on ? "#1b2631" : "#aab7b8" } };
    }));
    edges.update(edges.map(function (e) {
      var on = !f || f.edges[e.id];
      return { id: e.id, width: f && on ? 3 : 1,
               color: on ? e.baseColor : { color: "#e5e8e8" },
               font: { color: on ? "#343434" : "#d5d8dc" } };
    }));
  }

  var modeSel = document.getElementById("gk-focus-mode");
  var nodeSel = document.getElementById("gk-focus-node");
  var depthIn = document.getElementById("gk-depth");
  var hideIn = document.getElementById("gk-hide-rest");

  function byLabel(a, b) { return a.label.localeCompare(b.label); }
  function fillNodeChoices() {
    var keep = nodeSel.value;
    while (nodeSel.firstChild) { nodeSel.removeChild(nodeSel.firstChild); }
    var list = nodes.get().filter(function (n) {
      return modeSel.value !== "controllers" ||
        (incoming[n.id] || []).some(function (e) { return e.control; });
    }).sort(byLabel);
    list.forEach(function (n) {
      var o = el("option", null, n.label);
      o.value = n.id;
      nodeSel.appendChild(o);
    });
    if (keep && nodes.get(keep)) { nodeSel.value = keep; }
    nodeSel.disabled = modeSel.value === "all";
    depthIn.disabled = modeSel.value !== "ego";
  }

  function applyFocus() {
    var id = nodeSel.value;
    if (modeSel.value === "all" || !id) {
      state.focus = null;
    } else if (modeSel.value === "controllers") {
      state.focus = controlPath(id);
    } else {
      state.focus = egoNetwork(id, Math.max(1, parseInt(depthIn.value, 10) || 1));
    }
    state.hideRest = hideIn.checked;
    paint();
    refresh(true);
  }

  /* Public entry point (used by tests and by the focus controls). */
  view.focus = function (mode, id, depth) {
    modeSel.value = mode;
    fillNodeChoices();
    if (id !== undefined && id !== null) { nodeSel.value = id; }
    if (depth) { depthIn.value = depth; }
    applyFocus();
    return state.focus ? Object.keys(state.focus.nodes) : [];
  };

  modeSel.addEventListener("change", function () { fillNodeChoices(); applyFocus(); });
  nodeSel.addEventListener("change", applyFocus);
  depthIn.addEventListener("change", applyFocus);
  hideIn.addEventListener("change", applyFocus);

  /* ---- legend with filters ---- */
  function legendRow(list, item, swatch, hidden) {
    var li = el("li");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("aria-label", "show " + item.label);
    box.dataset.value = item.id;
    box.addEventListener("change", function () {
      hidden[item.id] = !box.checked;
      refresh(false);
    });
    li.appendChild(box);
    li.appendChild(swatch);
    var name = el("span", null, item.label);
    if (item.description) { name.title = item.description; }
    li.appendChild(name);
    li.appendChild(el("span", "gk-count", item.count));
    list.appendChild(li);
  }
  var kindList = document.getElementById("gk-kinds");
  data.kinds.forEach(function (k) {
    var sw = el("span", "gk-swatch " + k.shape);
    sw.style.background = k.color;
    sw.style.borderColor = k.border;
    legendRow(kindList, k, sw, state.hiddenKinds);
  });
  var relList = document.getElementById("gk-relations");
  data.relations.forEach(function (r) {
    var sw = el("span", "gk-line");
    sw.style.borderTopColor = r.color;
    if (!r.control) { sw.style.borderTopStyle = "dashed"; }
    legendRow(relList, r, sw, state.hiddenRelations);
  });

  /* ---- search ---- */
  var names = document.getElementById("gk-names");
  nodes.get().sort(byLabel).forEach(function (n) {
    var o = el("option");
    o.value = n.label;
    names.appendChild(o);
  });
  var search = document.getElementById("gk-search");
  var status = document.getElementById("gk-search-status");
  function findNode(q) {
    q = q.trim().toLowerCase();
    if (!q) { return null; }
    var all = nodes.get(), i, j;
    for (i = 0; i < all.length; i++) {
      for (j = 0; j < all[i].search.length; j++) {
        if (all[i].search[j].toLowerCase() === q) { return all[i]; }
      }
    }
    for (i = 0; i < all.length; i++) {
      for (j = 0; j < all[i].search.length; j++) {
        if (all[i].search[j].toLowerCase().indexOf(q) >= 0) { return all[i]; }
      }
    }
    return null;
  }
  function runSearch() {
    var n = findNode(search.value);
    if (!n) { status.textContent = search.value.trim() ? "no party matches" : ""; return; }
    status.textContent = "";
    if (!nodeView.get(n.id)) { status.textContent = "hidden by the filters"; return; }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.1, animation: false });
    showDetails(n.tip);
  }
  view.search = function (q) { search.value = q; runSearch(); return network.getSelectedNodes(); };
  search.addEventListener("change", runSearch);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { runSearch(); } });

  /* ---- details panel ---- */
  var details = document.getElementById("gk-details");
  function showDetails(tip) {
    while (details.firstChild) { details.removeChild(details.firstChild); }
    details.appendChild(tipElement(tip, true));
  }
  view.showDetails = function (kind, id) {
    var item = (kind === "node" ? nodes : edges).get(id);
    if (item) { showDetails(item.tip); }
    return details.textContent;
  };
  network.on("click", function (params) {
    if (params.nodes.length) { showDetails(nodes.get(params.nodes[0]).tip); }
    else if (params.edges.length) { showDetails(edges.get(params.edges[0]).tip); }
  });

  fillNodeChoices();
  if (data.highlight !== null && nodes.get(data.highlight)) {
    view.focus("controllers", data.highlight);
  }
}());
