/**
 * The seed program's `SessionManager`, line by line, with the lines each
 * operation runs and a link to the std documentation of every method it
 * calls. Source: the project's seed, session-manager-hashmap.md.
 */

import { assertNever } from '../../model/hashbrown/tryReserveError'
import type { ScriptOpName } from '../../model/script'

export const SESSION_MANAGER_SOURCE = `#[derive(Debug, Clone)]
struct Session {
    token: Option<String>, // one-time consumable token for authentication
    last_active: SystemTime,
}

#[derive(Debug)]
struct SessionManager {
    sessions: HashMap<u64, Session>, // user_id -> Session
}

impl SessionManager {
    /// create manager with capacity for n users
    fn new(expected_users: usize) -> Self {
        let mut sessions = HashMap::new();
        sessions
            .try_reserve(expected_users)
            .expect("Failed to reserve capacity for sessions");
        Self { sessions }
    }

    /// Add session in bulk (e.g. from DB or config)

    fn load_sessions(&mut self, data: Vec<(u64, Session)>) {
        // extent -> merge sessions
        self.sessions.extend(data);
    }

    /// Take a snapshot (rollback)
    fn snapshot(&self) -> HashMap<u64, Session> {
        self.sessions.clone()
    }

    /// cleanup inactive sessions

    fn cleanup_inactive(&mut self, max_idle: Duration) {
        let now = SystemTime::now();

        self.sessions.retain(|_, session| {
            now.duration_since(session.last_active)
                .map(|d| d <= max_idle)
                .unwrap_or(false)
        });
    }

    /// Consume a one-time token for a user

    fn consume_token(&mut self, user_id: u64) -> Option<String> {
        if let Some(session) = self.sessions.get_mut(&user_id) {
            session.token.take()
        } else {
            None
        }
    }
}`

export const SOURCE_LINES: readonly string[] =
  SESSION_MANAGER_SOURCE.split('\n')

const STD = 'https://doc.rust-lang.org/std'
const HASH_MAP = `${STD}/collections/struct.HashMap.html`
const SYSTEM_TIME = `${STD}/time/struct.SystemTime.html`
const RESULT = `${STD}/result/enum.Result.html`

/** Where each called item is documented; keys are what the source spells. */
export const DOC_LINKS: Readonly<Record<string, string>> = {
  'HashMap::new': `${HASH_MAP}#method.new`,
  try_reserve: `${HASH_MAP}#method.try_reserve`,
  expect: `${RESULT}#method.expect`,
  extend: `${HASH_MAP}#method.extend`,
  clone: `${HASH_MAP}#method.clone`,
  'SystemTime::now': `${SYSTEM_TIME}#method.now`,
  retain: `${HASH_MAP}#method.retain`,
  duration_since: `${SYSTEM_TIME}#method.duration_since`,
  map: `${RESULT}#method.map`,
  unwrap_or: `${RESULT}#method.unwrap_or`,
  get_mut: `${HASH_MAP}#method.get_mut`,
  take: `${STD}/option/enum.Option.html#method.take`,
}

export type SourcePart =
  { readonly text: string } | { readonly text: string; readonly href: string }

const METHODS =
  'try_reserve|expect|extend|clone|retain|duration_since|map|unwrap_or|get_mut|take'
const CALL = new RegExp(`HashMap::new|SystemTime::now|\\.(${METHODS})\\(`, 'g')

/** One line split into plain text and linked method names. */
export function sourceParts(line: string): SourcePart[] {
  const parts: SourcePart[] = []
  let at = 0
  for (const m of line.matchAll(CALL)) {
    const name = m[1] ?? m[0]
    const start = m[1] ? m.index + 1 : m.index
    if (start > at) parts.push({ text: line.slice(at, start) })
    parts.push({ text: name, href: DOC_LINKS[name] })
    at = start + name.length
  }
  if (at < line.length || parts.length === 0) {
    parts.push({ text: line.slice(at) })
  }
  return parts
}

function linesMatching(...fragments: string[]): number[] {
  return fragments.map((f) => {
    const i = SOURCE_LINES.findIndex((l) => l.includes(f))
    if (i < 0) throw new Error(`the source has no line with ${f}`)
    return i
  })
}

function range(from: string, to: string): number[] {
  const [a, b] = linesMatching(from, to)
  return Array.from({ length: b - a + 1 }, (_, k) => a + k)
}

/** What the last op ran, as 0-based line numbers of SOURCE_LINES. */
export interface SourceTrace {
  readonly lines: readonly number[]
  /** What ran outside `SessionManager`, when something did. */
  readonly note: string | null
}

/**
 * The lines `op` ran. For `take`, `found` and `token` say which branch of
 * `consume_token` ran; `panicked` says that `new`'s `expect` panicked.
 */
export function traceOp(
  op: ScriptOpName,
  take?: { readonly found: boolean; readonly token: boolean },
  panicked = false,
): SourceTrace {
  switch (op) {
    case 'new':
      if (panicked) {
        return {
          lines: range('let mut sessions = HashMap::new()', '.expect('),
          note:
            'try_reserve returned Err, so expect panicked: Self { sessions } ' +
            'never ran and the program stopped.',
        }
      }
      return {
        lines: range('let mut sessions = HashMap::new()', 'Self { sessions }'),
        note: null,
      }
    case 'try_reserve':
      return {
        lines: [],
        note:
          'try_reserve was called on the field directly ' +
          '(manager.sessions.try_reserve(n)); SessionManager only calls it in new.',
      }
    case 'extend':
    case 'extend_generated':
      return { lines: linesMatching('self.sessions.extend(data)'), note: null }
    case 'snapshot':
      return { lines: linesMatching('self.sessions.clone()'), note: null }
    case 'restore':
      return {
        lines: [],
        note:
          'Rolling back is not a SessionManager method: the playground runs ' +
          'manager.sessions = snapshot.clone(), HashMap’s clone again.',
      }
    case 'cleanup':
      return {
        lines: range('let now = SystemTime::now()', '});'),
        note: 'In the playground, now is the simulated clock.',
      }
    case 'take': {
      const [ifLine, takeLine, elseLine, noneLine] = linesMatching(
        'if let Some(session)',
        'session.token.take()',
        '} else {',
        '            None',
      )
      return {
        lines:
          take?.found === false
            ? [ifLine, elseLine, noneLine]
            : [ifLine, takeLine],
        note: null,
      }
    }
    case 'shrink_to_fit':
      return {
        lines: [],
        note: 'shrink_to_fit is not called by SessionManager.',
      }
    default:
      return assertNever(op)
  }
}
