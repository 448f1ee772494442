/**
 * Whole-site checks over every file the build wrote: the Nu Html Checker on every HTML page,
 * xmllint on every XML file, the sitemap protocol, and linkinator over every internal link and
 * anchor (external links are not fetched).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { LinkChecker } from "linkinator";
import { fixtureSite, seedSite, siteUrl, type TestSite } from "./support/sites.ts";

const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build/dist/vnu.jar");

const filesWith = (dir: string, extension: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join(dir, name));

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

for (const site of [seedSite, fixtureSite] satisfies TestSite[]) {
  test.describe(`${site.name} site`, () => {
    test("every HTML page passes the Nu Html Checker with zero errors", () => {
      const pages = filesWith(site.outputDir, ".html");
      expect(pages.length).toBeGreaterThan(10);
      const run = spawnSync("java", ["-jar", vnuJar, "--errors-only", "--format", "json", ...pages], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      expect(run.error).toBeUndefined();
      const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
      expect(messages.map((m) => `${path.relative(site.outputDir, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`)).toEqual([]);
      expect(run.status).toBe(0);
    });

    test("every XML file is well-formed and namespace-correct under xmllint", () => {
      const xml = filesWith(site.outputDir, ".xml");
      expect(xml.map((f) => path.basename(f))).toContain("sitemap.xml");
      for (const file of xml) {
        const run = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
        expect(run.error).toBeUndefined();
        expect(`${run.status} ${run.stderr}`, file).toBe("0 ");
      }
    });

    test("the sitemap follows the sitemaps.org protocol", () => {
      const sitemap = readFileSync(path.join(site.outputDir, "sitemap.xml"), "utf8");
      expect(sitemap.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
      const entries = [...sitemap.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
      expect(entries.length).toBeGreaterThan(5);
      expect(entries.length).toBeLessThanOrEqual(50_000);
      expect(Buffer.byteLength(sitemap)).toBeLessThanOrEqual(50 * 1024 * 1024);
      const locs = new Set<string>();
      for (const entry of entries) {
        expect(entry).toMatch(/^<loc>[^<]+<\/loc>(<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>)?$/);
        const loc = /<loc>([^<]+)<\/loc>/.exec(entry)![1]!;
        expect(loc.length).toBeLessThan(2048);
        expect(new URL(loc).origin).toBe("https://newsroom.example.org");
        expect(locs.has(loc), `duplicate ${loc}`).toBe(false);
        locs.add(loc);
      }
      // Every HTML page a reader can reach is listed, and nothing else.
      const pages = filesWith(site.outputDir, "index.html").map((f) => `https://newsroom.example.org/${path.relative(site.outputDir, path.dirname(f))}/`.replace(/\/\.?\/$/, "/"));
      expect([...locs].sort()).toEqual(pages.sort());
    });

    test("no internal link or anchor is broken", async () => {
      const checker = new LinkChecker();
      const result = await checker.check({
        path: `${siteUrl(site)}/`,
        recurse: true,
        checkFragments: true,
        concurrency: 8,
        linksToSkip: async (link) => !link.startsWith(siteUrl(site)),
      });
      const broken = result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.status} ${l.url} (from ${l.parent})`);
      expect(broken).toEqual([]);
      expect(result.links.filter((l) => l.state === "OK").length).toBeGreaterThan(20);
    });
  });
}
