/**
 * The `osallistava` command tree: parses argv with `node:util` parseArgs,
 * prints help, runs a command and maps every failure to an exit code and a
 * one-line message (never a stack trace, never input values).
 *
 * @since 0.1.0
 */
import { parseArgs } from "node:util"
import { errorLines, formatError, type Language, PersonalIdentityCode } from "@osallistava/core"
import { type Command, type Context, ExitCode, type OptionSpec, UsageError } from "./command.js"
import { commandHelpTranslations, helpFrame, sharedOptionHelp, type Translation } from "./help-messages.js"
import { InputError } from "./io/input.js"
import type { Output } from "./io/output.js"
import { argvLanguage, commandLine, errorLanguage, text, usage } from "./messages.js"

/** Options every command accepts. */
export const globalOptions: Readonly<Record<string, OptionSpec>> = {
  help: { type: "boolean", short: "h", description: "Show help for the command" },
  format: {
    type: "string",
    description: "Output: json (default; NDJSON for batches) or text",
    choices: ["json", "text"]
  },
  lang: { type: "string", description: "Language of text output: fi (default), sv or en", choices: ["fi", "sv", "en"] }
}

/** Options of commands that read records. */
export const inputOptions: Readonly<Record<string, OptionSpec>> = {
  "input-format": {
    type: "string",
    description: "auto (default: by file extension; stdin: NDJSON if the first line is JSON), json, ndjson or csv",
    choices: ["auto", "json", "ndjson", "csv"]
  },
  "csv-delimiter": {
    type: "string",
    description: "CSV only: auto (default: the more frequent of , and ; in the header row), , or ;",
    choices: ["auto", ",", ";"]
  },
  "fail-fast": { type: "boolean", description: "Stop at the first bad record (default: report it and go on)" },
  quiet: { type: "boolean", short: "q", description: "No progress bar and no summary on stderr" }
}

const pad = (s: string, n: number) => (s.length >= n ? `${s}  ` : s.padEnd(n))

/** The `--lang` given on the command line, if any: `--help` is English unless a language is asked for. */
const helpLanguage = (argv: ReadonlyArray<string>): Language => {
  let lang: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!
    if (w === "--lang") lang = argv[i + 1]
    else if (w.startsWith("--lang=")) lang = w.slice("--lang=".length)
  }
  return lang === "fi" || lang === "sv" ? lang : "en"
}

/** A help text in the language: English is the command's own source text, fi and sv come from `help-messages.ts`. */
const translated = (english: string, translation: Translation | undefined, language: Language): string =>
  language === "en" || translation === undefined ? english : translation[language]

/** The translation of an option's help: the command's own, or the shared one for an option shared by every command. */
const optionTranslation = (path: string, name: string, spec: OptionSpec): Translation | undefined =>
  commandHelpTranslations[path]?.options?.[name] ??
  (spec === globalOptions[name] || spec === inputOptions[name] ? sharedOptionHelp[name] : undefined)

const optionHelp = (path: string, options: Readonly<Record<string, OptionSpec>>, language: Language): string =>
  Object.entries(options)
    .map(([name, spec]) => {
      const value = spec.type === "string" ? ` ${text(helpFrame, "value", language)}` : ""
      const flag = `${spec.short ? `-${spec.short}, ` : "    "}--${name}${value}`
      return `  ${pad(flag, 32)}${translated(spec.description, optionTranslation(path, name, spec), language)}`
    })
    .join("\n")

/**
 * Help text for one command, in English (the default, as the README shows it) or in Finnish or Swedish.
 *
 * @since 0.1.0
 */
export const commandHelp = (command: Command, language: Language = "en"): string => {
  const path = command.path.join(" ")
  const t = commandHelpTranslations[path]
  return [
    `osallistava ${path}: ${translated(command.summary, t?.summary, language)}`,
    "",
    `${text(helpFrame, "usage", language)}: ${command.usage}`,
    "",
    translated(command.description, t?.description, language),
    "",
    `${text(helpFrame, "options", language)}:`,
    optionHelp(path, { ...command.options, ...globalOptions }, language),
    "",
    `${text(helpFrame, "examples", language)}:`,
    ...command.examples.map((e) => `  ${e}`),
    ""
  ].join("\n")
}

