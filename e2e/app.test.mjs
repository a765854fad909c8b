// Browser tests of the app (issue: the browser app), in real headless
// Chromium against the built static site and the real service worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { APP, HOST, PORT, hostPage, out, sample, serve, browser, open, extracted, generation, loadSample, counts, cli, mentions, parseCSV, watchTasks, setValue, stage, slowness, fillText } from './helpers.mjs';

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

test('pasting the seed article marks what extract prints', async () => {
  const page = await open(context);
  const before = await generation(page);
  await fillText(page, seed);
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
  await page.waitForFunction(() => document.documentElement.dataset.restored === '1');
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
    await page.waitForFunction(() => document.documentElement.dataset.restored === '1', null, { timeout: 60000 });
    const before = await generation(page);
    await fillText(page, 'Jack Ma talte i Detroit om 3.000 virksomheder, siger Veronica Pedersen.');
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
  await fillText(page, evil);
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

// A long article is read in a Web Worker and shown a screenful at a
// time: the page never holds still for long. The limits hold on an idle
// machine; on a busy one they are scaled by how much slower it runs.
const LIMIT = 200; // ms one task of the page may take
const WHOLE = 5000; // ms from the paste to the result shown

async function bigArticle(page, text, stats) {
  await stage(page, text);
  const slow = await slowness(page);
  const tasks = await watchTasks(page);
  const before = await generation(page);
  const t0 = Date.now();
  await setValue(page);
  await page.waitForSelector('#status:has-text("…")', { timeout: 30000 });
  // The draft put back at start-up may finish its own extraction after
  // the count was read: where the result is known, wait for it.
  await page.waitForFunction(([b, re]) => Number(document.documentElement.dataset.extracted || 0) > b &&
    (!re || new RegExp(re).test(document.querySelector('#stats').textContent)), [before, stats], { timeout: 60000 });
  const ms = Date.now() - t0;
  await page.waitForSelector('#article mark');
  return { ms, tasks, slow: Math.max(slow, await slowness(page)) };
}

test('a 1 MB article never holds the page and is read in under 5 s; typing in it neither', async () => {
  const page = await open(context);
  let big = '';
  while (big.length < 1 << 20) big += seed + '\n';
  const want = cli(big);
  const { ms, tasks, slow } = await bigArticle(page, big, `^${want.figures.length} `);
  const longest = await tasks.longest();
  const extractMs = Number(await page.evaluate(() => document.documentElement.dataset.extractMs));
  console.log(`1 MB: read in the worker ${extractMs} ms, shown after ${ms} ms, longest task ${longest} ms (${await tasks.all()}); this machine ${slow.toFixed(1)}x slower than nominal`);
  fs.writeFileSync(path.join(out, 'large.json'), JSON.stringify({ extractMs, shownMs: ms, longestTaskMs: longest, slowness: slow }));
  assert.ok(longest <= LIMIT * slow, `the longest task took ${longest} ms (limit ${LIMIT} x ${slow.toFixed(1)})`);
  assert.ok(ms < WHOLE * slow, `shown after ${ms} ms (limit ${WHOLE} x ${slow.toFixed(1)})`);
  assert.match(await page.textContent('#stats'), new RegExp(`^${want.figures.length} `), 'every figure is counted');
  assert.ok(await page.evaluate(() => document.querySelectorAll('#article .block').length) < 20, 'only the start of the article is rendered');

  // The end of the article renders when it is scrolled to.
  for (let i = 0; i < 40; i++) {
    await page.evaluate(() => { const a = document.querySelector('#article'); a.scrollTop = a.scrollHeight; });
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(() => {
    const a = document.querySelector('#article');
    return a.lastElementChild.classList.contains('block');
  }, null, { timeout: 20000 });

  // One key typed at the end: read again, never holding the page.
  await page.click('#edit');
  await page.evaluate(() => { const t = document.querySelector('#text'); t.selectionStart = t.selectionEnd = t.value.length; });
  await page.waitForTimeout(1500); // opening the box on 1 MB is the browser's own work, once
  const slow2 = await slowness(page);
  const typing = await watchTasks(page);
  const before = await generation(page);
  await page.keyboard.type('X');
  await page.waitForFunction((b) => Number(document.documentElement.dataset.extracted || 0) > b, before, { timeout: 60000 });
  const typed = await typing.longest();
  const slow3 = Math.max(slow2, await slowness(page));
  console.log(`1 MB: one key typed, longest task ${typed} ms (${await typing.all()}); ${slow3.toFixed(1)}x`);
  assert.ok(typed <= LIMIT * slow3, `typing: the longest task took ${typed} ms (limit ${LIMIT} x ${slow3.toFixed(1)})`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('one 1 MB paragraph with no line breaks does not freeze the page', async () => {
  const page = await open(context);
  let line = '';
  while (line.length < 1 << 20) line += seed.replace(/\n/g, ' ');
  const { ms, tasks, slow } = await bigArticle(page, line);
  const longest = await tasks.longest();
  console.log(`1 MB in one line: shown after ${ms} ms, longest task ${longest} ms (${await tasks.all()}); ${slow.toFixed(1)}x`);
  assert.ok(longest <= LIMIT * slow, `the longest task took ${longest} ms (limit ${LIMIT} x ${slow.toFixed(1)})`);
  const shown = await page.evaluate(() => document.querySelector('#article').textContent.length);
  assert.ok(shown > 1000 && shown < 200000, `a screenful is rendered first, not all: ${shown} letters`);
  await page.close();
});

// The reader's text is never lost: Sample and Clear can be undone, each
// tab keeps its own draft in IndexedDB, the embed keeps none, and a text
// the browser refuses to store says so and stays on the page.
// saved waits until the draft in storage is text and no change waits to
// be stored (an earlier store of the same text does not count).
async function saved(page, text) {
  await page.waitForFunction(async (t) => document.documentElement.dataset.saving === '0' && (await window.kildeDraft.read()) === t,
    text, { timeout: 15000, polling: 250 });
}

// unsavedChange opens the app in a new context, stores a first draft,
// then types last, which still waits for its pause to be stored.
async function unsavedChange(last) {
  const ctx = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await open(ctx);
  const first = 'Første udkast: Jens Hansen i Aarhus solgte 40 procent af Novo Nordisk.';
  const before = await generation(page);
  await fillText(page, first);
  await extracted(page, before);
  await saved(page, first);
  await fillText(page, last);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.saving), '1', 'the change is not stored yet');
  return { ctx, page };
}

test('a change typed just before a reload is not lost', async () => {
  const last = 'Sidste udkast: Lise Berg i Odense købte 12 procent af Danske Bank.';
  const { ctx, page } = await unsavedChange(last);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.restored === '1', null, { timeout: 30000 });
  await page.waitForFunction((t) => document.querySelector('#text').value === t, last, { timeout: 5000 })
    .catch(async () => assert.fail(`after a reload the box holds ${JSON.stringify((await page.inputValue('#text')).slice(0, 80))}, not the last change`));
  // It is stored in the database too, and the rescue copy is gone.
  await page.waitForFunction(async (t) => (await window.kildeDraft.read()) === t && !Object.keys(localStorage).some((k) => k.startsWith('kilde:pending:')),
    last, { timeout: 15000, polling: 250 });
  await ctx.close();
});

test('a change typed just before the tab closes is not lost', async () => {
  const last = 'Sidste udkast før fanen lukkes: Lise Berg i Odense købte 12 procent af Danske Bank.';
  const { ctx, page } = await unsavedChange(last);
  // Close the tab as a person does (the page's own close path, with its
  // pagehide), then open the app again in a new tab.
  await page.close({ runBeforeUnload: true });
  await new Promise((r) => { if (page.isClosed()) r(); else page.once('close', r); });
  const again = await open(ctx);
  await again.waitForFunction((t) => document.querySelector('#text').value === t, last, { timeout: 5000 })
    .catch(async () => assert.fail(`a new tab holds ${JSON.stringify((await again.inputValue('#text')).slice(0, 80))}, not the change typed before the close`));
  await again.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('kilde:pending:')), null, { timeout: 15000, polling: 250 });
  await ctx.close();
});

test('Sample and Clear can be undone', async () => {
  const ctx = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await open(ctx);
  const mine = 'Mit eget udkast: Jens Hansen i Aarhus solgte 40 procent af Novo Nordisk.';
  let before = await generation(page);
  await fillText(page, mine);
  await extracted(page, before);
  before = await generation(page);
  await page.click('#sample');
  await extracted(page, before);
  await page.waitForSelector('#toast');
  before = await generation(page);
  await page.click('#undo');
  await extracted(page, before);
  assert.equal(await page.inputValue('#text'), mine, 'Undo puts the text back after Sample');
  assert.equal(await page.$('#toast'), null, 'the offer goes once used');

  await page.click('#clear');
  await page.waitForSelector('#toast');
  assert.equal(await page.inputValue('#text'), '');
  before = await generation(page);
  await page.locator('body').press('Control+z');
  await extracted(page, before);
  assert.equal(await page.inputValue('#text'), mine, 'Ctrl+Z puts the text back after Clear');
  await saved(page, mine);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.restored === '1', null, { timeout: 30000 });
  // Said with what the box holds instead, should the draft not come back.
  await page.waitForFunction((t) => document.querySelector('#text').value === t, mine, { timeout: 5000 })
    .catch(async () => assert.fail(`after a reload the box holds ${JSON.stringify((await page.inputValue('#text')).slice(0, 80))}, not the draft`));
  await ctx.close();
});

