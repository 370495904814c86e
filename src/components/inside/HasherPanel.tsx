import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { usePlayground } from '../../hooks/usePlayground'
import { selectHasherPanel } from '../../store/insideSelectors'
import {
  DEFAULT_KEYS,
  hex64,
  isDefaultKeys,
  randomKeys,
} from '../../ui/inside/randomKeys'

const SHOWN_KEYS = 12

/**
 * The SipHash keys the map hashes with. (0, 0) is `DefaultHasher::new()`;
 * re-seeding picks random keys as `RandomState` does in every new process
 * and runs the same script again: same contents, another order.
 */
export function HasherPanel() {
  const {
    hasher,
    reseed,
    panicked,
    map,
    order: buckets,
  } = usePlayground(useShallow(selectHasherPanel))
  const order = Array.from(buckets.subarray(0, SHOWN_KEYS), (b) => map.keyAt(b))
  const [earlier, setEarlier] = useState<{
    keys: readonly [string, string]
    order: readonly bigint[]
  } | null>(null)

  function run(keys: readonly [string, string]) {
    setEarlier({ keys: hasher, order })
    reseed(keys)
  }

  const orderText = (o: readonly bigint[]) =>
    o.length === 0
      ? '(empty)'
      : o.join(', ') + (map.len > o.length ? ', …' : '')

  return (
    <div className="hasher">
      <dl className="hasher-keys">
        <div>
          <dt>k0</dt>
          <dd>
            <code>{hasher[0]}</code> ({hex64(BigInt(hasher[0]))})
          </dd>
        </div>
        <div>
          <dt>k1</dt>
          <dd>
            <code>{hasher[1]}</code> ({hex64(BigInt(hasher[1]))})
          </dd>
        </div>
      </dl>
      <p>
        {isDefaultKeys(hasher)
          ? 'Keys (0, 0) are what DefaultHasher::new() uses, so every run ' +
            'hashes alike. '
          : 'Random keys, as a RandomState picks them. '}
        <code>HashMap::new()</code> uses <code>RandomState</code>, which draws
        random SipHash-1-3 keys in each process: the same program prints the map
        in a different order on every run, though its contents are the same.
      </p>
      <div className="hasher-actions">
        <button
          type="button"
          disabled={panicked}
          onClick={() => run(randomKeys())}
        >
          Re-seed with random keys
        </button>
        <button
          type="button"
          disabled={panicked || isDefaultKeys(hasher)}
          onClick={() => run(DEFAULT_KEYS)}
        >
          Back to keys (0, 0)
        </button>
      </div>
      <p>
        Iteration order now (first {SHOWN_KEYS}):{' '}
        <code>{orderText(order)}</code>
      </p>
      {earlier && (
        <p>
          With keys ({earlier.keys[0]}, {earlier.keys[1]}) it was:{' '}
          <code>{orderText(earlier.order)}</code>. The same {map.len} sessions
          in both.
        </p>
      )}
    </div>
  )
}
