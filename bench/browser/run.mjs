/**
 * The page at a million sessions, in headless Chromium: how long loading
 * takes, how long each interaction takes to paint its result, how many
 * rows are in the DOM, the JS heap after five snapshots, the initial
 * JavaScript's gzip size and Lighthouse's scores, each against its target.
 *
 *   npm run bench:browser                      # builds, then measures
 *   npm run bench:browser -- --runs 3          # fewer runs
 *   npm run bench:browser -- --no-build        # measure the last build
 *   node bench/browser/run.mjs --json out.json # also write the figures
 *   node bench/browser/run.mjs --no-lighthouse # skip Lighthouse (~15 s a run)
 *
 * Time to paint is measured in the page: `performance.now()` before the
 * action, then animation frames until the DOM shows the result, then one
 * more frame, whose callback runs after the frame holding the result was
 * painted. Every figure is the median of `--runs` runs (default 5); the
 * machine is shared, so compare medians of runs made the same day.
 * `CHROMIUM_PATH` overrides where Chromium lives (default /usr/bin/chromium).
 *
 * It measures its own build in `node_modules/.cache/bench-dist`, so a
 * `vite build` into `dist` meanwhile changes nothing.
 */

import { spawn, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { chromium } from '@playwright/test'

import { BUDGET_BYTES, initialScripts } from '../../scripts/check-bundle.mjs'
import { measureInteractions, measureLoad } from './interactions.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const DIST = 'node_modules/.cache/bench-dist'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    json: { type: 'string' },
    port: { type: 'string', default: '4179' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
  },
})
const RUNS = Math.max(1, Number(args.runs))
const PORT = Number(args.port)
const URL_ = `http://localhost:${PORT}/`

/** Targets: `max` for figures that must stay at or below, `min` above. */
const TARGETS = {
  loadMs: { max: 1500, unit: 'ms', what: 'load 1,000,000 sessions' },
  progressShown: { min: 1, unit: '', what: 'progress shown while loading' },
  take: { max: 100, unit: 'ms', what: 'take' },
  clone: { max: 100, unit: 'ms', what: 'clone (snapshot)' },
  retain: { max: 100, unit: 'ms', what: 'retain' },
  clockDrag: { max: 100, unit: 'ms', what: 'clock drag' },
  sortId: { max: 100, unit: 'ms', what: 'sort by user id' },
  sortToken: { max: 100, unit: 'ms', what: 'sort by token' },
  sortLastActive: { max: 100, unit: 'ms', what: 'sort by last active' },
  scroll: { max: 100, unit: 'ms', what: 'scroll' },
  domRows: { max: 99, unit: 'rows', what: 'table rows in the DOM' },
  heapMB: { max: 400, unit: 'MB', what: 'JS heap, 1M + five snapshots' },
  initialJsKB: { max: BUDGET_BYTES / 1000, unit: 'KB', what: 'initial JS' },
  lhPerformance: { min: 0.95, unit: '', what: 'Lighthouse performance' },
  lhAccessibility: { min: 1, unit: '', what: 'Lighthouse accessibility' },
  lhBestPractices: { min: 1, unit: '', what: 'Lighthouse best practices' },
}

function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return Number.NaN
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

async function waitForServer(url, ms) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`)
}

function startPreview() {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js')
  const child = spawn(
    process.execPath,
    // Another preview of this project (a test run) may be listening too.
    [
      vite,
      'preview',
      '--outDir',
      DIST,
      '--port',
      String(PORT),
      '--bypass-lock',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  )
  return child
}

async function browserFigures() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'],
  })
  const loads = []
  const progress = []
  let last = null
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({
        viewport: { width: 1440, height: 900 },
      })
      await page.goto(URL_)
      const load = await measureLoad(page)
      loads.push(load.ms)
      progress.push(load.progressShown ? 1 : 0)
      // Interactions are measured once per page, on the last one: each is
      // itself repeated `RUNS` times there.
      if (run === RUNS - 1) last = await measureInteractions(page, RUNS)
      await page.close()
    }
  } finally {
    await browser.close()
  }
  return {
    loadMs: median(loads),
    progressShown: Math.min(...progress),
    ...last,
  }
}

function lighthouse() {
  const scores = { performance: [], accessibility: [], 'best-practices': [] }
  const runs = Math.max(1, Number(args['lighthouse-runs']))
  for (let i = 0; i < runs; i++) {
    const res = spawnSync(
      'npx',
      [
        '--yes',
        'lighthouse@12.8.2',
        URL_,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        '--only-categories=performance,accessibility,best-practices',
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, CHROME_PATH: CHROMIUM },
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      },
    )
    if (res.status !== 0) {
      process.stderr.write(`lighthouse failed: ${res.stderr.slice(-500)}\n`)
      continue
    }
    const report = JSON.parse(res.stdout)
    for (const key of Object.keys(scores)) {
      scores[key].push(report.categories[key]?.score ?? Number.NaN)
    }
  }
  return {
    lhPerformance: median(scores.performance),
    lhAccessibility: median(scores.accessibility),
    lhBestPractices: median(scores['best-practices']),
  }
}

function verdict(key, value) {
  const t = TARGETS[key]
  if (!Number.isFinite(value)) return 'n/a'
  if (t.max !== undefined) return value <= t.max ? 'PASS' : 'MISS'
  return value >= t.min ? 'PASS' : 'MISS'
}

function printTable(figures) {
  const rows = Object.keys(TARGETS).map((key) => {
    const t = TARGETS[key]
    const v = figures[key]
    const shown = !Number.isFinite(v)
      ? '-'
      : Number.isInteger(v)
        ? String(v)
        : v.toFixed(v < 10 ? 2 : 1)
    const target =
      t.max !== undefined ? `<= ${t.max} ${t.unit}` : `>= ${t.min} ${t.unit}`
    return [t.what, `${shown} ${t.unit}`.trim(), target.trim(), verdict(key, v)]
  })
  const head = ['figure (median)', 'measured', 'target', '']
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => r[i].length)),
  )
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')
  process.stdout.write(`${line(head)}\n`)
  for (const r of rows) process.stdout.write(`${line(r)}\n`)
}

function build() {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js')
  const res = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  )
  if (res.status !== 0) throw new Error('vite build failed')
}

async function main() {
  if (!args['no-build']) build()
  const scripts = initialScripts(join(ROOT, DIST))
  const figures = {
    initialJsKB: scripts.reduce((sum, s) => sum + s.gzip, 0) / 1000,
  }
  const server = startPreview()
  try {
    await waitForServer(URL_, 30_000)
    Object.assign(figures, await browserFigures())
    if (!args['no-lighthouse']) Object.assign(figures, lighthouse())
  } finally {
    server.kill()
  }
  printTable(figures)
  if (args.json) {
    const verdicts = Object.fromEntries(
      Object.keys(TARGETS).map((k) => [k, verdict(k, figures[k])]),
    )
    const out = { runs: RUNS, figures, targets: TARGETS, verdicts, scripts }
    writeFileSync(args.json, JSON.stringify(out, null, 2) + '\n')
  }
}

await main()