test("an embed's load does not change the full app's draft", async () => {
  const ctx = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await open(ctx);
  const mine = 'Udkastet i den fulde app nævner Veronica Pedersen og 3.000 kroner.';
  const before = await generation(page);
  await fillText(page, mine);
  await extracted(page, before);
  await saved(page, mine);
  const host = await hostPage(PORT + 1, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script src="${APP}/web/embed.js"></script></head><body><div id="slot"></div><script>
  Kilde.mount(document.getElementById('slot'), { src: '${APP}/embed', height: '480px', width: '360px' })
    .then((k) => { k.load('Værtens tekst om Alibaba i Kina.'); window.loaded = true; });
</script></body></html>`);
  try {
    const hp = await ctx.newPage();
    await hp.goto(HOST + '/');
    await hp.waitForFunction(() => window.loaded, null, { timeout: 60000 });
    const frame = hp.frames().find((f) => f.url().startsWith(APP + '/embed'));
    await frame.waitForFunction(() => document.querySelector('#article')?.textContent.includes('Alibaba'), null, { timeout: 30000 });
    await hp.waitForTimeout(1500); // past any save the embed could make
    await hp.close();
  } finally {
    host.close();
  }
  const fresh = await open(ctx);
  await fresh.waitForFunction((t) => document.querySelector('#text').value === t, mine, { timeout: 30000 });
  assert.equal(await fresh.evaluate(() => window.kildeDraft.load()), mine);
  await ctx.close();
});

test('a text the browser cannot store says so and stays on the page', async () => {
  const ctx = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await open(ctx);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP, quotaSize: 64 * 1024 });
  let big = '';
  while (big.length < 400 * 1024) big += seed + '\n';
  const before = await generation(page);
  await setValue(page, big);
  await page.waitForSelector('#store-error', { timeout: 30000 });
  assert.match(await page.textContent('#store-error'), /could not be kept|kunne ikke gemmes/);
  await page.waitForFunction((b) => Number(document.documentElement.dataset.extracted || 0) > b, before, { timeout: 60000 });
  assert.equal((await page.inputValue('#text')).length, big.length, 'the text stays in the page');
  assert.ok(await page.$('#article mark'), 'and is read');
  await ctx.close();
});

// Once an article is in, it takes the page: the box closes to a bar,
// details open beside the highlight (a sheet on a phone), one scroller on
// a phone, and the panels are tabs below the article there.
async function detailInView(page) {
  await page.waitForSelector('#detail');
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => {
    const b = document.querySelector('#detail').getBoundingClientRect();
    return { top: b.top, bottom: b.bottom, left: b.left, right: b.right, w: innerWidth, h: innerHeight };
  });
  assert.ok(r.top >= 0 && r.left >= 0 && r.bottom <= r.h + 1 && r.right <= r.w + 1, `Details within the viewport: ${JSON.stringify(r)}`);
}

test('Details opens within the screen from a row and from a tapped highlight, on a phone and wide', async () => {
  for (const [w, h, mobile] of [[390, 844, true], [1440, 900, false]]) {
    const ctx = await chrome.newContext({ viewport: { width: w, height: h }, isMobile: mobile, hasTouch: mobile });
    const page = await open(ctx);
    await loadSample(page);
    assert.ok(await page.isVisible('#edit'), 'the box closed to a bar');
    assert.ok(!(await page.isVisible('#text')));
    if (mobile) {
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#article')).overflowY), 'visible', 'one scroller on a phone');
      await page.click('#tab-figures');
    }
    await page.click('#figures tbody tr:nth-child(5) button');
    await detailInView(page);
    assert.match(await page.textContent('#detail h2'), /Figure|Tal/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#detail', { state: 'detached' });
    const mark = page.locator('#article mark[data-entity]').nth(12);
    if (mobile) await mark.tap(); else await mark.click();
    await detailInView(page);
    await page.screenshot({ path: path.join(out, `detail-${w}.png`) });
    await ctx.close();
  }
});

test('a German text shows that results are unreliable, and the reader can choose the language', async () => {
  const ctx = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await open(ctx);
  const german = 'Die Bundesregierung hat am Mittwoch beschlossen, dass die Steuern für kleine Unternehmen um 3 Prozent sinken werden. ' +
    '„Das ist ein wichtiger Schritt für die Wirtschaft“, sagte Finanzminister Klaus Becker in Berlin. Die Opposition kritisierte den Plan, weil er nicht weit genug gehe und die Länder mit den Kosten allein lasse.';
  let before = await generation(page);
  await fillText(page, german);
  await extracted(page, before);
  await page.waitForSelector('#lang-warning');
  assert.match(await page.textContent('#lang-warning'), /reads Danish and English.*unreliable/);
  before = await generation(page);
  await page.click('#read-en');
  await page.waitForFunction((b) => Number(document.documentElement.dataset.extracted || 0) > b, before, { timeout: 30000 });
  assert.match(await page.textContent('#article-lang'), /English/);
  assert.equal(await page.$('#lang-warning'), null, 'the reader chose: no more warning');

  // Danish and English texts show no warning.
  before = await generation(page);
  await page.click('#sample');
  await extracted(page, before);
  assert.equal(await page.$('#lang-warning'), null);
  await ctx.close();
});

test('screenshots at four sizes, light and dark, with no sideways scrolling', async () => {
  for (const scheme of ['light', 'dark']) {
    for (const [w, h, url] of [[1440, 900, '/'], [1024, 768, '/'], [390, 844, '/'], [360, 480, '/embed']]) {
      const ctx = await chrome.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, isMobile: w < 500, hasTouch: w < 500 });
      const page = await open(ctx, APP + url);
      await loadSample(page);
      await page.locator('#article mark[data-fig]').nth(3).click();
      await page.waitForSelector('#detail');
      await page.screenshot({ path: path.join(out, `shot-${w}x${h}-${scheme}.png`) });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(wide <= 0, `${w}x${h} ${scheme}: the page scrolls sideways by ${wide} px`);
      await ctx.close();
    }
  }
});

test('panels and marks: counts agree, one quote sign per quote, a kind in the singular, a Danish title, the figures fit', async () => {
  const want = cli(seed);
  for (const w of [360, 390, 1024, 1440]) {
    const ctx = await chrome.newContext({ viewport: { width: w, height: 800 }, locale: w === 390 ? 'da-DK' : 'en-GB' });
    const page = await open(ctx);
    await loadSample(page);
    if (w < 901) await page.click('#tab-figures');
    const fit = await page.evaluate(() => {
      const t = document.querySelector('#figures table');
      return t.scrollWidth - t.parentElement.clientWidth;
    });
    assert.ok(fit <= 1, `${w} px: the figures table is ${fit} px too wide`);
    assert.match(await page.textContent('#figures h2'), new RegExp(`\\(${want.figures.length}\\)`));
    const signs = await page.evaluate(() => [...document.querySelectorAll('#article mark')]
      .filter((m) => getComputedStyle(m, '::before').content.includes('❝')).length);
    assert.equal(signs, want.quotes.length, 'the quote sign goes before each quote, not before figures or names in it');
    if (w === 390) assert.match(await page.title(), /tal, citater og navne/);
    if (w === 1440) {
      const person = want.entities.find((e) => e.kind === 'person');
      await page.click(`#m-${person.id}-0`);
      await page.waitForSelector('#detail');
      assert.match(await page.textContent('#detail dl'), /KindPerson(?!s)/);
      const q = want.quotes.findIndex((x) => x.text.length > 20);
      await page.click(`#quotes li:nth-child(1) .quote`);
      // The detail is re-rendered after the click: wait for it, not for luck.
      const shown = await page.waitForFunction(() => document.querySelector('#detail dl')?.textContent.includes('“'), null, { timeout: 5000 })
        .then(() => true, () => false);
      assert.ok(shown, 'the quote detail shows the quote');
      const before = await generation(page);
      await fillText(page, '”Vi er glade,” siger Jens Hansen.');
      await extracted(page, before);
      assert.match(await page.textContent('#stats'), /1 quote(?!s)/);
    }
    await ctx.close();
  }
});

