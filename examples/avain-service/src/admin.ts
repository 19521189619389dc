/**
 * Operator commands over the database file (never over HTTP):
 *
 * ```sh
 * tsx src/admin-main.ts [--db data/avain.sqlite] orgs add --code pirkanmaa --county "Pirkanmaan hyvinvointialue"
 * tsx src/admin-main.ts orgs add --code helsinki --municipality 091
 * tsx src/admin-main.ts orgs list | orgs counties
 * tsx src/admin-main.ts keys create --org pirkanmaa     # prints the key once; only its SHA-256 is kept
 * tsx src/admin-main.ts keys revoke <keyId>
 * tsx src/admin-main.ts keys list                       # key ids, organisations, dates: no secret
 * tsx src/admin-main.ts access-log --client-ref <ref> [--org <code>]
 * ```
 *
 * Output is JSON, one object per line. Exit 0 on success, 1 when the
 * database refuses the operation, 2 on bad usage. No message repeats an
 * argument.
 *
 * @since 0.2.0
 */
import { Catalog, type Language } from "@osallistava/core"
import { makeAccessLog } from "./access-log.js"
import { AdminError, countyNames, makeAdmin } from "./auth.js"
import { openDatabase } from "./database.js"
import { errorName } from "./log.js"
import { type AdminLineKey, adminErrors, line } from "./messages.js"

/** @since 0.2.0 */
export const adminUsage = `avain-service admin: organisations, API keys and the access log

Usage: tsx src/admin-main.ts [--db <file>] <command>      (or: node dist/admin-main.js ...)

  orgs add --code <code> --county <Finnish name of a wellbeing services county>
  orgs add --code <code> --municipality <three-digit municipality code>
  orgs list                       organisations and their municipalities
  orgs counties                   the county names --county accepts
  keys create --org <code>        a new API key, printed once (only its SHA-256 is kept)
  keys revoke <keyId>             revokes a key at once, also for a running service
  keys list                       key ids, organisations, created and revoked dates (no secret)
  access-log --client-ref <ref> [--org <code>]
                                  every use of one client's data, oldest first (Act 703/2023 10-11 §)

--db defaults to $AVAIN_DB or data/avain.sqlite, as for the service.
--lang fi|sv|en: the language of the messages on stderr (default: English).
`

/** A parsed command line. @since 0.2.0 */
export type AdminCommand =
  | { readonly command: "help" }
  | { readonly command: "orgs-add"; readonly code: string; readonly county?: string; readonly municipality?: string }
  | { readonly command: "orgs-list" | "orgs-counties" | "keys-list" }
  | { readonly command: "keys-create"; readonly org: string }
  | { readonly command: "keys-revoke"; readonly keyId: string }
  | { readonly command: "access-log"; readonly clientRef: string; readonly org?: string }

/**
 * Parses the arguments (without `--db`). Errors name the command or option, never a value.
 *
 * @since 0.2.0
 */
export const parseAdminArgs = (
  argv: ReadonlyArray<string>
): AdminCommand | { readonly error: string; readonly key: AdminLineKey; readonly option?: string } => {
  const fail = (key: AdminLineKey, option?: string) => ({
    error: line(key, "en", option === undefined ? {} : { option }),
    key,
    ...(option === undefined ? {} : { option })
  })
  const positional: Array<string> = []
  const flags: Record<string, string> = {}
  const allowed = new Set(["--code", "--county", "--municipality", "--org", "--client-ref"])
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === "--help" || a === "-h") return { command: "help" }
    if (a.startsWith("--")) {
      const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a]
      if (!allowed.has(flag)) return fail("unknownOption")
      const value = inline ?? argv[++i]
      if (value === undefined || value === "") return fail("needsValue", flag)
      flags[flag] = value
    } else positional.push(a)
  }
  const [group, verb, arg, ...rest] = positional
  const only = (...names: Array<string>) => Object.keys(flags).every((f) => names.includes(f))
  if (group === "orgs" && verb === "add" && arg === undefined) {
    const code = flags["--code"]
    const county = flags["--county"]
    const municipality = flags["--municipality"]
    if (
      code === undefined ||
      (county === undefined) === (municipality === undefined) ||
      !only("--code", "--county", "--municipality")
    )
      return fail("orgsAdd")
    return {
      command: "orgs-add",
      code,
      ...(county !== undefined ? { county } : { municipality: municipality as string })
    }
  }
  if (group === "orgs" && (verb === "list" || verb === "counties") && arg === undefined && only())
    return { command: verb === "list" ? "orgs-list" : "orgs-counties" }
  if (group === "keys" && verb === "create" && arg === undefined) {
    const org = flags["--org"]
    if (org === undefined || !only("--org")) return fail("keysCreate")
    return { command: "keys-create", org }
  }
  if (group === "keys" && verb === "revoke") {
    if (arg === undefined || rest.length > 0 || !only()) return fail("keysRevoke")
    return { command: "keys-revoke", keyId: arg }
  }
  if (group === "keys" && verb === "list" && arg === undefined && only()) return { command: "keys-list" }
  if (group === "access-log" && verb === undefined) {
    const clientRef = flags["--client-ref"]
    const org = flags["--org"]
    if (clientRef === undefined || !only("--client-ref", "--org")) return fail("accessLog")
    return { command: "access-log", clientRef, ...(org !== undefined && { org }) }
  }
  return fail("unknownCommand")
}

