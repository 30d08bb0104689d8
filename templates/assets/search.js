// Offline search. assets/search-<lang>.json holds the C# search's synonyms and stop words (knowledge/Search) and where
// the rest is: per term, the clauses holding it with their BM25 scores (split with this file's analysis, redone in C#),
// and the clauses' texts, fetched only for the hits shown.
// Runs under node too (module.exports), so tests rank with the code the browser loads.
(() => {
  'use strict';
  const H = '\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff', HAN = new RegExp(`[${H}]`), HANS = new RegExp(`[${H}]+`, 'g');
  // A Chinese character, a number (150,000 stays one), or a word of other letters.
  const RUN = new RegExp(`[${H}]|\\p{N}+(?:[.,]\\p{N}+)*|(?:(?![${H}])[\\p{L}\\p{M}\\p{N}])+(?:'\\p{L}+)*`, 'gu');
  const ALNUM = /[\p{L}\p{N}]/u, K1 = 1.2, B = 0.75;
  const normalize = (s) => String(s).normalize('NFKC').toLowerCase();
  const uniq = (a) => [...new Set(a)];
  const zeros = (n) => new Float64Array(n);

  // As SearchText.Prepare: normalized, spaces collapsed, cut at a word boundary after max characters.
  function prepare(q, max) {
    if (typeof q !== 'string') { return ''; }
    const t = normalize(q.slice(0, max * 4)).split(/\s+/).filter(Boolean).join(' ');
    let cut = max;
    if (t.length <= max) { return t; }
    if (/[\ud800-\udbff]/.test(t[cut - 1])) { cut--; }
    const sp = t.lastIndexOf(' ', cut - 1);
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
    const m = /^(.{3,}?)(ing|ed)$/.exec(w);
    if (m && /[aeiouy]/.test(m[1])) { w = m[1].replace(/([^aeiouslz])\1$/, '$1'); }
    if (/ion$/.test(w) && w.length > 6) { w = w.slice(0, -3); }
    return w.replace(/([^e])e$/, '$1');
  }

  // Units, what synonyms match on: each Chinese character; each English word, stemmed, stop words dropped.
  function units(text, stop) {
    const out = [];
    for (const m of text.matchAll(RUN)) {
      const han = HAN.test(m[0]);
      let w = m[0];
      if (!han) { w = w.replace(/'s$/, ''); if (stop[w]) { continue; } w = stem(w); }
      out.push({ k: w, s: m.index, e: m.index + m[0].length, han });
    }
    return out;
  }

  // Terms: Chinese as unigrams + bigrams of adjacent characters (Lucene's CJKBigramFilter), other words as units.
  function terms(text, stop) {
    const u = units(text, stop), list = [];
    u.forEach((x, i) => {
      list.push(x.k);
      if (x.han && u[i + 1] && u[i + 1].han && u[i + 1].s === x.e) { list.push(x.k + u[i + 1].k); }
    });
    return { list, length: u.length };
  }

  // The index of one language (generator/Site/StaticSearch/ChunkedIndex.cs): the entry file, and get(name), a promise of
  // one of its other files. A query fetches the postings chunks of its terms, then the fragments of the hits it shows.
  function createIndex(entry, get) {
    const stop = {}, max = entry.maxQueryLength || 200, N = entry.count, chunks = entry.chunks, per = entry.fragmentClauses;
    const zh = entry.lang === 'zh', files = new Map(), postings = new Map();
    (entry.stop || []).forEach((w) => { stop[w] = 1; });
    const plan = synonymMatcher(entry.synonyms || [], stop);
    const file = (name) => files.get(name) || files.set(name, get(entry.files + name)).get(name);
    // Files are named by their block's hash, so a name always means the same bytes: fragment i is f{i}.{hash of block
    // i / perBlock}; postings chunks come in blocks listed as [hash, chunks], chunk j of a block being t{j}.{hash}.
    const chunkNames = entry.blocks.t.flatMap(([hash, n]) => Array.from({ length: n }, (_, j) => `t${j}.${hash}.json`));
    const named = (k, i) => (k === 't' ? chunkNames[i] : `f${i}.${entry.blocks.f[Math.floor(i / entry.perBlock.f)]}.json`);
    // The chunk a term is in: the last one starting at or before it (terms are in UTF-16 order, as C# sorts them).
    const chunkOf = (term) => {
      let lo = 0, hi = chunks.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (chunks[mid] <= term) { lo = mid; } else { hi = mid - 1; } }
      return named('t', lo);
    };
    // A term's clauses (deltas in the file) and their scores for it (hundredths in the file). A synonym's, precomputed:
    // ~group:word as a synonym, ~group=word as the reader's (Chinese); the clauses it marks so, ~group!word, ~group?word.
    async function fetchTerms(list) {
      const need = uniq(list.filter((t) => !postings.has(t)));
      const got = await Promise.all(need.map((t) => file(chunkOf(t))));
      need.forEach((t, i) => {
        if (!Object.hasOwn(got[i], t)) { postings.set(t, null); return; }
        const a = got[i][t], n = /^~\d+[!?]/.test(t) ? a.length : a.length / 2, docs = new Int32Array(n), scores = zeros(n);
        for (let k = 0, d = 0; k < n; k++) { d += a[k]; docs[k] = d; scores[k] = (a[n + k] || 0) / entry.scoreScale; }
        postings.set(t, { docs, scores });
      });
    }
    const has = (term, into) => { const p = postings.get(term); if (p) { p.docs.forEach((d) => { into[d] = 1; }); } };
    const add = (term, into, seen, factor, most) => {
      const p = postings.get(term);
      if (!p || seen.has(term)) { return; }
      seen.add(term);
      for (let k = 0; k < p.docs.length; k++) { const d = p.docs[k], x = p.scores[k] * factor; into[d] = most ? Math.max(into[d], x) : into[d] + x; }
    };
    // Pieces of a query: [text] the reader's words; [text, group, strict] a listed word, typed (strict false) or a synonym.
    // English words typed count only together, as a synonym's (ClauseQuery).
    const keys = ([t, g, strict]) => (g === undefined ? terms(t, stop).list : strict ? [`~${g}:${t}`, `~${g}!${t}`] : [`~${g}${zh ? '=' : ':'}${t}`, `~${g}?${t}`]);

    // Clauses holding one of the reader's words, as marks() finds them: Chinese by bigrams (a lone character as itself),
    // English by stem; a listed word as its own entry says.
    function marked(pieces) {
      const m = new Uint8Array(N);
      pieces.forEach(([piece, g, strict]) => {
        if (g !== undefined) { const [a, b] = keys([piece, g, strict]); has(postings.get(b) || !strict ? b : a, m); return; }
        (piece.match(HANS) || []).forEach((run) => {
          if (run.length === 1) { has(run, m); }
          for (let i = 0; i + 1 < run.length; i++) { has(run.substr(i, 2), m); }
        });
        units(piece, stop).forEach((u) => { if (!u.han) { has(u.k, m); } });
      });
      return m;
    }

    // keep(clause number), when given, narrows the hits before the top are taken.
    async function search(query, top, keep) {
      const p = plan(prepare(query, max)), concepts = new Map(), pieces = new Map();
      // Words said twice count twice (as Lucene adds a repeated clause), but are looked up once.
      p.concepts.forEach((c) => concepts.set(c.g + c.matched, [c, (concepts.get(c.g + c.matched)?.[1] || 0) + 1]));
      p.plain.map((x) => [x]).concat([...concepts.values()].flatMap(([c]) => c.pieces)).forEach((x) => pieces.set(x.join('\n'), x));
      const list = [...pieces.values()];
      await fetchTerms(list.flatMap(keys));
      // BM25, each distinct term once: every term's score in every clause is in its postings.
      const total = zeros(N), seen = new Set();
      p.plain.forEach((t) => terms(t, stop).list.forEach((term) => add(term, total, seen, 1)));
      concepts.forEach(([c, times]) => {
        // A concept counts as its best word; a longer synonym is scaled to the reader's words. A listed word's sum is its
        // first key; other words of the reader's are summed term by term.
        const best = zeros(N), n = units(c.matched, stop).length, mine = new Set();
        c.pieces.forEach((x) => keys(x).slice(0, x[1] === undefined ? 1e9 : 1)
          .forEach((k) => add(k, best, mine, x[2] ? Math.min(1, n / Math.max(1, units(x[0], stop).length)) : 1, x[1] !== undefined)));
        for (let d = 0; d < N; d++) { total[d] += best[d] * times; }
      });
      // A hit holds one of the reader's words (a bigram, a whole synonym, an English word) in its title, text or units:
      // single characters shared by chance (的, 业) score a little but never make a hit alone.
      const hits = [], m = marked(list);
      for (let d = 0; d < N; d++) { if (total[d] > 0 && m[d] && (!keep || keep(d))) { hits.push(d); } }
      hits.sort((a, b) => total[b] - total[a] || a - b);
      const shown = hits.slice(0, top === undefined ? 10 : Math.max(0, top)), how = marker(list.map(([t, , s]) => [t, s]), stop);
      const parts = await Promise.all(shown.map((d) => file(named('f', Math.floor(d / per)))));
      return shown.map((d, i) => {
        const [id, url, title, text, doc, until, untilText] = parts[i].clauses[d % per];
        // doc: id, title, number, region id (none: city-wide), region name (if several), status words when not in force,
        // the language of the title and of the number when not the page's.
        return { id, url, title, titleHtml: snippet(title, how, title.length), snippet: snippet(text, how, zh ? 90 : 220), until, untilText, doc: parts[i].docs[doc] };
      });
    }

    // Each document's id and region, and each clause's document: {list: [[id, region]…], of: […]}.
    return { search, documents: () => file(entry.documents) };
  }

  // As SynonymMatcher in C#: longest synonym first, left to right, on units; the first group to claim a word keeps it.
  function synonymMatcher(groups, stop) {
    const first = new Map(), words = groups.map((g) => uniq(g.map(normalize)));
    words.forEach((group, g) => group.forEach((word) => {
      const keys = units(word, stop).map((u) => u.k), list = first.get(keys[0]) || [];
      if (keys.length && !list.some((c) => c.keys.join(' ') === keys.join(' '))) { first.set(keys[0], list.concat([{ keys, g, word }])); }
    }));
    first.forEach((list) => list.sort((a, b) => b.keys.length - a.keys.length)); // sort is stable: ties keep file order
    return (text) => {
      const u = units(text, stop), plain = [], concepts = [];
      const keep = (piece) => { if (ALNUM.test(piece)) { plain.push(piece.trim()); } };
      let from = 0, i = 0;
      while (i < u.length) {
        const m = (first.get(u[i].k) || []).find((c) => c.keys.every((k, j) => u[i + j] && u[i + j].k === k));
        if (!m) { i++; continue; }
        const s = u[i].s, e = u[i + m.keys.length - 1].e, matched = text.slice(s, e), group = words[m.g];
        keep(text.slice(from, s));
        // Each word as a piece of the query: [word, group, strict] (strict: a synonym, not the listed word typed, which
        // stands for the reader's wording of the same units: "loans" for "loan").
        concepts.push({ matched, g: m.g, pieces: group.map((alt) => [alt, m.g, alt !== m.word]) });
        from = e;
        i += m.keys.length;
      }
      keep(text.slice(from));
      return { text, plain, concepts };
    };
  }

  // What marks() looks for, once per query: pieces are [text, strict]; Chinese by the bigrams of the reader's words and by
  // whole synonyms, English by stem; strict (a synonym) English words count only together.
  function marker(pieces, stop) {
    const needles = [], loose = new Set(), strict = [];
    pieces.forEach(([piece, s]) => {
      (piece.match(HANS) || []).forEach((run) => {
        if (run.length === 1 || s) { needles.push(run); }
        for (let i = 0; i + 1 < run.length && !s; i++) { needles.push(run.substr(i, 2)); }
      });
      const ks = units(piece, stop).filter((u) => !u.han).map((u) => u.k);
      if (s) { strict.push(ks); } else { ks.forEach((k) => loose.add(k)); }
    });
    return { needles: uniq(needles), loose, strict, stop };
  }

  // The matches in a text (the passage with the most of them is shown, HTML-escaped, matches in <mark>).
  function marks(text, how) {
    const low = Array.from(text, (c) => { const n = c.normalize('NFKC').toLowerCase(); return n.length === c.length ? n : c; }).join('');
    const mark = new Uint8Array(text.length), stems = new Set(how.loose), words = units(low, how.stop), present = new Set(words.map((u) => u.k));
    how.strict.forEach((ks) => { if (ks.every((k) => present.has(k))) { ks.forEach((k) => stems.add(k)); } });
    how.needles.forEach((n) => { for (let i = low.indexOf(n); i >= 0; i = low.indexOf(n, i + 1)) { mark.fill(1, i, i + n.length); } });
    words.forEach((u) => { if (!u.han && stems.has(u.k)) { mark.fill(1, u.s, u.e); } });
    return { low, mark };
  }

  function snippet(text, how, width) {
    if (!text) { return ''; }
    const { low, mark } = marks(text, how);
    // A window is worth the length of the different matches wholly in it: one 印章刻制费用 beats 收费 twice.
    const begins = (k) => mark[k] && !mark[k - 1];
    let start = 0, best = -1;
    for (let i = 0; i < text.length && width < text.length; i++) {
      if (!begins(i)) { continue; }
      const from = Math.max(0, i - Math.floor(width / 6)), seen = new Set();
      let worth = 0;
      for (let j = from; j < from + width; j++) {
        if (!begins(j)) { continue; }
        let e = j;
        while (mark[e]) { e++; }
        const m = low.slice(j, e);
        if (e <= from + width && !seen.has(m)) { seen.add(m); worth += m.length; }
      }
      if (worth > best) { best = worth; start = from; }
    }
    const end = Math.min(text.length, start + width);
    let html = start > 0 ? '…' : '';
    for (let i = start; i < end; i++) {
      html += (begins(i) ? '<mark>' : '') + escapeHtml(text[i]) + (mark[i] && (!mark[i + 1] || i + 1 === end) ? '</mark>' : '');
    }
    return html + (end < text.length ? '…' : '');
  }

  const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

  if (typeof module !== 'undefined') { module.exports = { normalize, prepare, stem, units, terms, createIndex }; }
  if (typeof document === 'undefined') { return; }

  // The search page: ?q= in, links to the clauses out, updated as the reader types; ?doc= and ?region= narrow it.
  const list = document.getElementById('search-results'), script = document.currentScript;
  if (!list || !script) { return; }
  const input = document.getElementById('search-q'), status = document.getElementById('search-status'), region = document.getElementById('search-region');
  const en = document.body.getAttribute('data-lang') === 'en';
  const say = en
    ? ['Loading the search index…', 'The search index could not be loaded. Please reload the page.', 'No clauses found. Try other words, or browse the full text.', (n) => `Clauses found: ${n}`]
    : ['正在载入搜索索引……', '搜索索引载入失败，请刷新页面重试。', '没有找到相关条款。换个说法试试，或浏览政策全文。', (n) => `找到 ${n} 条相关条款`];
  // Chinese typed on the English page searches the Chinese text (as `generator search` does), its index loaded on
  // demand. Entries are revalidated (the other's carries this one's ?v=); other files are named by their block's hash.
  const own = script.getAttribute('data-index'), zhUrl = own.replace('search-en', 'search-zh'), indexes = {};
  const get = (url, cache) => fetch(url, { cache }).then((r) => { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  const load = (url) => indexes[url] || (indexes[url] = get(url, 'no-cache').then((entry) => createIndex(entry, (name) => get(new URL(name, new URL(url, location.href)).href))));
  // Ended on the reader's own day, as site.js decides it for the pages (ISO dates compare as text).
  const now = new Date(), two = (n) => String(n).padStart(2, '0'), today = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const params = new URLSearchParams(location.search), doc = params.get('doc');
  let index, timer, shown = 0;
  input.value = params.get('q') || '';
  if (region) { region.value = params.get('region') || ''; region.addEventListener('change', () => run(true)); }
  status.textContent = say[0];
  // What the reader typed while the index loaded is searched (and kept in the address) as soon as it arrives.
  load(own).then((i) => { index = i; run(input.value !== (params.get('q') || '')); }, () => { status.textContent = say[1]; });
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 150, true); });
  input.form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(timer); run(true); });

  function run(remember) {
    if (!index) { return; }
    const q = input.value.trim(), chinese = zhUrl !== own && /[\u4e00-\u9fff]/.test(q), ticket = ++shown;
    const narrowed = doc || (region && region.value);
    const from = chinese ? load(zhUrl).catch((e) => { delete indexes[zhUrl]; throw e; }) : Promise.resolve(index);
    from.then(async (i) => {
      const docs = q && narrowed ? await i.documents() : null;
      return q ? i.search(q, 20, docs && ((d) => within(docs.list[docs.of[d]]))) : [];
    }).then((hits) => { if (ticket === shown) { show(hits, q, chinese, remember); } }, () => { if (ticket === shown) { status.textContent = say[1]; } });
  }

  // A division keeps its own policies and the city-wide ones, which apply there too.
  const within = ([id, place]) => (!doc || id === doc) && (!region || !region.value || !place || place === region.value);
  const add = (parent, tag, cls, text) => { const e = parent.appendChild(document.createElement(tag)); if (cls) { e.className = cls; } if (text) { e.textContent = text; } return e; };

  function show(hits, q, chinese, remember) {
    list.textContent = '';
    hits.forEach((hit) => {
      const li = add(list, 'li'), a = add(li, 'a'), d = hit.doc;
      if (chinese) { li.lang = 'zh-CN'; }
      a.href = hit.url;
      a.innerHTML = hit.titleHtml;
      if (d && d.lang && !chinese) { a.lang = d.lang; }
      if (d) {
        // The document it comes from, its number and (where the policies span several) its region.
        const p = add(li, 'p', 'hit-doc'), part = (text, lang) => { if (text) { const e = add(p, 'span', '', text); if (lang && !chinese) { e.lang = lang; } } };
        if (chinese || !en) { part(`《${d.title}》${d.number}`); } else { part(d.title, d.lang); part(d.number && ', '); part(d.number, d.numberLang); }
        part(d.regionName && ' · '); part(d.regionName);
      }
      const ended = d && d.status ? d.status : hit.until && today > hit.until ? (en && !chinese ? `Ended on ${hit.untilText}` : `已于${hit.untilText}到期`) : '';
      if (ended) {
        li.setAttribute('data-status', 'ended');
        add(add(li, 'p'), 'span', 'status-badge', ended).setAttribute('data-status', 'ended');
      }
      if (hit.snippet) { add(li, 'p').innerHTML = hit.snippet; }
    });
    status.textContent = !q ? '' : hits.length ? say[3](hits.length) : say[2];
    if (remember) {
      const keep = Object.entries({ q, doc, region: region && region.value }).filter((x) => x[1]).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
      history.replaceState(null, '', keep ? `?${keep}` : location.pathname);
    }
  }
})();
