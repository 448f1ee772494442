/**
 * The dev server's rebuild after a save (issue #16: a saved release on screen within 1.5 s at
 * 4,000 releases). Releases are data (_data/releases.ts), so Eleventy re-runs every template on
 * every save, and Eleventy has no way to tell which pages of a pagination a data change touched
 * (its --incremental mode tracks template files, https://www.11ty.dev/docs/usage/incremental/).
 * So each paginated list is cut here to the pages whose data changed since the build that last
 * wrote them: the others are still in the output folder (Eleventy never empties it), unchanged.
 *
 * A page's data is compared by a hash of its JSON, each release hashed once per rebuild. Any
 * change outside the releases folder (a template, a stylesheet, a data file) may touch every page,
 * so it renders everything again. A full build (npm run build) never comes here.
 */
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { ListedRelease } from "./collections.ts";
import { escapeHtml } from "./escape-html.ts";
import { type Problem, problemLine, ReleaseValidationError, releaseRevision } from "./release-loader.ts";
import { isDevServer } from "./run-mode.ts";

const hash = (text: string) => createHash("sha1").update(text).digest("base64url");

/** Output path (site URL) to the hash of the data it was last written from. */
const written = new Map<string, string>();
/** What this rebuild renders, committed to `written` once it has been written. */
let rendering = new Map<string, string>();
/** Every URL this rebuild's lists hold, rendered or not. */
let present = new Set<string>();

/**
 * Starts a rebuild's bookkeeping. `everything` (a change outside the releases folder, or the
 * first build) forgets what was written, so every page renders.
 */
export function startRebuild(everything: boolean): void {
  if (everything) written.clear();
  rendering = new Map();
  present = new Set();
}

/**
 * The pages of `pages` whose data changed since they were last written. `inner` are objects
 * (the releases) that many pages share: each is hashed once, and a page's hash uses theirs.
 */
export function changedPages<T extends { url: string }>(pages: readonly T[], inner: WeakMap<object, string> = new WeakMap()): T[] {
  const replacer = (_key: string, value: unknown) => (typeof value === "object" && value !== null && inner.has(value) ? inner.get(value) : value);
  const changed: T[] = [];
  for (const page of pages) {
    const signature = inner.get(page) ?? hash(JSON.stringify(page, replacer));
    present.add(page.url);
    if (written.get(page.url) === signature) continue;
    rendering.set(page.url, signature);
    changed.push(page);
  }
  return changed;
}

/**
 * Hashes each of `objects` once, for changedPages to use inside the pages that hold them.
 * `revision` says cheaply which making of an object this is (releaseRevision): then only what it
 * does not cover (`extra`: a release's neighbours and media) is turned to JSON.
 */
export function hashEach<T extends object>(objects: readonly T[], revision: (object: T) => number | undefined = () => undefined, extra: (object: T) => unknown = (o) => o): WeakMap<object, string> {
  const hashes = new WeakMap<object, string>();
  for (const object of objects) {
    const made = revision(object);
    hashes.set(object, made === undefined ? hash(JSON.stringify(object)) : hash(`${made}\n${JSON.stringify(extra(object))}`));
  }
  return hashes;
}

/** What the last rebuild's releases got wrong: while there is anything, every page shows it. */
let problems: readonly Problem[] = [];
let lastGood: object | undefined;

type Lists = Record<string, readonly { url: string }[]>;

/**
 * The site's data plus `render`, the lists the paginated templates render. A full build renders
 * every page of every list; the dev server only the pages whose data changed. On the dev server,
 * releases with problems do not stop it: the problems are printed and shown in the browser
 * (the onRequest page of devRebuildPlugin) until they are fixed, and the site stays as it was.
 */
export async function renderedData<T extends object, L extends Lists>(make: () => Promise<T>, lists: (value: T) => L, shared: (value: T) => readonly ListedRelease[]): Promise<T & { render: L }> {
  if (!isDevServer()) {
    const value = await make();
    return { ...value, render: lists(value) };
  }
  let value: T;
  try {
    value = await make();
  } catch (error) {
    if (!(error instanceof ReleaseValidationError)) throw error;
    problems = error.problems;
    for (const p of problems) console.error(`[newsroom] ${problemLine(p)}`);
    console.error(`[newsroom] Not rebuilt: ${problems.length} problem${problems.length === 1 ? "" : "s"} in the releases; the browser shows them until they are fixed.`);
    if (!lastGood) throw error;
    // The site as it was, rendering nothing: finishRebuild leaves what was written alone meanwhile.
    const kept = lastGood as T;
    return { ...kept, render: Object.fromEntries(Object.keys(lists(kept)).map((key) => [key, []])) as unknown as L };
  }
  problems = [];
  lastGood = value;
  // A release's revision covers its file and attached files; its neighbours and media are its list's.
  const inner = hashEach(shared(value), releaseRevision, (r) => [r.previous, r.next, r.media]);
  const render = Object.fromEntries(Object.entries(lists(value)).map(([key, pages]) => [key, changedPages(pages, inner)])) as unknown as L;
  return { ...value, render };
}

/** The page the dev server shows in place of every page while releases have problems. */
export function problemsPage(list: readonly Problem[]): string {
  const items = list.map((p) => `<li><code>${escapeHtml(p.file)}</code>: <strong>${escapeHtml(p.field)}</strong> ${escapeHtml(p.reason)}</li>`).join("\n");
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not rebuilt: ${list.length} problem${list.length === 1 ? "" : "s"} in the releases</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:48rem;padding:0 1rem}h1{color:#b00020}li{margin:.5rem 0}code{overflow-wrap:anywhere}</style></head>
<body><main><h1>Not rebuilt: ${list.length} problem${list.length === 1 ? "" : "s"} in the releases</h1>
<ul>
${items}
</ul>
<p>Fix the file and save it: this page reloads by itself.</p></main></body></html>`;
}

/**
 * After a rebuild has written its pages: remembers them, and removes the output of pages that
 * no longer exist (a release deleted, or moved by a new date or slug), as a full build would.
 */
export async function finishRebuild(output: string): Promise<string[]> {
  if (problems.length > 0) return [];
  for (const [url, signature] of rendering) written.set(url, signature);
  rendering = new Map();
  const gone = [...written.keys()].filter((url) => !present.has(url));
  for (const url of gone) {
    written.delete(url);
    await rm(path.join(output, url, "index.html"), { force: true });
  }
  return gone;
}

/** The dev server's part in the config: which saves render what, and the problems page. */
export default function devRebuildPlugin(eleventyConfig: UserConfig, { releases }: { releases: string }): void {
  let everything = true;
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    everything = changed.some((file) => !path.resolve(file).startsWith(releases + path.sep));
  });
  eleventyConfig.on("eleventy.before", () => {
    if (isDevServer()) startRebuild(everything);
    everything = true;
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (!isDevServer()) return;
    const count = rendering.size;
    const gone = await finishRebuild(directories.output);
    if (problems.length === 0) console.log(`[newsroom] rendered ${count} of ${written.size} listed pages${gone.length ? `, removed ${gone.length}` : ""}`);
  });
  eleventyConfig.setServerOptions({
    // Every page (a path ending in / or .html), not the stylesheets and scripts it loads.
    onRequest: {
      "/*": ({ url }: { url: URL }) =>
        problems.length > 0 && /(\/|\.html)$/.test(url.pathname)
          ? { status: 500, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }, body: problemsPage(problems) }
          : undefined,
    },
  });
}
