// The "Make a timeline" page: data in (typed, a file, or a URL the producer asks for), a live preview,
// every problem with where it is, and the embed codes. Nothing is sent anywhere: the only request is
// the URL fetch, and only when the producer presses "Load".
import 'news-timeline';
import { detectFormat, locateIssue, serializeTimeline } from 'news-timeline/data';
import example from './data/timelinejs/my-own-timeline.csv?raw';
import { codeBlock } from './make-code-block.js';
import { iframeCode, npmCode, scriptTagCode } from './make-embed-code.js';

const $ = (selector) => document.querySelector(selector);
const data = $('#data');
const preview = $('#preview');
const optionsForm = $('#options');
const base = $('#base');
base.value = new URL('./dist/', location.href).href;

/** What the embed codes are made from: the last parsed timeline, and the URL the text came from (while unedited). */
const state = { timeline: null, issues: [], counts: null, source: null };

// --- Data in --------------------------------------------------------------------------------------

/** Gives the preview the text as data written inside the element: it parses it as a page's own data would be. */
function showData() {
  const text = data.value;
  preview.querySelector(':scope > script')?.remove();
  if (!text.trim()) {
    state.timeline = null;
    state.issues = [];
    renderProblems();
    renderEmbedCode();
    return;
  }
  const script = document.createElement('script');
  script.type = detectFormat(text) === 'csv' ? 'text/csv' : 'application/json';
  script.textContent = text;
  preview.append(script);
}

let typing = 0;
data.addEventListener('input', () => {
  if (state.source && data.value !== state.source.text) state.source = null;
  clearTimeout(typing);
  typing = setTimeout(showData, 300);
});

$('#file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  data.value = await file.text();
  state.source = null;
  $('#data-status').textContent = `Opened ${file.name} (${file.size.toLocaleString('en-GB')} bytes).`;
  showData();
});

/** A sheet's editing address, which only its owner can read as CSV: the producer must publish it instead. */
const editingAddress = (url) => url.hostname === 'docs.google.com' && /^\/spreadsheets\/d\/(?!e\/)/.test(url.pathname);

$('#url-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const status = $('#data-status');
  let url;
  try {
    url = new URL($('#url').value.trim());
  } catch {
    status.textContent = 'That is not a web address: it should start with https://';
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    status.textContent = `Only http and https addresses can be loaded, not ${url.protocol}`;
    return;
  }
  if (editingAddress(url)) {
    status.textContent = 'This is the sheet\'s editing address. In Google Sheets choose File → Share → Publish to web, pick the sheet and "Comma-separated values (.csv)", and paste the address it gives.';
    return;
  }
  status.textContent = `Loading ${url.host}…`;
  try {
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    const text = await response.text();
    data.value = text;
    state.source = { url: url.href, text };
    status.textContent = `Loaded ${text.length.toLocaleString('en-GB')} characters from ${url.host}.`;
    showData();
  } catch (error) {
    status.textContent = `Could not load ${url.href}: ${error.message}. A Google Sheet must be published to the web as CSV; other servers must allow this page to read them (CORS).`;
  }
});

// --- Problems -------------------------------------------------------------------------------------

preview.addEventListener('news-timeline-issues', (event) => {
  state.counts = event.counts;
});
preview.addEventListener('news-timeline-load', (event) => {
  state.timeline = event.timeline;
  state.issues = event.issues;
  if (!event.issues.length) state.counts = null;
  renderProblems();
  renderEmbedCode();
});

/** Selects the characters a problem is about in the Data box, and scrolls them into its view. */
function showWhere(span, issue) {
  data.focus();
  data.setSelectionRange(span.start, span.end);
  const line = data.value.slice(0, span.start).split('\n').length - 1;
  const lineHeight = parseFloat(getComputedStyle(data).lineHeight) || 20;
  data.scrollTop = Math.max(0, line * lineHeight - data.clientHeight / 3);
  $('#data-status').textContent = `Selected ${issue.row === undefined ? issue.path : `row ${issue.row}`} in the Data box.`;
}

