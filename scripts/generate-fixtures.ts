/**
 * `node --import tsx scripts/generate-fixtures.ts --out <dir> --n <N> [--seed S]`: writes N
 * synthetic, schema-valid releases into <dir> (scripts/fixtures/synthetic-releases.ts), for the
 * benchmark, e2e tests and load tests. Deterministic (the same N and seed give the same bytes).
 * Never writes into src/releases; empties <dir> first only if an earlier run of this script wrote it.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatBytes } from "./bench/stats.ts";
import { DEFAULT_SEED, writeFixtures } from "./fixtures/synthetic-releases.ts";

const USAGE = "Usage: node --import tsx scripts/generate-fixtures.ts --out <dir> --n <N> [--seed <S>]";
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main(): Promise<number> {
  let values: { out?: string; n?: string; seed?: string };
  try {
    ({ values } = parseArgs({ options: { out: { type: "string" }, n: { type: "string" }, seed: { type: "string" } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const n = Number(values.n);
  const seed = Number(values.seed ?? DEFAULT_SEED);
  if (!values.out || !Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    console.error(USAGE);
    return 2;
  }
  try {
    const started = performance.now();
    const { files, bytes } = await writeFixtures(path.resolve(values.out), { n, seed, repoRoot });
    console.log(`Wrote ${files} releases (${formatBytes(bytes)}) to ${values.out} in ${((performance.now() - started) / 1000).toFixed(2)} s (seed ${seed}).`);
    console.log(`Build them with: RELEASES_DIR=${values.out} OUTPUT_DIR=/dev/shm/newsroom-site npm run build`);
    return 0;
  } catch (error) {
    console.error(`generate-fixtures: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
