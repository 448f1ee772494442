/**
 * Assembles a content folder for a test site: the real releases (src/releases) plus the test
 * fixtures (e2e/fixtures/releases), so the seed is never copied by hand into the fixtures, and
 * the images and files the fixtures list, made by sharp (fixture-media.ts).
 * Usage: node --import tsx e2e/support/content.ts <destination>
 */
import { cp, rm } from "node:fs/promises";
import { writeFixtureMedia } from "./fixture-media.ts";

export async function assembleContent(destination: string, sources: readonly string[]): Promise<void> {
  await rm(destination, { recursive: true, force: true });
  for (const source of sources) await cp(source, destination, { recursive: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const destination = process.argv[2];
  if (!destination) throw new Error("usage: content.ts <destination>");
  await assembleContent(destination, ["src/releases", "e2e/fixtures/releases"]);
  await writeFixtureMedia(destination);
}
