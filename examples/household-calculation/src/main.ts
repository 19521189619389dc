import { Catalog, type Language } from "@osallistava/core"
import { words } from "./messages.js"
import { report } from "./report.js"

// `--lang fi|sv|en` (default fi); any other value is a usage error, never a silent fallback to another language.
const args = process.argv.slice(2)
const at = args.findIndex((a) => a === "--lang" || a.startsWith("--lang="))
const value = at < 0 ? "fi" : args[at]!.includes("=") ? args[at]!.slice("--lang=".length) : args[at + 1]
if (value !== "fi" && value !== "sv" && value !== "en") {
  process.stderr.write(`${Catalog.text(words, "usage", "fi")}\n${Catalog.text(words, "usage", "sv")}\n`)
  process.exitCode = 2
} else process.stdout.write(report(value as Language))
