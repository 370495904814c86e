/**
 * A `RustToolchain` on top of the `rustc` on PATH: compiles each program in
 * a temporary directory, keeps the binary under node_modules/.cache keyed
 * by a hash of the source, the compiler version and the flags, and runs it.
 * At most `jobs` compilations or runs happen at once.
 */

import { execFile, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type {
  RustRun,
  RustToolchain,
} from '../../../src/model/export/rustCheck'

/** `rustc --version`, or null when no rustc runs from PATH. */
export function rustcVersion(): string | null {
  const r = spawnSync('rustc', ['--version'], { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : null
}

export interface NodeRustcOptions {
  /** Concurrent compilations and runs. @default 2 */
  readonly jobs?: number
  /** Where binaries are kept. @default node_modules/.cache/rust-export */
  readonly cacheDir?: string
  /** `-C opt-level`; 1 compiles about twice as fast as 3. @default '1' */
  readonly optLevel?: string
}

interface Outcome {
  stdout: Buffer
  stderr: Buffer
  code: number | null
  error: Error | null
}

function run(cmd: string, args: string[], cwd?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 1 << 30,
        // The panic text alone, without a backtrace, whatever the caller set.
        env: { ...process.env, RUST_BACKTRACE: '0' },
      },
      (error, stdout, stderr) => {
        const code =
          error === null
            ? 0
            : typeof error.code === 'number'
              ? error.code
              : null
        const spawnFailed = error !== null && typeof error.code === 'string'
        resolve({ stdout, stderr, code, error: spawnFailed ? error : null })
      },
    )
  })
}

/** Runs `task`s with at most `n` in flight. */
function limiter(n: number) {
  let active = 0
  const waiting: (() => void)[] = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((go) => waiting.push(go))
    active++
    try {
      return await task()
    } finally {
      active--
      waiting.shift()?.()
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

export function nodeRustc(opts: NodeRustcOptions = {}): RustToolchain {
  const version = rustcVersion()
  if (version === null) throw new Error('rustc not found on PATH')
  const optLevel = opts.optLevel ?? '1'
  const flags = ['--edition', '2021', '-C', `opt-level=${optLevel}`]
  const cacheDir =
    opts.cacheDir ??
    join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache')
  const binDir = join(cacheDir, 'rust-export')
  const slot = limiter(opts.jobs ?? 2)

  async function compile(source: string): Promise<string> {
    const hash = createHash('sha256')
      .update(version + '\0' + flags.join(' ') + '\0' + source)
      .digest('hex')
      .slice(0, 32)
    const bin = join(binDir, hash)
    if (existsSync(bin)) return bin
    await mkdir(binDir, { recursive: true })
    const dir = await mkdtemp(join(tmpdir(), 'rust-export-'))
    try {
      await writeFile(join(dir, 'main.rs'), source)
      const r = await run('rustc', [...flags, '-o', 'main', 'main.rs'], dir)
      if (r.error !== null || r.code !== 0) {
        throw new Error(
          `rustc failed (${r.error?.message ?? `exit ${r.code}`}):\n` +
            r.stderr.toString('utf8'),
        )
      }
      await rename(join(dir, 'main'), bin)
      return bin
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  return {
    compileAndRun: (source) =>
      slot(async (): Promise<RustRun> => {
        const bin = await compile(source)
        const r = await run(bin, [])
        if (r.error !== null) throw r.error
        return {
          stdout: utf8.decode(r.stdout),
          stderr: r.stderr.toString('utf8'),
          exitCode: r.code,
        }
      }),
  }
}
