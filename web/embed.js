// kilde embed: put the kilde app in a frame of your page and talk to it
// with promises.
//
//   const kilde = await Kilde.mount(document.querySelector("#kilde"), { src: "https://kilde.example.org/embed" });
//   const result = await kilde.extract(articleText);   // the spec's JSON
//   kilde.load(articleText);                           // show it in the frame
//   kilde.on("select", (msg) => console.log(msg.kind, msg.item));
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

    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("kilde: the frame did not say ready")), timeout);
      function onMessage(e) {
        if (e.origin !== origin || e.source !== frame.contentWindow) return;
        const m = e.data;
        if (!m || typeof m !== "object" || m.v !== V || typeof m.type !== "string") return;
        if (m.type === "kilde:ready") {
          clearTimeout(timer);
          resolve(api);
          return;
        }
        if ((m.type === "kilde:result" || m.type === "kilde:error") && pending.has(m.id)) {
          const p = pending.get(m.id);
          pending.delete(m.id);
          if (m.type === "kilde:result") p.resolve(m.result);
          else p.reject(new Error(m.message));
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
        extract(text, lang) {
          const id = next++;
          return new Promise((res, rej) => {
            pending.set(id, { resolve: res, reject: rej });
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
          pending.forEach((p) => p.reject(new Error("kilde: unmounted")));
          pending.clear();
        },
      };
      global.addEventListener("message", onMessage);
      element.appendChild(frame);
    });
  }

  global.Kilde = { mount };
})(window);
