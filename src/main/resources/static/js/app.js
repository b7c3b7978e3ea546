// Summit Tracker: small progressive enhancements. Pages work without this script.
(function () {
  'use strict';

  // Pickers: a text input with data-lookup="/admin/lookup/people" and data-target="<id of the hidden id input>".
  // Typing fills its <datalist> with matches from the server; choosing one stores the record's id. Without
  // JavaScript the server resolves the typed name itself.
  var timers = new WeakMap();

  function fill(input, options) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) { return; }
    list.replaceChildren();
    options.forEach(function (option) {
      var element = document.createElement('option');
      element.value = option.label;
      element.dataset.id = option.id;
      list.appendChild(element);
    });
    sync(input);
  }

  function sync(input) {
    var hidden = document.getElementById(input.dataset.target);
    var list = document.getElementById(input.getAttribute('list'));
    if (!hidden || !list) { return; }
    var match = Array.prototype.find.call(list.options, function (o) { return o.value === input.value; });
    if (match) {
      hidden.value = match.dataset.id;
    } else if (input.value.trim() === '' || hidden.dataset.label !== input.value) {
      hidden.value = '';
    }
  }

  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.lookup) { return; }
    sync(input);
    clearTimeout(timers.get(input));
    var query = input.value.trim();
    if (query.length < 2) { return; }
    timers.set(input, setTimeout(function () {
      fetch(input.dataset.lookup + '?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (options) { fill(input, options); })
        .catch(function () { /* the server resolves typed names on submit */ });
    }, 150));
  });

  // Long selects get a filter box: typing narrows the options (ignoring case and accents). Without JavaScript the
  // box stays hidden and the select works as usual.
  function plain(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function showFilters(root) {
    root.querySelectorAll('input[data-filter-select][hidden]').forEach(function (input) { input.hidden = false; });
  }

  document.addEventListener('DOMContentLoaded', function () { showFilters(document); });
  document.addEventListener('htmx:afterSwap', function (event) { showFilters(event.target); });
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.filterSelect) { return; }
    var select = document.getElementById(input.dataset.filterSelect);
    if (!select) { return; }
    var query = plain(input.value.trim());
    var firstMatch = null;
    Array.prototype.forEach.call(select.options, function (option) {
      var match = option.value === '' || query === '' || plain(option.text).indexOf(query) >= 0;
      option.hidden = !match;
      if (match && option.value !== '' && firstMatch === null) { firstMatch = option; }
    });
    if (select.selectedOptions.length && select.selectedOptions[0].hidden && firstMatch) {
      firstMatch.selected = true;
    }
  });

  // htmx requests carry the CSRF token as a header; forms carry it as a hidden field anyway.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    if (token) { event.detail.headers['X-CSRF-TOKEN'] = token.content; }
  });

  // The header menu is a <details> rendered open (so it works without script); on a phone it folds away until
  // the reader opens it, and it opens again when the window grows past the phone layout.
  var phone = window.matchMedia('(max-width: 767.98px)');
  function fitMenu() {
    document.querySelectorAll('details.site-menu').forEach(function (menu) { menu.open = !phone.matches; });
  }
  document.addEventListener('DOMContentLoaded', fitMenu);
  phone.addEventListener('change', fitMenu);
})();
