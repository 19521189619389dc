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
  },
  {
    version: 2,
    name: "organisations, api keys, access log",
    sql: `
-- An organisation is a controller of client data: a wellbeing services county, or a municipality that
-- organises social services itself (Helsinki, the municipalities of Åland). Its municipalities are the
-- codes whose records it may store.
CREATE TABLE organisations (
  org_code       TEXT PRIMARY KEY CHECK (org_code NOT GLOB '*[^a-z0-9-]*' AND length(org_code) BETWEEN 2 AND 40),
  kind           TEXT NOT NULL CHECK (kind IN ('wellbeing-services-county', 'municipality', 'unassigned')),
  name           TEXT NOT NULL,
  -- JSON array of three-digit municipality codes
  municipalities TEXT NOT NULL CHECK (json_valid(municipalities) AND json_type(municipalities) = 'array'),
  created_at     TEXT NOT NULL
) STRICT;

-- Records stored before this version belong to no caller: they go to the organisation 'unassigned',
-- created only when there are such records. An operator moves them with SQL (see the README).
INSERT INTO organisations (org_code, kind, name, municipalities, created_at)
  SELECT 'unassigned', 'unassigned', 'Records stored before organisations existed', '[]', strftime('%Y-%m-%dT%H:%M:%fZ')
  WHERE EXISTS (SELECT 1 FROM records);

-- Record and plan ids are unique per organisation, not across them: one organisation's ids must not
-- collide with (and so reveal) another's.
CREATE TABLE records_v2 (
  org_code        TEXT NOT NULL REFERENCES organisations (org_code),
  record_id       TEXT NOT NULL,
  plan_id         TEXT NOT NULL,
  client_ref      TEXT NOT NULL,
  municipality    TEXT NOT NULL,
  phase           TEXT NOT NULL CHECK (phase IN ('start', 'evaluation')),
  record_date     TEXT NOT NULL,
  plan_start_date TEXT NOT NULL,
  format_version  INTEGER NOT NULL,
  body            TEXT NOT NULL CHECK (json_valid(body)),
  batch_id        TEXT NOT NULL REFERENCES batches (batch_id),
  stored_at       TEXT NOT NULL,
  PRIMARY KEY (org_code, record_id)
) STRICT;
INSERT INTO records_v2 (org_code, record_id, plan_id, client_ref, municipality, phase, record_date, plan_start_date,
    format_version, body, batch_id, stored_at)
  SELECT 'unassigned', record_id, plan_id, client_ref, municipality, phase, record_date, plan_start_date,
    format_version, body, batch_id, stored_at FROM records;
DROP TABLE records;
ALTER TABLE records_v2 RENAME TO records;
CREATE UNIQUE INDEX records_plan_phase ON records (org_code, plan_id, phase);
CREATE INDEX records_org_municipality_start ON records (org_code, municipality, plan_start_date);
CREATE INDEX records_org_start ON records (org_code, plan_start_date);
CREATE INDEX records_batch ON records (batch_id);
CREATE INDEX records_client ON records (org_code, client_ref);

ALTER TABLE batches ADD COLUMN org_code TEXT REFERENCES organisations (org_code);

-- API keys: only the SHA-256 of the secret part is kept. A key is revoked by setting revoked_at once;
-- nothing else of a key row can change, and no key row can be deleted.
CREATE TABLE api_keys (
  key_id      TEXT PRIMARY KEY CHECK (key_id NOT GLOB '*[^0-9a-f]*' AND length(key_id) = 16),
  org_code    TEXT NOT NULL REFERENCES organisations (org_code),
  secret_hash BLOB NOT NULL CHECK (length(secret_hash) = 32),
  created_at  TEXT NOT NULL,
  revoked_at  TEXT
) STRICT;
CREATE TRIGGER api_keys_no_delete BEFORE DELETE ON api_keys
  BEGIN SELECT RAISE(ABORT, 'api_keys rows cannot be deleted; revoke the key'); END;
CREATE TRIGGER api_keys_only_revoke BEFORE UPDATE ON api_keys
  WHEN NEW.key_id IS NOT OLD.key_id OR NEW.org_code IS NOT OLD.org_code OR NEW.secret_hash IS NOT OLD.secret_hash
    OR NEW.created_at IS NOT OLD.created_at OR OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL
  BEGIN SELECT RAISE(ABORT, 'an api key can only be revoked, once'); END;

-- The access log (Act 703/2023 10 §): who (key and organisation, and the end user's id in the calling
-- system when it sends one), which record, plan or report, of which client, when, for what purpose, and
-- the result. Append only: rows cannot be updated or deleted.
CREATE TABLE access_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,
  request_id TEXT NOT NULL,
  key_id     TEXT NOT NULL REFERENCES api_keys (key_id),
  org_code   TEXT NOT NULL REFERENCES organisations (org_code),
  actor_id   TEXT,
  purpose    TEXT NOT NULL
    CHECK (purpose IN ('client-work', 'statistics-and-planning', 'supervision', 'data-subject-request')),
  action     TEXT NOT NULL
    CHECK (action IN ('store-records', 'read-record', 'score-plan', 'score-unstored', 'cohort-report')),
  target     TEXT NOT NULL CHECK (target IN ('record', 'plan', 'report')),
  -- the record or plan id asked for (NULL when it was not a well-formed id); for a report NULL
  target_id  TEXT,
  -- the client whose data was used: the stored record's client reference (NULL when nothing was found)
  client_ref TEXT,
  -- for a report: its filters as JSON (catalog codes, municipality codes and dates only) and cohort size
  detail     TEXT CHECK (detail IS NULL OR json_valid(detail)),
  result     TEXT NOT NULL CHECK (result IN ('ok', 'not-found', 'invalid', 'refused')),
  status     INTEGER NOT NULL
) STRICT;
CREATE INDEX access_log_client ON access_log (client_ref, seq);
CREATE INDEX access_log_request ON access_log (request_id);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
  BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
  BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
`
  }
]
