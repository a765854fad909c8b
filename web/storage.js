// In a cross-site frame the browser may refuse localStorage (it throws
// on access). The app keeps working with a storage that lives as long as
// the page: nothing is saved, but nothing breaks.
(function () {
  try {
    const k = "kilde:probe";
    window.localStorage.setItem(k, k);
    window.localStorage.removeItem(k);
  } catch (e) {
    const mem = new Map();
    const shim = {
      getItem: (k) => (mem.has(String(k)) ? mem.get(String(k)) : null),
      setItem: (k, v) => mem.set(String(k), String(v)),
      removeItem: (k) => mem.delete(String(k)),
      clear: () => mem.clear(),
      key: (i) => Array.from(mem.keys())[i] ?? null,
      get length() { return mem.size; },
    };
    try {
      Object.defineProperty(window, "localStorage", { value: shim, configurable: true });
    } catch (e2) { /* keep the app running without storage */ }
  }
})();

// Drafts: the reader's text, kept in IndexedDB (room for long articles).
// Each tab keeps its own draft, named by an id that lives as long as the
// tab (sessionStorage): a reload gets the tab's own text back, and a new
// tab starts from the draft edited last in any tab.
window.kildeDraft = (function () {
  const KEEP = 10; // drafts kept, the most recently edited
  let tab;
  try {
    tab = sessionStorage.getItem('kilde:tab');
    if (!tab) {
      tab = Date.now().toString(36) + Math.random().toString(36).slice(2);
      sessionStorage.setItem('kilde:tab', tab);
    }
  } catch (e) {
    tab = 'tab';
  }
  let db;
  function open() {
    if (!db) {
      db = new Promise((resolve, reject) => {
        if (!self.indexedDB) throw new Error('this browser keeps no storage here');
        const req = indexedDB.open('kilde', 1);
        // Texts and their times apart: choosing a draft reads only times.
        req.onupgradeneeded = () => {
          req.result.createObjectStore('drafts');
          req.result.createObjectStore('times');
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      }).catch((e) => { db = undefined; throw e; });
    }
    return db;
  }
  const result = (req) => new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const done = (t) => new Promise((resolve, reject) => {
    t.oncomplete = () => resolve();
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error || new Error('the browser refused to store the text'));
  });
  // A change still waiting for its pause when the page goes (a reload, a
  // closed tab, a link followed) is written at once where a call that
  // cannot wait can reach: localStorage, under this tab's id, which
  // outlives the tab. IndexedDB cannot be written then (its writes are
  // lost with the page). The next page to load stores it as that tab's
  // draft, at the time it was made.
  const PENDING = 'kilde:pending:';
  addEventListener('pagehide', () => {
    const el = document.getElementById('text');
    if (!el || document.documentElement.dataset.saving !== '1') return;
    try {
      localStorage.setItem(PENDING + tab, JSON.stringify({ at: Date.now(), text: el.value }));
    } catch (e) { /* too long for localStorage: the last stored draft stays */ }
  });
  const pending = (key) => {
    try {
      const p = JSON.parse(localStorage.getItem(key));
      return p && typeof p.text === 'string' ? p : null;
    } catch (e) { return null; }
  };
  const forget = () => { try { localStorage.removeItem(PENDING + tab); } catch (e) { /* none kept */ } };
  return {
    // load gives this tab's draft, else the one edited last, else "".
    // This tab's change rescued as the page went comes first: it is newer
    // than any stored draft. Other tabs' rescued changes are stored as
    // their drafts first, so a tab closed mid-change is the one edited
    // last. Right after a reload the database can refuse once while the
    // page before lets go of it: it is asked again before the draft is
    // given up.
    async load() {
      const own = pending(PENDING + tab);
      if (own) {
        this.rescue().catch(() => { /* kept in localStorage until a load can store it */ });
        return own.text;
      }
      for (let tries = 1; ; tries++) {
        try {
          await this.rescue();
          return await this.read();
        } catch (e) {
          if (tries === 3) throw e;
          db = undefined;
          await new Promise((r) => setTimeout(r, 200 * tries));
        }
      }
    },
    // rescue stores every change a page kept as it went as its tab's
    // draft, then forgets the copies.
    async rescue() {
      const keys = [];
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (k && k.startsWith(PENDING)) keys.push(k);
      }
      if (!keys.length) return;
      const t = (await open()).transaction(['drafts', 'times'], 'readwrite');
      for (const k of keys) {
        const p = pending(k);
        if (!p) continue;
        t.objectStore('drafts').put(p.text, k.slice(PENDING.length));
        t.objectStore('times').put(Number(p.at) || Date.now(), k.slice(PENDING.length));
      }
      await done(t);
      keys.forEach((k) => { try { localStorage.removeItem(k); } catch (e) { /* gone */ } });
    },
    async read() {
      const t = (await open()).transaction(['drafts', 'times']);
      const keys = await result(t.objectStore('times').getAllKeys());
      const times = await result(t.objectStore('times').getAll());
      let pick = keys.indexOf(tab);
      if (pick < 0) times.forEach((at, i) => { if (pick < 0 || at > times[pick]) pick = i; });
      if (pick < 0) return '';
      return (await result(t.objectStore('drafts').get(keys[pick]))) || '';
    },
    // save keeps text as this tab's draft; it rejects with the reason
    // when the browser refuses (storage full or unavailable).
    async save(text) {
      const t = (await open()).transaction(['drafts', 'times'], 'readwrite');
      const drafts = t.objectStore('drafts');
      const times = t.objectStore('times');
      drafts.put(text, tab);
      times.put(Date.now(), tab);
      const [keys, ats] = await Promise.all([result(times.getAllKeys()), result(times.getAll())]);
      keys.map((k, i) => [k, ats[i]]).sort((a, b) => b[1] - a[1]).slice(KEEP)
        .forEach(([k]) => { drafts.delete(k); times.delete(k); });
      await done(t);
      forget();
    },
  };
})();
