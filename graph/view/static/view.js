/* geopol network view: the vis-network, captions, legend and filters, grouping, expansion, search,
 * tooltips and the details panel.
 *
 * Every text that comes from the graph is put into the page with textContent or drawn on the
 * canvas; nothing from the data is ever parsed as HTML.
 * vis-network holds only what has been shown: a node or edge is made when it is first shown and
 * hidden, not dropped, afterwards; `data` holds the whole graph and `isShown(id)` says what is drawn.
 * window.geopolView exposes the network, the data and the actions (expand, back, setGroup...);
 * `ready` turns true (and <body data-ready>) once the first frame of the final layout is drawn.
 */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("geopol-data").textContent);
  const info = data.info;
  const SVG = "http://www.w3.org/2000/svg";
  const TOOLTIP_EVIDENCE = 3;
  const MIN_CLUSTER = 3;       // smaller groups stay open
  const MAX_CAPTIONS = 400;    // captions drawn per frame at most
  const CELL = 48;             // px, the grid that keeps captions apart

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
  const NUMBER = new Intl.NumberFormat("en");
  function fmt(n) { return NUMBER.format(Number(n)); }
  function button(text, className, onClick) {
    const b = el("button", className, text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  // ---- the graph as the page holds it --------------------------------------------------------
  const captions = new Map();         // node id -> caption, drawn by drawCaptions (not by vis)
  const groupOf = new Map();
  const byId = new Map();             // node id -> its data (what vis gets when the node is first shown)
  for (const n of data.nodes) {
    captions.set(n.id, n.caption);
    groupOf.set(n.id, n.group);
    byId.set(n.id, n);
  }
  const rank = new Map();
  data.order.forEach(function (id, i) { rank.set(id, i); });
  let incident = null;                // node id -> its edges (data objects), made on first use
  function edgesAt(id) {
    if (!incident) {
      incident = new Map();
      for (const e of data.edges) {
        for (const end of e.from === e.to ? [e.from] : [e.from, e.to]) {
          if (!incident.has(end)) incident.set(end, []);
          incident.get(end).push(e);
        }
      }
    }
    return incident.get(id) || [];
  }
  function degree(id) {
    let n = 0;
    for (const e of edgesAt(id)) n += e.from === e.to ? 2 : 1;
    return n;
  }
  const basePhysics = new Map();
  const edgeById = new Map();
  for (const e of data.edges) { basePhysics.set(e.id, e.physics !== false); edgeById.set(e.id, e); }
  function confidence(e) {
    const c = e.confidence;
    return typeof c === "number" ? c : 1;
  }
  function isDocument(id) { return groupOf.get(id) === "Document"; }
  const undirectedTypes = new Set(data.undirected);
  /** An edge's card texts, completed on first use with what the page derives: its type, the names of
   * its ends, whether it is undirected, the usual provenance and the names of the evidence's documents. */
  function edgeInfo(id) {
    const i = info.edges[id];
    if (i.type !== undefined) return i;
    const e = edgeById.get(id);
    i.type = e.type;
    i.from = info.nodes[e.from].name;
    i.to = info.nodes[e.to].name;
    i.undirected = undirectedTypes.has(e.type);
    if (e.confidence !== undefined) i.confidence = e.confidence;
    if (e.span) i.span = e.span;
    if (i.provenance === undefined) i.provenance = e.type === "MENTIONED_IN" ? "" : "text";
    for (const ev of i.evidence) ev.source = Object.prototype.hasOwnProperty.call(data.sources, ev.doc) ? data.sources[ev.doc] : ev.doc;
    return i;
  }

  // ---- state: what is shown ------------------------------------------------------------------
  const hiddenLabels = new Set(data.hidden.labels);
  const hiddenTypes = new Set(data.hidden.types);
  const quiet = new Set(data.quiet);
  const scope = data.scope ? new Set(data.scope) : null;
  const revealed = new Set();         // brought in by expansions
  const history = [];                 // expansions, newest last: {node, added}
  const state = { showQuiet: false, minConfidence: 0, group: "none", from: "", to: "" };
  // the date slider: a relation shows when its span (began, ended: graph/dates.py) meets [from, to]
  function outOfDates(e) {
    const span = e.span;
    if (!span || (!state.from && !state.to)) return false;
    return Boolean((state.to && span[0] && span[0] > state.to) || (state.from && span[1] && span[1] < state.from));
  }

  // grouping (the clustered overview): one group node stands for the members of each closed group
  const groups = new Map();            // group node id -> {members, key, kind, label}
  const shownCount = { nodes: 0, edges: 0 };
  const memberOf = new Map();          // node id -> its group node id
  const closed = new Set();            // group node ids not opened yet
  function baseHidden(id) {
    if (hiddenLabels.has(groupOf.get(id))) return true;
    if (revealed.has(id) || id === data.focus) return false;
    if (scope && !scope.has(id)) return true;
    return quiet.has(id) && !state.showQuiet;
  }
  function inClosedGroup(id) {
    return closed.has(memberOf.get(id)) && !revealed.has(id) && id !== data.focus;
  }
  function nodeHidden(id) { return baseHidden(id) || inClosedGroup(id); }
  function edgeFiltered(e) {
    return hiddenTypes.has(e.type) || confidence(e) < state.minConfidence || outOfDates(e) || baseHidden(e.from) || baseHidden(e.to);
  }
  function edgeHidden(e) { return edgeFiltered(e) || inClosedGroup(e.from) || inClosedGroup(e.to); }
  const shown = new Map();             // node or edge id -> drawn now (what the DataSets say)

  // ---- grouping: the clustered overview (groups are made before the first frame) -------------
  function groupKey(kind, id) { return kind === "label" ? groupOf.get(id) : String(data.community[id]); }
  function makeGroups(kind, positions) {
    const out = [];
    if (kind === "none") return out;
    const members = new Map();
    for (const id of data.order) {
      if (id === data.focus || groupOf.get(id) === "Document") continue;
      const key = groupKey(kind, id);
      if (!members.has(key)) members.set(key, []);
      members.get(key).push(id);
    }
    for (const [key, ids] of members) {
      if (ids.length < MIN_CLUSTER) continue;
      const labels = new Map();
      let x = 0, y = 0;
      for (const id of ids) {
        labels.set(groupOf.get(id), (labels.get(groupOf.get(id)) || 0) + 1);
        const p = positions.get(id);
        x += (p && p.x) || 0;
        y += (p && p.y) || 0;
      }
      const main = Array.from(labels.entries()).sort(function (a, b) { return b[1] - a[1]; })[0][0];
      const style = data.legend.labels.find(function (l) { return l.name === main; }) || { color: "#999999", border: "#666666" };
      const id = "group:" + kind + ":" + key;
      const vis = { id: id, shape: "dot", size: Math.min(70, 14 + 3.5 * Math.sqrt(ids.length)), borderWidth: 4,
        x: x / ids.length, y: y / ids.length, physics: false, hidden: false,
        color: { background: style.color, border: style.border, highlight: { background: style.color, border: "#111111" },
          hover: { background: style.color, border: "#111111" } } };
      groups.set(id, { members: ids, key: key, kind: kind, label: main, vis: vis });
      for (const m of ids) memberOf.set(m, id);
      closed.add(id);
      captions.set(id, kind === "label" ? key + " (" + fmt(ids.length) + ")" : info.nodes[ids[0]].name + " +" + fmt(ids.length - 1));
      out.push(vis);
    }
    return out;
  }
  function outerEnd(id) { return inClosedGroup(id) ? memberOf.get(id) : id; }
  /** The links between closed groups (and from them to open nodes), one per pair, as wide as they are many. */
  function groupLinks() {
    const wanted = new Map();
    if (!closed.size) return wanted;
    for (const e of data.edges) {
      if (edgeFiltered(e)) continue;
      const a = outerEnd(e.from), b = outerEnd(e.to);
      if (a === b || (a === e.from && b === e.to)) continue;
      const key = "group:" + (a < b ? a + "|" + b : b + "|" + a);
      if (!wanted.has(key)) wanted.set(key, { id: key, from: a, to: b, count: 0 });
      wanted.get(key).count++;
    }
    for (const e of wanted.values()) {
      Object.assign(e, { width: Math.min(8, 1 + Math.log2(e.count)), arrows: { to: { enabled: false } }, physics: false,
        smooth: false, color: { color: "#9aa5b1", highlight: "#5f6b77", hover: "#5f6b77" } });
    }
    return wanted;
  }
  function groupHidden(gid) {
    if (!closed.has(gid)) return true;
    for (const m of groups.get(gid).members) if (!baseHidden(m)) return false;
    return true;
  }
  const groupEdges = new Map();
  const startGroups = makeGroups(data.group || "none", byId);
  state.group = data.group || "none";

  // ---- vis-network holds only what has been shown: a node or edge is made on its first showing ----
  // (a 5,000-node page opens on its overview with a few dozen of them); hidden ones stay made.
  const typeStyle = new Map(data.legend.types.map(function (t) { return [t.name, t]; }));
  function visNode(id, hide) {
    const n = byId.get(id);
    const o = { id: id, group: n.group, size: n.size, hidden: hide, physics: !hide };
    if (n.x !== undefined) { o.x = n.x; o.y = n.y; }
    if (n.shape) { o.shape = n.shape; o.color = n.color; }
    return o;
  }
  function visEdge(e, hide) {
    const s = typeStyle.get(e.type) || { caption: e.type.toLowerCase(), color: "#999999", width: 1.5, dashes: false, arrows: true };
    const o = { id: e.id, from: e.from, to: e.to, label: s.caption, width: s.width, dashes: s.dashes,
      color: { color: s.color, highlight: s.color, hover: s.color }, arrows: { to: { enabled: s.arrows } },
      hidden: hide, physics: basePhysics.get(e.id) && !hide };
    if (e.smooth) o.smooth = e.smooth;
    return o;
  }
  const firstNodes = [], firstEdges = [];
  for (const n of data.nodes) {
    const hide = nodeHidden(n.id);
    shown.set(n.id, !hide);
    if (!hide) firstNodes.push(visNode(n.id, false));
  }
  for (const e of data.edges) {
    const hide = edgeHidden(e);
    shown.set(e.id, !hide);
    if (!hide) firstEdges.push(visEdge(e, false));
  }
  for (const gnode of startGroups) shown.set(gnode.id, !groupHidden(gnode.id));

  const container = document.getElementById("network");
  const options = data.options;
  options.physics.enabled = data.physics;
  const network = new vis.Network(container, { nodes: [], edges: [] }, options);
  const view = window.geopolView = {
    network: network, data: data, ready: false, readyAt: null, stabilized: false,
    captions: captions, history: history, revealed: revealed, state: state, drawnCaptions: [], edgeInfo: edgeInfo,
  };
  // vis draws (and finds under the pointer) in the order of its visible indices: groups beneath the
  // nodes, and the nodes by importance, the most connected on top, whatever order they were made in
  const visibleIndices = network._updateVisibleIndices;
  function layer(id) { return groups.has(id) ? -1 : rank.has(id) ? data.order.length - rank.get(id) : 0; }
  network._updateVisibleIndices = function () {
    visibleIndices.call(network);
    network.body.nodeIndices.sort(function (a, b) { return layer(a) - layer(b); });
  };
  /** Make the vis nodes and edges of ``nodeUpdates`` and ``edgeUpdates`` that are shown and not made yet. */
  function make(nodeUpdates, edgeUpdates) {
    const body = network.body, made = [];
    for (const u of nodeUpdates) {
      if (body.nodes[u.id] || u.hidden) continue;
      const node = network.nodesHandler.create(groups.has(u.id) ? groups.get(u.id).vis : visNode(u.id, false));
      body.nodes[u.id] = node;
      made.push(node);
    }
    network.layoutEngine.positionInitially(made.filter(function (n) { return n.x === undefined; }));
    for (const u of edgeUpdates) {
      if (body.edges[u.id] || u.hidden) continue;
      body.edges[u.id] = network.edgesHandler.create(visEdge(edgeById.get(u.id), false));
    }
  }

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
  network.setData({ nodes: firstNodes, edges: firstEdges });
  make(startGroups.filter(function (g) { return shown.get(g.id); }), []);
  syncLinks();
  if (startGroups.length) {
    network._updateVisibleIndices();
    if (!data.physics) network.fit();
  }

  // ---- captions: the most connected first, none overlapping, more as you zoom in -------------
  const widths = new Map();
  function captionFont(px) { return "600 " + px + "px " + options.nodes.font.face; }
  function captionSize(id) {
    if (groups.has(id)) return 14;
    const r = rank.has(id) ? rank.get(id) / Math.max(1, data.order.length - 1) : 1;
    return Math.round(11 + 4 * (1 - Math.sqrt(r)));
  }
  function candidates() {
    const first = [];
    for (const id of closed) first.push(id);
    for (const id of network.getSelectedNodes()) first.push(id);
    for (let i = history.length - 1; i >= 0; i--) first.push(history[i].node);
    for (const id of revealed) first.push(id);
    return first.concat(data.order);
  }
  function drawCaptions(ctx) {
    const ratio = network.canvas.pixelRatio || 1;
    const w = container.clientWidth, h = container.clientHeight;
    const scale = network.getScale();
    const grid = new Map();
    const placed = [];
    const done = new Set();
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    for (const id of candidates()) {
      if (placed.length >= MAX_CAPTIONS) break;
      if (done.has(id)) continue;
      done.add(id);
      const node = network.body.nodes[id];
      if (!node || node.options.hidden) continue;
      const text = captions.get(id);
      if (!text) continue;
      const p = network.canvasToDOM({ x: node.x, y: node.y });
      if (p.x < -200 || p.y < -50 || p.x > w + 200 || p.y > h + 50) continue;
      const px = captionSize(id);
      const key = id + "|" + px;
      if (!widths.has(key)) { ctx.font = captionFont(px); widths.set(key, ctx.measureText(text).width); }
      const tw = widths.get(key);
      const r = (node.options.size || 10) * scale;
      // below the node, else above it, else beside it: the first spot no caption drawn before covers
      const spots = [[p.x, p.y + r + 2], [p.x, p.y - r - px - 4],
                     [p.x + r + tw / 2 + 6, p.y - px / 2], [p.x - r - tw / 2 - 6, p.y - px / 2]];
      let spot = null, cells = null, box = null;
      for (const [x, top] of spots) {
        box = [x - tw / 2 - 3, top - 1, x + tw / 2 + 3, top + px + 2];
        cells = [];
        let free = true;
        for (let cx = Math.floor(box[0] / CELL); cx <= Math.floor(box[2] / CELL) && free; cx++) {
          for (let cy = Math.floor(box[1] / CELL); cy <= Math.floor(box[3] / CELL); cy++) {
            const k = cx + ":" + cy;
            cells.push(k);
            for (const b of grid.get(k) || []) {
              if (b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]) { free = false; break; }
            }
            if (!free) break;
          }
        }
        if (free) { spot = [x, top]; break; }
      }
      if (!spot) continue;
      const [x, top] = spot;
      for (const k of cells) { if (!grid.has(k)) grid.set(k, []); grid.get(k).push(box); }
      ctx.font = captionFont(px);
      ctx.lineWidth = 4;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(text, x, top);
      ctx.fillStyle = "#1c2630";
      ctx.fillText(text, x, top);
      placed.push({ id: id, text: text, x: x, y: top, size: px });
    }
    ctx.restore();
    view.drawnCaptions = placed;
  }
  network.on("afterDrawing", drawCaptions);

  // ---- header ----------------------------------------------------------------------------------
  document.getElementById("title").textContent = data.title || "geopol network";
  document.title = data.title || "geopol network";
  document.getElementById("subtitle").textContent = data.subtitle || "";
  const summary = document.getElementById("summary");
  function updateSummary() {
    summary.textContent = fmt(shownCount.nodes) + " of " + fmt(data.nodes.length) + " nodes, " +
      fmt(shownCount.edges) + " of " + fmt(data.edges.length) + " edges shown" +
      (shownCount.grouped ? "; " + fmt(shownCount.grouped) + " more in " + fmt(shownCount.groups) + " groups" : "");
  }

  // ---- filters: what vis draws follows the state ------------------------------------------------
  // Visibility changes go straight to vis-network's nodes and edges and its list of visible ones: a
  // DataSet update would make vis rebuild its whole state (a quarter of a second at 5,000 nodes).
  function draw(nodeUpdates, edgeUpdates) {
    const body = network.body;
    for (const u of nodeUpdates) if (body.nodes[u.id]) body.nodes[u.id].setOptions(u);
    for (const u of edgeUpdates) if (body.edges[u.id]) body.edges[u.id].setOptions(u);
    make(nodeUpdates, edgeUpdates);
    if (nodeUpdates.length || edgeUpdates.length) {
      network._updateVisibleIndices();
      if (network.physics.physicsEnabled) {  // what is shown now takes part in the simulation, the rest not
        network.physics.updatePhysicsData();
        body.emitter.emit("startSimulation");
      }
      body.emitter.emit("_requestRedraw");  // the next frame, once
    }
  }
  /** How many nodes that the filters let through wait in closed groups, and in how many. */
  function countGrouped() {
    shownCount.grouped = 0;
    shownCount.groups = 0;
    for (const gid of closed) {
      let inside = 0;
      for (const m of groups.get(gid).members) if (!baseHidden(m) && inClosedGroup(m)) inside++;
      shownCount.grouped += inside;
      if (inside) shownCount.groups++;
    }
  }
  /** Bring the page up to date with the state; ``links`` also recomputes the links between closed groups. */
  function applyFilters(links) {
    const nodeUpdates = [], edgeUpdates = [];
    shownCount.nodes = 0;
    for (const n of data.nodes) {
      const hide = nodeHidden(n.id);
      if (!hide) shownCount.nodes++;
      if (hide === shown.get(n.id)) { nodeUpdates.push({ hidden: hide, physics: !hide, id: n.id }); shown.set(n.id, !hide); }
    }
    countGrouped();
    for (const gid of groups.keys()) {
      const hide = groupHidden(gid);
      if (hide === shown.get(gid)) { nodeUpdates.push({ hidden: hide, id: gid }); shown.set(gid, !hide); }
    }
    shownCount.edges = 0;
    for (const e of data.edges) {
      const hide = edgeHidden(e);
      if (!hide) shownCount.edges++;
      if (hide === shown.get(e.id)) { edgeUpdates.push({ hidden: hide, physics: basePhysics.get(e.id) && !hide, id: e.id }); shown.set(e.id, !hide); }
    }
    draw(nodeUpdates, edgeUpdates);
    if (links !== false) syncLinks();
    updateSummary();
    return nodeUpdates.length + edgeUpdates.length;
  }
  /** The links between closed groups, made and removed in vis directly (they are not data). */
  function syncLinks() {
    const body = network.body;
    const wanted = groupLinks();
    let changed = false;
    for (const key of Array.from(groupEdges.keys())) {
      if (wanted.has(key)) continue;
      if (body.edges[key]) { body.edges[key].remove(); delete body.edges[key]; }
      groupEdges.delete(key);
      changed = true;
    }
    for (const [key, e] of wanted) {
      const old = groupEdges.get(key);
      if (old && old.width === e.width && old.from === e.from && old.to === e.to) continue;
      if (body.edges[key]) { body.edges[key].remove(); delete body.edges[key]; }
      body.edges[key] = network.edgesHandler.create(e);
      groupEdges.set(key, e);
      changed = true;
    }
    if (changed) {
      network._updateVisibleIndices();
      body.emitter.emit("_requestRedraw");
    }
  }
  view.groupLinks = groupEdges;

  /** The same, for a few nodes and their edges only (an expansion, or going back). */
  function applyFor(ids) {
    const nodeUpdates = [], edgeUpdates = [], seen = new Set();
    for (const id of ids) {
      const hide = nodeHidden(id);
      if (hide === shown.get(id)) {
        nodeUpdates.push({ hidden: hide, physics: !hide, id: id });
        shown.set(id, !hide);
        shownCount.nodes += hide ? -1 : 1;
      }
      for (const e of edgesAt(id)) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        const off = edgeHidden(e);
        if (off === shown.get(e.id)) {
          edgeUpdates.push({ hidden: off, physics: basePhysics.get(e.id) && !off, id: e.id });
          shown.set(e.id, !off);
          shownCount.edges += off ? -1 : 1;
        }
      }
    }
    draw(nodeUpdates, edgeUpdates);
    updateSummary();
  }
  view.isShown = function (id) { return shown.get(id) === true; };
  view.applyFilters = applyFilters;

  function groupBy(kind) {
    closed.clear();
    syncLinks();  // no closed group: no links
    memberOf.clear();
    const body = network.body;
    const old = Array.from(groups.keys());
    groups.clear();
    for (const id of old) { delete body.nodes[id]; captions.delete(id); shown.delete(id); }
    for (const n of data.nodes) shown.set(n.id, Boolean(body.nodes[n.id]) && !body.nodes[n.id].options.hidden);
    for (const e of data.edges) shown.set(e.id, Boolean(body.edges[e.id]) && !body.edges[e.id].options.hidden);
    network._updateVisibleIndices();
    state.group = kind;
    document.getElementById("group").value = kind;
    const positions = new Map();    // where the members are now (made) or were laid out (not yet made)
    for (const n of data.nodes) positions.set(n.id, body.nodes[n.id] || n);
    for (const g of makeGroups(kind, positions)) shown.set(g.id, false);
    applyFilters();
  }
  function openGroup(id) {
    if (!closed.delete(id)) return;
    applyFilters();
  }
  view.setGroup = groupBy;
  view.groups = groups;
  view.closed = closed;
  view.openGroup = openGroup;
  document.getElementById("group").value = state.group;
  document.getElementById("group").addEventListener("change", function (ev) { groupBy(ev.target.value); });

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
  view.typeStyle = {};
  for (const item of data.legend.types) view.typeStyle[item.name] = item;
  view.labelStyle = {};
  for (const item of data.legend.labels) view.labelStyle[item.name] = item;

  // ---- the quiet switch and the confidence slider ----------------------------------------------
  const quietBox = document.getElementById("quiet");
  document.getElementById("quiet-text").textContent = "Entities only mentioned (" + fmt(quiet.size) + ")";
  quietBox.closest("label").hidden = quiet.size === 0;
  quietBox.addEventListener("change", function () { state.showQuiet = quietBox.checked; applyFilters(); });
  const slider = document.getElementById("confidence");
  const sliderValue = document.getElementById("confidence-value");
  slider.addEventListener("input", function () {
    state.minConfidence = Number(slider.value);
    sliderValue.textContent = state.minConfidence.toFixed(2);
    applyFilters();
  });
  // ---- the date range slider (years; undated relations always show) ------------------------
  const years = [];
  for (const e of data.edges) for (const d of e.span || []) if (d) years.push(Number(d.slice(0, 4)));
  if (years.length) {
    const lo = Math.min.apply(null, years), hi = Math.max.apply(null, years);
    const fromBox = document.getElementById("date-from"), toBox = document.getElementById("date-to");
    const dateValue = document.getElementById("date-value");
    for (const box of [fromBox, toBox]) { box.min = lo; box.max = hi; }
    fromBox.value = lo; toBox.value = hi;
    dateValue.textContent = lo + "–" + hi;
    document.getElementById("dates").hidden = false;
    const onDates = function () {
      const a = Math.min(Number(fromBox.value), Number(toBox.value)), b = Math.max(Number(fromBox.value), Number(toBox.value));
      state.from = a > lo ? a + "-01-01" : "";
      state.to = b < hi ? b + "-12-31" : "";
      dateValue.textContent = a + "–" + b;
      applyFilters();
    };
    fromBox.addEventListener("input", onDates);
    toBox.addEventListener("input", onDates);
  }
  // the state is still the one the first frame was made for: only the counts are missing
  shownCount.nodes = firstNodes.length;
  shownCount.edges = firstEdges.length;
  countGrouped();
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
    const facts = [
      ["aliases", aliases.join(", ") + (aliases.length < n.aliases.length ? " … (+" + (n.aliases.length - aliases.length) + ")" : "")],
      ["Wikidata", n.wikidata], ["ISO 3", n.iso3], ["file", n.path],
    ];
    for (const [k, v] of Object.entries(n.props || {})) facts.push([k.replace(/_/g, " "), v]);
    facts.push(["links", fmt(degree(id))], ["id", full ? id : ""]);
    addFacts(card, facts);
    return card;
  }
  function clusterCard(id) {
    const c = groups.get(id);
    const card = el("div", "card cluster-card");
    card.appendChild(el("h3", "name", captions.get(id)));
    card.appendChild(el("p", "kind", fmt(c.members.length) + " nodes grouped by " + c.kind + " · click to open"));
    const list = el("ul", "members");
    for (const m of c.members.slice(0, 8)) list.appendChild(el("li", null, info.nodes[m].name));
    if (c.members.length > 8) list.appendChild(el("li", "more", "and " + fmt(c.members.length - 8) + " more"));
    card.appendChild(list);
    return card;
  }
  function arrow(e) { return e.undirected ? " — " : " → "; }
  function evidenceItem(ev) {
    const li = el("li");
    li.appendChild(el("p", "sentence", ev.sentence));
    const doc = data.docs[ev.doc] || {};
    const where = [ev.source];
    if (ev.when) where.push("when: " + ev.when);
    if (ev.reported) where.push("reported " + ev.reported);
    else if (doc.published && ev.source.indexOf(doc.published) < 0) where.push(doc.published);
    if (ev.start !== null && ev.start !== undefined) where.push("characters " + ev.start + "–" + ev.end);
    li.appendChild(el("div", "source", where.join(" · ")));
    return li;
  }
  function edgeCard(id, full) {
    const e = edgeInfo(id);
    const card = el("div", "card edge-card");
    card.appendChild(el("h3", "name", e.from + arrow(e) + e.to));
    card.appendChild(el("p", "kind", e.type + (e.domain ? " · " + e.domain.replace(/_/g, " ") : "")));
    addFacts(card, [
      ["status", e.status], ["role", e.role], ["stage", e.stage], ["first reported", e.first_reported],
      ["last reported", e.last_reported !== e.first_reported ? e.last_reported : ""],
      ["held", e.valid_from || e.valid_to ? (e.valid_from || "…") + " – " + (e.valid_to || "") : ""],
      ["confidence", typeof e.confidence === "number" ? e.confidence.toFixed(2) : ""],
      ["provenance", e.provenance === "reference" ? "reference catalogue (no sentence)" : e.provenance],
      ["evidence", e.count ? fmt(e.count) + " sentence" + (e.count === 1 ? "" : "s") : ""],
    ]);
    const shown = full ? e.evidence : e.evidence.slice(0, TOOLTIP_EVIDENCE);
    if (shown.length) {
      const list = el("ul", "evidence");
      for (const ev of shown) list.appendChild(evidenceItem(ev));
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
  view.showTooltip = showTooltip;
  view.hideTooltip = hideTooltip;
  view.pointer = pointer;
  network.on("hoverNode", function (p) { showTooltip(groups.has(p.node) ? clusterCard(p.node) : nodeCard(p.node, false)); });
  network.on("hoverEdge", function (p) { if (info.edges[p.edge]) showTooltip(edgeCard(p.edge, false)); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  container.addEventListener("pointerleave", hideTooltip);

  // ---- details panel: the node, its relations by type, the articles that mention it ---------
  const details = document.getElementById("details");
  function showDetails(card) {
    details.replaceChildren(el("h2", null, "Selected"), card);
    details.hidden = false;
  }
  function articlesOf(id) {
    const docs = new Map();
    for (const e of edgesAt(id)) {
      if (e.type === "MENTIONED_IN") docs.set(e.to === id ? e.from : e.to, true);
      for (const ev of info.edges[e.id].evidence) if (ev.doc) docs.set(ev.doc, true);
    }
    return Array.from(docs.keys()).filter(function (d) { return d !== id; }).map(function (d) {
      return Object.assign({ id: d }, data.docs[d] || { name: d });
    }).sort(function (a, b) {
      return String(b.published || "").localeCompare(String(a.published || "")) || a.name.localeCompare(b.name);
    });
  }
  function relationsOf(id) {
    const byType = new Map();
    for (const e of edgesAt(id)) {
      if (e.type === "MENTIONED_IN" && !isDocument(id)) continue;
      if (!byType.has(e.type)) byType.set(e.type, []);
      byType.get(e.type).push(e);
    }
    return byType;
  }
  function nodeDetails(id) {
    const card = nodeCard(id, true);
    const actions = el("div", "actions");
    actions.append(button("Expand neighbours", "expand", function () { expand(id); }));
    card.appendChild(actions);
    const byType = relationsOf(id);
    if (byType.size) {
      const section = el("section", "relations");
      section.appendChild(el("h4", null, "Relations"));
      for (const [type, list] of byType) {
        const style = view.typeStyle[type] || { caption: type.toLowerCase(), color: "#999" };
        const group = el("div", "relation-group");
        group.dataset.type = type;
        const head = el("h5", null, style.caption + " (" + fmt(list.length) + ")");
        head.style.borderLeftColor = style.color;
        group.appendChild(head);
        const ul = el("ul");
        for (const e of list) {
          const other = e.from === id ? e.to : e.from;
          const ei = edgeInfo(e.id);
          const li = el("li");
          const dir = ei.undirected ? "— " : e.from === id ? "→ " : "← ";
          li.appendChild(el("span", "dir", dir));
          li.appendChild(button(info.nodes[other].name, "link", function () { goTo(other, id); }));
          const extra = [];
          if (typeof ei.confidence === "number") extra.push(ei.confidence.toFixed(2));
          if (ei.count) extra.push(ei.count + " sentence" + (ei.count === 1 ? "" : "s"));
          if (ei.provenance === "reference") extra.push("reference");
          if (extra.length) li.appendChild(el("span", "meta", " " + extra.join(" · ")));
          ul.appendChild(li);
        }
        group.appendChild(ul);
        section.appendChild(group);
      }
      card.appendChild(section);
    }
    const articles = articlesOf(id);
    if (articles.length && !isDocument(id)) {
      const section = el("section", "articles");
      section.appendChild(el("h4", null, "Mentioned in (" + fmt(articles.length) + ")"));
      const ul = el("ul");
      for (const a of articles) {
        const li = el("li");
        li.appendChild(el("div", "title", a.title || a.name));
        const meta = [a.source, a.published].filter(Boolean).join(" · ");
        if (meta) li.appendChild(el("div", "meta", meta));
        if (a.url || a.path) li.appendChild(el("div", "where", a.url || a.path));
        ul.appendChild(li);
      }
      section.appendChild(ul);
      card.appendChild(section);
    }
    showDetails(card);
  }
  view.nodeDetails = nodeDetails;

  // ---- expansion and its history ---------------------------------------------------------------
  const backButton = document.getElementById("back");
  function place(id, around, i, count) {
    const node = network.body.nodes[around];
    if (!node || data.nodes.length > 0 && !data.physics) return null;  // large graphs keep their layout
    const angle = 2 * Math.PI * i / Math.max(1, count);
    const r = 90 + 6 * Math.sqrt(count);
    return { id: id, x: node.x + r * Math.cos(angle), y: node.y + r * Math.sin(angle) };
  }
  function reveal(ids, around, node) {
    const moves = [];
    ids.forEach(function (id, i) {
      if (inClosedGroup(id) && !baseHidden(id)) shownCount.grouped--;
      revealed.add(id);
      const m = place(id, around, i, ids.length);
      if (m) moves.push(m);
    });
    applyFor(ids);  // makes the nodes shown for the first time
    for (const m of moves) network.moveNode(m.id, m.x, m.y);
    history.push({ node: node, added: ids });
    backButton.disabled = false;
  }
  function expand(id) {
    const start = performance.now();
    if (groups.has(id)) { openGroup(id); return []; }
    const added = [];
    for (const e of edgesAt(id)) {
      if (hiddenTypes.has(e.type) || confidence(e) < state.minConfidence || outOfDates(e)) continue;
      const other = e.from === id ? e.to : e.from;
      if (other === id || added.indexOf(other) >= 0 || hiddenLabels.has(groupOf.get(other))) continue;
      if (nodeHidden(other)) added.push(other);
    }
    reveal(added, id, id);
    network.selectNodes([id]);
    nodeDetails(id);
    const record = view.lastExpand = { node: id, added: added.length, start: start, done: performance.now(), drawn: null };
    network.once("afterDrawing", function () { record.drawn = performance.now(); });
    network.body.emitter.emit("_requestRedraw");
    return added;
  }
  function back() {
    const last = history.pop();
    if (!last) return;
    for (const id of last.added) {
      revealed.delete(id);
      if (inClosedGroup(id) && !baseHidden(id)) shownCount.grouped++;
    }
    applyFor(last.added);
    backButton.disabled = history.length === 0;
    if (shown.get(last.node)) {
      network.selectNodes([last.node]);
      nodeDetails(last.node);
    }
  }
  function goTo(id, from) {
    if (nodeHidden(id) && !hiddenLabels.has(groupOf.get(id))) reveal([id], from, from);
    if (!shown.get(id)) return;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    nodeDetails(id);
  }
  view.expand = expand;
  view.back = back;
  backButton.addEventListener("click", back);

  // ---- clicks ------------------------------------------------------------------------------------
  network.on("click", function (p) {
    view.lastClick = { nodes: p.nodes.slice(), edges: p.edges.slice(), at: performance.now() };
    if (p.nodes.length && groups.has(p.nodes[0])) { hideTooltip(); openGroup(p.nodes[0]); }
    else if (p.nodes.length) nodeDetails(p.nodes[0]);
    else if (p.edges.length && info.edges[p.edges[0]]) showDetails(edgeCard(p.edges[0], true));
    else { details.hidden = true; details.replaceChildren(); }
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length && !groups.has(p.nodes[0])) expand(p.nodes[0]);
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
      if (best >= 0) scored.push([best, -(degree(entry.id)), entry]);
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
    if (nodeHidden(entry.id)) reveal([entry.id], entry.id, entry.id);
    network.selectNodes([entry.id]);
    network.focus(entry.id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    nodeDetails(entry.id);
    results.replaceChildren();
  }
  search.addEventListener("input", function () {
    results.replaceChildren();
    for (const entry of matches(search.value)) {
      const li = el("li");
      const b = button("", null, function () { pick(entry); });
      b.append(el("span", "hit", entry.name), el("span", "kind", entry.label));
      li.appendChild(b);
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

  // ---- the start: grouping above a few hundred nodes, the focus of `geopol viz --focus` -------
  if (!data.physics) network.redraw();
  if (data.focus && info.nodes[data.focus]) {
    network.selectNodes([data.focus]);
    nodeDetails(data.focus);
  }

  // ---- physics and fit -------------------------------------------------------------------------
  const physics = document.getElementById("physics");
  physics.checked = data.physics;
  physics.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physics.checked, stabilization: { enabled: false } } });
    if (physics.checked) { network.physics.updatePhysicsData(); network.startSimulation(); }
  });
  document.getElementById("fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 300, easingFunction: "easeInOutQuad" } });
  });
})();
