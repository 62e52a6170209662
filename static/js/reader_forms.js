// Reader forms work without this script. On a page served from a cache, the form's time stamp
// is as old as the cached copy; when a reader starts writing in a text box, this asks for a
// fresh one, so the anti-spam time check measures this reader (comments/spam.py, README).
// Only forms on shareable pages (data-refresh-stamp; a form shown again already has this reader's
// stamp) and only for textareas: writing takes longer than the check's few seconds, while a
// one-click answer or an autofilled email address may not, and must not be taken for a script.
(function () {
  "use strict";
  var stampUrl = document.currentScript.dataset.stampUrl;
  var refreshed = new WeakSet();

  document.addEventListener("focusin", function (event) {
    var form = event.target.form;
    if (event.target.tagName !== "TEXTAREA" || !form || refreshed.has(form)) {
      return;
    }
    if (!form.hasAttribute("data-refresh-stamp") || !form.querySelector("input[name=stamp]")) {
      return;
    }
    refreshed.add(form);
    fetch(stampUrl, { credentials: "omit", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (data && data.stamp) {
          form.querySelector("input[name=stamp]").value = data.stamp;
        }
      })
      .catch(function () {
        // Offline or blocked: the stamp from the page still works.
      });
  });
})();
