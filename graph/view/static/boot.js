/* geopol view inside a notebook: vis-network comes once per notebook. The page asks the notebook
 * (its parent) for the library that the first view's output holds, then runs it and the view's own
 * scripts. Nothing is fetched; the page's policy lets only these scripts, by their hashes, run.
 */
(function () {
  "use strict";
  let started = false, tries = 0;
  function run(code) {
    const s = document.createElement("script");
    s.textContent = code;
    document.body.appendChild(s);
  }
  function start(text) {
    if (started) return;
    started = true;
    run(text);
    for (const el of document.querySelectorAll("script.geopol-deferred")) run(el.textContent);
  }
  window.addEventListener("message", function (ev) {
    if (ev.source === window.parent && ev.data && ev.data.geopol === "vis-network" && typeof ev.data.text === "string") {
      start(ev.data.text);
    }
  });
  function ask() {
    if (started) return;
    if (tries++ >= 20) {
      document.getElementById("status").textContent = "vis-network is not in this notebook: run " +
        "graph.view.include_vis() in a cell, or show(..., standalone=True)";
      return;
    }
    window.parent.postMessage({ geopol: "vis-network?" }, "*");
    setTimeout(ask, 250);
  }
  ask();
})();
