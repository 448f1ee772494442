/** Drafts, embargoes and corrections, as a press officer relies on them. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { buildSite } from "./support/build.ts";
import { type DevServer, startDevServer } from "./support/dev-server.ts";
import { fixtureSite, siteUrl } from "./support/sites.ts";

/** Every text file the build wrote (Pagefind's compressed chunks are checked by the search tests). */
function textFiles(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile() && !/\.(pf_\w+|pagefind|wasm)$/.test(file))
    .map((file) => ({ file, text: readFileSync(file, "utf8") }));
}

test.describe("the fixture site, built on 1 January 2026", () => {
  test.use({ baseURL: siteUrl(fixtureSite) });

  test("an embargoed release and a draft appear nowhere in the output", () => {
    const files = textFiles(fixtureSite.outputDir);
    expect(files.length).toBeGreaterThan(20);
    for (const secret of ["zephyrine", "quillwort", "NR2013-9", "nr2013-9", "NR2013-10", "Embargoed findings", "Draft about"]) {
      expect(files.filter((f) => f.text.includes(secret)).map((f) => f.file), secret).toEqual([]);
    }
  });

  test("a corrected release shows Last updated and its full history, newest first", async ({ page, request }) => {
    await page.goto("/nr2011-40");
    const meta = page.locator(".nr-release-meta");
    await expect(meta).toContainText("Last updated1 October 2011");
    const history = page.locator(".nr-history");
    await expect(history.getByRole("heading")).toHaveText("Full page history");
    await expect(history.locator("li")).toHaveText(["1 October 2011 Corrected the number of areas visited from 14 to 12.", "20 September 2011 First published."]);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd.dateModified).toBe("2011-10-01T00:00:00.000+01:00");
    expect(jsonLd.datePublished).toBe("2011-09-20T00:00:00.000+01:00");
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toMatch(/youth-work-inspection-findings-corrected\/<\/loc><lastmod>2011-10-01<\/lastmod>/);
  });

  test("previous and next link neighbouring releases, skipping held-back ones", async ({ page }) => {
    await page.goto("/nr2013-2");
    const nav = page.getByRole("navigation", { name: "More releases" });
    await expect(nav.getByRole("link", { name: /Previous release/ })).toContainText("Annual report finds more schools are good or outstanding");
    await expect(nav.getByRole("link", { name: /Next release/ })).toHaveCount(0);
  });
});

/** A content folder: the seed plus one embargoed release. */
function embargoedContent(embargo: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsroom-embargo-"));
  cpSync("src/releases", dir, { recursive: true });
  mkdirSync(path.join(dir, "2024"), { recursive: true });
  writeFileSync(
    path.join(dir, "2024", "NR2024-1-embargoed.md"),
    `---\ntitle: Marsupial inspection results\nref: NR2024-1\ndate: ${embargo.slice(0, 10)}\nembargo: ${embargo}\nsummary: Under embargo.\n---\nThe word kinkajou is under embargo.\n`,
  );
  return dir;
}

function published(outputDir: string): boolean {
  return textFiles(outputDir).some((f) => f.text.includes("kinkajou") || f.text.includes("Marsupial"));
}

for (const [season, embargo, before, after] of [
  ["summer (BST)", "2024-06-01T09:30", "2024-06-01T08:29Z", "2024-06-01T08:30Z"],
  ["winter (GMT)", "2024-12-02T09:30", "2024-12-02T09:29Z", "2024-12-02T09:30Z"],
] as const) {
  test(`a ${season} embargo holds until its London time, then publishes`, () => {
    const content = embargoedContent(embargo);
    const held = buildSite(content, { BUILD_TIME: before });
    expect(held.status, held.output).toBe(0);
    expect(published(held.outputDir)).toBe(false);
    expect(held.output).toContain(`Held back NR2024-1 until ${season.startsWith("summer") ? "1 June 2024" : "2 December 2024"}, 9:30am`);
    expect(held.output).toMatch(/Next embargo lifts at 2024-\d\d-\d\dT09:30:00\.000\+0[01]:00/);
    const lifted = buildSite(content, { BUILD_TIME: after });
    expect(lifted.status, lifted.output).toBe(0);
    expect(published(lifted.outputDir)).toBe(true);
    expect(readFileSync(path.join(lifted.outputDir, "_redirects"), "utf8")).toContain("/NR2024-1 /releases/2024/marsupial-inspection-results/ 301");
  });
}

test.describe("the dev server", () => {
  let server: DevServer | undefined;
  const port = fixtureSite.port + 10;

  test.beforeAll(async () => {
    // The first start encodes the draft's photo (src/lib/images.ts), which the build never does.
    test.setTimeout(120_000);
    server = startDevServer({ releasesDir: fixtureSite.releasesDir, outputDir: path.join(os.tmpdir(), `newsroom-dev-${port}`), port, buildTime: fixtureSite.buildTime });
    await expect.poll(async () => fetch(`http://localhost:${port}/`).then((r) => r.status, () => 0), { timeout: 110_000 }).toBe(200);
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test("shows a draft with a Draft banner", async ({ page }) => {
    await page.goto(`http://localhost:${port}/releases/2013/draft-about-quillwort-colleges/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Draft about quillwort colleges");
    await expect(page.locator(".nr-banner--draft")).toContainText("Draft: this release is not published");
  });
});
