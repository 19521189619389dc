/**
 * `@osallistava/core`: shared domain primitives for Finnish social services.
 *
 * Each module is exported as a namespace (`Money`, `YearMonth`, `LocalDate`,
 * `PersonalIdentityCode`, `Municipality`, `Localized`) and its main types and
 * Schemas are exported by name as well.
 *
 * @since 0.1.0
 */

export * as Catalog from "./catalog.js"
export * as Csv from "./csv.js"
export * as Disclosure from "./disclosure-checked.js"
export {
  decodeInput,
  type ErrorLine,
  errorLines,
  formatError,
  formatPath,
  type InputIssue,
  InputTooLarge,
  InvalidInput,
  issuesOf,
  ParameterNotInForce,
  RuleViolation
} from "./errors.js"
export * as FormatDate from "./format-date.js"
export * as FormatNumber from "./format-number.js"
export * as Json from "./json.js"
export * as LegalRef from "./legal-ref.js"
export * as LocalDate from "./local-date.js"
export * as Localized from "./localized.js"
export { Language } from "./localized.js"
export * as Money from "./money.js"
export { type EuroCents, EuroString, type Percentage } from "./money.js"
export * as Municipality from "./municipality.js"
export { MunicipalityCode, MunicipalityCodeOrName } from "./municipality.js"
export * as PersonalIdentityCode from "./personal-identity-code.js"
export { PersonalIdentityCodeFromString } from "./personal-identity-code.js"
export * as ReductionGround from "./reduction-ground.js"
export {
  divideRounded,
  type RoundingMode,
  roundingModes,
  tryDivideRounded,
  unsafeDivideRounded
} from "./rounding.js"
export * as StatuteNumbering from "./statute-numbering.js"
export { ProvisionNotInForce } from "./statute-numbering.js"
export * as YearMonth from "./year-month.js"
