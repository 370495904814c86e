//! The workload of the playground's `npm run bench` on the real
//! `std::collections::HashMap<u64, Session>` (RandomState, SipHash-1-3), so
//! the TypeScript model can be compared with the map it models.
//!
//! ```sh
//! cargo build --release --manifest-path tools/rust-bench/Cargo.toml
//! tools/rust-bench/target/release/rust-bench 1000:21 1000000:7
//! ```
//!
//! Each argument is `N:RUNS`: that many timed runs (after one warm-up run)
//! at `N` sessions, each on freshly generated inputs. Prints one JSON object
//! `{"rows":[{"op":..,"n":..,"median_ms":..,"ms":[..]}, ..]}` on stdout.
//! The inputs follow the TypeScript bench: random u64 ids, 12-character
//! tokens (`otp-` and 8 hex digits), last-active times spread evenly over
//! `CENTER ± SPREAD` seconds, a clock that keeps about half of them.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

#[derive(Debug, Clone)]
struct Session {
    token: Option<String>,
    last_active: SystemTime,
}

const CENTER: u64 = 1_700_000_000;
const SPREAD: u64 = 3_600;

/// Operation names, in the order the TypeScript bench reports them.
const OPS: [&str; 7] = [
    "extend new(0)",
    "extend new(n)",
    "take",
    "clone",
    "restore",
    "iterate",
    "retain",
];

/// mulberry32, the generator `batchGenerator.ts` uses.
struct Prng(u32);

impl Prng {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_add(0x6d2b_79f5);
        let mut t = self.0;
        t = (t ^ (t >> 15)).wrapping_mul(t | 1);
        t ^= t.wrapping_add((t ^ (t >> 7)).wrapping_mul(t | 61));
        t ^ (t >> 14)
    }
}

struct Inputs {
    batch: Vec<(u64, Session)>,
    take_ids: Vec<u64>,
}

fn inputs(n: usize, seed: u32) -> Inputs {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut rng = Prng(seed);
    let mut batch = Vec::with_capacity(n);
    for _ in 0..n {
        let id = (u64::from(rng.next()) << 32) | u64::from(rng.next());
        let mut token = String::with_capacity(12);
        token.push_str("otp-");
        for _ in 0..8 {
            token.push(char::from(HEX[(rng.next() & 15) as usize]));
        }
        let offset = (f64::from(rng.next()) / 4_294_967_296.0 * (2 * SPREAD + 1) as f64) as u64;
        let secs = CENTER - SPREAD + offset;
        let nanos = (rng.next() % 1000) * 1_000_000;
        let last_active = UNIX_EPOCH + Duration::new(secs, nanos);
        batch.push((id, Session { token: Some(token), last_active }));
    }
    let take_ids = (0..n / 10)
        .map(|_| batch[rng.next() as usize % n].0)
        .collect();
    Inputs { batch, take_ids }
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1e3
}

/// One run of every operation; returns milliseconds in `OPS` order.
fn run(n: usize, seed: u32) -> [f64; 7] {
    let mut t = [0.0; 7];
    let Inputs { batch, take_ids } = inputs(n, seed);
    let second = batch.clone();

    let mut grown: HashMap<u64, Session> = HashMap::new();
    let start = Instant::now();
    grown.extend(batch);
    t[0] = ms(start);
    black_box(&grown);
    drop(grown);

    let mut sessions: HashMap<u64, Session> = HashMap::new();
    sessions.try_reserve(n).expect("Failed to reserve capacity for sessions");
    let start = Instant::now();
    sessions.extend(second);
    t[1] = ms(start);

    let start = Instant::now();
    let mut taken = 0usize;
    for id in &take_ids {
        if let Some(s) = sessions.get_mut(id) {
            if s.token.take().is_some() {
                taken += 1;
            }
        }
    }
    t[2] = ms(start);
    black_box(taken);

    let start = Instant::now();
    let snapshot = sessions.clone();
    t[3] = ms(start);

    // `self.sessions = snapshot.clone()`: includes dropping the old map.
    let start = Instant::now();
    sessions = snapshot.clone();
    t[4] = ms(start);

    let start = Instant::now();
    let (mut tokens, mut chars, mut max_id) = (0usize, 0usize, 0u64);
    let mut latest = UNIX_EPOCH;
    for (id, s) in &sessions {
        if let Some(tok) = &s.token {
            tokens += 1;
            chars += tok.len();
        }
        latest = latest.max(s.last_active);
        max_id = max_id.max(*id);
    }
    t[5] = ms(start);
    black_box((tokens, chars, latest, max_id));

    let now = UNIX_EPOCH + Duration::from_secs(CENTER + SPREAD);
    let max_idle = Duration::from_secs(SPREAD);
    let start = Instant::now();
    sessions.retain(|_, s| {
        now.duration_since(s.last_active)
            .map(|d| d <= max_idle)
            .unwrap_or(false)
    });
    t[6] = ms(start);
    black_box(sessions.len());
    drop(snapshot);
    t
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    if v.len() % 2 == 1 { v[m] } else { (v[m - 1] + v[m]) / 2.0 }
}

fn main() {
    let mut rows = Vec::new();
    for arg in std::env::args().skip(1) {
        let (n, runs) = arg
            .split_once(':')
            .and_then(|(n, r)| Some((n.parse::<usize>().ok()?, r.parse::<usize>().ok()?)))
            .unwrap_or_else(|| panic!("expected N:RUNS, got {arg:?}"));
        run(n, 0xbe7c);
        let samples: Vec<[f64; 7]> = (0..runs).map(|r| run(n, r as u32 + 1)).collect();
        for (k, op) in OPS.iter().enumerate() {
            let ms: Vec<f64> = samples.iter().map(|s| s[k]).collect();
            let list: Vec<String> = ms.iter().map(|x| format!("{x:.4}")).collect();
            rows.push(format!(
                "{{\"op\":\"{op}\",\"n\":{n},\"median_ms\":{:.4},\"ms\":[{}]}}",
                median(&ms),
                list.join(",")
            ));
        }
    }
    println!("{{\"rows\":[{}]}}", rows.join(","));
}
