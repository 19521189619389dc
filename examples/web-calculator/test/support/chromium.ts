/**
 * Makes sure Debian's `chromium` is installed for the browser test. If `/usr/bin/chromium` is missing, runs
 * `apt-get install -y chromium` (non-interactive, with `apt-get update` first when the plain install fails, each with
 * a time limit); that works where the test runs as root on Debian or Ubuntu, as in CI. Elsewhere it reports why not,
 * and the test is skipped with that message. Run by hand: `pnpm --filter @osallistava/example-web-calculator setup:browser`.
 *
 * @since 0.1.0
 */
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { pathToFileURL } from "node:url"

/** @since 0.1.0 */
export const chromiumPath = "/usr/bin/chromium"

/** @since 0.1.0 */
export type ChromiumStatus =
  | { readonly ok: true; readonly path: string; readonly installed: boolean }
  | { readonly ok: false; readonly reason: string }

const installTimeoutMs = 8 * 60_000

const aptGet = (args: ReadonlyArray<string>) =>
  spawnSync("apt-get", ["-y", "-q", ...args], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    timeout: installTimeoutMs,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"]
  })

/**
 * Chromium's path, installing it first when possible.
 *
 * @since 0.1.0
 */
export const ensureChromium = (): ChromiumStatus => {
  if (existsSync(chromiumPath)) return { ok: true, path: chromiumPath, installed: false }
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get"))
    return {
      ok: false,
      reason: `${chromiumPath} is missing and this system has no apt-get to install Debian's chromium`
    }
  if (process.getuid?.() !== 0)
    return { ok: false, reason: `${chromiumPath} is missing; install it as root: apt-get install -y chromium` }
  let result = aptGet(["install", "chromium"])
  if (result.status !== 0) {
    aptGet(["update"])
    result = aptGet(["install", "chromium"])
  }
  if (result.status === 0 && existsSync(chromiumPath)) return { ok: true, path: chromiumPath, installed: true }
  const why = result.error?.message ?? result.stderr.trim().split("\n").slice(-2).join(" ")
  return { ok: false, reason: `apt-get install -y chromium failed (${why || `exit ${result.status}`})` }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const status = ensureChromium()
  console.log(status.ok ? `chromium: ${status.path}${status.installed ? " (installed now)" : ""}` : status.reason)
  process.exitCode = status.ok ? 0 : 1
}
