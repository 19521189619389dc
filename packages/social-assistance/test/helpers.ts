import { Result } from "effect"
import { decodeApplication } from "../src/application.js"
import { calculate } from "../src/engine.js"

export const run = (json: unknown) => {
  const app = decodeApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  const d = calculate(app.success)
  if (Result.isFailure(d)) throw new Error(d.failure.message)
  return d.success
}
