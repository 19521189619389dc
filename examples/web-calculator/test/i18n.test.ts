import { describe, expect, it } from "vitest"
import { langs, messageKeys, t } from "../src/i18n.js"

describe("the page's catalog", () => {
  it("every message exists in fi, sv and en, and the Finnish and Swedish ones are not the English text", () => {
    for (const key of messageKeys) {
      for (const lang of langs) expect(t(lang, key).trim(), `${lang} ${key}`).not.toBe("")
      expect(t("fi", key), `fi ${key}`).not.toBe(t("en", key))
      expect(t("sv", key), `sv ${key}`).not.toBe(t("en", key))
    }
  })

  it("each income reminder starts with the benefit's name and a colon (the name is the link to its input)", () => {
    const reminders = messageKeys.filter((k) => /^remind[A-Z]/.test(k))
    expect(reminders.length).toBe(4)
    for (const key of reminders)
      for (const lang of langs) expect(t(lang, key), `${lang} ${key}`).toMatch(/^[^:]{3,40}: \S/)
  })

  it("placeholders are the same in every language", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of messageKeys)
      for (const lang of langs) expect(placeholders(t(lang, key)), `${lang} ${key}`).toEqual(placeholders(t("en", key)))
  })
})
