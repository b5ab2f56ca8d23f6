// reiki serve only: reload the page when the build id changes, and show
// why when a save could not be built (the last good site stays on screen).
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.getAttribute("data-build-id");
  if (!url || location.protocol === "file:") return;
  var ERROR_PATH = "/__reiki/build-error";
  var known = null;
  var banner = null;
  function showError(text) {
    if (!text) {
      if (banner) banner.remove();
      banner = null;
      return;
    }
    if (!banner) {
      banner = document.createElement("div");
      banner.id = "reiki-build-error";
      banner.setAttribute("role", "alert");
      var title = document.createElement("strong");
      title.textContent = "保存した変更をサイトに反映できませんでした。前回作成したサイトを表示しています。";
      banner.appendChild(title);
      banner.appendChild(document.createElement("pre"));
      document.body.insertBefore(banner, document.body.firstChild);
    }
    banner.querySelector("pre").textContent = text;
  }
  function poll() {
    var build = fetch(url + "?t=" + Date.now(), { cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (id) {
        if (id === null) return;
        if (known !== null && id !== known) location.reload();
        known = id;
      });
    var error = fetch(ERROR_PATH + "?t=" + Date.now(), { cache: "no-store" })
      .then(function (r) { return r.status === 200 ? r.text() : ""; })
      .then(showError);
    Promise.all([build, error])
      .catch(function () {})
      .then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
