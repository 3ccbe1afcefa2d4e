// Afsluitwijzer: the little script the pages need; everything works without it except live updates.
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Forms marked data-confirm ask before a destructive action.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);

  // The skip link puts keyboard focus on the main content, not only the view: the next Tab starts there.
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.skip-link') : null;
    var main = document.getElementById('main');
    if (link && main) {
      main.setAttribute('tabindex', '-1');
      main.focus();
    }
  });

  // A table too wide for the screen scrolls in its own box; the box takes keyboard focus so the arrow keys can
  // scroll it (WCAG 2.1.1), also when the table holds no link or button.
  function focusableScrollers() {
    document.querySelectorAll('.table-wrap').forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth && !wrap.hasAttribute('tabindex')) {
        wrap.setAttribute('tabindex', '0');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', focusableScrollers);
  window.addEventListener('resize', focusableScrollers);
  document.addEventListener('htmx:afterSettle', focusableScrollers);

  // Buttons with data-copy copy the text of the element they point to.
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy]') : null;
    if (!button || !navigator.clipboard) {
      return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (source) {
      navigator.clipboard.writeText(source.value || source.textContent.trim());
      button.classList.add('copied');
    }
  });
})();

// The agreements form shows the evaluation session (halfway, or the policy's "after N sessions" when that comes first)
// as the agreed number changes.
(function () {
  'use strict';
  document.addEventListener('input', function (event) {
    if (event.target.id !== 'expectedSessions') {
      return;
    }
    var hint = document.querySelector('[data-halfway-template]');
    var sessions = parseInt(event.target.value, 10);
    if (hint && sessions >= 1 && sessions <= 100) {
      var point = Math.ceil(sessions / 2);
      var after = parseInt(hint.getAttribute('data-evaluate-after'), 10);
      if (after >= 1) {
        point = Math.min(point, after);
      }
      hint.textContent = hint.getAttribute('data-template').replace('{0}', String(point));
    }
  });
})();
