// Runs templates/assets/rules.js under node for the conformance test: reads {data, evaluations, accepts, dates}
// as JSON on stdin and writes the engine's answers, in the same order, as JSON on stdout.
'use strict';
const engine = require(process.argv[2]);
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const rules = engine.create(request.data);
  const byId = {};
  request.data.rules.forEach((r) => { byId[r.id] = r; });
  process.stdout.write(JSON.stringify({
    evaluations: request.evaluations.map((e) => rules.evaluate(byId[e.rule], e.facts, e.as_of)),
    accepts: request.accepts.map((a) => rules.accepts(a.fact, a.raw)),
    dates: request.dates.map((d) => engine.isDate(d)),
  }));
});
