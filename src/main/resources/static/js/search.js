// Summit Tracker: the header search box's suggestions (filled by htmx from /search/suggest) from the keyboard.
// Down and up arrows move between the input and the suggested links, Escape or a click elsewhere closes the list.
// Without this script the links are still reached with Tab; without JavaScript the box is a plain search form.
(function () {
  'use strict';

  var form = document.querySelector('form.site-search');
  if (!form) { return; }
  var input = form.querySelector('input[name="q"]');
  var list = document.getElementById(input.getAttribute('aria-controls'));

  function close() { list.replaceChildren(); }

  form.addEventListener('keydown', function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    if (event.key === 'Escape') {
      close();
      input.focus();
      return;
    }
    if (links.length === 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) { return; }
    event.preventDefault();
    var index = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown') {
      links[Math.min(index + 1, links.length - 1)].focus();
    } else if (index <= 0) {
      input.focus();
    } else {
      links[index - 1].focus();
    }
  });

  document.addEventListener('click', function (event) {
    if (!form.contains(event.target)) { close(); }
  });
})();
