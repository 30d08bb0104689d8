// The chat widget: a small, framework-free panel that asks the bot server (/api/chat). It stays hidden
// unless the bot answers its health check, so the site remains fully static-hostable.
(function () {
  'use strict';
  var root = document.getElementById('chat');
  if (!root || !window.fetch) { return; }
  var endpoint = root.getAttribute('data-endpoint').replace(/\/?$/, '/');
  var openButton = document.getElementById('chat-open');
  var panel = document.getElementById('chat-panel');
  var log = document.getElementById('chat-log');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-q');
  var en = document.documentElement.lang === 'en';
  var session = sessionId();

  // Shown only when the bot answers; the page then keeps room at its foot so the launcher never covers its text.
  fetch(endpoint + 'healthz', { mode: 'cors' }).then(function (r) { if (r.ok) { root.hidden = false; document.body.classList.add('has-chat'); } }, function () {});
  // An example question is asked as if typed.
  document.getElementById('chat-examples').addEventListener('click', function (e) {
    if (e.target.tagName === 'BUTTON') { input.value = e.target.textContent; form.requestSubmit(); }
  });

  openButton.addEventListener('click', function () { toggle(panel.hidden); });
  document.getElementById('chat-close').addEventListener('click', function () { toggle(false); });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { toggle(false); } });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var question = input.value.trim();
    if (!question) { return; }
    input.value = '';
    add('me', question);
    var waiting = add('bot', '…');
    fetch(endpoint + 'api/chat', {
      method: 'POST', mode: 'cors', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: question, session: session })
    }).then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (result) { waiting.remove(); answer(result); })
      .catch(function () { waiting.remove(); add('bot', root.getAttribute('data-error')); });
  });

  function toggle(open) {
    panel.hidden = !open;
    root.classList.toggle('open', open);
    openButton.setAttribute('aria-expanded', String(open));
    (open ? input : openButton).focus();
  }

  function answer(result) {
    var item = add('bot', '');
    item.setAttribute('lang', result.language === 'en' ? 'en' : 'zh-CN');
    linkify(item, result.answer || '');
    if (result.citations && result.citations.length) {
      var list = document.createElement('ol');
      list.className = 'chat-sources';
      result.citations.forEach(function (c) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = onThisSite(c.url);
        a.textContent = (c.document ? c.document + ' ' : '') + c.title;
        li.appendChild(a);
        list.appendChild(li);
      });
      item.appendChild(list);
    }
  }

  // Text first, then only http(s) links made clickable: the bot's answer is never inserted as HTML.
  function linkify(target, text) {
    var parts = text.split(/(https?:\/\/[^\s<>"'）)]+)/);
    parts.forEach(function (part, i) {
      if (i % 2) {
        var a = document.createElement('a');
        a.href = onThisSite(part);
        a.textContent = /\/check\//.test(part) ? (en ? 'Open the checker with your answers' : '打开政策计算器（已填好）') : part;
        target.appendChild(a);
      } else {
        target.appendChild(document.createTextNode(part));
      }
    });
  }

  // The widget lives on the site: a link to a clause or the checker opens here, whatever address the bot was told.
  function onThisSite(url) {
    try {
      var u = new URL(url);
      return /\/(policies|check)\//.test(u.pathname) ? u.pathname + u.search + u.hash : url;
    } catch (e) { return url; }
  }

  function add(who, text) {
    var p = document.createElement('div');
    p.className = 'chat-msg chat-' + who;
    p.textContent = text;
    log.appendChild(p);
    log.scrollTop = log.scrollHeight;
    return p;
  }

  function sessionId() {
    try {
      var id = localStorage.getItem('policy-chat-session');
      if (!id) { id = 'web-' + Math.random().toString(36).slice(2) + Date.now().toString(36); localStorage.setItem('policy-chat-session', id); }
      return id;
    } catch (e) { return 'web-' + Math.random().toString(36).slice(2); }
  }
})();
