/**
 * Replays an experiment document on the model and gathers everything a
 * user can see: each op's outcome, the final map and every snapshot, with
 * capacity, layout and sessions in iteration order.
 */

import { DEFAULT_LIMITS } from '../../../src/model/hashbrown/rawTable'
import { type OpOutcome, ScriptRunner } from '../../../src/model/script'
import type { SessionMap } from '../../../src/model/sessionMap'
import type { ExperimentDoc } from '../../../src/io/experimentSchema'
import { sessionsOf } from '../../../src/io/sessionFiles'

export function mapState(map: SessionMap) {
  return {
    len: map.len,
    capacity: map.capacity,
    buckets: map.buckets,
    growthLeft: map.growthLeft,
    sessions: [...sessionsOf(map)],
  }
}

export function replay(doc: ExperimentDoc) {
  const runner = new ScriptRunner(doc.script.hasher, {
    memoryBytes: BigInt(doc.settings.memoryBytes),
    maxBuckets: DEFAULT_LIMITS.maxBuckets,
  })
  const outcomes: OpOutcome[] = doc.script.ops.map((op) => runner.apply(op))
  return {
    outcomes,
    panicked: runner.panicked,
    final: runner.manager === null ? null : mapState(runner.manager.sessions),
    snapshots: runner.timeline.map(mapState),
  }
}
