import { describe, expect, it } from "vitest"
import { ensureChromium, type System } from "./support/chromium.js"

/** A fake system: which paths exist, and the exit statuses apt-get returns in turn. */
const fake = (opts: { paths: Array<string>; root?: boolean; platform?: string; statuses?: Array<number | null> }) => {
  const calls: Array<string> = []
  const statuses = [...(opts.statuses ?? [])]
  const system: System = {
    exists: (p) => opts.paths.includes(p),
    platform: opts.platform ?? "linux",
    isRoot: opts.root ?? true,
    aptGet: (args) => {
      calls.push(args.join(" "))
      const status = statuses.shift() ?? 1
      if (args[0] === "install" && status === 0) opts.paths.push("/usr/bin/chromium")
      return { status, stderr: status === 0 ? "" : "E: Unable to locate package chromium" }
    }
  }
  return { system, calls }
}

describe("ensureChromium (installs Debian's chromium for the browser test)", () => {
  it("uses /usr/bin/chromium when it is there, without apt-get", () => {
    const { system, calls } = fake({ paths: ["/usr/bin/chromium", "/usr/bin/apt-get"] })
    expect(ensureChromium(system)).toEqual({ ok: true, path: "/usr/bin/chromium", installed: false })
    expect(calls).toEqual([])
  })

  it("installs it with apt-get as root", () => {
    const { system, calls } = fake({ paths: ["/usr/bin/apt-get"], statuses: [0] })
    expect(ensureChromium(system)).toEqual({ ok: true, path: "/usr/bin/chromium", installed: true })
    expect(calls).toEqual(["install chromium"])
  })

  it("runs apt-get update and tries again when the first install fails", () => {
    const { system, calls } = fake({ paths: ["/usr/bin/apt-get"], statuses: [100, 0, 0] })
    expect(ensureChromium(system).ok).toBe(true)
    expect(calls).toEqual(["install chromium", "update", "install chromium"])
  })

  it("gives the reason to skip when the install fails or is impossible", () => {
    const failing = fake({ paths: ["/usr/bin/apt-get"], statuses: [100, 0, 100] })
    expect(ensureChromium(failing.system)).toEqual({
      ok: false,
      reason: "apt-get install -y chromium failed (E: Unable to locate package chromium)"
    })
    const notRoot = fake({ paths: ["/usr/bin/apt-get"], root: false })
    expect(ensureChromium(notRoot.system)).toMatchObject({ ok: false, reason: expect.stringContaining("as root") })
    expect(notRoot.calls).toEqual([])
    const noApt = fake({ paths: [], platform: "darwin" })
    expect(ensureChromium(noApt.system)).toMatchObject({ ok: false, reason: expect.stringContaining("no apt-get") })
  })
})
