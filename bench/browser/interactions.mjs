/**
 * The measurements `run.mjs` takes in one page: loading a million sessions
 * and each interaction after it. Every action runs inside the page, so the
 * time covers the event handler, React's render and commit, and the paint
 * that follows, and none of the DevTools protocol's round trips.
 */

const MILLION = 1_000_000
/** The demo's sessions, which the page starts with. */
const DEMO_LEN = 6

/** Installs `window.__ttp(act, done)`: ms from `act()` to the painted `done()`. */
async function installTimer(page) {
  await page.evaluate(() => {
    const frame = () => new Promise((r) => requestAnimationFrame(r))
    window.__ttp = async (act, done, limitMs = 60_000) => {
      const t0 = performance.now()
      act()
      if (done()) {
        // The result is in the DOM already: the next frame paints it, and
        // the frame after that starts once it was painted.
        await frame()
        await frame()
        return performance.now() - t0
      }
      for (;;) {
        await frame()
        // Seen in a frame's callback: that frame paints it next.
        if (done()) break
        if (performance.now() - t0 > limitMs) throw new Error('no result')
      }
      await frame()
      return performance.now() - t0
    }
    window.__setInput = (el, value) => {
      const proto = Object.getPrototypeOf(el)
      const setter = Object.getOwnPropertyDescriptor(proto, 'value').set
      setter.call(el, value)
      el.dispatchEvent(new Event('input', { bubbles: true }))
    }
    window.__lastLog = () => document.querySelector('[role=log] li:last-child')
    window.__rows = () =>
      document.querySelectorAll('tbody tr:not([aria-hidden])').length
  })
}

function region(page, name) {
  return page.getByRole('region', { name, exact: true })
}

/**
 * Extends the demo map with a generated batch of a million random ids and
 * returns the time to the painted summary, and whether a progress
 * indicator was shown meanwhile.
 */
export async function measureLoad(page) {
  await installTimer(page)
  const extend = region(page, 'extend')
  await extend.getByLabel('how many').fill(String(MILLION))
  await extend.getByLabel('ids').selectOption('random')
  const want = new Intl.NumberFormat('en-US').format(MILLION + DEMO_LEN)
  return page.evaluate(async (want) => {
    let progressShown = false
    const seen = () => {
      if (document.querySelector('progress, [role=progressbar]')) {
        progressShown = true
      }
    }
    const observer = new MutationObserver(seen)
    observer.observe(document.body, { childList: true, subtree: true })
    const button = [...document.querySelectorAll('button')].find((b) =>
      b.textContent.startsWith('extend with a generated'),
    )
    const len = () =>
      [...document.querySelectorAll('.summary-item')]
        .find((d) => d.querySelector('dt')?.textContent.trim() === 'len')
        ?.querySelector('dd')?.textContent
    const ms = await window.__ttp(
      () => button.click(),
      () => {
        seen()
        return len() === want
      },
    )
    observer.disconnect()
    return { ms, progressShown }
  }, want)
}

/** Time to paint of `runs` clicks on `take` for ids of rows in view. */
function takeRuns(page, runs) {
  return page.evaluate(async (runs) => {
    const form = document
      .querySelector('button[type=submit]')
      .ownerDocument.evaluate(
        "//button[text()='take']",
        document,
        null,
        XPathResult.FIRST_ORDERED_NODE_TYPE,
      ).singleNodeValue.form
    const input = form.querySelector('input')
    const button = form.querySelector('button[type=submit]')
    const rows = [...document.querySelectorAll('tbody tr:not([aria-hidden])')]
    const times = []
    for (let i = 0; i < runs; i++) {
      const id = rows[i % rows.length].querySelector('td,th').textContent
      window.__setInput(input, id.replace(/\D/g, ''))
      await new Promise((r) => requestAnimationFrame(r))
      const before = window.__lastLog()
      times.push(
        await window.__ttp(
          () => button.click(),
          () => window.__lastLog() !== before,
        ),
      )
    }
    return times
  }, runs)
}

