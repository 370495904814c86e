/**
 * The fixed part of an exported program: the hasher, the seed's `Session`
 * and `SessionManager`, and the helpers that print what the playground
 * shows. Everything here is Rust source text; ./rustProgram.ts adds `main`.
 *
 * The hasher is SipHash-1-3 written from the SipHash paper (Aumasson and
 * Bernstein, https://www.aumasson.jp/siphash/siphash.pdf), the algorithm
 * behind std's `RandomState` and `DefaultHasher`
 * (https://doc.rust-lang.org/std/hash/struct.DefaultHasher.html).
 * The session manager keeps the seed's method bodies; only `new` takes the
 * hasher and `cleanup_inactive` takes `now`, as the playground's model does.
 */

import type { OutputLimits } from './outputFormat'
import { rustInt } from './rustLiteral'

/** The doc comment and `use` lines at the top of the file. */
export function rustHeader(title: string): string {
  return `//! ${title}
//!
//! A Rust program exported by the HashMap session playground. It runs the
//! experiment's operations on a real std::collections::HashMap and prints,
//! after each one, what the playground shows. It uses only the standard
//! library:
//!
//!     rustc -O --edition 2021 main.rs && ./main
//!
//! Output, per operation i (results are Rust's own {:?} text):
//!
//!     op {i}: {operation} -> {result} len={len()} capacity={capacity()}
//!     keys: {the keys in iteration order}
//!     map: {the {:?} of the map, only while len() <= DEBUG_LIMIT}
//!
//! An id list longer than KEY_LIST_LIMIT is shown as a count and a
//! checksum of the ids in order. A SessionManager::new whose reservation
//! fails panics, as in the seed program, and ends the run.
//!
//! Capacities and iteration order are those of Rust 1.95's HashMap
//! (hashbrown 0.16) on x86_64, which probes in groups of 16 control bytes;
//! other targets (aarch64 uses groups of 8) or versions may differ.

// Not every experiment calls every method of the session manager.
#![allow(dead_code)]

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime};
`
}

const HASHER = `
// ---------------------------------------------------------------------------
// The hasher: SipHash-1-3 with fixed keys
// ---------------------------------------------------------------------------

/// SipHash-1-3 as a streaming Hasher: the message is cut into 8-byte
/// little-endian words, each mixed in with 1 round ("1"), and the end with
/// 3 rounds ("3"). This is the algorithm behind std's RandomState and
/// DefaultHasher; with keys (0, 0) it gives exactly the hashes of
/// DefaultHasher::new().
#[derive(Clone)]
struct SipHasher13 {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    /// The bytes of an unfinished word, the first one lowest.
    tail: u64,
    /// How many bytes were written in all; len % 8 of them are in tail.
    len: u64,
}

impl SipHasher13 {
    fn with_keys(k0: u64, k1: u64) -> Self {
        // The key xor-ed with the ASCII of "somepseudorandomlygeneratedbytes".
        SipHasher13 {
            v0: k0 ^ 0x736f_6d65_7073_6575,
            v1: k1 ^ 0x646f_7261_6e64_6f6d,
            v2: k0 ^ 0x6c79_6765_6e65_7261,
            v3: k1 ^ 0x7465_6462_7974_6573,
            tail: 0,
            len: 0,
        }
    }

    /// One SipRound: two independent add-rotate-xor halves, then a swap.
    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v1 = self.v1.rotate_left(13) ^ self.v0;
        self.v3 = self.v3.rotate_left(16) ^ self.v2;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v1 = self.v1.rotate_left(17) ^ self.v2;
        self.v3 = self.v3.rotate_left(21) ^ self.v0;
        self.v2 = self.v2.rotate_left(32);
    }

    /// Mixes in one message word with a single round.
    fn compress(&mut self, word: u64) {
        self.v3 ^= word;
        self.round();
        self.v0 ^= word;
    }
}

impl Hasher for SipHasher13 {
    // A u64 key arrives as write_u64, whose default body writes its 8
    // little-endian bytes here.
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.tail |= u64::from(byte) << (8 * (self.len % 8));
            self.len += 1;
            if self.len % 8 == 0 {
                let word = self.tail;
                self.compress(word);
                self.tail = 0;
            }
        }
    }

    fn finish(&self) -> u64 {
        let mut s = self.clone();
        // The last word: the leftover bytes, and the length mod 256 on top.
        let last = s.tail | ((s.len & 0xff) << 56);
        s.compress(last);
        s.v2 ^= 0xff;
        for _ in 0..3 {
            s.round();
        }
        s.v0 ^ s.v1 ^ s.v2 ^ s.v3
    }
}

/// Gives the HashMap a fresh SipHash-1-3 hasher with the same keys for
/// every key it hashes. std's RandomState does the same with random keys
/// (drawn once per thread, then varied for each map), which is why
/// HashMap::new() iterates in another order on every run; fixed keys make
/// this run repeatable.
#[derive(Clone, Copy)]
struct SipBuildHasher {
    k0: u64,
    k1: u64,
}

impl BuildHasher for SipBuildHasher {
    type Hasher = SipHasher13;

    fn build_hasher(&self) -> SipHasher13 {
        SipHasher13::with_keys(self.k0, self.k1)
    }
}
`

