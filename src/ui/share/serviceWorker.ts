/**
 * Registers `public/sw.js`, which keeps the built page for offline use.
 * Only in a production build (in development it would serve stale modules
 * to Vite's hot reload) and only on http(s): a file:// page or a sandboxed
 * frame cannot have one. How it updates is described in `public/sw.js`.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return
  if (!/^https?:$/.test(window.location.protocol)) return
  if (!('serviceWorker' in navigator)) return
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Offline use is a bonus: the page works the same without it.
    })
  }
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
