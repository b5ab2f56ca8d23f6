// Filters of the coverage matrix: by 区分 (組織的/人的/物理的/技術的) and
// "× と △ のある項目だけ". Without JavaScript the fieldsets stay hidden and
// every row is shown.
(function () {
  "use strict";
  var classBox = document.getElementById("class-filter");
  var statusBox = document.getElementById("status-filter");
  var gapsOnly = document.getElementById("gaps-only");
  var inputs = classBox ? classBox.querySelectorAll("input[name=class]") : [];
  if (classBox) classBox.hidden = false;
  if (statusBox) statusBox.hidden = false;
  function apply() {
    var on = {};
    inputs.forEach(function (i) { on[i.value] = i.checked; });
    var gaps = gapsOnly && gapsOnly.checked;
    // ○ and - cells fade so that × and △ stand out in the rows that remain.
    document.querySelectorAll(".matrix").forEach(function (t) { t.classList.toggle("gaps-only", !!gaps); });
    // The class filter is for the screen (print shows every class); the
    // status filter is a view of the gaps that is printed as shown.
    document.querySelectorAll(".matrix tbody tr[data-class]").forEach(function (tr) {
      tr.classList.toggle("filtered-out", !!classBox && !on[tr.getAttribute("data-class")]);
      tr.classList.toggle("gap-hidden", gaps && tr.getAttribute("data-gap") !== "true");
    });
    // Hide group headings whose rows are all hidden.
    document.querySelectorAll(".matrix tbody tr.m-group").forEach(function (g) {
      var next = g.nextElementSibling, visible = false, printed = false;
      while (next && !next.classList.contains("m-group")) {
        if (next.hasAttribute("data-class") && !next.classList.contains("gap-hidden")) {
          printed = true;
          if (!next.classList.contains("filtered-out")) visible = true;
        }
        next = next.nextElementSibling;
      }
      g.classList.toggle("filtered-out", !visible);
      g.classList.toggle("gap-hidden", !printed);
    });
  }
  inputs.forEach(function (i) { i.addEventListener("change", apply); });
  if (gapsOnly) gapsOnly.addEventListener("change", apply);
  apply();
})();
