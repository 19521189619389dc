import { Result } from "effect"
import { type Application, decodeApplication } from "../../src/application.js"

export const decode = (json: unknown): Application => {
  const app = decodeApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  return app.success
}

/** A person living alone in Tampere (837) with `rent` and the given incomes, in `month`. */
export const single = (month: string, rent: string, incomes: ReadonlyArray<{ kind: string; amount: string }> = []) =>
  decode({
    month,
    municipality: "837",
    persons: [{ id: "a", role: "applicant", birthDate: "1980-03-03" }],
    expenses: [{ kind: "rent", amount: rent }],
    incomes: incomes.map((i) => ({ ...i, personId: "a" }))
  })
