import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { report } from "../src/report.js"

const dir = fileURLToPath(new URL("..", import.meta.url))

describe("supplementary-decision example", () => {
  it("prints Kela's basic decision, then the county's supplementary decision under the 1.10.2024 guideline, in Finnish", () => {
    const text = report()
    expect(text).toContain("# Kelan perustoimeentulotukipäätös")
    expect(text).toContain("Perustoimeentulotuen laskelma 3/2025")
    expect(text).toContain("# Hyvinvointialueen päätös täydentävästä toimeentulotuesta")
    // Children's hobbies: 450 € claimed, 400 €/child/year cap; household goods: the worker's 420 € within 300–1000 €
    expect(text).toContain("lasten harrastusmenot: haettu 450,00\u00a0€, hyväksytty 400,00\u00a0€")
    expect(text).toContain("välttämättömät kodin hankinnat: haettu 480,00\u00a0€, hyväksytty 420,00\u00a0€")
    expect(text).toContain("Täydentävää toimeentulotukea myönnetään 820,00\u00a0€")
    expect(text).toContain("oikaisuvaatimuksen viimeinen päivä on 9.4.2025")
    // The Finnish letters hold no untranslated English word or program identifier (URLs aside).
    expect(Catalog.untranslated(text.replace(/\(https:\S+\)/g, "").replace(/^#.*$/gm, ""))).toEqual([])
  })

  it("`start` runs the example as a program and prints the same report", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.json" }
    })
    expect(out).toBe(report())
  })
})
