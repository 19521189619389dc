/**
 * Entry point: `tsx src/main.ts [--port 8080] [--db data/avain.sqlite]`
 * (or `node dist/main.js` after `pnpm build`). Stops gracefully on SIGTERM
 * and SIGINT.
 *
 * @since 0.1.0
 */
import { makeService } from "./app.js"
import { readConfig, usage } from "./config.js"
import { openDatabase } from "./database.js"
import { errorName, jsonLogger } from "./log.js"
import type { FaultInjection } from "./store.js"

const logger = jsonLogger()
const read = readConfig(process.argv.slice(2), process.env)
if ("help" in read) {
  process.stdout.write(usage)
  process.exit(0)
}
if ("error" in read) {
  process.stderr.write(`${read.error}\n`)
  process.exit(2)
}
const config = read.config

/** Test-only: AVAIN_FAULT_STALL=<rows>:<ms> stalls inside the write transaction after <rows> rows (crash test). */
const faultSpec = /^(\d+):(\d+)$/.exec(process.env["AVAIN_FAULT_STALL"] ?? "")
const fault: FaultInjection | undefined =
  faultSpec === null
    ? undefined
    : {
        stallAfterRows: Number(faultSpec[1]),
        stallMs: Number(faultSpec[2]),
        onStall: (rows) => logger.log("warn", "fault-stall", { rows })
      }

let service: ReturnType<typeof makeService>
try {
  const opened = openDatabase(config.databasePath)
  service = makeService(config, opened, logger, fault)
  await service.listen()
} catch (e) {
  logger.log("error", "start-failed", { error: errorName(e) })
  process.stderr.write(
    `Could not start: ${e instanceof Error && e.name === "DatabaseSetupError" ? e.message : errorName(e)}\n`
  )
  process.exit(1)
}

const stop = (signal: string) => {
  logger.log("info", "stopping", { signal })
  service.shutdown().then(
    () => process.exit(0),
    (e) => {
      logger.log("error", "shutdown-failed", { error: errorName(e) })
      process.exit(1)
    }
  )
}
process.once("SIGTERM", () => stop("SIGTERM"))
process.once("SIGINT", () => stop("SIGINT"))
process.on("uncaughtException", (e) => {
  // The database is consistent at any instant (WAL + transactions); exit and let the supervisor restart.
  logger.log("error", "uncaught-exception", { error: errorName(e) })
  process.exit(1)
})