const MANAGER = `
// ---------------------------------------------------------------------------
// The seed program: Session and SessionManager
// ---------------------------------------------------------------------------

/// The map's type: user id -> session, hashed with the keys above.
type Sessions = HashMap<u64, Session, SipBuildHasher>;

#[derive(Debug, Clone)]
struct Session {
    token: Option<String>, // one-time consumable token for authentication
    last_active: SystemTime,
}

#[derive(Debug)]
struct SessionManager {
    sessions: Sessions, // user_id -> Session
}

impl SessionManager {
    /// create manager with capacity for n users
    ///
    /// The seed calls HashMap::new(), which hashes with RandomState; here
    /// the hasher is passed in. A failed reservation panics with
    /// "Failed to reserve capacity for sessions: {the TryReserveError:?}".
    fn new(expected_users: usize, hasher: SipBuildHasher) -> Self {
        let mut sessions = HashMap::with_hasher(hasher);
        sessions
            .try_reserve(expected_users)
            .expect("Failed to reserve capacity for sessions");
        Self { sessions }
    }

    /// Add session in bulk (e.g. from DB or config)
    fn load_sessions(&mut self, data: Vec<(u64, Session)>) {
        // extend -> merge sessions; a later duplicate id replaces an earlier one
        self.sessions.extend(data);
    }

    /// Take a snapshot (rollback)
    fn snapshot(&self) -> Sessions {
        self.sessions.clone()
    }

    /// cleanup inactive sessions
    ///
    /// The seed reads SystemTime::now(); here the clock is passed in, so
    /// the run is repeatable. A session dated after now is removed too:
    /// duration_since fails, and unwrap_or(false) drops it.
    fn cleanup_inactive(&mut self, now: SystemTime, max_idle: Duration) {
        self.sessions.retain(|_, session| {
            now.duration_since(session.last_active)
                .map(|d| d <= max_idle)
                .unwrap_or(false)
        });
    }

    /// Consume a one-time token for a user
    fn consume_token(&mut self, user_id: u64) -> Option<String> {
        // HashMap has no take(): this is Option::take on the value from get_mut
        if let Some(session) = self.sessions.get_mut(&user_id) {
            session.token.take()
        } else {
            None
        }
    }
}
`

function helpers(limits: OutputLimits): string {
  return `
// ---------------------------------------------------------------------------
// Input data and printing
// ---------------------------------------------------------------------------

/// Print the {:?} of the whole map only while it has at most this many entries.
const DEBUG_LIMIT: usize = ${rustInt(limits.debugLimit)};
/// Print id lists in full up to this length; longer ones as a count and checksum.
const KEY_LIST_LIMIT: usize = ${rustInt(limits.keyListLimit)};

/// One session of a batch: (user id, token, last active as seconds and
/// nanoseconds since the Unix epoch).
type Row = (u64, Option<&'static str>, u64, u32);

fn at(secs: u64, nanos: u32) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::new(secs, nanos)
}

/// The Vec<(u64, Session)> that load_sessions takes.
fn batch(rows: &[Row]) -> Vec<(u64, Session)> {
    rows.iter()
        .map(|&(id, token, secs, nanos)| {
            let token = token.map(String::from);
            (id, Session { token, last_active: at(secs, nanos) })
        })
        .collect()
}

/// The ids cleanup_inactive is about to remove, in iteration order: the
/// sessions its retain closure answers false for.
fn expired_ids(sessions: &Sessions, now: SystemTime, max_idle: Duration) -> Vec<u64> {
    sessions
        .iter()
        .filter(|(_, s)| {
            !now.duration_since(s.last_active)
                .map(|d| d <= max_idle)
                .unwrap_or(false)
        })
        .map(|(&id, _)| id)
        .collect()
}

/// [1, 2, 3], or for a long list its length and an order-sensitive
/// checksum (FNV-1a's constants, one u64 at a time).
fn id_list(ids: &[u64]) -> String {
    if ids.len() <= KEY_LIST_LIMIT {
        return format!("{ids:?}");
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &id in ids {
        h = (h ^ id).wrapping_mul(0x0100_0000_01b3);
    }
    format!("<{} ids, checksum {h:#018x}>", ids.len())
}

/// Prints what the playground shows after operation i.
fn report(i: usize, operation: &str, result: &str, sessions: &Sessions) {
    let (len, capacity) = (sessions.len(), sessions.capacity());
    println!("op {i}: {operation} -> {result} len={len} capacity={capacity}");
    let keys: Vec<u64> = sessions.keys().copied().collect();
    println!("keys: {}", id_list(&keys));
    if len <= DEBUG_LIMIT {
        println!("map: {sessions:?}");
    }
}
`
}

/** Everything before `main`. */
export function rustPrelude(title: string, limits: OutputLimits): string {
  return rustHeader(title) + HASHER + MANAGER + helpers(limits)
}
