"""The review page's script, inline in the page (no network): severity filters, rows with
findings only, next and previous finding (`j`, `k`), editing target segments in place,
accepting findings, keeping all of it in the browser's storage and exporting it as one edit
file for `localize review apply`."""

SCRIPT = r"""
(function () {
'use strict';
var data = JSON.parse(document.getElementById('review-data').textContent);
var origin = data.origin || {edition: document.title, edition_sha256: ''};
var storageKey = 'localize-review:' + origin.edition + ':' + origin.edition_sha256;
var state = {edits: {}, accepted: {}};
try {
  var saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
  if (saved && saved.edits && saved.accepted) { state = saved; }
} catch (error) { /* storage refused or unreadable: start afresh */ }
var body = document.body;
var findingById = {};
data.findings.forEach(function (finding) { findingById[finding.id] = finding; });

function save() {
  try { window.localStorage.setItem(storageKey, JSON.stringify(state)); } catch (error) {}
  var count = Object.keys(state.edits).length + Object.keys(state.accepted).length;
  var shown = document.getElementById('change-count');
  if (shown) { shown.textContent = String(count); }
}

// --- filters ------------------------------------------------------------------------
function refresh() {
  document.querySelectorAll('.row').forEach(function (row) {
    var shown = Array.prototype.some.call(row.querySelectorAll('.finding.open'),
      function (item) { return !body.classList.contains('hide-' + item.dataset.severity); });
    row.classList.toggle('shown', shown);
  });
  document.querySelectorAll('main section').forEach(function (section) {
    section.classList.toggle('quiet', !section.querySelector('.row.shown'));
  });
  updatePosition();
}
document.querySelectorAll('input[data-severity]').forEach(function (box) {
  box.addEventListener('change', function () {
    body.classList.toggle('hide-' + box.dataset.severity, !box.checked);
    refresh();
  });
});
document.getElementById('only-findings').addEventListener('change', function (event) {
  body.classList.toggle('only-findings', event.target.checked);
  refresh();
});

// --- next and previous finding ---------------------------------------------------------
var current = null;
function visibleFindings() {
  return Array.prototype.filter.call(document.querySelectorAll('main .finding'),
    function (item) { return item.offsetParent !== null; });
}
function select(item) {
  document.querySelectorAll('.current').forEach(function (old) {
    old.classList.remove('current');
  });
  current = item;
  if (!item) { updatePosition(); return; }
  item.classList.add('current');
  var entry = document.querySelector('.panel li[data-finding="' + item.id + '"]');
  if (entry) { entry.classList.add('current'); }
  item.scrollIntoView({block: 'center'});
  updatePosition();
}
function step(direction) {
  var items = visibleFindings();
  if (!items.length) { select(null); return; }
  var at = items.indexOf(current);
  if (at < 0) {
    at = direction > 0 ? 0 : items.length - 1;
  } else {
    at = Math.min(items.length - 1, Math.max(0, at + direction));
  }
  select(items[at]);
}
function updatePosition() {
  var items = visibleFindings();
  var at = items.indexOf(current);
  document.getElementById('position').textContent =
    (at < 0 ? '–' : String(at + 1)) + ' / ' + items.length;
}
document.querySelectorAll('[data-step]').forEach(function (button) {
  button.addEventListener('click', function () { step(Number(button.dataset.step)); });
});
document.addEventListener('keydown', function (event) {
  var target = event.target;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)) {
    return;  // typing, not navigating
  }
  if (event.altKey || event.ctrlKey || event.metaKey) { return; }
  if (event.key === 'j') { step(1); event.preventDefault(); }
  if (event.key === 'k') { step(-1); event.preventDefault(); }
});
document.querySelectorAll('.panel a').forEach(function (link) {
  link.addEventListener('click', function (event) {
    var item = document.getElementById(link.getAttribute('href').slice(1));
    if (item && item.offsetParent !== null) { event.preventDefault(); select(item); }
  });
});

// --- editing in place ------------------------------------------------------------------
function textOf(element) {
  // The browser writes typed spaces at an edge as no-break spaces; the text had none.
  var text = element.textContent;
  return text.replace(/\u00a0/g, function () { return ' '; });
}
function showEdited(element) {
  var segment = element.dataset.segment;
  element.classList.toggle('edited', Object.prototype.hasOwnProperty.call(state.edits, segment));
}
document.querySelectorAll('[data-segment][contenteditable]').forEach(function (element) {
  var segment = element.dataset.segment;
  if (Object.prototype.hasOwnProperty.call(state.edits, segment)) {
    element.textContent = state.edits[segment];
  }
  showEdited(element);
  element.addEventListener('input', function () {
    var text = textOf(element);
    if (text === data.targets[segment]) { delete state.edits[segment]; }
    else { state.edits[segment] = text; }
    showEdited(element);
    save();
  });
  element.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') { event.preventDefault(); element.blur(); }  // one line
    if (event.key === 'Escape') { element.blur(); }
  });
  element.addEventListener('paste', function (event) {
    event.preventDefault();
    var text = (event.clipboardData || window.clipboardData).getData('text/plain');
    document.execCommand('insertText', false, text.replace(/[\r\n\u2028\u2029]+/g, ' '));
  });
});

// --- accepting findings ----------------------------------------------------------------
function showAccepted(item) {
  var id = item.id;
  var accepted = Object.prototype.hasOwnProperty.call(state.accepted, id);
  item.classList.toggle('accepted', accepted);
  item.classList.toggle('open', !accepted);
  var button = item.querySelector('.accept button');
  if (button) { button.textContent = accepted ? 'undo accept' : 'accept'; }
  var note = item.querySelector('.accept input');
  if (note && accepted) { note.value = state.accepted[id]; }
  var entry = document.querySelector('.panel li[data-finding="' + id + '"]');
  if (entry) {
    entry.classList.toggle('accepted', accepted);
    entry.classList.toggle('open', !accepted);
  }
}
document.querySelectorAll('.finding[data-acceptable]').forEach(function (item) {
  var id = item.id;
  if (!findingById[id]) { return; }
  showAccepted(item);
  item.querySelector('.accept button').addEventListener('click', function () {
    if (Object.prototype.hasOwnProperty.call(state.accepted, id)) { delete state.accepted[id]; }
    else { state.accepted[id] = ''; }
    showAccepted(item);
    save();
    refresh();
    var note = item.querySelector('.accept input');
    if (state.accepted.hasOwnProperty(id)) { note.focus(); }
  });
  item.querySelector('.accept input').addEventListener('input', function (event) {
    if (Object.prototype.hasOwnProperty.call(state.accepted, id)) {
      state.accepted[id] = event.target.value;
      save();
    }
  });
});

// --- export ------------------------------------------------------------------------------
function editFile() {
  var edits = Object.keys(state.edits).sort().map(function (segment) {
    var edit = {segment: segment, old: data.targets[segment], 'new': state.edits[segment]};
    if (data.sources[segment] !== undefined) { edit.source_text = data.sources[segment]; }
    return edit;
  });
  var accepted = Object.keys(state.accepted).filter(function (id) {
    return findingById[id];
  }).map(function (id) {
    var finding = findingById[id];
    return {code: finding.code, segment: finding.segment, message: finding.message,
            note: state.accepted[id]};
  });
  var file = {format: 'localize-review-edits', version: 1};
  Object.keys(data.origin).forEach(function (key) { file[key] = data.origin[key]; });
  file.edits = edits;
  file.accepted = accepted;
  return file;
}
window.localizeReview = {editFile: editFile};
var exportButton = document.getElementById('export');
if (exportButton) exportButton.addEventListener('click', function () {
  var text = JSON.stringify(editFile(), null, 2) + '\n';
  var link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  link.download = data.export_name;
  document.body.appendChild(link);
  link.click();
  link.remove();
});
save();
refresh();
})();
"""
