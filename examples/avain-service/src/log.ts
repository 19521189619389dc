/**
 * Structured JSON logs, one object per line on stdout.
 *
 * Privacy by construction: a log event can only carry the fields of
 * {@link LogFields}: request id, route template (never the raw path or query),
 * status, duration, counts, and error class names. No request or response
 * body, no header, no IP address (personal data under the GDPR, CJEU C-582/14
 * Breyer), no record content, no client reference, no error message text
 * (messages may quote input).
 *
 * @since 0.1.0
 */

/** The only fields a log line can have besides `time`, `level` and `event`. @since 0.1.0 */
export interface LogFields {
  readonly requestId?: string
  readonly method?: string
  /** Route template such as `/plans/{planId}/score`, or `(unmatched)`. */
  readonly route?: string
  readonly status?: number
  readonly durationMs?: number
  /** Records received, created and already present (idempotent replay). */
  readonly records?: number
  readonly created?: number
  readonly unchanged?: number
  /** Number of validation issues (never their content). */
  readonly issues?: number
  /** Problem type of an error response, e.g. `validation-failed`. */
  readonly problem?: string
  /** The caller's API key id and organisation code (neither is personal data). */
  readonly keyId?: string
  readonly org?: string
  /** The declared purpose code (`X-Purpose`). */
  readonly purpose?: string
  /** Class name of an unexpected error (never its message). */
  readonly error?: string
  readonly host?: string
  readonly port?: number
  readonly schemaVersion?: number
  readonly migrationsApplied?: number
  readonly journalMode?: string
  readonly synchronous?: string
  readonly signal?: string
  /** Fault injection (tests only). */
  readonly rows?: number
}

/** @since 0.1.0 */
export type LogLevel = "info" | "warn" | "error"

/** @since 0.1.0 */
export interface Logger {
  readonly log: (level: LogLevel, event: string, fields?: LogFields) => void
}

/**
 * A logger writing JSON lines with `write` (default: stdout).
 *
 * @since 0.1.0
 */
export const jsonLogger = (write: (line: string) => void = (l) => process.stdout.write(l)): Logger => ({
  log: (level, event, fields = {}) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`)
  }
})

/** The class name of an error, with its `code` when it has one (e.g. `SqliteError:SQLITE_FULL`); never its message. @since 0.1.0 */
export const errorName = (e: unknown): string => {
  if (!(e instanceof Error)) return typeof e
  const code = (e as { code?: unknown }).code
  return typeof code === "string" && /^[A-Z0-9_]{1,40}$/.test(code) ? `${e.name}:${code}` : e.name
}
