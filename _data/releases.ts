/**
 * The newsroom's content as global data: every release is read, validated and rendered here,
 * before Eleventy writes a single file, and every listing is derived from what this build
 * publishes (drafts and embargoes decided once, in publishing.ts).
 */
import { buildNewsroom, type Newsroom } from "../src/lib/collections.ts";
import { embargoReport, publishingContext, selectPublished } from "../src/lib/publishing.ts";
import { loadReleasesCached, releasesDir } from "../src/lib/release-loader.ts";
import { shardSizeFrom } from "../src/lib/search-shards.ts";
import { site } from "./site.ts";
import { topics } from "./topics.ts";

export default async function releases(): Promise<Newsroom> {
  const context = publishingContext(process.env);
  const all = await loadReleasesCached(releasesDir());
  const { published, held } = selectPublished(all, context);
  for (const line of embargoReport(held)) console.log(line);
  return buildNewsroom(published, topics, { ...site, searchShardSize: shardSizeFrom(process.env) });
}
