/**
 * `tsx src/verify-main.ts --db data/avain.sqlite`: prints the consistency
 * report of a database file as JSON; exit 0 when sound, 1 when not, 2 on bad usage.
 *
 * @since 0.1.0
 */
import { existsSync } from "node:fs"
import Database from "better-sqlite3"
import { verifyDatabase } from "./verify.js"

const i = process.argv.indexOf("--db")
const path = i >= 0 ? process.argv[i + 1] : undefined
if (path === undefined || !existsSync(path)) {
  process.stderr.write("Usage: verify --db <existing database file>\n")
  process.exit(2)
}
const db = new Database(path, { fileMustExist: true })
const report = verifyDatabase(db)
db.close()
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
process.exit(report.ok ? 0 : 1)
