/* geopol view, the map tab: countries coloured by their relation to a focus country, with arcs
 * for supply and cooperation. The shapes travel in the page's data (from the pygal_maps_world
 * package); relations are read from the page's edges, so the map follows the confidence slider.
 * Companies and government bodies count for the country they are based in or part of.
 */
(function () {
  "use strict";

  const view = window.geopolView;
  const data = view.data;
  const info = data.info;
  const NS = "http://www.w3.org/2000/svg";
  const KINDS = [
    ["focus", "focus", "#1f4f94"],
    ["conflict", "in conflict", "#d62728"],
    ["supplier", "supplies it", "#f28e2b"],
    ["recipient", "supplied by it", "#f6c28b"],
    ["partner", "cooperates", "#2ca02c"],
    ["ally", "same alliance", "#a98bd6"],
  ];
  const COLOR = Object.fromEntries(KINDS.map(function (k) { return [k[0], k[2]]; }));
  const IN_GRAPH = "#cdd5de", ELSEWHERE = "#eceff2";
  const ARC = { supply: "#b34700", cooperation: "#146c14" };
  const tabs = { network: document.getElementById("tab-network"), map: document.getElementById("tab-map") };
  const panes = { network: document.getElementById("network"), map: document.getElementById("map") };

  function node(tag, attrs, text) {
    const n = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = String(text);
    return n;
  }
  function el(tag, className, text) {
    const n = document.createElement(tag);
    if (className) n.className = className;
    if (text !== undefined) n.textContent = String(text);
    return n;
  }

  if (!data.map) { tabs.map.hidden = true; return; }
  const shapes = data.map.shapes;

  // ---- which country each node stands for --------------------------------------------------
  const groupOf = new Map(data.nodes.map(function (n) { return [n.id, n.group]; }));
  const countryNode = new Map();     // iso3 -> node id
  for (const n of data.nodes) {
    const iso = info.nodes[n.id].iso3;
    if (n.group === "Country" && iso && shapes[iso] && !countryNode.has(iso)) countryNode.set(iso, n.id);
  }
  const home = new Map();
  for (const e of data.edges) {
    if ((e.type === "BASED_IN" || e.type === "PART_OF") && groupOf.get(e.to) === "Country" && !home.has(e.from)) {
      home.set(e.from, info.nodes[e.to].iso3);
    }
  }
  function countryOf(id) {
    if (groupOf.get(id) === "Country") return info.nodes[id].iso3 || null;
    return home.get(id) || null;
  }
  function confidence(e) {
    const c = e.confidence;
    return typeof c === "number" ? c : 1;
  }

  /** The relation of every country to ``focus`` (iso3), and the arcs to draw. */
  function relations(focus) {
    const kinds = new Map(), why = new Map(), arcs = new Map();
    function add(iso, kind, text) {
      if (!kinds.has(iso)) kinds.set(iso, new Set());
      kinds.get(iso).add(kind);
      if (!why.has(iso)) why.set(iso, []);
      if (why.get(iso).indexOf(text) < 0) why.get(iso).push(text);
    }
    const minimum = view.state.minConfidence || 0;
    for (const e of data.edges) {
      if (confidence(e) < minimum) continue;
      const a = countryOf(e.from), b = countryOf(e.to);
      if (!a || !b || a === b || (a !== focus && b !== focus) || !shapes[a] || !shapes[b]) continue;
      const other = a === focus ? b : a;
      const ei = view.edgeInfo(e.id);
      const text = ei.from + (ei.undirected ? " — " : " → ") + ei.to + ": " + e.type.toLowerCase().replace(/_/g, " ");
      if (e.type === "IN_CONFLICT_WITH") add(other, "conflict", text);
      else if (e.type === "SUPPLIES") {
        add(other, b === focus ? "supplier" : "recipient", text);
        arcs.set("supply:" + a + ":" + b, { from: a, to: b, kind: "supply" });
      } else if (e.type === "COOPERATES_WITH") {
        add(other, "partner", text);
        const key = "cooperation:" + [a, b].sort().join(":");
        if (!arcs.has(key)) arcs.set(key, { from: a, to: b, kind: "cooperation" });
      }
    }
    const makers = new Map();    // platform id -> countries of its makers
    for (const e of data.edges) {
      const iso = e.type === "MANUFACTURES" && confidence(e) >= minimum ? countryOf(e.from) : null;
      if (!iso) continue;
      if (!makers.has(e.to)) makers.set(e.to, new Set());
      makers.get(e.to).add(iso);
    }
    for (const e of data.edges) {   // operating a platform made elsewhere: the makers' country supplied it
      if (e.type !== "OPERATES" || confidence(e) < minimum || !makers.has(e.to)) continue;
      const user = countryOf(e.from);
      for (const maker of makers.get(e.to)) {
        if (!user || user === maker || (user !== focus && maker !== focus) || !shapes[user] || !shapes[maker]) continue;
        const platform = info.nodes[e.to].name;
        add(maker === focus ? user : maker, maker === focus ? "recipient" : "supplier",
          platform + ": made in " + shapes[maker].name + ", operated by " + shapes[user].name);
        arcs.set("supply:" + maker + ":" + user, { from: maker, to: user, kind: "supply" });
      }
    }
    const members = new Map();   // alliance id -> member countries
    for (const e of data.edges) {
      if (e.type !== "MEMBER_OF" || groupOf.get(e.from) !== "Country" || confidence(e) < minimum) continue;
      if (!members.has(e.to)) members.set(e.to, new Set());
      members.get(e.to).add(countryOf(e.from));
    }
    for (const [alliance, set] of members) {
      if (!set.has(focus)) continue;
      for (const iso of set) if (iso && iso !== focus && shapes[iso]) add(iso, "ally", "both in " + info.nodes[alliance].name);
    }
    const colour = new Map();
    for (const [iso, set] of kinds) {
      for (const k of KINDS) if (set.has(k[0])) { colour.set(iso, k[0]); break; }
    }
    return { kinds: colour, why: why, arcs: Array.from(arcs.values()) };
  }

  // ---- controls ------------------------------------------------------------------------------
  const select = document.getElementById("map-focus");
  const order = data.order.filter(function (id) { return groupOf.get(id) === "Country" && countryNode.get(countryOf(id)) === id; });
  for (const id of order) {
    const option = el("option", null, info.nodes[id].name);
    option.value = countryOf(id);
    select.appendChild(option);
  }
  const state = view.map = { focus: null, kinds: new Map(), arcs: [], world: false };
  const worldBox = document.getElementById("map-world");
  worldBox.addEventListener("change", function () { state.world = worldBox.checked; if (state.focus) draw(state.focus); });
  const canvas = document.getElementById("map-canvas");
  const legend = document.getElementById("map-legend");

  function arcPath(a, b) {
    const p = shapes[a].c, q = shapes[b].c;
    const dx = q[0] - p[0], dy = q[1] - p[1], len = Math.hypot(dx, dy) || 1;
    const bend = Math.min(120, 0.25 * len);
    const mx = (p[0] + q[0]) / 2 - dy / len * bend, my = (p[1] + q[1]) / 2 + dx / len * bend;
    return "M" + p[0] + " " + p[1] + "Q" + mx.toFixed(1) + " " + my.toFixed(1) + " " + q[0] + " " + q[1];
  }

  /** The part of the map that shows ``countries``: their main parts, with a margin, at least a sixth of the world. */
  function region(countries) {
    const W = data.map.width, H = data.map.height;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const iso of countries) {
      const b = shapes[iso].b || [shapes[iso].c[0], shapes[iso].c[1], shapes[iso].c[0], shapes[iso].c[1]];
      x0 = Math.min(x0, b[0]); y0 = Math.min(y0, b[1]); x1 = Math.max(x1, b[2]); y1 = Math.max(y1, b[3]);
    }
    let w = Math.max(W / 6, (x1 - x0) * 1.3), h = Math.max(H / 6, (y1 - y0) * 1.3);
    const pane = canvas.getBoundingClientRect(), aspect = pane.width && pane.height ? pane.width / pane.height : W / H;
    if (w / h < aspect) w = h * aspect; else h = w / aspect;
    w = Math.min(w, W); h = Math.min(h, H);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const x = Math.max(0, Math.min(W - w, cx - w / 2)), y = Math.max(0, Math.min(H - h, cy - h / 2));
    return [x, y, w, h].map(function (v) { return Math.round(v * 10) / 10; });
  }

  function draw(focus) {
    state.focus = focus;
    select.value = focus;
    const rel = relations(focus);
    state.kinds = rel.kinds;
    state.arcs = rel.arcs;
    const W = data.map.width, H = data.map.height;
    const box = state.world ? [0, 0, W, H] : region([focus].concat(Array.from(rel.kinds.keys())));
    const unit = box[2] / 1000;  // map units per pixel of a 1000-wide picture
    const root = node("svg", { xmlns: NS, viewBox: box.join(" "), width: "100%", height: "100%",
      preserveAspectRatio: "xMidYMid meet", "font-family": "sans-serif", id: "map-svg" });
    const defs = node("defs");
    for (const [kind, colour] of [["supply", ARC.supply], ["cooperation", ARC.cooperation]]) {
      const marker = node("marker", { id: "arrow-" + kind, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7,
        markerHeight: 7, orient: "auto-start-reverse" });
      marker.appendChild(node("path", { d: "M0 0L10 5L0 10z", fill: colour }));
      defs.appendChild(marker);
    }
    root.appendChild(defs);
    root.appendChild(node("rect", { x: 0, y: 0, width: W, height: H, fill: "#f4f8fc" }));
    const land = node("g", { stroke: "#ffffff", "stroke-width": (0.8 * unit).toFixed(2), "stroke-linejoin": "round" });
    const dots = node("g", { stroke: "#ffffff", "stroke-width": 0.6 });
    for (const [iso, shape] of Object.entries(shapes)) {
      const kind = iso === focus ? "focus" : rel.kinds.get(iso);
      const fill = kind ? COLOR[kind] : countryNode.has(iso) ? IN_GRAPH : ELSEWHERE;
      const path = node("path", { d: shape.d, fill: fill, "data-iso": iso });
      if (kind) path.setAttribute("data-kind", kind);
      land.appendChild(path);
      if (kind && shape.d.indexOf("L") < 0) dots.appendChild(node("circle", { cx: shape.c[0], cy: shape.c[1], r: (4 * unit).toFixed(2), fill: fill, "data-iso": iso }));
    }
    root.appendChild(land);
    root.appendChild(dots);
    const arcs = node("g", { fill: "none", "stroke-linecap": "round", "class": "arcs" });
    for (const arc of rel.arcs) {
      const colour = arc.kind === "supply" ? ARC.supply : ARC.cooperation;
      arcs.appendChild(node("path", { d: arcPath(arc.from, arc.to), stroke: "#ffffff", "stroke-width": (4.5 * unit).toFixed(2), opacity: 0.8 }));
      const attrs = { d: arcPath(arc.from, arc.to), stroke: colour, "stroke-width": (2.4 * unit).toFixed(2),
        "data-kind": arc.kind, "data-from": arc.from, "data-to": arc.to, "class": "arc" };
      if (arc.kind === "supply") attrs["marker-end"] = "url(#arrow-supply)";
      arcs.appendChild(node("path", attrs));
    }
    root.appendChild(arcs);
    const names = node("g", { "text-anchor": "middle", "font-size": Math.max(3, 13 * unit).toFixed(1), "font-weight": 600,
      fill: "#1c2630", stroke: "#ffffff", "stroke-width": (3 * unit).toFixed(2), "paint-order": "stroke" });
    for (const iso of [focus].concat(Array.from(rel.kinds.keys()))) {
      const c = shapes[iso].c;
      const name = countryNode.has(iso) ? info.nodes[countryNode.get(iso)].name : shapes[iso].name;
      names.appendChild(node("text", { x: c[0], y: c[1] - 6 * unit }, name));
    }
    root.appendChild(names);
    root.addEventListener("mousemove", function (ev) {
      const iso = ev.target.getAttribute && ev.target.getAttribute("data-iso");
      view.pointer.x = ev.clientX;
      view.pointer.y = ev.clientY;
      if (!iso) { view.hideTooltip(); return; }
      const card = el("div", "card");
      card.appendChild(el("h3", "name", countryNode.has(iso) ? info.nodes[countryNode.get(iso)].name : shapes[iso].name));
      const kind = iso === focus ? "focus" : rel.kinds.get(iso);
      card.appendChild(el("p", "kind", kind ? KINDS.find(function (k) { return k[0] === kind; })[1] : countryNode.has(iso) ? "in the graph" : "not in the graph"));
      const list = el("ul", "why");
      for (const text of (rel.why.get(iso) || []).slice(0, 8)) list.appendChild(el("li", null, text));
      if (list.childNodes.length) card.appendChild(list);
      view.showTooltip(card);
    });
    root.addEventListener("mouseleave", view.hideTooltip);
    root.addEventListener("click", function (ev) {
      const iso = ev.target.getAttribute && ev.target.getAttribute("data-iso");
      if (iso && countryNode.has(iso) && iso !== state.focus) draw(iso);
    });
    canvas.replaceChildren(root);
    legend.replaceChildren();
    const counts = new Map();
    for (const k of rel.kinds.values()) counts.set(k, (counts.get(k) || 0) + 1);
    for (const [kind, text, colour] of KINDS) {
      if (kind !== "focus" && !counts.get(kind)) continue;
      const li = el("li");
      li.dataset.kind = kind;
      const swatch = el("span", "swatch");
      swatch.style.background = colour;
      li.append(swatch, el("span", null, text + (kind === "focus" ? "" : " (" + counts.get(kind) + ")")));
      legend.appendChild(li);
    }
  }
  select.addEventListener("change", function () { draw(select.value); });

  function show(tab) {
    for (const name of Object.keys(tabs)) tabs[name].setAttribute("aria-selected", String(name === tab));
    panes.map.hidden = tab !== "map";  // over the network, which keeps its size and goes on drawing
    if (tab === "map" && !state.focus && order.length) draw(data.mapFocus && shapes[data.mapFocus] ? data.mapFocus : countryOf(order[0]));
    if (tab === "map" && state.focus) draw(state.focus);
    view.hideTooltip();
  }
  tabs.network.addEventListener("click", function () { show("network"); });
  tabs.map.addEventListener("click", function () { show("map"); });
  view.showTab = show;
  view.mapDraw = draw;
  view.mapSVG = function () {
    const svgEl = document.getElementById("map-svg");
    const copy = svgEl.cloneNode(true);
    const box = copy.getAttribute("viewBox").split(" ").map(Number);
    const zoom = 1000 / box[2];
    copy.setAttribute("width", String(Math.round(box[2] * zoom)));
    copy.setAttribute("height", String(Math.round(box[3] * zoom)));
    return new XMLSerializer().serializeToString(copy);
  };
  if (!order.length) tabs.map.hidden = true;
  if (data.tab === "map" && order.length) show("map");
})();
