// Sorting and filtering for the tables of an audit report. The pages work
// without it: tables come sorted, and every row is there.
(function () {
  'use strict';

  // value is what a cell sorts by: its data-v attribute, else its text.
  function value(row, i) {
    var cell = row.cells[i];
    if (!cell) {
      return '';
    }
    var v = cell.getAttribute('data-v');
    return (v === null ? cell.textContent : v).trim();
  }

  function missing(v) {
    return v === '' || v === '-';
  }

  function numeric(rows, i) {
    return rows.every(function (r) {
      var v = value(r, i);
      return missing(v) || !isNaN(Number(v.replace(/,/g, '')));
    });
  }

  function sortBy(table, th, i) {
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) {
      c.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var asNumber = numeric(rows, i);
    var keyed = rows.map(function (r, at) {
      return { row: r, at: at, v: value(r, i) };
    });
    keyed.sort(function (a, b) {
      var c = 0;
      if (missing(a.v) || missing(b.v)) {
        c = missing(a.v) - missing(b.v); // missing values last, either way
        return c || a.at - b.at;
      }
      if (asNumber) {
        c = Number(a.v.replace(/,/g, '')) - Number(b.v.replace(/,/g, ''));
      } else {
        c = a.v.localeCompare(b.v);
      }
      return (ascending ? c : -c) || a.at - b.at;
    });
    keyed.forEach(function (k) {
      body.appendChild(k.row);
    });
  }

  function sortable(table) {
    if (!table.tHead || !table.tBodies.length || table.tBodies[0].rows.length < 2) {
      return;
    }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', function () {
        sortBy(table, th, i);
      });
    });
  }

  var filters = 0;

  function filterable(table) {
    if (!table.tBodies.length || table.tBodies[0].rows.length < 8) {
      return;
    }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var label = document.createElement('label');
    label.className = 'filter';
    var input = document.createElement('input');
    input.type = 'search';
    input.id = 'filter-' + (++filters);
    label.htmlFor = input.id;
    label.appendChild(document.createTextNode('Show rows with'));
    label.appendChild(input);
    table.parentNode.insertBefore(label, table);
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      rows.forEach(function (r) {
        r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), sortable);
  Array.prototype.forEach.call(document.querySelectorAll('table.filterable'), filterable);
}());
