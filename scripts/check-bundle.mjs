/**
 * Size budget of the JavaScript a first visit downloads: the entry script
 * of the built `dist/index.html` plus every chunk the page preloads with
 * it (Vite writes a `modulepreload` link for each static import of the
 * entry). Lazy chunks, loaded when a panel is first opened, do not count.
 *
 *   npm run size                   # after `vite build`; fails over budget
 *   node scripts/check-bundle.mjs --json   # the figures as JSON
 *
 * Sizes are gzip at level 9, as a static host would serve them.
 */

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

/** Initial JavaScript, gzipped, in bytes (1 KB = 1000 bytes). */
export const BUDGET_BYTES = 110_000

/**
 * The initial scripts of a build in `dist`: their paths relative to it and
 * their raw and gzip sizes.
 */
export function initialScripts(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const srcs = new Set()
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) {
    srcs.add(m[1])
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+\.js)"/.exec(m[0])
    if (href) srcs.add(href[1])
  }
  if (srcs.size === 0) throw new Error(`no script found in ${dist}/index.html`)
  return [...srcs].map((src) => {
    const file = src.replace(/^\.?\//, '')
    const code = readFileSync(join(dist, file))
    return { file, raw: code.length, gzip: gzipSync(code, { level: 9 }).length }
  })
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const scripts = initialScripts(join(root, 'dist'))
  const gzip = scripts.reduce((sum, s) => sum + s.gzip, 0)
  const ok = gzip <= BUDGET_BYTES
  if (process.argv.includes('--json')) {
    process.stdout.write(
      JSON.stringify({ scripts, gzip, budget: BUDGET_BYTES, ok }) + '\n',
    )
  } else {
    for (const s of scripts) {
      const kb = (s.gzip / 1000).toFixed(2)
      process.stdout.write(`${s.file}  ${kb} KB gzip\n`)
    }
    const total = (gzip / 1000).toFixed(2)
    const limit = (BUDGET_BYTES / 1000).toFixed(0)
    const verdict = ok ? 'within' : 'OVER'
    process.stdout.write(
      `initial JavaScript: ${total} KB gzip, ${verdict} the ${limit} KB budget\n`,
    )
  }
  if (!ok) process.exitCode = 1
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
