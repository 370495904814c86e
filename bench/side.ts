/**
 * One side of the benchmark (`model` or `map`, the first argument) in its
 * own process, driven by `run.ts` over IPC. Keeping the sides apart keeps
 * each one's garbage and GC work out of the other's timings.
 *
 * Requests, answered in order:
 *   { kind: 'inputs', n, seed }  → { kind: 'ready' }
 *   { kind: 'op', op }           → { kind: 'timed', ms, check }
 *   { kind: 'memory', n, seed }  → { kind: 'bytes', bytesPerSession }
 */

import { mapInputs, modelInputs } from './inputs'
import { mapBytes, modelBytes } from './memory'
import {
  type Check,
  type Op,
  type Subject,
  mapSubject,
  modelSubject,
} from './workloads'

export type Request =
  | { readonly kind: 'inputs'; readonly n: number; readonly seed: number }
  | { readonly kind: 'op'; readonly op: Op }
  | { readonly kind: 'memory'; readonly n: number; readonly seed: number }

export type Reply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'timed'; readonly ms: number; readonly check: Check }
  | { readonly kind: 'bytes'; readonly bytesPerSession: number }
  | { readonly kind: 'failed'; readonly message: string }

const side = process.argv[2]
if (side !== 'model' && side !== 'map') {
  throw new Error(`expected side "model" or "map", got ${side}`)
}
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('bench sides need node --expose-gc')
const collect = gc

/**
 * After a full GC, V8 still sweeps and releases memory on background
 * threads; on a small, busy machine that slows the next operation. Waiting
 * in proportion to the heap lets that work finish first.
 */
function settle(n: number): Promise<void> {
  const ms = Math.max(2, Math.ceil(n / 5_000))
  return new Promise((resolve) => setTimeout(resolve, ms))
}

let subject: Subject | null = null
let size = 0

async function handle(req: Request): Promise<Reply> {
  switch (req.kind) {
    case 'inputs':
      subject = null
      size = req.n
      subject =
        side === 'model'
          ? modelSubject(modelInputs(req.n, req.seed))
          : mapSubject(mapInputs(req.n, req.seed))
      return { kind: 'ready' }
    case 'op': {
      if (!subject) throw new Error('no inputs yet')
      subject.prepare(req.op)
      collect()
      await settle(size)
      const start = performance.now()
      const check = subject.run(req.op)
      return { kind: 'timed', ms: performance.now() - start, check }
    }
    case 'memory': {
      subject = null
      const measure = side === 'model' ? modelBytes : mapBytes
      return {
        kind: 'bytes',
        bytesPerSession: measure(req.n, req.seed, collect),
      }
    }
    default:
      throw new Error(`unknown request ${JSON.stringify(req satisfies never)}`)
  }
}

process.on('message', (req: Request) => {
  handle(req).then(
    (reply) => process.send!(reply),
    (e: unknown) => process.send!({ kind: 'failed', message: String(e) }),
  )
})
