/**
 * What `npm test` needs beyond npm packages: a Chromium (scripts/browser.ts finds it), Java for
 * the Nu Html Checker (vnu-jar), and xmllint (Debian's libxml2-utils) for the feeds and sitemap.
 * When something is missing and we are root on Debian, it installs the Debian packages in one
 * apt-get run; otherwise it says exactly what to install and exits non-zero.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findBrowser } from "./browser.ts";

interface Requirement {
  what: string;
  debianPackage: string;
  present: () => boolean;
  advice: string;
}

const onPath = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

const requirements: Requirement[] = [
  {
    what: "Chromium",
    debianPackage: "chromium",
    present: () => findBrowser() !== undefined,
    advice: "Chromium: `apt-get install chromium` (Debian/Ubuntu), `npx playwright install chromium` where downloads work, or set CHROMIUM_PATH to any Chrome/Chromium",
  },
  { what: "Java", debianPackage: "default-jre-headless", present: () => onPath("java"), advice: "Java 11 or newer, for the Nu Html Checker: `apt-get install default-jre-headless`" },
  { what: "xmllint", debianPackage: "libxml2-utils", present: () => onPath("xmllint"), advice: "xmllint: `apt-get install libxml2-utils` (Debian/Ubuntu) or `brew install libxml2`" },
];

export function ensurePrerequisites(): void {
  let missing = requirements.filter((r) => !r.present());
  if (missing.length === 0) return;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    const packages = missing.map((r) => r.debianPackage);
    console.log(`Installing what the tests need: apt-get install ${packages.join(" ")}`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: "inherit", env });
    missing = missing.filter((r) => !r.present());
    if (missing.length === 0) return;
  }
  console.error(`The tests need ${missing.map((r) => r.what).join(", ")}, which ${missing.length === 1 ? "is" : "are"} not installed:`);
  for (const r of missing) console.error(`  - ${r.advice}`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensurePrerequisites();
  console.log(`Test browser: ${findBrowser()}`);
}
