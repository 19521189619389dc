/**
 * Writing to stdout with back-pressure, so a large batch never buffers its
 * whole output in memory.
 *
 * @since 0.1.0
 */
import type { Writable } from "node:stream"

/** @since 0.1.0 */
export interface Output {
  write(text: string): Promise<void>
}

/**
 * Wraps a stream; `write` waits for `drain` when the stream's buffer is full.
 *
 * @since 0.1.0
 */
export const fromStream = (stream: Writable): Output => ({
  write: (text) =>
    new Promise<void>((resolve, reject) => {
      if (stream.write(text)) resolve()
      else {
        const onDrain = () => {
          stream.off("error", onError)
          resolve()
        }
        const onError = (e: Error) => {
          stream.off("drain", onDrain)
          reject(e)
        }
        stream.once("drain", onDrain)
        stream.once("error", onError)
      }
    })
})

/** Collects output in memory (tests). */
export const collect = (): Output & { readonly text: () => string } => {
  const parts: Array<string> = []
  return {
    write: async (text) => {
      parts.push(text)
    },
    text: () => parts.join("")
  }
}
