/** Fidelity to Kela's and the statutes' own wording; each test names its source. */
import { describe, expect, it } from "vitest"
import { KelaMapping, LegalBasis, Workflow } from "../src/index.js"
import { notice } from "./fixtures.js"

describe("Kela's own Finnish names of the notice types (Kela partner pages on Kelmu/eTotu; docs/etotu/reference.md corrections)", () => {
  it.each([
    ["asiakkaan täydentävän tai ehkäisevän toimeentulotuen tarve", "ForwardedApplication"],
    ["ilmoitus alennetusta perusosasta", "ReducedBasicAmount"],
    ["asiakkaan sosiaalityön tarve", "SocialWorkNeeded"],
    ["ilmoitus alle 25-vuotiaasta työttömästä, joka on saanut toimeentulotukea 4 kuukautta", "UnemployedUnder25"],
    ["ilmoitus 25 vuotta täyttäneestä työttömästä, joka on saanut toimeentulotukea 12 kuukautta", "Unemployed25OrOver"],
    ["ilmoitus maahanmuuttajasta, joka on saanut toimeentulotukea 2 kuukautta", "Immigrant"]
  ] as const)("%s → %s", (label, type) => {
    expect(KelaMapping.typeOfLabel(label)).toBe(type)
    expect(KelaMapping.typeLabels[type].kelaFi).toBe(label)
  })
  it("Kela's labels are recognised whatever the case and spacing ('Ilmoitus  alennetusta perusosasta')", () => {
    expect(KelaMapping.typeOfLabel("Ilmoitus  alennetusta perusosasta")).toBe("ReducedBasicAmount")
  })
})

describe("Kelasto's urgency labels (tietotarjotin.fi 2703053): 'Urgent notifications' / 'Non-urgent notifications'", () => {
  it("map to urgent / nonUrgent, and are the labels given", () => {
    expect(KelaMapping.urgencyOfLabel("Urgent notifications")).toBe("urgent")
    expect(KelaMapping.urgencyOfLabel("Non-urgent notifications")).toBe("nonUrgent")
    expect(KelaMapping.urgencyLabels.urgent.kelastoEn).toBe("Urgent notifications")
    expect(KelaMapping.urgencyLabels.nonUrgent.kelastoEn).toBe("Non-urgent notifications")
  })
})

describe("189/2001 27 § 2 mom. from 2023 in the wording of 591/2022 (finlex-data asd20220591.xml): the county", () => {
  it.each(["UnemployedUnder25", "Unemployed25OrOver"] as const)(
    "%s 2023: enacted by 591/2022, to the county",
    (type) => {
      const r = LegalBasis.on(type, "2023-06-01")
      expect(r).toMatchObject({ enactedBy: "591/2022", recipient: "wellbeingServicesCounty" })
      expect(r?.source).toBe("https://www.finlex.fi/fi/laki/alkup/2022/20220591")
      expect(LegalBasis.on(type, "2022-06-01")?.enactedBy).toBe("1109/2016")
    }
  )
})

describe("1386/2010 87 a § in the wording of 936/2022 (finlex-data asd20220936.xml): 2023–2024", () => {
  it("Kela informs the county to arrange the services of 6 §; no two-month law deadline", () => {
    const r = LegalBasis.on("Immigrant", "2024-06-01")
    expect(r).toMatchObject({ enactedBy: "936/2022", recipient: "wellbeingServicesCounty" })
    expect(r?.duty).toContain("§ 6")
    expect(r?.duty).toContain("no statutory time limit")
    const d = Workflow.deadlineOf(notice("Immigrant", "nonUrgent", {}, "2024-06-03"), "2024-06-03")
    expect(d.kind).toBe("policy")
  })
})
