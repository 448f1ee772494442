/**
 * The build's phase marks, printed as `[newsroom] phase <name> at <s>s` in seconds since the
 * process started (performance.now() counts from Node's time origin). The benchmark splits the
 * build time with them (scripts/bench/phases.ts); anyone reading a slow build's log can too.
 */

type BenchmarkManager = { get(group: string): { get(name: string): { getTotal(): number } } };

export function phase(name: string, detail = ""): void {
  console.log(`[newsroom] phase ${name} at ${(performance.now() / 1000).toFixed(3)}s${detail}`);
}

/**
 * For the `config` option of `new Eleventy()`: marks Eleventy's start and end with its own
 * events (https://www.11ty.dev/docs/events/). These listeners are added before the config
 * file's, so "eleventy.after" is marked before the search index starts. The end mark also gives
 * the time Eleventy's own "Template Write" and "Template make parent directory" benchmarks
 * spent writing pages (src/Template.js in @11ty/eleventy 3.1): writes are synchronous in the
 * default writeMode, so that is wall time on the main thread, not overlapping rendering.
 */
export function markPhases(eleventyConfig: { on(event: string, listener: () => void): unknown; benchmarkManager?: BenchmarkManager }): void {
  eleventyConfig.on("eleventy.before", () => phase("eleventy.before"));
  eleventyConfig.on("eleventy.after", () => {
    const aggregate = eleventyConfig.benchmarkManager?.get("Aggregate");
    const writing = aggregate ? aggregate.get("Template Write").getTotal() + aggregate.get("Template make parent directory").getTotal() : Number.NaN;
    phase("eleventy.after", ` (writing ${(writing / 1000).toFixed(3)}s)`);
  });
}