/**
 * Runs a command against the database file; returns the exit code.
 *
 * @since 0.2.0
 */
export const runAdmin = (
  argv: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>>,
  out: (line: string) => void,
  err: (line: string) => void
): number => {
  const args = [...argv]
  // --lang fi|sv|en: the language of the lines on stderr (English by default, as before).
  let lang: Language = "en"
  const li = args.findIndex((a) => a === "--lang" || a.startsWith("--lang="))
  if (li >= 0) {
    const a = args[li] as string
    const value = a.startsWith("--lang=") ? a.slice(7) : args[li + 1]
    args.splice(li, a.startsWith("--lang=") ? 1 : 2)
    if (value !== "fi" && value !== "sv" && value !== "en") {
      err(`${line("unknownLanguage", "fi")}\n${line("unknownLanguage", "sv")}\n${line("unknownLanguage", "en")}\n`)
      return 2
    }
    lang = value
  }
  let dbPath = env["AVAIN_DB"] !== undefined && env["AVAIN_DB"] !== "" ? env["AVAIN_DB"] : "data/avain.sqlite"
  const at = args.findIndex((a) => a === "--db" || a.startsWith("--db="))
  if (at >= 0) {
    const a = args[at] as string
    const value = a.startsWith("--db=") ? a.slice(5) : args[at + 1]
    if (value === undefined || value === "") {
      err(`${line("needsValue", lang, { option: "--db" })}\n`)
      return 2
    }
    args.splice(at, a.startsWith("--db=") ? 1 : 2)
    dbPath = value
  }
  const cmd = parseAdminArgs(args)
  if ("error" in cmd) {
    err(`${line(cmd.key, lang, cmd.option === undefined ? {} : { option: cmd.option })}\n`)
    return 2
  }
  if (cmd.command === "help") {
    out(adminUsage)
    return 0
  }
  if (cmd.command === "orgs-counties") {
    for (const name of countyNames()) out(`${JSON.stringify({ county: name })}\n`)
    return 0
  }
  let opened: ReturnType<typeof openDatabase>
  try {
    opened = openDatabase(dbPath)
  } catch (e) {
    const reason = e instanceof Error && e.name === "DatabaseSetupError" ? e.message : errorName(e)
    err(`${line("openFailed", lang, { reason })}\n`)
    return 1
  }
  const admin = makeAdmin(opened.db)
  const print = (v: unknown) => out(`${JSON.stringify(v)}\n`)
  try {
    switch (cmd.command) {
      case "orgs-add":
        print(
          admin.addOrganisation(
            cmd.code,
            cmd.county !== undefined ? { county: cmd.county } : { municipality: cmd.municipality as string }
          )
        )
        break
      case "orgs-list":
        for (const o of admin.organisations()) print(o)
        break
      case "keys-create":
        print(admin.createKey(cmd.org))
        err(`${line("keyShownOnce", lang)}\n`)
        break
      case "keys-revoke":
        print(admin.revokeKey(cmd.keyId))
        break
      case "keys-list":
        for (const k of admin.keys()) print(k)
        break
      case "access-log":
        for (const row of makeAccessLog(opened.db).history(cmd.clientRef, cmd.org)) print(row)
        break
    }
    return 0
  } catch (e) {
    err(
      `${e instanceof AdminError ? Catalog.text(adminErrors, e.key, lang) : line("refused", lang, { reason: errorName(e) })}\n`
    )
    return 1
  } finally {
    opened.db.close()
  }
}
