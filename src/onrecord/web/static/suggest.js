// Typeahead: an <input data-suggest="/path.json" list="ID"> fills its <datalist> with the
// people whose name holds what was typed (a case has thousands: no page lists them all).
// Names come from the record: they only ever become textContent.
"use strict";
(function () {
  var WAIT_MS = 150;

  function fill(list, items) {
    while (list.firstChild) list.removeChild(list.firstChild);
    items.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.id;
      option.textContent = item.name;
      list.appendChild(option);
    });
  }

  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var url = input.getAttribute("data-suggest");
    var timer = null;
    var asked = "";
    if (!list || !url || url.charAt(0) !== "/") return;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var typed = input.value.trim();
      if (typed.length < 2 || typed === asked) return;
      timer = window.setTimeout(function () {
        asked = typed;
        fetch(url + "?q=" + encodeURIComponent(typed), { credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.json() : { items: [] }; })
          .then(function (found) { if (input.value.trim() === typed) fill(list, found.items); });
      }, WAIT_MS);
    });
  }

  document.querySelectorAll("input[data-suggest]").forEach(attach);
})();
