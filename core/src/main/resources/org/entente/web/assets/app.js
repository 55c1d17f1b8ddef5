// Entente web interface: the little that needs a script. Loaded from /assets (no inline script, CSP).
'use strict';
document.addEventListener('DOMContentLoaded', function () {
  // Relationship page: show or hide the event rows of a type.
  var boxes = document.querySelectorAll('input.type-filter');
  function applyFilter() {
    var shown = {};
    boxes.forEach(function (b) { shown[b.value] = b.checked; });
    document.querySelectorAll('table.events tr[data-type]').forEach(function (row) {
      var type = row.getAttribute('data-type');
      row.classList.toggle('hidden', shown[type] === false);
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', applyFilter); });

  // Event and article pages: bring each highlighted sentence into view inside its article box.
  document.querySelectorAll('.article-text').forEach(function (box) {
    var mark = box.querySelector('mark');
    if (mark) {
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    }
  });
});