/** Time to paint of clicking a form's submit button named `name`. */
function submitRuns(page, name, runs) {
  return page.evaluate(
    async ({ name, runs }) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === name && b.type === 'submit',
      )
      const times = []
      for (let i = 0; i < runs; i++) {
        const before = window.__lastLog()
        times.push(
          await window.__ttp(
            () => button.click(),
            () => window.__lastLog() !== before,
          ),
        )
      }
      return times
    },
    { name, runs },
  )
}

/** `retain` on the full map each time: rolled back to snapshot 0 between. */
async function retainRuns(page, runs) {
  const times = []
  for (let i = 0; i < runs; i++) {
    await page.getByRole('button', { name: /^Roll back to snapshot_0/ }).click()
    await page.waitForTimeout(50)
    times.push(...(await submitRuns(page, 'retain', 1)))
  }
  return times
}

/** The clock slider moved one position at a time, as a drag does. */
function clockRuns(page, runs) {
  return page.evaluate(async (runs) => {
    const slider = document.querySelector('input.clock-slider')
    const time = () => document.querySelector('.clock-time').textContent
    const times = []
    for (let i = 0; i < runs; i++) {
      const before = time()
      const next = String(Math.max(0, Number(slider.value) - 1))
      times.push(
        await window.__ttp(
          () => window.__setInput(slider, next),
          () => time() !== before,
        ),
      )
    }
    return times
  }, runs)
}

/** Sorting by `label` ascending from the map's order, `runs` times. */
function sortRuns(page, label, runs) {
  return page.evaluate(
    async ({ label, runs }) => {
      const header = () =>
        [...document.querySelectorAll('th')].find((th) =>
          th.textContent.startsWith(label),
        )
      const click = () => header().querySelector('button').click()
      const sorted = () => header().getAttribute('aria-sort') === 'ascending'
      const times = []
      for (let i = 0; i < runs; i++) {
        times.push(await window.__ttp(click, sorted))
        // Descending, then back to the map's order (not timed).
        for (let k = 0; k < 2; k++) {
          click()
          await new Promise((r) => setTimeout(r, 30))
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      return times
    },
    { label, runs },
  )
}

/** Jumps far down the table; done when the row at the new top is drawn. */
function scrollRuns(page, runs) {
  return page.evaluate(async (runs) => {
    const scroller = document.querySelector('.table-scroll')
    const rowHeight = 64
    const times = []
    for (let i = 0; i < runs; i++) {
      const row = 10_000 * (i + 1) + 17
      const want = `tr[aria-rowindex="${row + 2}"]`
      times.push(
        await window.__ttp(
          () => {
            scroller.scrollTop = row * rowHeight
          },
          () => document.querySelector(want) !== null,
        ),
      )
    }
    return times
  }, runs)
}

/**
 * JS memory after a full collection, in MB (10^6 bytes): the used V8 heap
 * plus the array buffers' backing stores, where the table's typed-array
 * columns live (V8 counts those outside its heap).
 */
async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const use = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return (use.usedSize + (use.backingStorageSize ?? 0)) / 1e6
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/**
 * Every interaction `runs` times on a page holding a million sessions;
 * the medians, the DOM row count and the heap after five snapshots.
 */
export async function measureInteractions(page, runs) {
  const domRows = await page.evaluate(() => window.__rows())
  const take = await takeRuns(page, runs)
  const clone = await submitRuns(page, 'clone', 5)
  const heap = await heapMB(page)
  const sortId = await sortRuns(page, 'user id', runs)
  const sortToken = await sortRuns(page, 'token', runs)
  const sortLastActive = await sortRuns(page, 'last active', runs)
  const scroll = await scrollRuns(page, runs)
  const clockDrag = await clockRuns(page, runs)
  const retain = await retainRuns(page, runs)
  const domRowsAfter = await page.evaluate(() => window.__rows())
  return {
    take: median(take),
    clone: median(clone),
    retain: median(retain),
    clockDrag: median(clockDrag),
    sortId: median(sortId),
    sortToken: median(sortToken),
    sortLastActive: median(sortLastActive),
    scroll: median(scroll),
    domRows: Math.max(domRows, domRowsAfter),
    heapMB: heap,
    samples: {
      take,
      clone,
      retain,
      clockDrag,
      sortId,
      sortToken,
      sortLastActive,
      scroll,
    },
  }
}
