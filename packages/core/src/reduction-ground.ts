/**
 * One vocabulary of the grounds for reducing the basic amount of social
 * assistance (perusosan alentaminen / nedsättning av grunddelen, Act 1412/1997
 * 10 §) and of the regimes that say which grounds, percentages and durations
 * are in force when. `@osallistava/social-assistance` (the calculator's
 * `Reduction.ground`) and `@osallistava/etotu` (Kela's reduced-basic-amount
 * notice) both use these names.
 *
 * Regimes (docs/social-assistance/README.md, reference.md § 5):
 *
 * - 2017–2022: 10 § 1 mom. (up to 20 %) and 3 mom. (up to 40 % when refusals
 *   repeat, 1294/2002 wording as amended by 1390/2010 and 939/2012, with no
 *   service-need-assessment precondition), at most two months at a time (4 mom.)
 *   [C; docs/social-assistance/open-readings.md § 2].
 * - 1.1.2023–31.1.2026: 10 § in the wording of 1023/2022 (finlex-data
 *   asd20221023.xml): 1 mom. points 1–4 up to 20 % (point 3 reworded by 411/2023
 *   and point 2 by 1106/2024 from 1.1.2025, same grounds); 2 mom. up to 40 % when
 *   the conduct continues after a 20 % reduction and the 10 a § service-need
 *   assessment is refused; 3 mom. at most two months at a time and never
 *   endangering the minimum for a life of dignity.
 * - From 1.2.2026: law 26/2026 (HE 116/2025), known from Kela/STT releases
 *   (sttinfo.fi/tiedote/71766190, /71700347; the text is not in the finlex-data
 *   snapshot, I): 50 % for a primary benefit not applied for or no registration
 *   as a full-time jobseeker after Kela's order; 20 % then 40 % for a
 *   labour-policy sanction on unemployment benefit, at most six months; 20 % for
 *   neglecting the integration plan.
 *
 * @since 0.2.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { RuleViolation } from "./errors.js"
import * as LegalRef from "./legal-ref.js"
import { type LocalDate, unsafeFrom } from "./local-date.js"
import type { Localized } from "./localized.js"

/**
 * The grounds, by what the person did or failed to do.
 *
 * @since 0.2.0
 */
export const grounds = [
  "refusedWorkOrService",
  "neglectPreventingOffer",
  "refusedEducationUnder25",
  "refusedActivationOrRehabilitativeWork",
  "neglectedIntegrationPlan",
  "repeatedRefusal",
  "primaryBenefitNotApplied",
  "notRegisteredAsFullTimeJobseeker",
  "unemploymentBenefitSanction"
] as const

/** @since 0.2.0 */
export const ReductionGround = /* @__PURE__ */ Schema.Literals(grounds).annotate({
  title: "ReductionGround",
  description: "Ground for reducing the basic amount of social assistance (Act 1412/1997 10 §)"
})

/** @since 0.2.0 */
export type ReductionGround = typeof ReductionGround.Type

/**
 * The same Schema as {@link ReductionGround} under a name that differs from the type's, so that it is reachable as a
 * value through the namespace in the bundled type declarations (`ReductionGround.schema`).
 *
 * @since 0.2.0
 */
export const schema = ReductionGround

/**
 * The grounds' names for people, in fi, sv and en.
 *
 * @since 0.2.0
 */
export const labels: Readonly<Record<ReductionGround, Localized>> = {
  refusedWorkOrService: {
    fi: "kieltäytyminen työstä tai palvelusta",
    sv: "vägran att ta emot arbete eller service",
    en: "refusal of work or a service"
  },
  neglectPreventingOffer: {
    fi: "laiminlyönti, jonka vuoksi työtä tai palvelua ei voitu tarjota",
    sv: "försummelse som hindrade att arbete eller service erbjöds",
    en: "neglect that prevented an offer of work or a service"
  },
  refusedEducationUnder25: {
    fi: "alle 25-vuotiaan kieltäytyminen koulutuksesta",
    sv: "vägran att delta i utbildning, person under 25 år",
    en: "refusal of education by a person under 25"
  },
  refusedActivationOrRehabilitativeWork: {
    fi: "kieltäytyminen aktivointisuunnitelmasta tai kuntouttavasta työtoiminnasta",
    sv: "vägran att delta i aktiveringsplan eller arbetsverksamhet i rehabiliteringssyfte",
    en: "refusal of an activation plan or rehabilitative work"
  },
  neglectedIntegrationPlan: {
    fi: "kotoutumissuunnitelman laiminlyönti",
    sv: "försummelse av integrationsplanen",
    en: "neglect of the integration plan"
  },
  repeatedRefusal: { fi: "toistuva kieltäytyminen", sv: "upprepad vägran", en: "repeated refusal" },
  primaryBenefitNotApplied: {
    fi: "ensisijaisen etuuden hakematta jättäminen",
    sv: "primär förmån har inte sökts",
    en: "a primary benefit not applied for"
  },
  notRegisteredAsFullTimeJobseeker: {
    fi: "ilmoittautumatta jättäminen kokoaikatyötä hakevaksi työnhakijaksi",
    sv: "inte anmäld som arbetssökande för heltidsarbete",
    en: "not registered as a full-time jobseeker"
  },
  unemploymentBenefitSanction: {
    fi: "työttömyysetuuden menetys (työvoimapoliittinen seuraamus)",
    sv: "förlust av arbetslöshetsförmån (arbetskraftspolitisk påföljd)",
    en: "loss of unemployment benefit (labour-policy sanction)"
  }
}

