// Kirok's only script (strict CSP: no inline script anywhere). Small, dependency-free, progressive:
// every form works without it; it adds the CSRF header to htmx requests, type-ahead pickers and confirmations.
(function () {
  'use strict';
  var csrf = document.body.dataset.csrf || '';

  document.body.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers['X-CSRF-Token'] = csrf;
  });

  // <form data-confirm="Really delete?"> asks before submitting.
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) { event.preventDefault(); }
  }, true);

  // Type-ahead picker:
  // <div class="lookup" data-lookup="/lookup/places"><input type="search" ...><input type="hidden" name="place_id"></div>
  // The endpoint answers [{"id":..., "label":...}]; choosing fills the hidden input.
  function setupLookup(box) {
    var text = box.querySelector('input[type=search]');
    var hidden = box.querySelector('input[type=hidden]');
    if (!text || !hidden) { return; }
    var list = document.createElement('ul');
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    box.appendChild(list);
    text.setAttribute('role', 'combobox');
    text.setAttribute('aria-autocomplete', 'list');
    text.setAttribute('autocomplete', 'off');
    var timer = null, active = -1, items = [];

    function choose(index) {
      var item = items[index];
      if (!item) { return; }
      hidden.value = item.id;
      text.value = item.label;
      list.hidden = true;
      text.setAttribute('aria-expanded', 'false');
      hidden.dispatchEvent(new Event('change', { bubbles: true }));
    }
    function render() {
      list.innerHTML = '';
      items.forEach(function (item, index) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = item.label;
        li.setAttribute('aria-selected', index === active ? 'true' : 'false');
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(index); });
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      text.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    }
    function search() {
      var q = text.value.trim();
      if (!q) { items = []; render(); return; }
      var url = box.getAttribute('data-lookup') + (box.getAttribute('data-lookup').indexOf('?') < 0 ? '?' : '&') +
        'q=' + encodeURIComponent(q);
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) { items = found; active = found.length ? 0 : -1; render(); })
        .catch(function () { items = []; render(); });
    }
    text.addEventListener('input', function () {
      hidden.value = '';
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    text.addEventListener('keydown', function (e) {
      if (list.hidden) { return; }
      if (e.key === 'ArrowDown') { active = Math.min(items.length - 1, active + 1); render(); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { active = Math.max(0, active - 1); render(); e.preventDefault(); }
      else if (e.key === 'Enter') { choose(active); e.preventDefault(); }
      else if (e.key === 'Escape') { list.hidden = true; }
    });
    text.addEventListener('blur', function () { setTimeout(function () { list.hidden = true; }, 150); });
  }

  function setupAll(root) {
    Array.prototype.forEach.call(root.querySelectorAll('.lookup'), function (box) {
      if (!box.dataset.ready) { box.dataset.ready = '1'; setupLookup(box); }
    });
  }
  setupAll(document);
  document.body.addEventListener('htmx:afterSwap', function (event) { setupAll(event.target); });
})();

// ---- UPR and Human Rights Council (issue 8) ----
// <time datetime="…" data-local-time> gains the same moment in the reader's own time zone (deadlines are noon Geneva).
// [data-figure-into] and .cite[data-cite-into] insert live-figure and citation tokens at the cursor of a textarea.
(function () {
  'use strict';
  function localTimes(root) {
    Array.prototype.forEach.call(root.querySelectorAll('time[data-local-time]'), function (el) {
      if (el.dataset.localDone) { return; }
      var when = new Date(el.getAttribute('datetime'));
      if (isNaN(when.getTime())) { return; }
      el.dataset.localDone = '1';
      var local = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
        { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })
        .format(when);
      el.textContent = local;
      el.title = el.getAttribute('datetime');
    });
  }
  function insert(textarea, text) {
    var start = textarea.selectionStart || textarea.value.length;
    var end = textarea.selectionEnd || start;
    textarea.value = textarea.value.slice(0, start) + text + textarea.value.slice(end);
    textarea.selectionStart = textarea.selectionEnd = start + text.length;
    textarea.focus();
    textarea.dispatchEvent(new Event('kirok-inserted', { bubbles: true }));
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-figure-into]');
    if (!button) { return; }
    var textarea = document.getElementById(button.getAttribute('data-figure-into'));
    var type = document.getElementById('figure-type');
    var since = document.getElementById('figure-since');
    if (textarea && type && since) {
      insert(textarea, '{{cases:' + type.value + ' since ' + (since.value.trim() || 'review') + '}}');
    }
  });
  document.addEventListener('change', function (event) {
    var box = event.target.closest && event.target.closest('[data-cite-into]');
    if (!box || event.target.type !== 'hidden' || !event.target.value) { return; }
    var textarea = document.getElementById(box.getAttribute('data-cite-into'));
    if (textarea) { insert(textarea, '{{rec:' + event.target.value + '}}'); }
    var text = box.querySelector('input[type=search]');
    if (text) { text.value = ''; }
    event.target.value = '';
  });
  localTimes(document);
  document.body.addEventListener('htmx:afterSwap', function (event) { localTimes(event.target); });
})();

