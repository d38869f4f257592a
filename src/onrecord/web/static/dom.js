// DOM helpers the timeline and the graph share. Record text is hostile: it only ever becomes
// textContent, and only links inside this app are followed.
"use strict";
window.onrecordDom = {
  isLocal: function (href) {
    return typeof href === "string" && href.charAt(0) === "/" && href.charAt(1) !== "/";
  },
  el: function (tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  },
};
