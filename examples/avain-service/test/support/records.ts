/** Valid AVAIN records (provisional catalog codes) for the service tests. */

export const start = (planId: string, over: Record<string, unknown> = {}) => ({
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

export const evaluation = (planId: string, over: Record<string, unknown> = {}) => ({
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

export const post = (
  url: string,
  body: unknown,
  contentType = "application/json",
  headers: Record<string, string> = {}
) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": contentType, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body)
  })
