/**
 * The feeds' media types are declared once, in FEED_TYPES (feeds.ts), and the <link> tags and
 * feed documents take them from there; netlify.toml, which the CDN reads, cannot import them, so
 * this proves its Content-Type for every feed path (from urls.ts) is that declaration's. The
 * file is read with Netlify's own parser, as scripts/serve.ts reads it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllHeaders } from "@netlify/headers-parser";
import { FEED_TYPES, type FeedFormat } from "./feeds.ts";
import { feedPath, SITE_PATHS, topicPath } from "./urls.ts";

const netlifyToml = fileURLToPath(new URL("../../netlify.toml", import.meta.url));

test("netlify.toml serves every feed with the media type FEED_TYPES declares", async () => {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [], netlifyConfigPath: netlifyToml, configHeaders: undefined, minimal: true });
  assert.deepEqual(errors, []);
  const contentType = (forPath: string) => headers.find((h) => h.for === forPath)?.values["Content-Type"];
  // The site's three feeds, and each topic's RSS and Atom (`:topic` is Netlify's placeholder).
  const served: [string, FeedFormat][] = [
    ...(Object.keys(FEED_TYPES) as FeedFormat[]).map((format): [string, FeedFormat] => [feedPath(SITE_PATHS.home, format), format]),
    ...(["rss", "atom"] as const).map((format): [string, FeedFormat] => [feedPath(topicPath(":topic"), format), format]),
  ];
  assert.equal(served.length, 5, path.basename(netlifyToml));
  for (const [forPath, format] of served) assert.equal(contentType(forPath), `${FEED_TYPES[format]}; charset=utf-8`, forPath);
  assert.equal(contentType(SITE_PATHS.api), "application/json; charset=utf-8", SITE_PATHS.api);
});
