/**
 * A lesson's action run through the store's own actions, exactly as the
 * learner's click on the operation would run it, so the log, results and
 * explanations are the usual ones.
 */

import { assertNever } from '../model/hashbrown/tryReserveError'
import { toNanos } from '../model/rust/time'
import { type ScriptOp, timeFromJson } from '../model/script'
import type { PlaygroundStore } from './types'

export function runLessonAction(store: PlaygroundStore, op: ScriptOp): void {
  switch (op.op) {
    case 'new':
      return store.newManager(BigInt(op.expected))
    case 'try_reserve':
      return store.tryReserve(BigInt(op.additional))
    case 'extend':
      return store.extendEntries(op.entries)
    case 'extend_generated':
      return store.extendGenerated(op.spec)
    case 'snapshot':
      return store.snapshot(op.label ?? '')
    case 'restore':
      return store.rollback(op.index)
    case 'take':
      return store.take(BigInt(op.id))
    case 'cleanup':
      // retain runs at the store's clock: move it to the op's now first.
      store.jumpClock(toNanos(timeFromJson(op.now)))
      return store.retain(toNanos(timeFromJson(op.max_idle)))
    case 'shrink_to_fit':
      throw new Error('shrink_to_fit is not an operation of the playground')
    default:
      return assertNever(op)
  }
}
