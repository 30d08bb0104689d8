// Static search latency: templates/assets/search.js (the file the page loads) over the built chunked index, every eval
// query run many times. Files are read from disk (no network): "first" is a query on a fresh index (its chunks and
// fragments read and parsed), "query" a query whose files are already held, as a page holds them after fetching.
// Usage: node scripts/bench-search.mjs [_site] [rounds]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const site = process.argv[2] || join(root, '_site');
const rounds = Number(process.argv[3] || 50);
const search = require(join(root, 'templates/assets/search.js'));

const queries = ['search-dev.jsonl', 'search-extra.jsonl']
  .flatMap((f) => readFileSync(join(root, 'tests/eval', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
queries.push({ lang: 'zh', query: '免征增值税'.repeat(2000) }, { lang: 'en', query: 'rent waiver '.repeat(900) });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length * 0.95)]; };
const assets = join(site, 'assets');
const get = (name) => Promise.resolve(JSON.parse(readFileSync(join(assets, name), 'utf8')));
const open = (lang) => search.createIndex(JSON.parse(readFileSync(join(assets, `search-${lang}.json`), 'utf8')), get);

const firsts = [];
for (const q of queries) {
  const index = open(q.lang), t = performance.now();
  await index.search(q.query, 20);
  firsts.push(performance.now() - t);
}

const indexes = { zh: open('zh'), en: open('en') };
for (const q of queries) { await indexes[q.lang].search(q.query, 20); } // warm-up: the JIT, and the files fetched once
const times = [];
for (let r = 0; r < rounds; r++) {
  for (const q of queries) {
    const t = performance.now();
    await indexes[q.lang].search(q.query, 20);
    times.push(performance.now() - t);
  }
}

const ms = (x) => `${x.toFixed(2)} ms`;
console.log(`static search (node ${process.version}): ${queries.length} queries x ${rounds} rounds`);
console.log(`  query: median ${ms(median(times))}, p95 ${ms(p95(times))}, max ${ms(Math.max(...times))}`);
console.log(`  first query on a fresh index (files read from disk and parsed): median ${ms(median(firsts))}, p95 ${ms(p95(firsts))}`);
