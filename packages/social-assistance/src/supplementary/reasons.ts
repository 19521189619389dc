/**
 * The social worker's reasons for an accepted amount, as codes (fi/sv/en texts in `messages.ts`), so that no free
 * text reaches a trace, an error or a log.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"

/** @since 0.3.0 */
export const reasonCodes = [
  "guidelineGivesNoAmount",
  "actualNecessaryCost",
  "specialCircumstances",
  "childsBestInterest",
  "longOrSeriousIllness",
  "longTermAssistance",
  "cheaperAlternative",
  "notNecessary",
  "coveredElsewhere",
  "preventsEviction",
  "suddenDeterioration",
  "supportsActivation"
] as const

/** @since 0.3.0 */
export const Reason = Schema.Literals(reasonCodes)

/** @since 0.3.0 */
export type Reason = (typeof reasonCodes)[number]
