// Browser tests of the app (issue: the browser app), in real headless
// Chromium against the built static site and the real service worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { APP, out, sample, serve, browser, open, extracted, generation, counts, cli, mentions, parseCSV } from './helpers.mjs';

const require = createRequire(import.meta.url);
const seed = fs.readFileSync(sample, 'utf8');
let server, chrome, context;

before(async () => {
  server = await serve();
  chrome = await browser();
  context = await chrome.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});

after(async () => {
  await chrome?.close();
  server?.kill();
});

async function loadSample(page) {
  const before = await generation(page);
  await page.click('#sample');
  await extracted(page, before);
}

test('pasting the seed article marks what extract prints', async () => {
  const page = await open(context);
  const before = await generation(page);
  await page.fill('#text', seed);
  await extracted(page, before);
  const want = cli(seed);
  const got = await counts(page);
  assert.deepEqual(got, { figures: want.figures.length, quotes: want.quotes.length, mentions: mentions(want) });
  assert.ok(want.figures.length > 10 && want.quotes.length > 10 && want.entities.length > 20, 'the seed has plenty to mark');
  assert.match(await page.textContent('#article-lang'), /Danish|dansk/);
  await page.screenshot({ path: path.join(out, 'main.png') });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('fuzzy search finds tidlos and mcphet first, and Enter jumps to the mention', async () => {
  const page = await open(context);
  await loadSample(page);
  const want = cli(seed);
  const idOf = (re) => want.entities.find((e) => [e.name, ...e.aliases].some((n) => re.test(n))).id;
  for (const [query, re] of [['tidlos', /^Tidløs/], ['mcphet', /McPheters/]]) {
    await page.fill('#search', query);
    await page.waitForSelector(`#results[data-query="${query}"] li`);
    const first = await page.getAttribute('#results li:first-child', 'data-entity');
    assert.equal(first, idOf(re), `${query} finds the right entity first`);
    assert.ok(await page.$('#results li:first-child b'), 'matched letters are bold');
    await page.press('#search', 'Enter');
    const target = `#m-${first}-0`;
    await page.waitForSelector(`${target}.sel.current`, { timeout: 5000 }); // the mentions are marked, this one current
    await page.waitForFunction((sel) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      const box = document.querySelector('#article').getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom && r.bottom <= innerHeight;
    }, target, { timeout: 5000 });
    // Enter again goes to the next mention.
    const mentionCount = want.entities.find((e) => e.id === first).mentions.length;
    if (mentionCount > 1) {
      await page.press('#search', 'Enter');
      await page.waitForSelector(`#m-${first}-1.current`, { timeout: 5000 });
    }
  }
  await page.screenshot({ path: path.join(out, 'search.png') });
  await page.press('#search', 'Escape');
  assert.equal(await page.inputValue('#search'), '');
  await page.close();
});

test('export JSON equals extract, and the CSVs parse back', async () => {
  const page = await open(context);
  await loadSample(page);
  const want = cli(seed);
  const read = async (id) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    return fs.readFileSync(await dl.path(), 'utf8');
  };
  assert.deepEqual(JSON.parse(await read('#export-json')), want);
  for (const [id, list, header] of [['#export-figures', want.figures, 'start'], ['#export-quotes', want.quotes, 'start'], ['#export-entities', want.entities, 'id']]) {
    const text = await read(id);
    assert.ok(text.startsWith('\uFEFF'), `${id} has a BOM for spreadsheets`);
    const rows = parseCSV(text.slice(1));
    assert.equal(rows[0][0], header);
    assert.equal(rows.length, list.length + 1, `${id}: one row per item`);
  }
  const figures = parseCSV((await read('#export-figures')).slice(1));
  assert.ok(figures.some((r) => r[2] === '$40 milliarder' && r[4] === '40000000000' && r[6] === 'USD'));
  const ents = parseCSV((await read('#export-entities')).slice(1));
  assert.ok(ents.some((r) => r[1].startsWith('Tidløs')), 'Danish letters intact');
  await page.close();
});

test('the text survives a reload, and the app works offline', async () => {
  const page = await open(context);
  await loadSample(page);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await page.waitForFunction(() => document.querySelectorAll('#article mark').length > 0, null, { timeout: 30000 });
  assert.equal(await page.inputValue('#text'), seed);

  // Wait until the service worker has cached every resource it lists.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const src = await (await fetch('/app-worker.js')).text();
    const list = JSON.parse(src.match(/resourcesToCache = (\[.*?\]);/s)[1]);
    const keys = await caches.keys();
    if (keys.length === 0) return false;
    const cache = await caches.open(keys[0]);
    for (const r of list) if (!(await cache.match(r))) return false;
    return true;
  }, null, { timeout: 60000, polling: 500 });

  await context.setOffline(true);
  server.kill();
  try {
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60000 });
    const before = await generation(page);
    await page.fill('#text', 'Jack Ma talte i Detroit om 3.000 virksomheder, siger Veronica Pedersen.');
    await extracted(page, before);
    const got = await counts(page);
    assert.ok(got.figures >= 1 && got.mentions >= 3, `extraction works offline: ${JSON.stringify(got)}`);
    await page.fill('#search', 'pedrsen');
    await page.waitForSelector('#results[data-query="pedrsen"] li');
    await page.screenshot({ path: path.join(out, 'offline.png') });
  } finally {
    await context.setOffline(false);
    server = await serve();
  }
  await page.close();
});

