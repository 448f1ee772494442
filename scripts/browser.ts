/**
 * The one place the test browser is found: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * a browser Playwright downloaded itself. scripts/prerequisites.ts installs Debian's chromium
 * when none is found (`npx playwright install` cannot download on machines that only reach
 * package registries).
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless Chromium in a container with no network beyond package registries. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The browser to launch, or undefined when there is none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist`);
    return env.CHROMIUM_PATH;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const own = chromium.executablePath();
  return own && existsSync(own) ? own : undefined;
}
