// Static search latency: templates/assets/search.js (the file the page loads) over the built client indexes,
// every eval query run many times. Usage: node scripts/bench-search.mjs [_site] [rounds]
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

const loads = { zh: [], en: [] };
const indexes = {};
for (const lang of ['zh', 'en']) {
  const json = JSON.parse(readFileSync(join(site, 'assets', `search-${lang}.json`), 'utf8'));
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    indexes[lang] = search.createIndex(json);
    loads[lang].push(performance.now() - t);
  }
}

for (const q of queries) { indexes[q.lang].search(q.query, 20); } // warm-up: the JIT, not the cache (there is none)
const times = [];
for (let r = 0; r < rounds; r++) {
  for (const q of queries) {
    const t = performance.now();
    indexes[q.lang].search(q.query, 20);
    times.push(performance.now() - t);
  }
}

const ms = (x) => `${x.toFixed(2)} ms`;
console.log(`static search (node ${process.version}): ${queries.length} queries x ${rounds} rounds`);
console.log(`  query: median ${ms(median(times))}, p95 ${ms(p95(times))}, max ${ms(Math.max(...times))}`);
console.log(`  index load (once per page): zh median ${ms(median(loads.zh))}, en median ${ms(median(loads.en))}`);
