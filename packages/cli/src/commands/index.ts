import type { Command } from "../command.js"
import { avainCommands } from "./avain.js"
import { calendarCommands } from "./calendar.js"
import { etotuCommands } from "./etotu.js"
import { modelCommands } from "./model.js"
import { socialAssistanceCommands } from "./social-assistance.js"
import { supplementaryCommands } from "./supplementary.js"

/** Every command of the `osallistava` tool. */
export const commands: ReadonlyArray<Command> = [
  ...avainCommands,
  ...calendarCommands,
  ...etotuCommands,
  ...modelCommands,
  ...socialAssistanceCommands,
  ...supplementaryCommands
]