/** One ground as a regime allows it. @since 0.2.0 */
export interface GroundRule {
  readonly ground: ReductionGround
  /** The percentages the law allows for it (Kela applies exactly these, I). */
  readonly percentages: ReadonlyArray<20 | 40 | 50>
  /** The provisions that set it. */
  readonly provisions: ReadonlyArray<LegalRef.LegalRef>
  /** Maximum consecutive months of one reduction on this ground, if the law sets one. */
  readonly maxMonths?: number
  /**
   * The first month (`YYYY-MM`) whose basic amount a reduction on this ground can reduce, when that is later than the
   * regime's start: the reduction needs Kela's order and a period to act that has run out first.
   *
   * @since 0.3.0
   */
  readonly firstReducedMonth?: string
}

/** A period with one set of grounds. @since 0.2.0 */
export interface Regime {
  readonly id: "2017" | "1023/2022" | "26/2026"
  readonly validFrom: LocalDate
  /** Inclusive; open-ended when absent. */
  readonly validTo?: LocalDate
  readonly grounds: ReadonlyArray<GroundRule>
  /** A 40 % reduction needs a refused service-need assessment (10 § 2 mom. 2 kohta, 10 a § 3 mom.). */
  readonly fortyNeedsRefusedAssessment: boolean
}

const SA = "1412/1997"
const ref = (fields: Omit<LegalRef.LegalRef, "finlex" | "act">) => LegalRef.make({ act: SA, ...fields })

const before2026 = (
  id: "2017" | "1023/2022",
  validFrom: string,
  validTo: string,
  amendedBy: string | undefined
): Regime => {
  const m = (subsection: number, point?: number) =>
    ref({
      section: "10",
      subsection,
      ...(point === undefined || amendedBy === undefined ? {} : { point }),
      ...(amendedBy === undefined ? {} : { amendedBy })
    })
  return {
    id,
    validFrom: unsafeFrom(validFrom),
    validTo: unsafeFrom(validTo),
    fortyNeedsRefusedAssessment: amendedBy !== undefined,
    grounds: [
      { ground: "refusedWorkOrService", percentages: [20], provisions: [m(1, 1)], maxMonths: 2 },
      { ground: "neglectPreventingOffer", percentages: [20], provisions: [m(1, 1)], maxMonths: 2 },
      { ground: "refusedEducationUnder25", percentages: [20], provisions: [m(1, 1)], maxMonths: 2 },
      {
        ground: "refusedActivationOrRehabilitativeWork",
        percentages: [20],
        provisions: amendedBy === undefined ? [m(1)] : [m(1, 3), m(1, 4)],
        maxMonths: 2
      },
      { ground: "neglectedIntegrationPlan", percentages: [20], provisions: [m(1, 2)], maxMonths: 2 },
      {
        ground: "repeatedRefusal",
        percentages: [40],
        provisions:
          amendedBy === undefined
            ? [ref({ section: "10", subsection: 3, amendedBy: "939/2012" })]
            : [m(2), ref({ section: "10 a", subsection: 3, amendedBy: "1023/2022" })],
        maxMonths: 2
      }
    ]
  }
}

const law26 = ref({ section: "10", amendedBy: "26/2026" })

