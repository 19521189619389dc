import { Catalog, type Language } from "@osallistava/core"
import { words } from "./messages.js"
import { report } from "./report.js"

// `--lang fi|sv|en` (default fi) and `--households N` (default 300 000, the whole synthetic country); any other value
// is a usage error, never a silent fallback.
const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  return at < 0 ? undefined : args[at]!.includes("=") ? args[at]!.slice(name.length + 3) : args[at + 1]
}
const lang = option("lang") ?? "fi"
const count = Number(option("households") ?? 300_000)
if ((lang !== "fi" && lang !== "sv" && lang !== "en") || !Number.isInteger(count) || count < 1 || count > 300_000) {
  process.stderr.write(`${Catalog.text(words, "usage", "fi")}\n${Catalog.text(words, "usage", "sv")}\n`)
  process.exitCode = 2
} else process.stdout.write(report(lang as Language, count))
