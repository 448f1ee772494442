/** GOV.UK's own example items (e2e/fixtures/govuk/), read for the unit tests. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES = path.resolve(import.meta.dirname, "../../../../e2e/fixtures/govuk");

export const fixtureNames = () => readdirSync(FIXTURES).filter((name) => name.endsWith(".json")).sort();

/** One example item as parsed JSON, to change in a test. */
export function fixture(name: string): Record<string, any> {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), "utf8")) as Record<string, any>;
}
