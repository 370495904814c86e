/**
 * Scenarios and lessons as `loadExperiment` inputs: their times are JSON
 * (decimal seconds and nanoseconds), the store's are nanoseconds.
 */

import type { Lesson } from '../../content/lessons'
import type { Scenario } from '../../content/scenarios'
import type { TimeJson } from '../../model/script'
import type { ExperimentInput } from '../../store/experiment'
import { NS_PER_SEC } from '../formatTime'

export function nanosOf(t: TimeJson): bigint {
  return BigInt(t.secs) * NS_PER_SEC + BigInt(t.nanos)
}

export function scenarioInput(s: Scenario): ExperimentInput {
  return {
    hasher: s.script.hasher,
    ops: s.script.ops,
    clock: nanosOf(s.clock),
    maxIdle: nanosOf(s.maxIdle),
    label: s.title,
  }
}

export function lessonInput(l: Lesson): ExperimentInput {
  return {
    hasher: l.setup.hasher,
    ops: l.setup.ops,
    clock: nanosOf(l.clock),
    maxIdle: nanosOf(l.maxIdle),
    label: `lesson: ${l.title}`,
  }
}
