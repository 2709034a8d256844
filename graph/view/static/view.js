/* geopol network view: the vis-network, legend and filters, search, tooltips and details.
 *
 * Every text that comes from the graph is put into the page with textContent or drawn on the
 * canvas by vis-network; nothing from the data is ever parsed as HTML.
 * window.geopolView exposes the network and its DataSets; `ready` turns true (and
 * <body data-ready>) once the first frame of the final layout is drawn.
 */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("geopol-data").textContent);
  const info = data.info;
  const SVG = "http://www.w3.org/2000/svg";
  const TOOLTIP_EVIDENCE = 3;

  // ---- small DOM helpers (text only) -------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  }
  function fmt(n) { return Number(n).toLocaleString("en"); }

  // ---- state: which labels and types are hidden ----------------------------------------------
  const hiddenLabels = new Set(data.hidden.labels);
  const hiddenTypes = new Set(data.hidden.types);
  const groupOf = new Map();
  for (const n of data.nodes) groupOf.set(n.id, n.group);
  const degree = new Map();
  for (const e of data.edges) {
    degree.set(e.from, (degree.get(e.from) || 0) + 1);
    degree.set(e.to, (degree.get(e.to) || 0) + 1);
  }
  const basePhysics = new Map();
  for (const e of data.edges) basePhysics.set(e.id, e.physics !== false);

  function nodeHidden(id) { return hiddenLabels.has(groupOf.get(id)); }
  function edgeHidden(e) { return hiddenTypes.has(e.type) || nodeHidden(e.from) || nodeHidden(e.to); }

  for (const n of data.nodes) { n.hidden = nodeHidden(n.id); n.physics = !n.hidden; }
  for (const e of data.edges) { e.hidden = edgeHidden(e); e.physics = basePhysics.get(e.id) && !e.hidden; }

  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const container = document.getElementById("network");
  const options = data.options;
  options.physics.enabled = data.physics;
  const network = new vis.Network(container, { nodes: [], edges: [] }, options);
  const view = window.geopolView = {
    network: network, nodes: nodes, edges: edges, data: data, ready: false, readyAt: null, stabilized: false,
  };

  // ---- ready: the first frame of the final layout ------------------------------------------
  const status = document.getElementById("status");
  function markReady() {
    if (view.ready) return;
    view.ready = true;
    view.readyAt = performance.now();
    status.hidden = true;
    document.body.dataset.ready = "1";
  }
  network.on("stabilized", function () { view.stabilized = true; });
  if (data.physics) {
    status.textContent = "Laying out the network…";
    network.on("stabilizationProgress", function (p) {
      status.textContent = "Laying out the network… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () { network.once("afterDrawing", markReady); });
  } else {
    status.textContent = "Drawing " + fmt(data.nodes.length) + " nodes…";
    network.once("afterDrawing", markReady);
  }
  network.setData({ nodes: nodes, edges: edges });
  if (!data.physics) network.redraw();

  // ---- header ----------------------------------------------------------------------------------
  document.getElementById("title").textContent = data.title || "geopol network";
  document.title = data.title || "geopol network";
  document.getElementById("subtitle").textContent = data.subtitle || "";
  const summary = document.getElementById("summary");
  function updateSummary() {
    const shownNodes = data.nodes.length - nodes.get({ filter: function (n) { return n.hidden; } }).length;
    const shownEdges = data.edges.length - edges.get({ filter: function (e) { return e.hidden; } }).length;
    summary.textContent = fmt(shownNodes) + " of " + fmt(data.nodes.length) + " nodes, " +
      fmt(shownEdges) + " of " + fmt(data.edges.length) + " edges shown";
  }

  // ---- filters -------------------------------------------------------------------------------
  function applyFilters() {
    const nodeUpdates = [];
    nodes.forEach(function (n) {
      const h = nodeHidden(n.id);
      if (h !== Boolean(n.hidden)) nodeUpdates.push({ id: n.id, hidden: h, physics: !h });
    });
    const edgeUpdates = [];
    edges.forEach(function (e) {
      const h = edgeHidden(e);
      if (h !== Boolean(e.hidden)) edgeUpdates.push({ id: e.id, hidden: h, physics: basePhysics.get(e.id) && !h });
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    updateSummary();
  }

  // ---- legend: one row per label and per type present, each a filter -------------------------
  function shapeIcon(shape, fill, stroke) {
    const icon = svg("svg", { width: 18, height: 18, viewBox: "0 0 18 18", "aria-hidden": "true" });
    const paint = { fill: fill, stroke: stroke, "stroke-width": 1.3 };
    const polygon = function (points) { return svg("polygon", Object.assign({ points: points }, paint)); };
    const star = [];
    for (let i = 0; i < 10; i++) {
      const r = i % 2 ? 3.4 : 8, a = Math.PI / 5 * i - Math.PI / 2;
      star.push((9 + r * Math.cos(a)).toFixed(2) + "," + (9.6 + r * Math.sin(a)).toFixed(2));
    }
    const shapes = {
      dot: function () { return svg("circle", Object.assign({ cx: 9, cy: 9, r: 6.5 }, paint)); },
      square: function () { return svg("rect", Object.assign({ x: 3, y: 3, width: 12, height: 12 }, paint)); },
      triangle: function () { return polygon("9,2 16.5,15.5 1.5,15.5"); },
      triangleDown: function () { return polygon("1.5,2.5 16.5,2.5 9,16"); },
      diamond: function () { return polygon("9,1.5 16.5,9 9,16.5 1.5,9"); },
      hexagon: function () { return polygon("9,1.5 15.5,5.25 15.5,12.75 9,16.5 2.5,12.75 2.5,5.25"); },
      star: function () { return polygon(star.join(" ")); },
    };
    icon.appendChild((shapes[shape] || shapes.dot)());
    return icon;
  }
  function lineIcon(style) {
    const icon = svg("svg", { width: 22, height: 12, viewBox: "0 0 22 12", "aria-hidden": "true" });
    const line = svg("line", { x1: 1, y1: 6, x2: style.arrows ? 15 : 21, y2: 6, stroke: style.color,
      "stroke-width": Math.max(1.5, Math.min(3, style.width)) });
    if (style.dashes) line.setAttribute("stroke-dasharray", "4 2.5");
    icon.appendChild(line);
    if (style.arrows) icon.appendChild(svg("polygon", { points: "14,2 21,6 14,10", fill: style.color }));
    return icon;
  }
  function legendRow(list, item, icon, hidden, kind) {
    const li = el("li");
    li.dataset[kind] = item.name;
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = !hidden.has(item.name);
    box.setAttribute("aria-label", (box.checked ? "hide " : "show ") + item.name);
    label.append(box, icon, el("span", "name", kind === "type" ? item.caption : item.name), el("span", "count", fmt(item.count)));
    label.title = item.name;
    li.classList.toggle("off", !box.checked);
    box.addEventListener("change", function () {
      if (box.checked) hidden.delete(item.name); else hidden.add(item.name);
      li.classList.toggle("off", !box.checked);
      applyFilters();
    });
    li.appendChild(label);
    list.appendChild(li);
  }
  const labelList = document.getElementById("legend-labels");
  for (const item of data.legend.labels) {
    legendRow(labelList, item, shapeIcon(item.shape, item.color, item.border), hiddenLabels, "label");
  }
  const typeList = document.getElementById("legend-types");
  for (const item of data.legend.types) legendRow(typeList, item, lineIcon(item), hiddenTypes, "type");
  updateSummary();

  // ---- cards: what a tooltip and the details panel show --------------------------------------
  function addFacts(card, facts) {
    const dl = el("dl");
    for (const [term, value] of facts) {
      if (value === undefined || value === null || value === "") continue;
      dl.append(el("dt", null, term), el("dd", null, value));
    }
    if (dl.childNodes.length) card.appendChild(dl);
  }
  function nodeCard(id, full) {
    const n = info.nodes[id];
    const card = el("div", "card node-card");
    card.appendChild(el("h3", "name", n.name));
    card.appendChild(el("p", "kind", n.label + (n.category ? " · " + n.category.replace(/_/g, " ") : "")));
    const aliases = full || n.aliases.length <= 12 ? n.aliases : n.aliases.slice(0, 12);
    addFacts(card, [
      ["aliases", aliases.join(", ") + (aliases.length < n.aliases.length ? " … (+" + (n.aliases.length - aliases.length) + ")" : "")],
      ["Wikidata", n.wikidata], ["ISO 3", n.iso3], ["file", n.path],
      ["links", fmt(degree.get(id) || 0)], ["id", full ? id : ""],
    ]);
    return card;
  }
  function edgeCard(id, full) {
    const e = info.edges[id];
    const card = el("div", "card edge-card");
    card.appendChild(el("h3", "name", e.from + " → " + e.to));
    card.appendChild(el("p", "kind", e.type + (e.domain ? " · " + e.domain.replace(/_/g, " ") : "")));
    addFacts(card, [
      ["status", e.status], ["role", e.role],
      ["confidence", typeof e.confidence === "number" ? e.confidence.toFixed(2) : ""],
      ["provenance", e.provenance === "reference" ? "reference catalogue (no sentence)" : e.provenance],
      ["evidence", e.count ? fmt(e.count) + " sentence" + (e.count === 1 ? "" : "s") : ""],
    ]);
    const shown = full ? e.evidence : e.evidence.slice(0, TOOLTIP_EVIDENCE);
    if (shown.length) {
      const list = el("ul", "evidence");
      for (const ev of shown) {
        const li = el("li");
        li.appendChild(el("p", "sentence", ev.sentence));
        const where = ev.source + (ev.start !== null && ev.start !== undefined ? " · characters " + ev.start + "–" + ev.end : "");
        li.appendChild(el("div", "source", where));
        list.appendChild(li);
      }
      card.appendChild(list);
    }
    if (e.count > shown.length) card.appendChild(el("p", "more", "and " + fmt(e.count - shown.length) + " more" + (full ? "" : " (click the edge)")));
    return card;
  }

  // ---- tooltip ---------------------------------------------------------------------------------
  const tooltip = document.getElementById("tooltip");
  const pointer = { x: 0, y: 0 };
  container.addEventListener("pointermove", function (ev) {
    pointer.x = ev.clientX;
    pointer.y = ev.clientY;
    if (!tooltip.hidden) placeTooltip();
  });
  function placeTooltip() {
    const pad = 14, w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    let x = pointer.x + pad, y = pointer.y + pad;
    if (x + w > window.innerWidth - 4) x = Math.max(4, pointer.x - pad - w);
    if (y + h > window.innerHeight - 4) y = Math.max(4, pointer.y - pad - h);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function showTooltip(card) {
    tooltip.replaceChildren(card);
    tooltip.hidden = false;
    placeTooltip();
  }
  function hideTooltip() { tooltip.hidden = true; tooltip.replaceChildren(); }
  network.on("hoverNode", function (p) { showTooltip(nodeCard(p.node, false)); });
  network.on("hoverEdge", function (p) { showTooltip(edgeCard(p.edge, false)); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  container.addEventListener("pointerleave", hideTooltip);

  // ---- details panel (click) -------------------------------------------------------------------
  const details = document.getElementById("details");
  function showDetails(card) {
    details.replaceChildren(el("h2", null, "Selected"), card);
    details.hidden = false;
  }
  network.on("click", function (p) {
    view.lastClick = { nodes: p.nodes.slice(), edges: p.edges.slice(), at: performance.now() };
    if (p.nodes.length) showDetails(nodeCard(p.nodes[0], true));
    else if (p.edges.length) showDetails(edgeCard(p.edges[0], true));
    else { details.hidden = true; details.replaceChildren(); }
  });

  // ---- search ----------------------------------------------------------------------------------
  const search = document.getElementById("search");
  const results = document.getElementById("search-results");
  const index = data.nodes.map(function (n) {
    const i = info.nodes[n.id];
    return { id: n.id, name: i.name, label: i.label, keys: [i.name].concat(i.aliases).map(function (s) { return s.toLowerCase(); }) };
  });
  function matches(query) {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const scored = [];
    for (const entry of index) {
      let best = -1;
      for (let k = 0; k < entry.keys.length; k++) {
        const at = entry.keys[k].indexOf(q);
        if (at < 0) continue;
        const score = (entry.keys[k] === q ? 0 : at === 0 ? 1 : 2) + (k ? 0.5 : 0);
        if (best < 0 || score < best) best = score;
      }
      if (best >= 0) scored.push([best, -(degree.get(entry.id) || 0), entry]);
    }
    scored.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2].name.localeCompare(b[2].name); });
    return scored.slice(0, 12).map(function (s) { return s[2]; });
  }
  function pick(entry) {
    const group = groupOf.get(entry.id);
    if (hiddenLabels.has(group)) {
      const box = labelList.querySelector("li[data-label='" + CSS.escape(group) + "'] input");
      if (box) { box.checked = true; box.dispatchEvent(new Event("change")); }
    }
    network.selectNodes([entry.id]);
    network.focus(entry.id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showDetails(nodeCard(entry.id, true));
    results.replaceChildren();
  }
  search.addEventListener("input", function () {
    results.replaceChildren();
    for (const entry of matches(search.value)) {
      const li = el("li");
      const button = el("button");
      button.type = "button";
      button.append(el("span", "hit", entry.name), el("span", "kind", entry.label));
      button.addEventListener("click", function () { pick(entry); });
      li.appendChild(button);
      results.appendChild(li);
    }
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      const first = matches(search.value)[0];
      if (first) pick(first);
    } else if (ev.key === "Escape") {
      search.value = "";
      results.replaceChildren();
    }
  });

  // ---- the focus of `geopol viz --focus` starts selected -------------------------------------
  if (data.focus && info.nodes[data.focus]) {
    network.selectNodes([data.focus]);
    showDetails(nodeCard(data.focus, true));
  }

  // ---- physics and fit -------------------------------------------------------------------------
  const physics = document.getElementById("physics");
  physics.checked = data.physics;
  physics.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physics.checked, stabilization: { enabled: false } } });
  });
  document.getElementById("fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 300, easingFunction: "easeInOutQuad" } });
  });
})();