test('keyboard: a skip link, the article one Tab stop with arrows between highlights, named marks, a combobox search', async () => {
  const ctx = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await open(ctx);
  await loadSample(page);
  await page.evaluate(() => document.activeElement?.blur());
  let stops = 0;
  for (; stops < 10; stops++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'search')) break;
    if (await page.evaluate(() => document.activeElement?.classList.contains('skip') && document.activeElement.getAttribute('href') === '#search')) {
      await page.keyboard.press('Enter');
      stops++;
      break;
    }
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search', `the search within 10 stops (${stops})`);
  assert.equal(await page.getAttribute('#search', 'role'), 'combobox');
  await page.keyboard.type('kina');
  await page.waitForSelector('#results[data-query="kina"] li');
  assert.equal(await page.getAttribute('#search', 'aria-expanded'), 'true');

  // One Tab stop in the article; arrows move between its highlights.
  assert.equal(await page.evaluate(() => document.querySelectorAll('#article mark[tabindex="0"]').length), 1);
  await page.focus('#article mark[tabindex="0"]');
  const first = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.id);
  assert.notEqual(second, first, 'ArrowRight goes to the next highlight');
  assert.equal(await page.evaluate(() => document.querySelectorAll('#article mark[tabindex="0"]').length), 1);
  const name = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.match(name, /, (Person|Organisation|Place|Other|Figure|Quote)/, `the mark is named with its kind: ${name}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#article mark.sel');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#article mark.sel'));
  await ctx.close();
});

test('axe reports no violations at all in the empty, loaded and embed states', async () => {
  const ctx = await chrome.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const check = async (page, state) => {
    await page.addScriptTag({ content: axe });
    const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.length} ${v.nodes[0]?.target}`));
    assert.deepEqual(found, [], `${state}: ${found.join('; ')}`);
  };
  let page = await open(ctx);
  await page.evaluate(() => window.kildeDraft.save(''));
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.restored === '1');
  await check(page, 'empty');
  await loadSample(page);
  await check(page, 'loaded');
  await page.click('#entities button[data-entity]');
  await page.waitForSelector('#fixes');
  await check(page, 'entity details with their corrections');
  await page.click('#fixes button[aria-pressed="false"]');
  await page.waitForSelector('#fix-count');
  await check(page, 'corrected, with the count and Undo');
  await page.click('#fix-reset');
  page = await open(ctx, APP + '/embed');
  await loadSample(page);
  await check(page, 'embed');
  await ctx.close();
});
