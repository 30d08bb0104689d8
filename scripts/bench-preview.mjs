// Measures save → "built" event latency of `generator serve` (the moment the open page is told to reload).
// Usage: node scripts/bench-preview.mjs [port] [runs] [pid]   (with `generator serve --port PORT` running in the folder
// that holds content/; with the server's pid, also its resident memory after each save). GAP_MS=n waits n ms between
// saves (200 by default): the preview brings the search index up to date after announcing a save, so a gap longer than
// that second build measures a save made once the preview is idle, and a short one measures saves in quick succession)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const port = Number(process.argv[2] || 5080);
const runs = Number(process.argv[3] || 20);
const pid = process.argv[4];
const rss = () => pid ? Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024 : 0;
const memory = [];
const file = path.resolve('content/policies/jincheng-2022-67/zh.md');
const original = fs.readFileSync(file, 'utf8');
const waiting = [];

http.get({ host: 'localhost', port, path: '/__preview/events' }, res => {
  let buffer = '';
  res.on('data', chunk => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (message.startsWith('event: built') && waiting.length) { waiting.shift()(); }
    }
  });
});

const sleep = ms => new Promise(r => setTimeout(r, ms));
const times = [];
try {
  await sleep(500);
  for (let i = 0; i < runs; i++) {
    const edited = original.replace('积极打造特色鲜明', i % 2 ? '积极打造特色鲜明' : '积极打造特色鲜明。');
    const done = new Promise(r => waiting.push(r));
    const start = performance.now();
    fs.writeFileSync(file, i % 2 ? original : edited);
    await done;
    times.push(performance.now() - start);
    memory.push(rss());
    await sleep(Number(process.env.GAP_MS || 200));
  }
} finally {
  fs.writeFileSync(file, original);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`save → reload event: median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms over ${runs} saves`);
if (pid) {
  const mb = memory.map(m => m.toFixed(0));
  console.log(`server memory (RSS) after each save: first ${mb[0]} MB, last ${mb[mb.length - 1]} MB, max ${Math.max(...memory).toFixed(0)} MB (${mb.join(' ')})`);
}
process.exit(0);
