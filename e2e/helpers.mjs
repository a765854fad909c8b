// Shared set-up of the browser tests: the built static site served by
// the real kilde binary, Debian's Chromium, and the command line's
// output to compare with.
import { spawn, execFileSync } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const out = path.join(root, 'e2e', 'out');
export const bin = path.join(out, 'kilde');
export const dist = process.env.KILDE_E2E_DIST || path.join(out, 'dist');
// KILDE_E2E_PORT moves the servers (the build's --origins must then name
// the port after it), so that two checkouts can test side by side.
export const PORT = Number(process.env.KILDE_E2E_PORT || 8311);
export const APP = `http://127.0.0.1:${PORT}`;
export const HOST = `http://127.0.0.1:${PORT + 1}`;
export const STRANGER = `http://127.0.0.1:${PORT + 2}`;
export const sample = path.join(root, 'app', 'sample-da.txt');

fs.mkdirSync(out, { recursive: true });

// cli runs "kilde extract" on text and returns the parsed JSON.
export function cli(text) {
  const file = path.join(out, 'cli-input.txt');
  fs.writeFileSync(file, text);
  return JSON.parse(execFileSync(bin, ['extract', '--format', 'json', file], { maxBuffer: 1 << 28 }).toString());
}

// serve starts the app server on APP and resolves when it listens.
export function serve(addr = `127.0.0.1:${PORT}`, ...extra) {
  return new Promise((resolve, reject) => {
    const p = spawn(bin, ['serve', '--no-build', '--dir', dist, '--addr', addr, '--origins', HOST, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    p.stdout.on('data', (d) => { if (String(d).includes('serving on')) resolve(p); });
    p.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

// page serves one HTML page on an origin of its own.
export function hostPage(port, html) {
  const s = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((resolve) => s.listen(port, '127.0.0.1', () => resolve(s)));
}

export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// open loads the app and waits until it can take work.
export async function open(context, url = APP + '/') {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60000 });
  // The draft is put back from IndexedDB a moment after start-up.
  await page.waitForFunction(() => document.documentElement.dataset.restored === '1', null, { timeout: 30000 });
  return page;
}

// extracted waits for an extraction after the one numbered before.
export async function extracted(page, before) {
  await page.waitForFunction((b) => Number(document.documentElement.dataset.extracted || 0) > b, before, { timeout: 30000 });
  // Let the reading view fill in, and make sure it shows the text now in
  // the box: a draft restored at start-up is extracted too, and its
  // extraction may be the one that passed the counter.
  await page.waitForFunction(() => {
    const article = document.querySelector('#article');
    return article && !article.querySelector('.ph') &&
      article.textContent === document.querySelector('#text').value.replace(/\n/g, '');
  }, null, { timeout: 30000, polling: 100 });
}

// loadSample loads the sample article with the page's button and waits
// until it is read.
export async function loadSample(page) {
  const before = await generation(page);
  await page.click('#sample');
  await extracted(page, before);
}

export async function generation(page) {
  return page.evaluate(() => Number(document.documentElement.dataset.extracted || 0));
}

// counts are the distinct highlights in the reading view.
export async function counts(page) {
  return page.evaluate(() => ({
    figures: new Set([...document.querySelectorAll('#article mark[data-fig]')].map((e) => e.dataset.fig)).size,
    quotes: new Set([...document.querySelectorAll('#article mark[data-quote]')].map((e) => e.dataset.quote)).size,
    mentions: new Set([...document.querySelectorAll('#article mark[data-entity]')].map((e) => e.dataset.entity + '/' + e.dataset.mention)).size,
  }));
}

export function mentions(result) {
  return result.entities.reduce((n, e) => n + e.mentions.length, 0);
}

// parseCSV reads RFC 4180 CSV.
export function parseCSV(s) {
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// watchTasks records the page's long tasks (over 50 ms, as Chromium
// reports them) from now on; longest() reads the longest.
export async function watchTasks(page) {
  await page.evaluate(() => {
    window.__longObserver?.disconnect();
    window.__long = [];
    window.__longObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); });
    window.__longObserver.observe({ type: 'longtask' });
  });
  return {
    longest: () => page.evaluate(() => Math.round(Math.max(0, ...window.__long))),
    all: () => page.evaluate(() => window.__long.map(Math.round)),
  };
}

// stage hands text to the page ahead of time: sending a long text to
// the browser is the test's work, not the page's.
export async function stage(page, text) {
  await page.evaluate((t) => { window.__staged = t; }, text);
}

// setValue puts the staged text (or text) in the box as one paste would.
export async function setValue(page, text) {
  if (text !== undefined) await stage(page, text);
  await page.evaluate(() => {
    const el = document.querySelector('#text');
    el.value = window.__staged;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  });
}

// slowness measures how much slower than a nominal machine this one runs
// now (at least 1): a fixed piece of work that takes about 12 ms on an idle
// laptop of 2020. Time limits in the tests are scaled by it, so that a
// busy test machine does not fail a page that is fine.
export async function slowness(page) {
  const ms = await page.evaluate(() => {
    const runs = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      let x = 0;
      const a = new Float64Array(4096);
      for (let i = 0; i < 8e6; i++) { x = (Math.imul(x, 1103515245) + 12345) | 0; a[i & 4095] += x; }
      if (a[0] === 42) console.log(x);
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[2];
  });
  return Math.max(1, ms / 12);
}

// fillText opens the text box if the article has closed it, and fills it.
export async function fillText(page, text) {
  if (await page.$('#edit')) await page.click('#edit');
  await page.fill('#text', text);
}
