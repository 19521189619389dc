/**
 * Structural social work (rakenteellinen sosiaalityö, Social Welfare Act
 * 1301/2014 § 7): a register of the gaps in social security and the obstacles
 * to inclusion that clients meet, and its aggregate social report (sosiaalinen
 * raportointi) for municipal decision makers.
 *
 * The experiment's coordinators recorded these from the start (seed 003:
 * "Koordinaattorit ovat kirjanneet alusta alkaen asiakkaiden kohtaamia
 * sosiaaliturvan aukkokohtia ja osallisuuden esteitä"); an example resolved
 * case: small expert-by-experience fees are no longer counted as income in
 * social assistance.
 *
 * @since 0.1.0
 */
import type { Localized } from "@osallistava/core"
import { Disclosure, decodeInput, FormatDate } from "@osallistava/core"
import * as Schema from "effect/Schema"
import { DateString, Ref, Text } from "./schema-util.js"

type Cell = Disclosure.Cell

/** Category of an obstacle. @since 0.1.0 */
export const ObstacleCategory = Schema.Literals([
  "benefit-gap",
  "legislation",
  "bureaucracy",
  "official-discretion",
  "digital-services",
  "service-availability",
  "housing",
  "health-care-access"
])
/** @since 0.1.0 */
export type ObstacleCategory = typeof ObstacleCategory.Type

/** Names of the categories (from seed 003: legislation, bureaucracy, individual officials' discretion). @since 0.1.0 */
export const categoryNames: Readonly<Record<ObstacleCategory, Localized.Localized>> = {
  "benefit-gap": {
    fi: "Sosiaaliturvan aukkokohta",
    sv: "Lucka i den sociala tryggheten",
    en: "Gap in social security"
  },
  legislation: { fi: "Lainsäädäntö", sv: "Lagstiftning", en: "Legislation" },
  bureaucracy: { fi: "Byrokratia", sv: "Byråkrati", en: "Bureaucracy" },
  "official-discretion": {
    fi: "Viranomaisen harkintavalta",
    sv: "Myndighetens prövning",
    en: "An official's discretion"
  },
  "digital-services": { fi: "Sähköinen asiointi", sv: "Elektronisk service", en: "Digital services" },
  "service-availability": { fi: "Palvelujen saatavuus", sv: "Tillgång till tjänster", en: "Availability of services" },
  housing: { fi: "Asuminen", sv: "Boende", en: "Housing" },
  "health-care-access": { fi: "Terveydenhuoltoon pääsy", sv: "Tillgång till vård", en: "Access to health care" }
}

/** Authority involved. @since 0.1.0 */
export const Authority = Schema.Literals([
  "kela",
  "employment-services",
  "municipality",
  "wellbeing-county",
  "health-care",
  "other"
])
/** @since 0.1.0 */
export type Authority = typeof Authority.Type

/** @since 0.1.0 */
export const authorityNames: Readonly<Record<Authority, Localized.Localized>> = {
  kela: { fi: "Kela", sv: "FPA", en: "Kela" },
  "employment-services": { fi: "Työllisyyspalvelut", sv: "Sysselsättningstjänster", en: "Employment services" },
  municipality: { fi: "Kunta", sv: "Kommun", en: "Municipality" },
  "wellbeing-county": { fi: "Hyvinvointialue", sv: "Välfärdsområde", en: "Wellbeing services county" },
  "health-care": { fi: "Terveydenhuolto", sv: "Hälso- och sjukvård", en: "Health care" },
  other: { fi: "Muu", sv: "Annan", en: "Other" }
}

/** @since 0.1.0 */
export const ObstacleStatus = Schema.Literals(["open", "in-progress", "resolved", "not-resolvable"])
/** @since 0.1.0 */
export type ObstacleStatus = typeof ObstacleStatus.Type

/** @since 0.1.0 */
export const statusNames: Readonly<Record<ObstacleStatus, Localized.Localized>> = {
  open: { fi: "Avoin", sv: "Öppen", en: "Open" },
  "in-progress": { fi: "Selvityksessä", sv: "Under utredning", en: "In progress" },
  resolved: { fi: "Ratkaistu", sv: "Löst", en: "Resolved" },
  "not-resolvable": { fi: "Ei ratkaistavissa", sv: "Kan inte lösas", en: "Not resolvable" }
}

