/* The rules engine of the page, twin of Policy.Knowledge.Rules.RuleEvaluator (C#): same verdicts and reasons for the
   same facts and date, checked side by side by a conformance test. Runs in the browser and under node. */
(function (root) {
  'use strict';
  var NUMBER = /^[0-9]+(\.[0-9]{1,2})?$/, DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

  // A real date written YYYY-MM-DD; such strings compare as dates when compared as text.
  function isDate(s) {
    var m = typeof s === 'string' && DATE.exec(s), d = m && new Date(Date.UTC(+m[1], m[2] - 1, +m[3]));
    return !!m && d.getUTCFullYear() === +m[1] && d.getUTCMonth() === m[2] - 1 && d.getUTCDate() === +m[3];
  }

  function create(data) {
    var facts = {}, texts = data.reasons;
    data.facts.forEach(function (f) { facts[f.id] = f; });

    function fill(template, parts, joiner) {
      var out = {};
      ['zh', 'en'].forEach(function (l) {
        out[l] = template[l].replace('{0}', parts.map(function (p) { return p[l]; }).join((joiner || texts.joiner)[l]));
      });
      return out;
    }

    // Only the forms the schema allows count; anything else is unknown, never guessed.
    function accepts(id, raw) {
      var f = facts[id];
      if (!f || typeof raw !== 'string') { return false; }
      if (f.type === 'number') { return NUMBER.test(raw) && +raw >= f.min && +raw <= f.max; }
      if (f.type === 'bool') { return raw === 'true' || raw === 'false'; }
      return f.options.some(function (o) { return o.value === raw; });
    }

    function test(c, raw) {
      if (!accepts(c.fact, raw)) { return null; }
      if (facts[c.fact].type !== 'number') { return (raw === c.value) === (c.op === '=='); }
      var a = +raw, b = +c.value, o = c.op;
      return o === '==' ? a === b : o === '!=' ? a !== b : o === '<=' ? a <= b : o === '<' ? a < b : o === '>=' ? a >= b : a > b;
    }

    // The order of decisions is the C# engine's: a known failed condition decides over unknown ones; the date over both.
    function evaluate(rule, given, asOf) {
      var failed = null, unknown = [], missing = [], reasons = [], verdict;
      rule.conditions.forEach(function (c) {
        // As in C#: a fact whose "of" is no, or "ended_by" yes, is no (accepts() refuses inherited keys).
        var f = facts[c.fact], ok = test(c, given[f.of] === 'false' || given[f.ended_by] === 'true' ? 'false' : given[c.fact]);
        if (ok === null) {
          unknown.push(c);
          if (missing.indexOf(c.fact) < 0) { missing.push(c.fact); }
        } else if (!ok && !failed) { failed = c; }
      });
      var met = failed ? false : unknown.length ? null : true;
      if (rule.valid_until && asOf > rule.valid_until) {
        verdict = 'expired';
        reasons.push(fill(texts.ended, [rule.valid_until_text]));
      } else if (asOf < rule.valid_from) {
        verdict = 'not_eligible';
        reasons.push(fill(texts.not_yet, [rule.valid_from_text]));
      } else {
        verdict = met ? 'eligible' : met === false ? 'not_eligible' : 'need_info';
      }
      if (!reasons.length || met !== null) {
        reasons.push(met ? fill(texts.met, rule.conditions.map(text)) : met === false ? fill(texts.failed, [failed.unmet]) : fill(texts.unknown, unknown.map(open), texts.open_joiner));
      }
      var yes = verdict === 'eligible';
      return {
        rule: rule.id, clause: rule.clause, verdict: verdict, conditions_met: met, missing: met === null ? missing : [], reasons: reasons,
        amount: yes && rule.amount || null, amount_yuan: yes && rule.amount_yuan != null ? rule.amount_yuan : null
      };
    }
    function text(c) { return c.text; }
    function open(c) { return c.open; }

    return { facts: facts, accepts: accepts, evaluate: evaluate };
  }

  var api = { create: create, isDate: isDate };
  if (typeof module === 'object' && module.exports) { module.exports = api; } else { root.PolicyRules = api; }
}(this));
