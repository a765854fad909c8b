//go:build !js

package site

// workerJS is the service worker: go-app's, with the install and
// activation awaited (a failed install must not wipe the old cache),
// page loads matched without their query ("/?embed=1" offline) and
// falling back to the cached app page, and a cache named by version so
// that an update is picked up on a later visit.
const workerJS = `const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(resourcesToCache);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") {
    return;
  }
  event.respondWith(fromCache(event.request));
});

async function fromCache(request) {
  const navigation = request.mode === "navigate";
  const cached = await caches.match(request, { ignoreSearch: navigation });
  if (cached) {
    return cached;
  }
  try {
    return await fetch(request);
  } catch (err) {
    if (navigation) {
      const root = await caches.match("/");
      if (root) {
        return root;
      }
    }
    throw err;
  }
}
`
