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

  // Policy list filters: by issuer, year, topic and region; shareable through the URL.
  var filters = document.getElementById('policy-filters');
  if (filters) {
    var params = new URLSearchParams(location.search);
    var selects = filters.querySelectorAll('select');
    filters.hidden = false;
    selects.forEach(function (s) { if (params.get(s.name)) { s.value = params.get(s.name); } s.addEventListener('change', apply); });
    apply();
  }

  function apply() {
    var shown = 0;
    var query = new URLSearchParams();
    selects.forEach(function (s) { if (s.value) { query.set(s.name, s.value); } });
    document.querySelectorAll('#policy-list > li').forEach(function (li) {
      var ok = Array.prototype.every.call(selects, function (s) {
        var value = li.getAttribute('data-' + s.name) || '';
        // A data-list filter matches one of the card's space-separated values (a city-wide policy lists every region).
        return !s.value || (s.hasAttribute('data-list') ? value.split(' ').indexOf(s.value) >= 0 : value === s.value);
      });
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    document.getElementById('policy-count').textContent = lang === 'en' ? shown + ' documents' : '共 ' + shown + ' 份文件';
    history.replaceState(null, '', query.toString() ? '?' + query : location.pathname);
  }

  function toast(text) {
    var t = document.createElement('div');
    t.className = 'toast';
    t.setAttribute('role', 'status');
    t.textContent = text;
    body.appendChild(t);
    setTimeout(function () { t.remove(); }, 1800);
  }
})();
