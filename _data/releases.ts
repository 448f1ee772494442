/**
 * The newsroom's content as global data: every release is read, validated and rendered here,
 * before Eleventy writes a single file, and every listing is derived from what this build
 * publishes (drafts and embargoes decided once, in publishing.ts), with its images and files.
 */
import { buildNewsroom, type Newsroom } from "../src/lib/collections.ts";
import { renderedData } from "../src/lib/dev-rebuild.ts";
import { type MediaPage, mediaPages } from "../src/lib/media-library.ts";
import { embargoReport, publishingContext, selectPublished } from "../src/lib/publishing.ts";
import { loadReleasesCached, releasesDir } from "../src/lib/release-loader.ts";
import { planSearchIndex } from "../src/lib/search-index.ts";
import { releaseRules } from "../src/lib/release-rules.ts";
import { shardSizeFrom } from "../src/lib/search-shards.ts";
import { withMedia } from "../src/lib/release-media.ts";
import { governments } from "./governments.ts";
import { pressOffice } from "./pressOffice.ts";
import { strings } from "./strings.ts";
import { site } from "./site.ts";
import { topics } from "./topics.ts";

/** What this site's data decides about every release; the build script checks the releases by the same rules. */
export const rules = releaseRules({ topics, pressOffice, governments });

type Site = Newsroom & { mediaPages: MediaPage[] };

/** `render` holds what the paginated templates render: every page, or on the dev server the changed ones. */
export default function releases() {
  return renderedData(
    newsroom,
    ({ published, archivePages, yearPages, topicPages, mediaPages }: Site) => ({ published, archivePages, yearPages, topicPages, mediaPages }),
    (value: Site) => value.published,
  );
}

async function newsroom(): Promise<Site> {
  const context = publishingContext(process.env);
  const all = await loadReleasesCached(releasesDir(), rules);
  const { published, held } = selectPublished(all, context);
  for (const line of embargoReport(held)) console.log(line);
  // Images are processed and files listed for publishing for the published releases only.
  const newsroom = buildNewsroom(await withMedia(published, strings.images), topics, { ...site, searchShardSize: shardSizeFrom(process.env) });
  planSearchIndex(newsroom.searchShards);
  return { ...newsroom, mediaPages: mediaPages(newsroom.published, site.pageSize, strings.images) };
}
