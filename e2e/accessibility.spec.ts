/**
 * WCAG 2.2 AA with axe-core on every page type, at phone and desktop widths, in light and dark
 * schemes, with a screenshot of each kept in e2e/.artifacts/screenshots/ for a person to look at.
 * https://github.com/dequelabs/axe-core-npm/tree/develop/packages/playwright
 */
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PAGE_TYPES, SEED_PATH } from "./support/sites.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const SCREENSHOTS = path.join(import.meta.dirname, ".artifacts", "screenshots");


for (const [width, device] of [[320, "phone"], [1280, "desktop"]] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`${device} ${scheme}`, () => {
      test.use({ viewport: { width, height: device === "phone" ? 640 : 800 }, colorScheme: scheme });
      for (const [type, url] of Object.entries(PAGE_TYPES)) {
        test(`${type} has no WCAG 2.2 AA violations`, async ({ page }) => {
          await page.goto(url);
          if (type === "search") await expect(page.locator(".nr-search-result")).toHaveCount(1);
          await page.screenshot({ path: path.join(SCREENSHOTS, `${type}-${device}-${scheme}.png`), fullPage: true });
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
        });
      }
    });
  }
}

test("keyboard: every control on the release page is reachable in reading order, focus always visible", async ({ page }) => {
  await page.goto(SEED_PATH);
  const visited: { name: string; top: number; outline: string }[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        name: `${el.tagName.toLowerCase()} ${(el.textContent || el.getAttribute("aria-label") || (el as HTMLInputElement).name || "").trim().slice(0, 30)}`,
        top: rect.top + window.scrollY,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`,
      };
    });
    if (!focused) break;
    visited.push(focused);
  }
  const names = visited.map((v) => v.name);
  expect(names[0]).toBe("a Skip to main content");
  for (const expected of ["a Releases", "input q", "button Search", "a Youth services", "a 020 7421 6899", "a Email"]) {
    expect(names, names.join(" → ")).toContain(expected);
  }
  // Reading order: the header, then the breadcrumbs, then the release from top to bottom.
  const main = visited.slice(names.indexOf("a Home"));
  for (let i = 1; i < main.length; i++) expect(main[i]!.top, `${main[i - 1]!.name} → ${main[i]!.name}`).toBeGreaterThanOrEqual(main[i - 1]!.top - 1);
  // Every focused element shows a focus indicator: an outline or the focus box-shadow.
  for (const v of visited) expect(v.outline, v.name).not.toBe("none 0px none");
});
