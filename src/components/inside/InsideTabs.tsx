import {
  type KeyboardEvent,
  Suspense,
  lazy,
  useId,
  useRef,
  useState,
} from 'react'

import './inside.css'

// Each panel is its own chunk, fetched the first time its tab is shown.
const MemoryPanel = lazy(() =>
  import('./MemoryPanel').then((m) => ({ default: m.MemoryPanel })),
)
const CapacityPanel = lazy(() =>
  import('./CapacityPanel').then((m) => ({ default: m.CapacityPanel })),
)
const SourcePanel = lazy(() =>
  import('./SourcePanel').then((m) => ({ default: m.SourcePanel })),
)
const OutputPanel = lazy(() =>
  import('./OutputPanel').then((m) => ({ default: m.OutputPanel })),
)
const HasherPanel = lazy(() =>
  import('./HasherPanel').then((m) => ({ default: m.HasherPanel })),
)
const ExportPanel = lazy(() =>
  import('./ExportPanel').then((m) => ({ default: m.ExportPanel })),
)

const TABS = [
  { id: 'memory', label: 'Memory', Panel: MemoryPanel },
  { id: 'capacity', label: 'Capacity over time', Panel: CapacityPanel },
  { id: 'source', label: 'Rust source', Panel: SourcePanel },
  { id: 'output', label: 'Output', Panel: OutputPanel },
  { id: 'hasher', label: 'Hasher seed', Panel: HasherPanel },
  { id: 'export', label: 'Export as Rust', Panel: ExportPanel },
] as const

type TabId = (typeof TABS)[number]['id']

/** The tabs of "Inside the table"; only the open tab is rendered. */
export function InsideTabs() {
  const [active, setActive] = useState<TabId>('memory')
  const base = useId()
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement>())
  const current = TABS.find((t) => t.id === active) ?? TABS[0]

  function onKeyDown(e: KeyboardEvent) {
    const i = TABS.findIndex((t) => t.id === active)
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1
    if (to < 0) return
    e.preventDefault()
    const id = TABS[to].id
    setActive(id)
    tabRefs.current.get(id)?.focus()
  }

  return (
    <>
      <div
        role="tablist"
        aria-label="Inside the table"
        className="inside-tabs"
        onKeyDown={onKeyDown}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) tabRefs.current.set(t.id, el)
              else tabRefs.current.delete(t.id)
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === active}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => setActive(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${current.id}`}
        className="inside-panel"
        tabIndex={0}
      >
        <Suspense fallback={<p className="inside-loading">Loading…</p>}>
          <current.Panel />
        </Suspense>
      </div>
    </>
  )
}
