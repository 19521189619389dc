import { describe, expect, it } from "vitest"
import { commands } from "../src/index.js"
import { invoke } from "./support/invoke.js"

// Real-format personal data that must never appear in an error message.
// 131052-308T is the Digital and Population Data Services Agency's published example code.
const HETU = "131052-308T"
const NAME = "Maija Meikäläinen"

const poisoned = [
  { hetu: HETU, name: NAME },
  { month: HETU, persons: [{ birthDate: NAME, name: NAME, hetu: HETU }] },
  { clientRef: HETU, id: NAME, date: HETU, goals: [{ text: NAME, area: HETU }] },
  { type: HETU, noticeId: NAME, receivedAt: HETU, freeText: NAME },
  HETU,
  [NAME, HETU],
  { [HETU]: NAME }
]
const ndjson = `${poisoned.map((p) => JSON.stringify(p)).join("\n")}\n${HETU} ${NAME}\n`

describe("no personal data in CLI messages", () => {
  it("there are commands to check", () => {
    expect(commands.length).toBeGreaterThanOrEqual(0)
  })

  for (const command of commands) {
    it(`${command.path.join(" ")}: error output never contains a henkilötunnus or a name`, async () => {
      for (const format of ["json", "text"]) {
        const { stderr } = await invoke([...command.path, "--input-format", "ndjson", "--format", format], ndjson)
        expect(stderr).not.toContain(HETU)
        expect(stderr).not.toContain("131052")
        expect(stderr).not.toContain("Meikäläinen")
      }
    })
  }

  it("unknown commands and bad options do not echo personal data either", async () => {
    const a = await invoke([HETU], "")
    expect(a.code).toBe(2)
    expect(a.stderr).toContain("Unknown command")
    expect(a.stderr).not.toContain("131052")
    const b = await invoke(["--version", `--${HETU}`], "")
    expect(b.stderr).not.toContain("131052")
    // A lowercase word was quoted back before, so a name typed as a command reached the terminal.
    const c = await invoke(["avain", "meikäläinen"], "")
    expect(c.code).toBe(2)
    expect(c.stderr).toMatch(/^Unknown command under avain\n/)
    expect(c.stderr).not.toContain("meikäläinen")
  })
})
