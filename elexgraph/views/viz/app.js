// The page's script: draws a capped, filtered part of the graph, isolates what a search finds, lists any node's facts.
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("graph-data").textContent);
  const EDGE_COLOURS = {"candidacy": "#7a8794", "won": "#2e7d32", "lost": "#c62828", "party-change": "#ef6c00",
                        "membership": "#b0bac4", "contest": "#d5dbe1"};
  const SHAPES = {"person": "ellipse", "party": "round-rectangle", "constituency": "diamond", "election": "tag"};
  const TYPE_WORDS = {"person": "person", "party": "party", "constituency": "seat", "election": "election"};
  const TYPE_PLURALS = {"person": "people", "party": "parties", "constituency": "seats", "election": "elections"};
  const TYPES = Object.keys(SHAPES);
  const OVERVIEW = ["party", "constituency"];
  const FACTS_LISTED = 200;
  const nodeById = new Map(DATA.nodes.map((n) => [n.id, n]));
  const edgesByNode = new Map(DATA.nodes.map((n) => [n.id, []]));
  DATA.edges.forEach((e) => { edgesByNode.get(e.source).push(e); edgesByNode.get(e.target).push(e); });
  // The overview is parties and the seats they won; a graph with no results opens on everything instead.
  const hasResults = DATA.edges.some((e) => OVERVIEW.includes(nodeById.get(e.source).type) &&
                                            OVERVIEW.includes(nodeById.get(e.target).type));
  const state = {election: DATA.election, kinds: new Set(DATA.kinds), types: new Set(hasResults ? OVERVIEW : TYPES),
                 maxDrawn: DATA.maxDrawn, focus: null, capped: false};

  const cy = cytoscape({
    container: document.getElementById("graph"),
    minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
    style: [
      {selector: "node", style: {"background-color": "data(colour)", "shape": "data(shape)", "label": "data(label)",
        "font-size": 9, "color": "#1d2530", "text-valign": "bottom", "text-margin-y": 2, "width": 14, "height": 14,
        "border-width": 1, "border-color": "#fff", "min-zoomed-font-size": 7,
        "text-background-color": "#fff", "text-background-opacity": 0.7, "text-background-padding": 1}},
      {selector: "node[type = 'party']", style: {"width": 30, "height": 20, "font-size": 12, "font-weight": "bold"}},
      {selector: "node[type = 'constituency']", style: {"width": 20, "height": 20, "font-size": 10}},
      {selector: "node[type = 'election']", style: {"width": 24, "height": 16, "font-size": 10}},
      {selector: "node:selected", style: {"border-width": 4, "border-color": "#111"}},
      {selector: "edge", style: {"width": 1.2, "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "arrow-scale": 0.6, "curve-style": "bezier", "opacity": 0.8}},
      {selector: "edge[kind = 'party-change']", style: {"width": 3}},
      {selector: "edge[kind = 'lost']", style: {"line-style": "dashed"}},
      {selector: "edge[kind = 'contest']", style: {"line-style": "dotted", "target-arrow-shape": "none"}},
      {selector: ".dimmed", style: {"opacity": 0.12, "text-opacity": 0}},
    ],
  });

  function shown(edge) {
    return state.kinds.has(edge.kind) && (!state.election || !edge.election || edge.election === state.election);
  }

  // Everything linked to a node by an edge of a kind that is shown, at any election: a search shows a whole career.
  function neighbourhood(id) {
    const edges = edgesByNode.get(id).filter((e) => state.kinds.has(e.kind));
    return {edges, nodes: new Set([id, ...edges.flatMap((e) => [e.source, e.target])])};
  }

  function everythingShown() {
    return !state.election && state.types.size === TYPES.length && state.kinds.size === DATA.kinds.length;
  }

  // The nodes to draw: the best-connected of the types shown under the filters, up to the cap, plus what a search found.
  function chooseDrawn(edges) {
    const typed = (id) => state.types.has(nodeById.get(id).type);
    const degree = new Map();
    edges.filter((e) => typed(e.source) && typed(e.target)).forEach((e) => {
      for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) || 0) + 1);
    });
    const candidates = everythingShown() ? DATA.nodes.map((n) => n.id) : [...degree.keys()];
    candidates.sort((a, b) => (degree.get(b) || 0) - (degree.get(a) || 0) || (a < b ? -1 : 1));
    const drawn = new Set(candidates.slice(0, state.maxDrawn));
    if (state.focus) neighbourhood(state.focus).nodes.forEach((id) => drawn.add(id));
    return {drawn, candidates: candidates.length};
  }

  // A seat takes the colour of the party that won it at the election in view (else of its latest winner).
  function colour(node) {
    const winner = state.election && node.winners && node.winners[state.election];
    return winner ? nodeById.get(winner).colour : node.colour;
  }

  function describeView(drawn, capped) {
    const kinds = TYPES.filter((t) => state.types.has(t)).map((t) => TYPE_PLURALS[t]);
    const listed = kinds.slice(0, -1).join(", ") + (kinds.length > 1 ? " and " : "") + kinds[kinds.length - 1];
    const what = kinds.length === TYPES.length ? "Everything" :
      kinds.length ? listed.replace(/^./, (c) => c.toUpperCase()) : "Nothing";
    const when = state.election ? ` at the ${state.election}` : "";
    const focus = state.focus ? `; ${nodeById.get(state.focus).label} and what links to it stand out` : "";
    return `${what}${when}: ${drawn} of ${DATA.nodes.length} nodes${focus}` +
      (capped ? ` (capped: the ${state.maxDrawn} best-connected under the filters)` : "");
  }

  function redraw() {
    const edges = DATA.edges.filter(shown);
    const {drawn, candidates} = chooseDrawn(edges);
    const drawnEdges = new Map(edges.filter((e) => drawn.has(e.source) && drawn.has(e.target)).map((e) => [e.id, e]));
    if (state.focus) neighbourhood(state.focus).edges.forEach((e) => drawnEdges.set(e.id, e));
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...drawn].map((id) => {
        const n = nodeById.get(id);
        return {group: "nodes", data: {id: n.id, label: n.label, type: n.type, colour: colour(n), shape: SHAPES[n.type]}};
      }));
      cy.add([...drawnEdges.values()].map((e) => ({group: "edges", data: {id: e.id, source: e.source, target: e.target,
        kind: e.kind, colour: EDGE_COLOURS[e.kind] || "#999"}})));
    });
    cy.layout({name: "cose", animate: false, randomize: true, nodeDimensionsIncludeLabels: true, numIter: 1000,
               idealEdgeLength: () => 70, nodeRepulsion: () => 12000, fit: true, padding: 30}).run();
    state.capped = candidates > state.maxDrawn;
    document.getElementById("cap-note").textContent = state.capped
      ? `${candidates - state.maxDrawn} more nodes match the filters but are not drawn: ` +
        "search for one to draw it, or filter by election or kind of edge."
      : "Every node that matches the filters is drawn.";
    emphasise();
  }

  // The focus and what links to it stand out, the rest is dimmed, and the view closes in on them.
  function emphasise() {
    const hood = state.focus ? neighbourhood(state.focus) : null;
    cy.batch(() => {
      cy.elements().removeClass("dimmed");
      cy.$(":selected").unselect();
      if (!hood) return;
      cy.elements().addClass("dimmed");
      cy.nodes().filter((n) => hood.nodes.has(n.id())).removeClass("dimmed");
      hood.edges.forEach((e) => cy.$id(e.id).removeClass("dimmed"));
      cy.$id(state.focus).select();
    });
    if (hood) cy.fit(cy.nodes().filter((n) => hood.nodes.has(n.id())), 60);
    document.getElementById("status").textContent = describeView(cy.nodes().length, state.capped);
    document.getElementById("clear").hidden = !hood;
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function citation(e) {
    const [source, headline, url, publisher, published] = DATA.articles[e.article];
    const cite = el("cite", [headline || source, publisher, published].filter(Boolean).join(", "));
    // only http(s) becomes a link: an address from an article's page could be javascript: or data:
    if (/^https?:\/\//i.test(url || "")) { const a = el("a", " (article)"); a.href = url; a.rel = "noreferrer"; cite.append(a); }
    else if (url) cite.append(el("span", ` (${url})`));
    return cite;
  }

  function showDetails(id) {
    const node = nodeById.get(id);
    const panel = document.getElementById("details");
    panel.replaceChildren(el("h2", node.label), el("div", TYPE_WORDS[node.type], "note"));
    const dl = el("dl");
    Object.entries(node.details).forEach(([k, v]) => dl.append(el("dt", k), el("dd", v)));
    panel.append(dl);
    const order = ["party-change", "candidacy", "won", "lost", "membership", "contest"];
    const facts = [...edgesByNode.get(id)].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    panel.append(el("h2", `Facts (${facts.length})`));
    facts.slice(0, FACTS_LISTED).forEach((e) => {
      const item = el("div", undefined, "fact " + e.kind);
      item.append(el("div", e.kind.replace("-", " "), "kind"), el("div", e.summary));
      if (e.evidence) item.append(el("blockquote", e.evidence), citation(e));
      panel.append(item);
    });
    if (facts.length > FACTS_LISTED) panel.append(el("p", `…and ${facts.length - FACTS_LISTED} more.`, "note"));
  }

  function select(id) {
    if (!nodeById.has(id)) return;
    state.focus = id;
    const hood = neighbourhood(id);
    const drawnAlready = [...hood.nodes].every((n) => cy.$id(n).nonempty()) &&
      hood.edges.every((e) => cy.$id(e.id).nonempty());
    drawnAlready ? emphasise() : redraw();
    showDetails(id);
  }

  function clear() {
    state.focus = null;
    cy.$(":selected").unselect();
    redraw();
  }

  function search(text) {
    const wanted = text.trim().toLowerCase();
    const list = document.getElementById("matches");
    list.replaceChildren();
    if (!wanted) return [];
    const found = DATA.nodes.filter((n) => n.label.toLowerCase().includes(wanted) ||
      String(n.details["also called"] || "").toLowerCase().includes(wanted)).slice(0, 20);
    found.forEach((n) => {
      const b = el("button", `${n.label} (${TYPE_WORDS[n.type]})`);
      b.addEventListener("click", () => select(n.id));
      const li = el("li"); li.append(b); list.append(li);
    });
    if (!found.length) list.append(el("li", "No match", "note"));
    return found;
  }

  function checkboxes(container, values, checked, words, onChange, swatches) {
    values.forEach((value) => {
      const box = el("input"); box.type = "checkbox"; box.checked = checked.has(value); box.value = value;
      box.addEventListener("change", () => { onChange(value, box.checked); redraw(); });
      const label = el("label"); label.append(box);
      if (swatches) {
        const swatch = el("span", undefined, "swatch");
        swatch.style.background = swatches[value];
        label.append(swatch);
      }
      label.append(words(value)); container.append(label);
    });
  }

  const searchBox = document.getElementById("search");
  searchBox.addEventListener("input", () => search(searchBox.value));
  searchBox.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") { const found = search(searchBox.value); if (found.length) select(found[0].id); }
  });
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && state.focus) clear(); });
  document.getElementById("clear").addEventListener("click", clear);
  const electionBox = document.getElementById("election");
  DATA.elections.forEach((name) => electionBox.append(new Option(name, name)));
  electionBox.value = state.election;
  electionBox.addEventListener("change", () => { state.election = electionBox.value; redraw(); });
  checkboxes(document.getElementById("types"), TYPES, state.types, (t) => TYPE_PLURALS[t],
             (t, on) => { on ? state.types.add(t) : state.types.delete(t); });
  checkboxes(document.getElementById("kinds"), DATA.kinds, state.kinds, (k) => k.replace("-", " "),
             (k, on) => { on ? state.kinds.add(k) : state.kinds.delete(k); }, EDGE_COLOURS);
  const maxBox = document.getElementById("max-drawn");
  maxBox.value = state.maxDrawn;
  maxBox.addEventListener("change", () => { state.maxDrawn = Math.max(10, Number(maxBox.value) || DATA.maxDrawn); redraw(); });
  cy.on("tap", "node", (ev) => select(ev.target.id()));

  redraw();
  window.elexgraph = {cy, data: DATA, select, search, redraw, clear, state, neighbourhood};
})();
