// Live preview only (never part of the published site): reloads the page when its file changes,
// and shows content errors as an overlay with path:line while the last good page stays visible.
(function () {
  'use strict';
  var source = new EventSource('/__preview/events');
  var here = location.pathname;
  source.addEventListener('built', function (e) {
    var changed = JSON.parse(e.data);
    hideOverlay();
    if (changed.indexOf(here) >= 0 || changed.indexOf('*') >= 0) { location.reload(); }
  });
  source.addEventListener('failed', function (e) { showOverlay(JSON.parse(e.data)); });

  function showOverlay(messages) {
    hideOverlay();
    var box = document.createElement('div');
    box.id = '__preview-overlay';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:9999;background:#fff;color:#1a1a1a;border-top:4px solid #a3161a;padding:1rem;font:15px/1.5 monospace;box-shadow:0 -4px 16px rgba(0,0,0,.2)';
    var title = document.createElement('p');
    title.style.cssText = 'margin:0 0 .5rem;font-weight:700;color:#a3161a';
    title.textContent = '内容有错误，显示的是上一次成功的版本 / Content error: showing the last good version';
    box.appendChild(title);
    messages.forEach(function (m) {
      var line = document.createElement('pre');
      line.style.cssText = 'margin:0 0 .25rem;white-space:pre-wrap';
      line.textContent = m;
      box.appendChild(line);
    });
    document.body.appendChild(box);
  }

  function hideOverlay() {
    var old = document.getElementById('__preview-overlay');
    if (old) { old.remove(); }
  }
})();