/**
 * The command list (`osallistava --help`, or the commands under a group), in English or in Finnish or Swedish.
 *
 * @since 0.4.0
 */
export const treeHelp = (
  commands: ReadonlyArray<Command>,
  prefix: ReadonlyArray<string>,
  version: string,
  language: Language = "en"
): string => {
  const matching = commands.filter((c) => prefix.every((p, i) => c.path[i] === p))
  const say = (key: keyof typeof helpFrame) => text(helpFrame, key, language)
  const heading = prefix.length === 0 ? `osallistava ${version}: ${say("toolkit")}` : `osallistava ${prefix.join(" ")}`
  return [
    heading,
    "",
    `${say("usage")}: osallistava ${prefix.length ? `${prefix.join(" ")} ` : ""}${say("commandPlaceholder")} ${say("optionsPlaceholder")}`,
    "",
    `${say("commands")}:`,
    ...matching.map((c) => {
      const path = c.path.join(" ")
      return `  ${pad(path, 34)}${translated(c.summary, commandHelpTranslations[path]?.summary, language)}`
    }),
    "",
    say("seeCommandHelp"),
    say("exitCodes"),
    ""
  ].join("\n")
}

/** Rewrites `--flag value` / `--flag=value` of an `optionalValueOf` option into `--flag --target value`. */
const expandOptionalValues = (
  args: ReadonlyArray<string>,
  specs: Readonly<Record<string, OptionSpec>>
): Array<string> => {
  const out: Array<string> = []
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!
    const [flag, inline] = word.startsWith("--") ? word.slice(2).split(/=(.*)/s, 2) : [undefined, undefined]
    const spec = flag === undefined ? undefined : specs[flag]
    const extra = spec?.optionalValueOf
    if (extra === undefined || flag === undefined) {
      out.push(word)
      continue
    }
    const next = args[i + 1]
    if (inline !== undefined) out.push(`--${flag}`, `--${extra.option}`, inline)
    else if (next !== undefined && extra.values.includes(next)) {
      out.push(`--${flag}`, `--${extra.option}`, next)
      i++
    } else out.push(word)
  }
  return out
}

/**
 * The message for a command line that parseArgs refused, built from the
 * error's code and our own option names only: parseArgs's message quotes the
 * word it refused, and argv may hold anything.
 */
const argumentError = (
  e: unknown,
  specs: Readonly<Record<string, OptionSpec>>,
  language: ReturnType<typeof argvLanguage>
): string => {
  const code = (e as { code?: unknown }).code
  const message = e instanceof Error ? e.message : ""
  const named = Object.keys(specs).find((name) => message.includes(`'--${name}`))
  const say = (key: keyof typeof commandLine, values: Readonly<Record<string, string>> = {}) =>
    text(commandLine, key, language, values)
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return say("unknownOption")
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return named === undefined
        ? say("wrongKind")
        : specs[named]?.type === "boolean"
          ? say("takesNoValue", { option: `--${named}` })
          : say("needsValue", { option: `--${named}` })
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return say("unexpectedArgument")
    default:
      return say("unreadable")
  }
}

/** The I/O an invocation uses (process streams in the binary, buffers in tests). */
export interface Io {
  readonly stdin: Context["stdin"]
  readonly stdout: Output
  readonly stderr: Output
  readonly stderrTty: NodeJS.WriteStream | undefined
}

/**
 * Runs one invocation and returns its exit code.
 *
 * @since 0.1.0
 */