function renderProblems() {
  const list = $('#problems');
  const summary = $('#problems-summary');
  list.replaceChildren();
  if (!data.value.trim()) {
    summary.textContent = 'Nothing to check yet.';
    return;
  }
  const errors = state.counts?.errors ?? state.issues.filter((i) => i.severity === 'error').length;
  const warnings = state.counts?.warnings ?? state.issues.length - errors;
  const events = state.timeline?.events.length ?? 0;
  const count = (n, what) => `${n.toLocaleString('en-GB')} ${what}${n === 1 ? '' : 's'}`;
  summary.textContent = errors + warnings === 0
    ? `No problems: ${count(events, 'event')}.`
    : `${count(events, 'event')} read; ${count(errors, 'error')} (each skips an event or the data) and ${count(warnings, 'warning')} (each drops or repairs a field). Choose one to see where it is.`;
  for (const issue of state.issues) {
    const item = document.createElement('li');
    item.className = issue.severity;
    const span = locateIssue(data.value, issue);
    const label = document.createElement(span ? 'button' : 'span');
    if (span) {
      label.type = 'button';
      label.addEventListener('click', () => showWhere(span, issue));
    }
    const severity = document.createElement('strong');
    severity.textContent = issue.severity === 'error' ? 'Error: ' : 'Warning: ';
    label.append(severity, issue.message);
    item.append(label);
    list.append(item);
  }
  const more = errors + warnings - state.issues.length;
  if (more > 0) summary.textContent += ` Only the first ${state.issues.length.toLocaleString('en-GB')} are listed.`;
}

// --- Options --------------------------------------------------------------------------------------

/** The options as the form has them. */
function readOptions() {
  const form = new FormData(optionsForm);
  const height = Number(form.get('height'));
  return {
    title: String(form.get('title') ?? '').trim(),
    theme: String(form.get('theme') ?? ''),
    orientation: String(form.get('orientation') ?? ''),
    locale: String(form.get('locale') ?? ''),
    height: Number.isInteger(height) && height >= 200 && height <= 5000 ? height : null,
    story: form.has('story'),
    export: form.has('export'),
  };
}

/** The preview shows the options as the embedded timeline will. */
function applyOptions() {
  const options = readOptions();
  const set = (name, value) => (value === null || value === false || value === '' ? preview.removeAttribute(name) : preview.setAttribute(name, value === true ? '' : String(value)));
  set('label', options.title);
  set('theme', options.theme);
  set('orientation', options.orientation || null);
  set('locale', options.locale);
  set('height', options.height);
  set('story', options.story);
  set('export', options.export);
  renderEmbedCode();
}
optionsForm.addEventListener('input', applyOptions);
optionsForm.addEventListener('change', applyOptions);
optionsForm.addEventListener('submit', (event) => event.preventDefault());
base.addEventListener('input', renderEmbedCode);

// --- Embed code -----------------------------------------------------------------------------------

let download = null;
function renderEmbedCode() {
  const box = $('#embed-code');
  const status = $('#copy-status');
  if (download) URL.revokeObjectURL(download);
  download = null;
  if (!state.timeline || state.timeline.events.length === 0) {
    box.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: 'The embed code appears here once your data has at least one event.' }));
    return;
  }
  let where;
  try {
    where = new URL(base.value).href.replace(/\/?$/, '/');
  } catch {
    box.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: 'Give the address the files are served from, starting with https://' }));
    return;
  }
  const options = readOptions();
  const json = serializeTimeline(state.timeline);
  download = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: download, download: 'timeline.json', textContent: 'Download the data as timeline.json' });
  box.replaceChildren(
    codeBlock('code-script', 'Script tag', 'For pages that allow scripts: the timeline with its data inside, nothing else to host. Later edits to the sheet do not change it: make a new code to publish them.', scriptTagCode(where, options, json), status),
    state.source
      ? codeBlock('code-iframe', 'Iframe', 'For a CMS that strips scripts from articles (the second line sizes the frame to the timeline; leave it out if it is stripped too). The frame reads the published sheet each time it is shown, so every edit to the sheet appears in the article at once: keep its editors to people you trust.', iframeCode(where, options, state.source.url), status)
      : codeBlock('code-iframe', 'Iframe', 'The iframe reads the data from an address: publish the sheet to the web as CSV and load its URL above (or put timeline.json on your site and load that).', null, status),
    codeBlock('code-npm', 'npm', 'For an app with a build step.', npmCode(options), status),
  );
  const downloadLine = document.createElement('p');
  downloadLine.append(link);
  box.append(downloadLine);
}

// The page opens on TimelineJS's own sample sheet, so a producer sees the columns it expects.
data.value = example;
$('#data-status').textContent = 'The Data box holds TimelineJS\'s sample sheet: replace it with yours.';
applyOptions();
showData();
