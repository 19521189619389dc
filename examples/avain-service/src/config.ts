/**
 * Service configuration from command-line flags and environment variables
 * (flags win). Every value is checked; a bad value stops the service at start
 * with a message naming the setting, never a stack trace.
 *
 * @since 0.1.0
 */
import { Disclosure } from "@osallistava/core"

/** @since 0.1.0 */
export interface ServiceConfig {
  /** Interface to listen on; loopback by default (put a TLS-terminating proxy in front for anything else). */
  readonly host: string
  /** TCP port; 0 picks a free port (logged in the `listening` event). */
  readonly port: number
  /** SQLite database file; created with its directory when missing. */
  readonly databasePath: string
  /** Largest accepted request body in bytes (413 beyond it). */
  readonly maxBodyBytes: number
  /** Largest accepted number of records in one batch (413 beyond it). */
  readonly maxBatchRecords: number
  /**
   * Disclosure threshold of reports, passed to the avain report as `minCell`: counts 1 to this − 1 are
   * suppressed with every count they could be recovered from, and a cohort with fewer started plans is not
   * reported (422). Default `Disclosure.defaultThreshold` of `@osallistava/core` (5).
   */
  readonly minCohortSize: number
  /** How long a graceful shutdown waits for requests in flight. */
  readonly shutdownGraceMs: number
}

/** @since 0.1.0 */
export const defaults: ServiceConfig = {
  host: "127.0.0.1",
  port: 8080,
  databasePath: "data/avain.sqlite",
  maxBodyBytes: 8 * 1024 * 1024,
  maxBatchRecords: 5000,
  minCohortSize: Disclosure.defaultThreshold,
  shutdownGraceMs: 10_000
}

const settings = [
  { flag: "--host", env: "HOST", key: "host", kind: "string" },
  { flag: "--port", env: "PORT", key: "port", kind: "port" },
  { flag: "--db", env: "AVAIN_DB", key: "databasePath", kind: "string" },
  { flag: "--max-body-bytes", env: "AVAIN_MAX_BODY_BYTES", key: "maxBodyBytes", kind: "positive" },
  { flag: "--max-batch-records", env: "AVAIN_MAX_BATCH_RECORDS", key: "maxBatchRecords", kind: "positive" },
  { flag: "--min-cohort-size", env: "AVAIN_MIN_COHORT_SIZE", key: "minCohortSize", kind: "positive" },
  { flag: "--shutdown-grace-ms", env: "AVAIN_SHUTDOWN_GRACE_MS", key: "shutdownGraceMs", kind: "positive" }
] as const

/** Usage text for `--help`. @since 0.1.0 */
export const usage = `avain-service: reference HTTP service for AVAIN records on SQLite

Usage: tsx src/main.ts [options]      (or: node dist/main.js [options])

Options (environment variable in brackets):
${settings.map((s) => `  ${s.flag.padEnd(22)} [${s.env}] default ${String(defaults[s.key])}`).join("\n")}
  --help                 this text

Example:
  tsx src/main.ts --port 8080 --db data/avain.sqlite
`

/**
 * Reads the configuration. Returns an error message (naming the setting) on bad input.
 *
 * @since 0.1.0
 */
export const readConfig = (
  argv: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>>
): { readonly config: ServiceConfig } | { readonly error: string } | { readonly help: true } => {
  const values: Record<string, string> = {}
  for (const s of settings) {
    const v = env[s.env]
    if (v !== undefined && v !== "") values[s.key] = v
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === "--help" || arg === "-h") return { help: true }
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg]
    const s = settings.find((x) => x.flag === flag)
    if (s === undefined) return { error: "Unknown option (see --help)" }
    const value = inline ?? argv[++i]
    if (value === undefined) return { error: `Option ${flag} needs a value` }
    values[s.key] = value
  }
  const out: Record<string, string | number> = { ...defaults }
  for (const s of settings) {
    const v = values[s.key]
    if (v === undefined) continue
    if (s.kind === "string") {
      if (v.trim() === "") return { error: `${s.flag} must not be empty` }
      out[s.key] = v
      continue
    }
    if (!/^\d{1,10}$/.test(v)) return { error: `${s.flag} must be a whole number` }
    const n = Number(v)
    if (s.kind === "port" && n > 65535) return { error: `${s.flag} must be 0–65535` }
    if (s.kind === "positive" && n < 1) return { error: `${s.flag} must be at least 1` }
    out[s.key] = n
  }
  return { config: out as unknown as ServiceConfig }
}
