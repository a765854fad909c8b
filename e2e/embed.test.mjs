// Browser tests of the embed mode (issue: embedding in an intranet
// page): a host on another origin frames the app and talks to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { APP, HOST, STRANGER, out, sample, serve, browser, hostPage, cli } from './helpers.mjs';

const seed = fs.readFileSync(sample, 'utf8');
let server, open, chrome, host, stranger;

const hostHTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title>
<script src="${APP}/web/embed.js"></script></head><body><h1>Newsroom tools</h1><div id="slot"></div>
<script>
  window.messages = [];
  window.ready = Kilde.mount(document.getElementById('slot'), { src: '${APP}/embed', height: '480px', width: '360px' })
    .then((k) => { window.kilde = k; k.on('select', (m) => window.messages.push(m)); return true; });
</script></body></html>`;

// A page on a third origin that frames the app and tries to use it. The
// deployment's CSP refuses that frame; a second server that lets anyone
// frame the app shows the app itself ignores the stranger too.
const OPEN = 'http://127.0.0.1:8314';
const strangerHTML = `<!doctype html><html><body><iframe id="f" src="${OPEN}/embed" width="360" height="480"></iframe>
<iframe id="g" src="${APP}/embed" width="360" height="480"></iframe>
<script>
  window.answers = [];
  window.addEventListener('message', (e) => window.answers.push(e.data));
  document.getElementById('f').addEventListener('load', () => {
    setTimeout(() => document.getElementById('f').contentWindow.postMessage({ type: 'kilde:extract', v: 1, id: 1, text: 'Jack Ma i Kina' }, '*'), 3000);
  });
</script></body></html>`;

before(async () => {
  server = await serve();
  open = await serve('127.0.0.1:8314', '--frame-ancestors', '*');
  host = await hostPage(8312, hostHTML);
  stranger = await hostPage(8313, strangerHTML);
  chrome = await browser();
});

after(async () => {
  await chrome?.close();
  server?.kill();
  open?.kill();
  host?.close();
  stranger?.close();
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

  // Malformed messages change nothing and throw nothing.
  await page.evaluate(() => {
    const w = window.kilde.frame.contentWindow;
    for (const m of [null, 'kilde:extract', 42, { type: 'kilde:extract' }, { type: 'kilde:extract', v: 2, id: 9, text: 'x' },
      { type: 'kilde:extract', v: 1, id: 10, text: 12345 }, { type: 'kilde:load', v: 1, text: { evil: true } }, { v: 1 }]) {
      w.postMessage(m, new URL(window.kilde.frame.src).origin);
    }
  });
  await expectError(page, 10, /string/);

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
  assert.deepEqual(answers, [], 'nothing is posted to a stranger');
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
