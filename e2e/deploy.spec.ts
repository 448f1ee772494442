/**
 * What the CDN sends, tested against scripts/serve.ts, which applies netlify.toml and the built
 * _redirects with Netlify's own parsers and matcher.
 */
import { expect, test, type Page } from "@playwright/test";
import { PAGE_TYPES, SEED_PATH } from "./support/sites.ts";


/**
 * Records CSP violations and console errors the page reports. Chromium reports a document
 * served with status 404 as a failed resource; that one, for the 404 page itself, is expected.
 */
async function watchForProblems(page: Page, expected404?: string): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("console", (m) => {
    const ownStatus = expected404 && m.text().includes("status of 404") && new URL(m.location().url).pathname === expected404;
    if ((m.type() === "error" || m.type() === "warning") && !ownStatus) problems.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`${type}: security headers, no CSP violation, no console error`, async ({ page }) => {
    const problems = await watchForProblems(page, type === "404" ? path : undefined);
    const response = await page.goto(path);
    expect(response?.status()).toBe(type === "404" ? 404 : 200);
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "default-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp.includes("'wasm-unsafe-eval'")).toBe(type === "search");
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cache-control"]).toBe("public, max-age=60, must-revalidate");
    if (type === "search") await expect(page.locator(".nr-search-result")).toHaveCount(1);
    else await page.waitForLoadState("load");
    expect(problems).toEqual([]);
  });
}

for (const ref of ["/NR2011-31", "/nr2011-31"]) {
  test(`${ref} answers 301 with the release's canonical page`, async ({ request }) => {
    const response = await request.get(ref, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe(SEED_PATH);
  });
}

test("following a ref redirect lands on the release", async ({ page }) => {
  await page.goto("/nr2011-31");
  await expect(page).toHaveURL(new RegExp(`${SEED_PATH}$`));
  await expect(page.locator(".nr-release-meta__ref")).toHaveText("NR2011-31");
});

test("an unknown path gets the site's 404 page with status 404", async ({ request }) => {
  const response = await request.get("/releases/2011/no-such-release/");
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Page not found");
});

test("fingerprinted assets are cached for a year; pages, feeds and Pagefind's entry revalidate", async ({ page, request }) => {
  await page.goto(SEED_PATH);
  const css = await page.locator('link[rel="stylesheet"]').getAttribute("href");
  expect(css).toMatch(/^\/assets\/site\.[0-9a-f]{10}\.css$/);
  expect((await request.get(css!)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  for (const path of [SEED_PATH, "/sitemap.xml", "/pagefind/s0/pagefind-entry.json", "/pagefind/pagefind.js", "/pagefind/wasm.en.pagefind"]) {
    expect((await request.get(path)).headers()["cache-control"], path).toBe("public, max-age=60, must-revalidate");
  }
  const entry = (await (await request.get("/pagefind/s0/pagefind-entry.json")).json()) as { languages: Record<string, { hash: string }> };
  const meta = await request.get(`/pagefind/s0/pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`);
  expect(meta.status()).toBe(200);
  expect(meta.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("Netlify's rule files are never served", async ({ request }) => {
  expect((await request.get("/_redirects")).status()).toBe(404);
});
