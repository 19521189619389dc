/**
 * The SQLite database: a real file, WAL journal, full fsync on commit,
 * versioned migrations.
 *
 * - `journal_mode = WAL`: readers (reports) do not block the writer and a
 *   commit appends to the WAL instead of rewriting pages
 *   (https://www.sqlite.org/wal.html).
 * - `synchronous = FULL`: in WAL mode, NORMAL is safe against a crash of the
 *   *process* but "a transaction committed in WAL mode with synchronous=NORMAL
 *   might roll back following a power loss or system crash"
 *   (https://www.sqlite.org/pragma.html#pragma_synchronous). This service
 *   acknowledges a record only after its commit, and an acknowledged record
 *   must survive a power cut too, so it pays one WAL fsync per transaction
 *   (batches amortise it). Choose NORMAL only where losing the last
 *   acknowledged batches on power loss is acceptable.
 * - `foreign_keys = ON`, `busy_timeout = 5000` (another process holding the
 *   write lock is waited for, not failed at once).
 *
 * @since 0.1.0
 */
import { createHash } from "node:crypto"
import { mkdirSync } from "node:fs"
import { dirname } from "node:path"
import Database from "better-sqlite3"
import { migrations as defaultMigrations, type Migration } from "./migrations.js"

/** @since 0.1.0 */
export type Db = Database.Database

/** Raised when the database cannot be opened safely; the message names no data. @since 0.1.0 */
export class DatabaseSetupError extends Error {
  override readonly name = "DatabaseSetupError"
}

const checksum = (sql: string): string => createHash("sha256").update(sql).digest("hex")

/** @since 0.1.0 */
export interface OpenedDatabase {
  readonly db: Db
  readonly schemaVersion: number
  readonly migrationsApplied: number
  readonly journalMode: string
  readonly synchronous: string
}

/**
 * Applies pending migrations, each in its own immediate transaction.
 * Returns the number applied.
 *
 * @since 0.1.0
 */
export const migrate = (db: Db, migrations: ReadonlyArray<Migration> = defaultMigrations): number => {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  checksum   TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`)
  const applied = new Map(
    (
      db.prepare("SELECT version, checksum FROM schema_migrations").all() as Array<{
        version: number
        checksum: string
      }>
    ).map((r) => [r.version, r.checksum])
  )
  const known = new Set(migrations.map((m) => m.version))
  for (const v of applied.keys())
    if (!known.has(v))
      throw new DatabaseSetupError(`Database has migration ${v}, unknown to this version of the service (downgrade?)`)
  let count = 0
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = applied.get(m.version)
    if (done !== undefined) {
      if (done !== checksum(m.sql))
        throw new DatabaseSetupError(`Migration ${m.version} (${m.name}) was changed after it was applied`)
      continue
    }
    db.transaction(() => {
      db.exec(m.sql)
      db.prepare("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)").run(
        m.version,
        m.name,
        checksum(m.sql),
        new Date().toISOString()
      )
    }).immediate()
    count++
  }
  return count
}

const synchronousNames = ["OFF", "NORMAL", "FULL", "EXTRA"]

/**
 * Opens (creating when missing) the database file and brings its schema up to date.
 *
 * @since 0.1.0
 */
export const openDatabase = (
  path: string,
  migrations: ReadonlyArray<Migration> = defaultMigrations
): OpenedDatabase => {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path)
  try {
    db.pragma("busy_timeout = 5000")
    const journalMode = String(db.pragma("journal_mode = WAL", { simple: true }))
    if (journalMode !== "wal" && path !== ":memory:")
      throw new DatabaseSetupError(`Could not switch the database to WAL mode (got ${journalMode})`)
    db.pragma("synchronous = FULL")
    db.pragma("foreign_keys = ON")
    const applied = migrate(db, migrations)
    const schemaVersion = Number(
      db.prepare("SELECT coalesce(max(version), 0) AS v FROM schema_migrations").pluck().get()
    )
    const synchronous = synchronousNames[Number(db.pragma("synchronous", { simple: true }))] ?? "unknown"
    return { db, schemaVersion, migrationsApplied: applied, journalMode, synchronous }
  } catch (e) {
    db.close()
    throw e
  }
}

/**
 * Checkpoints the WAL into the main file and closes the database (graceful shutdown).
 *
 * @since 0.1.0
 */
export const closeDatabase = (db: Db): void => {
  if (!db.open) return
  db.pragma("wal_checkpoint(TRUNCATE)")
  db.close()
}