// ---- Analysis: review queue keyboard shortcuts ----
// In the linkage review queue (data-review-queue), S / D / U decide the focused pair (or the first one) as same,
// different or unsure by clicking its button (data-key); J / K move the focus to the next or previous pair.
// Keys typed into a field (the reason) are left alone.
(function () {
  'use strict';
  function pairs(queue) { return Array.prototype.slice.call(queue.querySelectorAll('article[data-pair]')); }
  document.addEventListener('keydown', function (event) {
    var queue = document.querySelector('[data-review-queue]');
    if (!queue || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) { return; }
    var all = pairs(queue);
    if (!all.length) { return; }
    var current = (target && target.closest) ? target.closest('article[data-pair]') : null;
    var index = current ? all.indexOf(current) : -1;
    var key = (event.key || '').toLowerCase();
    if (key === 'j' || key === 'k') {
      var next = all[Math.max(0, Math.min(all.length - 1, index + (key === 'j' ? 1 : -1)))];
      next.focus();
      event.preventDefault();
      return;
    }
    var button = (current || all[0]).querySelector('button[data-key="' + key + '"]');
    if (button) {
      event.preventDefault();
      button.click();
    }
  });
  // after a decision replaces a pair, keep the keyboard on the next undecided one
  document.body.addEventListener('htmx:afterSettle', function () {
    var queue = document.querySelector('[data-review-queue]');
    if (!queue) { return; }
    var first = queue.querySelector('article[data-pair]');
    if (first && (!document.activeElement || document.activeElement === document.body)) { first.focus(); }
  });
})();

// ---- search: the search box on every page, with type-ahead ----
// <form class="search-box"><input type="search" name="q" data-suggest="/search/suggest"></form>
// Suggestions are links to the records; Enter without a chosen suggestion searches, as the form does anyway.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('form.search-box input[data-suggest]'), function (input) {
    var form = input.form;
    var list = document.createElement('ul');
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.id = 'search-suggestions';
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    var timer = null, active = -1, items = [], asked = 0;

    function render() {
      list.innerHTML = '';
      items.forEach(function (item, index) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', index === active ? 'true' : 'false');
        var link = document.createElement('a');
        link.href = item.url;
        var title = document.createElement('span');
        title.className = 'suggestion-title';
        title.textContent = item.label;
        var detail = document.createElement('span');
        detail.className = 'suggestion-detail';
        detail.textContent = item.detail;
        link.appendChild(title);
        link.appendChild(detail);
        li.appendChild(link);
        li.addEventListener('mousedown', function (e) { e.preventDefault(); window.location.href = item.url; });
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    }
    function suggest() {
      var q = input.value.trim();
      var ticket = ++asked;
      if (q.length < 2) { items = []; active = -1; render(); return; }
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q),
            { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) { if (ticket === asked) { items = found; active = -1; render(); } })
        .catch(function () { items = []; render(); });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(suggest, 150); });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) { return; }
      if (e.key === 'ArrowDown') { active = Math.min(items.length - 1, active + 1); render(); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { active = Math.max(-1, active - 1); render(); e.preventDefault(); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); window.location.href = items[active].url; }
      else if (e.key === 'Escape') { list.hidden = true; active = -1; }
    });
    input.addEventListener('blur', function () { setTimeout(function () { list.hidden = true; }, 150); });
  });
})();
