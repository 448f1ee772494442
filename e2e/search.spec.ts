/** Search as a visitor uses it: our client on Pagefind in a real browser, with and without JavaScript. */
import { expect, test, type Page } from "@playwright/test";
import { fixtureSite, SEED_PATH, siteUrl } from "./support/sites.ts";

const results = (page: Page) => page.locator(".nr-search-result");
/** Every result in the list, its text loaded or not. */
const listed = (page: Page) => page.locator("#nr-search-results > li");
const summary = (page: Page) => page.locator("#nr-search-summary");

/** Types into the search page's input, as a visitor does. */
async function typeQuery(page: Page, query: string): Promise<void> {
  const input = page.getByRole("searchbox", { name: "Search this site" });
  await input.fill(query);
}

test.describe("the seed release is found by what people type", () => {
  for (const query of ["Cumbria", "commissioning", "Miriam Rosen", "NR2011-31"]) {
    test(`"${query}"`, async ({ page }) => {
      await page.goto("/search/");
      await typeQuery(page, query);
      await expect(results(page)).toHaveCount(1);
      const first = results(page).first();
      await expect(first.getByRole("link")).toHaveAttribute("href", SEED_PATH);
      await expect(first.locator(".nr-search-result__date")).toHaveText("9 August 2011");
      await expect(first.locator(".nr-search-result__ref")).toHaveText("NR2011-31");
      await expect(first.locator(".nr-search-result__summary")).toContainText("A report published today by Ofsted");
      await expect(summary(page)).toHaveText(`1 result for ${query}`);
    });
  }
});

test("a deep link opens with its results shown and the query in the box", async ({ page }) => {
  await page.goto("/search/?q=cumbria");
  await expect(results(page)).toHaveCount(1);
  await expect(page.getByRole("searchbox", { name: "Search this site" })).toHaveValue("cumbria");
});

test("the header search form takes a query to the search page", async ({ page }) => {
  await page.goto(SEED_PATH);
  await page.getByRole("searchbox", { name: "Search releases" }).fill("Merton");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Merton$/);
  await expect(results(page)).toHaveCount(1);
});

test("the input is labelled, results are announced, and Tab moves on in a sensible order", async ({ page }) => {
  // Record what the live region says, as a screen reader would hear it.
  await page.addInitScript(() => {
    const said: string[] = ((window as unknown as { announced: string[] }).announced = []);
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('[aria-live]')) if (region.textContent?.trim()) said.push(region.textContent.trim());
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto("/search/?q=cumbria");
  await expect(results(page)).toHaveCount(1);
  await expect(page.locator('[role="status"][aria-live="polite"]').first()).toBeAttached();
  await expect.poll(() => page.evaluate(() => (window as unknown as { announced: string[] }).announced.join(" | "))).toContain("1 result");
  await expect(page.getByRole("group", { name: "Year" })).toBeVisible();
  const input = page.getByRole("searchbox", { name: "Search this site" });
  await input.focus();
  const order: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}:${(el.textContent ?? "").trim().slice(0, 20)}` : "";
    }));
  }
  expect(order[0], order.join(" → ")).toMatch(/^button:Search/);
  const sortAt = order.findIndex((o) => o.startsWith("select#nr-search-sort"));
  const filterAt = order.findIndex((o) => o.startsWith("input#nr-filter-year"));
  expect(sortAt, order.join(" → ")).toBeGreaterThanOrEqual(0);
  expect(filterAt, order.join(" → ")).toBeGreaterThan(sortAt);
});

test.describe("on a site with several releases", () => {
  // Tall enough for every result to be in view, so Pagefind loads them all.
  test.use({ baseURL: siteUrl(fixtureSite), viewport: { width: 1280, height: 2000 } });

  test("newest first by default, relevance on request, and the choice is in the address", async ({ page }) => {
    await page.goto("/search/?q=inspection");
    await expect(results(page)).toHaveCount(5);
    await expect(results(page).locator(".nr-search-result__ref")).toHaveText(["NR2013-2", "NR2012-5", "NR2012-14", "NR2011-40", "NR2011-31"]);
    await page.getByLabel("Sort by").selectOption("relevance");
    await expect(page).toHaveURL(/\?q=inspection&sort=relevance$/);
    await expect(summary(page)).toHaveText("5 results for inspection");
    await expect(listed(page)).toHaveCount(5);
  });

  test("a year filter and a topic filter narrow the results with the right counts", async ({ page }) => {
    await page.goto("/search/?q=inspection");
    await expect(summary(page)).toHaveText("5 results for inspection");
    const year = page.getByRole("group", { name: "Year" });
    await expect(year.getByRole("checkbox")).toHaveCount(3);
    await year.getByRole("checkbox", { name: "2012" }).check();
    await expect(results(page)).toHaveCount(2);
    await expect(results(page).locator(".nr-search-result__ref")).toHaveText(["NR2012-5", "NR2012-14"]);
    await year.getByRole("checkbox", { name: "2012" }).uncheck();
    await expect(listed(page)).toHaveCount(5);
    await expect(summary(page)).toHaveText("5 results for inspection");
    await page.getByRole("group", { name: "Topic" }).getByRole("checkbox", { name: "Local authorities" }).check();
    await expect(results(page)).toHaveCount(2);
    await expect(results(page).locator(".nr-search-result__ref")).toHaveText(["NR2013-2", "NR2011-31"]);
  });

  test("type and area are filters too, and held-back or draft releases are never found", async ({ page }) => {
    await page.goto("/search/?q=zephyrine");
    await expect(summary(page)).toHaveText("No results for zephyrine");
    await typeQuery(page, "quillwort");
    await expect(summary(page)).toHaveText("No results for quillwort");
    await typeQuery(page, "inspection");
    await expect(page.getByRole("group", { name: "Type" }).getByRole("checkbox")).toHaveCount(3);
    await page.getByRole("group", { name: "Area" }).getByRole("checkbox", { name: "Merton" }).check();
    await expect(results(page).locator(".nr-search-result__ref")).toHaveText(["NR2011-40", "NR2011-31"]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search page says so and links to the archive, years and topics", async ({ page }) => {
    await page.goto("/search/?q=cumbria");
    await expect(page.locator("#nr-search")).toBeHidden();
    const fallback = page.locator("#nr-search-fallback");
    await expect(fallback).toContainText("Searching needs JavaScript");
    await expect(fallback.getByRole("link", { name: "All releases, newest first" })).toHaveAttribute("href", "/releases/");
    await expect(fallback.getByRole("link", { name: "Releases from 2011" })).toHaveAttribute("href", "/releases/2011/");
    await expect(fallback.getByRole("link", { name: "Releases by topic" })).toHaveAttribute("href", "/topics/");
  });
});

test("only the search page loads script", async ({ request }) => {
  const scripts = async (path: string) => [...(await (await request.get(path)).text()).matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  for (const path of ["/", SEED_PATH, "/releases/", "/releases/2011/", "/topics/", "/topics/youth-services/", "/no-such-page/"]) {
    expect(await scripts(path), path).toEqual([]);
  }
  expect(await scripts("/search/")).toEqual([expect.stringMatching(/^\/assets\/search\.[0-9a-f]{10}\.js$/)]);
});

test("navigation, footer and share links are not indexed", async ({ page }) => {
  await page.goto("/search/");
  for (const word of ["LinkedIn", "Sitemap", "Breadcrumb"]) {
    await typeQuery(page, word);
    await expect(summary(page)).toHaveText(`No results for ${word}`);
  }
});
