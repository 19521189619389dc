/** Types of the one personal-data generator for privacy tests (personal-data.mjs). */
import type fc from "fast-check"

export declare const hetu: fc.Arbitrary<string>
export declare const fullName: fc.Arbitrary<string>
export declare const name: fc.Arbitrary<string>
