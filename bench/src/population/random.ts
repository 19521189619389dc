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
  next(): number
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K
  /** Picks an element uniformly. */
  pick<A>(xs: ReadonlyArray<A>): A
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

interface Table {
  readonly keys: ReadonlyArray<string>
  readonly cumulative: Float64Array
}
const tables = new WeakMap<object, Table>()
const tableOf = (weights: Readonly<Record<string, number>>): Table => {
  let t = tables.get(weights)
  if (t === undefined) {
    const keys = Object.keys(weights)
    const cumulative = new Float64Array(keys.length)
    let total = 0
    keys.forEach((k, i) => {
      total += weights[k]!
      cumulative[i] = total
    })
    t = { keys, cumulative }
    tables.set(weights, t)
  }
  return t
}

// A class rather than closures: one allocation per generator, methods shared.
class Mulberry32 implements Random {
  private a: number
  constructor(seed: number) {
    this.a = seed >>> 0
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0
    let t = this.a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const t = tableOf(weights)
    const c = t.cumulative
    const x = this.next() * c[c.length - 1]!
    for (let i = 0; i < c.length; i++) if (x < c[i]!) return t.keys[i] as K
    return t.keys[t.keys.length - 1] as K
  }
  pick<A>(xs: ReadonlyArray<A>): A {
    return xs[Math.floor(this.next() * xs.length)]!
  }
}

/**
 * mulberry32 seeded with `seed`. `weighted` caches the cumulative weights of each weights object (pass constant
 * objects, not fresh literals, in hot loops).
 *
 * @since 0.1.0
 */
export const random = (seed: number): Random => new Mulberry32(seed)

/** The generator of record `index` of stream `stream` under `seed`. @since 0.1.0 */
export const randomFor = (seed: number, stream: number, index: number): Random => random(hash32(seed, stream, index))
