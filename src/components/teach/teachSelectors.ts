/** Named selectors for the teaching-layer store. */

import type { TeachStore } from '../../store/teach'

type S = TeachStore

export const selectPanel = (s: S) => s.panel
export const selectPresent = (s: S) => s.present
export const selectEmbed = (s: S) => s.options.embed
export const selectPanels = (s: S) => s.options.panels
export const selectHelpOpen = (s: S) => s.helpOpen
export const selectHistory = (s: S) => s.history
export const selectViewing = (s: S) => s.history !== null
export const selectBusy = (s: S) => s.busy
export const selectLoadMessage = (s: S) => s.loadMessage
export const selectNotices = (s: S) => s.notices
export const selectLessonId = (s: S) => s.lessonId
export const selectReady = (s: S) => s.ready
