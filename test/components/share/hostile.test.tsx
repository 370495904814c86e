// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { crc32, toBase64Url } from '../../../src/io/bytes'
import { encodeShareFragment } from '../../../src/io/shareLink'
import { debugMap } from '../../../src/model/debugFormat'
import { docFromState } from '../../../src/store/persistFormat'
import { createPlaygroundStore } from '../../../src/store/playgroundStore'
import { renderPlayground, stubLayout } from '../renderPlayground'

stubLayout()

/** Where a hostile text goes: a card (or panel), its field, its button. */
interface Target {
  readonly region: string
  readonly field: string | RegExp
  readonly submit: RegExp
  /** Inside the Import / export panel, opened first. */
  readonly panel?: boolean
}

const TAKE: Target = { region: 'take', field: 'user id', submit: /^take/ }
const RESERVE: Target = {
  region: 'try_reserve',
  field: 'additional',
  submit: /^try_reserve/,
}
const NEW: Target = { region: 'new', field: 'expected users', submit: /^new/ }
const RETAIN: Target = {
  region: 'retain',
  field: 'max idle',
  submit: /^retain/,
}
const CLONE: Target = {
  region: 'clone',
  field: 'snapshot label (optional)',
  submit: /^clone/,
}
const PASTE: Target = {
  region: 'extend',
  field: /sessions \(id,token,last_active/,
  submit: /^extend with pasted/,
}
const GENERATE: Target = {
  region: 'extend',
  field: 'how many',
  submit: /^extend with a generated/,
}
const EXPERIMENT: Target = {
  region: 'Import and export',
  field: /paste an experiment/,
  submit: /^Open pasted experiment/,
  panel: true,
}
const SESSIONS: Target = {
  region: 'Import and export',
  field: /paste sessions/,
  submit: /^Import pasted sessions/,
  panel: true,
}

const MARKUP = '<img src=x onerror="window.pwned=1" id=pwn>'
const SCRIPT = '<script id="pwn-script">window.pwned=1</script>'
const MEGABYTE = 'A'.repeat(1 << 20)
const HEADER = 'id,token,last_active_secs,last_active_nanos\n'

/** A real link to the demo, then damaged in the ways links are. */
function demoLink(): string {
  const doc = docFromState(createPlaygroundStore().getState())
  const made = encodeShareFragment(doc)
  if (!made.ok) throw new Error(made.error)
  return `http://localhost/${made.fragment}`
}

function flip(link: string): string {
  const i = Math.floor(link.length * 0.6)
  return link.slice(0, i) + (link[i] === 'Q' ? 'R' : 'Q') + link.slice(i + 1)
}

/** A link whose data inflates to 20 MB of zeros while claiming 100 bytes. */
function zipBomb(): string {
  const packed = deflateSync(new Uint8Array(20 << 20), { level: 9 })
  const bytes = new Uint8Array(13 + packed.length)
  const view = new DataView(bytes.buffer)
  view.setUint8(0, 1)
  view.setUint32(1, packed.length)
  view.setUint32(5, 100)
  view.setUint32(9, crc32(new Uint8Array(100)))
  bytes.set(packed, 13)
  return `#x=${toBase64Url(bytes)}`
}

const LINK = demoLink()

/** [what, where, text, valid: the op runs / the experiment loads]. */
const CASES: ReadonlyArray<readonly [string, Target, string, boolean]> = [
  ['negative id', TAKE, '-1', false],
  ['id above u64::MAX', TAKE, '18446744073709551616', false],
  ['id of a thousand digits', TAKE, '9'.repeat(1000), false],
  ['decimal id', TAKE, '42.0', false],
  ['exponent id', TAKE, '4e2', false],
  ['hex id', TAKE, '0x2a', false],
  ['id with an inner space', TAKE, '4 2', false],
  ['empty id', TAKE, '', false],
  ['id of spaces', TAKE, '   ', false],
  ['id with a plus sign, which Rust reads', TAKE, '+42', true],
  ['Arabic-Indic digits', TAKE, '٤٢', false],
  ['full-width digits', TAKE, '４２', false],
  ['id with a NUL', TAKE, '42\u0000', false],
  ['markup as an id', TAKE, MARKUP, false],
  ['id padded with spaces', TAKE, '  42  ', false],
  ['u64::MAX id', TAKE, '18446744073709551615', true],
  ['negative reserve', RESERVE, '-5', false],
  ['reserve above usize::MAX', RESERVE, '18446744073709551616', false],
  ['reserve with an exponent', RESERVE, '1e9', false],
  ['reserve with separators', RESERVE, '1_000', false],
  ['reserve in hex', RESERVE, '0xFFFF', false],
  ['NaN reserve', RESERVE, 'NaN', false],
  ['script text as a reserve', RESERVE, SCRIPT, false],
  [
    'usize::MAX reserve (Rust returns Err)',
    RESERVE,
    '18446744073709551615',
    true,
  ],
  ['negative expected users', NEW, '-8', false],
  ['decimal expected users', NEW, '8.5', false],
  ['empty expected users', NEW, '', false],
  ['negative max idle', RETAIN, '-1', false],
  ['NaN max idle', RETAIN, 'NaN', false],
  ['Infinity max idle', RETAIN, 'Infinity', false],
  ['max idle past Duration::MAX', RETAIN, '9'.repeat(30), false],
  ['max idle finer than a nanosecond', RETAIN, '0.0000000000001', false],
  ['max idle with an exponent', RETAIN, '1e3', false],
  ['fractional max idle', RETAIN, '1.5', true],
  ['markup label', CLONE, MARKUP, true],
  ['script label', CLONE, SCRIPT, true],
  ['right-to-left override label', CLONE, '\u202Egnp.exe', true],
  ['quotes and backslashes label', CLONE, `"'\\"\\\\`, true],
  ['markup token', PASTE, `900,${MARKUP},1700000000`, true],
  ['script token', PASTE, `901,${SCRIPT},1700000000`, true],
  ['quotes and backslashes token', PASTE, `902,"'\\,1700000000`, true],
  [
    'control characters token',
    PASTE,
    '903,\u0007\u001b[31m\t,1700000000',
    true,
  ],
  ['emoji token', PASTE, '904,🦀🔑👩‍👩‍👧,1700000000', true],
  ['right-to-left token', PASTE, '905,\u202Eevil\u202C,1700000000', true],
  ['a megabyte token', PASTE, `906,${MEGABYTE},1700000000`, false],
  ['a megabyte with no commas', PASTE, MEGABYTE, false],
  ['lone surrogate token', PASTE, '907,\uD800,1700000000', false],
  ['negative id in a paste', PASTE, '-1,a,1700000000', false],
  ['NaN time in a paste', PASTE, '1,a,NaN', false],
  ['huge time in a paste', PASTE, `1,a,${'9'.repeat(40)}`, false],
  ['negative batch size', GENERATE, '-3', false],
  ['batch size with an exponent', GENERATE, '1e6', false],
  ['truncated link', EXPERIMENT, LINK.slice(0, -30), false],
  ['bit-flipped link', EXPERIMENT, flip(LINK), false],
  [
    'link mangled by a mail client',
    EXPERIMENT,
    `<${LINK.replace(/(.{50})/g, '$1\n ')}>`,
    true,
  ],
  ['zip bomb link', EXPERIMENT, zipBomb(), false],
  ['link-looking markup', EXPERIMENT, `#x=${MARKUP}`, false],
  [
    'JSON key above 2^64',
    EXPERIMENT,
    '{"format":"hashmap-playground","version":1,' +
      '"clock":{"secs":"1","nanos":0},' +
      '"settings":{"maxIdle":{"secs":"1","nanos":0},"maxIdleUnit":"s",' +
      '"memoryBytes":"1"},' +
      '"script":{"hasher":[18446744073709551616,0],"ops":[]}}',
    false,
  ],
  ['deeply nested JSON', EXPERIMENT, `{"a":${'['.repeat(100_000)}`, false],
  ['prototype pollution', EXPERIMENT, '{"__proto__":{"polluted":1}}', false],
  ['a megabyte of text', EXPERIMENT, `{${MEGABYTE}`, false],
  [
    'JSON id above 2^53, exact',
    SESSIONS,
    '[{"id":9007199254740993,"token":null,"last_active":{"secs":1700000000,"nanos":0}}]',
    true,
  ],
  [
    'JSON id above u64::MAX',
    SESSIONS,
    '[{"id":18446744073709551616,"token":null,"last_active":{"secs":1,"nanos":0}}]',
    false,
  ],
  [
    'JSON id as a float',
    SESSIONS,
    '[{"id":1.5,"token":null,"last_active":{"secs":1,"nanos":0}}]',
    false,
  ],
  [
    'CSV formula token',
    SESSIONS,
    `${HEADER}910,=cmd|' /C calc'!A0,1700000000,0`,
    true,
  ],
  [
    'CSV markup token',
    SESSIONS,
    `${HEADER}911,"${MARKUP.replace(/"/g, '""')}",1700000000,0`,
    true,
  ],
  ['CSV negative nanos', SESSIONS, `${HEADER}912,a,1700000000,-1`, false],
  [
    'CSV nanos of a second',
    SESSIONS,
    `${HEADER}913,a,1700000000,1000000000`,
    false,
  ],
  ['CSV with no rows', SESSIONS, HEADER, false],
  ['CSV with an unclosed quote', SESSIONS, `${HEADER}914,"a,1,0`, false],
]

async function enter(target: Target, text: string) {
  const page = renderPlayground()
  if (target.panel) {
    await page.user.click(
      screen.getByRole('button', { name: 'Import / export' }),
    )
  }
  const region = await screen.findByRole(
    'region',
    { name: target.region },
    { timeout: 5000 },
  )
  const card = within(region)
  const input = card.getByLabelText(target.field)
  await page.user.clear(input)
  if (text !== '') {
    await page.user.click(input)
    await page.user.paste(text)
  }
  const before = page.state()
  const debugBefore = debugMap(page.map())
  const button = card.getByRole('button', { name: target.submit })
  if (!button.hasAttribute('disabled')) await page.user.click(button)
  return { page, before, debugBefore, region }
}

describe('hostile input through the page', () => {
  it('has at least fifty cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50)
  })

  it.each(CASES)('%s: refused or inert', async (_, target, text, valid) => {
    const scripts = document.querySelectorAll('script').length

    const { page, before, debugBefore, region } = await enter(target, text)

    expect(
      screen.getByRole('heading', { name: 'HashMap Session Playground' }),
    ).toBeVisible()
    if (valid) {
      expect(page.state().script).not.toBe(before.script)
    } else {
      expect(page.state().script).toBe(before.script)
      expect(page.state().runner).toBe(before.runner)
      expect(debugMap(page.map())).toBe(debugBefore)
      const shown = region.querySelector(
        '[aria-invalid="true"], [role="alert"], .field-error',
      )
      if (text !== '' || !target.panel) expect(shown).not.toBeNull()
    }
    expect(document.querySelectorAll('script')).toHaveLength(scripts)
    expect(document.getElementById('pwn')).toBeNull()
    expect(document.getElementById('pwn-script')).toBeNull()
    expect(document.querySelector('[onerror]')).toBeNull()
    expect((window as { pwned?: number }).pwned).toBeUndefined()
    expect(({} as { polluted?: number }).polluted).toBeUndefined()
  })

  it('shows a markup token as text in the table', async () => {
    await enter(PASTE, `900,${MARKUP},1700000000`)

    expect(document.body.textContent).toContain(MARKUP)
    expect(document.querySelector('img')).toBeNull()
  })
})
