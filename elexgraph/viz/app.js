// The page's script: draws a capped, filtered part of the graph and lists any node's facts.
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("graph-data").textContent);
  const EDGE_COLOURS = {"candidacy": "#7a8794", "won": "#2e7d32", "lost": "#c62828", "party-change": "#ef6c00",
                        "membership": "#b0bac4", "contest": "#d5dbe1"};
  const SHAPES = {"person": "ellipse", "party": "round-rectangle", "constituency": "diamond", "election": "tag"};
  const FACTS_LISTED = 200;
  const nodeById = new Map(DATA.nodes.map((n) => [n.id, n]));
  const edgesByNode = new Map(DATA.nodes.map((n) => [n.id, []]));
  DATA.edges.forEach((e) => { edgesByNode.get(e.source).push(e); edgesByNode.get(e.target).push(e); });
  const state = {election: "", kinds: new Set(DATA.kinds), maxDrawn: DATA.maxDrawn, focus: null};

  const cy = cytoscape({
    container: document.getElementById("graph"),
    minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
    style: [
      {selector: "node", style: {"background-color": "data(colour)", "shape": "data(shape)", "label": "data(label)",
        "font-size": 9, "color": "#1d2530", "text-valign": "bottom", "text-margin-y": 2, "width": 14, "height": 14,
        "border-width": 1, "border-color": "#fff", "min-zoomed-font-size": 7}},
      {selector: "node[type = 'party']", style: {"width": 30, "height": 20, "font-size": 12, "font-weight": "bold"}},
      {selector: "node[type = 'constituency']", style: {"width": 20, "height": 20, "font-size": 10}},
      {selector: "node[type = 'election']", style: {"width": 24, "height": 16, "font-size": 10}},
      {selector: "node:selected", style: {"border-width": 4, "border-color": "#111"}},
      {selector: "edge", style: {"width": 1.2, "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "arrow-scale": 0.6, "curve-style": "bezier", "opacity": 0.8}},
      {selector: "edge[kind = 'party-change']", style: {"width": 3}},
      {selector: "edge[kind = 'lost']", style: {"line-style": "dashed"}},
      {selector: "edge[kind = 'contest']", style: {"line-style": "dotted", "target-arrow-shape": "none"}},
    ],
  });

  function shown(edge) {
    return state.kinds.has(edge.kind) && (!state.election || !edge.election || edge.election === state.election);
  }

  // The nodes to draw: the best-connected under the filters, up to the cap, plus the focus and its neighbours.
  function chooseDrawn(edges) {
    const degree = new Map();
    edges.forEach((e) => { for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) || 0) + 1); });
    const filtered = state.election || state.kinds.size < DATA.kinds.length;
    const candidates = filtered ? [...degree.keys()] : DATA.nodes.map((n) => n.id);
    candidates.sort((a, b) => (degree.get(b) || 0) - (degree.get(a) || 0) || (a < b ? -1 : 1));
    const drawn = new Set(candidates.slice(0, state.maxDrawn));
    if (state.focus) {
      drawn.add(state.focus);
      edgesByNode.get(state.focus).filter(shown).forEach((e) => { drawn.add(e.source); drawn.add(e.target); });
    }
    return {drawn, candidates: candidates.length};
  }

  function redraw() {
    const edges = DATA.edges.filter(shown);
    const {drawn, candidates} = chooseDrawn(edges);
    const drawnEdges = edges.filter((e) => drawn.has(e.source) && drawn.has(e.target));
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...drawn].map((id) => {
        const n = nodeById.get(id);
        return {group: "nodes", data: {id: n.id, label: n.label, type: n.type, colour: n.colour, shape: SHAPES[n.type]}};
      }));
      cy.add(drawnEdges.map((e) => ({group: "edges", data: {id: e.id, source: e.source, target: e.target,
        kind: e.kind, colour: EDGE_COLOURS[e.kind] || "#999"}})));
    });
    cy.layout({name: "cose", animate: false, randomize: true, nodeDimensionsIncludeLabels: false,
               numIter: 600, idealEdgeLength: () => 60, nodeRepulsion: () => 9000}).run();
    const capped = candidates > drawn.size;
    document.getElementById("status").textContent =
      `Drawing ${drawn.size} of ${DATA.nodes.length} nodes and ${drawnEdges.length} of ${DATA.edges.length} edges` +
      (capped ? ` (capped: the ${state.maxDrawn} best-connected under the filters${state.focus ? ", plus the selected node's neighbours" : ""})` : "");
    document.getElementById("cap-note").textContent = capped
      ? `${candidates - drawn.size} more nodes match the filters but are not drawn: search for one to draw it, or filter by election or kind of edge.`
      : "Every node that matches the filters is drawn.";
    if (state.focus) cy.$id(state.focus).select();
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function showDetails(id) {
    const node = nodeById.get(id);
    const panel = document.getElementById("details");
    panel.replaceChildren(el("h2", node.label), el("div", node.type, "note"));
    const dl = el("dl");
    Object.entries(node.details).forEach(([k, v]) => dl.append(el("dt", k.replace(/_label$/, "").replace(/_/g, " ")), el("dd", String(v))));
    panel.append(dl);
    const order = ["party-change", "candidacy", "won", "lost", "membership", "contest"];
    const facts = [...edgesByNode.get(id)].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    panel.append(el("h2", `Facts (${facts.length})`));
    facts.slice(0, FACTS_LISTED).forEach((e) => {
      const item = el("div", undefined, "fact " + e.kind);
      item.append(el("div", e.kind.replace("-", " "), "kind"), el("div", e.summary));
      if (e.evidence) {
        item.append(el("blockquote", e.evidence));
        const [source, headline, url] = DATA.articles[e.article];
        const cite = el("cite", `${source}: ${headline}`);
        if (url) { const a = el("a", " (article)"); a.href = url; a.rel = "noreferrer"; cite.append(a); }
        item.append(cite);
      }
      panel.append(item);
    });
    if (facts.length > FACTS_LISTED) panel.append(el("p", `…and ${facts.length - FACTS_LISTED} more.`, "note"));
  }

  function select(id) {
    if (!nodeById.has(id)) return;
    state.focus = id;
    if (cy.$id(id).empty() || edgesByNode.get(id).filter(shown).some((e) => cy.$id(e.source).empty() || cy.$id(e.target).empty())) redraw();
    cy.$(":selected").unselect();
    cy.$id(id).select();
    cy.animate({center: {eles: cy.$id(id)}, zoom: Math.max(cy.zoom(), 1)}, {duration: 200});
    showDetails(id);
  }

  function search(text) {
    const wanted = text.trim().toLowerCase();
    const list = document.getElementById("matches");
    list.replaceChildren();
    if (!wanted) return [];
    const found = DATA.nodes.filter((n) => n.label.toLowerCase().includes(wanted) ||
      String(n.details.aliases || "").toLowerCase().includes(wanted)).slice(0, 20);
    found.forEach((n) => {
      const b = el("button", `${n.label} (${n.type})`);
      b.addEventListener("click", () => select(n.id));
      const li = el("li"); li.append(b); list.append(li);
    });
    if (!found.length) list.append(el("li", "No match", "note"));
    return found;
  }

  const searchBox = document.getElementById("search");
  searchBox.addEventListener("input", () => search(searchBox.value));
  searchBox.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") { const found = search(searchBox.value); if (found.length) select(found[0].id); }
  });
  const electionBox = document.getElementById("election");
  DATA.elections.forEach((name) => electionBox.append(new Option(name, name)));
  electionBox.addEventListener("change", () => { state.election = electionBox.value; redraw(); });
  const kinds = document.getElementById("kinds");
  DATA.kinds.forEach((kind) => {
    const box = el("input"); box.type = "checkbox"; box.checked = true; box.value = kind;
    box.addEventListener("change", () => { box.checked ? state.kinds.add(kind) : state.kinds.delete(kind); redraw(); });
    const swatch = el("span", undefined, "swatch"); swatch.style.background = EDGE_COLOURS[kind];
    const label = el("label"); label.append(box, swatch, kind.replace("-", " ")); kinds.append(label);
  });
  const maxBox = document.getElementById("max-drawn");
  maxBox.value = state.maxDrawn;
  maxBox.addEventListener("change", () => { state.maxDrawn = Math.max(10, Number(maxBox.value) || DATA.maxDrawn); redraw(); });
  cy.on("tap", "node", (ev) => select(ev.target.id()));

  redraw();
  window.elexgraph = {cy, data: DATA, select, search, redraw, state};
})();
