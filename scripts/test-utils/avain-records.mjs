/**
 * The one fixture builder of valid AVAIN records (provisional catalog codes) for
 * tests: the avain package's tests and the avain-service example's tests build
 * their start and evaluation records here. `over` replaces top-level fields.
 * Test-only (not published); types in `avain-records.d.mts`.
 */

/** A start record of plan `planId` (Tampere, 15.3.2018, two goals, two factors, two methods, one service). */
export const start = (planId, over = {}) => ({
  formatVersion: 2,
  recordId: `${planId}-s`,
  planId,
  clientRef: `c-${planId}`,
  municipality: "837",
  phase: "start",
  date: "2018-03-15",
  ratedBy: "together",
  clientPresent: true,
  goals: [
    { goalId: "g1", area: "financial-management", intent: "improve", text: "Saan laskut maksettua ajallaan" },
    { goalId: "g2", area: "employment", intent: "improve" }
  ],
  factors: [
    { code: "own-motivation", direction: "supports" },
    { code: "mental-health", direction: "hinders" }
  ],
  methods: [{ code: "discussion" }, { code: "supplementary-preventive-assistance" }],
  services: [{ code: "social-work" }],
  ...over
})

/** The evaluation record that pairs with {@link start} (20.5.2019). */
export const evaluation = (planId, over = {}) => ({
  formatVersion: 2,
  recordId: `${planId}-e`,
  planId,
  clientRef: `c-${planId}`,
  municipality: "837",
  phase: "evaluation",
  date: "2019-05-20",
  startDate: "2018-03-15",
  ratedBy: "together",
  clientPresent: true,
  goals: [
    { goalId: "g1", area: "financial-management", attainment: "fairly-well" },
    { goalId: "g2", area: "employment", attainment: "fairly-poorly" }
  ],
  factors: [
    { code: "own-motivation", direction: "supports" },
    { code: "mental-health", direction: "supports" }
  ],
  methods: [{ code: "discussion", assessment: "helped-much" }, { code: "supplementary-preventive-assistance" }],
  services: [{ code: "social-work", assessment: null }],
  ...over
})
