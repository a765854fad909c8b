// kilde embed: put the kilde app in a frame of your page and talk to it
// with promises.
//
//   const kilde = await Kilde.mount(document.querySelector("#kilde"), { src: "https://kilde.example.org/embed" });
//   const result = await kilde.extract(articleText);   // the spec's JSON
//   kilde.load(articleText);                           // show it in the frame
//   kilde.on("select", (msg) => console.log(msg.kind, msg.item));
//
// Options: src, width, height, theme, title; timeout (ms to wait for the
// frame to say ready, default 30000); extractTimeout (ms to wait for one
// extraction, default 120000; kilde.extract(text, lang, {timeout})
// overrides it per call).
//
// Messages are checked against the frame's origin both ways, and never
// posted to "*".
(function (global) {
  "use strict";
  const V = 1;

  function mount(element, options) {
    options = options || {};
    const src = new URL(options.src || "/embed", global.location.href);
    if (options.theme) src.searchParams.set("theme", options.theme);
    const origin = src.origin;
    const frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = options.title || "kilde";
    frame.style.width = options.width || "100%";
    frame.style.height = options.height || "480px";
    frame.style.border = "0";
    let next = 1;
    const pending = new Map();
    const listeners = new Map();
    const timeout = options.timeout || 30000;
    const extractTimeout = options.extractTimeout || 120000;
    const here = global.location.origin;

    return new Promise((resolve, reject) => {
      let ready = false;
      const timer = setTimeout(() => {
        global.removeEventListener("message", onMessage);
        reject(new Error(`kilde: the frame at ${origin} did not say ready within ${timeout / 1000} s; ` +
          `check that ${here} is on the app's allow-list (kilde build --origins "${here}") and in its ` +
          `Content-Security-Policy frame-ancestors, and that the frame is not sandboxed without allow-scripts allow-same-origin`));
      }, timeout);
      function onMessage(e) {
        if (e.source !== frame.contentWindow) return;
        const m = e.data;
        // A frame sandboxed without allow-same-origin has the origin
        // "null": only its kilde:denied is read.
        if (e.origin !== origin && !(e.origin === "null" && m && m.type === "kilde:denied")) return;
        if (!m || typeof m !== "object" || m.v !== V || typeof m.type !== "string") return;
        if (m.type === "kilde:ready") {
          ready = true;
          clearTimeout(timer);
          resolve(api);
          return;
        }
        if (m.type === "kilde:denied") {
          if (ready) return;
          clearTimeout(timer);
          global.removeEventListener("message", onMessage);
          const why = typeof m.reason === "string" ? m.reason : "denied";
          reject(new Error(why.startsWith("sandboxed")
            ? `kilde: the frame cannot start: it is ${why}; give the frame sandbox="allow-scripts allow-same-origin" or no sandbox`
            : `kilde: the app at ${origin} refused this page (${why}): ${here} is not on its allow-list; ` +
              `rebuild it with kilde build --origins "${here}" (or KILDE_ORIGINS) and add ${here} to its frame-ancestors`));
          return;
        }
        if ((m.type === "kilde:result" || m.type === "kilde:error") && pending.has(m.id)) {
          const p = pending.get(m.id);
          pending.delete(m.id);
          clearTimeout(p.timer);
          if (m.type === "kilde:result") p.resolve(m.result);
          else p.reject(new Error("kilde: " + m.message));
          return;
        }
        const name = m.type.slice("kilde:".length);
        (listeners.get(name) || []).forEach((fn) => fn(m));
      }
      function send(msg) {
        frame.contentWindow.postMessage(Object.assign({ v: V }, msg), origin);
      }
      const api = {
        frame,
        extract(text, lang, opts) {
          const id = next++;
          const ms = (opts && opts.timeout) || extractTimeout;
          return new Promise((res, rej) => {
            const timer = setTimeout(() => {
              pending.delete(id);
              rej(new Error(`kilde: no answer to extract within ${ms / 1000} s; the text may be too long for the frame, ` +
                `or the frame stopped (pass a longer {timeout} to extract if the text is long)`));
            }, ms);
            pending.set(id, { resolve: res, reject: rej, timer });
            send({ type: "kilde:extract", id, text, lang });
          });
        },
        load(text) { send({ type: "kilde:load", text }); },
        theme(theme) { send({ type: "kilde:theme", theme }); },
        on(name, fn) {
          if (!listeners.has(name)) listeners.set(name, []);
          listeners.get(name).push(fn);
          return api;
        },
        destroy() {
          global.removeEventListener("message", onMessage);
          frame.remove();
          pending.forEach((p) => { clearTimeout(p.timer); p.reject(new Error("kilde: unmounted")); });
          pending.clear();
        },
      };
      global.addEventListener("message", onMessage);
      element.appendChild(frame);
    });
  }

  global.Kilde = { mount };
})(window);