export const run = async (
  argv: ReadonlyArray<string>,
  commands: ReadonlyArray<Command>,
  io: Io,
  version: string
): Promise<number> => {
  if (argv[0] === "--version" || argv[0] === "-v") {
    await io.stdout.write(`${version}\n`)
    return ExitCode.ok
  }
  // The longest command path that prefixes argv.
  let command: Command | undefined
  for (const c of commands) {
    if (c.path.every((p, i) => argv[i] === p) && (command === undefined || c.path.length > command.path.length))
      command = c
  }
  if (command === undefined) {
    const prefix: Array<string> = []
    for (const word of argv) {
      if (word.startsWith("-")) break
      if (!commands.some((c) => [...prefix, word].every((p, i) => c.path[i] === p))) break
      prefix.push(word)
    }
    const unknown = argv.find((w, i) => i >= prefix.length && !w.startsWith("-"))
    const wantsHelp = argv.length === 0 || argv.includes("--help") || argv.includes("-h")
    if (unknown !== undefined && !wantsHelp) {
      // The word is not quoted back (argv may hold anything, even a name): the list below shows the commands.
      const line =
        prefix.length === 0
          ? text(commandLine, "unknownCommand", argvLanguage(argv))
          : text(commandLine, "unknownCommandUnder", argvLanguage(argv), { group: prefix.join(" ") })
      await io.stderr.write(`${line}\n\n${treeHelp(commands, prefix, version, helpLanguage(argv))}`)
      return ExitCode.badInput
    }
    await (wantsHelp || prefix.length > 0 ? io.stdout : io.stderr).write(
      treeHelp(commands, prefix, version, helpLanguage(argv))
    )
    return wantsHelp || prefix.length > 0 ? ExitCode.ok : ExitCode.badInput
  }
  const specs = { ...command.options, ...globalOptions }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: expandOptionalValues(argv.slice(command.path.length), specs),
      options: Object.fromEntries(
        Object.entries(specs).map(([name, s]) => [name, s.short ? { type: s.type, short: s.short } : { type: s.type }])
      ),
      allowPositionals: true,
      strict: true
    })
  } catch (e) {
    await io.stderr.write(
      `${argumentError(e, specs, argvLanguage(argv))}\n\n${commandHelp(command, helpLanguage(argv))}`
    )
    return ExitCode.badInput
  }
  const values = parsed.values as Record<string, string | boolean | undefined>
  if (values["help"]) {
    await io.stdout.write(commandHelp(command, helpLanguage(argv)))
    return ExitCode.ok
  }
  // An unknown --lang: the language of the message is not known, so it is said in all three.
  if (typeof values["lang"] === "string" && !globalOptions["lang"]?.choices?.includes(values["lang"])) {
    await io.stderr.write(`${(["fi", "sv", "en"] as const).map((l) => text(usage, "unknownLanguage", l)).join("\n")}\n`)
    return ExitCode.badInput
  }
  const messageLanguage = errorLanguage({
    options: values,
    language: ((values["lang"] as string | undefined) ?? "fi") as Language,
    format: values["format"] === "text" ? "text" : "json"
  })
  for (const [name, spec] of Object.entries(specs)) {
    const v = values[name]
    if (typeof v === "string" && spec.choices && !spec.choices.includes(v)) {
      await io.stderr.write(
        `${text(commandLine, "mustBeOneOf", messageLanguage, { option: `--${name}`, choices: spec.choices.join(", ") })}\n`
      )
      return ExitCode.badInput
    }
    if (v === undefined && spec.default !== undefined) values[name] = spec.default
  }
  const context: Context = {
    args: parsed.positionals,
    options: values,
    language: ((values["lang"] as string | undefined) ?? "fi") as Language,
    format: ((values["format"] as string | undefined) ?? "json") as "json" | "text",
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    stderrTty: io.stderrTty
  }
  try {
    return await command.run(context)
  } catch (e) {
    // Usage and input errors carry messages written by this package from option names, limits and positions.
    // Anything else is shown through core's one formatter, which never repeats an input value; the redactor is
    // a second line of defence only.
    if (e instanceof UsageError || e instanceof InputError) {
      const message = e instanceof InputError && e.localized ? e.localized(messageLanguage) : e.message
      await io.stderr.write(`${PersonalIdentityCode.redact(message)}\n`)
      return ExitCode.badInput
    }
    const lines = errorLines(e)
    if (!lines.every((l) => l.message.startsWith("internal error"))) {
      await io.stderr.write(`${PersonalIdentityCode.redact(formatError(e))}\n`)
      return ExitCode.badInput
    }
    await io.stderr.write(
      messageLanguage === "en"
        ? `${lines[0]?.message ?? "internal error"}; please report it\n`
        : `${text(commandLine, "internal", messageLanguage)}\n`
    )
    if (process.env["OSALLISTAVA_DEBUG"] === "1" && e instanceof Error && e.stack) await io.stderr.write(`${e.stack}\n`)
    return ExitCode.internal
  }
}
