// The contact graph page: people, organisations and groups in contact, drawn with cytoscape.js.
// The data is the page's JSON twin, carried in the container's data-graph attribute (the
// Content-Security-Policy allows no inline script). Names and sentences come from hostile
// articles: node labels are canvas text, and the side panel is built with textContent only.
"use strict";
(function () {
  var COLOURS = { person: "#0b4f8a", org: "#2b7a0b", group: "#b35c00", unlinked: "#7a7a7a" };

  var isLocal = window.onrecordDom.isLocal;
  var el = window.onrecordDom.el;

  function link(text, href, className) {
    var anchor = el("a", className, text);
    if (isLocal(href)) anchor.setAttribute("href", href);
    return anchor;
  }

  function elements(data) {
    var nodes = data.nodes.map(function (node) {
      return { group: "nodes", data: { id: node.id, label: node.label, kind: node.kind,
        contacts: node.contacts, focus: data.people.indexOf(node.id) >= 0 ? 1 : 0 } };
    });
    var edges = data.edges.map(function (edge) {
      return { group: "edges", data: { id: edge.id, source: edge.source, target: edge.target,
        weight: edge.weight } };
    });
    return nodes.concat(edges);
  }

  function style() {
    var rules = [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 11, "font-family": "Helvetica, Arial, sans-serif",
        "text-valign": "bottom", "text-margin-y": 3, "color": "#1b1b1b",
        "text-outline-color": "#ffffff", "text-outline-width": 2,
        "width": "mapData(contacts, 1, 30, 14, 46)", "height": "mapData(contacts, 1, 30, 14, 46)",
        "background-color": COLOURS.unlinked } },
      { selector: "node[focus = 1]", style: { "border-width": 3, "border-color": "#1b1b1b" } },
      { selector: "edge", style: {
        "width": "mapData(weight, 1, 8, 1.5, 9)", "line-color": "#9aa7b4", "curve-style": "bezier" } },
      { selector: ":selected", style: { "line-color": "#a4161a", "background-color": "#a4161a" } },
    ];
    Object.keys(COLOURS).forEach(function (kind) {
      rules.push({ selector: "node[kind = '" + kind + "']", style: { "background-color": COLOURS[kind] } });
    });
    return rules;
  }

  function show(panel, children) {
    panel.replaceChildren.apply(panel, children);
  }

  function nodePanel(node, panel) {
    var id = encodeURIComponent(node.id);
    var links = el("ul", "items");
    if (node.kind !== "unlinked") links.appendChild(el("li")).appendChild(link("Their page", node.href));
    links.appendChild(el("li")).appendChild(link("Only them and their contacts", "/graph?person=" + id));
    links.appendChild(el("li")).appendChild(link("Their timeline", "/timeline?person=" + id));
    show(panel, [
      el("h2", null, node.label),
      el("p", "meta", node.kind + " · " + node.contacts + " contacts with " + node.neighbours + " others"),
      links,
    ]);
  }

  function edgePanel(edge, panel) {
    var list = el("ol", "items evidence");
    edge.evidence.forEach(function (item) {
      var entry = list.appendChild(el("li"));
      entry.appendChild(link(item.label, item.href, "event"));
      if (item.source) entry.appendChild(el("blockquote")).appendChild(link(item.sentence, item.source, "source"));
    });
    var more = edge.weight - edge.evidence.length;
    show(panel, [
      el("h2", null, edge.source_name + " — " + edge.target_name),
      el("p", "meta", edge.weight + " contacts, " + edge.reports + " reports"),
      list,
      el("p", "meta", more > 0 ? "and " + more + " more contacts" : ""),
    ]);
    panel.dataset.edge = edge.id;
  }

  function draw(container, data) {
    var byId = {};
    data.nodes.forEach(function (node) { byId[node.id] = node; });
    data.edges.forEach(function (edge) { byId[edge.id] = edge; });
    var cy = window.cytoscape({
      container: container,
      elements: elements(data),
      style: style(),
      layout: { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true },
      minZoom: 0.1,
      maxZoom: 4,
    });
    if (cy.zoom() > 1.5) { // a small neighbourhood: readable, not blown up to the frame
      cy.zoom(1.5);
      cy.center();
    }
    var panel = document.getElementById("graph-panel");
    cy.on("tap", "edge", function (event) { edgePanel(byId[event.target.id()], panel); });
    cy.on("tap", "node", function (event) { nodePanel(byId[event.target.id()], panel); });
    return cy;
  }

  window.addEventListener("DOMContentLoaded", function () {
    var container = document.getElementById("graph");
    var data = JSON.parse(container.dataset.graph);
    if (!data.nodes.length) return;
    container.replaceChildren();
    window.onrecordGraph = draw(container, data); // for the browser tests and the console
  });
})();
