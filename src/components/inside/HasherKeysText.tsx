import { usePlayground } from '../../hooks/usePlayground'
import type { PlaygroundStore } from '../../store/types'

const selectDefaultKeys = (s: PlaygroundStore) =>
  s.hasher[0] === '0' && s.hasher[1] === '0'

/** Which SipHash keys the map uses, in a few words for the page header. */
export function HasherKeysText() {
  const isDefault = usePlayground(selectDefaultKeys)
  return <>{isDefault ? 'keys (0, 0)' : 'random keys (see Hasher seed)'}</>
}
