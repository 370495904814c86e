/**
 * The JSON text of times and sessions, written by hand so that every file
 * the playground makes spells them one way: fields in a fixed order,
 * numbers canonical, ids and seconds in quotes.
 */

import type { EntryJson, TimeJson } from '../model/script'

/** `{"secs":"1700000000","nanos":5}` */
export function timeText(t: TimeJson): string {
  return `{"secs":${JSON.stringify(t.secs)},"nanos":${t.nanos}}`
}

/** `{"id":"42","token":null,"last_active":{...}}` */
export function entryText(e: EntryJson): string {
  return (
    `{"id":${JSON.stringify(e.id)},"token":${JSON.stringify(e.token)},` +
    `"last_active":${timeText(e.last_active)}}`
  )
}
