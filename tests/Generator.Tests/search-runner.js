// Runs the site's own templates/assets/search.js under node for the tests, against the built client indexes.
// Usage: node search-runner.js <search.js> <folder with search-zh.json and search-en.json> <requests.json>
// requests.json: [{"lang":"zh","query":"…","top":10}, …] (query may be any JSON value, to test bad input).
// Prints one JSON array: per request {"ok":true,"results":[…],"ms":…} or {"ok":false,"error":"…"}.
'use strict';
const fs = require('fs');
const path = require('path');
const [script, folder, requestsFile] = process.argv.slice(2);
const search = require(path.resolve(script));
const indexes = {};
for (const lang of ['zh', 'en']) {
  indexes[lang] = search.createIndex(JSON.parse(fs.readFileSync(path.join(folder, `search-${lang}.json`), 'utf8')));
}

const answers = JSON.parse(fs.readFileSync(requestsFile, 'utf8')).map((request) => {
  try {
    const started = process.hrtime.bigint();
    const results = indexes[request.lang].search(request.query, request.top);
    return { ok: true, results, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  } catch (e) {
    return { ok: false, error: String(e && e.stack || e) };
  }
});
process.stdout.write(JSON.stringify(answers));
