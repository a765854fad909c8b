// Browser tests of the reader's corrections of entities (not an entity,
// another kind, merge), kept per text in the browser, in real headless
// Chromium against the built static site.
import { test, before, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { APP, out, sample, serve, browser, open, extracted, generation, loadSample, cli } from './helpers.mjs';

const seed = fs.readFileSync(sample, 'utf8');
let server, chrome, context;

before(async () => {
  server = await serve();
  chrome = await browser();
});

// Each test starts with a browser storage of its own.
beforeEach(async () => {
  await context?.close();
  context = await chrome.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});

after(async () => {
  await chrome?.close();
  server?.kill();
});

// exported reads the page's JSON export.
async function exported(page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  return JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
}

// details opens an entity's details from its row in the Entities panel.
async function details(page, e) {
  await page.click(`#entities button[data-entity="${e.id}"]`);
  await page.waitForFunction((name) => document.querySelector('#detail h2')?.textContent.endsWith(': ' + name), e.name, { timeout: 5000 });
  await page.waitForSelector(`#fixes [data-entity="${e.id}"]`);
}

// marked gives the mentions the reading view marks for an entity, and
// the classes of their first pieces.
async function marked(page, id) {
  return page.evaluate((id) => {
    const marks = [...document.querySelectorAll(`#article mark[data-entity="${id}"]`)];
    return {
      mentions: new Set(marks.map((m) => m.dataset.mention)).size,
      ids: [...document.querySelectorAll(`#article mark[id^="m-${id}-"]`)].map((m) => m.id),
      kinds: [...new Set(marks.map((m) => [...m.classList].find((c) => c.startsWith('ent-'))))],
    };
  }, id);
}

const byName = (r, name) => r.entities.find((e) => e.name === name);
const inPanel = (page, id) => page.$(`#entities button[data-entity="${id}"]`);

test('not an entity, another kind and merge show in the panels, highlights, search and exports, stay after a reload, and reset', async () => {
  const want = cli(seed);
  const gone = byName(want, 'Josua Halpern'); // a speaker: his quote keeps the words, not the link
  const other = byName(want, 'Gateway ’17');
  const near = byName(want, 'Tmall Globale');
  const into = byName(want, 'Alibaba Group');
  const merged = byName(want, 'Taobao Global');
  for (const e of [gone, other, near, into, merged]) assert.ok(e, 'the sample names the entities the test corrects');
  assert.ok(want.quotes.some((q) => q.entity === gone.id));

  let page = await open(context);
  await loadSample(page);
  assert.equal(await page.$('#fix-count'), null, 'no corrections yet');
  await page.fill('#search', 'halpern');
  await page.waitForSelector(`#results[data-query="halpern"] li[data-entity="${gone.id}"]`);
  await page.fill('#search', '');

  // Not an entity.
  await details(page, gone);
  await page.click('#fix-remove');
  await page.waitForSelector('#fix-count');
  await page.waitForFunction(() => document.activeElement?.id === 'undo', null, { timeout: 5000 }); // the keyboard is not lost
  assert.equal(await inPanel(page, gone.id), null, 'gone from the Entities panel');
  assert.deepEqual((await marked(page, gone.id)).mentions, 0, 'gone from the highlights');
  assert.match(await page.textContent('#fix-count'), /^1 correction/);
  assert.match(await page.textContent('#toast'), /Josua Halpern/);
  assert.match(await page.textContent('#stats'), new RegExp(`${want.entities.length - 1} entities`));
  await page.fill('#search', 'halpern');
  await page.waitForSelector('#results[data-query="halpern"]', { state: 'attached' });
  assert.equal(await page.$(`#results li[data-entity="${gone.id}"]`), null, 'not found by the search');
  await page.fill('#search', '');

  // Reload: the correction is kept for this text.
  await page.close();
  page = await open(context);
  await extracted(page, 0);
  assert.equal(await inPanel(page, gone.id), null, 'still gone after a reload');
  assert.equal((await marked(page, gone.id)).mentions, 0);
  assert.match(await page.textContent('#fix-count'), /^1 correction/);
  let got = await exported(page);
  assert.equal(got.entities.length, want.entities.length - 1);
  assert.ok(!got.entities.some((e) => e.id === gone.id || e.name === gone.name), 'not in the JSON export');
  const q = want.quotes.findIndex((q) => q.entity === gone.id);
  assert.deepEqual([got.quotes[q].speaker, got.quotes[q].entity], [gone.name, ''], 'its quote keeps the speaker words but loses the link');

  // Another kind, with the details shown for another entity just before:
  // the buttons act on the entity they show.
  await details(page, near);
  await details(page, other);
  assert.notEqual(other.kind, 'org', 'the entity to change is not an organisation yet');
  await page.click(`#fixes button[data-kind="org"]`);
  await page.waitForSelector(`#entities .ent-org button[data-entity="${other.id}"]`);
  assert.ok(await page.$(`#entities .ent-org button[data-entity="${near.id}"]`), 'the entity shown before is unchanged');
  assert.equal(await page.$(`#entities .ent-${other.kind} button[data-entity="${other.id}"]`), null);
  assert.ok(await page.$(`#entities li:has(button[data-entity="${other.id}"]) .fixed`), 'marked as corrected');
  assert.deepEqual((await marked(page, other.id)).kinds, ['ent-org'], 'highlighted as an organisation');
  assert.deepEqual((await marked(page, near.id)).kinds, ['ent-org']);
  assert.equal(await page.getAttribute('#fixes button[data-kind="org"]', 'aria-pressed'), 'true');
  assert.match(await page.textContent('#fix-count'), /^2 corrections/);

  // Merge.
  await details(page, merged);
  assert.equal(await page.$('#fix-into'), null, 'the list of entities opens only when asked');
  await page.click('#fix-merge-open');
  await page.waitForFunction(() => document.activeElement?.id === 'fix-into', null, { timeout: 5000 });
  await page.selectOption('#fix-into', into.id);
  await page.click('#fix-merge');
  await page.waitForFunction((id) => !document.querySelector(`#entities button[data-entity="${id}"]`), merged.id);
  const n = into.mentions.length + merged.mentions.length;
  assert.match(await page.textContent(`#entities button[data-entity="${into.id}"]`), new RegExp(` ${n}$`), 'one entity with both names\' mentions');
  const m = await marked(page, into.id);
  assert.equal(m.mentions, n);
  assert.deepEqual(m.ids.sort(), [...Array(n).keys()].map((k) => `m-${into.id}-${k}`).sort(), 'the mentions are numbered anew');
  assert.equal((await marked(page, merged.id)).mentions, 0);
  assert.match(await page.textContent('#detail h2'), /Alibaba Group/, 'the details follow the entity merged into');
  await page.waitForFunction(() => {
    const t = document.getElementById('toast')?.getBoundingClientRect(), d = document.getElementById('detail')?.getBoundingClientRect();
    return t && d && (d.bottom <= t.top || d.top >= t.bottom);
  }, null, { timeout: 5000 }); // the undo toast hides none of the details
  // Jumping goes through the merged mentions too.
  const firstMerged = into.mentions.concat(merged.mentions).sort((a, b) => a.start - b.start).findIndex((x) => x.start === merged.mentions[0].start);
  assert.equal(await page.textContent(`#m-${into.id}-${firstMerged}`), merged.mentions[0].text);

  got = await exported(page);
  const e = byName(got, into.name);
  assert.equal(e.mentions.length, n);
  assert.ok(e.aliases.includes(merged.name), 'the merged name is an alias');
  assert.ok(!got.entities.some((x) => x.id === merged.id));
  assert.equal(byName(got, other.name).kind, 'org', 'the export has the new kind');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-entities')]);
  const csv = fs.readFileSync(await dl.path(), 'utf8');
  assert.ok(!csv.includes(gone.name) && !csv.includes(`,${merged.name},`), 'the entities CSV is corrected too');
  assert.match(csv, new RegExp(`${other.id},[^\\n]*,org,`));
  assert.match(await page.textContent('#fix-count'), /^3 corrections/);
  await page.screenshot({ path: path.join(out, 'corrections.png') });

  // Reset, then Undo, then reset again.
  await page.click('#fix-reset');
  await page.waitForSelector('#fix-count', { state: 'detached' });
  assert.deepEqual(await exported(page), want, 'all back as extract reads it');
  assert.ok(await inPanel(page, gone.id));
  assert.equal((await marked(page, into.id)).mentions, into.mentions.length);
  assert.equal((await marked(page, merged.id)).mentions, merged.mentions.length);
  await page.click('#undo');
  await page.waitForSelector('#fix-count');
  assert.match(await page.textContent('#fix-count'), /^3 corrections/, 'Undo puts them back');
  assert.equal(await inPanel(page, gone.id), null);
  await page.click('#fix-reset');
  await page.waitForSelector('#fix-count', { state: 'detached' });
  await page.close();
  page = await open(context);
  await extracted(page, 0);
  assert.equal(await page.$('#fix-count'), null, 'the reset is kept');
  assert.ok(await inPanel(page, gone.id));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('corrections belong to their text: another text has none', async () => {
  const page = await open(context);
  await loadSample(page);
  const want = cli(seed);
  const e = byName(want, 'Detroit');
  await details(page, e);
  await page.click('#fix-remove');
  await page.waitForSelector('#fix-count');
  const before = await generation(page);
  if (await page.$('#edit')) await page.click('#edit');
  await page.fill('#text', seed.replace('Detroit', 'Detroit.'));
  await extracted(page, before);
  assert.equal(await page.$('#fix-count'), null, 'a changed text has no corrections');
  assert.ok(await inPanel(page, e.id));
  const again = await generation(page);
  await page.fill('#text', seed);
  await extracted(page, again);
  assert.match(await page.textContent('#fix-count'), /^1 correction/, 'the same text has its corrections again');
  assert.equal(await inPanel(page, e.id), null);
  await page.click('#fix-reset');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the embed keeps no corrections, as it keeps no draft', async () => {
  const page = await open(context, APP + '/embed');
  const before = await generation(page);
  if (await page.$('#edit')) await page.click('#edit');
  await page.fill('#text', seed);
  await extracted(page, before);
  const e = byName(cli(seed), 'Detroit');
  await details(page, e);
  await page.click('#fix-remove');
  await page.waitForSelector('#fix-count');
  assert.equal(await inPanel(page, e.id), null);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kilde:corrections')));
  assert.deepEqual(kept, [], 'nothing in localStorage');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('screenshots of the corrections in the details: wide and phone, light and dark', async () => {
  const e = byName(cli(seed), 'Veronica Pedersen');
  for (const [w, h, mobile] of [[1280, 900, false], [390, 844, true]]) {
    for (const scheme of ['light', 'dark']) {
      const ctx = await chrome.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, isMobile: mobile, hasTouch: mobile });
      const page = await open(ctx);
      await loadSample(page);
      await details(page, e);
      await page.waitForTimeout(300);
      const r = await page.evaluate(() => {
        const b = document.querySelector('#fixes').getBoundingClientRect();
        const d = document.querySelector('#detail');
        return { right: b.right, w: innerWidth, sideways: d.scrollWidth > d.clientWidth + 1 };
      });
      assert.ok(r.right <= r.w + 1 && !r.sideways, `the actions fit: ${JSON.stringify(r)}`);
      await page.screenshot({ path: path.join(out, `fix-${w}-${scheme}.png`) });
      await page.click('#fix-merge-open');
      await page.waitForSelector('#fix-into');
      const m = await page.evaluate(() => {
        const b = document.querySelector('#fix-merge').getBoundingClientRect();
        return { right: b.right, w: innerWidth };
      });
      assert.ok(m.right <= m.w + 1, `the merge list fits: ${JSON.stringify(m)}`);
      await page.screenshot({ path: path.join(out, `fix-${w}-${scheme}-merge.png`) });
      if (!mobile && scheme === 'light') {
        await page.click('.ui-switch');
        await page.waitForFunction(() => document.querySelector('#fixes-title')?.textContent === 'Ret dette navn');
        assert.match(await page.textContent('#detail dd.rule'), /^Fundet ved: den statistiske navnemodel/);
        assert.equal(await page.getAttribute('#detail dd.rule', 'title'), e.rule, 'the rule id stays at hand');
        await page.screenshot({ path: path.join(out, `fix-${w}-da.png`) });
      }
      // A correction's undo toast leaves the details (or the sheet) whole.
      await page.click('#fixes button[data-kind="org"]');
      await page.waitForFunction(() => {
        const t = document.getElementById('toast')?.getBoundingClientRect(), d = document.getElementById('detail')?.getBoundingClientRect();
        return t && d && (d.bottom <= t.top || d.top >= t.bottom);
      }, null, { timeout: 5000 });
      await page.screenshot({ path: path.join(out, `fix-${w}-${scheme}-toast.png`) });
      await ctx.close();
    }
  }
});
