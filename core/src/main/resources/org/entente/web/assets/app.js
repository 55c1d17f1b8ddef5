// Entente web interface: the little that needs a script. Loaded from /assets (no inline script, CSP).
// Everything else (filters, range, legend) is plain links and forms whose state is the URL.
'use strict';
document.addEventListener('DOMContentLoaded', function () {
  // Timeline brush: drag across the bars (or tap one) to show that range only; the page
  // reloads with since/until in its URL, so the range filters the list too and can be shared.
  document.querySelectorAll('svg.timeline').forEach(function (svg) {
    var buckets = Array.prototype.slice.call(svg.querySelectorAll('g.bucket'));
    var brush = svg.querySelector('rect.brush');
    var left = parseFloat(svg.getAttribute('data-left'));
    var bar = parseFloat(svg.getAttribute('data-bar'));
    var start = null;
    function index(evt) {
      var m = svg.getScreenCTM();
      if (!m) { return 0; }
      var x = (evt.clientX - m.e) / m.a;
      return Math.max(0, Math.min(buckets.length - 1, Math.floor((x - left) / bar)));
    }
    function draw(a, b) {
      var lo = Math.min(a, b), hi = Math.max(a, b);
      brush.setAttribute('x', String(left + lo * bar));
      brush.setAttribute('width', String((hi - lo + 1) * bar));
    }
    svg.addEventListener('pointerdown', function (evt) {
      start = index(evt);
      draw(start, start);
      svg.setPointerCapture(evt.pointerId);
      evt.preventDefault();
    });
    svg.addEventListener('pointermove', function (evt) {
      if (start !== null) { draw(start, index(evt)); }
    });
    // A touch that turns into scrolling the chart's box is no selection.
    svg.addEventListener('pointercancel', function () {
      start = null;
      brush.setAttribute('width', '0');
    });
    svg.addEventListener('pointerup', function (evt) {
      if (start === null) { return; }
      var end = index(evt);
      var lo = Math.min(start, end), hi = Math.max(start, end);
      start = null;
      var url = new URL(window.location.href);
      url.searchParams.set('since', buckets[lo].getAttribute('data-since'));
      url.searchParams.set('until', buckets[hi].getAttribute('data-until'));
      url.searchParams.delete('format');
      window.location.assign(url.toString());
    });
  });

  // On a phone, filters nobody set yet are folded away so that the chart is on the first screen.
  document.querySelectorAll('details.filters[data-active=false]').forEach(function (d) {
    if (window.matchMedia('(max-width: 640px)').matches) { d.open = false; }
  });

  // On a narrow screen the chart scrolls in its box: start from the latest bars, not 30 years ago.
  document.querySelectorAll('.chart-box').forEach(function (box) {
    box.scrollLeft = box.scrollWidth;
  });

  // Event and article pages: bring the first highlighted sentence into view inside its article box.
  document.querySelectorAll('.article-text').forEach(function (box) {
    var mark = box.querySelector('mark');
    if (mark) {
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    }
  });
});
