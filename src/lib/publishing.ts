/**
 * What a build publishes: drafts only on the dev server, embargoed releases only once their
 * embargo has passed. Every output (pages, feeds, sitemap, search, redirects) is made from the
 * releases this returns, so a held-back release reaches none of them.
 */
import { DateTime } from "luxon";
import { parseDate, readableDateTime } from "./dates.ts";
import { isDevServer } from "./run-mode.ts";

export interface PublishingContext {
  /** True on the dev server (run-mode.ts), the only place drafts show. */
  devServer: boolean;
  /** The instant the build happens at: BUILD_TIME, else the clock. */
  now: DateTime;
}

interface Publishable {
  ref: string;
  draft: boolean;
  embargo?: string | undefined;
}

export interface Held<T> {
  release: T;
  until: DateTime;
}

/** The build's context from the environment; BUILD_TIME lets tests and rebuilds pick "now". */
export function publishingContext(env: NodeJS.ProcessEnv): PublishingContext {
  const devServer = isDevServer(env);
  if (!env.BUILD_TIME) return { devServer, now: DateTime.now() };
  const now = parseDate(env.BUILD_TIME);
  if (!now) throw new Error(`BUILD_TIME "${env.BUILD_TIME}" is not a date and time (YYYY-MM-DDTHH:MM, optionally with an offset)`);
  return { devServer, now };
}

/** Splits releases into those this build publishes and those embargoed until later. */
export function selectPublished<T extends Publishable>(releases: readonly T[], context: PublishingContext): { published: T[]; held: Held<T>[] } {
  const published: T[] = [];
  const held: Held<T>[] = [];
  for (const release of releases) {
    if (release.draft && !context.devServer) continue;
    const until = release.embargo ? parseDate(release.embargo) : null;
    if (until && until > context.now) held.push({ release, until });
    else published.push(release);
  }
  held.sort((a, b) => a.until.toMillis() - b.until.toMillis());
  return { published, held };
}

/** The build log's lines about embargoes: what was held back and when to rebuild next. */
export function embargoReport(held: readonly Held<Publishable>[]): string[] {
  if (held.length === 0) return [];
  const lines = held.map(({ release, until }) => `[newsroom] Held back ${release.ref} until ${readableDateTime(until)} (${until.toISO()})`);
  lines.push(`[newsroom] Next embargo lifts at ${held[0]!.until.toISO()}: rebuild then to publish it.`);
  return lines;
}
