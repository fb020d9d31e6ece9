// The SPARQL page with YASGUI: one tab per named query, the query of the plain form in the first.
// Without JavaScript (or if YASGUI fails to load) the plain form stays and works on its own.
(function () {
  "use strict";
  if (typeof Yasgui === "undefined") return;
  const plain = document.getElementById("plain");
  const endpoint = document.getElementById("endpoint").textContent;
  const examples = JSON.parse(document.getElementById("examples").textContent);
  const asked = plain.querySelector("textarea").value;
  const downloads = document.getElementById("downloads");

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null, // each visit starts from the named queries, not from what a past visit left
    populateFromUrl: false,
    autoAddOnInit: false,
    yasqe: { autocompleters: ["prefixes", "variables"] }, // the others look terms up on a remote service
  });
  const first = yasgui.addTab(true, { name: "query", yasqe: { value: asked } });
  for (const example of examples) {
    yasgui.addTab(false, { name: example.title, yasqe: { value: example.sparql } });
  }
  plain.hidden = true;

  // The download links follow the query in the tab shown.
  function follow(tab) {
    const query = tab.getYasqe().getValue();
    for (const link of downloads.querySelectorAll("a[data-format]")) {
      const url = new URL(endpoint);
      url.searchParams.set("format", link.dataset.format);
      url.searchParams.set("query", query);
      link.href = url.toString();
    }
    downloads.hidden = !query.trim();
  }
  yasgui.on("tabSelect", function (instance, tabId) { follow(instance.getTab(tabId)); });
  yasgui.on("tabChange", function (instance, tab) { follow(tab); });
  follow(first);
  if (new URL(location.href).searchParams.has("query")) first.query();
})();
