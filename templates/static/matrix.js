// Filter of the coverage matrix by 区分 (組織的/人的/物理的/技術的).
// Without JavaScript the fieldset stays hidden and every row is shown.
(function () {
  "use strict";
  var box = document.getElementById("class-filter");
  if (!box) return;
  box.hidden = false;
  var inputs = box.querySelectorAll("input[name=class]");
  function apply() {
    var on = {};
    inputs.forEach(function (i) { on[i.value] = i.checked; });
    document.querySelectorAll(".matrix tbody tr[data-class]").forEach(function (tr) {
      tr.classList.toggle("filtered-out", !on[tr.getAttribute("data-class")]);
    });
    // Hide group headings whose rows are all filtered out.
    document.querySelectorAll(".matrix tbody tr.m-group").forEach(function (g) {
      var next = g.nextElementSibling, visible = false;
      while (next && !next.classList.contains("m-group")) {
        if (next.hasAttribute("data-class") && !next.classList.contains("filtered-out")) visible = true;
        next = next.nextElementSibling;
      }
      g.classList.toggle("filtered-out", !visible);
    });
  }
  inputs.forEach(function (i) { i.addEventListener("change", apply); });
  apply();
})();
