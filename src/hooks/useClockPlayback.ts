import { useEffect } from 'react'

import type { PlaySpeed } from '../store/types'

/** Ticks no faster than this, however fast the chosen speed. */
const MIN_TICK_MS = 50

/**
 * While `playing`, moves the clock forward `speed` slider steps a second
 * by calling `stepClock`. The store stops playing at the end of the range.
 */
export function useClockPlayback(
  playing: boolean,
  speed: PlaySpeed,
  stepClock: (steps: number) => void,
): void {
  useEffect(() => {
    if (!playing) return
    const tickMs = Math.max(1000 / speed, MIN_TICK_MS)
    const steps = Math.round((speed * tickMs) / 1000)
    const timer = setInterval(() => stepClock(steps), tickMs)
    return () => clearInterval(timer)
  }, [playing, speed, stepClock])
}
