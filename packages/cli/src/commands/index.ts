import type { Command } from "../command.js"

/** Every command of the `osallistava` tool. */
export const commands: ReadonlyArray<Command> = []
