// Measures save → "built" event latency of `generator serve` (the moment the open page is told to reload).
// Usage: node scripts/bench-preview.mjs [port] [runs]   (with `dotnet run --project generator -- serve --port PORT` running)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const port = Number(process.argv[2] || 5080);
const runs = Number(process.argv[3] || 20);
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
    await sleep(200);
  }
} finally {
  fs.writeFileSync(file, original);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`save → reload event: median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms over ${runs} saves`);
process.exit(0);