/**
 * The first month a 50 % reduction of law 26/2026 can reduce: Kela gives the first orders (kehotus) on 1.2.2026, the
 * client has one month to act, and the basic amount is reduced from the following month; "Kela maksaa ensimmäiset
 * näiden perusteiden mukaan alennetut tuet maaliskuusta alkaen" (Kela 28.1.2026, sttinfo.fi/tiedote/71766190;
 * docs/social-assistance/open-readings.md § 7).
 */
const FIRST_50_PERCENT_MONTH = "2026-03"

/**
 * The regimes, oldest first.
 *
 * @since 0.2.0
 */
export const regimes: ReadonlyArray<Regime> = [
  before2026("2017", "2017-01-01", "2022-12-31", undefined),
  before2026("1023/2022", "2023-01-01", "2026-01-31", "1023/2022"),
  {
    id: "26/2026",
    validFrom: unsafeFrom("2026-02-01"),
    fortyNeedsRefusedAssessment: false,
    grounds: [
      {
        ground: "primaryBenefitNotApplied",
        percentages: [50],
        provisions: [law26],
        firstReducedMonth: FIRST_50_PERCENT_MONTH
      },
      {
        ground: "notRegisteredAsFullTimeJobseeker",
        percentages: [50],
        provisions: [law26],
        firstReducedMonth: FIRST_50_PERCENT_MONTH
      },
      { ground: "unemploymentBenefitSanction", percentages: [20, 40], provisions: [law26], maxMonths: 6 },
      { ground: "neglectedIntegrationPlan", percentages: [20], provisions: [law26] }
    ]
  }
]

/**
 * The regime in force on `date` (YYYY-MM-DD), if any (none before 2017).
 *
 * @since 0.2.0
 */
export const regimeOn = (date: string): Regime | undefined =>
  regimes.find((r) => r.validFrom <= date && (r.validTo === undefined || date <= r.validTo))

/**
 * The rule for `ground` on `date`, or `undefined` when the ground is not in
 * force then (e.g. `primaryBenefitNotApplied` before 1.2.2026).
 *
 * @example
 * ```ts
 * import { ReductionGround } from "@osallistava/core"
 * ReductionGround.ruleOn("repeatedRefusal", "2025-05-01")?.percentages // [40]
 * ReductionGround.ruleOn("repeatedRefusal", "2026-03-01") // undefined
 * ```
 * @since 0.2.0
 */
export const ruleOn = (ground: ReductionGround, date: string): GroundRule | undefined =>
  regimeOn(date)?.grounds.find((g) => g.ground === ground)

const firstReducedMonthOk: Result.Result<void, RuleViolation> = Result.succeed(undefined)

/**
 * Whether a reduction on `ground` can reduce the basic amount of `month` (`YYYY-MM`) under `regime` (by default the
 * regime in force on the month's first day; a caller converting a decision passes the regime of its date): a ground
 * whose rule has a {@link GroundRule.firstReducedMonth} reduces no earlier month, since Kela's order and the period to
 * act come first (law 26/2026: the first 50 % reductions from March 2026; Kela 28.1.2026,
 * sttinfo.fi/tiedote/71766190). One check, used by the calculator (`@osallistava/social-assistance`) and by the
 * conversion of Kela's notice (`@osallistava/etotu`); a ground the regime does not have is not this rule's concern
 * (`ground-in-force`).
 *
 * Fails with a `RuleViolation` at `month`, rule `reduction-order-period`, naming the first month (data, never input).
 *
 * @example
 * ```ts
 * import { ReductionGround } from "@osallistava/core"
 * ReductionGround.checkFirstReducedMonth("primaryBenefitNotApplied", "2026-02") // Failure(RuleViolation reduction-order-period)
 * ReductionGround.checkFirstReducedMonth("primaryBenefitNotApplied", "2026-03") // Success(undefined)
 * ```
 * @since 0.4.0
 */
export const checkFirstReducedMonth = (
  ground: ReductionGround,
  month: string,
  regime: Regime | undefined = regimeOn(`${month}-01`)
): Result.Result<void, RuleViolation> => {
  if (regime === undefined) return firstReducedMonthOk
  let first: string | undefined
  for (const g of regime.grounds) if (g.ground === ground) first = g.firstReducedMonth
  if (first === undefined || month >= first) return firstReducedMonthOk
  return Result.fail(
    new RuleViolation({
      at: "month",
      rule: "reduction-order-period",
      detail: `No basic amount is reduced on this ground before ${first}: Kela's order and its one-month period to act come first (Act 1412/1997 10 § as amended by 26/2026; Kela 28.1.2026)`
    })
  )
}
