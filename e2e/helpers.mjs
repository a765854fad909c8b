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
export const dist = path.join(out, 'dist');
export const APP = 'http://127.0.0.1:8311';
export const HOST = 'http://127.0.0.1:8312';
export const STRANGER = 'http://127.0.0.1:8313';
export const sample = path.join(root, 'app', 'sample-da.txt');

fs.mkdirSync(out, { recursive: true });

// cli runs "kilde extract" on text and returns the parsed JSON.
export function cli(text) {
  const file = path.join(out, 'cli-input.txt');
  fs.writeFileSync(file, text);
  return JSON.parse(execFileSync(bin, ['extract', '--format', 'json', file], { maxBuffer: 1 << 28 }).toString());
}

// serve starts the app server on APP and resolves when it listens.
export function serve(addr = '127.0.0.1:8311', ...extra) {
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
    return article && !article.querySelector('.more') &&
      article.textContent === document.querySelector('#text').value.replace(/\n/g, '');
  }, null, { timeout: 30000, polling: 100 });
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
