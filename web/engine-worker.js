// The engine in a worker of its own: the page sends {id, text, lang,
// whole} and gets {id, out} (a JSON string with whole, else {layout, text},
// two Uint8Arrays; see worker/main.go) or {id, error}. Reading a long article here never
// holds the page.
importScripts('/wasm_exec.js');

const go = new Go();
const ready = (async () => {
  const res = fetch('/web/engine.wasm');
  let mod;
  try {
    mod = await WebAssembly.instantiateStreaming(res, go.importObject);
  } catch (e) {
    // A server that does not say application/wasm: compile from bytes.
    const bytes = await (await fetch('/web/engine.wasm')).arrayBuffer();
    mod = await WebAssembly.instantiate(bytes, go.importObject);
  }
  go.run(mod.instance); // sets kildeExtract, then waits for calls
})();

self.onmessage = async (e) => {
  const { id, text, lang, whole } = e.data || {};
  try {
    await ready;
    const out = self.kildeExtract(text, lang || '', !!whole);
    if (out === null) throw new Error('text must be a string');
    self.postMessage({ id, out }, typeof out === 'string' ? [] : [out.layout.buffer, out.text.buffer]);
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err) });
  }
};
