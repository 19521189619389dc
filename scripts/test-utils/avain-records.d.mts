/** Types of the one AVAIN fixture builder (avain-records.mjs): plain JSON-shaped records. */
export declare const start: (planId: string, over?: Record<string, unknown>) => Record<string, unknown>
export declare const evaluation: (planId: string, over?: Record<string, unknown>) => Record<string, unknown>
