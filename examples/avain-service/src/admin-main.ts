/**
 * Entry point of the operator commands: `tsx src/admin-main.ts <command>` (or
 * `node dist/admin-main.js`); see `src/admin.ts`.
 *
 * @since 0.2.0
 */
import { runAdmin } from "./admin.js"

process.exitCode = runAdmin(
  process.argv.slice(2),
  process.env,
  (l) => process.stdout.write(l),
  (l) => process.stderr.write(l)
)
