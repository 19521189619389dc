import { type AvainRecord, formatReportText, report, score, validate } from "@osallistava/avain"

// What a client information system might export: two plans, one evaluated, and a record whose client reference is
// a henkilötunnus (the sample of the README; a real integration reads its export instead).

const goals = [
  { goalId: "g1", area: "financial-management", intent: "improve", text: "Laskut maksettua ajallaan" },
  { goalId: "g2", area: "employment", intent: "improve" }
]
const base = { formatVersion: 2, municipality: "837", ratedBy: "together", clientPresent: true } as const
const start = (planId: string): AvainRecord => ({
  ...base,
  recordId: `${planId}-s`,
  planId,
  clientRef: `k-${planId}`,
  phase: "start",
  date: "2018-03-15",
  goals,
  factors: [
    { code: "own-motivation", direction: "supports" },
    { code: "mental-health", direction: "hinders" }
  ],
  methods: [{ code: "discussion" }, { code: "supplementary-preventive-assistance" }],
  services: [{ code: "social-work" }]
})

export const sampleRecords: ReadonlyArray<unknown> = [
  start("p1"),
  {
    ...base,
    recordId: "p1-e",
    planId: "p1",
    clientRef: "k-p1",
    phase: "evaluation",
    date: "2019-05-20",
    startDate: "2018-03-15",
    goals: [
      { goalId: "g1", area: "financial-management", attainment: "fairly-well" },
      { goalId: "g2", area: "employment", attainment: "neither" }
    ],
    factors: [{ code: "mental-health", direction: "supports" }],
    methods: [{ code: "discussion", assessment: "helped-much" }],
    services: []
  },
  start("p2"),
  { ...start("p3"), clientRef: "131052-308T" }
]

export const main = (
  log: (...args: Array<unknown>) => void = console.log,
  input: ReadonlyArray<unknown> = sampleRecords
) => {
  const { records, issues } = validate(input) // shapes, catalog codes, start/evaluation pairing
  for (const issue of issues) log(issue.message) // record, field path and rule; never the value
  for (const s of score(records)) log(s.planId, s.status, `${s.attainment.attained}/${s.attainment.evaluated} attained`)
  const cohort = report(records, { filters: { municipalities: ["837"] } })
  log(formatReportText(cohort, "en"))
}

if (import.meta.url === `file://${process.argv[1]}`) main()
