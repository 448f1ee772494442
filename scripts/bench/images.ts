/**
 * Issue #13's figures: what the image cache saves, and what a release page with a lead image
 * weighs. Builds the seed plus the e2e fixture releases, whose photos sharp makes
 * (e2e/support/fixture-media.ts), twice with one image cache folder: first empty (every image
 * encoded), then again unchanged (none should be). Then weighs that release page's first visit
 * (HTML and CSS) and the lead image a 390-pixel-wide phone downloads at each pixel density.
 */
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import * as cheerio from "cheerio";
import { writeFixtureMedia } from "../../e2e/support/fixture-media.ts";
import { assembleContent } from "../../e2e/support/content.ts";
import { runMeasured } from "./measure.ts";
import { type PageWeight, weighPage } from "./page-weight.ts";

/** The fixture release with a lead photo (3000 × 2000), a chart and a second photo. */
export const IMAGE_RELEASE = "/releases/2012/annual-report-finds-more-schools-are-good-or-outstanding/";
/** The phone width issue #13 sets the lead's budget at, and its CSS margins (src/assets/site.css). */
const PHONE_WIDTH = 390;
const MARGINS = 32;

export interface ImageBuild {
  wallMs: number;
  /** Image files written into the cache folder by this build: each one an encode. */
  encoded: number;
}

export interface ImageBench {
  images: number;
  renditions: number;
  cold: ImageBuild;
  warm: ImageBuild;
  page: PageWeight;
  /** The AVIF a 390-pixel phone takes at each density, as `media`, `sizes` and `srcset` choose it. */
  leadAtPhone: { dpr: number; file: string; bytes: number }[];
}

async function cacheFiles(dir: string): Promise<Map<string, number>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return new Map(await Promise.all(names.map(async (n) => [n, (await stat(path.join(dir, n))).mtimeMs] as const)));
}

async function build(repoRoot: string, env: NodeJS.ProcessEnv, cacheDir: string): Promise<ImageBuild> {
  const before = await cacheFiles(cacheDir);
  const run = await runMeasured(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: repoRoot, env });
  if (run.exitCode !== 0) throw new Error(`image build failed (exit ${run.exitCode}):\n${run.output}`);
  const after = await cacheFiles(cacheDir);
  const encoded = [...after].filter(([name, mtime]) => before.get(name) !== mtime).length;
  return { wallMs: run.wallMs, encoded };
}

/** The rendition a browser picks from `srcset` for a slot `slot` CSS pixels wide at `dpr`. */
export function chooseRendition(srcset: string, slot: number, dpr: number): string {
  const candidates = srcset.split(",").map((c) => {
    const [url, w] = c.trim().split(/\s+/);
    return { url: url!, width: Number.parseInt(w!, 10) };
  });
  candidates.sort((a, b) => a.width - b.width);
  return (candidates.find((c) => c.width >= slot * dpr) ?? candidates.at(-1)!).url;
}

/** `siteUrl`: the origin the page will be served from, so its canonical and social URLs are its own. */
export async function benchImages(work: string, repoRoot: string, siteUrl = ""): Promise<ImageBench> {
  const content = path.join(work, "images-content");
  const output = path.join(work, "images-site");
  const cacheDir = path.join(work, "images-cache");
  await rm(cacheDir, { recursive: true, force: true });
  await assembleContent(content, [path.join(repoRoot, "src/releases"), path.join(repoRoot, "e2e/fixtures/releases")]);
  await writeFixtureMedia(content);
  const env = { ...process.env, RELEASES_DIR: content, OUTPUT_DIR: output, IMAGE_CACHE_DIR: cacheDir, BUILD_TIME: "2026-01-01T00:00", SITE_URL: siteUrl };
  const cold = await build(repoRoot, env, cacheDir);
  const warm = await build(repoRoot, env, cacheDir);
  const page = await weighPage(output, "release", IMAGE_RELEASE);
  const $ = cheerio.load(await readFile(path.join(output, IMAGE_RELEASE, "index.html"), "utf8"));
  // The first AVIF source that applies at 390 pixels: the phones' one when there is one.
  const avif = ($(".nr-figure--lead source[type='image/avif'][media]").attr("srcset") ?? $(".nr-figure--lead source[type='image/avif']").attr("srcset")) ?? "";
  const leadAtPhone = await Promise.all(
    [1, 2, 3].map(async (dpr) => {
      const file = chooseRendition(avif, PHONE_WIDTH - MARGINS, dpr);
      return { dpr, file, bytes: (await stat(path.join(output, file))).size };
    }),
  );
  const renditions = (await readdir(path.join(output, "media", "img"))).length;
  return { images: $("figure img").length, renditions, cold, warm, page, leadAtPhone };
}
