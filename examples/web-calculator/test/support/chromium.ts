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

/** What {@link ensureChromium} needs from the system; replaceable in tests. @since 0.1.0 */
export interface System {
  readonly exists: (path: string) => boolean
  readonly platform: string
  readonly isRoot: boolean
  /** Runs `apt-get -y -q <args>` non-interactively; exit status (null when killed by the time limit) and stderr. */
  readonly aptGet: (args: ReadonlyArray<string>) => { readonly status: number | null; readonly stderr: string }
}

/** @since 0.1.0 */
export const realSystem: System = {
  exists: existsSync,
  platform: process.platform,
  isRoot: process.getuid?.() === 0,
  aptGet: (args) => {
    const r = spawnSync("apt-get", ["-y", "-q", ...args], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      timeout: installTimeoutMs,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"]
    })
    return { status: r.status, stderr: r.error?.message ?? r.stderr ?? "" }
  }
}

/**
 * Chromium's path, installing it first when possible: `apt-get install -y chromium`, and if that fails,
 * `apt-get update` and the install once more.
 *
 * @since 0.1.0
 */
export const ensureChromium = (system: System = realSystem): ChromiumStatus => {
  if (system.exists(chromiumPath)) return { ok: true, path: chromiumPath, installed: false }
  if (system.platform !== "linux" || !system.exists("/usr/bin/apt-get"))
    return {
      ok: false,
      reason: `${chromiumPath} is missing and this system has no apt-get to install Debian's chromium`
    }
  if (!system.isRoot)
    return { ok: false, reason: `${chromiumPath} is missing; install it as root: apt-get install -y chromium` }
  let result = system.aptGet(["install", "chromium"])
  if (result.status !== 0) {
    system.aptGet(["update"])
    result = system.aptGet(["install", "chromium"])
  }
  if (result.status === 0 && system.exists(chromiumPath)) return { ok: true, path: chromiumPath, installed: true }
  const why = result.stderr.trim().split("\n").slice(-2).join(" ")
  return {
    ok: false,
    reason: `apt-get install -y chromium failed (${why || (result.status === null ? "time limit" : `exit ${result.status}`)})`
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const status = ensureChromium()
  console.log(status.ok ? `chromium: ${status.path}${status.installed ? " (installed now)" : ""}` : status.reason)
  process.exitCode = status.ok ? 0 : 1
}
