// Prints the README's worked cases from the built package: node scripts/readme-examples.mjs > /tmp/cases.md
import { readFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { Result } from "effect"
import { calculate, decodeApplication, Explain } from "../dist/index.js"

const here = dirname(fileURLToPath(import.meta.url))
const cases = [
  ["e1-2017-single.json", "E1, 2017: Kela FAQ 'Miksi sain perusosaa pienemmän määrän perustoimeentulotukea?'", "en"],
  ["e2-2021-sipoo-single-parent.json", "E2, 2021: kela.fi/web/en/faq-social-assistance (Sipoo)", "fi"],
  [
    "e5-2024-hyvinkaa-couple-assets.json",
    "E5, 2024: kela.fi/news/thinking-of-applying-for-social-assistance-check-these-things-first",
    "sv"
  ]
]
for (const [file, title, lang] of cases) {
  const json = JSON.parse(readFileSync(resolve(here, "../examples", file), "utf8"))
  const app = decodeApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  const d = calculate(app.success)
  if (Result.isFailure(d)) throw new Error(d.failure.message)
  console.log(
    `### ${title}\n\nInput: \`examples/${file}\`. Result: support **${d.success.support} €** (${d.success.outcome}).\n`
  )
  console.log(
    `Justification (\`Explain.render(decision, "${lang}")\`):\n\n\`\`\`text\n${Explain.render(d.success, lang)}\n\`\`\`\n`
  )
}
