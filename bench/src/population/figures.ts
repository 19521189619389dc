/**
 * The figures the synthetic population is drawn from, each with its source. `[C]` = published figure, `[I]` =
 * inferred by us (no published figure found; chosen to be consistent with the published ones). The generator is for
 * load and robustness testing: it reproduces the published shape of the caseload, not any real person.
 *
 * @since 0.1.0
 */

/**
 * Recipient households of basic social assistance (Kela):
 * - 2025: 256 916 households, of which 62 % (159 000) living alone and just under 46 500 families with children
 *   [C] (Kela release 21.1.2026, reported by verkkouutiset.fi/a/toimeentulotukea-maksettiin-yli-miljardilla-eurolla-…
 *   and demokraatti.fi/toimeentulotukeen-meni-jo-yli-miljardi-iso-kasvu-kuluissa).
 * - 2024: 249 600 households and 356 400 recipients, i.e. 1.43 persons per household; 31 % of recipient households
 *   had no earnings and no primary benefit ("tulottomia"); 528 €/month paid per household on average [C]
 *   (Kela, tietotarjotin.fi/tilasto/2873946; sttinfo.fi/tiedote/70989697, 18.3.2025).
 * - 2017: 277 316 households [C] (Kela research, slideshare.net/kelantutkimus/toimeentulotuki-tilastojen-valossa).
 *
 * @since 0.1.0
 */
export const kela = {
  households2025: 256_916,
  livingAloneShare2025: 0.62,
  familiesWithChildren2025: 46_500,
  households2024: 249_600,
  recipients2024: 356_400,
  incomelessShare2024: 0.31,
  averagePaymentCents2024: 52_800
} as const

/**
 * Household types as Kelasto classifies them (yksin asuvat, muut yhden hengen kotitaloudet, lapsettomat parit,
 * lapsiperheet; kela.fi/pt/tilasto-perustoimeentulotuesta-kasitteet).
 * - livingAlone 62 % [C 2025];
 * - families with children 46 500 / 256 916 = 18.1 % [C 2025], split single parents 12 %, couples 6 % [I: single
 *   parents receive assistance five times as often as two-parent families, THL Toimeentulotuki 2014: 26.5 % of single
 *   mothers vs 5.0 % of two-parent families];
 * - the remaining 19.9 % split other one-person households 14 % (here: an adult under 25 living with parents, the
 *   73 % rate of 9 § 1 mom 3 kohta) and childless couples 6 % [I].
 *
 * @since 0.1.0
 */
export const householdTypes = {
  livingAlone: 62,
  otherSingle: 13.9,
  childlessCouple: 6,
  singleParent: 12.1,
  coupleWithChildren: 6
} as const

/** @since 0.1.0 */
export type HouseholdType = keyof typeof householdTypes

/**
 * Number of children in a family with children [I], chosen so that the mean household size is 1.43 persons as in
 * Kela 2024 (356 400 / 249 600): with the shares above the families need 3.06 persons on average.
 */
export const childrenInFamily = { "1": 38, "2": 34, "3": 18, "4": 7, "5": 3 } as const

/**
 * Age band of the applicant [I]. Kela 2024: men aged 20–24 are the largest recipient group (sttinfo.fi/tiedote/
 * 70989697); national take-up is highest among 18–24-year-olds (THL 2018, seed 003). Bands are years of age.
 */
export const applicantAge = { "18-24": 26, "25-34": 25, "35-49": 26, "50-64": 19, "65-80": 4 } as const

/**
 * Primary income of the household when it is not income-less [I]. THL Toimeentulotuki 2014: 43.1 % of recipient
 * households had labour market subsidy or basic unemployment allowance, 69.6 % housing allowance [C]
 * (docplayer.fi/18468938); the rest of the split is ours.
 */
export const primaryIncome = {
  labourMarketSubsidy: 55,
  basicUnemploymentAllowance: 8,
  wage: 16,
  sicknessAllowance: 6,
  pension: 8,
  studyGrant: 7
} as const

/** @since 0.1.0 */
export type PrimaryIncome = keyof typeof primaryIncome

/** Share of households with general housing allowance [C THL 2014: 69.6 %]. */
export const housingAllowanceShare = 0.696

/** Share of households with immediately available savings [I]. */
export const savingsShare = 0.05

/**
 * Child benefit per month by child rank and the single-parent supplement, in cents [I: approximate 2025 levels from
 * kela.fi/lapsilisa; used only to make incomes realistic, not as law].
 */
export const childBenefitCents = [9488, 10484, 13379, 15324, 17269] as const
/** @since 0.1.0 */
export const singleParentSupplementCents = 7330

