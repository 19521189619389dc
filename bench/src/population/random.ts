/**
 * Seeded pseudo-random numbers for the synthetic population: deterministic for a given seed, and addressable by
 * index, so that record `i` of a stream is the same whether the stream is generated from its start, in slices on
 * several worker threads, or alone.
 *
 * The generator is mulberry32 (32-bit state, period 2^32); the seed of record `i` comes from a splitmix-style hash of
 * `(seed, stream, i)`. Good enough for synthetic data, not for cryptography.
 *
 * @since 0.1.0
 */

/** A seeded source of uniform numbers in [0, 1). @since 0.1.0 */
export interface Random {
  /** Uniform in [0, 1). */
  readonly next: () => number
  /** Integer in [min, max] inclusive. */
  readonly int: (min: number, max: number) => number
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean
  /** Picks a key of `weights` with probability proportional to its weight. */
  readonly weighted: <K extends string>(weights: Readonly<Record<K, number>>) => K
  /** Picks an element uniformly. */
  readonly pick: <A>(xs: ReadonlyArray<A>) => A
}

/** 32-bit hash of a few integers (murmur3 finaliser over a running mix). @since 0.1.0 */
export const hash32 = (...parts: ReadonlyArray<number>): number => {
  let h = 0x9e3779b9
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35)
    h ^= h >>> 16
  }
  return h >>> 0
}

/** mulberry32 seeded with `seed`. @since 0.1.0 */
export const random = (seed: number): Random => {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const weighted = <K extends string>(weights: Readonly<Record<K, number>>): K => {
    const keys = Object.keys(weights) as Array<K>
    let total = 0
    for (const k of keys) total += weights[k]
    let x = next() * total
    for (const k of keys) {
      x -= weights[k]
      if (x < 0) return k
    }
    return keys[keys.length - 1]!
  }
  return {
    next,
    int,
    chance: (p) => next() < p,
    weighted,
    pick: (xs) => xs[Math.floor(next() * xs.length)]!
  }
}

/** The generator of record `index` of stream `stream` under `seed`. @since 0.1.0 */
export const randomFor = (seed: number, stream: number, index: number): Random => random(hash32(seed, stream, index))
