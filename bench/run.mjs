// make bench: kilde against compromise and wink-nlp in one Node process
// on the same text, the engine natively, fuzzy search, download sizes,
// and the page's start-up in Chromium. Prints one table and writes
// bench/out/bench.json. Every figure is the median of several runs;
// ratios are taken within one run.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'bench', 'out');
fs.mkdirSync(out, { recursive: true });
const go = (args, env = {}) => execFileSync('go', args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 }).toString();
const wasmEnv = { GOOS: 'js', GOARCH: 'wasm' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f, runs) => {
  f(); // warm up
  const t = [];
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    f();
    t.push(Number(process.hrtime.bigint() - s) / 1e9);
  }
  return median(t);
};
const log = (s) => process.stderr.write(s + '\n');

const result = { date: new Date().toISOString(), node: process.version };

// 1. Native.
log('bench: native engine and search…');
go(['build', '-o', path.join(out, 'native'), './bench/native']);
result.native = JSON.parse(execFileSync(path.join(out, 'native'), { cwd: root }).toString());

// 2. WebAssembly engine against the peers, same process, same text.
log('bench: WebAssembly engine against compromise and wink-nlp…');
go(['build', '-trimpath', '-ldflags=-s -w', '-o', path.join(out, 'wasmrun.wasm'), './bench/wasmrun'], wasmEnv);
const goroot = go(['env', 'GOROOT']).trim();
globalThis.fs ??= fs;
globalThis.path ??= path;
require(path.join(goroot, 'lib', 'wasm', 'wasm_exec.js'));
const runtime = new globalThis.Go();
const { instance } = await WebAssembly.instantiate(fs.readFileSync(path.join(out, 'wasmrun.wasm')), runtime.importObject);
runtime.run(instance); // keeps running: it serves calls
const memory = () => instance.exports.mem.buffer.byteLength;
const kilde = globalThis.kilde;

const nlp = require('compromise');
const winkNLP = require('wink-nlp');
const wink = winkNLP(require('wink-eng-lite-web-model'));
const peers = {
  kilde: (t) => kilde.extract(t),
  compromise: (t) => {
    const d = nlp(t);
    return d.people().out('array').length + d.places().out('array').length + d.organizations().out('array').length +
      d.numbers().out('array').length + d.money().out('array').length + d.percentages().out('array').length +
      d.quotations().out('array').length;
  },
  'wink-nlp': (t) => wink.readDoc(t).entities().out().length,
};
const en = fs.readFileSync(path.join(root, 'bench', 'testdata', 'en-news.txt'), 'utf8');
const repeat = (size) => { let s = ''; while (s.length < size) s += en + '\n'; return s; };
result.wasm = {};
for (const [label, size, runs] of [['1MB', 1 << 20, 5], ['10MB', 10 << 20, 3]]) {
  const text = repeat(size);
  const bytes = Buffer.byteLength(text);
  const row = {};
  for (const [name, f] of Object.entries(peers)) {
    const memBefore = memory();
    const s = time(() => f(text), runs);
    row[name] = { mbps: bytes / s / 1e6, seconds: s, found: f(text) };
    if (name === 'kilde' && label === '10MB') result.wasm.memoryGrowthPerInput = (memory() - memBefore) / bytes;
    log(`  ${label} ${name}: ${(bytes / s / 1e6).toFixed(2)} MB/s`);
  }
  row.ratioCompromise = row.kilde.mbps / row.compromise.mbps;
  row.ratioWink = row.kilde.mbps / row['wink-nlp'].mbps;
  result.wasm[label] = row;
}
result.wasm.exponent = 1 + Math.log((result.wasm['10MB'].kilde.seconds / (10 << 20)) / (result.wasm['1MB'].kilde.seconds / (1 << 20))) / Math.log(10);
result.wasm.keystrokeMs = {};
for (const n of [1000, 10000, 100000]) result.wasm.keystrokeMs[n] = kilde.keystrokeMs(n, 3);

