// Pair page: "文言に違いのある組だけ" hides rows whose articles read the
// same. Without JavaScript the fieldset stays hidden and every row is shown.
(function () {
  "use strict";
  var box = document.getElementById("pair-filter");
  var toggle = document.getElementById("changed-only");
  if (!box || !toggle) return;
  box.hidden = false;
  toggle.addEventListener("change", function () {
    document.querySelectorAll(".pair-table tbody tr").forEach(function (tr) {
      tr.classList.toggle("gap-hidden", toggle.checked && tr.getAttribute("data-changed") !== "true");
    });
  });
})();
