/**
 * The sites the end-to-end suite builds and serves. Each is built from a content folder into a
 * temporary output folder by the real build (`scripts/build.ts`) and served by the real server
 * (`scripts/serve.ts`, Netlify's rules).
 */
import os from "node:os";
import path from "node:path";

export interface TestSite {
  name: string;
  port: number;
  releasesDir: string;
  outputDir: string;
  /** The build's "now" (BUILD_TIME), for embargoes; empty for the clock. */
  buildTime: string;
  /** Assemble releasesDir from the seed and the fixtures before building. */
  assemble: boolean;
}

const tmp = path.join(os.tmpdir(), "newsroom-e2e");

// E2E_PORT moves the suite's servers (and their output folders) so two runs can share a machine.
const basePort = Number(process.env.E2E_PORT || 4173);

export const seedSite: TestSite = {
  name: "seed",
  port: basePort,
  releasesDir: "src/releases",
  outputDir: path.join(tmp, `seed-site-${basePort}`),
  buildTime: "",
  assemble: false,
};

/**
 * The seed plus e2e/fixtures/releases: several years, topics, types and areas, a corrected
 * release, an embargoed one (lifting in 2030) and a draft. Built as of 1 January 2026.
 */
export const fixtureSite: TestSite = {
  name: "fixtures",
  port: basePort + 1,
  releasesDir: path.join(tmp, `fixture-content-${basePort}`),
  outputDir: path.join(tmp, `fixture-site-${basePort}`),
  buildTime: "2026-01-01T00:00",
  assemble: true,
};

export const siteUrl = (site: TestSite) => `http://localhost:${site.port}`;

/** The seed release's canonical path, as the URL scheme makes it from its title. */
export const SEED_PATH = "/releases/2011/councils-should-adopt-a-more-collaborative-approach-to-commissioning-services-for-young-people/";

/** One page of each type a reader reaches on the seed site; the search page with its results. */
export const PAGE_TYPES: Readonly<Record<string, string>> = {
  home: "/",
  release: SEED_PATH,
  archive: "/releases/",
  year: "/releases/2011/",
  topic: "/topics/youth-services/",
  topics: "/topics/",
  search: "/search/?q=cumbria",
  "404": "/no-such-page/",
};