/** One register entry. The example case is pseudonymous text (a henkilötunnus is rejected). @since 0.1.0 */
export const ObstacleEntry = Schema.Struct({
  entryId: Ref,
  recordedOn: DateString,
  municipality: Schema.String.pipe(
    Schema.check(Schema.isPattern(/^\d{3}$/, { message: "Expected a 3-digit municipality code" }))
  ),
  category: ObstacleCategory,
  /** Legal area, e.g. `Act 1412/1997 (social assistance)`. */
  legalArea: Text,
  authority: Authority,
  exampleCase: Text,
  status: ObstacleStatus,
  resolution: Schema.optionalKey(Text),
  resolvedOn: Schema.optionalKey(DateString)
})
/** @since 0.1.0 */
export type ObstacleEntry = typeof ObstacleEntry.Type

/** @since 0.1.0 */
export const decodeObstacle = decodeInput(ObstacleEntry, "structural register entry")

/**
 * The social report. Every count goes through `Disclosure` of
 * `@osallistava/core`: the category × status table with the category totals,
 * the authorities and the total are linked sums, suppressed together so that
 * no hidden count follows from the shown ones.
 *
 * @since 0.1.0
 */
export interface SocialReport {
  readonly period: { readonly from: string; readonly to: string }
  /** Threshold of the frequency rule. */
  readonly minCell: number
  /** Entries in the period; `null` when suppressed (fewer than `minCell`). @since 0.2.0 */
  readonly total: Cell
  readonly byCategory: ReadonlyArray<{
    readonly category: ObstacleCategory
    readonly total: Cell
    readonly byStatus: Readonly<Record<ObstacleStatus, Cell>>
  }>
  readonly byAuthority: ReadonlyArray<{ readonly authority: Authority; readonly total: Cell }>
  /**
   * Resolutions of resolved entries (text only, no example cases), listed only
   * for categories whose count of resolved entries is shown.
   */
  readonly resolutions: ReadonlyArray<{
    readonly category: ObstacleCategory
    readonly resolution: string
    readonly resolvedOn?: string
  }>
}

const emptyStatus = (): Record<ObstacleStatus, number> => ({
  open: 0,
  "in-progress": 0,
  resolved: 0,
  "not-resolvable": 0
})

/**
 * Aggregates register entries recorded in `from`–`to` into a social report.
 * Counts under `minCell` are suppressed with their complements (`Disclosure`);
 * example cases never appear, resolutions only where the resolved count is shown.
 *
 * @since 0.1.0
 */
