/**
 * A progress line on stderr while a batch runs, only when stderr is a
 * terminal (quiet in pipes, files and CI).
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export interface Progress {
  update(records: number, errors: number, bytes: number, totalBytes: number | undefined): void
  done(): void
}

const none: Progress = { update: () => {}, done: () => {} }

/**
 * @since 0.1.0
 */
export const make = (stream: NodeJS.WriteStream | undefined, enabled: boolean): Progress => {
  if (!enabled || stream === undefined || !stream.isTTY) return none
  const started = Date.now()
  let last = 0
  let drawn = false
  return {
    update(records, errors, bytes, totalBytes) {
      const now = Date.now()
      if (now - last < 100) return
      last = now
      const seconds = (now - started) / 1000
      const rate = seconds > 0 ? Math.round(records / seconds) : 0
      const width = 24
      let bar = ""
      if (totalBytes !== undefined && totalBytes > 0) {
        const share = Math.min(1, bytes / totalBytes)
        const filled = Math.round(share * width)
        bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% `
      }
      stream.write(`\r${bar}${records} records, ${errors} errors, ${rate}/s`)
      drawn = true
    },
    done() {
      if (drawn) stream.write("\r\x1b[K")
    }
  }
}
