// Offline search. assets/search-<lang>.json carries the clauses plus the synonyms, stop words and weights of the C#
// search (generator/Knowledge/Search); the clauses are split here with the function that splits queries, and ranked
// with BM25 as Lucene does. Runs under node too (module.exports), so tests rank with the code the browser loads.
(function () {
  'use strict';
  var H = '\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff', HAN = new RegExp('[' + H + ']'), HANS = new RegExp('[' + H + ']+', 'g');
  // A Chinese character, a number (150,000 stays one), or a word of other letters.
  var RUN = new RegExp('[' + H + ']|\\p{N}+(?:[.,]\\p{N}+)*|(?:(?![' + H + '])[\\p{L}\\p{M}\\p{N}])+(?:\'\\p{L}+)*', 'gu');
  var ALNUM = /[\p{L}\p{N}]/u, K1 = 1.2, B = 0.75;

  function normalize(s) { return String(s).normalize('NFKC').toLowerCase(); }

  // As SearchText.Prepare: normalized, spaces collapsed, cut at a word boundary after max characters.
  function prepare(q, max) {
    if (typeof q !== 'string') { return ''; }
    var t = normalize(q.slice(0, max * 4)).split(/\s+/).filter(Boolean).join(' '), cut = max;
    if (t.length <= max) { return t; }
    if (/[\ud800-\udbff]/.test(t[cut - 1])) { cut--; }
    var sp = t.lastIndexOf(' ', cut - 1);
    if (ALNUM.test(t[cut]) && ALNUM.test(t[cut - 1]) && !HAN.test(t[cut]) && sp > cut - 31 && sp > 0) { cut = sp; }
    return t.slice(0, cut).trim();
  }

  // Light English stemming: plurals, -ing/-ed, -ion and a final e (make/making, violate/violation).
  function stem(w) {
    if (w.length <= 3 || /\d/.test(w)) { return w; }
    w = w.replace(/iz/g, 'is');
    if (/ies$/.test(w) && w.length > 4) { w = w.slice(0, -3) + 'y'; }
    else if (/(ss|x|ch|sh|z)es$/.test(w)) { w = w.slice(0, -2); }
    else if (/[^su]s$/.test(w) && !/is$/.test(w)) { w = w.slice(0, -1); }
    var m = /^(.{3,}?)(ing|ed)$/.exec(w);
    if (m && /[aeiouy]/.test(m[1])) { w = m[1].replace(/([^aeiouslz])\1$/, '$1'); }
    if (/ion$/.test(w) && w.length > 6) { w = w.slice(0, -3); }
    return w.replace(/([^e])e$/, '$1');
  }

  // Units, what synonyms match on: each Chinese character; each English word, stemmed, stop words dropped.
  function units(text, stop) {
    var out = [], m, w, han;
    RUN.lastIndex = 0;
    while ((m = RUN.exec(text))) {
      w = m[0]; han = HAN.test(w);
      if (!han) { w = w.replace(/'s$/, ''); if (stop[w]) { continue; } w = stem(w); }
      out.push({ k: w, s: m.index, e: m.index + m[0].length, han: han });
    }
    return out;
  }

  // Terms: Chinese as unigrams + bigrams of adjacent characters (Lucene's CJKBigramFilter), other words as units.
  function terms(text, stop) {
    var u = units(text, stop), out = [];
    u.forEach(function (x, i) {
      out.push(x.k);
      if (x.han && u[i + 1] && u[i + 1].han && u[i + 1].s === x.e) { out.push(x.k + u[i + 1].k); }
    });
    return { list: out, length: u.length };
  }

  function createIndex(json) {
    var stop = {}, col = {}, wt = json.weights || {}, max = json.maxQueryLength || 200, uni = wt.unigram || 1;
    (json.stop || []).forEach(function (w) { stop[w] = 1; });
    json.fields.forEach(function (f, i) { col[f] = i; });
    var docs = json.docs.map(function (d) { return { id: d[col.id], url: d[col.url], title: d[col.title], text: d[col.text], units: d[col.units] }; });
    var flat = docs.map(function (doc) { return normalize([doc.title, doc.text, doc.units].join('\n')); });
    var N = docs.length;
    // Per field, as Lucene keeps them: postings (term -> doc -> tf), lengths, statistics over the documents having the field.
    var fields = ['title', 'text', 'units'].map(function (f) {
      var post = new Map(), len = [], total = 0, n = 0;
      docs.forEach(function (doc, d) {
        var t = terms(normalize(doc[f]), stop);
        len[d] = t.length;
        if (t.length) { n++; total += t.length; }
        t.list.forEach(function (term) {
          var p = post.get(term) || new Map();
          post.set(term, p.set(d, (p.get(d) || 0) + 1));
        });
      });
      return { w: f in wt ? wt[f] : 1, post: post, len: len, n: n || 1, avg: total / (n || 1) || 1 };
    });
    var plan = synonymMatcher(json.synonyms || [], stop);

    // BM25 of each distinct term of the texts, summed. Strict (a synonym): a document scores 0 unless it has every English
    // word, and in Chinese every run of characters as written (ClauseQuery's phrase gates).
    function score(texts, strict, factor) {
      var seen = {}, s = new Float64Array(N), miss = new Uint8Array(N);
      if (strict && json.lang === 'zh') {
        texts.forEach(function (t) { (t.match(HANS) || []).forEach(function (run) { flat.forEach(function (f, d) { if (f.indexOf(run) < 0) { miss[d] = 1; } }); }); });
      }
      texts.forEach(function (t) {
        terms(t, stop).list.forEach(function (term) {
          if (seen[term]) { return; }
          seen[term] = 1;
          var w = term.length === 1 && HAN.test(term) ? uni : 1, found = new Uint8Array(N);
          fields.forEach(function (f) {
            var p = f.post.get(term);
            if (!p) { return; }
            var idf = Math.log(1 + (f.n - p.size + 0.5) / (p.size + 0.5));
            p.forEach(function (tf, d) {
              found[d] = 1;
              s[d] += w * f.w * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * f.len[d] / f.avg));
            });
          });
          if (strict && !HAN.test(term)) { found.forEach(function (x, d) { if (!x) { miss[d] = 1; } }); }
        });
      });
      return s.map(function (x, d) { return miss[d] ? 0 : x * factor; });
    }

    function search(query, top) {
      var p = plan(prepare(query, max)), total = score(p.plain, false, 1), pieces = p.plain.map(function (x) { return [x]; });
      p.concepts.forEach(function (c) {
        // A concept counts as its best word; a longer synonym is scaled to the length of the reader's words.
        var best = new Float64Array(N), n = units(c.matched, stop).length;
        c.alternatives.forEach(function (alt) {
          var own = alt === c.matched;
          score([alt], !own, own ? 1 : Math.min(1, n / Math.max(1, units(alt, stop).length))).forEach(function (x, d) { best[d] = Math.max(best[d], x); });
          pieces.push([alt, !own]);
        });
        best.forEach(function (x, d) { total[d] += x; });
      });
      var hits = [];
      total.forEach(function (x, d) { if (x > 0) { hits.push(d); } });
      hits.sort(function (a, b) { return total[b] - total[a] || a - b; });
      return hits.slice(0, top === undefined ? 10 : Math.max(0, top)).map(function (d) {
        var doc = docs[d];
        return { id: doc.id, url: doc.url, title: doc.title, score: total[d], snippet: snippet(doc.text, pieces, stop, json.lang === 'zh' ? 90 : 220) };
      });
    }

    return { docs: docs, search: search, plan: function (q) { return plan(prepare(q, max)); } };
  }

  // As SynonymMatcher in C#: longest synonym first, left to right, on units; the first group to claim a word keeps it.
  function synonymMatcher(groups, stop) {
    var first = new Map(), words = groups.map(function (g) { return uniq(g.map(normalize)); });
    words.forEach(function (group, gi) {
      group.forEach(function (word) {
        var keys = units(word, stop).map(function (u) { return u.k; }), list = first.get(keys[0]) || [];
        if (keys.length && !list.some(function (c) { return c.keys.join(' ') === keys.join(' '); })) { first.set(keys[0], list.concat([{ keys: keys, g: gi }])); }
      });
    });
    first.forEach(function (list, k) { first.set(k, list.map(function (c, i) { return [c, i]; }).sort(function (a, b) { return b[0].keys.length - a[0].keys.length || a[1] - b[1]; }).map(function (x) { return x[0]; })); });
    return function (text) {
      var u = units(text, stop), plain = [], concepts = [], from = 0, i = 0, m;
      function keep(piece) { if (ALNUM.test(piece)) { plain.push(piece.trim()); } }
      while (i < u.length) {
        m = (first.get(u[i].k) || []).find(function (c) { return c.keys.every(function (k, j) { return u[i + j] && u[i + j].k === k; }); });
        if (!m) { i++; continue; }
        var s = u[i].s, e = u[i + m.keys.length - 1].e, matched = text.slice(s, e), group = words[m.g];
        keep(text.slice(from, s));
        concepts.push({ matched: matched, alternatives: group.indexOf(matched) >= 0 ? group : [matched].concat(group) });
        from = e; i += m.keys.length;
      }
      keep(text.slice(from));
      return { text: text, plain: plain, concepts: concepts };
    };
  }

  function uniq(a) { return a.filter(function (x, i) { return a.indexOf(x) === i; }); }

  // The passage with the most matched words, HTML-escaped, matches in <mark>: Chinese by the bigrams of the reader's words
  // and by whole synonyms, English by stem. Pieces are [text, strict]; strict (a synonym) English words count only together.
  function snippet(text, pieces, stop, width) {
    if (!text) { return ''; }
    var low = Array.from(text, function (c) { var n = c.normalize('NFKC').toLowerCase(); return n.length === c.length ? n : c; }).join('');
    var mark = new Uint8Array(text.length), stems = {}, present = {}, needles = [], start = 0, best = -1, i, j, words = units(low, stop);
    words.forEach(function (u) { present[u.k] = 1; });
    pieces.forEach(function (p) {
      (p[0].match(HANS) || []).forEach(function (run) {
        if (run.length === 1 || p[1]) { needles.push(run); }
        for (i = 0; i + 1 < run.length && !p[1]; i++) { needles.push(run.substr(i, 2)); }
      });
      var ks = units(p[0], stop).filter(function (u) { return !u.han; }).map(function (u) { return u.k; });
      if (!p[1] || ks.every(function (k) { return present[k]; })) { ks.forEach(function (k) { stems[k] = 1; }); }
    });
    uniq(needles).forEach(function (n) { for (i = low.indexOf(n); i >= 0; i = low.indexOf(n, i + 1)) { mark.fill(1, i, i + n.length); } });
    words.forEach(function (u) { if (!u.han && stems[u.k]) { mark.fill(1, u.s, u.e); } });
    // A window is worth the length of the different matches in it: one 印章刻制费用 beats 收费 twice.
    var begins = function (k) { return mark[k] && !mark[k - 1]; };
    for (i = 0; i < text.length; i++) {
      if (!begins(i)) { continue; }
      var from = Math.max(0, i - Math.floor(width / 6)), seen = {}, worth = 0;
      for (j = from; j < from + width; j++) {
        if (!begins(j)) { continue; }
        for (var e = j; mark[e]; e++) { /* to the end of the match */ }
        var m = low.slice(j, e);
        if (e <= from + width && !seen[m]) { seen[m] = 1; worth += m.length; }
      }
      if (worth > best) { best = worth; start = from; }
    }
    var end = Math.min(text.length, start + width), html = start > 0 ? '…' : '';
    for (i = start; i < end; i++) {
      html += (begins(i) ? '<mark>' : '') + escapeHtml(text[i]) + (mark[i] && (!mark[i + 1] || i + 1 === end) ? '</mark>' : '');
    }
    return html + (end < text.length ? '…' : '');
  }

  function escapeHtml(s) { return s.replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }

  var api = { normalize: normalize, prepare: prepare, stem: stem, units: units, terms: terms, createIndex: createIndex };
  if (typeof module !== 'undefined') { module.exports = api; }
  if (typeof document === 'undefined') { return; }

  // The search page: ?q= in, links to the clauses out, updated as the reader types.
  var list = document.getElementById('search-results'), script = document.currentScript;
  if (!list || !script) { return; }
  var input = document.getElementById('search-q'), status = document.getElementById('search-status'), index, timer;
  var say = document.body.getAttribute('data-lang') === 'en'
    ? ['Loading the search index…', 'The search index could not be loaded. Please reload the page.', 'No clauses found. Try other words, or browse the full text.', '', 'Clauses found: ']
    : ['正在载入搜索索引……', '搜索索引载入失败，请刷新页面重试。', '没有找到相关条款。换个说法试试，或浏览政策全文。', ' 条相关条款', '找到 '];
  input.value = new URLSearchParams(location.search).get('q') || '';
  status.textContent = say[0];
  fetch(script.getAttribute('data-index'))
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (json) { index = createIndex(json); run(); }, function () { status.textContent = say[1]; });
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 150, true); });
  input.form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(true); });

  function run(remember) {
    if (!index) { return; }
    var q = input.value.trim(), hits = q ? index.search(q, 20) : [];
    list.textContent = '';
    hits.forEach(function (hit) {
      var li = list.appendChild(document.createElement('li')), a = li.appendChild(document.createElement('a'));
      a.href = hit.url;
      a.textContent = hit.title;
      if (hit.snippet) { li.appendChild(document.createElement('p')).innerHTML = hit.snippet; }
    });
    status.textContent = !q ? '' : hits.length ? say[4] + hits.length + say[3] : say[2];
    if (remember) { history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname); }
  }
})();
