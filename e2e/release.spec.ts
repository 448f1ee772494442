/** The seed release NR2011-31 as a reader gets it: every part of the original text, structured. */
import { expect, test } from "@playwright/test";
import { SEED_PATH } from "./support/sites.ts";

test.beforeEach(async ({ page }) => {
  await page.goto(SEED_PATH);
});

test("headline, type, lede and metadata", async ({ page }) => {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Councils should adopt a more collaborative approach to commissioning services for young people");
  await expect(page.locator(".nr-release__type")).toHaveText("Press release");
  await expect(page.locator(".nr-release__lede")).toContainText("A report published today by Ofsted has found that local authorities are not always considering");
  const meta = page.locator(".nr-release-meta");
  await expect(meta.locator("time")).toHaveText("9 August 2011");
  await expect(meta.locator("time")).toHaveAttribute("datetime", "2011-08-09T00:00:00.000+01:00");
  await expect(meta).toContainText("Published9 August 2011");
  await expect(meta).toContainText("ReferenceNR2011-31");
  await expect(meta).toContainText("FromOfsted");
  await expect(meta).toContainText("AreasCumbria, Merton");
  await expect(meta.getByRole("link", { name: "Youth services" })).toHaveAttribute("href", "/topics/youth-services/");
});

test("breadcrumbs lead back through the year and the archive", async ({ page }) => {
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link")).toHaveText(["Home", "Releases", "2011"]);
  await expect(crumbs.locator('[aria-current="page"]')).toContainText("Councils should adopt");
});

test("the Chief Inspector's words are a quote figure with speaker and role", async ({ page }) => {
  const quote = page.locator("figure.nr-quote");
  await expect(quote).toHaveCount(1);
  await expect(quote.locator("blockquote p")).toHaveCount(2);
  await expect(quote.locator("blockquote")).toContainText("Youth services play a vital role in young people’s educational and social development.");
  await expect(quote.locator("blockquote")).toContainText("maintaining local networks of practitioners and other local organisations will be extremely valuable.");
  await expect(quote.locator("figcaption .nr-quote__speaker")).toHaveText("Miriam Rosen");
  await expect(quote.locator("figcaption .nr-quote__role")).toHaveText("Her Majesty’s Chief Inspector");
});

test("the body keeps every paragraph of the original", async ({ page }) => {
  const body = page.locator(".nr-release__body");
  for (const phrase of [
    "also identifies some of the difficulties being faced by local authorities",
    "Inspectors visited 12 local authority areas",
    "Commissioning is the process for deciding how to use the total resource",
    "created a culture of shared values",
    "Her Majesty’s Chief Inspector, Miriam Rosen, said:",
    "As part of the Government’s agenda for the reform of public services",
    "There was evidence of good planning",
    "Cumbria County Council adopted a process of commissioning that encouraged collaboration",
    "Merton Borough Council held focus groups with young people",
  ]) {
    await expect(body).toContainText(phrase);
  }
});

test("three numbered notes to editors", async ({ page }) => {
  const notes = page.locator(".nr-notes");
  await expect(notes.getByRole("heading", { level: 2 })).toHaveText("Notes to editors");
  const items = notes.locator("ol > li");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText("An evaluation of approaches to commissioning young people’s services can be found on the Ofsted website");
  await expect(items.nth(1)).toContainText("The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects");
  await expect(items.nth(2)).toContainText("the duty press officer can be reached on 07919 057359");
});

test("media contacts are structured, each number a tel: link", async ({ page }) => {
  const contacts = page.locator(".nr-contacts");
  await expect(contacts.getByRole("heading", { level: 2 })).toHaveText("Media enquiries");
  await expect(contacts.getByRole("link", { name: "020 7421 6899" })).toHaveAttribute("href", "tel:+442074216899");
  await expect(contacts.getByRole("link", { name: "0300 1231231" })).toHaveAttribute("href", "tel:+443001231231");
  await expect(contacts.getByRole("link", { name: "07919 057359" })).toHaveAttribute("href", "tel:+447919057359");
  await expect(contacts.locator(".nr-contacts__item").nth(1)).toContainText("8.30am to 6.30pm, Monday to Friday");
  await expect(contacts.locator(".nr-contacts__item").nth(2)).toContainText("Duty press officer (Out of hours)");
  await expect(contacts.locator(".nr-contacts__item").nth(2)).toContainText("Evenings and weekends");
});

test("the associated report is listed without an invented link, and the related link is kept", async ({ page }) => {
  const resources = page.locator(".nr-resources");
  await expect(resources.getByRole("heading")).toHaveText("Associated resources");
  await expect(resources.locator("li")).toHaveCount(1);
  await expect(resources.locator("li")).toContainText("An evaluation of approaches to commissioning young people’s services");
  await expect(resources.locator("li")).toContainText("Report (not available online)");
  await expect(resources.locator("a")).toHaveCount(0);
  await expect(page.locator(".nr-related li")).toHaveText(["Annual Report 2012/13"]);
});

test("share links are plain links to the canonical URL, no script", async ({ page }) => {
  const share = page.locator(".nr-share");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  const encoded = encodeURIComponent(canonical!);
  await expect(share.getByRole("link", { name: "Email" })).toHaveAttribute("href", new RegExp(`^mailto:\\?subject=Councils.*&body=${encoded.replace(/[.%]/g, "\\$&")}$`));
  for (const [name, host] of [["X", "x.com"], ["LinkedIn", "www.linkedin.com"], ["Facebook", "www.facebook.com"]] as const) {
    const href = await share.getByRole("link", { name: new RegExp(`^${name}`) }).getAttribute("href");
    expect(new URL(href!).host).toBe(host);
    expect(href).toContain(encoded);
  }
  await expect(share.getByRole("link", { name: /X/ })).toContainText("(opens in new tab)");
});

test("head: language, title, description, canonical, social cards", async ({ page }) => {
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page).toHaveTitle("Councils should adopt a more collaborative approach to commissioning services for young people – Ofsted newsroom");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^A report published today by Ofsted/);
  const canonical = page.locator('link[rel="canonical"]');
  await expect(canonical).toHaveAttribute("href", `https://newsroom.example.org${SEED_PATH}`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `https://newsroom.example.org${SEED_PATH}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /^Councils should adopt/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
});

test("JSON-LD NewsArticle is valid JSON with the release's facts", async ({ page }) => {
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json!);
  expect(data).toMatchObject({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "Councils should adopt a more collaborative approach to commissioning services for young people",
    datePublished: "2011-08-09T00:00:00.000+01:00",
    dateModified: "2011-08-09T00:00:00.000+01:00",
    publisher: { "@type": "Organization", name: "Ofsted" },
    mainEntityOfPage: { "@type": "WebPage", "@id": `https://newsroom.example.org${SEED_PATH}` },
  });
});

test("no script runs on the page but the JSON-LD data block", async ({ page }) => {
  const types = await page.locator("script").evaluateAll((els) => els.map((el) => el.getAttribute("type")));
  expect(types).toEqual(["application/ld+json"]);
});
