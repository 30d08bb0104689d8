// Bytes a first search query downloads, as a browser sends them: a static server that gzips text as web servers do
// (Pagefind's own .pf_* files are gzip already and are counted as stored), and headless Chromium loading the page.
// Usage: node scripts/bench-first-query.mjs SITE PAGE
//   PAGE: a path under SITE, e.g. "/zh/search/?q=刻章", or "pagefind:zh:刻章" for Pagefind over the same site
//         (a page that imports /pagefind/pagefind.js, searches, and loads the first 5 results, as Pagefind UI does).
// Prints: total gzip bytes of every request after the page's own HTML, CSS and site.js (search assets only), and the list.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';

const [site, page] = process.argv.slice(2);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
const requests = [];
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/__pagefind') {
    const lang = url.searchParams.get('lang'), q = url.searchParams.get('q');
    const html = `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><body><script type="module">
const pf = await import('/pagefind/pagefind.js'); await pf.options({});
const r = await pf.search(${JSON.stringify(q)}); const d = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
document.body.setAttribute('data-done', d.map((x) => x.url).join(' '));</script></body></html>`;
    res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    return;
  }
  let path = join(site, decodeURIComponent(url.pathname));
  if (existsSync(path) && statSync(path).isDirectory()) { path = join(path, 'index.html'); }
  if (!existsSync(path)) { res.writeHead(404).end(); return; }
  let body = readFileSync(path);
  const type = types[extname(path)];
  const precompressed = /\.pf_/.test(path) || extname(path) === '.pagefind';
  if (type && type !== 'application/wasm' && !precompressed) { body = gzipSync(body); res.setHeader('content-encoding', 'gzip'); }
  requests.push({ path: url.pathname, bytes: body.length });
  res.writeHead(200, { 'content-type': type || 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
const target = page.startsWith('pagefind:')
  ? `${base}/__pagefind?lang=${page.split(':')[1]}&q=${encodeURIComponent(page.split(':').slice(2).join(':'))}`
  : base + encodeURI(page);
// Chromium runs beside the server (a blocking spawn would stop the server answering it).
const run = await new Promise((ok) => {
  const child = spawn('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--virtual-time-budget=20000', '--dump-dom', target]);
  let stdout = '', stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const timer = setTimeout(() => child.kill(), 180000);
  child.on('close', (status) => { clearTimeout(timer); ok({ stdout, stderr, status }); });
});
server.close();
// Each file once, as a browser's cache would keep it (Pagefind's worker asks again for files the page already has).
const seen = new Set();
const search = requests.filter((r) => !/\/(index\.html)?$/.test(r.path) && !/site\.(css|js)$|favicon|chat\.js/.test(r.path))
  .filter((r) => !seen.has(r.path) && seen.add(r.path));
const total = search.reduce((s, r) => s + r.bytes, 0);
if (!requests.length) { console.error(run.error || "", run.status, (run.stderr || "").split("\n").filter((l) => !/dbus|unexpected operator/.test(l)).slice(-5).join("\n")); }
console.log(JSON.stringify({ page, searchBytes: total, requests: search, results: /data-done="[^"]+"|id="search-results"[^>]*><li/.test(run.stdout || '') }));
