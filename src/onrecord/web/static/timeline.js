// The timeline page: the record's contacts, roles and statements drawn with vis-timeline.
// The data is the page's JSON twin, carried in the container's data-timeline attribute (the
// Content-Security-Policy allows no inline script). Everything in it may come from a hostile
// article, so it is only ever set as text (textContent) on elements built here, never as HTML.
"use strict";
(function () {
  var DAY = 86400000;
  var YEAR = 365.25 * DAY;
  var CLUSTER_FROM = 400; // items; fewer than this are drawn one by one

  var isLocal = window.onrecordDom.isLocal;
  var el = window.onrecordDom.el;

  function utcDay(iso) {
    return new Date(iso + "T00:00:00Z");
  }

  // The date as the record gives it, beside the label, unless the item is a single day.
  function whenText(item) {
    if (item.dated_by_article) return "reported " + item.when;
    return item.precision === "day" ? "" : item.when;
  }

  function content(item) {
    var box = el("span", "label", item.label);
    var when = whenText(item);
    if (when) box.appendChild(el("span", "when", " (" + when + ")"));
    return box;
  }

  function tooltip(item) {
    var box = el("div", "tip");
    box.appendChild(el("strong", null, item.category));
    box.appendChild(el("div", null, item.label));
    box.appendChild(el("div", "when", item.dated_by_article
      ? "said on or before " + item.when + " (the article's date)"
      : item.when));
    return box;
  }

  function classes(item) {
    var names = [item.category, "precision-" + item.precision];
    if (item.stance) names.push("stance-" + item.stance);
    if (item.contradicted) names.push("contradicted");
    if (item.start === null) names.push("open-start");
    if (item.end === null) names.push("open-end");
    return names.join(" ");
  }

  // A day is a point; anything coarser is a span over all of it (vis ends are exclusive).
  // An open end reaches the edge of what the page shows.
  function toVis(item, data) {
    var out = {
      id: item.id,
      group: item.lane,
      content: content(item),
      title: tooltip(item),
      className: classes(item),
      start: utcDay(item.start || data.start),
    };
    if (item.precision === "day") {
      out.type = "point";
    } else {
      out.type = "range";
      out.end = new Date(utcDay(item.end || data.end).getTime() + DAY);
    }
    return out;
  }

  function laneLabel(lane) {
    var box = el("span", "lane");
    var link = el("a", null, lane.name);
    link.setAttribute("href", "/timeline?person=" + encodeURIComponent(lane.id));
    link.setAttribute("title", "Only this lane");
    box.appendChild(link);
    return box;
  }

  function options(data, count) {
    var start = utcDay(data.start).getTime();
    var end = utcDay(data.end).getTime() + DAY;
    return {
      stack: true,
      orientation: "top",
      maxHeight: Math.max(400, Math.round(window.innerHeight * 0.75)),
      verticalScroll: true,
      zoomKey: "ctrlKey", // the wheel scrolls the lanes; ctrl+wheel (or the buttons) zooms
      zoomMin: DAY,
      zoomMax: 40 * YEAR,
      min: new Date(start - YEAR),
      max: new Date(end + YEAR),
      start: new Date(start - 15 * DAY),
      end: new Date(end + 15 * DAY),
      groupOrder: "order",
      showTooltips: true,
      tooltip: { followMouse: true, overflowMethod: "flip" },
      moment: function (date) { return window.vis.moment(date).utc(); },
      cluster: count >= CLUSTER_FROM ? { maxItems: 4, fitOnDoubleClick: true } : false,
    };
  }

  function draw(container, data) {
    var hrefs = {};
    var items = data.items.map(function (item) {
      hrefs[item.id] = item.href;
      return toVis(item, data);
    });
    var groups = data.lanes.map(function (lane, index) {
      return { id: lane.id, content: laneLabel(lane), order: index };
    });
    var timeline = new window.vis.Timeline(
      container, new window.vis.DataSet(items), new window.vis.DataSet(groups),
      options(data, items.length));
    timeline.on("click", function (props) {
      var href = props.what === "item" ? hrefs[props.item] : undefined;
      if (isLocal(href)) window.location.assign(href);
    });
    return timeline;
  }

  function bindZoom(timeline) {
    var actions = {
      "zoom-in": function () { timeline.zoomIn(0.5, { animation: false }); },
      "zoom-out": function () { timeline.zoomOut(0.5, { animation: false }); },
      "fit": function () { timeline.fit({ animation: false }); },
    };
    document.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", actions[button.dataset.zoom]);
    });
  }

  window.addEventListener("DOMContentLoaded", function () {
    var container = document.getElementById("timeline");
    var data = JSON.parse(container.dataset.timeline);
    if (!data.items.length) return;
    var timeline = draw(container, data);
    bindZoom(timeline);
    window.onrecordTimeline = timeline; // for the browser tests and the console
  });
})();
