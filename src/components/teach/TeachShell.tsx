import {
  type ReactNode,
  Suspense,
  lazy,
  useEffect,
  useRef,
  useState,
} from 'react'
import { useStore } from 'zustand'

import { connectTeach, createTeachStore } from '../../store/teach'
import {
  DEFAULT_OPTIONS,
  type ParsedOptions,
} from '../../ui/teach/pageDefaults'
import {
  selectEmbed,
  selectHelpOpen,
  selectPresent,
  selectReady,
} from './teachSelectors'
import { TeachContext } from './teachContext'
import { useLiveStore } from './useLiveStore'
import './teach.css'

const HelpDialog = lazy(() =>
  import('./HelpDialog').then((m) => ({ default: m.HelpDialog })),
)

const NO_OPTIONS: ParsedOptions = { options: DEFAULT_OPTIONS, notices: [] }

interface Props {
  readonly children: ReactNode
  /** The query string to read options from; tests pass their own. */
  readonly search?: string
}

/**
 * The teaching layer around the page: reads the URL options, provides
 * the teaching store, marks the document for presenter and embed styles,
 * listens for shortcuts and shows the help dialog.
 */
export function TeachShell({ children, search }: Props) {
  const live = useLiveStore()
  const query = search ?? window.location.search
  // A visit without options needs no parser and shows at once; a link
  // with options waits for the parser, so no panel shows that it hides.
  const plain = query === '' || query === '?'
  const [teach] = useState(() => createTeachStore(live, NO_OPTIONS, plain))
  const ready = useStore(teach, selectReady)
  const present = useStore(teach, selectPresent)
  const embed = useStore(teach, selectEmbed)
  const helpOpen = useStore(teach, selectHelpOpen)

  useEffect(() => connectTeach(teach, live), [teach, live])
  // Shortcuts are not needed for the first paint: their code comes after.
  useEffect(() => {
    let remove: (() => void) | null = null
    let gone = false
    void import('./shortcutKeys').then((m) => {
      if (!gone) remove = m.listenForShortcuts(teach, live)
    })
    return () => {
      gone = true
      remove?.()
    }
  }, [teach, live])
  useEffect(() => {
    const root = document.documentElement
    root.classList.toggle('present', present)
    root.classList.toggle('embed', embed)
    return () => {
      root.classList.remove('present')
      root.classList.remove('embed')
    }
  }, [present, embed])

  // The options are read, and the scenario a link names is loaded, once.
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    if (plain) return
    void import('../../ui/teach/pageOptions').then(async (m) => {
      const parsed = m.parsePageLink(query)
      teach.getState().applyOptions(parsed)
      const id = parsed.options.scenario
      if (id === null) return
      const { loadScenario } = await import('../../store/teachLoad')
      await loadScenario(teach, live, id)
    })
  }, [teach, live, plain, query])

  return (
    <TeachContext value={teach}>
      {ready ? children : null}
      {helpOpen ? (
        <Suspense fallback={null}>
          <HelpDialog />
        </Suspense>
      ) : null}
    </TeachContext>
  )
}
