/**
 * Playwright runs against the built site served by scripts/serve.ts (Netlify's headers and
 * redirects), in Debian's Chromium or whatever scripts/browser.ts finds.
 * https://playwright.dev/docs/test-configuration
 */
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findBrowser } from "../scripts/browser.ts";
import { fixtureSite, seedSite, siteUrl, type TestSite } from "./support/sites.ts";

const serve = (site: TestSite) => ({
  command: [
    ...(site.assemble ? [`node --import tsx e2e/support/content.ts ${site.releasesDir}`] : []),
    "node --import tsx scripts/build.ts",
    "node --import tsx scripts/serve.ts",
  ].join(" && "),
  cwd: "..",
  url: `${siteUrl(site)}/`,
  env: { RELEASES_DIR: site.releasesDir, OUTPUT_DIR: site.outputDir, PORT: String(site.port), BUILD_TIME: site.buildTime, SITE_URL: "" },
  reuseExistingServer: false,
  timeout: 180_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: "../test-results",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Search loads a WebAssembly index; on a busy 2-core machine that can take a few seconds.
  expect: { timeout: 15_000 },
  reporter: [["list"], ["./support/summary-reporter.ts"]],
  use: {
    baseURL: siteUrl(seedSite),
    browserName: "chromium",
    launchOptions: { executablePath: findBrowser(), args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
  },
  webServer: [serve(seedSite), serve(fixtureSite)],
});
