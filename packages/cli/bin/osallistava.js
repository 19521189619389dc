#!/usr/bin/env node
// The npm bin: a committed file (so the workspace links it before the first build) that loads the built CLI.
import("../dist/bin.js").catch((e) => {
  if (e?.code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write("osallistava: the CLI is not built yet; run `npx -y pnpm@10 build` first\n")
  } else {
    process.stderr.write(`osallistava: internal error (${e?.name ?? "unknown"})\n`)
  }
  process.exitCode = 1
})
