// Intervision: the step timers count down every second, and buttons for printing and full screen.
// Everything works without it; the timer then shows the time left when the page was made.
(function () {
  'use strict';

  function startTimers(root) {
    root.querySelectorAll('[data-timer-seconds]').forEach(function (timer) {
      if (!timer.dataset.deadline) {
        timer.dataset.deadline = String(Date.now() + Number(timer.dataset.timerSeconds) * 1000);
      }
    });
  }

  function pad(number) {
    return (number < 10 ? '0' : '') + number;
  }

  function tick() {
    document.querySelectorAll('[data-deadline]').forEach(function (timer) {
      var left = Math.round((Number(timer.dataset.deadline) - Date.now()) / 1000);
      var seconds = Math.abs(left);
      timer.textContent = (left < 0 ? '+' : '') + pad(Math.floor(seconds / 60)) + ':' + pad(seconds % 60);
      timer.classList.toggle('overtime', left < 0);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    startTimers(document);
    window.setInterval(tick, 1000);
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    startTimers(event.target);
  });

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target : null;
    if (target && target.closest('[data-print]')) {
      window.print();
    } else if (target && target.closest('[data-fullscreen]') && document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen();
    }
  });
})();
