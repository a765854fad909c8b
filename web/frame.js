// In a frame sandboxed without allow-same-origin the page has an opaque
// origin: the app's own files count as another site's, and the app
// cannot start. Say so in the frame, in place of a page that would stay
// dead, and tell the host page why no ready comes.
(function () {
  "use strict";
  if (window.origin !== "null" || window.parent === window) return;
  const da = /^da\b/.test(navigator.language || "");
  const text = da
    ? "kilde kan ikke starte i denne ramme: siden, der viser den, skal tillade scripts og samme oprindelse (sandbox=\"allow-scripts allow-same-origin\")."
    : "kilde cannot start in this frame: the page showing it must allow scripts and same-origin access (sandbox=\"allow-scripts allow-same-origin\").";
  function show() {
    const p = document.createElement("p");
    p.id = "frame-problem";
    p.setAttribute("role", "alert");
    p.textContent = text;
    p.style.cssText = "margin:1rem;padding:1rem;border:2px solid #b3261e;background:#fff;color:#1b1b1b;font:16px/1.4 system-ui,sans-serif";
    document.body.replaceChildren(p);
  }
  if (document.body) show();
  else document.addEventListener("DOMContentLoaded", show);
  const anc = location.ancestorOrigins;
  const parent = anc && anc.length ? anc[0] : "";
  if (parent && parent !== "null") {
    try {
      window.parent.postMessage({ type: "kilde:denied", v: 1, reason: "sandboxed without allow-same-origin" }, parent);
    } catch (e) { /* nothing more to tell */ }
  }
})();
