/* The checker: one question per screen (GOV.UK question pages), then the results. Markup comes from the
   <template>s of check.sbnhtml; rules.js decides. Answers stay in the page: nothing is sent anywhere. */
(function () {
  'use strict';
  var R = window.PolicyRules, root = document.getElementById('checker');
  if (!root || !R) { return; }
  // The rules come as a data file (cached, shared by both languages), so the page stays light at any number of policies.
  fetch(root.getAttribute('data-rules'))
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(start, function () {
      var p = document.createElement('p');
      p.className = 'notice';
      p.setAttribute('role', 'alert');
      p.textContent = root.getAttribute('data-load-error');
      root.parentNode.insertBefore(p, root);
    });

  function start(data) {
  var engine = R.create(data), facts = engine.facts;
  var lang = document.body.getAttribute('data-lang') === 'en' ? 'en' : 'zh';
  var screen = document.getElementById('checker-screen'), dateInput = document.getElementById('as-of');
  var title = document.title, params = new URLSearchParams(location.search);
  var d = new Date(), today = new Date(d - d.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
  var asOf = R.isDate(params.get('as_of')) ? params.get('as_of') : today;
  var only = data.rules.some(function (r) { return r.id === params.get('rule'); }) ? params.get('rule') : null;
  var answers = {}, unsure = {}, asked = [], reask = [], moved = false;

  // A value in the URL counts only if the schema accepts it; a bad one is asked again, never guessed at.
  Object.keys(facts).forEach(function (id) {
    if (params.has(id)) { if (engine.accepts(id, params.get(id))) { answers[id] = params.get(id); } else { reask.push(id); } }
  });
  // With facts in the URL the results show at once; only badly given facts are asked first.
  var prefill = params.toString() !== '' && (reask.length > 0 || Object.keys(answers).length > 0);

  function str(key) { return root.getAttribute('data-' + key) || ''; }
  function t(text) { return text ? text[lang] : ''; }
  function fill(template) { var a = arguments; return template.replace(/\{(\d)\}/g, function (m, i) { return a[+i + 1]; }); }
  function clone(id) { return document.getElementById(id).content.firstElementChild.cloneNode(true); }
  function $(e, s) { return e.querySelector(s); }
  function rules() { return data.rules.filter(function (r) { return !only || r.id === only; }); }
  function results() { return rules().map(function (r) { return engine.evaluate(r, answers, asOf); }); }

  // The first missing fact of the rules that still need information, skipping what the visitor is unsure of.
  function next(all) {
    var ids = [];
    results().forEach(function (r) { if (r.verdict === 'need_info') { ids = ids.concat(r.missing); } });
    return ids.filter(function (id) { return !unsure[id] && (all || !prefill || reask.indexOf(id) >= 0); })[0];
  }
  function advance() { var id = next(); if (id) { ask(id); } else { show(); } }

  function focus(heading) {
    if (!moved) { return; } // the first screen leaves the focus where a visitor arriving expects it
    document.title = heading.textContent + ' - ' + title;
    heading.focus();
  }

  function ask(id) {
    var fact = facts[id], form = clone('tpl-question'), box = $(form, '.answers'), error = $(form, '.error-message'), input;
    var heading = $(form, '.q-heading'), hint = $(form, '.hint'), back = $(form, '.back-link');
    heading.textContent = t(fact.question);
    hint.textContent = t(fact.help);
    hint.id = 'hint-' + id;
    error.id = 'error-' + id;
    $(form, '.step').textContent = fill(str('step'), asked.length + 1);
    back.hidden = !asked.length;
    if (fact.type === 'number') {
      var number = clone('tpl-number'), label = $(number, 'label');
      input = $(number, 'input');
      input.id = label.htmlFor = 'answer-' + id;
      input.value = answers[id] || '';
      input.setAttribute('aria-describedby', hint.id);
      label.textContent = t(fact.label) + ' (' + t(fact.unit) + ')';
      $(number, '.suffix').textContent = t(fact.unit);
      input.addEventListener('input', function () { var r = $(form, ':checked'); if (r) { r.checked = false; } });
      box.append(number, clone('tpl-or'));
    } else {
      var options = fact.type === 'bool' ? [['true', str('yes')], ['false', str('no')]]
        : fact.options.map(function (o) { return [o.value, t(o.label)]; });
      options.forEach(function (o) { box.append(radio(id, o[0], o[1], answers[id] === o[0])); });
      box.append(clone('tpl-or'));
    }
    box.append(radio(id, 'unsure', str('not-sure'), !!unsure[id]));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var picked = $(form, ':checked');
      var value = picked ? picked.value : input ? input.value.replace(/[\s,，元]|yuan/g, '') : '';
      if (value === 'unsure') {
        unsure[id] = true;
        delete answers[id];
      } else if (engine.accepts(id, value)) {
        answers[id] = value;
        delete unsure[id];
      } else {
        error.textContent = str('error-prefix') + ' ' + (input ? fill(str('number-error'), fact.min, fact.max) : str('choose'));
        error.hidden = false;
        $(form, 'fieldset').setAttribute('aria-describedby', error.id);
        if (input) { input.setAttribute('aria-invalid', 'true'); input.setAttribute('aria-describedby', error.id + ' ' + hint.id); }
        document.title = str('error-prefix') + ' ' + heading.textContent + ' - ' + title;
        (input || $(form, 'input')).focus();
        return;
      }
      reask = reask.filter(function (r) { return r !== id; });
      asked.push(id);
      advance();
    });
    back.addEventListener('click', function () { ask(asked.pop()); });
    screen.replaceChildren(form);
    focus(heading);
  }

  function radio(id, value, label, checked) {
    var box = clone('tpl-radio'), input = $(box, 'input');
    input.id = $(box, 'label').htmlFor = 'answer-' + id + '-' + value;
    input.value = value;
    input.checked = checked;
    $(box, 'label').textContent = label;
    return box;
  }

  var ORDER = ['eligible', 'need_info', 'not_eligible', 'expired'];
  var MONTHS = 'January February March April May June July August September October November December'.split(' ');
  function dateText(iso) {
    var p = iso.split('-');
    return lang === 'en' ? +p[2] + ' ' + MONTHS[p[1] - 1] + ' ' + p[0] : p[0] + '年' + +p[1] + '月' + +p[2] + '日';
  }

  function show() {
    var view = clone('tpl-results'), list = $(view, '.rule-results'), dl = $(view, '.answers-list'), query = new URLSearchParams();
    var all = results(), shownRules = rules(), counts = {}, ended = $(view, '.ended-results');
    ORDER.forEach(function (v) { counts[v] = 0; });
    all.forEach(function (r) { counts[r.verdict]++; });
    // What can be claimed first, what needs an answer next; what has ended last, folded away.
    ORDER.forEach(function (v) {
      all.forEach(function (r, i) { if (r.verdict === v) { (v === 'expired' ? $(ended, 'ul') : list).append(result(shownRules[i], r)); } });
    });
    ended.hidden = !counts.expired;
    $(ended, 'summary').textContent = fill(str('ended-folded'), counts.expired);
    summary($(view, '#check-summary'), all, shownRules, counts);
    Object.keys(facts).forEach(function (id) {
      if (!(id in answers) && !unsure[id]) { return; }
      var row = clone('tpl-answer');
      $(row, 'dt').textContent = t(facts[id].label);
      $(row, '.value').textContent = unsure[id] ? str('not-sure') : shown(facts[id], answers[id]);
      $(row, 'button').setAttribute('data-fact', id);
      dl.append(row);
      if (answers[id]) { query.set(id, answers[id]); }
    });
    dl.previousElementSibling.hidden = !dl.children.length;
    if (asOf !== today) { query.set('as_of', asOf); }
    if (only) { query.set('rule', only); }
    // A link to keep or share these results; making it sends nothing.
    $(view, '.share-link').href = location.pathname + (query.toString() ? '?' + query : '');
    $(view, '[data-action=more]').hidden = !next(true);
    $(view, '[data-action=all]').hidden = !only;
    view.addEventListener('click', function (e) {
      var action = e.target.getAttribute('data-action');
      if (action === 'change') { ask(e.target.getAttribute('data-fact')); return; }
      if (action === 'restart') { answers = {}; unsure = {}; asked = []; reask = []; }
      if (action === 'all') { only = null; }
      if (action) { prefill = false; advance(); }
    });
    screen.replaceChildren(view);
    focus($(view, '.q-heading'));
  }

  // The summary: as of when, how many can be claimed, need an answer or have ended, and whom to contact next.
  function summary(box, all, shownRules, counts) {
    $(box, '.as-of-line').textContent = fill(str('as-of-text'), dateText(asOf));
    $(box, '.headline').textContent = counts.eligible ? fill(str('some-now'), counts.eligible) : str('none-now');
    ORDER.forEach(function (v) {
      if (!counts[v] && v !== 'eligible') { return; }
      var li = document.createElement('li');
      li.setAttribute('data-count', v);
      li.textContent = fill(str('count-' + v), counts[v]);
      $(box, '.counts').append(li);
    });
    function pick(test) { return shownRules.filter(function (rule, i) { return rule.unit && test(all[i], rule); }); }
    // Whom to ask: the units of what can be claimed; else of the provisions the answers were about; else of those still open.
    var claim = pick(function (r) { return r.verdict === 'eligible'; });
    var about = claim.length ? claim : pick(function (r, rule) { return rule.conditions.some(function (c) { return c.fact in answers; }); });
    if (!about.length) { about = pick(function (r) { return r.verdict === 'need_info'; }); }
    var units = [];
    about.forEach(function (rule) { if (units.length < 3 && !units.some(function (u) { return u.id === rule.unit.id; })) { units.push(rule.unit); } });
    var p = $(box, '.next-step'), parts = str(claim.length ? 'next-claim' : counts.need_info ? 'next-answer' : 'next-ask').split('{0}');
    p.append(parts[0]);
    units.forEach(function (u, i) {
      if (i) { p.append(str('joiner')); }
      var a = document.createElement('a');
      a.href = t(u.url);
      a.textContent = t(u.name);
      p.append(a);
      if (u.phone) {
        var tel = document.createElement('a');
        tel.href = 'tel:' + u.phone.replace(/[^0-9+]/g, '');
        tel.textContent = u.phone;
        p.append(lang === 'en' ? ' (' + str('phone') + ' ' : '（' + str('phone') + ' ', tel, lang === 'en' ? ')' : '）');
      }
    });
    p.append(parts[1] || '');
  }

  function shown(fact, value) {
    return fact.type === 'number' ? value + ' ' + t(fact.unit)
      : fact.type === 'bool' ? str(value === 'true' ? 'yes' : 'no')
      : t(fact.options.filter(function (o) { return o.value === value; })[0].label);
  }

  function result(rule, r) {
    var li = clone('tpl-result'), amount = r.amount || (r.verdict !== 'not_eligible' && rule.amount);
    li.setAttribute('data-rule', r.rule);
    li.setAttribute('data-clause', r.clause);
    li.setAttribute('data-verdict', r.verdict);
    li.classList.add('verdict-' + r.verdict);
    $(li, 'h3').textContent = t(rule.benefit);
    $(li, '.verdict').textContent = str('verdict-' + r.verdict);
    items($(li, '.reasons'), r.reasons);
    field(li, 'amount', amount && t(amount));
    field(li, 'validity', rule.valid_until ? fill(str('valid-range'), t(rule.valid_from_text), t(rule.valid_until_text))
      : fill(str('valid-open'), t(rule.valid_from_text)));
    items($(li, '[data-field=not_checked] ul'), rule.not_checked);
    $(li, '[data-field=not_checked]').hidden = !rule.not_checked.length;
    link(li, 'unit', rule.unit && t(rule.unit.url), rule.unit && t(rule.unit.name));
    link(li, 'clause', t(rule.clause_url), t(rule.clause_title));
    return li;
  }

  function items(ul, texts) {
    texts.forEach(function (text) { var li = document.createElement('li'); li.textContent = t(text); ul.append(li); });
  }
  function field(li, name, value) {
    var box = $(li, '[data-field=' + name + ']');
    $(box, 'dd').textContent = value || '';
    box.hidden = !value;
  }
  function link(li, name, href, label) {
    var box = $(li, '[data-field=' + name + ']'), a = $(box, 'a');
    if (href) { a.href = href; a.textContent = label; } else { box.hidden = true; }
  }

  dateInput.value = asOf;
  dateInput.addEventListener('change', function () {
    if (!R.isDate(dateInput.value)) { return; }
    asOf = dateInput.value;
    if ($(screen, '.results-screen')) { show(); }
  });
  root.hidden = false;
  document.getElementById('check-static').hidden = true;
  advance();
  moved = true;
  }
}());
