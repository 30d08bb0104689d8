// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';
  var body = document.body;
  var lang = body.getAttribute('data-lang') || 'zh';

  // Status on the reader's own day (the page was built earlier; its words are the build date's, said as such).
  // The same rules as Policy.Knowledge.Content.Validity: ISO dates compare as text.
  var now = new Date(), pad = function (n) { return (n < 10 ? '0' : '') + n; };
  var today = now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  document.querySelectorAll('[data-valid-from], [data-ends]').forEach(function (el) {
    var from = el.getAttribute('data-valid-from'), until = el.getAttribute('data-valid-until'), ends = el.getAttribute('data-ends'), status;
    if (ends !== null) {
      status = el.getAttribute('data-declared');
      if (status === 'in_force' && ends.split(' ').some(function (end) { return end && today > end; })) { status = 'partly_ended'; }
      var card = el.closest('.card');
      if (card) { card.setAttribute('data-status', status); }
    } else {
      status = from && today < from ? 'not_yet' : until && today > until ? 'ended' : 'current';
    }
    el.setAttribute('data-status', status);
    var words = el.getAttribute('data-text-' + status), text = el.querySelector('.status-text'), note = el.querySelector('.status-asof');
    if (text && words) { text.textContent = words; }
    if (note) { note.hidden = true; }
  });

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
    var selects = filters.querySelectorAll('select'), inForce = document.getElementById('f-in-force');
    filters.hidden = false;
    selects.forEach(function (s) { if (params.get(s.name)) { s.value = params.get(s.name); } s.addEventListener('change', apply); });
    inForce.checked = params.get(inForce.name) === '1';
    inForce.addEventListener('change', apply);
    apply();
  }

  function apply() {
    var shown = 0;
    var query = new URLSearchParams();
    selects.forEach(function (s) { if (s.value) { query.set(s.name, s.value); } });
    if (inForce.checked) { query.set(inForce.name, '1'); }
    document.querySelectorAll('#policy-list > li').forEach(function (li) {
      // A data-list filter matches one of the card's space-separated values (a city-wide policy lists every region);
      // "in force" keeps a policy of which some provisions ended: the rest of it still applies.
      var ok = Array.prototype.every.call(selects, function (s) {
        var value = li.getAttribute('data-' + s.name) || '';
        return !s.value || (s.hasAttribute('data-list') ? value.split(' ').indexOf(s.value) >= 0 : value === s.value);
      }) && (!inForce.checked || /^(in_force|partly_ended)$/.test(li.getAttribute('data-status')));
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
