/** Every page type a reader reaches, without JavaScript and at phone width. */
import { expect, test } from "@playwright/test";
import { SEED_PATH } from "./support/sites.ts";

const PAGES = ["/", "/releases/", "/releases/2011/", "/topics/", "/topics/youth-services/", "/search/", SEED_PATH];

test("the home page lists the latest release and links onwards", async ({ page }) => {
  await page.goto("/");
  const latest = page.locator(".nr-release-list__item").first();
  await expect(latest.getByRole("link")).toHaveAttribute("href", SEED_PATH);
  await expect(latest).toContainText("9 August 2011");
  await expect(latest).toContainText("NR2011-31");
  for (const name of ["All releases", "Releases by topic", "Search releases"]) {
    await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toBeVisible();
  }
});

test("the archive, year and topic pages list the release; an empty topic says so", async ({ page }) => {
  for (const path of ["/releases/", "/releases/2011/", "/topics/youth-services/", "/topics/local-authorities/"]) {
    await page.goto(path);
    await expect(page.locator(".nr-release-list__item")).toHaveCount(1);
    await expect(page.locator(".nr-listing__count")).toHaveText("1 release");
  }
  await page.goto("/topics/schools/");
  await expect(page.locator(".nr-release-list__empty")).toHaveText("There are no releases here yet.");
  await page.goto("/topics/");
  await expect(page.getByRole("link", { name: "Youth services" })).toHaveAttribute("href", "/topics/youth-services/");
});

test("an unknown path gets the 404 page with status 404", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("sitemap lists every page with absolute URLs, and robots.txt points at it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`<loc>https://newsroom.example.org${SEED_PATH}</loc><lastmod>2011-08-09</lastmod>`);
  expect(sitemap).toContain("<loc>https://newsroom.example.org/releases/2011/</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap: https://newsroom.example.org/sitemap.xml");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const path of PAGES) {
    test(`${path} has a skip link, a title and one h1`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page).toHaveTitle(/Ofsted newsroom$/);
      await expect(page.locator("a.nr-skip-link")).toHaveAttribute("href", "#main");
      await expect(page.locator("main#main")).toBeVisible();
    });
  }
});

test.describe("on a 320px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of PAGES) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test("the skip link takes keyboard focus first and moves it to the main content", async ({ page }) => {
  await page.goto(SEED_PATH);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("main#main")).toBeFocused();
});

test("printing the release drops the navigation and the search box", async ({ page }) => {
  await page.goto(SEED_PATH);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".nr-header")).toBeHidden();
  await expect(page.locator(".nr-share")).toBeHidden();
  await expect(page.locator(".nr-release__title")).toBeVisible();
  await expect(page.locator(".nr-contacts")).toBeVisible();
});

test("dark colour scheme changes the page colours", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(SEED_PATH);
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).toBe("rgb(255, 255, 255)");
  expect(dark).not.toBe(light);
});
