/* geopol view: the current picture as a PNG image or an SVG drawing, saved by the browser.
 *
 * The PNG is the network's own canvas (captions included) on white; the SVG is drawn anew from
 * the positions, colours and shapes on screen, texts as text nodes. With the map tab open, both
 * export the map. Nothing leaves the page: the file is a blob handed to the browser's download.
 */
(function () {
  "use strict";

  const view = window.geopolView;
  const network = view.network;
  const container = document.getElementById("network");
  const NS = "http://www.w3.org/2000/svg";

  function node(tag, attrs, text) {
    const n = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = String(text);
    return n;
  }
  function round(x) { return Math.round(x * 10) / 10; }
  function polygon(cx, cy, r, points) {
    return points.map(function (p) { return round(cx + r * p[0]) + "," + round(cy + r * p[1]); }).join(" ");
  }
  function regular(n, start) {
    const out = [];
    for (let i = 0; i < n; i++) {
      const a = start + 2 * Math.PI * i / n;
      out.push([Math.cos(a), Math.sin(a)]);
    }
    return out;
  }
  const SHAPES = {
    triangle: regular(3, -Math.PI / 2),
    triangleDown: regular(3, Math.PI / 2),
    diamond: regular(4, -Math.PI / 2),
    hexagon: regular(6, -Math.PI / 2),
    star: (function () {
      const out = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 ? 0.42 : 1, a = Math.PI / 5 * i - Math.PI / 2;
        out.push([r * Math.cos(a), r * Math.sin(a)]);
      }
      return out;
    })(),
  };

  /** The network as on screen, as SVG text. */
  function networkSVG() {
    const w = container.clientWidth, h = container.clientHeight, scale = network.getScale();
    const root = node("svg", { xmlns: NS, width: w, height: h, viewBox: "0 0 " + w + " " + h, "font-family": "sans-serif" });
    root.appendChild(node("rect", { x: 0, y: 0, width: w, height: h, fill: "#ffffff" }));
    const edgeLayer = node("g", { "class": "edges", fill: "none" });
    const nodeLayer = node("g", { "class": "nodes" });
    const textLayer = node("g", { "class": "captions", "text-anchor": "middle", "paint-order": "stroke",
      stroke: "#ffffff", "stroke-width": 4, "stroke-linejoin": "round", fill: "#1c2630", "font-weight": 600 });
    const body = network.body;
    for (const id of body.edgeIndices) {
      const e = body.edges[id];
      if (!e || e.options.hidden || !e.from || !e.to || e.from.options.hidden || e.to.options.hidden) continue;
      const a = network.canvasToDOM({ x: e.from.x, y: e.from.y }), b = network.canvasToDOM({ x: e.to.x, y: e.to.y });
      const color = (e.options.color && e.options.color.color) || "#999999";
      const attrs = { x1: round(a.x), y1: round(a.y), x2: round(b.x), y2: round(b.y), stroke: color,
        "stroke-width": round(Math.max(0.5, (e.options.width || 1) * scale)) };
      if (e.options.dashes) attrs["stroke-dasharray"] = "6 4";
      edgeLayer.appendChild(node("line", attrs));
      const arrows = e.options.arrows && e.options.arrows.to;
      if (arrows && arrows.enabled) {
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1, ux = (b.x - a.x) / len, uy = (b.y - a.y) / len;
        const r = (e.to.options.size || 10) * scale, s = Math.max(4, 9 * scale);
        const tx = b.x - ux * r, ty = b.y - uy * r;
        const pts = [[tx, ty], [tx - ux * s - uy * s * 0.5, ty - uy * s + ux * s * 0.5], [tx - ux * s + uy * s * 0.5, ty - uy * s - ux * s * 0.5]];
        edgeLayer.appendChild(node("polygon", { points: pts.map(function (p) { return round(p[0]) + "," + round(p[1]); }).join(" "), fill: color }));
      }
    }
    for (const id of body.nodeIndices) {
      const n = body.nodes[id];
      if (!n || n.options.hidden) continue;
      const p = network.canvasToDOM({ x: n.x, y: n.y });
      if (p.x < -50 || p.y < -50 || p.x > w + 50 || p.y > h + 50) continue;
      const r = Math.max(1.5, (n.options.size || 10) * scale);
      const color = n.options.color || {};
      const paint = { fill: color.background || "#cccccc", stroke: color.border || "#888888",
        "stroke-width": round(Math.max(0.5, (n.options.borderWidth || 1) * Math.min(1, scale * 1.5))) };
      const shape = n.options.shape;
      let item;
      if (shape === "square") item = node("rect", Object.assign({ x: round(p.x - r), y: round(p.y - r), width: round(2 * r), height: round(2 * r) }, paint));
      else if (SHAPES[shape]) item = node("polygon", Object.assign({ points: polygon(p.x, p.y, r, SHAPES[shape]) }, paint));
      else item = node("circle", Object.assign({ cx: round(p.x), cy: round(p.y), r: round(r) }, paint));
      item.dataset.id = id;
      nodeLayer.appendChild(item);
    }
    for (const c of view.drawnCaptions) {
      textLayer.appendChild(node("text", { x: round(c.x), y: round(c.y + c.size * 0.85), "font-size": c.size }, c.text));
    }
    root.append(edgeLayer, nodeLayer, textLayer);
    return new XMLSerializer().serializeToString(root);
  }

  function mapActive() { return !document.getElementById("map").hidden && view.mapSVG; }

  /** The current picture (network or map) as SVG text. */
  function exportSVG() { return mapActive() ? view.mapSVG() : networkSVG(); }

  /** The current picture as a PNG blob (a promise). */
  function exportPNG() {
    if (mapActive()) {
      const text = view.mapSVG(), box = document.getElementById("map-canvas").getBoundingClientRect();
      return new Promise(function (resolve, reject) {
        const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
        const img = new Image();
        img.onload = function () {
          const out = document.createElement("canvas");
          out.width = Math.round(box.width * 2);
          out.height = Math.round(box.height * 2);
          const ctx = out.getContext("2d");
          ctx.fillStyle = "#ffffff";
          ctx.fillRect(0, 0, out.width, out.height);
          ctx.drawImage(img, 0, 0, out.width, out.height);
          URL.revokeObjectURL(url);
          out.toBlob(resolve, "image/png");
        };
        img.onerror = reject;
        img.src = url;
      });
    }
    const src = container.querySelector("canvas");
    const out = document.createElement("canvas");
    out.width = src.width;
    out.height = src.height;
    const ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    return new Promise(function (resolve) { out.toBlob(resolve, "image/png"); });
  }

  function save(blob, name) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }
  function baseName() {
    return (mapActive() ? "geopol-map" : "geopol-network");
  }
  document.getElementById("export-png").addEventListener("click", function () {
    exportPNG().then(function (blob) { save(blob, baseName() + ".png"); });
  });
  document.getElementById("export-svg").addEventListener("click", function () {
    save(new Blob([exportSVG()], { type: "image/svg+xml" }), baseName() + ".svg");
  });
  view.exportSVG = exportSVG;
  view.exportPNG = exportPNG;
})();
