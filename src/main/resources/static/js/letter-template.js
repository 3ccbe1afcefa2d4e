// Letter template editor: a placeholder button inserts its text at the cursor in the template and asks for a new
// preview. Without it the manager types the placeholder shown on the button.
(function () {
  'use strict';

  function insert(textarea, text) {
    var start = textarea.selectionStart;
    var end = textarea.selectionEnd;
    textarea.value = textarea.value.slice(0, start) + text + textarea.value.slice(end);
    textarea.selectionStart = textarea.selectionEnd = start + text.length;
    textarea.focus();
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-insert]');
    var textarea = document.getElementById('body');
    if (button && textarea) {
      insert(textarea, button.dataset.insert);
    }
  });
})();
