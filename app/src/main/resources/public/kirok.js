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
