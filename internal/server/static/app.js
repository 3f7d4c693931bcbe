// The editor's page: with JavaScript on, the draft is checked again a
// moment after the editor stops typing, and the results are replaced in
// place; the text stays in the form. Without JavaScript the form posts
// and the server answers with the whole page. The results are HTML the
// server escaped; they are parsed, never run (and the page's
// Content-Security-Policy allows no script but this file).
(function () {
  'use strict';
  var form = document.getElementById('check-form');
  var text = document.getElementById('text');
  var format = document.getElementById('format');
  var file = document.getElementById('file');
  var results = document.getElementById('results');
  var status = document.getElementById('status');
  if (!form || !text || !format || !results || !status || !window.fetch || !window.FormData || !window.DOMParser) {
    return;
  }
  var delay = 500;
  var timer = 0;
  var pending = null;
  var last = null;

  function show(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    results.replaceChildren.apply(results, Array.prototype.slice.call(doc.body.childNodes));
  }

  function check() {
    clearTimeout(timer);
    var key = format.value + '\u0000' + text.value;
    if (key === last) {
      return;
    }
    last = key;
    if (pending) {
      pending.abort();
    }
    var ctrl = new AbortController();
    pending = ctrl;
    var body = new FormData();
    body.set('text', text.value);
    body.set('format', format.value);
    status.textContent = 'Checking…';
    fetch('fragment', { method: 'POST', body: body, signal: ctrl.signal, credentials: 'same-origin' })
      .then(function (r) {
        return r.text().then(function (html) { return { ok: r.ok, status: r.status, html: html }; });
      })
      .then(function (res) {
        if (ctrl !== pending) {
          return;
        }
        pending = null;
        show(res.html);
        status.textContent = res.ok ? 'Checked.' : 'Not checked (' + res.status + ').';
        if (!res.ok) {
          last = null;
        }
      })
      .catch(function (err) {
        if (err && err.name === 'AbortError') {
          return;
        }
        last = null;
        status.textContent = 'Could not check: ' + (err && err.message ? err.message : 'no answer');
      });
  }

  text.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(check, delay);
  });
  format.addEventListener('change', check);
  if (file) {
    file.addEventListener('change', function () {
      var f = file.files && file.files[0];
      if (!f) {
        return;
      }
      var ext = f.name.toLowerCase().split('.').pop();
      var kinds = { html: 'html', htm: 'html', xhtml: 'html', md: 'markdown', markdown: 'markdown', txt: 'text', text: 'text' };
      f.text().then(function (t) {
        text.value = t;
        if (kinds[ext]) {
          format.value = kinds[ext];
        }
        file.value = '';
        check();
      }, function () {
        status.textContent = 'Could not read the file.';
      });
    });
  }
  form.addEventListener('submit', function (ev) {
    if (ev.submitter && ev.submitter.id === 'store') {
      return; // a real post: the archive stores the draft
    }
    ev.preventDefault();
    last = null;
    check();
  });
  status.textContent = 'Checks as you type.';
}());
