// Study mode, enhanced: drag-and-drop ordering with keyboard buttons and spoken moves, instant
// feedback without leaving the page, and the set's score kept in this browser (sessionStorage).
// Without JavaScript every question is a plain GET form and its answer a page of its own.
(function () {
  'use strict';

  var status = null;

  function announce(text) {
    if (!status) return;
    // Clear first, so that the same words said twice are announced twice.
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  // --- Score, per set, in this browser only.

  function scoreKey(section) {
    return 'study:' + section.getAttribute('data-set');
  }

  function readScore(section) {
    try {
      return JSON.parse(window.sessionStorage.getItem(scoreKey(section))) || {};
    } catch (e) {
      return {};
    }
  }

  function recordResult(section) {
    var result = section.getAttribute('data-result');
    var answers = readScore(section);
    if (result) {
      answers[section.getAttribute('data-number')] = result === 'right';
      try {
        window.sessionStorage.setItem(scoreKey(section), JSON.stringify(answers));
      } catch (e) {
        return;
      }
    }
    showScore(section, answers);
  }

  function showScore(section, answers) {
    var total = Number(section.getAttribute('data-total'));
    if (Object.keys(answers).length === 0) return;
    var answered = Object.keys(answers).length;
    var right = Object.keys(answers).filter(function (key) { return answers[key]; }).length;
    var text = right + ' of ' + answered + ' right' + (answered < total ? ', ' + (total - answered) + ' to go' : ': the set is done');
    // The server wrote " (kept in this browser)" after it, shown where scripts run.
    var score = section.querySelector('.study-score-text');
    if (score) score.textContent = text;
  }

  // --- Ordering.

  // The server wrote the buttons, and timeline.css shows them and hides the selects where scripts run
  // (the scripting media feature), so that nothing moves now. A browser without that feature shows
  // the plain form, which is left as it is.
  function enhanceOrder(form) {
    var list = form.querySelector('.order-events');
    var selects = form.querySelector('.order-selects');
    if (!list || !selects || !window.matchMedia || !window.matchMedia('(scripting: enabled)').matches) return;
    form.classList.add('is-enhanced');
    Array.prototype.forEach.call(list.querySelectorAll('.order-event'), function (item) {
      item.setAttribute('draggable', 'true');
      var buttons = item.querySelectorAll('.order-move');
      if (buttons.length === 2) {
        wire(buttons[0], -1);
        wire(buttons[1], 1);
      }
    });
    sync();

    function wire(button, step) {
      button.addEventListener('click', function () {
        var item = button.closest('.order-event');
        move(item, step);
        // Keep focus on the same control of the moved item, unless it can go no further.
        if (button.disabled) {
          var other = item.querySelector('.order-move:not([disabled])');
          if (other) other.focus();
        } else {
          button.focus();
        }
      });
    }

    function move(item, step) {
      var current = Array.prototype.indexOf.call(list.children, item);
      var target = current + step;
      if (target < 0 || target >= list.children.length) return;
      if (step < 0) {
        list.insertBefore(item, list.children[target]);
      } else {
        list.insertBefore(item, list.children[target].nextSibling);
      }
      moved(item);
    }

    function moved(item) {
      sync();
      var position = Array.prototype.indexOf.call(list.children, item) + 1;
      item.classList.add('is-moved');
      window.setTimeout(function () { item.classList.remove('is-moved'); }, 600);
      announce(item.querySelector('.order-title').textContent + ': now place ' + position + ' of ' + list.children.length + '.');
    }

    // The selects are what the form sends: set them to the list's order.
    function sync() {
      var fields = selects.querySelectorAll('select');
      Array.prototype.forEach.call(list.children, function (item, index) {
        if (fields[index]) fields[index].value = item.getAttribute('data-id');
        var buttons = item.querySelectorAll('.order-move');
        if (buttons.length === 2) {
          buttons[0].disabled = index === 0;
          buttons[1].disabled = index === list.children.length - 1;
        }
      });
    }

    var dragged = null;
    list.addEventListener('dragstart', function (event) {
      dragged = event.target.closest('.order-event');
      if (!dragged) return;
      dragged.classList.add('is-dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', dragged.getAttribute('data-id'));
    });
    list.addEventListener('dragover', function (event) {
      if (!dragged) return;
      event.preventDefault();
      var over = event.target.closest('.order-event');
      if (!over || over === dragged) return;
      var box = over.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? over.nextSibling : over);
    });
    list.addEventListener('drop', function (event) {
      event.preventDefault();
    });
    list.addEventListener('dragend', function () {
      if (!dragged) return;
      dragged.classList.remove('is-dragging');
      moved(dragged);
      dragged = null;
    });
  }

  // --- Instant feedback: fetch the answer page and show its verdict in place.

  function enhanceInstant(form) {
    form.addEventListener('submit', function (event) {
      if (!window.fetch || !window.DOMParser || !window.history.pushState) return;
      event.preventDefault();
      var url = form.getAttribute('action') + '?' + new URLSearchParams(new FormData(form)).toString();
      var button = form.querySelector('button[type=submit]');
      if (button) button.disabled = true;
      window.fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var next = page.querySelector('.page-study-question');
          var current = document.querySelector('.page-study-question');
          if (!next || !current) throw new Error('no question');
          // The fetched section's own script tag is inert; this script already runs.
          Array.prototype.forEach.call(next.querySelectorAll('script'), function (script) { script.remove(); });
          current.replaceWith(next);
          document.title = page.title;
          window.history.pushState({ study: true }, '', url);
          start(next);
          var feedback = next.querySelector('#feedback');
          if (feedback) {
            feedback.focus();
            var verdict = feedback.querySelector('.feedback-verdict');
            announce(verdict ? verdict.textContent.replace(/[\u2713\u2717]/g, '').trim() : 'Answer checked.');
          }
        })
        .catch(function () {
          // Fall back to the plain form: the answer page says what went wrong.
          window.location.assign(url);
        });
    });
  }

  window.addEventListener('popstate', function (event) {
    if (event.state && event.state.study) window.location.reload();
  });

  function start(section) {
    status = section.querySelector('.study-status');
    recordResult(section);
    var order = section.querySelector('.order-form');
    if (order) enhanceOrder(order);
    Array.prototype.forEach.call(section.querySelectorAll('.study-form'), enhanceInstant);
  }

  var section = document.querySelector('.page-study-question');
  if (section) {
    if (!section.getAttribute('data-result')) {
      // Going back to question 1 with the link "Start this set again" starts the score anew.
      if (section.getAttribute('data-number') === '1') {
        try { window.sessionStorage.removeItem(scoreKey(section)); } catch (e) { /* private mode */ }
      }
    }
    start(section);
  }
})();