// 3. Download sizes.
log('bench: sizes…');
const dist = path.join(out, 'dist');
go(['build', '-o', path.join(out, 'kilde'), '.']);
execFileSync(path.join(out, 'kilde'), ['build', '--out', dist], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
go(['build', '-trimpath', '-ldflags=-s -w', '-o', path.join(out, 'bare.wasm'), './bench/bare'], wasmEnv);
const sizes = (b) => ({
  raw: b.length,
  gzip: zlib.gzipSync(b, { level: 9 }).length,
  brotli: zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length,
});
const tables = Buffer.concat(fs.readdirSync(path.join(root, 'engine', 'lexicon', 'data')).map((f) => fs.readFileSync(path.join(root, 'engine', 'lexicon', 'data', f))));
result.size = {
  app: sizes(fs.readFileSync(path.join(dist, 'web', 'app.wasm'))),
  bare: sizes(fs.readFileSync(path.join(out, 'bare.wasm'))),
  tables: sizes(tables),
};
result.size.brotliRatio = result.size.app.brotli / result.size.bare.brotli;

// 4. Start-up in Chromium, first visit and offline reload.
log('bench: start-up in Chromium…');
const { chromium } = require('playwright-core');
const server = spawn(path.join(out, 'kilde'), ['serve', '--no-build', '--dir', dist, '--addr', '127.0.0.1:8411'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const startup = async (page, go) => {
  const t0 = Date.now();
  await go();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60000 });
  const ready = Date.now() - t0;
  const before = await page.evaluate(() => Number(document.documentElement.dataset.extracted || 0));
  await page.click('#sample');
  await page.waitForFunction((b) => Number(document.documentElement.dataset.extracted || 0) > b, before);
  return { ready, firstExtraction: Date.now() - t0 };
};
const first = [], offline = [];
for (let i = 0; i < 3; i++) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  first.push(await startup(page, () => page.goto('http://127.0.0.1:8411/')));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).length > 5, null, { polling: 300, timeout: 60000 });
  await ctx.setOffline(true);
  offline.push(await startup(page, () => page.reload()));
  await ctx.close();
}
await browser.close();
server.kill();
const med = (xs, k) => median(xs.map((x) => x[k]));
result.startup = {
  firstVisit: { readyMs: med(first, 'ready'), firstExtractionMs: med(first, 'firstExtraction') },
  offlineReload: { readyMs: med(offline, 'ready'), firstExtractionMs: med(offline, 'firstExtraction') },
};

fs.writeFileSync(path.join(out, 'bench.json'), JSON.stringify(result, null, 2));

// The table.
const f = (x, d = 2) => (typeof x === 'number' ? x.toFixed(d) : String(x));
const kb = (b) => (b / 1024).toFixed(0) + ' KB';
const n = result.native, w = result.wasm, z = result.size, s = result.startup;
const rows = [
  ['engine, WebAssembly in Node, 1 MB English', `${f(w['1MB'].kilde.mbps)} MB/s`, `compromise ${f(w['1MB'].compromise.mbps)} MB/s (×${f(w['1MB'].ratioCompromise, 1)}), wink-nlp ${f(w['1MB']['wink-nlp'].mbps)} MB/s (×${f(w['1MB'].ratioWink, 1)})`],
  ['engine, WebAssembly in Node, 10 MB English', `${f(w['10MB'].kilde.mbps)} MB/s`, `compromise ${f(w['10MB'].compromise.mbps)} MB/s (×${f(w['10MB'].ratioCompromise, 1)}), wink-nlp ${f(w['10MB']['wink-nlp'].mbps)} MB/s (×${f(w['10MB'].ratioWink, 1)})`],
  ['engine, WebAssembly, scaling exponent 1→10 MB', f(w.exponent, 3), 'target ≤ 1.05'],
  ['engine, WebAssembly, memory growth on 10 MB', `${f(w.memoryGrowthPerInput, 1)}× input`, 'linear memory after the run, minus before'],
  ['engine, native, 10 KB / 1 MB / 10 MB', `${f(n.mbps['10KB'], 1)} / ${f(n.mbps['1MB'], 1)} / ${f(n.mbps['10MB'], 1)} MB/s`, `scaling exponent ${f(n.exponent, 3)}`],
  ['engine, native, peak heap on 10 MB', `${f(n.peakHeapPerInput, 1)}× input`, ''],
  ['search per keystroke, 1k / 10k / 100k names, native', `${f(n.keystrokeMs['1000'], 3)} / ${f(n.keystrokeMs['10000'], 3)} / ${f(n.keystrokeMs['100000'], 2)} ms`, ''],
  ['search per keystroke, 1k / 10k / 100k names, WebAssembly', `${f(w.keystrokeMs['1000'], 3)} / ${f(w.keystrokeMs['10000'], 3)} / ${f(w.keystrokeMs['100000'], 2)} ms`, 'target < 16 ms at 100k'],
  ['app.wasm raw / gzip / brotli', `${kb(z.app.raw)} / ${kb(z.app.gzip)} / ${kb(z.app.brotli)}`, `bare go-app page ${kb(z.bare.raw)} / ${kb(z.bare.gzip)} / ${kb(z.bare.brotli)}; brotli ×${f(z.brotliRatio)}`],
  ['embedded tables raw / gzip / brotli', `${kb(z.tables.raw)} / ${kb(z.tables.gzip)} / ${kb(z.tables.brotli)}`, ''],
  ['Chromium, first visit: ready / first extraction', `${s.firstVisit.readyMs} / ${s.firstVisit.firstExtractionMs} ms`, 'localhost'],
  ['Chromium, offline reload: ready / first extraction', `${s.offlineReload.readyMs} / ${s.offlineReload.firstExtractionMs} ms`, 'service worker'],
];
const width = Math.max(...rows.map((r) => r[0].length));
const width2 = Math.max(...rows.map((r) => r[1].length));
console.log(`${'measure'.padEnd(width)}  ${'kilde'.padEnd(width2)}  compared with`);
for (const r of rows) console.log(`${r[0].padEnd(width)}  ${r[1].padEnd(width2)}  ${r[2]}`);
console.log(`\n(median of runs; JSON in bench/out/bench.json)`);
process.exit(0);