test('markup in an article is shown as text and never runs', async () => {
  const page = await open(context);
  const evil = 'Jack Ma <img src=x onerror="window.__pwned=1"> og <script>window.__pwned=2</script> ' +
    '<a href="javascript:window.__pwned=3">klik</a> ”<b onmouseover=window.__pwned=4>fed</b>,” siger Veronica Pedersen.';
  const before = await generation(page);
  await page.fill('#text', evil);
  await extracted(page, before);
  await page.hover('#article');
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    tags: document.querySelectorAll('#article img, #article script, #article a, #article b').length,
    text: document.querySelector('#article').textContent,
  }));
  assert.equal(state.pwned, undefined);
  assert.equal(state.tags, 0);
  assert.ok(state.text.includes('<img src=x onerror="window.__pwned=1">'), 'the markup shows as text');
  await page.close();
});

test('a binary file gets a plain-words error', async () => {
  const page = await open(context);
  await page.setInputFiles('#file', { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
  await page.waitForSelector('.error');
  assert.match(await page.textContent('.error'), /not text|ikke tekst/);
  await page.setInputFiles('#file', { name: 'a.html', mimeType: 'text/html', buffer: Buffer.from('<html><body><p>Alibaba i Kina</p><script>window.__pwned=1</script></body></html>') });
  await page.waitForFunction(() => document.querySelector('#text').value.startsWith('Alibaba i Kina'));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.close();
});

test('no serious accessibility violations, and the keyboard alone does it all', async () => {
  const ctx = await chrome.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await open(ctx);
  // Keyboard only: tab to "Load sample", press Enter, search with "/".
  let found = false;
  for (let i = 0; i < 15 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.id === 'sample');
  }
  assert.ok(found, 'Load sample is reachable with Tab');
  const before = await generation(page);
  await page.keyboard.press('Enter');
  await extracted(page, before);
  await page.keyboard.press('Tab'); // leave the button
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
  await page.keyboard.type('alibaba');
  await page.waitForSelector('#results[data-query="alibaba"] li');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#article mark.sel'));

  await page.addScriptTag({ content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const results = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target}`), []);
  await ctx.close();
});

test('screenshots: dark scheme, phone, Danish interface', async () => {
  const dark = await chrome.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  let page = await open(dark);
  await loadSample(page);
  await page.click('#entities li button');
  await page.screenshot({ path: path.join(out, 'dark.png') });
  await dark.close();
  const phone = await chrome.newContext({ viewport: { width: 390, height: 844 }, locale: 'da-DK', isMobile: true });
  page = await open(phone);
  await loadSample(page);
  assert.match(await page.textContent('#sample'), /Indlæs eksempel/);
  await page.screenshot({ path: path.join(out, 'phone-da.png'), fullPage: false });
  await phone.close();
});

test('start-up: time to ready and to the first extraction of the seed article', async () => {
  // A fresh context: nothing cached, no service worker yet.
  const fresh = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
  const t0 = Date.now();
  const page = await open(fresh);
  const readyMs = Date.now() - t0;
  const before = await generation(page);
  const t1 = Date.now();
  await page.click('#sample');
  await extracted(page, before);
  const firstMs = Date.now() - t1;
  console.log(`start-up: ready ${readyMs} ms after navigation, seed article extracted and shown ${firstMs} ms after the click`);
  fs.writeFileSync(path.join(out, 'startup.json'), JSON.stringify({ readyMs, firstExtractionMs: firstMs }));
  assert.ok(await page.$('#article mark'), 'highlights shown');
  await fresh.close();
});

test('a 1 MB article stays usable', async () => {
  const page = await open(context);
  let big = '';
  while (big.length < 1 << 20) big += seed + '\n';
  const before = await generation(page);
  const t0 = Date.now();
  await page.evaluate((t) => {
    const el = document.querySelector('#text');
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, big);
  // The longest the page is busy at once: a probe timer that should fire
  // every 50 ms measures the gaps.
  await page.evaluate(() => {
    window.__gaps = [];
    let last = performance.now();
    window.__probe = setInterval(() => { const now = performance.now(); window.__gaps.push(now - last); last = now; }, 50);
  });
  await extracted(page, before);
  const ms = Date.now() - t0;
  const longest = await page.evaluate(() => { clearInterval(window.__probe); return Math.max(...window.__gaps); });
  const extractMs = Number(await page.evaluate(() => document.documentElement.dataset.extractMs));
  console.log(`1 MB: extraction ${extractMs} ms, all rendered after ${ms} ms, longest freeze ${Math.round(longest)} ms`);
  fs.writeFileSync(path.join(out, 'large.json'), JSON.stringify({ extractMs, renderedMs: ms, longestFreezeMs: longest }));
  assert.ok(await page.$('#article mark'), 'highlights shown');
  await page.close();
});
