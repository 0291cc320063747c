// Checks the citation exports of a running app with the tools readers use:
//   citeproc-js renders the CSL-JSON (an event's entry, a source's record, all sources), and
//   TimelineJS 3 loads /export/timelinejs.json in Debian's headless Chromium and shows the
//   first slide without errors.
// Usage: node check.mjs http://127.0.0.1:8080   (see run.sh, which starts the app itself)
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const CSL = require('citeproc');
const styles = require('@citation-js/plugin-csl/lib/styles.json');
const locales = require('@citation-js/plugin-csl/lib/locales.json');
const puppeteer = require('puppeteer-core');

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
let passed = 0;
let failed = 0;

async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}\n     ${error && error.stack ? error.stack.split('\n').slice(0, 3).join('\n     ') : error}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function json(path) {
  const response = await fetch(base + path, { redirect: 'manual' });
  assert(response.status === 200, `${path} answered ${response.status}`);
  return response.json();
}

/** Renders CSL-JSON items with citeproc-js: a bibliography and one citation of each item. */
function render(items, styleName) {
  const byId = new Map(items.map((item) => [String(item.id), item]));
  const engine = new CSL.Engine({
    retrieveLocale: (lang) => locales[lang] || locales['en-US'],
    retrieveItem: (id) => byId.get(String(id)),
  }, styles[styleName], 'en-US');
  engine.updateItems([...byId.keys()]);
  const [meta, entries] = engine.makeBibliography();
  assert(!meta.bibliography_errors || meta.bibliography_errors.length === 0,
    `bibliography errors: ${JSON.stringify(meta.bibliography_errors)}`);
  assert(entries.length === items.length, `${entries.length} entries for ${items.length} items`);
  for (const entry of entries) {
    assert(!/CSL STYLE ERROR|\[object Object\]|undefined/.test(entry), `bad entry: ${entry}`);
  }
  const citations = items.map((item) => engine.makeCitationCluster([{ id: String(item.id) }]));
  citations.forEach((text) => assert(text && text.trim().length > 0, 'empty citation'));
  return { entries, citations };
}

const strip = (html) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#38;/g, '&').replace(/\s+/g, ' ').trim();

await check('an event entry renders with citeproc-js (APA and Harvard)', async () => {
  const page = await json('/api/events?size=1&theme=border');
  const id = (page.content[0] || (await json('/api/events?size=1')).content[0]).id;
  const items = await json(`/events/${id}.json`);
  assert(Array.isArray(items) && items.length === 1, 'CSL-JSON is an array of one item');
  assert(items[0].type === 'webpage', `type ${items[0].type}`);
  for (const style of ['apa', 'harvard1']) {
    const { entries } = render(items, style);
    const text = strip(entries[0]);
    assert(text.includes(items[0].title), `${style}: title missing from "${text}"`);
    assert(text.includes(items[0].URL), `${style}: URL missing from "${text}"`);
    console.log(`     ${style}: ${text}`);
  }
  const byParameter = await json(`/events/${id}?format=csl`);
  assert(JSON.stringify(byParameter) === JSON.stringify(items), '?format=csl differs from .json');
});

