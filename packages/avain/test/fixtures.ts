import * as Records from "../../../scripts/test-utils/avain-records.mjs"
import type { EvaluationRecord, StartRecord } from "../src/index.js"

/** The shared start record (scripts/test-utils/avain-records.mjs), typed. */
export const start = (planId: string, over: Partial<StartRecord> = {}): StartRecord =>
  Records.start(planId, over) as unknown as StartRecord

/** The shared evaluation record (scripts/test-utils/avain-records.mjs), typed. */
export const evaluation = (planId: string, over: Partial<EvaluationRecord> = {}): EvaluationRecord =>
  Records.evaluation(planId, over) as unknown as EvaluationRecord
