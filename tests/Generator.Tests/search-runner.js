// Runs the site's own templates/assets/search.js under node for the tests, against the built client indexes.
// Usage: node search-runner.js <search.js> <folder holding the site's assets/> <requests.json>
// requests.json: [{"lang":"zh","query":"…","top":10}, …] (query may be any JSON value, to test bad input).
// Prints one JSON array: per request {"ok":true,"results":[…],"files":[…],"ms":…} or {"ok":false,"error":"…"};
// files are the index files the request fetched (none twice in a run, as a browser's cache keeps them).
'use strict';
const fs = require('fs');
const path = require('path');
const [script, folder, requestsFile] = process.argv.slice(2);
const search = require(path.resolve(script));
let fetched = [];
const get = (name) => new Promise((ok) => { fetched.push(name); ok(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'))); });
const indexes = {};
for (const lang of ['zh', 'en']) {
  indexes[lang] = search.createIndex(JSON.parse(fs.readFileSync(path.join(folder, `search-${lang}.json`), 'utf8')), get);
}

(async () => {
  const answers = [];
  for (const request of JSON.parse(fs.readFileSync(requestsFile, 'utf8'))) {
    try {
      fetched = [];
      const started = process.hrtime.bigint();
      const results = await indexes[request.lang].search(request.query, request.top);
      answers.push({ ok: true, results, files: fetched, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    } catch (e) {
      answers.push({ ok: false, error: String((e && e.stack) || e) });
    }
  }
  process.stdout.write(JSON.stringify(answers));
})();
