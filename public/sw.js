/*
 * Keeps the built playground for use without a network.
 *
 * What it caches: the page (index.html) and every file it loads, found by
 * reading index.html and then each script for the chunks it imports
 * (Vite's hashed `assets/name-hash.js` files, lazy ones included), so the
 * share and import code works offline too, even before first use.
 *
 * How it serves:
 * - the page itself: network first, so a new version is seen as soon as it
 *   is deployed; the cached copy when the network fails;
 * - everything else in its scope: cache first. Built assets have a content
 *   hash in their names, so a cached one is never stale.
 *
 * How it updates: when a fetched index.html differs from the cached one
 * (a new build), the files it names are fetched and cached and the files
 * it no longer names are dropped, in the background. The next load uses
 * the new build. Changing this file (bump VERSION when its logic changes)
 * makes the browser install it anew, which empties the old cache.
 * Registered from src/ui/share/serviceWorker.ts in production builds only.
 */

const VERSION = 1
const CACHE = `hashmap-playground-v${VERSION}`
/** A bound on the crawl: the build has about a dozen files. */
const MAX_FILES = 80

const scope = self.registration.scope
const pageUrl = new URL('./', scope).href

/**
 * `./assets/a.js` in HTML; `"./b.js"` or `` `./b.js` `` (the minifier
 * quotes either way) in a chunk.
 */
const REFERENCE =
  /["'`(](?:\.{1,2}\/)?((?:assets\/)?[\w.-]+\.(?:js|css|svg))["'`)]/g

function references(text, base) {
  const out = []
  for (const m of text.matchAll(REFERENCE)) {
    const url = new URL(m[1], base)
    if (url.href.startsWith(scope)) out.push(url.href)
  }
  return out
}

/**
 * Whether a response is the file asked for. A static server may answer an
 * unknown path with index.html (a single-page fallback); that is not a
 * script, and caching it under a script's name would break the page.
 */
function isFile(url, response) {
  if (!response.ok) return false
  const type = response.headers.get('content-type') ?? ''
  if (url.endsWith('.js')) return /javascript/.test(type)
  if (url.endsWith('.css')) return type.startsWith('text/css')
  return !type.startsWith('text/html')
}

/** The page and every file reachable from it, fetched and cached. */
async function cacheBuild(cache, html) {
  const keep = new Set([pageUrl])
  const queue = references(html, pageUrl)
  while (queue.length > 0 && keep.size < MAX_FILES) {
    const url = queue.shift()
    if (keep.has(url)) continue
    keep.add(url)
    const response = await fetch(url, { cache: 'no-cache' })
    if (!isFile(url, response)) continue
    await cache.put(url, response.clone())
    if (url.endsWith('.js'))
      queue.push(...references(await response.text(), url))
  }
  return keep
}

async function install() {
  const cache = await caches.open(CACHE)
  const response = await fetch(pageUrl, { cache: 'no-cache' })
  if (!response.ok) throw new Error(`index.html: HTTP ${response.status}`)
  const html = await response.clone().text()
  await cacheBuild(cache, html)
  await cache.put(pageUrl, response)
}

/** A new index.html: cache its build and drop what the old one used. */
async function refresh(response) {
  const cache = await caches.open(CACHE)
  const html = await response.clone().text()
  const cached = await cache.match(pageUrl, { ignoreVary: true })
  if (cached && (await cached.text()) === html) return
  const keep = await cacheBuild(cache, html)
  await cache.put(pageUrl, response)
  for (const request of await cache.keys()) {
    if (!keep.has(request.url)) await cache.delete(request)
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('hashmap-playground-') && name !== CACHE) {
          await caches.delete(name)
        }
      }
      await self.clients.claim()
    })(),
  )
})

async function page(event) {
  try {
    const response = await fetch(event.request)
    if (response.ok && response.type === 'basic') {
      event.waitUntil(refresh(response.clone()))
    }
    return response
  } catch (error) {
    const cached = await caches.match(pageUrl, { ignoreVary: true })
    if (cached) return cached
    throw error
  }
}

async function asset(request) {
  // ignoreVary: the server varies on Origin, which a module script sends
  // (crossorigin) and the install's own fetches do not; the file is the
  // same either way.
  const cached = await caches.match(request, {
    ignoreSearch: true,
    ignoreVary: true,
  })
  if (cached) return cached
  const response = await fetch(request)
  if (response.type === 'basic' && isFile(request.url, response)) {
    const cache = await caches.open(CACHE)
    await cache.put(request, response.clone())
  }
  return response
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return
  if (request.mode === 'navigate') event.respondWith(page(event))
  else event.respondWith(asset(request))
})
