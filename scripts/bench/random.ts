/**
 * A seeded pseudo-random number generator, so that the same seed and the same N always give the
 * same fixtures byte for byte (Math.random cannot be seeded). mulberry32: tiny, fast and good
 * enough for test content; not for anything secret.
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** An integer in [min, max], both included. */
export function int(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

/** True with probability p. */
export function chance(rng: Random, p: number): boolean {
  return rng.next() < p;
}

/** One item, uniformly. */
export function pick<T>(rng: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick from an empty list");
  return items[Math.floor(rng.next() * items.length)]!;
}

/** `count` different items, in the order drawn. */
export function pickDistinct<T>(rng: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]!);
  return chosen;
}

/**
 * Picks words the way text uses them: a few often, most rarely (Zipf's law, weight 1/rank^s).
 * A search index over uniformly drawn words would be unrealistically even.
 */
export function zipfPicker<T>(items: readonly T[], exponent = 1): (rng: Random) => T {
  if (items.length === 0) throw new Error("zipfPicker over an empty list");
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, rank) => {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative.push(total);
  });
  return (rng) => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

/** A shuffled copy of `items` (Fisher–Yates): every order equally likely, and the same for the same generator state. */
export function shuffle<T>(rng: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
