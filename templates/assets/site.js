// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';
  var body = document.body;
  var lang = body.getAttribute('data-lang') || 'zh';

  // The language switch keeps the reader at the same clause.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-keep-hash]');
    if (a && location.hash) { a.href = a.href.split('#')[0] + location.hash; }
  });

  // The permalink next to a measure copies the clause's address.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a.permalink');
    if (!a || !navigator.clipboard) { return; }
    var url = location.href.split('#')[0] + a.getAttribute('href');
    navigator.clipboard.writeText(url).then(function () {
      history.replaceState(null, '', a.getAttribute('href'));
      toast(lang === 'en' ? 'Link copied' : '链接已复制');
    }, function () {});
  });

  function toast(text) {
    var t = document.createElement('div');
    t.className = 'toast';
    t.setAttribute('role', 'status');
    t.textContent = text;
    body.appendChild(t);
    setTimeout(function () { t.remove(); }, 1800);
  }
})();
