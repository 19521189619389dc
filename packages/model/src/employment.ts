/**
 * The social worker's employment powers in the model (seed 001: the worker
 * may make plans and decisions belonging to employment services).
 *
 * Sources: Act 189/2001 on rehabilitative work activity (kuntouttava
 * työtoiminta) § 2, 3, 5, 8, 9 (finlex 189/2001, original text read from
 * eliask/finlex-data data/asd/fi/2001/asd20010189.xml; later wording per
 * finlex ajantasa 189/2001 as amended by 399/2023, in force 1.1.2025: the
 * employment authority and the wellbeing services county make the plan);
 * multi-sectoral employment plan: Act 1369/2014 on multi-sectoral joint
 * services (to 31.12.2024) and Act 381/2023 § 4–6 (from 1.1.2025).
 *
 * PROVISIONAL: HE 109/2025 (StVM 27/2025) limits activation plans to clients on
 * social assistance because of unemployment from 2026; its date of entry into
 * force was not verified here.
 *
 * @since 0.1.0
 */
import { LegalRef, Localized } from "@osallistava/core"
import { activation } from "./messages.js"
import type { Role } from "./roles.js"

/** @since 0.1.0 */
export type EmploymentInstrument = "activation-plan" | "multi-sectoral-employment-plan" | "rehabilitative-work-activity"

/** One instrument, its legal basis, who must take part and its time rules. @since 0.1.0 */
export interface EmploymentPower {
  readonly instrument: EmploymentInstrument
  readonly name: Localized.Localized
  readonly basis: string
  readonly participants: ReadonlyArray<Role>
  /** Rules on time, as text; the computable ones are in {@link activationPlanRules}. */
  readonly timeRules: ReadonlyArray<string>
}

/** @since 0.1.0 */
export const employmentPowers: ReadonlyArray<EmploymentPower> = [
  {
    instrument: "activation-plan",
    name: { fi: "Aktivointisuunnitelma", sv: "Aktiveringsplan", en: "Activation plan" },
    basis: "Act 189/2001 § 2 (1), § 3, § 5, § 8",
    participants: ["client", "social-worker", "partner-employment-services"],
    timeRules: [
      "§ 3 (1) 3: under 25, main income for the last 4 months unemployment-based social assistance",
      "§ 3 (2) 3: 25 or over, main income for the last 12 months unemployment-based social assistance",
      "§ 5: the municipality (county) starts the plan without delay (viipymättä) when the person is on social assistance",
      "§ 8 (3): if work or services cannot be offered within 3 months, the plan includes rehabilitative work activity"
    ]
  },
  {
    instrument: "multi-sectoral-employment-plan",
    name: {
      fi: "Monialainen työllistymissuunnitelma",
      sv: "Sektorsövergripande sysselsättningsplan",
      en: "Multi-sectoral employment plan"
    },
    basis: "Act 1369/2014 (to 2024); Act 381/2023 § 4–6 (from 2025)",
    participants: ["client", "social-worker", "partner-employment-services", "partner-health-care", "partner-kela"],
    timeRules: ["made when work ability or life-management problems need coordinated services (Act 381/2023)"]
  },
  {
    instrument: "rehabilitative-work-activity",
    name: {
      fi: "Kuntouttava työtoiminta",
      sv: "Arbetsverksamhet i rehabiliteringssyfte",
      en: "Rehabilitative work activity"
    },
    basis: "Act 189/2001 § 2 (2), § 6, § 9",
    participants: ["client", "social-worker", "partner-employment-services"],
    timeRules: [
      "§ 9: the plan records the activity, place, daily and weekly duration, start and length",
      "§ 9 (5): the plan records the date by which the activity's effect is evaluated at the latest"
    ]
  }
]

/** Age group and months of unemployment-based social assistance. @since 0.1.0 */
export interface ActivationInput {
  readonly age: number
  /** Consecutive months whose main income was unemployment-based social assistance. */
  readonly monthsOnUnemploymentAssistance: number
}

/** Whether 189/2001 § 3 requires an activation plan, and why. @since 0.1.0 */
export interface ActivationDuty {
  readonly required: boolean
  readonly basis: string
  /**
   * The duty and its ground for a person, fi/sv/en (e.g. "aktivointisuunnitelma
   * on tehtävä: 25 vuotta täyttänyt, …"), without the citation, which is {@link basis}.
   * @since 0.2.0
   */
  readonly text: Localized.Localized
  /** The provision as data (§ 3 (1) 3 or (2) 3), to cite in the reader's language with `LegalRef.render`. @since 0.2.0 */
  readonly ref: LegalRef.LegalRef
}

const section3 = (subsection: 1 | 2): LegalRef.LegalRef =>
  LegalRef.make({ act: "189/2001", section: "3", subsection, point: 3 })

const dutyText = (required: boolean, ground: keyof typeof activation): Localized.Localized =>
  Localized.byLanguage((l) => `${activation[required ? "required" : "notRequired"][l]}: ${activation[ground][l]}`)

/**
 * Activation-plan duty for a social-assistance recipient (Act 189/2001 § 3
 * (1) 3 and (2) 3; the same thresholds trigger Kela's eTotu notices under
 * § 27 (2)).
 *
 * @since 0.1.0
 */
export const activationPlanRules = (input: ActivationInput): ActivationDuty => {
  if (input.age < 25)
    return input.monthsOnUnemploymentAssistance >= 4
      ? {
          required: true,
          basis: "Act 189/2001 § 3 (1) 3: under 25, 4 months",
          text: dutyText(true, "under25"),
          ref: section3(1)
        }
      : {
          required: false,
          basis: "Act 189/2001 § 3 (1) 3: under 25, fewer than 4 months",
          text: dutyText(false, "under25Fewer"),
          ref: section3(1)
        }
  return input.monthsOnUnemploymentAssistance >= 12
    ? {
        required: true,
        basis: "Act 189/2001 § 3 (2) 3: 25 or over, 12 months",
        text: dutyText(true, "over25"),
        ref: section3(2)
      }
    : {
        required: false,
        basis: "Act 189/2001 § 3 (2) 3: 25 or over, fewer than 12 months",
        text: dutyText(false, "over25Fewer"),
        ref: section3(2)
      }
}

/** Whether an activation plan must include rehabilitative work activity (§ 8 (3)). @since 0.1.0 */
export const mustIncludeRehabilitativeWork = (monthsUntilWorkOrServiceCanBeOffered: number): boolean =>
  monthsUntilWorkOrServiceCanBeOffered > 3
