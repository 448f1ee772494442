/**
 * Runs `work` on every item with at most `limit` calls unfinished at once: a small pool of
 * workers taking the next item in turn. Used for reading release files (release-loader.ts) and
 * for running Pagefind over the search shards (search-index.ts). Written out rather than p-limit
 * or p-map: eight lines, no dependency, and every item costs about the same, so nothing cleverer
 * than a queue is needed.
 */
export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * A gate for work that arrives over time (a search shard whose pages are all written): at most
 * `limit` jobs run at once, the rest wait their turn in order. p-limit does the same; it is one
 * more dependency for twelve lines, as above.
 */
export function limiter(limit: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await job();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}
