// Browser tests of the embed mode (issue: embedding in an intranet
// page): a host on another origin frames the app and talks to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { PORT, APP, HOST, STRANGER, out, dist, sample, serve, browser, hostPage, cli } from './helpers.mjs';

const seed = fs.readFileSync(sample, 'utf8');
let server, open, chrome, host, stranger, outsider;

const hostHTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title>
<script src="${APP}/web/embed.js"></script></head><body><h1>Newsroom tools</h1><div id="slot"></div>
<script>
  window.messages = [];
  window.all = [];
  window.addEventListener('message', (e) => window.all.push(e.data));
  window.ready = Kilde.mount(document.getElementById('slot'), { src: '${APP}/embed', height: '480px', width: '360px' })
    .then((k) => { window.kilde = k; k.on('select', (m) => window.messages.push(m)); return true; });
</script></body></html>`;

// A page on a third origin that frames the app and tries to use it. The
// deployment's CSP refuses that frame; a second server that lets anyone
// frame the app shows the app itself ignores the stranger too.
const OPEN = `http://127.0.0.1:${PORT + 3}`;
const strangerHTML = `<!doctype html><html><body><iframe id="f" src="${OPEN}/embed" width="360" height="480"></iframe>
<iframe id="g" src="${APP}/embed" width="360" height="480"></iframe>
<script>
  window.answers = [];
  window.addEventListener('message', (e) => window.answers.push(e.data));
  document.getElementById('f').addEventListener('load', () => {
    setTimeout(() => document.getElementById('f').contentWindow.postMessage({ type: 'kilde:extract', v: 1, id: 1, text: 'Jack Ma i Kina' }, '*'), 3000);
  });
</script></body></html>`;

// A page on a fourth origin, not on the allow-list: mounting the app
// that lets anyone frame it is refused by the app itself; mounting the
// deployment is refused by its CSP, so no ready comes. A frame
// sandboxed without allow-same-origin says why it cannot start.
const OUTSIDER = `http://127.0.0.1:${PORT + 4}`;
const outsiderHTML = `<!doctype html><html><head><script src="${APP}/web/embed.js"></script></head><body>
<div id="a"></div><div id="b"></div>
<iframe id="sandboxed" sandbox="allow-scripts" src="${OPEN}/embed" width="360" height="480"></iframe>
<script>
  window.denied = [];
  window.addEventListener('message', (e) => { if (e.source === document.getElementById('sandboxed').contentWindow) window.denied.push({ origin: e.origin, data: e.data }); });
  const t0 = Date.now();
  window.open_ = Kilde.mount(document.getElementById('a'), { src: '${OPEN}/embed', timeout: 60000 })
    .then(() => ({ ok: true }), (e) => ({ message: e.message, ms: Date.now() - t0 }));
  window.csp = Kilde.mount(document.getElementById('b'), { src: '${APP}/embed', timeout: 4000 })
    .then(() => ({ ok: true }), (e) => ({ message: e.message }));
</script></body></html>`;

before(async () => {
  server = await serve();
  open = await serve(`127.0.0.1:${PORT + 3}`, '--frame-ancestors', '*');
  host = await hostPage(PORT + 1, hostHTML);
  stranger = await hostPage(PORT + 2, strangerHTML);
  outsider = await hostPage(PORT + 4, outsiderHTML);
  chrome = await browser();
});

after(async () => {
  await chrome?.close();
  server?.kill();
  open?.kill();
  host?.close();
  stranger?.close();
  outsider?.close();
});

