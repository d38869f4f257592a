// The API docs page: Swagger UI from /static/vendor, pointed at this app's OpenAPI document.
// Kept out of the HTML because the Content-Security-Policy allows no inline script.
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({
    url: root.dataset.openapi,
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
  });
});
