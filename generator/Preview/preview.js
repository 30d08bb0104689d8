// Live preview only (never part of the published site): reloads the page when its file changes, and shows
// content problems as a readable panel (file, line, what is wrong, how to fix it) while the last good page stays visible.
// The wording comes from the server, already in the staff member's language.
(function () {
  'use strict';
  var here = location.pathname;
  // The build this page comes from: a save built before the page listened is still announced to it.
  var build = document.currentScript ? document.currentScript.getAttribute('data-build') : null;
  var source = new EventSource('/__preview/events' + (build ? '?page=' + encodeURIComponent(here) + '&since=' + build : ''));
  source.addEventListener('built', function (e) {
    var changed = JSON.parse(e.data);
    hideOverlay();
    if (changed.indexOf(here) >= 0 || changed.indexOf('*') >= 0) { location.reload(); }
  });
  source.addEventListener('failed', function (e) { showOverlay(JSON.parse(e.data), '#a3161a'); });
  source.addEventListener('warned', function (e) { showOverlay(JSON.parse(e.data), '#8a5a00'); });

  function el(tag, css, text) {
    var node = document.createElement(tag);
    node.style.cssText = css;
    if (text) { node.textContent = text; }
    return node;
  }

  function showOverlay(report, colour) {
    hideOverlay();
    var box = el('section', 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:9999;background:#fff;color:#1a1a1a;' +
      'border-top:4px solid ' + colour + ';padding:1rem 1.25rem;font:16px/1.6 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.2)');
    box.id = '__preview-overlay';
    box.setAttribute('role', report.kind === 'failed' ? 'alert' : 'status');
    var close = el('button', 'float:right;font:inherit;padding:.1rem .6rem;cursor:pointer', '×');
    close.setAttribute('aria-label', document.documentElement.lang === 'en' ? 'Close' : '关闭');
    close.addEventListener('click', hideOverlay);
    box.appendChild(close);
    box.appendChild(el('p', 'margin:0 0 .75rem;font-weight:700;color:' + colour, report.title));
    var list = el('ol', 'margin:0;padding-left:1.5rem');
    report.problems.forEach(function (p) {
      var item = el('li', 'margin:0 0 .6rem');
      item.appendChild(el('div', 'font-weight:600;color:#444', p.where));
      item.appendChild(el('div', '', p.text));
      list.appendChild(item);
    });
    box.appendChild(list);
    if (report.note) { box.appendChild(el('p', 'margin:.5rem 0 0;color:#444', report.note)); }
    document.body.appendChild(box);
  }

  function hideOverlay() {
    var old = document.getElementById('__preview-overlay');
    if (old) { old.remove(); }
  }
})();
