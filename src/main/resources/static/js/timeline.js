// Optional enhancement: arrow keys move between the overview's marks, and empty
// filter fields are left out of the address. Everything works without it.
(function () {
  'use strict';
  var overview = document.querySelector('.overview');
  if (overview) {
    overview.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      // Not the echoes of lanes by theme: they are no tab stops, and hidden from screen readers.
      var marks = Array.prototype.slice.call(overview.querySelectorAll('a.mark:not(.echo)'));
      var index = marks.indexOf(document.activeElement);
      if (index < 0) return;
      var next = marks[index + (event.key === 'ArrowRight' ? 1 : -1)];
      if (next) { next.focus(); event.preventDefault(); }
    });
  }
  // The map's panel stays closed, so that the map itself is in view.
  var panel = document.querySelector('details.filter-panel:not(.map-filter-panel)');
  if (panel && window.matchMedia && window.matchMedia('(min-width: 60rem)').matches) panel.open = true;
  var form = document.querySelector('form.filters');
  if (form) {
    form.addEventListener('submit', function () {
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && !field.value) field.disabled = true;
      });
    });
  }
})();
