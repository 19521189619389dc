/**
 * Starts the real service as a child process (the bundle that
 * global-setup.ts builds from the sources) on a free loopback port with the
 * given database file, and collects every output line.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { inject } from "vitest"

const packageDir = fileURLToPath(new URL("../..", import.meta.url))

export interface RunningServer {
  readonly url: string
  readonly child: ChildProcess
  /** Every stdout line so far. */
  readonly stdout: Array<string>
  /** Every stderr line so far. */
  readonly stderr: Array<string>
  /** Resolves when a stdout line matching `predicate` (parsed JSON) appears. */
  readonly waitFor: (predicate: (event: Record<string, unknown>) => boolean, timeoutMs?: number) => Promise<void>
  /** Sends `signal` and resolves with the exit code and signal. */
  readonly stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

const lines = (target: Array<string>, onLine: () => void) => {
  let rest = ""
  return (chunk: Buffer) => {
    rest += chunk.toString("utf8")
    const parts = rest.split("\n")
    rest = parts.pop() as string
    target.push(...parts.filter((l) => l !== ""))
    onLine()
  }
}

export const startServer = async (
  databasePath: string,
  options: { env?: Record<string, string>; args?: ReadonlyArray<string> } = {}
): Promise<RunningServer> => {
  const child = spawn(
    process.execPath,
    [inject("serviceBundle"), "--port", "0", "--db", databasePath, ...(options.args ?? [])],
    {
      cwd: packageDir,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"]
    }
  )
  const stdout: Array<string> = []
  const stderr: Array<string> = []
  const waiters = new Set<() => void>()
  const notify = () => {
    for (const w of [...waiters]) w()
  }
  child.stdout?.on("data", lines(stdout, notify))
  child.stderr?.on("data", lines(stderr, notify))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      resolve({ code, signal })
      notify()
    })
  )
  const parsed = (l: string): Record<string, unknown> | undefined => {
    try {
      return JSON.parse(l) as Record<string, unknown>
    } catch {
      return undefined
    }
  }
  const waitFor = (predicate: (event: Record<string, unknown>) => boolean, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check)
        reject(new Error(`timed out; stdout: ${stdout.join("\n")}\nstderr: ${stderr.join("\n")}`))
      }, timeoutMs)
      const check = () => {
        if (
          stdout.some((l) => {
            const e = parsed(l)
            return e !== undefined && predicate(e)
          })
        ) {
          clearTimeout(timer)
          waiters.delete(check)
          resolve()
        } else if (child.exitCode !== null || child.signalCode !== null) {
          clearTimeout(timer)
          waiters.delete(check)
          reject(new Error(`server exited; stdout: ${stdout.join("\n")}\nstderr: ${stderr.join("\n")}`))
        }
      }
      waiters.add(check)
      check()
    })
  await waitFor((e) => e["event"] === "listening")
  const listening = stdout.map(parsed).find((e) => e?.["event"] === "listening") as { port: number }
  return {
    url: `http://127.0.0.1:${listening.port}`,
    child,
    stdout,
    stderr,
    waitFor,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    }
  }
}
