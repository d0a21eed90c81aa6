/// <reference types="vite/client" />
// Registers the offline service worker (docs/public/sw.js) in production builds and hands
// it what this page loaded before the worker took control, plus the other build of the
// page's own chunk (VitePress loads the "lean" one first and the full one on in-app visits).
// <html data-offline-ready> is set once all of it is cached.
import { withBase } from 'vitepress'

const PAGE_CHUNK = /\.md\.[\w-]+(\.lean)?\.js$/

export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return
  window.addEventListener('load', async () => {
    try {
      await navigator.serviceWorker.register(withBase('/sw.js'), { scope: withBase('/') })
      const registration = await navigator.serviceWorker.ready
      const worker = registration.active
      if (!worker) return
      navigator.serviceWorker.addEventListener('message', (event) => {
        if (event.data?.type === 'warmed') document.documentElement.dataset.offlineReady = 'true'
      })
      worker.postMessage({ type: 'warm', urls: loadedUrls() })
    } catch {
      // Without a worker the site works as before, only not offline.
    }
  })
}

function loadedUrls(): string[] {
  const urls = new Set<string>([location.href.split('#')[0]])
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name)
    if (url.origin !== location.origin) continue
    urls.add(url.href)
    // The first load of a page uses its chunk's "lean" build, an in-app visit the full one.
    if (PAGE_CHUNK.test(url.pathname)) {
      urls.add(url.pathname.endsWith('.lean.js') ? url.href.replace(/\.lean\.js$/, '.js') : url.href.replace(/\.js$/, '.lean.js'))
    }
  }
  return [...urls]
}