const unescape = (html) => html.replace(/<[^>]+>/g, '').replace(/&ldquo;/g, '“').replace(/&rdquo;/g, '”')
  .replace(/&lsquo;/g, '‘').replace(/&rsquo;/g, '’').replace(/&ndash;/g, '–').replace(/&mdash;/g, '—')
  .replace(/&#38;|&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();

await check('the APA citation on an event page is what citeproc-js makes of its CSL-JSON', async () => {
  // The page's box is rendered in Java (citeproc-java); this is a second implementation
  // of CSL, with its own copy of the APA style, reading the same download.
  const page = await json('/api/events?size=1');
  const id = page.content[0].id;
  const items = await json(`/events/${id}.json`);
  const response = await fetch(`${base}/events/${id}`, { headers: { Accept: 'text/html' } });
  const html = await response.text();
  const match = html.match(/<p class="citation" id="cite-apa">([\s\S]*?)<\/p>/);
  assert(match, 'no APA citation on the page');
  const { entries } = render(items, 'apa');
  const ours = unescape(match[1]);
  const theirs = unescape(entries[0]);
  assert(ours === theirs, `the page says\n       ${ours}\n     citeproc-js says\n       ${theirs}`);
  console.log(`     ${ours}`);
});

await check('every source renders with citeproc-js', async () => {
  const items = await json('/export/sources.json');
  assert(items.length > 0, 'no sources');
  const { entries } = render(items, 'apa');
  const joined = entries.map(strip);
  // Styles change quotes and case, so compare letters and digits only.
  const letters = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const texts = joined.map(letters);
  for (const item of items) {
    const title = letters(item.title).slice(0, 30);
    assert(texts.some((entry) => entry.includes(title)), `no entry shows "${item.title}"`);
  }
  const one = await json(`/sources/${items[0].id}.json`);
  render(one, 'vancouver');
  console.log(`     ${items.length} sources, e.g. ${joined[0]}`);
});

const hasChromium = existsSync(chromium);
if (!hasChromium && process.env.CI) {
  failed++;
  console.log(`FAIL Chromium is required when CI is set, and ${chromium} is missing: apt-get install chromium`);
} else if (!hasChromium) {
  console.log(`skip TimelineJS 3 in headless Chromium: ${chromium} is missing (apt-get install chromium; CI fails instead)`);
} else await check('TimelineJS 3 loads the export in headless Chromium and shows the first slide', async () => {
  const data = await json('/export/timelinejs.json');
  assert(Array.isArray(data.events) && data.events.length > 0, 'no events');
  const ids = data.events.map((event) => event.unique_id);
  const imprecise = data.events.filter((event) => event.start_date.day === undefined);
  assert(imprecise.every((event) => event.display_date), 'an imprecise date has no display_date');
  assert(new Set(ids).size === ids.length, 'unique_id values repeat');
  const dist = dirname(require.resolve('@knight-lab/timelinejs/dist/js/timeline.js'));
  const dir = mkdtempSync(join(tmpdir(), 'timelinejs-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--allow-file-access-from-files'],
  });
  try {
    copyFileSync(join(dist, 'timeline.js'), join(dir, 'timeline.js'));
    copyFileSync(join(dist, '..', 'css', 'timeline.css'), join(dir, 'timeline.css'));
    writeFileSync(join(dir, 'data.js'), `window.TIMELINE_DATA = ${JSON.stringify(data)};`);
    writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>TimelineJS check</title><link rel="stylesheet" href="timeline.css"></head>
<body><div id="timeline" style="width: 1000px; height: 640px"></div>
<script src="timeline.js"></script><script src="data.js"></script>
<script>window.TL_ERRORS = []; window.timeline = new TL.Timeline('timeline', window.TIMELINE_DATA, { hash_bookmark: false });
window.timeline.on('loaded', function () { window.TL_LOADED = true; });</script></body></html>`);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      // Fonts and the like from the web are not reachable offline; those are not our errors.
      if (message.type() === 'error' && !/net::ERR_|Failed to load resource/.test(message.text())) {
        errors.push(message.text());
      }
    });
    await page.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'load' });
    await page.waitForSelector('.tl-slide-titleslide .tl-headline', { timeout: 20000 });
    const shown = await page.evaluate(() => {
      const title = document.querySelector('.tl-slide-titleslide .tl-headline');
      const slides = document.querySelectorAll('.tl-slide');
      const box = title.getBoundingClientRect();
      return { headline: title.textContent.trim(), slides: slides.length, visible: box.width > 0 && box.height > 0,
        eras: document.querySelectorAll('.tl-timeera').length };
    });
    assert(shown.visible, 'the title slide is not visible');
    assert(shown.headline === data.title.text.headline, `title slide shows "${shown.headline}"`);
    assert(shown.slides === data.events.length + 1, `${shown.slides} slides for ${data.events.length} events`);
    assert(shown.eras === data.eras.length, `${shown.eras} eras shown for ${data.eras.length}`);
    assert(await page.$(`[id="${ids[0]}"]`), `no slide with id ${ids[0]}`);
    assert(errors.length === 0, `errors in the page: ${errors.join(' | ')}`);
    console.log(`     title slide "${shown.headline}", ${shown.slides} slides, ${shown.eras} eras`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
