/**
 * The dev loop (issue #16, item 3): `npm start` on a copy of the fixtures, a release page open
 * in Chromium, then a save to that release: the time from the file's write to the browser
 * showing the saved words (the dev server's reload), several saves, median. Then a broken save:
 * is its file-and-field error in the terminal and in the browser, and does the server carry on?
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import fg from "fast-glob";
import { startDevServer } from "../../e2e/support/dev-server.ts";
import { CHROMIUM_ARGS, findBrowser } from "../browser.ts";

export interface DevLoopResult {
  releases: number;
  /** Seconds from `npm start` to the server's first "Server at". */
  startSeconds: number;
  /** Milliseconds from each save's write to its words on screen. */
  saves: number[];
  /** The broken save: its file and field named in the terminal, in the browser, and the server still serving after the fix. */
  broken: { terminal: boolean; browser: boolean; recoveredMs: number | undefined };
}

/** Waits until `test` holds for the server's output so far, or throws after `ms`. */
function waitForOutput(read: () => string, test: (text: string) => boolean, ms: number, what: string): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (test(read())) return resolve();
      if (Date.now() - started > ms) return reject(new Error(`dev loop: no ${what} within ${ms / 1000} s:\n${read().slice(-2000)}`));
      setTimeout(tick, 50);
    };
    tick();
  });
}

/** Runs the dev server on a copy of `releasesDir` and times saves to one release. */
export async function measureDevLoop(releasesDir: string, { port = 8790, saves = 5, timeoutMs = 600_000 } = {}): Promise<DevLoopResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), "newsroom-devloop-"));
  const content = path.join(work, "releases");
  await cp(releasesDir, content, { recursive: true });
  const files = (await fg("**/*.md", { cwd: content, absolute: true })).sort();
  // The newest file by name: a release every listing near the top shows too.
  const file = files.at(-1)!;
  const original = await readFile(file, "utf8");
  // The browser first: if it cannot start, no dev server is left running (one once kept a core busy).
  const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  const started = performance.now();
  const server = startDevServer({ releasesDir: content, outputDir: path.join(work, "site"), port });
  try {
    await waitForOutput(server.said, (text) => text.includes("Server at"), timeoutMs, "dev server");
    const startSeconds = (performance.now() - started) / 1000;
    const page = await browser.newPage();
    // The release's page: the built site's _redirects sends /<ref> there (Netlify's rules; the
    // dev server does not apply them, so the line is read here).
    const ref = /^ref:\s*(\S+)/m.exec(original)![1]!;
    const redirects = await readFile(path.join(work, "site", "_redirects"), "utf8");
    const target = new RegExp(`^/${ref} (\\S+) 301$`, "m").exec(redirects)?.[1];
    if (!target) throw new Error(`dev loop: no redirect for ${ref} in the built _redirects`);
    await page.goto(`http://localhost:${port}${target}`);
    const times: number[] = [];
    for (let n = 1; n <= saves; n++) {
      const words = `Saved words number ${n} for the dev loop.`;
      const mark = server.said().length;
      const at = performance.now();
      await writeFile(file, `${original.trimEnd()}\n\n${words}\n`);
      await page.getByText(words).waitFor({ timeout: timeoutMs });
      times.push(performance.now() - at);
      // Let the search index catch up before the next save, as a person reading would.
      await waitForOutput(() => server.said().slice(mark), (text) => /search index is up to date|pagefind: indexed/.test(text), timeoutMs, "search index update").catch(() => undefined);
    }
    // Named as the loader names it: relative to the working folder, or whole when outside it.
    const relative = path.relative(process.cwd(), file).startsWith("..") ? file : path.relative(process.cwd(), file);
    const mark = server.said().length;
    await writeFile(file, original.replace(/^date:.*$/m, "date: the ninth of August"));
    const terminal = await waitForOutput(() => server.said().slice(mark), (text) => text.includes(relative) && text.includes('"date"'), 60_000, "error in the terminal").then(() => true, () => false);
    const browserShows = await page.getByText(relative).first().waitFor({ timeout: 60_000 }).then(() => true, () => false);
    const fixedAt = performance.now();
    await writeFile(file, original);
    const recovered = await page.getByRole("heading", { level: 1 }).filter({ hasNotText: "Not rebuilt" }).waitFor({ timeout: 60_000 }).then(() => performance.now() - fixedAt, () => undefined);
    return { releases: files.length, startSeconds, saves: times, broken: { terminal, browser: browserShows, recoveredMs: recovered } };
  } finally {
    await browser.close();
    await server.stop();
    await rm(work, { recursive: true, force: true, maxRetries: 5 });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: dev-loop.ts <releases folder> [saves]");
  const result = await measureDevLoop(dir, { saves: Number(process.argv[3] ?? 5) });
  console.log(JSON.stringify(result, null, 2));
}
