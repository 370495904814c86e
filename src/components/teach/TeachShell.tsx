import {
  type ReactNode,
  Suspense,
  lazy,
  useEffect,
  useRef,
  useState,
} from 'react'
import { useStore } from 'zustand'

import { LESSON_IDS, SCENARIO_IDS } from '../../content/presetIds'
import { connectTeach, createTeachStore } from '../../store/teach'
import { parsePageOptions } from '../../ui/teach/pageOptions'
import { selectEmbed, selectHelpOpen, selectPresent } from './teachSelectors'
import { TeachContext } from './teachContext'
import { useLiveStore } from './useLiveStore'
import './teach.css'

const HelpDialog = lazy(() =>
  import('./HelpDialog').then((m) => ({ default: m.HelpDialog })),
)

const KNOWN = { scenarios: SCENARIO_IDS, lessons: LESSON_IDS }

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
  const [teach] = useState(() =>
    createTeachStore(
      live,
      parsePageOptions(search ?? window.location.search, KNOWN),
    ),
  )
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

  // The scenario a link names is loaded once, after the first paint.
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    const id = teach.getState().options.scenario
    if (id !== null) void teach.getState().loadScenario(id)
  }, [teach])

  return (
    <TeachContext value={teach}>
      {children}
      {helpOpen ? (
        <Suspense fallback={null}>
          <HelpDialog />
        </Suspense>
      ) : null}
    </TeachContext>
  )
}
