// reiki serve only: reload the page when the build id changes.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.getAttribute("data-build-id");
  if (!url || location.protocol === "file:") return;
  var known = null;
  function poll() {
    fetch(url + "?t=" + Date.now(), { cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (id) {
        if (id === null) return;
        if (known !== null && id !== known) location.reload();
        known = id;
      })
      .catch(function () {})
      .then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
