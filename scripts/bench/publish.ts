/**
 * A press office's publish (issue #16): the archive built once with a search index cache, as
 * Netlify keeps it between deploys (src/lib/search-shard-cache.ts), then one new release added
 * and the archive built again. The peer pipeline has no such cache: it indexes every page on
 * every build, so its full time is what a publish costs it.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** The newest release's text made into a new one: a title, and so a URL, and a ref of its own, on the same date. */
export function newRelease(text: string, mark = "published today"): string {
  const ref = /^ref:\s*(\S+)\s*$/m.exec(text)?.[1];
  const title = /^title:\s*(.+)$/m.exec(text)?.[1];
  if (!ref || !title) throw new Error("a generated release without a ref or a title line");
  return text
    .replace(/^ref:.*$/m, `ref: ${ref}-NEW`)
    .replace(/^title:.*$/m, `title: ${title.trim()} (${mark})`)
    .replace(/^slug:.*\n/m, "");
}

/** Adds one release to `fixtures`, beside the newest (by its `date:` line), and returns its path. */
export async function addRelease(fixtures: string): Promise<string> {
  const files = (await readdir(fixtures, { recursive: true, encoding: "utf8" })).filter((f) => f.endsWith(".md"));
  let newest: { file: string; date: string; text: string } | undefined;
  for (const file of files) {
    const text = await readFile(path.join(fixtures, file), "utf8");
    const date = /^date:\s*(\S+)/m.exec(text)?.[1] ?? "";
    if (!newest || date > newest.date) newest = { file, date, text };
  }
  if (!newest) throw new Error(`no release files in ${fixtures}`);
  const added = path.join(fixtures, path.dirname(newest.file), `published-today-${path.basename(newest.file)}`);
  await writeFile(added, newRelease(newest.text));
  return added;
}

/** "[newsroom] pagefind: 3 of 4 shards unchanged since an earlier build…": how many shards a build copied. */
export function reusedShards(output: string): { reused: number; shards: number } | undefined {
  const m = /pagefind: (\d+) of (\d+) shards? unchanged/.exec(output);
  return m ? { reused: Number(m[1]), shards: Number(m[2]) } : undefined;
}
