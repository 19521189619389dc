/**
 * Versioned schema migrations. Append only: never edit or reorder an entry
 * once released; a new version is a new entry. The database records each
 * applied version with a SHA-256 of its SQL, and the service refuses to start
 * when an applied migration was changed or when the database is newer than
 * this code (a downgrade).
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

/** @since 0.1.0 */
export const migrations: ReadonlyArray<Migration> = [
  {
    version: 1,
    name: "records and batches",
    sql: `
CREATE TABLE batches (
  batch_id     TEXT PRIMARY KEY,
  request_id   TEXT NOT NULL,
  -- number of records this batch created: a complete batch has exactly this many rows in records
  record_count INTEGER NOT NULL CHECK (record_count >= 0),
  committed_at TEXT NOT NULL
) STRICT;

CREATE TABLE records (
  record_id       TEXT PRIMARY KEY,
  plan_id         TEXT NOT NULL,
  client_ref      TEXT NOT NULL,
  municipality    TEXT NOT NULL,
  phase           TEXT NOT NULL CHECK (phase IN ('start', 'evaluation')),
  record_date     TEXT NOT NULL,
  -- the plan's start date (a start record's date, an evaluation's startDate): the cohort period filter
  plan_start_date TEXT NOT NULL,
  format_version  INTEGER NOT NULL,
  -- the decoded record in canonical JSON (sorted keys), without free text
  body            TEXT NOT NULL CHECK (json_valid(body)),
  batch_id        TEXT NOT NULL REFERENCES batches (batch_id),
  stored_at       TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX records_plan_phase ON records (plan_id, phase);
CREATE INDEX records_municipality_start ON records (municipality, plan_start_date);
CREATE INDEX records_plan_start ON records (plan_start_date);
CREATE INDEX records_batch ON records (batch_id);
`
  }
]
