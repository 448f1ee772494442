/** The plain-text importer's test material (e2e/fixtures/import/ and the seed release), for its unit tests. */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../../../");
export const fixtures = path.join(root, "e2e/fixtures/import");
export const fixture = (name: string) => readFileSync(path.join(fixtures, name), "utf8");
export const seedDir = path.join(root, "src/releases/2011");
export const seedName = readdirSync(seedDir).find((name) => name.startsWith("NR2011-31-"))!;
export const tempDir = (label: string) => mkdtempSync(path.join(os.tmpdir(), `newsroom-import-${label}-`));