test('a host on another origin gets ready, extracts, and hears selections', async () => {
  const ctx = await chrome.newContext({ viewport: { width: 900, height: 700 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(HOST + '/');
  await page.waitForFunction(() => window.kilde, null, { timeout: 60000 });

  const got = await page.evaluate((t) => window.kilde.extract(t), seed);
  assert.deepEqual(got, cli(seed), 'the same result as extract on the command line');

  // Malformed messages change nothing and throw nothing; the version
  // must be exactly the integer 1.
  await page.evaluate(() => {
    const w = window.kilde.frame.contentWindow;
    for (const m of [null, 'kilde:extract', 42, { type: 'kilde:extract' }, { type: 'kilde:extract', v: 2, id: 9, text: 'x' },
      { type: 'kilde:extract', v: 1.5, id: 11, text: 'Jack Ma' }, { type: 'kilde:extract', v: '1', id: 12, text: 'Jack Ma' },
      { type: 'kilde:extract', v: 1.0000001, id: 13, text: 'Jack Ma' },
      { type: 'kilde:extract', v: 1, id: 10, text: 12345 }, { type: 'kilde:load', v: 1, text: { evil: true } }, { v: 1 }]) {
      w.postMessage(m, new URL(window.kilde.frame.src).origin);
    }
  });
  await expectError(page, 10, /string/);
  const answered = await page.evaluate(() => window.all.filter((m) => m && [9, 11, 12, 13].includes(m.id)));
  assert.deepEqual(answered, [], 'no answer to a message whose v is not exactly 1');

  // A text over the frame's limit is an error, not a crash; so is a
  // shorter text of letters that take two bytes each.
  for (const [ch, n] of [['a', 16 * 1048576 + 1], ['ø', 8 * 1048576 + 1]]) {
    const msg = await page.evaluate(([ch, n]) => window.kilde.extract(ch.repeat(n)).then(() => 'accepted', (e) => e.message), [ch, n]);
    assert.match(msg, /longer than the embed's limit of 16 MB/);
  }
  // An extraction that takes longer than its timeout is rejected with a
  // message; the frame keeps working.
  const late = await page.evaluate(() => window.kilde.extract('Jack Ma talte i Kina.', undefined, { timeout: 1 }).then(() => 'answered', (e) => e.message));
  assert.match(late, /no answer to extract within 0.001 s/);

  // Load a text into the frame, click an entity there: the host hears it.
  await page.evaluate((t) => window.kilde.load(t), seed);
  const frame = page.frameLocator('iframe');
  await frame.locator('#article mark[data-entity]').first().waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(out, 'embed.png') });
  await frame.locator('#entities li button').first().click();
  await page.waitForFunction(() => window.messages.some((m) => m.type === 'kilde:select' && m.kind === 'entity'), null, { timeout: 10000 });
  const sel = await page.evaluate(() => window.messages.find((m) => m.kind === 'entity'));
  assert.ok(sel.item.id && sel.item.name && sel.item.mentions.length > 0, 'the selected entity comes with its data');
  assert.deepEqual(errors, []);
  await ctx.close();
});

async function expectError(page, id, re) {
  // The one malformed-but-addressed request (text not a string) gets an error; the rest nothing.
  const msg = await page.evaluate((id) => new Promise((resolve) => {
    const seen = [];
    window.addEventListener('message', (e) => { if (e.data && e.data.id === id) resolve(e.data); seen.push(e.data); });
    setTimeout(() => resolve(null), 3000);
  }), id).catch(() => null);
  // The reply may have come before the listener: ask again to be sure.
  const again = msg || await page.evaluate(() => window.kilde.extract(12345).catch((e) => ({ type: 'kilde:error', message: e.message })));
  assert.match(again.message, re);
  // And the app still answers.
  const r = await page.evaluate(() => window.kilde.extract('Jack Ma talte i Kina.'));
  assert.ok(r.entities.length >= 2);
}

test('a third origin gets no answer, and the app keeps working', async () => {
  const ctx = await chrome.newContext();
  const page = await ctx.newPage();
  await page.goto(STRANGER + '/');
  await page.waitForTimeout(6000);
  const answers = await page.evaluate(() => window.answers);
  assert.ok(answers.length >= 1, 'the stranger is told it is not allowed');
  for (const a of answers) {
    assert.deepEqual(a, { type: 'kilde:denied', v: 1, reason: 'origin not allowed' }, 'a stranger learns it is not allowed, and nothing else');
  }
  const frame = page.frames().find((f) => f.url().startsWith(OPEN));
  assert.ok(frame, 'the app loaded in the open frame');
  const blocked = page.frames().find((f) => f.url().startsWith(APP));
  const framed = blocked && await blocked.evaluate(() => !!document.querySelector('#app-wasm-loader, .kilde')).catch(() => false);
  assert.ok(!framed, 'the deployment refuses to be framed by a stranger');
  await frame.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await frame.click('#sample');
  await frame.waitForSelector('#article mark', { timeout: 30000 });
  await ctx.close();
});

test('a page not on the allow-list is told why, and a sandboxed frame says it cannot start', async () => {
  const ctx = await chrome.newContext();
  const page = await ctx.newPage();
  await page.goto(OUTSIDER + '/');
  const denied = await page.evaluate(() => window.open_);
  assert.match(denied.message || '', /not on its allow-list/);
  assert.ok(denied.message.includes(OUTSIDER), 'the message names the origin to add');
  assert.ok(denied.ms < 30000, 'the mount is refused at once, not after its timeout');
  const csp = await page.evaluate(() => window.csp);
  assert.match(csp.message || '', /did not say ready within 4 s.*allow-list.*frame-ancestors/);

  const problem = page.frameLocator('#sandboxed').locator('#frame-problem');
  await problem.waitFor({ timeout: 20000 });
  assert.match(await problem.textContent(), /cannot start in this frame|kan ikke starte/);
  await page.waitForFunction(() => window.denied.length > 0, null, { timeout: 10000 });
  const msgs = await page.evaluate(() => window.denied);
  assert.deepEqual(msgs.map((m) => m.data), [{ type: 'kilde:denied', v: 1, reason: 'sandboxed without allow-same-origin' }]);
  await ctx.close();
});

function get(url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('the server sends the build\'s precompressed app.wasm and lists no folders', async () => {
  const raw = fs.readFileSync(path.join(dist, 'web', 'app.wasm'));
  const br = await get(APP + '/web/app.wasm', { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.match(br.headers.vary || '', /Accept-Encoding/);
  assert.ok(br.body.length < raw.length / 3, `brotli body ${br.body.length} bytes for ${raw.length}`);
  assert.ok(zlib.brotliDecompressSync(br.body).equals(raw), 'the brotli body decodes to app.wasm');
  const gz = await get(APP + '/web/app.wasm', { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(zlib.gunzipSync(gz.body).equals(raw), 'the gzip body decodes to app.wasm');
  const plain = await get(APP + '/web/app.wasm', {});
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.ok(plain.body.equals(raw));
  const appJS = fs.readFileSync(path.join(dist, 'app.js'), 'utf8');
  assert.ok(appJS.includes(`goappWasmContentLength = "${raw.length}"`), 'the loading progress counts the raw size');
  for (const dir of ['/web/', '/web']) {
    const res = await get(APP + dir, {});
    assert.equal(res.status, 404, `${dir} is not listed`);
    assert.ok(!res.body.toString().includes('app.wasm'));
  }
});
