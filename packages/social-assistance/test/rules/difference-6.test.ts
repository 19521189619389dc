import { describe, expect, it } from "vitest"
import { decide, example, node } from "./helpers.js"

describe("the amount of assistance (Act 1412/1997 6 §): expenses − income − assets, never below zero", () => {
  const cases: ReadonlyArray<[string, string, number, number]> = [
    [
      "Kela FAQ 2017 'miksi sain perusosaa pienemmän määrän' (E1): 1 162.89 − 924.80 = 238.09 €",
      "e1-2017-single.json",
      23809,
      23809
    ],
    [
      "kela.fi/web/en/faq-social-assistance (E2, Sipoo 2021): 2 110.11 − 1 918.78 = 191.33 €",
      "e2-2021-sipoo-single-parent.json",
      19133,
      19133
    ],
    [
      "kela.fi/news/thinking-of-applying… (E5, 2024): assets cover the deficit, −3 906.03 → no support",
      "e5-2024-hyvinkaa-couple-assets.json",
      -390603,
      0
    ]
  ]
  for (const [name, file, difference, support] of cases)
    it(name, () => {
      const d = decide(example(file))
      const n = node(d, "support")
      expect(n.inputs["difference"]).toBe(difference)
      expect(n.result).toBe(support)
      expect(d.supportCents).toBe(support)
      expect(d.outcome).toBe(support > 0 ? "granted" : "noSupport")
    })
})
