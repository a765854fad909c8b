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
