/**
 * Bytes per session of a finished map: the growth of V8's heap plus
 * ArrayBuffer memory (typed arrays live outside the heap) between a
 * collected heap before the inputs were made and a collected heap after the
 * map was built from them and the inputs were released. Token strings the
 * map keeps are counted; they are part of what a session costs. Each side
 * measures in its own process, so nothing of the other side is counted.
 */

import { SessionManager } from '../src/model/sessionManager'
import { type MapSession, mapInputs, modelInputs } from './inputs'

export type Collect = () => void

function used(collect: Collect): number {
  collect()
  collect()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

function measure(n: number, build: () => unknown, collect: Collect): number {
  const before = used(collect)
  const kept = [build()]
  const after = used(collect)
  // Read `kept` after measuring, so the map cannot be collected before.
  if (kept.length !== 1) throw new Error('the measured map was lost')
  return (after - before) / n
}

/** The model after `extend` into `new(0)`; the batch is dropped. */
export function modelBytes(n: number, seed: number, collect: Collect) {
  return measure(
    n,
    () => {
      const { keys, batch } = modelInputs(n, seed)
      const outcome = SessionManager.new(0n, keys)
      if (!outcome.ok) throw new Error(outcome.panic)
      outcome.manager.loadSessions(batch)
      return outcome.manager
    },
    collect,
  )
}

/** The `Map` holding the same sessions; the input arrays are dropped. */
export function mapBytes(n: number, seed: number, collect: Collect) {
  return measure(
    n,
    () => {
      const { ids, sessions } = mapInputs(n, seed)
      const map = new Map<bigint, MapSession>()
      for (let i = 0; i < ids.length; i++) map.set(ids[i], sessions[i])
      return map
    },
    collect,
  )
}
