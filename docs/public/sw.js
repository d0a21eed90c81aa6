// Offline support: a network-first cache of this site's own GET requests. Online, every
// response comes from the network (so a new deploy shows at once) and a copy is kept;
// offline, pages, chunks, fonts and the search index already fetched come from that copy.
const CACHE = 'llm-interview-offline-v1'
const MAX_ENTRIES = 500

self.addEventListener('install', () => self.skipWaiting())

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name)
      await self.clients.claim()
    })()
  )
})

function cacheable(request) {
  const url = new URL(request.url)
  return request.method === 'GET' && url.origin === self.location.origin && url.pathname.startsWith(new URL(self.registration.scope).pathname)
}

async function remember(request, response) {
  if (!response || response.status !== 200 || response.type !== 'basic') return
  const cache = await caches.open(CACHE)
  await cache.put(request, response)
  const keys = await cache.keys()
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) await cache.delete(key)
}

async function networkFirst(event) {
  try {
    const response = await fetch(event.request)
    event.waitUntil(remember(event.request, response.clone()))
    return response
  } catch (error) {
    const cached = await caches.match(event.request, { ignoreVary: true })
    if (cached) return cached
    throw error
  }
}

self.addEventListener('fetch', (event) => {
  if (!cacheable(event.request)) return
  event.respondWith(networkFirst(event))
})

// The page asks for what it loaded before this worker took control (its own HTML, chunks,
// styles, fonts) to be kept too, then hears back when that is done.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'warm' || !Array.isArray(event.data.urls)) return
  event.waitUntil(
    (async () => {
      const urls = event.data.urls.filter((url) => typeof url === 'string').slice(0, 200)
      await Promise.all(
        urls.map(async (url) => {
          const request = new Request(url)
          if (!cacheable(request)) return
          try {
            await remember(request, await fetch(request))
          } catch {
            // Offline already, or gone: nothing to keep.
          }
        })
      )
      event.source?.postMessage({ type: 'warmed', count: urls.length })
    })()
  )
})
