/**
 * `@osallistava/calendar`: Finnish public holidays, working days and statutory
 * time limits (Act 150/1930) for social-services deadlines.
 *
 * @since 0.1.0
 */
export * as Easter from "./easter.js"
export * as Helsinki from "./helsinki.js"
export * as Holidays from "./holidays.js"
export { type Holiday, type HolidayId, type HolidayKind, YearOutOfRange } from "./holidays.js"
export * as StatutoryLimits from "./statutory-limits.js"
export * as TimeLimits from "./time-limits.js"
export * as WorkingDays from "./working-days.js"
