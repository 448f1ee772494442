/**
 * The dev server (`npm start`) as a press officer uses it, issue #16 item 3: a save reaches the
 * open page by itself; a broken save names its file and field in the terminal and in the
 * browser, and the server carries on; the search index catches up with the save. How fast is
 * the benchmark's question (scripts/bench/dev-loop.ts), not this test's.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { type DevServer, startDevServer } from "./support/dev-server.ts";
import { fixtureSite, SEED_PATH } from "./support/sites.ts";

const SEED_FILE = "2011/NR2011-31-councils-should-adopt-a-more-collaborative-approach-to-commissioning-services-for-young-people.md";

test.describe.configure({ mode: "serial" });

test.describe("the dev server after a save", () => {
  let server: DevServer | undefined;
  let work = "";
  const said = () => server?.said() ?? "";
  let original = "";
  const port = fixtureSite.port + 11;
  const url = (p: string) => `http://localhost:${port}${p}`;
  const seedFile = () => path.join(work, "releases", SEED_FILE);

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    work = mkdtempSync(path.join(os.tmpdir(), "newsroom-dev-save-"));
    cpSync(fixtureSite.releasesDir, path.join(work, "releases"), { recursive: true });
    original = readFileSync(seedFile(), "utf8");
    server = startDevServer({ releasesDir: path.join(work, "releases"), outputDir: path.join(work, "site"), port, buildTime: fixtureSite.buildTime });
    await expect.poll(async () => fetch(url("/")).then((r) => r.status, () => 0), { timeout: 170_000 }).toBe(200);
  });

  test.afterAll(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  });

  test("shows a saved release in the open page without a reload by hand, and catches the search index up", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(url(SEED_PATH));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Councils should adopt");
    writeFileSync(seedFile(), `${original.trimEnd()}\n\nA zorblefrump paragraph saved while the page was open.\n`);
    await expect(page.getByText("A zorblefrump paragraph saved while the page was open.")).toBeVisible({ timeout: 30_000 });
    // Only what the save touched was rendered again (the terminal says how many).
    await expect.poll(() => /rendered (\d+) of (\d+) listed pages/.exec(said().split("File changed").at(-1) ?? "")?.slice(1).map(Number), { timeout: 30_000 })
      .toEqual([expect.any(Number), expect.any(Number)]);
    const [rendered, listed] = /rendered (\d+) of (\d+) listed pages/.exec(said().split("File changed").at(-1)!)!.slice(1).map(Number);
    expect(rendered).toBeLessThan(listed! / 2);
    // The index is rebuilt behind the reload: the made-up word is found once it has caught up.
    await expect.poll(async () => {
      await page.goto(url("/search/?q=zorblefrump"));
      return page.locator("#nr-search-results li h2 a, .nr-search-results li h2 a").first().textContent({ timeout: 5_000 }).catch(() => "");
    }, { timeout: 90_000, intervals: [2_000] }).toContain("Councils should adopt");
  });

  test("names a broken save's file and field in the terminal and the browser, and recovers when it is fixed", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(url(SEED_PATH));
    const mark = said().length;
    writeFileSync(seedFile(), original.replace(/^date:.*$/m, "date: the ninth of August"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not rebuilt: 1 problem in the releases", { timeout: 30_000 });
    const problem = page.getByRole("listitem").filter({ hasText: "NR2011-31" });
    await expect(problem).toContainText("date");
    await expect(problem).toContainText("the ninth of August");
    await expect.poll(() => said().slice(mark), { timeout: 10_000 }).toMatch(/NR2011-31[^\n]*: "date": "the ninth of August" is not a date/);
    // Every page says so while the problem stands, not only the one that was open.
    const home = await fetch(url("/"));
    expect(home.status).toBe(500);
    expect(await home.text()).toContain("Not rebuilt");
    writeFileSync(seedFile(), original);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Councils should adopt", { timeout: 30_000 });
    expect((await fetch(url("/"))).status).toBe(200);
  });
});
