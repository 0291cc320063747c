// Optional enhancement for "Cite this" and the key-dates sheet: copy buttons and a print
// button, which timeline.css shows where the browser runs scripts (so that nothing moves when
// this starts). Without JavaScript they are not shown and the citations stay selectable.
(function () {
  'use strict';
  var status = document.querySelector('.cite-box .copy-status');

  function announce(text) {
    if (status) status.textContent = text;
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copy(button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target) return;
    var text = target.textContent.replace(/\s+/g, ' ').trim();
    var label = button.getAttribute('aria-describedby');
    var name = label && document.getElementById(label) ? document.getElementById(label).textContent : 'Citation';
    var done = function () { announce(name + ' citation copied.'); };
    var fallback = function () {
      // Older browsers, or no clipboard permission: select it so Ctrl+C / Cmd+C copies it.
      selectText(target);
      var copied = false;
      try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
      announce(copied ? name + ' citation copied.' : name + ' citation selected: press Ctrl+C or ⌘C to copy.');
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll('button.copy-citation[data-copy]'), function (button) {
    button.addEventListener('click', function () { copy(button); });
  });

  Array.prototype.forEach.call(document.querySelectorAll('button.print-page'), function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
