/**
 * `node --import tsx scripts/generate-fixtures.ts --out <dir> --n <N> [--seed S]`: writes N
 * synthetic, schema-valid releases into <dir> for benchmarks and load tests. Deterministic (the
 * same N and seed give the same bytes). Never writes into src/releases; empties <dir> first only
 * if an earlier run of this script wrote it.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SEED, writeFixtures } from "./bench/fixtures.ts";
import { formatBytes } from "./bench/stats.ts";

const USAGE = "Usage: node --import tsx scripts/generate-fixtures.ts --out <dir> --n <N> [--seed <S>]";
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i === -1) return undefined;
  return args[i]!.includes("=") ? args[i]!.slice(name.length + 1) : args[i + 1];
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const out = flag(args, "--out");
  const n = Number(flag(args, "--n"));
  const seed = Number(flag(args, "--seed") ?? DEFAULT_SEED);
  if (!out || !Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    console.error(USAGE);
    return 2;
  }
  try {
    const started = performance.now();
    const { files, bytes } = await writeFixtures(path.resolve(out), { n, seed, repoRoot });
    console.log(`Wrote ${files} releases (${formatBytes(bytes)}) to ${out} in ${((performance.now() - started) / 1000).toFixed(2)} s (seed ${seed}).`);
    console.log(`Build them with: RELEASES_DIR=${out} OUTPUT_DIR=/dev/shm/newsroom-site npm run build`);
    return 0;
  } catch (error) {
    console.error(`generate-fixtures: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