/**
 * Municipalities and their weight [I: about the 2024 population in thousands; used to spread households over the
 * housing-cost-limit table]. Codes are Statistics Finland's; every one is in the 2024 and 2025 decree annexes.
 * Kangasala, Kemijärvi and Raisio are experiment municipalities of the participatory social security trial (seed 003).
 */
export const municipalities = {
  "091": 675,
  "049": 320,
  "092": 250,
  "837": 255,
  "853": 205,
  "564": 215,
  "179": 148,
  "297": 125,
  "398": 121,
  "609": 83,
  "167": 78,
  "286": 78,
  "405": 73,
  "109": 68,
  "905": 68,
  "698": 65,
  "743": 65,
  "285": 51,
  "491": 51,
  "734": 51,
  "211": 33,
  "320": 7,
  "680": 25
} as const

/** Capital-region municipalities (rents higher) [I]. */
export const capitalRegion: ReadonlySet<string> = new Set(["091", "049", "092"])

/**
 * eTotu notice types, share of notices in 2018 [C for the first four: THL työpaperi 26/2019 (R1 in docs/etotu/reference.md), same
 * Kelasto data as seed 003 Kuvio 6]; the remaining 10 % split under-25 6 %, immigrant 4 % [I, docs/etotu/reference.md § 3].
 */
export const noticeTypes = {
  ForwardedApplication: 51,
  ReducedBasicAmount: 20,
  Unemployed25OrOver: 10,
  SocialWorkNeeded: 9,
  UnemployedUnder25: 6,
  Immigrant: 4
} as const

/**
 * Reasons of social-work-needed notices, 2018 [C THL työpaperi 26/2019, docs/etotu/reference.md § 2]: life management 35 %,
 * livelihood 24 %, housing 19 %, health 8 %, other the rest.
 */
export const socialWorkReasons = { lifeManagement: 35, livelihood: 24, housing: 19, health: 8, other: 14 } as const

/** Share of urgent notices [I: not published in what we found, docs/etotu/reference.md § 3 "[?]"]. */
export const urgentShare = 0.08

/**
 * AVAIN start records: probability that a client has each goal area, factor and method [I]. THL 2018 (seed 003,
 * Kuvio 3–5, N = 148) gives only the ranking, not the percentages (the figures are images that the seed text lost,
 * docs/avain/reference.md § 7): the most common goals were financial management, maintaining work ability and mental health, and
 * employment; the most common supporting factors own motivation, relationships with close ones, education and service
 * supply; hindering factors mental and physical health, financial management and previous experiences of working
 * life; the most used methods discussion with the client, clarifying the financial situation and referral to
 * education or other measures; over half received supplementary or preventive social assistance. The probabilities
 * below keep that ranking.
 */
export const avainGoalAreas = {
  "financial-management": 0.45,
  "work-ability": 0.35,
  "mental-health": 0.33,
  employment: 0.3,
  subsistence: 0.2,
  housing: 0.15,
  education: 0.12,
  "everyday-life": 0.1,
  "physical-health": 0.08,
  "substance-use": 0.06,
  relationships: 0.05,
  participation: 0.04
} as const

/** @since 0.1.0 */
export const avainFactorsSupporting = {
  "own-motivation": 0.5,
  "close-relationships": 0.35,
  education: 0.25,
  "service-supply": 0.22,
  "social-network": 0.08
} as const

/** @since 0.1.0 */
export const avainFactorsHindering = {
  "mental-health": 0.42,
  "physical-health": 0.35,
  "financial-management": 0.3,
  "work-experience": 0.22,
  substances: 0.1,
  "housing-situation": 0.08
} as const

/** @since 0.1.0 */
export const avainMethods = {
  discussion: 0.7,
  "financial-situation-review": 0.55,
  "supplementary-preventive-assistance": 0.52,
  referral: 0.45,
  "supporting-participation": 0.3,
  "money-matters-support": 0.28,
  "work-and-education-search": 0.25,
  "named-worker": 0.15,
  "psychosocial-support": 0.1,
  "group-social-work": 0.05
} as const

/** Attainment at evaluation [I; THL 2019 slides (S8): the subsistence goal attained at least fairly well by about half]. */
export const avainAttainment = {
  "very-well": 18,
  "fairly-well": 32,
  neither: 22,
  "fairly-poorly": 12,
  "very-poorly": 6,
  notEvaluated: 10
} as const

/** Share of started plans that get an evaluation record [I]. */
export const avainEvaluatedShare = 0.8