export const socialReport = (
  entries: Iterable<ObstacleEntry>,
  period: { readonly from: string; readonly to: string },
  minCell: number = Disclosure.defaultThreshold
): SocialReport => {
  const byCat = new Map<ObstacleCategory, Record<ObstacleStatus, number>>()
  const byAuth = new Map<Authority, number>()
  const resolutions: Array<SocialReport["resolutions"][number]> = []
  let total = 0
  for (const e of entries) {
    if (e.recordedOn < period.from || e.recordedOn > period.to) continue
    total++
    const s = byCat.get(e.category) ?? emptyStatus()
    s[e.status]++
    byCat.set(e.category, s)
    byAuth.set(e.authority, (byAuth.get(e.authority) ?? 0) + 1)
    if (e.status === "resolved" && e.resolution !== undefined)
      resolutions.push({
        category: e.category,
        resolution: e.resolution,
        ...(e.resolvedOn ? { resolvedOn: e.resolvedOn } : {})
      })
  }
  const statuses = ObstacleStatus.literals
  const categories = ObstacleCategory.literals.filter((c) => byCat.has(c))
  const authorities = Authority.literals.filter((a) => byAuth.has(a))
  // Values: category × status cells, category totals, authority totals, the total.
  const values: Array<number> = []
  for (const c of categories)
    for (const st of statuses) values.push((byCat.get(c) as Record<ObstacleStatus, number>)[st])
  const catAt = values.length
  for (const c of categories) {
    const r = byCat.get(c) as Record<ObstacleStatus, number>
    values.push(statuses.reduce((acc, st) => acc + r[st], 0))
  }
  const authAt = values.length
  for (const a of authorities) values.push(byAuth.get(a) as number)
  const totalAt = values.length
  values.push(total)
  const lines: Array<Disclosure.Line> = [
    ...categories.map((_, ci) => ({ parts: statuses.map((_, si) => ci * statuses.length + si), total: catAt + ci })),
    { parts: categories.map((_, ci) => catAt + ci), total: totalAt },
    { parts: authorities.map((_, ai) => authAt + ai), total: totalAt }
  ]
  const hidden = Disclosure.linked(values, lines, {
    threshold: minCell,
    cost: (i) => (i === totalAt ? 2 : i >= catAt ? 1 : 0)
  })
  const at = (i: number) => Disclosure.cellOf(values[i] as number, hidden[i] as boolean)
  const byCategory = categories.map((category, ci) => ({
    category,
    total: at(catAt + ci),
    byStatus: Object.fromEntries(statuses.map((st, si) => [st, at(ci * statuses.length + si)])) as Record<
      ObstacleStatus,
      Cell
    >
  }))
  const resolvedShown = new Set(byCategory.filter((c) => !c.byStatus.resolved.suppressed).map((c) => c.category))
  return {
    period,
    minCell,
    total: at(totalAt),
    byCategory,
    byAuthority: authorities.map((authority, ai) => ({ authority, total: at(authAt + ai) })),
    resolutions: resolutions.filter((r) => resolvedShown.has(r.category))
  }
}

const heading: Localized.Localized = {
  fi: "Sosiaalinen raportti: sosiaaliturvan aukkokohdat ja osallisuuden esteet",
  sv: "Social rapport: luckor i den sociala tryggheten och hinder för delaktighet",
  en: "Social report: gaps in social security and obstacles to inclusion"
}
const words = {
  period: { fi: "Ajanjakso", sv: "Period", en: "Period" },
  total: { fi: "Kirjauksia yhteensä", sv: "Anteckningar totalt", en: "Entries in total" },
  byCategory: { fi: "Luokittain", sv: "Per kategori", en: "By category" },
  byAuthority: { fi: "Viranomaisittain", sv: "Per myndighet", en: "By authority" },
  resolved: { fi: "Ratkaistut", sv: "Lösta", en: "Resolved" },
  note: {
    fi: "Alle {n} tapauksen luvut ja luvut, joista ne voisi päätellä, on peitetty (..).",
    sv: "Antal under {n} och antal som de kunde härledas ur visas inte (..).",
    en: "Counts under {n}, and counts they could be derived from, are suppressed (..)."
  }
} as const

/**
 * The report as text for decision makers in fi, sv or en.
 *
 * @since 0.1.0
 */
export const renderSocialReport = (r: SocialReport, lang: Localized.Language): string => {
  const t = (x: Localized.Localized) => x[lang]
  const lines = [
    t(heading),
    `${t(words.period)}: ${FormatDate.range(r.period.from, r.period.to, lang)}`,
    `${t(words.total)}: ${Disclosure.cellText(r.total)}`,
    "",
    `${t(words.byCategory)}:`
  ]
  for (const c of r.byCategory)
    lines.push(
      `  ${t(categoryNames[c.category])}: ${Disclosure.cellText(c.total)} (${ObstacleStatus.literals
        .map((s) => `${t(statusNames[s]).toLowerCase()} ${Disclosure.cellText(c.byStatus[s])}`)
        .join(", ")})`
    )
  lines.push("", `${t(words.byAuthority)}:`)
  for (const a of r.byAuthority) lines.push(`  ${t(authorityNames[a.authority])}: ${Disclosure.cellText(a.total)}`)
  if (r.resolutions.length > 0) {
    lines.push("", `${t(words.resolved)}:`)
    for (const x of r.resolutions) lines.push(`  - ${t(categoryNames[x.category])}: ${x.resolution}`)
  }
  lines.push("", t(words.note).replaceAll("{n}", String(r.minCell)))
  return lines.join("\n")
}
