/*
 * Hemicycle host script. Add it once to a page that embeds Hemicycle charts:
 *   <iframe data-hemicycle src="https://…/embed/…"></iframe>
 *   <script async src="https://…/embed.js"></script>
 * It sizes each iframe[data-hemicycle] to the height its chart reports, and
 * listens only to messages that come from those iframes' own windows.
 */
(function () {
  'use strict';
  if (window.hemicycleEmbed) return;
  window.hemicycleEmbed = { version: 1 };

  function frames() {
    return document.querySelectorAll('iframe[data-hemicycle]');
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'hemicycle:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) {
        var height = Math.max(50, Math.min(10000, Math.ceil(data.height)));
        list[i].style.height = height + 'px';
        list[i].setAttribute('height', String(height));
        list[i].setAttribute('scrolling', 'no');
      }
    }
  });

  // An embed that loaded before this script reports again when asked.
  function ask() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow) list[i].contentWindow.postMessage({ type: 'hemicycle:request-height' }, '*');
    }
  }
  ask();
  window.addEventListener('load', ask);
})();
