// Splits texts with templates/assets/search.js's own analysis, for the tests that compare it with the generator's C#.
// Usage: node analysis-runner.js <search.js> <input.json>; input: {"stop":[…],"texts":[…]}.
// Prints one JSON array: per text {"terms":[…],"length":n,"units":[[key,start,end],…]} of its normalized form.
'use strict';
const fs = require('fs');
const path = require('path');
const [script, inputFile] = process.argv.slice(2);
const search = require(path.resolve(script));
const input = JSON.parse(fs.readFileSync(inputFile, 'utf8'));
const stop = {};
input.stop.forEach((w) => { stop[w] = 1; });
process.stdout.write(JSON.stringify(input.texts.map((text) => {
  const normalized = search.normalize(text), t = search.terms(normalized, stop);
  return { normalized, terms: t.list, length: t.length, units: search.units(normalized, stop).map((u) => [u.k, u.s, u.e]) };
})));
